"""What a caller of ``kg viz`` may ask for, and the checks of those options.

Node types, edge kinds and output formats are named here once; the parsers turn
option values (``--types``, ``--since``, ``--until``, ``-o``) into what the rest
of the package works with, or raise :class:`~kg.errors.InputError` saying which
option was wrong.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.atomic import check_writable
from kg.errors import InputError

__all__ = [
    "NODE_TYPES",
    "DEFAULT_TYPES",
    "EDGE_KINDS",
    "NETWORK_FORMATS",
    "TIMELINE_FORMATS",
    "MAP_FORMATS",
    "TYPE_ALIASES",
    "check_output",
    "EDGE_ALIASES",
    "parse_bound",
    "parse_edges",
    "parse_range",
    "parse_types",
]

NODE_TYPES = ("person", "organisation", "country", "city", "region", "place")
DEFAULT_TYPES = ("person", "organisation", "country")
#: ``statements`` (who demands of, accuses, warns … whom) is drawn only when asked
#: for: it is part of ``all``, not of :data:`NETWORK_DEFAULTS`
EDGE_KINDS = ("met", "holds_role", "mentioned_together", "statements")
NETWORK_FORMATS = (".html", ".png", ".svg", ".graphml", ".gexf", ".json", ".cyjs")
TIMELINE_FORMATS = (".html", ".png", ".svg")
MAP_FORMATS = (".html", ".png", ".svg")

TYPE_ALIASES = {
    "persons": "person",
    "people": "person",
    "per": "person",
    "org": "organisation",
    "orgs": "organisation",
    "organization": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "countries": "country",
    "cities": "city",
    "regions": "region",
    "places": "place",
}

EDGE_ALIASES = {
    "meetings": "met",
    "meeting": "met",
    "role": "holds_role",
    "roles": "holds_role",
    "holds-role": "holds_role",
    "mentioned-together": "mentioned_together",
    "co-mentions": "mentioned_together",
    "co-mention": "mentioned_together",
    "comentions": "mentioned_together",
    "mentions": "mentioned_together",
    "statement": "statements",
    "said": "statements",
    "interactions": "statements",
    "speech-acts": "statements",
}

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


#: what ``kg viz`` draws as a network unless told otherwise: a readable view at any
#: corpus size (``graph_to_networkx`` itself keeps everything by default)
NETWORK_DEFAULTS: dict[str, Any] = {
    "edges": "met,holds_role",
    "keep_junk": False,
    "min_component": 3,
    "top": 150,
}


def parse_bound(value: str | dt.date | None, *, end: bool, option: str) -> str | None:
    """``2022``, ``2022-01`` or ``2022-01-10`` -> the first (or, for ``end``, last) day
    as ``YYYY-MM-DD``; the last day of a month may be the 31st of any month, which is
    fine for the string comparison it is used for."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = _DATE_RE.match(str(value).strip())
    try:
        if not m:
            raise ValueError
        year, month, day = m.group(1), m.group(2), m.group(3)
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}-{'31' if end else '01'}"
        return f"{year}-12-31" if end else f"{year}-01-01"
    except ValueError:
        raise InputError(
            f"{option}: expected a date YYYY[-MM[-DD]], got {value!r}"
        ) from None


def parse_range(
    since: str | dt.date | None, until: str | dt.date | None
) -> tuple[str | None, str | None]:
    """``--since`` and ``--until`` as the first and last day they include.

    Raises
    ------
    InputError
        On a bad date, or ``since`` after ``until``.
    """
    since_s = parse_bound(since, end=False, option="--since")
    until_s = parse_bound(until, end=True, option="--until")
    if since_s and until_s and since_s > until_s:
        raise InputError(
            f"--since/--until: expected since <= until, got {since_s} > {until_s}"
        )
    return since_s, until_s


def _choices(
    value: str | Iterable[str],
    option: str,
    choices: tuple[str, ...],
    aliases: dict[str, str],
    what: str,
) -> list[str]:
    """The items of a comma-separated option (or an iterable), each checked
    against ``choices`` after ``aliases``; ``all`` stands for every choice."""
    items = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        k = item.strip().lower()
        if not k:
            continue
        if k == "all":
            out.extend(choices)
            continue
        k = aliases.get(k, k)
        if k not in choices:
            raise InputError(
                f"{option}: expected some of {','.join(choices)} (or all), "
                f"got {item.strip()!r}"
            )
        out.append(k)
    if not out:
        raise InputError(f"{option}: expected at least one {what}, got none")
    return out


def parse_types(types: str | Iterable[str] | None) -> tuple[str, ...]:
    """``--types``: some of ``NODE_TYPES`` (aliases and ``all`` allowed), in the
    order given, each once; ``DEFAULT_TYPES`` for ``None``."""
    if types is None:
        return DEFAULT_TYPES
    out = _choices(types, "--types", NODE_TYPES, TYPE_ALIASES, "type")
    return tuple(dict.fromkeys(out))


def parse_edges(edges: str | Iterable[str] | None) -> tuple[str, ...]:
    """``--edges``: some of ``EDGE_KINDS`` (aliases such as ``roles`` and
    ``co-mentions``, and ``all``), in ``EDGE_KINDS`` order; all for ``None``.

    Raises
    ------
    InputError
        On an unknown kind or an empty list.
    """
    if edges is None:
        return EDGE_KINDS
    out = set(_choices(edges, "--edges", EDGE_KINDS, EDGE_ALIASES, "edge kind"))
    return tuple(k for k in EDGE_KINDS if k in out)


def check_output(
    path: str | os.PathLike[str], *, timeline: bool = False, map: bool = False
) -> tuple[Path, str]:
    """Fail before any work if ``path`` has no supported extension or cannot be
    written; return it with its lower-case extension.

    Raises
    ------
    InputError
        On an unknown extension or an unwritable path.
    """
    path = Path(path)
    ext = path.suffix.lower()
    formats = MAP_FORMATS if map else TIMELINE_FORMATS if timeline else NETWORK_FORMATS
    if ext not in formats:
        what = "a map" if map else "a timeline" if timeline else "an output"
        raise InputError(
            f"{path}: expected {what} ending in {' '.join(formats)}, "
            f"got {path.suffix or 'no extension'!r}"
        )
    check_writable(path)
    return path, ext
