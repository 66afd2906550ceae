"""Quotations and verbal interactions against a hand-annotated gold (issue 17).

Usage::

    python bench/eval_quotes.py GOLD.jsonl                  # run kg, print figures
    python bench/eval_quotes.py GOLD.jsonl --errors          # list misses, extras
    python bench/eval_quotes.py GOLD.jsonl --system S.jsonl  # score a system file
    python bench/eval_quotes.py GOLD.jsonl --dump S.jsonl    # write kg's output
    python bench/eval_quotes.py GOLD.jsonl --json

The gold format and the scoring are those of the shared format of issue 17
(``bench/quote_dev.md`` tells how the development gold was annotated): one JSON
object per article with ``section``, ``index`` (0-based among the rows of that
section of ``../shared/data/10kgnad/test.csv``, file order), ``head`` (its first 80
characters, checked), ``quotes`` (``kind``, ``text``, ``speaker``,
``speaker_kind``, ``medium``) and ``interactions`` (``type``, ``source``,
``target``, ``issue``, ``verb``).

Without ``--system`` the real pipeline runs (``kg.nlp.load_nlp()``,
``kg.extract.doc_to_records``) on the gold's articles and its quotes and
interactions are written in the same format (speaker: the entity's name).

Scoring, per article, one-to-one and greedy (best first):

* **Quote span P/R/F1**: a system quote matches a gold quote when their
  character spans overlap by at least half of the longer one. A gold text is
  located in its article (first occurrence); one that does not occur is an error.
* **Token-overlap P/R/F1**: the words (``\\w+``) inside gold quotes against the
  words inside system quotes, summed over the articles.
* **Speaker attribution accuracy**: among matched quotes whose gold speaker is
  not null, the share whose system speaker is the gold speaker: names folded
  (case, accents); a person matches by full name or surname (a surname-only
  system name matches the full gold name); a country or organisation by name,
  gazetteer name or whole-word containment (the rules of
  ``bench/eval_extract.py``, ``person_score`` / ``org_match``); a national
  government ("Regierung (Norwegen)") is the state it speaks for, as
  ``bench/quote_gold.md`` annotates it ("die norwegische Regierung" → "Norwegen").
  The system speaker is the entity, so any of its names counts: its canonical
  name or one of its aliases (``speaker_aliases``: "Armee (Türkei)" is also
  "türkische Armee", "Welternährungsorganisation" also "FAO"), as
  ``bench/eval_extract.py`` matches persons and organisations.
* **Interaction P/R/F1**: a system interaction matches a gold one with the same
  type and source, and the same target when the gold names one; source and
  target are actors as speakers are (any name of the entity counts:
  ``source_aliases``, ``target_aliases``).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
_WORD = re.compile(r"\w+")


def _extract_rules() -> Any:
    """``bench/eval_extract.py`` as a module: its name rules are reused."""
    spec = importlib.util.spec_from_file_location(
        "eval_extract", Path(__file__).with_name("eval_extract.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_extract", module)
    spec.loader.exec_module(module)
    return module


_ee = _extract_rules()


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise SystemExit(f"{path}:{n}: not JSON ({e.msg})") from e
    return out


def load_articles(
    csv_path: Path, wanted: set[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """The texts of 10kGNAD rows (section, 0-based index within the section), of
    the UD news texts of ``bench/ud_news.py`` (sections PUD, GSD), or of the
    SmartData train documents (section ``SmartData``, ``ud_news.smartdata_texts``)."""
    if str(Path(__file__).parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parent))
    from ud_news import SECTIONS as UD_SECTIONS
    from ud_news import SMARTDATA, smartdata_texts
    from ud_news import load as load_ud

    out: dict[tuple[str, int], str] = load_ud(
        {k for k in wanted if k[0] in UD_SECTIONS}
    )
    out.update(smartdata_texts({i for s, i in wanted if s == SMARTDATA}))
    wanted = {k for k in wanted if k[0] not in UD_SECTIONS and k[0] != SMARTDATA}
    if not wanted:
        return out
    seen: dict[str, int] = {}
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) < 2:
                continue
            i = seen.get(row[0], 0)
            seen[row[0]] = i + 1
            if (row[0], i) in wanted:
                out[(row[0], i)] = row[1]
    return out


def check_gold(
    gold: list[dict[str, Any]], texts: dict[tuple[str, int], str]
) -> list[str]:
    """Problems of the gold: a wrong head, a quote text not in its article."""
    problems = []
    for art in gold:
        key = (art["section"], art["index"])
        text = texts.get(key)
        if text is None:
            problems.append(f"{key}: no such article")
            continue
        if not text.startswith(art["head"][:60]):
            problems.append(f"{key}: head does not match the article")
        for q in art["quotes"]:
            if q["text"] not in text:
                problems.append(f"{key}: quote not in the article: {q['text'][:50]!r}")
    return problems


# --- the system ---------------------------------------------------------------------


def _kind_name(key: str | None, entities: dict[str, Any]) -> tuple[str | None, str]:
    from kg.extract.records import name_of

    if key is None:
        return None, "unknown"
    kind = key.partition("/")[0]
    e = entities.get(key)
    if kind == "person":
        return name_of(key), "person"
    if kind == "place":
        return name_of(
            key
        ), "country" if e is None or e.place_kind == "country" else "place"
    return name_of(key), "organisation"


def _aliases(key: str | None, entities: dict[str, Any]) -> list[str]:
    e = entities.get(key) if key else None
    return list(e.aliases) if e is not None else []


def run_kg(texts: dict[tuple[str, int], str]) -> list[dict[str, Any]]:
    """kg's quotes and interactions of each article, in the gold format."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    nlp = load_nlp()
    keys = sorted(texts)
    out = []
    for key, doc in zip(keys, pipe(nlp, [texts[k] for k in keys]), strict=True):
        rec = doc_to_records(doc, article_id=f"{key[0]}-{key[1]}", content_hash="-")
        ents = {e.key: e for e in rec.entities}
        quotes = []
        for q in rec.quotes:
            speaker, kind = _kind_name(q.speaker, ents)
            entity = ents.get(q.speaker) if q.speaker else None
            if speaker is None and q.speaker_label:
                speaker, kind = q.speaker_label, "organisation"
            quotes.append(
                {
                    "kind": q.kind,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "speaker": speaker,
                    "speaker_kind": kind,
                    "speaker_aliases": list(entity.aliases) if entity else [],
                    "medium": _kind_name(q.medium, ents)[0],
                }
            )
        # an unnamed body's label stands for the actor, as for quote speakers
        inter = [
            {
                "type": i.type,
                "source": _kind_name(i.source, ents)[0] or i.source_label,
                "target": _kind_name(i.target, ents)[0] or i.target_label,
                # the actor is the entity: any of its names counts, as for speakers
                "source_aliases": _aliases(i.source, ents),
                "target_aliases": _aliases(i.target, ents),
                "issue": i.issue,
                "verb": i.verb,
            }
            for i in rec.interactions
        ]
        out.append(
            {
                "section": key[0],
                "index": key[1],
                "head": texts[key][:80],
                "quotes": quotes,
                "interactions": inter,
            }
        )
    return out


