"""Extraction quality against hand-annotated 10kGNAD articles: persons, roles,
meetings, organisations.

Usage::

    python bench/eval_extract.py                       # held-out gold (rows 90-150)
    python bench/eval_extract.py --dev FILE.jsonl      # a development gold file
    python bench/eval_extract.py FILE.jsonl            # the same
    python bench/eval_extract.py --errors              # also list misses and extras
    python bench/eval_extract.py --json                # the figures as JSON

Runs the real pipeline (``kg.nlp.load_nlp()`` and ``kg.extract.doc_to_records``)
on the articles of ``../shared/data/10kgnad/test.csv`` that a gold file names,
and prints precision, recall and F1. A gold file has one JSON object per
article: ``section`` (the 10kGNAD category: "International", "Inland",
"Wirtschaft", "Panorama", "Etat", "Wissenschaft", "Web", "Kultur" or "Sport"; a
row without it is International; "PUD", "GSD" and "GermEval" for the texts of
``bench/ud_news.py``; "SmartData" for the SmartData train documents, by index in
``v1_train.json.gz``), ``index`` (0-based among that section's rows,
in file order), ``head`` (the article's first 80 characters, checked against the
CSV), and lists ``persons``, ``roles`` (person, role, org),
``meetings`` (attendees, place, date) and, optionally, ``organisations``; see
``bench/extract_gold.md`` for how they were annotated. In ``role``, ``org`` and
an organisation, "|" separates accepted alternatives ("Premier|Ministerpräsident",
"Freiheitliche Partei Österreichs|FPÖ").

Matching rules (all one-to-one within an article, greedy, best first):

* **Names** are compared after folding: lower case, accents stripped (ğ→g, ı→i,
  ł→l, ß→ss). A system person matches a gold person, in this order of
  preference: the same full name (or one of the entity's aliases); the same
  surname (last word, with a leading "al-"/"el-" dropped; an initial or
  ordinal like "A." or "II." keeps the word before it: "Samy A."); every
  word of the shorter name in the longer ("Xi" in "Xi Jinping"). A genitive
  left on a system name still matches ("Eugens" = "Eugen"). A second system
  entity for a person already matched is an error (a duplicate node): it counts
  against precision and is listed as ``person_duplicate``.
* **Countries and organisations** match when their gazetteer names are equal
  (``kg.nlp.gazetteer.lookup``: "Uno" = "Vereinte Nationen", "Weißrussland" =
  "Belarus"), or their folded names are equal, or one contains the other as
  whole words ("Kulturbüro Sachsen" / "Sachsen" do not, "Universität Graz" /
  "Graz" do not: containment needs at least two words on the shorter side).
* **Roles**: system roles with role "Mitglied" (a party in parentheses) are left
  out: the gold does not annotate memberships. The same person and title twice,
  once without an organisation, counts once (the one with the organisation) and
  is listed as ``role_duplicate``. A system role matches a gold one
  when the persons match and the titles match: after folding, the feminine
  ending "-in" is dropped ("Kanzlerin" = "Kanzler") and adjectival nouns lose
  their case ending ("stellvertretenden" = "stellvertretende"); then equal, or
  the title as written ends with the gold title ("US-Außenminister",
  "Palästinenserpräsident" count as "Außenminister", "Präsident"), unless the
  extra part is a rank (Vize-, Ex-, stellvertretende). "person+role+org" also
  needs the organisation to match (both absent counts as a match); for the
  roles matched on person+role, the organisation is then counted as correct,
  wrong, missing (gold has one, system none) or extra (system has one, gold
  none).
* **Meetings**: a system meeting's attendees are its attendee and organiser
  entities. A gold attendee is covered when a system attendee matches it
  (names as above). A system meeting matches a gold meeting when it covers at
  least two gold attendees, or one and the place is the same. The place is the
  same when the names match, or when the system place lies in the gold place
  (a city of the gold country, via the entity's ``contained_in``), or the other
  way round. Meeting P/R counts matched meetings; attendee P/R counts, per
  article, the distinct actors in any meeting (gold vs system); place and date
  accuracy are over matched meetings whose gold place/date is given.
* **Organisations**: the system's organisations of an article are its entities
  of kind ``org``, each with every name form it has there (its name, its
  aliases, the text of each mention). A gold organisation matches one when any
  of its "|" forms equals one of those forms after folding (as for names), with
  hyphens read as spaces, a leading article dropped and each word compared
  without an inflection ending (-e, -s, -n, -es, -en, -em, -er: "Rotem Kreuz" =
  "Rotes Kreuz", "Bundestags" = "Bundestag", "Grünen" = "Grüne"); one to one, an
  equal folded form before an inflected one. A gold form of a national body
  with its capital or country after "in" ("Außenministerium in Moskau",
  "Regierung in Ankara"), its country after "von" ("Regierung von
  Kanada") or its country in the genitive before it ("Burundis Regierung")
  also matches the system's entity of that country's body
  ("Außenministerium (Russland)"), which keeps the place a place of its own.
  Rows without ``organisations`` are not scored for them.
* **Scope**: a row with ``"scope": ["meetings"]`` was annotated for meetings
  only (``bench/extract_gsd.md``): it is scored for meetings and meeting
  attendees alone; its persons, roles and organisations count neither as gold
  nor, on the system side, as extras. A row with ``"scope": ["organisations"]``
  (``bench/extract_dev_orgs6.jsonl``) is scored for organisations alone.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "data"
CSV_PATH = SHARED / "10kgnad" / "test.csv"
HELDOUT = ROOT / "bench" / "extract_gold.jsonl"
SECTIONS = (
    "International",
    "Inland",
    "Wirtschaft",
    "Panorama",
    "Etat",
    "Wissenschaft",
    "Web",
    "Kultur",
    "Sport",
    "PUD",
    "GSD",
    "GermEval",
    "SmartData",
)
SCOPES = ("meetings", "organisations")
_ARTICLE_IDS = {
    "International": "intl",
    "Inland": "inland",
    "Wirtschaft": "wirtschaft",
    "Panorama": "panorama",
    "Etat": "etat",
    "Wissenschaft": "wissenschaft",
    "Kultur": "kultur",
    "Web": "web",
    "Sport": "sport",
    "PUD": "pud",
    "GSD": "gsd",
    "GermEval": "germeval",
    "SmartData": "smartdata",
}

_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss"})
_RANKS = ("vize", "ex", "stellvertretend", "ehemalig", "früher", "designiert")
_ADJECTIVAL = (
    "abgeordnet",
    "beauftragt",
    "vorsitzend",
    "stellvertretend",
    "gesandt",
    "bevollmächtigt",
    "angestellt",
)


def fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" -> "erdogan"."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("’", "'").split())


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", fold(name)) if w]


def surname(name: str) -> str:
    """The word a person is referred to by: the last one, without "al-"."""
    words = _words(name)
    if not words:
        return ""
    if len(words) > 1 and (re.fullmatch(r"[a-z]\.|[ivx]+\.", words[-1])):
        return " ".join(words[-2:])
    return re.sub(r"^(al|el|as|ad|ar|an|at|ash)-", "", words[-1])


def person_score(gold: str, names: tuple[str, ...]) -> int:
    """3: same full name, 2: same surname, 1: words contained, 0: no match."""
    g = fold(gold)
    best = 0
    for n in names:
        f = fold(n)
        if not f:
            continue
        if f == g:
            return 3
        sn, sg = surname(n), surname(gold)
        if sn == sg or sn in (sg + "s", sg + "'"):  # a genitive left on the name
            best = max(best, 2)
        else:
            a, b = set(_words(n)), set(_words(gold))
            if a <= b or b <= a:
                best = max(best, 1)
    return best


def _canonical(name: str) -> set[str]:
    """The gazetteer names ``name`` may stand for: its entry, or, for a form
    that names an organisation by the article's country ("Grüne"), every
    entry it may name; else ``name`` itself (folded)."""
    from kg.nlp import gazetteer

    entry = gazetteer.lookup(name)
    if entry is not None:
        return {fold(entry.name)}
    return {fold(e.name) for e in gazetteer.organisations_by_country(name)} or {
        fold(name)
    }


def org_match(gold: str, names: tuple[str, ...]) -> bool:
    """Does any of ``names`` name the country/organisation ``gold`` ("A|B")?

    A name kg qualifies with its country ("Verteidigungsministerium
    (Afghanistan)", "Regierung (Syrien)") also counts without the qualifier."""
    names = tuple(
        dict.fromkeys(
            x for n in names for x in (n, re.sub(r"\s*\([^()]*\)$", "", n)) if x
        )
    )
    for alt in gold.split("|"):
        g, cg = fold(alt), _canonical(alt)
        for n in names:
            f, cf = fold(n), _canonical(n)
            if g == f or cg & cf or f in cg or g in cf:
                return True
            short, long_ = sorted((g, f), key=len)
            if len(short.split()) >= 2 and re.search(
                rf"(^|\s){re.escape(short)}(\s|$)", long_
            ):
                return True
    return False


def actor_match(gold: str, names: tuple[str, ...], kind: str) -> int:
    """Score of a system entity (``kind`` person/org/place) as gold actor."""
    if kind == "person":
        return person_score(gold, names)
    return 3 if org_match(gold, names) else 0


def norm_title(title: str) -> str:
    """Folded title, gender- and case-neutral: "stellvertretenden Außenministerin"
    -> "stellvertretende aussenminister"."""
    out = []
    for w in fold(title).replace("ß", "ss").split():
        for stem in _ADJECTIVAL:
            if (
                w.endswith(stem + "e")
                or w.endswith(stem + "er")
                or w.endswith(stem + "en")
            ):
                w = w[: w.rindex(stem) + len(stem)] + "e"
                break
        else:
            if len(w) > 5 and w.endswith("in") and not w.endswith(("ein", "ain")):
                w = w[:-2]
        out.append(w)
    return " ".join(out)


def title_match(gold: str, role: str, title: str) -> bool:
    """Does the system role (base ``role``, ``title`` as written) match ``gold``?"""
    cands = {norm_title(role), norm_title(title)}
    for alt in gold.split("|"):
        g = norm_title(alt)
        if g in cands:
            return True
        for c in cands:
            if c.endswith(g) and len(c) > len(g):
                extra = c[: -len(g)].rstrip("- ")
                if not extra.replace(" ", "").startswith(_RANKS):
                    return True
    return False


_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the"})
_ENDINGS = ("es", "en", "em", "er", "e", "s", "n")


def _org_words(name: str) -> list[str]:
    """Folded words of an organisation's name, hyphens as spaces, no leading
    article: "der Europäischen Union" -> ["europaischen", "union"]."""
    words = fold(re.sub(r"[-‐–]", " ", name)).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _stems(word: str) -> set[str]:
    """``word`` and ``word`` without one inflection ending (stem of 3 or more)."""
    return {word} | {
        word[: -len(e)]
        for e in _ENDINGS
        if word.endswith(e) and len(word) - len(e) >= 3
    }


_OWNED_BODY = re.compile(r"(\S+?)s (\S+)")
_PLACED_BODY = re.compile(
    r"(?:(?:der|die|das) )?(\S+) (in|von) (?:(?:der|den|dem) )?(.+)"
)
#: a body and its country in the genitive after it: "Regierung Bahrains",
#: "Regierung der Türkei", "Regierung des Königreichs Bahrain"
_BODY_OF_COUNTRY = re.compile(
    r"(?:(?:der|die|das) )?(\S+) (?:(?:der|des) (?:(?:Königreichs|Republik|Emirats|"
    r"Sultanats|Fürstentums|Großherzogtums|Staates) )?(.+)|([A-ZÄÖÜ]\S+)s)"
)


@lru_cache(maxsize=1024)
def placed_body(form: str) -> str | None:
    """The gazetteer name of a national body named with its capital or its
    country after "in" (its country after "von"), or its country in the
    genitive before or after it:
    "Außenministerium in Moskau" -> "Außenministerium (Russland)", "Regierung
    in Ankara" -> "Regierung (Türkei)", "Burundis Regierung" -> "Regierung
    (Burundi)", "Regierung des Königreichs Bahrain" -> "Regierung (Bahrain)";
    else ``None``.

    The system names such a body by its gazetteer entry and keeps the place a
    place of its own (``kg_gazetteer``), so the gold form cannot equal one of
    its mentions."""
    from kg.nlp import gazetteer

    gaz = gazetteer.load()
    owner = _OWNED_BODY.fullmatch(form)
    if owner is not None:
        # "Burundis Regierung": the country in the genitive before the body
        country = gaz.lookup(owner.group(1), label="LOC")
        if country is None or country.label != "LOC" or country.kind != "country":
            return None
        body = gaz.national_org(owner.group(2), country)
        return body.name if body is not None else None
    m = _PLACED_BODY.fullmatch(form)
    if m is None:
        g = _BODY_OF_COUNTRY.fullmatch(form)
        if g is None:
            return None
        # "Regierung des Königreichs Bahrain", "Parlament Finnlands"
        country = gaz.lookup(g.group(2) or g.group(3), label="LOC")
        if country is None or country.label != "LOC" or country.kind != "country":
            return None
        body = gaz.national_org(g.group(1), country)
        return body.name if body is not None else None
    place = gaz.lookup(m.group(3), label="LOC")
    if place is None or place.label != "LOC":
        return None
    if m.group(2) == "von" and place.kind != "country":
        return None  # "Regierung von Kanada"; not a city's body
    country = place if place.kind == "country" else gaz.capital_of(place)
    body = gaz.national_org(m.group(1), country) if country is not None else None
    return body.name if body is not None else None


def org_form_score(gold: str, names: tuple[str, ...]) -> int:
    """2: a "|" form of ``gold`` equals one of ``names`` once folded, or names
    the national body one of them is (:func:`placed_body`); 1: equal but for
    inflection endings; 0: no match."""
    best = 0
    for alt in gold.split("|"):
        g = _org_words(alt)
        body = placed_body(alt)
        if body is not None and body in names:
            return 2
        for n in names:
            f = _org_words(n)
            if not g or len(g) != len(f):
                continue
            if g == f:
                return 2
            if all(_stems(a) & _stems(b) for a, b in zip(g, f, strict=True)):
                best = 1
    return best


# --- data ------------------------------------------------------------------------


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read and check a gold file; one clear line on a bad row."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{where}: expected a JSON object, got {e}") from e
            for key, typ in (
                ("index", int),
                ("head", str),
                ("persons", list),
                ("roles", list),
                ("meetings", list),
            ):
                if not isinstance(row.get(key), typ):
                    raise SystemExit(
                        f"{where}: expected {key!r} of type {typ.__name__}, "
                        f"got {type(row.get(key)).__name__}"
                    )
            section = row.setdefault("section", "International")
            if section not in SECTIONS:
                raise SystemExit(
                    f"{where}: expected 'section' to be one of {', '.join(SECTIONS)}, "
                    f"got {section!r}"
                )
            scope = row.get("scope")
            if scope is not None and (
                not isinstance(scope, list) or not set(scope) <= set(SCOPES)
            ):
                raise SystemExit(
                    f"{where}: expected 'scope' to be a list of {', '.join(SCOPES)}, "
                    f"got {scope!r}"
                )
            orgs = row.get("organisations", [])
            if not isinstance(orgs, list) or not all(isinstance(o, str) for o in orgs):
                raise SystemExit(
                    f"{where}: expected 'organisations' to be a list of strings, "
                    f"got {orgs!r}"
                )
            rows.append(row)
    return rows


