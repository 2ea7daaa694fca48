"""The linkage engine on generated guest lists with known duplicates, and `maitre dedupe`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import run_maitre
from tools import linkage
from tools.sample import guest_records


def canon(pairs: object) -> set[tuple[str, str]]:
    return {(a, b) if a < b else (b, a) for a, b in pairs}  # type: ignore[attr-defined]


def f1(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> float:
    tp = len(found & truth)
    precision, recall = tp / max(1, len(found)), tp / len(truth)
    return 2 * precision * recall / (precision + recall)


def test_duplicates_are_found_without_labels() -> None:
    rows, truth = guest_records(5000, seed=31)
    links, model = linkage.deduplicate(rows)
    assert f1(canon((x.a, x.b) for x in links), canon(truth)) > 0.97
    assert {"e", "p", "n"} <= set(model.sessions)
    assert all(0.5 <= x.score <= 1 for x in links)


def test_blocking_catches_swapped_names_typos_and_a_second_email() -> None:
    rows: list[dict[str, str | None]] = [
        {"id": "a", "first_name": "Robert", "last_name": "Okafor", "email": "rob@example.com", "phone": "+12125550101"},
        {"id": "b", "first_name": "Okafor", "last_name": "Robert", "email": None, "phone": "(212) 555-0101"},
        {"id": "c", "first_name": "Bob", "last_name": "Okafr", "email": "ROB@example.com", "phone": None},
    ]
    candidates = linkage.candidate_pairs(linkage.normalise(rows))
    pairs = {(int(a), int(b)) for a, b in candidates.pairs.tolist()}
    assert {(0, 1), (0, 2)} <= pairs  # the swapped names share a phone, the typo an email


def test_linking_two_lists_only_pairs_across_them() -> None:
    rows, _ = guest_records(2000, seed=5)
    links, _ = linkage.deduplicate(rows, split=1000)
    index = {r["id"]: n for n, r in enumerate(rows)}
    assert links and all(index[x.a] < 1000 <= index[x.b] for x in links)


def test_the_same_input_gives_the_same_answer() -> None:
    rows, _ = guest_records(3000, seed=9)
    first, _ = linkage.deduplicate(rows)
    second, _ = linkage.deduplicate(rows)
    assert [(x.a, x.b, x.score) for x in first] == [(x.a, x.b, x.score) for x in second]


def maitre(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_maitre(*args, stdin=stdin)


def test_maitre_dedupe_prints_one_jsonl_pair_per_duplicate(tmp_path: Path) -> None:
    rows, truth = guest_records(2000, seed=12)
    source = tmp_path / "guests.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    done = maitre("dedupe", "--input", str(source), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    pairs = [json.loads(line) for line in done.stdout.splitlines()]
    assert pairs and set(pairs[0]) == {"a", "b", "score"}
    assert f1(canon((p["a"], p["b"]) for p in pairs), canon(truth)) > 0.95
    assert "candidate pairs" in done.stderr  # progress goes to stderr
    piped = maitre("dedupe", "--input", "-", stdin=source.read_text())
    assert piped.stdout == done.stdout


def test_maitre_dedupe_names_a_bad_line_and_prints_nothing(tmp_path: Path) -> None:
    source = tmp_path / "guests.jsonl"
    source.write_text('{"id": "a", "first_name": "Ann"}\n{"first_name": "no id"}\n')
    done = maitre("dedupe", "--input", str(source))
    assert done.returncode == 2 and "Line 2" in done.stderr and done.stdout == ""
