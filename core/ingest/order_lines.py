"""Order lines: what one line of an order or invoice export is worth, and which lines are no purchase.

Shops export invoice *lines*: a quantity and a unit price per product, the order number repeated on
each line, cancellations and returns as lines of their own (a negative quantity, a "C" before the
invoice number, a status such as "cancelled" or "zwrot"), and lines that sell nothing (postage, bank
charges, manual adjustments, discounts).  Read naively, the unit price becomes the amount and every
line a purchase.  Here each line gets its value (quantity × unit price where no line total exists)
and its type (:class:`LineType`); the import stores both and reports every count, and the features
count orders of product lines and net cancellations out of spend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl

from prevista.core.analytics.features import LINE_TYPE, LINE_VALUE, ORDER_ID, LineType
from prevista.core.ingest import parsing
from prevista.core.ingest.detection import CANCELLATION_WORDS, normalise_name
from prevista.core.ingest.mapping import ColumnMapping, TableMapping
from prevista.privacy.schema import Role

# an order number written as a cancellation of another: "C536379", "STORNO-1002", "KOR/17"
_CANCEL_PREFIX = r"(?i)^(c|cn|storno|kor|ret|rma)[-_/ ]?\d"
_CANCEL_VALUE = f"(?i){CANCELLATION_WORDS}"
# columns that name what a line sells, and what they say on a line that sells nothing
_CODE_COLUMN = re.compile(r"stock ?code|\bsku\b|item ?(code|no|nr|number|id)|product ?(code|id|no|nr|number)|article|artikel|"
                          r"\bkod\b|towar|\bindeks\b|\bean\b|varenr|artikelnr", re.IGNORECASE)
_DESCRIPTION_COLUMN = re.compile(r"description|product ?name|item ?name|\bopis\b|beschreibung|bezeichnung|popis|descripci|"
                                 r"libell|omschrijving|beskriv|nazwa (towaru|produktu)|n[aá]zev", re.IGNORECASE)
_NON_PRODUCT_WORDS = (
    r"post(age)?|dotcom postage|carriage|manual|discount|bank charges?|amazon ?fee|cruk commission|samples?"
    r"|adjust(ment)?( bad debt)?|shipping( (fee|cost|charge)s?)?|delivery( (fee|charge)s?)?"
    r"|(service|handling|payment|transaction|processing|card|credit card) (fee|charge)s?|fee|surcharge"
    r"|rabat|skonto|porto|przesy[lł]ka|wysy[lł]ka|dostawa|doprava|po[sš]tovn[eé]|versand(kosten)?|fragt|frakt"
    r"|env[ií]o|gastos de env[ií]o|frais de port|livraison|spedizione|verzendkosten|korekta|opłata|oplata"
)
_NON_PRODUCT_TEXT = f"(?i)^({_NON_PRODUCT_WORDS})$"
_NON_PRODUCT_CODE = f"(?i)^({_NON_PRODUCT_WORDS}|dot|c2|cruk|amazonfee|[mdsb])$"
_SHORT_CODE = r"^.{1,2}$"  # single letters are codes of their own only where product codes are longer
# Refunds are a minority of lines; where negative amounts are common they are the business itself
# (withdrawals in a ledger, credits in a balance history), not cancellations.
MAX_NEGATIVE_AMOUNT_SHARE = 0.25
# An order's own amount on each of its lines: the header names the order ("Order Total", "Bestellwert") ...
_ORDER_WORD = re.compile(r"order|bestell|auftrag|zam[oó]wieni|objedn|pedido|commande|ordine|\bordre|best[aä]llning|invoice"
                         r"|rechnung|faktur|factur|fattur|bestelling", re.IGNORECASE)
REPEATED_SHARE = 0.9  # ... and the lines of nine in ten multi-line orders repeat it
MIN_ORDER_PAIRS = 3  # (judged on at least this many lines that follow a line of their order)


@dataclass(frozen=True)
class OrderAmount:
    """An amount the export writes once per order and repeats on each of the order's lines ("Order Total")."""

    column: str
    orders: int  # orders of several lines that repeat it
    instead: str | None  # what a line is worth instead ("'Quantity' × 'Item Cost'"); None: the amount, once per order


@dataclass
class OrderLines:
    """What the order lines of one table hold: derived columns to store and the counts to report."""

    columns: list[pl.Series] = field(default_factory=list)
    specs: list[ColumnMapping] = field(default_factory=list)
    value_note: str | None = None  # how a line's value was reckoned where the export has no line total
    order_amount: OrderAmount | None = None  # the export's amount is the order's, on each of its lines
    orders: int | None = None
    order_column: str | None = None
    cancellations: dict[str, int] = field(default_factory=dict)  # reason → lines
    negative_amounts_kept: int = 0  # negative amounts too common to be refunds: read as ordinary lines
    cancellation_rows: pl.Series | None = None  # 0-based rows
    non_product_columns: list[str] = field(default_factory=list)
    non_product_rows: pl.Series | None = None


