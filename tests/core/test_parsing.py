from __future__ import annotations

from datetime import datetime, timedelta

import polars as pl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from prevista.core.ingest import parsing


@pytest.mark.parametrize(
    ("values", "european", "expected", "ambiguous"),
    [
        (["2025-01-31", "2024-12-01"], False, "%Y-%m-%d", False),
        (["31.01.2025", "01.12.2024"], True, "%d.%m.%Y", False),
        (["31/01/2025 14:05", "01/12/2024 09:00"], False, "%d/%m/%Y %H:%M", False),
        (["01/31/2025", "12/01/2024"], True, "%m/%d/%Y", False),
        (["01/02/2025", "03/04/2024"], True, "%d/%m/%Y", True),
        (["01/02/2025", "03/04/2024"], False, "%m/%d/%Y", True),
    ],
)
def test_date_formats_are_detected(values, european, expected, ambiguous) -> None:
    fmt, was_ambiguous = parsing.resolve_day_month(parsing.date_format_candidates(pl.Series(values)), european)
    assert (fmt, was_ambiguous) == (expected, ambiguous)


def test_unparseable_values_are_reported_not_nulled() -> None:
    series = parsing.normalise_missing(pl.Series("d", ["31.01.2025", "N/A", "", "31.02.2025", "soon"]))
    parsed = parsing.parse_column(series, "date", "%d.%m.%Y")
    assert parsed.bad_rows.to_list() == [3, 4]
    assert parsed.values.null_count() == 4


@pytest.mark.parametrize(
    ("values", "european", "expected"),
    [
        (["1234,56", "3,5", "€ 12,00"], True, [1234.56, 3.5, 12.0]),
        (["1.234,56", "3,5"], True, [1234.56, 3.5]),
        (["1 234,56", "3"], True, [1234.56, 3.0]),
        (["1,234.56", "3.5"], False, [1234.56, 3.5]),
        (["$10.50", "7"], False, [10.5, 7.0]),
    ],
)
def test_number_formats_including_decimal_comma(values, european, expected) -> None:
    series = pl.Series(values)
    fmt, _ = parsing.choose_number_format(parsing.number_format_candidates(series), european)
    assert parsing.parse_column(series, "number", fmt).values.to_list() == pytest.approx(expected)


def test_absurd_and_malformed_numbers_are_bad_rows() -> None:
    parsed = parsing.parse_column(pl.Series(["1.5", "1e999", "12abc", "99999999999999999999"]), "number", "decimal-point")
    assert parsed.bad_rows.to_list() == [1, 2]
    overflow = parsing.parse_column(pl.Series(["1", "99999999999999999999"]), "number", "integer")
    assert overflow.bad_rows.to_list() == [1]


def test_labels_and_flags() -> None:
    labels, how = parsing.parse_label(pl.Series(["Active", "Churned", "Cancelled", None]))
    assert labels.to_list() == [False, True, True, None] and "Churned" in how
    flags = parsing.parse_column(pl.Series(["yes", "Nie", "ano", "maybe"]), "flag", None)
    assert flags.values.to_list()[:3] == [True, False, True] and flags.bad_rows.to_list() == [3]


def test_spreadsheet_day_numbers_and_compact_dates_read_exactly_and_nothing_else() -> None:
    serials = parsing.parse_column(pl.Series(["45292", "45292.5", "60", "123456", "4.5e4"]), "date", parsing.EXCEL_SERIAL)
    assert [str(v) for v in serials.values.to_list()[:2]] == ["2024-01-01 00:00:00", "2024-01-01 12:00:00"]
    assert serials.bad_rows.to_list() == [2, 3, 4]  # 1900, beyond 2099, not a plain day number
    compact = parsing.parse_column(pl.Series(["19970101", "2024011", "20240230", "202401150"]), "date", "%Y%m%d")
    assert str(compact.values[0]) == "1997-01-01" and compact.bad_rows.to_list() == [1, 2, 3]
    assert parsing.resolve_day_month(parsing.date_format_candidates(pl.Series(["19970101", "19971231"])), False) == (
        "%Y%m%d", True)


@given(st.integers(631_152_000, 4_102_444_799), st.integers(0, 999), st.booleans())
def test_unix_time_reads_as_the_moment_it_counts_from_1970_in_utc(seconds: int, millis: int, in_millis: bool) -> None:
    cell, fmt = (f"{seconds}{millis:03d}", parsing.UNIX_MILLISECONDS) if in_millis else (str(seconds), parsing.UNIX_SECONDS)
    moment = datetime(1970, 1, 1) + timedelta(seconds=seconds, milliseconds=millis if in_millis else 0)
    assert parsing.parse_column(pl.Series([cell]), "date", fmt).values.to_list() == [moment]
    assert parsing.parse_column(pl.Series([cell]), "date", parsing.UNIX_MILLISECONDS if not in_millis
                                else parsing.UNIX_SECONDS).values.to_list() == [None]  # the other unit is out of range


