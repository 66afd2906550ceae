"""A reply that names neither who replies nor whom: "Merton wurde von der SPD
vorgeschlagen, lehnte aber ab", "Poe bot den Text dem Verlag X an, welcher
jedoch ablehnte".

Two rules for the clause of a verbal interaction (:mod:`kg.extract.interactions`):

* :func:`comma_elliptic_subject`: a clause that opens with its finite verb right
  after a comma and holds nothing but adverbs and the verb's particle (", lehnte
  aber ab", ", stimmte schließlich zu") has the subject of the sentence's first
  clause, the actor opening the sentence (after a nominative article): German
  leaves out the subject a coordinated main clause shares.
* :func:`offer_author`: a rejection or an agreement that names nobody it answers
  answers the one who offered or proposed earlier in the sentence (a verb of
  :func:`kg.lang.de.offers.offer_verbs`): the agent of a passive ("von der SPD
  vorgeschlagen"), else the first actor of the offer's clause that no
  preposition and no object article governs ("Die SPD bot Huber den Vorsitz
  an"); none when that one replies itself; ``bench/quote_gold.md`` gives a
  rejected proposal's author as the target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.interaction_checks import preposition_of
from kg.extract.interaction_parts import clause
from kg.extract.view import DocView
from kg.lang.de.grammar import AGENT_PREPOSITIONS, PASSIVE_AUXILIARIES
from kg.lang.de.offers import offer_verbs
from kg.lang.de.speech import SpeechAct

__all__ = ["comma_elliptic_subject", "offer_author"]

Actor = Callable[[int], "str | None"]

# the articles of a subject in the nominative before the actor opening the
# sentence ("Die SPD bot …"); not "Dem Minister", "Den USA": an object
_NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# lower-case words that are a subject of their own after the verb ("lehnte er
# ab", "stimmte man zu"): the clause names its subject
_OWN_SUBJECTS = frozenset("ich du er sie es wir ihr man".split())
# the articles of a dative or accusative object ("Dem Verband bot die
# Regierung … an"): no offerer
_OBJECT_ARTICLES = frozenset({"dem", "den", "einem", "einen"})
# the types of a reply to an offer
_REPLIES = frozenset({"REJECT", "AGREE"})


def comma_elliptic_subject(
    view: DocView, sent: Span, lo: int, v: int, hi: int, actor: Actor
) -> str | None:
    """The subject the clause ``lo``-``hi`` shares with the sentence's first
    clause when it opens with its finite verb at ``v`` right after a comma and
    holds no word but lower-case adverbs and the particle ("Merton wurde …
    vorgeschlagen, lehnte aber ab" -> Merton), else ``None``."""
    doc = view.doc
    if v != lo or lo <= sent.start + 1 or doc[lo - 1].text != ",":
        return None
    rest = doc[v + 1 : hi]
    if not all(
        (t.is_lower and t.is_alpha and t.lower_ not in _OWN_SUBJECTS) or t.is_punct
        for t in rest
    ):
        return None  # "…, lehnte die Partei ab": a subject of its own
    i = sent.start
    if view.lowers[i] in _NOMINATIVE_ARTICLES:
        i += 1
        if i + 1 < lo and view.key(i) is None and view.key(i + 1) is not None:
            i += 1  # "Die Partei Nordbund": the noun of its kind before the name
    elif not view.texts[i][:1].isupper() or view.key(i) is None:
        return None  # "Dem Minister …", "Nachdem …": no subject opening it
    return actor(i) if i < lo else None


def offer_author(
    view: DocView, sent: Span, lo: int, act: SpeechAct, source: str, actor: Actor
) -> str | None:
    """The one who offered what the rejection or agreement of ``act`` in the
    clause opening at ``lo`` answers, from the nearest verb of offering before
    it in the sentence ``sent`` ("Die SPD bot Huber den Vorsitz an, doch Huber
    lehnte ab" -> SPD); ``None`` for other acts, when no offer comes before, or
    when the offerer is the ``source``."""
    if act.type not in _REPLIES:
        return None
    offers = offer_verbs()
    doc = view.doc
    for o in range(lo - 1, sent.start - 1, -1):
        form = offers.get(doc[o].lower_)
        if form is None or not doc[o].is_lower:
            continue
        c_lo, c_hi = clause(sent, o)
        if form.particle and not any(
            view.lowers[j] == form.particle for j in range(o + 1, c_hi)
        ):
            continue  # "bot Schutz": no offer without its "an"
        passive = form.participle and any(
            view.lowers[j] in PASSIVE_AUXILIARIES for j in range(c_lo, c_hi)
        )
        for j in range(c_lo, c_hi):
            k = actor(j)
            if k is None or (k == source and passive):
                continue
            if not passive and j > c_lo and view.lowers[j - 1] in _OBJECT_ARTICLES:
                continue  # "Dem Verband bot die Regierung … an": not the offerer
            p = preposition_of(view, j, c_lo)
            if (p in AGENT_PREPOSITIONS) if passive else p is None:
                # "Die SPD bot X … an, lehnte aber ab": the SPD replies to no
                # offer of its own
                return k if k != source else None
        return None
    return None
