"""Staging: one raw export → a typed, checked table still in memory.

Nothing here writes anything.  Every value that cannot be read under the
column's role becomes a finding with its location; the caller decides,
from the findings, whether the import may be committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from prevista.core.analytics.features import LINE_TYPE, LINE_VALUE
from prevista.core.ingest import parsing
from prevista.core.ingest.detection import normalise_name
from prevista.core.ingest.mapping import ColumnMapping, TableMapping
from prevista.core.ingest.order_lines import OrderLines, Orders, order_column, read_order_lines, text_read
from prevista.core.ingest.quality import (
    INFO,
    REFUSAL,
    WARNING,
    ColumnReport,
    Finding,
    Remedy,
    TableReport,
    formula_like_cells,
    formula_rows,
    locations_of,
)
from prevista.core.ingest.readers.raw import NotPlain, RawTable
from prevista.core.runtime.jobs import Progress
from prevista.core.runtime.threads import cores
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.distinct import distinct as distinct_values
from prevista.privacy.distinct import translated
from prevista.privacy.schema import Role, TableKind

RAW_ID = "__raw_id"
OPTED_OUT = "__opted_out"
RESERVED = ("customer_key", RAW_ID, OPTED_OUT, LINE_VALUE, LINE_TYPE)
ANALYSIS_ROLES = (Role.DATE, Role.NUMBER, Role.CATEGORY, Role.LABEL)
KINDS = {Role.DATE: "date", Role.NUMBER: "number", Role.CONSENT: "flag"}  # roles whose text is parsed
TEXT_KEPT = (Role.CUSTOMER_ID, Role.IDENTIFIER)  # roles whose text as read is still read after its pass
WHOLE = (*TEXT_KEPT, Role.CATEGORY, Role.LABEL)  # roles whose pass needs the whole column (its distinct values)
MAX_LISTED = 65_535  # distinct values of a category column held as a list (two bytes a row at most)
INVISIBLE_IN_ID = r"[\u200b-\u200f\u2060\ufeff\u00ad\u00a0\u2007\u202f\p{Cc}]"
# what a shop system writes as the customer of a guest's order ('0' in WooCommerce): nobody
GUEST_ID = r"(?i)^(0+|-1|guest|gast|g[äæ]st|go[sś][cć]|host|invit[ée]|invitado|ospite|anonym(ous)?|unknown)$"
GUEST_SHARE = 20  # a guest's "customer" stands on this many times an average customer's rows, or more


@dataclass
class StagedTable:
    """A checked table: ``frame`` holds each row's customer (``RAW_ID``: the place of its ID in
    ``distinct_ids``, null for none), analysis columns and opt-out flag; ``identities`` the customer the
    same way and the direct identifiers (only used when the identity table is on).

    A place, not the ID's text: the text of 50M events' IDs held 1 GB from the check to the commit, their
    places 0.2 GB, and each row's customer key is then its ID's key, taken by place."""

    source: Path
    sha256: str
    format: str
    mapping: TableMapping
    frame: pl.DataFrame
    identities: pl.DataFrame
    rows_in: int
    report: TableReport
    distinct_ids: pl.Series
    emails: pl.DataFrame  # raw ID → e-mail address, only to build the keyed e-mail lookup (never stored)
    findings: list[Finding] = field(default_factory=list)
    derived: tuple[ColumnMapping, ...] = ()  # columns the import computed (order lines), stored beside the mapped ones
    keyed_by_address: bool = False  # the customer IDs are e-mail addresses, linked to their customers by the import

    @property
    def kind(self) -> TableKind:
        return self.mapping.kind


NO_CUSTOMER_COLUMN = QT_TRANSLATE_NOOP(
    "Findings",
    "no customer column: its {0} tickets feed the support-load forecast and ticket "
    "volume views only, not any customer's features or risk. If a column does name "
    "the customer, give it the customer ID role")
NO_CUSTOMER_ID = QT_TRANSLATE_NOOP(
    "Findings",
    "no column is mapped as the customer ID; tables can only be joined by one")
MISSING_IDS = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} of {1} rows ({2:.1%}) have no customer ID (guest orders, or rows not linked to a "
    "customer). Leave them out, or fill the IDs in")
EMAIL_AS_ID = QT_TRANSLATE_NOOP(
    "Findings",
    "no column holds a customer number, so the e-mail address is taken as the customer: each address is linked to "
    "the customer who has it in the other files or in the project (letter case aside), and an address nobody has "
    "is a customer of its own. If a column does hold the customer number, give it the customer ID role")
ADDRESSES_FOLDED = QT_TRANSLATE_NOOP(
    "Findings",
    "the customer IDs are e-mail addresses, some written with capitals: they are taken in lower case, so that an "
    "address typed two ways is one customer")
INVISIBLE = QT_TRANSLATE_NOOP(
    "Findings",
    "the customer ID contains invisible, control or non-breaking space characters; remove "
    "them so that the ID matches in every file")
SEVERAL_IDS = QT_TRANSLATE_NOOP(
    "Findings",
    "the row is associated with several customers (IDs separated by ';'); export one "
    "association per row, or keep one customer per row")
NO_FORMAT = {
    "date": QT_TRANSLATE_NOOP(
        "Findings",
        "no date format fits this column's values; map it as category or text instead"),
    "number": QT_TRANSLATE_NOOP(
        "Findings",
        "no number format fits this column's values; map it as category or text instead"),
}
AMBIGUOUS = {
    "date": QT_TRANSLATE_NOOP(
        "Findings",
        "the date format is ambiguous: read as {0}; if that is wrong, set the format"),
    "number": QT_TRANSLATE_NOOP(
        "Findings",
        "the number format is ambiguous: read as {0}; if that is wrong, set the format"),
}
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Findings",
    "values are not a date like {0}; fix them in the file, or map the column differently")
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Findings",
    "values are not a number ({0}); fix them in the file, or map the column differently")
NOT_A_PLAUSIBLE_NUMBER = QT_TRANSLATE_NOOP(
    "Findings",
    "values are not a plausible number ({0}); fix them in the file, or map the "
    "column differently")
NOT_A_FLAG = QT_TRANSLATE_NOOP(
    "Findings",
    "values are not yes/no, true/false or 1/0; fix them in the file, or map the column "
    "differently")
SPECIAL = QT_TRANSLATE_NOOP(
    "Findings",
    "looks like GDPR Art. 9 special-category data ({0}); it is refused unless you record the "
    "customers' explicit consent to processing it, or leave the column out")
RESERVED_NAME = QT_TRANSLATE_NOOP("Findings", "this column name is reserved by Prevista; rename it")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} of {1} rows have no customer ID (guest orders, or rows not linked to a customer): "
    "left out as you chose; they are not stored")
TAKEN_FROM_ORDER = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} lines had this field empty and took the value the other lines of their order hold (order numbers in "
    "'{1}'), as a shop system writes an order's own fields on its first line only; check that they belong to it")
GUEST_ROWS = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} of {1} rows ({2:.1%}) share one customer ID that reads as a guest or as nobody (such as 0 or 'guest') "
    "and stands on far more rows than any customer: taken as rows without a customer ID, not as one customer")
LINE_VALUE_NOTE = QT_TRANSLATE_NOOP(
    "Findings",
    "line value = {0} (the unit price alone is not what a line is worth); it is used for spend and revenue at risk")
ORDER_AMOUNT = QT_TRANSLATE_NOOP(
    "Findings",
    "holds each order's amount on every line of the order (the same value on the lines of {0} orders of several "
    "lines): summed over its lines, an order would count once per line; a line is worth {1} instead")
ORDER_AMOUNT_ONCE = QT_TRANSLATE_NOOP(
    "Findings",
    "holds each order's amount on every line of the order (the same value on the lines of {0} orders of several "
    "lines): summed over its lines, an order would count once per line; it is counted once per order instead")
SEVERAL_CURRENCIES = QT_TRANSLATE_NOOP(
    "Findings",
    "names {0} currencies: the amounts in '{1}' would be added up as if they were one; convert them to one currency "
    "before exporting, or import one currency's rows at a time")
MONEY = ("amount", "unit_price")  # number meanings that are sums of money
ORDER_FIELDS = ("status", "cancellation")  # categories an order has as a whole: filled in from its other lines
ORDERS = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} lines grouped into {1} orders by their order number: purchases count orders, not lines")
CANCELLATIONS = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} cancellation or return lines ({1}): netted out of spend, not counted as "
    "purchases or as activity")
NEGATIVE_KEPT = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} lines have a negative amount: too many to be refunds, so they are read as "
    "ordinary lines, not as cancellations")
NON_PRODUCT = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} lines sell no product (postage, fees, manual adjustments, discounts; found in "
    "{1}): not counted as purchases, spend or activity")
DUPLICATE_ROWS = QT_TRANSLATE_NOOP("Findings", "exact duplicate rows will be imported once")
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "Findings",
    "the same customer ID appears on rows with different values; keep one row per customer")


@dataclass(frozen=True)
class ColumnPass:
    """What one pass over a column's cells found, not yet judged: its missing cells, its typed values (or
    trimmed ones, for a category), the rows that did not parse, and how a label was read."""

    missing: int
    values: pl.Series | None = None
    bad_rows: pl.Series | None = None
    how: str = ""
    formulas: pl.Series | None = None  # a category's rows that start like a formula, found before its text goes


def column_pass(series: pl.Series, spec: ColumnMapping) -> ColumnPass:
    """The cell-by-cell work on one column.  Polars does it without holding the interpreter lock, so staging
    runs columns side by side on every core and only judges the results in order on its own thread."""
    if spec.role in KINDS:
        return parsed_pass(series, spec)
    if spec.role not in (Role.CATEGORY, Role.LABEL):
        return ColumnPass(parsing.count_missing(series))
    values, distinct = cleaned(series)
    if spec.role is Role.CATEGORY:  # a column kept as read comes with its distinct cells, as read
        return ColumnPass(values.null_count(), listed(values, distinct),
                          formulas=formula_rows(series, distinct if values is series else None))
    labels, how = parsing.parse_label(values)
    return ColumnPass(values.null_count(), labels.alias(spec.column), how=how)


def listed(values: pl.Series, distinct: pl.Series) -> pl.Series:
    """A category column of few distinct values as the sorted list of them and each row's place in it (a polars
    Enum: one or two bytes a row, where text takes sixteen), so an import holds the table's text once, as
    read, and not again until its end.  50M events' event types took 0.82 GB as text and 0.05 GB listed,
    through the KPIs and the saving.  Sorted, they compare and sort as the text does; the store writes them as
    text (:func:`prevista.privacy.schema.as_text`).  A column of many values (order numbers) stays text."""
    if distinct.len() > MAX_LISTED:
        return values
    return values.cast(pl.Enum(distinct.sort()))


def parsed_pass(series: pl.Series, spec: ColumnMapping) -> ColumnPass:
    """A date, number or flag column parsed as written, and only the cells that did not parse trimmed (with
    placeholders as missing) and parsed again.  A value parses the same with its padding as without, or not
    at all, and no placeholder parses, so this is the parse of the trimmed column, without trimming a
    clean export's ten million cells first."""
    if spec.fmt is None and spec.role is not Role.CONSENT:
        return ColumnPass(parsing.count_missing(series))
    kind = KINDS[spec.role]
    first = parsing.parse_column(series, kind, spec.fmt, spec.meaning)
    if not len(first.bad_rows):
        return ColumnPass(series.null_count(), first.values, first.bad_rows)
    trimmed = parsing.normalise_missing(series.gather(first.bad_rows))
    again = parsing.parse_column(trimmed, kind, spec.fmt, spec.meaning)
    return ColumnPass(series.null_count() + trimmed.null_count(), first.values.scatter(first.bad_rows, again.values),
                      first.bad_rows.gather(again.bad_rows))


