"""A sentence of the speaker's own words right after a quote whose reporting
clause ends its sentence: "Das sei empörend, kritisierte Kerry. Russland hat
eine Verantwortung." — newspapers without quotation marks (10kGNAD has lost
most of them) print "„…“, sagte X. „…“" so, the second quote standing alone.

Used by :func:`kg.extract.quotes.find_quotes` after the other ways a sentence
goes on a quote (Konjunktiv, first person, colon) have failed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.coref import surname, surnames_of
from kg.extract.quotes_continued import Found, subjunctive
from kg.extract.quotes_reported import saying_cues
from kg.extract.view import DocView
from kg.lang.de.grammar import MODALS
from kg.lang.de.speech import NARRATION_WORDS, SPOKEN_MARKERS
from kg.lang.de.time_tense import PAST
from kg.temporal.tense import tense_of

__all__ = ["said_on"]

#: words of the reporting clause after the quote at most ("…, sagte der
#: Leiter der Abteilung im Amt der Landesregierung, Harald Dreher.")
_CLAUSE_WORDS = 16
#: words of the sentence after it at most: a statement, not a paragraph of news
_SAID_WORDS = 22
_MARKS = ' "“”„»«‚‘'


def _trailing(view: DocView, text: str, f: Found, sent: Span) -> bool:
    """The quote ``f`` ends at a comma before its reporting clause, which ends
    the sentence: "…, sagte X am Montag.", "…, wie X mitteilte.", "…, so X."."""
    tail = text[f[1] : sent.end_char].lstrip(_MARKS)
    if not tail.startswith(",") or ":" in tail or ";" in tail:
        return False
    toks = [t for t in sent if t.idx >= f[1]]
    if sum(t.is_alpha for t in toks) > _CLAUSE_WORDS:
        return False
    first = next((t for t in toks if t.is_alpha), None)
    if first is not None and first.lower_ == "so":
        return True
    cues = saying_cues(view, sent)
    return any(toks[0].i <= c for c in cues) if toks else False


def said_on(view: DocView, text: str, found: list[Found], si: int) -> bool:
    """Sentence ``si`` is more of the words of the quote of sentence ``si - 1``:

    * that quote ends before its reporting clause, which ends its sentence
      (:func:`_trailing`; not "X sagte, …": the narrator goes on after it);
    * the sentence reports nothing itself (no verb of saying, no Konjunktiv),
      names no person (also by surname) and no organisation, has no colon,
      quotation mark, dash or parenthesis, no figure, no "er", "sie", "soll"
      (:data:`kg.lang.de.speech.NARRATION_WORDS`: narration about someone);
    * it is not in the narrator's past ("Die Polizei nahm ihn fest.",
      :data:`kg.lang.de.time_tense.PAST`, :func:`kg.temporal.tense.tense_of`)
      and has at most :data:`_SAID_WORDS` words;
    * it has a word of a speaker's own voice ("müssen", "kein", "eben",
      "hier": :data:`kg.lang.de.speech.SPOKEN_MARKERS`)."""
    sents = view.sents
    if si < 1:
        return False
    before, sent = sents[si - 1], sents[si]
    prev = [f for f in found if f[2] == si - 1 and f[1] <= before.end_char]
    if not prev or not any(
        (f[4] is not None or f[6] is not None) and _trailing(view, text, f, before)
        for f in prev[-1:]
    ):
        return False
    if saying_cues(view, sent) or subjunctive(view, sent):
        return False
    surnames = surnames_of(view)
    words = 0
    for t in sent:
        low = t.lower_
        if (
            (low in NARRATION_WORDS and not _infinitive_sein(t))
            or low in PAST
            or low[:1].isdigit()
            or t.text in _NOT_SAID
            or view.person(t.i) is not None
            or view.org(t.i) is not None
            or surname(surnames, t.text) is not None
        ):
            return False
        words += t.is_alpha
    if words < 3 or words > _SAID_WORDS or _preterite(sent):
        return False
    if not any(t.lower_ in SPOKEN_MARKERS for t in sent):
        return False  # "Bis zu elf Kameras sind im Einsatz.": the narrator
    return tense_of(sent.text) != "past"


def _infinitive_sein(t: Token) -> bool:
    """``t`` is "sein" the verb at its clause's end ("Viele werden hier
    sein."), not the possessive of narration about someone ("sein Sohn")."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return t.lower_ == "sein" and (nxt is None or nxt.is_punct)


def _preterite(sent: Span) -> bool:
    """A lower-case word in "-te"/"-ten" that no article or noun makes an
    adjective ("sperrte die Straße", not "die letzte Woche"): the narrator's
    simple past, which :func:`kg.temporal.tense.tense_of` reads only from its
    lists ("heute" is read so too: the sentence is left alone)."""
    toks = list(sent)
    for n, t in enumerate(toks):
        low = t.lower_
        if not (t.is_lower and len(low) >= 5 and low.endswith(("te", "ten"))):
            continue
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # "die letzte Woche", "einen großen Fehler"
        if (nxt is None or nxt.is_punct) and any(x.lower_ in MODALS for x in toks[:n]):
            continue  # "… muss auch in der Krise gelten.": an infinitive
        return True
    return False


_NOT_SAID = frozenset({":", "„", "“", '"', "»", "«", "(", ")", "–", "—", "?"})
