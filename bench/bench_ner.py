"""Throughput and peak memory of kg's full NER pipeline on 10kGNAD articles.

    python bench/bench_ner.py [--model NAME] [--no-gazetteer] [--limit N]

Reads the 1,028 articles of ``../shared/data/10kgnad/test.csv`` (delimiter ``;``,
quotechar ``'``), squeezes runs of spaces as ``kg ner`` does, runs
``kg.nlp.load_nlp()`` (tokenizer, NER, rule layer, sentence splitting) over them
with ``kg.nlp.pipe`` in one process, and prints tokens/s and the peak resident
memory (``resource.getrusage``). Loading time is reported separately and not
counted in tokens/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"


def read_articles(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            row[1]
            for row in csv.reader(f, delimiter=";", quotechar="'")
            if len(row) > 1
        ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--model", help="spaCy pipeline instead of the shipped one")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from kg.nlp import load_nlp, pipe

    texts = read_articles(args.csv)[: args.limit]
    t0 = time.perf_counter()
    nlp = load_nlp(args.model, gazetteer=not args.no_gazetteer)
    nlp("Warmlauf in Wien.")
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = ents = 0
    # as kg ner and kg build read text: runs of spaces squeezed (counted in the time)
    for doc in pipe(nlp, texts, batch_size=args.batch_size):
        tokens += len(doc)
        ents += len(doc.ents)
    secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    result = {
        "articles": len(texts),
        "tokens": tokens,
        "entities": ents,
        "seconds": round(secs, 2),
        "tokens_per_s": round(tokens / secs),
        "load_seconds": round(load_s, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "pipeline": nlp.pipe_names,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['articles']} articles, {tokens:,} tokens, {ents:,} entities in "
            f"{secs:.1f} s: {result['tokens_per_s']:,} tokens/s (one process); "
            f"load {load_s:.1f} s; peak memory {peak_mb:.0f} MB; "
            f"pipeline {' > '.join(nlp.pipe_names)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
