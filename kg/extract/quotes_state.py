"""Who an unnamed voice speaks for: a government for its state ("die
Regierung", "ein Regierungssprecher"), a body's text for the body ("laut
Jahresbericht", "heißt es in der Aussendung").

An unnamed government or its spokesperson speaks for the state (the gold's
speaker rules: "die Regierung" -> Griechenland). :mod:`kg.extract.speakers`
reads the state where the phrase names it ("die Regierung von Xland", "die
ungarische Regierung"); this pass settles the labels left bare, against the
article: the state whose capital the quote's sentence names ("…, halten sich
nach Angaben der Regierung in Ystadt auf"), else the one state whose
government the article names elsewhere ("Die Regierung von Xland hat …").

A quote cited from a text with no body named ("laut Jahresbericht", "dem
Bericht zufolge", "heißt es in dem Schreiben") is the body's whose text the
article named before ("aus einer Erhebung des Landesamts"), and so are the
quotes that go on from it.
"""

from __future__ import annotations

from kg.extract.actors import is_media, state_of_capital
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of
from kg.extract.sources import nominative_in
from kg.extract.speakers import as_state
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, PREPOSITIONS
from kg.lang.de.speech import (
    BODY_DOCUMENT_ENDINGS,
    GOVERNMENT_NOUNS,
    INVESTIGATOR_NOUNS,
    MEDIA_NOUNS,
    PROSECUTOR_ENDINGS,
    SPOKESPERSON_ENDINGS,
)
from kg.lang.de.speech_sources import DOCUMENT_FILING_VERBS

__all__ = [
    "document_bodies",
    "government_labels",
    "investigator_labels",
    "outlet_labels",
]

# the words that cite a text in its sentence ("laut Bericht", "dem Bericht
# zufolge", "heißt es in der Aussendung", "geht aus einer Studie hervor")
_CITING = frozenset({"laut", "zufolge", "heißt", "hieß", "hervor"})
# the genitive or "von" after a text's noun that names its author
_OWNER = frozenset({"des", "der", "von", "vom"})


def _government(label: str) -> bool:
    """ "Regierung", "Regierungssprecherin": a government or its voice."""
    low = label.lower()
    if low in GOVERNMENT_NOUNS:
        return True
    end = next((e for e in SPOKESPERSON_ENDINGS if low.endswith(e)), None)
    return end is not None and low[: -len(end)].rstrip("s-") in GOVERNMENT_NOUNS


def _governments(view: DocView) -> set[str]:
    """The states whose governments the article names as organisations
    ("Regierung (Xland)")."""
    out = set()
    for key, e in view.entities.items():
        if kind_of(key) is Kind.ORG and e.name.partition(" (")[0].lower() in (
            GOVERNMENT_NOUNS
        ):
            state = as_state(key, view)
            if state is not None and kind_of(state) is Kind.PLACE:
                out.add(state)
    return out


def _capital_state(view: DocView, si: int) -> str | None:
    """The state of the one capital the sentence ``si`` names, if the article
    names that state."""
    sent = view.sents[si]
    states = set()
    for j in range(sent.start, sent.end):
        k = view.key(j)
        if k is not None and kind_of(k) is Kind.PLACE:
            state = state_of_capital(k, view.entities)
            if state is not None and state != k:
                states.add(state)
    return next(iter(states)) if len(states) == 1 else None


def government_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a bare government label ("Regierung",
    "Regierungssprecher") given the state it speaks for, where the article
    tells which; other quotes as they are."""
    if not any(f[4] is None and f[6] and _government(f[6]) for f in found):
        return found
    governments: set[str] | None = None
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label and _government(label):
            state = _capital_state(view, si)
            if state is None:
                if governments is None:
                    governments = _governments(view)
                if len(governments) == 1:
                    state = next(iter(governments))
            if state is not None:
                f = (a, b, si, kind, state, medium, None)
        out.append(f)
    return out


def _document(word: str, text: str) -> bool:
    """``word`` (lower case; ``text`` as written) is a noun for a body's text,
    not a medium's ("Medienbericht", "Zeitungsbericht")."""
    return (
        text[:1].isupper()
        and word.endswith(BODY_DOCUMENT_ENDINGS)
        and not word.startswith(("medien", "zeitung", "presseb"))
    )


