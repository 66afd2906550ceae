"""Doc -> records: entities, roles and meetings of one article.

Plain functions over an annotated spaCy ``Doc`` (``doc.ents`` from the NER
model and the gazetteer layer, ``doc.sents``), so the logic can be tested on
hand-built Docs. German-specific knowledge lives in data files
(``kg/data/roles.tsv``, the gazetteer and its country-adjective table) and in
the small closed word lists below (triggers, prepositions), not in code paths
for particular names.

Meetings follow these rules:

* a *trigger* is a meeting noun (Treffen, Gespräch, Verhandlungen, Sitzung,
  Gipfel, Konferenz, Telefonat, Besuch … and compounds ending in them) or
  verb (treffen, verhandeln, empfangen, zusammenkommen, beraten …);
* each trigger takes the nearest time expression and the nearest place after
  "in" in its sentence (one each, nearest first);
* participants come from German patterns: "mit X", "zwischen X und Y",
  "Vertreter der X und Y", "X leitet die Gespräche" / "von X geleitet", and
  for verb triggers the persons of the clause; a convening body comes from
  "Sitzung des X", "im Rahmen der X", "unter Vorsitz …", "auf Einladung …";
* mentions are merged in text order: one with a day-level date or a place
  joins an earlier meeting with the same date or place (and no conflict), or
  starts one; one with neither (an anaphor: "die anstehenden Gespräche") joins
  the earlier meeting sharing most participants, or starts one only if it names
  two participants itself; otherwise it is too vague and dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.records import (
    ArticleRecords,
    Entity,
    Kind,
    Meeting,
    Role,
    Sentence,
    entity_key,
    kind_of,
    name_of,
)
from kg.extract.resolve import RawMention, resolve_mentions
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
    adjective_stem,
)
from kg.lang.de.meetings import (
    COME_VERBS,
    CONVENE_VERBS,
    LEAD_VERBS,
    NOT_MEETINGS,
    ORGANIZER_CUES,
    PHRASE_WORDS,
    REPRESENTATIVES,
    SCORE,
    SPORTS_CUES,
    SUMMON_VERBS,
    TALK_VERBS,
    TREFFEN_FORMS,
    TREFFEN_OBJECTS,
    TRIGGER_HEADS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
    VAGUE_IDIOMS,
)
from kg.lang.de.names import NAME_MARKUP, NAME_PARTICLES, NAMED_AFTER_PEOPLE
from kg.lang.de.places import (
    CITY_NOUNS,
    PLACE_PREPOSITIONS,
)
from kg.lang.de.speech import (
    SPEAKER_CUES,
)
from kg.lang.de.titles import (
    COLLEAGUE_FORMS,
    FEDERATIONS,
    FORMER,
    LOCAL_POSTS,
    NATIONAL_POSTS,
    ROLE_MODIFIERS,
    TITLE_ADJECTIVES,
    is_title,
    match_title,
    title_forms,
)
from kg.nlp import gazetteer
from kg.nlp.components.gazetteer import span_entry
from kg.nlp.components.names import split_run_on_names
from kg.nlp.lexicon import (
    NOT_ONLY_A_FIRST_NAME,
    Feature,
    has_table,
    word_features,
)
from kg.temporal import find_times

__all__ = [
    "doc_to_records",
    "is_title",
    "squeeze_spaces",
    "squeezed_offsets",
]


# --- the main function ---------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    triggers: list[str]
    sentence: int
    attendees: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    location: str | None = None
    date: date | datetime | None = None
    time_expressions: list[str] = field(default_factory=list)


def doc_to_records(
    doc: Doc,
    *,
    article_id: str,
    content_hash: str,
    offset: int = 0,
    title: str | None = None,
    date: date | datetime | None = None,
    url: str | None = None,
    source: str | None = None,
    path: str | None = None,
    text: str | None = None,
) -> ArticleRecords:
    """Extract entities, roles and meetings from an annotated ``doc``.

    Parameters
    ----------
    doc
        The article body after the pipeline (``doc.ents``, ``doc.sents``).
    article_id, content_hash
        Identify the article.
    offset
        Where ``doc.text`` starts in the article's full text; all offsets in
        the records are into the full text.
    title, date, url, source, path
        Article metadata; ``date`` anchors relative time expressions.
    text
        The text as it was, when ``doc`` was made from ``squeeze_spaces(text)``:
        offsets and the text of mentions and sentences are then given in
        ``text`` ("Sergey  Kiselev" with its two spaces; the name is "Sergey
        Kiselev").

    Returns
    -------
    ArticleRecords
    """
    squeezed = text is not None and text != doc.text
    base = 0 if squeezed else offset  # offsets into doc.text first when squeezed
    sents = [s for s in doc.sents if s.text.strip()]
    sentences = []
    sent_of_token: dict[int, int] = {}
    for i, s in enumerate(sents):
        stripped = s.text.strip()
        lead = len(s.text) - len(s.text.lstrip())
        start = s.start_char + lead + base
        sentences.append(Sentence(start, start + len(stripped), stripped))
        for t in s:
            sent_of_token[t.i] = i

    raw, token_mention = _collect_mentions(doc, sent_of_token, base)
    entities = resolve_mentions(raw)
    _attach_countries(entities)
    token_key = {ti: raw[mi].key for ti, mi in token_mention.items()}
    kinds = {e.key: e for e in entities}

    visitors: set[tuple[str, str]] = set()  # (person, country visited)
    meetings = _find_meetings(doc, sents, token_key, kinds, date, visitors)
    roles = _find_roles(doc, sents, token_key, kinds, base, visitors)
    rec = ArticleRecords(
        id=article_id,
        content_hash=content_hash,
        title=title,
        date=date,
        url=url,
        source=source,
        path=path,
        sentences=tuple(sentences),
        entities=tuple(entities),
        roles=tuple(roles),
        meetings=tuple(meetings),
    )
    if squeezed:
        assert text is not None
        rec = _unsqueeze(rec, squeezed_offsets(doc.text, text), text, offset)
    return rec


# --- runs of spaces -------------------------------------------------------------------

# two or more spaces or tabs inside a line ("Sergey  Kiselev", text wrapped by
# hand); line breaks are left alone (they end headlines and paragraphs)
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")


def squeeze_spaces(text: str) -> str:
    """``text`` with every run of two or more spaces or tabs inside a line made
    one space. spaCy makes such a run a token of its own, which splits names
    ("Sergey  Kiselev") and stands between words the rules expect side by side;
    one article in five of the 10kGNAD test set has such runs. Run the pipeline
    on the squeezed text and pass the original to :func:`doc_to_records`
    (``text=``): the records then index the original."""
    return _SPACE_RUN.sub(" ", text)


def squeezed_offsets(squeezed: str, text: str) -> list[int]:
    """For each offset into ``squeezed = squeeze_spaces(text)`` (and its end),
    the offset into ``text``."""
    out: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        out.extend(range(pos, m.start()))
        out.append(m.start())  # the one space stands for the run
        pos = m.end()
    out.extend(range(pos, len(text) + 1))
    if len(out) != len(squeezed) + 1:
        raise ValueError("doc.text is not squeeze_spaces(text)")
    return out


def _unsqueeze(
    rec: ArticleRecords, at: list[int], text: str, offset: int
) -> ArticleRecords:
    """``rec`` (offsets into the squeezed text) with offsets into ``text`` plus
    ``offset``, and the text of sentences and mentions taken from ``text``."""

    def span(start: int, end: int) -> tuple[int, int, str]:
        a, b = at[start], at[end]
        return a + offset, b + offset, text[a:b]

    sentences = []
    for s in rec.sentences:
        a, b, t = span(s.start, s.end)
        sentences.append(replace(s, start=a, end=b, text=t))
    entities = []
    for e in rec.entities:
        mentions = []
        for m in e.mentions:
            a, b, t = span(m.start, m.end)
            mentions.append(replace(m, start=a, end=b, text=t))
        entities.append(replace(e, mentions=tuple(mentions)))
    roles = [
        replace(r, start=at[r.start] + offset, end=at[r.end] + offset)
        for r in rec.roles
    ]
    return replace(
        rec, sentences=tuple(sentences), entities=tuple(entities), roles=tuple(roles)
    )


# --- mentions ------------------------------------------------------------------------


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
    if ent.end < len(doc) and doc[ent.end].text in CITY_NOUNS:
        return entry  # "Roms Bürgermeister", "Befreiung Jerusalems Altstadt"
    if ent.start > 0 and doc[ent.start - 1].text in CITY_NOUNS:
        return entry  # "die Befreiung Jerusalems"
    return gazetteer.capital_of(entry) or entry


def _lex(doc: Doc, word: str) -> frozenset[str]:
    """The lexicon features of ``word`` (:func:`kg.nlp.lexicon.word_features`)."""
    return word_features(doc.vocab, word)


def _is_common_noun(doc: Doc, word: str) -> bool:
    """A German common noun, not a name: "Demokraten", "Senfgas", "Regionalkammer"."""
    lex = _lex(doc, word)
    if lex & {
        Feature.FIRST_NAME,
        Feature.SURNAME,
        Feature.TOPONYM,
        Feature.PROPER_NOUN,
    }:
        return False
    if Feature.COMMON_NOUN in lex:
        return True
    if lex or len(word) < 7:
        return False
    # an unknown compound of known words whose head is a common noun
    for cut in range(3, len(word) - 2):
        head = word[cut:].capitalize()
        head_lex = _lex(doc, head)
        if Feature.COMMON_NOUN in head_lex and not head_lex & {
            Feature.FIRST_NAME,
            Feature.SURNAME,
        }:
            return bool(_lex(doc, word[:cut].rstrip("s")) or _lex(doc, word[:cut]))
    return False


def _first_name(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a first name and not also a common noun or a place."""
    lex = _lex(doc, doc[i].text)
    return Feature.FIRST_NAME in lex and not lex & {
        Feature.COMMON_NOUN,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
    }


def _first_name_before(doc: Doc, i: int) -> bool:
    """``doc[i]``, right before a person's name, is a first name of it: a first
    name and nothing else ("Pierre", "Can"), a hyphenated pair of first names
    ("Jean-Claude", "Hans-Jörg"), or after a title a rare proper noun
    ("Präsident Miloš Zeman")."""
    tok = doc[i]
    text = tok.text
    if tok.ent_type_ or not text[:1].isupper() or text.isupper() or len(text) < 2:
        return False
    if match_title(text):
        return False
    parts = text.split("-")
    if not all(p[:1].isupper() and p.isalpha() for p in parts) or len(parts) > 2:
        return False
    if len(parts) == 2:
        return all(
            Feature.FIRST_NAME in (lex := _lex(doc, _strip_accents(p)))
            and not lex
            & NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN, Feature.GAZ_PART}
            for p in parts
        )
    lex = _lex(doc, text) or _lex(doc, _strip_accents(text))
    if lex & NOT_ONLY_A_FIRST_NAME - {Feature.COMMON_NOUN, Feature.GAZ_PART}:
        return False
    if Feature.FIRST_NAME in lex and (
        Feature.COMMON_NOUN not in lex or Feature.HANTA_NE in lex
    ):
        return True
    return (
        i > 0
        and match_title(doc[i - 1].text) is not None
        and Feature.HANTA_NE in lex
        and not lex & {Feature.COMMON_NOUN, Feature.ZIPF_4_5, Feature.ZIPF_GE5}
    )


