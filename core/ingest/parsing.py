"""Typed interpretation of text columns, with the rows that do not fit.

Formats are detected once per column from its distinct values and then
applied strictly: a value that does not parse is reported with its row, never
quietly turned into a null.  Dates are parsed with the detected format,
because letting a reader guess costs several times the read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

MISSING_MARKERS = ("", "na", "n/a", "#n/a", "null", "none", "nan", "-", "--")  # compared case-insensitively

DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S%.fZ",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d/%m/%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y",
    "%d-%m-%Y %H:%M",
    "%m/%d/%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
)

# number formats: name → (pattern a value must match, thousands separators to strip, decimal mark)
NUMBER_FORMATS: dict[str, tuple[str, str, str]] = {
    "integer": (r"^[+-]?\d+$", "", "."),
    "decimal-point": (r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", "", "."),
    "decimal-comma": (r"^[+-]?(\d+,?\d*|,\d+)$", "", ","),
    "thousands-comma": (r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", ",", "."),
    "thousands-dot": (r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", ".", ","),
    "thousands-space": (r"^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d+)?$", " \u00a0\u202f", ","),
}
_CURRENCY = r"^(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF)?\s*(.*?)\s*(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF|zł|Kč|kr)?$"

TRUE_WORDS = ("true", "yes", "y", "1", "t", "x", "tak", "ano", "ja", "oui", "sí", "si")
FALSE_WORDS = ("false", "no", "n", "0", "f", "nie", "ne", "nej", "nein", "non")
POSITIVE_LABEL = re.compile(r"churn|cancel|lost|left|exit|inactive|terminat|lapsed|former|closed|ended|odszed|zrezygn|ukon", re.I)

_SAMPLE = 20_000


def normalise_missing(series: pl.Series) -> pl.Series:
    """Treat the usual spreadsheet placeholders for 'no value' as missing."""
    if series.null_count() == series.len():
        return series
    stripped = pl.lit(series).str.strip_chars()
    marker = stripped.str.to_lowercase().is_in(MISSING_MARKERS)
    return pl.select(pl.when(marker).then(None).otherwise(stripped).alias(series.name)).to_series()


def _sample(series: pl.Series) -> pl.Series:
    distinct = series.drop_nulls().unique()
    return distinct.sample(_SAMPLE, seed=0) if len(distinct) > _SAMPLE else distinct


def _date_dtype(fmt: str) -> pl.Datetime | pl.Date:
    return pl.Datetime("us") if "%H" in fmt or "%I" in fmt else pl.Date()


def _parse_dates(series: pl.Series, fmt: str) -> pl.Series:
    parsed = series.str.strptime(_date_dtype(fmt), fmt, strict=False)
    if isinstance(parsed.dtype, pl.Datetime) and parsed.dtype.time_zone is not None:
        parsed = parsed.dt.convert_time_zone("UTC").dt.replace_time_zone(None)
    return parsed


def series_mean(series: pl.Series) -> float | None:
    """The mean of a numeric or boolean series as a float; None when it has no values."""
    mean = series.mean()
    return float(mean) if isinstance(mean, (int, float)) else None


def date_format_candidates(series: pl.Series) -> list[str]:
    """Formats that parse every sampled value, best first."""
    sample = _sample(series)
    if sample.is_empty():
        return []
    return [fmt for fmt in DATE_FORMATS if _parse_dates(sample, fmt).null_count() == 0]


def date_format_share(series: pl.Series) -> tuple[str | None, float]:
    """The format parsing the largest share of sampled values (to spot date columns with bad cells)."""
    sample = _sample(series)
    best: tuple[str | None, float] = (None, 0.0)
    for fmt in DATE_FORMATS:
        share = 1 - _parse_dates(sample, fmt).null_count() / max(len(sample), 1)
        if share > best[1]:
            best = (fmt, share)
    return best


def date_coverage(series: pl.Series) -> float:
    """Share of sampled values that some date format reads: near 1 for a column mixing formats."""
    sample = _sample(series)
    if sample.is_empty():
        return 0.0
    readable = pl.any_horizontal([_parse_dates(sample, fmt).is_not_null() for fmt in DATE_FORMATS])
    return float(pl.select(readable.mean()).item())


def resolve_day_month(candidates: list[str], prefer_european: bool) -> tuple[str | None, bool]:
    """Choose among candidates; report whether day/month order was ambiguous."""
    if not candidates:
        return None, False
    day_first = [c for c in candidates if c.startswith("%d")]
    month_first = [c for c in candidates if c.startswith("%m")]
    if day_first and month_first:
        return (day_first[0] if prefer_european else month_first[0]), True
    return candidates[0], False


def _strip_currency(series: pl.Series) -> pl.Series:
    return series.str.extract(_CURRENCY, 1)


def number_format_candidates(series: pl.Series) -> list[str]:
    sample = _strip_currency(_sample(series))
    if sample.is_empty():
        return []
    return [name for name, (pattern, _, _) in NUMBER_FORMATS.items() if sample.str.contains(pattern).all()]


def number_format_share(series: pl.Series) -> tuple[str | None, float]:
    sample = _strip_currency(_sample(series))
    best: tuple[str | None, float] = (None, 0.0)
    for name, (pattern, _, _) in NUMBER_FORMATS.items():
        share = series_mean(sample.str.contains(pattern)) if len(sample) else 0.0
        if share is not None and share > best[1]:
            best = (name, share)
    return best


def choose_number_format(candidates: list[str], prefer_european: bool) -> tuple[str | None, bool]:
    """Pick a format; '1,234' fits decimal-comma and thousands-comma alike, so the
    file's locale decides and the choice is reported as ambiguous."""
    if not candidates:
        return None, False
    if "integer" in candidates:
        return "integer", False
    european = [c for c in candidates if NUMBER_FORMATS[c][2] == ","]
    western = [c for c in candidates if NUMBER_FORMATS[c][2] == "."]
    ambiguous = bool(european and western)
    if prefer_european and european:
        return european[0], ambiguous
    return (western or european)[0], ambiguous