Key = tuple[str, int]


def row_key(row: dict[str, Any]) -> Key:
    """(section, index) of a gold row; International when it has no section."""
    return row.get("section", "International"), row["index"]


def _label(key: Key) -> str:
    """How an error list names an article: "91" (International), "Inland 5"."""
    section, i = key
    return str(i) if section == "International" else f"{section} {i}"


def load_articles(csv_path: Path, keys: set[Key]) -> dict[Key, str]:
    """The articles with these (section, 0-based index in section) keys: 10kGNAD
    rows, or the texts of ``bench/ud_news.py`` (sections PUD, GSD, GermEval, and
    SmartData: train documents by their index in ``v1_train.json.gz``)."""
    if str(Path(__file__).parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parent))
    from ud_news import SECTIONS as UD_SECTIONS
    from ud_news import SMARTDATA, smartdata_texts
    from ud_news import load as load_ud

    out: dict[Key, str] = load_ud({k for k in keys if k[0] in UD_SECTIONS})
    out.update(smartdata_texts({i for s, i in keys if s == SMARTDATA}))
    keys = {k for k in keys if k[0] not in UD_SECTIONS and k[0] != SMARTDATA}
    if not keys:
        return out
    counts = dict.fromkeys(SECTIONS, 0)
    with csv_path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if not row or row[0] not in counts:
                continue
            key = (row[0], counts[row[0]])
            counts[row[0]] += 1
            if key in keys:
                out[key] = row[1]
    return out