# --- scoring ------------------------------------------------------------------------


def _span(text: str, q: dict[str, Any]) -> tuple[int, int] | None:
    if "start" in q and "end" in q and text[q["start"] : q["end"]] == q["text"]:
        return q["start"], q["end"]
    i = text.find(q["text"])
    return None if i < 0 else (i, i + len(q["text"]))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy(scores: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    pairs, used_g, used_s = [], set(), set()
    for _, g, s in sorted(scores, reverse=True):
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            pairs.append((g, s))
    return pairs


# "Regierung (Norwegen)", "Bundesregierung (Deutschland)": a national government
_GOVERNMENT = re.compile(r"(?:Bundes)?[Rr]egierung \((.+)\)")


def same_actor(
    gold: str | None, system: str | None, gold_kind: str | None = None
) -> bool:
    """Is ``system`` the actor ``gold`` (the name rules of the module docstring)?"""
    if gold is None or system is None:
        return False
    # "die norwegische Regierung" -> "Norwegen" (bench/quote_gold.md): the
    # system's national body "Regierung (Norwegen)" is that state speaking
    government = _GOVERNMENT.fullmatch(system)
    if government is not None and _ee.fold(gold) == _ee.fold(government.group(1)):
        return True
    if gold_kind == "person" or (
        gold_kind is None and " " in gold and gold[:1].isupper()
    ):
        if _ee.person_score(gold, (system,)) >= 2:
            return True
    return bool(_ee.org_match(gold, (system,))) or _ee.fold(gold) == _ee.fold(system)


def _any_name(gold: str | None, name: str | None, aliases: Any = ()) -> bool:
    """Is the system actor (its name and aliases) the gold actor?"""
    return any(same_actor(gold, n) for n in (name, *aliases))


def _words(text: str, spans: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            out.add(m.start())
    return out


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def score(
    gold: list[dict[str, Any]],
    system: list[dict[str, Any]],
    texts: dict[tuple[str, int], str],
) -> dict[str, Any]:
    """The figures of ``system`` against ``gold`` (module docstring), with the
    errors listed."""
    sys_by = {(a["section"], a["index"]): a for a in system}
    n_g = n_s = tp = 0
    w_g = w_s = w_tp = 0
    sp_n = sp_ok = 0
    i_g = i_s = i_tp = 0
    errors: list[str] = []
    for art in gold:
        key = (art["section"], art["index"])
        text = texts[key]
        sart = sys_by.get(key, {"quotes": [], "interactions": []})
        gq = [(q, _span(text, q)) for q in art["quotes"]]
        gq = [(q, s) for q, s in gq if s is not None]
        sq = [(q, _span(text, q)) for q in sart["quotes"]]
        sq = [(q, s) for q, s in sq if s is not None]
        n_g += len(gq)
        n_s += len(sq)
        cand = []
        for gi, (_, g) in enumerate(gq):
            for si, (_, s) in enumerate(sq):
                o = _overlap(g, s)
                if o and 2 * o >= max(g[1] - g[0], s[1] - s[0]):
                    cand.append((o / max(g[1] - g[0], s[1] - s[0]), gi, si))
        pairs = _greedy(cand)
        tp += len(pairs)
        gw = _words(text, [s for _, s in gq])
        sw = _words(text, [s for _, s in sq])
        w_g, w_s, w_tp = w_g + len(gw), w_s + len(sw), w_tp + len(gw & sw)
        for gi, si in pairs:
            g, s = gq[gi][0], sq[si][0]
            if g.get("speaker"):
                sp_n += 1
                names = [s.get("speaker"), *s.get("speaker_aliases", ())]
                if any(
                    same_actor(g["speaker"], n, g.get("speaker_kind")) for n in names
                ):
                    sp_ok += 1
                else:
                    errors.append(
                        f"{key} speaker: gold {g['speaker']!r}, system "
                        f"{s.get('speaker')!r}: {g['text'][:60]!r}"
                    )
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        errors += [
            f"{key} missed quote: {q['text'][:70]!r} ({q.get('speaker')})"
            for gi, (q, _) in enumerate(gq)
            if gi not in matched_g
        ]
        errors += [
            f"{key} extra quote: {q['text'][:70]!r} ({q.get('speaker')})"
            for si, (q, _) in enumerate(sq)
            if si not in matched_s
        ]
        gi_ = art.get("interactions", [])
        si_ = sart.get("interactions", [])
        i_g += len(gi_)
        i_s += len(si_)
        cand = []
        for a, g in enumerate(gi_):
            for b, s in enumerate(si_):
                if g["type"] != s["type"] or not _any_name(
                    g["source"], s.get("source"), s.get("source_aliases", ())
                ):
                    continue
                if g.get("target") and not _any_name(
                    g["target"], s.get("target"), s.get("target_aliases", ())
                ):
                    continue
                cand.append((1.0, a, b))
        ipairs = _greedy(cand)
        i_tp += len(ipairs)
        mg = {a for a, _ in ipairs}
        ms = {b for _, b in ipairs}
        errors += [
            f"{key} missed interaction: {g['type']} {g['source']} -> "
            f"{g.get('target')} ({g.get('verb')})"
            for a, g in enumerate(gi_)
            if a not in mg
        ]
        errors += [
            f"{key} extra interaction: {s['type']} {s.get('source')} -> "
            f"{s.get('target')} ({s.get('verb')}, {s.get('issue')})"
            for b, s in enumerate(si_)
            if b not in ms
        ]
    return {
        "articles": len(gold),
        "quotes": {"gold": n_g, "system": n_s, "matched": tp, **_prf(tp, n_s, n_g)},
        "tokens": {"gold": w_g, "system": w_s, "matched": w_tp, **_prf(w_tp, w_s, w_g)},
        "speaker": {
            "judged": sp_n,
            "correct": sp_ok,
            "accuracy": round(sp_ok / sp_n, 3) if sp_n else 0.0,
        },
        "interactions": {
            "gold": i_g,
            "system": i_s,
            "matched": i_tp,
            **_prf(i_tp, i_s, i_g),
        },
        "errors": errors,
    }


def table(r: dict[str, Any]) -> str:
    lines = [
        f"{r['articles']} articles",
        "| measure | gold | system | matched | P | R | F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, k in (
        ("quote spans", "quotes"),
        ("quote tokens", "tokens"),
        ("interactions", "interactions"),
    ):
        x = r[k]
        lines.append(
            f"| {name} | {x['gold']} | {x['system']} | {x['matched']} "
            f"| {x['P']:.3f} | {x['R']:.3f} | {x['F1']:.3f} |"
        )
    s = r["speaker"]
    lines.append(
        f"speaker attribution: {s['correct']}/{s['judged']} = {s['accuracy']:.3f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--system", type=Path, help="score this file instead of running kg")
    ap.add_argument("--dump", type=Path, help="write kg's output here (gold format)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    gold = load_jsonl(args.gold)
    texts = load_articles(args.csv, {(a["section"], a["index"]) for a in gold})
    problems = check_gold(gold, texts)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    system = load_jsonl(args.system) if args.system else run_kg(texts)
    if args.dump:
        args.dump.write_text(
            "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in system),
            encoding="utf-8",
        )
    r = score(gold, system, texts)
    print(table(r))
    if args.errors:
        print("\n".join(r["errors"]))
    if args.json:
        print(json.dumps({k: v for k, v in r.items() if k != "errors"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
