"""Doc -> records: entities, roles and meetings of one article.

Plain functions over an annotated spaCy ``Doc`` (``doc.ents`` from the NER
model and the gazetteer layer, ``doc.sents``), so the logic can be tested on
hand-built Docs. German word knowledge lives in data files (``kg/data/roles.tsv``,
the gazetteer and its country-adjective table) and in the word lists of
:mod:`kg.lang.de`, not in code paths for particular names.

One module per thing extracted, in the order :func:`doc_to_records` runs them::

    mentions.py    Doc -> mentions of persons, organisations, places
    resolve.py     mentions -> entities (one per real-world referent;
                   designations.py: whose "Senat")
    view.py        the Doc with the entity key of every token (DocView)
    coref.py       "der Kanzler", "der 63-Jährige", "er": the person named before
    meetings.py    meetings (triggers.py: the words; participants.py: who;
                   clause_subjects.py: the subjects of the trigger's clause;
                   visits.py: who visits whom; actors.py: the actors a
                   stretch of words names; represented.py: a state that
                   stood in for its representative named later)
    roles.py       persons holding posts (focus.py: the article's country)
    quotes.py      who said what (direct quotes, reported speech, speakers;
                   quotes_marked.py, quotes_reported.py, quotes_continued.py)
    interactions.py  who demands, accuses, rejects … what of whom
                   (interaction_actors.py: its source and target;
                   interaction_targets.py: which token names an actor)
    channels.py    social networks named only as the channel of a post: none
    offsets.py     offsets back into the text before its spaces were squeezed
    records.py     the frozen records all of them make
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from kg.extract.channels import without_channel_networks
from kg.extract.coref import reference_mentions, title_references, with_references
from kg.extract.designations import place_designations
from kg.extract.government_speakers import government_states
from kg.extract.interactions import find_interactions
from kg.extract.meeting_bodies import without_lone_bodies
from kg.extract.meeting_formats import gathering_slots
from kg.extract.meeting_slots import fold_venue_meetings, seats_as_places
from kg.extract.meeting_venues import town_venues
from kg.extract.meetings import find_meetings
from kg.extract.mentions import attach_countries, collect_mentions
from kg.extract.offsets import unsqueeze
from kg.extract.quotes import find_quotes
from kg.extract.quotes_bodies import speaker_bodies
from kg.extract.records import ArticleRecords
from kg.extract.represented import fold_represented_states
from kg.extract.resolve import resolve_mentions
from kg.extract.roles import find_roles, scan_roles
from kg.extract.title_cataphora import cataphoric_references
from kg.extract.unnamed_spokespeople import unnamed_spokespeople
from kg.extract.view import DocView, doc_sentences
from kg.nlp import squeezed_offsets

__all__ = ["doc_to_records"]


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
        Kiselev"). By default the text :func:`kg.nlp.pipe` kept with the Doc
        (``doc._.kg_text``).

    Returns
    -------
    ArticleRecords
    """
    if text is None and Doc.has_extension("kg_text"):
        text = doc._.kg_text
    doc_text = doc.text  # spaCy joins every token each time it is read
    squeezed = text is not None and text != doc_text
    base = 0 if squeezed else offset  # offsets into doc.text first when squeezed
    sents, sentences, sent_of_token = doc_sentences(doc, base)
    raw, token_mention = collect_mentions(doc, sent_of_token, base)
    entities = resolve_mentions(raw)
    attach_countries(entities)
    # "der Senat": the Senate of the article's country, or no node at all
    entities, nameless = place_designations(raw, entities)
    view = DocView(
        doc,
        sents,
        keys={
            ti: raw[mi].key
            for ti, mi in token_mention.items()
            if raw[mi].key not in nameless
        },
        entities={e.key: e for e in entities},
        offset=base,
    )
    # the roles named with their holders first: "der Kanzler" later in the
    # article is the one holder of the post (coref.py), a mention of that person
    # for meetings, quotes and interactions; it makes no role of its own
    scanned = scan_roles(view)
    refs = title_references(view, scanned.roles)
    # "Der Kanzler empfing X. Bundeskanzler Y sagte": the holder named after
    refs += cataphoric_references(view, scanned.roles, {r.start for r in refs})
    view = with_references(view, refs)
    entities = reference_mentions(view, refs, entities)
    # meetings next: who visits which country decides whose a bare post is
    found = find_meetings(view, anchor=date)
    roles = find_roles(view, visitors=found.visitors, scanned=scanned)
    # a state whose representative the article names is no attendee of its own
    meetings = fold_represented_states(found.meetings, roles)
    # "beraten in Paris" and "im Élysée-Palast empfangen": one meeting
    meetings = fold_venue_meetings(meetings, entities)
    # "empfing X im Rathaus": in the town the report is from
    meetings = town_venues(view, meetings)
    # "am Rande der UN-Vollversammlung", "auf der Münchner Sicherheitskonferenz":
    # the body that attends, the place the gathering's name gives
    meetings, entities = gathering_slots(view, meetings, entities)
    # "Der Parteivorstand beriet in Wien": a session of one body
    meetings = without_lone_bodies(meetings, entities)
    quotes = find_quotes(view, text=doc_text)
    # "Die Regierung von X erklärte": X's state, not X
    quotes = government_states(view, quotes, roles)
    # "Wie ein Sprecher sagte, will X …": X's spokesperson; "des Ministers"
    quotes = unnamed_spokespeople(view, quotes)
    # the national bodies quotes speak for, named by their adjective too
    entities = speaker_bodies(quotes, entities)
    interactions = find_interactions(view, quotes)
    # "auf Facebook geteilt": a network named only as a channel is no organisation
    entities = without_channel_networks(
        doc_text, base, entities, roles, meetings, quotes, interactions
    )
    # "im Weißen Haus" and nothing else: the building, a place
    entities = seats_as_places(view, entities, roles, meetings, quotes, interactions)
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
        quotes=tuple(quotes),
        interactions=tuple(interactions),
    )
    if squeezed:
        assert text is not None
        rec = unsqueeze(rec, squeezed_offsets(doc.text, text), text, offset)
    return rec