def _parse_numbers(series: pl.Series, fmt: str) -> pl.Series:
    pattern, thousands, decimal = NUMBER_FORMATS[fmt]
    text = _strip_currency(series)
    valid = text.str.contains(pattern)
    for mark in thousands:
        text = text.str.replace_all(mark, "", literal=True)
    if decimal == ",":
        text = text.str.replace(",", ".", literal=True)
    if fmt == "integer":
        parsed = text.cast(pl.Int64, strict=False)
    else:
        parsed = text.cast(pl.Float64, strict=False)
        parsed = parsed.set(parsed.is_infinite().fill_null(False), None)
    return parsed.set(~valid.fill_null(True), None)


def _parse_booleans(series: pl.Series) -> pl.Expr:
    lowered = series.str.to_lowercase()
    return (
        pl.when(lowered.is_in(TRUE_WORDS)).then(True).when(lowered.is_in(FALSE_WORDS)).then(False)
        .otherwise(None).alias(series.name)
    )


def parse_flags(series: pl.Series) -> pl.Series:
    """yes/no-style flags in several languages; anything else does not parse."""
    return pl.select(_parse_booleans(series)).to_series()


def parse_label(series: pl.Series) -> tuple[pl.Series, str]:
    """A churn-style label as booleans, plus how the values were read (shown to the user)."""
    flags = parse_flags(series)
    if flags.null_count() == series.null_count():
        return flags, "yes/no values"
    positive = series.str.contains("(?i)" + POSITIVE_LABEL.pattern)
    labels = sorted(series.drop_nulls().unique().to_list())
    chosen = [v for v in labels if POSITIVE_LABEL.search(v)]
    return positive, f"{', '.join(chosen) or 'no value'} = churned; other values = not churned"


@dataclass(frozen=True)
class Parsed:
    """A typed column and the 0-based rows whose text did not fit the format."""

    values: pl.Series
    bad_rows: pl.Series


def parse_column(series: pl.Series, kind: str, fmt: str | None) -> Parsed:
    """Convert text to ``kind`` ('date' | 'number' | 'flag') with ``fmt``; collect misfits."""
    if kind == "date":
        values = _parse_dates(series, fmt or "%Y-%m-%d")
    elif kind == "number":
        values = _parse_numbers(series, fmt or "decimal-point")
    elif kind == "flag":
        values = parse_flags(series)
    else:
        raise ValueError(f"unknown column kind {kind!r}")
    bad = (series.is_not_null() & values.is_null()).arg_true()
    return Parsed(values.alias(series.name), bad)


_FORMAT_WORDS = (("%Y", "YYYY"), ("%m", "MM"), ("%d", "DD"), ("%H", "hh"), ("%I", "hh"), ("%M", "mm"),
                 ("%S", "ss"), ("%.f", ".fff"), ("%p", "AM/PM"), ("%z", "±hh:mm"))


def describe_format(fmt: str) -> str:
    """'%d/%m/%Y' → 'DD/MM/YYYY': how a format reads to someone who never wrote strftime."""
    if fmt in NUMBER_FORMATS:
        return fmt
    for code, word in _FORMAT_WORDS:
        fmt = fmt.replace(code, word)
    return fmt


def check_format(fmt: str) -> None:
    """Refuse a user-given format that is neither a number format nor a usable date pattern."""
    if fmt in NUMBER_FORMATS:
        return
    try:
        ok = "%" in fmt and pl.Series(["2025-01-31"]).str.strptime(pl.Datetime, fmt, strict=False) is not None
    except pl.exceptions.PolarsError:
        ok = False
    if not ok:
        raise ValueError(fmt)
