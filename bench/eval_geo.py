"""Evaluate place linking (GeoNames) on the 10kGNAD International test articles.

Usage::

    python bench/eval_geo.py                   # accuracy from bench/geo_judged.tsv
    python bench/eval_geo.py --resample        # run the pipeline, re-draw the sample,
                                               # show what changed against the file
    python bench/eval_geo.py --resample --write   # ... and rewrite the file
    python bench/eval_geo.py --file bench/geo_judged_cities.tsv   # cities only
    python bench/eval_geo.py --file bench/geo_judged_cities.tsv --kind city \
        --n 60 --resample [--write]

The judged files: ``geo_judged.tsv`` (120 linked place mentions, the pipeline as
shipped), ``geo_judged_cities.tsv`` (60 linked city mentions, as shipped), and
``geo_judged_context.tsv`` / ``geo_judged_cities_context.tsv``, the same samples
drawn with ``--context`` (read them with ``--file``; resample them with
``--context`` and, for the cities, ``--kind city --n 60``).

The judged file, ``bench/geo_judged.tsv``, holds one *linked* place mention a line
(a mention of a country, city or region the pipeline gave a GeoNames id): the
mention as written, a snippet of its sentence, the article, the GeoNames id and
the canonical name the pipeline chose, and a verdict given by hand after reading
the sentence: ``ok`` (the id is the place the text means), ``wrong`` (another
place, or no place at all: a person, a river, an organisation), with a note.

The sample is reproducible and stable: every linked place mention of the 151
International articles of ``../shared/data/10kgnad/test.csv`` gets the key
``sha1(seed:article:start)``, and the ``--n`` mentions with the smallest keys are
the sample. A change to the pipeline keeps the sample where the mentions stay;
``--resample`` lists the rows whose id changed (to judge again: ``--write`` keeps
the old verdict in the note and empties the verdict) and the new rows.

``--context`` runs the pipeline with the article context wired in the way
``kg.nlp.gazetteer.disambiguate`` proposes: ``kg.extract`` resolving each entity span
with ``kg.nlp.components.gazetteer.span_entry`` (the countries and cities of the whole
article, the word before the span), patched in this script only; without it the
pipeline runs as shipped.

Reads ../shared (the corpus) at bench time only; the package never does.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CSV_PATH = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
JUDGED = ROOT / "bench" / "geo_judged.tsv"
COLUMNS = (
    "key",
    "mention",
    "snippet",
    "article",
    "geonames_id",
    "name",
    "kind",
    "code",
    "verdict",
    "note",
)
VERDICTS = ("ok", "wrong")


def _snippet(sentence: str, start: int, end: int, width: int = 90) -> str:
    lo = max(0, start - width)
    hi = min(len(sentence), end + width)
    text = sentence[lo:start] + "[" + sentence[start:end] + "]" + sentence[end:hi]
    text = ("…" if lo else "") + text + ("…" if hi < len(sentence) else "")
    return " ".join(text.split())


def linked_mentions(*, context: bool = False) -> tuple[list[dict], Counter]:
    """Every place mention of the International articles, linked or not.

    Returns the linked ones (with a GeoNames id) and counts of all place
    mentions by (place kind, linked).
    """
    from kg.build import documents_to_records
    from kg.ingest import iter_documents

    if context:
        _wire_context()
    docs = [d for d in iter_documents([CSV_PATH]) if d.category == "International"]
    out = []
    counts: Counter = Counter()
    for d, rec, _ in documents_to_records(docs):
        for e in rec.entities:
            if e.kind != "place":
                continue
            for m in e.mentions:
                counts[(e.place_kind, e.geonames_id is not None)] += 1
                if e.geonames_id is None:
                    continue
                s = rec.sentences[m.sentence]
                out.append(
                    {
                        "key": f"{d.id}:{m.start}-{m.end}",
                        "mention": m.text,
                        "snippet": _snippet(s.text, m.start - s.start, m.end - s.start),
                        "article": d.id,
                        "geonames_id": str(e.geonames_id),
                        "name": e.name,
                        "kind": e.place_kind or "",
                        "code": e.country_code or "",
                        "verdict": "",
                        "note": "",
                    }
                )
    return out, counts


def _wire_context() -> None:
    """Resolve kg.extract's entity spans with
    kg.nlp.components.gazetteer.span_entry (the article's context and the word
    before the span) instead of the plain lookup, for this run only: what
    ``_collect_mentions`` does once it calls ``span_entry(ent, label=e_label)``
    where it now calls ``_lookup(text, e_label)``."""
    from kg import extract
    from kg.nlp.components.gazetteer import span_entry

    lookup, metonym = extract._lookup, extract._metonym
    last: dict[str, str | None] = {}

    def remember(text, label=None):  # type: ignore[no-untyped-def]
        last["label"] = label
        return lookup(text, label)

    def with_context(text, entry, doc, ent):  # type: ignore[no-untyped-def]
        return metonym(text, span_entry(ent, label=last.get("label")), doc, ent)

    extract._lookup = remember
    extract._metonym = with_context


def sample(rows: list[dict], *, n: int, seed: int) -> list[dict]:
    def key(r: dict) -> str:
        article, _, span = r["key"].rpartition(":")
        start = span.split("-")[0]
        return hashlib.sha1(f"{seed}:{article}:{start}".encode()).hexdigest()

    return sorted(rows, key=key)[:n]


def read_judged(path: Path = JUDGED) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(
        csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None)
    )
    for n, r in enumerate(rows, 2):
        if tuple(r) != COLUMNS:
            raise SystemExit(f"{path}:{n}: expected columns {COLUMNS}, got {tuple(r)}")
        if r["verdict"] not in (*VERDICTS, ""):
            raise SystemExit(
                f"{path}:{n}: expected verdict in {VERDICTS}, got {r['verdict']!r}"
            )
    return rows


def write_judged(rows: list[dict], path: Path = JUDGED, *, header: str = "") -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(header)
        w = csv.DictWriter(
            f,
            fieldnames=COLUMNS,
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
            quotechar=None,
            escapechar="\\",
            lineterminator="\n",
        )
        w.writeheader()
        for r in rows:
            w.writerow({k: str(r[k]).replace("\t", " ") for k in COLUMNS})


def _header(path: Path = JUDGED) -> str:
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if line.startswith("#"))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def report(rows: list[dict]) -> None:
    judged = [r for r in rows if r["verdict"] in VERDICTS]
    ok = sum(r["verdict"] == "ok" for r in judged)
    n = len(judged)
    lo, hi = wilson(ok, n)
    print(f"judged {n} of {len(rows)} sampled linked place mentions")
    if n:
        print(
            f"accuracy {ok}/{n} = {ok / n:.3f} (95% Wilson interval {lo:.3f}-{hi:.3f})"
        )
    for kind in sorted({r["kind"] for r in judged}):
        sub = [r for r in judged if r["kind"] == kind]
        k = sum(r["verdict"] == "ok" for r in sub)
        print(f"  {kind or '-':8} {k}/{len(sub)} = {k / len(sub):.3f}")
    for r in judged:
        if r["verdict"] == "wrong":
            print(
                f"  wrong: {r['mention']!r} -> {r['name']} ({r['geonames_id']}): "
                f"{r['note']}"
            )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--resample", action="store_true", help="run the pipeline again")
    p.add_argument("--write", action="store_true", help="with --resample: rewrite")
    p.add_argument("--n", type=int, default=120, help="sample size (default 120)")
    p.add_argument("--seed", type=int, default=8, help="sampling seed (default 8)")
    p.add_argument("--context", action="store_true", help="wire article context in")
    p.add_argument(
        "--kind", choices=("city", "country", "region"), help="sample only this kind"
    )
    p.add_argument("--file", type=Path, default=JUDGED, help="the judged file")
    args = p.parse_args(argv)
    old = read_judged(args.file)
    if not args.resample:
        report(old)
        return 0
    rows, counts = linked_mentions(context=args.context)
    linked = sum(v for (_, lk), v in counts.items() if lk)
    total = sum(counts.values())
    print(f"place mentions: {total}, linked to GeoNames: {linked}")
    for (kind, lk), v in sorted(counts.items(), key=lambda x: (str(x[0][0]), x[0][1])):
        print(f"  {kind or '-':8} {'linked' if lk else 'unlinked':8} {v}")
    by_key = {r["key"]: r for r in old}
    if args.kind:
        rows = [r for r in rows if r["kind"] == args.kind]
    new = sample(rows, n=args.n, seed=args.seed)
    changed = 0
    for r in new:
        prev = by_key.get(r["key"])
        if prev is None:
            print(f"new: {r['mention']!r} -> {r['name']} ({r['geonames_id']})")
            continue
        if prev["geonames_id"] == r["geonames_id"]:
            r["verdict"], r["note"] = prev["verdict"], prev["note"]
        else:
            changed += 1
            print(
                f"changed: {r['mention']!r} {prev['name']} ({prev['geonames_id']}, "
                f"{prev['verdict']}) -> {r['name']} ({r['geonames_id']})"
            )
            r["note"] = (
                f"was {prev['name']} {prev['geonames_id']} {prev['verdict']}: "
                f"{prev['note']}"
            ).strip()
    gone = set(by_key) - {r["key"] for r in new}
    print(f"{changed} changed, {len(gone)} left the sample")
    report(new)
    if args.write:
        write_judged(new, args.file, header=_header(args.file))
        print(f"wrote {args.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
