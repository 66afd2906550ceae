"""Rules of ``kg_names`` for what stands around a person's name: the links of an
Arabic name chain, a particle that belongs to a foreign name of a thing, and
the nouns that make a bare name a company's or a thing's.

1. **Arabic chains**: a person followed by a lower-case link (``bin``, ``ibn``,
   ``al`` …, :data:`kg.lang.de.names.ARABIC_NAME_LINKS`) and a capitalised word,
   once or more, takes them, whatever the model made of them ("Mohammed| bin
   Salman", "Hamad| bin Khalifa al Thani").
2. **Things with a particle**: a "person" that opens with a lower-case particle
   right after a capitalised word of no entity, that is no title, relation,
   form of address, nobility or noun for a person, is a foreign name of a
   thing with that word ("Copa| del Rey", "Tour| de France"); not after the
   German particles "von", "zu" ("Schloss von X").
3. **Owners**: a one-word "person" right after a compound for a shareholder
   or buyer ("Bawag-Aktionär Cerberus") is an organisation, unless the table
   knows it as a first name or surname, or it is the surname of a person of
   the text.
4. **Named things**: a "person" right after a noun for an agreement, a
   mission, a product, a work, a vessel, a storm or a pet ("das Abkommen
   Privacy Shield", "die ESA-Mission Rosetta", "die Katze Robi") is the
   thing's name; a name of two or more words only when it does not open
   with a first name ("das Abkommen Thomas Berger" is unclear).
5. **Companies**: a one-word "person" the gazetteer knows as a company and
   the lexicon as no first name or surname, the surname of no person of the
   text, is the company when a colon follows it ("Apropos Tesla: Dessen
   Chef ...") or the text names it as an organisation elsewhere ("der
   Autobauer X").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.names import (
    ARABIC_NAME_LINKS,
    ARTICLE_PREFIXES,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_THING_HEADS,
    NOBLE_NOUNS,
    OWNER_HEADS,
    PERSON_NOUN_ENDINGS,
    RELATION_NOUNS,
)
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer
from kg.nlp.lexicon import Feature, word_features

__all__ = ["with_arabic_chains", "relabel_things"]

#: what makes a word (part of) a name to the lexicon table
_NAME_FEATURES = frozenset(
    {Feature.FIRST_NAME, Feature.SURNAME, Feature.HANTA_NE, Feature.UD_PROPN}
)

#: particles that are German words too: after a German noun they open a
#: person's name as often as not
_GERMAN_PARTICLES = frozenset({"von", "zu", "der", "den", "das"})


def _capitalised(tok: Token) -> bool:
    text = tok.text
    return (
        text[:1].isupper()
        and not text.isupper()
        and text.replace("-", "").isalpha()
        and not tok.is_sent_start
    )


def _article_form(tok: Token) -> bool:
    """``tok`` is an Arabic article form of a name: "al-Mansuri"."""
    text = tok.text
    return text.lower().startswith(ARTICLE_PREFIXES) and text[3:4].isupper()


def _chain_end(doc: Doc, j: int) -> int:
    """Where the links and name parts from ``doc[j]`` on end (``j`` if none)."""
    n = len(doc)
    end = j
    while end < n:
        tok = doc[end]
        if tok.text in ARABIC_NAME_LINKS and end + 1 < n and _capitalised(doc[end + 1]):
            end += 2
        elif end > j and _article_form(tok) and not tok.is_sent_start:
            end += 1
        else:
            break
    return end


def with_arabic_chains(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each person followed by an Arabic name chain joined to it
    ("Mohammed| bin Zayid al Nuhayyan"); the entities the chain covers go, a
    person the chain runs into joins it; a chain running into another entity
    is left alone."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        k += 1
        if ent.label_ != "PER":
            out.append(ent)
            continue
        # "Ahmed bin| Mohammed al-Mansuri": the model took the link only
        linked = len(ent) > 1 and ent[-1].text in ARABIC_NAME_LINKS
        end = _chain_end(doc, ent.end - 1 if linked else ent.end)
        if end <= ent.end:
            out.append(ent)
            continue
        covered = k
        ok = True
        while covered < len(ents) and ents[covered].start < end:
            nxt = ents[covered]
            if nxt.end > end:
                if nxt.label_ == "PER":
                    end = nxt.end
                else:
                    ok = False
            covered += 1
        if not ok:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="PER"))
        k = covered
    return out


def _person_noun(doc: Doc, tok: Token) -> bool:
    """``tok`` names a kind of person: a title, relation, form of address,
    nobility, or a common noun with a person's ending ("Maler", "Autor")."""
    text = tok.text
    if text in RELATION_NOUNS or text in HONORIFICS or text in NOBLE_NOUNS:
        return True
    if match_title(text):
        return True
    lex = word_features(doc.vocab, text)
    return Feature.COMMON_NOUN in lex and text.endswith(PERSON_NOUN_ENDINGS)


