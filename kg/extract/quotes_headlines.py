"""Headlines, sub-headings and captions, which hold no quote (issue 17).

News text from feeds and web pages puts a headline, a sub-heading or a
picture's caption on a line of its own, without a full stop: "Fresenius: Warum
man diese Aktie haben muss", "Polizeipräsenz im Kreis X: „Nur fünf
Streifenwagen im Einsatz“", "Experten: Airlines wimmeln Forderungen ab". Its
"Name: …" or its marked words read as a statement, but a title is no quote
(``bench/quote_gold.md``). :func:`in_headline` tells such a line: the quote
runs to the end of a line that a line break ends, and that line's last word
is no sentence's end (no ".", "!", "?", "…", ":" or ";" before the closing
marks, nor a comma of a line wrapped by hand), no sentence ends inside it
(else it is a paragraph cut off), and the quote starts the line or follows a
colon or an opening mark on it (a reported clause "X meldete, dass …" cut off
at the line's end is no headline). A quote after "Name:" that runs on past
the headline's line into the text under it keeps only that text.

Text without line breaks (one paragraph, as in 10kGNAD) is left alone, and so
are the text's last line, which may be a sentence cut off, and a quote wrapped
over lines. There a sub-heading runs into the next sentence without a stop
("Billiger als erwartet Der Park sei billiger als …"): :func:`glued_heading`
starts a quote that opens such a sentence after the heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.quotes_continued import Found
from kg.extract.view import DocView
from kg.lang.de.headings import HEADING_BREAK_WORDS

__all__ = ["glued_heading", "in_headline", "without_headlines"]

#: characters that end a sentence, or a line leading into the next one
#: (also a line wrapped by hand after a comma or a dash)
_ENDS = ".!?…:;,-–"
#: what stands right before a headline's statement on its line, if anything:
#: the colon after a name, an opening quotation mark
_LEADS = ':„"»«“‚'
#: opening quotation marks
_OPENING = '„"»«“‚'
#: closing quotation marks and brackets after a sentence's last word
_CLOSING = "\"“”»«‘’')]"
#: a headline's most words; a longer line without a full stop is running text
_MAX_WORDS = 30
_WORD = re.compile(r"\w")
#: a sentence's end inside a line: a word of four characters or more (no
#: abbreviation: "8,7 Mrd. Euro"), its mark, a capital after it
_SENTENCE_END = re.compile(r"\w{4,}[.!?][\"“”»«']?\s+[A-ZÄÖÜ„\"»]")


def in_headline(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` lies on a headline's line.

    Example
    -------
    >>> t = "Bauer: Der Hof hat Zukunft\\nDer Bauer sagte, er bleibe."
    >>> in_headline(t, 7, 26), in_headline(t, 44, 53)
    (True, False)
    """
    piece = text[a:b]
    a, b = a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip())
    if "\n" in text[a:b]:
        if text[a - 1 : a] in _OPENING:
            return False  # a marked quote wrapped over lines
        b = text.index("\n", a)  # "Name: headline" glued to the line after it
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    if end < 0 or not text[end:].strip():
        return False  # the last line: perhaps a sentence cut off
    if _WORD.search(text[b:end]):
        return False  # words after it: running text cut off at the line's end
    lead = text[start:a].rstrip()
    if lead and lead[-1] not in _LEADS:
        return False  # "X meldete, dass …": a reported clause, no title
    line = text[start:end].strip()
    if not line or len(line.split()) > _MAX_WORDS or _SENTENCE_END.search(line):
        return False  # running text: a paragraph cut off at its end
    tail = line.rstrip(_CLOSING + " \u00a0")
    return bool(tail) and tail[-1] not in _ENDS


def without_headlines(text: str, found: list[Found], starts: list[int]) -> list[Found]:
    """``found`` without the quotes on a headline's line; a quote that runs on
    from a headline past its line keeps the rest where that is three words or
    more (``starts``: the offsets where the sentences start, for its sentence).
    """
    out = []
    for f in found:
        a, b = f[0], f[1]
        if not in_headline(text, a, b):
            out.append(f)
            continue
        brk = text.find("\n", a, b)
        if brk < 0:
            continue
        rest = brk + len(text[brk:b]) - len(text[brk:b].lstrip())
        if len(text[rest:b].split()) >= 3:
            si = max(f[2], bisect_right(starts, rest) - 1)
            out.append((rest, b, si, *f[3:]))
    return out


#: words of a sub-heading glued to its sentence at most
_HEADING_WORDS = 6
#: words of the quote after the heading at least
_AFTER_HEADING = 3


def glued_heading(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` with each quote that opens its sentence, or follows the colon
    of a "Name:" opening it, started after a sub-heading glued to it: a
    capitalised article, pronoun or preposition
    (:data:`kg.lang.de.headings.HEADING_BREAK_WORDS`) among its first
    :data:`_HEADING_WORDS` words, with only words (no punctuation) before it
    and no name it opens ("die Zeitung Die Welt"), opens the sentence the
    heading runs into: "Billiger als erwartet Der Park sei …" quotes "Der Park
    sei …"."""
    sents = view.sents
    out: list[Found] = []
    for f in found:
        a = f[0]
        sent = sents[f[2]]
        lead = text[sent.start_char : a].strip(_OPENING + " ")
        if not sent.start_char <= a or (lead and not lead.endswith(":")):
            out.append(f)  # the quote does not open its sentence, nor a "Name:"
            continue
        toks = [t for t in sent if t.idx >= a]
        cut = None
        for n in range(1, min(len(toks), _HEADING_WORDS + 1)):
            t, prev = toks[n], toks[n - 1]
            if not (prev.is_alpha or prev.like_num):
                break  # punctuation: running text, no heading
            if t.text in HEADING_BREAK_WORDS and view.key(t.i) is None:
                cut = n
                break
        if cut is not None and sum(t.is_alpha for t in toks[cut:]) >= _AFTER_HEADING:
            b = toks[cut].idx
            if b < f[1]:
                out.append((b, *f[1:]))
                continue
        out.append(f)
    return out
