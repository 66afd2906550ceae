"""Parts of a clause :mod:`kg.extract.interactions` reads the actors of a verbal
interaction from: an unnamed group as its subject ("Kritiker werfen X vor"), a
dative after a relative pronoun ("Gruppen, die der Hamas … vorwerfen"), the
subject before a relative clause ("Der Vorsitzende …, der als … gilt, wies …
zurück"), a circle around a person ("der Staatsführung um Präsident X"), the
prosecution behind a passive accusation, and the clause itself: its bounds, the
act a verb form is ("fordert … auf"), "drohen" of what impends.

Each reads a few tokens around the verb through the view's ``lowers`` and
``texts``; none walks the Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.bodies import verb_final
from kg.extract.coref import person_genders
from kg.extract.records import Kind, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import body_noun, party_members
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    CLAUSE_OPENERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    CIRCLE_NOUN_ENDINGS,
    GOVERNMENT_NOUNS,
    ORG_ANAPHORS,
    ORGAN_NOUN_ENDINGS,
    PAIR_NOUN_ENDINGS,
    PENALTY_WORDS,
    PROSECUTOR_ENDINGS,
    UNNAMED_GROUP_ENDINGS,
    SpeechAct,
    speech_acts,
)

__all__ = [
    "title_after",
    "agent_participles",
    "around_noun",
    "organ_group",
    "organ_noun",
    "attributive",
    "opening_organisation",
    "both_sides",
    "choose",
    "clause",
    "impends",
    "clause_before_relative",
    "dative_actor",
    "elliptic_passive",
    "finite_plural",
    "government_object",
    "organisation_as_sie",
    "plural_title",
    "prosecutor_before",
    "reciprocal",
    "same_state",
    "unnamed_group_subject",
]

_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche"})
_CLAUSE = frozenset({",", ";", ":", "–", "-"})
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
_FEMININE_BODIES = ("schaft", "behörde", "polizei")
_OPENERS = frozenset({"auch", "und", "aber", "doch", "nun", "zudem"})


def unnamed_group_subject(view: DocView, lo: int, v: int) -> bool:
    """The clause opens before its verb at ``v`` with unnamed people in the
    plural and nothing else: "Kritiker werfen …", "Viele Ökonomen warnen …",
    "Führende Umweltschützer fordern …" (no article, no name; a party by its
    members, "Republikaner werfen ihr vor", and a body are actors)."""
    if not 0 < v - lo <= 3 or any(view.key(j) for j in range(lo, v)):
        return False
    noun = view.texts[v - 1]
    low = view.lowers[v - 1]
    if not noun[:1].isupper() or body_noun(noun) or party_members(noun):
        return False
    if not low.endswith(UNNAMED_GROUP_ENDINGS):
        return False
    # the words before the noun are quantifiers or adjectives ("Viele",
    # "führende europäische"), no article: "Die Kritiker" is a group the
    # clause's other rules read
    return all(
        view.lowers[j] in _OPENERS
        or (
            view.texts[j].isalpha()
            and view.lowers[j][-1:] in "eln"
            and view.lowers[j] not in _ARTICLES
        )
        for j in range(lo, v - 1)
    )


def dative_actor(view: DocView, j: int, lo: int, plural_verb: bool) -> bool:
    """The actor at ``j`` in a relative clause opening at ``lo`` stands in the
    dative after its article, so it is no subject: "…, die dem Minister …
    vorwarfen"; "…, die der Hamas … vorwerfen" when the clause's finite verb
    is plural (a subject "der Präsident" would be singular)."""
    k = view.key(j)
    i = j
    while i > lo and view.key(i - 1) == k:
        i -= 1
    i -= 1
    while i > lo and (
        (view.texts[i].islower() and view.texts[i].isalpha())
        or speaker_noun(view.texts[i])
    ):
        if view.lowers[i] in ("dem", "der", "einem", "einer"):
            break
        i -= 1  # adjectives and a title: "der herrschenden Hamas", "dem Minister X"
    if i <= lo:
        return False
    det = view.lowers[i]
    return det in ("dem", "einem") or (det in ("der", "einer") and plural_verb)


def finite_plural(view: DocView, v: int, hi: int) -> bool:
    """The last word of the verb-final clause ending at ``hi`` (its finite verb:
    "vorwerfen", "abgelehnt hatten") is plural."""
    last = hi - 1
    while last > v and not view.texts[last].isalpha():
        last -= 1
    w = view.lowers[last]
    return w.endswith(("en", "rn", "ln")) or w in ("sind", "waren")


def clause_before_relative(view: DocView, lo: int) -> tuple[int, int] | None:
    """The bounds of the clause before a relative clause that ends at the comma
    ``lo - 1``: "Der Vorsitzende der Partei, der als starker Mann gilt, wies …"
    -> the tokens of "Der Vorsitzende der Partei"; ``None`` when no relative
    clause ends there."""
    if lo < 4 or view.texts[lo - 1] != ",":
        return None
    r = lo - 2
    while r > 0 and view.texts[r] not in _CLAUSE:
        r -= 1
    if r < 1 or view.texts[r] != ",":
        return None
    if view.lowers[r + 1] not in _RELATIVES or not view.texts[r + 1].islower():
        return None
    start = r - 1
    while start > 0 and view.texts[start - 1] not in _CLAUSE | {".", "!", "?"}:
        start -= 1
    # the sentence's own start: a clause that opens the sentence
    sent = view.sents[view.sentence_of(view.doc[r])]
    start = max(start, sent.start)
    return (start, r) if start < r else None


def around_noun(view: DocView, i: int, lo: int) -> int | None:
    """The noun of a circle the actor at ``i`` is "um" ("der Staatsführung um
    Präsident Erdogan", "die Gruppe um Karl Brunner"): the actor takes the
    noun's part in the clause; ``None`` else."""
    k = view.key(i)
    j = i
    while j > lo and view.key(j - 1) == k:
        j -= 1
    j -= 1
    # a title between: "um Präsident X", "um Kanzler X"
    if j > lo and view.texts[j][:1].isupper() and view.lowers[j - 1] == "um":
        j -= 1
    if j - 1 < lo or view.lowers[j] != "um":
        return None
    noun = view.lowers[j - 1]
    return j - 1 if noun.endswith(CIRCLE_NOUN_ENDINGS) else None


def organ_noun(view: DocView, i: int, lo: int) -> int | None:
    """The noun of an organisation's governing organ the actor at ``i`` follows
    with "von" ("der Aufsichtsrat von X", "die Vorstände von X und Y"): the
    organisation takes the noun's part in the clause; ``None`` else."""
    k = view.key(i)
    j = i
    while j > lo and view.key(j - 1) == k:
        j -= 1
    # "von X und Y": back over the actors listed before
    while j - 2 >= lo and view.lowers[j - 1] in ("und", ",", "sowie"):
        prev = view.key(j - 2)
        if prev is None:
            return None
        j -= 2
        while j > lo and view.key(j - 1) == prev:
            j -= 1
    if j - 2 < lo or view.lowers[j - 1] not in ("von", "vom"):
        return None
    noun = view.lowers[j - 2]
    return j - 2 if noun.endswith(ORGAN_NOUN_ENDINGS) else None


def organ_group(view: DocView, lo: int, v: int) -> list[str]:
    """The organisations listed after the noun of their organs before the verb
    at ``v`` ("die Aufsichtsräte von X und Y stimmten zu" -> [X, Y]), each of
    them acting; [] for fewer than two."""
    out: list[str] = []
    for n in range(lo, v - 1):
        if not view.lowers[n].endswith(ORGAN_NOUN_ENDINGS):
            continue
        if view.lowers[n + 1] not in ("von", "vom"):
            continue
        i = n + 2
        while i < v and (k := view.key(i)) is not None:
            if k not in out:
                out.append(k)
            while i < v and view.key(i) == k:
                i += 1
            if i < v and view.lowers[i] in ("und", ",", "sowie"):
                i += 1
        break
    return out if len(out) > 1 else []


def organisation_as_sie(view: DocView, lo: int, v: int) -> str | None:
    """The organisation "Sie" opening a sentence refers to: the one the sentence
    before opens with as its subject after "Die" ("Die HDP wirft der Regierung
    um Präsident X … vor. Sie wirft … vor" -> the HDP), when that sentence
    names no person who could be a woman (all of them men by their titles,
    :func:`kg.extract.coref.person_genders`)."""
    if lo >= v or view.texts[lo] != "Sie" or v - lo != 1:
        return None
    si = view.sentence_of(view.doc[lo])
    if view.sents[si].start != lo:
        return None
    return opening_organisation(view, si)


def opening_organisation(view: DocView, si: int) -> str | None:
    """The organisation the sentence before sentence ``si`` opens with as its
    subject after "Die" ("Die prokurdische HDP", "Die Gewerkschaft Verdi"),
    when that sentence names no person who could be a woman: what "sie" of a
    singular verb in sentence ``si`` refers to."""
    if si == 0:
        return None
    prev = view.sents[si - 1]
    i = prev.start
    if view.lowers[i] != "die":
        return None
    i += 1
    while i < prev.end and view.texts[i].islower() and view.texts[i].isalpha():
        i += 1  # "Die prokurdische HDP"
    if (
        i + 1 < prev.end
        and view.key(i) is None
        and view.key(i + 1) is not None
        and (body_noun(view.texts[i]) or view.lowers[i] in ORG_ANAPHORS)
    ):
        i += 1  # "Die Gewerkschaft Verdi": the kind noun before the name
    k = view.key(i) if i < prev.end else None
    if k is None or kind_of(k) is not Kind.ORG:
        return None
    genders = person_genders(view)
    for j in range(prev.start, prev.end):
        p = view.person(j)
        if p is not None and genders.get(p) is not False:
            return None  # "Die SPD kritisierte Merkel. Sie …": which one?
    return k


def prosecutor_before(view: DocView, v: int) -> tuple[str | None, str | None]:
    """(key, label) of the prosecuting body named last before the passive
    accusation at ``v`` ("Die belgische Staatsanwaltschaft erhob Anklage. …
    Beiden Verdächtigen wird vorgeworfen, …": its agent is the prosecution, as
    the annotation rules of ``bench/quote_gold.md`` have it); the body's entity
    if it is one, else its noun in the nominative with the adjective before it
    ("belgische Staatsanwaltschaft", "Landeskriminalamt" for "des
    Landeskriminalamts"); ``(None, None)`` when the article names none in the
    sentence or the five before it."""
    si = view.sentence_of(view.doc[v])
    for s in range(si, max(-1, si - 6), -1):
        sent = view.sents[s]
        for j in range(min(sent.end, v) - 1, sent.start - 1, -1):
            noun = _prosecutor_noun(view.lowers[j])
            if noun is None or not view.texts[j][:1].isupper():
                continue
            k = view.key(j)
            if k is not None:
                return (k, None) if kind_of(k) is Kind.ORG else (None, None)
            label = view.texts[j][: len(noun)]
            adj = view.lowers[j - 1] if j > sent.start else ""
            if view.texts[j - 1].islower() and adj.endswith(("e", "en", "er", "es")):
                stem = adj[:-1] if adj.endswith("e") else adj[:-2]
                if stem.isalpha() and adj not in _ARTICLES:
                    gender = "e" if noun.endswith(_FEMININE_BODIES) else "es"
                    label = f"{stem}{gender} {label}"
            return None, label
    return None, None


def _prosecutor_noun(low: str) -> str | None:
    """``low`` (lower case) without a genitive ending, if it names a
    prosecuting body ("staatsanwaltschaft", "landeskriminalamts")."""
    for end in ("", "s", "es"):
        stem = low[: len(low) - len(end)] if end else low
        if (not end or low.endswith(end)) and stem.endswith(PROSECUTOR_ENDINGS):
            return stem
    return None


# an article or a preposition with one before an attributive participle
_DETERMINERS = _ARTICLES | frozenset("im am zum zur beim vom ins".split())


def attributive(view: DocView, v: int) -> bool:
    """The verb form at ``v`` is an adjective between an article and its noun
    ("im Fall des beschuldigten Irakers", "die geforderten Dokumente"): an
    act only with its agent ("von", "durch") in the clause."""
    if v < 1 or v + 1 >= len(view.texts):
        return False
    before, after = view.texts[v - 1], view.texts[v + 1]
    return (
        # an inflected participle: "lobte" is finite ("Zum einen lobte X …"),
        # only "gelobte" is an adjective
        view.lowers[v] in _attributive_forms()
        and before.islower()
        and view.lowers[v - 1] in _DETERMINERS
        and after[:1].isupper()
        and after.isalpha()
    )


def clause(sent: Span, i: int) -> tuple[int, int]:
    """Token bounds of the clause around token ``i``: between the punctuation
    before and after it; a verb at the end of its clause ("…, hat aber …
    gestellt") reaches back over one comma if its clause has no actor."""
    doc = sent.doc
    lo = i
    while lo > sent.start and doc[lo - 1].text not in _CLAUSE:
        lo -= 1
    # a list of things is no clause boundary ("werden Aktenfälschung,
    # Geldwäsche sowie Betrug vorgeworfen")
    while lo - 2 >= sent.start and _listed_nouns(doc, lo):
        lo -= 1
        while lo > sent.start and doc[lo - 1].text not in _CLAUSE:
            lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].text not in _CLAUSE:
        hi += 1
    return lo, hi


