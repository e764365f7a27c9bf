"""Support-load forecast benchmark: Prevista's weekly ticket forecast beside simple references, at rolling origins.

Run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bench_forecast.py [--scenarios flat,level-shift] [--origins 3,12] [--seed 15]
    .venv/bin/python tests/bench/bench_forecast.py --real tickets.csv --date-column created [--date-format '%d.%m.%Y']
    .venv/bin/python tests/bench/bench_forecast.py --real tests/data/helpdesk/helpdesk_cases.csv --date-column created

The second is a real help-desk log kept in the repository (its README says where it comes from).

The check is the one issue 15's reviewer runs on real ticket logs.  Each
generated scenario is a seeded ticket log of four years (one timestamp per
ticket, inside working hours): weekly rates, spread over the desk's working
days, drawn as daily counts.  A check of R origins covers the log's last
8·R complete weeks: at each origin the log is cut (tickets up to the desk's
last working day of the origin week; ``--cut sunday`` cuts on the Sunday
instead), ``forecast_tickets(..., weeks=8, until=cut)`` forecasts, and its
weeks are compared, by week_start date, with what the full log shows for the
8 weeks after the origin week.  References are computed in the same run on
the same cut weeks and scored on the same weeks: seasonal naive (same week
52 weeks earlier), mean of the last 4 weeks and, when statsmodels is
installed, damped-trend exponential smoothing (forecasts below 0 read as 0).

Per scenario and check it prints the MAE (tickets per week) of each, Prevista's
realised 80 % coverage and mean band width, its self-reported MAE averaged
over origins and the ratio to the realised MAE, how many forecasts did not
start on the week after the origin week (late) and seconds per forecast; then
whether the issue's bars hold:
MAE at most the best reference's (no tolerance), coverage 70–90 %,
self-reported MAE within 20 % of the realised one.

On generated logs an oracle is scored on the same weeks and held to the
same bars: it knows how the log was generated (each week's true median,
central 80 % interval and expected absolute error).  Where even the oracle
misses a bar, the check's own noise (three origins, 24 weeks) decides it,
not the forecast.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import polars as pl

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from prevista.core.analytics.forecast import forecast_tickets  # noqa: E402
from prevista.privacy.errors import PrevistaError  # noqa: E402

HORIZON = 8  # weeks forecast at each origin, and the spacing of the origins
YEAR = 52  # weeks back for the seasonal naive
START, END = date(2021, 1, 6), date(2024, 12, 29)  # a Wednesday (a partial first week) to a Sunday
WORK_HOURS = (8 * 3600, 18 * 3600)
OFFICE = (1.3, 1.15, 1.05, 1.0, 0.9, 0.35, 0.25)  # Monday … Sunday: a desk that sees some weekend tickets
WORKING_SHARE = 0.01  # a real log's weekday counts as worked when it holds at least this share of tickets
Reference = Callable[[np.ndarray], np.ndarray | None]  # weekly history → the next HORIZON weeks, or None
BARS = "MAE ≤ best reference, coverage 70–90 %, self-reported MAE within 20 % of realised"


@dataclass(frozen=True)
class Scenario:
    name: str
    text: str
    rate: Callable[[np.ndarray], np.ndarray]  # expected tickets per week, at years since START
    weekdays: tuple[float, ...] = OFFICE  # relative volume Monday … Sunday; 0 = closed
    shape: float = 40.0  # gamma shape of a week's multiplier: lower = more over-dispersed
    holidays: bool = False


def _shift(years: np.ndarray) -> np.ndarray:
    """The issue's IT help desk: 38 a week, a 76 % drop at a reorganisation, then a slow rise to 16."""
    after = years - 2.5
    return np.where(after < 0, 38.0, np.where(after < 0.25, 9.0, np.minimum(16.0, 9.0 + 7.0 * (after - 0.25))))


SCENARIOS = (
    Scenario("flat", "25 a week with noise", lambda t: np.full_like(t, 25.0)),
    Scenario("trend", "12 a week rising to 48 over four years", lambda t: 12.0 + 9.0 * t),
    Scenario("seasonal", "yearly wave 16–44 a week, peak in February",
             lambda t: 30.0 * (1 + 0.45 * np.cos(2 * np.pi * (t - 0.1)))),
    Scenario("level-shift", "38 a week, −76 % in 2023-07, rising 9 → 16 within a year", _shift),
    Scenario("holidays", "30 a week; closed 23 Dec–2 Jan and Good Friday–Sunday after Easter",
             lambda t: np.full_like(t, 30.0), holidays=True),
    Scenario("weekdays", "25 a week, Monday–Friday only", lambda t: np.full_like(t, 25.0),
             weekdays=(1.3, 1.15, 1.05, 1.0, 0.9, 0, 0)),
    Scenario("six-day", "25 a week, Monday–Saturday", lambda t: np.full_like(t, 25.0),
             weekdays=(1.3, 1.15, 1.05, 1.0, 0.9, 0.6, 0)),
    Scenario("sparse", "3 a week, strongly over-dispersed", lambda t: np.full_like(t, 3.0), shape=1.5),
)


