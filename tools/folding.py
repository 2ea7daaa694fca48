"""Case-insensitive patterns matched on lower-cased text.

Python's ``re`` tries every branch of an alternation at every position, and under ``re.I`` each letter
is a case-folded comparison; on lower-cased text without the flag the classifier's patterns run three to
four times faster, which is most of its time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=1024)  # each clause is matched against dozens of patterns
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


class FoldedPattern:
    """A case-insensitive pattern: its letters lower-cased once, the text folded at each match."""

    __slots__ = ("_pattern",)

    def __init__(self, source: str) -> None:
        self._pattern = re.compile(lower_literals(source))

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern.search(fold(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self._pattern.match(fold(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(fold(text))

    def sub(self, replacement: str, text: str) -> str:
        """Note: what is left of ``text`` comes back lower-cased."""
        return self._pattern.sub(replacement, fold(text))


def folded(source: str) -> FoldedPattern:
    return FoldedPattern(source)