def _first_name_alone(doc: Doc, tok: Token) -> bool:
    """``tok`` is a capitalised first name outside any entity, that is nothing
    else: no common noun, place, organisation, title or lower-case word."""
    text = tok.text
    if not (text[:1].isupper() and len(text) > 2 and tok.is_alpha) or text.isupper():
        return False
    if tok.ent_type_:
        return False
    lex = _lex(doc, text)
    if not lex and not text.isascii():
        lex = _lex(doc, _strip_accents(text))  # "Lubomír"
    if Feature.FIRST_NAME not in lex or lex & NOT_ONLY_A_FIRST_NAME:
        return False
    if match_title(text):
        return False
    # a thing named after a person: "Universität Getúlio Vargas"
    return not (
        tok.i > 0
        and not tok.is_sent_start
        and doc[tok.i - 1].lower_.endswith(NAMED_AFTER_PEOPLE)
    )


def _strip_accents(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    )


def _continues_name(doc: Doc, tok: Token, *, after_first_name: bool = False) -> bool:
    """``tok`` right after a person's name is more of the name: a capitalised
    word in no other entity that the lexicon knows as a surname or not at all
    ("Hollande"), or an Arabic article form ("al-Sisi"). After a lone first name,
    a capitalised word that is otherwise written lower case is the surname too
    ("Sebastian Kurz")."""
    if tok.ent_type_ or tok.is_sent_start:
        return False
    text = tok.text
    if text.startswith(("al-", "el-")) and len(text) > 4 and text[3:4].isupper():
        return True
    if not (text[:1].isupper() and text.isalpha() and len(text) > 2) or text.isupper():
        return False
    if match_title(text) or gazetteer.country_of(text):
        return False
    lex = _lex(doc, text)
    if not lex:
        return has_table(doc.vocab) and not _is_common_noun(doc, text)
    if Feature.COMMON_NOUN in lex:  # "Huber", "Koch": surnames too, after a first name
        return after_first_name and Feature.SURNAME in lex
    if Feature.LOWER_WORD in lex:
        return after_first_name and not tok.is_punct
    if Feature.SURNAME in lex:
        return True
    # a rare word that is no place or organisation: "Hollande"
    return not lex & {
        Feature.ZIPF_4_5,
        Feature.ZIPF_GE5,
        Feature.TOPONYM,
        Feature.GAZ_COUNTRY,
        Feature.GAZ_CITY,
        Feature.GAZ_ORG,
    }


def _surnames_named(doc: Doc) -> frozenset[str]:
    """The last words of the persons the model named in full in ``doc``."""
    cached = doc.user_data.get("kg_surnames")
    if cached is None:
        cached = frozenset(
            e[-1].text for e in doc.ents if e.label_ == "PER" and len(e) >= 2
        )
        doc.user_data["kg_surnames"] = cached
    return cached


