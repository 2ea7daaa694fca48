"""Single-use approval tokens for destructive actions, bound to the exact arguments.

A tool asks (``request``) and returns the plan with a token; a person decides (``decide``) from a
surface the model cannot reach (a terminal or the TUI); only then does the action run, once.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from tools.errors import ApprovalRequired, InvalidInput, NotFound
from tools.guards import is_manager
from tools.store import GuestStore


def args_hash(tool: str, args: dict[str, Any]) -> str:
    canonical = json.dumps({"tool": tool, "args": args}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def request(
    store: GuestStore,
    *,
    tool: str,
    args: dict[str, Any],
    plan: dict[str, Any],
    requested_by: str,
    now: datetime,
    ttl: timedelta,
) -> dict[str, Any]:
    record = {
        # hex, so a token pasted into `maitre approve TOKEN` never starts with "-" and reads as an option
        "token": secrets.token_hex(12),
        "tool": tool,
        "args": args,
        "hash": args_hash(tool, args),
        "plan": plan,
        "requested_by": requested_by,
        "created": now.isoformat(),
        "expires": (now + ttl).isoformat(),
        "status": "pending",
    }
    store.put_approval(record)
    return record


def pending(store: GuestStore, *, now: datetime) -> list[dict[str, Any]]:
    return [r for r in store.pending_approvals() if datetime.fromisoformat(r["expires"]) > now]


def take(store: GuestStore, token: str, *, approver: str, now: datetime) -> dict[str, Any]:
    """Mark a pending approval as approved and used by ``approver``; the caller then runs it once."""
    record = _live(store, token, now)
    if not is_manager(approver):
        raise ApprovalRequired(f"Only a manager can approve; {approver} cannot.")
    store.update_approval(token, status="approved", decided_by=approver, decided_at=now.isoformat())
    return {**record, "status": "approved", "decided_by": approver}


def deny(store: GuestStore, token: str, *, approver: str, now: datetime) -> None:
    _live(store, token, now)
    store.update_approval(token, status="denied", decided_by=approver, decided_at=now.isoformat())


def check_token(store: GuestStore, token: str, *, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """What a tool call carrying a token learns: the decision, if the token matches its arguments."""
    record = store.get_approval(token)
    if record is None or record["tool"] != tool or record["hash"] != args_hash(tool, args):
        raise ApprovalRequired("That approval token does not match this action; call without it to get a new plan.")
    return record


def _live(store: GuestStore, token: str, now: datetime) -> dict[str, Any]:
    record = store.get_approval(token)
    if record is None:
        raise NotFound(f"No approval request with token {token!r}.")
    if record["status"] != "pending":
        raise InvalidInput(f"Approval {token} is already {record['status']}.")
    if datetime.fromisoformat(record["expires"]) <= now:
        raise InvalidInput(f"Approval {token} expired at {record['expires']}; ask for a new plan.")
    return record
