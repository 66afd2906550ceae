"""A match waiting for its value: :class:`Candidate`, and the :class:`Context` it is
resolved in.

Every pattern of :mod:`kg.temporal.patterns` has a *maker* (in
:mod:`~kg.temporal.days`, :mod:`~kg.temporal.relative`,
:mod:`~kg.temporal.periods`, :mod:`~kg.temporal.durations`) that turns a match
into candidates. A candidate knows where it stands and how to compute its value
(its *resolver*), but computes it only once :func:`kg.temporal.find_times` has
chosen it among overlapping candidates and knows the tense of its clause and the
last day mentioned before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = ["Candidate", "Context", "Resolution", "Resolver", "fixed"]


@dataclass(slots=True)
class Context:
    """What a resolver reads besides its match."""

    anchor: date | None
    anchor_dt: datetime | None = None  # the anchor when it carries a clock time
    tense: str | None = None
    ref: date | None = None  # the last day mentioned before the expression


#: what a resolver returns: (value, granularity, kind, timex, mod), the fields of
#: :class:`kg.temporal.TimeValue` that are not its place in the text
Resolution = tuple[date | datetime | None, str, str, str | None, str | None]
Resolver = Callable[[Context], Resolution]


@dataclass(slots=True)
class Candidate:
    """A match of one pattern, with the function that gives its value.

    ``cat`` says how it joins a neighbour (see :mod:`kg.temporal.scan`):
    ``"weekday"``, ``"dmy"`` (a day and month), ``"day"`` (another day-level
    expression), ``"time"``, ``"datetime"`` or ``"other"``. Of overlapping
    candidates the leftmost, then the longest, then the one of higher ``prio``
    wins. ``data`` carries what a join needs ("wd", "pod", "res" …).
    """

    start: int
    end: int
    cat: str
    resolver: Resolver
    prio: int = 0
    data: dict[str, Any] = field(default_factory=dict)


def fixed(resolution: Resolution) -> Resolver:
    """A resolver that needs no context: it returns ``resolution`` as it is."""

    def res(ctx: Context) -> Resolution:
        return resolution

    return res
