"""Reading the gazetteer's TSV files: rows, surface forms, numbers."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.nlp.gazetteer.entry import Entry


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV file as lists of ``columns`` stripped fields."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: expected a UTF-8 gazetteer file, got: {e}") from e
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        if len(fields) < columns:
            fields += [""] * (columns - len(fields))
        if len(fields) != columns:
            raise InputError(
                f"{path}:{n}: expected {columns} tab-separated fields, "
                f"got {len(fields)}"
            )
        yield n, [f.strip() for f in fields]


def _forms(field: str) -> list[tuple[str, bool]]:
    """``"A|~B"`` -> ``[("A", True), ("B", False)]`` (form, matchable); the
    candidates ``?C`` are left out (:func:`_candidate_forms`)."""
    out = []
    for raw in field.split("|"):
        raw = raw.strip()
        if not raw or raw.startswith("?"):
            continue
        if raw.startswith("~"):
            out.append((raw[1:].strip(), False))
        else:
            out.append((raw, True))
    return out


def _candidate_forms(field: str) -> list[str]:
    """``"A|?C"`` -> ``["C"]``: forms that only make the entry a candidate."""
    return [r.strip()[1:].strip() for r in field.split("|") if r.strip()[:1] == "?"]


def _prominence(entry: Entry) -> float:
    """How well known a city is: population and GeoNames' alternate names."""
    return math.log10((entry.population or 0) + 1) + 2 * math.log10(
        (entry.names or 0) + 1
    )


def _int(value: str, where: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError as e:
        raise InputError(f"{where}: expected an integer, got {value!r}") from e


def _float(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError as e:
        raise InputError(f"{where}: expected a number, got {value!r}") from e