def _clean_person(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """Trim what the model ran into a person's name; ``None`` if nothing is left.

    "Gheorghe Brega vor Journalisten in" -> "Gheorghe Brega" (a lower-case word
    that is no name particle ends the name); "Obamas Demokraten" -> "Obamas" (a
    trailing common noun is no surname); a lone common noun ("Senfgas") is not a
    person; a lone place name the gazetteer knows and the lexicon calls a
    toponym ("Raqqa") is a place.
    """
    # a title the model took into the name: "Oppositionskandidat Manuel Baldizón"
    while end - start > 1 and match_title(doc[start].text):
        start += 1
    # a first name the model left out: "Präsident Miloš| Zeman", "Jean-Claude| Juncker"
    while start > 0 and end - start < 4 and _first_name_before(doc, start - 1):
        start -= 1
    # a surname the model left out: "Präsident François| Hollande bringt"; not
    # a person of its own ("Mayer| Doskozil", each the surname of a person the
    # article names in full)
    surnames = _surnames_named(doc)
    while (
        end < len(doc)
        and not (doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PER")
        and not (
            end - start == 1
            and doc[start].text in surnames
            and doc[end].text in surnames
        )
        and _continues_name(
            doc, doc[end], after_first_name=end - start == 1 and _first_name(doc, start)
        )
    ):
        end += 1
    while start < end and not any(c.isalpha() for c in doc[start].text):
        start += 1  # "#Merkel" tokenised "#", "Merkel"
    i = start
    while i < end and (
        doc[i].text[:1].isupper()
        or doc[i].lower_ in NAME_PARTICLES
        or doc[i].text.startswith(("al-", "el-", "bin-"))
        or (
            set(doc[i].text) <= NAME_MARKUP
            and i + 1 < end
            and doc[i + 1].text[:1].isupper()
        )
    ):
        i += 1
    end = i
    while end > start and (
        doc[end - 1].lower_ in NAME_PARTICLES or not doc[end - 1].text[:1].isalpha()
    ):
        end -= 1
    while (
        end - start > 1
        and _is_common_noun(doc, doc[end - 1].text)
        # "Jeff Sessions": a first name and one more word is a full name
        and not (end - start == 2 and _first_name(doc, start))
    ):
        end -= 1
    if end <= start:
        return None
    if end - start == 1:
        word = doc[start].text
        if _is_common_noun(doc, word):
            return None
        lex = _lex(doc, word)
        if Feature.TOPONYM in lex or (
            Feature.HANTA_NE in lex and not lex & {Feature.FIRST_NAME, Feature.SURNAME}
        ):
            entry = gazetteer.lookup(word)
            if entry is not None and entry.label == "LOC":
                return start, end, "LOC"
    return start, end, "PER"


def _collect_mentions(
    doc: Doc, sent_of_token: dict[int, int], offset: int
) -> tuple[list[RawMention], dict[int, int]]:
    raw: list[RawMention] = []
    token_mention: dict[int, int] = {}
    in_ent: set[int] = set()
    if doc._.kg_context is not None:
        # the article's parties and state bodies ("ÖVP", "SPÖ-Chef") tell its
        # country as its places do, for the organisation forms named by country
        # ("die Grünen" next to them are the Austrian Greens)
        orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
        orgs += [t.text.split("-", 1)[0] for t in doc if "-" in t.text[1:-1]]
        doc._.kg_context = gazetteer.with_organisations(doc._.kg_context, orgs)
    # "Wendy Sherman Rjabkow" is two (the rule layer splits it too; this covers
    # pipelines without it)
    for e in split_run_on_names(list(doc.ents)):
        e_start, e_end, e_label = e.start, e.end, e.label_
        if e_label not in ("PER", "ORG", "LOC"):
            continue
        # a name never runs across a sentence break ("Berlin \n Berlin")
        e_end = min(e_end, doc[e_start].sent.end)
        if e_label == "PER":
            cleaned = _clean_person(doc, e_start, e_end)
            if cleaned is None:
                continue
            e_start, e_end, e_label = cleaned
        ent = doc[e_start:e_end]
        text = ent.text
        if not any(c.isupper() for c in text) or not ent.text.strip():
            continue
        entry = _metonym(text, span_entry(ent, label=e_label), doc, ent)
        label = e_label
        start_char, end_char = ent.start_char, ent.end_char
        if entry is None and len(ent) == 1 and "-" in text:
            # "Ukraine-Konflikt": a compound whose head is a common noun names
            # the entity in its first part only.
            head = text.split("-", 1)[0]
            part = gazetteer.lookup(head) or gazetteer.country_of(head + "-")
            if part is not None:
                entry = part
                end_char = start_char + len(head)
                text = head
            elif text.rsplit("-", 1)[-1][:1].isupper() and label != "PER":
                continue
        if entry is not None:
            label = entry.label if entry.label in ("PER", "ORG", "LOC") else label
        if (
            label == "PER"
            and entry is None
            and match_title(text.split()[0])
            and len(ent) == 1
        ):
            continue  # a bare title the model took for a name
        # no space of any kind at the ends (sentences are stripped alike): "A\x85"
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        start_char += lead
        end_char = start_char + len(text)
        idx = len(raw)
        raw.append(
            RawMention(
                start_char + offset,
                end_char + offset,
                text,
                label,
                sent_of_token.get(ent.start, 0),
                entry,
            )
        )
        for t in ent:
            token_mention[t.i] = idx
            in_ent.add(t.i)
    # a first name and a surname the model missed entirely: "Lubomír Zaorálek"
    i = 0
    while i < len(doc) - 1:
        if i in in_ent or not _first_name_alone(doc, doc[i]):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j not in in_ent
            and _continues_name(doc, doc[j], after_first_name=j == i + 1)
        ):
            j += 1
        if j == i + 1:
            i += 1
            continue
        span = doc[i:j]
        idx = len(raw)
        raw.append(
            RawMention(
                span.start_char + offset,
                span.end_char + offset,
                span.text,
                "PER",
                sent_of_token.get(i, 0),
                None,
            )
        )
        for k in range(i, j):
            token_mention[k] = idx
            in_ent.add(k)
        i = j
    # acronym in parentheses after a name
    pos = {(doc[m_i].i): i for m_i, i in token_mention.items()}
    for ent in doc.ents:
        if (
            ent.start >= 2
            and ent.end < len(doc)
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
            and (ent.start - 2) in pos
        ):
            me = token_mention.get(ent.start)
            prev = token_mention.get(ent.start - 2)
            if me is not None and prev is not None and me != prev:
                raw[me].follows = prev
    # country adjectives, inhabitant nouns, prefixes: "russischer", "US-Außenminister"
    for t in doc:
        if t.i in in_ent or t.is_punct or t.is_space or len(t.text) < 3:
            continue
        entry = gazetteer.country_of(t.text)
        label = "LOC"
        if entry is None and "-" in t.text[1:-1]:
            # "G7-Gipfel", "Nato-Gipfel", "EU-Kommissionspräsident": an organisation
            head = t.text.split("-", 1)[0]
            org = gazetteer.lookup(head)
            if (
                org is not None
                and org.label == "ORG"
                and (head.isupper() or gazetteer.is_matchable(head))
            ):
                entry, label = org, "ORG"
        if entry is None:
            continue
        nxt = t.nbor() if t.i + 1 < len(doc) else None
        if (
            label == "LOC"
            and t.is_lower
            and nxt is not None
            and nxt.lower_ == "hauptstadt"
            and nxt.i not in in_ent
            and (capital := gazetteer.capital_city(entry)) is not None
        ):
            # "in der ukrainischen Hauptstadt": the capital, a city
            idx = len(raw)
            raw.append(
                RawMention(
                    t.idx + offset,
                    nxt.idx + len(nxt.text) + offset,
                    f"{t.text} {nxt.text}",
                    "LOC",
                    sent_of_token.get(t.i, 0),
                    capital,
                )
            )
            token_mention[t.i] = token_mention[nxt.i] = idx
            in_ent.add(nxt.i)
            continue
        text, end = t.text, t.idx + len(t.text)
        if "-" in t.text:
            text = t.text.split("-", 1)[0]
            end = t.idx + len(text)
        idx = len(raw)
        raw.append(
            RawMention(
                t.idx + offset,
                end + offset,
                text,
                label,
                sent_of_token.get(t.i, 0),
                entry,
            )
        )
        token_mention[t.i] = idx
    order = sorted(range(len(raw)), key=lambda i: raw[i].start)
    remap = {old: new for new, old in enumerate(order)}
    raw = [raw[i] for i in order]
    for r in raw:
        if r.follows is not None:
            r.follows = remap[r.follows]
    token_mention = {ti: remap[mi] for ti, mi in token_mention.items()}
    return raw, token_mention


def _attach_countries(entities: list[Entity]) -> None:
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


def _find_roles(
    doc: Doc,
    sents: list[Span],
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
    offset: int,
    visitors: set[tuple[str, str]] | None = None,
) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()
    floating: dict[str, set[str]] = {}

    def add(
        person: str, role: str, title: str, org: str | None, tok: Token, end: int
    ) -> None:
        if (person, role, org) in seen:
            return
        seen.add((person, role, org))
        sent = (
            next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
            if any(s.start <= tok.i < s.end for s in sents)
            else 0
        )
        roles.append(
            Role(person, role, title, org, sent, tok.idx + offset, end + offset)
        )

    def add_title(person: str, role: str, org: str | None, tok: Token) -> None:
        """``add`` for the title at ``tok``, with the modifiers before it."""
        first = _modifier_start(doc, tok)
        add(
            person,
            role,
            doc[first : tok.i + 1].text,
            org,
            doc[first],
            tok.idx + len(tok.text),
        )

    for s_idx, sent in enumerate(sents):
        for tok in sent:
            key = token_key.get(tok.i)
            if key is not None and kind_of(key) is Kind.PERSON:
                continue
            if not tok.text[:1].isupper():
                continue
            m = match_title(tok.text)
            if m is None:
                continue
            prefix, title = m
            person_tok = _person_after(doc, tok, token_key)
            if person_tok is None:
                person_tok = _person_before_apposition(doc, tok, token_key)
            # "EU-Außenbeauftragte": the organisation "EU-", the post "Außenbeauftragte"
            compound = ""
            if "-" in prefix and not prefix.endswith("-"):
                cut = prefix.rindex("-") + 1
                prefix, compound = prefix[:cut], prefix[cut:]
            if person_tok is None:
                # a post named without its holder ("Russischer Außenminister
                # warnt"): remembered for the holder named elsewhere
                if not compound and not (prefix and not prefix.endswith("-")):
                    org, former, _ = _role_context(
                        doc, sent, tok, prefix, token_key, kinds
                    )
                    if org is not None and not former:
                        floating.setdefault(title.base.lower(), set()).add(org)
                continue
            first_mod = _modifier_start(doc, tok)
            if (
                first_mod > sent.start
                and doc[first_mod - 1].lower_ in INDEFINITE_ARTICLES
            ):
                continue  # "ein Sprecher Konvičkas": the name is whose, not who
            person = token_key[person_tok]
            assert person is not None
            org, former, modifier = _role_context(
                doc, sent, tok, prefix, token_key, kinds
            )
            if former or title.base.lower().endswith(("kandidat", "kandidatin")):
                continue  # a former post; a candidacy is no post
            if (
                title.adjectival
                and title.feminine
                and first_mod > sent.start
                and doc[first_mod - 1].lower_ == "der"
            ):
                # "der Vorsitzende der SPD": the masculine weak form
                title = title_forms()[0].get(title.base.lower() + "r", title)
            base = title.base
            if compound:
                base = compound[:1].upper() + compound[1:] + base.lower()
            elif prefix and org is None and not prefix.endswith("-"):
                # "Palästinenserpräsident": a post of its own
                base = (
                    prefix[:1].upper() + prefix[1:] + base.lower()
                    if prefix[0].isupper()
                    else base
                )
            role = (
                f"{modifier[1] if title.feminine else modifier[0]} {base}"
                if modifier
                else base
            )
            add_title(person, role, org, tok)
            # a plural title: "die Außenminister Annalena Baerbock und Antony
            # Blinken" (the others' country is not said: "der" would be singular)
            if (
                first_mod > sent.start
                and doc[first_mod - 1].lower_ in ("die", "den")
                and (not title.feminine or tok.lower_.endswith("innen"))
                and not title.adjectival
            ):
                for other in _persons_listed_after(doc, person_tok, sent, token_key):
                    add_title(other, role, None, tok)
        # "Maas telefonierte mit seinem russischen Amtskollegen Sergej Lawrow":
        # the colleague holds the post of the person named before, for the
        # country the adjective names
        for tok in sent:
            if tok.lower_ not in COLLEAGUE_FORMS or not roles:
                continue
            person_tok = _person_after(doc, tok, token_key)
            if person_tok is None:
                continue
            person = token_key[person_tok]
            prior = [
                r
                for r in roles
                if r.start < tok.idx + offset
                and r.person != person
                and s_idx - r.sentence <= 1
                and r.role != "Mitglied"
            ]
            if not prior:
                continue
            org, former, _ = _role_context(doc, sent, tok, "", token_key, kinds)
            base = prior[-1].role
            if org is None or former or org == prior[-1].organisation:
                continue
            if tok.lower_.startswith("amtskollegin"):  # "seine deutsche Amtskollegin"
                fem = title_forms()[0].get(base.lower() + "in")
                base = fem.base if fem is not None and fem.feminine else base
            add_title(person, base, org, tok)
        # party in parentheses: "Wolfgang Katzian (SPÖ)"
        for tok in sent:
            if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
                continue
            before, inside = token_key.get(tok.i - 1), token_key.get(tok.i + 1)
            if (
                before
                and kind_of(before) is Kind.PERSON
                and inside
                and kind_of(inside) is Kind.ORG
            ):
                add(
                    before,
                    "Mitglied",
                    doc[tok.i + 1].text,
                    inside,
                    doc[tok.i + 1],
                    doc[tok.i + 1].idx + len(doc[tok.i + 1].text),
                )
    focus = _focus_country(
        kinds.values(), dateline=_dateline_country(doc, sents, token_key, kinds)
    )
    return _complete_roles(roles, floating, focus, visitors or set())


def _dateline_country(
    doc: Doc,
    sents: list[Span],
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
) -> str | None:
    """The country of the dateline that opens the report ("Wien – Die
    Regierung ...", "Warschau/Moskau – ..."): the first city's country."""
    for sent in sents[:4]:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 3:
            continue
        k = token_key.get(toks[0].i)
        e = kinds.get(k) if k else None
        if e is None or e.place_kind != "city" or not e.contained_in:
            continue
        j = 1
        while j < len(toks) and (toks[j].text == "/" or token_key.get(toks[j].i)):
            j += 1
        if j < len(toks) and toks[j].text in ("–", "-", "—"):
            return e.contained_in
    return None


def _focus_country(
    entities: Iterable[Entity], dateline: str | None = None
) -> str | None:
    """The one country an article is about, if it clearly has one.

    Each mention of a country (name, adjective, compound prefix) or of a city in
    it counts once, the country of the dateline ("Wien – ...") three more; the
    leader needs at least three and twice the runner-up.
    """
    score: Counter[str] = Counter()
    if dateline is not None:
        score[dateline] += 3
    for e in entities:
        if e.kind != Kind.PLACE:
            continue
        if e.place_kind == "country":
            score[e.key] += len(e.mentions)
        elif e.contained_in:
            score[e.contained_in] += len(e.mentions)
    ranked = score.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * runner_up else None


def _national_post(role: str, country: str) -> bool:
    word = role.split()[-1]
    if word.lower() not in NATIONAL_POSTS and not (
        word.endswith(("minister", "ministerin")) and not word.startswith("Landes")
    ):
        return False
    name = name_of(country)
    if word.startswith("Bundes") and name not in FEDERATIONS:
        return False
    # a German or Austrian "Ministerpräsident" heads a Land, not the state
    return not (word.startswith("Ministerpräsident") and name in FEDERATIONS)


def _complete_roles(
    roles: list[Role],
    floating: dict[str, set[str]],
    focus: str | None = None,
    visitors: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
) -> list[Role]:
    """Fill in the organisation of a post written without one.

    * the same person holds the same post with an organisation elsewhere in the
      article ("US-Außenminister John Kerry" ... "Außenminister Kerry"): the bare
      one is that one and goes;
    * the article names the post with exactly one country or organisation but no
      holder ("Russischer Außenminister warnt" ... "sagte Außenminister Sergej
      Lawrow"), and no other person holds it for that one: that one;
    * a national post ("Präsident", "Innenminister") in an article about one
      country (``focus``), held bare by one person only, and that country has
      no other holder of it in the article: that country, unless the person
      visits it (``visitors``: "Präsident Obama" on a visit to Vietnam).
    """
    with_org = {(r.person, r.role) for r in roles if r.organisation is not None}
    taken = {(r.role.lower(), r.organisation) for r in roles if r.organisation}
    out = []
    for r in roles:
        if r.organisation is None:
            if (r.person, r.role) in with_org:
                continue
            orgs = floating.get(r.role.lower(), set())
            if len(orgs) == 1:
                org = next(iter(orgs))
                if (r.role.lower(), org) not in taken:
                    r = replace(r, organisation=org)
                    taken.add((r.role.lower(), org))
        out.append(r)
    if focus is None:
        return out
    # two bare "Verteidigungsminister": which is whose? (a visitor's is not it)
    bare = Counter(
        r.role.lower()
        for r in out
        if r.organisation is None and (r.person, focus) not in visitors
    )
    for i, r in enumerate(out):
        if (
            r.organisation is None
            and bare[r.role.lower()] == 1
            and (r.role.lower(), focus) not in taken
            and (r.person, focus) not in visitors
            and _national_post(r.role, focus)
        ):
            out[i] = replace(r, organisation=focus)
            taken.add((r.role.lower(), focus))
    return out


def _person_after(doc: Doc, tok: Token, token_key: dict[int, str | None]) -> int | None:
    j = tok.i + 1
    if j < len(doc) and (k := token_key.get(j)) and kind_of(k) is Kind.PERSON:
        return j
    # "Außenminister Russlands Sergej Lawrow" / "Präsident der USA, Joe Biden"
    k2 = j
    if k2 < len(doc) and doc[k2].lower_ in ("der", "des"):
        k2 += 1
    key = token_key.get(k2) if k2 < len(doc) else None
    if key and kind_of(key) is not Kind.PERSON:
        while k2 < len(doc) and token_key.get(k2) == key:
            k2 += 1
        if k2 < len(doc) and doc[k2].text == ",":
            k2 += 1
        if k2 < len(doc) and (k := token_key.get(k2)) and kind_of(k) is Kind.PERSON:
            return k2
    # "der Chef der prokurdischen HDP, Selahattin Demirtas", "Chefredakteur der
    # Zeitung Cumhuriyet, Can Dündar", "Chef der Ukip (UK Independence Party), X"
    found = _genitive_after(doc, tok, token_key)
    if found is not None:
        k2 = found[1]
        if k2 < len(doc) and doc[k2].text == ",":
            k2 += 1
            if k2 < len(doc) and (k := token_key.get(k2)) and kind_of(k) is Kind.PERSON:
                return k2
    return None


def _persons_listed_after(
    doc: Doc, i: int, sent: Span, token_key: dict[int, str | None]
) -> list[str]:
    """The persons listed after the one at token ``i``: ", Y und Z" / "und Y"."""
    key = token_key.get(i)
    j = i
    while j < sent.end and token_key.get(j) == key:
        j += 1
    out: list[str] = []
    while j + 1 < sent.end and doc[j].lower_ in (",", "und", "sowie"):
        last = doc[j].lower_ != ","
        k = token_key.get(j + 1)
        if not (k and kind_of(k) is Kind.PERSON):
            break
        out.append(k)
        j += 1
        while j < sent.end and token_key.get(j) == k:
            j += 1
        if last:
            break
    return out


def _genitive_after(
    doc: Doc, tok: Token, token_key: dict[int, str | None]
) -> tuple[str, int] | None:
    """The organisation or place in a genitive after the title at ``tok`` and the
    token after it: "der [prokurdischen] HDP", "der [regierungskritischen]
    Zeitung Cumhuriyet", "der Ukip (UK Independence Party)"."""
    end = min(len(doc), tok.sent.end)
    j = tok.i + 1
    if j >= end or doc[j].lower_ not in ("der", "des"):
        return None
    j += 1
    n_adj = 0
    while j < end and n_adj < 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
        n_adj += 1
    key = token_key.get(j) if j < end else None
    if key is None and j + 1 < end and doc[j].text[:1].isupper():
        # one common noun before the name: "Zeitung", "Partei", "Gruppe"
        nxt = token_key.get(j + 1)
        if (
            nxt
            and kind_of(nxt) is not Kind.PERSON
            and _is_common_noun(doc, doc[j].text)
        ):
            j += 1
            key = nxt
    if not key or kind_of(key) is Kind.PERSON:
        return None
    while j < end and token_key.get(j) == key:
        j += 1
    # an acronym or long form in parentheses
    if j < end and doc[j].text == "(":
        close = next(
            (i for i in range(j + 1, min(end, j + 10)) if doc[i].text == ")"), None
        )
        if close is not None:
            j = close + 1
    return key, j


def _person_before_apposition(
    doc: Doc, tok: Token, token_key: dict[int, str | None]
) -> int | None:
    """ "Antony Blinken, der US-Außenminister, …": person, comma, article,
    modifiers, title."""
    i = _modifier_start(doc, tok) - 1
    if i >= 1 and doc[i].lower_ in ("der", "die") and doc[i - 1].text == ",":
        j = i - 2
        if j >= 0 and (k := token_key.get(j)) and kind_of(k) is Kind.PERSON:
            return j
    return None


def _modifier_start(doc: Doc, tok: Token) -> int:
    """Where the adjectives before a title begin: "der [stellvertretende russische]
    Außenminister". Only words that modify a post count (country adjectives,
    stellvertretend, ehemalig, neu ...), not any lower-case word ("sagte")."""
    i = tok.i
    while i - 1 >= 0 and tok.i - i < 3:
        prev = doc[i - 1]
        lower = prev.is_lower or (prev.is_sent_start and prev.text[1:].islower())
        if lower and prev.is_alpha and _is_title_modifier(prev.lower_):
            i -= 1
        else:
            break
    return i


def _is_title_modifier(word: str) -> bool:
    if not word.endswith(ADJ_ENDINGS):
        return False
    stem = adjective_stem(word)
    if stem in FORMER or stem in ROLE_MODIFIERS or stem in TITLE_ADJECTIVES:
        return True
    return gazetteer.country_of(word) is not None


def _org_by_country(name: str, doc: Doc) -> gazetteer.Entry | None:
    """The organisation a form names in the article's country: "Grünen-Chefin"
    in an article about Austria is of the Austrian Greens."""
    entry = gazetteer.disambiguate(name, doc._.kg_context or (), label="ORG")
    return entry if entry is not None and entry.label == "ORG" else None


def _role_context(
    doc: Doc,
    sent: Span,
    tok: Token,
    prefix: str,
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
) -> tuple[str | None, bool, tuple[str, str] | None]:
    """(organisation key, former?, role modifier) for the title at ``tok``."""
    org: str | None = None
    # "Ex-Präsident", "Expräsident", "Altkanzler", "Altbundespräsident"
    former = prefix.lower().startswith("ex-") or prefix.lower() in ("ex", "alt", "alt-")
    modifier = None
    # prefix of the compound: "US-", "Palästinenser", "GPA-djp-"
    if prefix:
        p = prefix.rstrip("-")
        entry = (
            gazetteer.country_of(prefix)
            or gazetteer.lookup(p)
            or gazetteer.country_of(p)
            or _org_by_country(p, doc)
        )
        if entry is not None and entry.label in ("LOC", "ORG"):
            org = entity_key(
                Kind.PLACE if entry.label == "LOC" else Kind.ORG, entry.name
            )
        elif (
            prefix.endswith("-")
            and sum(c.isupper() for c in p) >= 2
            and p.lower() not in ("ex", "vize")
        ):
            # an unknown acronym names the organisation: "GPA-djp-Chef"; "Vize-",
            # "Beitritts-", "Pro-forma-" do not
            org = entity_key(Kind.ORG, p)
    # modifiers before the title
    for i in range(_modifier_start(doc, tok), tok.i):
        word = doc[i].lower_
        stem = adjective_stem(word)
        if stem in FORMER:
            former = True
        elif stem in ROLE_MODIFIERS:
            modifier = ROLE_MODIFIERS[stem]
        elif org is None and (k := token_key.get(i)) and kind_of(k) is Kind.PLACE:
            org = k
    # genitive before the title: "Frankreichs Präsident", "Chinas Außenminister"
    if org is None:
        j = _modifier_start(doc, tok) - 1
        k = token_key.get(j) if j >= sent.start else None
        if (
            k
            and kind_of(k) is Kind.PLACE
            and doc[j].text.endswith("s")
            and (e := kinds.get(k)) is not None
            and (
                e.place_kind == "country"
                # "Roms Bürgermeister", "Odessas Gouverneur"
                or tok.text.lower().endswith(LOCAL_POSTS)
            )
        ):
            org = k
    # possessive: "Kroatien seine Außenministerin", "Russland und sein Präsident"
    if org is None:
        j = _modifier_start(doc, tok) - 1
        if j > sent.start and doc[j].lower_ in POSSESSIVE_ARTICLES:
            k = token_key.get(j - 1)
            if k is None and j - 2 >= sent.start and doc[j - 1].lower_ == "und":
                k = token_key.get(j - 2)
            if k and kind_of(k) is Kind.PLACE and (e := kinds.get(k)) is not None:
                if e.place_kind == "country":
                    org = k
    # genitive after the title: "Außenminister Russlands", "Chef der OSZE"
    if org is None:
        j = tok.i + 1
        if j < len(doc) and doc[j].lower_ in ("der", "des"):
            j += 1
        k = token_key.get(j) if j < len(doc) else None
        if (
            k
            and kind_of(k) is not Kind.PERSON
            and (doc[j].text.endswith("s") or j > tok.i + 1)
        ):
            org = k
        elif (found := _genitive_after(doc, tok, token_key)) is not None:
            org = found[0]  # "Chef der prokurdischen HDP"
    # "von russischer Seite", "auf ukrainischer Seite" earlier in the sentence
    if org is None:
        for t in sent:
            if t.i >= tok.i:
                break
            if (
                t.lower_ == "seite"
                and t.i >= 2
                and doc[t.i - 2].lower_ in ("von", "auf", "aus")
            ):
                k = token_key.get(t.i - 1)
                if k and kind_of(k) is Kind.PLACE:
                    org = k
    if org is not None and org not in kinds:
        org_ok = kind_of(org) is Kind.ORG  # a new organisation named only by the prefix
        if not org_ok:
            org = None
    return org, former, modifier


# --- meetings ------------------------------------------------------------------------


def _is_trigger(tok: Token) -> str | None:
    """'noun' or 'verb' if ``tok`` names a meeting."""
    low = tok.lower_
    if low in NOT_MEETINGS:
        return None
    if tok.text[:1].isupper():
        if low in TRIGGER_NOUNS:
            return "noun"
        if (
            len(low) > 8
            and low.endswith(TRIGGER_HEADS)
            and "-" not in low
            and not low.endswith(("betreffen", "übertreffen"))
        ):
            return "noun"
        last = low.rsplit("-", 1)[-1]
        if (
            "-" in low
            and (
                last in TRIGGER_NOUNS
                or (len(last) > 6 and last.endswith(TRIGGER_HEADS))
            )
            and last not in NOT_MEETINGS
        ):
            return "noun"  # "Uno-Sondersitzung", "Nato-Außenministertreffen"
        return None
    if tok.is_lower and low in TRIGGER_VERBS:
        return "verb"
    if tok.is_lower and low in SUMMON_VERBS and _summoned_to_ministry(tok):
        return "verb"  # "ins Prager Außenministerium zitiert"
    if low in ("bestellte", "bestellten", "bestellt") and any(
        w.lower_ == "ein" and (w.i + 1 >= w.sent.end or w.nbor().is_punct)
        for w in tok.doc[tok.i + 1 : tok.sent.end]
    ):
        return "verb"  # "bestellte den Botschafter ein"
    if low in COME_VERBS and _particle_later(tok, "zusammen"):
        return "verb"  # "Scholz kam mit Macron in Kiew zusammen"
    if low in TALK_VERBS and tok.i + 1 < tok.sent.end and tok.nbor().lower_ == "sich":
        return None  # "spricht sich gegen eine Koalition aus"
    if low in TALK_VERBS and any(
        w.lower_ in ("mit", "miteinander", "telefonisch", "telefon")
        for w in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 11)]
    ):
        # "sprach Erdoğan mit Biden", "sprachen Putin und Erdoğan am Telefon"
        # (a partner is checked later)
        return "verb"
    if low in CONVENE_VERBS:
        return "verb"  # "Der NATO-Russland-Rat tagt" (an intergovernmental body)
    return None


