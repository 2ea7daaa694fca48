from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from tools.context import ToolContext
from tools.models import Consent, Guest, Reservation, TagMeta, VenueStats
from tools.spend import Thresholds, with_computed_tags
from tools.store.sqlite import SQLiteStore

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)


def fixed_clock() -> datetime:
    return NOW


def make_guests() -> list[Guest]:
    since = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        Guest(
            id="g-dana",
            first_name="Dana",
            last_name="Whitfield",
            email="dana.whitfield@gmail.com",
            phone="+12125550101",
            birthday="11-29",
            tag_meta={"Allergies:Shellfish": TagMeta(severity="severe", subject="guest", source="import")},
            notes="prefers the corner booth",
            marketing_opt_in=Consent(opt_in=True, updated_at=since, source="widget"),
            total_visits=12,
            total_covers=30,
            total_spend=2400.0,
            venue_stats={"v-harbor": VenueStats(visits=12, covers=30, spend=2400.0, last_visit=date(2026, 10, 1))},
            last_visit=date(2026, 10, 1),
            created=since,
            updated=since,
        ),
        Guest(
            id="g-dana2",
            first_name="Dana",
            last_name="Whitfeld",
            email="danawhitfield+resy@gmail.com",
            tag_meta={"Allergies:Peanut": TagMeta(severity="unspecified", subject="guest", source="booking")},
            notes="booked via Resy",
            marketing_opt_in=Consent(opt_in=False, updated_at=since, source="guest request"),
            total_visits=2,
            total_covers=4,
            total_spend=300.0,
            venue_stats={"v-fig": VenueStats(visits=2, covers=4, spend=300.0, last_visit=date(2026, 11, 1))},
            last_visit=date(2026, 11, 1),
            created=since,
            updated=since,
        ),
        Guest(
            id="g-oscar",
            first_name="Oscar",
            last_name="Outman",
            email="oscar@example.com",
            phone="+16465550102",
            marketing_opt_in=Consent(opt_in=False, updated_at=since, source="unsubscribe link"),
            total_visits=3,
            total_covers=6,
            total_spend=420.0,
            last_visit=date(2026, 9, 9),
            created=since,
        ),
        Guest(
            id="g-vera",
            first_name="Vera",
            last_name="Venue",
            email="vera@example.com",
            phone="+16465550103",
            marketing_opt_in=Consent(opt_in=True, updated_at=since, source="widget"),
            venue_opt_in={"v-fig": Consent(opt_in=False, updated_at=since, source="guest request")},
            total_visits=1,
            total_covers=2,
            total_spend=90.0,
            created=since,
        ),
        Guest(
            id="g-sam",
            first_name="Samuel",
            last_name="Okafor",
            email="sam.okafor@example.com",
            phone="+19175550104",
            tag_meta={"Dietary:Vegetarian": TagMeta(source="import")},
            marketing_opt_in=Consent(opt_in=True, updated_at=since, source="widget"),
            total_visits=0,
            created=since,
        ),
    ]


def make_reservations() -> list[Reservation]:
    return [
        Reservation(
            id="r-1",
            venue_id="v-harbor",
            client_id="g-dana",
            date=TODAY,
            arrival_time=time(19, 30),
            party_size=4,
            tags=["Occasion:Birthday"],
            client_requests="Window please",
        ),
        Reservation(
            id="r-2", venue_id="v-harbor", client_id="g-oscar", date=TODAY, arrival_time=time(20, 0), party_size=2
        ),
        Reservation(
            id="r-3", venue_id="v-fig", client_id="g-dana2", date=TODAY, arrival_time=time(18, 0), party_size=2
        ),
        Reservation(
            id="r-4",
            venue_id="v-fig",
            client_id="g-sam",
            date=TODAY,
            arrival_time=time(21, 0),
            party_size=3,
            client_requests="call me on 917-555-0104 if late",
        ),
    ]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "guests.db"


def seed(path: Path) -> Path:
    """The fixture guests and tonight's four bookings, written to a store file at ``path``."""
    s = SQLiteStore(path)
    s.insert_guests(with_computed_tags(g, Thresholds()) for g in make_guests())
    s.insert_reservations(make_reservations())
    s.close()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def db(store_path: Path) -> Path:
    """A seeded store file, closed: for subprocesses and servers to open."""
    return seed(store_path)


@pytest.fixture
def store(db: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(db)
    yield s
    s.close()


def context(store: SQLiteStore, actor: str) -> ToolContext:
    return ToolContext(store=store, actor=actor, clock=fixed_clock)


@pytest.fixture
def manager(store: SQLiteStore) -> ToolContext:
    return context(store, "manager:alex")


@pytest.fixture
def agent(store: SQLiteStore) -> ToolContext:
    return context(store, "agent:run-1")


@pytest.fixture
def trigger(store: SQLiteStore) -> ToolContext:
    return context(store, "trigger:evt-1").for_event("evt-1")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def run_maitre(
    *args: str, stdin: str | None = None, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The maitre command in a child process, as a user runs it (``env`` replaces the environment)."""
    return subprocess.run(
        [sys.executable, "-m", "agent.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=None if env is None else dict(env),
        timeout=timeout,
        check=False,
    )
