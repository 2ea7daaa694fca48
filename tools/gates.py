"""What a text must hold for a pattern to match: a gate tried before the pattern.

Most of the classifier's patterns match few of the texts they are tried on, and ``re`` still tries each at every
word start. A pattern's gate is a set of words, word beginnings and characters, read from its parse tree, one
of which every match holds; a text holding none of them cannot match, and two set tests say so in a fraction
of the time. A gate is only ever a necessary condition: a text it lets through is searched as before.
"""

from __future__ import annotations

import re
import re._constants as sre  # the stdlib's own pattern parser, as in folding
import re._parser as sre_parse
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import product
from typing import NamedTuple

_PREFIX = 3  # how much of a word a beginning holds: "all" says more than "a", and the set of a text stays small
_ENDED = "$"  # after a word: the whole word, "unsubscribe$", not any word beginning "uns"
_CHAR = "\0"  # before a character the gate needs where no word is known: "\0," is ","
_DIGIT = _CHAR + "\\d"  # any digit: "\\d" matches more than 0 to 9
_VARIANTS = 64  # spellings of a part spelt out at once; past that its parts are read one by one
_SPELLINGS = 32  # spellings of one run of letters ("[èe]" doubles them)
_WORD = re.compile(r"\w+")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# Words too common in answers to say anything: a gate on "my" lets nearly every answer through.
_COMMON = frozenset(
    "a i me my we our us you he she his her it its they them the an and or but so to of in on at for with is "
    "are was were be been am do does did not no have has had this that there what all just too very "
    "de la le les el los las un une una y et en que je il elle mi ma mon su es est por para pas ne se lo".split()
)


class Gate(NamedTuple):
    whole: frozenset[str]  # whole words: "unsubscribe"
    starts: frozenset[str]  # the first three characters of a word: "uns"
    short: frozenset[str]  # the first one or two: "s", rarely needed
    chars: str  # characters where no word is known, as the body of a class for one search: "🥜,\\d"

    def excludes(self, folded_text: str) -> bool:
        """Whether ``folded_text`` (lower-cased, as ``folding.fold`` gives it) holds none of the gate."""
        whole, starts = words_of(folded_text)
        if not self.whole.isdisjoint(whole) or not self.starts.isdisjoint(starts):
            return False
        if self.short and not self.short.isdisjoint(_short_starts(folded_text)):
            return False
        return not (self.chars and _chars_in(self.chars).search(folded_text))


