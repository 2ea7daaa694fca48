"""Duplicate detection: accuracy on Febrl and on generated guest lists, against recordlinkage and
splink on the same data, and time and peak memory at 10k, 100k and 1M guests.

    pip install -e '.[bench]'            # recordlinkage (which ships Febrl) and splink
    python benchmarks/dedupe.py febrl    # pairwise precision, recall, F1 on febrl1-4, all three tools
    python benchmarks/dedupe.py guests   # the same on a generated 10,000-guest list
    python benchmarks/dedupe.py scale    # `maitre dedupe` at 10k, 100k, 1M guests: seconds and peak MB

No tool sees labels or Febrl's social security numbers; labels only score the output.
"""

from __future__ import annotations

import json
import logging
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from tools import linkage
from tools.sample import guest_records

Pairs = set[tuple[str, str]]
Rows = list[dict[str, Any]]


def scores(found: Pairs, truth: Pairs) -> str:
    tp = len(found & truth)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.4f}  R {r:.4f}  F1 {f1:.4f}"


def ordered(pairs: Any, link: bool) -> Pairs:
    return {(str(a), str(b)) if link or str(a) < str(b) else (str(b), str(a)) for a, b in pairs}


# -- the three tools ------------------------------------------------------------------------------


def run_maitre(frames: list[Rows], link: bool) -> Pairs:
    rows = [r for frame in frames for r in frame]
    links, _ = linkage.deduplicate(rows, split=len(frames[0]) if link else None)
    return ordered(((x.a, x.b) for x in links), link)


def run_recordlinkage(frames: list[Rows], link: bool) -> Pairs:
    import pandas as pd
    import recordlinkage as rl

    dfs = [pd.DataFrame(frame).set_index("id") for frame in frames]
    index = rl.Index()
    for column in ("last_name", "first_name"):
        index.add(rl.index.SortedNeighbourhood(column, window=5))
    for column in ("postal_code", "birthday", "email", "phone"):
        if any(df[column].notna().any() for df in dfs):
            index.add(rl.index.Block(column))
    candidates = index.index(*dfs)
    compare = rl.Compare()
    compare.string("first_name", "first_name", method="jarowinkler", threshold=0.85)
    compare.string("last_name", "last_name", method="jarowinkler", threshold=0.85)
    compare.string("address", "address", method="jarowinkler", threshold=0.85)
    for column in ("postal_code", "birthday", "email", "phone"):
        compare.exact(column, column)
    features = compare.compute(candidates, *dfs)
    matches = rl.ECMClassifier(binarize=None).fit_predict(features)
    return ordered(list(matches), link)


def run_splink(frames: list[Rows], link: bool) -> Pairs:
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    api = DuckDBAPI()
    tables = [
        api.register(pd.DataFrame(f).rename(columns={"id": "unique_id"}), dataset_display_name=f"t{n}")
        for n, f in enumerate(frames)
    ]
    present = [c for c in ("email", "phone") if any(r.get(c) for f in frames for r in f)]
    settings = SettingsCreator(
        link_type="link_only" if link else "dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("first_name", [0.92, 0.8]),
            cl.JaroWinklerAtThresholds("last_name", [0.92, 0.8]),
            cl.JaroWinklerAtThresholds("address", [0.95, 0.8]),
            cl.LevenshteinAtThresholds("postal_code", [1]),
            cl.LevenshteinAtThresholds("birthday", [1, 2]),
            *(cl.ExactMatch(c) for c in present),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("last_name"),
            block_on("first_name"),
            block_on("postal_code"),
            block_on("birthday"),
            *(block_on(c) for c in present),
        ],
    )
    linker = Linker(tables if link else tables[0], settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "last_name", "birthday"), block_on("first_name", "last_name", "postal_code")],
        recall=0.7,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=42)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "last_name"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birthday"))
    predictions = cast(Any, linker).inference.predict(threshold_match_probability=0.5)  # splink may lack types
    result = predictions.as_pandas_dataframe()
    pairs = list(zip(result["unique_id_l"], result["unique_id_r"], strict=True))
    if link:
        first = {r["id"] for r in frames[0]}
        pairs = [(a, b) if a in first else (b, a) for a, b in pairs]
    return ordered(pairs, link)


TOOLS: dict[str, Callable[[list[Rows], bool], Pairs]] = {
    "maitre": run_maitre,
    "recordlinkage (ECM)": run_recordlinkage,
    "splink": run_splink,
}


def compare_tools(name: str, frames: list[Rows], truth: Pairs, link: bool) -> None:
    for tool, run in TOOLS.items():
        started = time.perf_counter()
        found = run(frames, link)
        print(f"{name:<8} {tool:<20} {scores(found, truth)}  {time.perf_counter() - started:6.1f} s", flush=True)


# -- data -------------------------------------------------------------------------------------------


def febrl_rows(df: Any) -> Rows:
    def text(value: Any) -> str | None:
        return None if value is None or value != value or not str(value).strip() else str(value).strip()

    rows = []
    for rec_id, r in df.iterrows():
        address = " ".join(
            t for t in (text(r[c]) for c in ("street_number", "address_1", "address_2", "suburb", "state")) if t
        )
        born = text(r["date_of_birth"])
        birthday = f"{born[:4]}-{born[4:6]}-{born[6:]}" if born and len(born) == 8 and born.isdigit() else None
        rows.append(
            {
                "id": str(rec_id).strip(),
                "first_name": text(r["given_name"]),
                "last_name": text(r["surname"]),
                "email": None,
                "phone": None,
                "address": address or None,
                "postal_code": text(r["postcode"]),
                "birthday": birthday,
            }
        )
    return rows


def febrl() -> None:
    from recordlinkage.datasets import load_febrl1, load_febrl2, load_febrl3, load_febrl4

    for name, loader in (("febrl1", load_febrl1), ("febrl2", load_febrl2), ("febrl3", load_febrl3)):
        df, links = loader(return_links=True)
        truth = ordered([(str(a).strip(), str(b).strip()) for a, b in links], link=False)
        compare_tools(name, [febrl_rows(df)], truth, link=False)
    df_a, df_b, links = load_febrl4(return_links=True)
    truth = {(str(a).strip(), str(b).strip()) for a, b in links}
    compare_tools("febrl4", [febrl_rows(df_a), febrl_rows(df_b)], truth, link=True)


def guests() -> None:
    rows, truth = guest_records(10_000, seed=21)
    compare_tools("guests", [rows], ordered(truth, link=False), link=False)


def scale() -> None:
    for count in (10_000, 100_000, 1_000_000):
        rows, truth = guest_records(count, seed=5)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "guests.jsonl"
            source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            del rows
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "agent.cli", "dedupe", "--input", str(source)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        found = ordered((tuple(json.loads(line).values())[:2] for line in done.stdout.splitlines()), link=False)
        print(
            f"{count:>9,} guests  {seconds:6.1f} s  peak {peak:,.0f} MB (largest so far)  "
            f"{scores(found, ordered(truth, link=False))}",
            flush=True,
        )


def main() -> None:
    warnings.filterwarnings("ignore")
    jobs = {"febrl": febrl, "guests": guests, "scale": scale}
    for name in sys.argv[1:] or list(jobs):
        jobs[name]()


if __name__ == "__main__":
    main()