def cleaned(series: pl.Series) -> tuple[pl.Series, pl.Series]:
    """The column trimmed, with placeholders missing, and its distinct values; judged on the distinct values.

    An export's IDs and categories are nearly always clean, and then the column is kept as read instead of a
    trimmed copy of every cell (ten million cells: 160 MB and 0.3 s; the distinct values of a category column
    take a sixth of that, and an ID column's are needed anyway).  Trimming and placeholders act cell by cell,
    so a column whose distinct values they leave alone is left alone, and the distinct values of a column
    they change are its distinct values, changed."""
    as_read = distinct_values(series)
    values = parsing.normalise_missing(as_read)
    if values.equals(as_read):
        return series, as_read
    return parsing.normalise_missing(series), distinct_values(values)


@dataclass(frozen=True)
class IdPass:
    """The customer ID column trimmed (placeholders missing), its distinct IDs, and those of them that hold
    characters no ID should (looked for among the distinct IDs: a tenth of the cells in an event log)."""

    ids: pl.Series
    distinct: pl.Series
    invisible: pl.Series
    several: pl.Series  # distinct IDs that list several customers ("101;102")
    addresses: bool = False  # the IDs are e-mail addresses, in lower case
    folded: bool = False  # some were written with capitals, and were taken in lower case

    @classmethod
    def of(cls, series: pl.Series) -> IdPass:
        """An ID column of e-mail addresses (a shop's orders keyed by the buyer's address) is taken in lower case:
        'Anna@Example.com' on one order and 'anna@example.com' on the next are one customer, as a mail server
        has them."""
        ids, distinct = cleaned(series)
        addresses = is_addresses(distinct)
        folded = addresses and bool(distinct.str.contains(r"\p{Lu}").any())
        if folded:
            ids, distinct = ids.str.to_lowercase(), distinct_values(distinct.str.to_lowercase())
        return cls(ids, distinct, distinct.filter(distinct.str.contains(INVISIBLE_IN_ID)),
                   distinct.filter(distinct.str.contains(";", literal=True)), addresses, folded)

    def rows(self, among: pl.Series) -> pl.Series:
        """The rows whose ID is one of ``among``."""
        return self.ids.is_in(among.implode()).fill_null(False).arg_true()

    def without(self, guests: pl.Series, rows: pl.Series) -> IdPass:
        """The pass with the IDs ``guests`` (:func:`guest_ids`), on ``rows``, missing and gone from the distinct IDs."""
        return replace(self, ids=self.ids.scatter(rows, None),
                       distinct=self.distinct.filter(~self.distinct.is_in(guests.implode())))