@lru_cache(maxsize=64)  # the clauses of one answer are tried against dozens of patterns
def words_of(folded_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``folded_text``, and the first three characters of each."""
    words = _WORD.findall(folded_text)
    return frozenset(words), frozenset([word[:_PREFIX] for word in words])


@lru_cache(maxsize=64)
def _short_starts(folded_text: str) -> frozenset[str]:
    return frozenset(word[:length] for word in words_of(folded_text)[0] for length in (1, 2))


@cache
def _chars_in(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{chars}]")


def gate(source: str) -> Gate | None:
    """The gate of a pattern matched without flags, or None when some match may hold nothing it can name."""
    try:
        parsed = sre_parse.parse(source)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _Reader().need(list(parsed), before=False, after=False)
    except (re.error, RecursionError):
        return None
    return _gate_of(found) if found else None


def _gate_of(found: set[str]) -> Gate:
    """A gate from what ``_Reader.need`` found: marked words, beginnings and characters."""
    chars = {token for token in found if token.startswith(_CHAR)}
    words = found - chars
    return Gate(
        frozenset(word.removesuffix(_ENDED) for word in words if word.endswith(_ENDED)),
        frozenset(word for word in words if not word.endswith(_ENDED) and len(word) == _PREFIX),
        frozenset(word for word in words if not word.endswith(_ENDED) and len(word) < _PREFIX),
        "".join(sorted(re.escape(char[1:]) for char in chars - {_DIGIT})) + ("\\d" if _DIGIT in chars else ""),
    )


# A pattern spelt out as atoms: one character of a set, a non-word character, a word boundary, or anything.
_Atom = tuple[str, frozenset[str]]
_BOUND: _Atom = ("b", frozenset())
_NON_WORD: _Atom = ("n", frozenset())
_DIGITS: _Atom = ("d", frozenset())  # "\\d": a word character, and something a text may be checked for
_ANY: _Atom = ("w", frozenset())
_Variant = tuple[_Atom, ...]
_Item = tuple[object, object]
_Items = list[_Item]


class _Reader:
    """Reads one parsed pattern; the spellings of each part are worked out once."""

    def __init__(self) -> None:
        self._spelt: dict[int, list[_Variant] | None] = {}  # by the id of a parsed item, alive while reading

    def need(self, items: _Items, *, before: bool, after: bool) -> set[str] | None:
        """Words and characters one of which every match of ``items`` holds, or None; ``before`` and ``after``
        when a word boundary is known to stand there."""
        spelt = self.variants(items)
        if spelt is not None:
            found: set[str] = set()
            for variant in spelt:
                best = _best(((_BOUND,) if before else ()) + variant + ((_BOUND,) if after else ()))
                if best is None:
                    return None
                found |= best
            return found
        if len(items) == 1:
            op, arg = items[0]
            if op is sre.BRANCH and isinstance(arg, tuple):
                return _union([self.need(list(branch), before=before, after=after) for branch in arg[1]])
            if op is sre.SUBPATTERN and isinstance(arg, tuple) and not arg[1] & re.IGNORECASE:
                return self.need(list(arg[-1]), before=before, after=after)
            if op in _REPEATS and isinstance(arg, tuple) and arg[0] >= 1:
                return self.need(list(arg[2]), before=before, after=after and arg[1] == 1)
            return None
        # too many spellings to spell out at once: the cheapest part that every match holds, a part being as many
        # items in a row as can be spelt out together, or one item read on its own
        choices = []
        at = 0
        while at < len(items):
            end = at + 1
            together = self.item_variants(items[at])
            while end < len(items) and together is not None:
                more = self.item_variants(items[end])
                if more is None or len(together) * len(more) > _VARIANTS:
                    break
                together = [head + tail for head in together for tail in more]
                end += 1
            part_before = self._bounded(reversed(items[:at]), before, last=True)
            part_after = self._bounded(items[end:], after, last=False)
            part = self.need(items[at:end], before=part_before, after=part_after)
            if part:
                choices.append(part)
            at = end
        return min(choices, key=_cost) if choices else None

    def _bounded(self, beside: Iterable[_Item], otherwise: bool, *, last: bool) -> bool:
        """Whether a word boundary stands next to a part, given the items ``beside`` it, nearest first: the
        nearest that takes characters takes a non-word one there, or is a boundary itself."""
        for item in beside:
            spelt = self.item_variants(item)
            if spelt is None:
                return False
            ends = {variant[-1 if last else 0][0] if variant else "" for variant in spelt}
            if not ends <= {"b", "n", ""}:
                return False
            if "" not in ends:
                return True
        return otherwise

    def variants(self, items: _Items) -> list[_Variant] | None:
        """The spellings of ``items``, or None when there are too many to spell out."""
        spelt: list[_Variant] = [()]
        for item in items:
            one = self.item_variants(item)
            if one is None or len(spelt) * len(one) > _VARIANTS:
                return None
            spelt = [head + tail for head in spelt for tail in one]
        return spelt

    def item_variants(self, item: _Item) -> list[_Variant] | None:
        key = id(item[1]) if isinstance(item[1], (list, tuple)) else None
        if key is None:
            return self._item_variants(*item)
        if key not in self._spelt:
            self._spelt[key] = self._item_variants(*item)
        return self._spelt[key]

    def _item_variants(self, op: object, arg: object) -> list[_Variant] | None:
        if op is sre.LITERAL and isinstance(arg, int):
            return [(_char_atom({chr(arg)}),)]
        if op is sre.IN and isinstance(arg, list):
            return [(_class_atom(arg),)]
        if op is sre.AT:
            # "^" and "$" stand where a word starts or ends, as "\\b" does; "\\B" says nothing of use
            return [(_BOUND,)] if arg is not sre.AT_NON_BOUNDARY else [()]
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return [()]  # takes no characters
        if op is sre.SUBPATTERN and isinstance(arg, tuple):
            return [(_ANY,)] if arg[1] & re.IGNORECASE else self.variants(list(arg[-1]))
        if op is sre.BRANCH and isinstance(arg, tuple):
            spelt: list[_Variant] = []
            for branch in arg[1]:
                one = self.variants(list(branch))
                if one is None or len(spelt) + len(one) > _VARIANTS:
                    return None
                spelt.extend(one)
            return spelt
        if op in _REPEATS and isinstance(arg, tuple):
            low, high, body = arg
            once = self.variants(list(body))
            if once is None:
                return None if low else [(_ANY,)]
            if all(len(variant) == 1 and variant[0][0] == "n" for variant in once):  # "\\s+", "[- ]*"
                return [(_NON_WORD,)] if low else [(), (_NON_WORD,)]
            if (low, high) == (1, 1):
                return once
            if (low, high) == (0, 1):
                return [(), *once]
            return [(*variant, _ANY) for variant in once] if low else [(_ANY,)]
        return [(_ANY,)]


def _union(found: list[set[str] | None]) -> set[str] | None:
    union: set[str] = set()
    for one in found:
        if one is None:
            return None
        union |= one
    return union


def _char_atom(chars: set[str]) -> _Atom:
    if all(_WORD.fullmatch(char) for char in chars):
        return ("c", frozenset(chars))
    if not any(_WORD.fullmatch(char) for char in chars):
        return ("n", frozenset(chars))  # the characters are kept: one may be all a branch names
    return _ANY


def _class_atom(members: list[tuple[object, object]]) -> _Atom:
    chars: set[str] = set()
    spaces = False  # "\\s" or "\\W": some non-word character, no telling which
    digits = False
    for kind, value in members:
        if kind is sre.LITERAL and isinstance(value, int):
            chars.add(chr(value))
        elif kind is sre.RANGE and isinstance(value, tuple) and value[1] - value[0] < 16:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            spaces = True
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            digits = True
        else:
            return _ANY  # "\\w", a negated set, a wide range
    if digits:
        return _DIGITS if not spaces and all(char.isdecimal() for char in chars) else _ANY
    if spaces:
        return _ANY if any(_WORD.fullmatch(char) for char in chars) else _NON_WORD
    return _char_atom(chars)


def _best(variant: _Variant) -> set[str] | None:
    """The cheapest words one of which a match spelt as ``variant`` holds, else the characters it starts with,
    or None."""
    choices: list[set[str]] = []
    at = 0
    while at < len(variant):
        if variant[at][0] != "c":
            at += 1
            continue
        end = at
        while end < len(variant) and variant[end][0] == "c":
            end += 1
        # a run of letters where a word starts: the word, or its beginning when it may go on
        if at > 0 and variant[at - 1][0] in "bn":
            choices.append(_spellings(variant[at:end], ended=end < len(variant) and variant[end][0] in "bn"))
        at = end
    choices = [choice for choice in choices if choice]
    if choices:
        return min(choices, key=_cost)
    for kind, chars in variant:
        if kind == "b":
            continue
        if kind == "d":
            return {_DIGIT}
        return {_CHAR + char for char in chars} if kind in "cn" and chars else None
    return None


def _spellings(run: _Variant, *, ended: bool) -> set[str]:
    letters = [sorted(chars) for _kind, chars in run]
    if ended and _count(letters) <= _SPELLINGS:
        return {"".join(spelling) + _ENDED for spelling in product(*letters)}
    if _count(letters[:_PREFIX]) > _SPELLINGS:
        return set()
    return {"".join(spelling) for spelling in product(*letters[:_PREFIX])}


def _count(letters: list[list[str]]) -> int:
    count = 1
    for choices in letters:
        count *= len(choices)
    return count


def _cost(words: set[str]) -> float:
    """Roughly how often an answer holds one of ``words``: a rare whole word is the best gate."""
    total = 0.0
    for word in words:
        if word.startswith(_CHAR):
            total += 100 if word.isascii() else 2  # "🥜" is rare, "," and " " are not
        elif word.endswith(_ENDED):
            whole = word[: -len(_ENDED)]
            total += 20 if whole in _COMMON else 4 / min(len(whole), 4)
        else:
            total += 40 / len(word) ** 2  # a beginning: "uns" lets through fewer words than "u"
    return total
