"""The kind of organisation a noun right before an acronym names ("der
türkische Geheimdienst MIT": a security service), and the gazetteer kinds that
fit it (``kg/data/org_kind_nouns.tsv``).

Example
-------
>>> acronym_kinds("Geheimdienstes")
('gov', 'military')
>>> acronym_kinds("Parteien")
('party',)
>>> acronym_kinds("Juni") is None
True
"""

from __future__ import annotations

from functools import lru_cache

from kg.errors import InputError
from kg.lang.de.lexicon import data_lines
from kg.lang.de.orgs import COMPANY_NOUNS
from kg.lang.de.speech_sources import BODY_ENDINGS

__all__ = ["PLACED_BODY_ENDINGS", "acronym_kinds", "is_company_head", "is_kind_noun"]

#: last parts of compounds that call a company by its size: "der
#: Süßwarengigant Mars", "der Ölriese Shell" (a bare "Riese" is no firm)
COMPANY_COMPOUND_HEADS = ("riese", "gigant")

#: company nouns that are no company on their own: "seine Tochter Paris"
#: (a daughter; "die Bahntochter", "die Demag-Mutter" are firms)
_BARE_NOT_COMPANY = frozenset({"tochter", "töchter", "mutter"})


def _case_forms(low: str) -> tuple[str, ...]:
    """``low`` bare and without a case or plural ending."""
    ends = ("en", "es", "n", "s")
    return (low, *(low[: -len(e)] for e in ends if low.endswith(e)))


@lru_cache(maxsize=8192)
def is_company_head(word: str) -> bool:
    """``word``, in any case form, is a noun for a company that stands right
    before its name: a noun of :data:`kg.lang.de.orgs.COMPANY_NOUNS` ("des
    Autobauers", "Konzern"), a firm's parent ("Konzernmutter", "Demag-Mutter";
    not "Schwiegermutter") or a compound that calls a company by its size
    ("US-Süßwarengiganten", "Ölriese"); not a bare "Tochter", "Mutter" or
    "Riese"."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    if any(f in _BARE_NOT_COMPANY for f in _case_forms(word.lower())):
        return False
    compound = word.lower().replace("-", "")
    head, _, last = word.lower().rpartition("-")
    for form in _case_forms(last):
        if form.endswith(COMPANY_NOUNS):
            return True
        # a firm's parent after its name ("Demag-Mutter"), not a kinship
        # word ("Schwiegermutter")
        if form == "mutter" and head or form == "konzernmutter":
            return True
    for form in _case_forms(compound):
        if form.endswith(COMPANY_COMPOUND_HEADS) and form not in COMPANY_COMPOUND_HEADS:
            return True
    return False


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = []
    for n, line in data_lines("org_kind_nouns.tsv")[1:]:
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].islower() or not parts[1]:
            raise InputError(
                f"org_kind_nouns.tsv:{n}: expected 'noun<TAB>kinds', got {line!r}"
            )
        rows.append((parts[0], tuple(parts[1].split(","))))
    # the longest noun first: "nachrichtendienst" before "dienst"
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=8192)
def acronym_kinds(word: str) -> tuple[str, ...] | None:
    """The gazetteer kinds an organisation may be that ``word`` names the kind
    of (a noun or the last part of a compound, in any case or number form),
    the likeliest first, else ``None``. A noun of fewer than five letters
    counts only as the whole word ("Uni", not "Juni")."""
    if not word[:1].isupper():
        return None
    low = word.lower().rsplit("-", 1)[-1]
    forms = (low, *(low[: -len(e)] for e in ("en", "es", "n", "s") if low.endswith(e)))
    for noun, kinds in _table():
        for form in forms:
            if form == noun or (len(noun) >= 5 and form.endswith(noun)):
                return kinds
    return None


#: last parts of nouns for a kind of organisation that stand before its name
#: and are in none of the tables above ("die Wirtschaftsauskunftei X", "der
#: Flughafenbetreiber Y", "der Mobilfunkanbieter Z")
KIND_NOUN_ENDINGS = (
    "auskunftei",
    "betreiber",
    "anbieter",
    "versicherer",
    "verein",
    "vereinigung",
    "genossenschaft",
    "stiftung",
    "bank",
    "kasse",
)


#: endings of nouns for a body named by the place it serves ("die
#: Alpinpolizei Xdorf", "das Landgericht Yburg"): the word after them is a
#: place, not the body's own name
PLACED_BODY_ENDINGS = (
    "polizei",
    "feuerwehr",
    "rettung",
    "staatsanwaltschaft",
    "gericht",
    "gerichtshof",
    "amt",
    "behörde",
    "ministerium",
    "wache",
    "wacht",
    "inspektion",
    "direktion",
    "kommando",
)


@lru_cache(maxsize=8192)
def is_kind_noun(word: str) -> bool:
    """``word`` is a noun for a kind of organisation that may stand right
    before its name: a company noun (:func:`is_company_head`), a kind of
    ``org_kind_nouns.tsv`` (:func:`acronym_kinds`), a public body's noun
    ("…polizei", "…verband") or one of :data:`KIND_NOUN_ENDINGS`."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    low = word.lower()
    return (
        is_company_head(word)
        or acronym_kinds(word) is not None
        or low.endswith(BODY_ENDINGS + KIND_NOUN_ENDINGS)
    )
