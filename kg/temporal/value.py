"""What a time expression is: :class:`TimeValue` and the words it is described with.

``GRANULARITIES`` and ``KINDS`` are the values a :class:`TimeValue` accepts;
``TENSES`` the tenses :func:`kg.temporal.resolve` takes and
:func:`kg.temporal.sentence_tense` returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kg.errors import InputError

__all__ = ["GRANULARITIES", "KINDS", "TENSES", "TimeValue"]

GRANULARITIES = frozenset(
    {
        "day",
        "datetime",
        "week",
        "month",
        "year",
        "part-of-day",
        "quarter",
        "season",
        "decade",
        "century",
    }
)
KINDS = frozenset({"date", "time", "duration", "set"})
TENSES = frozenset({"past", "present", "future"})


@dataclass(frozen=True, slots=True)
class TimeValue:
    """One time expression of a text.

    Attributes
    ----------
    expression
        The text as written ("am Mittwoch", "Sonntagabend", "am 13. Januar").
    start, end
        Character offsets into the text given to :func:`find_times`.
    value
        The resolved value, ``None`` when unresolved (no anchor, a vague
        expression, a duration or a set).
    granularity
        ``day``, ``datetime``, ``week`` (value: its Monday), ``month`` (its
        1st), ``quarter`` (its first day), ``year`` (1 January),
        ``part-of-day`` (a ``date``; ``timex`` says which part, "…TEV"), or
        ``season``, ``decade``, ``century`` (value ``None``, ``timex`` only).
        Durations and sets use the granularity of their unit.
    kind
        ``date``, ``time``, ``duration`` or ``set``.
    timex
        TIMEX3-style value ("2022-01-09TEV", "2022-W02", "P2.5Y"), or ``None``.
    mod
        TIMEX3 modifier from the wording: ``START``/``MID``/``END`` (Anfang,
        Mitte, Ende), ``BEFORE`` (vor dem), ``AFTER`` (nach dem),
        ``ON_OR_BEFORE`` (bis), ``ON_OR_AFTER`` (seit, ab), ``MORE_THAN``,
        ``LESS_THAN``, ``APPROX``; ``None`` otherwise.
    """

    expression: str
    start: int
    end: int
    value: date | datetime | None
    granularity: str
    kind: str
    timex: str | None = None
    mod: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise InputError(
                f"TimeValue: expected 0 <= start <= end, got {self.start}, {self.end}"
            )
        if self.granularity not in GRANULARITIES:
            raise InputError(
                f"TimeValue: expected a granularity in {sorted(GRANULARITIES)}, "
                f"got {self.granularity!r}"
            )
        if self.kind not in KINDS:
            raise InputError(
                f"TimeValue: expected a kind in {sorted(KINDS)}, got {self.kind!r}"
            )