@dataclass(frozen=True)
class Truth:
    """What generated a log: each week's expected tickets and the gamma shape of its multiplier.

    A week's count is then negative binomial (a Poisson whose mean is gamma-distributed), so the
    oracle knows every week's exact distribution.
    """

    weeks: pl.DataFrame  # week_start, mean
    shape: float


@dataclass(frozen=True)
class Log:
    name: str
    text: str
    timestamps: pl.Series  # pl.Datetime or pl.Date, one per ticket
    end: date  # the last day the log covers
    workdays: tuple[int, ...]  # weekday numbers the desk works (Monday = 0)
    truth: Truth | None = None  # known for generated logs only


# --- generated logs ------------------------------------------------------------------


def easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm), so holidays move between weeks as they do."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def closed(days: np.ndarray) -> np.ndarray:
    """Christmas to New Year and Good Friday to the Sunday after Easter."""
    shut = np.zeros(days.size, dtype=bool)
    for year in range(START.year - 1, END.year + 1):
        sunday = easter(year + 1)
        for first, last in ((date(year, 12, 23), date(year + 1, 1, 2)),
                            (sunday - timedelta(days=2), sunday + timedelta(days=7))):
            shut |= (days >= np.datetime64(first)) & (days <= np.datetime64(last))
    return shut


def generate(scenario: Scenario, rng: np.random.Generator) -> Log:
    """Daily Poisson counts around a weekly rate times a gamma week multiplier, then timestamps in working hours."""
    days = np.arange(np.datetime64(START), np.datetime64(END) + 1)
    epoch = days.astype(np.int64)
    weekday, week = (epoch + 3) % 7, (epoch + 3) // 7  # 1970-01-01 was a Thursday
    monday = (days - weekday).astype(np.int64)
    years = (monday - np.datetime64(START).astype(np.int64)) / 365.25
    multiplier = rng.gamma(scenario.shape, 1 / scenario.shape, week.max() - week.min() + 1)[week - week.min()]
    share = np.asarray(scenario.weekdays) / sum(scenario.weekdays)
    base = scenario.rate(years) * share[weekday]
    if scenario.holidays:
        base = np.where(closed(days), 0.03 * base, base)
    counts = rng.poisson(base * multiplier)
    stamps = np.repeat(days.astype("datetime64[us]"), counts)
    stamps += rng.integers(*WORK_HOURS, stamps.size).astype("timedelta64[s]")
    workdays = tuple(day for day, weight in enumerate(scenario.weekdays) if weight > 0)
    mondays, inverse = np.unique(monday, return_inverse=True)
    truth = pl.DataFrame({"week_start": mondays.astype("datetime64[D]"),
                          "mean": np.bincount(inverse, weights=base)})
    return Log(scenario.name, scenario.text, pl.Series("created", np.sort(stamps)), END, workdays,
               Truth(truth.with_columns(pl.col("week_start").cast(pl.Date)), scenario.shape))


# --- a real log --------------------------------------------------------------------


def read_real(path: Path, column: str, date_format: str | None) -> Log:
    """One ticket per non-empty cell of the date column; an unreadable date stops the run, naming its row."""
    try:
        raw = pl.read_csv(path, columns=[column], infer_schema=False, encoding="utf8-lossy")[column]
    except pl.exceptions.ColumnNotFoundError:
        header = pl.read_csv(path, n_rows=0, infer_schema=False, encoding="utf8-lossy").columns
        sys.exit(f"{path}: no column {column!r}; the columns are {', '.join(header)}")
    text = raw.str.strip_chars()
    empty = text.is_null() | (text == "")
    parsed = text.str.to_datetime(date_format, strict=False)
    bad = parsed.is_null() & ~empty
    if bad.any():
        row = int(bad.arg_true()[0]) + 1
        sys.exit(f"{path}, data row {row}, column {column!r}: {text[row - 1]!r} is not a date"
                 + (f" in the format {date_format!r}" if date_format else "; give its format with --date-format"))
    if empty.any():
        print(f"{path.name}: {int(empty.sum())} empty cells in {column!r} skipped")
    timestamps = parsed.filter(~empty).sort()
    days = timestamps.dt.date()
    shares = days.dt.weekday().value_counts(normalize=True)  # polars: Monday = 1
    workdays = tuple(sorted(int(d) - 1 for d, s in shares.iter_rows() if s >= WORKING_SHARE))
    last = days.max()
    assert isinstance(last, date), f"{path}: no dated rows"
    return Log(path.name, f"real log, column {column!r}", timestamps, last, workdays)


