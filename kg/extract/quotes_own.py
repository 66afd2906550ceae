"""A speaker's own verb of saying inside their direct words (issue 17).

"Ich glaube, dass …", "Wir können uns nicht beklagen, dass …", "Ich bedaure,
euch mitteilen zu müssen, dass …": the one who says "ich" or "wir" before the
verb of saying is the speaker of the whole sentence, not of a report the
sentence holds. Such a sentence among a speaker's quoted sentences ("…. Es war
kein gutes Spiel. Wir müssen mehr laufen, sagte X.") is more of those words:
one direct quote with theirs, which :func:`kg.extract.quotes_continued.stretches`
then joins with the quotes beside it.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.quotes_continued import Found
from kg.extract.quotes_marked import trim_marks
from kg.extract.view import DocView

__all__ = ["own_reports"]

#: first-person subjects of a verb of saying ("ich glaube", "wir können sagen")
_SUBJECTS = frozenset({"ich", "wir"})
#: an addressee taken for a speaker's label ("Ich kann Ihnen sagen, dass …")
_ADDRESSEES = frozenset({"ihnen", "euch", "uns", "mir", "dir", "dich", "mich"})
#: quotation marks: where they stand, they bound the words
_MARKS = frozenset('"„“”»«')
#: the narrator's "wir" ("wie wir berichteten", "Wir haben nachgefragt")
_NARRATOR = frozenset({"berichtet", "berichteten", "berichtete", "nachgefragt"})


def own_reports(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a quote that no one is named for,
    whose sentence opens before it with a first-person subject ("Ich glaube,
    dass …"), made the direct quote of its whole sentence; its speaker is that
    of the direct quote in the sentence right after it (a run of unnamed direct
    quotes between them taking it too), else of the direct quote right before
    it."""
    sents = view.sents
    # "Ich glaube, es wäre ein Risiko, sagte X": the speaker's own words in
    # Konjunktiv II, no report
    out = [
        (*f[:3], "direct", *f[4:])
        if f[3] == "indirect" and _opens_own(view, sents[f[2]], f[0])
        else f
        for f in found
    ]
    for n, f in enumerate(out):
        a, b, si, kind, speaker, medium, label = f
        if speaker is not None or (kind == "direct" and label is not None):
            continue
        sent = sents[si]
        if a <= sent.start_char or not _own_frame(view, sent.start, a):
            continue
        if any(c in _MARKS for c in text[sent.start_char : sent.end_char]):
            continue  # quotation marks say where the words are
        if any(g is not f and g[2] == si for g in out):
            continue  # another quote in the sentence: its frame is no frame
        a, b = trim_marks(text, sent.start_char, sent.end_char)
        if b <= a:
            continue
        # a label is the narration's ("Ab der dritten Runde glaubte ich …"):
        # "ich" speaks, named by the quotes beside
        out[n] = (a, b, si, "direct", None, None, None)
        _name_run(out, n)
    return out


def _opens_own(view: DocView, sent: Span, a: int) -> bool:
    """The quote at ``a`` opens ``sent`` with "ich" or "wir"."""
    doc = view.doc
    i = sent.start
    while i < sent.end and (doc[i].idx < a or not doc[i].is_alpha):
        i += 1
    return (
        i < sent.end
        and doc[i].lower_ in _SUBJECTS
        and not doc[sent.start : i].text.strip(' "„“»«')
    )


def _named(f: Found) -> bool:
    """``f`` has a speaker or a label that is no addressee's pronoun."""
    return f[4] is not None or (f[6] is not None and f[6].lower() not in _ADDRESSEES)


def _own_frame(view: DocView, lo: int, a: int) -> bool:
    """The words of the sentence from token ``lo`` to the character ``a`` have
    a first-person subject and are no narrator's aside."""
    doc = view.doc
    words = []
    for i in range(lo, len(doc)):
        if doc[i].idx >= a:
            break
        words.append(doc[i].lower_)
    return bool(_SUBJECTS.intersection(words)) and not _NARRATOR.intersection(words)


def _name_run(out: list[Found], n: int) -> None:
    """Give the unnamed direct quote ``out[n]`` and the unnamed direct quotes in
    the sentences right after it the speaker of the direct quote that ends their
    run, or else that of the direct quote in the sentence right before."""
    run = [n]
    k = n + 1
    while k < len(out) and out[k][3] == "direct" and out[k][2] == out[run[-1]][2] + 1:
        run.append(k)
        if _named(out[k]):
            break
        k += 1
    end = out[run[-1]]
    if _named(end):
        who = (end[4], end[5], end[6])
        members = run[:-1]
    else:
        p = out[n - 1] if n > 0 else None
        if p is None or p[3] != "direct" or p[2] != out[n][2] - 1 or not _named(p):
            return
        who = (p[4], p[5], p[6])
        members = run
    for m in members:
        f = out[m]
        out[m] = (*f[:4], *who)
