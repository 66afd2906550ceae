"""The verbs of saying of a sentence (:func:`saying_cues`) and its first person
(:func:`first_person`), split from :mod:`kg.extract.quotes_reported`, which
re-exports them."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    FIRST_PERSON_WORDS,
    INDEFINITE_ARTICLES,
    MODALS,
    NOT_FIRST_PERSON_AFTER,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
)
from kg.lang.de.speech import (
    ADJECTIVE_LIKE_FORMS,
    CLAUSE_VERBS,
    HAVE_FORMS,
    IMPERSONAL_BELIEFS,
    MODAL_BELIEFS,
    NOT_SAYING_ADVERBS,
    SUBJUNCTIVE_MODALS,
    fronted_participle,
    reporting_verb_readings,
    reporting_verbs,
)

__all__ = ["REPORTING_FORMS", "first_person", "saying_cues"]

#: words before an adjective: "der bekannte Autor" has no verb of saying
_BEFORE_ADJECTIVES = ARTICLES | INDEFINITE_ARTICLES | POSSESSIVE_ARTICLES

#: every form of a verb of saying
REPORTING_FORMS = frozenset(reporting_verbs())


def first_person(view: DocView, sent: Span) -> bool:
    """``sent`` speaks in the first person ("ich", "wir", "mich", "unsere")."""
    found = view.positions(FIRST_PERSON_WORDS)
    n = bisect_left(found, sent.start)
    lowers = view.lowers
    while n < len(found) and found[n] < sent.end:
        i = found[n]
        if i + 1 >= len(lowers) or lowers[i + 1] not in NOT_FIRST_PERSON_AFTER:
            return True
        n += 1  # "um 1330 vor unserer Zeitrechnung": the era, nobody speaks
    return False


def saying_cues(view: DocView, sent: Span) -> list[int]:
    """The token indices of the verbs of saying in ``sent`` (a separable
    particle present later in the sentence)."""
    readings = reporting_verb_readings()
    doc = view.doc
    lowers = view.lowers
    out = []
    for i in view.positions(REPORTING_FORMS):
        if i < sent.start:
            continue
        if i >= sent.end:
            break
        low = lowers[i]
        if low in POSSESSIVES or not (
            doc[i].is_lower or fronted_participle(lowers, i, sent.start)
        ):
            continue  # "meinen Posten"; not "Hervorgehoben hat er, dass …"
        if low in ADJECTIVE_LIKE_FORMS and (
            doc[i].pos_ == "ADJ"
            or (i > sent.start and lowers[i - 1] in _BEFORE_ADJECTIVES)
        ):
            continue  # "der bekannte Autor", not "bekannte der Sieger"
        after = lowers[i + 1 : sent.end]
        if not any(_particle_in(vf.particle, after) for vf in readings[low]):
            continue  # "teilte" without "mit", "gab" without "an" or "bedenken"
        if (
            all(vf.infinitive == "heißen" for vf in readings[low])
            and "es" not in lowers[max(sent.start, i - 4) : min(i + 3, len(lowers))]
            and not _wie_es(lowers, sent.start, i)
        ):
            continue  # "heißen wird sie Immigon": a name, not "heißt es"
        if i > sent.start and lowers[i - 1] in NOT_SAYING_ADVERBS:
            continue  # "genauer gesagt: um die Silbermöwe"
        nxt = lowers[i + 1] if i + 1 < sent.end else ""
        meant = [vf for vf in readings[low] if _particle_in(vf.particle, after)]
        if "man" in lowers[max(sent.start, i - 2) : i + 3] and all(
            vf.infinitive in IMPERSONAL_BELIEFS for vf in meant
        ):
            continue  # "Bisher ging man davon aus, dass …": common opinion
        if (
            meant
            and all(vf.infinitive in MODAL_BELIEFS for vf in meant)
            and any(
                w in MODALS or w in SUBJUNCTIVE_MODALS
                for w in lowers[max(sent.start, i - 6) : i]
            )
        ):
            continue  # "Daher müsse man damit rechnen, dass …": a report's content
        if (
            meant
            and all(vf.infinitive in _EVIDENCE_VERBS for vf in meant)
            and any(
                w in _EVIDENCE_SUBJECTS
                for w in lowers[max(sent.start, i - 2) : min(i + 3, sent.end)]
            )
        ):
            continue  # "Vieles weist darauf hin, dass …": evidence, nobody speaks
        if nxt == "worden" and all(vf.participle for vf in readings[low]):
            continue  # "war kaum kommentiert worden": a passive, nobody speaks
        # the readings whose particle is there: "nahmen wir an" is annehmen
        # alone, not "Stellung nehmen"
        if all(
            vf.infinitive in CLAUSE_VERBS for vf in meant or readings[low]
        ) and not any(
            lowers[j] == "," and lowers[j + 1] in ("dass", "ob")
            for j in range(i + 1, sent.end - 1)
        ):
            continue  # "Er hoffe auf die neue Regierung": only "hofft, dass …"
        if any(vf.infinitive in CLAUSE_VERBS for vf in readings[low]) and (
            (i > sent.start and lowers[i - 1] == "zu")
            or (
                any(vf.participle for vf in readings[low])
                and not any(w in HAVE_FORMS for w in lowers[sent.start : i])
            )
        ):
            continue  # "Bleibt zu hoffen, dass", "scheint ausgeschlossen, dass"
        out.append(i)
    return out


#: verbs of saying that also say what facts point to ("Vieles weist darauf
#: hin, dass …"), and the indefinite subjects of that reading
_EVIDENCE_VERBS = frozenset({"hinweisen"})
_EVIDENCE_SUBJECTS = frozenset(
    "vieles alles einiges manches etliches nichts dies".split()
)

#: separable particles that are also a preposition or the mark of an infinitive:
#: the particle only where it closes its clause ("gab zu, dass …", "gab zu:"),
#: not "gab es Hilfe zu den Bildern", "gab an, zu …"
_PREPOSITION_PARTICLES = frozenset({"zu"})
_CLAUSE_ENDS = frozenset({",", ":", ".", ";", "!", "?", "–", "-", "(", '"', "„", "“"})


def _particle_in(particle: str, after: list[str]) -> bool:
    """The separable ``particle`` ("" for none) is among the lower-case words
    ``after`` the finite verb; a particle of :data:`_PREPOSITION_PARTICLES`
    only where a clause boundary or the end of the sentence follows it."""
    if not particle:
        return True
    if particle not in _PREPOSITION_PARTICLES:
        return particle in after
    return any(
        w == particle and (j + 1 == len(after) or after[j + 1] in _CLAUSE_ENDS)
        for j, w in enumerate(after)
    )


def _wie_es(lowers: list[str], lo: int, i: int) -> bool:
    """The clause of the verb at ``i`` opens with "wie es" after a comma or a
    dash: "…, wie es am Donnerstag in einer Aussendung der OECD heißt"."""
    j = next((j for j in range(i - 1, lo, -1) if lowers[j] in (",", "–")), None)
    return j is not None and lowers[j + 1 : j + 3] == ["wie", "es"]
