"""A pattern's gate turns away only texts the pattern cannot match."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import tools.classify
import tools.lexicon
from tools.folding import FoldedPattern, GatedPattern, case_insensitive, fold, folded, lower_literals
from tools.gates import gate

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
CLASSIFY = Path(tools.classify.__file__)


def _texts() -> list[str]:
    """Answers from the development set, their clauses, and letters IGNORECASE matches past lower()."""
    answers = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("classify_dev*.jsonl"))[::150]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    clauses = [part for answer in answers for part in re.split(r"[.,;!?]", answer) if part.strip()]
    odd = ["ſtop sending", "İ'm allergic", "no more emaıls", "KEEP me on the list", "ﬆill allergic"]
    return answers + clauses + odd


TEXTS = _texts()


def _classifier_patterns() -> list[FoldedPattern]:
    return [
        value
        for module in (tools.classify, tools.lexicon)
        for found in vars(module).values()
        for value in (
            found if isinstance(found, list) else list(found.values()) if isinstance(found, dict) else [found]
        )
        for value in (value[0] if isinstance(value, tuple) else value,)
        if isinstance(value, FoldedPattern)
    ]


def _inline_sources() -> list[str]:
    """Every pattern the classifier writes inline, as ``_ci(r"...")``."""
    return sorted(
        {
            node.args[0].value
            for node in ast.walk(ast.parse(CLASSIFY.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_ci"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        }
    )


def test_no_classifier_pattern_is_turned_away_from_a_text_it_matches() -> None:
    patterns = _classifier_patterns()
    assert len(patterns) > 250
    turned_away = 0
    for pattern in patterns:
        plain = re.compile(lower_literals(pattern.source))
        for text in TEXTS:
            found = plain.search(fold(text))
            if pattern._gate.excludes(fold(text)):
                turned_away += 1
                assert found is None, (pattern.source[:60], text)
            # every way of matching agrees with the plain pattern, gate and all
            searched = pattern.search(text)
            assert (searched and searched.span()) == (found and found.span()), (pattern.source[:60], text)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(fold(text))]
    assert turned_away > len(patterns) * len(TEXTS) // 2  # most tries are spared the search


def test_no_inline_pattern_is_turned_away_from_a_text_it_matches() -> None:
    sources = _inline_sources()
    assert len(sources) > 250
    gated = [pattern for pattern in map(case_insensitive, sources) if isinstance(pattern, GatedPattern)]
    assert len(gated) > len(sources) * 0.9
    for pattern in gated:
        for text in TEXTS:
            found = pattern.pattern.search(text)
            assert (pattern.search(text) and found) == found, (pattern.pattern.pattern[:60], text)
            assert pattern.split(text) == pattern.pattern.split(text)
            assert pattern.sub("_", text) == pattern.pattern.sub("_", text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bunsubscribe\b|\bstop (?:sending|emailing)\b", {"unsubscribe", "stop"}),  # one word a branch, not two
        (r"\ballerg\w*", {"all"}),  # a word beginning where the word may go on
        # with one "l", "shel fish" and "shelfish" are words; with more, "shel+" goes on: only its beginning is known
        (r"\b(?:shel+ ?fish|prawns?)\b", {"prawn", "prawns", "fish", "shel", "shelfish", "she"}),
        (r"\bi'?m (?:not )?vegan\b", {"vegan"}),  # the rare word, not "i" or "not"
    ],
)
def test_a_gate_holds_the_rarest_words_every_match_has(source: str, expected: set[str]) -> None:
    found = gate(source)
    assert found is not None
    assert set(found.first) == expected


def test_a_word_that_is_no_use_alone_is_let_through_only_with_its_partner() -> None:
    found = gate(r"\bstop (?:sending|emailing) me\b|\bunsubscribe\b")
    assert found is not None
    # "unsubscribe" needs no partner; "stop" needs the words after it, looked for as they stand
    assert found.partners == {"stop": {"stop sending me", "stop emailing me"}}
    assert found.excludes("stop it, the wine was cold")  # "stop" without either partner cannot match
    assert not found.excludes("please stop sending me these")
    assert not found.excludes("unsubscribe")


@pytest.mark.parametrize(
    ("source", "passes", "turned_away"),
    [
        # the words after "(?:\\w+ ){0,4}" start words: "clients" is the partner of the common "with"
        (r"\bwith (?:\w+ ){0,4}clients?\b", "dinner with our two biggest clients", "dinner with my wife"),
        # a partner may be a digit, found anywhere: "my 40th", not "my wife"
        (r"\b(?:a|my|our) \d0th\b", "it was my 40th", "my wife loved it"),
    ],
)
def test_a_common_word_needs_what_stands_beside_it(source: str, passes: str, turned_away: str) -> None:
    found = gate(source)
    assert found is not None
    assert re.search(source, passes) and not found.excludes(passes)
    assert found.excludes(turned_away)


def test_letters_not_known_to_start_a_word_are_looked_for_anywhere() -> None:
    found = gate(r"\Ballergie\b")  # "nussallergie": the letters may stand inside a word
    assert found is not None and found.inside == {"allergie"}
    assert not found.excludes("ich habe eine nussallergie") and found.excludes("an allergy to nuts")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\w+ allergy", {"all"}),  # a match may start with any word, and "allergy" may go on: "allergy-free"
        (r"(?:🥜|🦐)", {"🥜", "🦐"}),  # no word, but characters
    ],
)
def test_a_gate_is_read_from_any_part_of_the_pattern(source: str, expected: set[str]) -> None:
    found = gate(source)
    assert found is not None
    assert found.first | found.chars == expected


@pytest.mark.parametrize("source", [r"\w+", r"(?i:stop)", r"(?:x)?", r"[^a]"])
def test_a_pattern_that_may_hold_nothing_nameable_has_no_gate(source: str) -> None:
    assert gate(source) is None


def test_gated_patterns_match_as_ignorecase_does_past_ascii() -> None:
    # "ſ" is an "s" and "K" (Kelvin) a "k" to IGNORECASE, though lower() keeps them apart
    for source, text in [(r"\bstop\b", "ſtop"), (r"\bkeep\b", "\u212aeep"), (r"\bit\b", "İt")]:
        assert bool(case_insensitive(source).search(text)) == bool(re.search(source, text, re.IGNORECASE))
    assert folded(r"\bunsubscribe\b").search("Please UNSUBSCRIBE me") is not None
    assert folded(r"\bunsubscribe\b").search("subscribed") is None


def test_a_class_of_spaces_and_letters_is_no_word_boundary() -> None:
    found = gate(r"\bno[\sa]pe\b")  # "noape" is one word: "pe" does not start it
    assert found is not None and not found.excludes("noape") and not found.excludes("no pe")
