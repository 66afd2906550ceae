"""The rows of 10kGNAD's ``test.csv`` that no held-out gold uses: what the
corpus audits (``bench/*_audit.py``) run kg over.

Held out, and never read by an audit: International 60-150
(``extract_gold.jsonl``, ``quote_gold.jsonl``), Inland 40-79 and Wirtschaft
80-99 (``extract_gold_iw.jsonl``, ``quote_gold.jsonl``). ``index`` counts the
rows of a section in file order, from 0, as the gold files do.
"""

from __future__ import annotations

import csv
from pathlib import Path

TEST_CSV = Path(__file__).resolve().parents[2] / "shared/data/10kgnad/test.csv"
HELD_OUT = {
    "International": range(60, 151),
    "Inland": range(40, 80),
    "Wirtschaft": range(80, 100),
}

__all__ = ["HELD_OUT", "TEST_CSV", "held_out", "rows"]


def held_out(section: str, index: int) -> bool:
    """Row ``index`` of ``section`` belongs to a held-out gold."""
    return index in HELD_OUT.get(section, ())


def rows(path: Path = TEST_CSV) -> list[tuple[str, int, str]]:
    """(section, index within the section, text) of the rows not held out, in
    file order."""
    out = []
    seen: dict[str, int] = {}
    with Path(path).open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) < 2:
                continue
            i = seen.get(row[0], 0)
            seen[row[0]] = i + 1
            if not held_out(row[0], i):
                out.append((row[0], i, row[1]))
    return out