def _listed_nouns(doc: Doc, lo: int) -> bool:
    """The comma before ``lo`` lists two nouns that name no entity
    ("Aktenfälschung, Geldwäsche", "Betrug, schwere Geldwäsche")."""
    if doc[lo - 1].text != ",":
        return False
    before, after = doc[lo - 2], doc[lo]
    if (
        after.is_lower
        and after.lower_.endswith(ADJ_ENDINGS)
        and after.lower_ not in _ARTICLES | SUBJECT_PRONOUNS
        and lo + 1 < len(doc)
    ):
        after = doc[lo + 1]
    return all(
        w.is_alpha and w.text[:1].isupper() and not w.ent_type_ and not w.is_sent_start
        for w in (before, after)
    )


def impends(doc: Doc, v: int, hi: int, act: SpeechAct) -> bool:
    """ "drohen" with a zu-infinitive closing its clause, or with an indefinite
    noun phrase or a penalty (:data:`PENALTY_WORDS`) and no "mit" after it, is
    no threat but something about to happen ("doch droht sie nun zu scheitern",
    "ihm droht eine Strafe", "drohen bis zu fünf Jahre Haft", "drohen 30 Jahre
    Haft")."""
    if act.type != "THREATEN" or act.form.particle:
        return False
    if v >= 2 and doc[v - 2].lower_ == "zu" and doc[v - 1].is_lower:
        return True  # "…, die unter das Gesetz zu fallen drohen"
    words = [w.lower_ for w in doc[v + 1 : hi]]
    if "mit" not in words and any(
        w in ("ein", "eine", "einer", "einen", "bis") for w in words
    ):
        return True  # "Griechenland droht eine Strafe": it impends, nobody threatens
    if "mit" not in words and any(w in PENALTY_WORDS for w in words):
        return True  # "X drohen 30 Jahre Haft": a penalty impends, nobody threatens
    last = hi - 1
    while last > v and doc[last].is_punct:
        last -= 1
    return (
        last - 1 > v
        and doc[last - 1].lower_ == "zu"
        and doc[last].is_lower
        and doc[last].is_alpha
    )


