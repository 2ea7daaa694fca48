"""The maitre command as a user runs it: a real subprocess, a real store, stdout and exit codes."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import make_guests, run_maitre
from tools.store.sqlite import SQLiteStore


def maitre(*args: str, store: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    stored = ("--store", str(store)) if store is not None else ()
    env = {**os.environ, "MAITRE_MANAGER": "alex", "COLUMNS": "160", "NO_COLOR": "1"}
    return run_maitre(*args, *stored, stdin=stdin, env=env)


def journal_size(path: Path) -> int:
    return int(sqlite3.connect(path).execute("SELECT count(*) FROM changes").fetchone()[0])


def test_demo_runs_offline_and_writes_the_sheet(tmp_path: Path) -> None:
    store, sheet = tmp_path / "demo.db", tmp_path / "sheet.html"
    done = maitre("demo", "--date", "2026-11-27", "--out", str(sheet), store=store)
    assert done.returncode == 0, done.stderr
    assert "Seeded 3,000 guests" in done.stdout
    assert "Merged before service" in done.stdout and "Refused by guards" in done.stdout
    assert "Pre-visit notes: 180 written" in done.stdout or "Pre-visit notes: 1" in done.stdout
    html = sheet.read_text()
    assert "Harbor Room" in html and "Little Fig" in html and "Allergies · " in html
    again = maitre("demo", "--date", "2026-11-27", "--out", str(sheet), store=store)
    assert again.returncode == 0, again.stderr
    assert "0 written" in again.stdout  # idempotent: the same service twice changes nothing


def test_lookup_json_prints_the_tool_output_with_tag_strings(db: Path) -> None:
    done = maitre("lookup", "dana.whitfield@gmail.com", "--json", store=db)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["matches"][0]["id"] == "g-dana"
    assert "Allergies:Shellfish" in data["matches"][0]["tags"]


def test_patch_then_log_then_undo_round_trip(db: Path) -> None:
    before = SQLiteStore(db).get_guest("g-sam")
    done = maitre(
        "patch",
        "g-sam",
        "--add-tag",
        "Seating:Window",
        "--note",
        "likes it quiet",
        "--reason",
        "asked at the door",
        store=db,
    )
    assert done.returncode == 0, done.stderr
    log = maitre("log", "--guest", "g-sam", "--json", store=db)
    entries = json.loads(log.stdout)
    assert {e["field"] for e in entries} == {"tag:Seating:Window", "notes"}
    assert {e["actor"] for e in entries} == {"manager:alex"} and entries[0]["reason"] == "asked at the door"
    for entry in entries:
        assert maitre("undo", str(entry["id"]), store=db).returncode == 0
    after = SQLiteStore(db).get_guest("g-sam")
    assert before is not None and after is not None
    assert after.model_dump(exclude={"version", "updated"}) == before.model_dump(exclude={"version", "updated"})


def test_merge_and_approve_from_the_terminal(db: Path) -> None:
    plan = maitre("merge", "g-dana", "g-dana2", "--json", store=db)
    token = json.loads(plan.stdout)["approval_token"]
    assert SQLiteStore(db).get_guest("g-dana2").merged_into is None  # type: ignore[union-attr]
    done = maitre("approve", token, "--yes", store=db)
    assert done.returncode == 0, done.stderr
    assert SQLiteStore(db).get_guest("g-dana2").merged_into == "g-dana"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["patch", "g-sam", "--add-tag", "Allergies:Kiwi"], "'Kiwi' is not in the Allergies group", 2),
        (["patch", "g-nobody", "--add-tag", "Seating:Window"], "No guest with id, email or phone 'g-nobody'", 3),
        (["patch", "g-sam", "--email", "sam@@example"], "is not a valid email address", 2),
        (["patch", "g-sam", "--phone", "555-12"], "is not a valid phone number", 2),
        (["patch", "g-sam", "--note", "x" * 2000], "The note is 2000 characters", 2),
        (["patch", "g-sam", "--birthday", "13-45"], "birthday", 2),
        (["patch", "g-dana", "--remove-tag", "Allergies:Shellfish"], "a manager must do it with a reason", 4),
        (["patch", "g-sam", "--add-tag", "Spend Tier:Platinum"], "computed from visits and spend", 4),
        (["note", "r-1", "--text", "x" * 2000], "The note text is 2000 characters", 2),
        (["note", "r-nope"], "No reservation with id 'r-nope'", 3),
        (["undo", "999"], "No change with id 999", 3),
    ],
)
def test_bad_input_gets_one_sentence_a_nonzero_exit_and_writes_nothing(
    db: Path, args: list[str], message: str, code: int
) -> None:
    before = journal_size(db)
    done = maitre(*args, store=db)
    assert done.returncode == code, (done.stdout, done.stderr)
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0, "one sentence, one line"
    assert done.stdout == ""
    assert journal_size(db) == before


def test_a_broken_import_file_names_each_bad_line_and_imports_nothing(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "guests.jsonl"
    bad.write_text(
        '{"first_name": "Ann", "last_name": "Ok", "email": "ann@example.com", "tags": ["Allergies:Egg"]}\n'
        '{"first_name": "Bad", "last_name": "Tag", "tags": ["Allergies:Kiwi"]}\n'
        "{not json\n"
        '{"first_name": "Bad", "last_name": "Phone", "phone": "12"}\n'
        '{"first_name": "Calc", "last_name": "Tier", "tags": ["Spend Tier:Gold"]}\n'
    )
    before = journal_size(db)
    done = maitre("import", str(bad), store=db)
    assert done.returncode == 2
    assert "4 row(s) of guests.jsonl failed validation; nothing was imported." in done.stderr
    for line in ("line 2:", "line 3: not valid JSON", "line 4:", "line 5: Spend Tier:Gold is computed"):
        assert line in done.stderr
    assert journal_size(db) == before
    assert SQLiteStore(db).count_guests() == len(make_guests())


def test_importing_a_csv_brings_guests_in_journaled(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "guests.csv"
    good.write_text(
        "id,first_name,last_name,email,phone,birthday,tags,marketing_opt_in,notes,total_visits,total_spend\n"
        "g-ann,Ann,Lee,ann@example.com,(212) 555-0177,1990-03-04,Allergies:Egg;Seating:Patio,yes,likes patio,6,700\n"
        "g-bo,Bo,Ng,,+44 20 7946 0958,,,,,,\n"
    )
    done = maitre("import", str(good), store=db)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 guest(s)" in done.stdout
    store = SQLiteStore(db)
    ann = store.get_guest("g-ann")
    assert ann is not None and ann.phone == "+12125550177" and ann.birthday == "03-04"
    assert {"Allergies:Egg", "Seating:Patio", "Loyalty:Regular", "Spend Tier:Silver"} <= set(ann.tags)
    assert not store.get_guest("g-bo").marketing_opt_in.opt_in  # type: ignore[union-attr]
    assert store.changes(entity_id="g-ann")[0].tool == "import"
    again = maitre("import", str(good), store=db)
    assert "0 guest(s); 2 already in the store" in again.stdout


def test_an_import_file_of_an_unknown_format_is_refused(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "guests.xlsx"
    other.write_bytes(b"PK\x03\x04")
    done = maitre("import", str(other), store=db)
    assert done.returncode == 2 and "reads .jsonl or .csv" in done.stderr


def test_classify_prints_updates_and_flags(db: Path) -> None:
    done = maitre("classify", "I have a severe shellfish allergy, EpiPen. Please stop emailing me.", "--json", store=db)
    data = json.loads(done.stdout)
    assert data["updates"][0]["tag"] == "Allergies:Shellfish" and data["updates"][0]["severity"] == "severe"
    assert data["opt_out"] and data["kitchen_alert"]


def test_approval_tokens_never_look_like_options(db: Path) -> None:
    # a token that could start with "-" is read by `maitre approve TOKEN` as an unknown option
    token = json.loads(maitre("merge", "g-dana", "g-dana2", "--json", store=db).stdout)["approval_token"]
    assert re.fullmatch(r"[0-9a-f]{24}", token)
