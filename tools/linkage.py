"""Record linkage for guest lists: normalise, block, compare, weigh (Fellegi-Sunter, trained by EM on
the data itself, no labels), and score. Columnar and vectorised so a million guests fit in a minute.

Weights: u (how often a level occurs between two different people) is measured on random pairs;
m (how often it occurs between records of one person) and the share of matches are estimated by
expectation-maximisation over the candidate pairs' agreement patterns, as splink and fastLink do.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from tools.normalize import email_key, fold, name_key, phone_key, soundex

IntArray = npt.NDArray[np.int64]
Gamma = npt.NDArray[np.int8]
FIELDS: Final = ("first_name", "last_name", "birthday", "postal_code", "address", "email", "phone")
LEVELS: Final = {"first_name": 4, "last_name": 4, "birthday": 4, "postal_code": 3, "address": 4, "email": 2, "phone": 2}
MISSING: Final = -1
MAX_BLOCK: Final = 60  # a block larger than this is too common a key to be evidence
NAME_BLOCK: Final = 24
MIN_SESSION: Final = 200  # fewer candidate pairs than this and a session borrows the default model's

Progress = Callable[[str], None]


@dataclass
class Records:
    """Normalised columns; the empty string means missing."""

    ids: list[str]
    first: list[str]
    last: list[str]
    birthday: list[str]  # YYYYMMDD, or 0000MMDD when only month and day are known
    postal_code: list[str]
    address: list[str]
    email: list[str]
    phone: list[str]

    def __len__(self) -> int:
        return len(self.ids)


_NON_DIGIT = re.compile(r"\D+")


def normalise(rows: Iterable[Mapping[str, Any]], *, region: str = "US") -> Records:
    """Rows of {id, first_name, last_name, email, phone, address, postal_code, birthday} to columns."""
    cols: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        cols["ids"].append(str(row["id"]))
        cols["first"].append(name_key(_text(row.get("first_name"))))
        cols["last"].append(name_key(_text(row.get("last_name")), nickname=False))
        cols["birthday"].append(_birthday(_text(row.get("birthday"))))
        cols["postal_code"].append(
            _NON_DIGIT.sub("", _text(row.get("postal_code"))) or fold(_text(row.get("postal_code")))
        )
        cols["address"].append(fold(_text(row.get("address"))))
        cols["email"].append(email_key(_text(row.get("email")) or None) or "")
        cols["phone"].append(phone_key(_text(row.get("phone")), region))
    return Records(
        **{k: cols[k] for k in ("ids", "first", "last", "birthday", "postal_code", "address", "email", "phone")}
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() in {"", "none", "nan", "null"} else text


def _birthday(text: str) -> str:
    digits = _NON_DIGIT.sub("", text)
    if len(digits) == 8:
        return digits
    if len(digits) == 4:  # MM-DD
        return "0000" + digits
    return ""


# -- blocking -----------------------------------------------------------------------------------------


def key_columns(rec: Records) -> list[tuple[str, list[str]]]:
    """Blocking keys, one column per kind with the largest block it may form ('' where a record has
    none). Two records of one person are likely to share one even with typos, missing fields or
    swapped names: contacts, sounds-alike names, and each of birthday, postcode and street against
    the rest. Each kind is a training session of its own (see ``train``)."""
    first, last, born, post = rec.first, rec.last, rec.birthday, rec.postal_code
    sx_first = [soundex(x) if x else "" for x in first]
    sx_last = [soundex(x) if x else "" for x in last]
    street = [_street(x) for x in rec.address]
    n = range(len(rec))

    def column(prefix: str, parts: Callable[[int], tuple[str, ...]]) -> list[str]:
        out = []
        for i in n:
            values = parts(i)
            out.append(prefix + "".join(values) if all(values) else "")
        return out

    return [
        ("e", column("e", lambda i: (rec.email[i],))),
        ("p", column("p", lambda i: (rec.phone[i],))),
        ("n", column("n", lambda i: (sx_last[i], first[i][:2]))),
        ("n", column("n", lambda i: (sx_first[i], last[i][:2]))),  # meets swapped names
        ("b", column("b", lambda i: (born[i], first[i][:1]))),
        ("b", column("b", lambda i: (born[i], last[i][:1]))),
        ("z", column("z", lambda i: (post[i], first[i][:2]))),
        ("z", column("z", lambda i: (post[i], last[i][:2]))),
        ("d", column("d", lambda i: (born[i], post[i]))),
        ("a", column("a", lambda i: (post[i], street[i]))),
        ("c", column("c", lambda i: (born[i][4:], street[i]))),
    ]


def _street(address: str) -> str:
    """The number and the first word of the street: the part of an address that rarely changes."""
    tokens = address.split(maxsplit=2)
    return " ".join(tokens[:2]) if len(tokens) >= 2 else ""


# Which fields each kind of block makes agree by construction; its session does not learn from them.
BLOCKED: Final = {
    "e": ("email",),
    "p": ("phone",),
    "n": ("first_name", "last_name"),
    "b": ("birthday",),
    "z": ("postal_code",),
    "d": ("birthday", "postal_code"),
    "a": ("postal_code", "address"),
    "c": ("birthday", "address"),
}


@dataclass
class Candidates:
    """Unique (i, j) pairs, i < j, and for each kind of block the rows of ``pairs`` it produced."""

    pairs: IntArray
    sessions: dict[str, IntArray]


def candidate_pairs(rec: Records, *, max_block: int = MAX_BLOCK) -> Candidates:
    """Every pair of records sharing a blocking key, grouped without Python loops over pairs:
    keys become integer codes, records are sorted by code, and equal-size blocks expand together."""
    n = len(rec)
    table: dict[str, int] = {"": -1}
    by_kind: dict[str, list[tuple[IntArray, IntArray]]] = defaultdict(list)
    for kind, column in key_columns(rec):
        codes = np.fromiter((table.setdefault(k, len(table)) for k in column), dtype=np.int64, count=n)
        members = np.flatnonzero(codes >= 0)
        by_kind[kind].append((codes[members], members))
    per_kind: dict[str, IntArray] = {}
    for kind, parts in by_kind.items():
        # Columns of one kind share a key space: a birthday with a first initial meets one with a last.
        cap = min(NAME_BLOCK if kind == "n" else MAX_BLOCK, max_block)
        unique = np.unique(np.concatenate([c for c, _ in parts]) * n + np.concatenate([m for _, m in parts]))
        codes, members = unique // n, unique % n  # a record sits in a block once
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        sizes = np.diff(np.r_[starts, len(codes)])
        chunks = []
        for size in np.unique(sizes):
            if size < 2 or size > cap:
                continue
            group = members[starts[sizes == size][:, None] + np.arange(size)]
            left, right = np.triu_indices(int(size), k=1)
            chunks.append(
                np.minimum(group[:, left], group[:, right]).ravel() * n
                + np.maximum(group[:, left], group[:, right]).ravel()
            )
        if chunks:
            per_kind[kind] = np.unique(np.concatenate(chunks))
    if not per_kind:
        return Candidates(np.empty((0, 2), dtype=np.int64), {})
    union = np.unique(np.concatenate(list(per_kind.values())))
    sessions = {kind: np.searchsorted(union, codes) for kind, codes in per_kind.items()}
    return Candidates(np.stack([union // n, union % n], axis=1), sessions)


# -- comparison ---------------------------------------------------------------------------------------


class Columns:
    """The record columns as object arrays, with presence masks, for fast per-pair indexing."""

    def __init__(self, rec: Records) -> None:
        self.values = {
            name: np.asarray(getattr(rec, name), dtype=object)
            for name in ("first", "last", "birthday", "postal_code", "address", "email", "phone")
        }
        self.present = {name: np.asarray([bool(x) for x in col]) for name, col in self.values.items()}
        born = rec.birthday
        self.values["birthday_swapped"] = np.asarray([b[:4] + b[6:] + b[4:6] if b else "" for b in born], dtype=object)
        self.values["month_day"] = np.asarray([b[4:] for b in born], dtype=object)
        self.year_known = np.asarray([bool(b) and not b.startswith("0000") for b in born])


def compare(rec: Records, pairs: IntArray, columns: Columns | None = None) -> Gamma:
    """Agreement levels per pair and field (higher is closer; -1 missing); shape (P, len(FIELDS))."""
    cols = columns or Columns(rec)
    a, b = pairs[:, 0], pairs[:, 1]
    gamma = np.empty((len(pairs), len(FIELDS)), dtype=np.int8)

    def both(name: str) -> npt.NDArray[np.bool_]:
        present: npt.NDArray[np.bool_] = cols.present[name][a] & cols.present[name][b]
        return present

    def sim(x: str, y: str, scorer: Any) -> npt.NDArray[np.float64]:
        if not len(a):
            return np.empty(0)
        return np.asarray(
            process.cpdist(cols.values[x][a], cols.values[y][b], scorer=scorer, workers=-1), dtype=np.float64
        )

    jw = JaroWinkler.normalized_similarity
    straight_first, straight_last = sim("first", "first", jw), sim("last", "last", jw)
    cross_first, cross_last = sim("first", "last", jw), sim("last", "first", jw)
    swapped = (cross_first + cross_last) > (straight_first + straight_last) + 0.2
    for column, (straight, cross, name) in enumerate(
        ((straight_first, cross_first, "first"), (straight_last, cross_last, "last"))
    ):
        similarity = np.where(swapped, cross, straight)
        levels = np.select([similarity >= 0.999, similarity >= 0.92, similarity >= 0.8], [3, 2, 1], 0)
        other = "last" if name == "first" else "first"
        present = np.where(swapped, cols.present[name][a] & cols.present[other][b], both(name))
        gamma[:, column] = np.where(present, levels, MISSING)
    gamma[:, 2] = _birthday_levels(cols, a, b, sim("birthday", "birthday", Levenshtein.distance))
    post = sim("postal_code", "postal_code", Levenshtein.distance)
    gamma[:, 3] = np.where(both("postal_code"), np.select([post == 0, post == 1], [2, 1], 0), MISSING)
    address = sim("address", "address", fuzz.token_set_ratio) / 100
    levels = np.select([address >= 0.95, address >= 0.8, address >= 0.6], [3, 2, 1], 0)
    gamma[:, 4] = np.where(both("address"), levels, MISSING)
    for column, name in ((5, "email"), (6, "phone")):
        equal = cols.values[name][a] == cols.values[name][b]
        gamma[:, column] = np.where(both(name), equal.astype(np.int8), MISSING)
    return gamma


def _birthday_levels(
    cols: Columns, a: IntArray, b: IntArray, distance: npt.NDArray[np.float64]
) -> npt.NDArray[np.int8]:
    values, month_day = cols.values["birthday"], cols.values["month_day"]
    exact = values[a] == values[b]
    partial = (~cols.year_known[a] | ~cols.year_known[b]) & (month_day[a] == month_day[b])
    swapped = cols.values["birthday_swapped"][a] == values[b]
    levels = np.select([exact | partial, swapped | (distance == 1), distance == 2], [3, 2, 1], 0)
    return np.where(cols.present["birthday"][a] & cols.present["birthday"][b], levels, MISSING).astype(np.int8)


# -- weights ------------------------------------------------------------------------------------------


@dataclass
class Session:
    """What one kind of block learned: m for the fields it does not fix, and its share of matches."""

    m: list[list[float]]
    prior: float


@dataclass
class Model:
    """Fellegi-Sunter parameters: u per field and level from random pairs, and per blocking kind the
    m of the fields that kind leaves free and the share of matches among its candidates."""

    u: list[list[float]]
    sessions: dict[str, Session] = field(default_factory=dict)

    def session_probability(self, kind: str, gamma: Gamma) -> npt.NDArray[np.float64]:
        session = self.sessions[kind]
        weight = np.full(len(gamma), math.log2(session.prior / (1 - session.prior)))
        blocked = BLOCKED[kind]
        for f, name in enumerate(FIELDS):
            if name in blocked:
                continue
            table = np.asarray(
                [
                    math.log2(max(session.m[f][level], 1e-6) / max(self.u[f][level], 1e-6))
                    for level in range(LEVELS[name])
                ]
            )
            levels = gamma[:, f]
            present = levels >= 0
            weight[present] += table[levels[present]]
        probability: npt.NDArray[np.float64] = 1 / (1 + np.power(2.0, -np.clip(weight, -60, 60)))
        return probability

    def probability(self, gamma: Gamma, sessions: Mapping[str, IntArray]) -> npt.NDArray[np.float64]:
        """The best case any blocking kind makes for each pair being one person."""
        best = np.zeros(len(gamma))
        for kind, rows in sessions.items():
            if kind in self.sessions and len(rows):
                best[rows] = np.maximum(best[rows], self.session_probability(kind, gamma[rows]))
        return best


def estimate_u(rec: Records, *, samples: int = 200_000, seed: int = 7) -> list[list[float]]:
    """Level frequencies among random pairs, which are almost all different people."""
    n = len(rec)
    rng = random.Random(seed)
    count = min(samples, n * (n - 1) // 2)
    generator = np.random.default_rng(rng.randrange(2**32))
    a = generator.integers(0, n, count)
    b = generator.integers(0, n, count)
    keep = a != b
    pairs = np.stack([np.minimum(a, b)[keep], np.maximum(a, b)[keep]], axis=1)
    return _frequencies(compare(rec, pairs), smoothing=1.0)


def _frequencies(
    gamma: Gamma, *, smoothing: float, weights: npt.NDArray[np.float64] | None = None
) -> list[list[float]]:
    out = []
    for f, name in enumerate(FIELDS):
        levels = gamma[:, f]
        w = np.ones(len(levels)) if weights is None else weights
        counts = np.asarray([w[levels == level].sum() for level in range(LEVELS[name])]) + smoothing
        out.append((counts / counts.sum()).tolist())
    return out


def train(
    rec: Records,
    gamma: Gamma,
    sessions: Mapping[str, IntArray],
    *,
    iterations: int = 60,
    fallback: Model | None = None,
) -> Model:
    """EM per blocking kind, as splink trains: u is fixed from random pairs; each session estimates m
    for the fields its blocks leave free, and the share of matches among its candidates. A field a
    block makes agree says nothing there, so the session neither learns from it nor scores it."""
    model = Model(u=estimate_u(rec))
    for kind, rows in sessions.items():
        if len(rows) < MIN_SESSION:
            if fallback is not None and kind in fallback.sessions:  # too few pairs here to learn from
                model.sessions[kind] = fallback.sessions[kind]
            continue
        patterns, counts = np.unique(gamma[rows], axis=0, return_counts=True)
        weights = counts.astype(np.float64)
        model.sessions[kind] = Session(m=_initial_m(), prior=0.1)
        for _ in range(iterations):
            posterior = model.session_probability(kind, patterns)
            previous = model.sessions[kind].m
            m = _frequencies(patterns, smoothing=1e-3, weights=posterior * weights)
            prior = float(np.clip((posterior * weights).sum() / weights.sum(), 1e-6, 0.999))
            model.sessions[kind] = Session(m=m, prior=prior)
            if max(abs(x - y) for pm, nm in zip(previous, m, strict=True) for x, y in zip(pm, nm, strict=True)) < 1e-6:
                break
    return model


def _initial_m() -> list[list[float]]:
    out = []
    for name in FIELDS:
        k = LEVELS[name]
        raw = [0.05] * (k - 1) + [0.9]
        total = sum(raw)
        out.append([x / total for x in raw])
    return out


# -- the whole pass -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def default_model() -> Model:
    """Weights learned (without labels) from a generated guest list, for lists too small to learn from."""
    from tools.sample import guest_records  # noqa: PLC0415 - sample data is only needed here

    rows, _ = guest_records(30_000, seed=11)
    rec = normalise(rows)
    candidates = candidate_pairs(rec)
    return train(rec, compare(rec, candidates.pairs), candidates.sessions)


def _across(candidates: Candidates, split: int) -> Candidates:
    """Only the pairs linking a record before ``split`` to one after it."""
    keep = (candidates.pairs[:, 0] < split) & (candidates.pairs[:, 1] >= split)
    index = np.cumsum(keep) - 1
    sessions = {k: index[rows[keep[rows]]] for k, rows in candidates.sessions.items()}
    return Candidates(candidates.pairs[keep], sessions)


@dataclass
class Link:
    a: str
    b: str
    score: float


def deduplicate(
    rows: Iterable[Mapping[str, Any]],
    *,
    threshold: float = 0.5,
    progress: Progress | None = None,
    model: Model | None = None,
    split: int | None = None,
) -> tuple[list[Link], Model]:
    """Pairs judged one person, with their match probability, and the model that judged them.

    With ``split``, the first ``split`` rows are one list and the rest another: only pairs across the
    two are judged (linking two files rather than deduplicating one).
    """
    say = progress or (lambda _: None)
    rec = normalise(rows)
    say(f"normalised {len(rec):,} records")
    candidates = candidate_pairs(rec)
    if split is not None:
        candidates = _across(candidates, split)
    pairs = candidates.pairs
    say(f"{len(pairs):,} candidate pairs from blocking")
    gamma = compare(rec, pairs)
    say("compared")
    if model is None:
        model = train(rec, gamma, candidates.sessions, fallback=default_model())
        say(f"trained on {len(model.sessions)} kinds of block")
    score = model.probability(gamma, candidates.sessions)
    keep = np.flatnonzero(score >= threshold)
    links = [Link(rec.ids[pairs[k, 0]], rec.ids[pairs[k, 1]], round(float(score[k]), 4)) for k in keep.tolist()]
    return links, model
