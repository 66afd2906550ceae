"""Roles against the DFKI SmartData corpus's leadership relations (issue 15).

SmartData (``../shared/data/smartdata``, CC BY 4.0; Schiersch et al., LREC 2018)
annotates ``OrganizationLeadership`` relations in German news, RSS items and
tweets: a person, the organisation they lead and their position ("Bernd Hansen
… Chef der Hansen Gruppe"). The annotators never saw kg, and no rule of kg was
written against these relations, so they measure roles independently of
``bench/extract_gold.md``. The test split is held out: run it for the summary
only (no ``--errors``); the train split may be read for development.

For each gold relation: is the person an entity of kg (name or alias equal to
the gold name, or the one's last words the other's: "Dr. Christoph Runde" and
"Christoph Runde"), does kg give that person a role, and is the role's
organisation the gold organisation (a name or alias of kg's organisation equal
to, or containing, the gold one's mention or normalised name, ignoring case and
hyphens). kg's roles of the gold persons with another organisation count as
wrong organisations.

Reproduce::

    python bench/eval_leadership.py              # test split, held out: summary
    python bench/eval_leadership.py --split train --errors
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared/data/smartdata"
_NORM = re.compile(r"[\s\-–]+")


def documents(split: str) -> list[dict]:
    """The documents of ``v1_{split}.json.gz``."""
    from kg.ner.germeval import smartdata_documents

    return list(smartdata_documents(DATA / f"v1_{split}.json.gz"))


def relations(doc: dict) -> list[dict[str, tuple[str, str]]]:
    """role -> (mention text, normalised value) of each leadership relation."""
    text = doc["text"]["string"]
    out = []
    for rel in (doc.get("relationMentions") or {}).get("array") or []:
        if rel["name"] != "OrganizationLeadership":
            continue
        args = {}
        for a in rel["args"]["array"]:
            cm = a["conceptMention"]
            mention = text[cm["span"]["start"] : cm["span"]["end"]]
            norm = (cm.get("normalizedValue") or {}).get("string") or mention
            args[a["role"]] = (mention, norm)
        if "person" in args and "organization" in args:
            a, b = rel["span"]["start"], rel["span"]["end"]
            args["_text"] = (" ".join(text[max(0, a - 80) : b + 40].split()), "")
            out.append(args)
    return out


def _n(s: str) -> str:
    return _NORM.sub(" ", s.lower()).strip(" .")


def _same_person(gold: tuple[str, str], names: set[str]) -> bool:
    g = {_n(x) for x in gold}
    for name in map(_n, names):
        for x in g:
            if name == x or x.endswith(" " + name) or name.endswith(" " + x):
                return True
    return False


def _same_org(gold: tuple[str, str], names: set[str]) -> bool:
    g = {_n(x) for x in gold if len(x) > 1}
    return any(
        x == n or (len(x) > 2 and x in n) or (len(n) > 2 and n in x)
        for n in map(_n, names)
        for x in g
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("test", "train"), default="test")
    ap.add_argument("--errors", action="store_true", help="list misses (not on test)")
    args = ap.parse_args()
    if args.errors and args.split == "test":
        ap.error("the test split is held out: no --errors")

    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    docs = [d for d in documents(args.split) if relations(d)]
    nlp = load_nlp()
    texts = [d["text"]["string"] for d in docs]
    gold_n = person_n = role_n = org_n = wrong_org = 0
    misses: list[str] = []
    for d, doc in zip(docs, pipe(nlp, texts), strict=True):
        rec = doc_to_records(doc, article_id="s", content_hash="h")
        ents = {e.key: e for e in rec.entities}
        for rel in relations(d):
            gold_n += 1
            person, org = rel["person"], rel["organization"]
            keys = [
                e.key
                for e in rec.entities
                if e.kind == "person" and _same_person(person, {e.name, *e.aliases})
            ]
            why = "person not found"
            if keys:
                person_n += 1
                roles = [
                    r for r in rec.roles if r.person in keys and r.role != "Mitglied"
                ]
                why = "no role"
                if roles:
                    role_n += 1
                    hit = False
                    for r in roles:
                        e = ents.get(r.organisation or "")
                        names = (
                            {e.name, *e.aliases}
                            if e
                            else (
                                {r.organisation.partition("/")[2]}
                                if r.organisation
                                else set()
                            )
                        )
                        if names and _same_org(org, names):
                            hit = True
                        elif names:
                            wrong_org += 1
                    if hit:
                        org_n += 1
                        continue
                    why = "org: " + "; ".join(
                        f"{r.role} @ {r.organisation}" for r in roles
                    )
            misses.append(
                f"{person[1]} | {rel.get('position', ('', ''))[0]} | {org[1]}: {why}"
                f"\n    {rel['_text'][0]}"
            )
    print(
        f"SmartData {args.split}: {len(docs)} documents, {gold_n} leadership relations"
    )
    for label, n in (
        ("person found", person_n),
        ("role of the person", role_n),
        ("role with the gold organisation", org_n),
    ):
        print(f"  {label:34} {n:4d} / {gold_n} = {n / max(gold_n, 1):.3f}")
    print(f"  roles of gold persons with another organisation: {wrong_org}")
    if args.errors:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
