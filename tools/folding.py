"""Case-insensitive patterns matched on lower-cased text.

Python's ``re`` tries every branch of an alternation at every position, and under ``re.I`` each letter
is a case-folded comparison; on lower-cased text without the flag the classifier's patterns run three to
four times faster, which is most of its time. Each pattern also gets a lookahead of the characters a match
can start with, and its alternations grouped by first letter, both read from the stdlib's own parser or
the pattern's text, and both leave every match exactly as it was. Before any of that, a pattern's gate
(``tools.gates``) turns away the texts that hold none of the words every match needs.
"""

from __future__ import annotations

import re
import re._constants as sre  # the stdlib's own pattern parser, to find what a match can start with
import re._parser as sre_parse
from collections.abc import Iterator
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]  # the letters IGNORECASE matches beyond lower()
from typing import Any

from tools.gates import Gate, gate


@lru_cache(maxsize=64)  # the clauses of one answer are matched against dozens of patterns
def fold(text: str) -> str:
    """Lower-case ``text`` keeping every character at its place, so match offsets index the original."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two characters


def lower_literals(source: str) -> str:
    """A pattern's letters lower-cased, escapes (``\\B``, ``\\W``, ``\\S``) left as they are."""
    out, escaped = [], False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def first_characters(source: str) -> str | None:
    """A character class holding every character a match of ``source`` can start with, or None when that
    could be anything, or the pattern can match nothing at all.

    Put in a lookahead before a long alternation, it lets the engine give up on most positions with one
    test instead of trying every branch: about 1.4 times faster on the classifier's patterns.
    """
    try:
        return _first_characters(list(sre_parse.parse(source)))
    except (re.error, RecursionError):
        return None


def _first_characters(items: list[tuple[object, object]]) -> str | None:
    found = _first(items)
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def starts_at_word_boundary(source: str) -> bool:
    """Whether every match of ``source`` asserts a word boundary (``\\b``) where it starts.

    Most of the classifier's patterns read ``\\b(?:...)``: a lookahead of ``\\b`` and the first characters
    then rules out the middle of every word with one test, not only the letters no branch starts with.
    """
    try:
        return _bounded(list(sre_parse.parse(source)))
    except (re.error, RecursionError):
        return False


def _bounded(items: list[tuple[object, object]]) -> bool:
    for op, arg in items:
        if op is sre.AT:
            if arg is sre.AT_BOUNDARY:
                return True
            continue  # "^", "$": zero width, and the next item still starts the match
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a lookaround takes no characters
        if op is sre.BRANCH and isinstance(arg, tuple):
            return all(_bounded(list(branch)) for branch in arg[1])
        if op is sre.SUBPATTERN and isinstance(arg, tuple):
            return _bounded(list(arg[-1]))
        return False  # something that takes a character, or a repeat that might not: no promise
    return False


def _lookahead(items: list[tuple[object, object]]) -> str | None:
    """What a match can start with, as the body of a lookahead, or None when that could be anything.

    Branches that open with ``\\b`` and those that do not are bounded apart, ``\\b[ab]|[,']``: one branch
    starting at a comma should not let the others be tried in the middle of every word.
    """
    branches = _top_branches(items)
    bounded: set[str] = set()
    loose: set[str] = set()
    for branch in branches:
        found = _first(branch)
        if found is None or found[1] or not found[0]:
            return None
        (bounded if _bounded(branch) else loose).update(found[0])
    parts = ([rf"\b[{''.join(sorted(bounded))}]"] if bounded else []) + (
        [f"[{''.join(sorted(loose))}]"] if loose else []
    )
    return "|".join(parts)


def _top_branches(items: list[tuple[object, object]]) -> list[list[tuple[object, object]]]:
    if len(items) == 1 and items[0][0] is sre.BRANCH and isinstance(items[0][1], tuple):
        return [list(branch) for branch in items[0][1][1]]
    return [items]


_Firsts = tuple[set[str], bool]  # the characters a match may start with, and whether it may be empty


