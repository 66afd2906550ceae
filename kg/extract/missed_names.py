"""Persons the model missed or cut, found from the names the article gives
in full: a first name and a surname it left untagged ("Lubomír Zaorálek"), the
bare surname of a person named in full ("traf Kurz den Minister"), its genitive
before or after a noun ("Trumps Sprecher", "die Pläne Sobotkas"), and a first
name alone before "und" and a full name ("Bill und Hillary Clinton": Bill
Clinton). Called by :func:`kg.extract.mentions.collect_mentions`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.names import (
    article_before,
    capitalised_noun,
    continues_name,
    first_name_alone,
    is_first_name_of_two,
    is_noun,
)
from kg.extract.person_spans import genitive_before_noun
from kg.extract.resolve import RawMention
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    MODALS,
    POSSESSIVE_ARTICLES,
)
from kg.lang.de.speech import SAYING_AND_MEETING_VERBS_FOR_NAMES
from kg.nlp.gazetteer import Entry
from kg.nlp.lexicon import Feature, has_table, word_features


class Found(Protocol):
    """What these rules read and add of the mentions found so far
    (:class:`kg.extract.mentions._Found`)."""

    raw: list[RawMention]
    token_mention: dict[int, int]
    taken: set[int]

    def add(
        self,
        start_char: int,
        end_char: int,
        text: str,
        label: str,
        entry: Entry | None,
        tokens: Iterable[int],
        *,
        taken: Iterable[int] = (),
    ) -> None: ...


__all__ = ["add_bare_surnames", "add_missed_names", "only_a_name", "shared_surname"]


def shared_surname(
    doc: Doc, raw: list[RawMention], token_mention: dict[int, int], t: int
) -> str | None:
    """The full name of a first name alone at token ``t`` before "und" and a
    first name and surname ("Bill und Hillary Clinton", "die Geschäftsführer
    Rainer und Mark Töpfer"): the first name with that surname."""
    if t + 3 >= len(doc) or doc[t + 1].lower_ != "und":
        return None
    if not is_first_name_of_two(doc, t):
        return None
    prev = doc[t - 1] if t > 0 else None
    if (
        prev is not None
        and prev.is_alpha
        and prev.text[:1].isupper()
        and not (is_noun(doc, prev.text) or prev.is_sent_start)
    ):
        return None  # "Mit Naby Keita und Christoph Leitgeb": a surname the model cut
    other = token_mention.get(t + 2)
    if other is None or raw[other].label != "PER" or token_mention.get(t) == other:
        return None
    words = raw[other].text.split()
    if len(words) < 2 or words[0] != doc[t + 2].text:
        return None
    return f"{doc[t].text} {' '.join(words[1:])}"


def add_missed_names(doc: Doc, found: Found) -> None:
    """A first name and a surname the model missed entirely: "Lubomír Zaorálek"."""
    taken = found.taken
    i = 0
    while i < len(doc) - 1:
        if i in taken or not first_name_alone(doc, doc[i]):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j not in taken
            and continues_name(doc, doc[j], after_first_name=j == i + 1)
        ):
            j += 1
        if j == i + 1:
            i += 1
            continue
        span = doc[i:j]
        tokens = range(i, j)
        found.add(
            span.start_char, span.end_char, span.text, "PER", None, tokens, taken=tokens
        )
        i = j


def add_bare_surnames(doc: Doc, found: Found) -> None:
    """The bare surname of a person the article names in full, where the model
    left it untagged as it is also a common word: "traf Kurz den Minister" after
    "Sebastian Kurz", "Danach traf Klein ..." after "Andrea Klein". Mid-sentence a
    capitalised adjective or adverb is a name; opening a sentence ("Kurz vor der
    Wahl") only before a verb of saying or meeting, an auxiliary or a modal.
    Its genitive before a noun too ("Hollandes Berater", "Klugs Sprecher")."""
    surnames = {
        words[-1]
        for r in found.raw
        if r.label == "PER" and len(words := r.text.split()) >= 2
    }
    surnames = {
        w
        for w in surnames
        if len(w) > 2 and w.replace("-", "").isalpha() and w[:1].isupper()
    }
    if not surnames:
        return
    # surnames of one person only: "Großbauers" of Maria and Andreas Großbauer
    # says nothing of which
    given: dict[str, set[str]] = {}
    for r in found.raw:
        if r.label == "PER" and " " in r.text:
            *first, last = r.text.split()
            given.setdefault(last, set()).add(" ".join(first))
    owners = Counter({last: len(firsts) for last, firsts in given.items()})
    known = frozenset(surnames)
    for tok in doc:
        if tok.i not in found.token_mention and _bare_surname(doc, tok, known, owners):
            found.add(
                tok.idx,
                tok.idx + len(tok.text),
                tok.text,
                "PER",
                None,
                [tok.i],
                taken=[tok.i],
            )