def _thing_with_particle(doc: Doc, ent: Span, taken: set[int]) -> bool:
    """Rule 2: "Copa| del Rey", "Tour| de France"."""
    if not ent[0].is_lower or ent[0].lower_ not in NAME_PARTICLES or ent.start == 0:
        return False
    if ent[0].lower_ in _GERMAN_PARTICLES:
        return False  # "Schloss von X", "Tochter von X": a person as often
    prev = doc[ent.start - 1]
    if prev.i in taken or not _capitalised(prev) or "-" in prev.text:
        return False
    lex = word_features(doc.vocab, prev.text)
    if Feature.HANTA_NN not in lex or lex & _NAME_FEATURES:
        # "Gisela| von Westarp", "Lula| da Silva": the first name or another
        # part of the name the model left out; only a noun opens a thing
        return False
    return not _person_noun(doc, prev)


def _owner_org(doc: Doc, ent: Span, surnames: set[str]) -> bool:
    """Rule 3: "Bawag-Aktionär Cerberus"."""
    if len(ent) != 1 or ent.start == 0 or ent.text in surnames:
        return False
    prev = doc[ent.start - 1].text.lower()
    head = next((h for h in OWNER_HEADS if prev.endswith(h)), None)
    if head is None or len(prev) == len(head):
        return False  # "Eigentümer Lebedev": a person as often
    lex = word_features(doc.vocab, ent.text)
    return not lex & {Feature.FIRST_NAME, Feature.SURNAME}


def _named_thing(doc: Doc, ent: Span) -> bool:
    """Rule 4: "das Abkommen Privacy Shield", "die ESA-Mission Rosetta"."""
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if not prev.text[:1].isupper() or not prev.lower_.endswith(NAMED_THING_HEADS):
        return False
    if Feature.FIRST_NAME in word_features(doc.vocab, prev.text):
        return False  # "Roman| Polanski": the first name the model left out
    if len(ent) == 1:
        return True  # "die Katze Robi", "der Film Diva": a first name too
    return Feature.FIRST_NAME not in word_features(doc.vocab, ent[0].text)


def _company(doc: Doc, ent: Span, orgs: set[str], surnames: set[str]) -> bool:
    """Rule 5: "Apropos Tesla: Dessen Chef ...". ``orgs``: the last words of
    the organisations of the text."""
    if len(ent) != 1 or ent.text in surnames:
        return False
    colon = ent.end < len(doc) and doc[ent.end].text == ":"
    if not colon and ent.text not in orgs:
        return False
    if word_features(doc.vocab, ent.text) & {Feature.FIRST_NAME, Feature.SURNAME}:
        return False
    entry = gazetteer.lookup(ent.text)
    return entry is not None and entry.label == "ORG" and entry.kind == "company"


def relabel_things(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with rules 2-5 applied: a thing with a particle becomes a MISC
    with the word before it, an owner or a company an ORG, a named thing a
    MISC."""
    surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1}
    orgs = {e[-1].text for e in ents if e.label_ == "ORG"}
    taken = {t for e in ents for t in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "PER":
            if _thing_with_particle(doc, ent, taken):
                ent = Span(doc, ent.start - 1, ent.end, label="MISC")
            elif _owner_org(doc, ent, surnames) or _company(doc, ent, orgs, surnames):
                ent = Span(doc, ent.start, ent.end, label="ORG")
            elif _named_thing(doc, ent):
                ent = Span(doc, ent.start, ent.end, label="MISC")
        out.append(ent)
    return out
