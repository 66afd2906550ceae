"""Evaluate kg.temporal on the SmartData corpus (German news, RSS, tweets).

Usage::

    python bench/eval_temporal.py [--data PATH.json.gz] [--misses 20]
                                  [--speed ../shared/data/10kgnad/test.csv]

Reports

* recall of the finder against the annotated ``date``, ``time`` and ``duration``
  spans (a gold span counts as found when an expression overlaps it), and the
  share of found expressions that overlap any annotated date/time/duration
  span (a precision estimate: the annotators skipped some expressions);
* resolution accuracy on a silver set: the corpus gives no normalised values
  (``normalizedValue`` repeats the surface), but expressions such as
  "Samstag, 5. März" state their date twice. Where that date lies within six
  days of the document date (the reach of a bare weekday), the weekday alone
  is resolved with the document date as anchor and the tense of its sentence,
  and compared with the date that the day and month give;
* resolution accuracy on a small hand-labelled set, ``temporal_gold_10kgnad.tsv``:
  expressions found in the 10kGNAD articles that end with a dateline
  ("(APA, 11.9.2015)"), resolved with that dateline as anchor and compared with
  the value a reader gives them (row of test.csv, offset, anchor, expression,
  value; "-" marks expressions left out, with the reason). It measures
  resolution only, not recall, and its errors were studied while the rules
  were written, so it is a development set, not a held-out one;
* the same on ``temporal_gold_smartdata_train.tsv``: 70 expressions sampled from
  SmartData *train* news whose first lines repeat the document date (so that
  date is the publication date). It was labelled and scored once before the
  rules saw it (55/61 = 0.902); later fixes used its errors, so the figure
  printed now is no longer held-out;
* the same on ``temporal_gold_smartdata_test.tsv``: 50 expressions from SmartData
  *test* news, labelled before the system's values were looked at. First
  pass: 44/48 = 0.917; one rule came from its errors afterwards ("vom
  Sonntag" looks back), so the printed figure is slightly optimistic;
* speed: CPU milliseconds (``time.process_time``, so other processes on a shared
  machine count less) per 5,000 characters over the corpus (one pass; short
  tweets weigh the fixed cost of a call) and over 10kGNAD (best of three).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.temporal import find_times, resolve, sentence_tense, split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
WEEKDAY_DATE = re.compile(
    r"^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?\s+"
    r"(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)"
)


def read_docs(path: Path) -> list[dict]:
    """The documents of a SmartData ``.json.gz`` file."""
    from kg.ner.germeval import smartdata_documents

    return list(smartdata_documents(path))


def doc_anchor(doc: dict) -> datetime | None:
    s = (doc.get("date") or {}).get("string")
    if not s or not s[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def evaluate(docs: list[dict], misses: int) -> dict:
    gold_total: Counter[str] = Counter()
    gold_found: Counter[str] = Counter()
    by_source: Counter[tuple[str, str]] = Counter()
    pred_total = pred_hit = 0
    missed: list[tuple[str, str]] = []
    silver = silver_ok = 0
    silver_wrong: list[str] = []
    chars, seconds = 0, 0.0
    for doc in docs:
        text = doc["text"]["string"]
        anchor = doc_anchor(doc)
        source = ((doc.get("refids") or {}).get("map") or {}).get("source", "?")
        t0 = time.process_time()
        found = find_times(text, anchor)
        seconds += time.process_time() - t0
        chars += len(text)
        gold = [
            (m["type"], m["span"]["start"], m["span"]["end"])
            for m in doc["conceptMentions"]["array"]
            if m["type"] in ("date", "time", "duration")
        ]
        for kind, a, b in gold:
            gold_total[kind] += 1
            hit = any(tv.start < b and a < tv.end for tv in found)
            gold_found[kind] += hit
            if kind == "date":
                by_source[(source, "total")] += 1
                by_source[(source, "found")] += hit
                if not hit:
                    missed.append((text[a:b], text[max(0, a - 40) : b + 20]))
        for tv in found:
            pred_total += 1
            pred_hit += any(tv.start < b and a < tv.end for _, a, b in gold)
        # silver resolution set: "Samstag, 5. März" states its date twice
        if anchor is None:
            continue
        sentences = split_sentences(text)
        for kind, a, b in gold:
            m = WEEKDAY_DATE.match(text[a:b])
            if kind != "date" or not m:
                continue
            explicit = [
                tv for tv in found if tv.start <= a < tv.end or a <= tv.start < b
            ]
            if not explicit or not isinstance(explicit[0].value, date):
                continue
            truth = explicit[0].value
            if isinstance(truth, datetime):
                truth = truth.date()
            if abs((truth - anchor.date()).days) > 6:
                continue  # a weekday alone only reaches the surrounding week
            sent = next((text[s:e] for s, e in sentences if s <= a < e), text)
            guess = resolve(m.group(1), anchor, tense=sentence_tense(sent)).value
            silver += 1
            silver_ok += guess == truth
            if guess != truth and len(silver_wrong) < misses:
                silver_wrong.append(
                    f"{text[a:b]!r} anchor {anchor.date()} -> {guess} "
                    f"(date says {truth})"
                )
    return {
        "gold_total": gold_total,
        "gold_found": gold_found,
        "by_source": by_source,
        "pred_total": pred_total,
        "pred_hit": pred_hit,
        "missed": missed,
        "silver": silver,
        "silver_ok": silver_ok,
        "silver_wrong": silver_wrong,
        "ms_per_5000": seconds / max(chars, 1) * 5000 * 1000,
        "ms_per_doc": seconds / max(len(docs), 1) * 1000,
        "docs": len(docs),
    }


def gold_accuracy(
    gold: Path, texts: list[str], anchors: list | None, misses: int
) -> tuple[int, int, list[str]]:
    """Score resolution against a hand-labelled TSV (see the module docstring)."""
    ok = n = 0
    wrong = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, start, anchor, expression, value, _note = line.split("\t")
        if value == "-":
            continue
        text, s = texts[int(doc)], int(start)
        a = anchors[int(doc)] if anchors is not None else date.fromisoformat(anchor)
        found = find_times(text, a)
        tv = next((t for t in found if t.start <= s < t.end), None)
        got = str(tv.value) if tv is not None else None
        if got and len(value) == 10 and len(got) > 10:
            got = got[:10]  # the expression grew to a date with a time
        n += 1
        ok += got == value
        if got != value and len(wrong) < misses:
            wrong.append(f"{expression!r} anchor {anchor} -> {got} (gold {value})")
    return ok, n, wrong


def _print_gold(name: str, gold: Path, docs: list[dict], misses: int) -> None:
    texts = [d["text"]["string"] for d in docs]
    anchors = [doc_anchor(d) for d in docs]
    ok, n, wrong = gold_accuracy(gold, texts, anchors, misses)
    print(f"  resolution, hand-labelled {name} set {ok}/{n} = {ok / max(n, 1):.3f}")
    for line in wrong:
        print("    " + line)


def speed_10kgnad(path: Path) -> float:
    with path.open(encoding="utf-8") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    best = float("inf")
    for _ in range(3):  # best of three: the machine may be shared
        t0 = time.process_time()
        for t in texts:
            find_times(t, date(2016, 1, 1))
        best = min(best, time.process_time() - t0)
    return best / sum(map(len, texts)) * 5000 * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data", type=Path, default=SHARED / "smartdata" / "v1_test.json.gz"
    )
    ap.add_argument("--misses", type=int, default=15, help="examples of misses to show")
    ap.add_argument("--speed", type=Path, default=SHARED / "10kgnad" / "test.csv")
    args = ap.parse_args(argv)
    r = evaluate(read_docs(args.data), args.misses)
    print(f"{args.data.name}: {r['docs']} documents")
    for kind in ("date", "time", "duration"):
        n, k = r["gold_total"][kind], r["gold_found"][kind]
        print(f"  recall {kind:9s} {k:5d}/{n:<5d} = {k / max(n, 1):.3f}")
    for source in ("news", "rss", "tweet"):
        n, k = r["by_source"][(source, "total")], r["by_source"][(source, "found")]
        print(f"    date recall, {source:6s} {k:5d}/{n:<5d} = {k / max(n, 1):.3f}")
    p, h = r["pred_total"], r["pred_hit"]
    print(
        f"  found expressions overlapping an annotation {h}/{p} = {h / max(p, 1):.3f}"
    )
    s, ok = r["silver"], r["silver_ok"]
    print(
        f"  weekday resolution (silver, 'Samstag, 5. März') "
        f"{ok}/{s} = {ok / max(s, 1):.3f}"
    )
    print(
        f"  speed: {r['ms_per_5000']:.2f} ms per 5,000 characters, "
        f"{r['ms_per_doc']:.2f} ms per document"
    )
    gold = ROOT / "bench" / "temporal_gold_10kgnad.tsv"
    if args.speed.exists() and gold.exists():
        with args.speed.open(encoding="utf-8") as f:
            texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
        ok, n, wrong = gold_accuracy(gold, texts, None, args.misses)
        print(
            f"  resolution, hand-labelled 10kGNAD set {ok}/{n} = {ok / max(n, 1):.3f}"
        )
        for line in wrong:
            print("    " + line)
    for split in ("train", "test"):
        gold = ROOT / "bench" / f"temporal_gold_smartdata_{split}.tsv"
        path = args.data.with_name(f"v1_{split}.json.gz")
        if gold.exists() and path.exists():
            _print_gold(f"SmartData {split}", gold, read_docs(path), args.misses)
    if args.speed.exists():
        print(
            f"  speed on {args.speed.name}: "
            f"{speed_10kgnad(args.speed):.2f} ms per 5,000 characters"
        )
    if args.misses:
        print("missed date annotations (examples):")
        for surface, context in r["missed"][: args.misses]:
            print(f"  {surface!r:28s} … {context!r}")
        print("wrong weekday resolutions (examples):")
        for line in r["silver_wrong"]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
