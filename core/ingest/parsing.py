"""Typed interpretation of text columns, with the rows that do not fit.

Formats are detected once per column from its distinct values and then
applied strictly: a value that does not parse is reported with its row, never
quietly turned into a null.  Dates are parsed with the detected format,
because letting a reader guess costs several times the read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.distinct import distinct as distinct_values
from prevista.privacy.distinct import translated

MISSING_MARKERS = ("", "na", "n/a", "#n/a", "null", "none", "nan", "-", "--")  # compared case-insensitively
_MISSING = "(?i)^(?:" + "|".join(re.escape(marker) for marker in MISSING_MARKERS if marker) + ")?$"
# the same, around untrimmed text: the regex's \s is Unicode's White_Space, which is what strip_chars() trims
_MISSING_UNTRIMMED = _MISSING.replace("^", r"^\s*", 1).replace(")?$", r")?\s*$")

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
    "%Y-%m-%d %H:%M:%S %z",  # a shop system's order times, '2024-03-07 13:09:00 +0100'
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
    "%d-%b-%y",  # 11-Feb-13: before %Y, which would read '13' as the year 13
    "%d-%b-%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y%m%d",
)
# Formats that also read as plain numbers (19970101, 45123): never chosen without the user's confirmation.
COMPACT_DATE = "%Y%m%d"
EXCEL_SERIAL = "excel-serial"
# 8 digits reading as a date from 1900 to 2099: '2024011' or '12345678' is no compact date
_COMPACT_DATE_VALUE = r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$"
_EXCEL_EPOCH = "1899-12-30"  # day 0 of Excel's 1900 date system (its 1900 leap-day bug included)
_EXCEL_SERIAL_VALUE = r"^\d{5}(\.\d+)?$"
_EXCEL_SERIAL_RANGE = (18_264, 73_051)  # 1950-01-01 … 2099-12-31
# Unix time, as event trackers and APIs write it (Mixpanel's "time", a JavaScript timestamp): seconds or milliseconds
# since 1970-01-01 UTC, each format with the digits it is written in and its count per second
UNIX_SECONDS = "unix-seconds"
UNIX_MILLISECONDS = "unix-milliseconds"
_UNIX = {UNIX_SECONDS: (r"^\d{9,10}(\.\d+)?$", 1), UNIX_MILLISECONDS: (r"^\d{12,13}(\.\d+)?$", 1_000)}
_UNIX_RANGE = (631_152_000, 4_102_444_800)  # from 1990-01-01 to before 2100-01-01, in seconds: an export's dates, not a count
NUMBER_DATES = (EXCEL_SERIAL, UNIX_SECONDS, UNIX_MILLISECONDS)  # date formats whose cells also read as numbers

# number formats: name → (pattern a value must match, thousands separators to strip, decimal mark)
NUMBER_FORMATS: dict[str, tuple[str, str, str]] = {
    "integer": (r"^[+-]?\d+$", "", "."),
    "decimal-point": (r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", "", "."),
    "decimal-comma": (r"^[+-]?(\d+,?\d*|,\d+)$", "", ","),
    "thousands-comma": (r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", ",", "."),
    "thousands-dot": (r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", ".", ","),
    "thousands-space": (r"^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d+)?$", " \u00a0\u202f", ","),
}
_PLAIN_NUMBER = r"^[\d.,'+\-\u2212eE]*$"  # no currency sign or code, no space: nothing to strip
_CURRENCY_BEFORE = r"^(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF)"
_CURRENCY_AFTER = r"(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF|zł|Kč|kr)$"

TRUE_WORDS = ("true", "yes", "y", "1", "t", "x", "tak", "ano", "ja", "j", "oui", "sí", "si", "sì", "s", "wahr", "prawda",
              "pravda", "verdadero", "vrai", "vero", "waar", "sand", "sant")
FALSE_WORDS = ("false", "no", "n", "0", "f", "nie", "ne", "nej", "nein", "non", "nee", "falsch", "fałsz", "falsz",
               "nepravda", "falso", "faux", "onwaar", "falsk", "falskt")
POSITIVE_LABEL = re.compile(r"churn|cancel|lost|left|exit|inactive|terminat|lapsed|former|closed|ended|odszed|zrezygn|rezygn|ukon"
                            r"|odešel|odesel|zrušen|baja|abandon|gek[uü]ndigt|abgewandert|r[eé]sili|parti|disdett|cessat"
                            r"|opgezegd|vertrokken|opsagt|uppsagd|avslutad", re.I)

_SAMPLE = 20_000


def normalise_missing(series: pl.Series) -> pl.Series:
    """Treat the usual spreadsheet placeholders for 'no value' as missing.

    One case-insensitive match of the trimmed value against the placeholders, rather than lower-casing
    every cell to compare: the same answer (the placeholders are plain ASCII letters) in a fifth of the time.
    """
    if series.null_count() == series.len():
        return series
    stripped = series.str.strip_chars()
    return stripped.set(stripped.str.contains(_MISSING).fill_null(False), None)


def count_missing(series: pl.Series) -> int:
    """How many cells :func:`normalise_missing` would make missing, without the trimmed copy it builds (a
    column that is only counted, such as a dropped name or e-mail column, need not be copied)."""
    return series.null_count() + int(series.str.contains(_MISSING_UNTRIMMED).sum())


def _sample(series: pl.Series) -> pl.Series:
    distinct = series.drop_nulls().unique()
    return distinct.sample(_SAMPLE, seed=0) if len(distinct) > _SAMPLE else distinct


def _date_dtype(fmt: str) -> pl.Datetime | pl.Date:
    return pl.Datetime("us") if "%H" in fmt or "%I" in fmt else pl.Date()


# month names in the markets' languages (DE, PL, CS, SV, DA, NL, ES, FR, IT; abbreviated, full and Polish/Czech
# genitive forms) as English abbreviations, which the date formats read ('%B' also takes an abbreviation)
_MONTH_NAMES = {
    "Jan": "januar|jänner|jaenner|sty|stycznia|styczeń|styczen|led|leden|ledna|januari|ene|enero|janv|janvier|gen|gennaio",
    "Feb": "februar|lut|lutego|luty|úno|uno|únor|unor|února|unora|februari|febrero|févr|fevr|février|fevrier|febbraio",
    "Mar": "mär|mrz|märz|maerz|marca|marzec|bře|bre|březen|brezen|března|brezna|mars|maart|mrt|marzo",
    "Apr": "kwi|kwietnia|kwiecień|kwiecien|dub|duben|dubna|april|abr|abril|avr|avril|aprile",
    "May": "mai|maj|maja|kvě|kve|květen|kveten|května|kvetna|mei|mayo|mag|maggio",
    "Jun": "juni|cze|czerwca|czerwiec|čvn|cvn|červen|cerven|června|cervna|junio|juin|giu|giugno",
    "Jul": "juli|lip|lipca|lipiec|čvc|cvc|červenec|cervenec|července|cervence|julio|juil|juillet|lug|luglio",
    "Aug": "sie|sierpnia|sierpień|sierpien|srp|srpen|srpna|augusti|augustus|ago|agosto|août|aout",
    "Sep": "wrz|września|wrzesnia|wrzesień|wrzesien|zář|zar|září|zari|sept|septembre|septiembre|set|settembre",
    "Oct": "okt|oktober|paź|paz|października|pazdziernika|październik|pazdziernik|říj|rij|říjen|rijen|října|rijna"
           "|octubre|octobre|ott|ottobre",
    "Nov": "lis|listopada|listopad|noviembre|novembre",
    "Dec": "dez|dezember|gru|grudnia|grudzień|grudzien|pro|prosinec|prosince|december|dic|diciembre|déc|dec|décembre"
           "|decembre|dicembre",
}
# English names too, so that an abbreviation's dot ("oct.", as French writes it) goes
_MONTH_PATTERNS = [(rf"(?i)(^|[^\p{{L}}])({english}|{names})\.?([^\p{{L}}]|$)", rf"${{1}}{english}${{3}}")
                   for english, names in _MONTH_NAMES.items()]


def _english_months(series: pl.Series) -> pl.Series:
    for pattern, english in _MONTH_PATTERNS:
        series = series.str.replace_all(pattern, english)
    return series


def _parse_dates(series: pl.Series, fmt: str) -> pl.Series:
    if fmt == EXCEL_SERIAL:
        return _parse_excel_serials(series)
    if fmt in _UNIX:
        return _parse_unix_times(series, fmt)
    if "%b" in fmt or "%B" in fmt:
        return _parse_month_names(series, fmt)
    if "%.f" in fmt and "%z" not in fmt:
        return _parse_fractions(series, fmt)
    if fmt.endswith(" %p") and "%I" in fmt and "%z" not in fmt:
        return _parse_meridiem(series, fmt)
    if fmt.endswith("%z") and "%.f" not in fmt:
        return _parse_offsets(series, fmt)
    return _strptime(series, fmt)


# the shape of a date-time cell, code by code, with as many digits as a reading with a fixed count of them takes
_SHAPES = {"%Y": r"\d{4}", "%m": r"\d{2}", "%d": r"\d{2}", "%H": r"\d{2}", "%I": r"\d{2}", "%M": r"\d{2}",
           "%S": r"\d{2}", "%p": "(?:AM|PM)"}


def _shaped_first(series: pl.Series, shape: str, read: Callable[[pl.Series], pl.Series],
                  rest: Callable[[pl.Series], pl.Series]) -> pl.Series:
    """The cells matching ``shape`` as ``read`` reads them, every other cell as ``rest`` does.  ``read`` gets the
    column with the other cells missing: a fast route that does not fit a cell hands it to chrono, slowly."""
    shaped = series.str.contains(shape).fill_null(False)
    if not shaped.any():
        return rest(series)
    other = (~shaped & series.is_not_null()).arg_true()
    if not len(other):
        return read(series)
    return read(series.set(~shaped, None)).scatter(other, rest(series.gather(other)))


def _parse_fractions(series: pl.Series, fmt: str, digits: tuple[int, ...] = (3, 6)) -> pl.Series:
    """Date-times with a fraction of a second: cells of the usual shape with milliseconds (as JavaScript writes
    them), then those with microseconds (as Python does), are read with that count of digits; any other cell
    as the format reads it.

    Polars reads a fixed count of digits on a fast route of its own, and a format with a fraction of any length
    through chrono cell by cell: 10M cells '2024-11-28T11:21:11.314' took 2.6-2.7 s.  A fixed count reads only
    cells of exactly that shape, so a cell read either way is read alike (``tests/core/test_parsing.py`` holds
    every cell to the format's own reading)."""
    if not digits or series.is_empty():
        return _strptime(series, fmt)
    fixed = fmt.replace("%.f", f".%{digits[0]}f")
    return _shaped_first(series, _cell_shape(fmt, digits[0]), lambda cells: _strptime(cells, fixed),
                         lambda cells: _parse_fractions(cells, fmt, digits[1:]))


def _cell_shape(fmt: str, digits: int = 0) -> str:
    """The pattern of a cell in ``fmt`` with two digits for every number but the year's, exactly ``digits``
    digits after the point, and nothing else."""
    parts = re.split(r"(%[YmdHIMSp]|%\.f)", fmt)
    return "^" + "".join(_SHAPES.get(part, rf"\.\d{{{digits}}}" if part == "%.f" else re.escape(part))
                         for part in parts) + "$"


def _width(fmt: str) -> int:
    """How many characters a cell of ``fmt``'s shape takes (the year four, every other number two)."""
    return len(re.sub(r"%[mdHIMS]", "00", fmt.replace("%Y", "0000")))


def _parse_meridiem(series: pl.Series, fmt: str) -> pl.Series:
    """Date-times on a twelve-hour clock ('11/28/2024 11:21 AM', as US exports write them): cells of the usual
    shape are read on the 24-hour clock without their 'AM' or 'PM', which then moves the hour; any other cell
    as the format reads it.

    Polars reads a 24-hour clock on a fast route of its own and a twelve-hour one through chrono cell by cell:
    10M cells took 2.3-2.6 s.  Hour 12 is midnight in the morning and noon in the afternoon, and an hour
    outside 1-12 reads as nothing, as chrono has them (``tests/core/test_parsing.py`` holds every cell to the
    format's own reading)."""
    at = _width(fmt.split("%I")[0])  # where the hour is written: a leap second moves the clock's

    def read(cells: pl.Series) -> pl.Series:
        clock = _strptime(cells.str.head(-3), fmt.removesuffix(" %p").replace("%I", "%H"))
        hour, afternoon = cells.str.slice(at, 2).cast(pl.Int8), cells.str.ends_with("PM")
        moved = pl.when(afternoon & (hour != 12)).then(12).when(~afternoon & (hour == 12)).then(-12).otherwise(0)
        return pl.select(pl.when((hour >= 1) & (hour <= 12)).then(clock + pl.duration(hours=moved))).to_series()

    return _shaped_first(series, _cell_shape(fmt), read, lambda cells: _strptime(cells, fmt))


def _parse_offsets(series: pl.Series, fmt: str) -> pl.Series:
    """Date-times with their offset from UTC ('2024-11-28T11:21:11+02:00', as APIs write them): cells of the usual
    shape are read without the offset, which is then taken off; any other cell as the format reads it.  Both
    give the time in UTC.

    Polars reads a time without an offset on a fast route of its own, and one with it through chrono cell by
    cell: 10M cells took 2.5-3.0 s.  An offset of 24 hours or more, or with 60 minutes or more, reads as nothing,
    as chrono has it (``tests/core/test_parsing.py`` holds every cell to the format's own reading)."""
    plain = fmt.removesuffix("%z")
    width = _width(plain)

    def read(cells: pl.Series) -> pl.Series:
        offset = cells.str.slice(width)
        hours, minutes = offset.str.slice(1, 2).cast(pl.Int64), offset.str.slice(-2).cast(pl.Int64)
        east = pl.when(offset.str.starts_with("-")).then(-1).otherwise(1)
        clock = _strptime(cells.str.slice(0, width), plain)
        return _in_calendar(pl.select(pl.when((hours < 24) & (minutes < 60))
                                      .then(clock - pl.duration(minutes=east * (hours * 60 + minutes)))).to_series())

    shape = _cell_shape(plain).removesuffix("$") + r"[+-]\d{2}:?\d{2}$"
    return _shaped_first(series, shape, read, lambda cells: _strptime(cells, fmt))


def _parse_month_names(series: pl.Series, fmt: str) -> pl.Series:
    """Dates with month names, rewritten and parsed once per distinct value and brought back to every row.

    The rewrite to English takes 24 regular expressions over every value: 10M order lines dated like
    '14-Jul-25' took 12 s, though such a column holds a few thousand distinct days.  Both the rewrite and the
    parse act value by value, so the distinct values' results are the rows' results."""
    distinct = distinct_values(series)
    if not distinct.str.contains(r"\p{L}").any():  # no letters, so no month names: spare the 24 rewrites
        return pl.repeat(None, len(series), dtype=_date_dtype(fmt), eager=True).alias(series.name)
    return translated(series, distinct, _strptime(_english_months(distinct), fmt)).alias(series.name)


def _strptime(series: pl.Series, fmt: str) -> pl.Series:
    # a day repeats across rows, a second rarely: caching each distinct value's parse saves a fifth of the time on
    # dates and, kept for date-times, made 10M second-resolution timestamps take 0.77 s instead of 0.44 s
    dtype = _date_dtype(fmt)
    parsed = series.str.strptime(dtype, fmt, strict=False, cache=dtype == pl.Date())
    if fmt == COMPACT_DATE:  # chrono reads '2024011' as 2024-01-01: only eight digits are a compact date
        parsed = parsed.set(~series.str.contains(_COMPACT_DATE_VALUE).fill_null(True), None)
    if isinstance(parsed.dtype, pl.Datetime) and parsed.dtype.time_zone is not None:
        parsed = parsed.dt.convert_time_zone("UTC").dt.replace_time_zone(None)
    return _in_calendar(parsed)


def _in_calendar(parsed: pl.Series) -> pl.Series:
    """Dates from the year 1 to 9999 only.  chrono reads signed and five-digit years ('15 Jan-25' as the year
    -25, '0000-01-01' as the year 0): no export means them, and no other date can be shown or compared with one
    that can."""
    year = parsed.dt.year()
    return parsed.set(((year < 1) | (year > 9999)).fill_null(False), None)


def _parse_excel_serials(series: pl.Series) -> pl.Series:
    """Day numbers of a spreadsheet cell without date formatting, as date-times (a fraction is the time)."""
    days = series.cast(pl.Float64, strict=False)
    low, high = _EXCEL_SERIAL_RANGE
    days = days.set(~series.str.contains(_EXCEL_SERIAL_VALUE).fill_null(True) | (days < low) | (days > high), None)
    epoch = pl.lit(_EXCEL_EPOCH).str.strptime(pl.Datetime("us"), "%Y-%m-%d")
    micros = (pl.lit(days) * 86_400_000_000).round(0).cast(pl.Int64)
    return pl.select(epoch + pl.duration(microseconds=micros)).to_series().alias(series.name)


def _parse_unix_times(series: pl.Series, fmt: str) -> pl.Series:
    """Seconds or milliseconds since 1970-01-01 UTC, as date-times in UTC (as an offset is read: the time in UTC)."""
    shape, per_second = _UNIX[fmt]
    seconds = series.cast(pl.Float64, strict=False) / per_second
    low, high = _UNIX_RANGE
    seconds = seconds.set(~series.str.contains(shape).fill_null(True) | (seconds < low) | (seconds >= high), None)
    return (seconds * 1_000_000).round(0).cast(pl.Int64).cast(pl.Datetime("us")).alias(series.name)


def number_date_share(series: pl.Series, fmt: str) -> float:
    """Share of sampled values that read as dates between 1950 (1990 for Unix time) and 2099 under ``fmt``, one
    of the ``NUMBER_DATES``."""
    sample = _sample(series)
    return 1 - _parse_dates(sample, fmt).null_count() / len(sample) if len(sample) else 0.0


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


_DATE_SHAPED = r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\S.*)?$"


