"""``campaign start|list|export|measure``: act on segments with a control group held back, and measure it."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from prevista.core.campaigns.contacts import ContactsImported
from prevista.core.campaigns.design import DEFAULT_CONTROL_SHARE
from prevista.core.campaigns.measure import Measurement
from prevista.core.campaigns.record import Campaign
from prevista.core.campaigns.start import CampaignPlan, CampaignRequest
from prevista.core.campaigns.uplift import points
from prevista.core.cli.common import EXIT_REFUSED, Output, command, confirm, group, open_service
from prevista.core.ingest.importer import DEFAULT_LEGAL_BASIS
from prevista.privacy.errors import ParameterError
from prevista.privacy.processing_log import LEGAL_BASES


def _start_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ParameterError(f"--start takes a date as YYYY-MM-DD. Got {text!r} instead.") from None


def _plan_text(plan: CampaignPlan) -> str:
    effect = plan.detectable
    lines = [f"Campaign '{plan.name}' from {plan.start}: about {plan.treated} customers to act on, "
             f"{plan.control} held back at random as the control group.",
             f"Action: {plan.action}",
             f"It can detect a change in churn of {points(effect.smallest_effect)} points or more "
             f"(churn risk of these customers: {effect.base_rate:.0%})."]
    if plan.left_out_in_campaign:
        lines.append(f"About {plan.left_out_in_campaign} customers are left out: they are in a campaign that "
                     "started recently.")
    return "\n".join([*lines, *(f"Warning: {w}" for w in plan.warnings)])


def _measurement_text(found: Measurement) -> str:
    lines = [f"Campaign {found.campaign}: about {found.treated} treated, {found.control} held back; outcomes "
             f"from {found.window_start} to {found.window_end or '—'}."]
    if found.withheld:
        return "\n".join([*lines, found.withheld])
    lines += [f"  {e.verdict}" for e in found.effects]
    if found.reached_share is not None:
        lines.append(f"Among those reached ({found.reached_share:.0%} of the treated):")
        lines += [f"  {e.verdict}" for e in found.among_reached]
    for segment in found.segments:
        head = f"Segment {segment.segment} (about {segment.treated} treated, {segment.control} held back):"
        lines.append(f"{head} {segment.withheld}" if segment.withheld else head)
        lines += [f"  {e.verdict}" for e in segment.effects]
    return "\n".join(lines)


def _contacts_text(found: ContactsImported) -> str:
    accepted = "" if found.accepted is None else f", {found.accepted} accepted"
    lines = [f"Campaign {found.campaign}: {found.reached} of the customers acted on were reached{accepted} "
             f"(log entry {found.log_entry}).",
             f"Read: customer IDs from '{found.id_column}', reached from '{found.reached_column}'"
             + (f", accepted from '{found.accepted_column}'." if found.accepted_column else "; no 'accepted' column.")]
    if found.not_members:
        lines.append(f"{found.not_members} rows name nobody in this campaign; they were left out.")
    if found.control_reached:
        lines.append(f"Warning: {found.control_reached} customers of the control group are marked as reached: they "
                     "were contacted although they were to be held back, which blurs the comparison.")
    return "\n".join(lines)


def _list_text(found: tuple[Campaign, ...]) -> str:
    if not found:
        return "No campaigns yet: 'prevista campaign start --segment N --purpose …' starts one."
    rows = []
    for c in found:
        result = Measurement.from_dict(c.measurement).headline if c.measurement else "not measured yet"
        rows.append(f"{c.id:>3}  {c.start}  {c.name}  ({c.treated} treated, {c.control} held back)  {result}")
    return "\n".join(rows)


def cmd_campaign(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args).campaigns
    if args.campaign_command == "list":
        found = service.list()
        out.emit(found, _list_text(found))
    elif args.campaign_command == "export":
        listed = service.export_list(args.campaign, Path(args.out), out.progress())
        out.emit(listed, f"Wrote {listed.people_listed} people to act on to {listed.file} (log entry "
                         f"{listed.log_entry}). The file holds personal data: delete it when the action is done.")
    elif args.campaign_command == "outcomes":
        imported = service.import_contacts(args.campaign, Path(args.file), out.progress())
        out.emit(imported, _contacts_text(imported))
    elif args.campaign_command == "measure":
        measured = service.measure(args.campaign, out.progress())
        out.emit(measured, _measurement_text(measured.measurement) + f"\nLog entry {measured.log_entry}.")
    else:
        return _start(args, out)
    return 0


def _start(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args).campaigns
    request = CampaignRequest(segments=tuple(args.segment), purpose=args.purpose, action=args.action,
                              legal_basis=args.legal_basis, start=_start_day(args.start),
                              control_share=args.control_share, name=args.name,
                              cost_per_contact=args.cost_per_contact, seed=args.seed)
    plan = service.plan(request, out.progress())
    if not args.yes and not out.as_json:
        print(_plan_text(plan))
        if not confirm("Start this campaign?"):
            print("Not started (confirm with --yes).")
            return EXIT_REFUSED
    started = service.start(plan, out.progress())
    result: dict[str, Any] = {"plan": plan, "campaign": started.campaign, "log_entry": started.log_entry}
    text = (f"{_plan_text(plan)}\nStarted campaign {started.campaign.id} (log entry {started.log_entry}); the seed "
            f"{started.campaign.seed} reproduces the control group.")
    if args.out:
        listed = service.export_list(started.campaign.id, Path(args.out), out.progress())
        result["contact_list"] = listed
        text += f"\nWrote {listed.people_listed} people to act on to {listed.file}; the control group is not in it."
    out.emit(result, text)
    return 0


def register(commands: Any) -> None:
    campaign = group(commands, "campaign", "act on segments with a random control group, then measure what it "
                                           "changed", "campaign_command", "SUBCOMMAND")
    start = command(campaign, "start", "start a campaign on one or more segments (logged)", cmd_campaign)
    start.add_argument("--segment", type=int, action="append", required=True,
                       help="segment number from 'prevista segments' (repeat for several)")
    start.add_argument("--purpose", required=True, help="why these people are contacted (recorded)")
    start.add_argument("--action", help="what is done (default: the segment's suggested action)")
    start.add_argument("--legal-basis", default=DEFAULT_LEGAL_BASIS, choices=sorted(LEGAL_BASES))
    start.add_argument("--start", metavar="YYYY-MM-DD", help="the day the action starts (default: today)")
    start.add_argument("--control-share", type=float, default=DEFAULT_CONTROL_SHARE,
                       help="share held back at random, not contacted (default 0.2)")
    start.add_argument("--name", help="a name for the campaign (default: the segments' names)")
    start.add_argument("--cost-per-contact", type=float, metavar="AMOUNT", help="what acting on one customer costs")
    start.add_argument("--seed", type=int, help="the random seed (default: drawn and logged)")
    start.add_argument("--out", metavar="FILE", help="also write the contact list (treated customers) to this CSV")
    start.add_argument("--yes", action="store_true", help="start without asking")
    command(campaign, "list", "the campaigns and their latest results", cmd_campaign)
    export = command(campaign, "export", "write a campaign's contact list (treated customers only; logged)",
                     cmd_campaign)
    export.add_argument("campaign", type=int, help="campaign number from 'prevista campaign list'")
    export.add_argument("--out", required=True, metavar="FILE", help="CSV file to write")
    outcomes = command(campaign, "outcomes", "import the CRM's record of who was reached (and accepted) (logged)",
                       cmd_campaign)
    outcomes.add_argument("campaign", type=int, help="campaign number from 'prevista campaign list'")
    outcomes.add_argument("--file", required=True, metavar="FILE",
                          help="CSV/XLSX/JSON with the customer ID and a yes/no 'reached' column ('accepted' optional)")
    measure = command(campaign, "measure", "measure what a campaign changed, from the data imported since (logged)",
                      cmd_campaign)
    measure.add_argument("campaign", type=int, help="campaign number from 'prevista campaign list'")
