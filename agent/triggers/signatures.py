"""Webhook signature checks, one function per sender, compared in constant time.

What each vendor signs is kept here and nowhere else (see shared/reference/integrations.md):
Toast signs the raw body followed by its timestamp header, Square the notification URL followed by
the raw body, Klaviyo the raw body followed by its timestamp header; all base64 HMAC-SHA256.
"""

from __future__ import annotations

import base64
import hashlib
import hmac


def _b64_hmac(secret: str, message: bytes) -> str:
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


def sign_toast(secret: str, body: bytes, timestamp: str) -> str:
    return _b64_hmac(secret, body + timestamp.encode())


def sign_square(secret: str, notification_url: str, body: bytes) -> str:
    return _b64_hmac(secret, notification_url.encode() + body)


def sign_klaviyo(secret: str, body: bytes, timestamp: str) -> str:
    return _b64_hmac(secret, body + timestamp.encode())


def matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.strip().encode())
