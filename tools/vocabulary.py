"""The controlled tag vocabulary: ``Group:Tag`` strings and what may set them."""

from __future__ import annotations

from typing import Final

from tools.errors import UnknownTag

VOCABULARY: Final[dict[str, tuple[str, ...]]] = {
    "Allergies": (
        "Peanut",
        "Tree Nut",
        "Shellfish",
        "Mollusc",
        "Fish",
        "Dairy",
        "Egg",
        "Gluten",
        "Soy",
        "Sesame",
        "Mustard",
        "Celery",
        "Lupin",
        "Sulphites",
    ),
    "Dietary": (
        "Vegetarian",
        "Vegan",
        "Pescatarian",
        "Gluten-Free",
        "Dairy-Free",
        "Halal",
        "Kosher",
        "No Pork",
        "No Red Meat",
        "No Alcohol",
    ),
    "Seating": (
        "Window",
        "Booth",
        "Quiet Table",
        "Patio",
        "Bar Seat",
        "Chef's Counter",
        "Away From Kitchen",
        "Wheelchair Access",
        "High Chair",
        "Private Room",
    ),
    "Occasion": ("Birthday", "Anniversary", "Engagement", "Business", "Date Night", "Celebration"),
    "Spend Tier": ("Platinum", "Gold", "Silver", "Standard"),
    "Loyalty": ("Regular",),
    "Automation": ("Survey Sent", "Needs Review"),
}

# Computed from visit and spend stats by maitre itself; never written from text or by a caller.
COMPUTED_GROUPS: Final = frozenset({"Spend Tier", "Loyalty"})
# Tags that put a guest in marketing: never on a guest who opted out.
MARKETING_TAGS: Final = frozenset({"Automation:Survey Sent"})
ALLERGY_GROUP: Final = "Allergies"
SEVERITIES: Final = ("intolerance", "unspecified", "severe")

_CANONICAL: Final[dict[str, str]] = {
    f"{group}:{tag}".casefold(): f"{group}:{tag}" for group, tags in VOCABULARY.items() for tag in tags
}


def canonical_tag(raw: str) -> str:
    """Return the vocabulary spelling of ``raw`` (``Group:Tag``, any case), or raise UnknownTag."""
    group, sep, tag = raw.partition(":")
    key = f"{group.strip()}:{tag.strip()}".casefold()
    if sep and key in _CANONICAL:
        return _CANONICAL[key]
    if not sep:
        raise UnknownTag(f"Tag {raw!r} is not of the form Group:Tag (for example Allergies:Shellfish).")
    groups = ", ".join(VOCABULARY)
    if group.strip().casefold() not in {g.casefold() for g in VOCABULARY}:
        raise UnknownTag(f"Tag group {group.strip()!r} is not one of {groups}.")
    known = next(g for g in VOCABULARY if g.casefold() == group.strip().casefold())
    raise UnknownTag(f"{tag.strip()!r} is not in the {known} group; known: {', '.join(VOCABULARY[known])}.")


def group_of(tag: str) -> str:
    return tag.partition(":")[0]


def is_allergy(tag: str) -> bool:
    return group_of(tag) == ALLERGY_GROUP


def is_computed(tag: str) -> bool:
    return group_of(tag) in COMPUTED_GROUPS


def severity_rank(severity: str | None) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else SEVERITIES.index("unspecified")


def all_tags() -> list[str]:
    return [f"{group}:{tag}" for group, tags in VOCABULARY.items() for tag in tags]
