"""The SQLite store: schema versioning, WAL, indexes, and no lost update between two writers."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests.conftest import context
from tools import functions
from tools.errors import Conflict, StoreError
from tools.store.migrations import MIGRATIONS
from tools.store.sqlite import SQLiteStore


def test_a_new_store_is_at_the_latest_schema_in_wal_mode(store_path: Path) -> None:
    SQLiteStore(store_path).close()
    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"guests_email", "guests_phone", "guests_last", "guests_last_sx"} <= indexes


def test_a_store_from_a_newer_maitre_is_refused(store_path: Path) -> None:
    SQLiteStore(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this maitre"):
        SQLiteStore(store_path)


def test_email_lookup_uses_the_index(store: SQLiteStore, store_path: Path) -> None:
    conn = sqlite3.connect(store_path)
    plan = " ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT doc FROM guests WHERE email_key = 'x'"))
    assert "guests_email" in plan


def test_two_writers_on_the_same_guest_lose_no_update(store: SQLiteStore, store_path: Path) -> None:
    other = SQLiteStore(store_path)  # a second connection, as a second process would have
    tags = [f"Seating:{t}" for t in ("Window", "Booth", "Quiet Table", "Patio", "Bar Seat", "Private Room")]
    errors: list[BaseException] = []

    def write(s: SQLiteStore, mine: list[str], name: str) -> None:
        try:
            for tag in mine:
                functions.patch_profile(context(s, f"agent:{name}"), "g-sam", add_tags=[tag], note=f"{name} {tag}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(store, tags[::2], "a")),
        threading.Thread(target=write, args=(other, tags[1::2], "b")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    guest = SQLiteStore(store_path).get_guest("g-sam")
    assert guest is not None
    assert set(tags) <= set(guest.tags)
    assert all(f"{tag}" in guest.notes for tag in tags)
    assert guest.version == 1 + len(tags)
    other.close()


def test_a_write_based_on_a_stale_read_is_a_conflict(store: SQLiteStore, store_path: Path) -> None:
    other = SQLiteStore(store_path)
    seen = store.get_guest("g-sam")
    assert seen is not None
    functions.patch_profile(context(other, "agent:b"), "g-sam", add_tags=["Seating:Patio"])
    with pytest.raises(Conflict, match="read it again"):
        functions.patch_profile(
            context(store, "agent:a"), "g-sam", add_tags=["Seating:Booth"], expected_version=seen.version
        )
    assert "Seating:Booth" not in (store.get_guest("g-sam") or seen).tags
    other.close()


def test_writes_outside_a_transaction_are_refused(store: SQLiteStore) -> None:
    guest = store.get_guest("g-sam")
    assert guest is not None
    with pytest.raises(StoreError, match=r"inside store\.transaction"):
        store.put_guest(guest, guest.version)
