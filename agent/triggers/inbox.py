"""The durable inbox: every accepted webhook is on disk before it is acknowledged, once per event id.

A worker claims due items, applies them, and marks them done; failures back off and, after a few
tries, go to the dead-letter list with their reason. It is its own SQLite file beside the guest store,
so intake never waits behind a long write to the profiles.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tools.errors import InvalidInput, NotFound

SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    UNIQUE (source, event_id)
);
CREATE INDEX IF NOT EXISTS inbox_due ON inbox(status, next_attempt_at, id);
"""
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Item:
    id: int
    source: str
    event_id: str
    kind: str
    payload: Any
    received_at: str
    status: str
    attempts: int
    next_attempt_at: str
    last_error: str
    outcome: str


def inbox_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.stem + "-inbox.db")


class Inbox:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # an acknowledged event survives a power cut
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def accept(
        self, *, source: str, event_id: str, kind: str, payload: Any, now: datetime | None = None
    ) -> tuple[int, bool]:
        """Store one event; returns (inbox id, True when this delivery was new)."""
        stamp = (now or datetime.now(UTC)).isoformat()
        with self._lock:
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO inbox (source, event_id, kind, payload, received_at, next_attempt_at) "
                "VALUES (?,?,?,?,?,?)",
                (source, event_id, kind, json.dumps(payload), stamp, stamp),
            )
            if cur.rowcount == 1:
                return int(cur.lastrowid or 0), True
            row = self._conn.execute(
                "SELECT id FROM inbox WHERE source = ? AND event_id = ?", (source, event_id)
            ).fetchone()
            return int(row[0]), False

    def claim(self, now: datetime | None = None) -> Item | None:
        """The oldest pending item that is due, or None."""
        stamp = (now or datetime.now(UTC)).isoformat()
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM inbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT 1", (stamp,)
            ).fetchone()
        return _item(row) if row else None

    def done(self, item_id: int, outcome: str) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE inbox SET status = 'done', attempts = attempts + 1, outcome = ? WHERE id = ?",
                (outcome, item_id),
            )

    def failed(self, item_id: int, error: str, now: datetime | None = None) -> str:
        """Back off (2, 4, 8, 16 s), then dead-letter; returns the new status."""
        now = now or datetime.now(UTC)
        with self._lock:
            attempts = int(self._conn.execute("SELECT attempts FROM inbox WHERE id = ?", (item_id,)).fetchone()[0]) + 1
            status = "dead" if attempts >= MAX_ATTEMPTS else "pending"
            due = (now + timedelta(seconds=2**attempts)).isoformat()
            self._conn.execute(
                "UPDATE inbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                (status, attempts, error[:500], due, item_id),
            )
        return status

    def retry(self, item_id: int) -> None:
        item = self.get(item_id)
        if item.status == "done":
            raise InvalidInput(f"Inbox item {item_id} was applied already; nothing to retry.")
        with self._lock:
            self._conn.execute(
                "UPDATE inbox SET status = 'pending', next_attempt_at = ?, last_error = '' WHERE id = ?",
                (datetime.now(UTC).isoformat(), item_id),
            )

    def get(self, item_id: int) -> Item:
        with self._lock:
            row = self._conn.execute("SELECT * FROM inbox WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise NotFound(f"No inbox item {item_id}; maitre inbox lists them.")
        return _item(row)

    def items(self, *, status: str | None = None, limit: int = 50) -> list[Item]:
        sql, args = "SELECT * FROM inbox", tuple[str, ...]()
        if status:
            sql, args = sql + " WHERE status = ?", (status,)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [_item(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._conn.execute("SELECT status, count(*) FROM inbox GROUP BY status").fetchall()
        return {status: int(n) for status, n in rows}


def _item(row: Any) -> Item:
    values = list(row)
    values[4] = json.loads(values[4])
    return Item(*values)