@dataclass
class Actor:
    key: str
    kind: str
    names: tuple[str, ...]
    contained_in: str | None = None


@dataclass
class SystemView:
    persons: list[Actor] = field(default_factory=list)
    roles: list[tuple[Actor, str, str, Actor | None]] = field(default_factory=list)
    meetings: list[tuple[list[Actor], Actor | None, Any]] = field(default_factory=list)
    organisations: list[Actor] = field(default_factory=list)
    duplicate_roles: int = 0


def run_pipeline(texts: dict[Key, str]) -> tuple[dict[Key, SystemView], float]:
    """Records of each article through the shipped pipeline; seconds taken."""
    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    t0 = time.perf_counter()
    nlp = load_nlp()
    out = {}
    items = sorted(texts.items())
    docs = pipe(nlp, (t for _, t in items), batch_size=16)
    for ((section, i), _), doc in zip(items, docs, strict=True):
        article_id = f"{_ARTICLE_IDS[section]}-{i}"
        rec = doc_to_records(doc, article_id=article_id, content_hash="-")
        ents = {
            e.key: Actor(e.key, e.kind, (e.name, *e.aliases), e.contained_in)
            for e in rec.entities
        }

        def actor(key: str | None, ents: dict[str, Actor] = ents) -> Actor | None:
            if key is None:
                return None
            kind, _, name = key.partition("/")
            return ents.get(key) or Actor(key, kind, (name,))

        view = SystemView(persons=[a for a in ents.values() if a.kind == "person"])
        view.organisations = [
            Actor(
                e.key,
                e.kind,
                tuple(
                    dict.fromkeys((e.name, *e.aliases, *(m.text for m in e.mentions)))
                ),
            )
            for e in rec.entities
            if e.kind == "org"
        ]
        # one role per (person, title); with and without an organisation -> with
        by_sig: dict[tuple[str, str], list[Any]] = {}
        for r in rec.roles:
            if fold(r.role) == "mitglied":
                continue
            by_sig.setdefault((r.person, norm_title(r.role)), []).append(r)
        for (person, _), rs in by_sig.items():
            orgs = list(dict.fromkeys(r.organisation for r in rs if r.organisation))
            if orgs and any(r.organisation is None for r in rs):
                view.duplicate_roles += 1
            firsts = [next(r for r in rs if r.organisation == o) for o in orgs]
            for r in firsts or rs[:1]:
                view.roles.append(
                    (actor(person), r.role, r.title, actor(r.organisation))
                )
        for m in rec.meetings:
            keys = list(dict.fromkeys((*m.attendees, *m.organizers)))
            view.meetings.append(([actor(k) for k in keys], actor(m.location), m.date))
        out[(section, i)] = view
    return out, time.perf_counter() - t0


