"""German verb forms from a verb's base forms, as the word lists need them.

Enough of German conjugation for the verbs kg lists, not a full one: weak
verbs inflect by rule from the infinitive ("besuchen": "besucht",
"besuchte", "besuchten"); strong verbs are given by their principal parts
("treffen": "trifft", "traf", "getroffen"), the rest follows from those. A
separable particle ("zusammen" in "zusammenkommen") goes in front of every form,
as a subordinate clause writes it ("..., als sie zusammenkamen").

Example
-------
>>> conjugate("besuchen").indicative()
('besuchen', 'besucht', 'besuchte', 'besuchten', 'besucht')
>>> kommen = ("kommt", "kam", "gekommen")
>>> conjugate("kommen", particle="zusammen", strong=kommen).preterite
'zusammenkam'
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.lang.de.lexicon import data_lines

__all__ = [
    "INSEPARABLE_PREFIXES",
    "StrongParts",
    "VerbForms",
    "conjugate",
    "strong_parts",
    "verb_table",
]

#: the principal parts of a strong verb: present, preterite, participle
#: ("trifft", "traf", "getroffen")
StrongParts = tuple[str, str, str]

#: prefixes that never separate and take no "ge-" in the participle
#: ("besucht", "verhandelt", "empfangen")
INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


@dataclass(frozen=True, slots=True)
class VerbForms:
    """The finite forms and the participle of one verb."""

    infinitive: str  # also the 1st and 3rd person plural present
    present: str  # 3rd person singular present: "trifft"
    preterite: str  # 1st and 3rd person singular: "traf"
    preterite_plural: str  # 1st and 3rd person plural: "trafen"
    participle: str  # "getroffen"
    subjunctive: str  # Konjunktiv I, 3rd person singular, of reported speech: "treffe"

    def indicative(self) -> tuple[str, ...]:
        """The forms a report uses to tell what happened, in the order of the
        fields: infinitive, present, preterite (singular, plural), participle."""
        return (
            self.infinitive,
            self.present,
            self.preterite,
            self.preterite_plural,
            self.participle,
        )


def conjugate(
    infinitive: str,
    *,
    particle: str = "",
    strong: tuple[str, str, str] | None = None,
) -> VerbForms:
    """The forms of the verb ``particle + infinitive``.

    Parameters
    ----------
    infinitive
        The infinitive without a separable particle: "kommen" for
        "zusammenkommen", "bestellen" for "einbestellen".
    particle
        A separable particle, written in front of every form.
    strong
        For a strong verb, its principal parts without the particle: 3rd person
        singular present, preterite singular, participle ("trifft", "traf",
        "getroffen"); ``None`` for a weak verb.

    Example
    -------
    >>> conjugate("verhandeln").subjunctive
    'verhandle'
    """
    stem = _stem(infinitive)
    if strong is None:
        # "arbeitet", "arbeitete": an "e" between a stem in d or t and the ending
        e = "e" if _needs_e(stem) else ""
        present = stem + e + "t"
        preterite = stem + e + "te"
        preterite_plural = preterite + "n"
        no_ge = infinitive.endswith("ieren") or infinitive.startswith(
            INSEPARABLE_PREFIXES
        )
        participle = present if no_ge else "ge" + present
    else:
        present, preterite, participle = strong
        preterite_plural = preterite + "en"
    # "verhandle": a stem in -el drops its "e" before the ending
    subjunctive = stem[:-2] + "le" if infinitive.endswith("eln") else stem + "e"
    return VerbForms(
        *(
            particle + form
            for form in (
                infinitive,
                present,
                preterite,
                preterite_plural,
                participle,
                subjunctive,
            )
        )
    )


def _needs_e(stem: str) -> bool:
    """An "e" goes between a weak stem and "-t": after d or t ("arbeitet"), and
    after m or n that follow a consonant other than l, r, a lengthening h or
    itself ("eröffnet", "rechnet", "atmet", "entgegnet"; not "lernt", "filmt",
    "wohnt", "nennt")."""
    if stem.endswith(("d", "t")):
        return True
    if len(stem) >= 2 and stem[-1] in "mn":
        before = stem[-2]
        if before == "h":  # "rechnet", "zeichnet"; "wohnt", "lehnt"
            return stem[-3:-2] == "c"
        return before not in "aeiouäöüylr" and before != stem[-1]
    return False


def _stem(infinitive: str) -> str:
    """ "besuchen" -> "besuch", "verhandeln" -> "verhandel", "ändern" -> "änder"."""
    if infinitive.endswith(("eln", "ern")):
        return infinitive[:-1]
    if infinitive.endswith("en"):
        return infinitive[:-2]
    raise ValueError(
        f"{infinitive!r}: expected a German infinitive ending in -en or -n"
    )


def strong_parts(field: str) -> StrongParts | None:
    """The principal parts a verb table of ``kg/data/`` gives a strong verb,
    written "present|preterite|participle"; None for "-" (a weak verb).

    Example
    -------
    >>> strong_parts("trifft|traf|getroffen"), strong_parts("-")
    (('trifft', 'traf', 'getroffen'), None)
    """
    if field == "-":
        return None
    parts = field.split("|")
    if len(parts) != 3:
        raise ValueError(f"expected present|preterite|participle or -, got {field!r}")
    return (parts[0], parts[1], parts[2])


def verb_table(name: str) -> list[tuple[str, str, StrongParts | None]]:
    """The rows of a verb table in ``kg/data/`` with three columns: the
    infinitive without a separable particle, the particle ("" for "-"; "_"
    joins the words of a phrase: "zu_bedenken" → "zu bedenken") and the
    principal parts of a strong verb (:func:`strong_parts`).

    Example
    -------
    >>> ("bieten", "an", ("bietet", "bot", "geboten")) in verb_table("offer_verbs.tsv")
    True
    """
    out = []
    for n, line in data_lines(name):
        cols = line.split("\t")
        try:
            if len(cols) != 3:
                raise ValueError("expected infinitive, particle, strong forms")
            inf, part, strong = cols
            particle = "" if part == "-" else part.replace("_", " ")
            out.append((inf, particle, strong_parts(strong)))
        except ValueError as e:
            raise ValueError(f"kg/data/{name} line {n}: {e}; got {line!r}") from None
    return out
