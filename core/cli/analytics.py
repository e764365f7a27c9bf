"""``train``, ``segments``, ``forecast`` and ``drift``: the ranges come from the analytics service."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from prevista.core.cli.common import Output, command, open_service
from prevista.core.reports.text import drift_text, forecast_text, segments_text, training_text
from prevista.core.services.analytics import (
    DEFAULT_FORECAST_WEEKS,
    DEFAULT_HORIZON_DAYS,
    FORECAST_WEEKS,
    HORIZON_DAYS,
    TRAINING,
    TrainRequest,
)
from prevista.privacy.errors import PrevistaError
from prevista.privacy.processing_log import LEGAL_BASES

WEEKS_HELP = f"{FORECAST_WEEKS.start}-{FORECAST_WEEKS.stop - 1}"


def cmd_train(args: argparse.Namespace, out: Output) -> int:
    request = TrainRequest(horizon_days=args.horizon, forecast_weeks=args.weeks, min_segment_size=args.min_segment_size,
                           purpose=args.purpose, legal_basis=args.legal_basis)
    result = open_service(args, preload=(TRAINING,)).analytics.train(request, out.progress())
    out.emit(result, training_text(result.model_card, result.segments))
    return 0


def cmd_segments(args: argparse.Namespace, out: Output) -> int:
    service = open_service(args)
    segments = service.analytics.segments()
    written = service.reports.export_segments(Path(args.out)) if args.out else None
    note = f"\nWrote the table of {len(segments.segments)} segments to {written}." if written else ""
    out.emit(segments, segments_text(segments) + note)
    return 0


def cmd_forecast(args: argparse.Namespace, out: Output) -> int:
    if (args.minutes_per_ticket is None) != (args.hours_per_agent is None):
        raise PrevistaError("Staffing needs both --minutes-per-ticket and --hours-per-agent.")
    analytics = open_service(args, preload=(TRAINING,)).analytics
    result = analytics.forecast(args.weeks, out.progress())
    if args.minutes_per_ticket is None:
        out.emit(result, forecast_text(result))
        return 0
    staff = analytics.staffing(result, args.minutes_per_ticket, args.hours_per_agent)
    out.emit({"forecast": result, "staffing": staff}, forecast_text(result) + "\n" + staff.text())
    return 0


def cmd_drift(args: argparse.Namespace, out: Output) -> int:
    result = open_service(args, preload=(TRAINING,)).analytics.drift(out.progress())
    out.emit(result, drift_text(result))
    return 0


def register(commands: Any) -> None:
    train = command(commands, "train", "train churn and purchase models, segments, forecast", cmd_train)
    train.add_argument("--horizon", type=int, default=DEFAULT_HORIZON_DAYS, metavar="DAYS",
                       help=f"outcome window, {HORIZON_DAYS.start}-{HORIZON_DAYS.stop - 1} days "
                            f"(default {DEFAULT_HORIZON_DAYS})")
    train.add_argument("--min-segment-size", type=int, metavar="K", help="smallest segment shown (default: setting, 10)")
    train.add_argument("--weeks", type=int, default=DEFAULT_FORECAST_WEEKS, metavar=WEEKS_HELP,
                       help=f"weeks of ticket forecast (default {DEFAULT_FORECAST_WEEKS})")
    train.add_argument("--purpose", help="purpose recorded in the processing log (default: the project's setting)")
    train.add_argument("--legal-basis", choices=sorted(LEGAL_BASES), help="(default: the project's setting)")

    segments = command(commands, "segments", "segment-level results of the last training", cmd_segments)
    segments.add_argument("--out", metavar="FILE", help="also write the segment table to FILE (.csv or .xlsx; logged)")

    forecast = command(commands, "forecast", "weekly support-ticket forecast", cmd_forecast)
    forecast.add_argument("--weeks", type=int, default=DEFAULT_FORECAST_WEEKS, metavar=WEEKS_HELP,
                          help=f"weeks ahead (default {DEFAULT_FORECAST_WEEKS})")
    forecast.add_argument("--minutes-per-ticket", type=float, metavar="MINUTES",
                          help="handling time of a ticket: with --hours-per-agent, also the agents needed per week")
    forecast.add_argument("--hours-per-agent", type=float, metavar="HOURS",
                          help="hours an agent spends on tickets in a week")

    command(commands, "drift", "has the data drifted since training?", cmd_drift)
