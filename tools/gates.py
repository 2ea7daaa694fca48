"""What a text must hold for a pattern to match: a gate tried before the pattern.

Most of the classifier's patterns match few of the texts they are tried on, and ``re`` still tries each at every
word start. A pattern's gate is a set of words, word beginnings and characters, read from its parse tree, one
of which every match holds; a text holding none of them cannot match. Where a branch holds a common word beside
something rarer ("stop sending me", "with ... clients", "my 40th"), a text holding the word is turned away too
when it lacks its partner. A gate is only ever a necessary condition: a text it lets through is searched as
before.
"""

from __future__ import annotations

import re
import re._constants as sre  # the stdlib's own pattern parser, as in folding
import re._parser as sre_parse
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import product

_PREFIX = 3  # how much of a word a beginning holds: "all" says more than "a", and the set of a text stays small
_SHORT = 2  # a shorter beginning, for a word that may be as short: "is" in "is", "isn't", "isnt"
_ENDED = "$"  # after a word: the whole word, "unsubscribe$", not any word beginning "uns"
_CHAR = "\0"  # before what the gate needs where no word is known, found anywhere: "\0," is ",", "\0allergi"
_ANY_DIGIT = "\\d"  # any digit: "\\d" matches more than 0 to 9
_DIGIT = _CHAR + _ANY_DIGIT
_VARIANTS = 64  # spellings of a part spelt out at once; past that its parts are read one by one
_SPELLINGS = 32  # spellings of one run of letters ("[èe]" doubles them)
_LITERAL = 5  # the shortest run of known characters worth a search: "no-no", not "my "
_WORD = re.compile(r"\w+")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# Words too common in answers to say anything: a gate on "my" lets nearly every answer through.
_COMMON = frozenset(
    "a i me my we our us you he she his her it its they them the an and or but so to of in on at for with is "
    "are was were be been am do does did not no have has had this that there what all just too very "
    "de la le les el los las un une una y et en que je il elle mi ma mon su es est por para pas ne se lo".split()
)


class Gate:
    """What one of which every match of a pattern holds."""

    __slots__ = ("_anywhere", "_pairs", "chars", "first", "inside", "partners")

    def __init__(
        self, first: Mapping[str, frozenset[str] | None], chars: Iterable[str] = (), inside: Iterable[str] = ()
    ) -> None:
        """``first`` maps each word to its partners, or to None when it is enough alone; a partner marked with
        ``_CHAR`` is looked for anywhere."""
        self.first = frozenset(first)  # whole words ("unsubscribe"), the first three or two characters of one ("un")
        # a word of ``first`` that is no use alone: one of these must stand with it ("stop" needs "emails"), as
        # written and as checked: the words among them in one set test, the rest in one search
        paired = {token: partners for token, partners in first.items() if partners is not None}
        self.partners = {
            token: frozenset(p.removeprefix(_CHAR) for p in partners) for token, partners in paired.items()
        }
        self._pairs = {
            token: (
                frozenset(p for p in partners if not p.startswith(_CHAR)),
                _search_for(p[len(_CHAR) :] for p in partners if p.startswith(_CHAR)),
            )
            for token, partners in paired.items()
        }
        self.chars = frozenset(chars)  # characters where no word is known, anywhere: "🥜", "\\d" for any digit
        self.inside = frozenset(inside)  # runs of letters anywhere, even inside a word: "allergi"
        self._anywhere = _search_for(self.chars | self.inside)

    def excludes(self, folded_text: str) -> bool:
        """Whether ``folded_text`` (lower-cased, as ``folding.fold`` gives it) holds none of the gate."""
        tokens = tokens_of(folded_text)
        if not self.first.isdisjoint(tokens):
            if not self._pairs:
                return False
            for token in self.first.intersection(tokens):
                pair = self._pairs.get(token)
                if pair is None or not pair[0].isdisjoint(tokens) or (pair[1] and pair[1].search(folded_text)):
                    return False
        return self._anywhere is None or self._anywhere.search(folded_text) is None

    def __repr__(self) -> str:
        return f"Gate({sorted(self.first)}, {self.partners}, chars={sorted(self.chars)}, inside={sorted(self.inside)})"