ADDRESS_SAMPLE = 1_000  # distinct IDs looked at to tell whether they are e-mail addresses


def is_addresses(distinct: pl.Series) -> bool:
    """Whether distinct IDs are e-mail addresses: nine in ten of the first ``ADDRESS_SAMPLE`` hold an '@'."""
    few = distinct.head(ADDRESS_SAMPLE).drop_nulls()
    return bool(len(few)) and (parsing.series_mean(few.str.contains("@", literal=True)) or 0.0) >= 0.9


def guest_ids(ids: pl.Series, distinct: pl.Series) -> pl.Series:
    """The IDs that read as a guest or as nobody (``GUEST_ID``) and stand on ``GUEST_SHARE`` times an average
    customer's rows or more: a shop's guest orders under customer 0, where a customer numbered 0 with a
    customer's share of rows stays a customer.  Looked for among the distinct IDs: one pass over them (10M
    events' million IDs: 0.015 s), and over the rows only where one reads so."""
    readings = distinct.filter(distinct.str.contains(GUEST_ID))
    if not len(readings):
        return readings
    counts = ids.filter(ids.is_in(readings.implode())).value_counts(name="rows")
    average = (ids.len() - ids.null_count()) / max(distinct.len(), 1)
    return counts.filter(pl.col("rows") >= GUEST_SHARE * average).to_series(0)


