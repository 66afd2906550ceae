"""A quote whose speaker is named after it, in the next sentence.

10kGNAD has lost its quotation marks. A sentence that goes on a quote without a
reporting clause of its own (a Konjunktiv or first-person sentence,
:func:`kg.extract.quotes.find_quotes`) takes the speaker quoted before; but
when narration stands between that quote and the sentence, and the next
sentence opens with a quote that ends in its own reporting clause ("…, warnte
X."), the sentence is the opening of X's quote, which ran over two sentences
inside its marks:

    Ich bleibe im Amt, sagte Eva Roth. Der Saal war voll. Wir müssen sparen.
    Das wird hart, warnte Max Huber.

"Wir müssen sparen" is Max Huber's, not Eva Roth's. Used by
:func:`kg.extract.quotes.find_quotes`.
"""

from __future__ import annotations

import re

from kg.extract.quotes_continued import Found
from kg.extract.quotes_reported import first_person
from kg.extract.view import DocView

__all__ = ["named_after"]

_WORD = re.compile(r"\w")


def named_after(
    view: DocView, text: str, found: list[Found], carried: dict[tuple[int, int], int]
) -> list[Found]:
    """``found`` with each run of carried-on sentences (``carried``: (start,
    end) of a quote that goes on the quote before -> how many sentences back
    that quote stood) that opens after narration (two sentences back or more)
    given the speaker of the quote opening the sentence right after the run,
    when that quote ends in its own reporting clause, has another voice and
    the run's kind (direct or indirect), and does not turn to the first person
    where the run does not."""
    if not carried:
        return found
    by_sentence: dict[int, list[int]] = {}
    for n, f in enumerate(found):
        by_sentence.setdefault(f[2], []).append(n)
    out = list(found)
    runs = _runs(found, carried)
    for run in runs:
        first = found[run[0]]
        if carried[(first[0], first[1])] < 2:
            continue  # right after the quote it goes on
        nxt = found[run[-1]][2] + 1
        opener = _trailed_opener(view, text, found, by_sentence.get(nxt, []), carried)
        if opener is None:
            continue
        voice = (opener[4], opener[6])
        if voice == (None, None) or voice == (first[4], first[6]):
            continue
        if any(found[n][3] != opener[3] for n in run) or (
            _first_person(view, opener)
            and not any(_first_person(view, found[n]) for n in run)
        ):
            # one quote in marks keeps its mood and person: not a report
            # before a first-person quote ("Die Entwickler hätten …. Würde es
            # …, würde ich …, schreibt X")
            continue
        for n in run:
            a, b, si, kind, _, _, _ = found[n]
            out[n] = (a, b, si, kind, opener[4], opener[5], opener[6])
    return out


def _first_person(view: DocView, f: Found) -> bool:
    """The quote ``f`` speaks in the first person ("ich", "wir")."""
    span = view.doc.char_span(f[0], f[1], alignment_mode="expand")
    return span is not None and first_person(view, span)


def _runs(found: list[Found], carried: dict[tuple[int, int], int]) -> list[list[int]]:
    """The indices into ``found`` of the carried-on quotes, grouped by runs of
    consecutive sentences (one quote a sentence)."""
    runs: list[list[int]] = []
    order = sorted(
        (n for n, f in enumerate(found) if (f[0], f[1]) in carried),
        key=lambda n: found[n][2],
    )
    for n in order:
        if runs and found[runs[-1][-1]][2] == found[n][2] - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _trailed_opener(
    view: DocView,
    text: str,
    found: list[Found],
    here: list[int],
    carried: dict[tuple[int, int], int],
) -> Found | None:
    """The quote among ``here`` (indices into ``found``, one sentence) that
    opens its sentence and is followed by a reporting clause after a comma
    ("Das wird hart, warnte X."), not itself carried on."""
    for n in here:
        f = found[n]
        if (f[0], f[1]) in carried:
            continue
        sent = view.sents[f[2]]
        if _WORD.search(text[sent.start_char : f[0]]):
            continue  # a reporting clause or other words before it
        rest = text[f[1] : sent.end_char]
        if rest.lstrip(" \"“”»«'").startswith(",") and _WORD.search(rest):
            return f
    return None
