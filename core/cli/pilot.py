"""``kpis``: the pilot's KPIs at the baseline and now, and taking the baseline."""

from __future__ import annotations

import argparse
from typing import Any

from prevista.core.analytics.kpi_record import KpiView
from prevista.core.analytics.kpis import shown
from prevista.core.cli.common import Output, command, open_service
from prevista.privacy.errors import ParameterError


def view_text(view: KpiView) -> str:
    """A table of KPI, baseline, now and change, then what each missing figure lacks."""
    head = (f"Baseline: taken {view.baseline_taken[:10]}, data up to {view.baseline_as_of or '—'}"
            if view.baseline_taken else "Baseline: not taken yet (prevista kpis --baseline, or at the first training)")
    now = (f"Now: recomputed {view.now_taken[:10]} ({view.recomputes} recomputes so far), data up to "
           f"{view.now_as_of or '—'}" if view.now_recorded
           else f"Now: computed for this view, data up to {view.now_as_of or '—'} (not recorded yet)")
    rows = [(row.label, shown(row.measure, row.baseline), shown(row.measure, row.now),
             shown(row.measure, row.change, change=True), row.unit) for row in view.rows]
    width = max(len(row[0]) for row in rows)
    table = [f"{'KPI':<{width}}  {'baseline':>10}  {'now':>10}  {'change':>11}",
             *(f"{label:<{width}}  {then:>10}  {now_:>10}  {change:>11}  {unit}".rstrip()
               for label, then, now_, change, unit in rows)]
    notes = [f"- {row.label}: {row.reason}" for row in view.rows if row.reason]
    return "\n".join([head, now, "", *table, *(["", "Not shown:", *notes] if notes else [])])


def cmd_kpis(args: argparse.Namespace, out: Output) -> int:
    if args.replace_baseline and not args.baseline:
        raise ParameterError("--replace-baseline goes with --baseline: prevista kpis --baseline --replace-baseline.")
    pilot = open_service(args).pilot
    view = (pilot.take_baseline(args.replace_baseline, out.progress()) if args.baseline
            else pilot.kpis(out.progress()))
    out.emit(view, ("Baseline taken.\n\n" if args.baseline else "") + view_text(view))
    return 0


def register(commands: Any) -> None:
    kpis = command(commands, "kpis", "the pilot's KPIs: baseline, now and the change "
                   "(the support cost per month for cost per ticket: prevista settings --set support_cost_per_month=N)",
                   cmd_kpis)
    kpis.add_argument("--baseline", action="store_true", help="take the KPI baseline from the data as it is now")
    kpis.add_argument("--replace-baseline", action="store_true", help="with --baseline: replace an existing baseline")
