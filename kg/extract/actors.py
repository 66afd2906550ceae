"""Which actors a stretch of words names, for meetings and statements.

"X, Y und Z" after "mit" or "zwischen" (:func:`keys_from`), every actor between two
tokens (:func:`keys_in`), a capital that stands for its state
(:func:`state_of_capital`), and the kinds of organisation the rules treat apart:
intergovernmental bodies (:func:`is_intergov`) and media (:func:`is_media`). A
person named as the one who said something ("sagte X", "laut X") is no actor of
the event (:func:`reported_speaker`). The one organisation of the article whose
name ends in a noun ("die Kammer" after "Ärztekammer") is :func:`org_ending_in`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.coref import surname, surnames_of
from kg.extract.kind_anaphors import kind_anaphor
from kg.extract.media import is_media
from kg.extract.org_anaphor import org_anaphor
from kg.extract.records import Entity, Kind, entity_key, kind_of, name_of
from kg.extract.titles import is_title_modifier
from kg.extract.view import DocView
from kg.lang.de.bodies import KIND_ANAPHORS
from kg.lang.de.grammar import POSSESSIVES
from kg.lang.de.meetings import MUNICIPALITIES, PARTY_BODIES, REPRESENTATIVES
from kg.lang.de.names import RELATION_NOUNS
from kg.lang.de.orgs import NOT_HEADS, REFERENCE_HEADS
from kg.lang.de.speech import SPEAKER_CUES
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer

__all__ = [
    "adjectives_before",
    "as_actors",
    "is_intergov",
    "is_media",
    "keys_from",
    "keys_in",
    "org_apposition",
    "org_ending_in",
    "reported_speaker",
    "state_of_capital",
]


def _title_after_genitive(view: DocView, i: int, end: int, key: str) -> int:
    """ "mit Israels Ministerpräsident Benjamin Netanjahu": the token of the name
    after a country in the genitive at ``i`` and a title, else ``i``."""
    doc = view.doc
    j = i
    while j < end and view.key(j) == key:
        j += 1
    if not doc[j - 1].text.endswith(("s", "'", "’")):
        return i
    while j < min(end, i + 4) and doc[j].is_lower and is_title_modifier(doc[j].lower_):
        j += 1  # "Israels neuer Ministerpräsident"
    if j + 1 < end and match_title(doc[j].text) and view.person(j + 1):
        return j + 1
    return i


def _bare_kind(view: DocView, i: int, keys: list[str]) -> str | None:
    """ "zwischen Wirtschaftskammer und Gewerkschaft": a noun of a kind of
    organisation with no article, listed after a named side, is the one of its
    kind named before (:func:`kg.extract.kind_anaphors.kind_anaphor`), or the
    only one of its kind the article names before it; never a side listed
    already."""
    if i == 0 or view.doc[i - 1].lower_ not in ("und", ",", "sowie"):
        return None
    k = kind_anaphor(view, i) or _sole_of_kind(view, i)
    return k if k is not None and k not in keys else None


def _sole_of_kind(view: DocView, i: int) -> str | None:
    """The one organisation of the kind the noun at ``i`` names
    (:data:`KIND_ANAPHORS`), with the noun in one of its names, that the article
    names before it, however far; ``None`` when it names none or several."""
    noun = view.lowers[i]
    kinds = KIND_ANAPHORS.get(noun)
    if kinds is None:
        return None
    found = {
        k
        for j in range(i)
        if (k := view.key(j))
        and (e := view.entities.get(k)) is not None
        and e.kind == Kind.ORG
        and e.org_kind in kinds
        # its name says so: "Gewerkschaft der Privatangestellten", not the
        # Ärztekammer the gazetteer files with the unions
        and any(noun in form.lower() for form in (e.name, *e.aliases))
    }
    return found.pop() if len(found) == 1 else None


def keys_from(
    view: DocView,
    i: int,
    end: int,
) -> list[str]:
    """Entity keys of "X", "X und Y", "X, Y und Z" starting at token ``i``."""
    doc = view.doc
    keys: list[str] = []
    while i < end:
        while i < end and doc[i].lower_ in ("der", "des", "dem", "den", "die", "das"):
            i += 1
        if i + 1 < end and doc[i].lower_ in MUNICIPALITIES and view.place(i + 1):
            i += 1  # "mit der Stadt Wien"
        if (
            i + 1 < end
            and (doc[i].lower_ in PARTY_BODIES or doc[i].lower_ in REPRESENTATIVES)
            and view.key(i + 1)
        ):
            # "die Koalitionsparteien SPÖ und ÖVP", "die Außenminister Athens
            # und Ankaras"
            i += 1
        if org_apposition(view, i, end):
            i += 1  # "mit der Mutter Unicredit", "mit dem Autobauer SAIC"
        if (
            i + 1 < end
            and "-" in doc[i].text
            and (pk := view.key(i))
            and kind_of(pk) is Kind.PLACE
            and (nk := view.key(i + 1))
            and nk != pk
            and kind_of(nk) is Kind.ORG
        ):
            i += 1  # "der US-Konzern Apple": the company, its country a prefix
        if (
            i + 2 < end
            and not view.key(i)
            and doc[i].text[:1].isupper()
            and doc[i].text.endswith(("s", "'", "’"))
            and doc[i + 1].text in RELATION_NOUNS
            and (pk := view.key(i + 2))
            and kind_of(pk) is Kind.PERSON
        ):
            i += 2  # "mit Putins Ehefrau X" ("Putins" untagged): X
        k = view.key(i) if i < end else None
        if (
            not k
            and i + 1 < end
            and match_title(doc[i].text)
            and (pk := view.key(i + 1))
            and kind_of(pk) is Kind.PERSON
        ):
            i, k = i + 1, pk  # "von Papst Franziskus": the title has no key
        if not k and (a := _apposed_to_title(view, i, end)) is not None:
            i, k = a, view.key(a)  # "dem Vorsitzenden der X, Bischof Y": Y
        if not k and i < end:
            # "zwischen Putin, Petro Poroschenko und ...": the surname of a
            # person of the article that the model did not tag here; "zwischen
            # der JG und Niessl": a name of an organisation of the article
            k = surname(surnames_of(view), doc[i].text) or _org_named(view, doc[i].text)
            if not k and keys:
                # "zwischen der Gewerkschaft GDL und dem Konzern": the other side
                # is the organisation named before that the noun refers to
                k = org_anaphor(view, [i], exclude=keys) or _bare_kind(view, i, keys)
            if k:
                keys.append(k)
                i += 1
                if i < end and doc[i].lower_ in ("und", ",", "sowie"):
                    i += 1
                    continue
                break
        if not k:
            break
        if (held := _held_by_possessor(view, i, end, k)) is not None:
            i, k = held  # "Putins Berater Juri Uschakow": the adviser
        if kind_of(k) is not Kind.PERSON:
            # "mit US-Außenminister John Kerry", "mit dem türkischen Präsidenten
            # Recep Tayyip Erdoğan": the person, not the country of the post
            # ... and "Palästinenserpräsident Mahmud Abbas": a compound too
            title = match_title(doc[i].text)
            j = i + 1 if title and ("-" in doc[i].text or title[0]) else i
            if j == i and doc[i].is_lower:
                j = i + 1
                while (
                    j < min(end, i + 3)
                    and doc[j].is_lower
                    and is_title_modifier(doc[j].lower_)
                ):
                    j += 1
                j = j + 1 if j < end and match_title(doc[j].text) else i
            if j == i and kind_of(k) is Kind.PLACE:
                j = _title_after_genitive(view, i, end, k)
            if j > i and j < end and (pk := view.key(j)) and kind_of(pk) is Kind.PERSON:
                i, k = j, pk
            elif (
                doc[i].is_lower
                and i + 1 < end
                and (ok := view.org(i + 1)) is not None
                and kind_of(k) is Kind.PLACE
            ):
                i, k = i + 1, ok  # "mit der italienischen Unicredit": the bank
            elif (
                doc[i].is_lower
                and i + 2 < end
                and kind_of(k) is Kind.PLACE
                and doc[i + 1].text[:1].isupper()
                and not view.key(i + 1)
                and (ok := view.org(i + 2)) is not None
            ):
                # "mit dem chinesischen Autobauer SAIC": the company
                i, k = i + 2, ok
        keys.append(k)
        while i < end and (view.key(i) == k or doc[i].is_space):
            i += 1  # also a space the text doubled: "Wirtschaftskammer  und"
        if i + 1 < end and doc[i].text == "," and doc[i + 1].lower_ in ("und", "sowie"):
            i += 1  # "dem Chef der X, Y, und Z": the apposition closed
        if i < end and doc[i].lower_ in ("und", ",", "sowie"):
            i += 1
            continue
        break
    return keys


def _apposed_to_title(view: DocView, i: int, end: int) -> int | None:
    """Where token ``i`` is a title with a genitive or "von" phrase and, after a
    comma, the person who holds it ("dem Vorsitzenden der Partei X in Y, Bischof
    Z", "dem Chef von X, Z"), the token of that person; else None."""
    doc = view.doc
    if not (
        i + 2 < end
        and not view.key(i)
        and doc[i].text[:1].isupper()
        and match_title(doc[i].text)
        and doc[i + 1].lower_ in ("der", "des", "von", "vom")
    ):
        return None
    for n in range(i + 2, min(end, i + 10)):
        w = doc[n]
        if w.text == ",":
            m = n + 1
            while m < end and match_title(doc[m].text) and not view.key(m):
                m += 1  # "Bischof"
            return m if m < end and view.person(m) else None
        if w.lower_ in ("und", "sowie", "oder") or (w.is_punct and w.text not in "()"):
            return None
    return None


def org_apposition(view: DocView, i: int, end: int) -> bool:
    """Token ``i`` is a noun that names the kind of the organisation named right
    after it, before ``end``: "die Gewerkschaft Pro-Ge", "der Konzern Siemens",
    "die Mutter Unicredit"."""
    doc = view.doc
    return (
        i + 1 < end
        and not view.key(i)
        and doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and view.org(i + 1) is not None
    )


def keys_in(view: DocView, start: int, end: int) -> list[str]:
    """The persons, states and organisations named between tokens ``start`` and
    ``end``; a title compound or an adjective before a name gives the person
    only ("EU-Kommissionspräsident Jean-Claude Juncker", "der türkische
    Ministerpräsident X", "aus Österreich X"), media are left out."""
    doc = view.doc
    out: list[str] = []
    i = start
    while i < end:
        k = view.key(i)
        if not k:
            i += 1
            continue
        if (
            kind_of(k) is not Kind.PERSON
            and (
                match_title(doc[i].text)
                or doc[i].is_lower
                or (i > start and doc[i - 1].lower_ == "aus")
            )
            and any(
                (pk := view.key(j)) and kind_of(pk) is Kind.PERSON
                for j in range(i + 1, min(end, i + 3))
            )
        ):
            i += 1
            continue
        if (held := _held_by_possessor(view, i, end, k)) is not None:
            i, k = held  # "Merkels Sprecher X": X, not Merkel
        if not is_media(k) and k not in out:
            out.append(k)
        while i < end and view.key(i) == k:
            i += 1
    return out


def _held_by_possessor(
    view: DocView, i: int, end: int, k: str
) -> tuple[int, str] | None:
    """Where the person ``k`` at token ``i`` is a possessive genitive before a
    title or a noun of relation (:data:`RELATION_NOUNS`) and a person ("Putins
    Berater Juri Uschakow", "Merkels Sprecher X", "Trumps Schwiegersohn X"),
    the token and key of that person: the one named, not the possessor."""
    if kind_of(k) is not Kind.PERSON:
        return None
    doc = view.doc
    j = i
    while j < end and view.key(j) == k:
        j += 1
    last = doc[j - 1].text
    if not (last.endswith(("s", "'", "’")) and j + 1 < end):
        return None
    noun = doc[j].text
    if not (noun[:1].isupper() and (match_title(noun) or noun in RELATION_NOUNS)):
        return None
    pk = view.key(j + 1)
    if pk and pk != k and kind_of(pk) is Kind.PERSON:
        return j + 1, pk
    return None


def is_possessor(view: DocView, i: int, end: int) -> bool:
    """The person at token ``i`` is a possessive genitive before a title and
    another person, who is the one named ("Putins Berater Juri Uschakow")."""
    k = view.key(i)
    return k is not None and _held_by_possessor(view, i, end, k) is not None


def _org_named(view: DocView, word: str) -> str | None:
    """The organisation of the article that one of its names or the text of
    one of its mentions is ``word`` (capitalised, two letters or more), or,
    for an all-capital word, whose name starts with these initials (one only)."""
    if len(word) < 2 or not word[:1].isupper():
        return None
    by_initials = []
    for k, e in view.entities.items():
        if kind_of(k) is not Kind.ORG:
            continue
        if (
            word == e.name
            or word in e.aliases
            or any(m.text == word for m in e.mentions)
        ):
            return k
        initials = "".join(w[0] for w in e.name.split() if w[:1].isupper())
        if word.isupper() and len(initials) > 1 and initials.startswith(word):
            by_initials.append(k)  # "JG" for "Junge Generation der SPÖ"
    return by_initials[0] if len(by_initials) == 1 else None


def as_actors(
    keys: list[str], entities: dict[str, Entity], towns: set[str] | None = None
) -> list[str]:
    """``keys`` once each, the article's entities only; a city that takes part
    as its capital's state or not at all."""
    out = []
    for k in dict.fromkeys(keys):
        if k not in entities:
            continue
        if _is_mere_city(k, entities) and k not in (towns or set()):
            # "Moskau und Washington verhandeln": a capital taking part stands
            # for its government
            state = state_of_capital(k, entities)
            if state is None:
                continue
            k = state
        if k not in out:
            out.append(k)
    return out


def _is_mere_city(key: str, entities: dict[str, Entity]) -> bool:
    e = entities.get(key)
    return e is not None and e.place_kind in ("city", "region")


def state_of_capital(
    key: str, entities: dict[str, Entity], *, named: bool = True
) -> str | None:
    """The key of the state whose capital ``key`` is (with ``named``, the
    capital's own key if the article names the state nowhere); ``None`` for
    other cities."""
    entry = gazetteer.lookup(name_of(key), label="LOC")
    if entry is None or entry.kind != "city":
        return None
    state = gazetteer.capital_of(entry)
    if state is None:
        return None
    skey = entity_key(Kind.PLACE, state.name)
    return skey if skey in entities or not named else key


def is_intergov(key: str) -> bool:
    if kind_of(key) is not Kind.ORG:
        return False
    entry = gazetteer.lookup(name_of(key))
    return entry is not None and entry.kind == "intergov"


def reported_speaker(doc: Doc, i: int, sent: Span) -> bool:
    """The person at ``i`` is named as the one who said something ("sagte X",
    "laut X"), not as a participant. "Laut Kreml sprachen Putin und Erdoğan":
    "laut" marks only the name right after it."""
    for w in doc[max(sent.start, i - 3) : i]:
        if w.lower_ == "laut":
            if all(b.lower_ in ("dem", "der", "des", "den") for b in doc[w.i + 1 : i]):
                return True
        elif w.lower_ in SPEAKER_CUES:
            if w.i + 1 < i and doc[w.i + 1].text in (",", ":"):
                continue  # "sagte, X habe mit Y telefoniert": X is no speaker
            return True
    return False


def adjectives_before(doc: Doc, t: Token, sent: Span) -> int:
    """How many lower-case words ("ersten", "überraschenden") stand right before
    ``t``."""
    n = 0
    while (
        t.i - n - 1 > sent.start
        and doc[t.i - n - 1].is_lower
        and doc[t.i - n - 1].lower_ not in POSSESSIVES
        and doc[t.i - n - 1].lower_ != "zu"  # "zu Besuch", "zu Gast"
        and n < 3
    ):
        n += 1
    return n


def org_ending_in(view: DocView, noun: str) -> str | None:
    """The one organisation of the article with a word of its name that is
    ``noun`` or, for a bare head, a compound of it ("Bundesverband" for
    "verband"; "Österreichische Hagelversicherung" for "hagelversicherung");
    None unless ``noun`` ends in a word of :data:`REFERENCE_HEADS` (not a
    place's: "Stadtzentrum")."""
    if not noun.endswith(REFERENCE_HEADS) or noun.endswith(NOT_HEADS):
        return None
    bare = noun in REFERENCE_HEADS
    found = set()
    for e in view.entities.values():
        if e.kind != Kind.ORG:
            continue
        for name in (e.name, *e.aliases):
            words = name.lower().replace("-", " ").split()
            if any(w == noun or (bare and w.endswith(noun)) for w in words):
                found.add(e.key)
                break
    return next(iter(found)) if len(found) == 1 else None
