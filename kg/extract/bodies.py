"""Unnamed collective bodies as the source of a verbal interaction: "Die syrische
Opposition wirft Assad vor …", "Die Staatsanwaltschaft hatte … gefordert",
"Während Demokraten das Ergebnis lobten", "Rechtsanwälte und Richtervereinigung
lehnen … ab".

No entity stands for such a body, so the interaction keeps its noun phrase as a
label (``Interaction.source_label``), as a quote keeps an unnamed speaker's noun
(``Quote.speaker_label``). Which nouns name a body is
:mod:`kg.lang.de.bodies`; the label is the noun in the nominative singular (a
party's members in the plural) with the adjectives that say whose body it is
("syrische Opposition", "griechischer Bankenverband"; not "gesamte") in their
form without article.

Only the subject counts: the noun phrases the clause opens with, joined by "und"
or commas, before its finite verb ("Die USA und die syrische Opposition
fordern") or after a conjunction ("Während Demokraten … lobten"); else the noun
phrase right after the finite verb ("Am Montag forderte die Opposition …").
"""

from __future__ import annotations

from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import BODY_LABEL_SYNONYMS, body_noun, party_members
from kg.lang.de.cases import head_gender
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    AGENT_PREPOSITIONS,
    ARTICLES,
    AUXILIARIES,
    INDEFINITE_ARTICLES,
    MODALS,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    PREPOSITIONS,
)
from kg.lang.de.speech import GOVERNMENT_NOUNS, NOT_SPEAKER_WORDS

# what may follow the verb closing its clause: auxiliaries and modals
_CLOSING_VERBS = AUXILIARIES | MODALS | PASSIVE_AUXILIARIES

__all__ = [
    "body_after",
    "body_agent",
    "body_before",
    "body_object",
    "body_object_before",
    "government",
    "verb_final",
    "subject_bodies",
]

# words before the subject of a clause: a particle ("Auch die Armutskonferenz
# warnt"), a conjunction after which the subject comes first
_PARTICLES = frozenset("auch nur selbst sogar und doch aber denn zudem".split())
_CONJUNCTIONS = frozenset(
    "während weil nachdem als da wenn obwohl dass ob sobald bevor".split()
)
_OPENERS = _PARTICLES | _CONJUNCTIONS
# adverbs between a subject and its verb ("Das Komitee hingegen verlangte")
_ADVERBS = NOT_SPEAKER_WORDS | frozenset(
    "hingegen indes nun bereits ebenfalls wiederum ihrerseits seinerseits "
    "erneut mittlerweile".split()
)
_FINITE = AUXILIARIES | MODALS | PASSIVE_AUXILIARIES | {"sind", "waren"}
# what may stand between the subjects and the verb of the act
_BEFORE_VERB = _FINITE | _ADVERBS
# quantifiers of a plural ("viele Beobachter"): a noun phrase, no body
_QUANTIFIERS = frozenset("viele zahlreiche einige mehrere alle beide manche".split())
# lower-case words in -e, -en … that are no adjective ("für ihren Einsatz")
_NOT_ADJECTIVES = (
    PREPOSITIONS | ARTICLES | POSSESSIVES | _FINITE | _QUANTIFIERS | _ADVERBS
)
# the article of the nominative, by the gender of the noun ("" for a plural)
_NOMINATIVE = {"die": ("f", ""), "der": ("m",), "das": ("n",), "ein": ("m", "n")}
_NOMINATIVE["eine"] = ("f",)
# the article of the dative or accusative object ("warf der Opposition … vor")
_OBJECT = {"der": ("f",), "dem": ("m", "n"), "den": ("m", ""), "die": ("f", "")}
# the ending of an adjective without article before a noun of the gender
_STRONG = {"m": "er", "f": "e", "n": "es", "": "e"}


def subject_bodies(view: DocView, lo: int, v: int) -> list[str]:
    """The labels of the bodies among the subjects the clause ``lo``-``v``
    opens with before its verb at ``v`` ("Die USA und die syrische Opposition
    fordern" -> ["syrische Opposition"]); [] when the clause opens with no
    subject (an object, an adverbial: "Den Vorschlag der Opposition lehnt …")."""
    lowers = view.lowers
    i = lo
    subordinate = False
    while i < v and lowers[i] in _OPENERS:
        subordinate |= lowers[i] in _CONJUNCTIONS
        i += 1
    labels: list[str] = []
    while i < v:
        end, label = _noun_phrase(view, i, v)
        if end is None:
            return []
        if label is not None and label not in labels:
            labels.append(label)
        i = end
        if i < v and lowers[i] in ("und", ",", "sowie"):
            i += 1
            continue
        break
    if not labels:
        return []
    if (
        subordinate
        or i == v
        or lowers[i] in _BEFORE_VERB
        or lowers[v - 1]
        == "und"  # "die Oppositionsparteien demonstrieren … und fordern"
    ):
        return labels
    return []


