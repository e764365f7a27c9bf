"""Import: plan (read, map, check — nothing written), then execute (pseudonymize, commit).

``plan_import`` returns the data-quality report with the staged tables; the
caller shows it and asks.  ``execute_import`` encrypts each distinct customer
ID once, joins the compact integer keys back, excludes opted-out customers
(flagged in this import's consent column, or objected earlier) from the new
tables and from everything stored before (scores, identities, segments, the
forecast: :func:`prevista.core.erasure.exclusion.exclude`), and commits it all
in a single atomic step with its log entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TypedDict

import polars as pl

from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.kpi_record import recompute, remember
from prevista.core.analytics.segments import check_value_column, rank_value_columns
from prevista.core.erasure.exclusion import Reason, exclude
from prevista.core.ingest import parsing
from prevista.core.ingest.addresses import linked_by_address
from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.mapping import StoredSchema, TableMapping, TableMappingData, shape_key
from prevista.core.ingest.pseudonyms import PseudonymsAhead
from prevista.core.ingest.quality import REFUSAL, WARNING, Finding, QualityReport
from prevista.core.ingest.readers import read_source
from prevista.core.ingest.readers.ahead import ReadAhead, reading_order
from prevista.core.ingest.readers.raw import RawTable
from prevista.core.ingest.staging import OPTED_OUT, RAW_ID, ColumnPass, StagedTable, info, read_in_batches, stage_table
from prevista.core.ingest.undo import snapshot, stale_copies
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.requirements import (
    MIN_CUSTOMERS,
    MIN_HISTORY_MONTHS,
    RARE_LABEL_SHARE,
    RECOMMENDED_CUSTOMERS,
    SEASONAL_HISTORY_MONTHS,
)
from prevista.core.project.settings import ProjectSettings, changed_settings, settings, stored_form
from prevista.core.runtime.jobs import Progress
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.distinct import distinct, translated
from prevista.privacy.errors import ImportRefusedError, InputError, PrevistaError
from prevista.privacy.lookup import email_tokens
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Action, Meta, Role, Table, TableKind, as_text
from prevista.privacy.store import ProjectStore

DEFAULT_PURPOSE = ProjectSettings().purpose
DEFAULT_LEGAL_BASIS = ProjectSettings().legal_basis
TOO_FEW = QT_TRANSLATE_NOOP(
    "Findings",
    "only {0} customers: predictions need at least {1} (ideally {2}+); per-customer results this small would "
    "expose individuals")
FEW = QT_TRANSLATE_NOOP("Findings", "{0} customers: models work best with {1} or more; expect wide uncertainty")
FOREIGN_FILE = QT_TRANSLATE_NOOP(
    "Findings",
    "no customer in this file is among the customers already imported: it may come from another system or key "
    "customers differently; check that it belongs to this project")
NOT_JOINED = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} share no customer ID: they cannot be joined and may come from different systems or key customers "
    "differently (e-mail in one, customer number in the other); check that they belong together")
DISJOINT = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} cover periods that do not overlap ({1} … {2} and {3} … {4}): their events cannot describe the same "
    "time; check that they belong together")
SNAPSHOT = QT_TRANSLATE_NOOP(
    "Findings",
    "no dates: this export is a snapshot, so each model is checked on customers it did not learn from, in turns, "
    "rather than on a later period")
SHORT_HISTORY = QT_TRANSLATE_NOOP(
    "Findings", "history covers {0:.0f} months ({1} … {2}): at least {3} are needed for reliable churn signals")
SEASONAL = QT_TRANSLATE_NOOP(
    "Findings", "history covers {0:.0f} months: enough for churn; a seasonal business should provide {1}")
RARE_LABEL = QT_TRANSLATE_NOOP(
    "Findings", "only {0:.1%} of rows are in the rarer label class: the model will have little to learn from")
UNKNOWN = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} customers in this file are not in the customers file; their rows are kept as customers without master "
    "data")

DATA_CATEGORIES = {
    TableKind.CUSTOMERS: "customer master data",
    TableKind.TRANSACTIONS: "transactions (orders, invoices, deals)",
    TableKind.INTERACTIONS: "support interactions",
    TableKind.USAGE: "product usage events",
}


@dataclass(frozen=True)
class ImportOptions:
    """What the user decided; defaults are what ``--yes`` accepts."""

    operator: str = ""  # who imports: the import service fills it in, so front ends need not
    kind: TableKind | None = None
    roles: dict[str, Role] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)
    allow_special: frozenset[str] = frozenset()
    keep_identities: bool = False
    append: bool = False
    purpose: str = DEFAULT_PURPOSE
    legal_basis: str = DEFAULT_LEGAL_BASIS
    encoding: str | None = None
    delimiter: str | None = None
    skip_rows_without_id: bool = False  # leave out (and count) rows with no customer ID instead of refusing the file
    value_column: str | None = None  # the customers' amount revenue at risk uses ("" = found in the data); None: as set
    currency: str | None = None  # the currency amounts are in ("" = none shown); None: as set


@dataclass
class ImportPlan:
    """What the commit needs.  ``opted_out``: the raw IDs this import's consent columns flag; their rows, and
    the flag column, are already out of ``tables`` (``opted_out_rows`` rows), and the commit puts the IDs in
    the register."""

    tables: list[StagedTable]
    report: QualityReport
    options: ImportOptions
    opted_out: pl.Series
    opted_out_rows: int
    pseudonyms: PseudonymsAhead | None = field(default=None, compare=False, repr=False)  # computed as checked

    @property
    def refused(self) -> bool:
        return bool(self.report.refusals)


class ImportCounts(TypedDict):
    """What an import stored, as its log entry records it."""

    customers: int
    new_customers: int
    opted_out_register_size: int
    rows_removed_for_opt_out: int
    rows_stored: dict[str, int]
    rows_without_id_left_out: int
    tickets_without_customer: int  # rows of ticket logs without a customer column: stored under no customer
    cancellation_lines: int
    non_product_lines: int


@dataclass(frozen=True)
class ImportResult:
    tables: dict[str, int]
    customers: int
    new_customers: int
    opted_out_removed: int
    log_entry: int  # the import's entry (sequence number) in the processing log
    rows_without_id_left_out: int = 0  # guest rows left out on the user's word
    tickets_without_customer: int = 0  # tickets of a log with no customer column: forecast only, nobody's features


# ----- planning ------------------------------------------------------------------------
def _mapping_for(store: ProjectStore, raw: RawTable, options: ImportOptions) -> TableMapping:
    saved: TableMappingData | None = store.meta(Meta.MAPPINGS, {}).get(shape_key(raw.frame.columns))
    if saved is not None and (options.kind is None or saved["kind"] == options.kind.value):
        mapping = TableMapping.from_dict(saved, source="saved from a previous import")
    else:
        mapping = detect_mapping(raw, options.kind)
    overrides = {k: v for k, v in options.roles.items() if k in raw.frame.columns}
    mapping = mapping.with_roles(overrides) if overrides else mapping
    formats = {k: v for k, v in options.formats.items() if k in raw.frame.columns}
    return mapping.with_formats(formats) if formats else mapping


def _check_named_columns(present: set[str], options: ImportOptions) -> None:
    """--role and --allow-special must name a column of some file: a typo is an error, not a no-op."""
    for option, names in (("--role", options.roles), ("--format", options.formats),
                          ("--allow-special", options.allow_special)):
        unknown = sorted(set(names) - present)
        if unknown:
            raise PrevistaError(f"{option} names a column no file has: {', '.join(unknown)}.")


def value_choices(plan: ImportPlan) -> list[str]:
    """The customers' amounts of a plan that revenue at risk could use, the likeliest first."""
    amounts = [spec.column for t in plan.tables if t.kind is TableKind.CUSTOMERS for spec in t.mapping.columns
               if spec.role is Role.NUMBER and spec.meaning == "amount"]
    return rank_value_columns(amounts)