def _particle_later(tok: Token, particle: str) -> bool:
    """The separable particle ends ``tok``'s clause: "kam ... zusammen"."""
    for w in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 15)]:
        if w.lower_ == particle and (w.i + 1 >= tok.sent.end or w.nbor().is_punct):
            return True
        if w.text in (",", ";", ":"):
            return False
    return False


def _subject_after_phrase(
    doc: Doc, sent: Span, t: Token, token_key: dict[int, str | None]
) -> str | None:
    """The person right after the verb that ends an opening phrase "Bei einem
    Treffen mit [dem türkischen Präsidenten] X [in Y]": skip the phrase (names,
    articles, prepositions, titles and their adjectives), take one lower-case
    word as the verb, then the person after it (titles allowed before)."""
    j = t.i + 1
    while j < sent.end and (
        token_key.get(j)
        or doc[j].lower_ in PHRASE_WORDS
        or match_title(doc[j].text)
        or (doc[j].is_lower and _is_title_modifier(doc[j].lower_))
    ):
        j += 1
    if j >= sent.end or not (doc[j].is_lower and doc[j].is_alpha):
        return None
    for k in range(j + 1, min(sent.end, j + 5)):
        key = token_key.get(k)
        if key is not None:
            return key if kind_of(key) is Kind.PERSON else None
        if not (
            match_title(doc[k].text)
            or doc[k].lower_ in PHRASE_WORDS
            or (doc[k].is_lower and _is_title_modifier(doc[k].lower_))
        ):
            return None
    return None


