"""Errors a caller of kg may want to handle.

Every message follows the house format: *where*, *what was expected*, *what
came*, e.g. ``seeds/x.txt: expected UTF-8 text, got bytes 0xff 0xfe at offset 0``.
``cli.py`` is the only place that turns them into one line on stderr.
"""

from __future__ import annotations

__all__ = ["KGError", "InputError", "QueryError", "StoreError", "ModelError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code: int = 1


class InputError(KGError):
    """Bad user input: a file, an option value, a record. Exit status 2."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query that does not parse, an unknown named query, a missing
    parameter. Exit status 2."""

    exit_code = 2


class StoreError(KGError):
    """The store cannot be opened, is locked by another process or damaged."""


class ModelError(KGError):
    """The NLP pipeline cannot be loaded or trained."""
