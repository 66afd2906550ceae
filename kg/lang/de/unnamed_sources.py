"""Unnamed sources after "laut" / before "zufolge" that make a clause a report
though they name no one: a group of people by a plural noun ("laut Testern",
"den Einsatzkräften zufolge", "laut NGOs") and a text that reports findings
("laut einer Studie", "laut Anklage"; ``kg/data/finding_nouns.txt``)."""

from __future__ import annotations

import re

from kg.lang.de.lexicon import data_lines

__all__ = ["FINDING_NOUNS", "unnamed_source_word"]

FINDING_NOUNS = frozenset(line.strip() for _, line in data_lines("finding_nouns.txt"))

# plural endings of nouns for people in the dative ("Testern", "Organisatoren",
# "Einsatzkräften")
_GROUP_ENDINGS = ("ern", "oren", "kräften")

# dative plurals in "-ern" of things, not people ("laut Ländern", "Bildern")
_THING_PLURALS = frozenset(
    "ländern bildern büchern gütern häusern dörfern feldern wörtern liedern "
    "kapiteln gräbern fächern blättern rädern".split()
)

# an abbreviation in the plural ("NGOs")
_ABBREVIATION_PLURAL = re.compile(r"[A-ZÄÖÜ]{2,}s")


def unnamed_source_word(word: str) -> bool:
    """``word`` (as written) is an unnamed source of a report: a plural noun for
    people ("Testern", "Organisatoren", "Einsatzkräften", "NGOs") or a text of
    findings ("Studie", "KFV-Studie", "Anklage")."""
    if not word[:1].isupper():
        return False
    if _ABBREVIATION_PLURAL.fullmatch(word):
        return True
    low = word.lower()
    last = low.rsplit("-", 1)[-1]
    if any(
        last == n or (last.endswith(n) and len(last) > len(n) + 2)
        for n in FINDING_NOUNS
    ):
        return True
    return (
        len(last) >= 7
        and last.endswith(_GROUP_ENDINGS)
        and not any(last.endswith(t) for t in _THING_PLURALS)
    )
