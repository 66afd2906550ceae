"""The span of a person's name the model tagged, cleaned: without a title or
markup before it, with a first name or surname the model left out, without
common nouns the model ran onto it, ending at a genitive before its noun
("Thomas Manns| Roman"); or a place, or nothing (:func:`clean_person`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.names import (
    continues_name,
    features_of,
    first_name_before,
    genitive_before_relation,
    genitive_surname,
    is_common_noun,
    is_double_first_name,
    is_first_name_of_two,
    is_noun,
    is_plain_first_name,
    small_town_for_a_person,
)
from kg.lang.de.grammar import DETERMINERS
from kg.lang.de.names import (
    CHANNEL_WORDS,
    FAMILY_NAMES_FIRST,
    NAME_MARKUP,
    NAME_PARTICLES,
    RELATION_NOUNS,
    is_initial,
    is_syllable_given_name,
)
from kg.lang.de.speech import SAYING_AND_MEETING_VERBS_FOR_NAMES, reporting_verbs
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer
from kg.nlp.components.missed_names import title_phrase_before
from kg.nlp.lexicon import Feature

__all__ = ["clean_person", "genitive_before_noun", "join_title_apart"]

#: a regnal number ("XVI"), its period a token of its own
_REGNAL = re.compile(r"[IVX]{1,5}")


def clean_person(
    doc: Doc, start: int, end: int, surnames: frozenset[str]
) -> tuple[int, int, str] | None:
    """Trim what the model ran into a person's name; ``None`` if nothing is left.

    "Gheorghe Brega vor Journalisten in" -> "Gheorghe Brega" (a lower-case word
    that is no name particle ends the name); "Obamas Demokraten" -> "Obamas" (a
    trailing common noun is no surname); a lone common noun ("Senfgas") is not a
    person; a lone place name the lexicon calls a toponym and the gazetteer
    gives as a place in the light of the article ("Aleppo"; not "Obama", a
    small town in Japan, in an article about Berlin) is a place. ``surnames``:
    the last words of the persons the model named in full.
    """
    if (
        doc[start].text == "Per"
        and start + 1 < len(doc)
        and doc[start + 1].lower_ in CHANNEL_WORDS
    ):
        return None  # "Per Twitter teilte er mit": the preposition "per"
    start, end = _widen_person(doc, start, end, surnames)
    start, end = _trim_person(doc, start, end, surnames)
    if end <= start:
        return None
    if end - start == 1:
        word = doc[start].text
        if (
            (word in surnames and gazetteer.lookup(word) is None)
            or (word.endswith("s") and word[:-1] in surnames)
            or genitive_before_relation(doc, start) is not None
        ):
            # "Hollandes" next to "François Hollande": the person's genitive,
            # whatever else the lexicon reads in it ("Landes")
            return start, end, "PER"
        if is_common_noun(doc, word) or _after_im(doc, start):
            return None
        lex = features_of(doc, word)
        if _capitalised_only_here(doc, start, lex) or _bare_after_determiner(
            doc, start, lex
        ):
            return None
        if Feature.TOPONYM in lex or (
            Feature.HANTA_NE in lex and not lex & {Feature.FIRST_NAME, Feature.SURNAME}
        ):
            entry = gazetteer.lookup(word)
            if (
                entry is not None
                and entry.label == "LOC"
                and not small_town_for_a_person(doc, start, entry)
            ):
                return start, end, "LOC"
    return start, end, "PER"


def _after_im(doc: Doc, start: int) -> bool:
    """One word after "im" and lower-case adjectives ("im kommenden Herbst",
    "im Sommer"): no name of a person, which takes no article."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].is_lower and doc[i].lower_ != "im":
        i -= 1
    return i >= 0 and doc[i].lower_ == "im"