def _search_for(found: Iterable[str]) -> re.Pattern[str] | None:
    """One search for any of ``found``, characters or runs of letters, with "\\d" for any digit."""
    alternatives = sorted(item if item == _ANY_DIGIT else re.escape(item) for item in found)
    return re.compile("|".join(alternatives)) if alternatives else None


@lru_cache(maxsize=64)  # the clauses of one answer are tried against dozens of patterns
def tokens_of(folded_text: str) -> frozenset[str]:
    """The words of ``folded_text``, and the first three and two characters of each."""
    words = _WORD.findall(folded_text)
    return frozenset(words + [word[:_PREFIX] for word in words] + [word[:_SHORT] for word in words])


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


def _gate_of(found: _Need) -> Gate:
    """A gate from what ``_Reader.need`` found: marked words, beginnings and characters, each with its partners."""
    first: dict[str, frozenset[str] | None] = {}
    chars = set()
    for token, partners in found.items():
        if token.startswith(_CHAR):
            chars.add(token[len(_CHAR) :])
        elif _is_word_token(token):
            # "can" the word and "can" the beginning of "cancel" are one token of a text
            _add(first, token.removesuffix(_ENDED), partners and frozenset(p.removesuffix(_ENDED) for p in partners))
        else:
            chars.add(token)  # the one letter a word starts with: looked for anywhere
    inside = {found for found in chars if len(found) >= _PREFIX}
    return Gate(first, chars - inside, inside)


# What every match holds: tokens, each with the tokens one of which must stand beside it, or None when it alone
# is enough. A token is a whole word ("unsubscribe$"), a beginning ("all"), or what is found anywhere: a character
# ("\0🥜"), a run of letters ("\0allergi") or of known characters ("\0no-no").
_Need = dict[str, frozenset[str] | None]


def _add(need: dict[str, frozenset[str] | None], token: str, partners: frozenset[str] | None) -> None:
    """``token`` with ``partners`` as another way a match may go: either way lets it through."""
    if token not in need:
        need[token] = partners
    else:
        known = need[token]
        need[token] = None if known is None or partners is None else known | partners


def _partnered(need: _Need, partners: Iterable[str]) -> _Need:
    """``need`` with ``partners`` beside each token that had none, when every match holds one of them too."""
    usable = frozenset(partners)
    if not usable:
        return need
    return {token: usable if known is None and _is_word_token(token) else known for token, known in need.items()}


def _is_word_token(token: str) -> bool:
    """Whether a text's words say if ``token`` is there: a whole word, or a beginning of two or three characters."""
    return not token.startswith(_CHAR) and (token.endswith(_ENDED) or len(token) >= _SHORT)


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

    def need(self, items: _Items, *, before: bool, after: bool) -> _Need | None:
        """Words and characters one of which every match of ``items`` holds, or None; ``before`` and ``after``
        when a word boundary is known to stand there."""
        spelt = self.variants(items)
        if spelt is not None:
            found: _Need = {}
            for variant in spelt:
                best = _best(((_BOUND,) if before else ()) + variant + ((_BOUND,) if after else ()))
                if best is None:
                    return None
                tokens, partners = best
                for token in tokens:
                    _add(found, token, partners)
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
        if not choices:
            return None
        choices.sort(key=_cost)
        # every part is needed: the second cheapest stands beside the cheapest
        return _partnered(choices[0], choices[1]) if len(choices) > 1 else choices[0]

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
            if (low, high) == (1, 1):
                return once
            if (low, high) == (0, 1):
                return [(), *once]
            if all(len(variant) == 1 and variant[0][0] == "n" for variant in once):  # "\\s+", "[- ]*"
                return [(_NON_WORD,)] if low else [(), (_NON_WORD,)]
            if all(atom == _ANY for variant in once for atom in variant):  # "\\w+": anything, or nothing
                return [(_ANY,)]
            if len(once) ** 2 <= _VARIANTS:
                # twice or more: the first time's beginning and the last time's end are known, so a word after
                # "(?:\\w+ ){0,3}" starts a word
                more = [(*head, _ANY, *tail) for head in once for tail in once]
                spelt = [*once, *more] if low <= 1 else more
            else:
                spelt = [(*variant, _ANY) for variant in once]
            return spelt if low else [(), *spelt]
        return [(_ANY,)]