def date_shaped_share(series: pl.Series) -> float:
    """Share of sampled values written like a date (2024-02-30, 13/13/2024), readable or not: a date
    column with impossible dates is still a date column whose bad cells are named, not free text."""
    sample = _sample(series)
    return (series_mean(sample.str.contains(_DATE_SHAPED)) or 0.0) if len(sample) else 0.0


def date_coverage(series: pl.Series) -> float:
    """Share of sampled values that some date format reads: near 1 for a column mixing formats."""
    sample = _sample(series)
    if sample.is_empty():
        return 0.0
    readable = pl.any_horizontal([_parse_dates(sample, fmt).is_not_null() for fmt in DATE_FORMATS])
    return float(pl.select(readable.mean()).item())


def resolve_day_month(candidates: list[str], prefer_european: bool) -> tuple[str | None, bool]:
    """Choose among candidates; report whether day/month order was ambiguous.

    A compact date (19970101) reads as a number too, so it is always for the user to confirm.
    """
    if not candidates:
        return None, False
    if candidates == [COMPACT_DATE]:
        return COMPACT_DATE, True
    day_first = [c for c in candidates if c.startswith("%d")]
    month_first = [c for c in candidates if c.startswith("%m")]
    if day_first and month_first:
        return (day_first[0] if prefer_european else month_first[0]), True
    return candidates[0], False


