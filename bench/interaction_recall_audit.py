"""Recall of kg's verbal interactions on fresh rows: a hand-judged sample of
sentences (issue 17).

Usage::

    PYTHONPATH=$PWD python bench/interaction_recall_audit.py           # figures
    PYTHONPATH=$PWD python bench/interaction_recall_audit.py --errors  # and each miss
    PYTHONPATH=$PWD python bench/interaction_recall_audit.py --sample  # draw anew

``--sample`` draws up to 120 sentences (seed 17, at most three per article;
103 of the 114 the rows hold) of the International, Inland, Wirtschaft and
Panorama rows of 10kGNAD ``test.csv``
that no interaction or quote gold or audit has used (the held-out rows, every
``bench/quote_*`` gold row and the rows of the interaction, quote recall and
speaker audits are skipped, which leaves no International row; the 10kGNAD
train split is not in ``../shared/data``) and that hold a verb form of the
interaction lexicon (``kg/data/speech_acts.tsv``, its particle in the
sentence), a near synonym
("kritisieren", "verurteilen", "mahnen" …) or a noun of the kind ("Forderung",
"Kritik", "Vorwurf" …), and writes them to ``bench/interaction_recall_audit.tsv``
with no judgment. Each was judged by hand before any rule, under
``bench/quote_gold.md``: one row per interaction a reader sees (``type``,
``source``, ``target``; ``-`` for an unnamed target), or one row with type
``-`` for none (nouns, verbs the rules do not code, an unnamed source);
persons by full name, as the text names them somewhere (the scorer takes a
surname of kg's for the full name, not the other way round).

Without ``--sample``, kg runs over the sampled articles and its interactions
whose trigger lies in a sampled sentence are matched as in
``bench/eval_quotes.py``: same type and source, and the same target when the
judgment names one. Printed: recall, precision on the sample, F1, and with
``--errors`` each missed and each extra interaction.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from unseen_rows import TEST_CSV, rows  # noqa: E402

TSV = BENCH / "interaction_recall_audit.tsv"
SEED = 17
N_SAMPLE = 120
SECTIONS = ("International", "Inland", "Wirtschaft", "Panorama")
HEADER = "section\tindex\tsentence_no\ttype\tsource\ttarget\tnote\tsentence"
WORD = re.compile(r"[\wÄÖÜäöüß-]+")
# near synonyms and nouns of the kind, as word beginnings (lowercased)
CUE_STEMS = (
    "kritisi",
    "kritik",
    "verurteil",
    "mahnt",
    "mahnen",
    "ermahn",
    "drängt",
    "drängen",
    "beschuldig",
    "bezichtig",
    "vorwurf",
    "vorwürf",
    "forderung",
    "warnung",
    "drohung",
    "androhung",
    "appell",
    "aufruf",
    "ablehnung",
    "zustimmung",
    "dementi",
    "abgestritten",
    "abstreit",
    "zurückweis",
    "zurückgewiesen",
    "aufgefordert",
    "angedroht",
    "abgelehnt",
    "zugestimmt",
    "vorgeworfen",
    "aufgerufen",
    "abzulehnen",
    "aufzufordern",
    "vorzuwerfen",
)


def used_rows() -> set[tuple[str, int]]:
    """The rows some gold or audit of ``bench/`` already reads."""
    out: set[tuple[str, int]] = set()
    for path in BENCH.glob("quote_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                art = json.loads(line)
                out.add((art.get("section"), art.get("index")))
    for name in ("interaction_audit", "quote_recall_audit", "speaker_audit"):
        for line in (BENCH / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 3:
                continue
            for a, b in ((0, 1), (1, 2)):
                if cols[b].isdigit():
                    out.add((cols[a], int(cols[b])))
                    break
    return out


def has_cue(sentence: str) -> bool:
    """A verb form of the lexicon (with its particle), a near synonym or a
    noun of the kind in ``sentence``."""
    from kg.lang.de.speech import speech_acts

    acts = speech_acts()
    words = [w.lower() for w in WORD.findall(sentence)]
    for w in words:
        if w.startswith(CUE_STEMS):
            return True
        for act in acts.get(w, ()):
            particle = act.form.particle
            if not particle or act.form.participle or particle.split()[-1] in words:
                return True
    return False


def articles() -> dict[tuple[str, int], str]:
    used = used_rows()
    return {
        (sec, i): text
        for sec, i, text in rows(TEST_CSV)
        if sec in SECTIONS and (sec, i) not in used
    }


def sample() -> None:
    from kg.nlp import load_nlp, pipe

    texts = articles()
    keys = sorted(texts)
    nlp = load_nlp()
    pool = []
    for key, doc in zip(keys, pipe(nlp, [texts[k] for k in keys]), strict=True):
        for n, sent in enumerate(doc.sents):
            if has_cue(sent.text):
                pool.append((key, n, " ".join(sent.text.split())))
    rng = random.Random(SEED)
    rng.shuffle(pool)
    per: dict[tuple[str, int], int] = {}
    picked = []
    for key, n, text in pool:
        if per.get(key, 0) >= 3:
            continue
        per[key] = per.get(key, 0) + 1
        picked.append((key, n, text))
        if len(picked) == N_SAMPLE:
            break
    picked.sort()
    lines = [
        f"# {N_SAMPLE} sentences with an interaction cue, seed {SEED}, of {len(pool)}"
        f" in {len(keys)} unused rows (bench/interaction_recall_audit.py --sample)",
        HEADER,
    ]
    lines += [f"{s}\t{i}\t{n}\t?\t\t\t\t{t}" for (s, i), n, t in picked]
    TSV.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TSV}: {len(picked)} of {len(pool)} sentences")


def judged() -> dict[tuple[str, int, str], list[dict[str, str | None]]]:
    """(section, index, sentence) -> the judged interactions ([] for none)."""
    out: dict[tuple[str, int, str], list[dict[str, str | None]]] = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "section\t")):
            continue
        sec, idx, _, typ, src, tgt, _note, sent = line.split("\t")[:8]
        items = out.setdefault((sec, int(idx), sent), [])
        if typ == "?":
            raise SystemExit(f"{TSV}: unjudged row {sec} {idx}: {sent[:60]!r}")
        if typ != "-":
            items.append(
                {"type": typ, "source": src, "target": None if tgt == "-" else tgt}
            )
    return out


def system(
    keys: set[tuple[str, int, str]],
) -> dict[tuple[str, int, str], list[dict[str, str | None]]]:
    """kg's interactions whose trigger lies in each judged sentence."""
    from eval_quotes import _kind_name

    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    texts = {k: t for k, t in articles().items() if k in {(s, i) for s, i, _ in keys}}
    order = sorted(texts)
    nlp = load_nlp()
    out: dict[tuple[str, int, str], list[dict[str, str | None]]] = {k: [] for k in keys}
    for key, doc in zip(order, pipe(nlp, [texts[k] for k in order]), strict=True):
        rec = doc_to_records(doc, article_id=f"{key[0]}-{key[1]}", content_hash="-")
        ents = {e.key: e for e in rec.entities}
        spans = []
        for s, i, sent in keys:
            if (s, i) != key:
                continue
            at = _find(doc, sent)
            if at is None:
                raise SystemExit(f"{key}: sentence not found: {sent[:60]!r}")
            spans.append(((s, i, sent), at))
        for x in rec.interactions:
            for k, (a, b) in spans:
                if a <= x.start < b:
                    out[k].append(
                        {
                            "type": x.type,
                            "source": _kind_name(x.source, ents)[0] or x.source_label,
                            "target": _kind_name(x.target, ents)[0] or x.target_label,
                            "verb": x.verb,
                        }
                    )
    return out


