"""Whether an organisation is a news agency or broadcaster (the gazetteer's kind
``media``): a medium reports a meeting or a statement, it is no side of it."""

from __future__ import annotations

from kg.extract.records import Kind, kind_of, name_of
from kg.nlp import gazetteer

__all__ = ["is_media"]


def is_media(key: str) -> bool:
    """A news agency or broadcaster, also where the model ran its name on
    ("Deutschen Presse-Agentur am Rande der Automesse")."""
    if kind_of(key) is not Kind.ORG:
        return False
    words = name_of(key).split()
    for n in range(len(words), 0, -1):
        entry = gazetteer.lookup(" ".join(words[:n]))
        if entry is not None:
            return entry.kind == "media"
    return False
