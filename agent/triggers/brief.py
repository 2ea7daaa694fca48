"""The pre-service briefing: a note for every reservation of a service, and the host stand's sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from agent.settings import Settings
from tools import pipelines, sheet
from tools.context import ToolContext
from tools.pipelines import BriefReport


def run(
    ctx: ToolContext,
    settings: Settings,
    *,
    day: date,
    service: str,
    out: Path | None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[BriefReport, Path | None]:
    """Write the notes and the sheet; with ``dry_run``, write nothing and report what would change."""
    window = sheet.ServiceWindow(day, service)
    reservations = sheet.service_reservations(ctx.store, window)
    # Each briefing run is its own event: a rerun after changes rewrites what moved, nothing else.
    scoped = ctx.for_event(f"pre-service:{day.isoformat()}:{service}:{ctx.clock():%H%M%S}")
    report = pipelines.pre_service(scoped, reservations, dry_run=dry_run, progress=progress)
    if dry_run or out is None:
        return report, None
    venues = settings.venues or {v: v for v in sorted({r.venue_id for r in reservations})}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(sheet.render(ctx.store, window, venues=venues, printed_at=ctx.clock()), encoding="utf-8")
    return report, out
