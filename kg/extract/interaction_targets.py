"""Which token names an actor, and whom an act is aimed at when its clause
names no actor as the object.

:func:`actor` says which token names an actor at all (a person, organisation
or state; not the country of a title, not a party's members in the singular);
:func:`other_actor` the first one of a clause that is not the source. The
targets :func:`kg.extract.interaction_actors.actors` falls back on: a pronoun
after the verb ("warf ihm vor", :func:`pronoun_object`), a medium in the dative
(:func:`media_object`), the accused of a demanded penalty (:func:`sentenced`),
a dative relative pronoun (:func:`relative_object`), a "Gesprächspartner"
(:func:`partner`), "das Land" (:func:`the_country`) and a headline's title
(:func:`titled_target`).
"""

from __future__ import annotations

from kg.extract.actors import is_media, state_of_capital
from kg.extract.coref import antecedent, person_genders, surnames_of
from kg.extract.interaction_checks import (
    genitive_group,
    group_compound,
    outlet_name,
    preposition_of,
    thing_compound,
)
from kg.extract.records import Kind, entity_key, kind_of, name_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import PARTY_DEPUTY_NOUNS, party_members
from kg.lang.de.body_speakers import TOWN_NOUNS
from kg.lang.de.grammar import ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS
from kg.lang.de.places import UNION_SEATS
from kg.lang.de.speech import MEDIA_NOUNS, PENALTY_WORDS, STATE_NOUNS
from kg.nlp import gazetteer

__all__ = [
    "actor",
    "affiliation",
    "antecedent_noun",
    "body_in",
    "media_object",
    "other_actor",
    "outlet",
    "partner",
    "pronoun_object",
    "relative_object",
    "sentenced",
    "the_country",
    "titled_target",
]

_ARTICLES = ARTICLES | INDEFINITE_ARTICLES | {"des"}
# "beim Landgericht" governs its noun as "bei dem" does
_PREPOSITIONS = PREPOSITIONS | {"beim"}


def other_actor(view: DocView, lo: int, hi: int, source: str) -> str | None:
    """The first actor of the clause ``lo``-``hi`` that is not ``source``, a
    bare surname of the article's persons included."""
    surnames = surnames_of(view)
    for i in range(lo, hi):
        k = actor(view, i) or surnames.get(view.doc[i].text)
        if k and k != source and preposition_of(view, i, lo) in _TARGET_CASES:
            return k  # not "aus Solidarität mit der ÖVP"
    return None


# what governs a target, if anything: "vom Gesprächspartner", "an die Regierung"
_TARGET_CASES = frozenset({None, "von", "vom", "an", "gegenüber"})


def actor(view: DocView, i: int) -> str | None:
    """The actor token ``i`` names: a person, organisation or state; not the
    country or organisation of a title ("US-Außenminister Antony Blinken",
    "Der UNO-Generalsekretär"), which describes a person."""
    doc = view.doc
    k = view.key(i)
    if not k or is_media(k) or group_compound(doc[i].text):
        return None  # "die Siemens-Kritiker": people, not the firm
    if thing_compound(doc[i].text, name_of(k)):
        return None  # "der EU-Außengrenze": a thing of the EU, no actor
    if _party_by_members(view, i, k):
        return k  # "Die SPD-Abgeordneten lehnten ab": the party
    k = _party_of_group(view, k)
    if kind_of(k) is not Kind.PERSON and not _members(view, i):
        if (
            speaker_noun(doc[i].text)
            or (i + 1 < len(doc) and speaker_noun(doc[i + 1].text))
            or (i + 1 < len(doc) and view.person(i + 1))
            # "FPÖ Klubchef X"; not "Die SPÖ warf X vor" (a verb between)
            or (
                i + 2 < len(doc)
                and view.person(i + 2)
                and doc[i + 1].text[:1].isupper()
            )
        ):
            return None  # "der türkische Regierungschef": a person, not Türkei
    if kind_of(k) is Kind.PLACE:
        if (
            doc[i].is_lower
            and i + 1 < len(doc)
            and doc[i + 1].text[:1].isupper()
            and doc[i + 1].is_alpha
            and not view.key(i + 1)
            and doc[i + 1].lower_ not in STATE_NOUNS
        ):
            return None  # "die syrische Opposition": a group, not Syrien
        if genitive_group(view, i):
            return None  # "Griechenlands geschlagene Linke": not Griechenland
        if i > 0 and view.lowers[i - 1] in TOWN_NOUNS:
            return k  # "forderte von der Stadt Wien": the town, not its state
        e = view.entities.get(k)
        # "Berlin wirft Moskau vor": a capital stands for its state, named in
        # the article or not
        state = state_of_capital(
            k, view.entities, named=name_of(k) in UNION_SEATS
        )  # "die Kritik aus Brüssel": the EU's, unless Belgien is named
        if state is not None and state != k:
            return state
        if e is None or e.place_kind != "country":
            # "forderte die Palästinenser auf": a people tagged as a place is
            # its state, a side as the gold codes it
            c = gazetteer.country_of(doc[i].text) if doc[i].text == name_of(k) else None
            return entity_key(Kind.PLACE, c.name) if c is not None else None
    return k