def join_title_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person the model tagged as its title and its surname
    apart joined into one name, without the title: "Antikenminister| Mamduch
    |Damati" (the title and the surname tagged, the first name between them
    not) -> "Mamduch Damati"."""
    out: list[Span] = []
    skip = -1
    for n, e in enumerate(ents):
        if n == skip:
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if (
            nxt is not None
            and e.label_ == "PER"
            and nxt.label_ == "PER"
            and len(e) == 1
            and len(nxt) == 1
            and nxt.start == e.end + 1
            and match_title(e[0].text) is not None
            and doc[e.end].text[:1].isupper()
            and doc[e.end].is_alpha
            and not doc[e.end].ent_type_
            and match_title(doc[e.end].text) is None
        ):
            out.append(Span(doc, e.end, nxt.end, label="PER"))
            skip = n + 1
            continue
        out.append(e)
    return out


def _widen_person(
    doc: Doc, start: int, end: int, surnames: frozenset[str]
) -> tuple[int, int]:
    """The person ``doc[start:end]`` without a title before it, with the first
    name and the surname the model left out."""
    # a title the model took into the name: "Oppositionskandidat Manuel Baldizón"
    while end - start > 1 and match_title(doc[start].text):
        start += 1
    # a first name the model left out: "Präsident Miloš| Zeman", "Jean-Claude| Juncker"
    while start > 0 and end - start < 4 and first_name_before(doc, start - 1):
        start -= 1
    # the initial of the given name before a surname: "T.| Kainz" in a line-up
    # tells this Kainz from Florian Kainz
    if (
        end - start == 1
        and start > 0
        and is_initial(doc[start - 1].text)
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    # a given name written after the family name the model left out: "Ban|
    # Ki-moon", "Kim| Jong-un" (the lower-case syllable is no word of its own)
    if (
        end - start == 1
        and end < len(doc)
        and doc[start].text in FAMILY_NAMES_FIRST
        and not doc[end].ent_type_
        and is_syllable_given_name(doc[end].text)
    ):
        end += 1
    # a surname the model left out: "Präsident François| Hollande bringt"; not
    # a person of its own ("Mayer| Doskozil", each the surname of a person the
    # article names in full)
    while (
        end < len(doc)
        and not (doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PER")
        and not (
            end - start == 1
            and doc[start].text in surnames
            and doc[end].text in surnames
        )
        and continues_name(
            doc,
            doc[end],
            after_first_name=end - start == 1
            and (is_plain_first_name(doc, start) or is_double_first_name(doc, start)),
        )
    ):
        end += 1
    return start, end


def _trim_person(
    doc: Doc, start: int, end: int, surnames: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The person ``doc[start:end]`` without markup before it, and ending at the
    first word that is no part of a name, without particles, punctuation and
    common nouns at its end. ``surnames``: the last words of the persons the
    model named in full."""
    while start < end and not any(c.isalpha() for c in doc[start].text):
        start += 1  # "#Merkel" tokenised "#", "Merkel"
    i = start
    while i < end and (
        doc[i].text[:1].isupper()
        or doc[i].lower_ in NAME_PARTICLES
        or doc[i].text.startswith(("al-", "el-", "bin-"))
        or _regnal_period(doc, start, i)
        or (
            set(doc[i].text) <= NAME_MARKUP
            and i + 1 < end
            and doc[i + 1].text[:1].isupper()
        )
    ):
        i += 1
    end = _end_at_particle_before_noun(doc, start, i)
    # "Thomas Manns Roman": the name ends at its genitive, before the noun
    genitive = False
    for k in range(start, min(end, len(doc) - 1)):
        if genitive_before_noun(doc, k, surnames):
            end, genitive = k + 1, True
            if (
                k - start >= 2
                and not is_plain_first_name(doc, k - 1)
                and not is_initial(doc[k - 1].text)  # "Thomas D. Trummers"
            ):
                # "Peter Altmaier Obamas Tochter": two names run together, the
                # genitive the other's ("Johann Sebastian Bachs Werk" stays)
                end, genitive = k, False
            break
    while (
        end > start
        and (
            doc[end - 1].lower_ in NAME_PARTICLES or not doc[end - 1].text[:1].isalpha()
        )
        and not _regnal_period(doc, start, end - 1)
    ):
        end -= 1
    # "Freund Heinz Fischer Rosen streute": a common noun after a full name the
    # article names (the lexicon may know it as a first name too, not a surname)
    if (
        end - start >= 3
        and doc[end - 2].text in surnames
        and _common_noun_no_surname(doc, doc[end - 1].text)
        and not any(
            e.label_ == "PER" and len(e) >= 2 and e[-1].text == doc[end - 1].text
            for e in doc.ents
            if not start <= e.start < end
        )
    ):
        end -= 1
    while (
        not genitive
        and end - start > 1
        and is_common_noun(doc, doc[end - 1].text)
        # "Gisela von Westarp": the word after a particle is the surname
        and doc[end - 2].lower_ not in NAME_PARTICLES
        # "Andrä Rupprechter": a word the lexicon does not know after a first
        # word that is no common noun is the surname, whatever it reads as
        and not (
            end - start == 2
            and not features_of(doc, doc[end - 1].text)
            and not is_common_noun(doc, doc[start].text)
        )
        # "Jeff Sessions": a first name and one more word is a full name
        and not (end - start == 2 and is_first_name_of_two(doc, start))
        # "Frank-Jürgen Weise": any noun after a double first name
        and not (end - start == 2 and is_double_first_name(doc, start))
        # "der Sondergesandte, Ibrahima Fall,": two words closing a title's
        # apposition are a first name and a surname
        and not (end - start == 2 and _closes_apposition(doc, start, end))
        # "Fritz Grundnig ... sagt Grundnig": a person alone elsewhere
        and not _person_alone(doc, doc[end - 1].text)
    ):
        end -= 1
    return start, end