def _check_value_column(staged: list[StagedTable], options: ImportOptions) -> None:
    check_value_column(options.value_column or "", [spec.column for t in staged if t.kind is TableKind.CUSTOMERS
                                                    for spec in t.mapping.columns if spec.role is Role.NUMBER])


def _settings_chosen(store: ProjectStore, options: ImportOptions) -> tuple[dict[str, Any], list[str]]:
    """The value column and currency chosen with the import, stored in its commit: (meta, changed names)."""
    chosen: dict[str, Any] = {name: value for name, value in (("value_column", options.value_column),
                                                               ("currency", options.currency)) if value is not None}
    before = settings(store)
    after = replace(before, **chosen)
    changed = changed_settings(before, after)
    return ({Meta.SETTINGS: stored_form(after)} if changed else {}), changed


def _staged(store: ProjectStore, raw: RawTable, options: ImportOptions, progress: Progress) -> StagedTable:
    if raw.frame.height == 0:
        where = raw.locate(0) if raw.row_lines is None else None  # no rows: nothing maps a row to a line
        raise InputError(raw.source, "the table has a header but no data rows.", location=where,
                         hint="Export the table again with its rows, or choose the sheet that holds them.")
    mapping = _mapping_for(store, raw, options)
    passed: dict[str, ColumnPass] = {}
    if raw.deferred is not None:
        batched = None if options.skip_rows_without_id else read_in_batches(raw, mapping, progress)
        if batched is None:  # rows left out by row, or not as plain as scanned: read whole, as such files always were
            raw = raw.deferred.whole()
            mapping = _mapping_for(store, raw, options)
        else:
            raw, passed = batched
    return stage_table(raw, mapping, allow_special=options.allow_special, keep_identities=options.keep_identities,
                       skip_rows_without_id=options.skip_rows_without_id, passed=passed)