# --- weeks and the references --------------------------------------------------------


def complete_weeks(log: Log) -> pl.DataFrame:
    """Tickets per Monday-start week, from the first whole week to the last one worked through to its end.

    A week counts as complete once the log covers its last working day; weeks
    without tickets count as zero.
    """
    days = log.timestamps.dt.date()
    first_day = days.min()
    assert isinstance(first_day, date)
    first = first_day + timedelta(days=(7 - first_day.weekday()) % 7)
    last = log.end - timedelta(days=log.end.weekday())
    if log.end.weekday() < max(log.workdays):
        last -= timedelta(weeks=1)
    weeks = pl.date_range(first, last, "1w", eager=True).alias("week_start").to_frame()
    counts = days.dt.truncate("1w").alias("week_start").to_frame().group_by("week_start").len("tickets")
    return weeks.join(counts, on="week_start", how="left", maintain_order="left").with_columns(
        pl.col("tickets").fill_null(0).cast(pl.Float64))


def seasonal_naive(history: np.ndarray) -> np.ndarray | None:
    return history[-YEAR:][:HORIZON] if history.size >= YEAR else None


def recent_mean(history: np.ndarray) -> np.ndarray | None:
    return np.full(HORIZON, history[-4:].mean())


def damped_ets(history: np.ndarray) -> np.ndarray | None:
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter on short or flat series
        fit = ExponentialSmoothing(history, trend="add", damped_trend=True,
                                   initialization_method="estimated").fit()
    forecast: np.ndarray = np.maximum(np.asarray(fit.forecast(HORIZON)), 0.0)
    return forecast


def references() -> dict[str, Reference]:
    methods: dict[str, Reference] = {"seasonal naive": seasonal_naive, "last-4 mean": recent_mean}
    try:
        import statsmodels
    except ImportError:
        print("statsmodels is not installed: the damped-trend ETS column is skipped")
        return methods
    print(f"statsmodels {statsmodels.__version__}: damped-trend ETS (additive trend, damped, estimated start)")
    return {**methods, "damped ETS": damped_ets}


# --- the rolling-origin check ----------------------------------------------------------


@dataclass
class Banded:
    """A forecaster's 80 % bands and self-reported MAE, pooled over a check's origins."""

    covered: int = 0
    width: float = 0.0
    self_reported: list[float] = field(default_factory=list)


@dataclass
class Check:
    """The compared weeks of one check, pooled over its origins."""

    origins: int
    planned: int = 0  # weeks the origins target
    errors: dict[str, list[float]] = field(default_factory=dict)  # absolute errors per method
    banded: dict[str, Banded] = field(default_factory=dict)  # Prevista, and the oracle on generated logs
    late: int = 0  # forecasts not starting on the week after the origin week
    history_mismatch: int = 0  # weeks Prevista counted differently from the log
    failed: int = 0  # origins where Prevista refused to forecast
    seconds: float = 0.0  # spent in forecast_tickets

    def mae(self, method: str) -> float:
        found = self.errors.get(method, [])
        return float(np.mean(found)) if found else float("nan")

    @property
    def compared(self) -> int:
        return len(self.errors.get("Prevista", []))

    def add(self, who: str, actual: np.ndarray, forecast: np.ndarray, lower: np.ndarray, upper: np.ndarray,
            self_reported: float) -> None:
        self.errors.setdefault(who, []).extend(np.abs(actual - forecast).tolist())
        band = self.banded.setdefault(who, Banded())
        band.covered += int(((actual >= lower) & (actual <= upper)).sum())
        band.width += float((upper - lower).sum())
        band.self_reported.append(self_reported)