def _closes_apposition(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` stands between a comma after a title phrase
    (:func:`~kg.nlp.components.missed_names.title_phrase_before`) and the end
    of the apposition."""
    return (
        start > 0
        and doc[start - 1].text == ","
        and (end == len(doc) or doc[end].text in (",", ".", ";", ")"))
        and title_phrase_before(doc, start - 1)
    )


def _regnal_period(doc: Doc, start: int, k: int) -> bool:
    """``doc[k]`` is the period of a regnal number, a token of its own right
    after it ("Benedikt XVI|.", written "Benedikt XVI." like "Charles III.")."""
    return (
        k - 1 > start
        and doc[k].text == "."
        and not doc[k - 1].whitespace_
        and _REGNAL.fullmatch(doc[k - 1].text) is not None
    )


def _capitalised_only_here(doc: Doc, i: int, lex: frozenset[Feature]) -> bool:
    """``doc[i]``, a one-word person, opens its sentence, where every word is
    capitalised, and is no evidence of a name: the lexicon knows it as no
    first name, surname or proper noun, the text has it nowhere else, and no
    verb of saying, relation or title follows, nor "und" and a person
    ("Strafmildernd kam hinzu", "Populistische Kunst ...", "Many are asking";
    "Ovid erzählt", "Tsipras Sprecher", "Erdoğan und Putin" stay)."""
    if not doc[i].is_sent_start:
        return False
    if lex & {Feature.FIRST_NAME, Feature.SURNAME, Feature.UD_PROPN}:
        return False
    word = doc[i].text
    if doc.text.count(word) > 1:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (
        nxt.lower_ in SAYING_AND_MEETING_VERBS_FOR_NAMES
        or nxt.lower_ in reporting_verbs()
        # "Tsipras Sprecher": a genitive before a relation or title
        or nxt.text in RELATION_NOUNS
        or match_title(nxt.text) is not None
        # "Erdoğan und Putin kamen zusammen": one of two persons
        or (
            nxt.lower_ in ("und", "sowie")
            and i + 2 < len(doc)
            and doc[i + 2].ent_type_ == "PER"
        )
    )


def _bare_after_determiner(doc: Doc, i: int, lex: frozenset[Feature]) -> bool:
    """``doc[i]``, a one-word person, stands right after a determiner ("die
    Rift", "der Railjet", "unsere Grenzlinie"), where a noun or the name of a
    thing stands, the lexicon knows it as no first name or surname, and the
    text has it nowhere else ("der Hofer" of a Hofer named before stays)."""
    if i == 0 or doc[i - 1].lower_ not in DETERMINERS or doc[i].is_sent_start:
        return False
    if lex & {Feature.FIRST_NAME, Feature.SURNAME}:
        return False
    return doc.text.count(doc[i].text) == 1


def _end_at_particle_before_noun(doc: Doc, start: int, end: int) -> int:
    """Where the name ``doc[start:end]`` ends when a lower-case particle in it
    is a German word before a common noun the lexicon knows, no name ("José
    Dos Santos| von der Macht", "Jörg Hennemann| der Zeitung"): before the
    particle; else ``end``."""
    i = start + 1
    while i < end:
        if doc[i].is_lower and doc[i].lower_ in NAME_PARTICLES:
            j = i
            while j < end and doc[j].is_lower and doc[j].lower_ in NAME_PARTICLES:
                j += 1
            if j < end and _common_noun_no_surname(doc, doc[j].text):
                return i
            i = j
        else:
            i += 1
    return end


def _person_alone(doc: Doc, word: str) -> bool:
    """The model tagged ``word`` as a person of one word somewhere in ``doc``."""
    return any(e.label_ == "PER" and len(e) == 1 and e.text == word for e in doc.ents)


def genitive_before_noun(doc: Doc, k: int, surnames: frozenset[str]) -> bool:
    """``doc[k]`` is a surname in the genitive before a common noun that is
    no name ("Thomas Manns| Roman", "Angela Merkels| Regierung")."""
    nxt = doc[k + 1]
    if not nxt.text[:1].isupper() or not is_noun(doc, nxt.text):
        return False
    return genitive_surname(doc, k, surnames) is not None


def _common_noun_no_surname(doc: Doc, word: str) -> bool:
    lex = features_of(doc, word)
    return Feature.COMMON_NOUN in lex and not lex & {
        Feature.SURNAME,
        Feature.PROPER_NOUN,
        Feature.TOPONYM,
    }
