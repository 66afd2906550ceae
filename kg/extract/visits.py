"""Who visits whom: the visitors and the place of a visit ("der Besuch von
Papst Franziskus in Kuba", "Franziskus besuchte Paraguay", "X stattet Kiew einen
Besuch ab")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import adjectives_before, keys_from, reported_speaker
from kg.extract.clause_subjects import apposed_person_start, relative_clause_of_verb
from kg.extract.coref import person_before, persons_before, plural_subject
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
)
from kg.lang.de.meetings import VISIT_AT
from kg.lang.de.titles import match_title

__all__ = ["genitive_owner", "home_visit", "pays_visit", "visit"]

_NOT_ADJECTIVES = ARTICLES | INDEFINITE_ARTICLES | PREPOSITIONS


def visit(
    view: DocView,
    sent: Span,
    t: Token,
    kind: str,
) -> tuple[list[str], str | None]:
    """(visitors, destination) of a visit trigger ("Besuch", "besuchte"), else
    ([], None).

    "der Besuch von Papst Franziskus in Kuba", "Nach seinem Besuch in Washington
    wollte Xi ...", "Franziskus besuchte am Sonntag Paraguay": the persons who
    visit and the place they visit. Only persons visit here; a country "visiting"
    is a delegation the text would name.
    """
    doc = view.doc
    low = t.lower_
    if "besuch" not in low:
        return [], None
    persons = [
        (i, k)
        for i in range(sent.start, sent.end)
        if (k := view.key(i))
        and kind_of(k) is Kind.PERSON
        and not reported_speaker(doc, i, sent)
    ]
    visitors: list[str] = []
    destination: str | None = None
    if kind == "noun":
        j = t.i + 1
        if j < sent.end and doc[j].lower_ in ("von", "des", "der"):
            visitors = [
                k for k in keys_from(view, j + 1, sent.end) if kind_of(k) is Kind.PERSON
            ]
        elif j < sent.end and view.person(j):
            # "den Besuch Recep Tayyip Erdoğans in Österreich"
            visitors = [
                k for k in keys_from(view, j, sent.end) if kind_of(k) is Kind.PERSON
            ]
        if (
            not visitors
            and (owner := genitive_owner(view, sent, t)) is not None
            and kind_of(owner) is Kind.PERSON
        ):
            visitors = [owner]  # "Merkels China-Besuch"
        before = doc[t.i - 1 - adjectives_before(doc, t, sent)].lower_
        if t.i > sent.start and doc[t.i - 1].lower_ == "zu":
            before = "zu"
        if not visitors and before in POSSESSIVES:
            # "sein Besuch": the sentence's person, else the one named before
            visitors = [k for i, k in persons[:1]]
            if not visitors and (ante := person_before(view, sent)):
                visitors = [ante]
        if not visitors and before == "zu":  # "X ist in Y zu Besuch"
            visitors = [k for i, k in persons if i < t.i][:1]
        if not visitors and _visit_phrase(doc, t, sent):
            # "X hatte bei einem Besuch in Y geworben": the subject named
            # before the phrase in its clause visits ("Merkel sagte, X habe bei
            # einem Besuch …": X)
            start = max(
                [sent.start]
                + [i + 1 for i in range(sent.start, t.i) if doc[i].text in ",;:–"]
            )
            start = apposed_person_start(view, sent, start)
            visitors = [k for i, k in persons if start <= i < t.i][:1]
            if not visitors:
                # "…, sagte X am Samstag während eines Besuchs im Iran": the
                # one who speaks there is on the visit
                visitors = [
                    k
                    for i in range(start, t.i)
                    if (k := view.key(i))
                    and kind_of(k) is Kind.PERSON
                    and reported_speaker(doc, i, sent)
                ][:1]
        if pays_visit(doc, t, sent):
            # "X stattet Y einen Besuch ab": the subject visits, the dative
            # before the trigger is visited
            if not visitors:
                visitors = list(dict.fromkeys(k for i, k in persons if i < t.i))
            if not visitors and (i := plural_subject(view, sent, t)) is not None:
                visitors = persons_before(view, sent, i)
            if not visitors and any(w.lower_ == "er" for w in doc[sent.start : t.i]):
                visitors = [ante] if (ante := person_before(view, sent)) else []
            for i in range(t.i - 1, sent.start, -1):
                if doc[i].lower_.startswith("statt"):
                    break
                k = view.key(i)
                if k and kind_of(k) is Kind.PLACE and k in view.entities:
                    destination = k
                    break
        if (
            not visitors
            and not persons
            and any(w.lower_ == "er" for w in doc[sent.start : t.i])
            and (ante := person_before(view, sent))
        ):
            visitors = [ante]  # "Er betonte bei einem Besuch in Kiew ..."
        # where: "in/nach [adjectives] <place>" after the trigger; for "zu
        # Besuch" before it
        # ("zu einem Besuch nach Ungarn": after it first, with an article between)
        after = range(t.i + 1, min(sent.end, t.i + 12))
        spans = [after] if before != "zu" else [range(sent.start, t.i)]
        if before == "zu" and doc[t.i - 1].lower_ != "zu":
            spans.insert(0, after)
        k = view.key(t.i) if "-" in t.text else None
        if k and kind_of(k) is Kind.PLACE and k in view.entities:
            destination = k  # "den China-Besuch Kohls": the country in front
        for i in (i for span in spans for i in span):
            if doc[i].lower_ not in ("in", "im", "nach"):
                continue
            j = i + 1
            while j < sent.end and doc[j].is_lower and doc[j].is_alpha:
                j += 1  # "im kommunistischen Kuba"
            k = view.key(j) if j < sent.end else None
            if k and kind_of(k) is Kind.PLACE and k in view.entities:
                destination = k
                break
    else:
        visitors = [k for i, k in persons[:1]]
        if (rel := relative_clause_of_verb(view, sent, t)) is not None:
            # "X und Y, die am Montag Paris besuchten": the ones the pronoun
            # refers to, else a person in the relative clause
            start, end, antecedents = rel
            visitors = [k for k in antecedents if kind_of(k) is Kind.PERSON]
            visitors = visitors or [k for i, k in persons if start <= i < end][:1]
        # the place visited: a place after the verb ("besuchte Paraguay"), or
        # before a verb that ends its clause ("hatte Paris besucht"); not the
        # country of a post ("Chinas Präsident"), nor where one comes from
        after = range(t.i + 1, sent.end)
        if t.i + 1 >= sent.end or doc[t.i + 1].is_punct:
            after = range(t.i - 1, sent.start, -1)
        for i in after:
            if doc[i].is_punct:
                break
            k = view.key(i)
            if (
                k
                and kind_of(k) is Kind.PLACE
                and k in view.entities
                and doc[i - 1].lower_ not in ("aus", "von")
                and not (i + 1 < sent.end and match_title(doc[i + 1].text))
                and not match_title(doc[i].text)
            ):
                destination = k
                break
    return visitors, destination


def genitive_owner(view: DocView, sent: Span, t: Token) -> str | None:
    """The actor named in the genitive right before the meeting noun ``t``,
    adjectives between: "Merkels Treffen mit Xi", "Putins erster China-Besuch",
    "Chinas Gespräche mit Japan"; not a name that merely ends in -s ("Siemens
    Gespräche"), nor one that closes a phrase of its own ("mit Merkels")."""
    i = t.i - 1 - adjectives_before(view.doc, t, sent)
    if i < sent.start or (key := view.key(i)) is None:
        return None
    if any(  # adjectives only between: not "Ägyptens über das Treffen"
        view.lowers[j] in _NOT_ADJECTIVES or not view.lowers[j].endswith(ADJ_ENDINGS)
        for j in range(i + 1, t.i)
    ):
        return None
    word = view.texts[i]
    if len(word) < 3 or not word.endswith("s") or view.key(t.i) == key:
        return None
    if i > sent.start and view.lowers[i - 1] in ARTICLES:
        return None  # "des Siemens Konzerns", "der Niederlands"
    entity = view.entities.get(key)
    if entity is None:
        return None
    stem = word[:-1]
    names = (entity.name, *entity.aliases)
    if not any(n == stem or n.split()[-1] == stem for n in names if n):
        return None
    return key


def home_visit(view: DocView, attendees: set[str], location: str | None) -> bool:
    """A visit of one person alone to a place of the person's own country,
    the country the article names right before the person's name ("Der
    französische Präsident X besuchte Marseille", "US-Präsident X besuchte
    Chicago", "Der deutsche Innenminister X sagte bei einem Besuch in
    Dresden"): a domestic trip with no host named, no meeting between sides
    (not "X besuchte Kenia", a foreign country that hosts; the caller asks
    only for visits: a host at home, "berieten beim Präsidenten X in Paris",
    stays)."""
    place = view.entities.get(location) if location else None
    if place is None or not place.country_code:
        return False
    # the country of the place itself as host: "bei einem Besuch in X" may
    # name it
    country = place.contained_in if place.place_kind != "country" else location
    people = attendees - {country, location}
    if len(people) != 1:
        return False
    (person,) = people
    if kind_of(person) is not Kind.PERSON:
        return False
    homes = set()
    for i, k in view.keys.items():
        if k != person or view.keys.get(i - 1) == person:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            c = view.keys.get(j)
            if c == person:
                break
            if c is None or (e := view.entities.get(c)) is None:
                continue
            if e.kind == "place" and e.place_kind == "country" and _of_post(view, j):
                homes.add(e.country_code)
                break
    return homes == {place.country_code}


def _of_post(view: DocView, j: int) -> bool:
    """The country at token ``j`` says whose the post after it is: an adjective
    ("der französische Präsident"), a prefix of the title ("US-Präsident"), a
    genitive before a title ("Frankreichs Präsident"); not a compound noun
    ("den Ungarn-Besuch Bergs")."""
    word = view.texts[j]
    if word.islower():
        return True
    if "-" in word:
        return match_title(word.rsplit("-", 1)[1]) is not None
    nxt = view.texts[j + 1] if j + 1 < len(view.texts) else ""
    return word.endswith("s") and match_title(nxt) is not None


def _visit_phrase(doc: Doc, t: Token, sent: Span) -> bool:
    """The visit noun at ``t`` heads a phrase "bei einem Besuch", "beim
    offiziellen Besuch", "während ihres Besuchs" (:data:`VISIT_AT`): lower-case
    words only between the preposition and the noun."""
    for j in range(t.i - 1, max(sent.start - 1, t.i - 5), -1):
        if not doc[j].is_lower or not doc[j].is_alpha:
            return False
        if doc[j].lower_ in VISIT_AT:
            return True
    return False


def pays_visit(doc: Doc, t: Token, sent: Span) -> bool:
    """The visit noun at ``t`` is the object of "abstatten": "stattet Kiew einen
    Besuch ab", "will Kiew einen Besuch abstatten"."""
    after = doc[t.i + 1 : min(sent.end, t.i + 4)]
    if any(
        w.lower_.startswith(("abstatte", "abgestattet", "abzustatten")) for w in after
    ):
        return True
    return any(w.lower_ == "ab" for w in after) and any(
        w.lower_.startswith("statte") for w in doc[sent.start : t.i]
    )
