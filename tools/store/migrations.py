"""The SQLite schema, as numbered migrations tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3
from typing import Final

from tools.errors import StoreError

MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: guests as JSON documents with indexed match keys; reservations; the journal.
    """
    CREATE TABLE guests (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        version INTEGER NOT NULL,
        email_key TEXT,
        email_alt_key TEXT,
        phone TEXT,
        phone_alt TEXT,
        first_key TEXT,
        last_key TEXT,
        last_sx TEXT,
        merged_into TEXT,
        total_visits INTEGER NOT NULL DEFAULT 0,
        updated TEXT,
        name_block TEXT
    );
    CREATE INDEX guests_email ON guests(email_key);
    CREATE INDEX guests_email_alt ON guests(email_alt_key) WHERE email_alt_key IS NOT NULL;
    CREATE INDEX guests_phone ON guests(phone);
    CREATE INDEX guests_phone_alt ON guests(phone_alt) WHERE phone_alt IS NOT NULL;
    CREATE INDEX guests_last ON guests(last_key, merged_into, first_key, total_visits, id);
    CREATE INDEX guests_first ON guests(first_key, merged_into, last_key, total_visits, id);
    CREATE INDEX guests_last_sx ON guests(last_sx, merged_into, first_key, last_key, total_visits, id);
    CREATE INDEX guests_merged ON guests(merged_into) WHERE merged_into IS NOT NULL;
    CREATE INDEX guests_block ON guests(name_block, merged_into, first_key, last_key, total_visits, id);

    CREATE TABLE reservations (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        version INTEGER NOT NULL,
        venue_id TEXT NOT NULL,
        client_id TEXT,
        date TEXT NOT NULL,
        arrival_time TEXT NOT NULL
    );
    CREATE INDEX reservations_day ON reservations(date, venue_id, arrival_time);
    CREATE INDEX reservations_client ON reservations(client_id);

    CREATE TABLE changesets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        tool TEXT NOT NULL,
        event_id TEXT,
        target TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX changesets_event ON changesets(event_id, tool, target) WHERE event_id IS NOT NULL;

    CREATE TABLE changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        changeset_id INTEGER NOT NULL REFERENCES changesets(id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        before TEXT,
        after TEXT,
        reason TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        event_id TEXT,
        tool TEXT NOT NULL DEFAULT '',
        reverted_by INTEGER
    );
    CREATE INDEX changes_entity ON changes(entity_id, id);
    CREATE INDEX changes_changeset ON changes(changeset_id);
    CREATE INDEX changes_event ON changes(event_id) WHERE event_id IS NOT NULL;
    CREATE INDEX changes_actor ON changes(actor, id);

    CREATE TABLE approvals (
        token TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        status TEXT NOT NULL,
        expires TEXT NOT NULL
    );

    CREATE TABLE survey_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guest_id TEXT NOT NULL,
        venue_id TEXT NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        queued_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'queued'
    );

    CREATE TABLE not_duplicates (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE INDEX not_duplicates_b ON not_duplicates(b);
    """,
)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to the newest version; return it. Each step runs in its own transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        raise StoreError(
            f"This store has schema version {current}, newer than this maitre ({len(MIGRATIONS)}); upgrade maitre."
        )
    for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
