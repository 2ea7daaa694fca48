"""The main job on the embedded default: seed a venue group, clean up before service, replay a
Friday service through the tools and guards, write tonight's notes and the host's briefing sheet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from agent.triggers import replay
from agent.triggers.inbox import Inbox
from tools import dedupe, functions, pipelines, sample, sheet
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.pipelines import Outcome
from tools.results import MergeResult

AUTO_MERGE_SCORE = 0.9

Progress = Callable[[str, int, int], None]


@dataclass
class DemoReport:
    day: date
    seeded_guests: int = 0
    seeded_duplicates: int = 0
    new_reservations: int = 0
    merges: list[MergeResult] = field(default_factory=list)
    merge_evidence: dict[str, list[str]] = field(default_factory=dict)
    left_for_review: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    events: int = 0
    duplicates: int = 0
    notes_written: int = 0
    notes_unchanged: int = 0
    notes_cut: Counter[str] = field(default_factory=Counter)
    sheet_path: Path | None = None

    @property
    def refusals(self) -> Counter[str]:
        return Counter(r.guard for o in self.outcomes for r in o.refused)


def run(
    ctx: ToolContext,
    *,
    day: date,
    sheet_path: Path,
    stream: Path,
    inbox: Inbox,
    manager: str,
    progress: Progress | None = None,
) -> DemoReport:
    """``ctx`` acts for the automation; ``manager`` approves merges before service."""
    report = DemoReport(day=day)
    step = progress or (lambda label, done, total: None)
    store = ctx.store
    if store.count_guests() == 0:
        data = sample.generate_guests(today=day, thresholds=ctx.thresholds)
        report.seeded_guests = store.insert_guests(data.guests)
        report.seeded_duplicates = len(data.duplicates)
    guests = list(store.iter_guests())
    report.new_reservations = store.insert_reservations(sample.tonight(guests, day))
    reservations = store.reservations_on(day)

    _merge_tonights_duplicates(
        ctx,
        report,
        reservations_guest_ids={r.client_id for r in reservations if r.client_id},
        manager=manager,
        step=step,
    )

    # The service goes through the same path as live webhooks: a recorded stream, the inbox, the worker.
    events = sample.friday_service(list(store.iter_guests(include_merged=True)), reservations, day)
    stream.parent.mkdir(parents=True, exist_ok=True)
    stream.write_text("".join(e.model_dump_json() + "\n" for e in events), encoding="utf-8")
    replayed = replay.replay(
        ctx, inbox, replay.read_events(stream), progress=lambda done, total: step("replaying the service", done, total)
    )
    report.events, report.duplicates = replayed.accepted, replayed.duplicates
    report.outcomes = [o for processed in replayed.processed for o in processed.outcomes]

    briefing_ctx = ctx.for_event(f"pre-service:{day.isoformat()}:dinner")
    tonight = sheet.service_reservations(store, sheet.ServiceWindow(day, "dinner"))
    brief = pipelines.pre_service(
        briefing_ctx, tonight, progress=lambda done, total: step("writing pre-visit notes", done, total)
    )
    report.notes_written, report.notes_unchanged = brief.written, brief.unchanged
    for cut in brief.cut:
        report.notes_cut[_cut_kind(cut)] += 1

    sheet_path.parent.mkdir(parents=True, exist_ok=True)
    sheet_path.write_text(
        sheet.render(store, sheet.ServiceWindow(day, "dinner"), venues=sample.VENUES, printed_at=ctx.clock()),
        encoding="utf-8",
    )
    report.sheet_path = sheet_path
    return report


def _merge_tonights_duplicates(
    ctx: ToolContext, report: DemoReport, *, reservations_guest_ids: set[str], manager: str, step: Progress
) -> None:
    """Tonight's guests with a near-certain duplicate are merged with a manager's approval; others wait."""
    done: set[str] = set()
    ids = sorted(reservations_guest_ids)
    for n, guest_id in enumerate(ids, start=1):
        step("checking tonight's guests for duplicates", n, len(ids))
        guest = ctx.store.get_guest(guest_id)
        if guest is None or guest.merged_into or guest.id in done:
            continue
        pairs = dedupe.duplicates_of(ctx.store, guest)
        sure = [p for p in pairs if p.score >= AUTO_MERGE_SCORE]
        report.left_for_review += len(pairs) - len(sure)
        if not sure:
            continue
        members = sorted({guest.id} | {p.a for p in sure} | {p.b for p in sure})
        try:
            plan = functions.merge_profiles(ctx, members)
            if plan.approval_token is None:
                continue
            result = functions.approve(ctx.acting_as(manager), plan.approval_token)
        except MaitreError:
            continue
        assert isinstance(result, MergeResult)
        report.merges.append(result)
        report.merge_evidence[result.canonical_id] = sorted({e for p in sure for e in p.evidence})
        done.update(members)


def _cut_kind(cut: str) -> str:
    for marker, kind in (
        ("phone", "phone numbers"),
        ("email address", "email addresses"),
        ("spend figure", "spend figures"),
        ("health", "health detail"),
        ("Shortened", "over-long bullets"),
        ("allergies first", "allergies put first"),
        ("past the limit", "bullets past five"),
        ("opted out", "outreach for opted-out guests"),
    ):
        if marker in cut:
            return kind
    return "other"