def oracle(truth: Truth, week_starts: pl.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """The forecast of someone who knows how the log was generated: each week's true median (the point
    with the least expected absolute error), its true central 80 % interval, and the true expected
    absolute error of that median as self-report.

    No forecaster can do better on average, so the share of logs on which even the oracle holds the
    bars is the ceiling for Prevista's: with 24 weeks a check's coverage and realised MAE are
    themselves noisy.
    """
    from scipy.stats import nbinom

    means = week_starts.to_frame("week_start").join(truth.weeks, on="week_start", how="left")["mean"].to_numpy()
    weeks = nbinom(truth.shape, truth.shape / (truth.shape + means))
    support = np.arange(int(weeks.ppf(1 - 1e-9).max()) + 1)[:, None]
    median = weeks.median()
    expected_error = (np.abs(support - median) * weeks.pmf(support)).sum(axis=0)
    return median, weeks.ppf(0.1), weeks.ppf(0.9), float(expected_error.mean())


def run_origin(log: Log, weeks: pl.DataFrame, origin: int, check: Check, cut_sunday: bool,
               methods: dict[str, Reference]) -> None:
    """Cut the log at origin week ``origin``, forecast with everything, score on the weeks Prevista forecast."""
    monday = weeks["week_start"][origin]
    cut = monday + timedelta(days=6 if cut_sunday else max(log.workdays))
    targets = weeks[origin + 1:origin + 1 + HORIZON]
    check.planned += targets.height
    seen = log.timestamps.filter(log.timestamps.dt.date() <= cut)
    started = time.perf_counter()
    try:
        result = forecast_tickets(seen, weeks=HORIZON, until=cut)
    except PrevistaError:
        check.failed += 1
        return
    finally:
        check.seconds += time.perf_counter() - started
    check.late += result.forecast["week_start"][0] != monday + timedelta(weeks=1)
    counted = result.history.join(weeks, on="week_start", suffix="_log")
    check.history_mismatch += int((counted["tickets"] != counted["tickets_log"]).sum())
    scored = targets.with_row_index("step").join(result.forecast, on="week_start")
    actual, step = scored["tickets"].to_numpy(), scored["step"].to_numpy()
    history = weeks["tickets"][:origin + 1].to_numpy()
    for name, method in methods.items():
        forecast = method(history)
        if forecast is not None:
            check.errors.setdefault(name, []).extend(np.abs(actual - forecast[step]).tolist())
    # the error the forecast says to expect in its coming weeks (older versions: the hold-out MAE)
    check.add("Prevista", actual, scored["expected"].to_numpy(), scored["lower"].to_numpy(),
              scored["upper"].to_numpy(), float(result.metrics.get("expected_mae", result.metrics["mae"])))
    if log.truth is not None:
        check.add("oracle", actual, *oracle(log.truth, scored["week_start"]))


def run_check(log: Log, weeks: pl.DataFrame, origins: int, cut_sunday: bool,
              methods: dict[str, Reference]) -> Check | None:
    first = weeks.height - 1 - HORIZON * origins
    if first < 0:
        return None
    check = Check(origins)
    for k in range(origins):
        run_origin(log, weeks, first + HORIZON * k, check, cut_sunday, methods)
    return check


def bars(check: Check, names: list[str], who: str) -> list[str]:
    """The issue's bars that ``who``'s forecasts miss in this check."""
    missed = []
    realised = check.mae(who)
    best = min(names, key=check.mae)
    if not realised <= check.mae(best) * (1 + 1e-9):  # no tolerance: the factor only absorbs float rounding
        missed.append(f"MAE {realised:.2f} > {best} {check.mae(best):.2f}")
    band = check.banded[who]
    coverage = band.covered / max(1, check.compared)
    if not 0.70 <= coverage <= 0.90:
        missed.append(f"coverage {coverage:.0%}")
    ratio = float(np.mean(band.self_reported)) / realised
    if not abs(ratio - 1) <= 0.20:
        missed.append(f"self-reported/realised {ratio:.2f}")
    return missed


def banded(check: Check, who: str) -> str:
    """MAE, coverage, width, self-reported MAE and its ratio to the realised one: a row's right-hand columns."""
    band, realised = check.banded[who], check.mae(who)
    self_mae = float(np.mean(band.self_reported))
    return (f"{realised:>9.2f} {band.covered / check.compared:>7.0%} {band.width / check.compared:>6.1f} "
            f"{self_mae:>8.2f} {self_mae / realised:>9.2f}")


def report(log: Log, checks: list[int], cut_sunday: bool,
           methods: dict[str, Reference]) -> tuple[bool, bool | None]:
    """Print the checks; say whether Prevista holds the bars on this log, and the oracle (None on a real log)."""
    weeks = complete_weeks(log)
    volume = weeks["tickets"].to_numpy()
    days = "".join("MTWTFSS"[d] if d in log.workdays else "-" for d in range(7))
    print(f"\n{log.name}: {log.text}  [{log.timestamps.len():,} tickets, {weeks.height} complete weeks "
          f"{weeks['week_start'][0]} … {weeks['week_start'][-1]}, weekly 5–95 % "
          f"{np.percentile(volume, 5):.0f}–{np.percentile(volume, 95):.0f}, works {days}, "
          f"cut on {'Sunday' if cut_sunday else 'the last working day'}]")
    names = list(methods)
    print(f"  {'check':<28} {'weeks':>7} " + " ".join(f"{n:>14}" for n in names) + f" {'Prevista':>9} "
          f"{'cover80':>7} {'width':>6} {'self MAE':>8} {'self/real':>9} {'late':>6} {'s/fc':>5}")
    missed: list[str] = []
    missed_by_oracle: list[str] = []
    for origins in checks:
        label = f"last {HORIZON * origins} weeks, {origins} origins"
        check = run_check(log, weeks, origins, cut_sunday, methods)
        if check is None:
            print(f"  {label:<28} skipped: the log has only {weeks.height} complete weeks")
            continue
        if not check.compared:
            print(f"  {label:<28} skipped: Prevista refused all {origins} origins")
            missed.append(f"{HORIZON * origins}w: no forecast")
            continue
        print(f"  {label:<28} {check.compared:>3}/{check.planned:<3} "
              + " ".join(f"{check.mae(n):>14.2f}" for n in names)
              + f" {banded(check, 'Prevista')} {check.late:>3}/{origins - check.failed:<2} "
              f"{check.seconds / origins:>5.1f}")
        if "oracle" in check.banded:
            print(f"  {'  the oracle, same weeks':<36} " + " " * 15 * len(names) + banded(check, "oracle"))
            missed_by_oracle += [f"{HORIZON * origins}w: {m}" for m in bars(check, names, "oracle")]
        notes = [f"Prevista refused {check.failed} origins"] if check.failed else []
        if check.history_mismatch:
            notes.append(f"{check.history_mismatch} history weeks counted differently from the log")
        if notes:
            print(f"  {'':<28} note: {'; '.join(notes)}")
        missed += [f"{HORIZON * origins}w: {m}" for m in bars(check, names, "Prevista")]
    print(f"  bars ({BARS}): " + ("hold" if not missed else "MISSED — " + "; ".join(missed)))
    if log.truth is None:
        return not missed, None
    print("  the oracle's bars: " + ("hold" if not missed_by_oracle else "MISSED — " + "; ".join(missed_by_oracle)))
    return not missed, not missed_by_oracle


def _names(text: str) -> list[str]:
    known = {s.name for s in SCENARIOS}
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = sorted(set(names) - known)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown scenarios {unknown}; known: {', '.join(s.name for s in SCENARIOS)}")
    return names


def _counts(text: str) -> list[int]:
    try:
        counts = [int(n) for n in text.split(",")]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"expected positive whole numbers separated by commas, got {text!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=_names, default=None,
                        help=f"comma-separated, from {','.join(s.name for s in SCENARIOS)} (default: all, "
                             "or none with --real)")
    parser.add_argument("--origins", type=_counts, default=[3, 12],
                        help="origins per check, comma-separated; a check of R origins covers the last 8·R weeks")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--cut", choices=("working-day", "sunday"), default="working-day",
                        help="cut each origin week after the desk's last working day (default) or on its Sunday")
    parser.add_argument("--real", type=Path, help="a ticket CSV to check as well")
    parser.add_argument("--date-column", help="the CSV's ticket date column (with --real)")
    parser.add_argument("--date-format", help="strftime format of that column, e.g. '%%d/%%m/%%Y %%H:%%M'")
    args = parser.parse_args()
    if args.real and not args.date_column:
        parser.error("--real needs --date-column")
    names = args.scenarios if args.scenarios is not None else [] if args.real else [s.name for s in SCENARIOS]
    started = time.perf_counter()
    logs = [generate(s, np.random.default_rng([args.seed, i])) for i, s in enumerate(SCENARIOS) if s.name in names]
    if args.real:
        logs.append(read_real(args.real, args.date_column, args.date_format))
    methods = references()
    held = [report(log, args.origins, args.cut == "sunday", methods) for log in logs]
    oracle_held = [by_oracle for _, by_oracle in held if by_oracle is not None]
    print(f"\nbars hold on {sum(ok for ok, _ in held)} of {len(held)} logs"
          + (f"; the oracle's on {sum(oracle_held)} of the {len(oracle_held)} generated" if oracle_held else "")
          + f"; {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