def plan_import(store: ProjectStore, paths: list[Path], options: ImportOptions, progress: Progress | None = None,
                ahead: ReadAhead | None = None) -> ImportPlan:
    """Read, map and check every file; nothing is written.  ``ahead``: one of them already being read."""
    refuse_if_closed(store)
    progress = progress or Progress()
    legal_basis_text(options.legal_basis)
    for column, fmt in options.formats.items():
        try:
            parsing.check_format(fmt)
        except ValueError:
            names = ", ".join(parsing.NUMBER_FORMATS)
            raise PrevistaError(f"--format for '{column}' is neither a date pattern such as %d/%m/%Y "
                                f"nor a number format ({names}).") from None
    if not paths:
        raise PrevistaError("Name at least one file to import.")
    pseudonyms = PseudonymsAhead(store)
    try:
        staged, headers = _checked(store, paths, options, progress, ahead, pseudonyms)
        staged = linked_by_address(store, staged)
        _check_named_columns(headers, options)
        _check_value_column(staged, options)
    except BaseException:
        pseudonyms.close()
        raise
    report = QualityReport(tables=[t.report for t in staged])
    for finding in [finding for table in staged for finding in table.findings]:
        report.add(finding)  # (no loop variable keeps a staged table alive while its rows are dropped below)
    _check_dataset(store, staged, report, options)
    opted_out = distinct(pl.concat([_opted_out_ids(t) for t in staged]))
    return ImportPlan(staged, report, options, opted_out, _drop_rows_of(staged, opted_out), pseudonyms)


def _checked(store: ProjectStore, paths: list[Path], options: ImportOptions, progress: Progress,
             ahead: ReadAhead | None, pseudonyms: PseudonymsAhead) -> tuple[list[StagedTable], set[str]]:
    """Every file read and checked, largest first, in the order the user gave them; and their column names."""
    by_index: dict[int, StagedTable] = {}
    headers: set[str] = set()
    for step, index in enumerate(reading_order(paths)):
        path = Path(paths[index])
        progress.report(step / len(paths), f"Reading {path.name}")
        raw = ahead.take(path, encoding=options.encoding, delimiter=options.delimiter) if ahead else read_source(
            path, encoding=options.encoding, delimiter=options.delimiter, defer=True)
        headers.update(raw.frame.columns)
        progress.report((step + 0.5) / len(paths), f"Checking {raw.source.name}")
        by_index[index] = _staged(store, raw, options, progress)
        pseudonyms.add(by_index[index])
        del raw  # the file's text columns go before the next file is read, not after (a gigabyte for 16M lines)
    return [by_index.pop(index) for index in range(len(paths))], headers


def _opted_out_ids(table: StagedTable) -> pl.Series:
    """The IDs on the rows whose consent column objected.  Gathered by row number: filtering the ID column
    by the flag column, which is one chunk where a read's columns are many, first copied every ID into one
    chunk (1.9 GB for 50M events, the import's peak, to find none)."""
    return table.distinct_ids.gather(table.frame[RAW_ID].gather(table.frame[OPTED_OUT].arg_true()).drop_nulls())


def _drop_rows_of(staged: list[StagedTable], opted_out: pl.Series) -> int:
    """Take the rows of ``opted_out`` customers, and the opt-out flag column that named them (the plan holds
    them from here on), out of every staged table, one table and one column at a time and in place: each column
    goes as soon as its filtered copy exists, and the identities share the filtered ID column, as staging made
    them.  Returns how many rows went.

    Here rather than at the commit: the plan keeps its staged tables (a cancelled import starts again from
    it), so a commit that filtered them held each filtered copy beside them, 1.4 GB for four exports of 32M
    rows.  Copying a whole table at once held it twice (0.8 GB more for 16M deal lines, the four-table import's
    peak).  Without these rows the commit's own filter keeps every row, which costs no copy."""
    removed = 0
    wanted = opted_out.implode()
    for index, table in enumerate(staged):
        places = table.distinct_ids.is_in(wanted).arg_true().implode() if opted_out.len() else None
        # a row of no customer stays
        keep = (~table.frame[RAW_ID].is_in(places)).fill_null(True) if places is not None else None
        columns = [column for column in table.frame.iter_columns() if column.name != OPTED_OUT]
        identities = [column for column in table.identities.iter_columns() if column.name != RAW_ID]
        if keep is not None and not keep.all():
            removed += keep.len() - int(keep.sum())
            staged[index] = table = replace(table, frame=pl.DataFrame(), identities=pl.DataFrame())  # let go of both
            columns, identities = _filtered(columns, keep), _filtered(identities, keep)
        frame = pl.DataFrame(columns)
        staged[index] = replace(table, frame=frame, identities=pl.DataFrame([frame[RAW_ID], *identities]))
    return removed