def reciprocal(doc: Doc, v: int, hi: int) -> bool:
    """The clause after the verb at ``v`` says its subjects act on each other
    ("warfen sich gegenseitig … vor", "beschuldigten einander")."""
    return any(w.lower_ in ("gegenseitig", "einander") for w in doc[v + 1 : hi])


def choose(
    candidates: tuple[SpeechAct, ...], doc: Doc, i: int, hi: int, end: int = 0
) -> SpeechAct | None:
    """The act the form at ``i`` is: one whose separable particle closes the
    clause ("fordert … auf"), or closes the sentence (before ``end``) after a
    clause set in commas ("wies den Wunsch, mehr Geld auszugeben, zurück"),
    else one that needs none."""
    rest = {w.lower_ for w in doc[i + 1 : hi] if not _score(doc, w.i, hi)}
    for a in candidates:
        if a.form.particle and a.form.particle in rest:
            return a
    last = _closing_particle(doc, hi, end)
    for a in candidates:
        if a.form.particle and a.form.particle == last:
            return a
    for a in candidates:
        if not a.form.particle:
            return a
    return None


def _closing_particle(doc: Doc, hi: int, end: int) -> str | None:
    """The word that stands alone after the last comma of the sentence, which
    ends at ``end``, behind a clause set in commas after ``hi`` ("…, mehr Geld
    auszugeben, zurück."): a separable particle left behind; else ``None``."""
    last = end - 1
    while last > hi and doc[last].is_punct:
        last -= 1
    if last - 1 <= hi or doc[last - 1].text != "," or not doc[last].is_lower:
        return None
    return doc[last].lower_


