"""What every tool call carries besides its arguments: the store, who acts, the clock, policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from tools.classify import Classification
from tools.classify import classify as classify_answer
from tools.guards import WriteMeta
from tools.spend import Thresholds
from tools.store import GuestStore


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ToolContext:
    """``actor`` is ``manager:<name>``, ``agent:<run id>``, ``trigger:<event id>`` or ``mcp:<client>``."""

    store: GuestStore
    actor: str
    thresholds: Thresholds = field(default_factory=Thresholds)
    clock: Callable[[], datetime] = utc_now
    event_id: str | None = None
    phone_region: str = "US"
    approval_ttl: timedelta = timedelta(minutes=15)
    # Survey answers: the deterministic rules, or rules with a model's second opinion (agent side).
    classify: Callable[[str, str], Classification] = classify_answer

    def meta(self, tool: str, *, reason: str = "", evidence: str = "", event_id: str | None = None) -> WriteMeta:
        return WriteMeta(
            actor=self.actor, tool=tool, reason=reason, evidence=evidence, event_id=event_id or self.event_id
        )

    def acting_as(self, actor: str) -> ToolContext:
        return replace(self, actor=actor)

    def for_event(self, event_id: str) -> ToolContext:
        """The context of a triggered write: the event is the actor and the idempotency key."""
        return replace(self, actor=f"trigger:{event_id}", event_id=event_id)
