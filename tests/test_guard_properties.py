"""Random sequences of tool calls by automation never opt a guest back in, never market to an
opted-out guest, and never drop or downgrade an allergy."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import NOW, context, make_guests, make_reservations
from tools import functions, pipelines
from tools.errors import MaitreError
from tools.events import CheckEvent, SurveyEvent
from tools.guards import is_outreach
from tools.models import Check, Guest, SurveyAnswer
from tools.sample import SURVEY_TEXTS
from tools.spend import Thresholds, with_computed_tags
from tools.store.sqlite import SQLiteStore
from tools.vocabulary import all_tags, severity_rank

GUESTS = [g.id for g in make_guests()]
RESERVATIONS = [r.id for r in make_reservations()]
ACTORS = ["agent:run-7", "trigger:evt", "mcp:claude-desktop"]
NOTES = [
    "likes the corner table",
    "Send her our newsletter offer",
    "email him the holiday promo",
    "invite to the wine club list",
    "prefers sparkling water",
]


@dataclass(frozen=True)
class Call:
    op: str
    actor: str
    args: tuple[Any, ...]


calls = st.one_of(
    st.builds(
        lambda a, g, t, s: Call("add", a, (g, t, s)),
        st.sampled_from(ACTORS),
        st.sampled_from(GUESTS),
        st.sampled_from(all_tags()),
        st.sampled_from(["severe", "unspecified", "intolerance", None]),
    ),
    st.builds(
        lambda a, g, t: Call("remove", a, (g, t)),
        st.sampled_from(ACTORS),
        st.sampled_from(GUESTS),
        st.sampled_from(all_tags()),
    ),
    st.builds(
        lambda a, g, c, v: Call("consent", a, (g, c, v)),
        st.sampled_from(ACTORS),
        st.sampled_from(GUESTS),
        st.sampled_from(["opt_in", "opt_out"]),
        st.sampled_from([None, "v-fig", "v-harbor"]),
    ),
    st.builds(
        lambda a, g, n: Call("note", a, (g, n)),
        st.sampled_from(ACTORS),
        st.sampled_from(GUESTS),
        st.sampled_from(NOTES),
    ),
    st.builds(
        lambda a, r, n: Call("previsit", a, (r, n)),
        st.sampled_from(ACTORS),
        st.sampled_from(RESERVATIONS),
        st.sampled_from([None, *NOTES]),
    ),
    st.builds(
        lambda g, v, n: Call("check", "trigger", (g, v, n)),
        st.sampled_from(GUESTS),
        st.sampled_from(["v-fig", "v-harbor"]),
        st.integers(0, 3),
    ),
    st.builds(
        lambda g, t, n: Call("survey", "trigger", (g, t, n)),
        st.sampled_from(GUESTS),
        st.sampled_from(SURVEY_TEXTS),
        st.integers(0, 3),
    ),
    st.builds(
        lambda a, pair: Call("merge", a, tuple(pair)),
        st.sampled_from(ACTORS),
        st.lists(st.sampled_from(GUESTS), min_size=2, max_size=2, unique=True),
    ),
    st.builds(lambda a, k: Call("undo", a, (k,)), st.sampled_from(ACTORS), st.integers(0, 40)),
    st.builds(
        lambda a, r: Call("undo_run", a, (r,)), st.sampled_from(ACTORS), st.sampled_from([*ACTORS, "trigger:c0"])
    ),
)


def canonical(store: SQLiteStore, guest_id: str) -> Guest:
    guest = store.get_guest(guest_id)
    assert guest is not None
    while guest.merged_into:
        guest = store.get_guest(guest.merged_into) or guest
    return guest


def run(store: SQLiteStore, call: Call) -> None:
    ctx = context(store, call.actor)
    a = call.args
    if call.op == "add":
        functions.patch_profile(ctx, a[0], add_tags=[a[1]], allergy_severity=a[2])
    elif call.op == "remove":
        functions.patch_profile(ctx, a[0], remove_tags=[a[1]], reason="the model says so")
    elif call.op == "consent":
        functions.patch_profile(ctx, a[0], consent=a[1], venue_id=a[2])
    elif call.op == "note":
        functions.patch_profile(ctx, a[0], note=a[1])
    elif call.op == "previsit":
        functions.write_previsit_note(ctx, a[0], text=a[1])
    elif call.op == "check":
        guest = store.get_guest(a[0])
        assert guest is not None
        check = Check(
            order_id=f"o-{a[0]}-{a[2]}",
            check_id="1",
            amount=95,
            venue_id=a[1],
            customer_email=guest.email,
            customer_phone=guest.phone,
            closed_at=NOW,
        )
        pipelines.handle(ctx, CheckEvent(id=f"c{a[2]}", at=NOW, check=check))
    elif call.op == "survey":
        guest = store.get_guest(a[0])
        assert guest is not None
        answer = SurveyAnswer(id=f"s-{a[0]}-{a[2]}", email=guest.email, text=a[1])
        pipelines.handle(ctx, SurveyEvent(id=f"sv-{a[0]}-{a[2]}", at=NOW, answer=answer))
    elif call.op == "merge":
        plan = functions.merge_profiles(ctx, list(a))
        assert plan.status == "approval_needed" and not store.get_guest(a[1]).merged_into  # type: ignore[union-attr]
        if plan.approval_token:  # a manager looks at the plan and approves it
            functions.approve(context(store, "manager:alex"), plan.approval_token)
    elif call.op == "undo":
        changes = store.changes(limit=1000)
        if changes:
            functions.undo_change(ctx, change_id=changes[a[0] % len(changes)].id)
    elif call.op == "undo_run":
        functions.undo_change(ctx, run=a[0])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(calls, min_size=1, max_size=25))
def test_automation_never_breaks_consent_or_allergy_safety(sequence: list[Call]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "g.db")
        store.insert_guests(with_computed_tags(g, Thresholds()) for g in make_guests())
        store.insert_reservations(make_reservations())
        allergies = {gid: dict(_allergies(canonical(store, gid))) for gid in GUESTS}
        seen_out: set[tuple[str, str | None]] = set()  # (guest, venue or None for group-wide) ever opted out
        for call in sequence:
            last_change = max((c.id for c in store.changes(limit=1)), default=0)
            surveys_before = len(store.queued_surveys())
            _note_opt_outs(store, seen_out)
            try:
                run(store, call)
                event(f"{call.op} ran")
            except MaitreError as exc:  # refused or invalid: the invariants must hold either way
                event(f"{call.op} refused: {type(exc).__name__}")
            new_changes = [c for c in store.changes(limit=10_000) if c.id > last_change]
            new_surveys = store.queued_surveys()[surveys_before:]
            for gid in GUESTS:
                guest = canonical(store, gid)
                group_out = (gid, None) in seen_out or (guest.id, None) in seen_out
                if group_out:
                    assert not guest.marketing_opt_in.opt_in, (call, gid)
                    assert not [s for s in new_surveys if s["guest_id"] == guest.id], (call, gid)
                    assert not [
                        c
                        for c in new_changes
                        if c.entity_id == guest.id and c.field == "tag:Automation:Survey Sent" and c.after
                    ], (call, gid)
                for who, venue in seen_out:
                    if venue is not None and who in {gid, guest.id}:
                        consent = guest.venue_opt_in.get(venue)
                        assert consent is not None and not consent.opt_in, (call, gid, venue)
                        assert not [s for s in new_surveys if s["guest_id"] == guest.id and s["venue_id"] == venue]
                now = dict(_allergies(guest))
                for tag, severity in allergies[gid].items():
                    assert tag in now, (call, gid, tag)
                    assert severity_rank(now[tag]) >= severity_rank(severity), (call, gid, tag)
                allergies[gid] = now
            _note_opt_outs(store, seen_out)
            for rid in RESERVATIONS:
                reservation = store.get_reservation(rid)
                assert reservation is not None
                if reservation.client_id and not canonical(store, reservation.client_id).marketing_opt_in.opt_in:
                    assert not is_outreach(reservation.notes), (call, rid)
        store.close()


def _allergies(guest: Guest) -> list[tuple[str, str | None]]:
    return [(t, guest.tag_meta[t].severity) for t in guest.allergies()]


def _note_opt_outs(store: SQLiteStore, seen_out: set[tuple[str, str | None]]) -> None:
    for guest in store.iter_guests(include_merged=True):
        if not guest.marketing_opt_in.opt_in:
            seen_out.add((guest.id, None))
        seen_out.update((guest.id, venue) for venue, c in guest.venue_opt_in.items() if not c.opt_in)