def test_yes_no_columns_are_flags_and_a_plausible_range_refuses_absurd_ages() -> None:
    assert parsing.is_flag_column(pl.Series(["Yes", "No", "No phone service", None]))
    assert not parsing.is_flag_column(pl.Series(["+48 600 100 200", "+48 600 100 201"]))
    ages = parsing.parse_column(pl.Series(["34", "-4", "131", "0"]), "number", "integer", "age")
    assert ages.bad_rows.to_list() == [1, 2]


_SPACES = " \t\n\r\x0b\x0c\x85\xa0\u1680\u2000\u2007\u200a\u2028\u202f\u205f\u3000\u200b\ufeff\x1c"
_CELL = st.lists(st.sampled_from(["", "NA", "n/A", "#N/A", "Null", "nOne", "NaN", "-", "--", "x", "é", "n a", "0"])
                 | st.text(_SPACES, max_size=2), max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | _CELL, max_size=30))
def test_a_column_only_counted_counts_the_cells_trimming_would_make_missing(cells: list[str | None]) -> None:
    """A dropped column's missing cells are counted without the trimmed copy: the count must be the one the
    copy gives, whatever mix of Unicode spaces (or characters that are not spaces) surrounds a placeholder."""
    series = pl.Series("c", cells, dtype=pl.String)
    assert parsing.count_missing(series) == parsing.normalise_missing(series).null_count()


_NUMBER_PART = st.sampled_from(["1", "23", "0", ".", ",", "-", "+", "e", "E", " ", "\u00a0", "\u202f", "'", "€", "$",
                                "EUR", "USD ", " zł", " kr", "x", "inf", "nan", "1 234", "12,50", "1.234,5", " 7 "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.lists(_NUMBER_PART, max_size=4).map("".join), max_size=30),
       st.sampled_from(sorted(parsing.NUMBER_FORMATS)))
def test_numbers_parse_as_if_every_cell_had_its_currency_stripped(cells: list[str | None], fmt: str) -> None:
    """Only the cells not already written in the format have a currency stripped; every cell must read as it
    would with every cell stripped first, and the column handed in must be left as it was.  (Stripping twice
    can strip more, "€$1" or a padded "1€ ": such columns say nothing about which cells were stripped.)"""
    series = pl.Series("n", cells, dtype=pl.String)
    stripped = parsing._strip_currency(series.clone())
    assume(parsing._strip_currency(stripped.clone()).to_list() == stripped.to_list())
    parsed = parsing.parse_column(series, "number", fmt)
    assert parsed.values.to_list() == parsing.parse_column(stripped, "number", fmt).values.to_list()
    assert series.to_list() == cells


def _cells(template: str, *choices: list[str]) -> st.SearchStrategy[str]:
    """Cells filled into ``template`` from each list of choices in turn."""
    return st.tuples(*(st.sampled_from(options) for options in choices)).map(lambda parts: template.format(*parts))


def _instants(series: pl.Series) -> list[int | None]:
    """Dates and date-times as the numbers they are stored as (Python has no year 0 or -25 to show them)."""
    return series.to_physical().to_list()


_MONTH_FORMATS = [fmt for fmt in parsing.DATE_FORMATS if "%b" in fmt or "%B" in fmt]
_DATE_CELL = _cells("{}{}{}{}{}", ["", "14", "3", "31", "02"], ["-", " ", ""],
                    ["Jan", "jul", "July", "Mär", "März", "sty", "października", "févr.", "Sept", "Dec.", "dic", "Juni",
                     "mai", "Mayo", "x", ""], ["-", " ", " 14, "], ["25", "2025", "1999", "", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | _DATE_CELL, max_size=40), st.sampled_from(_MONTH_FORMATS))
def test_month_names_parse_once_per_distinct_value_as_they_do_cell_by_cell(cells: list[str | None],
                                                                           fmt: str) -> None:
    """Dates with month names are rewritten and parsed once per distinct value: every row must get what
    rewriting and parsing its own cell gives (a cell repeated, missing, in another language or no date)."""
    series = pl.Series("d", cells, dtype=pl.String)
    expected = parsing._strptime(parsing._english_months(series), fmt)
    if not series.str.contains(r"\p{L}").any():
        expected = expected.clear(len(series))  # no letters: no month names, nothing parsed
    assert _instants(parsing._parse_dates(series, fmt)) == _instants(expected)


_AMOUNT_PART = st.sampled_from(["1", "2,5", ".", " ", "\u00a0", "\t", "\n", "€", "$", "£", "EUR", "EU", "USD", "zł",
                                "z", "Kč", "kr", "k", "CHF", "x", "-", *_SPACES])
# what one pattern with a lazily captured middle made of a cell, the definition the four steps must keep
_CURRENCY_PATTERN = (r"(?s)^(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF)?\s*(.*?)\s*"
                     r"(?:[$€£¥]|EUR|USD|GBP|PLN|CZK|SEK|DKK|NOK|CHF|zł|Kč|kr)?$")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.none() | st.lists(_AMOUNT_PART, max_size=6).map("".join), max_size=20))
