"""The embedded default store: one SQLite file in WAL mode, guests as JSON documents."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tools.errors import Conflict, StoreError
from tools.models import Change, Guest, Reservation
from tools.normalize import email_key, name_blocks, name_key, soundex
from tools.store.migrations import migrate
from tools.store.protocol import NameRow

_GUEST_COLUMNS = (
    "id, doc, version, email_key, email_alt_key, phone, phone_alt, first_key, last_key, "
    "last_sx, merged_into, total_visits, updated, name_block"
)
_GUEST_MARKS = ",".join("?" * 14)


class SQLiteStore:
    """A GuestStore over one SQLite file. Safe to share between threads; one writer at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the guest store at {path}: {exc}.") from exc
        self._lock = threading.RLock()
        self._in_txn = False
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=30000")
        self._conn.execute("PRAGMA foreign_keys=ON")
        migrate(self._conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- guests ---------------------------------------------------------------------------------

    def get_guest(self, guest_id: str) -> Guest | None:
        row = self._one("SELECT doc, version FROM guests WHERE id = ?", (guest_id,))
        return _guest(row) if row else None

    def guests_by_email(self, email_key: str) -> list[Guest]:
        return self._guests(
            "SELECT doc, version FROM guests WHERE email_key = ? UNION "
            "SELECT doc, version FROM guests WHERE email_alt_key = ?",
            (email_key, email_key),
        )

    def guests_by_phone(self, e164: str) -> list[Guest]:
        return self._guests(
            "SELECT doc, version FROM guests WHERE phone = ? UNION SELECT doc, version FROM guests WHERE phone_alt = ?",
            (e164, e164),
        )

    def name_candidates(self, tokens: list[str]) -> list[NameRow]:
        """Live guests a name search should score.

        One word: that first or last name, or a last name that sounds like it. Several words: the
        name blocks (Soundex of the last name and the first initial) of the first and last word, in
        either order, so typos, nicknames and swapped names still meet their profile.
        """
        columns = "id, coalesce(first_key, ''), coalesce(last_key, ''), total_visits"
        if len(tokens) > 1:
            first, last = tokens[0], tokens[-1]
            blocks = sorted({b for pair in (name_blocks(first, last), name_blocks(last, first)) for b in pair if b})
            live = "merged_into IS NULL"
            # ...and, for a typo that changes how the last name sounds: the first name exactly, with
            # a last name of the same initial.
            sql = (
                f"SELECT {columns} FROM guests WHERE name_block IN ({','.join('?' * len(blocks))}) AND {live} UNION "
                f"SELECT {columns} FROM guests WHERE first_key = ? AND {live} AND last_key >= ? AND last_key < ?"
            )
            initial = name_key(last, nickname=False)[:1]
            args: tuple[str, ...] = (*blocks, name_key(first), initial, initial + "\uffff")
        else:
            token = tokens[0]
            keys = sorted({k for k in (name_key(token), name_key(token, nickname=False)) if k})
            if not keys:
                return []
            marks = ",".join("?" * len(keys))
            live = "merged_into IS NULL"
            sql = (
                f"SELECT {columns} FROM guests WHERE last_sx = ? AND {live} UNION "
                f"SELECT {columns} FROM guests WHERE last_key IN ({marks}) AND {live} UNION "
                f"SELECT {columns} FROM guests WHERE first_key IN ({marks}) AND {live}"
            )
            args = (soundex(token), *keys, *keys)
        with self._lock:
            return [NameRow(*row) for row in self._conn.execute(sql, args).fetchall()]

    def get_guests(self, guest_ids: list[str]) -> list[Guest]:
        """Profiles in the order of ``guest_ids``; unknown ids are skipped."""
        if not guest_ids:
            return []
        marks = ",".join("?" * len(guest_ids))
        by_id = {
            g.id: g for g in self._guests(f"SELECT doc, version FROM guests WHERE id IN ({marks})", tuple(guest_ids))
        }
        return [by_id[i] for i in guest_ids if i in by_id]

    def guests_sharing_keys(self, *, email_keys: list[str], phones: list[str]) -> list[Guest]:
        """Live guests sharing any email key or phone: duplicate candidates, by index."""
        parts: list[str] = []
        args: list[str] = []
        for column, values in (
            ("email_key", email_keys),
            ("email_alt_key", email_keys),
            ("phone", phones),
            ("phone_alt", phones),
        ):
            if values:
                parts.append(
                    f"SELECT doc, version FROM guests WHERE {column} IN ({','.join('?' * len(values))}) "
                    "AND merged_into IS NULL"
                )
                args += values
        if not parts:
            return []
        return self._guests(" UNION ".join(parts), tuple(args))

    def iter_guests(self, *, include_merged: bool = False) -> Iterator[Guest]:
        where = "" if include_merged else " WHERE merged_into IS NULL"
        with self._lock:
            rows = self._conn.execute(f"SELECT doc, version FROM guests{where} ORDER BY id").fetchall()
        for row in rows:
            yield _guest(row)

    def count_guests(self) -> int:
        row = self._one("SELECT count(*) FROM guests WHERE merged_into IS NULL", ())
        return int(row[0]) if row else 0

    def insert_guests(self, guests: Iterable[Guest]) -> int:
        rows = [_guest_row(g.model_copy(update={"version": 1})) for g in guests]
        with self.transaction():
            before = self._conn.total_changes
            self._conn.executemany(f"INSERT OR IGNORE INTO guests ({_GUEST_COLUMNS}) VALUES ({_GUEST_MARKS})", rows)
            return self._conn.total_changes - before

    def put_guest(self, guest: Guest, expected_version: int) -> Guest:
        self._require_txn()
        stored = guest.model_copy(update={"version": expected_version + 1})
        row = _guest_row(stored)
        if expected_version == 0:
            try:
                self._conn.execute(f"INSERT INTO guests ({_GUEST_COLUMNS}) VALUES ({_GUEST_MARKS})", row)
            except sqlite3.IntegrityError as exc:
                raise Conflict(f"Guest {guest.id} already exists.") from exc
            return stored
        cur = self._conn.execute(
            "UPDATE guests SET doc=?, version=?, email_key=?, email_alt_key=?, phone=?, phone_alt=?, "
            "first_key=?, last_key=?, last_sx=?, merged_into=?, total_visits=?, updated=?, name_block=? "
            "WHERE id=? AND version=?",
            (*row[1:], guest.id, expected_version),
        )
        if cur.rowcount != 1:
            raise Conflict(f"Guest {guest.id} changed since version {expected_version}; read it again and retry.")
        return stored

    # -- reservations -----------------------------------------------------------------------------

    def get_reservation(self, reservation_id: str) -> Reservation | None:
        row = self._one("SELECT doc, version FROM reservations WHERE id = ?", (reservation_id,))
        return _reservation(row) if row else None

    def reservations_on(self, day: date, venue_id: str | None = None) -> list[Reservation]:
        sql = "SELECT doc, version FROM reservations WHERE date = ?"
        args: tuple[Any, ...] = (day.isoformat(),)
        if venue_id:
            sql += " AND venue_id = ?"
            args += (venue_id,)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY arrival_time, id", args).fetchall()
        return [_reservation(r) for r in rows]

    def merged_into(self, guest_id: str) -> list[str]:
        """The profiles merged directly into ``guest_id``."""
        with self._lock:
            rows = self._conn.execute("SELECT id FROM guests WHERE merged_into = ? ORDER BY id", (guest_id,)).fetchall()
        return [r[0] for r in rows]

    def reservations_for_guest(self, guest_id: str) -> list[Reservation]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT doc, version FROM reservations WHERE client_id = ? ORDER BY date, arrival_time", (guest_id,)
            ).fetchall()
        return [_reservation(r) for r in rows]

    def insert_reservations(self, reservations: Iterable[Reservation]) -> int:
        rows = [_reservation_row(r.model_copy(update={"version": 1})) for r in reservations]
        with self.transaction():
            before = self._conn.total_changes
            self._conn.executemany("INSERT OR IGNORE INTO reservations VALUES (?,?,?,?,?,?,?)", rows)
            return self._conn.total_changes - before

    def put_reservation(self, reservation: Reservation, expected_version: int) -> Reservation:
        self._require_txn()
        stored = reservation.model_copy(update={"version": expected_version + 1})
        row = _reservation_row(stored)
        if expected_version == 0:
            try:
                self._conn.execute("INSERT INTO reservations VALUES (?,?,?,?,?,?,?)", row)
            except sqlite3.IntegrityError as exc:
                raise Conflict(f"Reservation {reservation.id} already exists.") from exc
            return stored
        cur = self._conn.execute(
            "UPDATE reservations SET doc=?, version=?, venue_id=?, client_id=?, date=?, arrival_time=? "
            "WHERE id=? AND version=?",
            (*row[1:], reservation.id, expected_version),
        )
        if cur.rowcount != 1:
            raise Conflict(
                f"Reservation {reservation.id} changed since version {expected_version}; read it again and retry."
            )
        return stored

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE): other writers wait; all or nothing."""
        with self._lock:
            if self._in_txn:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_txn = True
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._in_txn = False

    # -- journal ---------------------------------------------------------------------------------

    def open_changeset(
        self, *, at: datetime, tool: str, actor: str, event_id: str | None, target: str, reason: str
    ) -> int:
        self._require_txn()
        cur = self._conn.execute(
            "INSERT INTO changesets (at, actor, tool, event_id, target, reason) VALUES (?,?,?,?,?,?)",
            (at.isoformat(), actor, tool, event_id, target, reason),
        )
        return int(cur.lastrowid or 0)

    def changeset_for_event(self, event_id: str, tool: str, target: str) -> int | None:
        row = self._one(
            "SELECT id FROM changesets WHERE event_id = ? AND tool = ? AND target = ?", (event_id, tool, target)
        )
        return int(row[0]) if row else None

    def record_change(self, change: Change) -> Change:
        self._require_txn()
        cur = self._conn.execute(
            "INSERT INTO changes (changeset_id, at, actor, entity, entity_id, field, before, after, reason, "
            "evidence, event_id, tool) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                change.changeset_id,
                change.at.isoformat(),
                change.actor,
                change.entity,
                change.entity_id,
                change.field,
                json.dumps(change.before),
                json.dumps(change.after),
                change.reason,
                change.evidence,
                change.event_id,
                change.tool,
            ),
        )
        return change.model_copy(update={"id": int(cur.lastrowid or 0)})

    def mark_reverted(self, change_id: int, by_change_id: int) -> None:
        self._require_txn()
        self._conn.execute("UPDATE changes SET reverted_by = ? WHERE id = ?", (by_change_id, change_id))

    def get_change(self, change_id: int) -> Change | None:
        rows = self._changes("SELECT * FROM changes WHERE id = ?", (change_id,))
        return rows[0] if rows else None

    def changes(
        self,
        *,
        entity_id: str | None = None,
        changeset_id: int | None = None,
        event_id: str | None = None,
        actor: str | None = None,
        limit: int = 50,
        before_id: int | None = None,
    ) -> list[Change]:
        where, args = [], []
        for column, value in (
            ("entity_id", entity_id),
            ("changeset_id", changeset_id),
            ("event_id", event_id),
            ("actor", actor),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if before_id is not None:
            where.append("id < ?")
            args.append(before_id)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._changes(f"SELECT * FROM changes{clause} ORDER BY id DESC LIMIT ?", (*args, limit))

    # -- approvals, outbox, decisions ---------------------------------------------------------------

    def put_approval(self, record: dict[str, Any]) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO approvals (token, doc, status, expires) VALUES (?,?,?,?)",
                (record["token"], json.dumps(record), record["status"], record["expires"]),
            )

    def get_approval(self, token: str) -> dict[str, Any] | None:
        row = self._one("SELECT doc FROM approvals WHERE token = ?", (token,))
        return json.loads(row[0]) if row else None

    def update_approval(self, token: str, **fields: Any) -> None:
        with self.transaction():
            row = self._conn.execute("SELECT doc FROM approvals WHERE token = ?", (token,)).fetchone()
            if row is None:
                return
            record = {**json.loads(row[0]), **fields}
            self._conn.execute(
                "UPDATE approvals SET doc = ?, status = ? WHERE token = ?",
                (json.dumps(record), record["status"], token),
            )

    def pending_approvals(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute("SELECT doc FROM approvals WHERE status = 'pending' ORDER BY expires").fetchall()
        return [json.loads(r[0]) for r in rows]

    def enqueue_survey(self, *, guest_id: str, venue_id: str, event_id: str, at: str) -> bool:
        with self.transaction():
            cur = self._conn.execute(
                "INSERT OR IGNORE INTO survey_outbox (guest_id, venue_id, event_id, queued_at) VALUES (?,?,?,?)",
                (guest_id, venue_id, event_id, at),
            )
            return cur.rowcount == 1

    def queued_surveys(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT guest_id, venue_id, event_id, queued_at, status FROM survey_outbox ORDER BY id"
            ).fetchall()
        keys = ("guest_id", "venue_id", "event_id", "queued_at", "status")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def not_duplicates_of(self, guest_id: str) -> set[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT b FROM not_duplicates WHERE a = ? UNION SELECT a FROM not_duplicates WHERE b = ?",
                (guest_id, guest_id),
            ).fetchall()
        return {r[0] for r in rows}

    def not_duplicate_pairs(self) -> set[tuple[str, str]]:
        with self._lock:
            return {(a, b) for a, b in self._conn.execute("SELECT a, b FROM not_duplicates").fetchall()}

    def mark_not_duplicate(self, a: str, b: str, *, actor: str, at: str) -> None:
        first, second = sorted((a, b))
        with self.transaction():
            self._conn.execute("INSERT OR IGNORE INTO not_duplicates VALUES (?,?,?,?)", (first, second, actor, at))

    # -- helpers ---------------------------------------------------------------------------------

    def _require_txn(self) -> None:
        if not self._in_txn:
            raise StoreError("Writes must run inside store.transaction().")

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        with self._lock:
            return self._conn.execute(sql, args).fetchone()

    def _guests(self, sql: str, args: tuple[Any, ...]) -> list[Guest]:
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        return [_guest(r) for r in rows]

    def _changes(self, sql: str, args: tuple[Any, ...]) -> list[Change]:
        with self._lock:
            cur = self._conn.execute(sql, args)
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        out = []
        for row in rows:
            data = dict(zip(names, row, strict=True))
            data["before"] = json.loads(data["before"]) if data["before"] is not None else None
            data["after"] = json.loads(data["after"]) if data["after"] is not None else None
            out.append(Change.model_validate(data))
        return out


def _guest(row: Any) -> Guest:
    guest = Guest.model_validate_json(row[0])
    return guest.model_copy(update={"version": row[1]})


def _reservation(row: Any) -> Reservation:
    reservation = Reservation.model_validate_json(row[0])
    return reservation.model_copy(update={"version": row[1]})


def _guest_row(g: Guest) -> tuple[Any, ...]:
    block, _ = name_blocks(g.first_name, g.last_name)
    return (
        g.id,
        g.model_dump_json(exclude={"version"}),
        g.version,
        email_key(g.email),
        email_key(g.email_alt),
        g.phone,
        g.phone_alt,
        name_key(g.first_name) or None,
        name_key(g.last_name, nickname=False) or None,
        soundex(g.last_name) or None,
        g.merged_into,
        g.total_visits,
        g.updated.isoformat() if g.updated else None,
        block,
    )


def _reservation_row(r: Reservation) -> tuple[Any, ...]:
    return (
        r.id,
        r.model_dump_json(exclude={"version"}),
        r.version,
        r.venue_id,
        r.client_id,
        r.date.isoformat(),
        r.arrival_time.isoformat(),
    )
