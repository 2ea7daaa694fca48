"""Short, readable renderings of field values for narrow terminal columns."""

from __future__ import annotations

from typing import Any


def value(v: Any, limit: int = 40) -> str:
    """A field value as a person reads it: consent as opted in/out, tag provenance as its severity."""
    if v is None or v == "":
        return "∅"
    if isinstance(v, dict):
        if "opt_in" in v:
            text = "opted in" if v["opt_in"] else "opted out"
        elif "severity" in v or "source" in v:
            bits = [x for x in (v.get("severity"), v.get("subject") == "party" and "party") if x]
            text = "set" + (f" ({', '.join(str(b) for b in bits)})" if bits else "")
        elif "visits" in v:
            text = f"{v['visits']} visits, {v.get('spend', 0):,.2f}"
        else:
            text = ", ".join(f"{k}={x}" for k, x in v.items() if x not in (None, "", 0)) or "set"
    else:
        text = str(v).replace("\n", " | ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