def _cited_document(view: DocView, si: int) -> str | None:
    """The noun (lower case) of the text the sentence ``si`` cites with no
    speaker named next to it, if it cites one."""
    sent = view.sents[si]
    lowers = view.lowers[sent.start : sent.end]
    if not _CITING.intersection(lowers):
        return None
    texts = view.texts[sent.start : sent.end]
    for n, w in enumerate(lowers):
        if _document(w, texts[n]):
            j = sent.start + n
            after = range(j + 1, min(sent.end, j + 4))
            if not any(view.key(k) for k in after):
                return w
    return None


def _organisation(view: DocView, key: str | None) -> bool:
    return (
        key is not None
        and kind_of(key) is Kind.ORG
        and not is_media(key)
        and as_state(key, view) == key
    )


def _author(view: DocView, si: int) -> str | None:
    """The body whose text the article names before sentence ``si`` ("aus
    einer Erhebung des Landesamts", the nearest)."""
    for sj in range(si - 1, -1, -1):
        sent = view.sents[sj]
        lowers = view.lowers[sent.start : sent.end]
        texts = view.texts[sent.start : sent.end]
        for n, w in enumerate(lowers):
            if not _document(w, texts[n]) or n + 2 >= len(lowers):
                continue
            if lowers[n + 1] in _OWNER:
                k = view.key(sent.start + n + 2)
                if _organisation(view, k):
                    return k
    return None


# how many sentences back the text's filing is looked for
_FILED_BACK = 12


# prepositions a filer's name does not follow ("beim Bezirksamt")
_NOT_FILER_BEFORE = PREPOSITIONS | {"beim"}


def _after_preposition(view: DocView, i: int, start: int) -> bool:
    """The name at token ``i`` follows a preposition, also with an article
    between ("beim Amt", "bei dem Amt")."""
    lowers = view.lowers
    if i > start and lowers[i - 1] in _NOT_FILER_BEFORE:
        return True
    return (
        i - 1 > start
        and lowers[i - 1] in ARTICLES
        and lowers[i - 2] in _NOT_FILER_BEFORE
    )


def _filer(view: DocView, si: int, noun: str) -> str | None:
    """The person or body that filed the text ``noun`` the sentence ``si``
    cites, named as the subject of a sentence before that names the same text
    or files it ("Die Gesellschaft hat ein Bauansuchen eingereicht. … heißt es
    in dem Ansuchen", "X hat Y auf Schadenersatz geklagt. … heißt es in der
    Klagsschrift"): the first person or body of the nearest such sentence, not
    after a preposition (a dateline's place is none)."""
    ending = next((e for e in BODY_DOCUMENT_ENDINGS if noun.endswith(e)), noun)
    verbs = DOCUMENT_FILING_VERBS.get(ending, frozenset())
    for sj in range(si - 1, max(-1, si - _FILED_BACK - 1), -1):
        sent = view.sents[sj]
        hit = next(
            (
                i
                for i in range(sent.start, sent.end)
                if view.lowers[i] in verbs
                or (view.texts[i][:1].isupper() and view.lowers[i].endswith(ending))
            ),
            None,
        )
        if hit is None:
            continue
        for i in range(sent.start, hit):
            k = view.key(i)
            if k is None or (i > sent.start and view.key(i - 1) == k):
                continue  # no name, or inside one
            if _after_preposition(view, i, sent.start):
                continue  # "am Wiener Flughafen": no subject
            if kind_of(k) is Kind.PERSON or _organisation(view, k):
                return k
        return None
    return None


def _before_filed(out: list[Found], si: int, author: str) -> None:
    """Give ``author`` the unattributed indirect quotes of the sentences right
    before sentence ``si`` that cites the text it filed ("Die Folgen hätten …
    vernichtet. So habe X … verloren, heißt es in der Klagsschrift"): the
    text's chain of Konjunktiv, in place."""
    n = len(out) - 1
    while n >= 0:
        a, b, sj, kind, speaker, medium, label = out[n]
        if speaker is not None or label is not None or kind != "indirect":
            return
        if sj != si - 1:
            return
        out[n] = (a, b, sj, kind, author, medium, None)
        si, n = sj, n - 1