def _numbers(frame: pl.DataFrame, mapping: TableMapping, meaning: str) -> pl.Series | None:
    column = next((c.column for c in mapping.columns
                   if c.role is Role.NUMBER and c.meaning == meaning and c.column in frame.columns), None)
    return None if column is None else frame[column].cast(pl.Float64)


def _named(mapping: TableMapping, meaning: str, role: Role) -> str | None:
    return next((c.column for c in mapping.columns if c.role is role and c.meaning == meaning), None)


def order_column(mapping: TableMapping) -> str | None:
    """The column of order numbers, where a transactions table has one."""
    return _named(mapping, ORDER_ID, Role.CATEGORY)


@dataclass(frozen=True)
class Orders:
    """A table's order numbers (trimmed, placeholders missing) and the runs of lines with one number in a row,
    found once for every column that takes values from its order (:meth:`taken`)."""

    numbers: pl.Series
    runs: pl.Series
    contiguous: bool  # each order's lines are in a row, as every shop system writes them

    @classmethod
    def of(cls, orders: pl.Series) -> Orders:
        """An order's distinct hashes can only be fewer than its distinct numbers, which are at most its runs:
        equal, they are all equal, and each order is one run."""
        numbers = parsing.normalise_missing(orders)
        runs = (~numbers.eq_missing(numbers.shift(1))).cum_sum()
        numbered = numbers.is_not_null()
        return cls(numbers, runs, numbers.filter(numbered).hash(0).n_unique() == runs.filter(numbered).n_unique())

    def taken(self, cells: pl.Series) -> pl.Series:
        """For each missing cell (empty or a placeholder), the one value the other lines of its order hold;
        missing where they hold none or disagree.  A shop system writes an order's own fields (its customer, its
        payment status) on its first line only and leaves them empty on the order's other lines; those lines
        are the same order's."""
        nothing = pl.repeat(None, len(cells), dtype=pl.String, eager=True)
        values = parsing.normalise_missing(cells)
        lacking = values.is_null() & self.numbers.is_not_null()
        if not lacking.any():
            return nothing
        found = (_from_runs(values, self.numbers.is_not_null(), self.runs) if self.contiguous
                 else _from_orders(values, self.numbers, lacking))
        return found.zip_with(lacking, nothing)


def _from_runs(values: pl.Series, numbered: pl.Series, runs: pl.Series) -> pl.Series:
    """Each line's value from the nearest line of its run that holds one (before it, else after it); missing in a
    run whose lines hold different values.  Forward and backward fills over row numbers instead of a grouping by
    order number: 4M order lines in 0.3 s instead of 1.2 s."""
    rows = pl.int_range(0, len(values), eager=True, dtype=pl.UInt32)
    held = values.is_not_null() & numbered
    sources = rows.zip_with(held, pl.repeat(None, len(values), dtype=pl.UInt32, eager=True))
    before, after = sources.forward_fill(), sources.backward_fill()
    source = pl.select(pl.when(runs.gather(before) == runs).then(before)
                       .when(runs.gather(after) == runs).then(after)).to_series()
    kept = pl.DataFrame({"run": runs, "value": values}).filter(held)
    disagreeing = kept.filter((pl.col("run") == pl.col("run").shift(1)) & (pl.col("value") != pl.col("value").shift(1)))
    if disagreeing.height:
        source = source.zip_with(~runs.is_in(disagreeing["run"].implode()), source.clear(len(source)))
    return values.gather(source)


def _from_orders(values: pl.Series, numbers: pl.Series, lacking: pl.Series) -> pl.Series:
    """The same where an order's lines are scattered through the file: grouped by order number."""
    wanted = numbers.filter(lacking).unique().implode()
    known = (pl.DataFrame({"order": numbers, "value": values}).filter(pl.col("order").is_in(wanted))
             .drop_nulls().group_by("order").agg(pl.col("value").unique())
             .filter(pl.col("value").list.len() == 1).select("order", pl.col("value").list.first()))
    return numbers.to_frame("order").join(known, on="order", how="left", maintain_order="left")["value"]


def _quantity_times_price(frame: pl.DataFrame, mapping: TableMapping) -> tuple[pl.Series, str] | None:
    quantity, price = _numbers(frame, mapping, "quantity"), _numbers(frame, mapping, "unit_price")
    if quantity is None or price is None:
        return None
    q_col, p_col = _named(mapping, "quantity", Role.NUMBER), _named(mapping, "unit_price", Role.NUMBER)
    return (quantity * price).alias(LINE_VALUE), f"'{q_col}' × '{p_col}'"