class _Stager:
    """Builds one :class:`StagedTable`; collects findings instead of stopping at the first."""

    def __init__(self, raw: RawTable, mapping: TableMapping, allow_special: frozenset[str], keep_identities: bool,
                 skip_rows_without_id: bool = False, passed: Mapping[str, ColumnPass] | None = None):
        self.raw = raw
        self.passed = dict(passed or {})
        assert not (self.passed and skip_rows_without_id), "rows are left out before their columns' passes"
        self.mapping = mapping
        self.allow_special = allow_special
        self.keep_identities = keep_identities
        self.file = raw.source.name
        self.findings: list[Finding] = []
        self.notes: list[str] = list(raw.notes)
        for code, message in raw.warnings:  # the reader's guesses, for the user to confirm
            self.warn(code, message)
        self.rows_in = raw.frame.height
        self.left_out = 0
        self.without_customers = 0  # rows of a ticket log that names no customer: stored under no customer key
        if mapping.kind is TableKind.TRANSACTIONS:
            self.raw = self.with_fields_of_orders(self.raw)
        if skip_rows_without_id:
            self.raw = self.without_missing_ids(self.raw)
        self.height = self.raw.frame.height  # the frame loses its parsed columns' text as staging goes
        self.read_later = text_read(mapping) if mapping.kind is TableKind.TRANSACTIONS else set()

    def with_fields_of_orders(self, raw: RawTable) -> RawTable:
        """An order's customer and payment status on those of its lines that lack them, taken from the order's
        other lines (:meth:`Orders.taken`), each column said aloud for the user to confirm: without them a
        shop's multi-line orders had lines of nobody, and a refunded order's other lines counted as bought."""
        order = order_column(self.mapping)
        if order is None or order not in raw.frame.columns or raw.frame[order].dtype != pl.String:
            return raw
        fields = [c.column for c in self.mapping.columns if c.column in raw.frame.columns
                  and raw.frame[c.column].dtype == pl.String
                  and (c.role is Role.CUSTOMER_ID or (c.role is Role.CATEGORY and c.meaning in ORDER_FIELDS))]
        lacking = [column for column in fields if parsing.count_missing(raw.frame[column])]  # 10M cells: 0.15 s
        if not lacking:
            return raw
        orders, filled = Orders.of(raw.frame[order]), []
        for column in lacking:
            taken = orders.taken(raw.frame[column])
            rows = taken.is_not_null().arg_true()
            if len(rows):
                self.warn("taken-from-order", TAKEN_FROM_ORDER.format(len(rows), order), column, rows)
                filled.append(raw.frame[column].scatter(rows, taken.gather(rows)))
        return replace(raw, frame=raw.frame.with_columns(filled)) if filled else raw

    def without_guests(self, found: IdPass) -> IdPass:
        """The pass with a guest's "customer" (:func:`guest_ids`) missing."""
        guests, rows = self.guests(found.ids, found.distinct)
        return found.without(guests, rows) if len(rows) else found

    def guests(self, ids: pl.Series, distinct: pl.Series) -> tuple[pl.Series, pl.Series]:
        """A guest's "customer" IDs (:func:`guest_ids`) and their rows, said aloud for the user to confirm: the
        same reading whether the rows are left out as they are read or refused with the other rows without an ID."""
        guests = guest_ids(ids, distinct)
        if not len(guests):
            return guests, pl.Series([], dtype=pl.UInt32)
        rows = ids.is_in(guests.implode()).fill_null(False).arg_true()
        self.warn("guest-customer-id", GUEST_ROWS.format(len(rows), ids.len(), len(rows) / ids.len()),
                  self.mapping.id_column(), rows)
        return guests, rows

    def without_missing_ids(self, raw: RawTable) -> RawTable:
        """The rows that have a customer ID, each still located at its line in the file (a guest's "customer"
        is none: :func:`guest_ids`)."""
        column = self.mapping.id_column()
        if column is None:
            return raw
        ids = parsing.normalise_missing(raw.frame[column])
        missing = ids.is_null().scatter(self.guests(ids, distinct_values(ids))[1], True)
        if not missing.any():
            return raw
        rows = missing.arg_true()
        self.left_out = len(rows)
        self._add(INFO, "rows-without-id-left-out", LEFT_OUT.format(self.left_out, raw.frame.height), column, rows)
        kept = (~missing).arg_true()
        lines = [raw.row_lines[i] for i in kept] if raw.row_lines is not None else (kept + raw.first_row_line).to_list()
        return replace(raw, frame=raw.frame.filter(~missing), row_lines=lines)

    def refuse(self, code: str, message: str, column: str | None = None, rows: pl.Series | None = None,
               remedies: tuple[Remedy, ...] = ()) -> None:
        self._add(REFUSAL, code, message, column, rows, remedies)

    def warn(self, code: str, message: str, column: str | None = None, rows: pl.Series | None = None,
             remedies: tuple[Remedy, ...] = ()) -> None:
        self._add(WARNING, code, message, column, rows, remedies)

    def note(self, code: str, message: str, column: str | None = None, rows: pl.Series | None = None,
             remedies: tuple[Remedy, ...] = ()) -> None:
        self._add(INFO, code, message, column, rows, remedies)

    def _add(self, severity: str, code: str, message: str, column: str | None, rows: pl.Series | None,
             remedies: tuple[Remedy, ...] = ()) -> None:
        row_list = rows.to_list() if rows is not None else []
        self.findings.append(
            Finding(severity, code, message, self.file, column,
                    locations_of(row_list, self.raw.locate, column), len(row_list) or None, remedies)
        )

    # ----- columns ---------------------------------------------------------------
    def customer_ids(self, found: IdPass | None) -> pl.Series | None:
        column = self.mapping.id_column()
        if found is None and self.mapping.kind is TableKind.INTERACTIONS:
            self.without_customers = self.height
            self.note("no-customer-column", NO_CUSTOMER_COLUMN.format(self.without_customers),
                      remedies=(Remedy("role", None, "customer_id"),))
            return None
        if found is None or column is None:
            self.refuse("no-customer-id", NO_CUSTOMER_ID, remedies=(Remedy("role", None, "customer_id"),))
            return None
        if self.mapping.column(column).meaning == "email":  # detected: the warning says the case goes too
            self.warn("email-as-customer-id", EMAIL_AS_ID, column, remedies=(Remedy("role", None, "customer_id"),))
        elif found.folded:
            self.warn("addresses-in-lower-case", ADDRESSES_FOLDED, column)
        ids = found.ids
        missing = ids.is_null().arg_true()
        if len(missing):
            self.refuse("missing-customer-id", MISSING_IDS.format(len(missing), len(ids), len(missing) / len(ids)),
                        column, missing, (Remedy("skip-rows-without-id"),))
        if len(found.invisible):
            self.refuse("invisible-characters-in-id", INVISIBLE, column, found.rows(found.invisible))
        # a CRM lists every associated record: 101;102
        if self.mapping.column(column).meaning == "association" and len(found.several):
            self.refuse("several-customer-ids", SEVERAL_IDS, column, found.rows(found.several))
        return ids.alias(RAW_ID)

    def typed(self, spec: ColumnMapping, found: ColumnPass) -> pl.Series | None:
        if spec.role is Role.CATEGORY:
            return found.values
        if spec.role is Role.LABEL:
            self.notes.append(f"label '{spec.column}': {found.how}")
            return found.values
        kind = KINDS[spec.role]
        if found.values is None or found.bad_rows is None:  # no format fits
            self.refuse("no-format", NO_FORMAT[kind], spec.column, remedies=(Remedy("role", spec.column, "category"),))
            return None
        saved = self.mapping.source.startswith("saved")
        if spec.ambiguous and spec.fmt is not None and kind in AMBIGUOUS and not saved:
            self.warn("ambiguous-format", AMBIGUOUS[kind].format(parsing.describe_format(spec.fmt)), spec.column,
                      remedies=(Remedy("format", spec.column),))
        if len(found.bad_rows):
            number = NOT_A_PLAUSIBLE_NUMBER if spec.meaning in parsing.PLAUSIBLE_RANGES else NOT_A_NUMBER
            expected = {"date": NOT_A_DATE.format(parsing.describe_format(spec.fmt or "")),  # DD/MM/YYYY
                        "number": number.format(spec.fmt), "flag": NOT_A_FLAG}[kind]
            self.refuse("unparseable", expected, spec.column, found.bad_rows, (Remedy("role", spec.column),))
        return found.values

    def check_special(self, spec: ColumnMapping) -> None:
        stored = spec.role not in (Role.TEXT, Role.IGNORE, Role.IDENTIFIER) or self.keep_identities
        if spec.special_category and stored and spec.column not in self.allow_special:
            self.refuse(
                "special-category",
                SPECIAL.format(spec.special_category),
                spec.column, remedies=(Remedy("allow-special", spec.column), Remedy("role", spec.column, "ignore")),
            )

    def stored_as(self, spec: ColumnMapping) -> str:
        if spec.role is Role.CUSTOMER_ID:
            return "encrypted ID"
        if spec.role is Role.IDENTIFIER:
            return "identity table" if self.keep_identities else "dropped"
        if spec.role is Role.CONSENT:
            return "opt-out register"
        if spec.role in (Role.TEXT, Role.IGNORE):
            return "dropped"
        return "analysis"

    def build(self) -> StagedTable:
        with ThreadPoolExecutor(cores(), thread_name_prefix="staging") as pool:
            column = self.mapping.id_column()
            id_pass = pool.submit(IdPass.of, self.raw.frame[column]) if column is not None else None
            passes = {spec.column: pool.submit(column_pass, self.text_of(spec), spec)
                      for spec in self.mapping.columns if spec.column != column and spec.column not in self.passed}
            for name, found in self.passed.items():
                passes[name] = Future()
                passes[name].set_result(found)
            return self.judged(id_pass.result() if id_pass else None, passes)

    def text_columns(self) -> list[str]:
        """Columns whose cells are stored as text: categories, and identifiers when they are kept."""
        stored = {Role.CATEGORY} | ({Role.IDENTIFIER} if self.keep_identities else set())
        return [spec.column for spec in self.mapping.columns if spec.role in stored]

    def text_of(self, spec: ColumnMapping) -> pl.Series:
        """A column's text for its pass, taken out of the raw table when nothing after the pass reads it: it
        then goes as soon as it is parsed, not at the end of staging (the three date columns of 16M deal lines
        held 0.8 GB of text while the other columns were parsed; 50M events' event types, looked at for
        formulas in their pass, 0.8 GB while their IDs' distinct values were found).  Staging thus consumes its
        raw table."""
        if spec.role in TEXT_KEPT or spec.column in self.read_later:
            return self.raw.frame[spec.column]
        return self.raw.frame.drop_in_place(spec.column)

    def judged(self, found_ids: IdPass | None, passes: dict[str, Future[ColumnPass]]) -> StagedTable:
        """The table from its columns' passes, judged column by column in the mapping's order, so that the
        findings come in the same order whichever pass finished first."""
        if found_ids is not None:
            found_ids = self.without_guests(found_ids)
        ids = self.customer_ids(found_ids)
        raw, height = self.raw.frame, self.height
        analysis: list[pl.Series] = []
        identities: list[pl.Series] = []
        opted_out = pl.repeat(False, height, dtype=pl.Boolean, eager=True).alias(OPTED_OUT)
        reports: list[ColumnReport] = []
        formulas: dict[str, pl.Series] = {}
        missing_ids = ColumnPass(found_ids.ids.null_count() if found_ids is not None else height)
        for spec in self.mapping.columns:
            self.check_special(spec)
            if spec.column in RESERVED and spec.role in ANALYSIS_ROLES:
                self.refuse("reserved-name", RESERVED_NAME, spec.column)
            found = passes.pop(spec.column).result() if spec.column in passes else missing_ids
            if found.formulas is not None:
                formulas[spec.column] = found.formulas
            reports.append(ColumnReport(spec.column, spec.role.value, spec.meaning, spec.fmt, found.missing, height,
                                        self.stored_as(spec)))
            if spec.role in ANALYSIS_ROLES:
                typed = self.typed(spec, found)
                if typed is not None:
                    analysis.append(typed)
            elif spec.role is Role.CONSENT:
                flags = self.typed(spec, found)
                if flags is not None:
                    objected = flags if spec.meaning == "opt_out" else ~flags
                    opted_out = opted_out | objected.fill_null(False)
            elif spec.role is Role.IDENTIFIER and self.keep_identities:
                identities.append(raw[spec.column].str.strip_chars())
        lines = self.order_lines(pl.DataFrame(analysis)) if self.mapping.kind is TableKind.TRANSACTIONS else OrderLines()
        self.check_currencies(analysis)
        frame = pl.DataFrame([ids if ids is not None else pl.repeat(None, height, dtype=pl.String, eager=True).alias(RAW_ID),
                              *analysis, *lines.columns, opted_out.alias(OPTED_OUT)])
        identity_frame = pl.DataFrame([frame[RAW_ID], *identities])
        if self.mapping.kind is TableKind.CUSTOMERS and ids is not None and found_ids is not None:
            frame, identity_frame = self.deduplicate(frame, identity_frame, _repeats(found_ids))
        if int(opted_out.sum()):
            self.notes.append(f"{int(opted_out.sum())} rows belong to customers who opted out or did not consent: "
                              "they are removed and recorded in the opt-out register")
        distinct_ids = (found_ids.distinct if found_ids is not None else pl.Series([], dtype=pl.String)).alias(RAW_ID)
        emails = self.emails(ids, found_ids is not None and _any_repeated(found_ids))
        places = translated(frame[RAW_ID], distinct_ids,
                            pl.int_range(0, distinct_ids.len(), eager=True, dtype=pl.UInt32)).alias(RAW_ID)
        frame, identity_frame = frame.with_columns(places), identity_frame.with_columns(places)
        report = TableReport(
            file=self.file, kind=self.mapping.kind.value, format=self.raw.format, encoding=self.raw.encoding,
            delimiter=self.raw.delimiter, preset=self.mapping.preset, mapping_source=self.mapping.source,
            rows=self.rows_in, customers=len(distinct_ids), columns=reports, notes=self.notes,
            rows_without_id_left_out=self.left_out, rows_without_customer=self.without_customers, orders=lines.orders,
            cancellation_lines=len(lines.cancellation_rows) if lines.cancellation_rows is not None else 0,
            non_product_lines=len(lines.non_product_rows) if lines.non_product_rows is not None else 0,
        )
        self.date_range(frame, report)
        self.findings.extend(formula_like_cells(self.raw, self.text_columns(), formulas))
        return StagedTable(self.raw.source, self.raw.sha256, self.raw.format, self.mapping, frame, identity_frame,
                           self.rows_in, report, distinct_ids, emails, self.findings, tuple(lines.specs),
                           found_ids is not None and found_ids.addresses)

    def check_currencies(self, typed: list[pl.Series]) -> None:
        """Amounts in several currencies (a PayPal or Stripe export's "Currency" column) are summed as one by every
        figure that adds money up: said, for the user to confirm, with the column that names them.  Where the
        amount summed has a currency column of its own (Stripe's "Converted Amount" and "Converted Currency"),
        that one is what counts."""
        money = [c.column for c in self.mapping.columns if c.role is Role.NUMBER and c.meaning in MONEY]
        named = {series.name: series for series in typed}
        currencies = [c.column for c in self.mapping.columns if c.meaning == "currency" and c.column in named]
        if not money or not currencies:
            return
        words = set(normalise_name(money[0]).split()) - {"amount"}
        own = [c for c in currencies if words & (set(normalise_name(c).split()) - {"currency"})]
        for column in own or currencies:
            codes = named[column].cast(pl.String).str.strip_chars().str.to_uppercase().drop_nulls().n_unique()
            if codes > 1:
                self.warn("several-currencies", SEVERAL_CURRENCIES.format(codes, money[0]), column)

    def order_lines(self, typed: pl.DataFrame) -> OrderLines:
        """Line values, orders, cancellations and non-product lines of a transactions table, each said aloud."""
        lines = read_order_lines(self.raw.frame, typed, self.mapping, self.height)
        if lines.value_note:
            self.note("line-value", LINE_VALUE_NOTE.format(lines.value_note))
        if lines.order_amount is not None:
            found = lines.order_amount
            said = (ORDER_AMOUNT.format(found.orders, found.instead) if found.instead
                    else ORDER_AMOUNT_ONCE.format(found.orders))
            self.warn("order-amount-per-line", said, found.column)
        if lines.order_column is not None:
            self.note("orders", ORDERS.format(self.height, lines.orders), lines.order_column)
        if lines.cancellation_rows is not None and len(lines.cancellation_rows):
            why = "; ".join(f"{reason}: {count}" for reason, count in lines.cancellations.items())
            self.note("cancellation-lines", CANCELLATIONS.format(len(lines.cancellation_rows), why),
                      rows=lines.cancellation_rows)
        if lines.negative_amounts_kept:
            self.note("negative-amounts-kept", NEGATIVE_KEPT.format(lines.negative_amounts_kept))
        if lines.non_product_rows is not None and len(lines.non_product_rows):
            found_in = ", ".join(repr(c) for c in lines.non_product_columns)
            self.note("non-product-lines", NON_PRODUCT.format(len(lines.non_product_rows), found_in),
                      rows=lines.non_product_rows)
        return lines

    def emails(self, ids: pl.Series | None, repeated: bool) -> pl.DataFrame:
        """Each customer's e-mail address(es), so an opt-out by e-mail can be matched later; a pair can only
        repeat where its ID does, so only where an ID is ``repeated`` are the pairs made distinct."""
        column = self._email_column()
        if column is None or ids is None:
            return pl.DataFrame(schema={RAW_ID: pl.String, "email": pl.String})
        pairs = pl.DataFrame({RAW_ID: ids, "email": self.raw.frame[column].str.strip_chars()}).drop_nulls()
        return pairs.unique() if repeated else pairs

    def _email_column(self) -> str | None:
        return next((c.column for c in self.mapping.columns
                     if c.role is Role.IDENTIFIER and c.meaning == "email"), None)

    def deduplicate(self, frame: pl.DataFrame, identities: pl.DataFrame,
                    repeats: pl.Series | None) -> tuple[pl.DataFrame, pl.DataFrame]:
        """Exact repeated rows are dropped (with a warning); conflicting rows for one ID are refused.

        A row can repeat another, or conflict with it, only where their IDs are the same, so only the rows whose
        ID repeats (``repeats``: None where none does) are compared whole: hashing every whole row of a
        million-customer export took 0.35 s and 0.24 GB more memory, and most exports hold one row per customer."""
        if repeats is None or not repeats.any():
            return frame, identities
        rows = pl.int_range(0, frame.height, eager=True, dtype=pl.UInt32)
        first = (~repeats).scatter(repeats.arg_true(),
                                   frame.filter(repeats).select(pl.struct(pl.all()).is_first_distinct()).to_series())
        if not first.all():
            self.warn("duplicate-rows", DUPLICATE_ROWS, rows=(~first).arg_true())
            frame, identities, rows = frame.filter(first), identities.filter(first), rows.filter(first)
        repeated_id = ~frame[RAW_ID].is_first_distinct() & frame[RAW_ID].is_not_null()
        if repeated_id.any():
            self.refuse("duplicate-customer-id", DUPLICATE_ID, self.mapping.id_column(), rows.filter(repeated_id))
        return frame, identities

    def date_range(self, frame: pl.DataFrame, report: TableReport) -> None:
        dates = [c.column for c in self.mapping.columns
                 if c.role is Role.DATE and c.meaning != "birth" and c.column in frame.columns]
        if not dates:
            return
        bounds = frame.select(
            pl.min_horizontal([pl.col(c).min().cast(pl.Datetime) for c in dates]).alias("first"),
            pl.max_horizontal([pl.col(c).max().cast(pl.Datetime) for c in dates]).alias("last"),
        ).row(0)
        if bounds[0] is not None:
            report.first_date, report.last_date = bounds[0].date().isoformat(), bounds[1].date().isoformat()


