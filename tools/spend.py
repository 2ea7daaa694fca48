"""Computed tags: spend tier and loyalty, derived from visit and spend stats, never from text."""

from __future__ import annotations

from pydantic import BaseModel, Field

from tools.models import Guest, TagMeta


class Thresholds(BaseModel):
    """Where the computed tags start; settings may change them per venue group."""

    platinum_spend: float = Field(5000.0, description="Cumulative spend for Spend Tier:Platinum.")
    gold_spend: float = Field(2000.0, description="Cumulative spend for Spend Tier:Gold.")
    silver_spend: float = Field(500.0, description="Cumulative spend for Spend Tier:Silver.")
    regular_visits: int = Field(5, description="Visits that make a guest Loyalty:Regular.")
    regular_spend: float = Field(1000.0, description="Cumulative spend that makes a guest Loyalty:Regular.")


def spend_tier(guest: Guest, thresholds: Thresholds) -> str | None:
    if guest.total_visits <= 0 and guest.total_spend <= 0:
        return None
    spend = guest.total_spend
    if spend >= thresholds.platinum_spend:
        return "Spend Tier:Platinum"
    if spend >= thresholds.gold_spend:
        return "Spend Tier:Gold"
    if spend >= thresholds.silver_spend:
        return "Spend Tier:Silver"
    return "Spend Tier:Standard"


def is_regular(guest: Guest, thresholds: Thresholds) -> bool:
    return guest.total_visits >= thresholds.regular_visits or guest.total_spend >= thresholds.regular_spend


def computed_tags(guest: Guest, thresholds: Thresholds) -> set[str]:
    tags = set()
    tier = spend_tier(guest, thresholds)
    if tier:
        tags.add(tier)
    if is_regular(guest, thresholds):
        tags.add("Loyalty:Regular")
    return tags


def with_computed_tags(guest: Guest, thresholds: Thresholds) -> Guest:
    """``guest`` with its Spend Tier and Loyalty tags recomputed from its stats."""
    wanted = computed_tags(guest, thresholds)
    meta = {t: m for t, m in guest.tag_meta.items() if not t.startswith(("Spend Tier:", "Loyalty:"))}
    for tag in wanted:
        meta[tag] = guest.tag_meta.get(tag) or TagMeta(source="computed from visits and spend")
    return guest.model_copy(update={"tag_meta": meta, "tags": sorted(meta)})
