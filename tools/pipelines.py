"""What happens when something happens: a check closes, a survey answer arrives, a booking changes.

Each pipeline is idempotent by its source event id and writes only through the tools' write path,
so the guards hold exactly as they do for a person or a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tools import functions, guards
from tools.classify import CONFIDENT
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.events import CheckEvent, ConsentEvent, ReservationEvent, ServiceEvent, SurveyEvent
from tools.fields import flatten_guest
from tools.functions import ProfilePatch, TagAdd
from tools.merge import choose_canonical
from tools.models import Guest, Reservation, VenueStats
from tools.normalize import email_key, phone_e164
from tools.results import Refused
from tools.writes import Draft, apply


@dataclass
class Outcome:
    """What one event did, for the run summary and the inbox."""

    event_id: str
    kind: str
    guest_id: str | None = None
    summary: str = ""
    changed: int = 0
    already_applied: bool = False
    refused: list[Refused] = field(default_factory=list)
    tags_added: list[str] = field(default_factory=list)
    kitchen_alert: bool = False
    complaint: bool = False
    opt_out: bool = False
    survey: str | None = None  # "queued", or why not
    note_written: bool = False


def handle(ctx: ToolContext, event: ServiceEvent) -> Outcome:
    """Apply one event in one transaction: all its writes land together or not at all.

    Problems the event itself carries (no matching guest, a guard's refusal) come back in the
    outcome; a failure rolls everything back so the event can be retried whole.
    """
    scoped = ctx.for_event(event.id)
    with ctx.store.transaction():
        if isinstance(event, CheckEvent):
            return check_closed(scoped, event)
        if isinstance(event, SurveyEvent):
            return survey_answered(scoped, event)
        if isinstance(event, ConsentEvent):
            return consent_changed(scoped, event)
        return reservation_changed(scoped, event)


# -- checks ---------------------------------------------------------------------------------------


def check_closed(ctx: ToolContext, event: CheckEvent) -> Outcome:
    """A closed check adds a visit, covers and spend; then a micro-survey unless the guest opted out."""
    check = event.check
    out = Outcome(event.id, "check")
    if check.status != "CLOSED":
        out.summary = f"check {check.order_id}/{check.check_id} is {check.status}: counts only once closed"
        return out
    guest = _guest_for(ctx, check.customer_email, check.customer_phone, check.reservation_id)
    if guest is None:
        out.summary = "no matching guest (walk-in or no contact on the check): spend not attributed"
        return out
    out.guest_id = guest.id
    visit_day = (check.closed_at or ctx.clock()).date()

    def mutate(draft: Draft) -> None:
        g = draft.guest(guest.id)
        g.total_visits += 1
        g.total_covers += check.covers
        g.total_spend = round(g.total_spend + check.amount, 2)
        g.last_visit = max(visit_day, g.last_visit) if g.last_visit else visit_day
        stats = g.venue_stats.get(check.venue_id, VenueStats())
        g.venue_stats[check.venue_id] = VenueStats(
            visits=stats.visits + 1,
            covers=stats.covers + check.covers,
            spend=round(stats.spend + check.amount, 2),
            last_visit=max(visit_day, stats.last_visit) if stats.last_visit else visit_day,
        )

    key = f"check:{check.source}:{check.order_id}:{check.check_id}"
    changeset = apply(
        ctx.store,
        ctx.meta("record_check", reason="check closed", evidence=key, event_id=key),
        mutate,
        target=guest.id,
        now=ctx.clock(),
        thresholds=ctx.thresholds,
    )
    out.already_applied = changeset.already_applied
    out.changed = len(changeset.changes)
    out.tags_added = [c.field[4:] for c in changeset.changes if c.field.startswith("tag:") and c.after is not None]
    if changeset.already_applied:
        out.summary = "check already counted"
        return out
    out.summary = f"visit and {check.amount:.2f} spend recorded"
    out.survey = _queue_survey(ctx, guest.id, check.venue_id, key, out)
    return out


def _queue_survey(ctx: ToolContext, guest_id: str, venue_id: str, key: str, out: Outcome) -> str:
    current = ctx.store.get_guest(guest_id)
    if current is None or not guards.may_survey(flatten_guest(current), venue_id):
        out.refused.append(
            Refused(guard=guards.CONSENT, target=guest_id, message="Guest opted out of marketing: no survey sent.")
        )
        return "not sent: guest opted out"
    result = functions.apply_patch(
        ctx,
        guest_id,
        ProfilePatch(add=[TagAdd(tag="Automation:Survey Sent")]),
        tool="queue_survey",
        reason="post-visit survey",
        evidence=key,
        on_refusal="skip",
    )
    out.refused += result.refused
    if result.refused:
        return "not sent: " + result.refused[0].message
    ctx.store.enqueue_survey(guest_id=guest_id, venue_id=venue_id, event_id=key, at=ctx.clock().isoformat())
    return "queued"


# -- survey answers -------------------------------------------------------------------------------


def survey_answered(ctx: ToolContext, event: SurveyEvent) -> Outcome:
    """Classify the answer and patch the profile through the guards; flag the kitchen and managers."""
    answer = event.answer
    out = Outcome(event.id, "survey")
    guest = _guest_for(ctx, answer.email, None, answer.reservation_id)
    if guest is None:
        out.summary = "no matching guest for this answer: kept in the inbox for a manager"
        return out
    out.guest_id = guest.id
    found = ctx.classify(answer.text, answer.question)
    source = f"survey {answer.id}"
    patch = ProfilePatch(
        add=[
            TagAdd(tag=u.tag, severity=u.severity, subject=u.subject, evidence=u.evidence)
            for u in found.updates
            if u.action == "add"
        ],
        remove=[u.tag for u in found.updates if u.action == "remove"],
        note_source=source,
        consent_source=source,
    )
    note_lines = []
    if found.opt_out:
        patch.consent = "opt_out"
    unsure = any(
        u.tag.startswith("Allergies:") and (u.action == "remove" or u.confidence < CONFIDENT) for u in found.updates
    )
    if found.complaint or unsure:  # an allergy removed, or one read from context: a manager confirms it
        patch.add.append(TagAdd(tag="Automation:Needs Review"))
    if found.complaint:
        note_lines.append(f"complaint: «{_short(answer.text)}»")
    elif found.unmatched and not found.updates and not found.opt_out:
        note_lines.append(f"«{_short(' '.join(found.unmatched))}»")
    if note_lines:
        patch.note = " ".join(note_lines)
    if not (patch.add or patch.remove or patch.note or patch.consent):
        out.summary = "nothing to record"
        return out
    result = functions.apply_patch(
        ctx, guest.id, patch, tool="survey_answer", reason="survey answer", evidence=source, on_refusal="skip"
    )
    out.refused = result.refused
    out.changed = len(result.changes)
    out.already_applied = result.message.startswith("Event ")
    if not out.already_applied:
        out.complaint, out.opt_out = found.complaint, found.opt_out
    out.tags_added = [c.field[4:] for c in result.changes if c.field.startswith("tag:") and c.after is not None]
    out.kitchen_alert = result.kitchen_alert
    out.summary = result.message
    return out


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- reservations ---------------------------------------------------------------------------------


def reservation_changed(ctx: ToolContext, event: ReservationEvent) -> Outcome:
    """Store the booking; rewrite the pre-visit note only when a change matters to the host."""
    new = event.reservation
    out = Outcome(event.id, "reservation", guest_id=new.client_id)
    old = ctx.store.get_reservation(new.id)
    reasons = _why_it_matters(old, new)

    def mutate(draft: Draft) -> None:
        if old is None:
            draft.new_reservation(new)
            return
        r = draft.reservation(new.id)
        for name in ("client_id", "date", "arrival_time", "party_size", "status", "client_requests", "source", "tags"):
            setattr(r, name, getattr(new, name))

    try:
        changeset = apply(
            ctx.store,
            ctx.meta("sync_reservation", reason="reservation " + ("booked" if old is None else "changed")),
            mutate,
            target=new.id,
            now=ctx.clock(),
            thresholds=ctx.thresholds,
        )
    except MaitreError as exc:
        out.summary = f"not stored: {exc.message}"
        return out
    out.already_applied = changeset.already_applied
    out.changed = len(changeset.changes)
    if changeset.already_applied:
        out.summary = "booking event already applied"
        return out
    if not reasons:
        changed = ", ".join(sorted({c.field for c in changeset.changes})) or "nothing"
        out.summary = f"note unchanged: the edit ({changed}) does not change what the host needs"
        return out
    try:
        note = functions.write_previsit_note(ctx, new.id)
    except MaitreError as exc:
        out.summary = f"booking stored; note not rewritten: {exc.message}"
        return out
    out.note_written = note.written
    out.summary = f"note rewritten: {', '.join(reasons)}"
    return out


# -- consent --------------------------------------------------------------------------------------


def consent_changed(ctx: ToolContext, event: ConsentEvent) -> Outcome:
    """An unsubscribe from the email platform becomes a group-wide opt-out on every matching profile."""
    out = Outcome(event.id, "consent", opt_out=True)
    guest = _guest_for(ctx, event.email, None, None)
    if guest is None:
        out.summary = "no guest with that email: nothing to opt out"
        return out
    out.guest_id = guest.id
    patch = ProfilePatch(consent="opt_out", consent_source=f"{event.source} unsubscribe")
    result = functions.apply_patch(
        ctx,
        guest.id,
        patch,
        tool="consent_event",
        reason=f"unsubscribed at {event.source}",
        evidence=event.reason,
        on_refusal="skip",
    )
    out.changed, out.refused = len(result.changes), result.refused
    out.already_applied = result.message.startswith("Event ")
    out.summary = "opted out" if result.changes else "already opted out"
    return out


# -- the pre-service briefing ---------------------------------------------------------------------


@dataclass
class BriefReport:
    written: int = 0
    unchanged: int = 0
    cut: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def pre_service(
    ctx: ToolContext,
    reservations: list[Reservation],
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BriefReport:
    """A pre-visit note for every reservation of a service, as one briefing run."""
    report = BriefReport()
    for n, reservation in enumerate(reservations, start=1):
        try:
            note = functions.write_previsit_note(ctx, reservation.id, dry_run=dry_run)
        except MaitreError as exc:
            report.failed.append(f"{reservation.id}: {exc.message}")
        else:
            if note.written or dry_run:
                report.written += 1
            else:
                report.unchanged += 1
            report.cut += note.cut
        if progress is not None:
            progress(n, len(reservations))
    return report


def _why_it_matters(old: Reservation | None, new: Reservation) -> list[str]:
    if old is None:
        return ["new booking"]
    reasons = []
    if new.party_size > old.party_size:
        reasons.append(f"party size up {old.party_size}→{new.party_size}")
    added = {t for t in new.tags if t.startswith("Occasion:")} - set(old.tags)
    if added:
        reasons.append("occasion added: " + ", ".join(sorted(added)))
    if new.source != old.source:
        reasons.append(f"channel changed {old.source}→{new.source}")
    if new.client_id != old.client_id:
        reasons.append("guest changed")
    return reasons


# -- shared ---------------------------------------------------------------------------------------


def _guest_for(ctx: ToolContext, email: str | None, phone: str | None, reservation_id: str | None) -> Guest | None:
    """The canonical profile behind an email, a phone, or a reservation, in that order."""
    found: list[Guest] = []
    key = email_key(email)
    if key:
        found = ctx.store.guests_by_email(key)
    if not found and phone:
        e164 = phone_e164(phone, ctx.phone_region)
        found = ctx.store.guests_by_phone(e164) if e164 else []
    if not found and reservation_id:
        reservation = ctx.store.get_reservation(reservation_id)
        client = ctx.store.get_guest(reservation.client_id) if reservation and reservation.client_id else None
        found = [client] if client else []
    live = []
    for guest in found:
        while guest.merged_into:
            parent = ctx.store.get_guest(guest.merged_into)
            if parent is None:
                break
            guest = parent
        live.append(guest)
    return choose_canonical(live) if live else None