def _any_repeated(found: IdPass) -> bool:
    """Whether any row shares its ID with another row (a missing ID counts as one value, as when whole rows are
    compared): what the distinct IDs already tell, without marking the rows."""
    ids = found.ids
    return not (ids.null_count() <= 1 and found.distinct.len() == ids.len() - ids.null_count())


def _repeats(found: IdPass) -> pl.Series | None:
    """Which rows share their ID with another row; None where no row does.  Only a customers table needs the
    rows marked (to compare them whole): marking 5M tickets' IDs took 1 s on one core, for an e-mail column
    that only needed to know whether any ID repeats."""
    return found.ids.is_duplicated() if _any_repeated(found) else None


def stage_table(
    raw: RawTable, mapping: TableMapping, *, allow_special: frozenset[str] = frozenset(), keep_identities: bool = False,
    skip_rows_without_id: bool = False, passed: Mapping[str, ColumnPass] | None = None,
) -> StagedTable:
    """Check and type one raw table under ``mapping``; with ``skip_rows_without_id`` rows lacking a customer ID
    are left out (and counted) instead of refusing the file.  ``passed``: the passes of columns already parsed
    as their rows were read (:func:`read_in_batches`), which ``raw.frame`` no longer holds.

    Consumes ``raw``: the columns whose text nothing reads after parsing them are taken out of ``raw.frame``
    (the customer ID, categories and identifiers stay), so that an import holds one file's text once."""
    return _Stager(raw, mapping, allow_special, keep_identities, skip_rows_without_id, passed).build()


