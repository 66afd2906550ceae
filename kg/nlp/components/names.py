"""``kg_names``: the rule layer for personal names, after ``kg_gazetteer``.

The statistical model misses names, runs them together and gives them the wrong
label in ways a few rules over the lexicon table (:mod:`kg.nlp.lexicon`) mend. In
this order:

0. **Known persons**: a full name of ``kg/data/gazetteer/persons.tsv`` is a
   person, and so is an untagged distinctive surname of it ("Lawrow"); a
   surname that is a German word or common ("Kurz") only after the full name
   (:mod:`kg.nlp.components.known_persons`).
1. **Relabel**: a one-word ORG, LOC or MISC that is the surname of a person the
   text names in full and no name the gazetteer knows is that person ("John
   Kerry … Zuvor hatte Kerry"); an entity labelled ORG, LOC or MISC that is two to four
   capitalised words (none all capitals), the first a first name and nothing
   else the table knows, the others no common noun unless also a name and no
   place or gazetteer name, and not a span the gazetteer tagged, is PER
   ("US-Außenminister Antony Blinken" as MISC; "Emmy Award", "Hertha BSC" stay);
   an article and a noun the model ran onto such a name fall away ("Der
   Schweizer| Roger Federer" as MISC is the person Roger Federer).
2. **Particles**: a person ending in a name particle takes the particles and the
   capitalised word after it ("Ursula von der| Leyen", "Alexander Van| der
   Bellen"), whatever the model made of that word; so do first names alone
   before particles and a word that is no common noun, place or body ("Ursula|
   von der Leyen"; not "Anna| von der SPD"). A person takes the first part
   of a double name cut off by a stray space after its hyphen ("Mikl-| Leitner").
   A person right before a particle written with a capital takes the surname it
   opens ("Jean-Yves| Le Drian", "Luigi| Di Maio"); a lone first name takes the
   capitalised word after it that the table knows only in lower case or as a
   noun that is also a surname ("Sebastian| Kurz"); a proper noun joined by
   "und"/"sowie" to a person is one too ("Das Treffen Putins und Merkels").
   An Arabic name chain after a person joins it ("Mohammed| bin Salman",
   :mod:`kg.nlp.components.name_links`); two persons with lower-case
   particles between, the second one word, are one ("Lula| da |Silva"; not
   over "von").
3. **Split**: a person run into the surname of another person named in the text
   is two ("Wendy Sherman Rjabkow" with "Sergej Rjabkow" elsewhere); so are two
   surnames of persons named in the text ("Mayer Doskozil"). A common word the
   model ran into the front of a name falls away ("Vorausgesetzt Thiem", "Der
   Grüne Peter Pilz"): a first word the table knows as a common or lower-case
   word and not as any kind of name.
4. **Places**: a "person" that is a post "von" a place the gazetteer knows is
   that place ("den Emir von Katar"); a "person" right after "in" or a place
   noun is a place ("in Raqqa getötet", "die Provinz Hama", "die
   Mittelmeerinsel Giglio", "im Raum Leibnitz"), unless a capitalised word
   follows ("in Merkels Regierung") or it is a first name with a surname.
5. **Missed names**: one to three name-like words in no entity right after a
   title ("Chinas Staatschef Xi Jinping") or a counterpart noun ("Amtskollegen
   Mevlüt Cavusoglu"), and an unknown word opening a sentence before a verb of
   saying or meeting ("Gunnlaugsson erklärte"), are persons
   (:mod:`kg.nlp.components.missed_names`).
6. **Join**: a one-word person right before another person is one name
   ("Jarosław| Kaczyński").
7. **Things**: a foreign name of a thing with a particle ("Copa| del Rey"),
   a bare name after an owner compound ("Bawag-Aktionär Cerberus", ORG) or
   after a noun for an agreement or mission ("Abkommen Privacy Shield",
   MISC) is no person (:mod:`kg.nlp.components.name_links`).
8. **No one**: a one-word entity that is a German abbreviation ("Anm.",
   "und Co.", ``kg.lang.de.names.NOT_NAMES``) or a lone initial ("V." of
   "n. V.") is dropped; so is a one-word person opening a sentence that the
   table knows as a lower-case word and not as a surname ("Bloß nicht",
   "Will ein Bezieher mehr"), unless another person entity of the text has
   that word ("Kurz sagte" after "Sebastian Kurz" or "Minister Kurz").

Measured on the 1,028 10kGNAD test articles and GermEval's held-out part in the
README ("German NER"). Without kg's table (``--model`` with another pipeline) the
component does nothing.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.lang.de.names import (
    CREDIT_WORDS,
    FOREIGN_FIRST_NAMES,
    HONORIFICS,
    MEET_OBJECT_FORMS,
    NAME_PARTICLES,
    NOT_NAMES,
    PARTY_COLOURS,
)
from kg.lang.de.places import PLACE_NAME_CUES, PLACE_NAME_HEADS, PLACE_NOUNS
from kg.lang.de.spelling import strip_accents
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer
from kg.nlp.components.known_persons import with_known_persons
from kg.nlp.components.missed_names import (
    double_first_names,
    family_names_alone,
    name_beside,
    names_after_appositions,
    names_after_titles,
    names_before_verbs,
    names_beside_persons,
    names_in_lists,
    names_in_meeting_clauses,
    person_taken_for_place,
    persons_met,
    places_run_into_names,
)
from kg.nlp.components.name_links import relabel_things, with_arabic_chains
from kg.nlp.lexicon import (
    NOT_ONLY_A_FIRST_NAME,
    Feature,
    has_table,
    word_features,
)

__all__ = ["NameRelabeller", "is_personal_name", "split_run_on_names"]

# a common noun can be a surname ("Fischer", "Schmidt"); a place cannot
_NOT_A_SURNAME = NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN}


class NameRelabeller:
    """Applies the name rules of this module to ``doc.ents``, in order."""

    def __init__(self, nlp: Language, name: str = "kg_names") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not has_table(doc.vocab):
            return doc
        tagged = doc._.kg_entries if doc.has_extension("kg_entries") else None
        changed = False
        ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "PER" and not (tagged and (ent.start, ent.end) in tagged):
                start = _name_after_descriptor(doc, ent.start, ent.end)
                if start is not None:
                    ent = Span(doc, start, ent.end, label="PER")
                    changed = True
            ents.append(ent)
        # "Wladimir Putin", "Lawrow": persons of persons.tsv the model missed
        known = with_known_persons(doc, ents, tagged)
        if known != ents:
            ents = known
            changed = True
        # "John Kerry … Zuvor hatte Kerry": a one-word entity of another label
        # that is the surname of a person the text names in full, and no name
        # the gazetteer knows, is that person
        surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1}
        for i, ent in enumerate(ents):
            if (
                len(ent) == 1
                and ent.label_ in ("LOC", "ORG", "MISC")
                and ent.text in surnames
                and not (tagged and (ent.start, ent.end) in tagged)
                and gazetteer.lookup(ent.text) is None
            ):
                ents[i] = Span(doc, ent.start, ent.end, label="PER")
                changed = True
        # "Astrid Rössler (Grüne)": a party in brackets after a person
        for i, ent in enumerate(ents):
            if ent.label_ == "PER" and _party_in_brackets(doc, ent, ents[:i]):
                ents[i] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        # "den französischen Präsidenten Macron" as LOC: a word no list knows
        # as a place, where only a person can stand
        for i, ent in enumerate(ents):
            if (
                ent.label_ != "PER"
                and not (tagged and (ent.start, ent.end) in tagged)
                and _person_slot(doc, ent, ents[i - 1] if i else None)
            ):
                ents[i] = Span(doc, ent.start, ent.end, label="PER")
                changed = True
        # "Ursula von der| Leyen", "Alexander Van| der Bellen": a person ending in
        # a name particle takes the particles and the capitalised word after it,
        # whatever the model made of that word; so do first names alone before
        # particles and a surname ("Ursula| von der Leyen")
        joined = _joined_over_particles(doc, _with_particles(doc, ents))
        if joined != ents:
            ents = joined
            changed = True
        # "Papst Leo| XIV.": a regnal number after a person
        numbered = [_with_regnal_number(doc, e) for e in ents]
        if numbered != ents:
            ents = numbered
            changed = True
        # "Mohammed| bin Salman": an Arabic name chain after a person
        chained = with_arabic_chains(doc, ents)
        if chained != ents:
            ents = chained
            changed = True
        # "Mikl- Leitner": the first part of a double name, cut off by a stray
        # space after its hyphen
        joined = _with_double_name_parts(doc, ents)
        if joined != ents:
            ents = joined
            changed = True
        # "Vorausgesetzt Thiem": a common word run into the front of a name
        trimmed = [_without_common_first_word(e) for e in ents]
        if trimmed != ents:
            ents = trimmed
            changed = True
        # "Wendy Sherman Rjabkow", where "Sergej Rjabkow" is named elsewhere
        split = split_run_on_names(ents)
        before = {(e.start, e.end) for e in ents}
        # boundaries the split made: the join below must not undo them
        kept_apart = {e.end for e in split if (e.start, e.end) not in before}
        if len(split) != len(ents):
            ents = split
            changed = True
        # "in Berlin| François Hollande": a place run into a person's name
        unrun = places_run_into_names(doc, ents)
        if unrun != ents:
            ents = unrun
            changed = True
        # "in Raqqa getötet", "die Stadt Hama": a "person" where only a place
        # can stand is a place
        placed: list[Span] = []
        for e in ents:
            if e.label_ == "PER" and _in_place_slot(doc, e):
                e = Span(doc, e.start, e.end, label="LOC")
                changed = True
            elif e.label_ == "PER" and (styled := _place_of_style(e)) is not None:
                e = styled  # "den Emir von Katar": a post of the place
                changed = True
            elif person_taken_for_place(doc, e):  # "Kerry telefonierte mit X"
                e = Span(doc, e.start, e.end, label="PER")
                changed = True
            placed.append(e)
        ents = placed
        # "Staatschef Xi Jinping": name-like words right after a title;
        # "Gunnlaugsson erklärte, ...": an unknown word opening a sentence
        # before a verb of saying or meeting
        taken = {t for e in ents for t in range(e.start, e.end)}
        found = names_after_titles(doc, taken) + names_before_verbs(doc, taken)
        found += names_beside_persons(doc, ents, taken)
        found += names_in_lists(
            doc, ents, taken | {t for f in found for t in range(f.start, f.end)}
        )
        found += family_names_alone(
            doc, ents + found, taken | {t for f in found for t in range(f.start, f.end)}
        )
        found += double_first_names(
            doc, ents, taken | {t for f in found for t in range(f.start, f.end)}
        )
        found += persons_met(
            doc, ents, taken | {t for f in found for t in range(f.start, f.end)}
        )
        # "Blinken ist in Tel Aviv mit Netanjahu zusammengekommen.": the
        # names in a clause of meeting
        met = names_in_meeting_clauses(
            doc, ents, taken | {t for f in found for t in range(f.start, f.end)}
        )
        # "den Chef der Sparte X, Cedrik| Neike.": a first name the model left
        # out of a surname (or missed with it) after a title phrase
        apposed = names_after_appositions(
            doc, ents, taken | {t for f in found for t in range(f.start, f.end)}
        )
        if apposed or met:
            # each replaces the model's one-word entity of its last word (or,
            # after a title, of its first: "Ulrich| Schwarze")
            ends = {a.end - 1 for a in apposed + met} | {a.start for a in apposed}
            ents = [e for e in ents if not (len(e) == 1 and e.start in ends)]
            found += apposed + met
        if found:
            # a span found over an entity of the model replaces it
            spans = {(f.start, f.end) for f in found}
            ents = [e for e in ents if (e.start, e.end) not in spans]
            ents = sorted(ents + found, key=lambda e: e.start)
            # "Verteidigungsminister Karl-Theodor| zu Guttenberg": a name found
            # after a title may have its particles to take too
            ents = _joined_over_particles(doc, _with_particles(doc, ents))
            changed = True
        # "Sebastian| Kurz": a lone first name takes a capitalised word the
        # table knows as an adjective or adverb (or a noun that is a surname)
        widened = [_with_common_surname(doc, e) for e in ents]
        # "sagte Klaus| Euler", where "Klaus Euler" is named in full elsewhere
        widened = _with_surname_named_elsewhere(doc, widened)
        if widened != ents:
            ents = widened
            changed = True
        # (also a name found after a title)
        # "Jean-Yves| Le Drian": a person right before a capitalised particle
        # and a capitalised word takes them, whatever the model made of them
        joined = _with_particle_surnames(doc, ents)
        if joined != ents:
            ents = joined
            changed = True
        # "Jarosław| Kaczyński": two person entities side by side, the first a
        # single word, are one name (two persons are never written without a
        # comma or "und" between them)
        merged: list[Span] = []
        for ent in ents:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.label_ == "PER"
                and ent.label_ == "PER"
                and prev.end == ent.start
                and len(prev) == 1
                and prev.text[:1].isupper()
                and prev.end not in kept_apart
            ):
                merged[-1] = Span(doc, prev.start, ent.end, label="PER")
                changed = True
            else:
                merged.append(ent)
        # "Tour| de France", "Bawag-Aktionär Cerberus", "Abkommen Privacy
        # Shield": a thing's or a company's name, no one's
        relabelled = relabel_things(doc, merged)
        if relabelled != merged:
            merged = relabelled
            changed = True
        # "(Anm. d. Red.)", "Facebook und Co.", "3:2 n. V.": no one;
        # "Bloß nicht", "Will ein Bezieher": a capitalised word, no name
        named = {
            t.text
            for e in merged
            if e.label_ == "PER"
            for t in e
            if not (t.is_sent_start and len(e) == 1)
        }
        kept = [e for e in merged if not _no_one(e) and not _capitalised_word(e, named)]
        if len(kept) != len(merged):
            merged = kept
            changed = True
        if changed:
            doc.ents = merged
        return doc


#: a regnal number ("II.", "XIV"), its period maybe a token of its own
_REGNAL = re.compile(r"[IVX]{1,5}\.?")


def _with_regnal_number(doc: Doc, ent: Span) -> Span:
    """``ent`` widened over a regnal number right after it and its period
    ("Leo| XIV .", "Benedikt XVI."), when it is a person of one word; a
    person ending in a regnal number takes its period ("Paul VI| .")."""
    j = ent.end
    if ent.label_ != "PER" or j >= len(doc):
        return ent
    if len(ent) > 1:
        # "Paul VI| .": the period of a number the model took without it
        last = ent[-1]
        if doc[j].text == "." and not last.whitespace_ and _REGNAL.fullmatch(last.text):
            return Span(doc, ent.start, j + 1, label="PER")
        return ent
    if not _REGNAL.fullmatch(doc[j].text):
        return ent
    end = j + 1
    if not doc[j].text.endswith(".") and end < len(doc) and doc[end].text == ".":
        end += 1
    return Span(doc, ent.start, end, label="PER")


def _party_in_brackets(doc: Doc, ent: Span, before: list[Span]) -> bool:
    """``ent`` stands alone in brackets right after a person ("Astrid X
    (Grüne)") and the gazetteer takes it for a party in the article's
    context."""
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.end].text != ")":
        return False
    if doc[ent.start - 1].text != "(" or not before:
        return False
    if before[-1].label_ != "PER" or before[-1].end != ent.start - 1:
        return False
    entry = gazetteer.disambiguate(ent.text, doc._.kg_context or (), label="ORG")
    return entry is not None and entry.label == "ORG" and entry.kind == "party"


def _person_slot(doc: Doc, ent: Span, prev: Span | None) -> bool:
    """``ent``, one word of another label that neither the gazetteer nor the
    table knows as a place, body or common word, stands where only a person
    can: right after a title or a form of address ("den französischen
    Präsidenten Macron"), after a person and "und" ("Scholz und Macron"), or
    as the object of a verb of meeting after a person ("Scholz traf Macron")."""
    if len(ent) != 1 or ent.start < 2 or not ent.text.isalpha() or ent.text.isupper():
        return False  # "IAG": an acronym is a body's
    if word_features(doc.vocab, ent.text) & NOT_ONLY_A_FIRST_NAME:
        return False
    if gazetteer.lookup(ent.text) is not None:
        return False
    before = doc[ent.start - 1]
    if before.text in HONORIFICS or (
        before.text[:1].isupper() and match_title(before.text) is not None
    ):
        return True
    # after a person the table knows as a name ("Scholz und Macron"; not a
    # place the model took for one, "Kamchatka und Sakhalin")
    after_person = (
        prev is not None
        and prev.label_ == "PER"
        and prev.end == ent.start - 1
        and any(
            word_features(doc.vocab, t.text) & {Feature.FIRST_NAME, Feature.SURNAME}
            for t in prev
        )
    )
    return after_person and (
        before.lower_ in ("und", "sowie") or before.text in MEET_OBJECT_FORMS
    )


def _capitalised_word(ent: Span, named: set[str]) -> bool:
    """Whether ``ent`` is a one-word person opening a sentence that is a word
    written in lower case elsewhere, no surname, and in no other person."""
    if ent.label_ != "PER" or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    if ent.text in named:
        return False
    lex = word_features(ent.doc.vocab, ent.text)
    return Feature.LOWER_WORD in lex and not lex & {
        Feature.SURNAME,
        Feature.HANTA_NE,
        Feature.UD_PROPN,
    }


def _no_one(ent: Span) -> bool:
    """Whether ``ent`` is one word that names no one: an abbreviation or an initial."""
    if len(ent) != 1:
        return False
    word = ent.text.rstrip(".")
    if word.lower() in NOT_NAMES:
        return True
    if "-" in word and all(w in PARTY_COLOURS for w in word.lower().split("-")):
        return True  # "Schwarz-Blau": a coalition by its parties' colours
    if (
        word.lower() in CREDIT_WORDS
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].text == ":"
    ):
        return True  # "Bild: Herbert Guth", "Bild: dpa": a picture's credit

    # a lone initial, "V." of "n. V.", "A."
    return len(word) == 1 and ent.text.endswith(".")


def split_run_on_names(ents: list[Span]) -> list[Span]:
    """``ents`` with a person run into the next person's surname split in two:
    "Wendy Sherman Rjabkow", where "Sergej Rjabkow" is named elsewhere, is
    "Wendy Sherman" + "Rjabkow"; two surnames run together, "Mayer Doskozil"
    where "Heinz Mayer" and "Hans Peter Doskozil" are named (and "Mayer" is no
    first name), are "Mayer" + "Doskozil" (split first, so that "Doskozil"
    does not look like the surname of a two-word name)."""
    ents = [part for e in _split_two_surnames(ents) for part in _two_full_names(e)]
    surnames = {
        e[-1].text
        for e in ents
        if e.label_ == "PER"
        and len(e) == 2
        and e[-1].text[:1].isupper()
        and e[0].lower_ not in NAME_PARTICLES  # "De Masi" is one surname
    }
    out: list[Span] = []
    for e in ents:
        if (
            e.label_ == "PER"
            and len(e) >= 3
            and e[-1].text in surnames
            and e[-2].text[:1].isupper()
            and e[-2].lower_ not in NAME_PARTICLES  # "Fabio De Masi"
            and not e[-2].text.endswith("-")  # "Johanna Mikl- Leitner"
            and e[-2].text not in surnames
        ):
            doc = e.doc
            out += [
                Span(doc, e.start, e.end - 1, label="PER"),
                Span(doc, e.end - 1, e.end, label="PER"),
            ]
        else:
            out.append(e)
    return out


def _two_full_names(ent: Span) -> list[Span]:
    """A person of four words that are a first name and a surname twice
    ("Rachida Dati Nicolas Sarkozy unterstützt") is two persons; not when the
    second word is a first name too ("José Luis Rodríguez Zapatero")."""
    if ent.label_ != "PER" or len(ent) != 4 or ent[1].lower_ in NAME_PARTICLES:
        return [ent]  # "Ahmed bin Mohammed al-Mansuri": one name
    firsts = [_first_name(ent.doc, t.text) for t in ent]
    if firsts != [True, False, True, False]:
        return [ent]
    doc = ent.doc
    return [
        Span(doc, ent.start, ent.start + 2, label="PER"),
        Span(doc, ent.start + 2, ent.end, label="PER"),
    ]


#: particles that join two persons the model tagged apart into one name
#: ("Luiz Inácio Lula| da |Silva"); not "von", "zu", "der" ("ein Lob von X
#: für Y" has words between, but "Merkel von| Macron" could not be told)
_JOINING_PARTICLES = NAME_PARTICLES - {"von", "zu", "der", "den", "y"}


def _joined_over_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person, one or two lower-case name particles and a
    one-word person right after them joined: "Luiz Inácio Lula| da |Silva"."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        between = doc[prev.end : ent.start] if prev is not None else None
        if (
            prev is not None
            and between is not None
            and prev.label_ == ent.label_ == "PER"
            and len(ent) == 1
            and 1 <= len(between) <= 2
            and all(t.is_lower and t.lower_ in _JOINING_PARTICLES for t in between)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def _place_of_style(ent: Span) -> Span | None:
    """The place of a person entity that is a post and a place ("Emir von
    Katar", "König von Jordanien"): the place alone, as a location; ``None``
    for a name ("Ursula von der Leyen")."""
    if len(ent) < 3 or ent[1].lower_ not in ("von", "vom"):
        return None
    if match_title(ent[0].text) is None:
        return None
    entry = gazetteer.lookup(ent[2:].text)
    if entry is None or entry.label != "LOC":
        return None
    return Span(ent.doc, ent.start + 2, ent.end, label="LOC")


def _with_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each person ending in a name particle, or of first names
    alone before particles, widened over the particles and the surname."""
    ents = list(ents)
    i = 0
    while i < len(ents):
        ent = ents[i]
        ends_in_particle = ent[-1].lower_ in NAME_PARTICLES
        if ent.label_ == "PER" and (ends_in_particle or _first_names_only(doc, ent)):
            j = ent.end
            while (
                j < len(doc)
                and j - ent.end < 2
                and doc[j].is_lower
                and doc[j].lower_ in NAME_PARTICLES
            ):
                j += 1
            if (
                j < len(doc)
                and doc[j].text[:1].isupper()
                and doc[j].is_alpha
                and (ends_in_particle or _surname_after_particles(doc, ent, j))
            ):
                over = [e for e in ents[i + 1 :] if e.start <= j]
                if all(len(e) == 1 for e in over) and (
                    ends_in_particle or all(e.label_ != "ORG" for e in over)
                ):
                    ents = [e for e in ents if e not in over]
                    ents[i] = Span(doc, ent.start, j + 1, label="PER")
        i += 1
    return ents


def _first_names_only(doc: Doc, ent: Span) -> bool:
    """``ent`` is one or two first names, each maybe a double one, and nothing
    else ("Ursula| von der Leyen", "Karl-Theodor| zu Guttenberg", where the
    model left the particles and the surname out)."""
    return len(ent) <= 2 and all(
        all(_first_name(doc, part) for part in t.text.split("-")) for t in ent
    )


def _surname_after_particles(doc: Doc, ent: Span, j: int) -> bool:
    """``doc[j]``, after the particles that follow the first names ``ent``, is a
    surname: not a common noun (unless a name too), not a place or body the
    gazetteer knows ("Maria von der Caritas", "Peter von der Polizei")."""
    if j == ent.end:
        return False  # no particle between
    lex = word_features(doc.vocab, doc[j].text)
    if Feature.COMMON_NOUN in lex and not lex & {Feature.FIRST_NAME, Feature.SURNAME}:
        return False
    return gazetteer.lookup(doc[j].text) is None


def _first_name(doc: Doc, word: str) -> bool:
    """``word`` is a first name by the lexicon table, accents aside ("Fátima"
    as "Fatima"), and no other kind of word the table knows; or a given name
    of another language the table lacks ("Thiago", "José" of "San José")."""
    if word.lower() in FOREIGN_FIRST_NAMES:
        return True
    for form in (word, strip_accents(word)):
        features = word_features(doc.vocab, form)
        if Feature.FIRST_NAME in features:
            return not features & NOT_ONLY_A_FIRST_NAME
    return False


#: what makes a word a (part of a) name in the lexicon table
_NAME_FEATURES = frozenset(
    {Feature.FIRST_NAME, Feature.SURNAME, Feature.HANTA_NE, Feature.UD_PROPN}
)
#: what makes a word a common one
_COMMON_FEATURES = frozenset({Feature.COMMON_NOUN, Feature.LOWER_WORD})


def _without_common_first_word(ent: Span) -> Span:
    """A person of two or more words without a first word that the table knows
    as a common or lower-case word and as no name ("Vorausgesetzt Thiem",
    "Grüne Peter Pilz"; "Wolf Biermann", "Jean-Claude Juncker" stay)."""
    if ent.label_ != "PER" or len(ent) < 2 or not ent[1].text[:1].isupper():
        return ent
    first = ent[0]
    word = first.text.rpartition("-")[2]  # "Bawag-Aktionär Cerberus": a noun
    if not word.isalpha() or first.lower_ in NAME_PARTICLES:
        return ent
    features = word_features(ent.doc.vocab, word)
    if features & _NAME_FEATURES or not (
        features & _COMMON_FEATURES or Feature.KNOWN in features and first.is_sent_start
    ):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label="PER")


#: what a word right after a lone first name may not be to be its surname
_NO_SURNAME_AFTER_FIRST = (_NOT_A_SURNAME - {Feature.LOWER_WORD}) | {Feature.ZIPF_0}


def _with_common_surname(doc: Doc, ent: Span) -> Span:
    """A lone first name with the capitalised word after it, mid-sentence and
    in no entity, that the table knows as a lower-case word ("Sebastian Kurz",
    "Doris Gut") or as a noun and a surname ("Anna Schwarz"): the surname,
    written with a capital only because it is one. Not before another
    capitalised word ("Peter Klein Kinder" is unclear). The first name may
    carry another label of the model when the gazetteer knows no place or
    organisation of that name ("Roland| Busch" with "Roland" a LOC). After a
    given name of another language (``FOREIGN_FIRST_NAMES``) the surname may be a
    rare German noun too ("Narendra| Modi"), and the name may open the sentence."""
    if len(ent) != 1 or ent.end + 1 > len(doc):
        return ent
    foreign = ent.text.lower() in FOREIGN_FIRST_NAMES
    if ent.label_ != "PER" and (
        ent.label_ not in ("LOC", "ORG", "MISC")
        or (not foreign and (ent.start == 0 or doc[ent.start].is_sent_start))
        or gazetteer.lookup(ent.text) is not None
    ):
        return ent
    j = ent.end
    if j >= len(doc):
        return ent
    tok = doc[j]
    text = tok.text
    if (
        tok.ent_type_
        or tok.is_sent_start
        or not text[:1].isupper()
        or text.isupper()
        or not text.isalpha()
        or len(text) < 3
    ):
        return ent
    if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        return ent
    # a first name the table knows as a noun too ("Eva") when the model says
    # person
    known = ent.label_ == "PER" and Feature.FIRST_NAME in word_features(
        doc.vocab, ent.text
    )
    if not (known or _first_name(doc, ent.text)):
        return ent
    lex = word_features(doc.vocab, text)
    if lex & _NO_SURNAME_AFTER_FIRST or Feature.FIRST_NAME in lex:
        return ent
    if Feature.COMMON_NOUN in lex:
        # "Modi" (plural of "Modus") is rare as a German word: a surname after
        # "Narendra"; "Pop" or "Kunst" are not
        if Feature.SURNAME not in lex and not (foreign and not lex & _FREQUENT):
            return ent
    elif Feature.LOWER_WORD not in lex and not (
        lex <= _RARE_ONLY and ent.text[1:].islower()
    ):
        return ent  # a rare word the table knows as nothing is a surname
    return Span(doc, ent.start, j + 1, label="PER")


def _with_surname_named_elsewhere(doc: Doc, ents: list[Span]) -> list[Span]:
    """A lone first name before the word that completes a two-word name the
    document gives in full elsewhere ("Klaus Euler, sieht …" … "sagte Klaus|
    Euler am Montag"), that word in no entity: the full name."""
    full = {(e[0].text, e[1].text) for e in ents if e.label_ == "PER" and len(e) == 2}
    if not full:
        return ents
    out = list(ents)
    for i, ent in enumerate(ents):
        j = ent.end
        if (
            ent.label_ == "PER"
            and len(ent) == 1
            and j < len(doc)
            and (ent.text, doc[j].text) in full
            and not doc[j].ent_type_
            and (i + 1 == len(ents) or ents[i + 1].start > j)
        ):
            out[i] = Span(doc, ent.start, j + 1, label="PER")
    return out


#: all the table knows of a rare word it has no reading for ("Schöpf")
_RARE_ONLY = frozenset({Feature.KNOWN, Feature.ZIPF_LT3, Feature.ZIPF_0})
#: a word German text uses often (Zipf frequency 4 or more)
_FREQUENT = frozenset({Feature.ZIPF_4_5, Feature.ZIPF_GE5})


#: name particles written with a capital that open a surname ("Le Drian",
#: "Di Maio", "Van Gaal"); not "Der", "Das", "Zu", which open German phrases
_CAPITAL_PARTICLES = frozenset(
    "le la de di da du del della dos van von ter ten abu bin ibn".split()
)


def _with_particle_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person right before a surname that opens with a
    capitalised particle joined to it: "Jean-Yves| Le Drian" (the model made
    "Le Drian" a place), "Luigi| Di Maio", "Abdel Fattah| Al-Sisi". The
    surname is an entity of at most three words starting right there with the
    particle, or, in no entity, the particle, up to one more particle and a
    capitalised word. Mid-sentence only; "Paris| Le Monde" is no person."""
    out: list[Span] = []
    n = len(doc)
    k = 0
    while k < len(ents):
        ent = ents[k]
        k += 1
        j = ent.end
        if ent.label_ != "PER" or j >= n or not _capital_particle(doc[j]):
            out.append(ent)
            continue
        nxt = ents[k] if k < len(ents) else None
        if nxt is not None and nxt.start == j:
            if len(nxt) <= 3 and (len(nxt) > 1 or "-" in nxt.text):
                out.append(Span(doc, ent.start, nxt.end, label="PER"))
                k += 1
                continue
            out.append(ent)
            continue
        if "-" in doc[j].text:  # "Al-Sisi" in no entity
            out.append(Span(doc, ent.start, j + 1, label="PER"))
            continue
        end = j + 1
        if end < n and doc[end].lower_ in NAME_PARTICLES and not doc[end].ent_type_:
            end += 1  # "Van der Bellen", "De la Rúa"
        stop = nxt.start if nxt is not None else n
        if (
            end < stop
            and doc[end].text[:1].isupper()
            and doc[end].is_alpha
            and not doc[end].text.isupper()
            and not doc[end].is_sent_start
        ):
            out.append(Span(doc, ent.start, end + 1, label="PER"))
            continue
        out.append(ent)
    return out


def _capital_particle(tok: Token) -> bool:
    """``tok`` is a name particle written with a capital mid-sentence ("Le",
    "Van", "Al-Sisi")."""
    text = tok.text
    if tok.is_sent_start or not text[:1].isupper() or text.isupper():
        return False
    if text.lower() in _CAPITAL_PARTICLES:
        return True
    head, sep, rest = text.partition("-")
    return (
        bool(sep)
        and head.lower() in ("al", "el")
        and rest[:1].isupper()
        and rest.isalpha()
        and len(rest) > 2
    )


def _with_double_name_parts(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a person taking the capitalised word ending in a hyphen
    right before it, written with a stray space ("Johanna Mikl- Leitner"): the
    first part of a double name. A word in an entity other than a person stays
    ("Nord- Korea" aside, "Sport- und Kulturminister" has no person after the
    hyphen)."""
    out: list[Span] = []
    for ent in ents:
        i = ent.start - 1
        prev = doc[i] if i >= 0 else None
        if (
            ent.label_ == "PER"
            and prev is not None
            and prev.whitespace_
            and prev.text.endswith("-")
            and len(prev.text) > 2
            and prev.text[:-1].isalpha()
            and prev.text[:1].isupper()
            and not prev.text[:-1].isupper()
            and (not prev.ent_type_ or prev.ent_type_ == "PER")
        ):
            if out and out[-1].end == ent.start and prev.ent_type_:
                if out[-1].label_ == "PER":
                    out[-1] = Span(doc, out[-1].start, ent.end, label="PER")
                    continue
            elif not prev.ent_type_:
                ent = Span(doc, i, ent.end, label="PER")
        out.append(ent)
    return out


def _split_two_surnames(ents: list[Span]) -> list[Span]:
    """ "Mayer Doskozil" -> "Mayer" + "Doskozil" where each word ends another
    person's name and the first is no first name; "Kickl Van der Bellen" ->
    "Kickl" + "Van der Bellen" where "Herbert Kickl" and "Alexander Van der
    Bellen" are named; "traf Merkel Putin" -> "Merkel" + "Putin" after a verb
    of meeting where "Angela Merkel" is named and "Putin" is name-like."""
    full_names: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "PER" and len(e) >= 2 and e[0].lower_ not in NAME_PARTICLES:
            full_names.setdefault(e[-1].text, set()).add(e.text)

    persons = {e.text for e in ents if e.label_ == "PER"}

    def ends_another(word: str, text: str) -> bool:
        return bool(full_names.get(word, set()) - {text})

    def surname_of_another(words: str, text: str) -> bool:
        """``words`` ("Van der Bellen") ends another person's name."""
        return any(p != text and p.endswith(" " + words) for p in persons)

    out: list[Span] = []
    for e in ents:
        if (
            (
                e.label_ == "PER"
                and (
                    (len(e) == 2 and ends_another(e[1].text, e.text))
                    # "forderte Kickl Van der Bellen auf": a surname with particles
                    or (
                        len(e) >= 3
                        and e[1].lower_ in NAME_PARTICLES
                        and surname_of_another(e[1:].text, e.text)
                    )
                )
                and ends_another(e[0].text, e.text)
                and Feature.FIRST_NAME not in word_features(e.doc.vocab, e[0].text)
            )
            or (
                # "Am Montag traf Merkel Putin": subject and object after the verb
                e.label_ == "PER"
                and len(e) == 2
                and e.start > 0
                and e.doc[e.start - 1].lower_ in MEET_OBJECT_FORMS
                and (
                    ends_another(e[0].text, e.text)
                    or Feature.SURNAME in word_features(e.doc.vocab, e[0].text)
                )
                and Feature.FIRST_NAME not in word_features(e.doc.vocab, e[0].text)
                and name_beside(e.doc, e.start + 1)
            )
        ):
            out += [
                Span(e.doc, e.start, e.start + 1, label="PER"),
                Span(e.doc, e.start + 1, e.end, label="PER"),
            ]
        else:
            out.append(e)
    return out


def _in_place_slot(doc: Doc, ent: Span) -> bool:
    """``ent`` stands where only a place can: right after "in" or a place noun
    ("Stadt", "Provinz"), not before a capitalised word ("in Merkels Regierung"
    is a person's) and not a first name with a surname ("in Dieter Hecking"),
    or after "in" and an article ("in den Rocky Mountains", "im Emsland")."""
    if ent.start == 0:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper():
        return False
    if doc[ent.start - 1].lower_ == "im" or (
        ent.start >= 2
        and doc[ent.start - 2].lower_ == "in"
        and doc[ent.start - 1].lower_ in ("den", "der", "dem")
    ):
        return True  # "in den Rocky Mountains": a name takes no article
    if len(ent) > 1:
        # "in Dieter Hecking": a first name and a surname are a person anyway
        first = word_features(doc.vocab, ent[0].text)
        if Feature.FIRST_NAME in first and not first & {
            Feature.TOPONYM,
            Feature.GAZ_CITY,
        }:
            return False
    prev = doc[ent.start - 1]
    if prev.lower_ == "in" or prev.lower_ in PLACE_NOUNS:
        return True
    # "die Mittelmeerinsel Giglio", "im Raum Leibnitz"
    return prev.text[:1].isupper() and (
        prev.lower_.endswith(PLACE_NAME_HEADS) or prev.lower_ in PLACE_NAME_CUES
    )


#: Roger Federer" as MISC)
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen"}
)


def _name_after_descriptor(doc: Doc, start: int, end: int) -> int | None:
    """Where a personal name starts in ``doc[start:end]``: at ``start`` itself,
    or after an article and a word the table knows as a common noun or
    adjective and as no first name ("Der Schweizer| Roger Federer", "die
    Britin| Jane Smith"); ``None`` when no personal name ends the span."""
    if is_personal_name(doc, start, end, after_title=_after_title(doc, start)):
        return start
    k = start
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    if k == start or k + 1 >= end:
        return None
    # after an article, a surname that is a common noun too is the noun
    # ("Der Schweizer"); a first name is not
    lex = word_features(doc.vocab, doc[k].text)
    if not lex & {Feature.COMMON_NOUN, Feature.LOWER_WORD} or Feature.FIRST_NAME in lex:
        return None
    return k + 1 if is_personal_name(doc, k + 1, end) else None


def _after_title(doc: Doc, start: int) -> bool:
    """A title stands right before ``doc[start]`` ("Ratspräsident| António
    Costa")."""
    return start > 0 and match_title(doc[start - 1].text) is not None


def is_personal_name(
    doc: Doc, start: int, end: int, *, after_title: bool = False
) -> bool:
    """``doc[start:end]`` is a first name followed by one to three surname-like
    words, by the lexicon table. ``after_title``: a title stands before it, and
    a surname may be part of a place's name too ("Ratspräsident António Costa",
    "Costa" of "Costa Rica")."""
    not_a_surname = (
        _NOT_A_SURNAME - {Feature.GAZ_PART} if after_title else _NOT_A_SURNAME
    )
    if not 2 <= end - start <= 4:
        return False
    words = [t.text for t in doc[start:end]]
    for w in words:
        if not (w[:1].isupper() and w.replace("-", "").isalpha()) or w.isupper():
            return False
    if not _first_name(doc, words[0]):
        return False
    for w in words[1:]:
        lex = word_features(doc.vocab, w)
        if lex & not_a_surname:
            return False
        if Feature.COMMON_NOUN in lex and not lex & {
            Feature.FIRST_NAME,
            Feature.SURNAME,
        }:
            return False
    return True


@Language.factory("kg_names")
def make_names(nlp: Language, name: str) -> NameRelabeller:
    """Build the ``kg_names`` component (no settings: it reads the pipeline's
    lexicon table)."""
    return NameRelabeller(nlp, name)
