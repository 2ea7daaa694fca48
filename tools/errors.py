"""Errors a caller can fix: one base class, a title and a one-sentence message.

The CLI prints them to stderr and exits non-zero; MCP returns them as tool errors; the agent hands
them back to the model. They never carry emails, phones or allergies beyond what the caller sent.
"""

from __future__ import annotations


class MaitreError(Exception):
    """A problem the caller can act on."""

    title = "maitre error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(MaitreError):
    title = "Invalid input"
    exit_code = 2


class UnknownTag(InvalidInput):
    title = "Unknown tag"


class NotFound(MaitreError):
    title = "Not found"
    exit_code = 3


class GuardRefusal(MaitreError):
    """A deterministic guard refused the write; ``guard`` names which one."""

    title = "Refused by a guard"
    exit_code = 4

    def __init__(self, guard: str, message: str) -> None:
        super().__init__(message)
        self.guard = guard


class Conflict(MaitreError):
    title = "Conflict"
    exit_code = 5


class ApprovalRequired(MaitreError):
    title = "Approval required"
    exit_code = 6


class StoreError(MaitreError):
    title = "Store error"
    exit_code = 7
