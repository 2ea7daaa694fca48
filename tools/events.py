"""Typed inputs to the pipelines: what a POS, a survey form or the CRM tells maitre happened."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from tools.models import Check, Reservation, SurveyAnswer


class _Event(BaseModel):
    id: str = Field(description="The source's event id: the idempotency key.")
    at: datetime


class CheckEvent(_Event):
    kind: Literal["check"] = "check"
    check: Check


class SurveyEvent(_Event):
    kind: Literal["survey"] = "survey"
    answer: SurveyAnswer


class ReservationEvent(_Event):
    kind: Literal["reservation"] = "reservation"
    reservation: Reservation


class ConsentEvent(_Event):
    """An email platform says a guest unsubscribed; automation only ever records opt-outs."""

    kind: Literal["consent"] = "consent"
    email: str
    source: str = Field(description="Where the unsubscribe came from, e.g. klaviyo.")
    reason: str = ""


ServiceEvent = Annotated[CheckEvent | SurveyEvent | ReservationEvent | ConsentEvent, Field(discriminator="kind")]
