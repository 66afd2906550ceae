"""Sentences, clauses and their tense: which way an expression without a year points.

The tense that decides a direction is read from the clause an expression stands
in (commas, colons, quotes and dashes bound it), else from its sentence with the
verbs of saying left out ("…, erklärte er am Montag" dates the statement, not
what it says). The verb forms are German word knowledge in
:mod:`kg.lang.de.time_tense`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.lang.de.speech import SAYING_VERBS_FOR_TIMES
from kg.lang.de.time_tense import (
    AUXILIARIES,
    NOT_PARTICIPLES,
    NOT_PRETERITE_STARTS,
    PAST,
    PRESENT,
    STRONG_FUTURE,
    STRONG_PAST_ENDINGS,
    WEAK_FUTURE,
    WEAK_PAST_ENDINGS,
    WEAK_PRETERITE_ENDINGS,
)

__all__ = ["ClauseTenses", "sentence_tense", "split_sentences", "tense_of"]

# lowercase words only: German nouns are capitalised ("das Treffen", "treffen")
_WORD_RE = re.compile(r"\b[a-zäöüß]+\b")
_CLAUSE_SPLIT = re.compile(r"[,;:()\"„“”«»]|\s[-–—]\s")
_SENT_END = re.compile(r"[.!?]+[\"“”»]*\s+|\n\s*")
# Partizip II: "gesagt", "angekündigt", "getroffen", "besucht", "verhandelt",
# "informiert"; with an inseparable prefix also the strong ones in -en, which have
# no ge- ("empfangen", "beraten", "verlassen", "entschieden"): only read as a
# participle next to an auxiliary of the Perfekt ("hat … empfangen"), where the
# same word is otherwise an infinitive or a present plural ("sie beraten")
_PARTICIPLE = re.compile(
    r"(?:(?:an|ab|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|statt|teil|vor|weg|"
    r"zu|zurück|zusammen|vorbei|dar|durch|wieder)?ge[a-zäöüß]{2,}(?:t|en)"
    r"|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)"
)
_ARTICLE_BEFORE = "(?i:die|der|das|den|dem|ein|eine|einen|einer|einem)"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: after . ! ? before a capital, and at line breaks; not
    after an ordinal or a date ("am 13. Januar", "09.01.2022").

    Parameters
    ----------
    text
        German text.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` character offsets that cover ``text`` without gaps.

    Example
    -------
    >>> split_sentences("Am 13. Januar kam er. Dann ging er.")
    [(0, 22), (22, 35)]
    """
    starts = [0]
    for m in _SENT_END.finditer(text):
        i, j = m.start(), m.end()
        if j >= len(text):
            break
        if text[i] == "." and "\n" not in m.group():
            if not text[j].isupper() and text[j] not in '"„«(':
                continue
            if i < 2 or text[i - 1].isdigit() or text[i - 2] in " .\n\t":
                continue  # "13. Januar", "z. B."
        starts.append(j)
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends, strict=True))


def sentence_tense(sentence: str) -> str | None:
    """Guess the tense of a German sentence (or clause) from its verb forms.

    A small heuristic, no tagger: scheduling words ("soll", "angesetzt",
    "bevorstehend") mean *future*; Präteritum forms ("traf", "sagte", "war",
    "hatte", "wurde") mean *past*; "wird"/"werden"/"will"/"plant" + infinitive
    mean *future*; "hat"/"ist" + Partizip II ("hat … gesagt") means *past*; a
    common finite present form ("verhandeln", "ist", "gibt") means *present*.

    Parameters
    ----------
    sentence
        German text, one sentence or clause.

    Returns
    -------
    str or None
        ``"past"``, ``"present"``, ``"future"``, or ``None`` without a verb cue
        (headlines such as "Erstes Vorgespräch schon Sonntagabend").

    Example
    -------
    >>> sentence_tense("Sherman wird Rjabkow am Sonntagabend treffen.")
    'future'
    """
    return tense_of(sentence)


def tense_of(sentence: str, *, ignore_speech: bool = False) -> str | None:
    """:func:`sentence_tense`, optionally not counting the verbs of saying.

    Parameters
    ----------
    sentence
        German text, one sentence or clause.
    ignore_speech
        Leave out "sagte", "erklärte" …: the sentence around a clause dates
        the statement, not what it says.
    """
    words = set(_WORD_RE.findall(sentence))
    if ignore_speech:
        words -= SAYING_VERBS_FOR_TIMES
    if words & STRONG_FUTURE:
        return "future"
    if words & PAST:
        return "past"
    if words & WEAK_FUTURE:
        return "future"
    if words & AUXILIARIES and any(
        w not in NOT_PARTICIPLES and _PARTICIPLE.fullmatch(w) for w in words
    ):
        return "past"
    if _weak_preterite(sentence, words):
        return "past"
    if words & PRESENT or any(w.endswith("iert") and len(w) > 6 for w in words):
        return "present"
    return None


def _weak_preterite(sentence: str, words: set[str]) -> bool:
    """Whether a word is a Präteritum by its ending ("hinterließ", "verfolgte"),
    and for a weak one no article makes it an adjective ("die verfolgte Spur")."""
    for w in words:
        if len(w) > 4 and w.endswith(STRONG_PAST_ENDINGS) and w not in NOT_PARTICIPLES:
            return True
        if (
            w.endswith(WEAK_PRETERITE_ENDINGS) or w.endswith(WEAK_PAST_ENDINGS)
        ) and not w.startswith(NOT_PRETERITE_STARTS):
            if not re.search(rf"\b{_ARTICLE_BEFORE}\s+{w}\b", sentence):
                return True
    return False


class ClauseTenses:
    """Tense of the clause around an offset, falling back to its sentence.

    Parameters
    ----------
    text
        The whole text the offsets point into.
    sentences
        ``(start, end)`` offsets of its sentences, or ``None`` to split them
        with :func:`split_sentences`.
    """

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]] | None) -> None:
        self.text = text
        if sentences is None:
            sentences = split_sentences(text)
        self.sentences = sorted(sentences)
        self.starts = [s for s, _ in self.sentences]
        self.cache: dict[tuple[int, int, int], str | None] = {}

    def at(self, start: int, end: int) -> str | None:
        """The tense for the expression at ``text[start:end]``."""
        s0, s1 = self._sentence(start, end)
        c0, c1 = self._clause(s0, s1, start, end)
        tense = self._tense(c0, c1, start, end, False)
        if tense is None and (c0, c1) != (s0, s1):
            tense = self._tense(s0, s1, start, end, True)
        return tense

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence that holds ``start``; the expression itself if none does."""
        i = bisect_right(self.starts, start) - 1
        s0, s1 = self.sentences[i] if i >= 0 else (0, len(self.text))
        if not s0 <= start < s1:
            s0, s1 = start, end
        return s0, s1

    def _clause(self, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
        """The part of the sentence ``s0:s1`` between the clause marks around
        ``start:end``."""
        c0, c1 = s0, s1
        for m in _CLAUSE_SPLIT.finditer(self.text, s0, s1):
            if m.end() <= start:
                c0 = m.end()
            elif m.start() >= end:
                c1 = m.start()
                break
        return c0, c1

    def _tense(self, a: int, b: int, start: int, end: int, outside: bool) -> str | None:
        key = (a, b, start)
        if key not in self.cache:
            # the expression itself is no verb ("am Montagmorgen")
            t = self.text[a:start] + " " + self.text[end:b]
            self.cache[key] = tense_of(t, ignore_speech=outside)
        return self.cache[key]