def _talk_without_partner(
    doc: Doc, t: Token, sent: Span, token_key: dict[int, str | None]
) -> bool:
    """ "sprach mit Journalisten", "sprach mit dem STANDARD": "sprechen mit" is a
    meeting only with a named person, state or organisation that is no medium."""
    if t.lower_ not in TALK_VERBS:
        return False
    for w in doc[t.i + 1 : min(sent.end, t.i + 11)]:
        if w.lower_ in ("miteinander", "telefonisch", "telefon"):
            # "sprachen Putin und Erdoğan am Telefon": two named sides
            actors = {
                k
                for i in range(sent.start, sent.end)
                if (k := token_key.get(i))
                and kind_of(k) in (Kind.PERSON, Kind.PLACE)
                and not _is_media(k)
            }
            return len(actors) < 2
        if w.lower_ == "mit":
            j = w.i + 1
            while j < sent.end and doc[j].is_lower and j - w.i <= 4:
                j += 1  # "mit seinem russischen Amtskollegen"
            if j < sent.end and match_title(doc[j].text):
                j += 1
            keys = _keys_from(doc, j, sent.end, token_key)
            return not keys or all(_is_media(k) for k in keys)
    return True


def _summoned_to_ministry(tok: Token) -> bool:
    """ "zitieren" means to summon when the sentence sends someone "ins
    Außenministerium" / "ins Außenamt"."""
    sent = tok.sent
    for w in sent:
        if w.lower_ in ("ins", "in") and w.i < sent.end - 1:
            for x in tok.doc[w.i + 1 : min(sent.end, w.i + 4)]:
                if x.lower_.endswith(("ministerium", "außenamt", "amt")):
                    return True
    return False


