"""Signed webhook bodies as Toast, Square, Klaviyo, the survey form and SevenRooms send them."""

from __future__ import annotations

import json
from typing import Any

from agent.triggers import signatures

SECRETS = {
    "MAITRE_TOAST_WEBHOOK_SECRET": "toast-secret",
    "MAITRE_SQUARE_WEBHOOK_SECRET": "square-secret",
    "MAITRE_SQUARE_NOTIFICATION_URL": "https://maitre.example/webhooks/square",
    "MAITRE_KLAVIYO_WEBHOOK_SECRET": "klaviyo-secret",
    "MAITRE_SURVEY_WEBHOOK_SECRET": "survey-secret",
    "MAITRE_SEVENROOMS_WEBHOOK_SECRET": "sevenrooms-secret",
}


def toast_order(
    event_guid: str,
    order_guid: str,
    check_guid: str,
    *,
    status: str = "CLOSED",
    email: str | None = None,
    amount: float = 120.0,
    guests: int = 2,
) -> dict[str, Any]:
    return {
        "timestamp": "2026-11-27T21:00:00.000+0000",
        "eventCategory": "orders",
        "eventType": "order_updated",
        "guid": event_guid,
        "details": {
            "restaurantGuid": "v-harbor",
            "order": {
                "guid": order_guid,
                "numberOfGuests": guests,
                "businessDate": 20261127,
                "checks": [
                    {
                        "guid": check_guid,
                        "paymentStatus": status,
                        "closedDate": "2026-11-27T21:00:00.000+0000" if status == "CLOSED" else None,
                        "amount": amount,
                        "taxAmount": round(amount * 0.08875, 2),
                        "totalAmount": round(amount * 1.08875, 2),
                        "customer": {"firstName": "Sam", "lastName": "Okafor", "email": email, "phone": None},
                        "payments": [{"tipAmount": 20.0}],
                    }
                ],
            },
        },
    }


def signed(source: str, body: Any, *, timestamp: str = "1764277200") -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    return raw, sign_raw(source, raw, timestamp=timestamp)


def sign_raw(source: str, raw: bytes, *, timestamp: str = "1764277200") -> dict[str, str]:
    """The headers a sender puts on ``raw``, signed with the test secrets."""
    match source:
        case "toast":
            sig = signatures.sign_toast(SECRETS["MAITRE_TOAST_WEBHOOK_SECRET"], raw, timestamp)
            return {"Toast-Signature": sig, "Toast-Timestamp": timestamp, "Toast-Event-Type": "order_updated"}
        case "square":
            url = SECRETS["MAITRE_SQUARE_NOTIFICATION_URL"]
            return {
                "x-square-hmacsha256-signature": signatures.sign_square(
                    SECRETS["MAITRE_SQUARE_WEBHOOK_SECRET"], url, raw
                )
            }
        case "klaviyo":
            sig = signatures.sign_klaviyo(SECRETS["MAITRE_KLAVIYO_WEBHOOK_SECRET"], raw, timestamp)
            return {"Klaviyo-Signature": sig, "Klaviyo-Timestamp": timestamp}
        case "survey":
            return {"X-Maitre-Secret": SECRETS["MAITRE_SURVEY_WEBHOOK_SECRET"]}
        case _:
            return {"X-Maitre-Secret": SECRETS["MAITRE_SEVENROOMS_WEBHOOK_SECRET"]}