def read_in_batches(raw: RawTable, mapping: TableMapping,
                    progress: Progress | None = None) -> tuple[RawTable, dict[str, ColumnPass]] | None:
    """A deferred table's rows, read a batch at a time: each batch's cells of the columns staging only parses
    (dates, numbers, flags, and the text it only counts) are parsed as it is read and their text let go, the
    rest is kept; so the file's text is never held whole (50M events, read and checked: peak 3.8 GB, not 5.0
    read whole).  A cell parses alone, so the passes of the batches, joined, are the pass of the whole column.
    None when the rows were not as plain as the scan promised, or no column would keep its text (the table is
    then read whole).  Each batch is a cancellation point: 50M events take 8 s to read."""
    assert raw.deferred is not None, "only a table whose rows are still to read"
    progress = progress or Progress()
    read_later = text_read(mapping) if mapping.kind is TableKind.TRANSACTIONS else set()
    parsed = [spec for spec in mapping.columns
              if spec.role not in WHOLE and spec.column not in read_later]
    kept = [name for name in raw.frame.columns if name not in {spec.column for spec in parsed}]
    if not kept:
        return None
    frames: list[pl.DataFrame] = []
    found: dict[str, list[ColumnPass]] = {spec.column: [] for spec in parsed}
    offset = 0
    try:
        with ThreadPoolExecutor(cores(), thread_name_prefix="staging") as pool:
            for batch in raw.deferred.batches():
                progress.check_cancelled()
                passes = [(spec.column, pool.submit(column_pass, batch[spec.column], spec)) for spec in parsed]
                frames.append(batch.select(kept))
                for name, future in passes:
                    found[name].append(_shifted(future.result(), offset))
                offset += batch.height
    except NotPlain:
        return None
    return replace(raw, frame=pl.concat(frames, rechunk=False), deferred=None), {
        name: _joined(parts) for name, parts in found.items()}


def _shifted(found: ColumnPass, offset: int) -> ColumnPass:
    """A batch's pass with its rows numbered in the whole table."""
    return found if found.bad_rows is None else replace(found, bad_rows=found.bad_rows + offset)


def _joined(parts: list[ColumnPass]) -> ColumnPass:
    """The passes of consecutive batches of one column, as one pass over the column."""
    columns = ([part.values for part in parts], [part.bad_rows for part in parts])
    values, bad = (None if any(c is None for c in column) else pl.concat([c for c in column if c is not None],
                                                                         rechunk=False) for column in columns)
    return ColumnPass(sum(part.missing for part in parts), values, bad)


def info(code: str, message: str) -> Finding:
    return Finding(INFO, code, message)