def _strip_currency(series: pl.Series) -> pl.Series:
    """The number inside a value written with a currency ("€ 12,50", "99 zł"): a currency before it, then the
    spaces after that; a currency at the very end, then the spaces before that.  Most cells of a number column
    are plain digits and marks, which this returns unchanged, so only the other cells go through it.

    Four anchored steps, each a plain match at one end of the text, instead of one pattern with a lazily
    captured middle: reading 10M amounts written "$4.69" took 6.1 s and takes 2.5 s (``tests/core/test_parsing.py``
    holds the steps to that pattern's captures)."""
    plain = series.str.contains(_PLAIN_NUMBER).fill_null(True)
    if plain.all():
        return series
    rows = (~plain).arg_true()
    if 2 * len(rows) > len(series):  # a column written with its currency: no cell to set apart
        return _currency_stripped(series)
    return series.clone().scatter(rows, _currency_stripped(series.gather(rows)))


def _currency_stripped(series: pl.Series) -> pl.Series:
    """Every cell stripped; a plain cell (digits and marks only) holds neither a currency nor a space, and stays."""
    return (series.str.replace(_CURRENCY_BEFORE, "").str.strip_chars_start()
            .str.replace(_CURRENCY_AFTER, "").str.strip_chars_end())


def number_format_candidates(series: pl.Series) -> list[str]:
    sample = _strip_currency(_sample(series))
    if sample.is_empty():
        return []
    return [name for name, (pattern, _, _) in NUMBER_FORMATS.items() if sample.str.contains(pattern).all()]