def _find_meetings(
    doc: Doc,
    sents: list[Span],
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
    anchor: date | datetime | None,
    visitors: set[tuple[str, str]] | None = None,
) -> list[Meeting]:
    """Meetings of the article; ``visitors`` collects (person, country visited)."""
    candidates: list[_Candidate] = []
    sports = _is_sports_report(doc)
    for s_i, sent in enumerate(sents):
        triggers = [(t, kind) for t in sent if (kind := _is_trigger(t))]
        triggers = [
            (t, k)
            for t, k in triggers
            if not _vague(doc, t, k, sent)
            and not (sports and _sports_sense(t, k))
            and not _is_interview(doc, t, sent, token_key)
            and not _talk_without_partner(doc, t, sent, token_key)
        ]
        if not triggers:
            continue
        times = [
            tv for tv in find_times(sent.text, anchor) if tv.kind in ("date", "time")
        ]
        places = _places_in(sent, token_key, kinds)
        sent_cands = []
        visits: list[tuple[_Candidate, str]] = []
        for t, kind in triggers:
            c = _Candidate([t.text], s_i)
            c.attendees = _participants(doc, sent, t, kind, token_key, kinds)
            c.organizers = _organizers(doc, sent, t, token_key, kinds)
            visiting, destination = _visit(doc, sent, t, kind, token_key, kinds)
            c.attendees += [k for k in visiting if k not in c.attendees]
            sent_cands.append((t, c))
            if visiting and destination:
                visits.append((c, destination))
                e = kinds.get(destination)
                country = (
                    destination
                    if e is not None and e.place_kind == "country"
                    else (e.contained_in if e is not None else None)
                )
                if country is not None and visitors is not None:
                    visitors.update((p, country) for p in visiting)
        _assign_nearest(
            sent_cands,
            [(sent.start_char + tv.start, tv) for tv in times],
            doc,
            lambda c, tv: (
                setattr(
                    c,
                    "date",
                    tv.value
                    if tv.granularity in ("day", "datetime", "part-of-day")
                    else None,
                ),
                c.time_expressions.append(tv.expression),
            ),
        )
        _assign_nearest(
            sent_cands,
            places,
            doc,
            lambda c, key: setattr(c, "location", key),
            reachable=lambda t, char, sent=sent: (
                not _dash_between(doc, sent, t.idx, char)
            ),
        )
        for c, destination in visits:
            # a visit to a country whose host is not named: the country receives;
            # a visit to its capital is a visit to it ("bei einem Besuch in Kiew")
            e = kinds.get(destination)
            host = None
            if e is not None and e.place_kind == "country":
                host = destination
            elif (state := _state_of_capital(destination, kinds)) not in (
                None,
                destination,
            ):
                host = state
            if host is not None and host not in c.attendees:
                c.attendees.append(host)
            if c.location is None or (
                c.location != destination
                and kinds.get(c.location) is not None
                and kinds[c.location].contained_in != destination
            ):
                c.location = destination
        sent_cands = [(t, c) for t, c in sent_cands if not _no_meeting(t, c, sent)]
        for t, c in sent_cands:
            if t.lower_ in CONVENE_VERBS:  # the bodies convene, not everyone named
                c.attendees = [k for k in c.attendees if _is_intergov(k)]
        # triggers of one sentence without conflicting slots describe one meeting
        merged: list[_Candidate] = []
        for _, c in sent_cands:
            for m in merged:
                if _compatible(m, c):
                    _merge_into(m, c)
                    break
            else:
                merged.append(c)
        candidates.extend(merged)
    return _merge_candidates(candidates)


def _no_meeting(t: Token, c: _Candidate, sent: Span) -> bool:
    """A candidate that, with its slots filled, is no meeting after all:

    * a body convening ("tagt") is a meeting of an intergovernmental body on a
      day the text gives: "Der NATO-Russland-Rat tagt am Mittwoch", not "Der
      Bundestag tagt" nor "wo die Vereinten Nationen tagen";
    * "treffen" with no person, "sich", "mit" or "zusammen" is to hit: "Diese
      Maßnahme hat auch HTC getroffen", "Dies trifft die Japaner hart".
    """
    low = t.lower_
    if low in CONVENE_VERBS:
        return not c.time_expressions or not any(_is_intergov(k) for k in c.attendees)
    if low.startswith(TREFFEN_FORMS):
        return not any(kind_of(k) is Kind.PERSON for k in c.attendees) and not any(
            _has_word(sent, w) for w in ("sich", "mit", "zusammen")
        )
    return False


def _is_sports_report(doc: Doc) -> bool:
    """A match report: scores and sports words. There "treffen" means to face or to
    score ("Kane traf zum 1:0", "trifft im Finale auf Cilic"), "empfangen" to host."""
    cues = sum(1 for t in doc if t.lower_ in SPORTS_CUES or SCORE.match(t.text))
    return cues >= 4 and cues * 60 >= len(doc) * 1


def _sports_sense(t: Token, kind: str) -> bool:
    low = t.lower_
    if kind == "verb":
        return low.startswith((*TREFFEN_FORMS, "empf"))
    return low.endswith(("aufeinandertreffen", "duell", "begegnung", "begegnungen"))


def _vague(doc: Doc, t: Token, kind: str, sent: Span) -> bool:
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    if (prev, t.lower_) in VAGUE_IDIOMS:
        return True
    if (
        kind == "verb"
        and t.lower_.startswith(("treff", "traf", "triff"))
        and any(
            w.lower_ == "auf"
            and w.i + 1 < sent.end
            and (
                doc[w.i + 1].lower_
                not in ("dem", "der", "einem", "einer", "den", "das")
                # "trifft er auf den Sieger" (accusative: to face), but "trafen
                # sich auf den Philippinen" (a place)
                or (
                    doc[w.i + 1].lower_ in ("den", "einen")
                    and w.i + 2 < sent.end
                    and doc[w.i + 2].ent_type_ != "LOC"
                )
            )
            for w in doc[t.i + 1 : min(sent.end, t.i + 7)]
        )
    ):
        return True  # "trifft auf Cilic": to face, not to meet
    if kind == "verb" and t.lower_.startswith(("treff", "traf", "getroffen")):
        # "Entscheidungen treffen", "Vorkehrungen getroffen", "hart getroffen"
        window = doc[max(sent.start, t.i - 6) : t.i]
        if any(w.lower_ in TREFFEN_OBJECTS for w in window) or prev in (
            "hart",
            "schwer",
        ):
            return True
        if t.lower_ == "treffen" and prev in ("dem", "das", "beim", "zum", "vom"):
            return True
    return False


def _places_in(
    sent: Span, token_key: dict[int, str | None], kinds: dict[str, Entity]
) -> list[tuple[int, str]]:
    """(char offset, place key) of places introduced by "in": cities first."""
    found: list[tuple[int, str, int]] = []
    for t in sent:
        if t.lower_ not in ("in", "im", "nach") or t.i + 1 >= sent.end:
            continue
        # "in der Schweiz", "in den USA", "in der ukrainischen Hauptstadt"
        j = t.i + 1
        if t.lower_ == "in" and t.doc[j].lower_ in ("der", "den", "dem", "die"):
            j += 1
        while j < sent.end - 1 and j - t.i <= 3 and t.doc[j].is_lower:
            j += 1
        k = token_key.get(j) if j < sent.end else None
        if not k or kind_of(k) is not Kind.PLACE:
            continue
        if "-" in t.doc[j].text.strip("-"):
            continue  # "im Ukraine-Konflikt": a compound, not a place
        e = kinds.get(k)
        rank = {"city": 0, None: 1, "country": 2, "region": 3}.get(
            e.place_kind if e else None, 1
        )
        # "in Europa" inside an organisation's long form is not a meeting place
        if (
            rank == 3
            and t.i > sent.start
            and kind_of(token_key.get(t.i - 1) or "") is Kind.ORG
        ):
            continue
        found.append((t.doc[j].idx, k, rank))
    if not found:
        return []
    best = min(r for _, _, r in found)
    return [(i, k) for i, k, r in found if r == best]


def _assign_nearest(sent_cands, items, doc, assign, reachable=None) -> None:  # type: ignore[no-untyped-def]
    """Give each item to the nearest trigger still free of that slot (greedy by
    distance); ``reachable(trigger, char)`` can rule pairs out."""
    if not items or not sent_cands:
        return
    pairs = []
    for ci, (t, _) in enumerate(sent_cands):
        for ii, (char, _) in enumerate(items):
            if reachable is not None and not reachable(t, char):
                continue
            dist = abs(t.idx - char)
            pairs.append((dist, ci, ii))
    pairs.sort()
    used_c: set[int] = set()
    used_i: set[int] = set()
    for _, ci, ii in pairs:
        if ci in used_c or ii in used_i:
            continue
        used_c.add(ci)
        used_i.add(ii)
        assign(sent_cands[ci][1], items[ii][1])


_DASHES = frozenset({"–", "—", "-", "--"})