def document_bodies(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a quote cited from a body's text, no speaker named, given
    that body (:func:`_author`), and the unattributed quotes right after it
    (the next sentences) too; a text's filer (:func:`_filer`) also gets the
    unattributed indirect quotes right before it (:func:`_before_filed`)."""
    out: list[Found] = []
    body: tuple[str, int] | None = None  # the body given and its last sentence
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label is None:
            if body is not None and si - body[1] in (0, 1):
                f = (a, b, si, kind, body[0], medium, None)
                body = (body[0], si)
            elif (noun := _cited_document(view, si)) is not None:
                author = _author(view, si)
                if author is None and (author := _filer(view, si, noun)):
                    _before_filed(out, si, author)
                if author is not None:
                    f = (a, b, si, kind, author, medium, None)
                    body = (author, si)
            else:
                body = None
        else:
            body = None
        out.append(f)
    return out


# how many sentences back an outlet's noun ("das Blatt") looks for the outlet
_OUTLET_BACK = 5
# the words for an outlet; an interview is none ("Interviews verrieten")
_OUTLET_NOUNS = MEDIA_NOUNS - {"interview"}


def _outlet_noun(label: str) -> bool:
    """``label`` is a word for a news outlet, also in the genitive
    ("Nachrichtenmagazins", "das Blatt", :data:`MEDIA_NOUNS`)."""
    low = label.lower()
    forms = {low, low[:-1]} if low.endswith("s") else {low}
    if low.endswith("es"):
        forms.add(low[:-2])
    return any(
        f.endswith(n) and (f == n or len(n) >= 5) for f in forms for n in _OUTLET_NOUNS
    )


def _outlet_before(view: DocView, si: int) -> str | None:
    """The news outlet named last before the end of sentence ``si``, in it
    or the sentences just before: a known one, or one the text calls so ("das
    Magazin Nordblick")."""
    for sj in range(si, max(-1, si - _OUTLET_BACK - 1), -1):
        sent = view.sents[sj]
        for i in range(sent.end - 1, sent.start - 1, -1):
            k = view.key(i)
            if k is None or kind_of(k) is not Kind.ORG:
                continue
            if is_media(k) or (
                i > 0 and view.key(i - 1) != k and view.lowers[i - 1] in MEDIA_NOUNS
            ):
                return k
    return None


def outlet_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a bare outlet's noun as label ("Nach Informationen des
    Nachrichtenmagazins", "schreibt das Blatt") given the outlet named just
    before as speaker and medium (an outlet reporting on its own authority);
    other quotes as they are. :func:`kg.extract.quotes_continued.settle_labels`
    gives it the outlet of a quote just before; this pass the outlet the text
    names where no quote of it came before ("Das berichtet der X.")."""
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label and _outlet_noun(label):
            outlet = _outlet_before(view, si)
            if outlet is not None:
                f = (a, b, si, kind, outlet, medium or outlet, None)
        out.append(f)
    return out


#: the investigating bodies "die Ermittler" speak for (also in the genitive)
_INVESTIGATING = (*PROSECUTOR_ENDINGS, "polizei")


def _investigating_body(view: DocView, before: int) -> tuple[str | None, str | None]:
    """(key, label) of the investigating body the article names last before
    character ``before`` ("der römischen Staatsanwaltschaft", "des
    Landeskriminalamts"): its entity if it is one, else its noun in the
    nominative."""
    doc = view.doc
    for i in range(len(doc) - 1, -1, -1):
        t = doc[i]
        if t.idx >= before or not t.text[:1].isupper() or not t.is_alpha:
            continue
        low = t.lower_
        if not low.rstrip("s").endswith(_INVESTIGATING) or "-" in t.text:
            continue
        k = view.key(i)
        if k is not None:
            return (k, None) if kind_of(k) is Kind.ORG else (None, None)
        after_des = i > 0 and doc[i - 1].lower_ in ("des", "eines")
        return None, nominative_in(view, t.text) if after_des else t.text
    return None, None


def investigator_labels(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with the bare label "Ermittler" ("stellten die Ermittler
    fest", "nach Erkenntnissen der Ermittler") given the investigating body
    the article named before (the prosecution, the police); other quotes as
    they are."""
    out = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label and label.lower() in INVESTIGATOR_NOUNS:
            key, body = _investigating_body(view, a)
            if key is not None or body is not None:
                f = (a, b, si, kind, key, medium, body)
        out.append(f)
    return out