def _bare_surname(
    doc: Doc, tok: Token, surnames: frozenset[str], owners: Counter[str]
) -> bool:
    """``tok`` is a surname of ``surnames`` standing alone as a name, or the
    genitive of the surname of one person before a noun."""
    if tok.text not in surnames:
        # "Trumps Sprecher" after "Donald Trump": the genitive; "die Pläne
        # Sobotkas" after "Wolfgang Sobotka": the genitive after its noun
        return (
            tok.text.endswith("s")
            and owners[tok.text[:-1]] == 1
            and tok.i + 1 < len(doc)
            and genitive_before_noun(doc, tok.i, surnames)
            and not _relative_named(doc, tok.i + 2, tok.text[:-1])
        ) or _genitive_after_noun(doc, tok, surnames, owners)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if only_a_name(doc, tok.text):
        # "Kammenos, zugleich Chef …", "Als Unsinn bezeichnete Pröhle
        # Vorstellungen, …": a word that is nothing but a name, anywhere, unless
        # a name follows ("Pröhle Gergely": a name of its own)
        return nxt is None or not (
            nxt.ent_type_ or (nxt.text[:1].isupper() and not _common_noun(doc, nxt))
        )
    if tok.is_sent_start or tok.i == 0 or not doc[tok.i - 1].text.strip():
        low = nxt.lower_ if nxt is not None else ""
        return (
            low in SAYING_AND_MEETING_VERBS_FOR_NAMES
            or low in AUXILIARIES
            or low in MODALS
        )
    # "Kurz Müller": a name of its own, not the surname alone
    return not (nxt is not None and nxt.text[:1].isupper())


def _genitive_after_noun(
    doc: Doc, tok: Token, surnames: frozenset[str], owners: Counter[str]
) -> bool:
    """``tok`` is the genitive of the surname of one person of the article
    right after a noun that an article or a possessive opens ("die Pläne
    Sobotkas", "den Rücktritt des Kanzlers" no; "gegen die Absichten Trumps"),
    and no name or noun follows ("die Pläne Sobotkas Partei" is no such
    genitive)."""
    stem = tok.text[:-1]
    if not tok.text.endswith("s") or stem not in surnames or owners[stem] != 1:
        return False
    i = tok.i
    if i < 2 or doc[i - 1].ent_type_ or not capitalised_noun(doc, doc[i - 1].text):
        return False  # "die Pläne Sobotkas", "den China-Besuch Kohls"
    # the article or possessive of the noun, adjectives between
    if not article_before(doc, i - 2, ARTICLES | POSSESSIVE_ARTICLES):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() and nxt.is_alpha)


def only_a_name(doc: Doc, word: str) -> bool:
    """``word`` is no common noun and no lower-case word the lexicon knows
    ("Kammenos", "Doskozil"; not "Kurz", "Koller"): standing alone it is the
    name. Without kg's table (another model) nothing is."""
    features = word_features(doc.vocab, word)
    return (
        bool(features)
        and Feature.COMMON_NOUN not in features
        and Feature.LOWER_WORD not in features
    ) or (not features and has_table(doc.vocab))


def _common_noun(doc: Doc, tok: Token) -> bool:
    return Feature.COMMON_NOUN in word_features(doc.vocab, tok.text)


def _relative_named(doc: Doc, i: int, surname: str) -> bool:
    """A person named ``surname`` is tagged at token ``i``: "Obamas Tochter|
    Malia Obama", a relative in apposition, not the possessor."""
    if i >= len(doc) or doc[i].ent_type_ != "PER":
        return False
    j = i
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j].text == surname
