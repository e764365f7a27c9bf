"""BG/NBD against known answers: the paper's worked example, the likelihood by hand, parameters recovered."""

from __future__ import annotations

import math
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.core.analytics import btyd
from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import KEY

# Fader, Hardie & Lee (2005), "Counting your customers the easy way", fitted on CDNOW's 2,357 customers
CDNOW = btyd.BgNbd(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4, customers=2357)


def _one(x: float, t_x: float, T: float) -> btyd.PurchaseSummary:
    return btyd.PurchaseSummary(pl.Series(KEY, [1], pl.UInt32), np.array([x]), np.array([t_x]), np.array([T]))


def test_the_papers_worked_example() -> None:
    """The paper's customer with 2 repeat purchases, the last at week 30.43, observed for 38.86 weeks,
    is expected to make 1.226 purchases in the next 39 weeks."""
    customer = _one(2, 30.43, 38.86)
    assert CDNOW.expected_purchases(customer, 39)[0] == pytest.approx(1.226, abs=0.002)
    assert 0 < CDNOW.p_alive(customer)[0] < 1
    assert CDNOW.p_alive(_one(0, 0, 38.86))[0] == 1.0  # no repeat purchase: no chance yet to have dropped out


def test_the_likelihood_by_hand() -> None:
    r, alpha, a, b = 0.5, 3.0, 0.8, 2.5
    x, t_x, T = 3.0, 20.0, 30.0
    def beta(p: float, q: float) -> float:
        return math.lgamma(p) + math.lgamma(q) - math.lgamma(p + q)

    common = math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha) + beta(a, b + x) - beta(a, b)
    by_hand = math.log(math.exp(common - (r + x) * math.log(alpha + T))
                       + a / (b + x - 1) * math.exp(common - (r + x) * math.log(alpha + t_x)))
    assert btyd.log_likelihood((r, alpha, a, b), _one(x, t_x, T)) == pytest.approx(by_hand, rel=1e-12)
    # without a repeat purchase the likelihood is the chance of no purchase while alive
    assert btyd.log_likelihood((r, alpha, a, b), _one(0, 0, T)) == pytest.approx(r * math.log(alpha / (alpha + T)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-2.0, 2.0), min_size=4, max_size=4), st.integers(0, 2**16))
def test_the_fits_gradient_is_the_likelihoods_slope(log_params: list[float], seed: int) -> None:
    """The fit is handed the gradient of its loss (mean negative log-likelihood over log-parameters): it must be
    the slope of the likelihood itself, by central differences, for customers with and without repeat purchases."""
    rng = np.random.default_rng(seed)
    x = rng.poisson(1.5, 40).astype(float)
    T = rng.uniform(1.0, 80.0, 40)
    t_x = np.where(x > 0, rng.uniform(0.0, 1.0, 40) * T, 0.0)
    summary = btyd.PurchaseSummary(pl.Series(KEY, range(40), pl.UInt32), x, t_x, T)
    weights = rng.integers(1, 4, 40)

    def loss(at: np.ndarray) -> float:
        return -sum(w * btyd.log_likelihood(tuple(np.exp(at)), btyd.PurchaseSummary(summary.keys[i:i + 1], x[i:i + 1],
                                                                                    t_x[i:i + 1], T[i:i + 1]))
                    for i, w in enumerate(weights)) / weights.sum()

    point = np.array(log_params)
    value, gradient = btyd._loss(point, x, t_x, T, weights)
    assert value == pytest.approx(loss(point), rel=1e-9)
    step = 1e-5
    slope = [(loss(point + step * unit) - loss(point - step * unit)) / (2 * step) for unit in np.eye(4)]
    assert gradient == pytest.approx(slope, rel=1e-4, abs=1e-6)


def simulate(customers: int, r: float, alpha: float, a: float, b: float, seed: int = 3) -> pl.DataFrame:
    """Purchase days drawn from BG/NBD itself: gamma rates, beta drop-out after each purchase."""
    rng = np.random.default_rng(seed)
    start, weeks = date(2020, 1, 6), 78
    rows = []
    for i in range(customers):
        rate, leave = rng.gamma(r, 1 / alpha), rng.beta(a, b)
        t = float(rng.uniform(0, weeks / 2))
        rows.append((i, start + timedelta(days=int(t * 7))))
        while True:
            t += rng.exponential(1 / rate)
            if t >= weeks:
                break
            rows.append((i, start + timedelta(days=int(t * 7))))
            if rng.random() < leave:
                break
    return pl.DataFrame(rows, schema={KEY: pl.UInt32, "day": pl.Date}, orient="row")


