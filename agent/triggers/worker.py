"""The inbox worker: apply each accepted event once, in order, with retries and a dead-letter list."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from pydantic import ValidationError

from agent.triggers import sources
from agent.triggers.inbox import Inbox, Item
from tools import pipelines
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.pipelines import Outcome

log = logging.getLogger("maitre.worker")


@dataclass
class Processed:
    item: Item
    outcomes: list[Outcome] = field(default_factory=list)
    error: str = ""
    status: str = "done"


class Worker:
    def __init__(self, inbox: Inbox, ctx: ToolContext) -> None:
        self.inbox = inbox
        self.ctx = ctx

    def run_once(self) -> Processed | None:
        """Apply the next due item; None when nothing is due."""
        item = self.inbox.claim(self.ctx.clock())
        if item is None:
            return None
        try:
            outcomes = [
                pipelines.handle(self.ctx, event) for event in sources.events(item.source, item.kind, item.payload)
            ]
        except (MaitreError, ValidationError, ValueError, KeyError, TypeError) as exc:
            reason = exc.message if isinstance(exc, MaitreError) else f"{type(exc).__name__}: {exc}"
            status = self.inbox.failed(item.id, reason, self.ctx.clock())
            log.warning("inbox item %s (%s) failed: %s; now %s", item.id, item.source, type(exc).__name__, status)
            return Processed(item, error=reason, status=status)
        summary = "; ".join(o.summary for o in outcomes if o.summary) or "nothing to apply"
        self.inbox.done(item.id, summary)
        return Processed(item, outcomes)

    def drain(self) -> list[Processed]:
        """Everything due now, in order."""
        done = []
        while (processed := self.run_once()) is not None:
            done.append(processed)
        return done

    def run_forever(self, stop: threading.Event, idle: float = 0.2) -> None:
        while not stop.is_set():
            try:
                if self.run_once() is None:
                    stop.wait(idle)
            except Exception:  # keep serving; the item stays pending and is retried
                log.exception("inbox worker error")
                stop.wait(1.0)
