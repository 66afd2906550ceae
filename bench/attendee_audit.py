"""Meeting attendees on unseen news: kg's attendees of the meetings it finds
against hand judgments in ``bench/attendee_audit.tsv`` (issue 15).

The brief asked for 10kGNAD ``train.csv`` rows; ``../shared/data/10kgnad/``
holds only ``test.csv``, so the sample is drawn from its rows that are not held
out (``bench/unseen_rows.py``), sections International, Inland, Wirtschaft and
Panorama, in a fixed random order (seed 15): first the rows that no extraction
gold file (``bench/extract_*.jsonl``) annotates (tier ``fresh``: no attendee
was ever written down for them), then the rest (tier ``dev``), until about 70
meetings. Every meeting kg found in a row read is one TSV line, judged by hand
under ``bench/extract_gold.md`` before any rule was written on it.

TSV columns: ``section``, ``index``, ``tier``, ``sentences`` (the meeting's
sentence numbers, comma-separated), ``kg`` (kg's attendee and organiser keys
when judged, ``;``-separated), ``gold`` (the attendees the text gives this
meeting, ``;``-separated, ``|`` between two names of one; ``-`` when it is no
meeting), ``note``, ``text`` (the meeting sentences).

Scoring: a system meeting is matched to the judged line of its article whose
sentences it shares most (one to one). Attendee precision / recall / F1 over the
matched lines that are meetings, names matched as ``bench/eval_extract.py``
does; a judged meeting no system meeting matches any more counts its gold
attendees as missed. System meetings that match no line are listed with ``?``
(judge them and add a line); attendees of meetings judged ``-`` are counted
apart.

Reproduce::

    PYTHONPATH=$PWD python bench/attendee_audit.py            # score
    PYTHONPATH=$PWD python bench/attendee_audit.py --errors   # and list misses
    PYTHONPATH=$PWD python bench/attendee_audit.py --sample 70 --out NEW.tsv
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_extract import Actor, Tally, _cover  # noqa: E402
from unseen_rows import TEST_CSV  # noqa: E402
from unseen_rows import rows as load_rows  # noqa: E402

BENCH = Path(__file__).parent
DEFAULT_TSV = BENCH / "attendee_audit.tsv"
SECTIONS = ("International", "Inland", "Wirtschaft", "Panorama")
SEED = 15
COLUMNS = ("section", "index", "tier", "sentences", "kg", "gold", "note", "text")


@dataclass
class SysMeeting:
    sentences: frozenset[int]
    actors: list[Actor]
    text: str


def gold_rows() -> set[tuple[str, int]]:
    """(section, index) of every row an extraction gold file annotates."""
    out = set()
    for path in BENCH.glob("extract_*.jsonl"):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                out.add((row.get("section", "International"), row["index"]))
    return out


def sample_order(csv_path: Path) -> list[tuple[str, int, str, str]]:
    """(section, index, tier, text) of the rows to read, in audit order."""
    annotated = gold_rows()
    rows = [r for r in load_rows(csv_path) if r[0] in SECTIONS]
    fresh = [(s, i, "fresh", t) for s, i, t in rows if (s, i) not in annotated]
    dev = [(s, i, "dev", t) for s, i, t in rows if (s, i) in annotated]
    rng = random.Random(SEED)
    rng.shuffle(fresh)
    rng.shuffle(dev)
    return fresh + dev


def run_kg(texts: Iterable[str]) -> Iterable[tuple[list[SysMeeting], list[str]]]:
    """Per text: kg's meetings and the text of each sentence."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    nlp = load_nlp()
    for doc in pipe(nlp, texts, batch_size=16):
        rec = doc_to_records(doc, article_id="a", content_hash="-")
        ents = {e.key: Actor(e.key, e.kind, (e.name, *e.aliases)) for e in rec.entities}
        sents = [s.text for s in doc.sents]
        out = []
        for m in rec.meetings:
            keys = list(dict.fromkeys((*m.attendees, *m.organizers)))
            actors = [
                ents.get(k) or Actor(k, k.partition("/")[0], (k.partition("/")[2],))
                for k in keys
            ]
            text = " / ".join(sents[i] for i in sorted(m.sentences) if i < len(sents))
            out.append(SysMeeting(frozenset(m.sentences), actors, text))
        yield out, sents


