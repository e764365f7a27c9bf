"""Contact timing: when a segment gets in touch, told beside its action, only where times of day exist and
every published cell covers k customers.

The generated CRM has two kinds of customer: busy ones, who buy often and open many tickets, most of them on
Tuesday mornings, and quiet ones, whose few tickets spread over office hours.  The same tickets written as
dates only, or as date-times at midnight, must give no timing at all.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from prevista.core.analytics.contact_timing import ContactTiming, NoTiming, Source, best_time, released, segment_timings
from prevista.core.analytics.features import ProjectData
from prevista.core.analytics.release import dashboard
from prevista.core.analytics.segments import SegmentBoard, refresh_segments, stored_board
from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.reports.pilot import pilot_report, render_html
from prevista.core.reports.text import segments_text
from prevista.privacy.kdf import KdfParams
from prevista.privacy.schema import KEY, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.cli_helpers import prevista
from tests.conftest import PASSPHRASE

BUSY, QUIET = 150, 150
START = datetime.datetime(2024, 1, 1)
DAYS = 540
TUESDAY = 1


def _office_hours(rng: np.random.Generator, count: int) -> list[datetime.datetime]:
    """Working days, 8–18 h, evenly."""
    times = []
    while len(times) < count:
        moment = START + datetime.timedelta(days=int(rng.integers(DAYS)), seconds=int(rng.integers(8 * 3600, 18 * 3600)))
        if moment.weekday() < 5:
            times.append(moment)
    return times


def _tuesday_mornings(rng: np.random.Generator, count: int) -> list[datetime.datetime]:
    first_tuesday = START + datetime.timedelta(days=(TUESDAY - START.weekday()) % 7)
    return [first_tuesday + datetime.timedelta(weeks=int(rng.integers(DAYS // 7)), seconds=int(rng.integers(10 * 3600, 12 * 3600)))
            for _ in range(count)]


def crm_exports(folder: Path, time_format: str = "%Y-%m-%d %H:%M:%S", *, seed: int = 5) -> list[Path]:
    """Contacts, deals (dated by day) and tickets (written with ``time_format``); busy customers first."""
    rng = np.random.default_rng(seed)
    ids = [str(1000 + i) for i in range(BUSY + QUIET)]
    contacts = pl.DataFrame({"Record ID": ids,
                             "Create Date": [(START - datetime.timedelta(days=int(d))).strftime("%Y-%m-%d")
                                             for d in rng.integers(30, 900, len(ids))],
                             "Plan": rng.choice(["Basic", "Pro"], len(ids)),
                             "Churned": np.where(rng.random(len(ids)) < 0.2, "Yes", "No")})
    deals, tickets = [], []
    for i, who in enumerate(ids):
        busy = i < BUSY
        for moment in _office_hours(rng, 8 if busy else 2):
            deals.append((who, moment.strftime("%Y-%m-%d"), f"{rng.integers(50, 400)}.00"))
        opened = (_tuesday_mornings(rng, 7) + _office_hours(rng, 3)) if busy else _office_hours(rng, 3)
        tickets += [(who, moment.strftime(time_format), str(rng.choice(["Billing", "How-to"]))) for moment in opened]
    folder.mkdir(exist_ok=True)
    paths = [folder / "contacts.csv", folder / "deals.csv", folder / "tickets.csv"]
    contacts.write_csv(paths[0])
    pl.DataFrame(deals, schema=["Contact ID", "Close Date", "Amount"], orient="row").with_row_index(
        "Deal ID", offset=30000).write_csv(paths[1])
    pl.DataFrame(tickets, schema=["Contact ID", "Create Date", "Category"], orient="row").with_row_index(
        "Ticket ID", offset=50000).write_csv(paths[2])
    return paths


def imported(store: ProjectStore, paths: list[Path]) -> ProjectStore:
    plan, result = run_import(store, paths, ImportOptions(operator="t"), accept_warnings=True)
    assert result is not None, plan.report.to_text()
    return store


def busy_or_quiet(data: ProjectData) -> pl.DataFrame:
    """(customer_key, segment) with the busy customers in segment 0: they are the ones with ten tickets."""
    tickets = data.owned(TableKind.INTERACTIONS).group_by(KEY).len()
    return tickets.select(KEY, pl.when(pl.col("len") >= 10).then(0).otherwise(1).alias("segment"))


# ----- end to end: import → train → segments, in the board, the command line and its JSON ----------------------
@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> ProjectStore:
    root = tmp_path_factory.mktemp("timing")
    store = imported(ProjectStore.create(root / "project", PASSPHRASE, kdf=KdfParams.minimum()), crm_exports(root / "x"))
    train(store, TrainOptions(operator="t"))
    return store


def test_the_segment_that_calls_on_tuesday_mornings_is_told_so_beside_its_action(trained: ProjectStore) -> None:
    board = dashboard(trained)
    timed = [row for row in board.segments if row.contact_timing]
    assert timed, segments_text(board)
    data = ProjectData.load(trained)
    members = trained.read_table(Table.SCORES).join(busy_or_quiet(data).rename({"segment": "quiet"}), on=KEY)
    quiet = dict(members.group_by("segment").agg(pl.col("quiet").mean()).iter_rows())
    for row in timed:
        (timing,) = row.contact_timing or ()
        assert (timing.source, timing.day, timing.hours, timing.utc) == ("tickets", "Tuesday", (10, 12), False)
        assert 0.5 <= timing.share <= 0.85 and timing.share == round(timing.share, 2)  # released: whole percent
        assert timing.customers % 5 == 0 and timing.cell_customers >= 10
    # the Tuesday segments are the busy customers; the quiet ones, spread over office hours, get nothing
    assert all(quiet[row.segment] < 0.2 for row in timed), (quiet, segments_text(board))
    assert all(row.contact_timing is None for row in board.segments if quiet[row.segment] > 0.8), segments_text(board)
    text = segments_text(board)
    assert "Best time to reach: Tuesday, 10–12 h (" in text and "% of their contacts)" in text
    assert text.index("suggested:") < text.index("Best time to reach")
    assert "Buys most" not in text  # the deals are dated by day only
    report = pilot_report(trained)
    assert report.segments is not None
    told = [row for row in report.segments.rows if row.contact_timing]
    assert {row.segment for row in told} == {row.segment for row in timed}
    assert "Best time to reach: Tuesday, 10–12 h (" in render_html(report)


def test_the_command_line_shows_it_and_its_json_carries_it(trained: ProjectStore) -> None:
    shown = prevista("segments", "--project", str(trained.root))
    assert shown.returncode == 0, shown.stderr
    assert "Best time to reach: Tuesday, 10–12 h (" in shown.stdout
    as_json = prevista("segments", "--project", str(trained.root), "--json")
    rows = json.loads(as_json.stdout)["segments"]
    assert {(t["weekday"], tuple(t["hours"])) for row in rows for t in row.get("contact_timing") or []} == {(1, (10, 12))}


def test_an_opt_out_that_shrinks_a_segment_takes_its_timing_until_retraining(trained: ProjectStore) -> None:
    board = stored_board(trained)
    assert board is not None
    scores = trained.read_table(Table.SCORES)
    timed = next(row for row in board.segments if row.contact_timing)
    one_fewer = scores.filter(pl.col(KEY) != scores.filter(pl.col("segment") == timed.segment)[KEY][0])
    refreshed = {row.segment: row for row in refresh_segments(board, one_fewer, 10).segments}
    assert refreshed[timed.segment].contact_timing is None
    untouched = refresh_segments(board, scores, 10)
    assert [row.contact_timing for row in untouched.segments] == [row.contact_timing for row in board.segments]


# ----- no times of day, no timing ---------------------------------------------------------------------------
@pytest.mark.parametrize("time_format", ["%Y-%m-%d", "%Y-%m-%d 00:00:00"], ids=["date only", "all at midnight"])
def test_tickets_without_a_time_of_day_give_no_timing(store: ProjectStore, tmp_path: Path, time_format: str) -> None:
    data = ProjectData.load(imported(store, crm_exports(tmp_path / "x", time_format)))
    assert segment_timings(data, busy_or_quiet(data), 10) == {}


def test_the_same_tickets_with_times_give_it(store: ProjectStore, tmp_path: Path) -> None:
    """The counterpart of the test above: the same generated tickets, with their hours, are found."""
    data = ProjectData.load(imported(store, crm_exports(tmp_path / "x")))
    found = segment_timings(data, busy_or_quiet(data), 10)
    assert list(found) == [0]
    (timing,) = found[0]
    assert (timing.weekday, timing.hours, timing.customers) == (TUESDAY, (10, 12), BUSY)


def test_midnight_rows_beside_real_times_are_left_out(store: ProjectStore, tmp_path: Path) -> None:
    """A date written without its time among timed ones is not a contact at midnight."""
    paths = crm_exports(tmp_path / "x")
    tickets = pl.read_csv(paths[2], infer_schema=False)
    midnights = tickets.head(40).with_columns(pl.col("Create Date").str.slice(0, 10) + " 00:00:00",
                                              (pl.col("Ticket ID") + "9"))
    pl.concat([tickets, midnights]).write_csv(paths[2])
    data = ProjectData.load(imported(store, paths))
    (timing,) = segment_timings(data, busy_or_quiet(data), 10)[0]
    assert timing.hours == (10, 12)
    raw = data.with_times().tables[TableKind.INTERACTIONS]
    assert raw.filter(pl.col("Create Date").dt.hour() == 0).height >= 40  # they are stored, only not counted


# ----- k on every cell --------------------------------------------------------------------------------------
def _events(customers: list[list[tuple[int, int]]]) -> pl.DataFrame:
    """One list of tickets, as (weekday, hour), per customer: each ticket in its own week of March 2025 on."""
    rows = [(key, datetime.datetime(2025, 3, 3 + day, hour, 30) + datetime.timedelta(weeks=week))
            for key, tickets in enumerate(customers) for week, (day, hour) in enumerate(tickets)]
    return pl.DataFrame(rows, schema={KEY: pl.UInt32, "at": pl.Datetime("us")}, orient="row")


# forty customers whose ten tickets each fall in ten different cells of fifty (never Tuesday): no cell stands out
CELLS = [(day, 2 * band) for day in (0, 2, 3, 4, 5) for band in range(10)]
def spread(customers: int) -> list[list[tuple[int, int]]]:
    return [[CELLS[(7 * j + 5 * t) % len(CELLS)] for t in range(10)] for j in range(customers)]


SPREAD = spread(40)  # about eight customers a cell: none reaches k = 10


def test_the_busiest_cell_is_not_published_when_fewer_than_k_customers_make_it() -> None:
    nine = best_time(_events([[(TUESDAY, 10)] * 3] * 9 + SPREAD), 10, Source.TICKETS)
    assert isinstance(nine, NoTiming)
    ten = best_time(_events([[(TUESDAY, 10)] * 3] * 10 + SPREAD), 10, Source.TICKETS)
    assert isinstance(ten, ContactTiming) and (ten.weekday, ten.hours, ten.cell_customers) == (TUESDAY, (10, 12), 10)
    assert ten.customers == 50 and ten.share == pytest.approx(10 / 50)


def test_a_segment_with_fewer_than_k_timed_customers_gets_nothing() -> None:
    result = best_time(_events([[(TUESDAY, 10)] * 5] * 9), 10, Source.TICKETS)
    assert isinstance(result, NoTiming) and "fewer than 10 customers" in result.reason


def test_an_even_spread_over_office_hours_gets_nothing() -> None:
    result = best_time(_events(spread(120)), 10, Source.TICKETS)  # some 24 customers a cell
    assert isinstance(result, NoTiming) and "stands out" in result.reason


def test_one_customer_with_many_tickets_cannot_set_the_time() -> None:
    """Forty customers call on Monday at 8; one calls two hundred times on Friday at 16, with nine others."""
    found = best_time(_events([[(0, 8)] * 2] * 40 + [[(4, 16)] * 2] * 9 + [[(4, 16)] * 200]), 10, Source.TICKETS)
    assert isinstance(found, ContactTiming) and (found.weekday, found.hours) == (0, (8, 10))
    assert found.share == pytest.approx(40 / 50)


def test_a_higher_k_today_withholds_a_stored_cell_and_release_rounds() -> None:
    timing = ContactTiming("tickets", TUESDAY, (10, 12), 0.3137, 63, 12, False)
    assert released((timing,), 15) is None
    (shown,) = released((timing,), 10) or ()
    assert (shown.share, shown.customers, shown.cell_customers) == (0.31, 65, 10)


# ----- stored boards from before ----------------------------------------------------------------------------
def test_a_board_stored_before_contact_timing_still_loads_and_does_not_gain_the_key(trained: ProjectStore) -> None:
    stored = trained.meta(Meta.SEGMENTS)
    assert any("contact_timing" in row for row in stored["segments"])
    older = {**stored, "segments": [{k: v for k, v in row.items() if k != "contact_timing"} for row in stored["segments"]]}
    board = SegmentBoard.from_stored(older, None)
    assert all(row.contact_timing is None for row in board.segments)
    assert board.stored() == older  # written back byte for byte as it was
    again = SegmentBoard.from_stored(json.loads(json.dumps(stored)), None)
    assert again.stored() == stored


# ----- the demo ---------------------------------------------------------------------------------------------
def test_the_demo_tickets_share_one_office_pattern_so_no_segment_is_told_a_time(store: ProjectStore) -> None:
    """The demo's tickets carry times, drawn for every customer from the same office-hours profile: whatever
    the grouping, no weekday and hour may be reported as a group's own (it would be the luckiest of equal cells)."""
    data = ProjectData.load(imported(store, demo_files("hubspot")))
    keys = data.customer_keys()
    groups = pl.DataFrame({KEY: keys, "segment": np.arange(len(keys)) % 4})
    assert segment_timings(data, groups, 10) == {}
