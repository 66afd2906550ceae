"""``persons.tsv``: well-known persons the statistical model may miss.

Read once, on first use. A form of two words or more is a *full* form ("Wladimir
Putin", "Lula da Silva"), a form of one word a *surname* ("Putin", "Lawrow").
A one-word form that opens with a lower-case particle ("al-Sisi") is full too.
A form written ``~Form`` counts only after a full form of its row earlier in
the text ("Sebastian Kurz … Kurz"); a one-word form some row claims without
``~`` is *distinctive* and counts alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.nlp.gazetteer.entry import DATA_DIR
from kg.nlp.gazetteer.files import _forms, _rows

__all__ = ["KnownPersons", "known_persons", "read_persons"]

_FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class KnownPersons:
    """The forms of ``persons.tsv``, each with the row numbers that claim it."""

    #: full form -> rows; only after a full form of the row earlier when in
    #: ``after_full``
    full: dict[str, frozenset[int]]
    #: one-word form -> rows
    surnames: dict[str, frozenset[int]]
    #: forms (full or one-word) that count only after a full form of a row
    after_full: frozenset[str]
    #: first word of a full form -> its full forms, longest first
    by_first_word: dict[str, tuple[str, ...]]
    #: row -> the row's name, the person's canonical name
    names: dict[int, str]


def read_persons(path: Path) -> KnownPersons:
    """The persons of the TSV file at ``path`` (columns name, code, aliases)."""
    full: dict[str, set[int]] = {}
    surnames: dict[str, set[int]] = {}
    plain: set[str] = set()
    marked: set[str] = set()
    names: dict[int, str] = {}
    for n, (name, _code, aliases) in _rows(path, 3):
        names[n] = name
        for form, matchable in [(name, True), *_forms(aliases)]:
            if not form:
                continue
            # "al-Sisi", "el-Sisi": a particle joined by a hyphen makes a full
            # form of one word (a name wherever it occurs, like "bin Salman")
            is_full = len(form.split()) > 1 or form[:1].islower()
            table = full if is_full else surnames
            table.setdefault(form, set()).add(n)
            (plain if matchable else marked).add(form)
    by_first: dict[str, list[str]] = {}
    for form in full:
        m = _FIRST_WORD.match(form)
        if m:
            by_first.setdefault(m.group(), []).append(form)
    return KnownPersons(
        full={f: frozenset(r) for f, r in full.items()},
        surnames={f: frozenset(r) for f, r in surnames.items()},
        after_full=frozenset(marked - plain),
        by_first_word={
            k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()
        },
        names=names,
    )


@lru_cache(maxsize=1)
def known_persons() -> KnownPersons:
    """The persons of kg's ``persons.tsv``."""
    return read_persons(DATA_DIR / "persons.tsv")