def body_after(view: DocView, v: int, hi: int) -> str | None:
    """The label of the body right after the finite verb at ``v`` (or after
    the auxiliary at ``v``), the subject of a clause that opens with something
    else: "Am Montag forderte die Opposition …"."""
    if v + 1 >= hi:
        return None
    end, label = _noun_phrase(view, v + 1, hi)
    return label if end is not None else None


def body_agent(view: DocView, lo: int, hi: int) -> tuple[int, str] | None:
    """(position, label) of the last body after "von", "vom", "durch" or
    "seitens" (:data:`~kg.lang.de.grammar.AGENT_PREPOSITIONS`) in the
    clause ``lo``-``hi``: the agent of a passive no entity stands for ("Der
    Antrag von X wurde vom Verfassungsgericht abgelehnt" ->
    "Verfassungsgericht")."""
    out = None
    for j in range(lo, hi - 1):
        if view.lowers[j] in AGENT_PREPOSITIONS:
            end, label = _noun_phrase(view, j + 1, hi, nominative=False)
            if end is not None and label is not None:
                out = (j, label)
    return out


def body_object(view: DocView, v: int, hi: int, sources: list[str]) -> str | None:
    """The label of the body in the dative or accusative right after the verb
    at ``v`` (after a source named there): the target no entity stands for
    ("Moser warf der Opposition Blockade vor" -> "Opposition"); not one of the
    ``sources`` ("forderte die Opposition …")."""
    j = v + 1
    key = view.key(j) if j < hi else None
    while key is not None and j < hi and view.key(j) == key:
        j += 1  # "warf Kanzler Moser der Opposition … vor"
    if j >= hi:
        return None
    end, label = _noun_phrase(view, j, hi, nominative=False)
    if end is not None and label is None and view.key(end - 1) is None:
        # "lehnte den Antrag der Staatsanwaltschaft ab", "forderte den
        # Rücktritt der Regierung": the body whose thing it is
        label = _genitive_body(view, end, hi)
    return label if end is not None and label not in sources else None


def verb_final(view: DocView, v: int, hi: int) -> bool:
    """The verb at ``v`` closes its clause ending at ``hi``: only auxiliaries,
    modals and punctuation follow ("… vorgeworfen.", "… abgelehnt hatte,")."""
    return all(
        not view.texts[j].isalpha() or view.lowers[j] in _CLOSING_VERBS
        for j in range(v + 1, hi)
    )


def body_object_before(
    view: DocView, lo: int, v: int, hi: int, sources: list[str]
) -> str | None:
    """The label of the body in the dative or accusative in the middle of a
    clause whose verb at ``v`` stands last: "Die CDU hat der Landesregierung
    Versäumnisse vorgeworfen" -> "Landesregierung"; after a verb, an adverb or
    a name, never after a preposition ("mit der Regierung") or a noun ("die
    Fraktion der Grünen"); not one of the ``sources``."""
    if not verb_final(view, v, hi):
        return None
    for j in range(lo + 1, v):
        if view.lowers[j] not in ("der", "dem", "den"):
            continue
        before = view.texts[j - 1]
        if view.key(j - 1) is None and not (before.isalpha() and before.islower()):
            continue  # "die Fraktion der Grünen": a genitive
        if view.lowers[j - 1] in PREPOSITIONS:
            continue
        end, label = _noun_phrase(view, j, v, nominative=False)
        if end is not None and label is not None and label not in sources:
            return label
    return None


def _genitive_body(view: DocView, i: int, hi: int) -> str | None:
    """The label of the body in the genitive at ``i`` ("der Staatsanwaltschaft",
    "des Betriebsrats"), else ``None``."""
    article = view.lowers[i] if i < hi else None
    if article not in ("der", "des"):
        return None
    j = i + 1
    adjectives: list[int] = []
    while j < hi and len(adjectives) < 3 and _adjective(view, j):
        adjectives.append(j)
        j += 1
    if j >= hi or view.key(j) is not None:
        return None
    noun = view.texts[j]
    if article == "des":
        # "des Betriebsrats": the genitive ending off
        stem = noun[:-2] if noun.endswith("es") else noun[:-1]
        if not noun.endswith("s") or head_gender(stem) not in ("m", "n"):
            return None
        if not body_noun(stem) or speaker_noun(stem):
            return None
        kept = [
            _strong(view.lowers[a], "m") for a in adjectives if _whose(view.lowers[a])
        ]
        return " ".join([*kept, stem])
    return _label(view, "der", adjectives, j, nominative=False)


def body_before(view: DocView, n: int) -> str | None:
    """The label of the body whose noun is token ``n``, the antecedent of a
    relative pronoun ("die Opposition, die Neuwahlen gefordert hatte")."""
    lowers = view.lowers
    i = n
    while i - 1 >= 0 and _adjective(view, i - 1) and n - i < 3:
        i -= 1
    if i - 1 >= 0 and lowers[i - 1] in ARTICLES | INDEFINITE_ARTICLES:
        i -= 1
    end, label = _noun_phrase(view, i, n + 1)
    return label if end == n + 1 else None


