"""The domain as pydantic models; names follow SevenRooms' API where it has them."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

Severity = Literal["severe", "unspecified", "intolerance"]
Subject = Literal["guest", "party"]

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _month_day(value: str) -> str:
    if not _MONTH_DAY.match(value):
        raise ValueError(f"{value!r} is not a month-day of the form MM-DD")
    month, day = (int(p) for p in value.split("-"))
    date(2000, month, day)  # 2000 is a leap year, so 02-29 passes
    return value


MonthDay = Annotated[str, AfterValidator(_month_day)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TagMeta(Model):
    """Provenance of one tag on a profile."""

    severity: Severity | None = Field(None, description="Allergies only: severe, unspecified or intolerance.")
    subject: Subject | None = Field(None, description="Allergies only: the guest, or someone in their party.")
    source: str = Field("", description="Where the tag came from: survey id, check id, manager, import.")
    evidence: str = Field("", description="Quoted text that supports the tag.")
    added_at: datetime | None = None


class Consent(Model):
    opt_in: bool = False
    updated_at: datetime | None = None
    source: str = ""


class VenueStats(Model):
    visits: int = 0
    covers: int = 0
    spend: float = 0.0
    last_visit: date | None = None


class Guest(Model):
    """A guest profile (a SevenRooms client)."""

    id: str
    venue_group_id: str = "vg-1"
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    email_alt: str | None = None
    phone: str | None = Field(None, description="E.164")
    phone_alt: str | None = None
    birthday: MonthDay | None = None
    anniversary: MonthDay | None = None
    tags: list[str] = Field(default_factory=list, description="Group:Tag strings.")
    tag_meta: dict[str, TagMeta] = Field(default_factory=dict)
    notes: str = ""
    marketing_opt_in: Consent = Field(default_factory=Consent)
    venue_opt_in: dict[str, Consent] = Field(default_factory=dict)
    loyalty_tier: str | None = None
    loyalty_id: str | None = None
    total_visits: int = 0
    total_covers: int = 0
    total_spend: float = 0.0
    venue_stats: dict[str, VenueStats] = Field(default_factory=dict)
    last_visit: date | None = None
    created: datetime | None = None
    updated: datetime | None = None
    merged_into: str | None = None
    version: int = 0

    @model_validator(mode="after")
    def _tags_match_meta(self) -> Guest:
        # ``tags`` is the SevenRooms-shaped list; ``tag_meta`` carries provenance. Keep them one set.
        for tag in self.tags:
            self.tag_meta.setdefault(tag, TagMeta())
        self.tags = sorted(self.tag_meta)
        return self

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def opted_out(self, venue_id: str | None = None) -> bool:
        """True when the guest may not be marketed to (group-wide, or at ``venue_id``)."""
        if not self.marketing_opt_in.opt_in:
            return True
        if venue_id is not None and venue_id in self.venue_opt_in:
            return not self.venue_opt_in[venue_id].opt_in
        return False

    def allergies(self) -> list[str]:
        return [t for t in self.tags if t.startswith("Allergies:")]


class Reservation(Model):
    id: str
    venue_id: str
    client_id: str | None = None
    date: date
    arrival_time: time
    party_size: int = Field(ge=1)
    status: str = "CONFIRMED"
    notes: str = Field("", description="Venue-facing notes: where the pre-visit briefing goes.")
    client_requests: str = ""
    tags: list[str] = Field(default_factory=list)
    source: str = "direct"
    updated: datetime | None = None
    version: int = 0


class LineItem(Model):
    name: str
    quantity: float = 1
    price: float = 0.0


class Check(Model):
    """A POS check."""

    source: Literal["toast", "square", "demo", "import"] = "demo"
    order_id: str
    check_id: str
    status: Literal["OPEN", "CLOSED", "VOID"] = "CLOSED"
    closed_at: datetime | None = None
    amount: float = Field(0.0, description="After discounts, before tax and tip.")
    tax: float = 0.0
    tip: float = 0.0
    total: float = 0.0
    covers: int = 1
    customer_email: str | None = None
    customer_phone: str | None = None
    customer_name: str | None = None
    venue_id: str
    reservation_id: str | None = None
    line_items: list[LineItem] = Field(default_factory=list)


class SurveyAnswer(Model):
    id: str
    email: str | None = None
    reservation_id: str | None = None
    question: str = ""
    text: str
    received_at: datetime | None = None


class Change(Model):
    """One journaled field change."""

    id: int
    changeset_id: int
    at: datetime
    actor: str
    entity: Literal["guest", "reservation"]
    entity_id: str
    field: str
    before: Any = None
    after: Any = None
    reason: str = ""
    evidence: str = ""
    event_id: str | None = None
    tool: str = ""
    reverted_by: int | None = None


class ChangeSet(Model):
    """What one write did: its changes and anything a guard refused."""

    id: int | None = None
    tool: str
    actor: str
    event_id: str | None = None
    changes: list[Change] = Field(default_factory=list)
    refusals: list[Refusal] = Field(default_factory=list)
    redirects: list[str] = Field(default_factory=list)
    already_applied: bool = False


class Refusal(Model):
    guard: str
    target: str
    message: str


ChangeSet.model_rebuild()