def test_a_currency_is_stripped_as_the_pattern_with_a_lazy_middle_strips_it(cells: list[str | None]) -> None:
    series = pl.Series("n", cells, dtype=pl.String)
    assert parsing._strip_currency(series).to_list() == series.str.extract(_CURRENCY_PATTERN, 1).to_list()


def test_a_year_no_calendar_shows_is_an_unreadable_cell() -> None:
    """chrono reads '0000-01-01' (a database's empty date) as the year 0 and '15 Jan-25' as the year -25: no
    export means such a year, and no date before the year 1 can be shown, so the cell is named as unreadable."""
    cells = pl.Series("d", ["2025-01-31", "0000-01-01", "-0025-03-01", "+12025-01-01", "9999-12-31", "0001-01-01"])
    assert parsing.parse_column(cells, "date", "%Y-%m-%d").bad_rows.to_list() == [1, 2, 3]
    named = pl.Series("d", ["14 Jan 2025", "15 Jan-25"])
    assert parsing.parse_column(named, "date", "%d %b %Y").bad_rows.to_list() == [1]


_SHORTCUT_FORMATS = [fmt for fmt in parsing.DATE_FORMATS if "%.f" in fmt or "%p" in fmt or "%z" in fmt]
_STAMP_PART = st.sampled_from(["2025", "0000", "+2025", " ", "-", "07", "7", "13", "00", "02-30", "T", "23", "24", ":",
                               "59", "60", "61", ".", "269", "123456", "1234567891", "0000005", "Z", "+0200", "x"])
_STAMP = _cells("2025-07-14{}23:{}:{}{}{}", ["T", " "], ["00", "59", "60", "5"], ["00", "59", "60", "61", "1"],
                ["", ".", ".5", ".269", ".123456", ".123456789", ".1234567891"],
                ["", "Z", " ", "+02:00", "+0200", "-0130", " +0100", "+2400", "+0260", "+02", "+14:00"])
_CLOCK = _cells("{}/{}/2024 {}:{}{} {}", ["11", "02", "13", "1"], ["28", "30", "00"],
                ["00", "01", "09", "11", "12", "13", "23", "1"], ["00", "59", "60"], ["", ":00", ":59", ":60", ":5"],
                ["AM", "PM", "pm", "am", "A", "", "PM "])


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_fractions_of_a_second_and_twelve_hour_clocks_read_as_their_format_reads_them(data: st.DataObject) -> None:
    """Cells of the usual shape with milliseconds or microseconds are read with that count of digits, and cells
    on a twelve-hour clock on the 24-hour one, moved by their 'AM' or 'PM': every cell, of that shape or not
    (no fraction, ten digits, a leap second, a signed year, an offset; midnight, noon, hour 0 or 13, lower
    case, one digit), must read as chrono reads it in the format."""
    fmt = data.draw(st.sampled_from(_SHORTCUT_FORMATS))
    cell = _CLOCK if "%p" in fmt else _STAMP | st.lists(_STAMP_PART, max_size=12).map("".join)
    series = pl.Series("d", data.draw(st.lists(st.none() | cell, max_size=20)), dtype=pl.String)
    assert _instants(parsing._parse_dates(series, fmt)) == _instants(parsing._strptime(series, fmt))


@pytest.mark.parametrize("fmt", [*_SHORTCUT_FORMATS, "%I:%M%p", "%Y-%m-%d %I:%M %p", "%y-%m-%dT%H:%M:%S%.f",
                                 "%d.%m.%Y %H:%M:%S%z"])
def test_leap_seconds_midnight_and_noon_read_as_their_format_reads_them(fmt: str) -> None:
    """The cells where a shortcut would go wrong first: a leap second that moves the clock past an hour the
    twelve-hour clock reads differently, the two twelves, a day moved by its offset past the calendar's end;
    and formats a user gives, which the shortcuts must leave to the format's own reading where they do not fit."""
    cells = pl.Series("d", ["11/28/2024 00:59:60 AM", "11/28/2024 11:59:60 AM", "11/28/2024 11:59:60 PM",
                            "11/28/2024 12:00 AM", "11/28/2024 12:00:00 PM", "2024-11-28T23:59:60.999",
                            "2024-11-28 23:59:60.123456", "2024-11-28T00:00:00.000Z", "0001-01-01T00:30:00+0100",
                            "9999-12-31T23:30:00-0100", "2024-11-28T23:59:60+0100", "01:05PM", "2024-11-28 12:05 AM",
                            "24-11-28T23:59:60.999", "28.11.2024 23:59:60+0100", "28.11.2024 11:21:11-0130"])
    assert _instants(parsing._parse_dates(cells, fmt)) == _instants(parsing._strptime(cells, fmt))
