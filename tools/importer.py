"""Bring a restaurant's own guest list in: JSONL or CSV, all rows or none."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tools.context import ToolContext
from tools.errors import InvalidInput, MaitreError
from tools.models import Consent, Guest, TagMeta
from tools.normalize import validate_email, validate_phone
from tools.vocabulary import canonical_tag, is_allergy, is_computed
from tools.writes import Draft, apply

COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "birthday",
    "tags",
    "marketing_opt_in",
    "notes",
    "total_visits",
    "total_spend",
)
_TRUE = {"true", "yes", "y", "1", "opted in", "opt_in"}
_FALSE = {"false", "no", "n", "0", "", "opted out", "opt_out", "none"}


class ImportFailed(InvalidInput):
    """Some rows failed validation; ``problems`` names each by line. Nothing was written."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} row(s) of {path.name} failed validation; nothing was imported.")
        self.problems = problems


@dataclass
class ImportReport:
    imported: int
    skipped_existing: int


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) pairs; the format follows the file's extension (.jsonl/.json or .csv)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"No file at {path}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text; export it as UTF-8 CSV or JSONL.") from None
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, {"__error__": f"not valid JSON ({exc.msg})"}
                continue
            yield number, row if isinstance(row, dict) else {"__error__": "not a JSON object"}
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        missing = {"first_name", "last_name"} - set(reader.fieldnames or [])
        if missing:
            raise InvalidInput(
                f"{path.name} has no {', '.join(sorted(missing))} column; expected {', '.join(COLUMNS)}."
            )
        for row in reader:
            yield reader.line_num, {k: v for k, v in row.items() if k is not None}
    else:
        raise InvalidInput(
            f"{path.name}: import reads .jsonl or .csv files, not {suffix or 'files without an extension'}."
        )


def to_guest(row: dict[str, Any], *, region: str, now: datetime) -> Guest:
    """One row as a Guest, or a MaitreError/ValueError naming what is wrong with it."""
    if "__error__" in row:
        raise InvalidInput(row["__error__"])
    unknown = set(row) - set(COLUMNS)
    if unknown:
        raise InvalidInput(f"unknown column {sorted(unknown)[0]!r}")
    first, last = _text(row.get("first_name")), _text(row.get("last_name"))
    if not first and not last:
        raise InvalidInput("first_name and last_name are both empty")
    email = _text(row.get("email"))
    phone = _text(row.get("phone"))
    raw_tags = row.get("tags") or []
    tags = [t for t in (raw_tags.split(";") if isinstance(raw_tags, str) else raw_tags) if str(t).strip()]
    meta: dict[str, TagMeta] = {}
    for raw in tags:
        tag = canonical_tag(str(raw))
        if is_computed(tag):
            raise InvalidInput(f"{tag} is computed from visits and spend; leave it out of the import")
        meta[tag] = TagMeta(
            severity="unspecified" if is_allergy(tag) else None,
            subject="guest" if is_allergy(tag) else None,
            source="import",
            added_at=now,
        )
    opt_in = _bool(row.get("marketing_opt_in"))
    identity = (
        row.get("id")
        or "g-"
        + hashlib.sha1(  # noqa: S324 - an id, not a secret
            json.dumps([first, last, email, phone]).encode()
        ).hexdigest()[:10]
    )
    return Guest(
        id=str(identity),
        first_name=first,
        last_name=last,
        email=validate_email(email) if email else None,
        phone=validate_phone(phone, region) if phone else None,
        birthday=_birthday(row.get("birthday")),
        tag_meta=meta,
        notes=_text(row.get("notes")),
        marketing_opt_in=Consent(opt_in=opt_in, updated_at=now, source="import"),
        total_visits=int(row.get("total_visits") or 0),
        total_spend=round(float(row.get("total_spend") or 0), 2),
    )


def import_file(ctx: ToolContext, path: Path) -> ImportReport:
    """Validate every row first; write all of them in one transaction, or nothing."""
    now = ctx.clock()
    guests: list[Guest] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, row in read_rows(path):
        try:
            guest = to_guest(row, region=ctx.phone_region, now=now)
        except (MaitreError, ValidationError, ValueError, TypeError) as exc:
            problems.append(f"line {number}: {_reason(exc)}")
            continue
        if guest.id in seen:
            problems.append(f"line {number}: id {guest.id} appears twice in the file")
            continue
        seen.add(guest.id)
        guests.append(guest)
    if problems:
        raise ImportFailed(path, problems)
    if not guests:
        raise InvalidInput(f"{path.name} has no guest rows.")
    new = [g for g in guests if ctx.store.get_guest(g.id) is None]
    with ctx.store.transaction():
        for guest in new:

            def mutate(draft: Draft, guest: Guest = guest) -> None:
                draft.new_guest(guest)

            apply(
                ctx.store,
                ctx.meta("import", reason=f"imported from {path.name}"),
                mutate,
                target=guest.id,
                now=now,
                thresholds=ctx.thresholds,
            )
    return ImportReport(imported=len(new), skipped_existing=len(guests) - len(new))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidInput(f"marketing_opt_in {value!r} is not true or false")


def _birthday(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":  # YYYY-MM-DD: keep month and day
        text = text[5:]
    return text


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where}: {error['msg']}"
    return str(exc).rstrip(".")