def _party_of_group(view: DocView, k: str) -> str:
    """The party whose parliamentary group the organisation ``k`` is, named
    in the article ("Die Grünen-Fraktion im Bundestag forderte": the Grünen,
    as ``bench/quote_gold.md`` codes a group as its party); else ``k``."""
    name = name_of(k)
    front, dash, head = name.rpartition("-")
    if kind_of(k) is not Kind.ORG or not dash or not head.lower().endswith("fraktion"):
        return k
    for e in view.entities.values():
        if e.org_kind != "party":
            continue
        names = (e.name, *e.aliases)
        if any(n == front or n.endswith((" " + front, "/" + front)) for n in names):
            return e.key  # "SPD-Fraktion": SPD; "Grünen-Fraktion": Die Grünen
    entry = gazetteer.lookup(front)
    if entry is not None and entry.kind == "party":
        return entity_key(Kind.ORG, entry.name)  # the party named nowhere else
    return k


# the heads of a compound that names a party by its members in the plural
_MEMBER_HEADS = PARTY_DEPUTY_NOUNS | {"politiker", "abgeordnete", "funktionäre"}


def _party_by_members(view: DocView, i: int, k: str) -> bool:
    """Token ``i`` names the party ``k`` by its members in the plural, as the
    gold speaks of "ÖVP-Politiker" as the ÖVP: "Die SPD-Abgeordneten", "Mehrere
    CDU-Politiker"; not one member by title ("der SPD-Abgeordnete", "SPD-Politiker
    Karl Brunner")."""
    front, dash, head = view.texts[i].rpartition("-")
    if not dash or head.lower() not in _MEMBER_HEADS:
        return False
    e = view.entities.get(k)
    if e is None or e.org_kind != "party":
        return False
    if i + 1 < len(view.doc) and (
        view.person(i + 1) or view.texts[i + 1][:1].isupper()
    ):
        return False  # "SPD-Politiker Karl Brunner", a name the model missed
    return not (i > 0 and view.lowers[i - 1] in _SINGULAR_ARTICLES)


_SINGULAR_ARTICLES = frozenset("der ein dem des einem eines einer".split())


def _members(view: DocView, i: int) -> bool:
    """Token ``i`` names a party by its members in the plural, no one person:
    "Republikaner werfen ihr vor", "die Republikaner" (not "der Republikaner")."""
    return party_members(view.texts[i]) and not (
        i > 0 and view.lowers[i - 1] in ("der", "ein", "dem", "des", "einem", "eines")
    )


def pronoun_object(
    view: DocView,
    lo: int,
    v: int,
    hi: int,
    spans: list[tuple[int, int]],
    source: str | None,
) -> str | None:
    """The person a dative pronoun, or "ihn", right after the verb at ``v``
    refers to ("werfen ihr vor", "warf ihm vor", "rief ihn auf"; not the
    possessive "lobte ihr Engagement"): the person named before
    (:func:`antecedent`, "ihm", "ihn" no woman, "ihr" no man), before the
    clause ``lo`` if the nearest is the source itself ("Trump sprach. Clinton
    warf ihm vor": Trump), else the other person the sentence before names
    ("Merkel sprach mit Erdogan. Sie rief ihn … auf": Erdogan)."""
    doc = view.doc
    at = v + 1
    if at + 1 < hi and doc[at].text in ("er", "sie", "wir", "man"):
        at += 1  # "warf sie ihm … vor": the subject pronoun first
    # not "sie": "forderte er sie auf" may be many
    if at >= hi or doc[at].text not in ("ihm", "ihr", "ihn"):
        # "…, indem sie ihm vorwerfen, …": the clause ends with its verb
        final = _pronoun_before_final_verb(view, lo, v)
        if final is None:
            return None
        at = final
    if doc[at].text == "ihr" and at + 1 < hi and doc[at + 1].text[:1].isupper():
        return None  # "ihr Engagement": a possessive ("ihm", "ihn" are none)
    pronoun = "sie" if doc[at].text == "ihr" else "er"  # "ihm", "ihn": a man
    k = antecedent(view, v, spans, None, pronoun=pronoun)
    if k is not None and k == source and lo > 0:
        k = antecedent(view, lo, spans, None, pronoun=pronoun)
    if k == source:
        k = _other_person(view, lo, source, woman=pronoun == "sie")
    return k if k is not None and kind_of(k) is Kind.PERSON else None