def test_parameters_and_the_hold_out_total_are_recovered_from_simulated_purchases() -> None:
    truth = {"r": 1.2, "alpha": 6.0, "a": 0.9, "b": 3.0}
    purchases = simulate(6000, **truth)
    cutoff = date(2020, 1, 6) + timedelta(weeks=52)
    summary = btyd.summarise(purchases, cutoff)
    model = btyd.fit(summary)
    assert model.r == pytest.approx(truth["r"], rel=0.2) and model.alpha == pytest.approx(truth["alpha"], rel=0.2)
    assert model.a == pytest.approx(truth["a"], rel=0.35) and model.b == pytest.approx(truth["b"], rel=0.35)
    assert model.log_likelihood >= btyd.log_likelihood(tuple(truth.values()), summary)  # the maximum is a maximum
    forecast = model.expected_purchases(summary, 26).sum()
    assert forecast == pytest.approx(btyd.repeat_purchases(purchases, cutoff, 26 * 7), rel=0.1)


def test_a_log_without_repeat_buyers_is_refused_not_fitted() -> None:
    once = pl.DataFrame({KEY: pl.Series(range(100), dtype=pl.UInt32), "day": [date(2020, 1, 1)] * 100})
    with pytest.raises(PrevistaError, match="repeat purchase"):
        btyd.fit(btyd.summarise(once, date(2020, 6, 1)))


def seasonal_shop(customers: int, peak: float, seed: int = 5) -> pl.DataFrame:
    """Three years of daily purchases at steady per-customer rates, times ``peak`` from October to December."""
    rng = np.random.default_rng(seed)
    days = [date(2019, 1, 1) + timedelta(days=d) for d in range(3 * 365)]
    season = np.array([peak if day.month >= 10 else 1.0 for day in days])
    rates = rng.gamma(2.0, 1 / 200, customers)  # about one purchase every 100 days outside the peak
    bought = rng.random((customers, len(days))) < np.outer(rates, season)
    who, when = np.nonzero(bought)
    return pl.DataFrame({KEY: pl.Series(who, dtype=pl.UInt32), "day": [days[i] for i in when]})


@pytest.mark.parametrize("peak", [1.0, 2.5])
def test_the_shop_total_is_adjusted_by_last_years_season(peak: float) -> None:
    """Before the peak the stationary model expects the usual quarter; adjusted by how last year's peak exceeded
    what the model expected then, the total comes within 10 % of what happens, and a shop without a season
    is left (almost) alone."""
    purchases = seasonal_shop(1500, peak)
    fits = btyd.Fits(purchases)
    cutoff, days = date(2021, 10, 2), 90
    plain = float(fits.customers(cutoff, days)["expected_purchases"].sum())
    season = fits.season(cutoff, days)
    actual = btyd.repeat_purchases(purchases, cutoff, days)
    assert season is not None
    assert plain * season == pytest.approx(actual, rel=0.1)
    if peak > 1:
        assert abs(plain / actual - 1) > 0.3  # what the adjustment is for
    else:
        assert season == pytest.approx(1.0, abs=0.1)


def test_no_season_without_a_year_of_purchases_before_the_window() -> None:
    purchases = seasonal_shop(300, 2.0).filter(pl.col("day") >= date(2021, 1, 1))
    assert btyd.Fits(purchases).season(date(2021, 10, 2), 90) is None


SEASONAL_CUTOFFS = [date(2021, 4, 3), date(2021, 7, 2), date(2021, 10, 2)]