def number_format_share(series: pl.Series) -> tuple[str | None, float]:
    """The format fitting the largest share of sampled values (to spot number columns with bad cells).

    Whole numbers with a few '1e309' or '9223372036854775808' cells are an integer column whose bad
    cells are named, not a decimal column that quietly reads them as huge numbers.
    """
    sample = _strip_currency(_sample(series))
    if sample.is_empty():
        return None, 0.0
    shares = {name: series_mean(sample.str.contains(pattern)) or 0.0
              for name, (pattern, _, _) in NUMBER_FORMATS.items()}
    best = max(shares, key=lambda name: shares[name])
    if shares["integer"] > 0 and not sample.str.contains(r"\d[.,]\d").any():
        best = "integer"
    return (best, shares[best]) if shares[best] > 0 else (None, 0.0)


_NUMBER_SHAPED = r"(?i)^[+\-\u2212]?(\d[\d\s.,']*|[.,]\d+)(e[+\-\u2212]?\d+)?$|^[+-]?(nan|inf|infinity)$"


def number_shaped_share(series: pl.Series) -> float:
    """Share of sampled values written like a number in any script or notation (٣٤, −5, 1e309):
    near 1 for a number column with absurd cells, which are refused one by one rather than the
    column becoming a category."""
    sample = _strip_currency(_sample(series))
    return (series_mean(sample.str.contains(_NUMBER_SHAPED)) or 0.0) if len(sample) else 0.0


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
    """A cell written in the format has no currency and no padding to strip (every format is signs, digits and
    marks from end to end), so only the other cells go through :func:`_strip_currency`: on a clean column that
    saves a pass over every cell (10M amounts: 0.61 s → 0.36 s)."""
    pattern, thousands, decimal = NUMBER_FORMATS[fmt]
    text, valid = series, series.str.contains(pattern)
    odd = (~valid).fill_null(False).arg_true()
    if 2 * len(odd) > len(series):  # most cells have a currency: strip them all (a cell in the format keeps all it has)
        text = _currency_stripped(series)
        valid = text.str.contains(pattern)
    elif len(odd):
        stripped = _strip_currency(series.gather(odd))
        text, valid = series.clone().scatter(odd, stripped), valid.scatter(odd, stripped.str.contains(pattern))
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


