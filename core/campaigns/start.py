"""Starting a campaign: choose the members, hold a random control group back, say what it can detect.

It comes as plan, then start: the plan counts the members per arm and computes the smallest effect the
campaign can detect, so the user sees before anything is recorded whether it is worth running at that
size; the start records exactly that plan, with the seed, in one logged commit.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import polars as pl

from prevista.core.analytics.model_store import model_card
from prevista.core.analytics.segments import stored_board
from prevista.core.campaigns.design import DEFAULT_CONTROL_SHARE, Detectable, assign_arms, detectable_effect, risk_band
from prevista.core.campaigns.record import MEMBERS_SCHEMA, Campaign, campaigns, members, with_campaign
from prevista.core.campaigns.uplift import points
from prevista.core.duties.action_list import opted_out_keys
from prevista.core.duties.logged import commit_logged
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import settings
from prevista.privacy import disclosure
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.errors import ParameterError, PrevistaError
from prevista.privacy.processing_log import legal_basis_text
from prevista.privacy.schema import KEY, Action, Table
from prevista.privacy.store import ProjectStore

MAX_CONTROL_SHARE = 0.5
MAX_NAME_CHARS = 120


@dataclass(frozen=True)
class CampaignRequest:
    segments: tuple[int, ...]
    purpose: str
    action: str | None = None  # None: the recommended action of the (first) segment
    legal_basis: str = "legitimate-interest"
    start: date | None = None  # None: today
    control_share: float = DEFAULT_CONTROL_SHARE
    name: str | None = None
    cost_per_contact: float | None = None  # what acting on one treated customer costs, for the ROI
    seed: int | None = None  # None: drawn now (and logged)


@dataclass(frozen=True)
class CampaignPlan:
    """What starting the campaign would do, in counts (released at the usual precision)."""

    request: CampaignRequest
    action: str
    name: str
    start: date
    treated: int
    control: int
    left_out_in_campaign: int  # customers already in a campaign that started within the horizon
    detectable: Detectable
    warnings: tuple[str, ...]


def _check(store: ProjectStore, request: CampaignRequest) -> None:
    if not request.purpose.strip():
        raise ParameterError("State the purpose of the campaign (e.g. 'call customers at risk to offer help').")
    if not request.segments:
        raise ParameterError("Choose at least one segment for the campaign.")
    share = request.control_share
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= MAX_CONTROL_SHARE:
        raise ParameterError(f"The control group's share must be a number from 0 to {MAX_CONTROL_SHARE} "
                             f"(0.2 holds back one customer in five). Got {share!r} instead.")
    if request.cost_per_contact is not None and not request.cost_per_contact >= 0:
        raise ParameterError(f"The cost per contact must be 0 or more. Got {request.cost_per_contact!r} instead.")
    if request.name is not None and len(request.name) > MAX_NAME_CHARS:
        raise ParameterError(f"A campaign name has at most {MAX_NAME_CHARS} characters.")
    legal_basis_text(request.legal_basis)
    refuse_if_closed(store)
    if not store.has_table(Table.SCORES):
        raise PrevistaError("No scores yet: train the models first, then start a campaign on a segment.")


def _segments(store: ProjectStore, wanted: tuple[int, ...]) -> dict[int, tuple[str, str]]:
    """segment → (name, recommended action), for the wanted segments, each of at least k customers."""
    board = stored_board(store)
    known = {row.segment: (row.name, row.action) for row in (board.segments if board else ())}
    missing = [s for s in wanted if s not in known]
    if missing:
        raise PrevistaError(f"There is no segment {missing[0]} with at least {settings(store).min_segment_size} "
                            "customers; 'prevista segments' lists them with their numbers.")
    return {s: known[s] for s in wanted}


def _busy(store: ProjectStore, start: date) -> pl.Series:
    """Customers in a campaign that started within the model's horizon before this one: acted on twice, their
    outcome could not be told apart between the two."""
    horizon = model_card(store).horizon_days
    recent = [c.id for c in campaigns(store) if date.fromisoformat(c.start) > start - timedelta(days=horizon)]
    return members(store).filter(pl.col("campaign").is_in(recent))[KEY].unique()


def _candidates(store: ProjectStore, segments: tuple[int, ...], busy: pl.Series) -> pl.DataFrame:
    excluded = pl.concat([opted_out_keys(store), busy.cast(pl.UInt32)])
    scores = store.read_table(Table.SCORES).filter(pl.col("segment").is_in(list(segments)))
    return (scores.filter(~pl.col(KEY).is_in(excluded.implode()))
            .select(pl.col(KEY).cast(pl.UInt32), pl.col("segment").cast(pl.Int64),
                    risk_band(pl.col("churn_risk")).alias("risk_band"), pl.col("churn_risk").cast(pl.Float64)))


def plan_campaign(store: ProjectStore, request: CampaignRequest) -> CampaignPlan:
    _check(store, request)
    start = request.start or datetime.now(timezone.utc).date()
    named = _segments(store, request.segments)
    busy = _busy(store, start)
    chosen = _candidates(store, request.segments, busy)
    k = settings(store).min_segment_size
    control = int(sum(round(n * request.control_share) for n in
                      chosen.group_by("segment", "risk_band").len()["len"].to_list()))
    treated = chosen.height - control
    mean_risk = chosen["churn_risk"].mean()
    detectable = detectable_effect(treated, control, float(mean_risk) if isinstance(mean_risk, float) else 0.0)
    warnings = _warnings(detectable, treated, control, k)
    first = named[request.segments[0]]
    name = request.name or ", ".join(named[s][0] for s in request.segments)
    in_other = int(busy.is_in(store.read_table(Table.SCORES).filter(
        pl.col("segment").is_in(list(request.segments)))[KEY].implode()).sum())
    return CampaignPlan(request, request.action or first[1], name, start, disclosure.count(treated),
                        disclosure.count(control), disclosure.count(in_other), detectable, warnings)


NOBODY_HELD_BACK = QT_TRANSLATE_NOOP("Campaigns", "Nobody is held back: whether the action helped can never be "
                                                  "measured.")
SMALL_ARM = QT_TRANSLATE_NOOP("Campaigns", "An arm has fewer than {0} customers: its results will be withheld.")
TOO_SMALL = QT_TRANSLATE_NOOP("Campaigns", "With about {0} treated and {1} held back, the campaign can only detect a "
                              "change in churn of {2} points or more, while a good action plausibly changes it by "
                              "about {3} points: choose more segments or a larger control group, or expect 'no effect "
                              "measurable'.")


def _warnings(detectable: Detectable, treated: int, control: int, k: int) -> tuple[str, ...]:
    if control == 0:
        return (NOBODY_HELD_BACK,)
    found = []
    if min(treated, control) < k:
        found.append(SMALL_ARM.format(k))
    elif detectable.too_small:
        found.append(TOO_SMALL.format(disclosure.count(treated), disclosure.count(control),
                                      points(detectable.smallest_effect), points(detectable.plausible_effect)))
    return tuple(found)


@dataclass(frozen=True)
class CampaignStarted:
    campaign: Campaign
    log_entry: int


def start_campaign(store: ProjectStore, plan: CampaignPlan, *, operator: str) -> CampaignStarted:
    """Draw the arms and record the campaign, its members and the seed in one logged commit."""
    request = plan.request
    _check(store, request)
    busy = _busy(store, plan.start)
    seed = request.seed if request.seed is not None else secrets.randbits(63)
    arms = assign_arms(_candidates(store, request.segments, busy), request.control_share, seed)
    if arms.is_empty():  # it would be recorded with no arms and an infinite detectable effect
        raise PrevistaError("Nobody in these segments can be in a new campaign: they objected, or they are in a "
                            "campaign that started recently. Choose other segments or a later start date.")
    treated = int(arms["treated"].sum())
    new_id = max((c.id for c in campaigns(store)), default=0) + 1
    found = Campaign(
        id=new_id, name=plan.name, action=plan.action, purpose=request.purpose.strip(),
        legal_basis=legal_basis_text(request.legal_basis), segments=request.segments, start=plan.start.isoformat(),
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"), control_share=float(request.control_share),
        seed=seed, treated=treated, control=arms.height - treated, base_rate=plan.detectable.base_rate,
        smallest_effect=plan.detectable.smallest_effect, cost_per_contact=request.cost_per_contact)
    table = pl.concat([members(store), arms.with_columns(pl.lit(new_id, pl.UInt32).alias("campaign"))
                       .select(list(MEMBERS_SCHEMA)).cast(MEMBERS_SCHEMA)])  # type: ignore[arg-type]
    entry = commit_logged(store, {
        "action": Action.CAMPAIGN_STARTED, "operator": operator, "purpose": found.purpose,
        "legal_basis": found.legal_basis, "data_categories": ["scores and segments (pseudonymised)"],
        "campaign": {"id": new_id, "segments": list(found.segments), "start": found.start,
                     "control_share": found.control_share, "seed": seed, "action": found.action},
        "counts": {"treated": treated, "control": found.control, "left_out_in_other_campaign": int(busy.len())},
    }, put={Table.CAMPAIGN_MEMBERS: table}, meta=with_campaign(store, found))
    return CampaignStarted(found, entry)
