"""Role recall audit on the non-held-out rows of 10kGNAD's ``test.csv`` (issue 15).

Runs kg (``kg.nlp.pipe`` and ``doc_to_records``) over every row of
``../shared/data/10kgnad/test.csv`` except the held-out ones (International
60-150, Inland 40-79, Wirtschaft 80-99) and lists two kinds of candidates:

- ``miss``: a sentence holding a title of ``kg/data/roles.tsv``
  (:func:`kg.lang.de.titles.match_title`) and a person entity to whom kg gives
  no role from that sentence (one line per sentence, the role-less persons
  joined by ``|``);
- ``noorg``: a role kg gives without an organisation.

A fixed-seed random sample (``--miss`` and ``--noorg`` lines) is written as a
TSV whose last columns are judged by hand (``bench/role_recall_audit.tsv``):
``verdict`` (``Y`` a current post of a listed person that kg misses, or for
``noorg`` an organisation the text gives; ``N`` none), ``gold`` (``person =
role @ org``, ``;`` between posts), ``why`` (the class of the miss).

With ``--judged`` the script reruns kg and reports, for the ``Y`` lines, how
many gold posts kg now gives (person and role, and with the gold org).

Reproduce::

    python bench/role_recall_audit.py --out bench/role_recall_audit.tsv
    python bench/role_recall_audit.py --judged bench/role_recall_audit.tsv

(with ``PYTHONPATH=$PWD``)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_rows import TEST_CSV as TEST  # noqa: E402
from unseen_rows import rows  # noqa: E402

SEED = 15
COLS = "kind section index sent persons titles kgroles text verdict gold why".split()
WORD = re.compile(r"[\w-]+")


def _titles(text: str) -> list[str]:
    from kg.lang.de.titles import match_title

    return [w for w in WORD.findall(text) if match_title(w)]


def _records(path: Path, only: set[tuple[str, int]] | None = None):  # noqa: ANN202
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    rs = [r for r in rows(path) if only is None or (r[0], r[1]) in only]
    nlp = load_nlp()
    docs = pipe(nlp, (r[2] for r in rs), batch_size=16)
    for (sec, i, _), doc in zip(rs, docs, strict=True):
        yield sec, i, doc_to_records(doc, article_id="t", content_hash="h")


def candidates(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """The ``miss`` and ``noorg`` lines of every non-held-out row."""
    miss, noorg = [], []
    for sec, i, rec in _records(path):
        names = {e.key: e.name for e in rec.entities}
        roled = {(r.person, r.sentence) for r in rec.roles}
        by_sent: dict[int, list[str]] = {}
        for e in rec.entities:
            if e.kind != "person":
                continue
            for m in e.mentions:
                if (e.key, m.sentence) not in roled:
                    got = by_sent.setdefault(m.sentence, [])
                    if e.name not in got:
                        got.append(e.name)
        for s, persons in sorted(by_sent.items()):
            text = " ".join(rec.sentences[s].text.split())
            titles = _titles(text)
            if titles:
                have = "; ".join(
                    sorted(
                        {
                            _post(names, r)
                            for r in rec.roles
                            if names.get(r.person) in persons
                        }
                    )
                )
                miss.append(
                    [
                        "miss",
                        sec,
                        str(i),
                        str(s),
                        "|".join(persons),
                        "|".join(titles),
                        have,
                        text,
                    ]
                )
        for r in rec.roles:
            if r.organisation is None:
                text = " ".join(rec.sentences[r.sentence].text.split())
                who = names.get(r.person, r.person)
                noorg.append(
                    ["noorg", sec, str(i), str(r.sentence), who, r.role, "", text]
                )
    return miss, noorg


def _post(names: dict[str, str], r) -> str:  # noqa: ANN001
    return f"{names[r.person]} = {r.role} @ {names.get(r.organisation or '', '')}"


def _gold(field: str) -> list[tuple[str, str, str]]:
    out = []
    for part in field.split(";"):
        if "=" not in part:
            continue
        who, rest = part.split("=", 1)
        role, _, org = rest.partition("@")
        out.append((who.strip(), role.strip(), org.strip()))
    return out


def judged(path: Path, tsv: Path) -> None:
    """Report how many judged posts kg gives now."""
    lines = []
    with tsv.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "kind\t")) or not line.strip():
                continue
            lines.append(dict(zip(COLS, line.rstrip("\n").split("\t"), strict=False)))
    want = {(d["section"], int(d["index"])) for d in lines}
    recs = {(sec, i): rec for sec, i, rec in _records(path, want)}
    found: Counter[str] = Counter()
    for d in lines:
        if d.get("verdict") != "Y":
            continue
        rec = recs[(d["section"], int(d["index"]))]
        names = {e.key: e for e in rec.entities}
        s = int(d["sent"])
        for who, role, org in _gold(d.get("gold", "")):
            found[d["kind"] + " gold"] += 1
            hits = [
                r
                for r in rec.roles
                if r.sentence == s
                and r.person in names
                and who in (names[r.person].name, *names[r.person].aliases)
                and any(
                    alt.lower() in r.role.lower() or r.role.lower() in alt.lower()
                    for alt in role.split("|")
                )
            ]
            if not hits:
                where = f"{d['kind']}\t{d['section']}\t{d['index']}"
                print(f"still missed\t{where}\t{who} = {role} @ {org}")
                continue
            found[d["kind"] + " role"] += 1
            orgs = {
                names[r.organisation].name if r.organisation in names else ""
                for r in hits
            }
            if not org or org == "null" or orgs & set(org.split("|")):
                found[d["kind"] + " role+org"] += 1
            else:
                where = f"{d['kind']}\t{d['section']}\t{d['index']}"
                print(
                    f"wrong org\t{where}\t{who} = {role} @ {org} (kg: {sorted(orgs)})"
                )
    for k in ("miss", "noorg"):
        print(
            f"{k}: gold posts {found[k + ' gold']}, kg gives role "
            f"{found[k + ' role']}, with gold org {found[k + ' role+org']}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=TEST)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--judged", type=Path)
    ap.add_argument("--miss", type=int, default=75)
    ap.add_argument("--noorg", type=int, default=25)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--skip", type=Path, action="append", default=[],
        help="a judged TSV whose sentences the new sample leaves out",
    )
    args = ap.parse_args()
    if args.judged:
        judged(args.csv, args.judged)
        return
    miss, noorg = candidates(args.csv)
    print(f"candidates: miss {len(miss)}, noorg {len(noorg)}")
    done = set()
    for tsv in args.skip:
        with tsv.open(encoding="utf-8") as f:
            done |= {tuple(line.split("\t")[:4]) for line in f}
    miss = [m for m in miss if tuple(m[:4]) not in done]
    noorg = [m for m in noorg if tuple(m[:4]) not in done]
    rnd = random.Random(args.seed)
    sample = rnd.sample(miss, min(args.miss, len(miss)))
    sample += rnd.sample(noorg, min(args.noorg, len(noorg)))
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            f.write("\t".join(COLS) + "\n")
            for line in sample:
                f.write("\t".join(line) + "\t\t\t\n")


if __name__ == "__main__":
    main()
