"""What each sender's webhook means: checked and parsed at intake, turned into typed events by the worker.

Intake rejects, with a reason and before anything is stored: a bad or missing signature (401), a
body that is not JSON (400), an event type maitre does not handle or a body of the wrong shape (422).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from pydantic import TypeAdapter, ValidationError

from agent.settings import Settings
from agent.triggers import signatures
from tools.errors import UnknownTag
from tools.events import CheckEvent, ConsentEvent, ReservationEvent, ServiceEvent, SurveyEvent
from tools.models import Check, Reservation, SurveyAnswer
from tools.vocabulary import canonical_tag

KLAVIYO_UNSUBSCRIBE = "event:klaviyo.unsubscribed_from_email_marketing"
SQUARE_TYPES = frozenset({"payment.created", "payment.updated"})
SERVICE_EVENT: TypeAdapter[ServiceEvent] = TypeAdapter(ServiceEvent)


class Rejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Accepted:
    event_id: str
    kind: str
    payload: Any


def intake(source: str, headers: Mapping[str, str], body: bytes, settings: Settings) -> list[Accepted]:
    """Verify and parse one delivery from ``source``; raises Rejected with the status to answer."""
    match source:
        case "toast":
            secret = _secret(settings.toast_webhook_secret, "MAITRE_TOAST_WEBHOOK_SECRET")
            expected = signatures.sign_toast(secret, body, headers.get("toast-timestamp", ""))
            _check(expected, headers.get("toast-signature"))
            return [_toast(_json(body))]
        case "square":
            secret = _secret(settings.square_webhook_secret, "MAITRE_SQUARE_WEBHOOK_SECRET")
            url = settings.square_notification_url or ""
            _check(signatures.sign_square(secret, url, body), headers.get("x-square-hmacsha256-signature"))
            return [_square(_json(body))]
        case "klaviyo":
            secret = _secret(settings.klaviyo_webhook_secret, "MAITRE_KLAVIYO_WEBHOOK_SECRET")
            expected = signatures.sign_klaviyo(secret, body, headers.get("klaviyo-timestamp", ""))
            _check(expected, headers.get("klaviyo-signature"))
            return [_klaviyo(_json(body))]
        case "survey":
            secret = _secret(settings.survey_webhook_secret, "MAITRE_SURVEY_WEBHOOK_SECRET")
            _check(secret, headers.get("x-maitre-secret"))
            return [_survey(_json(body))]
        case "sevenrooms":
            secret = _secret(settings.sevenrooms_webhook_secret, "MAITRE_SEVENROOMS_WEBHOOK_SECRET")
            _check(secret, headers.get("x-maitre-secret"))
            return _sevenrooms(_json(body))
    raise Rejected(404, f"No webhook for {source!r}.")


def events(source: str, kind: str, payload: Any) -> list[ServiceEvent]:
    """The typed events an accepted delivery carries (a Toast order may close several checks)."""
    match source, kind:
        case "toast", _:
            return _toast_checks(payload)
        case "square", _:
            return _square_checks(payload)
        case "klaviyo", _:
            email = _klaviyo_email(payload) or ""
            return [ConsentEvent(id=f"klaviyo:{payload['id']}", at=_now(), email=email, source="klaviyo")]
        case "survey", _:
            answer = SurveyAnswer.model_validate(payload)
            return [SurveyEvent(id=f"survey:{answer.id}", at=answer.received_at or _now(), answer=answer)]
        case "sevenrooms", "reservation":
            reservation = _sevenrooms_reservation(payload["entity"])
            return [
                ReservationEvent(
                    id=f"sevenrooms:{reservation.id}:{payload['entity'].get('updated', '')}",
                    at=_now(),
                    reservation=reservation,
                )
            ]
        case "sevenrooms", _:
            return []  # client profiles are read by the SevenRooms sync, not from the webhook
        case "replay", _:
            return [SERVICE_EVENT.validate_python(payload)]
    raise ValueError(f"no events for {source}/{kind}")


# -- Toast --------------------------------------------------------------------------------------------


def _toast(body: Any) -> Accepted:
    if not isinstance(body, dict) or "eventType" not in body:
        raise Rejected(422, "A Toast webhook carries eventType, guid and details.order.")
    if body["eventType"] != "order_updated":
        raise Rejected(422, f"Toast event type {body['eventType']!r} is not handled; maitre handles order_updated.")
    order = (body.get("details") or {}).get("order")
    if not isinstance(body.get("guid"), str) or not isinstance(order, dict) or not isinstance(order.get("guid"), str):
        raise Rejected(422, "A Toast order_updated event needs guid and details.order.guid.")
    return Accepted(body["guid"], "order_updated", body)


def _toast_checks(body: dict[str, Any]) -> list[ServiceEvent]:
    order = body["details"]["order"]
    venue = str(body["details"].get("restaurantGuid") or "toast")
    out: list[ServiceEvent] = []
    for check in order.get("checks") or []:
        if check.get("paymentStatus") != "CLOSED" or check.get("voided") or check.get("deleted"):
            continue  # a check counts once it is closed; a reopened check is skipped until it closes again
        customer = check.get("customer") or {}
        name = " ".join(x for x in (customer.get("firstName"), customer.get("lastName")) if x) or None
        closed = _when(check.get("closedDate")) or _when(body.get("timestamp")) or _now()
        tip = sum(float(p.get("tipAmount") or 0) for p in check.get("payments") or [])
        out.append(
            CheckEvent(
                id=f"toast:{order['guid']}:{check['guid']}",
                at=closed,
                check=Check(
                    source="toast",
                    order_id=order["guid"],
                    check_id=str(check["guid"]),
                    status="CLOSED",
                    closed_at=closed,
                    amount=float(check.get("amount") or 0),
                    tax=float(check.get("taxAmount") or 0),
                    tip=tip,
                    total=float(check.get("totalAmount") or 0),
                    covers=int(order.get("numberOfGuests") or 1),
                    customer_email=customer.get("email") or None,
                    customer_phone=customer.get("phone") or None,
                    customer_name=name,
                    venue_id=venue,
                ),
            )
        )
    return out


# -- Square -------------------------------------------------------------------------------------------


def _square(body: Any) -> Accepted:
    if not isinstance(body, dict) or not isinstance(body.get("event_id"), str) or "type" not in body:
        raise Rejected(422, "A Square notification carries event_id, type and data.")
    if body["type"] not in SQUARE_TYPES:
        raise Rejected(422, f"Square event type {body['type']!r} is not handled; maitre handles payments.")
    payment = ((body.get("data") or {}).get("object") or {}).get("payment")
    if not isinstance(payment, dict) or "id" not in payment:
        raise Rejected(422, "A Square payment event needs data.object.payment.id.")
    return Accepted(body["event_id"], body["type"], body)


def _square_checks(body: dict[str, Any]) -> list[ServiceEvent]:
    payment = body["data"]["object"]["payment"]
    if payment.get("status") != "COMPLETED":
        return []

    def money(key: str) -> float:
        return float((payment.get(key) or {}).get("amount") or 0) / 100  # smallest currency unit

    closed = _when(payment.get("updated_at")) or _when(body.get("created_at")) or _now()
    return [
        CheckEvent(
            id=f"square:{payment['id']}",
            at=closed,
            check=Check(
                source="square",
                order_id=str(payment.get("order_id") or payment["id"]),
                check_id=str(payment["id"]),
                status="CLOSED",
                closed_at=closed,
                amount=money("amount_money"),
                tip=money("tip_money"),
                total=money("total_money"),
                customer_email=payment.get("buyer_email_address") or None,
                venue_id=str(payment.get("location_id") or "square"),
            ),
        )
    ]


# -- Klaviyo, surveys, SevenRooms -----------------------------------------------------------------------


def _klaviyo(body: Any) -> Accepted:
    if not isinstance(body, dict) or not isinstance(body.get("id"), str):
        raise Rejected(422, "A Klaviyo webhook carries id and topic.")
    if body.get("topic") != KLAVIYO_UNSUBSCRIBE:
        raise Rejected(
            422, f"Klaviyo topic {body.get('topic')!r} is not handled; maitre handles {KLAVIYO_UNSUBSCRIBE}."
        )
    if not _klaviyo_email(body):
        raise Rejected(422, "The Klaviyo unsubscribe names no profile email.")
    return Accepted(body["id"], "unsubscribed", body)


def _klaviyo_email(body: dict[str, Any]) -> str | None:
    attributes = (body.get("data") or {}).get("attributes") or {}
    for value in (body.get("email"), attributes.get("email"), (attributes.get("profile") or {}).get("email")):
        if isinstance(value, str) and "@" in value:
            return value
    return None


def _survey(body: Any) -> Accepted:
    try:
        answer = SurveyAnswer.model_validate(body)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise Rejected(422, f"Survey answer field {'.'.join(map(str, error['loc']))}: {error['msg']}.") from None
    if not answer.email and not answer.reservation_id:
        raise Rejected(422, "A survey answer needs an email or a reservation_id to find the guest.")
    return Accepted(answer.id, "answer", answer.model_dump(mode="json"))


def _sevenrooms(body: Any) -> list[Accepted]:
    items = body if isinstance(body, list) else [body]
    accepted = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("entity"), dict) or "entity_type" not in item:
            raise Rejected(422, "A SevenRooms envelope is a list of {entity_type, event_type, entity, updates}.")
        kind, entity = str(item["entity_type"]).lower(), item["entity"]
        if kind not in {"reservation", "client"} or not entity.get("id"):
            raise Rejected(422, f"SevenRooms entity type {item['entity_type']!r} is not handled, or has no id.")
        if kind == "reservation":
            try:
                _sevenrooms_reservation(entity)
            except (ValidationError, ValueError, KeyError) as exc:
                raise Rejected(422, f"SevenRooms reservation {entity.get('id')}: {_reason(exc)}.") from None
        accepted.append(Accepted(f"{kind}:{entity['id']}:{entity.get('updated', '')}", kind, item))
    return accepted


def _sevenrooms_reservation(entity: dict[str, Any]) -> Reservation:
    tags = []
    for raw in entity.get("tags") or []:
        text = (
            raw if isinstance(raw, str) else f"{raw.get('group') or raw.get('tag_group') or ''}:{raw.get('tag') or ''}"
        )
        try:
            tags.append(canonical_tag(text))
        except UnknownTag:
            continue  # a venue's own reservation tags that maitre has no use for
    return Reservation(
        id=str(entity["id"]),
        venue_id=str(entity.get("venue_id") or "sevenrooms"),
        client_id=_clean(entity.get("client_id")),
        date=date.fromisoformat(str(entity["date"])),
        arrival_time=_arrival(str(entity.get("arrival_time") or "19:00")),
        party_size=int(entity.get("max_guests") or entity.get("party_size") or 1),
        status=str(entity.get("status") or "CONFIRMED"),
        client_requests=_clean(entity.get("client_requests")) or "",
        tags=tags,
        source=str(entity.get("source") or entity.get("reservation_type") or "sevenrooms"),
    )


# -- shared ---------------------------------------------------------------------------------------------


def _secret(value: Any, name: str) -> str:
    if value is None:
        raise Rejected(503, f"This webhook is off: set {name} to its shared secret.")
    return str(value.get_secret_value())


def _check(expected: str, given: str | None) -> None:
    if not signatures.matches(expected, given):
        raise Rejected(401, "The signature is missing or does not match; nothing was stored.")


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise Rejected(400, f"The body is not valid JSON ({getattr(exc, 'msg', 'not UTF-8')}).") from None


def _when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _arrival(text: str) -> time:
    """SevenRooms sends venue-local times like "7:30:00 PM"; 24-hour "19:30" works too."""
    match = re.match(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?\s*$", text)
    if not match:
        raise ValueError(f"arrival_time {text!r} is not a time")
    hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").upper()
    if half == "PM" and hour < 12:
        hour += 12
    if half == "AM" and hour == 12:
        hour = 0
    return time(hour, minute)


def _clean(value: Any) -> str | None:
    return None if value in (None, "", "None") else str(value)


def _now() -> datetime:
    return datetime.now(UTC)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        return f"{'.'.join(map(str, error['loc']))}: {error['msg']}"
    return str(exc)
