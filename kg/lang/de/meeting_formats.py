"""Named meeting formats and recurring gatherings ("EU-Gipfel", "G20-Gipfel",
"UN-Vollversammlung", "Münchner Sicherheitskonferenz", "Normandie-Format",
"Asylgipfel"), read from ``kg/data/meeting_formats.tsv``: what kind of
gathering the word names, the intergovernmental body that attends it, the place
its name gives, and whether the word names a meeting of its own; and the city a
town's adjective before a meeting noun names ("Wiener Gipfel", "Genfer
Konferenz").

Example
-------
>>> meeting_format("UN-Vollversammlung").body
'Vereinte Nationen'
>>> meeting_format("G20-Gipfels").kind
'summit'
>>> meeting_format("Treffen") is None
True
>>> meeting_format("Metaller-KV-Runde").kind
'domestic'
>>> city_adjective_stems("Münchner")
('München',)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.errors import InputError
from kg.lang.de.lexicon import data_lines

__all__ = [
    "FORMAT_KINDS",
    "GOING_VERBS",
    "MeetingFormat",
    "ROUND_TABLE",
    "city_adjective_stems",
    "round_table",
    "meeting_format",
]

FORMAT_KINDS = frozenset(
    {"summit", "council", "conference", "forum", "format", "domestic"}
)


@dataclass(frozen=True, slots=True)
class MeetingFormat:
    """One row of ``kg/data/meeting_formats.tsv``."""

    form: str
    kind: str
    body: str | None  # the gazetteer name of the body that attends
    place: str | None  # the place the name itself gives
    trigger: bool  # the word names a meeting of its own


@lru_cache(maxsize=1)
def _formats() -> dict[str, MeetingFormat]:
    out: dict[str, MeetingFormat] = {}
    for n, line in data_lines("meeting_formats.tsv"):
        cols = line.split("\t")
        if (
            len(cols) != 5
            or cols[1] not in FORMAT_KINDS
            or cols[4] not in ("yes", "no")
        ):
            raise InputError(
                f"kg/data/meeting_formats.tsv line {n}: expected "
                f"'form<TAB>kind<TAB>body<TAB>place<TAB>yes|no', got {line!r}"
            )
        form, kind, body, place, trigger = cols
        out[form] = MeetingFormat(
            form,
            kind,
            None if body == "-" else body,
            None if place == "-" else place,
            trigger == "yes",
        )
    return out


@lru_cache(maxsize=4096)
def meeting_format(word: str) -> MeetingFormat | None:
    """The format ``word`` names, in any case ("G20-Gipfels", "EU-Gipfel"), or
    None."""
    low = word.lower()
    formats = _formats()
    if low in formats:
        return formats[low]
    if low.endswith("s") and low[:-1] in formats:  # "des G20-Gipfels"
        return formats[low[:-1]]
    if low.endswith("es") and low[:-2] in formats:  # "des Ostseerates"
        return formats[low[:-2]]
    # a domestic round with a prefix before a hyphen: "Metaller-Lohnrunde",
    # "Handels-KV-Runde" (not "Anti-G20-Gipfel": summits keep their full form)
    parts = low.split("-")
    for i in range(1, len(parts)):
        fmt = meeting_format("-".join(parts[i:]))
        if fmt is not None and fmt.kind == "domestic":
            return fmt
    # or closed up: "Metallerlohnrunde", "Herbsttarifrunde" (forms of nine
    # letters or more, so no short word ends a longer one by chance)
    for form, fmt in _domestic_endings():
        if low.endswith(form) and len(low) > len(form):
            return fmt
    return None


@lru_cache(maxsize=1)
def _domestic_endings() -> tuple[tuple[str, MeetingFormat], ...]:
    """The domestic rounds that name a meeting, longest form first, for
    :func:`meeting_format`'s closed-up compounds."""
    rows = [
        (form, fmt)
        for form, fmt in _formats().items()
        if fmt.kind == "domestic" and fmt.trigger and len(form) >= 9
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


#: town adjectives that are not the town's name with "-er" ("Münchner",
#: "Dresdner", "Bremer"): adjective -> town
_IRREGULAR_TOWN_ADJECTIVES = {
    "münchner": "München",
    "münchener": "München",
    "dresdner": "Dresden",
    "bremer": "Bremen",
    "hannoveraner": "Hannover",
    "göttinger": "Göttingen",
    "tübinger": "Tübingen",
    "kieler": "Kiel",
    "brüsseler": "Brüssel",
    "brüssler": "Brüssel",
    "madrider": "Madrid",
    "osloer": "Oslo",
    "kopenhagener": "Kopenhagen",
    "warschauer": "Warschau",
    "petersburger": "Sankt Petersburg",
    "jaltaer": "Jalta",
}


def city_adjective_stems(word: str) -> tuple[str, ...]:
    """The town names a capitalised adjective in "-er" may come from
    ("Wiener" -> "Wien", "Genfer" -> "Genf", "Münchner" -> "München"), most
    likely first; () for other words. Whether the town exists is for the
    gazetteer to say."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith("er") or len(low) < 5:
        return ()
    if low in _IRREGULAR_TOWN_ADJECTIVES:
        return (_IRREGULAR_TOWN_ADJECTIVES[low],)
    stem = word[:-2]
    return (stem, stem + "en", stem + "e")  # Wien, Essen, Minsk


#: verbs of going to a meeting named after "zum"/"zur": "X reist zum EU-Gipfel
#: nach Brüssel", "wollte zur UN-Vollversammlung nach New York weiterreisen":
#: the subject takes part (not "kommen": "kam es zum Treffen")
GOING_VERBS = frozenset(
    (
        "reist reiste reisten reisen gereist weiterreisen weiterreist weiterreiste "
        "fliegt flog flogen fliegen geflogen weiterfliegen "
        "fährt fuhr fuhren fahren gefahren"
    ).split()
)


#: "Runder Tisch": the sides of a question at one table ("am Runden Tisch mit
#: Caritas, Diakonie und dem Innenministerium", "der Runde Tisch zwischen
#: Ärztekammer und Stadt"): adjective forms -> noun forms
ROUND_TABLE = (
    frozenset({"runde", "runden", "runder", "rundes"}),
    frozenset({"tisch", "tisches", "tischs", "tische", "tischen"}),
)


def round_table(adjective: str, noun: str) -> bool:
    """``adjective noun`` is a "Runder Tisch" in any case, both capitalised
    ("am Runden Tisch"; not "an einem runden Tisch sitzen")."""
    return (
        adjective[:1].isupper()
        and noun[:1].isupper()
        and adjective.lower() in ROUND_TABLE[0]
        and noun.lower() in ROUND_TABLE[1]
    )
