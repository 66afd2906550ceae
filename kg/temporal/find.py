"""The public entry points: :func:`find_times` for a text, :func:`resolve` for one
expression."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from kg.errors import InputError
from kg.temporal.calendar import as_date
from kg.temporal.candidate import Candidate, Context
from kg.temporal.scan import candidates
from kg.temporal.tense import ClauseTenses
from kg.temporal.value import TENSES, TimeValue

__all__ = ["find_times", "resolve"]


def find_times(
    text: str,
    anchor: date | datetime | None = None,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[TimeValue]:
    """Find German time expressions in ``text`` and resolve them against ``anchor``.

    Parameters
    ----------
    text
        German text, typically a whole article or one sentence.
    anchor
        The reference date, normally the publication date. Without it only
        self-contained expressions ("13.01.2022") get a value.
    sentences
        ``(start, end)`` character offsets of the sentences of ``text`` (e.g.
        from ``doc.sents``); split on punctuation and line breaks if omitted.
        Tense cues are read from the clause, else the sentence, of each
        expression.

    Returns
    -------
    list of TimeValue
        Non-overlapping, in text order.

    Example
    -------
    >>> [t.value.isoformat() for t in find_times("Am Mittwoch traf er sie.",
    ...                                          date(2022, 1, 9))]
    ['2022-01-05']
    """
    if not isinstance(text, str):
        raise InputError(f"find_times: expected text as str, got {type(text).__name__}")
    ctx = _context(anchor)
    cands = candidates(text)
    if not cands:
        return []
    tenses = ClauseTenses(text, sentences)
    out = []
    for c in cands:
        ctx.tense = tenses.at(c.start, c.end)
        out.append(_finish(text, c, ctx))
    return out


def _context(anchor: date | datetime | None) -> Context:
    """The resolution context of an anchor (a datetime keeps its clock time)."""
    if anchor is None:
        return Context(None)
    if isinstance(anchor, datetime):
        return Context(anchor.date(), anchor_dt=anchor.replace(tzinfo=None))
    if isinstance(anchor, date):
        return Context(anchor)
    raise InputError(
        f"anchor: expected a date or datetime, got {type(anchor).__name__}"
    )


def _finish(text: str, c: Candidate, ctx: Context) -> TimeValue:
    """Resolve ``c`` to a TimeValue; a day it resolves to becomes the day that
    later expressions ("am Vortag", "um 17 Uhr") refer to."""
    try:
        value, gran, kind, timex, mod = c.resolver(ctx)
    except (ValueError, OverflowError):
        # the value falls outside the calendar (an anchor near year 1 or 9999):
        # keep the expression, unresolved
        _, gran, kind, timex, mod = c.resolver(Context(None, tense=ctx.tense))
        value = None
    if (
        value is not None
        and kind in ("date", "time")
        and gran in ("day", "part-of-day", "datetime")
    ):
        ctx.ref = as_date(value)
    return TimeValue(
        text[c.start : c.end], c.start, c.end, value, gran, kind, timex, mod
    )


def resolve(
    expression: str, anchor: date | datetime | None, *, tense: str | None = None
) -> TimeValue:
    """Resolve one German time expression, with the tense given rather than read.

    Parameters
    ----------
    expression
        The expression alone ("am Mittwoch", "Sonntagabend", "13.01.2022").
    anchor
        The reference date (publication date), or ``None``.
    tense
        ``"past"``, ``"present"``, ``"future"`` or ``None`` (no cue: the
        nearest occurrence).

    Returns
    -------
    TimeValue
        Offsets into ``expression``; the longest expression found in it.

    Raises
    ------
    InputError
        If ``expression`` holds no time expression or ``tense`` is unknown.

    Example
    -------
    >>> resolve("am Mittwoch", date(2022, 1, 9), tense="future").value
    datetime.date(2022, 1, 12)
    """
    if tense is not None and tense not in TENSES:
        raise InputError(f"resolve: expected tense in {sorted(TENSES)}, got {tense!r}")
    cands = candidates(expression)
    if not cands:
        raise InputError(
            f"resolve: expected a German time expression, got {expression!r}"
        )
    best = max(cands, key=lambda c: (c.end - c.start, -c.start))
    ctx = _context(anchor)
    ctx.tense = tense
    return _finish(expression, best, ctx)
