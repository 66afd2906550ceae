"""Mentions: the stretches of text that name a person, an organisation or a
place, before they are resolved into entities (:mod:`kg.extract.resolve`).

They come, in this order, from the entities of the pipeline (persons cleaned
of what the model ran into their names), from first names and surnames the
model missed ("Lubomír Zaorálek"), and from country adjectives, inhabitant
nouns and compound prefixes ("russischer", "US-Außenminister", "G7-Gipfel");
an acronym in parentheses after a name is marked as following it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.clubs import (
    bare_club,
    club_prefix_before,
    compound_club,
    town_club,
    untagged_clubs,
)
from kg.extract.heads import bodies_of_heads
from kg.extract.home_party import org_by_country
from kg.extract.missed_names import (
    add_bare_surnames,
    add_missed_names,
    shared_surname,
)
from kg.extract.names import (
    genitive_before_relation,
    genitive_name_after_noun,
    genitive_name_stem,
    genitive_surname,
    new_acronym,
    unglued_name,
)
from kg.extract.person_spans import clean_person, join_title_apart
from kg.extract.records import Entity, Kind, entity_key
from kg.extract.resolve import RawMention, spells_out
from kg.extract.slot_names import (
    genitive_possessors,
    names_in_meeting_slots,
)
from kg.lang.de.cases import CASE_WORDS, article_genders, nominative
from kg.lang.de.grammar import (
    ACCUSATIVE_PREPOSITIONS,
    ACCUSATIVE_VERB_FORMS,
    ADJ_ENDINGS,
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
    SINGULAR_BEFORE_EN,
)
from kg.lang.de.newsroom import (
    NOT_PREFIX_NAMES,
    is_member_noun,
    is_newsroom_noun,
)
from kg.lang.de.orgs import (
    CHANNEL_NOUNS,
    INDEFINITES,
    SOCIAL_NETWORKS,
    acronym_owner,
    is_descriptor,
    is_unit_noun,
)
from kg.lang.de.places import CITY_NOUNS, PLACE_PREPOSITIONS
from kg.lang.de.titles import LOCAL_POSTS, NARROWING_PREFIXES, match_title
from kg.nlp import gazetteer
from kg.nlp.components.gazetteer import span_entry
from kg.nlp.components.names import split_run_on_names

__all__ = ["attach_countries", "collect_mentions"]


def collect_mentions(
    doc: Doc, sent_of_token: dict[int, int], offset: int
) -> tuple[list[RawMention], dict[int, int]]:
    """The mentions of ``doc`` in text order, and for each token inside one the
    index of its mention.

    Parameters
    ----------
    doc
        The annotated article body. The organisations it names are added to
        its context (``doc._.kg_context``).
    sent_of_token
        Token index -> sentence index.
    offset
        Added to the character offsets of the mentions.
    """
    _add_organisations_to_context(doc)
    # spaCy joins every token each time ``doc.text`` is read: once here
    found = _Found(offset, sent_of_token, doc.text)
    # persons the model named in full: their last words
    surnames = frozenset(
        e[-1].text for e in doc.ents if e.label_ == "PER" and len(e) >= 2
    )
    # "Wendy Sherman Rjabkow" is two (the rule layer splits it too; this covers
    # pipelines without it)
    # "Am Montag traf Merkel Putin": two persons
    for e in split_run_on_names(join_title_apart(doc, list(doc.ents))):
        _add_entity(doc, e, surnames, found)
    _name_clubs_by_nickname(doc, found)
    for i, club in untagged_clubs(
        doc, found.token_mention.keys() | found.taken, found.doc_text
    ):
        tok = doc[i]  # "Grödig empfängt Sturm", "0:1 gegen Gijon"
        found.add(
            tok.idx, tok.idx + len(tok.text), tok.text, "ORG", club, [i], taken=[i]
        )
    add_missed_names(doc, found)
    add_bare_surnames(doc, found)
    # "Merkel traf Putin in Berlin", "sprach mit Macron": a name the model
    # missed in a meeting's slot
    known = {
        w
        for r in found.raw
        if r.label == "PER" and r.entry is None
        for w in r.text.split()[-1:]
    }
    for i in names_in_meeting_slots(doc, known, found.token_mention):
        tok = doc[i]
        found.add(
            tok.idx, tok.idx + len(tok.text), tok.text, "PER", None, [i], taken=[i]
        )
    # "Steinmeiers Sprecher": the genitive of a surname before a relation
    for i, stem in genitive_possessors(doc, found.token_mention):
        tok = doc[i]
        end = tok.idx + len(tok.text)
        found.add(tok.idx, end, tok.text, "PER", None, [i], taken=[i])
        found.raw[-1].nominative = stem
    _mark_acronyms(doc, found)
    _add_country_words(doc, found)
    for k, start, end in bodies_of_heads(doc):
        # "die Regierung von Präsident X", "Netanjahus Büro": the body, besides
        # the person
        if k not in found.token_mention and k not in found.taken:
            text = doc[start:end].text
            begin = doc[start].idx
            found.add(begin, begin + len(text), text, "ORG", None, (k,))
    found.drop_roles()
    raw, token_mention = found.in_text_order()
    _add_nominatives(doc, raw, token_mention)
    return raw, token_mention


def _add_nominatives(
    doc: Doc, raw: list[RawMention], token_mention: dict[int, int]
) -> None:
    """The nominative of each organisation the gazetteer does not know, by the
    word before it ("der Syrischen Beobachtungsstelle" -> "Syrische
    Beobachtungsstelle"; :func:`kg.lang.de.cases.nominative`), with the genders
    the article shows by "die" or "das" before a noun."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for t, mi in token_mention.items():
        if mi not in first or t < first[mi]:
            first[mi] = t
        if t > last.get(mi, -1):
            last[mi] = t
    genders = article_genders(t.text for t in doc)
    surnames = frozenset(
        r.text.split()[-1] for r in raw if r.label == "PER" and " " in r.text
    ) | frozenset(r.text for r in raw if r.label == "PER" and " " not in r.text)
    for mi, t in first.items():
        m = raw[mi]
        if m.label == "PER" and m.entry is None and " " not in m.text:
            shared = shared_surname(doc, raw, token_mention, t)
            if shared is not None:
                m.nominative = shared  # "Bill und Hillary Clinton": Bill Clinton
                continue
            m.nominative = (
                genitive_name_stem(doc, m.text)
                or (genitive_before_relation(doc, t) if t == last[mi] else None)
                or unglued_name(doc, m.text)  # "HansNiessl"
            )
            continue
        if m.label == "PER" and m.entry is None:
            # "Angela Merkels Regierung": the name without the genitive
            end = last[mi]
            if end > t and m.text.endswith(doc[end].text):
                stem = genitive_surname(doc, end, surnames) or (
                    genitive_name_after_noun(doc, t, end, surnames)
                )
                if stem is not None:
                    m.nominative = m.text[: -len(doc[end].text)] + stem
            continue
        if m.label == "ORG" and t > 0 and " " not in m.text:
            # "der Konzern Porsche": named as an organisation by its kind
            m.described = is_descriptor(doc[t - 1].text)
        if m.label != "ORG" or m.entry is not None or t == 0:
            continue
        if not m.text.startswith(doc[t].text):
            continue
        # the article before adjectives in lower case: "der oppositionsnahen
        # Syrischen Beobachtungsstelle"
        j = t - 1
        while (
            j > 0
            and j > t - 4
            and doc[j].is_lower
            and doc[j].is_alpha
            and doc[j].lower_ not in CASE_WORDS
            and doc[j].lower_.endswith(ADJ_ENDINGS)
        ):
            j -= 1
        before = doc[j] if doc[j].lower_ in CASE_WORDS else doc[t - 1]
        if before.is_alpha:
            m.nominative = nominative(m.text, before.text, genders)


@dataclass(slots=True)
class _Found:
    """The mentions collected so far; for each token the mention it is in."""

    offset: int
    sent_of_token: dict[int, int]
    doc_text: str
    raw: list[RawMention] = field(default_factory=list)
    token_mention: dict[int, int] = field(default_factory=dict)
    # the tokens no later mention may take
    taken: set[int] = field(default_factory=set)
    # the words of the parts played in the article ("David (Bruce Willis)")
    role_words: set[str] = field(default_factory=set)

    def add(
        self,
        start_char: int,
        end_char: int,
        text: str,
        label: str,
        entry: gazetteer.Entry | None,
        tokens: Iterable[int],
        *,
        taken: Iterable[int] = (),
    ) -> None:
        """One mention of ``doc.text[start_char:end_char]`` over ``tokens``
        (the first one's sentence is its sentence); ``taken`` become taken."""
        tokens = list(tokens)
        idx = len(self.raw)
        self.raw.append(
            RawMention(
                start_char + self.offset,
                end_char + self.offset,
                text,
                label,
                self.sent_of_token.get(tokens[0], 0),
                entry,
            )
        )
        for i in tokens:
            self.token_mention[i] = idx
        self.taken.update(taken)

    def drop_roles(self) -> None:
        """Leave out the persons named only by words of a part played
        (:attr:`role_words`): "Eisner" after "Moritz Eisner (Harald Krassnitzer)"."""
        roles = self.role_words
        if not roles:
            return
        keep = [
            i
            for i, r in enumerate(self.raw)
            if not (
                r.label == "PER" and r.entry is None and set(r.text.split()) <= roles
            )
        ]
        if len(keep) == len(self.raw):
            return
        remap = {old: new for new, old in enumerate(keep)}
        self.raw = [self.raw[i] for i in keep]
        for r in self.raw:
            if r.follows is not None:
                r.follows = remap.get(r.follows)
        self.token_mention = {
            t: remap[m] for t, m in self.token_mention.items() if m in remap
        }

    def in_text_order(self) -> tuple[list[RawMention], dict[int, int]]:
        """The mentions sorted by offset, and the token map to match."""
        raw = self.raw
        order = sorted(range(len(raw)), key=lambda i: raw[i].start)
        remap = {old: new for new, old in enumerate(order)}
        raw = [raw[i] for i in order]
        for r in raw:
            if r.follows is not None:
                r.follows = remap[r.follows]
        return raw, {ti: remap[mi] for ti, mi in self.token_mention.items()}


def _add_organisations_to_context(doc: Doc) -> None:
    """The article's parties and state bodies ("ÖVP", "SPÖ-Chef") tell its
    country as its places do, for the organisation forms named by country
    ("die Grünen" next to them are the Austrian Greens)."""
    if doc._.kg_context is not None:
        orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
        orgs += [t.text.split("-", 1)[0] for t in doc if "-" in t.text[1:-1]]
        doc._.kg_context = gazetteer.with_organisations(doc._.kg_context, orgs)


def _org_names(doc: Doc) -> set[tuple[int, int]]:
    """The organisations ``kg_orgs`` named (``Doc._.kg_org_names``)."""
    names = doc._.kg_org_names if doc.has_extension("kg_org_names") else None
    return names or set()


def _add_entity(doc: Doc, e: Span, surnames: frozenset[str], found: _Found) -> None:
    """The mention of the pipeline's entity ``e``, if it is one."""
    e_start, e_end, e_label = e.start, e.end, e.label_
    if e_label not in ("PER", "ORG", "LOC"):
        return
    # a name never runs across a sentence break ("Berlin \n Berlin")
    e_end = min(e_end, doc[e_start].sent.end)
    if e_end - e_start == 1 and e_label != "ORG":
        club = bare_club(doc, e_start, found.doc_text)
        if club is not None:  # "Grödig empfängt", "beim Lokalrivalen Austria"
            tok = doc[e_start]
            end = tok.idx + len(tok.text)
            found.add(tok.idx, end, tok.text, "ORG", club, [e_start], taken=[e_start])
            return
    if e_label == "PER":
        cleaned = clean_person(doc, e_start, e_end, surnames)
        if cleaned is None:
            return
        e_start, e_end, e_label = cleaned
        if e_label == "PER" and _role_of_actor(doc, e_end):
            # "David (Bruce Willis)": a part played, no person; nor is
            # "Eisner" later on, of "Moritz Eisner (Harald Krassnitzer)"
            found.taken.update(range(e_start, e_end))
            found.role_words.update(t.text for t in doc[e_start:e_end])
            return
    if e_label == "ORG":
        e_start, e_end = _trim_organisation(doc, e_start, e_end)
        if e_end - e_start == 1 and club_prefix_before(doc, e_start):
            e_end += 1  # "bei MFK| Ruzomberok": the club's abbreviation alone
    ent = doc[e_start:e_end]
    text = ent.text
    if not ent.text.strip():
        return
    entry = _metonym(text, span_entry(ent, label=e_label), doc, ent)
    if entry is None and e_label == "ORG" and text[:1].islower() and " " in text:
        # "der republikanischen Partei": the party of its capitalised name
        party = gazetteer.disambiguate(
            text[:1].upper() + text[1:], doc._.kg_context or (), label="ORG"
        )
        entry = party if party is not None and party.kind == "party" else None
    if (
        entry is not None
        and entry.label == "LOC"
        and e.label_ == "PER"
        and len(ent) == 1
        and (text in surnames or (text.endswith("s") and text[:-1] in surnames))
    ):
        # "Hollandes Berater" next to "François Hollande": the person's
        # genitive, not a form of the country the model's word also spells
        entry = None
    if len(ent) == 1 and (entry is None or entry.label == "LOC"):
        # "Tabellenführer Leicester", "5:1 gegen Newcastle": the town's club
        is_club, club = town_club(doc, e_start, e_label, entry, found.doc_text)
        if is_club:
            entry, e_label = club, "ORG"
    if (
        entry is not None
        and entry.label == "LOC"
        and e_label == "ORG"
        and (e_start, e_end) in _org_names(doc)
    ):
        # kg_orgs named a club by its town after its league ("der
        # Zweitligist St. Pölten"): an organisation, not the town
        entry = gazetteer.club_in_context(text, doc.text)
    if entry is None and e_label == "ORG":
        # "das Social Network Facebook": a noun for the kind of organisation
        # the model ran into the name the gazetteer knows
        for cut in range(e_start + 1, e_end):
            if not is_descriptor(doc[cut - 1].text):
                continue
            tail = doc[cut:e_end]
            named = span_entry(tail, label="ORG")
            if named is not None and named.label == "ORG":
                ent, text, entry = tail, tail.text, named
            break
    if (
        not any(c.isupper() for c in text)
        and (entry is None or entry.label != "ORG")
        and (e_start, e_end) not in _org_names(doc)
    ):
        # a lower-case word, unless an organisation's name ("dpa") or a site
        # kg_orgs named ("das Branchenportal meedia.de")
        return
    label = e_label
    if entry is None and len(ent) == 1 and "-" in text:
        # "Ukraine-Konflikt": a compound whose head is a common noun names
        # the entity in its first part only.
        head = text.split("-", 1)[0]
        part = gazetteer.lookup(head) or gazetteer.country_of(head + "-")
        if part is not None:
            entry = part
            text = head
        elif (
            text.rsplit("-", 1)[-1][:1].isupper()
            and label != "PER"
            and (e_start, e_end) not in _org_names(doc)
        ):
            return  # kg_orgs's "Qassam-Brigaden" stays
    if label == "ORG" and _social_channel(doc, ent, text):
        return  # "Facebook-Seite": a page on the network
    if entry is not None and entry.label == "ORG":
        entry = _named_country(doc, ent, text) or entry
    if entry is not None and _member_title(doc, ent, entry):
        return  # "Bundesrat Gottfried Kneifel": a member's title, no chamber
    if entry is not None and _common_word_of_company(doc, ent, entry):
        return  # "der US-geführten Allianz": the common noun, not the insurer
    if entry is not None and entry.kind == "party" and _one_member(doc, ent):
        return  # "dem Grünen eine Liste übermittelt": a member, not the party
    if (label == "ORG" and (entry is None or entry.label == "ORG")) or (
        label == "PER" and entry is None and len(ent) == 1
    ):
        # "Red Bull Salzburg" in an article about ice hockey: the club of the
        # sport; so is "Grödig" that the model took for a surname in a report on
        # football ("Weil Rapid beim 3:2 gegen Grödig enorm schwer tat")
        club = gazetteer.club_in_context(text, found.doc_text)
        if club is not None:
            entry = club
    if entry is not None:
        label = entry.label if entry.label in ("PER", "ORG", "LOC") else label
    if (
        label == "PER"
        and entry is None
        and match_title(text.split()[0])
        and len(ent) == 1
    ):
        return  # a bare title the model took for a name
    # no space of any kind at the ends (sentences are stripped alike): "A\x85"
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return
    start_char = ent.start_char + lead
    tokens = range(ent.start, ent.end)
    found.add(
        start_char, start_char + len(text), text, label, entry, tokens, taken=tokens
    )


def _unit_of(word: str, head: str) -> bool:
    """``word`` is a compound of the organisation ``head`` and a part of it
    (:data:`UNIT_NOUNS`): "ORF-Generaldirektion", "Post-Vorstands"."""
    rest = word[len(head) + 1 :] if word.startswith(head + "-") else ""
    return bool(rest) and "-" not in rest and is_unit_noun(rest)


def _member_title(doc: Doc, ent: Span, entry: gazetteer.Entry) -> bool:
    """A chamber of one word right before a person's full name is the
    member's title, as Austrian and Swiss usage has it ("Bundesrat Gottfried
    Kneifel", "Nationalrat Peter Pilz"), not the chamber."""
    if entry.kind != "parliament" or len(ent) != 1:
        return False
    return any(
        e.start == ent.end and e.label_ == "PER" and len(e) >= 2 for e in doc.ents
    )


def _common_word_of_company(doc: Doc, ent: Span, entry: gazetteer.Entry) -> bool:
    """A one-word company name that is a common noun too (a form the gazetteer
    resolves only once it is labelled: "Allianz", "Spar") after an inflected
    adjective: "der US-geführten Allianz", "eine neue Allianz" name the noun."""
    if entry.kind != "company" or len(ent) != 1 or ent.start == 0:
        return False
    if gazetteer.is_matchable(ent.text):
        return False
    before = doc[ent.start - 1]
    last = before.text.rsplit("-", 1)[-1]  # "US-geführten"
    return (
        last.islower()
        and before.text.replace("-", "").isalpha()
        and before.lower_.endswith(ADJ_ENDINGS)
        and before.lower_ not in _DETERMINERS
    )


#: words before a noun that end like an adjective and are none ("die Allianz",
#: "seine Allianz", "diese Allianz")
_DETERMINERS = (
    ARTICLES
    | INDEFINITE_ARTICLES
    | POSSESSIVES
    | POSSESSIVE_ARTICLES
    | INDEFINITES
    | frozenset(
        "des diese dieser diesen diesem dieses jene jener jenen jenem jenes "
        "welche welcher welchen welchem welches alle allen beide beiden sie "
        "unsere unserer unseren unserem eure euren".split()
    )
)


def _social_channel(doc: Doc, ent: Span, text: str) -> bool:
    """``text`` names a social network in a compound of a post or a page on it
    ("Facebook-Seite", "Twitter-Meldungen", "Facebook Posts"), no actor. The
    network a statement is posted on ("schrieb auf Twitter") stays an
    organisation: it is the medium of the statement (``bench/quote_gold.md``)."""
    if len(ent) == 2 and ent[0].text in SOCIAL_NETWORKS:  # "Facebook Posts"
        return ent[1].lower_.startswith(CHANNEL_NOUNS)
    if text not in SOCIAL_NETWORKS:
        return False
    word = ent.text
    if len(ent) == 1 and "-" in word:
        tail = word.split("-", 1)[1].lower()
        return tail.startswith(CHANNEL_NOUNS)
    return False


def _name_clubs_by_nickname(doc: Doc, found: _Found) -> None:
    """An organisation the gazetteer does not know, named by a club's nickname
    ("die Bullen"): the club of the nickname the article names too, else the one
    of the sport the article is about (:func:`gazetteer.club_by_nickname`)."""
    named = {r.entry.name for r in found.raw if r.entry is not None}
    for r in found.raw:
        if r.label == "ORG" and r.entry is None:
            club = gazetteer.club_by_nickname(r.text, found.doc_text, named)
            if club is not None:
                r.entry = club


def _role_of_actor(doc: Doc, end: int) -> bool:
    """A person's full name in parentheses right after the name ending at
    ``end``: the name is a part that person plays ("Gauner Joe (Bruce Willis)",
    a film listing), no person of the article."""
    if end + 3 >= len(doc) or doc[end].text != "(":
        return False
    first = doc[end + 1]
    if first.ent_iob_ != "B" or first.ent_type_ != "PER":
        return False
    close = end + 2
    while close < len(doc) and doc[close].ent_iob_ == "I":
        close += 1
    return close - (end + 1) >= 2 and close < len(doc) and doc[close].text == ")"


def _named_country(doc: Doc, ent: Span, text: str) -> gazetteer.Entry | None:
    """The organisation of a form named by country whose country the text
    names right after it: "die Grünen in Deutschland" are the German Greens in
    an article about Austria. Without a country of its own, the form takes the
    nearest one the same form was given so in its sentence or the one before:
    "die Grünen in Deutschland bei 25 Prozent. ... wie den Grünen in der
    Energiepolitik" are the German Greens twice."""
    forms = gazetteer.organisations_by_country(text)
    if not forms:
        return None
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "in":
        place = gazetteer.lookup(doc[ent.end + 1].text)
        if place is not None and place.kind != "country":
            return None  # "die Grünen in Wien": a place of its own, not inherited
    first = doc[ent.start].sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for i in [ent.start] + list(range(ent.start - 1, first - 1, -1)):
        if i != ent.start and doc[i].text != text.split()[-1]:
            continue
        after = ent.end if i == ent.start else i + 1
        if after + 1 >= len(doc) or doc[after].lower_ != "in":
            continue
        country = gazetteer.lookup(doc[after + 1].text)
        if country is None or country.kind != "country":
            continue
        rows = [e for e in forms if e.code == country.code]
        return rows[0] if len(rows) == 1 else None
    return None


def _one_member(doc: Doc, ent: Span) -> bool:
    """A party named by the noun for its members ("Grünen") that the words
    around it make singular: one member ("dem Grünen", "für den Grünen", "sehen
    den Grünen in Führung") or no party at all ("im Grünen", the countryside).
    "des" alone is left out: "des Grünen" may be a genitive of the party's form
    "der Grüne". A member named right after the noun makes it his party, as
    "(Grüne)" after a name does ("dem Grünen Alexander Van der Bellen", "des
    Grünen Georg Willi"; ``bench/extract_gold.md``: "den Grünen X" names the
    party)."""
    if len(ent) != 1 or not ent.text.endswith("en") or ent.start == 0:
        return False
    if _person_follows(doc, ent):
        return False
    prev = doc[ent.start - 1].lower_
    if prev in SINGULAR_BEFORE_EN - {"des"}:
        return True
    return (
        prev == "den"
        and ent.start >= 2
        and (
            doc[ent.start - 2].lower_ in ACCUSATIVE_PREPOSITIONS
            or doc[ent.start - 2].lower_ in ACCUSATIVE_VERB_FORMS
        )
    )


def _person_follows(doc: Doc, ent: Span) -> bool:
    """A person's name begins right after ``ent`` ("den Grünen| Georg Willi")."""
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    return nxt.ent_iob_ == "B" and nxt.ent_type_ == "PER"


#: dashes that end no name
_DASHES = frozenset({"–", "—", "-"})


def _trim_organisation(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An organisation without a preposition and a number the model ran onto
    it: "die Freiheitlichen| von 82 verschwundenen Wahlkarten" (a name may end in
    a number, "Hannover 96", but not after a lower-case word); without the words
    after a name the gazetteer tags anywhere: "der Deutschen Presse-Agentur| am
    Rande der Automesse" (a longer name it knows stays whole); without a dash
    the model ran onto its end ("Yahoo| –")."""
    while end - start > 1 and doc[end - 1].text in _DASHES:
        end -= 1
    if end - start >= 3 and doc[end - 1].like_num and doc[end - 2].is_lower:
        return start, end - 2
    if end - start >= 3 and gazetteer.lookup(doc[start:end].text) is None:
        for cut in range(end - 1, start + 1, -1):
            if not doc[cut].is_lower:
                continue
            head = doc[start:cut].text
            entry = gazetteer.lookup(head)
            if (
                entry is not None
                and entry.label == "ORG"
                and gazetteer.is_matchable(head)
            ):
                return start, cut
    return start, end


def _mark_acronyms(doc: Doc, found: _Found) -> None:
    """An acronym in parentheses after a name follows it: "Organisation für
    Sicherheit und Zusammenarbeit in Europa (OSZE)"."""
    token_mention = found.token_mention
    for ent in doc.ents:
        if (
            ent.start >= 2
            and ent.end < len(doc)
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
            and (ent.start - 2) in token_mention
        ):
            me = token_mention.get(ent.start)
            prev = token_mention.get(ent.start - 2)
            if me is not None and prev is not None and me != prev:
                found.raw[me].follows = prev
    # "der Arbeitsgemeinschaft für demokratische Politik (AFP)": a long form the
    # model did not take for a name, found by the initials of its words
    for ent in doc.ents:
        me = token_mention.get(ent.start)
        if (
            me is None
            or len(ent) != 1
            or not ent.text.isupper()
            or ent.start < 3
            or ent.end >= len(doc)
            or doc[ent.start - 1].text != "("
            or doc[ent.end].text != ")"
            or (ent.start - 2) in token_mention
        ):
            continue
        end = ent.start - 1
        for start in range(end - 2, max(end - len(ent.text) - 4, -1), -1):
            words = doc[start:end]
            if any(t.i in found.taken or not t.is_alpha for t in words) or any(
                t.is_sent_start for t in words[1:]
            ):
                break
            if doc[start].text[:1].isupper() and spells_out(words.text, ent.text):
                found.add(
                    words.start_char,
                    words.end_char,
                    words.text,
                    "ORG",
                    None,
                    range(start, end),
                    taken=range(start, end),
                )
                found.raw[me].follows = len(found.raw) - 1
                break


def _add_country_words(doc: Doc, found: _Found) -> None:
    """Country adjectives, inhabitant nouns, prefixes: "russischer",
    "US-Außenminister"; organisation prefixes: "G7-Gipfel"; "die ukrainische
    Hauptstadt" (the capital)."""
    for t in doc:
        if t.i in found.taken or t.is_punct or t.is_space or len(t.text) < 3:
            continue
        entry = gazetteer.country_of(t.text)
        label = "LOC"
        skip = 0  # characters of a rank before the organisation ("Ex-")
        if entry is None and "-" in t.text[1:-1]:
            # "G7-Gipfel", "Nato-Gipfel", "EU-Kommissionspräsident": an
            # organisation; also after a rank ("Ex-KPÖ-Chef") and a party by
            # its members in an article about its country ("Grünen-Chefin")
            rank, _, rest = t.text.partition("-")
            if rank.lower() in NARROWING_PREFIXES and "-" in rest[1:-1]:
                skip = len(rank) + 1
            head = t.text[skip:].split("-", 1)[0]
            org = gazetteer.lookup(head)
            parts = t.text[skip:].split("-")
            if org is None and len(parts) > 2:
                # a name of two words: "Puls-4-Interview", "Red-Bull-Chef"
                org = gazetteer.lookup(" ".join(parts[:2])) or gazetteer.lookup(
                    "-".join(parts[:2])  # "G-7-Gipfel"
                )
                if org is not None and org.label == "ORG":
                    head = "-".join(parts[:2])
            if (
                org is not None
                and org.label == "ORG"
                and (
                    head.isupper()
                    or gazetteer.is_matchable(head.replace("-", " "))
                    or _named_by_compound(org, head, t.text.rsplit("-", 1)[-1])
                )
            ):
                entry, label = org, "ORG"
            elif (
                org is None
                and gazetteer.organisations_by_country(head)
                and len(_party_countries(doc)) < 2
            ):
                party = org_by_country(head, doc)
                if party is not None:
                    entry, label = party, "ORG"
        cut = _truncated_org(doc, t.i) if entry is None else None
        if cut is not None:
            # "Gestapo- und SS-Männer", "CDU- und CSU-Politiker": the first
            # part of a compound whose head the next one gives
            head = cut
            entry, label = gazetteer.lookup(head), "ORG"
        if (
            label != "ORG"
            and "-" in t.text
            and (club := compound_club(t.text[skip:], found.doc_text))
        ):
            # "Köln-Trainer", "Bayern-Profis": the club of the town
            name, club_entry = club
            end = t.idx + skip + len(name)
            found.add(t.idx + skip, end, name, "ORG", club_entry, (t.i,))
            continue
        if label == "ORG" and _social_channel(doc, doc[t.i : t.i + 1], head):
            continue  # "Facebook-Seite": a page on the network, no actor
        if label == "ORG" and _unit_of(t.text[skip:], head):
            # "ORF-Generaldirektion", "Post-Vorstand": a part of the
            # organisation, a body of its own (the compound names it only)
            unit = t.text[skip:]
            found.add(t.idx + skip, t.idx + len(t.text), unit, "ORG", None, (t.i,))
            continue
        if entry is None:
            # "QRX-Muttergesellschaft", "QRX-Universität": an abbreviation
            # the gazetteer does not know, as the organisation of the compound
            abbr = acronym_owner(t.text[skip:])
            if abbr and new_acronym(doc, abbr, t.text[skip:]):
                end = t.idx + skip + len(abbr)
                found.add(t.idx + skip, end, abbr, "ORG", None, (t.i,))
            continue
        nxt = t.nbor() if t.i + 1 < len(doc) else None
        if (
            label == "LOC"
            and t.is_lower
            and nxt is not None
            and nxt.lower_ == "hauptstadt"
            and nxt.i not in found.taken
            and (capital := gazetteer.capital_city(entry)) is not None
        ):
            # "in der ukrainischen Hauptstadt": the capital, a city
            end = nxt.idx + len(nxt.text)
            text = f"{t.text} {nxt.text}"
            found.add(t.idx, end, text, "LOC", capital, (t.i, nxt.i), taken=(nxt.i,))
            continue
        party = _country_party(entry, t.text) if label == "LOC" else None
        if party is not None:
            # "US-Republikaner": the party of the country named before it, a
            # mention of its own beside the country's
            rest = t.text.split("-", 1)[1]
            start = t.idx + len(t.text) - len(rest)
            found.add(start, start + len(rest), rest, "ORG", party, (t.i,))
        text, end = t.text, t.idx + len(t.text)
        if "-" in t.text:
            text = t.text[skip:].split("-", 1)[0]
            if label == "ORG" and t.text[skip:].startswith(head + "-"):
                text = head  # "Puls-4" of "Puls-4-Interview"
            end = t.idx + skip + len(text)
        found.add(t.idx + skip, end, text, label, entry, (t.i,))


#: words between the parts of compounds that share their head ("CDU- und
#: CSU-Politiker", "SPÖ-, ÖVP- oder FPÖ-Wähler")
_TRUNCATION_LINKS = frozenset({"und", "oder", "sowie", "bzw.", ","})


def _truncated_org(doc: Doc, i: int) -> str | None:
    """The organisation the gazetteer knows (not a social network, whose
    compounds name its pages and users) that token ``i`` names as the first part
    of a compound cut short before "und", "oder" or a comma, whose head the next
    compound gives ("Gestapo-" of "Gestapo- und SS-Männer", "Nato- und
    Regierungsvertreter"); else ``None``."""
    word = doc[i].text
    if len(word) < 3 or not word.endswith("-") or "-" in word[:-1]:
        return None
    k = i + 1
    while k < len(doc) and doc[k].text in _TRUNCATION_LINKS:
        k += 1
    if k == i + 1 or k >= len(doc):
        return None
    nxt = doc[k].text
    if not nxt[:1].isupper() or not nxt.replace("-", "").isalpha():
        return None  # "SPÖ- und 12 ...": no compound after it
    head = word[:-1]
    org = gazetteer.lookup(head)
    if org is None or org.label != "ORG" or head in SOCIAL_NETWORKS:
        return None
    if not (head.isupper() or gazetteer.is_matchable(head)):
        return None
    return head


def _country_party(country: gazetteer.Entry, word: str) -> gazetteer.Entry | None:
    """The party of ``country`` that the part of ``word`` after the country's
    prefix names by its members: "US-Republikaner", "US-Demokraten"."""
    if "-" not in word[1:-1] or country.code is None:
        return None
    rest = word.split("-", 1)[1]
    if not rest[:1].isupper() or "-" in rest:
        return None
    claims = (
        gazetteer.lookup(rest, label="ORG"),
        *gazetteer.organisations_by_country(rest),
    )
    return next(
        (
            e
            for e in claims
            if e is not None and e.kind == "party" and e.code == country.code
        ),
        None,
    )


def _party_countries(doc: Doc) -> set[str]:
    """The countries of the parties an article names by their own names ("ÖVP",
    "FDP-Abgeordnete"). Where there are two, the article's country says
    nothing of which one a party form by its members means: "der
    Grünen-Finanzexperte Sven Giegold" between "ÖVP-Delegationsleiter" and
    "FDP-Abgeordnete" in the European Parliament is no Austrian Green."""
    names = [e.text for e in doc.ents if e.label_ == "ORG"]
    names += [t.text.split("-", 1)[0] for t in doc if "-" in t.text[1:-1]]
    out = set()
    for name in names:
        entry = gazetteer.lookup(name)
        if entry is not None and entry.kind == "party" and entry.code is not None:
            out.add(entry.code)
    return out


#: kinds of organisation a compound names by a name that is a common word too
_COMPOUND_KINDS = frozenset({"media", "company", "research", "union", "ngo"})


def _named_by_compound(org: gazetteer.Entry, head: str, rest: str) -> bool:
    """A name that is a common word too ("Kurier", "Spar", "Sora") names its
    organisation before a noun of its newsroom or its people:
    "Kurier-Fotograf", "Falter-Journalistin", "Spar-Chef", "Sora-Forscher";
    not a word for the press ("Presse-Sprecher")."""
    if org.kind not in _COMPOUND_KINDS or head in NOT_PREFIX_NAMES:
        return False
    return (org.kind == "media" and is_newsroom_noun(rest)) or is_member_noun(rest)


def _metonym(
    text: str, entry: gazetteer.Entry | None, doc: Doc, ent: Span
) -> gazetteer.Entry | None:
    """A capital in the genitive stands for its state: "Aus Sicht Washingtons",
    "Moskaus Position", "Pekings Führung" speak of the government, not the city.
    A capital after a preposition ("in Moskaus Zentrum") stays the city."""
    if entry is None or entry.kind != "city" or text == entry.name:
        return entry
    if not (text.endswith("s") and text[:-1] == entry.name):
        return entry
    if ent.start > 0 and doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS:
        return entry
    if ent.end < len(doc) and (
        doc[ent.end].text in CITY_NOUNS or doc[ent.end].lower_.endswith(LOCAL_POSTS)
    ):
        # "Roms Bürgermeister", "Befreiung Jerusalems Altstadt", "Wiens
        # Gesundheitsstadträtin"
        return entry
    if ent.start > 0 and doc[ent.start - 1].text in CITY_NOUNS:
        return entry  # "die Befreiung Jerusalems"
    return gazetteer.capital_of(entry) or entry


def attach_countries(entities: list[Entity]) -> None:
    """Give cities their country (``contained_in``) when the gazetteer knows it."""
    for i, e in enumerate(entities):
        if e.place_kind == "city" and e.country_code:
            country = _countries_by_code().get(e.country_code)
            if country is not None:
                entities[i] = replace(
                    e, contained_in=entity_key(Kind.PLACE, country.name)
                )


@lru_cache(maxsize=1)
def _countries_by_code() -> dict[str, gazetteer.Entry]:
    return {
        e.code: e
        for e in gazetteer.entries()
        if e.kind == "country" and e.code is not None
    }