def _filtered(columns: list[pl.Series], keep: pl.Series) -> list[pl.Series]:
    """The columns filtered one at a time, each original let go (popped) once its copy is made."""
    kept = []
    while columns:
        kept.append(columns.pop(0).filter(keep))
    return kept


def _without(frame: pl.DataFrame, name: str) -> pl.DataFrame:
    """``frame`` less one column, sharing the others' memory: ``drop`` gathers a read's many chunks into new
    ones, a copy of every column."""
    return pl.DataFrame([column for column in frame.iter_columns() if column.name != name])


def _months_between(first: str, last: str) -> float:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days / 30.44


def _check_dataset(store: ProjectStore, staged: list[StagedTable], report: QualityReport,
                   options: ImportOptions) -> None:
    """Findings about the whole import: customer count, history length, label balance, orphans."""
    customer_tables = [t for t in staged if t.kind is TableKind.CUSTOMERS]
    id_source = customer_tables or staged
    ids = distinct(pl.concat([t.distinct_ids for t in id_source]))
    known = store.table_info(Table.SUBJECTS)["rows"] if store.has_table(Table.SUBJECTS) else 0
    count = max(len(ids), known if not customer_tables else 0)
    if count or any(t.mapping.id_column() is not None for t in staged):
        _check_customer_count(count, report)  # ticket logs without customers alone have no customer at stake
    _check_history(staged, report)
    _check_labels(staged, report)
    if customer_tables:
        _check_orphans(staged, ids, report)
    _check_belonging(staged, report)
    if options.append:
        _check_known_customers(store, staged, report)


def _check_customer_count(count: int, report: QualityReport) -> None:
    """Per-customer results from too few customers would expose individuals; few make wide uncertainty."""
    if count < MIN_CUSTOMERS:
        report.add(Finding(REFUSAL, "too-few-customers", TOO_FEW.format(count, MIN_CUSTOMERS, RECOMMENDED_CUSTOMERS)))
    elif count < RECOMMENDED_CUSTOMERS:
        report.add(Finding(WARNING, "few-customers", FEW.format(count, RECOMMENDED_CUSTOMERS)))


BELONGING_SAMPLE = 2_000  # customer IDs per file looked up among the stored ones (encrypting all would double the cost)


def _check_known_customers(store: ProjectStore, staged: list[StagedTable], report: QualityReport) -> None:
    """A file appended to a project that shares none of its customers is probably from another system."""
    if not store.has_table(Table.SUBJECTS):
        return
    stored = store.read_table(Table.SUBJECTS).select("eid")
    encrypted = EncryptedIds(store.keys.encrypted_ids)
    for table in staged:
        ids = table.distinct_ids
        sample = ids.sample(BELONGING_SAMPLE, seed=0) if len(ids) > BELONGING_SAMPLE else ids
        if len(sample) and encrypted.encrypt_distinct(sample).join(stored, on="eid", how="semi").is_empty():
            report.add(Finding(WARNING, "no-shared-customers", FOREIGN_FILE, table.source.name))


def _check_belonging(staged: list[StagedTable], report: QualityReport) -> None:
    """Files of one import should describe the same customers over the same time: two exports from
    different systems (tickets keyed by e-mail, orders by customer number) or years apart join to nothing."""
    for index, first in enumerate(staged):
        for second in staged[index + 1:]:
            pair = f"'{first.source.name}' and '{second.source.name}'"
            if len(first.distinct_ids) and len(second.distinct_ids) and not _share_an_id(first, second):
                report.add(Finding(WARNING, "no-shared-customers", NOT_JOINED.format(pair)))
            if _disjoint_periods(first, second):
                report.add(Finding(WARNING, "no-overlapping-period", DISJOINT.format(
                    pair, first.report.first_date, first.report.last_date, second.report.first_date,
                    second.report.last_date)))


def _share_an_id(first: StagedTable, second: StagedTable) -> bool:
    """Whether the two files name a customer in common.  Files of one system share most of their customers, so a
    few of the first's IDs looked for among the second's nearly always tell, without the join of every ID (two
    million IDs: 0.2 s) that only files sharing none, or almost none, need."""
    few = first.distinct_ids.head(BELONGING_SAMPLE).implode()
    return bool(second.distinct_ids.is_in(few).any()) or not first.distinct_ids.to_frame(RAW_ID).join(
        second.distinct_ids.to_frame(RAW_ID), on=RAW_ID, how="semi").is_empty()


def _disjoint_periods(first: StagedTable, second: StagedTable) -> bool:
    """Event periods of two different kinds of export that do not overlap.  A customers table's sign-up dates may
    well precede every event, and two exports of one kind are often consecutive periods (this year's orders)."""
    if TableKind.CUSTOMERS in (first.kind, second.kind) or first.kind is second.kind:
        return False
    a, b = first.report, second.report
    if not (a.first_date and a.last_date and b.first_date and b.last_date):
        return False
    return a.last_date < b.first_date or b.last_date < a.first_date


