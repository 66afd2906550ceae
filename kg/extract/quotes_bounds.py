"""Where a reported clause begins and ends, beyond the comma after the verb of
saying (read by :mod:`kg.extract.quotes_reported`).

* Words set off between the verb and the clause are no part of it: "Sánchez
  sagte, wie viele andere auch, dass …"; a relative clause with a verb of
  saying of its own names who speaks: "zitiert zwei Forscher, die sagen, es
  sei …" (the Forscher, not the subject of "zitiert").
* A clause opened by "dass"/"ob" ends where the sentence goes on with a second
  verb of its subject: "Die Polizei sagte, dass er keine Vorstrafen habe, und
  veröffentlichte ein Foto".
* A clause before ", sagte X" that closes a quotation mark begins at the
  mark that opens it: "Er schrieb ein Buch. „Totale Erschöpfung“, berichtete
  seine Frau" (the sentences a splitter ran together are not the quote).
* The words before a verb of saying are no reported clause when they are its
  subject with a relative clause or an apposition: "Anna Ruiz, eine der
  Leiterinnen, erläuterte, warum …" reports the clause after the verb.
* A reporting clause with its verb last opens at the comma before its
  auxiliary, not at the comma of a name set off in it: "…, hatte die
  Richterin von Xstadt, Eva Roth, gesagt" (:func:`auxiliary_comma`).
* A Konjunktiv I clause before the colon that opens a quote is a report of its
  own: "Die Mieten seien zu hoch, meint Huber: Wir brauchen …, sagt er"
  (:func:`before_colon`; its comma clauses with no Konjunktiv are the
  narrator's at either end).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    FRONTED_SUBORDINATORS,
    INDEFINITE_ARTICLES,
    MODALS,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.speech import (
    QUESTION_NOUNS,
    REPORTED_CLAUSE_OPENERS,
    SUBJUNCTIVE_FORMS,
    SUBJUNCTIVE_I_FORMS,
    reporting_verbs,
)

__all__ = [
    "auxiliary_comma",
    "before_colon",
    "clause_end",
    "coordinated_predicate",
    "marked_start",
    "opening_comma",
    "subject_phrase",
]

# how many words back from the verb a verb-last reporting clause may open
_VERB_LAST_SPAN = 16

# how many words an insertion between the verb of saying and "dass" may have
_INSERTION = 12
_COORDINATORS = frozenset({"und", "oder", "aber", "sondern"})


def opening_comma(view: DocView, sent: Span, p: int) -> tuple[int, int | None]:
    """(comma, who) for the comma ``p`` after a verb of saying: the comma that
    really opens the reported clause, and, when a relative clause with a verb of
    saying lies between ("…, die sagen, es sei …"), the token of the noun the
    relative pronoun refers to (else None)."""
    doc = view.doc
    if doc[p].text != ",":
        return p, None
    nxt = doc[p + 1] if p + 1 < sent.end else None
    if nxt is None:
        return p, None
    if (
        nxt.lower_ in RELATIVE_PRONOUNS
        and p + 3 < sent.end
        and doc[p + 2].lower_ in reporting_verbs()
        and doc[p + 3].text in ",:"
    ):
        return p + 3, p - 1  # "zwei Forscher, die sagen, es sei …"
    if nxt.lower_ == "wie":
        for q in range(p + 2, min(sent.end - 1, p + 2 + _INSERTION)):
            t = doc[q]
            if _finite(t) or t.lower_ in SUBJUNCTIVE_FORMS:
                break  # "erklärte, wie sie es schaffte": an indirect question
            if t.text == "," and doc[q + 1].lower_ in REPORTED_CLAUSE_OPENERS:
                return q, None  # "sagte, wie viele andere, dass …"
    return p, None


def clause_end(view: DocView, sent: Span, p: int) -> int:
    """The token where the reported clause after the comma ``p`` ends: before
    ", und <finite verb>" when it opens with "dass"/"ob", and in a sentence
    opening with a fronted subordinate clause before the main clause's finite
    verb ("Während X davon ausging, dass es hart wird, war Y optimistischer");
    else the sentence end."""
    doc = view.doc
    if p + 1 >= sent.end or doc[p + 1].lower_ not in ("dass", "ob"):
        return sent.end
    fronted = doc[sent.start].lower_ in FRONTED_SUBORDINATORS
    for i in range(p + 3, sent.end - 2):
        if doc[i].text != ",":
            continue
        if doc[i + 1].lower_ in _COORDINATORS and _finite(doc[i + 2]):
            return i
        if fronted and _finite(doc[i + 1]):
            return i
    return sent.end


def _finite(t: Token) -> bool:
    """A word that is likely the finite verb opening a coordinated clause
    ("und veröffentlichte", "und hat", "und kündigte"): no tagger tells."""
    low = t.lower_
    return t.is_lower and (
        low in AUXILIARIES
        or low in MODALS
        or low in reporting_verbs()
        or (len(low) >= 6 and low.endswith(("te", "ten")))
    )


# lower-case words a name's noun phrase may hold ("Die Regierung von X")
_IN_NAME = frozenset({"von", "vom", "der", "des", "in", "im", "aus", "für", "und"})


def _noun_phrase(view: DocView, start: int, end: int) -> bool:
    """Tokens ``start``-``end`` are a noun phrase: an article, then capitalised
    words and the few lower-case words of a name ("Die Regierung von X")."""
    doc = view.doc
    i = start + 1 if doc[start].lower_ in ARTICLES else start
    return i < end and all(
        doc[n].text[:1].isupper() or doc[n].lower_ in _IN_NAME for n in range(i, end)
    )


def subject_phrase(view: DocView, start: int, k: int) -> bool:
    """Tokens ``start``-``k`` (``k`` the comma before a verb of saying) are the
    verb's subject, not a reported clause: a noun phrase with a relative clause
    that closes at ``k`` ("Die Regierung von X, die … geleitet wird, hat …
    erklärt"), or a name with an apposition ("Anna Ruiz, eine der Leiterinnen,
    erläuterte")."""
    doc = view.doc
    commas = [i for i in range(start, k) if doc[i].text == ","]
    if len(commas) != 1 or k - start > _INSERTION + 4:
        return False
    j = commas[0]
    if j + 1 >= k or j - start > 6 or not _noun_phrase(view, start, j):
        return False
    nxt = doc[j + 1].lower_
    if nxt in RELATIVE_PRONOUNS:
        head = doc[start]
        return bool(view.key(start)) or head.lower_ in ARTICLES
    named = view.key(j - 1)
    return (
        named is not None
        and all(view.key(i) == named for i in range(start, j))
        and nxt in ARTICLES | INDEFINITE_ARTICLES
        and not any(doc[i].lower_ in AUXILIARIES | MODALS for i in range(j + 1, k))
    )


_OPENING = frozenset({"„", '"', "»", "«", "“"})
_CLOSING = frozenset({"“", '"', "«", "»", "”"})
_SENTENCE_END = frozenset({".", "!", "?", ":", "…"})


def marked_start(view: DocView, q0: int, k: int) -> int:
    """Where the clause ``q0``-``k`` before the comma ``k`` of ", sagte X"
    begins: at the quotation mark that opens it when it ends in a closing mark
    and that opening mark comes later than ``q0``, else at ``q0``."""
    doc = view.doc
    if k - 1 <= q0 or doc[k - 1].text not in _CLOSING:
        return q0
    for m in range(k - 2, q0, -1):
        if doc[m].text in _CLOSING and doc[m].text != "„":
            if doc[m].text == doc[k - 1].text and doc[m - 1].text in _SENTENCE_END:
                return m  # straight marks "…": the same sign opens
            return q0  # another quotation closes before: keep the clause
        if doc[m].text in _OPENING:
            # only after the end of a sentence the splitter missed
            return m if doc[m - 1].text in _SENTENCE_END else q0
    return q0


def auxiliary_comma(view: DocView, sent: Span, k: int, c: int) -> int:
    """The comma that opens the reporting clause of the participle ``c``
    ("gesagt"): ``k``, the comma nearest before it, unless that one sets off a
    name inside the clause ("…, hatte die Richterin von Xstadt, Eva Roth,
    gesagt", "…, hatte die Sprecherin, Eva Roth, am Montag gesagt"), whose
    opening comma is the one before the auxiliary."""
    doc = view.doc
    form = reporting_verbs().get(doc[c].lower_)
    if form is None or not form.participle or doc[k + 1].lower_ in AUXILIARIES:
        return k
    commas = 0
    for j in range(k - 1, max(sent.start, c - _VERB_LAST_SPAN), -1):
        if doc[j].text != ",":
            continue
        commas += 1
        if commas > 2:
            break
        if doc[j + 1].lower_ in AUXILIARIES and any(
            view.person(i) for i in range(j + 2, k)
        ):
            return j
    return k


#: words a leading comma clause with no Konjunktiv may have and still open the
#: report ("Immerhin, so der Sozialarbeiter, sei …"); a longer one is narration
#: ("Der Mann starb noch an der Unfallstelle, seine Frau liege im Koma: …")
_LEADING_WORDS = 3


def before_colon(view: DocView, sent: Span, start: int) -> tuple[int, int] | None:
    """The characters of the report before the colon right before character
    ``start`` of ``sent`` (where a quote found opens): its comma clauses from
    the first to the last with a Konjunktiv (:data:`SUBJUNCTIVE_FORMS`), one of
    them in Konjunktiv I, the others the narrator's ("…, meint denn auch Anwalt
    X: …", "Der Mann starb …, seine Frau liege im Koma: …"); None when no colon
    stands there, a word speaks in the first person, or a question frames it
    ("Auf die Frage, ob er … stehe, erklärte X: …")."""
    doc = view.doc
    colon = next(
        (t.i for t in sent if t.text == ":" and t.idx < start),
        None,
    )
    if colon is None or doc.text[doc[colon].idx + 1 : start].strip(' "„“»«'):
        return None
    words = range(sent.start, colon)
    if any(view.lowers[i] in QUESTION_NOUNS | {"ich", "wir"} for i in words):
        return None
    clauses: list[list[int]] = [[]]
    for i in words:
        if doc[i].text == ",":
            clauses.append([])
        else:
            clauses[-1].append(i)
    forms = set(view.positions(SUBJUNCTIVE_FORMS))
    marked = [
        n
        for n, c in enumerate(clauses)
        if any(i in forms and doc[i].is_lower for i in c)
    ]
    first_forms = set(view.positions(SUBJUNCTIVE_I_FORMS))
    if not marked or not any(i in first_forms and doc[i].is_lower for i in words):
        return None
    lo = next((n for n in range(marked[0]) if len(clauses[n]) > _LEADING_WORDS), None)
    first = marked[0] if lo is not None else 0
    kept = [i for c in clauses[first : marked[-1] + 1] for i in c]
    if len(kept) < 4:
        return None
    return doc[kept[0]].idx, doc[kept[-1]].idx + len(doc[kept[-1]].text)


#: adverbs right after the verb of a second predicate of one subject ("lobte
#: das Projekt, forderte aber mehr Geld")
_SECOND_PREDICATE = frozenset(
    {"aber", "jedoch", "zugleich", "gleichzeitig", "zudem", "außerdem", "dann"}
)


def coordinated_predicate(view: DocView, start: int, k: int, c: int) -> bool:
    """ "Haßelmann begrüßte zwar die Annäherung, forderte aber Zusagen": the
    verb ``c`` right after the comma ``k`` is a second predicate of the subject
    the clause before opens with (an actor named in its first words), not a
    reporting clause after a quote, when an adverb of a second predicate
    follows it ("aber", "jedoch", "zudem" …)."""
    doc = view.doc
    if c + 1 >= len(doc) or doc[c + 1].lower_ not in _SECOND_PREDICATE:
        return False
    return any(view.key(i) is not None for i in range(start, min(k, start + 6)))
