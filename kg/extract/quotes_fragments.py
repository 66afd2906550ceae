"""Reported clauses that are only the front of the narrator's sentence (issue 17).

"Weil das viel zu gefährlich ist, verlangt die Straßenverkehrsordnung freie
Sicht", "Falls das Urteil nicht gekippt wird, drohen Konsequenzen", "Um die
Versorgung sichern zu können, forderte der Verband einen Plan": a verb of
saying ("verlangen", "drohen", "fordern") after a comma reads like the
reporting clause of the words before it, but those words are a subordinate
clause put first, which says nothing on its own; the main clause it belongs to
is the verb's. A quote is a statement: a subordinate clause alone is none.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.quotes_colon import Report
from kg.extract.view import DocView
from kg.lang.de.grammar import SUBORDINATE_ONLY

__all__ = ["after_colon", "fronted_clause"]

_MARKS = ' "“”„»«‚‘'


def fronted_clause(view: DocView, report: Report) -> bool:
    """``report`` is one subordinate clause that opens its sentence and ends
    at the comma before the main clause: it opens with a conjunction that
    only ever opens such a clause (:data:`kg.lang.de.grammar.SUBORDINATE_ONLY`:
    "Weil …", "Falls …", "Wenn …") or with "Um" and ends in "zu" and an
    infinitive ("Um … gewährleisten zu können"), has no comma of its own
    ("Wenn es regnet, bleiben wir daheim, sagte er" is a statement) and a
    comma follows it."""
    doc = view.doc
    span = doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    sent = span.sent
    if doc[sent.start : span.start].text.strip(_MARKS):
        return False  # "Er sagte, weil …": not the sentence's front
    if any(t.text in ",;:" for t in span):
        return False
    if not doc.text[report.end :].lstrip(_MARKS).startswith(","):
        return False
    first = span[0].lower_
    if first in SUBORDINATE_ONLY:
        return True
    return first == "um" and len(span) >= 3 and span[-2].lower_ == "zu"


#: words the narrator's clause before a colon has at least ("Die Portale machen
#: den Maklern Konkurrenz: Allein X hat nach eigenen Angaben …")
_NARRATION_WORDS = 4


def after_colon(view: DocView, sent: Span, cue: int, a: int) -> int:
    """The first character of a clause attributed by the source cue ``cue``
    ("laut", "nach Angaben", "zufolge") that begins at ``a``: after the last
    colon before the cue when the narrator's clause before it has
    :data:`_NARRATION_WORDS` words or more ("Die Portale machen den Maklern
    Konkurrenz: Allein X hat nach eigenen Angaben 750.000 Verträge vermittelt",
    "…: Laut der Zeitung ist sich der Verein einig"), not after a subordinate
    clause ("Auch wenn …: …"); else ``a``."""
    doc = view.doc
    colon = next(
        (k for k in range(cue - 1, sent.start, -1) if doc[k].text == ":"), None
    )
    if (
        colon is None
        or colon + 1 >= sent.end
        or sum(t.is_alpha for t in doc[sent.start : colon]) < _NARRATION_WORDS
        or not doc[colon + 1].text[:1].isupper()
        # "Auch wenn sich X gebessert hat: Als Badegewässer ist …": a
        # subordinate clause before the colon belongs to the statement
        or any(t.lower_ in SUBORDINATE_ONLY for t in doc[sent.start : sent.start + 2])
    ):
        return a
    return max(a, doc[colon + 1].idx)