def _check_history(staged: list[StagedTable], report: QualityReport) -> None:
    spans = [(t.report.first_date, t.report.last_date) for t in staged
             if t.report.first_date and t.report.last_date]
    if not spans:
        report.add(info("no-history", SNAPSHOT))
        return
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    months = _months_between(first, last)
    if months < MIN_HISTORY_MONTHS:
        report.add(Finding(WARNING, "short-history", SHORT_HISTORY.format(months, first, last, MIN_HISTORY_MONTHS)))
    elif months < SEASONAL_HISTORY_MONTHS:
        report.add(info("seasonal-history", SEASONAL.format(months, SEASONAL_HISTORY_MONTHS)))


def _check_labels(staged: list[StagedTable], report: QualityReport) -> None:
    for table in staged:
        for spec in table.mapping.columns:
            if spec.role is Role.LABEL and spec.column in table.frame.columns:
                share = parsing.series_mean(table.frame[spec.column])
                if share is not None and (share < RARE_LABEL_SHARE or share > 1 - RARE_LABEL_SHARE):
                    report.add(Finding(WARNING, "rare-label", RARE_LABEL.format(min(share, 1 - share)),
                                       table.source.name, spec.column))


def _check_orphans(staged: list[StagedTable], ids: pl.Series, report: QualityReport) -> None:
    known = ids.to_frame(RAW_ID)
    for table in staged:
        if table.kind is TableKind.CUSTOMERS:
            continue
        unknown = table.distinct_ids.to_frame(RAW_ID).join(known, on=RAW_ID, how="anti").height
        if unknown:
            report.add(Finding(WARNING, "unknown-customers", UNKNOWN.format(unknown), table.source.name, count=unknown))


# ----- execution ------------------------------------------------------------------------
def _encrypted_keys(store: ProjectStore, raw_ids: pl.Series, ahead: PseudonymsAhead | None,
                    progress: Progress) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """raw_id → (eid, customer_key); new customers get the next free keys. Returns (map, subjects, new)."""
    progress.report(0.0, f"Encrypting {len(raw_ids)} customer IDs")
    pairs = ahead.pairs(raw_ids) if ahead else EncryptedIds(store.keys.encrypted_ids).encrypt_distinct(raw_ids)
    subjects = store.read_table(Table.SUBJECTS) if store.has_table(Table.SUBJECTS) else pl.DataFrame(
        schema={KEY: pl.UInt32, "eid": pl.String})
    joined = pairs.with_columns(translated(pairs["eid"], subjects["eid"], subjects[KEY]))
    new = joined.filter(pl.col(KEY).is_null())
    last_key = subjects[KEY].max()
    start = (last_key if isinstance(last_key, int) else 0) + 1
    new = new.with_columns(pl.int_range(start, start + new.height, dtype=pl.UInt32).alias(KEY))
    mapping = pl.concat([joined.filter(pl.col(KEY).is_not_null()), new])
    subjects = pl.concat([subjects, new.select(KEY, "eid")])
    progress.report(1.0, "Customer IDs encrypted")
    return mapping, subjects, new.height


def _ids_as_emails(table: StagedTable) -> pl.DataFrame:
    """Customer IDs that are e-mail addresses (a ticket export keyed by e-mail) are indexed as addresses too,
    so an objection by e-mail finds them, before or after they are imported."""
    ids = table.distinct_ids.filter(table.distinct_ids.str.contains("@"))
    return pl.DataFrame({RAW_ID: ids, "email": ids}, schema={RAW_ID: pl.String, "email": pl.String})


def _email_index(store: ProjectStore, staged: list[StagedTable], id_map: pl.DataFrame,
                 ahead: PseudonymsAhead | None) -> pl.DataFrame | None:
    """Keyed e-mail tokens per customer, merged with what earlier imports stored."""
    sources = [t.emails for t in staged] + [_ids_as_emails(t) for t in staged]
    emails = pl.concat(sources)
    if emails.is_empty():
        return None
    tokens = pl.concat([_tokens(store, source, ahead) for source in sources])
    fresh = pl.DataFrame([_keys_of(emails[RAW_ID], id_map), tokens]).drop_nulls(KEY)
    existing = store.read_table(Table.EMAIL_INDEX) if store.has_table(Table.EMAIL_INDEX) else None
    return _distinct_rows(pl.concat(([existing] if existing is not None else []) + [fresh]))


def _tokens(store: ProjectStore, emails: pl.DataFrame, ahead: PseudonymsAhead | None) -> pl.Series:
    """The tokens of a frame of addresses: computed ahead while the plan was checked, or now."""
    found = ahead.tokens(emails) if ahead else None
    return found if found is not None else email_tokens(store.keys.lookup, emails["email"])


