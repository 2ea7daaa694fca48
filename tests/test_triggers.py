"""`maitre serve` on loopback: real signed HTTP requests, the inbox, the worker, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest

from agent.triggers.inbox import Inbox, inbox_path
from tests.conftest import free_port
from tests.webhooks import SECRETS, sign_raw, signed, toast_order
from tools.store.sqlite import SQLiteStore


@contextmanager
def service(db: Path, port: int | None = None) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = port or free_port()
    env = {**os.environ, **SECRETS}
    log = db.with_suffix(".serve.log").open("ab")
    with subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "serve", "--port", str(port), "--store", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    ) as process:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx2.get(url + "/healthz", timeout=0.5)
                break
            except httpx2.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(db.with_suffix(".serve.log").read_text()) from None
                time.sleep(0.1)
        try:
            yield url, process
        finally:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
            log.close()


def post(url: str, source: str, body: Any) -> httpx2.Response:
    raw, headers = signed(source, body)
    return httpx2.post(f"{url}/webhooks/{source}", content=raw, headers={**headers, "Content-Type": "application/json"})


def settle(db: Path, timeout: float = 20) -> dict[str, int]:
    """Wait until the worker has nothing pending; return the inbox counts."""
    box = Inbox(inbox_path(db))
    deadline = time.monotonic() + timeout
    while (counts := box.counts()).get("pending") and time.monotonic() < deadline:
        time.sleep(0.05)
    box.close()
    return counts


def journal_size(db: Path) -> int:
    return int(sqlite3.connect(db).execute("SELECT count(*) FROM changes").fetchone()[0])


def test_a_closed_check_is_applied_once_even_delivered_twice_or_out_of_order(db: Path) -> None:
    with service(db) as (url, _):
        closed = toast_order("evt-2", "ord-1", "chk-1", email="SAM.OKAFOR@example.com", amount=150)
        opened = toast_order("evt-1", "ord-1", "chk-1", status="OPEN", email="sam.okafor@example.com", amount=150)
        assert post(url, "toast", closed).status_code == 200
        again = post(url, "toast", closed)
        assert again.status_code == 200 and again.json()["duplicates"] == 1
        assert post(url, "toast", opened).status_code == 200  # the earlier event, arriving late
        assert settle(db) == {"done": 2}
    guest = SQLiteStore(db).get_guest("g-sam")
    assert guest is not None and guest.total_visits == 1 and guest.total_spend == 150.0
    assert "Automation:Survey Sent" in guest.tags


def test_a_check_that_reopens_and_closes_again_counts_once(db: Path) -> None:
    with service(db) as (url, _):
        for n, status in enumerate(["CLOSED", "OPEN", "CLOSED"]):
            body = toast_order(f"evt-{n}", "ord-9", "chk-9", status=status, email="sam.okafor@example.com", amount=80)
            assert post(url, "toast", body).status_code == 200
        settle(db)
    guest = SQLiteStore(db).get_guest("g-sam")
    assert guest is not None and guest.total_visits == 1 and guest.total_spend == 80.0


SIGNED = None  # sign the body correctly, so only its content is at fault


@pytest.mark.parametrize(
    ("source", "raw", "headers", "status", "reason"),
    [
        ("toast", b'{"eventType": "order_updated"}', {"Toast-Signature": "bm90IGl0"}, 401, "signature"),
        ("toast", b"{not json", SIGNED, 400, "not valid JSON"),
        ("toast", b'{"eventType": "menus_updated", "guid": "x"}', SIGNED, 422, "'menus_updated' is not handled"),
        ("square", b'{"event_id": "e", "type": "refund.created", "data": {}}', SIGNED, 422, "not handled"),
        ("klaviyo", b'{"id": "k1", "topic": "event:klaviyo.opened_email"}', SIGNED, 422, "not handled"),
        ("survey", b'{"id": "s1", "text": "hi"}', {"X-Maitre-Secret": "wrong"}, 401, "signature"),
        ("survey", b'{"id": "s1", "text": "hi"}', SIGNED, 422, "needs an email or a reservation_id"),
        ("sevenrooms", b'[{"entity_type": "venue", "entity": {"id": 1}}]', SIGNED, 422, "not handled"),
        ("pos9000", b"{}", {}, 404, "No webhook"),
    ],
)
def test_bad_deliveries_get_a_4xx_with_a_reason_and_write_nothing(
    db: Path, source: str, raw: bytes, headers: dict[str, str] | None, status: int, reason: str
) -> None:
    before = journal_size(db)
    with service(db) as (url, _):
        response = httpx2.post(f"{url}/webhooks/{source}", content=raw, headers=headers or sign_raw(source, raw))
        assert response.status_code == status, response.text
        assert reason in response.json()["reason"]
        assert httpx2.get(url + "/healthz").json()["inbox"] == {}
    assert journal_size(db) == before


def test_survey_square_klaviyo_and_sevenrooms_events_reach_the_profiles(db: Path) -> None:
    with service(db) as (url, _):
        survey = {
            "id": "sv-1",
            "email": "sam.okafor@example.com",
            "question": "Anything we should know?",
            "text": "I have a severe sesame allergy, EpiPen.",
            "received_at": "2026-11-27T23:00:00Z",
        }
        assert post(url, "survey", survey).status_code == 200
        square = {
            "merchant_id": "m",
            "type": "payment.updated",
            "event_id": "sq-1",
            "created_at": "2026-11-27T22:00:00Z",
            "data": {
                "object": {
                    "payment": {
                        "id": "p-1",
                        "order_id": "o-1",
                        "status": "COMPLETED",
                        "amount_money": {"amount": 9000, "currency": "USD"},
                        "tip_money": {"amount": 1500},
                        "total_money": {"amount": 10500},
                        "buyer_email_address": "vera@example.com",
                        "location_id": "v-fig",
                    }
                }
            },
        }
        assert post(url, "square", square).status_code == 200
        klaviyo = {
            "id": "kl-1",
            "topic": "event:klaviyo.unsubscribed_from_email_marketing",
            "data": {"attributes": {"profile": {"email": "dana.whitfield@gmail.com"}}},
        }
        assert post(url, "klaviyo", klaviyo).status_code == 200
        booking = [
            {
                "entity_type": "reservation",
                "event_type": "updated",
                "updates": ["max_guests"],
                "entity": {
                    "id": "r-1",
                    "venue_id": "v-harbor",
                    "client_id": "g-dana",
                    "date": "2026-11-27",
                    "arrival_time": "7:30:00 PM",
                    "max_guests": 6,
                    "status": "CONFIRMED",
                    "tags": ["Occasion:Birthday"],
                    "client_requests": "None",
                    "updated": "2026-11-27T15:00:00Z",
                },
            }
        ]
        assert post(url, "sevenrooms", booking).status_code == 200
        assert settle(db) == {"done": 4}
    store = SQLiteStore(db)
    sam, vera, dana = (store.get_guest(g) for g in ("g-sam", "g-vera", "g-dana"))
    assert sam is not None and sam.tag_meta["Allergies:Sesame"].severity == "severe"
    assert vera is not None and vera.total_spend == 90.0 + 90.0 and vera.venue_stats["v-fig"].visits == 1
    assert dana is not None and not dana.marketing_opt_in.opt_in
    reservation = store.get_reservation("r-1")
    assert reservation is not None and reservation.party_size == 6
    assert reservation.notes.startswith("• ALLERGY: Shellfish (SEVERE)")


def test_a_sigkill_mid_stream_applies_every_accepted_event_exactly_once(db: Path) -> None:
    port = free_port()
    events = [toast_order(f"evt-{n}", f"ord-{n}", "1", email="sam.okafor@example.com", amount=10) for n in range(80)]
    with service(db, port) as (url, process):
        accepted = sum(post(url, "toast", body).status_code == 200 for body in events)
        box = Inbox(inbox_path(db))
        while box.counts().get("done", 0) < 3:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        killed_with = box.counts()
        box.close()
    assert accepted == 80 and killed_with.get("pending", 0) > 0  # it died mid-stream
    with service(db, port):
        assert settle(db) == {"done": 80}
    guest = SQLiteStore(db).get_guest("g-sam")
    assert guest is not None and guest.total_visits == 80 and guest.total_spend == 800.0
    checks = (
        sqlite3.connect(db)
        .execute("SELECT event_id, count(*) FROM changesets WHERE tool = 'record_check' GROUP BY event_id")
        .fetchall()
    )
    assert len(checks) == 80 and {n for _, n in checks} == {1}


def test_healthz_answers(db: Path) -> None:
    with service(db) as (url, _):
        assert httpx2.get(url + "/healthz").json() == {"ok": True, "inbox": {}}
