"""``kg_time``: German time expressions as spans, resolved against the article date.

Optional: the component is not part of the pipeline kg ships. ``load_nlp()``
does not add it, and ``kg build`` does not need it: the extraction calls
:func:`kg.temporal.find_times` on the sentences that mention a meeting. Add it
when you want the time expressions of a whole Doc as spans, for your own use::

    import kg.nlp.components.time  # registers the factory "kg_time"
    from kg.nlp import load_nlp

    nlp = load_nlp()
    if not nlp.has_pipe("kg_time"):  # load_nlp() caches its pipeline
        nlp.add_pipe("kg_time", last=True)

(``load_nlp()`` returns the same cached pipeline to the whole process, so the
component then runs for every later caller too, ``kg build`` included; nothing
in kg reads its spans, so that only costs the time to annotate.)

The component runs :func:`kg.temporal.find_times` on ``doc.text`` with the
anchor from ``doc._.kg_anchor`` (a ``date``, ``datetime`` or ISO 8601 string;
default ``None``) and the sentences of the Doc (if they are set) for the
tense cues. It writes the spans to ``doc.spans[spans_key]``, each labelled with
its kind ("date", "time", "duration", "set") and carrying its
:class:`~kg.temporal.TimeValue` in ``span._.kg_time``. Spans are widened to
whole tokens; the TimeValue keeps the exact expression and character offsets.

Example
-------
>>> import spacy
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("sentencizer"), nlp.add_pipe("kg_time")
>>> doc = nlp.make_doc("Am Mittwoch ist eine Sitzung angesetzt.")
>>> doc._.kg_anchor = date(2022, 1, 9)
>>> nlp(doc).spans["kg_time"][0]._.kg_time.value
datetime.date(2022, 1, 12)
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import InputError
from kg.temporal import find_times

__all__ = ["TimeTagger", "make_time"]

if not Doc.has_extension("kg_anchor"):
    Doc.set_extension("kg_anchor", default=None)
if not Span.has_extension("kg_time"):
    Span.set_extension("kg_time", default=None)


class TimeTagger:
    """Annotate a Doc with its time expressions (see the module docstring)."""

    def __init__(self, *, spans_key: str = "kg_time", use_sents: bool = True) -> None:
        self.spans_key = spans_key
        self.use_sents = use_sents

    def __call__(self, doc: Doc) -> Doc:
        sentences = None
        if self.use_sents and doc.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
        spans = []
        for tv in find_times(doc.text, _anchor(doc._.kg_anchor), sentences=sentences):
            span = doc.char_span(
                tv.start, tv.end, label=tv.kind, alignment_mode="expand"
            )
            if span is None:  # only whitespace: cannot happen for a match, be safe
                continue
            span._.kg_time = tv
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _anchor(value: object) -> date | datetime | None:
    """``doc._.kg_anchor`` as a date: also accepts an ISO 8601 string."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as e:
            raise InputError(
                f"doc._.kg_anchor: expected a date or ISO 8601 string, got {value!r}"
            ) from e
    raise InputError(
        "doc._.kg_anchor: expected a date or ISO 8601 string, "
        f"got {type(value).__name__}"
    )


@Language.factory(
    "kg_time",
    default_config={"spans_key": "kg_time", "use_sents": True},
)
def make_time(nlp: Language, name: str, spans_key: str, use_sents: bool) -> TimeTagger:
    """Build the ``kg_time`` component.

    Parameters
    ----------
    nlp, name
        Given by spaCy.
    spans_key
        Key of ``doc.spans`` that receives the time expressions.
    use_sents
        Read tense cues within the Doc's sentences when they are set, else
        split sentences from the text.
    """
    return TimeTagger(spans_key=spans_key, use_sents=use_sents)