def _distinct_rows(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame without repeated rows, in order.  Rows whose hashes all differ are all different, and then the
    frame is kept as it is: a first import's 5M customers' tokens held 1 GB more in ``unique`` (its peak)."""
    return frame if not frame.hash_rows().is_duplicated().any() else frame.unique(maintain_order=True)


def _opt_out_register(store: ProjectStore, opted_out: pl.Series, id_map: pl.DataFrame,
                      email_index: pl.DataFrame | None, subjects: pl.DataFrame) -> pl.DataFrame:
    """Existing register, plus customers flagged in this import's consent columns, plus customers
    whose e-mail address objected before this import."""
    new = opted_out.to_frame(RAW_ID).join(id_map, left_on=RAW_ID, right_on="raw_id").select("eid")
    if email_index is not None and store.has_table(Table.OPTOUT_EMAILS):
        objected = email_index.join(store.read_table(Table.OPTOUT_EMAILS), on="token", how="semi")
        new = pl.concat([new, objected.join(subjects, on=KEY).select("eid")])
    existing = store.read_table(Table.OPTOUTS).select("eid") if store.has_table(Table.OPTOUTS) else pl.DataFrame(schema={"eid": pl.String})
    return pl.concat([existing, new]).unique(maintain_order=True)


def _pseudonymized(table: StagedTable, id_map: pl.DataFrame) -> pl.DataFrame:
    """The staged table with its customer key in place of the raw ID.  Only the ID column is translated to keys
    (by hash, not by joining text: :func:`translated`): joining the whole table copied every column (1.8 GB
    at 50M events), while these share theirs.
    The other columns are shared, not copied (:func:`_without`: 1.4 GB for four tables of 32M rows, which the
    import held to its end)."""
    return pl.DataFrame([_row_keys(table, table.frame, id_map), *_without(table.frame, RAW_ID).iter_columns()])


def _row_keys(table: StagedTable, frame: pl.DataFrame, id_map: pl.DataFrame) -> pl.Series:
    """Each row's customer key in ``frame`` (the table's rows or identities): the key of its ID, taken by the
    ID's place among the table's distinct IDs (null for a row of no customer)."""
    return _keys_of(table.distinct_ids, id_map).gather(frame[RAW_ID])


def _keys_of(raw_ids: pl.Series, id_map: pl.DataFrame) -> pl.Series:
    """Each raw ID's customer key (null for a row of no customer): the one way every table of an import, its
    e-mail index and its identities are keyed."""
    return translated(raw_ids, id_map["raw_id"], id_map[KEY])


def _combine(existing: pl.DataFrame | None, parts: list[pl.DataFrame], append: bool) -> pl.DataFrame:
    """Appending keeps each distinct row as often as the stored table or the new files hold it, whichever is more:
    an overlapping re-export adds nothing, while identical rows of one export stay (two tickets of one day and
    category in a log without ticket numbers or customers are two tickets)."""
    if len(parts) > 1 or (append and existing is not None):
        parts = [as_text(part) for part in parts]
    try:
        new = pl.concat(parts, how="diagonal_relaxed")
        if not append or existing is None:
            return new
        both = pl.concat([_numbered(existing), _numbered(new)], how="diagonal_relaxed")
    except pl.exceptions.PolarsError:
        raise PrevistaError("Files of the same kind have columns with the same name but different types; "
                            "import them separately or map the columns alike.") from None
    # every stored row stays; a new row (with its count of identical rows before it) stays unless stored
    stored, added = both.slice(0, existing.height), both.slice(existing.height)
    extra = added.join(stored, on=both.columns, how="anti", nulls_equal=True, maintain_order="left")
    return pl.concat([stored, extra]).drop(_REPEAT)


_REPEAT = "__repeat"


def _numbered(frame: pl.DataFrame) -> pl.DataFrame:
    """Each row with how many identical rows came before it in its frame.  Only repeated rows are numbered: an
    export's rows are nearly all distinct, and numbering every row among its identical ones took 7.8 s for ten
    million events, finding the repeated ones 1.1 s."""
    repeats = pl.repeat(0, frame.height, dtype=pl.UInt32, eager=True)
    repeated = frame.is_duplicated()
    if repeated.any():
        rows = repeated.arg_true()
        among = frame[rows].select(pl.int_range(pl.len(), dtype=pl.UInt32).over(frame.columns)).to_series()
        repeats = repeats.scatter(rows, among)
    return frame.with_columns(repeats.alias(_REPEAT))


def _schema_meta(store: ProjectStore, staged: list[StagedTable], append: bool) -> StoredSchema:
    schema: StoredSchema = store.meta(Meta.SCHEMA, {})
    for kind in {t.kind for t in staged}:
        columns = schema.get(kind.value, {}) if append else {}
        for table in (t for t in staged if t.kind is kind):
            present = set(table.frame.columns) - {RAW_ID}  # a set: files can have thousands of columns
            for spec in (*table.mapping.columns, *table.derived):
                if spec.column in present:
                    columns[spec.column] = {"role": spec.role.value, "meaning": spec.meaning, "format": spec.fmt,
                                            "special_category": spec.special_category}
        schema[kind.value] = columns
    return schema


def _log_record(plan: ImportPlan, counts: ImportCounts) -> dict[str, Any]:
    options = plan.options
    kinds = sorted({t.kind for t in plan.tables}, key=lambda k: k.value)
    keyed = any(t.mapping.id_column() is not None for t in plan.tables)
    categories = (["customer IDs (pseudonymized as encrypted IDs)"] if keyed else []) + [DATA_CATEGORIES[k] for k in kinds]
    if any(spec.role is Role.IDENTIFIER for t in plan.tables for spec in t.mapping.columns):
        categories.append("direct identifiers (" + ("kept in the separately keyed identity table" if options.keep_identities else "dropped, not stored") + ")")
    special = sorted({spec.special_category for t in plan.tables for spec in t.mapping.columns
                      if spec.special_category and spec.column in options.allow_special})
    return {
        "action": Action.IMPORT,
        "operator": options.operator,
        "purpose": options.purpose,
        "legal_basis": legal_basis_text(options.legal_basis),
        "data_categories": categories,
        "special_categories_with_explicit_consent": special,
        "inputs": [{"sha256": t.sha256, "format": t.format, "kind": t.kind.value, "preset": t.mapping.preset,
                    "rows_in": t.rows_in} for t in plan.tables],
        "counts": counts,
        "mode": "append" if options.append else "replace",
        "warnings_accepted": [f.code for f in plan.report.warnings],
    }


def execute_import(store: ProjectStore, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Pseudonymize and commit a plan whose report has no refusals, all-or-nothing."""
    if plan.refused:
        raise ImportRefusedError("The data-quality check refused this import: " + plan.report.refusals[0].text())
    progress = progress or Progress()
    keyed = _keyed(store, plan, progress)
    subjects, register, new_tables = keyed.subjects, keyed.register, keyed.tables
    excluded = subjects.filter(pl.col("eid").is_in(register["eid"].implode()))[KEY]
    # What undoing this import restores: the stored tables it replaces, kept by naming their files again, or read
    # and filtered when someone is excluded (the copies are per-customer tables, excluded alike).
    kept, undo_record = snapshot(store, new_tables)
    copies = {prior: store.read_table(name) for prior, name in kept.items()} if excluded.len() else {}
    exclusion = exclude(store, excluded, Reason.OPT_OUT, pending={**new_tables, **copies})
    put: dict[str, pl.DataFrame] = {Table.SUBJECTS: subjects, Table.OPTOUTS: register, **exclusion.put}
    removed = plan.opted_out_rows + sum(rows for name, rows in exclusion.rows_removed.items() if name in set(TableKind))
    progress.report(0.5, "Encrypting and writing tables")
    counts: ImportCounts = {
        "customers": keyed.customers,
        "new_customers": keyed.new_customers,
        "opted_out_register_size": register.height,
        "rows_removed_for_opt_out": removed,
        "rows_stored": {name: frame.height for name, frame in put.items() if name in {k.value for k in TableKind}},
        "rows_without_id_left_out": sum(t.report.rows_without_id_left_out for t in plan.tables),
        "tickets_without_customer": sum(t.report.rows_without_customer for t in plan.tables),
        "cancellation_lines": sum(t.report.cancellation_lines for t in plan.tables),
        "non_product_lines": sum(t.report.non_product_lines for t in plan.tables),
    }
    mappings: dict[str, TableMappingData] = store.meta(Meta.MAPPINGS, {})
    for table in plan.tables:
        mappings[shape_key([c.column for c in table.mapping.columns])] = table.mapping.to_dict()
    schema = _schema_meta(store, plan.tables, plan.options.append)
    progress.report(0.8, "Recomputing the pilot KPIs")
    kpis = recompute(store, ProjectData.load(store, pending=put, schema=schema), take_missing_baseline=False)
    chosen, changed = _settings_chosen(store, plan.options)
    progress.report(0.9, "Saving the imported tables")
    with progress.committing():
        entry = store.commit(
            put=put, copy_as={} if copies else kept, delete=stale_copies(store, kept),
            meta={**exclusion.meta, Meta.MAPPINGS: mappings, Meta.SCHEMA: schema, **kpis.meta, Meta.IMPORT_UNDO: undo_record,
                  **chosen},
            log_record={**_log_record(plan, counts), "details": kpis.log_details,
                        **({"settings_changed": changed} if changed else {})},
        )
    assert entry is not None, "a commit with a log record returns its entry"
    remember(store, kpis)
    progress.finished("Import committed")
    return ImportResult(counts["rows_stored"], counts["customers"], counts["new_customers"], removed, int(entry["seq"]),
                        counts["rows_without_id_left_out"], counts["tickets_without_customer"])