def test_fits_shared_by_threads_compute_each_figure_once_and_as_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A training run computes the fits ahead on a thread while it asks for them on its own: whoever asks first
    computes a figure, the others wait for it, and every figure is what one thread alone computes."""
    purchases = seasonal_shop(600, 2.0)
    alone = btyd.Fits(purchases)
    expected = [alone.customers(cutoff, 90) for cutoff in SEASONAL_CUTOFFS]
    seasons = [alone.season(cutoff, 90) for cutoff in SEASONAL_CUTOFFS[1:]]
    fitted: list[int] = []
    fit = btyd.fit
    monkeypatch.setattr(btyd, "fit", lambda summary, random_state=0: fitted.append(1) or fit(summary, random_state))
    shared = btyd.Fits(purchases)
    with ThreadPoolExecutor(4) as pool:
        ahead = pool.submit(shared.ahead, SEASONAL_CUTOFFS, SEASONAL_CUTOFFS[1:], 90, threading.Event())
        asked = list(pool.map(lambda cutoff: shared.customers(cutoff, 90), SEASONAL_CUTOFFS * 3))
        ahead.result()
    for found, wanted in zip(asked, expected * 3, strict=True):
        assert found.equals(wanted)
    assert [shared.season(cutoff, 90) for cutoff in SEASONAL_CUTOFFS[1:]] == seasons
    assert len(fitted) == len(SEASONAL_CUTOFFS) + 2, "each cutoff and each season's year-earlier cutoff, once"


def test_fits_ahead_stop_when_told_and_leave_errors_to_whoever_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    stopped = threading.Event()
    stopped.set()
    built: list[int] = []
    plain = btyd.Occasions
    monkeypatch.setattr(btyd, "Occasions", type("Counted", (plain,), {
        "__init__": lambda self, purchases: built.append(1) or plain.__init__(self, purchases)}))
    btyd.Fits(seasonal_shop(300, 1.0)).ahead(SEASONAL_CUTOFFS, SEASONAL_CUTOFFS, 90, stopped)
    assert not built, "told to stop before it began, it did not even sort the purchases"
    monkeypatch.undo()
    summary = btyd.Occasions.summary
    broken = SEASONAL_CUTOFFS[0]

    def failing(self: btyd.Occasions, cutoff: date) -> btyd.PurchaseSummary:
        if cutoff == broken:
            raise MemoryError("no room for this cutoff")
        return summary(self, cutoff)

    monkeypatch.setattr(btyd.Occasions, "summary", failing)
    fits = btyd.Fits(seasonal_shop(300, 1.0))
    fits.ahead(SEASONAL_CUTOFFS, [], 90, threading.Event())  # goes on past the failing cutoff
    assert fits.customers(SEASONAL_CUTOFFS[1], 90).height
    with pytest.raises(MemoryError, match="no room"):
        fits.customers(broken, 90)


def _summary_by_grouping(purchases: pl.DataFrame, cutoff: date) -> pl.DataFrame:
    """The summary as a plain grouping of every line computes it: the definition the sorted runs must keep."""
    first = pl.col("day").min()
    return (purchases.filter(pl.col("day") <= cutoff).group_by(KEY)
            .agg((pl.col("day").n_unique() - 1).cast(pl.Float64).alias("x"),
                 ((pl.col("day").max() - first).dt.total_days() / 7.0).alias("t_x"),
                 ((pl.lit(cutoff) - first).dt.total_days() / 7.0).alias("T"))
            .sort(KEY))


def _repeats_by_joining(purchases: pl.DataFrame, cutoff: date, days: int) -> int:
    known = purchases.filter(pl.col("day") <= cutoff).select(KEY).unique()
    later = purchases.filter((pl.col("day") > cutoff) & (pl.col("day") <= cutoff + timedelta(days=days)))
    return later.join(known, on=KEY, how="semi").select(KEY, "day").unique().height


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 40), st.integers(0, 23)), max_size=60),
       timed=st.booleans(), cut=st.integers(-2, 42), days=st.integers(1, 20))
def test_summaries_and_repeat_purchases_match_a_grouping_of_every_line(
        lines: list[tuple[int, int, int]], timed: bool, cut: int, days: int) -> None:
    """Sorted once and counted per cutoff, the summary and the repeat purchases are those of a grouping of all
    lines, with repeated days (one occasion), customers who buy only after the cutoff, and date-times (a
    cutoff is its midnight, several purchases in a day are one occasion only when their times are equal)."""
    start = date(2024, 1, 1)
    moments = [datetime(2024, 1, 1, hour) + timedelta(days=day) if timed else start + timedelta(days=day)
               for _, day, hour in lines]
    purchases = pl.DataFrame({KEY: pl.Series([key for key, _, _ in lines], dtype=pl.UInt32),
                              "day": pl.Series(moments, dtype=pl.Datetime("us") if timed else pl.Date)})
    cutoff = start + timedelta(days=cut)
    fits = btyd.Fits(purchases)
    summary = fits.occasions.summary(cutoff)
    expected = _summary_by_grouping(purchases, cutoff)
    assert summary.keys.to_list() == expected[KEY].to_list()
    for got, column in ((summary.frequency, "x"), (summary.recency, "t_x"), (summary.age, "T")):
        assert got.tolist() == expected[column].to_list()
    assert fits.occasions.repeats(cutoff, days) == _repeats_by_joining(purchases, cutoff, days)
    first = purchases["day"].min()
    assert fits.occasions.first_day() == (None if first is None else first if not timed else first.date())
