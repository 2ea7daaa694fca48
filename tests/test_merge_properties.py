"""Merges a restaurant can trust: over random profiles, no merge drops an allergy, a dietary tag, an
opt-out or a note, and undo restores every merged profile exactly."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import context
from tools import functions
from tools.fields import flatten_guest
from tools.models import Consent, Guest, Severity, Subject, TagMeta, VenueStats
from tools.results import MergeResult
from tools.spend import Thresholds, with_computed_tags
from tools.store.sqlite import SQLiteStore
from tools.vocabulary import VOCABULARY, severity_rank

SINCE = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Spec:
    allergies: dict[str, tuple[Severity, Subject]]
    dietary: set[str]
    seating: set[str]
    opt_in: bool
    venue_opt_outs: set[str]
    notes: str
    visits: int


specs = st.builds(
    Spec,
    allergies=st.dictionaries(
        st.sampled_from(VOCABULARY["Allergies"]),
        st.tuples(st.sampled_from(["severe", "unspecified", "intolerance"]), st.sampled_from(["guest", "party"])),
        max_size=3,
    ),
    dietary=st.sets(st.sampled_from(VOCABULARY["Dietary"]), max_size=2),
    seating=st.sets(st.sampled_from(VOCABULARY["Seating"]), max_size=2),
    opt_in=st.booleans(),
    venue_opt_outs=st.sets(st.sampled_from(["v-harbor", "v-fig"]), max_size=2),
    notes=st.sampled_from(["", "likes the booth", "VIP\ncomp dessert last time", "wife's birthday in March"]),
    visits=st.integers(0, 30),
)


def guest(number: int, spec: Spec) -> Guest:
    meta = {f"Allergies:{a}": TagMeta(severity=s, subject=w, source="test") for a, (s, w) in spec.allergies.items()}
    meta |= {f"Dietary:{d}": TagMeta(source="test") for d in spec.dietary}
    meta |= {f"Seating:{x}": TagMeta(source="test") for x in spec.seating}
    return with_computed_tags(
        Guest(
            id=f"g-{number}",
            first_name="Dana",
            last_name="Whitfield",
            email=f"dana{number}@example.com",
            tag_meta=meta,
            notes=spec.notes,
            marketing_opt_in=Consent(opt_in=spec.opt_in, updated_at=SINCE),
            venue_opt_in={v: Consent(opt_in=False, updated_at=SINCE) for v in spec.venue_opt_outs},
            total_visits=spec.visits,
            total_spend=spec.visits * 85.0,
            venue_stats={"v-harbor": VenueStats(visits=spec.visits, spend=spec.visits * 85.0)} if spec.visits else {},
            last_visit=date(2026, 1, 1 + spec.visits % 28) if spec.visits else None,
            created=SINCE,
        ),
        Thresholds(),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(specs, min_size=2, max_size=4))
def test_a_merge_keeps_every_allergy_diet_opt_out_and_note_and_undo_restores_it(profiles: list[Spec]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "g.db")
        members = [guest(n, spec) for n, spec in enumerate(profiles)]
        store.insert_guests(members)
        before = {g.id: flatten_guest(stored) for g in members if (stored := store.get_guest(g.id))}
        manager = context(store, "manager:alex")
        plan = functions.merge_profiles(manager, [g.id for g in members])
        assert plan.approval_token
        result = functions.approve(manager, plan.approval_token)
        assert isinstance(result, MergeResult)
        survivor = store.get_guest(result.canonical_id)
        assert survivor is not None
        for member in members:
            for tag, meta in member.tag_meta.items():
                if tag.startswith("Allergies:"):
                    kept = survivor.tag_meta.get(tag)
                    assert kept is not None and severity_rank(kept.severity) >= severity_rank(meta.severity)
                if tag.startswith("Dietary:"):
                    assert tag in survivor.tags
            if not member.marketing_opt_in.opt_in:
                assert not survivor.marketing_opt_in.opt_in
            for venue, consent in member.venue_opt_in.items():
                assert not consent.opt_in and not survivor.venue_opt_in[venue].opt_in
            for line in member.notes.splitlines():
                assert line in survivor.notes
        assert survivor.total_visits == sum(m.total_visits for m in members)
        change = store.changes(changeset_id=result.changeset_id, limit=1)[0]
        functions.undo_change(manager, change_id=change.id)
        after = {g.id: flatten_guest(stored) for g in members if (stored := store.get_guest(g.id))}
        assert after == before
        store.close()