def is_flag_column(series: pl.Series) -> bool:
    """Two-valued yes/no-style flags (Yes/No, 0/1, ja/nein…), allowing one further value such as
    'No phone service': such a column says something about a customer and identifies no one."""
    distinct = series.drop_nulls().unique()
    if not 2 <= len(distinct) <= 3:
        return False
    parsed = pl.select(_parse_booleans(distinct)).to_series().drop_nulls()
    return len(parsed) == 2 and parsed.n_unique() == 2


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


# Numbers no such column can hold (a negative age, an age of 500): refused like unreadable cells.
PLAUSIBLE_RANGES: dict[str, tuple[float, float]] = {"age": (0, 130), "tenure": (0, 1_200), "seats": (0, 10**9)}


def parse_column(series: pl.Series, kind: str, fmt: str | None, meaning: str | None = None) -> Parsed:
    """Convert text to ``kind`` ('date' | 'number' | 'flag') with ``fmt``; collect misfits
    (including numbers outside what the column's ``meaning`` allows)."""
    if kind == "date":
        values = _parse_dates(series, fmt or "%Y-%m-%d")
    elif kind == "number":
        values = _parse_numbers(series, fmt or "decimal-point")
        if meaning in PLAUSIBLE_RANGES:
            low, high = PLAUSIBLE_RANGES[meaning]
            values = values.set(((values < low) | (values > high)).fill_null(False), None)
    elif kind == "flag":
        values = parse_flags(series)
    else:
        raise ValueError(f"unknown column kind {kind!r}")
    bad = (series.is_not_null() & values.is_null()).arg_true()
    return Parsed(values.alias(series.name), bad)


