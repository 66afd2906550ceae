"""The body an unnamed institution's label speaks for (issue 17).

A reporting clause that names a body only by its noun ("teilte die Armee
mit", "laut Ministeriumsangaben", "wie eine Parlamentssprecherin bestätigte")
leaves the quote a label (``Quote.speaker_label``). Where the article gives
clear evidence, :func:`body_labels` makes it the body:

* the organisation the article names by that noun with its country ("die
  türkische Armee" -> "Armee (Türkei)");
* the body named fully with that noun before a place or a street, or as an
  earlier quote's label ("die Alpinpolizei Xdorf" -> label "Alpinpolizei
  Xdorf"; "die Stadt Xburg" -> the place Xburg);
* a town's body (:data:`LOCAL_BODY_NOUNS`) named with its town or with the
  unit of territory it serves in the genitive ("die Präfektur des
  Departements Xais" -> "Präfektur (Xais)"), in its sentence or, the one such
  body, before it ("ein Sprecher der Präfektur");
* the one organisation whose name ends in a generic noun ("das Ministerium"
  after "das Innenministerium", :data:`GENERIC_BODY_NOUNS`);
* a national body ("Armee", "Parlament", "Polizei") of the country the article
  is clearly about (:func:`kg.extract.focus.focus_country`): that country's
  row or the article's one parliament or army of it, else the body minted
  as the gazetteer mints it ("Armee (Mali)"), which :func:`speaker_bodies`
  then adds to the article's entities with its adjective name ("malische
  Armee").

The speaker's word followed by the body names the body ("die Rechtsanwälte
von X" -> X; "ein Sprecher einer Bürgerinitiative" -> label
"Bürgerinitiative"). A definite "die Sprecherin" with no body named is the
spokesperson named before with their body ("Laut einer Sprecherin der
Direktion X …. Laut der Sprecherin …" -> X). An unnamed label the article
gives no evidence for stays a label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.actors import is_media
from kg.extract.focus import dateline_country, focus_country
from kg.extract.names import features_of, is_common_noun
from kg.extract.org_anaphor import genitive_org_anaphor
from kg.extract.quotes_continued import Found
from kg.extract.records import Entity, Kind, Quote, entity_key, kind_of
from kg.extract.resolve import entry_entity
from kg.extract.sources import nominative_in, speaker_noun
from kg.extract.spokesperson_bodies import spokesperson_bodies
from kg.extract.unit_bodies import administration_label
from kg.extract.view import DocView
from kg.lang.de.body_speakers import (
    ASSOCIATION_ENDINGS,
    COUNTRY_BODY_NOUNS,
    FIRM_LABELS,
    GENERIC_BODY_NOUNS,
    GROUP_VOICE_NOUNS,
    LOCAL_BODY_NOUNS,
    NAME_AFTER_ENDINGS,
    SPOKESPERSON_NOUNS,
    TEAM_LABELS,
    TEAM_NOUN_ENDINGS,
    TOWN_NOUNS,
    UNIT_NOUNS,
    VOICE_ENDINGS,
)
from kg.lang.de.cases import head_gender
from kg.lang.de.grammar import adjective_stem
from kg.lang.de.org_kinds import PLACED_BODY_ENDINGS, is_company_head, is_kind_noun
from kg.lang.de.places import REGION_ADJECTIVES, city_of_adjective, demonym_places
from kg.lang.de.time import WEEKDAYS
from kg.nlp import gazetteer
from kg.nlp.lexicon import Feature

__all__ = ["body_labels", "speaker_bodies"]

# a national body kg names with its country: "Armee (Mali)"
_NATIONAL = re.compile(r"(\w+) \(([^()]+)\)")
# the kinds of body of which a country has one, so that the article's one
# organisation of the kind and country is the body ("Parlament" -> the
# Bundestag): not "gov", of which there are many, nor "military" (the army,
# the air force, the coast guard)
_ONE_PER_COUNTRY = frozenset({"parliament"})
# the definite articles before a spokesperson named before
_DEFINITE = frozenset({"der", "die", "dem", "den", "des"})
# the strong ending of an adjective before a noun of the gender
_STRONG = {"m": "er", "f": "e", "n": "es"}


def body_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with each unnamed body's label resolved to the body the
    article names, where it gives clear evidence (module docstring); other
    quotes as they are."""
    found = spokesperson_bodies(view, _spokesperson_narrated(view, found))
    out = []
    # the label a spokesperson's quote got resolved to, by its sentence
    settled: dict[int, tuple[str, str | None, str | None]] = {}
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        body = _body_of_town(view, si, speaker)
        if body is not None:
            # "Laut Polizei Hannover …": the town's body speaks, not the town
            f = (a, b, si, kind, body, medium, None)
            speaker = body
        if speaker is None:
            key, new = None, label
            if (
                label is not None
                and label.lower() in SPOKESPERSON_NOUNS
                and settled.get(si - 1, ("",))[0] == label
            ):
                # "Ein Sprecher einer X sagte, …. <Konjunktiv>.": the sentence
                # that goes on speaks for the body the one before was given
                key, new = settled[si - 1][1:]
                settled[si] = (label, key, new)
                out.append((a, b, si, kind, key, medium, None if key else new))
                continue
            if label is None or label.lower() in SPOKESPERSON_NOUNS:
                key = _spokesperson_before(view, si)
            if key is None and label is not None:
                key, new = _voice_of(view, si, label) or (None, label)
            if key is None and new == label and label is not None:
                longer = {
                    x
                    for x in _labels_before(found, a)
                    if x.startswith(label + " ") and " " not in label
                }
                if len(longer) == 1:
                    new = next(iter(longer))  # "die Alpinpolizei X … laut Alpinpolizei"
                else:
                    key, new = _resolve(view, label, si)
            if key is not None or new != label:
                f = (a, b, si, kind, key, medium, None if key else new)
                if label is not None and label.lower() in SPOKESPERSON_NOUNS:
                    settled[si] = (label, key, new)
        out.append(f)
    return out