def line_value(frame: pl.DataFrame, mapping: TableMapping) -> tuple[pl.Series, str] | None:
    """Quantity × unit price, where the export has both and no line total; with how it was reckoned."""
    return None if _numbers(frame, mapping, "amount") is not None else _quantity_times_price(frame, mapping)


def _neighbours(numbers: pl.Series, amount: pl.Series) -> pl.Series:
    """Lines that follow a line of their own order, both valued."""
    return ((numbers == numbers.shift(1)) & amount.is_not_null() & amount.shift(1).is_not_null()).fill_null(False)


def _repeated(amount: pl.Series, pairs: pl.Series) -> bool:
    count = int(pairs.sum())
    return count >= MIN_ORDER_PAIRS and int((pairs & (amount == amount.shift(1))).sum()) >= REPEATED_SHARE * count


def _not_the_lines(amount: pl.Series, line: pl.Series | None, pairs: pl.Series) -> bool:
    """Whether the amount differs from what the line is worth by another measure, on most lines of multi-line orders."""
    return line is not None and int((pairs & ((amount - line).abs() > 0.005)).sum()) >= 0.5 * int(pairs.sum())


def _worth(mapping: TableMapping, frame: pl.DataFrame) -> list[str]:
    """The amounts a line could be worth, the one spend takes first (as ``ProjectData.value_column`` takes it): the
    amounts, else, where there is no unit price either, the first number."""
    numbers = [c for c in mapping.columns if c.role is Role.NUMBER and c.column in frame.columns]
    amounts = [c.column for c in numbers if c.meaning == "amount"]
    if amounts or any(c.meaning == "unit_price" for c in numbers):
        return amounts
    return [c.column for c in numbers[:1]]


def order_amount(frame: pl.DataFrame, mapping: TableMapping, non_product: pl.Series) -> tuple[pl.Series, OrderAmount] | None:
    """What each line is worth where the export's amount is the order's, repeated on each of its lines: summed over
    the order's lines, a two-line order counted twice.  The amount is the order's where the lines of almost every
    multi-line order repeat it, and either its name says so or the line's worth by another measure (a line total,
    quantity × unit price) differs from it.  A line is then worth that other measure; without one, the order's
    first product line holds the amount and its other lines nothing."""
    order = order_column(mapping)
    amounts = _worth(mapping, frame)
    if order is None or order not in frame.columns or not amounts:
        return None
    numbers = frame[order]
    amount = frame[amounts[0]].cast(pl.Float64)
    pairs = _neighbours(numbers, amount)
    if not _repeated(amount, pairs):
        return None
    others = [(frame[c].cast(pl.Float64).alias(LINE_VALUE), f"'{c}'") for c in amounts[1:]]
    alternatives = [(v, how) for v, how in others if not _repeated(v, _neighbours(numbers, v))]
    by_price = _quantity_times_price(frame, mapping)
    alternatives += [by_price] if by_price is not None else []
    line, instead = alternatives[0] if alternatives else (None, None)
    if not (_ORDER_WORD.search(normalise_name(amounts[0])) or _not_the_lines(amount, line, pairs)):
        return None
    found = OrderAmount(amounts[0], numbers.filter(pairs).n_unique(), instead)
    if line is not None:
        return line, found
    holder = numbers.zip_with(~non_product & amount.is_not_null(), numbers.clear(len(numbers)))
    first = (holder.is_first_distinct() & holder.is_not_null()) | numbers.is_null()
    return amount.zip_with(first, pl.repeat(0.0, len(amount), dtype=pl.Float64, eager=True)).alias(LINE_VALUE), found


def _cancelled_by_status(raw: pl.DataFrame, mapping: TableMapping) -> dict[str, pl.Series]:
    found: dict[str, pl.Series] = {}
    for spec in mapping.columns:
        if spec.role is not Role.CATEGORY or spec.meaning not in ("status", "cancellation"):
            continue
        values = parsing.normalise_missing(raw[spec.column])
        hit = values.str.contains(_CANCEL_VALUE)
        if spec.meaning == "cancellation":  # a "Cancelled" / "Returned" column of yes/no flags
            hit = hit | parsing.parse_flags(values)
        found[f"'{spec.column}' says cancelled or returned"] = hit.fill_null(False)
    return found