def _pronoun_before_final_verb(view: DocView, lo: int, v: int) -> int | None:
    """The position of "ihm", "ihr", "ihn" right after the subject pronoun of a
    subordinate clause that ends with its verb at ``v`` ("indem sie ihm
    vorwerfen", "weil er ihn aufforderte"), else ``None``."""
    lows = view.lowers
    for p in range(lo + 2, v):
        if (
            view.texts[p] in ("ihm", "ihr", "ihn")
            and lows[p - 1] in ("er", "sie", "wir", "ich", "man")
            and lows[p - 2] in _SUBORDINATORS
            and p - 2 == lo
        ):
            return p
    return None


# conjunctions that open a clause ending with its verb
_SUBORDINATORS = frozenset(
    "dass daß weil indem nachdem als wenn ob da obwohl bevor sobald während".split()
)


def _other_person(
    view: DocView, lo: int, source: str | None, woman: bool
) -> str | None:
    """The one person other than ``source`` the sentence before the clause
    ``lo`` and the clause's own sentence before ``lo`` name, of the gender of
    the pronoun where the article tells it; ``None`` unless exactly one."""
    here = view.sentence_of(view.doc[lo])
    start = view.sents[max(0, here - 1)].start
    genders = person_genders(view)
    found = {
        k
        for j in range(start, lo)
        if (k := view.key(j)) is not None
        and kind_of(k) is Kind.PERSON
        and k != source
        and genders.get(k, woman) is woman
    }
    return next(iter(found)) if len(found) == 1 else None


def media_object(view: DocView, lo: int, hi: int, source: str | None) -> str | None:
    """A medium in the dative the clause ``lo``-``hi`` names with no
    preposition and no media noun before it ("drohte der ARD", "hat dem ZDF
    … vorgeworfen"): the act's target. A medium is otherwise no actor
    (:func:`actor`): "laut ARD", "sagte er dem Sender X", "gegenüber der ARD"
    name where it was said."""
    doc = view.doc
    for i in range(lo + 1, hi):
        k = view.key(i)
        if not k or k == source or view.key(i - 1) == k or not is_media(k):
            continue
        if doc[i - 1].lower_ not in ("der", "dem") or outlet(view, i):
            continue
        if preposition_of(view, i, lo) is None:
            return k
    return None


def sentenced(
    view: DocView, v: int, hi: int, spans: list[tuple[int, int]]
) -> str | None:
    """The person "für" whom the demand at ``v`` asks a penalty
    (:data:`PENALTY_WORDS`: "fordert für den Kapitän X zehn Jahre Haft", "für
    ihn"); not a demand for someone's benefit ("fordert für die Bauern mehr
    Geld")."""
    doc = view.doc
    if not any(view.lowers[j] in PENALTY_WORDS for j in range(v + 1, hi)):
        return None
    for j in range(v + 1, hi - 1):
        if view.lowers[j] != "für":
            continue
        k = j + 1
        if doc[k].lower_ == "ihn":
            found = antecedent(view, v, spans, None, pronoun="er")
            return found if found and kind_of(found) is Kind.PERSON else None
        while k < hi and (doc[k].lower_ in _ARTICLES or speaker_noun(doc[k].text)):
            k += 1  # "für den Kapitän X", "für den Angeklagten X"
        while k < hi and not view.key(k) and doc[k].is_lower and doc[k].is_alpha:
            k += 1  # "für den mutmaßlichen Täter"
        if k < hi and doc[k].text[:1].isupper() and not view.key(k):
            k += 1  # a noun before the name: "für den Kapitän Schettino"
        key = view.key(k) if k < hi else None
        return key if key and kind_of(key) is Kind.PERSON else None
    return None


def antecedent_noun(view: DocView, lo: int) -> int:
    """The noun before the comma ``lo - 1`` a relative pronoun at ``lo`` refers
    to, over a verb that closes the clause before ("dem Aufruf eines Grazers
    gefolgt, der …")."""
    doc = view.doc
    n = lo - 2
    while n > max(0, lo - 5) and doc[n].is_lower and doc[n].is_alpha:
        n -= 1
    return n


