"""Templates as data, rendered strictly: a missing variable is an error, never an empty string."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

_HERE = Path(__file__).parent


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_HERE),
        undefined=jinja2.StrictUndefined,
        # Guest-written text lands in the briefing sheet: HTML templates always escape it.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **variables: Any) -> str:
    """Render template ``name`` (a file in this package) with exactly these variables."""
    return _environment().get_template(name).render(**variables)


def names() -> list[str]:
    """Every template in this package."""
    return sorted(p.name for p in _HERE.iterdir() if p.suffix == ".j2")