def _dash_between(doc: Doc, sent: Span, a: int, b: int) -> bool:
    """A free-standing dash lies between characters ``a`` and ``b`` of ``sent``:
    in "Fischer traf Merkel und Gauck – Kanzlerwechsel in Wien Thema" the place
    belongs to another clause than the meeting."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < t.idx < hi and t.text in _DASHES for t in sent)


def _keys_from(
    doc: Doc, i: int, end: int, token_key: dict[int, str | None]
) -> list[str]:
    """Entity keys of "X", "X und Y", "X, Y und Z" starting at token ``i``."""
    keys: list[str] = []
    while i < end:
        while i < end and doc[i].lower_ in ("der", "des", "dem", "den", "die", "das"):
            i += 1
        k = token_key.get(i) if i < end else None
        if (
            not k
            and i + 1 < end
            and match_title(doc[i].text)
            and (pk := token_key.get(i + 1))
            and kind_of(pk) is Kind.PERSON
        ):
            i, k = i + 1, pk  # "von Papst Franziskus": the title has no key
        if not k:
            break
        if kind_of(k) is not Kind.PERSON:
            # "mit US-Außenminister John Kerry", "mit dem türkischen Präsidenten
            # Recep Tayyip Erdoğan": the person, not the country of the post
            j = i + 1 if "-" in doc[i].text and match_title(doc[i].text) else i
            if j == i and doc[i].is_lower:
                j = i + 1
                while (
                    j < min(end, i + 3)
                    and doc[j].is_lower
                    and _is_title_modifier(doc[j].lower_)
                ):
                    j += 1
                j = j + 1 if j < end and match_title(doc[j].text) else i
            if (
                j > i
                and j < end
                and (pk := token_key.get(j))
                and kind_of(pk) is Kind.PERSON
            ):
                i, k = j, pk
        keys.append(k)
        while i < end and token_key.get(i) == k:
            i += 1
        if i < end and doc[i].lower_ in ("und", ",", "sowie"):
            i += 1
            continue
        break
    return keys


def _visit(
    doc: Doc,
    sent: Span,
    t: Token,
    kind: str,
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
) -> tuple[list[str], str | None]:
    """(visitors, destination) of a visit trigger ("Besuch", "besuchte"), else
    ([], None).

    "der Besuch von Papst Franziskus in Kuba", "Nach seinem Besuch in Washington
    wollte Xi ...", "Franziskus besuchte am Sonntag Paraguay": the persons who
    visit and the place they visit. Only persons visit here; a country "visiting"
    is a delegation the text would name.
    """
    low = t.lower_
    if "besuch" not in low:
        return [], None
    persons = [
        (i, k)
        for i in range(sent.start, sent.end)
        if (k := token_key.get(i))
        and kind_of(k) is Kind.PERSON
        and not _reported_speaker(doc, i, sent)
    ]
    visitors: list[str] = []
    destination: str | None = None
    if kind == "noun":
        j = t.i + 1
        if j < sent.end and doc[j].lower_ in ("von", "des", "der"):
            visitors = [
                k
                for k in _keys_from(doc, j + 1, sent.end, token_key)
                if kind_of(k) is Kind.PERSON
            ]
        before = doc[t.i - 1 - _adjectives_before(doc, t, sent)].lower_
        if t.i > sent.start and doc[t.i - 1].lower_ == "zu":
            before = "zu"
        if not visitors and before in POSSESSIVES:
            # "sein Besuch": the sentence's person, else the one named before
            visitors = [k for i, k in persons[:1]]
            if not visitors and (ante := _antecedent(doc, sent, token_key)):
                visitors = [ante]
        if not visitors and before == "zu":  # "X ist in Y zu Besuch"
            visitors = [k for i, k in persons if i < t.i][:1]
        if (
            not visitors
            and not persons
            and any(w.lower_ == "er" for w in doc[sent.start : t.i])
            and (ante := _antecedent(doc, sent, token_key))
        ):
            visitors = [ante]  # "Er betonte bei einem Besuch in Kiew ..."
        # where: "in/nach [adjectives] <place>" after the trigger; for "zu
        # Besuch" before it
        span = (
            range(t.i + 1, min(sent.end, t.i + 12))
            if before != "zu"
            else range(sent.start, t.i)
        )
        for i in span:
            if doc[i].lower_ not in ("in", "im", "nach"):
                continue
            j = i + 1
            while j < sent.end and doc[j].is_lower and doc[j].is_alpha:
                j += 1  # "im kommunistischen Kuba"
            k = token_key.get(j) if j < sent.end else None
            if k and kind_of(k) is Kind.PLACE and k in kinds:
                destination = k
                break
    else:
        visitors = [k for i, k in persons[:1]]
        # the place visited: a place after the verb ("besuchte Paraguay"), or
        # before a verb that ends its clause ("hatte Paris besucht"); not the
        # country of a post ("Chinas Präsident"), nor where one comes from
        after = range(t.i + 1, sent.end)
        if t.i + 1 >= sent.end or doc[t.i + 1].is_punct:
            after = range(t.i - 1, sent.start, -1)
        for i in after:
            if doc[i].is_punct:
                break
            k = token_key.get(i)
            if (
                k
                and kind_of(k) is Kind.PLACE
                and k in kinds
                and doc[i - 1].lower_ not in ("aus", "von")
                and not (i + 1 < sent.end and match_title(doc[i + 1].text))
                and not match_title(doc[i].text)
            ):
                destination = k
                break
    return visitors, destination


def _participants(
    doc: Doc,
    sent: Span,
    t: Token,
    kind: str,
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
) -> list[str]:
    out: list[str] = []
    end = sent.end
    low_t = t.lower_
    for w in sent:
        low = w.lower_
        if low == "von" and kind == "noun" and w.i == t.i + 1:
            out += _keys_from(doc, w.i + 1, end, token_key)  # "das Treffen von X und Y"
        elif low in ("mit", "zwischen") and (
            w.i == t.i + 1 or (w.i > t.i and w.i - t.i <= 4) or kind == "verb"
        ):
            out += _keys_from(doc, w.i + 1, end, token_key)
        elif (
            low in REPRESENTATIVES
            and abs(w.i - t.i) <= 4
            and w.i + 1 < end
            and (doc[w.i + 1].lower_ in ("der", "des") or token_key.get(w.i + 1))
        ):
            # "Vertreter der USA und Russlands", "Vertreter Kolumbiens und der FARC"
            out += _keys_from(doc, w.i + 1, end, token_key)
        elif LEAD_VERBS.match(low):
            out += [
                k
                for i in range(sent.start, end)
                if (k := token_key.get(i))
                and kind_of(k) is Kind.PERSON
                and not _reported_speaker(doc, i, sent)
            ]
            # "von russischer Seite geleitet": the side takes part
            out += [
                k
                for i in range(sent.start + 1, end)
                if doc[i].lower_ == "seite"
                and (k := token_key.get(i - 1))
                and kind_of(k) is Kind.PLACE
            ]
        elif low.startswith(("teilnehm", "teilnahm")) or (
            low in ("nimmt", "nahm", "nehmen", "nahmen") and _has_word(sent, "teil")
        ):
            # "Juncker wird am G7-Treffen teilnehmen"
            out += [
                k
                for i in range(sent.start, end)
                if (k := token_key.get(i))
                and kind_of(k) is Kind.PERSON
                and not _reported_speaker(doc, i, sent)
            ]
    subject_trigger = kind == "verb" or (
        kind == "noun"
        and t.i > sent.start
        and doc[t.i - 1 - _adjectives_before(doc, t, sent)].lower_
        in POSSESSIVES | {"zu"}
    )
    if kind == "noun" and subject_trigger:
        # "Xi und Obama hatten ihr Treffen in Peking genutzt", "X ist in Y zu
        # Besuch": the subject's persons
        out += [
            k
            for i in range(sent.start, t.i)
            if (k := token_key.get(i))
            and kind_of(k) is Kind.PERSON
            and not _reported_speaker(doc, i, sent)
        ]
    if kind == "noun" and _has_word(doc[t.i + 1 : min(sent.end, t.i + 3)], "mit"):
        before = doc[max(sent.start, t.i - 4) : t.i]
        if any(w.lower_ in ("bei", "beim", "während", "nach") for w in before):
            # "Xi sagte bei einem Treffen mit Erdoğan": the subject took part
            out += [
                k
                for i in range(sent.start, t.i)
                if (k := token_key.get(i)) and kind_of(k) is Kind.PERSON
            ]
            # "Bei einem Treffen mit Erdoğan in Ankara sprach Außenminister Kurz",
            # "Nach ihrem Gespräch mit Macron sagte Merkel": the subject after
            # the verb that follows the opening phrase
            if t.i - sent.start <= 4 and (
                k := _subject_after_phrase(doc, sent, t, token_key)
            ):
                out.append(k)
    named_subject = any(
        (k := token_key.get(i)) and kind_of(k) is Kind.PERSON
        for i in range(sent.start, t.i)
    )
    if subject_trigger and (kind == "verb" or not named_subject):
        # "In Havanna hatte er zuvor Fidel Castro getroffen": "er" is the person
        # last named before this sentence
        if any(w.lower_ == "er" for w in sent) or (
            kind == "noun"
            and doc[t.i - 1 - _adjectives_before(doc, t, sent)].lower_
            in ("seinem", "seinen", "seine", "sein")
        ):
            ante = _antecedent(doc, sent, token_key)
            if ante is not None:
                out.append(ante)
    if kind == "verb":
        out += [
            k
            for i in range(sent.start, end)
            if (k := token_key.get(i))
            and kind_of(k) is Kind.PERSON
            and not _reported_speaker(doc, i, sent)
        ]
        # "Russland und die USA verhandeln": subject right before the verb
        j = t.i - 1
        while j >= sent.start and doc[j].lower_ in ("die", "der", "das"):
            j -= 1
        if (
            j >= sent.start
            and (k := token_key.get(j))
            and kind_of(k) is not Kind.PERSON
            and not _reported_speaker(doc, j, sent)  # "Laut Kreml sprachen ..."
        ):
            while j - 1 >= sent.start and token_key.get(j - 1) == k:
                j -= 1
            # "Die USA und Russland treffen sich": back to the start of the list
            while True:
                p = j - 1
                while p >= sent.start and doc[p].lower_ in ARTICLES:
                    p -= 1
                if p < sent.start or doc[p].lower_ not in ("und", ",", "sowie"):
                    break
                q = p - 1
                while q >= sent.start and doc[q].lower_ in ARTICLES:
                    q -= 1
                kq = token_key.get(q) if q >= sent.start else None
                if not kq or kind_of(kq) is Kind.PERSON:
                    break
                j = q
                while j - 1 >= sent.start and token_key.get(j - 1) == kq:
                    j -= 1
            out += _keys_from(doc, j, t.i, token_key)
        # "Am Montag verhandeln Moskau und Washington": the subject after the verb
        j = t.i + 1
        while j < end and doc[j].lower_ in ("die", "der", "das"):
            j += 1
        if j < end and (k := token_key.get(j)) and kind_of(k) is not Kind.PERSON:
            out += _keys_from(doc, j, end, token_key)
    if low_t.startswith(("einbestell", "zitier", "bestellt")):
        out += _ministry_states(doc, sent, token_key)
    keys = []
    for k in dict.fromkeys(out):
        if k not in kinds:
            continue
        if _is_mere_city(k, kinds):
            # "Moskau und Washington verhandeln": a capital taking part stands
            # for its government
            state = _state_of_capital(k, kinds)
            if state is None:
                continue
            k = state
        if k not in keys:
            keys.append(k)
    return keys


def _ministry_states(
    doc: Doc, sent: Span, token_key: dict[int, str | None]
) -> list[str]:
    """The place whose ministry summons: "das türkische Außenministerium", "das
    Außenministerium in Ankara" (a capital stands for its state later)."""
    out = []
    for w in sent:
        if not w.lower_.endswith(("ministerium", "außenamt")):
            continue
        before = token_key.get(w.i - 1) if w.i > sent.start else None
        if before and kind_of(before) is Kind.PLACE:
            out.append(before)
        elif (
            w.i + 2 < sent.end
            and doc[w.i + 1].lower_ == "in"
            and (k := token_key.get(w.i + 2))
            and kind_of(k) is Kind.PLACE
        ):
            out.append(k)
    return out