def _score(doc: Doc, j: int, hi: int) -> bool:
    """ "zu" at ``j`` stands between two numbers ("stimmt mit 178 zu 120 Stimmen
    für …"): a score, no separable particle."""
    return (
        doc[j].lower_ == "zu"
        and j + 1 < hi
        and doc[j - 1].like_num
        and doc[j + 1].like_num
    )


def both_sides(
    view: DocView, lo: int, hi: int, actor: Callable[[int], str | None]
) -> list[str]:
    """The two actors "beide Seiten" ("beide Konfliktparteien", "beide
    Länder": :data:`PAIR_NOUN_ENDINGS`) of the clause ``lo``-``hi`` are: the last
    pair "A und B" named before it in its sentence or the two before, of talks
    "zwischen A und B" in the six before ("Kolumbien
    und die FARC verhandeln … Der Papst rief beide Seiten … auf" -> Kolumbien,
    FARC, as the annotation rules of ``bench/quote_gold.md`` have it; "zwischen
    Gewerkschaftschef X und dem Vorstandsmitglied des Konzerns, Y": X, Y); [] when
    the clause says no "beide Seiten" or no such pair is named."""
    if not any(
        view.lowers[j] in ("beide", "beiden")
        and view.texts[j + 1][:1].isupper()
        and view.lowers[j + 1].endswith(PAIR_NOUN_ENDINGS)
        for j in range(lo, hi - 1)
    ):
        return []
    si = view.sentence_of(view.doc[lo])
    near = view.sents[max(0, si - 2)].start
    # the two sides of talks "zwischen A und B" also further back
    start = view.sents[max(0, si - 6)].start
    for j in range(lo - 1, start, -1):
        if view.lowers[j] not in ("und", "sowie"):
            continue
        if j < near and not _between(view, j):
            continue
        a = actor(j - 1)
        n = j + 1
        while n < lo and view.lowers[n] in _ARTICLES:
            n += 1
        b = actor(n) if n < lo else None
        if b is None and n < lo:
            b = _titled_name(view, n, lo, actor)
        if a is not None and b is not None and a != b:
            return [a, b]
    return []