def _cancelled_by_prefix(raw: pl.DataFrame, order: str | None) -> dict[str, pl.Series]:
    """Order numbers like "C536379": a cancellation marker only where most numbers carry no such prefix."""
    if order is None:
        return {}
    hit = raw[order].str.strip_chars().str.contains(_CANCEL_PREFIX).fill_null(False)
    if not hit.any() or hit.mean() >= 0.5:  # type: ignore[operator]
        return {}
    return {f"the order number in '{order}' carries a cancellation prefix": hit}


def _negative(value: pl.Series | None, what: str) -> dict[str, pl.Series]:
    if value is None:
        return {}
    hit = (value < 0).fill_null(False)
    return {f"negative {what}": hit} if hit.any() else {}


def _refunds(value: pl.Series | None, what: str, lines: OrderLines) -> dict[str, pl.Series]:
    """Negative amounts as refunds, unless they are too common to be (and then say so)."""
    found = _negative(value, what)
    for hit in found.values():
        if (parsing.series_mean(hit) or 0.0) > MAX_NEGATIVE_AMOUNT_SHARE:
            lines.negative_amounts_kept = int(hit.sum())
            return {}
    return found


def text_read(mapping: TableMapping) -> set[str]:
    """The columns whose text as read :func:`read_order_lines` looks at: product codes and descriptions (by
    name), order numbers and cancellation statuses.  Staging lets every other parsed column's text go early."""
    return {spec.column for spec in mapping.columns
            if _line_text_column(normalise_name(spec.column)) or spec.role is Role.CATEGORY}


def _line_text_column(name: str) -> bool:
    return bool(_CODE_COLUMN.search(name) or _DESCRIPTION_COLUMN.search(name))


def _non_product(raw: pl.DataFrame, height: int) -> tuple[pl.Series, list[str]]:
    hit = pl.repeat(False, height, dtype=pl.Boolean, eager=True)
    columns: list[str] = []
    for column in raw.columns:
        name = normalise_name(column)
        if _CODE_COLUMN.search(name):
            values = raw[column].str.strip_chars()
            pattern = _NON_PRODUCT_CODE
            if (parsing.series_mean(values.drop_nulls().str.contains(_SHORT_CODE)) or 0.0) > 0.5:
                pattern = _NON_PRODUCT_TEXT  # short codes are this shop's products, not postage or manual lines
        elif _DESCRIPTION_COLUMN.search(name):
            values, pattern = raw[column].str.strip_chars(), _NON_PRODUCT_TEXT
        else:
            continue
        found = values.str.contains(pattern).fill_null(False)
        if found.any():
            hit, columns = hit | found, [*columns, column]
    return hit, columns


def read_order_lines(raw: pl.DataFrame, frame: pl.DataFrame, mapping: TableMapping, height: int) -> OrderLines:
    """Value and type of every line of a transactions table (``raw``: the text as read of the columns
    :func:`text_read` names, at least; ``frame``: typed; ``height``: rows)."""
    lines = OrderLines()
    non_product, lines.non_product_columns = _non_product(raw, height)
    by_order = order_amount(frame, mapping, non_product)
    by_price = line_value(frame, mapping) if by_order is None else None
    value = by_order[0] if by_order else by_price[0] if by_price else None
    lines.order_amount, lines.value_note = by_order[1] if by_order else None, by_price[1] if by_price else None
    if value is not None:
        lines.columns.append(value)
        lines.specs.append(ColumnMapping(LINE_VALUE, Role.NUMBER, LINE_VALUE))
    order = order_column(mapping)
    if order is not None and order in frame.columns:
        lines.order_column, lines.orders = order, frame[order].drop_nulls().n_unique()
    worth = value if value is not None else _numbers(frame, mapping, "amount")
    reasons = {**_negative(_numbers(frame, mapping, "quantity"), "quantity"),
               **_refunds(worth, "line value" if value is not None else "amount", lines),
               **_cancelled_by_prefix(raw, order), **_cancelled_by_status(raw, mapping)}
    cancelled = pl.repeat(False, height, dtype=pl.Boolean, eager=True)
    for reason, hit in reasons.items():
        counted = hit & ~non_product
        if counted.any():
            lines.cancellations[reason] = int(counted.sum())
        cancelled = cancelled | counted
    if not cancelled.any() and not non_product.any():
        return lines
    lines.cancellation_rows, lines.non_product_rows = cancelled.arg_true(), non_product.arg_true()
    kind = (pl.when(non_product).then(pl.lit(LineType.NON_PRODUCT.value))
            .when(cancelled).then(pl.lit(LineType.CANCELLATION.value)).otherwise(pl.lit(LineType.PRODUCT.value)))
    lines.columns.append(pl.select(kind.alias(LINE_TYPE)).to_series())
    lines.specs.append(ColumnMapping(LINE_TYPE, Role.CATEGORY, LINE_TYPE))
    return lines