def _spokesperson_narrated(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a quote that opens its sentence right after narration
    opening with a body's spokesperson ("Eine Sprecherin des Landgerichts X
    konnte den Eingang nicht bestätigen. Erfahrungsgemäß dauere es …") given
    that body, not the person quoted before the narration."""
    quoted = {f[2] for f in found}
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if (
            si > 0
            and si - 1 not in quoted
            and speaker is not None
            and kind_of(speaker) is Kind.PERSON
            and a <= view.sents[si].start_char + 1
        ):
            body = _spokesperson_subject(view, si - 1)
            if body is not None:
                f = (a, b, si, kind, body, medium, None)
        out.append(f)
    return out


def _spokesperson_subject(view: DocView, si: int) -> str | None:
    """The organisation whose spokesperson opens sentence ``si`` ("Eine
    Sprecherin des Landgerichts X …", "Der Sprecher der X …")."""
    sent = view.sents[si]
    lowers = view.lowers
    j = sent.start
    if lowers[j] in _DEFINITE | {"ein", "eine"}:
        j += 1
    if j + 2 >= sent.end or lowers[j] not in SPOKESPERSON_NOUNS:
        return None
    if lowers[j + 1] not in ("des", "der"):
        return None
    k = view.key(j + 2)
    if k is None and j + 3 < sent.end and view.texts[j + 2].islower():
        k = view.key(j + 3)  # "des Münchner Landgerichts": an adjective first
    if k is not None and kind_of(k) is Kind.ORG and not is_media(k):
        return k
    return None


def _voice_of(
    view: DocView, si: int, label: str
) -> tuple[str | None, str | None] | None:
    """(key, label) of the organisation the speaker's word ``label`` names
    right after it in sentence ``si``: "die Rechtsanwälte von X", "ein
    Mitarbeiter der X" -> X; "ein Sprecher einer Interessensgemeinschaft von
    Reiseleitern" -> label "Interessensgemeinschaft von Reiseleitern"."""
    low = label.lower()
    if low not in GROUP_VOICE_NOUNS:
        return None
    sent = view.sents[si]
    lowers, texts = view.lowers, view.texts
    for j in range(sent.start, sent.end - 2):
        if lowers[j] != low or lowers[j + 1] not in (
            "von",
            "vom",
            "des",
            "der",
            "eines",
            "einer",
        ):
            continue
        k = view.key(j + 2)
        if k is not None:
            if kind_of(k) is Kind.ORG and not is_media(k):
                return k, None
            return None
        m = j + 2
        while m < sent.end - 1 and texts[m].islower() and texts[m].isalpha():
            m += 1  # adjectives
        noun = texts[m]
        if not noun[:1].isupper() or view.key(m):
            return None
        if lowers[j + 1] in ("des", "eines"):
            noun = nominative_in(view, noun)
        if not noun.lower().endswith(ASSOCIATION_ENDINGS):
            return None
        if (
            m + 2 < sent.end
            and lowers[m + 1] == "von"
            and texts[m + 2][:1].isupper()
            and not view.key(m + 2)
        ):
            noun = f"{noun} von {texts[m + 2]}"  # "… von Reiseleitern"
        return None, noun
    return None


def _labels_before(found: list[Found], a: int) -> set[str]:
    """The labels of the quotes before character ``a``."""
    return {f[6] for f in found if f[6] and f[0] < a}


def _forms(label: str) -> set[str]:
    """The nominative forms ``label`` may stand for: itself, without a
    genitive "s", and the body of a spokesperson ("Parlamentssprecherin" ->
    "parlament")."""
    low = label.lower()
    end = next((e for e in VOICE_ENDINGS if low.endswith(e)), None)
    if end is not None:
        low = low[: -len(end)].rstrip("-")
        if len(low) < 3:
            return set()
    forms = {low}
    if low.endswith("s"):
        forms.add(low[:-1])
    if low.endswith("es"):
        forms.add(low[:-2])
    return {f for f in forms if len(f) > 2}


def _base(name: str) -> str:
    return name.partition(" (")[0]


def _organisations(view: DocView) -> list[Entity]:
    return [
        e
        for k, e in view.entities.items()
        if kind_of(k) is Kind.ORG and not is_media(k)
    ]


def _resolve(view: DocView, label: str, si: int) -> tuple[str | None, str | None]:
    """(key, label) of the body ``label`` in sentence ``si`` stands for, by
    the steps of the module docstring; ``(None, label)`` where the article
    gives no evidence."""
    if " " in label or not label[:1].isupper():
        return None, label
    forms = _forms(label)
    if not forms:
        return None, label
    local = forms & LOCAL_BODY_NOUNS
    if local:
        noun = next(iter(local))
        town = (
            _town_of(view, si, noun)
            or _town_by_demonym(view, si, noun)
            or _town_before(view, si, noun)
        )
        if town is not None:
            return town, None
    orgs = _organisations(view)
    if local:
        # "ein Polizeisprecher" in an article that names one police body by a
        # compound ("Laut Landespolizeidirektion Oberösterreich …"; "die Tiroler
        # Polizei" is the label's own word, left to the steps below)
        noun = next(iter(local))
        within = {
            e.key
            for e in orgs
            if any(
                noun in w.lower() and w.lower() != noun for w in _base(e.name).split()
            )
        }
        if len(within) == 1:
            return next(iter(within)), None
    focus = _focus(view)
    same = {
        e.key
        for e in orgs
        if _base(e.name).lower() in forms
        and (focus is None or _country_of(e) in (None, focus.code))
    }
    if len(same) == 1:
        return next(iter(same)), None
    if same:
        return None, label
    named = _named_in_full(view, forms)
    if named is not None:
        return named
    for words, is_kind in _KIND_FAMILIES:
        if forms & words:
            by_kind = _named_after_kind(view, si, is_kind)
            if by_kind is not None:
                return by_kind  # "das Unternehmen" after "der Süßwarenriese X"
    generic = forms & GENERIC_BODY_NOUNS
    if generic:
        ending = {
            e.key
            for e in orgs
            if any(
                w.lower().endswith(g) and w.lower() != g
                for g in generic
                for w in _base(e.name).split()[-1:]
            )
        }
        if len(ending) == 1:
            return next(iter(ending)), None
    if "ministerium" in forms:
        ministry = _ministry_of_minister(view)
        if ministry is not None:
            return ministry  # "das Ministerium" of the one minister named
    national = _national(view, forms)
    if national is not None:
        return national, None
    return None, administration_label(view, label) or label


# the words a minister's title starts with that name no ministry of its own
_MINISTER_PREFIXES = ("bundes", "vize", "ex-", "staats")


def _ministry_of_minister(view: DocView) -> tuple[str | None, str | None] | None:
    """(key, label) of the ministry a bare "das Ministerium" is when the
    article's ministers all head one ministry of one country
    ("Bundesverkehrsminister X … eine Sprecherin des Ministeriums" ->
    "Verkehrsministerium (Deutschland)"): the country by the adjective before
    the title ("der jordanische Außenminister"), else the article's focus, else
    Germany for a "Bundes-" title; of several, the one federal minister's; the
    ministry as the gazetteer mints it for that country, else its word;
    ``None`` where the article names none or several."""
    gaz = gazetteer.load()
    focus = _focus(view)
    found: set[tuple[str, str | None]] = set()
    federal: set[tuple[str, str | None]] = set()
    for i, low in enumerate(view.lowers):
        end = next(
            (e for e in ("ministerin", "ministers", "minister") if low.endswith(e)),
            None,
        )  # also "des Innenministers"
        if end is None:
            continue
        stem = low[: -len(end)]
        country = None
        if "-" in stem:
            prefix, _, stem = stem.rpartition("-")
            country = gaz.country_before(prefix.upper()) or gaz.country_before(
                prefix.capitalize()
            )
        for p in _MINISTER_PREFIXES:
            if stem.startswith(p) and len(stem) > len(p) + 2:
                stem = stem[len(p) :]
        word = stem.capitalize() + "ministerium"
        if len(stem) < 3 or not gaz.is_national_org(word):
            continue  # "Premierminister", "Minister"
        if country is None and i > 0 and view.texts[i - 1][:1].islower():
            country = gaz.country_before(view.texts[i - 1])
        if country is None:
            country = focus
        if country is None and low.startswith("bundes"):
            country = gazetteer.country_by_code("DE")  # "Bundesinnenminister"
        found.add((word, country.code if country is not None else None))
        if low.startswith("bundes"):
            federal.add((word, country.code if country is not None else None))
    if len(found) > 1 and len(federal) == 1:
        found = federal  # "Bundesaußenminister X traf den jordanischen Außenminister"
    if len(found) != 1:
        return None
    word, code = next(iter(found))
    country = gazetteer.country_by_code(code) if code else None
    entry = gaz.national_org(word, country) if country is not None else None
    if entry is None:
        return None, word
    return entity_key(Kind.ORG, entry.name), None


def _named_in_full(
    view: DocView, forms: set[str]
) -> tuple[str | None, str | None] | None:
    """The body the article names with the noun and a name after it: the
    organisation whose name opens with the noun, "die Stadt Xburg" (the place),
    "die Alpinpolizei Xdorf" (label with the place's name); ``None`` if none or
    more than one."""
    doc = view.doc
    found: set[tuple[str | None, str | None]] = set()
    places = {e.name: k for k, e in view.entities.items() if e.kind == Kind.PLACE}
    for t in doc:
        if t.lower_ not in forms or not t.text[:1].isupper() or t.i + 1 >= len(doc):
            continue
        own = view.key(t.i)
        if own is not None:
            e = view.entities.get(own)
            if (
                e is not None
                and kind_of(own) is Kind.ORG
                and _base(e.name).lower().startswith(t.lower_ + " ")
            ):
                found.add((own, None))
            continue
        u = t.i + 1
        # a place, also where the word is not tagged here but the article
        # names the place ("die Alpinpolizei Xdorf")
        k = view.key(u) or places.get(doc[u].text)
        if k is not None and kind_of(k) is Kind.PLACE:
            if t.lower_ in TOWN_NOUNS:
                found.add((k, None))
                continue
            end = u + 1
            while end < len(doc) and view.key(end) == k:
                end += 1
            if is_kind_noun(t.text) and not t.lower_.endswith(PLACED_BODY_ENDINGS):
                # "der Flughafenbetreiber Xport", its name taken for a place
                found.add((None, doc[u:end].text))
                continue
            found.add((None, f"{t.text} {doc[u:end].text}"))
        elif (
            k is None
            and t.lower_ not in TOWN_NOUNS
            and doc[u].text[:1].isupper()
            and doc[u].is_alpha
            and (
                doc[u].lower_.endswith(NAME_AFTER_ENDINGS) or _untagged_town(view, t, u)
            )
        ):
            found.add((None, f"{t.text} {doc[u].text}"))
    return next(iter(found)) if len(found) == 1 else None


def _untagged_town(view: DocView, t: Token, u: int) -> bool:
    """The word at ``u`` after the placed body's noun ``t`` is a town the model
    did not tag ("ein Sprecher der Polizeiinspektion Xingen"): a toponym of the
    lexicon that is no common noun too, ending the name (no capitalised word
    after it but a time word)."""
    doc = view.doc
    lex = features_of(doc, doc[u].text)
    return (
        t.lower_.endswith(PLACED_BODY_ENDINGS)
        and Feature.TOPONYM in lex
        and Feature.COMMON_NOUN not in lex  # "Regen", "Montag": also words
        and not is_common_noun(doc, doc[u].text)
        and (
            u + 1 >= len(doc)
            or not doc[u + 1].text[:1].isupper()
            # "der Polizeiinspektion X Montagfrüh": a time word after the name
            or doc[u + 1].lower_.startswith(tuple(WEEKDAYS))
        )
    )


def _team_noun(word: str) -> bool:
    """``word`` is a noun for a sports team before its name ("des Rennstalls",
    "das Radteam"), in any case form."""
    low = word.lower()
    return word[:1].isupper() and low.rstrip("s").endswith(TEAM_NOUN_ENDINGS)


#: the words a label calls an organisation by, and the nouns that name its kind
#: right before its name: "das Unternehmen", "ein Unternehmenssprecher" after
#: "der Süßwarenriese X"; "das Team" after "des Rennstalls Y"
_KIND_FAMILIES = (
    (FIRM_LABELS, is_company_head),
    (TEAM_LABELS, _team_noun),
)


def _named_after_kind(
    view: DocView, si: int, is_kind: Callable[[str], bool]
) -> tuple[str | None, str | None] | None:
    """The one organisation the article names up to sentence ``si`` right
    after a noun of its kind (``is_kind``): its key, or its name as a label
    where the model did not tag it ("Der Süßwarenriese Knusper warnt …"); ``None``
    for none or several."""
    doc = view.doc
    end = view.sents[si].end
    found: set[tuple[str | None, str | None]] = set()
    for t in doc[: end - 1]:
        own = view.key(t.i)
        if not is_kind(t.text) or (own and kind_of(own) is not Kind.PLACE):
            continue  # "der US-Autobauer" may stand for its country
        x = doc[t.i + 1]
        k = view.key(x.i)
        if k is not None and kind_of(k) is not Kind.PLACE:
            if kind_of(k) is Kind.ORG and not is_media(k):
                found.add((k, None))
            continue
        # a name the model took for a place ("der Süßwarenriese Mars") counts
        if (
            x.text[:1].isupper()
            and x.text.replace("-", "").isalnum()
            and not x.text.isdigit()
            and not is_kind_noun(x.text)
            and not speaker_noun(x.text)
            and not (
                x.i + 1 < len(doc)
                and doc[x.i + 1].text[:1].isupper()
                and doc[x.i + 1].is_alpha
            )
        ):
            found.add((None, x.text))
    return next(iter(found)) if len(found) == 1 else None


def _country_of(e: Entity) -> str | None:
    """The code of the country an organisation belongs to, by its gazetteer
    code or the country in its name ("Polizei (Deutschland)")."""
    if e.country_code is not None:
        return e.country_code
    m = _NATIONAL.fullmatch(e.name)
    place = gazetteer.lookup(m.group(2), label="LOC") if m is not None else None
    return place.code if place is not None and place.kind == "country" else None


def _town_of(view: DocView, si: int, noun: str) -> str | None:
    """The key of the town's body the sentence ``si`` names with ``noun``
    and the town after it ("die Polizei in Xburg", "ein Polizeisprecher in
    Xburg", "die Feuerwehr Xburg" -> "Polizei (Xburg)")."""
    sent = view.sents[si]
    lowers = view.lowers
    for j in range(sent.start, sent.end - 1):
        if not (lowers[j].startswith(noun) or lowers[j].endswith(noun)):
            continue
        k = j + 1
        if lowers[k] in ("in", "von") and k + 1 < sent.end:
            k += 1
        place = view.key(k)
        e = view.entities.get(place) if place else None
        if e is not None and e.kind == Kind.PLACE:
            return entity_key(Kind.ORG, f"{noun.capitalize()} ({e.name})")
        unit = _unit_name(view, k, sent.end)
        if unit is not None:
            return entity_key(Kind.ORG, f"{noun.capitalize()} ({unit})")
    return None


def _unit_name(view: DocView, k: int, end: int) -> str | None:
    """The name of the unit of territory a body's noun before token ``k``
    names in the genitive: "(die Präfektur) des nordfranzösischen Departements
    Xais", "(die Polizei) der Provinz Xland" -> "Xais", "Xland"
    (:data:`UNIT_NOUNS`; the unit's noun makes the word after it a place's
    name, tagged or not)."""
    lowers, texts = view.lowers, view.texts
    if k >= end or lowers[k] not in ("des", "der"):
        return None
    m = k + 1
    while m < end and texts[m].islower() and texts[m].isalpha():
        m += 1  # adjectives
    if m + 1 >= end or lowers[m] not in UNIT_NOUNS:
        return None
    place = view.key(m + 1)
    e = view.entities.get(place) if place else None
    if e is not None:
        return e.name if e.kind == Kind.PLACE else None
    name = texts[m + 1]
    if (
        not name[:1].isupper()
        or not name.replace("-", "").isalpha()
        or is_kind_noun(name)
        or speaker_noun(name)
    ):
        return None
    return name


def _town_before(view: DocView, si: int, noun: str) -> str | None:
    """The key of the one town's body the article names with ``noun`` and
    its town before sentence ``si`` ("die Präfektur des Departements Xais …
    ein Sprecher der Präfektur" -> "Präfektur (Xais)"); ``None`` for none or
    several."""
    towns = {_town_of(view, s, noun) for s in range(si)} - {None}
    return towns.pop() if len(towns) == 1 else None


def _body_of_town(view: DocView, si: int, speaker: str | None) -> str | None:
    """The key of the town's body (:data:`LOCAL_BODY_NOUNS`) right before the
    town ``speaker`` in sentence ``si`` ("nach Angaben der Polizei Xburg",
    "laut Staatsanwaltschaft Xstadt" -> "Polizei (Xburg)"), where the quote's
    speaker found is only the town."""
    if speaker is None or kind_of(speaker) is not Kind.PLACE:
        return None
    e = view.entities.get(speaker)
    if e is None:
        return None
    for noun in sorted(LOCAL_BODY_NOUNS):
        want = entity_key(Kind.ORG, f"{noun.capitalize()} ({e.name})")
        if _town_of(view, si, noun) == want:
            return want
    return None


def _town_by_demonym(view: DocView, si: int, noun: str) -> str | None:
    """The key of the town's or Land's body the article names up to sentence
    ``si`` with ``noun`` after the place's adjective ("die Tiroler Polizei",
    "die Xburger Feuerwehr", "die steirische Polizei" -> "Polizei (Tirol)"),
    or the organisation the model tagged there, when it names one such body
    only."""
    lowers, texts = view.lowers, view.texts
    places = set()
    for j in range(1, view.sents[si].end):
        if lowers[j] != noun:
            continue
        own = view.key(j)
        if own is not None:
            if kind_of(own) is Kind.ORG:
                places.add(own)  # "die Salzburger Polizei" the model tagged
            continue
        word = texts[j - 1]
        if word[:1].isupper():
            names = demonym_places(word)
        else:
            city = city_of_adjective(word) or REGION_ADJECTIVES.get(
                adjective_stem(lowers[j - 1])
            )
            names = [city] if city else []
        for name in names:
            entry = gazetteer.lookup(name, label="LOC")
            if entry is not None and entry.kind in ("city", "region"):
                places.add(entity_key(Kind.ORG, f"{noun.capitalize()} ({entry.name})"))
                break
    return places.pop() if len(places) == 1 else None


def _focus(view: DocView) -> gazetteer.Entry | None:
    """The gazetteer's country the article is clearly about."""
    key = focus_country(view.entities.values(), dateline_country(view))
    e = view.entities.get(key) if key else None
    if e is None or e.country_code is None:
        return None
    return gazetteer.country_by_code(e.country_code)


def _national(view: DocView, forms: set[str]) -> str | None:
    """The national body one of ``forms`` names ("armee") of the country the
    article is about: the article's entity of it, the one organisation of its
    kind and country ("parlament" -> the Bundestag), else the body's key as
    the gazetteer names it ("Armee (Mali)")."""
    gaz = gazetteer.load()
    form = next(
        (
            f
            for f in sorted(forms)
            if gaz.is_national_body(f.capitalize())
            or gaz.is_national_org(f.capitalize())
        ),
        None,
    )
    if form is None:
        return None
    kind = gaz.national_kind(form.capitalize())
    country = _focus(view)
    if kind in _ONE_PER_COUNTRY:
        same_kind = {
            e.key
            for e in _organisations(view)
            if e.org_kind == kind
            and _country_of(e) is not None
            and (country is None or _country_of(e) == country.code)
        }
        if len(same_kind) == 1:
            return next(iter(same_kind))
    if country is None:
        return None
    entry = gaz.national_org(form.capitalize(), country)
    if entry is None:
        return None
    key = entity_key(Kind.ORG, entry.name)
    if key in view.entities or form in COUNTRY_BODY_NOUNS:
        # a police or a ministry is no one body of a country ("die Polizei"
        # of a town, of a Land): named only where the article names it
        return key
    return None


def _spokesperson_before(view: DocView, si: int) -> str | None:
    """The body of the spokesperson a definite "der Sprecher", "die
    Sprecherin" in sentence ``si`` refers to: the organisation after the last
    spokesperson's noun before it ("eine Sprecherin der Direktion X")."""
    sent = view.sents[si]
    lowers = view.lowers
    at = next(
        (
            j
            for j in range(sent.start + 1, sent.end)
            if lowers[j] in SPOKESPERSON_NOUNS
            and lowers[j - 1] in _DEFINITE
            and not (
                j + 1 < sent.end and (lowers[j + 1] in _DEFINITE or view.key(j + 1))
            )
        ),
        None,
    )
    if at is None:
        return None
    for j in range(at - 1, 0, -1):
        if lowers[j] not in SPOKESPERSON_NOUNS or j + 2 >= len(lowers):
            continue
        if lowers[j + 1] in ("der", "des"):
            # "ein Sprecher des Konzerns": the firm the word refers back to
            k = view.key(j + 2) or genitive_org_anaphor(view, j + 2)
            if k is not None and kind_of(k) is Kind.ORG and not is_media(k):
                return k
        if lowers[j - 1] not in _DEFINITE:
            return None  # the spokesperson named last speaks for no body named
    return None


def speaker_bodies(quotes: list[Quote], entities: list[Entity]) -> list[Entity]:
    """``entities`` with the national bodies quotes speak for that the article
    does not name added ("Armee (Mali)"), and each national body named with its
    adjective as well ("malische Armee"), so that it is known by that name."""
    keys = {e.key for e in entities}
    out = [_with_town_alias(_with_adjective(e)) for e in entities]
    for q in quotes:
        k = q.speaker
        if k is None or k in keys or kind_of(k) is not Kind.ORG:
            continue
        name = k.partition("/")[2]
        m = _NATIONAL.fullmatch(name)
        country = gazetteer.lookup(m.group(2), label="LOC") if m else None
        if m is None:
            entry = gazetteer.lookup(name, label="ORG")  # a country's own row
        elif country is not None and country.kind == "country":
            entry = gazetteer.load().national_org(m.group(1), country)
        else:
            entry = None
        if m is not None and (entry is None or entry.name != name):
            if m.group(1).lower() in LOCAL_BODY_NOUNS:
                keys.add(k)  # "Polizei (Xburg)", also "Polizei Xburg"
                alias = " ".join(m.groups())
                out.append(Entity(kind=Kind.ORG, name=name, aliases=(alias,)))
            continue
        if entry is None or entry.name != name:
            continue
        keys.add(k)
        out.append(_with_adjective(entry_entity(entry)))
    return out


_PLACED_BODY = re.compile(r"(\w+) in ([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)")


def _with_town_alias(e: Entity) -> Entity:
    """``e``, a town's body the model named with its "in" ("Polizei in
    Xburg") or the town's adjective ("Xburger Polizei"), with "Polizei Xburg"
    among its aliases, as a minted "Polizei (Xburg)" has; other entities as
    they are."""
    if e.kind != Kind.ORG:
        return e
    m = _PLACED_BODY.fullmatch(e.name)
    if m is not None and m.group(1).lower() in LOCAL_BODY_NOUNS:
        alias = " ".join(m.groups())
    else:
        # "Tiroler Polizei", the model's name by the place's adjective: also
        # "Polizei Tirol", as a minted "Polizei (Tirol)" is named
        words = e.name.split()
        if len(words) != 2 or words[1].lower() not in LOCAL_BODY_NOUNS:
            return e
        place = next(
            (
                entry.name
                for name in demonym_places(words[0])
                if (entry := gazetteer.lookup(name, label="LOC")) is not None
                and entry.kind in ("city", "region")
            ),
            None,
        )
        if place is None:
            return e
        alias = f"{words[1]} {place}"
    return e if alias in e.aliases else replace(e, aliases=(*e.aliases, alias))


def _with_adjective(e: Entity) -> Entity:
    """``e``, a national body "Armee (Mali)", with "malische Armee" among its
    aliases; other entities as they are."""
    if e.kind != Kind.ORG:
        return e
    m = _NATIONAL.fullmatch(e.name)
    if m is None:
        return e
    noun, place = m.groups()
    gaz = gazetteer.load()
    if not (gaz.is_national_body(noun) or gaz.is_national_org(noun)):
        return e
    country = gazetteer.lookup(place, label="LOC")
    adjective = gaz.adjective_of(country) if country is not None else None
    gender = head_gender(noun)
    if adjective is None or gender is None or "-" in adjective:
        return e
    alias = f"{adjective}{_STRONG[gender]} {noun}"
    if alias in e.aliases:
        return e
    return replace(e, aliases=(*e.aliases, alias))