def _between(view: DocView, j: int) -> bool:
    """The "und" at ``j`` joins the two sides after "zwischen" ("Gespräche
    zwischen A und dem Vorsitzenden B"), at most six words before it in its
    sentence."""
    start = view.sents[view.sentence_of(view.doc[j])].start
    return any(view.lowers[i] == "zwischen" for i in range(max(start, j - 6), j))


def _titled_name(
    view: DocView, n: int, lo: int, actor: Callable[[int], str | None]
) -> str | None:
    """The person a noun at ``n`` (a title, "Vorstandsmitglied") names after
    it, over an organisation's genitive and a comma ("dem Vorstandsmitglied des
    Konzerns, Jürgen Kessler": Jürgen Kessler); ``None`` unless a person
    follows so."""
    lows, texts = view.lowers, view.texts
    while n < lo and texts[n].islower() and texts[n].isalpha():
        n += 1  # "dem neuen Vorstandsmitglied"
    noun = texts[n].replace("-", "") if n < lo else ""
    if not (noun[:1].isupper() and noun.isalpha()) or actor(n) is not None:
        return None  # a noun for the person: "Vorstandsmitglied", "GDL-Chef"
    k = view.key(n)
    n += 1
    while k is not None and n < lo and view.key(n) == k:
        n += 1
    if n < lo and lows[n] in ("des", "der"):
        n += 1
        while n < lo and texts[n].islower() and texts[n].isalpha():
            n += 1
        n += 1  # the genitive's noun ("des Konzerns") or name
        while n < lo and view.key(n) and view.key(n) == view.key(n - 1):
            n += 1
    if n < lo and texts[n] == ",":
        n += 1
    k = actor(n) if n < lo else None
    return k if k is not None and kind_of(k) is Kind.PERSON else None


