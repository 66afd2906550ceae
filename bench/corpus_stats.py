"""What extraction finds in the 1,028 articles of the 10kGNAD test set.

    python bench/corpus_stats.py [--csv FILE] [--json]

Runs the shipped pipeline (``kg.nlp.load_nlp()``, spaces squeezed as ``kg build``
does, ``kg.extract.doc_to_records``) over every article and prints the number of
persons (one per article), roles (memberships "(SPÖ)" left out) and how many
have an organisation, meetings and how many have a place, meeting attendees and
organisations (distinct per article). A before/after figure for a change to the
rules: it counts, it does not judge (``bench/eval_extract.py`` does, on
hand-annotated articles).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    with args.csv.open(encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    nlp = load_nlp()
    t0 = time.perf_counter()
    n = dict.fromkeys(
        (
            "articles",
            "persons",
            "roles",
            "roles_with_organisation",
            "meetings",
            "meetings_with_place",
            "attendees",
            "organisations",
        ),
        0,
    )
    docs = pipe(nlp, texts, batch_size=32)
    for i, doc in enumerate(docs):
        rec = doc_to_records(doc, article_id=str(i), content_hash="-")
        roles = [r for r in rec.roles if r.role != "Mitglied"]
        n["articles"] += 1
        n["persons"] += sum(1 for e in rec.entities if e.kind == "person")
        n["roles"] += len(roles)
        n["roles_with_organisation"] += sum(1 for r in roles if r.organisation)
        n["meetings"] += len(rec.meetings)
        n["meetings_with_place"] += sum(1 for m in rec.meetings if m.location)
        n["attendees"] += len({a for m in rec.meetings for a in m.attendees})
        n["organisations"] += sum(1 for e in rec.entities if e.kind == "org")
    n["seconds"] = round(time.perf_counter() - t0, 1)
    if args.json:
        print(json.dumps(n))
    else:
        print(
            f"{n['articles']:,} articles: {n['persons']:,} persons, {n['roles']:,} "
            f"roles ({n['roles_with_organisation']:,} with an organisation), "
            f"{n['meetings']:,} meetings ({n['meetings_with_place']:,} with a place), "
            f"{n['attendees']:,} attendees, {n['organisations']:,} organisations; "
            f"{n['seconds']} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