def _first(items: list[tuple[object, object]]) -> _Firsts | None:
    chars: set[str] = set()
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        one = _first_of(op, arg)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _first_of(op: object, arg: object) -> _Firsts | None:
    if op is sre.LITERAL and isinstance(arg, int):
        return {re.escape(chr(arg))}, False
    if op is sre.IN and isinstance(arg, list):
        chars = set()
        for kind, value in arg:
            if kind is sre.LITERAL:
                chars.add(re.escape(chr(value)))
            elif kind is sre.RANGE:
                chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:
                return None
        return chars, False
    if op is sre.BRANCH and isinstance(arg, tuple):
        chars, empty = set(), False
        for branch in arg[1]:
            one = _first(list(branch))
            if one is None:
                return None
            chars |= one[0]
            empty = empty or one[1]
        return chars, empty
    if op is sre.SUBPATTERN and isinstance(arg, tuple):
        return _first(list(arg[-1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and isinstance(arg, tuple):
        low, _high, body = arg
        one = _first(list(body))
        return None if one is None else (one[0], low == 0 or one[1])
    return None  # "any character", word classes, back-references: no useful bound


_CATEGORIES: dict[object, str] = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


class _Unfactorable(Exception):
    """A construct the factoring does not read (a conditional, a comment, a global flag)."""


_CAPTURES = re.compile(r"\((?!\?(?::|=|!|<=|<!))")  # a group that numbers or names what it matches
_QUANTIFIERS = frozenset(("*", "+", "?", "{"))
_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_GROUP_OPENER = re.compile(r"\((?!\?)|\(\?(?::|=|!|<=|<!|P<\w+>|[aiLmsux-]+:)")


def factored(source: str) -> str:
    """``source`` with the branches of each alternation grouped by the letter they start with, or ``source``
    itself when it holds something this reader does not follow.

    ``re`` tries every branch of an alternation in turn; a branch that starts with a letter fails at once on
    any other letter, but only after the engine has reached it. Grouped as a trie (``wa(?:it|ited)``), a
    position is given up after one test per distinct letter. Branches with different first letters cannot
    both match at one position, and a branch that does not start with a letter keeps its place between the
    groups, so the first branch to match, and so every match, is the same as before. To let more branches
    join a group, neighbours that open with ``\\b`` share it, a group that opens a branch is spread into its
    branches, and a lookbehind before a letter is checked just after it.
    """
    try:
        text, end = _alternation(source, 0, factor=True)
    except _Unfactorable:
        return source
    return source if end != len(source) else text


def _alternation(source: str, at: int, *, factor: bool) -> tuple[str, int]:
    """The alternation starting at ``at``, up to its closing parenthesis or the end, and where it stopped."""
    branches, at = _branches(source, at, factor=factor)
    return "|".join(branches), at


def _branches(source: str, at: int, *, factor: bool) -> tuple[list[str], int]:
    branches: list[str] = []
    current: list[str] = []
    while at < len(source) and source[at] != ")":
        char = source[at]
        if char == "|":
            branches.append("".join(current))
            current, at = [], at + 1
        elif char == "\\":
            current.append(source[at : at + 2])
            at += 2
        elif char == "[":
            end = _class_end(source, at)
            current.append(source[at:end])
            at = end
        elif char == "(":
            opener = _GROUP_OPENER.match(source, at)
            if opener is None:
                raise _Unfactorable  # "(?i)", "(?#…)", "(?(1)…)", "(?P=name)"
            prefix = opener[0]
            # lookbehinds stay as written; under a scoped flag such as "(?i:…)" a letter is not one character
            inner_factor = factor and (prefix in ("(", "(?:", "(?=", "(?!") or prefix.startswith("(?P<"))
            inner, at = _alternation(source, at + len(prefix), factor=inner_factor)
            if at >= len(source):
                raise _Unfactorable
            current.append(f"{prefix}{inner})")
            at += 1
        else:
            current.append(char)
            at += 1
    branches.append("".join(current))
    return (_by_first_letter(branches) if factor else branches), at


def _class_end(source: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (``[]…]`` and ``[^]…]`` hold a literal ``]``)."""
    at += 1
    if source[at : at + 1] == "^":
        at += 1
    if source[at : at + 1] == "]":
        at += 1
    while at < len(source) and source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    if at >= len(source):
        raise _Unfactorable
    return at + 1


def _by_first_letter(branches: list[str]) -> list[str]:
    out: list[str] = []
    run: dict[str, list[str]] = {}  # the branches since the last one that starts with something else
    bounded: list[str] = []  # consecutive branches that start with a word boundary, without it

    def close_run() -> None:
        for letter, group in run.items():
            rest = _by_first_letter([branch[1:] for branch in group]) if len(group) > 1 else [group[0][1:]]
            out.append(letter + rest[0] if len(rest) == 1 else f"{letter}(?:{'|'.join(rest)})")
        run.clear()

    def close_bounded() -> None:
        if bounded:
            rest = _by_first_letter(bounded)
            out.append("\\b" + rest[0] if len(rest) == 1 else f"\\b(?:{'|'.join(rest)})")
            bounded.clear()

    for branch in (spread for whole in branches for spread in _spread(whole)):
        if branch.startswith("\\b") and branch[2:3] not in _QUANTIFIERS:
            close_run()  # "\\ba|\\bb" is "\\b(?:a|b)", but only beside each other: a boundary is no letter
            bounded.append(branch[2:])
            continue
        close_bounded()
        if branch and branch[0] not in _SPECIAL and branch[1:2] not in _QUANTIFIERS:
            run.setdefault(branch[0], []).append(branch)
        else:
            close_run()
            out.append(branch)
    close_run()
    close_bounded()
    return out


def _spread(branch: str) -> list[str]:
    """A branch that opens with a group, as that group's branches each followed by the rest: "(?:a|b)\\b" is
    "a\\b|b\\b", tried in the same order, and its branches can then join their neighbours' groups."""
    if branch.startswith(("(?<!", "(?<=")):
        return [_letter_before_lookbehinds(branch)]
    if not branch.startswith("(?:"):
        return [branch]
    inner, end = _branches(branch, 3, factor=False)
    rest = branch[end + 1 :]
    optional = rest[:1] == "?" and rest[1:2] not in _QUANTIFIERS  # "(?:still )?unresolved": greedy, so tried first
    if optional:
        rest = rest[1:]
        inner = [*inner, ""]
    if rest[:1] in _QUANTIFIERS or _CAPTURES.search(rest) or len(rest) * (len(inner) - 1) > 240:
        return [branch]  # a repeated group, a tail with a group that captures, or a long tail repeated many times
    return [part + rest for part in inner]


def _letter_before_lookbehinds(branch: str) -> str:
    """ "(?<!not )worth" as "w(?<!not w)orth": the same test one character later, so the branch starts with
    the letter it needs and can be grouped with the others that start with it."""
    at, behind = 0, []
    while branch.startswith(("(?<!", "(?<="), at):
        inner, end = _alternation(branch, at + 4, factor=False)
        behind.append((branch[at : at + 4], inner))
        at = end + 1
    letter = branch[at : at + 1]
    if not letter or letter in _SPECIAL or branch[at + 1 : at + 2] in _QUANTIFIERS:
        return branch
    return letter + "".join(f"{kind}(?:{inner}){letter})" for kind, inner in behind) + branch[at + 1 :]


def _unanchored(source: str) -> str:
    """``source`` without its top-level branches that start with ``^``, or as it is when it has none, or
    nothing else, or holds something the branch reader does not follow."""
    try:
        branches, end = _branches(source, 0, factor=False)
    except _Unfactorable:
        return source
    others = [branch for branch in branches if not branch.startswith("^")]
    if end != len(source) or not others or len(others) == len(branches):
        return source
    return "|".join(others)


class FoldedPattern:
    """A case-insensitive pattern: its letters lower-cased once, the text folded at each match."""

    __slots__ = ("_elsewhere", "_gate", "_last", "_lowered", "_pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        lowered = self._lowered = lower_literals(source)
        # "^\W*stop\W*$|\bunsubscribe\b": a branch anchored at the start is tried only there, so the others
        # alone say where else a match can start
        unanchored = _unanchored(lowered)
        try:  # parsed once for both questions: parsing is most of what building a pattern costs
            first = _lookahead(list(sre_parse.parse(unanchored)))
        except (re.error, RecursionError):
            first = None
        # Past the start only the unanchored branches can match: searched on their own there, a position is given
        # up on one test of the lookahead, not on an alternation of it with "^" (a third slower)
        self._elsewhere = (
            re.compile(f"(?={first})(?:{factored(unanchored)})") if first and unanchored != lowered else None
        )
        if first and unanchored != lowered:
            first = f"^|{first}"
        self._pattern = re.compile(f"(?={first})(?:{factored(lowered)})" if first else factored(lowered))
        self._gate: Gate | _Ungated | _GateUnread = _GateUnread(self)
        self._last: tuple[str, re.Match[str] | None] = ("", None)  # one answer asks the same twice, often

    def search(self, text: str) -> re.Match[str] | None:
        folded_text = fold(text)
        if self._gate.excludes(folded_text):
            return None  # as quick as asking the memo
        last_text, last_found = self._last
        if text == last_text:
            return last_found
        if self._elsewhere is None:
            found = self._pattern.search(folded_text)
        else:
            # a match at the start is tried with every branch, in order, as a search would; then the rest
            found = self._pattern.match(folded_text) or self._elsewhere.search(folded_text, 1)
        self._last = (text, found)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        folded_text = fold(text)
        return None if self._gate.excludes(folded_text) else self._pattern.match(folded_text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        folded_text = fold(text)
        return iter(()) if self._gate.excludes(folded_text) else self._pattern.finditer(folded_text)

    def sub(self, replacement: str, text: str) -> str:
        """Note: what is left of ``text`` comes back lower-cased."""
        folded_text = fold(text)
        return folded_text if self._gate.excludes(folded_text) else self._pattern.sub(replacement, folded_text)


class _Ungated:
    """The gate of a pattern some match of which may hold nothing a gate can name: it turns nothing away."""

    __slots__ = ()

    def excludes(self, folded_text: str) -> bool:
        return False


_UNGATED = _Ungated()


class _GateUnread:
    """A pattern's gate until its first use: reading a gate costs more than compiling, and a run may not need them
    all."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: FoldedPattern) -> None:
        self._pattern = pattern

    def excludes(self, folded_text: str) -> bool:
        read = self._pattern._gate = gate(self._pattern._lowered) or _UNGATED
        return read.excludes(folded_text)


class GatedPattern:
    """A pattern compiled with ``re.IGNORECASE``, matched on the text as given, behind its gate."""

    __slots__ = ("_gate", "pattern")

    def __init__(self, pattern: re.Pattern[str], text_gate: Gate) -> None:
        self.pattern = pattern
        self._gate = text_gate

    def _excludes(self, text: str) -> bool:
        # past ASCII a few letters match more under IGNORECASE than lower() says ("ſ" is an "s"): those go ungated
        if not text.isascii() and not _CASE_FOLDED_APART.isdisjoint(text):
            return False
        return self._gate.excludes(fold(text))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._excludes(text) else self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return None if self._excludes(text) else self.pattern.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return None if self._excludes(text) else self.pattern.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._excludes(text) else self.pattern.finditer(text)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return [text] if self._excludes(text) else self.pattern.split(text, maxsplit)

    def sub(self, replacement: str, text: str) -> str:
        return text if self._excludes(text) else self.pattern.sub(replacement, text)


# The letters past ASCII that IGNORECASE matches with others lower() keeps apart: "ı" with "i", "ſ" with "s",
# "K" (Kelvin) with "k", and "İ", which lower() makes two characters
_CASE_FOLDED_APART = frozenset(
    char for key, others in _casefix._EXTRA_CASES.items() for char in map(chr, (key, *others)) if not char.isascii()
) | {"\u0130"}


def case_insensitive(source: str) -> re.Pattern[str] | GatedPattern:
    """``source`` compiled with ``re.IGNORECASE``, behind its gate when it has one."""
    pattern = re.compile(source, re.IGNORECASE)
    lowered = lower_literals(source)
    if not _CASE_FOLDED_APART.isdisjoint(lowered):
        return pattern
    text_gate = gate(lowered)
    return pattern if text_gate is None else GatedPattern(pattern, text_gate)


def folded(source: str) -> FoldedPattern:
    return FoldedPattern(source)