def sample(csv_path: Path, n: int, out: Path, context: Path | None = None) -> None:
    """Write the unjudged TSV: kg's meetings of rows read in audit order until
    ``n`` meetings (the gold column "?", to fill by hand); ``context`` gets each
    article's sentences, numbered, to judge them by."""
    order = sample_order(csv_path)
    lines, found, read, ctx = [], 0, 0, []
    step = 24
    for at in range(0, len(order), step):
        chunk = order[at : at + step]
        for (sec, i, tier, _), (meetings, sents) in zip(
            chunk, run_kg(r[3] for r in chunk), strict=True
        ):
            read += 1
            if meetings:
                ctx.append(f"=== {sec} {i}")
                ctx += [f"[{k}] {s}" for k, s in enumerate(sents)]
            for m in meetings:
                kg = ";".join(a.key for a in m.actors)
                sn = ",".join(map(str, sorted(m.sentences)))
                lines.append([sec, str(i), tier, sn, kg, "?", "", m.text])
                found += 1
            if found >= n:
                break
        if found >= n:
            break
    with out.open("w", encoding="utf-8") as f:
        f.write(f"# sample of {read} rows in seed-{SEED} order, {found} meetings\n")
        f.write("\t".join(COLUMNS) + "\n")
        for line in lines:
            f.write("\t".join(c.replace("\t", " ") for c in line) + "\n")
    if context is not None:
        context.write_text("\n".join(ctx) + "\n", encoding="utf-8")


def load_judged(path: Path) -> list[dict[str, str]]:
    out = []
    for line in path.open(encoding="utf-8"):
        if line.startswith(("#", "section\t")) or not line.strip():
            continue
        out.append(dict(zip(COLUMNS, line.rstrip("\n").split("\t"), strict=False)))
    return out


def score(csv_path: Path, judged_path: Path, *, errors: bool) -> None:
    judged = load_judged(judged_path)
    keys = sorted({(j["section"], int(j["index"])) for j in judged})
    texts = {(s, i): t for s, i, t in load_rows(csv_path)}
    tiers = ("fresh", "dev")
    tally = {t: Tally() for t in (*tiers, "all")}
    not_meetings = unjudged = lost = 0
    report: list[str] = []
    for key, (meetings, _s) in zip(keys, run_kg(texts[k] for k in keys), strict=True):
        rows = [j for j in judged if (j["section"], int(j["index"])) == key]
        spans = [frozenset(map(int, j["sentences"].split(","))) for j in rows]
        pairs = sorted(
            (
                (-len(sp & m.sentences), ri, mi)
                for ri, sp in enumerate(spans)
                for mi, m in enumerate(meetings)
                if sp & m.sentences
            ),
        )
        used_r, used_m, match = set(), set(), {}
        for _, ri, mi in pairs:
            if ri not in used_r and mi not in used_m:
                used_r.add(ri)
                used_m.add(mi)
                match[ri] = mi
        for mi, m in enumerate(meetings):
            if mi not in used_m:
                unjudged += 1
                names = ";".join(a.key for a in m.actors)
                report.append(f"?\t{key[0]}\t{key[1]}\t{names}\t{m.text[:200]}")
        for ri, row in enumerate(rows):
            gold = [g for g in row["gold"].split(";") if g and g != "-"]
            actors = meetings[match[ri]].actors if ri in match else []
            if row["gold"] == "-":
                not_meetings += len(actors)
                continue
            if ri not in match:
                lost += 1
            pairs_ = _cover(gold, actors)
            for t in (row["tier"], "all"):
                tally[t].add(len(gold), len(actors), len(pairs_))
            if errors:
                hit_g = {g for g, _ in pairs_}
                hit_s = {s for _, s in pairs_}
                miss = [g for gi, g in enumerate(gold) if gi not in hit_g]
                extra = [a.key for si, a in enumerate(actors) if si not in hit_s]
                if miss or extra:
                    report.append(
                        f"{key[0]}\t{key[1]}\tmiss {miss}\textra {extra}\t{row['note']}"
                    )
    for line in report:
        print(line)
    for t in (*tiers, "all"):
        f = tally[t].prf()
        print(
            f"attendees {t}: gold {f['gold']}, system {f['system']}, matched "
            f"{f['matched']}: P {f['precision']:.3f} R {f['recall']:.3f} "
            f"F1 {f['f1']:.3f}"
        )
    print(
        f"judged lines {len(judged)}; judged meetings no longer found {lost}; "
        f"attendees of non-meetings {not_meetings}; unjudged meetings {unjudged}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=TEST_CSV)
    ap.add_argument("--judged", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    ap.add_argument("--sample", type=int, help="write an unjudged sample instead")
    ap.add_argument("--out", type=Path, help="where --sample writes")
    ap.add_argument("--context", type=Path, help="--sample: the articles' sentences")
    args = ap.parse_args()
    if args.sample:
        sample(args.csv, args.sample, args.out or args.judged, args.context)
    else:
        score(args.csv, args.judged, errors=args.errors)


if __name__ == "__main__":
    main()