@dataclass(frozen=True)
class _Keyed:
    """An import's tables keyed by customer, and the customers: what the commit needs of the raw IDs."""

    subjects: pl.DataFrame  # every customer's key and encrypted ID, stored before or new
    register: pl.DataFrame  # the opt-out register with this import's objections
    tables: dict[str, pl.DataFrame]  # the per-customer tables this import writes, before anyone is excluded
    customers: int  # distinct customers in the import
    new_customers: int


def _keyed(store: ProjectStore, plan: ImportPlan, progress: Progress) -> _Keyed:
    """Encrypt the import's customer IDs and key every table by them.  The map from raw ID to key, and the
    distinct raw IDs, go when this returns, before the KPIs and the saving: 5M customers + 50M events peaked
    at 3,228 MiB instead of 3,359 (the KPI stage 3.38 GB instead of 3.52)."""
    ahead = plan.pseudonyms if plan.pseudonyms is not None and plan.pseudonyms.serves(store) else None
    raw_ids = distinct(pl.concat([t.distinct_ids for t in plan.tables]))
    id_map, subjects, new_customers = _encrypted_keys(store, raw_ids, ahead, progress.slice(0.0, 0.3))
    email_index = _email_index(store, plan.tables, id_map, ahead)
    register = _opt_out_register(store, plan.opted_out, id_map, email_index, subjects)
    progress.report(0.35, "Removing opted-out customers and direct identifiers")
    return _Keyed(subjects, register, _new_tables(store, plan, id_map, email_index), int(raw_ids.len()), new_customers)