# --- matching ----------------------------------------------------------------------


def _greedy(scores: Sequence[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold, system) from (score, gold, system), best first."""
    used_g, used_s, pairs = set(), set(), []
    for _, g, s in sorted(scores, key=lambda x: (-x[0], x[1], x[2])):
        if g in used_g or s in used_s:
            continue
        used_g.add(g)
        used_s.add(s)
        pairs.append((g, s))
    return pairs


def _place_same(gold: str | None, sys_place: Actor | None) -> bool:
    if gold is None or sys_place is None:
        return False
    names = sys_place.names
    if sys_place.contained_in:
        names = (*names, sys_place.contained_in.partition("/")[2])
    if org_match(gold, names):
        return True
    # the gold place lies in the system's (system says the country, gold the city)
    from kg.nlp import gazetteer

    entry = gazetteer.lookup(gold)
    if entry is not None and entry.code:
        country = next(
            (
                e
                for e in (gazetteer.lookup(n) for n in sys_place.names)
                if e is not None and e.kind == "country"
            ),
            None,
        )
        if country is not None and entry.kind != "country":
            return country.code == entry.code
    return False


def _cover(gold_att: list[str], actors: list[Actor]) -> list[tuple[int, int]]:
    scores = [
        (sc, gi, si)
        for gi, g in enumerate(gold_att)
        for si, a in enumerate(actors)
        if (sc := actor_match(g, a.names, a.kind))
    ]
    return _greedy(scores)


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0

    def add(self, gold: int, system: int, mg: int, ms: int | None = None) -> None:
        self.gold += gold
        self.system += system
        self.matched_gold += mg
        self.matched_system += mg if ms is None else ms

    def prf(self) -> dict[str, float | int]:
        p = self.matched_system / self.system if self.system else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched_gold,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }


def evaluate(
    gold_path: Path = HELDOUT, csv_path: Path = CSV_PATH, *, errors: bool = False
) -> dict[str, Any]:
    """Score the pipeline against ``gold_path``; returns figures (and error lists)."""
    gold = load_gold(gold_path)
    texts = load_articles(csv_path, {row_key(g) for g in gold})
    for g in gold:
        text = texts.get(row_key(g))
        if text is None or not text.startswith(g["head"]):
            got = "no such row" if text is None else repr(text[:40])
            raise SystemExit(
                f"{gold_path}: {g['section']} index {g['index']}: expected an "
                f"article starting {g['head'][:40]!r}, got {got}"
            )
    views, seconds = run_pipeline(texts)
    result = score(gold, views, errors=errors)
    return {"gold_file": str(gold_path), "seconds": round(seconds, 1), **result}


def score(
    gold: list[dict[str, Any]], views: dict[Key, SystemView], *, errors: bool = False
) -> dict[str, Any]:
    """Compare gold rows with the system's view of each article (by ``row_key``)."""
    kinds = ("persons", "roles", "roles_org", "meetings", "attendees", "organisations")
    t = {k: Tally() for k in kinds}
    org_articles = 0
    place_ok = place_n = date_ok = date_n = role_dups = 0
    org_counts = dict.fromkeys(("correct", "wrong", "missing", "extra"), 0)
    err: dict[str, list[str]] = {
        k: []
        for k in (
            "person_missed",
            "person_extra",
            "person_duplicate",
            "role_missed",
            "role_extra",
            "role_org",
            "meeting_missed",
            "meeting_extra",
            "meeting_place",
            "organisation_missed",
            "organisation_extra",
        )
    }
    for g in gold:
        i, v = _label(row_key(g)), views[row_key(g)]
        if g.get("scope") == ["meetings"]:  # scored for meetings only
            g = {**g, "persons": [], "roles": []}
            g.pop("organisations", None)
            v = SystemView(meetings=v.meetings)
        elif g.get("scope") == ["organisations"]:  # scored for organisations only
            g = {**g, "persons": [], "roles": [], "meetings": []}
            v = SystemView(organisations=v.organisations)

        # persons
        scores = [
            (sc, gi, si)
            for gi, name in enumerate(g["persons"])
            for si, a in enumerate(v.persons)
            if (sc := person_score(name, a.names))
        ]
        pairs = _greedy(scores)
        t["persons"].add(len(g["persons"]), len(v.persons), len(pairs))
        got_g = {p[0] for p in pairs}
        got_s = {p[1] for p in pairs}
        err["person_missed"] += [
            f"{i}: {n}" for gi, n in enumerate(g["persons"]) if gi not in got_g
        ]
        for si, a in enumerate(v.persons):
            if si in got_s:
                continue
            dup = any(person_score(g["persons"][gi], a.names) for gi in got_g)
            kind = "person_duplicate" if dup else "person_extra"
            err[kind].append(f"{i}: {a.names[0]}")

        # roles
        groles = g["roles"]

        def role_score(gr: dict, sr: tuple) -> int:
            person, role, title, _ = sr
            if not title_match(gr["role"], role, title):
                return 0
            return person_score(gr["person"], person.names)

        def org_ok(gr: dict, sr: tuple) -> bool:
            org = sr[3]
            if gr["org"] is None or org is None:
                return gr["org"] is None and org is None
            return org_match(gr["org"], org.names)

        scores = [
            (sc, gi, si)
            for gi, gr in enumerate(groles)
            for si, sr in enumerate(v.roles)
            if (sc := role_score(gr, sr))
        ]
        pairs = _greedy(scores)
        t["roles"].add(len(groles), len(v.roles), len(pairs))
        scores_org = [
            (sc, gi, si) for sc, gi, si in scores if org_ok(groles[gi], v.roles[si])
        ]
        t["roles_org"].add(len(groles), len(v.roles), len(_greedy(scores_org)))
        got_g = {p[0] for p in pairs}
        got_s = {p[1] for p in pairs}
        role_dups += v.duplicate_roles
        for gi, si in pairs:
            go, so = groles[gi]["org"], v.roles[si][3]
            org_counts[
                "correct"
                if org_ok(groles[gi], v.roles[si])
                else "missing"
                if so is None
                else "extra"
                if go is None
                else "wrong"
            ] += 1
            if not org_ok(groles[gi], v.roles[si]):
                err["role_org"].append(
                    f"{i}: {groles[gi]['person']} {groles[gi]['role'].split('|')[0]}"
                    f" for {go}, system {so.names[0] if so else None}"
                )
        err["role_missed"] += [
            f"{i}: {gr['person']} = {gr['role'].split('|')[0]} ({gr['org']})"
            for gi, gr in enumerate(groles)
            if gi not in got_g
        ]
        err["role_extra"] += [
            f"{i}: {sr[0].names[0]} = {sr[2]} ({sr[3].names[0] if sr[3] else None})"
            for si, sr in enumerate(v.roles)
            if si not in got_s
        ]

        # meetings
        gmeet = g["meetings"]
        scores = []
        for gi, gm in enumerate(gmeet):
            for si, (actors, place, _) in enumerate(v.meetings):
                covered = len(_cover(gm["attendees"], actors))
                same = _place_same(gm["place"], place)
                if covered >= 2 or (covered >= 1 and same):
                    scores.append((covered + 0.5 * same, gi, si))
        pairs = _greedy(scores)
        t["meetings"].add(len(gmeet), len(v.meetings), len(pairs))
        for gi, si in pairs:
            gm, (_, place, day) = gmeet[gi], v.meetings[si]
            if gm["place"] is not None:
                place_n += 1
                if _place_same(gm["place"], place):
                    place_ok += 1
                else:
                    err["meeting_place"].append(
                        f"{i}: {gm['place']}, system "
                        f"{place.names[0] if place else None}"
                    )
            if gm["date"] is not None:
                date_n += 1
                date_ok += day is not None and str(day)[:10] == gm["date"]
        got_g = {p[0] for p in pairs}
        got_s = {p[1] for p in pairs}
        err["meeting_missed"] += [
            f"{i}: {' + '.join(gm['attendees'])} in {gm['place']}"
            for gi, gm in enumerate(gmeet)
            if gi not in got_g
        ]
        err["meeting_extra"] += [
            f"{i}: {' + '.join(a.names[0] for a in actors)}"
            f" in {place.names[0] if place else None}"
            for si, (actors, place, _) in enumerate(v.meetings)
            if si not in got_s
        ]

        # attendees: distinct actors in any meeting of the article
        g_att = list(dict.fromkeys(a for gm in gmeet for a in gm["attendees"]))
        s_att = list({a.key: a for actors, _, _ in v.meetings for a in actors}.values())
        t["attendees"].add(len(g_att), len(s_att), len(_cover(g_att, s_att)))

        # organisations
        if "organisations" in g:
            org_articles += 1
            gorgs = g["organisations"]
            scores = [
                (sc, gi, si)
                for gi, o in enumerate(gorgs)
                for si, a in enumerate(v.organisations)
                if (sc := org_form_score(o, a.names))
            ]
            pairs = _greedy(scores)
            t["organisations"].add(len(gorgs), len(v.organisations), len(pairs))
            got_g = {p[0] for p in pairs}
            got_s = {p[1] for p in pairs}
            err["organisation_missed"] += [
                f"{i}: {o}" for gi, o in enumerate(gorgs) if gi not in got_g
            ]
            err["organisation_extra"] += [
                f"{i}: {a.names[0]}"
                + (f" ({', '.join(a.names[1:])})" if len(a.names) > 1 else "")
                for si, a in enumerate(v.organisations)
                if si not in got_s
            ]

    result: dict[str, Any] = {
        "articles": len(gold),
        "organisation_articles": org_articles,
        **{k: x.prf() for k, x in t.items()},
        "role_org": org_counts,
        "role_duplicates": role_dups,
        "meeting_place": {"correct": place_ok, "of": place_n},
        "meeting_date": {"correct": date_ok, "of": date_n},
    }
    if errors:
        result["errors"] = err
    return result


def _table(r: dict[str, Any]) -> str:
    lines = [
        f"{r['gold_file']}: {r['articles']} articles, pipeline {r['seconds']} s",
        f"{'':24s} {'gold':>5s} {'system':>6s} {'matched':>7s} "
        f"{'P':>6s} {'R':>6s} {'F1':>6s}",
    ]
    for key, label in (
        ("persons", "persons"),
        ("roles", "roles (person+role)"),
        ("roles_org", "roles (+org)"),
        ("meetings", "meetings"),
        ("attendees", "meeting attendees"),
        ("organisations", "organisations"),
    ):
        if key == "organisations" and not r["organisation_articles"]:
            continue
        x = r[key]
        lines.append(
            f"{label:24s} {x['gold']:5d} {x['system']:6d} {x['matched']:7d} "
            f"{x['precision']:6.3f} {x['recall']:6.3f} {x['f1']:6.3f}"
        )
    o = r["role_org"]
    lines.append(
        "organisation of roles matched on person+role: "
        + ", ".join(f"{k} {v}" for k, v in o.items())
        + f"; duplicate roles without organisation: {r['role_duplicates']}"
    )
    for key, label in (("meeting_place", "place"), ("meeting_date", "date")):
        x = r[key]
        frac = f"{x['correct'] / x['of']:.3f}" if x["of"] else "n/a"
        lines.append(f"{label} of matched meetings: {x['correct']}/{x['of']} = {frac}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "gold_file", type=Path, nargs="?", help="evaluate this gold file (as --dev)"
    )
    ap.add_argument("--gold", type=Path, default=HELDOUT, help="held-out gold file")
    ap.add_argument("--dev", type=Path, help="evaluate this gold file instead")
    ap.add_argument("--csv", type=Path, default=CSV_PATH, help="10kGNAD test.csv")
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)
    path = args.gold_file or args.dev or args.gold
    for p, what in ((path, "gold file"), (args.csv, "10kGNAD test.csv")):
        if not p.is_file():
            print(f"{p}: expected the {what}, got no such file", file=sys.stderr)
            return 2
    r = evaluate(path, args.csv, errors=args.errors)
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    print(_table(r))
    if args.errors:
        for kind, items in r["errors"].items():
            print(f"\n{kind} ({len(items)})")
            for item in items:
                print("  " + item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
