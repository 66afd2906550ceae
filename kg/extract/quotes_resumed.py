"""A report that goes on after its reporting clause, in Konjunktiv.

"Früher sei alles in Ordnung gewesen, sagte Huber, heute aber gehe es um
mehr": the words before ", sagte Huber," are one quote
(:mod:`kg.extract.quotes_reported`), the Konjunktiv clause after the reporting
clause's closing comma is a second one of the same speaker ("Ihr Mann habe
sich auf den Weg gemacht, erzählt sie, habe Asyl bekommen und lebe in Wien";
``bench/quote_gold.md``: one quote per clause of its own). Not a clause with a
verb of saying of its own, nor an indicative one (the narrator's: "…, sagte
Huber, und verließ den Saal").

Used by :func:`kg.extract.quotes.find_quotes` on the quotes found.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.quotes_continued import Found
from kg.extract.quotes_cues import REPORTING_FORMS
from kg.extract.quotes_marked import trim_marks
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, RELATIVE_PRONOUNS
from kg.lang.de.speech import SUBJUNCTIVE_FORMS, reporting_verb_readings

__all__ = ["resumed_reports"]

#: the most tokens of the reporting clause between the two commas
#: (", sagte der Sozialsprecher der Partei am Montag,")
_CLAUSE_TOKENS = 10
#: how far into the resumed clause its Konjunktiv stands ("heute aber gehe es")
_VERB_WITHIN = 4
#: words after "die", "der" that make it a relative pronoun ("die den Fall
#: begleitet"), not an article ("die Regierung habe …", "die neue Regierung")
_AFTER_RELATIVE = ARTICLES | frozenset(
    "des einen einem einer eines sich seit schon bereits nicht auch ihn ihm ihr "
    "sie er es uns euch".split()
)
#: the fewest words of the resumed clause
_MIN_WORDS = 3


def _says(words: Span) -> bool:
    """``words`` hold a verb of saying, its separable particle with it ("gehe"
    is "ausgehen" only with "aus")."""
    lowers = [t.lower_ for t in words]
    return any(
        t.is_lower
        and t.lower_ in REPORTING_FORMS
        and any(
            not vf.particle or vf.particle.split()[-1] in lowers
            for vf in reporting_verb_readings()[t.lower_]
        )
        for t in words
    )


def resumed_reports(view: DocView, text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the Konjunktiv clause after each quote's
    reporting clause added as a quote of the same speaker (module docstring)."""
    doc = view.doc
    out: list[Found] = []
    taken = [(f[0], f[1]) for f in found]
    for f in found:
        out.append(f)
        a, b, si, kind, speaker, medium, label = f
        if speaker is None and label is None:
            continue
        sent = view.sents[si]
        if not sent.start_char <= a < b < sent.end_char:
            continue
        after = doc.char_span(b, sent.end_char, alignment_mode="expand")
        if after is None or len(after) < 4 or after[0].text != ",":
            continue
        verb = after[1]
        if verb.lower_ not in REPORTING_FORMS or not verb.is_lower:
            continue  # ", sagte Huber, …": the verb opens the reporting clause
        close = next(
            (t.i for t in doc[verb.i + 1 : verb.i + _CLAUSE_TOKENS] if t.text == ","),
            None,
        )
        if close is None or close + 1 >= sent.end:
            continue
        rest = doc[close + 1 : sent.end]
        if sum(t.is_alpha for t in rest) < _MIN_WORDS:
            continue
        if rest[0].lower_ in RELATIVE_PRONOUNS and rest[1].lower_ in _AFTER_RELATIVE:
            continue  # "…, so die Initiative, die den Fall begleitet": the speaker's
        if not any(
            t.is_lower and t.lower_ in SUBJUNCTIVE_FORMS for t in rest[:_VERB_WITHIN]
        ):
            continue  # "…, sagte Huber, und verließ den Saal": the narrator
        if _says(rest):
            continue  # a report of its own, found by its own verb
        ra, rb = trim_marks(text, rest.start_char, sent.end_char)
        while rb > ra and text[rb - 1] in ".!?":
            rb -= 1
        if rb - ra < 8 or any(x < rb and ra < y for x, y in taken):
            continue
        out.append((ra, rb, si, "indirect", speaker, medium, label))
        taken.append((ra, rb))
    out.sort(key=lambda f: (f[0], f[1]))
    return out