def _new_tables(store: ProjectStore, plan: ImportPlan, id_map: pl.DataFrame,
                email_index: pl.DataFrame | None) -> dict[str, pl.DataFrame]:
    """The per-customer tables this import writes, before anyone is excluded from them."""
    new: dict[str, pl.DataFrame] = {}
    if email_index is not None:
        new[Table.EMAIL_INDEX] = email_index
    for kind in TableKind:
        tables = [t for t in plan.tables if t.kind is kind]
        if tables:
            existing = store.read_table(kind.value) if store.has_table(kind.value) else None
            new[kind.value] = _combine(existing, [_pseudonymized(t, id_map) for t in tables], plan.options.append)
    if plan.options.keep_identities:
        new[Table.IDENTITIES] = _identities(store, plan.tables, id_map)
    return new


def _identities(store: ProjectStore, staged: list[StagedTable], id_map: pl.DataFrame) -> pl.DataFrame:
    """Direct identifiers keyed by customer, kept only on request and under the identity key."""
    parts = [pl.DataFrame([_row_keys(t, t.identities, id_map), *_without(t.identities, RAW_ID).iter_columns()])
             .drop_nulls(KEY) for t in staged if t.identities.width > 1]
    existing = store.read_table(Table.IDENTITIES) if store.has_table(Table.IDENTITIES) else None
    frames = ([existing] if existing is not None else []) + parts
    if not frames:
        return pl.DataFrame(schema={KEY: pl.UInt32})
    return pl.concat(frames, how="diagonal_relaxed").unique(subset=[KEY], keep="last", maintain_order=True)


def conclude_import(store: ProjectStore, plan: ImportPlan, *, accept_warnings: bool,
                    progress: Progress | None = None) -> ImportResult | None:
    """Execute a plan, or log why it was not executed (refused, or warnings not accepted)."""
    if plan.refused or (plan.report.warnings and not accept_warnings):
        if plan.pseudonyms is not None:
            plan.pseudonyms.close()
        options = plan.options
        store.record({
            "action": Action.IMPORT_REFUSED if plan.refused else Action.IMPORT_NOT_CONFIRMED,
            "operator": options.operator,
            "purpose": options.purpose,
            "legal_basis": legal_basis_text(options.legal_basis),
            "inputs": [{"sha256": t.sha256, "format": t.format, "kind": t.kind.value, "rows_in": t.rows_in}
                       for t in plan.tables],
            "reasons": [f.code for f in (plan.report.refusals or plan.report.warnings)],
        })
        return None
    return execute_import(store, plan, progress)


def run_import(store: ProjectStore, paths: list[Path], options: ImportOptions, *, accept_warnings: bool,
               progress: Progress | None = None) -> tuple[ImportPlan, ImportResult | None]:
    """Plan and conclude in one call, for callers that decide about warnings up front."""
    progress = progress or Progress()
    plan = plan_import(store, paths, options, progress.slice(0.0, 0.4))
    return plan, conclude_import(store, plan, accept_warnings=accept_warnings, progress=progress.slice(0.4, 1.0))