# the number dates in plain words, phrases of the catalogue: a finding that names one is shown in the window's language
NUMBER_DATE_WORDS = {
    EXCEL_SERIAL: QT_TRANSLATE_NOOP("Phrases", "spreadsheet day numbers (45292 = 2024-01-01)"),
    UNIX_SECONDS: QT_TRANSLATE_NOOP("Phrases", "Unix time in seconds (1700000000 = 2023-11-14 22:13:20 UTC)"),
    UNIX_MILLISECONDS: QT_TRANSLATE_NOOP("Phrases", "Unix time in milliseconds (1700000000000 = 2023-11-14 22:13:20 UTC)"),
}
_FORMAT_WORDS = (("%Y", "YYYY"), ("%y", "YY"), ("%b", "Mon"), ("%B", "Month"), ("%m", "MM"), ("%d", "DD"),
                 ("%H", "hh"), ("%I", "hh"), ("%M", "mm"), ("%S", "ss"), ("%.f", ".fff"), ("%p", "AM/PM"), ("%z", "±hh:mm"))


def describe_format(fmt: str) -> str:
    """'%d/%m/%Y' → 'DD/MM/YYYY': how a format reads to someone who never wrote strftime."""
    if fmt in NUMBER_FORMATS:
        return fmt
    if fmt in NUMBER_DATES:
        return NUMBER_DATE_WORDS[fmt]
    for code, word in _FORMAT_WORDS:
        fmt = fmt.replace(code, word)
    return fmt


def check_format(fmt: str) -> None:
    """Refuse a user-given format that is neither a number format nor a usable date pattern."""
    if fmt in NUMBER_FORMATS or fmt in NUMBER_DATES:
        return
    try:
        ok = "%" in fmt and pl.Series(["2025-01-31"]).str.strptime(pl.Datetime, fmt, strict=False) is not None
    except pl.exceptions.PolarsError:
        ok = False
    if not ok:
        raise ValueError(fmt)
