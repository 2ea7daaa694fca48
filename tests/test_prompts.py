"""Every template renders with its variables, and a missing variable is an error, not a blank."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest

import prompts

SHEET: dict[str, Any] = {
    "title": "Dinner briefing",
    "service_label": "Dinner",
    "day_label": "Friday 27 November 2026",
    "printed_at": "16:30",
    "pages": [
        {
            "venue_name": "Harbor Room",
            "covers": 6,
            "reservations": [{"time": "19:30", "guest": "Whitfield, Dana", "party": 4, "line": "Birthday"}],
            "allergy_rows": [
                {
                    "time": "19:30",
                    "guest": "Whitfield, Dana",
                    "party": 4,
                    "severe": True,
                    "allergens": [{"name": "Shellfish", "severity": "severe", "party": False}],
                }
            ],
            "occasion_rows": [],
        }
    ],
}
VARIABLES: dict[str, dict[str, Any]] = {
    "briefing_sheet.html.j2": SHEET,
    "mcp_pre_service.md.j2": {"day": "2026-11-27", "service": "dinner"},
    "mcp_clean_up_guest.md.j2": {"guest": "g-dana"},
    "classify.md.j2": {"vocabulary": "Allergies:Peanut", "question": "Anything else?", "text": "Nut allergy"},
    "system.md.j2": {"manager": "alex", "venues": "Harbor Room", "today": "2026-11-27", "groups": "Allergies, Dietary"},
}


def test_every_template_has_test_variables() -> None:
    assert set(prompts.names()) == set(VARIABLES)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_each_template_renders(name: str) -> None:
    text = prompts.render(name, **VARIABLES[name])
    assert "{{" not in text and "{%" not in text
    for value in VARIABLES[name].values():
        if isinstance(value, str):
            assert value in text


def test_the_sheet_shows_severe_allergies() -> None:
    text = prompts.render("briefing_sheet.html.j2", **SHEET)
    assert "Harbor Room" in text and "Shellfish SEVERE" in text


def test_a_missing_variable_is_an_error() -> None:
    with pytest.raises(jinja2.UndefinedError):
        prompts.render("briefing_sheet.html.j2", **{k: v for k, v in SHEET.items() if k != "pages"})


def test_guest_text_is_escaped_in_html() -> None:
    first_page: dict[str, Any] = SHEET["pages"][0]
    page = {**first_page, "reservations": [{"time": "19:30", "guest": "<script>x</script>", "party": 2, "line": ""}]}
    text = prompts.render("briefing_sheet.html.j2", **{**SHEET, "pages": [page]})
    assert "<script>" not in text and "&lt;script&gt;" in text