@lru_cache(maxsize=1)
def _attributive_acts() -> dict[str, SpeechAct]:
    """Inflected participle -> its act: "geforderten", "abgelehnte",
    "angedrohte" (the participles of ``kg/data/speech_acts.tsv`` written as
    one word, with an adjective's ending)."""
    out: dict[str, SpeechAct] = {}
    for form, acts in speech_acts().items():
        for a in acts:
            if a.form.participle and not a.form.particle and form.endswith("t"):
                for end in ("e", "en", "er", "es", "em"):
                    out.setdefault(form + end, a)
            elif a.form.participle and not a.form.particle and form.endswith("en"):
                for end in ("e", "er", "es", "em", "en"):
                    out.setdefault(form[:-2] + "en" + end, a)
    return out


@lru_cache(maxsize=1)
def _attributive_forms() -> frozenset[str]:
    return frozenset(_attributive_acts())


# what opens the agent of a participle ("die von X geforderte Reform", "die vom
# Iran abgelehnte", "die durch die Kommission geforderte", "seitens der EU")
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch", "seitens"})
# the article between such a preposition and the agent's name
_AGENT_ARTICLES = frozenset({"der", "den", "die", "das"})


def agent_participles(
    view: DocView, actor: Callable[[int], str | None]
) -> list[tuple[int, SpeechAct, str, str | None]]:
    """(position, act, source, issue) of each participle before a noun whose
    agent "von X" precedes it: "die von Karl Brunner geforderten Reformen" ->
    DEMAND by Karl Brunner, about "Reformen"; "die vom Iran abgelehnte
    Resolution", "die von der Türkei abgelehnte", "die durch die Kommission
    geforderte" (the annotation rules count participles, "die mehrfach
    angedrohte Verfassungsklage", when the agent is clear)."""
    forms = _attributive_acts()
    out = []
    for i in view.positions(_attributive_forms()):
        if i < 2 or i + 1 >= len(view.texts) or not view.texts[i + 1][:1].isupper():
            continue
        k = view.key(i - 1)
        j = i - 1
        while j > 0 and view.key(j - 1) == k and k is not None:
            j -= 1
        if j > 0 and speaker_noun(view.texts[j - 1]) and not view.key(j - 1):
            j -= 1  # "von Kanzler X"
        if j > 1 and view.lowers[j - 1] in _AGENT_ARTICLES:
            j -= 1  # "von der Türkei", "durch die Kommission", "seitens der EU"
        if k is None or view.lowers[j - 1] not in _AGENT_PREPOSITIONS:
            continue
        source = actor(i - 1)
        if source is None:
            continue
        noun = view.texts[i + 1]
        out.append((i, forms[view.lowers[i]], source, noun if noun.isalpha() else None))
    return out


