"""Names in the slots of a meeting or a relation that the model missed or ran
together: "Steinmeiers Sprecher" (a genitive before a noun of relation);
"Merkel traf Putin in Berlin" (the one word after "traf" untagged), "sprach mit
Macron" (a surname the article names elsewhere). The NER rule layer
(``kg.nlp.components.names``) already splits "Am Montag traf Merkel Putin" and
adds a proper noun right after "Merkel traf"; this module adds what needs the
article (its surnames) or a wider slot ("traf am Montag X", "mit X").
Conservative: one capitalised word, right after a verb of meeting or after "mit"
in a sentence with one, that the article names as a person elsewhere or the
lexicon knows as a surname or a proper noun and as nothing else (no common noun,
place or organisation)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from kg.extract.names import features_of, genitive_name_stem
from kg.lang.de.meetings import MEET_OBJECT_VERBS, TALK_VERBS
from kg.lang.de.names import RELATION_NOUNS
from kg.lang.de.time import WEEKDAYS
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer
from kg.nlp.lexicon import Feature

__all__ = ["genitive_possessors", "names_in_meeting_slots"]

#: what a word the lexicon knows may not also be to name a person in a slot
_NOT_A_NAME = frozenset(
    {
        Feature.COMMON_NOUN,
        Feature.LOWER_WORD,
        Feature.ZIPF_GE5,
        Feature.TOPONYM,
        Feature.GAZ_CITY,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_ORG,
        Feature.GAZ_PART,
        Feature.PROPER_NOUN,
    }
)

#: beginnings of the verbs after whose "mit" a person meets: "sprach mit",
#: "telefonierte mit", "verhandelte mit", "traf sich mit"
_WITH_VERBS = (*MEET_OBJECT_VERBS, "telefonier", "verhandel", "berat", "beriet")


#: verbs whose object is as often a place as a person: only a person of the
#: article counts there
_PLACE_VERBS = ("besuch",)


def _meeting_verb(tok: Token) -> bool:
    """``tok`` is a finite verb of meeting whose object is the person met."""
    low = tok.lower_
    return tok.is_lower and low.startswith(MEET_OBJECT_VERBS) and low != "treffen"


#: words between a verb of meeting and the person met: "traf am Montag X",
#: "traf gestern erneut X"
_BETWEEN = frozenset(
    "gestern heute morgen erneut auch dann bereits zudem nun jetzt später "
    "kürzlich zuletzt wieder abermals nochmals".split()
)


def _verb_before(doc: Doc, i: int) -> Token | None:
    """The word before ``doc[i]`` past up to three words of time or manner
    (:data:`_BETWEEN`, "am Montag")."""
    j = i - 1
    while j > 0 and i - j <= 3:
        tok = doc[j]
        if tok.lower_ in _BETWEEN:
            j -= 1
        elif tok.lower_ in WEEKDAYS and j > 1 and doc[j - 1].lower_ == "am":
            j -= 2
        else:
            break
    return doc[j] if j >= 0 else None


def _after_meeting_verb(doc: Doc, i: int) -> bool:
    verb = _verb_before(doc, i)
    return verb is not None and _meeting_verb(verb)


def _after_place_verb(doc: Doc, i: int) -> bool:
    verb = _verb_before(doc, i)
    return verb is not None and verb.lower_.startswith(_PLACE_VERBS)


def _with_slot(doc: Doc, i: int) -> bool:
    """``doc[i]`` follows "mit" in a sentence with a verb of meeting or talking
    before it ("Dort sprach er mit X", "traf sich am Montag mit X")."""
    if i == 0 or doc[i - 1].lower_ != "mit":
        return False
    start = doc[i].sent.start
    return any(
        t.is_lower and (t.lower_ in TALK_VERBS or t.lower_.startswith(_WITH_VERBS))
        for t in doc[max(start, i - 8) : i - 1]
    )


def _name_like(doc: Doc, tok: Token) -> bool:
    """A capitalised word of letters, mid-sentence, no title."""
    text = tok.text
    return (
        not tok.is_sent_start
        and len(text) > 2
        and text[:1].isupper()
        and not text.isupper()
        and tok.is_alpha
        and match_title(text) is None
    )


def _known_surname(doc: Doc, word: str) -> bool:
    """The lexicon knows ``word`` as a surname or a proper noun and as nothing
    common, no place, no first name only; the gazetteer does not know it."""
    lex = features_of(doc, word)
    if lex & _NOT_A_NAME or not lex & {Feature.SURNAME, Feature.HANTA_NE}:
        return False
    if Feature.FIRST_NAME in lex and Feature.SURNAME not in lex:
        return False
    return gazetteer.lookup(word) is None


def names_in_meeting_slots(
    doc: Doc, known: Collection[str], taken: Collection[int]
) -> list[int]:
    """The tokens that are a person's name the model missed in a meeting slot:
    right after a verb of meeting ("traf Putin in Berlin") or after "mit" in a
    sentence with one, one word before no other capitalised word, named as a
    person elsewhere in the article (``known``) or known to the lexicon as a
    surname (:func:`_known_surname`). ``taken``: tokens in a mention."""
    out = []
    for tok in doc:
        i = tok.i
        if i == 0 or i in taken or tok.ent_type_ or not _name_like(doc, tok):
            continue
        if not (_after_meeting_verb(doc, i) or _with_slot(doc, i)):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # "traf Putin Anhänger", a name of several words
        if tok.text in known:
            out.append(i)
        elif not _after_place_verb(doc, i) and _known_surname(doc, tok.text):
            # "besuchte Lampedusa": a visit is mostly to a place
            out.append(i)
    return out


def genitive_possessors(doc: Doc, taken: Collection[int]) -> list[tuple[int, str]]:
    """The untagged genitives of a surname the lexicon knows right before a
    noun of relation or a title ("Steinmeiers Sprecher", "Müllers Anwalt"),
    with the name in the nominative (:func:`genitive_name_stem`). ``taken``:
    tokens in a mention."""
    out = []
    for tok in doc[:-1]:
        i = tok.i
        if i in taken or tok.ent_type_ or not tok.text.endswith("s"):
            continue
        nxt = doc[i + 1]
        if nxt.text not in RELATION_NOUNS and match_title(nxt.text) is None:
            continue
        if not nxt.text[:1].isupper():
            continue
        stem = genitive_name_stem(doc, tok.text)
        if stem is not None and gazetteer.lookup(stem) is None:
            out.append((i, stem))
    return out