def _state_of_capital(key: str, kinds: dict[str, Entity]) -> str | None:
    """The key of the state whose capital ``key`` is (the capital's own key if the
    article names the state nowhere); ``None`` for other cities."""
    entry = gazetteer.lookup(name_of(key), label="LOC")
    if entry is None or entry.kind != "city":
        return None
    state = gazetteer.capital_of(entry)
    if state is None:
        return None
    skey = entity_key(Kind.PLACE, state.name)
    return skey if skey in kinds else key


def _is_interview(
    doc: Doc, t: Token, sent: Span, token_key: dict[int, str | None]
) -> bool:
    """ "im Gespräch mit der FAS", "sagte er dem ORF": a talk with a medium."""
    for w in doc[t.i + 1 : min(sent.end, t.i + 3)]:
        if w.lower_ == "mit":
            keys = _keys_from(doc, w.i + 1, sent.end, token_key)
            return bool(keys) and all(_is_media(k) for k in keys)
    return False


def _is_intergov(key: str) -> bool:
    if kind_of(key) is not Kind.ORG:
        return False
    entry = gazetteer.lookup(name_of(key))
    return entry is not None and entry.kind == "intergov"


def _is_media(key: str) -> bool:
    """A news agency or broadcaster, also where the model ran its name on
    ("Deutschen Presse-Agentur am Rande der Automesse")."""
    if kind_of(key) is not Kind.ORG:
        return False
    words = name_of(key).split()
    for n in range(len(words), 0, -1):
        entry = gazetteer.lookup(" ".join(words[:n]))
        if entry is not None:
            return entry.kind == "media"
    return False


def _has_word(sent: Span, word: str) -> bool:
    return any(w.lower_ == word for w in sent)


def _antecedent(doc: Doc, sent: Span, token_key: dict[int, str | None]) -> str | None:
    """The person named last in the two sentences before ``sent``."""
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for i in range(sent.start - 1, lo - 1, -1):
        k = token_key.get(i)
        if k and kind_of(k) is Kind.PERSON:
            return k
    return None


def _adjectives_before(doc: Doc, t: Token, sent: Span) -> int:
    """How many lower-case words ("ersten", "überraschenden") stand right before
    ``t``."""
    n = 0
    while (
        t.i - n - 1 > sent.start
        and doc[t.i - n - 1].is_lower
        and doc[t.i - n - 1].lower_ not in POSSESSIVES
        and n < 3
    ):
        n += 1
    return n


def _is_mere_city(key: str, kinds: dict[str, Entity]) -> bool:
    e = kinds.get(key)
    return e is not None and e.place_kind in ("city", "region")


def _reported_speaker(doc: Doc, i: int, sent: Span) -> bool:
    """The person at ``i`` is named as the one who said something ("sagte X",
    "laut X"), not as a participant. "Laut Kreml sprachen Putin und Erdoğan":
    "laut" marks only the name right after it."""
    for w in doc[max(sent.start, i - 3) : i]:
        if w.lower_ == "laut":
            if all(b.lower_ in ("dem", "der", "des", "den") for b in doc[w.i + 1 : i]):
                return True
        elif w.lower_ in SPEAKER_CUES:
            return True
    return False


def _organizers(
    doc: Doc,
    sent: Span,
    t: Token,
    token_key: dict[int, str | None],
    kinds: dict[str, Entity],
) -> list[str]:
    out: list[str] = []
    if (k := token_key.get(t.i)) and kind_of(k) is Kind.ORG:
        out.append(k)  # "G7-Gipfel", "Nato-Treffen"
    j = t.i + 1
    if j < sent.end and doc[j].lower_ in ("des", "der"):
        k = token_key.get(j + 1)
        if k and kind_of(k) is Kind.ORG:
            out.append(k)
    for w in sent:
        if w.i + 2 < sent.end and (w.lower_, doc[w.i + 1].lower_) in ORGANIZER_CUES:
            out += [
                k
                for k in _keys_from(doc, w.i + 2, sent.end, token_key)
                if kind_of(k) is Kind.ORG
            ]
    return [k for k in dict.fromkeys(out) if k in kinds]


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    if a.date is not None and b.date is not None and _day(a.date) != _day(b.date):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    if a.organizers and b.organizers and not set(a.organizers) & set(b.organizers):
        return False
    return True


def _day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def _merge_into(m: _Candidate, c: _Candidate) -> None:
    m.triggers += [t for t in c.triggers if t not in m.triggers]
    m.attendees += [a for a in c.attendees if a not in m.attendees]
    m.organizers += [o for o in c.organizers if o not in m.organizers]
    m.location = m.location or c.location
    if m.date is None or (
        isinstance(c.date, datetime)
        and not isinstance(m.date, datetime)
        and c.date is not None
        and _day(c.date) == _day(m.date)
    ):
        m.date = c.date if c.date is not None else m.date
    m.time_expressions += [e for e in c.time_expressions if e not in m.time_expressions]


def _merge_candidates(candidates: Iterable[_Candidate]) -> list[Meeting]:
    meetings: list[tuple[_Candidate, list[int]]] = []
    for c in candidates:
        strong = c.date is not None or c.location is not None
        best, best_score = None, 0
        for m, _ in meetings:
            if not _compatible(m, c):
                continue
            score = 0
            if c.date is not None and m.date is not None:
                score += 3
            if c.location is not None and c.location == m.location:
                score += 2
            shared = set(c.attendees + c.organizers) & set(m.attendees + m.organizers)
            score += len(shared)
            if not strong and not shared:
                continue
            if (
                strong
                and c.date is not None
                and m.date is None
                and c.location != m.location
            ):
                continue
            if score > best_score:
                best, best_score = m, score
        if (
            best is None
            and strong
            and not c.attendees
            and not c.organizers
            and meetings
            and c.sentence - meetings[-1][1][-1] <= 2
            and _compatible(meetings[-1][0], c)
            and (c.location is None or meetings[-1][0].location is None)
            and (c.date is None or meetings[-1][0].date is None)
        ):
            # "nach seinen Gesprächen in der deutschen Hauptstadt": talks with
            # no one named, right after a meeting, give it their place and date
            best = meetings[-1][0]
        if best is not None and (best_score >= 2 or not strong or not c.attendees):
            _merge_into(best, c)
            for m, sents in meetings:
                if m is best and c.sentence not in sents:
                    sents.append(c.sentence)
        elif strong or len(set(c.attendees)) >= 2:
            meetings.append((c, [c.sentence]))
    out = []
    for m, sents in meetings:
        attendees = m.attendees or list(m.organizers)
        if not attendees:
            continue
        out.append(
            Meeting(
                triggers=tuple(m.triggers),
                attendees=tuple(attendees),
                sentences=tuple(sorted(sents)),
                organizers=tuple(m.organizers),
                location=m.location,
                date=m.date,
                time_expressions=tuple(m.time_expressions),
            )
        )
    return out