def _find(doc, sent: str) -> tuple[int, int] | None:
    """The character span of the sentence ``sent`` (spaces folded) in ``doc``."""
    for s in doc.sents:
        if " ".join(s.text.split()) == sent:
            return s.start_char, s.end_char
    words = sent.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, doc.text)
    return (m.start(), m.end()) if m else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", action="store_true", help="draw the sample anew")
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    if not TEST_CSV.exists():
        print(f"{TEST_CSV}: not found (the 10kGNAD test split)", file=sys.stderr)
        return 1
    if args.sample:
        sample()
        return 0
    from eval_quotes import _greedy, same_actor

    gold = judged()
    sys_ = system(set(gold))
    n_g = n_s = tp = 0
    errors = []
    for key in sorted(gold):
        g_, s_ = gold[key], sys_[key]
        n_g += len(g_)
        n_s += len(s_)
        cand = [
            (1.0, a, b)
            for a, g in enumerate(g_)
            for b, s in enumerate(s_)
            if g["type"] == s["type"]
            and same_actor(g["source"], s["source"])
            and (not g["target"] or same_actor(g["target"], s["target"]))
        ]
        pairs = _greedy(cand)
        tp += len(pairs)
        mg, ms = {a for a, _ in pairs}, {b for _, b in pairs}
        where = f"{key[0]} {key[1]}"
        errors += [
            f"{where} missed: {g['type']} {g['source']} -> {g['target']}"
            f" | {key[2][:110]}"
            for a, g in enumerate(g_)
            if a not in mg
        ]
        errors += [
            f"{where} extra: {s['type']} {s['source']} -> {s['target']}"
            f" ({s['verb']}) | {key[2][:110]}"
            for b, s in enumerate(s_)
            if b not in ms
        ]
    p = tp / n_s if n_s else 0.0
    r = tp / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences: {len(gold)}, judged interactions: {n_g}, kg: {n_s}")
    print(f"recall {r:.3f} ({tp}/{n_g}), precision {p:.3f} ({tp}/{n_s}), F1 {f:.3f}")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
