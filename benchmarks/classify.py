"""The survey classifier against a labelled set: per-group precision, recall and F1, the flags, and
answers per second, with no model.

    python benchmarks/classify.py [--input FILE ...]   # default: every labelled development set

Each line: {"id", "question", "text", "labels": {"updates": [{"tag", "action", "severity"?, "subject"?}],
"kitchen_alert", "complaint", "opt_out"}}.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

from tools.classify import classify

DEFAULT = sorted((Path(__file__).parent / "data").glob("classify_dev*.jsonl"))


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", type=Path, nargs="+", default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="Print every disagreement.")
    args = parser.parse_args()
    items = [
        json.loads(line)
        for path in args.input
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    counts: dict[str, Counter[str]] = {}
    flags = {name: Counter() for name in ("kitchen_alert", "complaint", "opt_out")}  # type: ignore[var-annotated]
    detail, computed = Counter(), 0  # type: ignore[var-annotated]
    for item in items:
        got = classify(item["text"], item.get("question", ""))
        want = {(u["tag"], u["action"]): u for u in item["labels"]["updates"]}
        have = {(u.tag, u.action): u for u in got.updates}
        computed += any(u.tag.startswith(("Spend Tier:", "Loyalty:")) for u in got.updates)
        for key in want.keys() | have.keys():
            group = key[0].split(":", 1)[0]
            c = counts.setdefault(group, Counter())
            outcome = "tp" if key in want and key in have else "fp" if key in have else "fn"
            c[outcome] += 1
            if outcome == "tp" and group == "Allergies" and key[1] == "add":
                detail["severity ok" if want[key].get("severity") == have[key].severity else "severity wrong"] += 1
                detail["subject ok" if want[key].get("subject") == have[key].subject else "subject wrong"] += 1
            if args.show and outcome != "tp":
                print(f"{outcome} {key} «{item['text']}»")
        for name, counter in flags.items():
            truth, said = item["labels"][name], getattr(got, name)
            counter["tp" if truth and said else "fp" if said else "fn" if truth else "tn"] += 1
            if args.show and truth != said:
                print(f"{name} {'missed' if truth else 'false'} «{item['text']}»")
    total = Counter()  # type: ignore[var-annotated]
    names = [p.name for p in args.input]
    folder = os.path.relpath(args.input[0].parent)
    sources = ", ".join(names) if len(names) <= 3 else f"{len(names)} files in {folder}"
    print(f"{len(items)} answers from {sources}")
    for group, c in sorted(counts.items()):
        total.update(c)
        print(f"  {group:<11} {prf(c['tp'], c['fp'], c['fn'])}")
    print(f"  {'micro':<11} {prf(total['tp'], total['fp'], total['fn'])}")
    print(
        f"  allergy severity right {detail['severity ok']}/{detail['severity ok'] + detail['severity wrong']}, "
        f"subject right {detail['subject ok']}/{detail['subject ok'] + detail['subject wrong']}"
    )
    for name, c in flags.items():
        print(f"  {name:<13} {prf(c['tp'], c['fp'], c['fn'])}")
    print(f"  computed tags from any answer: {computed}")
    started, runs = time.perf_counter(), 0
    while time.perf_counter() - started < 2:
        for item in items:
            classify(item["text"], item.get("question", ""))
        runs += 1
    per_second = runs * len(items) / (time.perf_counter() - started)
    mean_length = sum(len(item["text"]) for item in items) / len(items)
    # The cost grows with the length of an answer, so the rate is only comparable at a similar length.
    print(
        f"  {per_second:,.0f} answers/s in one process "
        f"(answers average {mean_length:,.0f} characters: {per_second * mean_length:,.0f} characters/s)"
    )


if __name__ == "__main__":
    main()
