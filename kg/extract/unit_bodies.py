"""The administration of a district, town or municipality the article names
(issue 17): a quote's unnamed label "Kreisverwaltung", "Stadtverwaltung" or
"Gemeindeverwaltung" speaks for the administration of the one "Kreis Xstadt",
"Stadt Xdorf" or "Gemeinde Xdorf" the article names ("Nach einer Panne müssen
im Kreis Xstadt … neu gedruckt werden. Grund seien …, teilte die
Kreisverwaltung mit." -> label "Kreisverwaltung Xstadt"), as the town's police
is "Polizei Xburg" (:mod:`kg.extract.quotes_bodies`). With no such unit, or
several, the label stays as it is.
"""

from __future__ import annotations

from kg.extract.records import Kind
from kg.extract.view import DocView
from kg.lang.de.body_speakers import ADMINISTRATION_UNITS

__all__ = ["administration_label"]

_ENDING = "verwaltung"


def administration_label(view: DocView, label: str) -> str | None:
    """ "Kreisverwaltung Xstadt" for the label "Kreisverwaltung" in an article
    that names one "Kreis Xstadt" (module docstring); ``None`` otherwise."""
    low = label.lower()
    if " " in label or not low.endswith(_ENDING):
        return None
    words = ADMINISTRATION_UNITS.get(low[: -len(_ENDING)])
    if words is None:
        return None
    lowers, texts = view.lowers, view.texts
    names = set()
    for j in range(len(lowers) - 1):
        if lowers[j] not in words:
            continue
        key = view.key(j + 1)
        e = view.entities.get(key) if key else None
        if e is not None and e.kind == Kind.PLACE:
            names.add(e.name)
        elif key is None and texts[j + 1][:1].isupper() and texts[j + 1].isalpha():
            names.add(texts[j + 1])
    if len(names) != 1:
        return None
    return f"{label} {names.pop()}"