def _union(found: list[_Need | None]) -> _Need | None:
    union: _Need = {}
    for one in found:
        if one is None:
            return None
        for token, partners in one.items():
            _add(union, token, partners)
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


def _best(variant: _Variant) -> tuple[set[str], frozenset[str] | None] | None:
    """The cheapest words one of which a match spelt as ``variant`` holds, with the next cheapest thing it also
    holds as their partners; else what it holds anywhere; else the characters it starts with; or None."""
    words: list[tuple[set[str], set[str]]] = []  # where a word starts: the word or its beginning, and the run whole
    anywhere: list[set[str]] = []  # runs not known to start a word ("nussallergie" holds "allergi"), digits
    at = 0
    while at < len(variant):
        kind = variant[at][0]
        if kind != "c":
            if kind == "d":
                anywhere.append({_DIGIT})
            at += 1
            continue
        end = at
        while end < len(variant) and variant[end][0] == "c":
            end += 1
        starts_word, ended = at > 0 and variant[at - 1][0] in "bn", end < len(variant) and variant[end][0] in "bn"
        whole: set[str] = set()
        # a run not known to start a word is looked for anywhere, and so is a word that may go on, known by its
        # beginning "all" and looked for whole: "allerg"
        if end - at >= _PREFIX and not (starts_word and (ended or end - at == _PREFIX)):
            letters = [sorted(chars) for _kind, chars in variant[at:end]]
            if _count(letters) <= _SPELLINGS:
                whole = {_CHAR + "".join(spelling) for spelling in product(*letters)}
        if starts_word:
            words.append((_spellings(variant[at:end], ended=ended), whole))
        elif whole:
            anywhere.append(whole)
        at = end
    anywhere.extend(_literal_runs(variant))
    ranked = sorted((word for word in words if word[0]), key=lambda word: _cost(word[0]))
    if ranked:  # a word is checked with the others in one set test, what stands anywhere only with a search
        first, own = ranked[0]
        others = [word for word, _whole in ranked[1:] if word != first]
        others += [whole for _word, whole in ranked[1:] if whole] + anywhere
        # the word's own run says least beside it: "allerg" stands wherever "all" does in an allergy answer
        partners = min(others, key=_cost, default=own)
        return first, frozenset(partners) if partners else None
    if anywhere:
        anywhere.sort(key=_cost)
        beside = [found for found in anywhere[1:] if found != anywhere[0]]
        return anywhere[0], frozenset(beside[0]) if beside else None
    for kind, chars in variant:
        if kind == "b":
            continue
        return ({_CHAR + char for char in chars}, None) if kind in "cn" and chars else None
    return None


def _literal_runs(variant: _Variant) -> list[set[str]]:
    """Runs of known characters that hold more than one word, each spelt out: "no-no", "i'm vegan"."""
    runs, at = [], 0
    while at < len(variant):
        end = at
        while end < len(variant) and variant[end][0] in "cn" and variant[end][1]:
            end += 1
        run = variant[at:end]
        while run and run[0][0] == "n":  # " allerg" says no more than "allerg"
            run = run[1:]
        while run and run[-1][0] == "n":
            run = run[:-1]
        chars = [sorted(known) for _kind, known in run]
        if len(run) >= _LITERAL and any(kind == "n" for kind, _known in run) and _count(chars) <= _SPELLINGS:
            runs.append({_CHAR + "".join(spelling) for spelling in product(*chars)})
        at = end + 1
    return runs


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


def _cost(words: Iterable[str]) -> float:
    """Roughly how often an answer holds one of ``words``: a rare whole word is the best gate."""
    total = 0.0
    for word in words:
        if word.startswith(_CHAR):
            found = word[len(_CHAR) :]
            # a run of letters is as rare as a word beginning; "🥜" is rare, "," and " " are not
            total += 40 / len(found) ** 2 if len(found) >= _PREFIX else 100 if found.isascii() else 2
        elif word.endswith(_ENDED):
            whole = word[: -len(_ENDED)]
            total += 20 if whole in _COMMON else 4 / min(len(whole), 4)
        else:
            total += 40 / len(word) ** 2  # a beginning: "uns" lets through fewer words than "u"
    return total