def relative_object(view: DocView, lo: int, v: int) -> str | None:
    """The actor a dative relative pronoun refers to when a pronoun is the
    clause's subject: "die Ärztekammer, der sie eine Blockade vorwirft" -> the
    Ärztekammer."""
    doc = view.doc
    if (
        lo < 2
        or lo >= v
        or doc[lo - 1].text != ","
        or doc[lo].text not in ("dem", "der")
    ):
        return None
    if not any(
        doc[j].is_lower and doc[j].lower_ in ("er", "sie", "wir", "ich", "man")
        for j in range(lo + 1, v)
    ):
        return None  # "Peter Zeidler, der neue Trainer Red Bull Salzburg": no pronoun
    return actor(view, antecedent_noun(view, lo))


def partner(view: DocView, v: int) -> str | None:
    """The actor after "mit" in the sentence of token ``v`` ("Treffen mit
    Russland"): whom a "Gesprächspartner" is."""
    doc = view.doc
    sent = view.sents[view.sentence_of(doc[v])]
    for w in sent:
        if w.lower_ == "mit":
            for j in range(w.i + 1, min(sent.end, w.i + 4)):
                if (k := actor(view, j)) is not None:
                    return k
    return None


def affiliation(view: DocView, i: int, lo: int) -> bool:
    """The actor at ``i`` is a person's party in brackets ("Werner Faymann
    (SPÖ)"), not an actor of the clause."""
    return i - 2 >= lo and view.doc[i - 1].text == "(" and bool(view.person(i - 2))


def body_in(view: DocView, i: int, lo: int) -> int | None:
    """The noun of a state's body the place at ``i`` follows with "in": "die
    Regierung in Kiew", "die Behörden in Peking" (the state acts, governed as
    the noun is); ``None`` else."""
    doc = view.doc
    k = view.key(i)
    if k is None or kind_of(k) is not Kind.PLACE:
        return None
    j = i
    while j > lo and view.key(j - 1) == k:
        j -= 1
    if j - 2 >= lo and doc[j - 1].lower_ == "in" and doc[j - 2].lower_ in STATE_NOUNS:
        return j - 2
    return None


def outlet(view: DocView, i: int) -> bool:
    """The organisation at ``i`` follows an article and a noun of the media:
    the outlet the act was told to ("lobte gegenüber dem Sender RTS"), no
    actor."""
    doc = view.doc
    k = view.key(i)
    j = i
    while j > 0 and view.key(j - 1) == k:
        j -= 1
    if j >= 2 and doc[j - 2].lower_ == "gegenüber" and outlet_name(name_of(k or "")):
        return True  # "gegenüber der Frankfurter Allgemeinen Sonntagszeitung"
    return (
        j >= 2
        and doc[j - 1].lower_ in MEDIA_NOUNS
        and doc[j - 2].lower_ in _ARTICLES | _PREPOSITIONS
    )


def the_country(view: DocView, lo: int, hi: int, source: str | None) -> str | None:
    """The state "das Land", "dem Land" of the clause refers to: the last one
    the article names before it ("Nach den Enthüllungen über Panama hat die
    OECD dem Land Versäumnisse vorgeworfen")."""
    doc = view.doc
    at = next(
        (
            i
            for i in range(lo + 1, hi)
            if doc[i].lower_ in ("land", "landes")
            and doc[i - 1].lower_ in ("das", "dem", "des")
        ),
        None,
    )
    if at is None:
        return None
    for j in range(at - 1, -1, -1):
        k = view.key(j)
        if k and kind_of(k) is Kind.PLACE and k != source:
            e = view.entities.get(k)
            if e is not None and e.place_kind == "country":
                return k
    return None


def titled_target(
    view: DocView, v: int, hi: int, spans: list[tuple[int, int]], source: str | None
) -> str | None:
    """The person a title after the verb names without a name in a headline,
    which the text after it names: "Die Sozialdemokraten werfen dem
    Finanzminister Zynismus vor" -> the first person the next sentences name
    (:func:`antecedent`); later in the text a title the coreference did not
    resolve stays without a target (several ministers, which one?)."""
    doc = view.doc
    if view.sentence_of(doc[v]) != 0:
        return None
    for i in range(v + 1, min(hi, v + 5)):
        if doc[i].lower_ not in ("dem", "den", "der"):
            continue
        j = i + 1
        while j < hi and doc[j].is_lower and doc[j].is_alpha:
            j += 1  # "dem österreichischen Finanzminister"
        if j >= hi or not speaker_noun(doc[j].text) or view.person(j):
            return None
        if j + 1 < hi and view.person(j + 1):
            return None  # "dem Minister Karl Brunner": the name is the actor
        k = antecedent(view, i, spans, None)
        return k if k != source else None
    return None
