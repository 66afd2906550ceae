"""A press release with no author named speaks for the organisation the
paragraph is about (issue 17): "Der WWF rief alle Länder zur Zählung auf. …,
betonte WWF-Experte X. Tiger seien begehrt, hieß es in der Aussendung." is the
WWF's, not the expert's whose quote came before; with no speaker at all ("Die
Arbeiterkammer hat die Mieten untersucht. Die Mieten seien gestiegen, heißt es
in der Aussendung.") the same. A release whose author is named ("in einer
Aussendung der Partei", "in einer Aussendung Xs") is left to the clause."""

from __future__ import annotations

from kg.extract.actors import is_media
from kg.extract.quotes_continued import Found
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.org_kinds import is_kind_noun
from kg.lang.de.speaker_chains import PRESS_RELEASE_ENDINGS

__all__ = ["press_releases"]

#: "hieß es", "heißt es": the verbs that cite the release
_CITING = frozenset({"heißt", "hieß", "heisst", "hiess"})
#: a genitive or "von" after the release's noun names its author
_OWNER = frozenset({"des", "der", "von", "vom"})
#: the articles that open a subject
_ARTICLES = frozenset({"der", "die", "das"})
#: how many sentences back the organisation the paragraph is about is looked for
_BACK = 3
#: how many words an opening article and adjectives take before the name
_OPENING = 4


def _release_without_author(view: DocView, si: int, a: int, b: int) -> bool:
    """Sentence ``si`` cites a press release after "hieß es" outside the quote
    ``a``-``b`` and names no author after the release's noun nor a person
    outside the quote."""
    sent = view.sents[si]
    doc = view.doc
    cited = False
    for j in range(sent.start, sent.end):
        if a <= doc[j].idx < b:
            continue
        if view.person(j) is not None:
            return False  # "sagte X in einer Aussendung": X's own
        low = view.lowers[j]
        if low in _CITING and j + 1 < sent.end and view.lowers[j + 1] == "es":
            cited = True
        elif (
            cited and doc[j].text[:1].isupper() and low.endswith(PRESS_RELEASE_ENDINGS)
        ):
            after = range(j + 1, min(sent.end, j + 3))
            return not any(
                view.lowers[k] in _OWNER or view.key(k) is not None for k in after
            )
    return False


def _opening_organisation(view: DocView, si: int) -> str | None:
    """The organisation that opens one of the sentences before ``si`` as its
    subject, the nearest ("Der WWF rief …", "Die Volkshilfe fordert …"); None
    when a sentence on the way opens with another name or an untagged noun for
    an organisation ("Der Mieterschutzverband sprach …": the release is not the
    organisation's named further back)."""
    doc = view.doc
    for sj in range(si - 1, max(-1, si - 1 - _BACK), -1):
        sent = view.sents[sj]
        first = sent.start
        while first < sent.end and not doc[first].is_alpha:
            first += 1
        if first >= sent.end:
            continue
        for j in range(first, min(sent.end, first + _OPENING)):
            k = view.key(j)
            if k is not None:
                return k if kind_of(k) is Kind.ORG and not is_media(k) else None
            if not doc[j].is_alpha:
                break
        if (
            doc[first].lower_ in _ARTICLES
            and first + 1 < sent.end
            and is_kind_noun(doc[first + 1].text)
        ):
            return None  # "Der Mieterschutzverband sprach …", the name untagged
    return None


def press_releases(view: DocView, found: list[Found]) -> list[Found]:
    """``found`` with a quote cited from a press release whose author is not
    named given the organisation the paragraph before is about, where its
    speaker is unknown or a person it got from the quote before."""
    out: list[Found] = []
    for f in found:
        a, b, si, kind, speaker, medium, label = f
        if (
            (speaker is None and label is None)
            or (speaker is not None and kind_of(speaker) is Kind.PERSON)
        ) and _release_without_author(view, si, a, b):
            org = _opening_organisation(view, si)
            if org is not None:
                f = (a, b, si, kind, org, medium, None)
        out.append(f)
    return out
