"""Metadata found in an article's text: the tagesschau header line ("Stand:
09.01.2022 17:17 Uhr"), the DER STANDARD attribution ("(APA/Reuters, 2.8.2015)"),
and the ``--date`` option."""

from __future__ import annotations

import datetime as dt
import re

from kg.errors import InputError
from kg.ingest.document import Metadata

# --- metadata -----------------------------------------------------------------------

# " date 2022-01 <title> Stand: 09.01.2022 17:17 Uhr"; the leading "date YYYY-MM" is
# a crawler's field, the "Stand:" stamp is how ARD sites (tagesschau, NDR …) date
# an article.
_HEADER = re.compile(
    r"[ \t]*(?:date[ \t]+(?P<ym>\d{4}-\d{1,2})(?:[ \t]+|$))?"
    r"(?P<title>[^\n]*?)[ \t]*"
    r"(?:\bStand:[ \t]*(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>\d{4})"
    r"(?:,?[ \t]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[ \t]*Uhr)?)?)?"
    r"[ \t]*\r?$",
    re.MULTILINE,
)
# "(APA/Reuters, 2.8.2015)", "(APA; 8.6.2015)", "(APA/red – 8.8. 2015)",
# "(APA 4.9.2015)", "(1.3.2016)": who the article credits and when.
_TRAILER = re.compile(
    r"\((?:[ \t]*(?P<source>[^()\n\d][^()\n]{0,79}?)"
    r"(?:[ \t]*(?P<sep>[,;–—-])[ \t]*|[ \t]+))?"
    r"(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>(?:19|20)\d\d)[ \t]*"
)
_TRAILER_END = re.compile(r"\)?\s*\Z")
_TRAILER_MID = re.compile(r"\)[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:\"'“”„«»)…]\s*\Z")


def _make_date(
    y: str, m: str, d: str, hh: str | None = None, mm: str | None = None
) -> dt.date | dt.datetime | None:
    try:
        if hh is not None and mm is not None:
            return dt.datetime(int(y), int(m), int(d), int(hh), int(mm))
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_metadata(text: str) -> Metadata:
    """Title, date, source and body bounds from a header line and a trailer.

    - Header: a first line ending in ``Stand: DD.MM.YYYY[ HH:MM Uhr]``, optionally
      opened by ``date YYYY-MM``; what lies between is the title. A first line
      `` date YYYY-MM <title>`` without the stamp gives the title only. The body
      starts at the first non-blank character after the header line.
    - Trailer: ``(SOURCE, D.M.YYYY)`` (separator ``,`` ``;`` ``–`` or a space;
      SOURCE optional) ending the text, after a sentence; the body ends before
      it. The same attribution after a sentence and followed by more text (a
      fact box or results table) gives source and date; the body keeps the rest.

    Never raises; a date that does not exist (31.2.) is ignored.

    Example
    -------
    >>> m = parse_metadata(" date 2022-01 Titel Stand: 09.01.2022 17:17 Uhr\\n\\nText.")
    >>> m.title, m.date, m.body_start
    ('Titel', datetime.datetime(2022, 1, 9, 17, 17), 49)
    """
    title: str | None = None
    when: dt.date | dt.datetime | None = None
    source: str | None = None
    body_start, body_end = 0, None

    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    maybe = "Stand:" in first or first.lstrip(" \t").startswith("date")
    m = _HEADER.fullmatch(first) if maybe and len(first) <= 2000 else None
    if m and (m.group("y") or m.group("ym")):
        if m.group("y"):
            when = _make_date(m["y"], m["m"], m["d"], m["H"], m["M"])
        title = m["title"].strip() or None
        if when is not None or (m.group("ym") and title):
            body_start = len(first) if first_end < 0 else first_end + 1
            while body_start < len(text) and text[body_start].isspace():
                body_start += 1
        else:
            title = None

    # The attribution sits in the last few hundred characters, after the article
    # and before a fact box; search only there.
    tail_start = max(body_start, len(text) - 3000)
    best = None
    for t in _TRAILER.finditer(text, tail_start):
        after_sentence = t.start() == body_start or bool(
            _SENTENCE_END.search(text, max(tail_start, t.start() - 8), t.start())
        )
        at_end = _TRAILER_END.match(text, t.end())
        # At the very end "(Name, 1.2.2016)" is an attribution even without a full
        # stop before it; inside the text only after a sentence, before more text.
        if at_end is not None:
            if not (after_sentence or t["sep"]):
                continue
        elif not (after_sentence and _TRAILER_MID.match(text, t.end())):
            continue
        d = _make_date(t["y"], t["m"], t["d"])
        if d is None:
            continue
        best = (t, d, at_end is not None)
    if best is not None:
        trailer, when_t, ends_text = best
        if when is None:
            when = when_t
        source = (trailer["source"] or "").strip(" \t,;–—-") or None
        if ends_text:
            body_end = trailer.start()
            while body_end > body_start and text[body_end - 1].isspace():
                body_end -= 1
    return Metadata(
        title=title, date=when, source=source, body_start=body_start, body_end=body_end
    )


_DATE_OPTION = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,6})?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_date_option(value: str, *, where: str = "--date") -> dt.date | dt.datetime:
    """``YYYY-MM-DD`` as a ``date``; ``YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z]`` as a
    ``datetime`` (naive unless an offset is given).

    Raises
    ------
    InputError
        Any other value, or a day that does not exist.

    Example
    -------
    >>> parse_date_option("2022-01-09")
    datetime.date(2022, 1, 9)
    >>> parse_date_option("2022-01-09T17:17")
    datetime.datetime(2022, 1, 9, 17, 17)
    """
    expected = "YYYY-MM-DD or YYYY-MM-DDTHH:MM"
    if not isinstance(value, str):
        raise InputError(f"{where}: expected {expected}, got {type(value).__name__}")
    s = value.strip()
    m = _DATE_OPTION.fullmatch(s)
    if m is None:
        raise InputError(f"{where}: expected {expected}, got {value!r}")
    try:
        if m["H"] is None:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError as e:
        raise InputError(f"{where}: expected {expected}, got {value!r} ({e})") from e