def _adjective(view: DocView, i: int) -> bool:
    """Token ``i`` is a lower-case adjective before a noun ("syrische",
    "US-amerikanischen" is not lower case and is left out)."""
    w = view.lowers[i]
    return (
        view.texts[i].islower()
        and w.replace("-", "").isalpha()
        and w.endswith(ADJ_ENDINGS)
        and w not in _NOT_ADJECTIVES
    )


def _noun_phrase(
    view: DocView, i: int, hi: int, *, nominative: bool = True
) -> tuple[int | None, str | None]:
    """(end, label) of the noun phrase from token ``i`` to before ``end``: an
    article, adjectives and a noun or an entity's mention; label is the body's
    label if it names one in the nominative (with ``nominative`` false, in
    the dative or accusative); ``(None, None)`` when no noun phrase opens at
    ``i``."""
    texts, lowers = view.texts, view.lowers
    j = i
    article = None
    if j < hi and lowers[j] in ARTICLES | INDEFINITE_ARTICLES | _QUANTIFIERS:
        article = lowers[j]
        j += 1
    adjectives: list[int] = []
    while j < hi and len(adjectives) < 3 and _adjective(view, j):
        adjectives.append(j)
        j += 1
    if j >= hi or not texts[j][:1].isupper() or not texts[j].replace("-", "").isalpha():
        return None, None
    key = view.key(j)
    if key is not None:
        while j + 1 < hi and view.key(j + 1) == key:
            j += 1
        return j + 1, None
    end = j + 1
    label = _label(view, article, adjectives, j, nominative)
    if label is not None and end + 1 < hi and lowers[end] == "für":
        # "das Komitee für unamerikanische Umtriebe"
        k = end + 1
        while k < hi and _adjective(view, k):
            k += 1
        if k < hi and texts[k][:1].isupper() and not view.key(k):
            label = f"{label} {' '.join(texts[end : k + 1])}"
            end = k + 1
    if end + 1 < hi and lowers[end] == "in" and view.place(end + 1):
        # "Die Hochwasserzentrale in Karlsruhe": where it is, not who
        key = view.key(end + 1)
        end += 1
        while end < hi and view.key(end) == key:
            end += 1
    return end, label


def _label(
    view: DocView,
    article: str | None,
    adjectives: list[int],
    n: int,
    nominative: bool = True,
) -> str | None:
    """The label of the body the noun at ``n`` names after ``article`` and
    ``adjectives`` in the nominative (else in the dative or accusative), else
    ``None``."""
    noun = view.texts[n]
    low = view.lowers[n]
    plural_articles = (None, "die") if nominative else (None, "die", "den")
    cases = _NOMINATIVE if nominative else _OBJECT
    if low in BODY_LABEL_SYNONYMS:
        head = BODY_LABEL_SYNONYMS[low]
        gender = head_gender(head) or "f"
        if article not in plural_articles:
            return None
    elif party_members(noun):
        if article not in plural_articles:
            return None  # "der Republikaner": one person
        head, gender = noun, ""
    elif low in GOVERNMENT_NOUNS and not adjectives:
        # "die Regierung": its state speaks (the caller finds it)
        return noun if article in (None, "die") and nominative else None
    elif body_noun(noun) and not speaker_noun(noun):
        gender = head_gender(noun) or ""
        if article is not None and (
            article not in cases or (gender and gender not in cases[article])
        ):
            return None  # "der Opposition", "den Kongress": no subject
        head = noun
    else:
        return None
    kept = [
        _strong(view.lowers[a], gender) for a in adjectives if _whose(view.lowers[a])
    ]
    return " ".join([*kept, head])


def _whose(adjective: str) -> bool:
    """The adjective says whose body it is ("syrische", "deutschen",
    "sozialdemokratische"), not what it is like ("gesamte", "neue")."""
    stem = _stem(adjective)
    return stem.endswith("sch") and len(stem) > 4 and stem not in _KIND_ADJECTIVES


# adjectives in "-isch" that say what kind of public body it is, not whose
# ("das städtische Umweltamt" is the "Umweltamt")
_KIND_ADJECTIVES = frozenset({"städtisch"})


def _stem(adjective: str) -> str:
    for end in sorted(ADJ_ENDINGS, key=len, reverse=True):
        if adjective.endswith(end):
            return adjective[: -len(end)]
    return adjective


def _strong(adjective: str, gender: str) -> str:
    """``adjective`` with the ending it has without an article before a noun
    of ``gender`` in the nominative ("" for a plural): "griechische" m ->
    "griechischer"."""
    return _stem(adjective) + _STRONG.get(gender, "e")


def government(label: str) -> bool:
    """``label`` is a bare "Regierung", "Bundesregierung": no body of its own
    but the state it governs, which the caller finds (the article's country)."""
    return label.lower() in GOVERNMENT_NOUNS