def government_object(
    view: DocView, v: int, hi: int, lo: int | None = None, accusative: bool = False
) -> bool | None:
    """Whether the clause after the verb at ``v`` names "der Regierung", "der
    Bundesregierung" as its object without a state ("warf der Regierung
    Untätigkeit vor": the article's country, as "die Regierung" as subject),
    or, given the clause's start ``lo``, the middle of a clause whose verb
    stands last does ("hat der Regierung Untätigkeit vorgeworfen"; not "mit
    der Regierung"); ``None`` when it names none. With ``accusative`` (the
    subject stands before the verb) "die Regierung" is an object too ("X
    forderte die Regierung auf", "X hat die Regierung aufgefordert")."""
    articles = ("der", "die") if accusative else ("der",)
    for j in range(v + 1, min(hi, v + 4)):
        # "der Regierung" (dative); "die Regierung" may be the subject
        if view.lowers[j] in GOVERNMENT_NOUNS and view.lowers[j - 1] in articles:
            return True
    if lo is None or not verb_final(view, v, hi):
        return None
    for j in range(lo + 2, v):
        if (
            view.lowers[j] in GOVERNMENT_NOUNS
            and view.lowers[j - 1] in articles
            and view.texts[j - 2].isalpha()
            and view.texts[j - 2].islower()
            and view.lowers[j - 2] not in PREPOSITIONS
            # "dass die Regierung …": its subject
            and not (
                view.lowers[j - 1] == "die" and view.lowers[j - 2] in CLAUSE_OPENERS
            )
        ):
            return True
    return None


def plural_title(view: DocView, n: int, v: int) -> bool:
    """The title at ``n`` after "die" is plural: the verb or auxiliary right
    after it is ("Die Nato-Außenminister forderten", "Die Minister haben …
    gefordert"; not "Die Ministerin forderte")."""
    if n < 1 or n + 1 > v or view.lowers[n - 1] not in ("die", "alle"):
        return False
    after = view.lowers[n + 1]
    return after.endswith(("en", "rn", "ln")) or after in ("sind", "waren")


def same_state(k: str | None, other: str | None) -> bool:
    """``k`` is the government of the state ``other`` or the other way round
    ("Regierung (China)" and China: "Chinas Regierung rief … auf")."""
    if k is None or other is None:
        return False
    for gov, state in ((k, other), (other, k)):
        if gov.startswith("org/") and state.startswith("place/"):
            if gov[4:] == f"Regierung ({state[6:]})":
                return True
    return False


def title_after(view: DocView, v: int, hi: int) -> bool:
    """The subject after the verb is a person by title with no name ("drohte
    der türkische Regierungschef")."""
    doc = view.doc
    i = v + 1
    if i >= hi or doc[i].lower_ not in _ARTICLES | {"eines"}:
        return False
    i += 1
    while i < hi and doc[i].is_lower:
        i += 1
    if i < hi and speaker_noun(doc[i].text):
        if doc[v + 1].lower_ == "die" and not doc[i].lower_.endswith(("in", "e")):
            return False  # "fordert die Autofahrer": many, and the object
        return not any(view.person(j) for j in range(i + 1, min(hi, i + 3)))
    return False


def elliptic_passive(view: DocView, lo: int, v: int) -> bool:
    """The participle at ``v`` ends a clause opened by "wie" with its agent
    before it and no auxiliary: "…, wie von der Kammer gefordert, …" (a
    passive, as "wie es von der Kammer gefordert wurde")."""
    doc = view.doc
    return (
        view.lowers[lo] == "wie"
        and (v + 1 >= len(doc) or doc[v + 1].is_punct)
        and any(view.lowers[j] in ("von", "vom", "durch") for j in range(lo + 1, v))
    )
