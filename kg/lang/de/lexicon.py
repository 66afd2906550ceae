"""Reading the German word lists and tables shipped in ``kg/data/``.

Every list there has the same shape: UTF-8, one entry a line, ``#`` starts a
comment line, blank lines are ignored. :func:`data_lines` reads that shape once
for every module of :mod:`kg.lang.de`; the modules parse the columns.
"""

from __future__ import annotations

from importlib.resources import files

__all__ = ["data_lines"]


def data_lines(name: str) -> list[tuple[int, str]]:
    """The lines of ``kg/data/<name>`` that hold data, with their line numbers
    (counted from 1 over the whole file, for error messages); trailing white
    space and the line break are removed.

    Parameters
    ----------
    name : str
        The file name inside ``kg/data/``, e.g. ``"noun_genders.tsv"``.

    Example
    -------
    >>> n, line = data_lines("family_names_first.txt")[0]
    >>> n > 0 and not line.startswith("#")
    True
    """
    text = (files("kg") / "data" / name).read_text(encoding="utf-8")
    return [
        (n, line.rstrip())
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
