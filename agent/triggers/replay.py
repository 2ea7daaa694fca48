"""Replay a recorded stream of maitre events through the same inbox and worker as live webhooks."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from agent.settings import Settings
from agent.triggers.inbox import Inbox, inbox_path
from agent.triggers.sources import SERVICE_EVENT
from agent.triggers.worker import Processed, Worker
from tools.context import ToolContext
from tools.errors import InvalidInput
from tools.events import ServiceEvent


@dataclass
class ReplaySummary:
    accepted: int = 0
    duplicates: int = 0
    applied: int = 0
    failed: int = 0
    dead: int = 0
    processed: list[Processed] = field(default_factory=list)


def read_events(path: Path) -> list[ServiceEvent]:
    """Every line parsed first; a bad line names itself and nothing is replayed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InvalidInput(f"No file at {path}.") from None
    events, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            events.append(SERVICE_EVENT.validate_python(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            problems.append(f"line {number}: {type(exc).__name__}")
    if problems:
        raise InvalidInput(
            f"{path.name} has {len(problems)} bad line(s), the first {problems[0]}; nothing was replayed."
        )
    return events


def replay(
    ctx: ToolContext, inbox: Inbox, events: list[ServiceEvent], *, progress: Callable[[int, int], None] | None = None
) -> ReplaySummary:
    summary = ReplaySummary()
    for event in events:
        _, new = inbox.accept(
            source="replay", event_id=event.id, kind=event.kind, payload=event.model_dump(mode="json")
        )
        summary.accepted += 1
        summary.duplicates += not new
    worker = Worker(inbox, ctx)
    total = sum(inbox.counts().get(s, 0) for s in ("pending",))
    while (processed := worker.run_once()) is not None:
        summary.processed.append(processed)
        summary.applied += processed.status == "done"
        summary.failed += processed.status == "pending"
        summary.dead += processed.status == "dead"
        if progress is not None:
            progress(len(summary.processed), total)
    return summary


def replay_file(
    ctx: ToolContext, settings: Settings, path: Path, *, progress: Callable[[int, int], None] | None = None
) -> ReplaySummary:
    events = read_events(path)
    return replay(ctx, Inbox(inbox_path(settings.store)), events, progress=progress)
