"""Checks before a query runs: its syntax, and that it calls no remote service
(``SERVICE``, ``LOAD``, ``FROM <http…>``) from a local store."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.prefixes import PREFIXES

_EMPTY = ox.Store()


def one_line(e: Exception, limit: int = 160) -> str:
    """Oxigraph's syntax errors list every expected token; keep the start."""
    text = " ".join(str(e).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_syntax(text: str, *, where: str = "query") -> None:
    """Parse ``text`` as SPARQL 1.1 (query), raising QueryError with the position."""
    try:
        result = _EMPTY.query(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise QueryError(
            f"{where}: expected a SPARQL 1.1 query, got {one_line(e)}"
        ) from e
    except (OSError, RuntimeError):  # parsed, failed later: not a syntax problem
        return
    del result


# What a SPARQL lexer skips: strings, IRIs, comments. Whatever is left is code,
# where a keyword is a keyword. The IRI pattern follows IRIREF (no spaces, braces
# or quotes inside), so a "<" that is less-than never swallows a SERVICE clause,
# which needs a "{" after its target.
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.S,
)
# SERVICE (and LOAD in an update) as a keyword: not part of a variable, a
# prefixed name or a language tag.
_REMOTE = {
    False: re.compile(r"(?<![\w\-:?$@%\\])SERVICE(?![\w:])", re.I),
    True: re.compile(r"(?<![\w\-:?$@%\\])(?:SERVICE|LOAD)(?![\w:])", re.I),
}
_UESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _UESCAPE.sub(one, text)


def find_remote_call(text: str, *, update: bool = False) -> str | None:
    """The first ``SERVICE`` keyword (and ``LOAD``, for an update) in SPARQL text,
    with its line, or ``None``.

    Federated ``SERVICE`` makes the engine fetch from any URL the query names, and
    ``LOAD`` fetches a document: from a server, a way to reach hosts behind it.
    The check is lexical and errs on the side of refusing: strings, IRIs and
    comments are skipped, the word must stand alone, not in ``?service`` or
    ``ex:service``. It runs on the text as it is and again with ``\\uXXXX``
    escapes decoded (SPARQL allows them anywhere; Oxigraph decodes them in
    strings and IRIs only), so an escape cannot open a string the engine does
    not see.

    Example
    -------
    >>> find_remote_call("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    'SERVICE at line 1'
    >>> find_remote_call('SELECT * { ?s ?p "SERVICE" }') is None
    True
    """
    for variant in (text, _unescape(text)):
        code = _SKIP.sub(lambda m: "\n" * m.group(0).count("\n") or " ", variant)
        m = _REMOTE[update].search(code)
        if m is not None:
            line = code.count("\n", 0, m.start()) + 1
            return f"{m.group(0).upper()} at line {line}"
    return None


def check_local(text: str, *, where: str = "query", update: bool = False) -> None:
    """Refuse a query that would go on the network (see :func:`find_remote_call`).

    Raises
    ------
    QueryError
        If ``text`` holds a ``SERVICE`` (or, for an update, ``LOAD``) keyword.
    """
    found = find_remote_call(text, update=update)
    if found is not None:
        raise QueryError(
            f"{where}: expected a query over the local graph, got {found} "
            "(federated queries are refused: kg never fetches from other hosts)"
        )
