"""Records -> RDF: one named graph per article (ontology/MODEL.md).

IRIs are minted from type and canonical name (``kgr:person/antony-blinken``),
so a rebuild gives the same IRIs and two articles naming the same entity share
one node. ``records_to_ntriples`` is the build's fast path (text the store
parses); ``records_to_graph`` and ``records_to_dataset`` give the same triples
as rdflib objects.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, XSD

from kg.extract.records import (
    ArticleRecords,
    Entity,
    Interaction,
    Kind,
    Meeting,
    Quote,
    Role,
    name_of,
)
from kg.lang.de.spelling import slugify
from kg.rdf.vocab import KG, KGR, SDO, bind

__all__ = [
    "slugify",
    "entity_iri",
    "article_iri",
    "records_to_graph",
    "records_to_ntriples",
    "records_to_nquads",
    "records_to_dataset",
    "FORMATS",
]

#: output file extension -> rdflib serializer format
FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}

_KIND_PATH: dict[str, str] = {
    Kind.PERSON: "person",
    Kind.ORG: "org",
    Kind.PLACE: "place",
}


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its key ``"<kind>/<canonical name>"``."""
    kind, _, name = key.partition("/")
    return KGR[f"{_KIND_PATH[kind]}/{slugify(name)}"]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article/{_id_part(article_id)}"]


def _id_part(article_id: str) -> str:
    # Article ids come from file names and JSONL; keep them readable but safe.
    safe = re.sub(r"[^A-Za-z0-9._~-]+", "-", article_id).strip("-")
    if safe != article_id or not safe:
        safe = (
            (safe[:60] or "a") + "-" + hashlib.sha1(article_id.encode()).hexdigest()[:8]
        )
    return safe


# --- terms in N-Triples syntax ------------------------------------------------------
#
# An article's triples are written straight as N-Triples text: building them as
# rdflib terms in an rdflib Graph cost more than the rest of the RDF stage and
# the store writes together (2.3 s per 100 articles of 10kGNAD). The Oxigraph
# store parses this text in Rust; ``records_to_graph`` parses it with rdflib, so
# the two can never disagree.


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri(value: str) -> str:
    """``<value>``; minted IRIs are safe by construction (slugs, ``_id_part``)."""
    return f"<{value}>"


def _safe_iri(value: str) -> str:
    """``<value>`` for an IRI made from outside data; percent-escapes what N-Triples
    forbids in an IRI."""
    if _NOT_IRI.search(value):
        value = _NOT_IRI.sub(lambda m: f"%{ord(m.group()):02X}", value)
    return f"<{value}>"


def _de(text: str) -> str:
    return f'"{text.translate(_ESCAPE)}"@de'


def _string(text: str) -> str:
    return f'"{text.translate(_ESCAPE)}"'


def _typed(lexical: str, datatype: str) -> str:
    return f'"{lexical.translate(_ESCAPE)}"^^{datatype}'


def _int(n: int) -> str:
    return f'"{n:d}"^^{_INTEGER}'


def _date_literal(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return f'"{value.isoformat()}"^^{_DATETIME}'
    return f'"{value.isoformat()}"^^{_DATE}'


def _terms(namespace: Any, *names: str) -> SimpleNamespace:
    """The terms ``names`` of ``namespace`` as N-Triples IRIs, looked up once
    (an rdflib namespace lookup costs a microsecond)."""
    return SimpleNamespace(**{n: _iri(namespace[n]) for n in names})


_INTEGER, _DATE, _DATETIME, _DECIMAL, _ANY_URI = (
    _iri(XSD[n]) for n in ("integer", "date", "dateTime", "decimal", "anyURI")
)
_rdf = _terms(RDF, "type")
_rdfs = _terms(RDFS, "label")
_org = _terms(ORG, "Role", "Membership", "member", "role", "organization")
_prov = _terms(PROV, "wasDerivedFrom")
_sdo = _terms(
    SDO,
    *"NewsArticle Person Organization Place Country City GeoCoordinates Event".split(),
    *"headline datePublished url publisher geo latitude longitude sameAs".split(),
    *"identifier containedInPlace name alternateName jobTitle attendee".split(),
    *"organizer location startDate".split(),
    *"Quotation CommunicateAction text creator isPartOf mentions agent".split(),
    *"recipient".split(),
)
_kg = _terms(
    KG,
    *"Article Person Organisation Place Country City Region Meeting Role".split(),
    *"RoleAssignment Sentence Mention trigger timeExpression reportedIn".split(),
    *"title validAt contentHash sourceFile text beginIndex endIndex".split(),
    *"inArticle inSentence anchorOf label mentionOf".split(),
    *"Quotation VerbalInteraction quoteKind medium speakerLabel".split(),
    *"interactionType verb issue sourceLabel targetLabel".split(),
)
_KGR = str(KGR)


class _Triples:
    """One article's triples as N-Triples lines (N-Quads lines with ``graph``),
    each once, in order of addition."""

    __slots__ = ("lines", "end")

    def __init__(self, graph: str | None = None) -> None:
        self.lines: dict[str, None] = {}
        self.end = f" {graph} .\n" if graph else " .\n"

    def add(self, s: str, p: str, o: str) -> None:
        self.lines[f"{s} {p} {o}{self.end}"] = None


def records_to_ntriples(records: ArticleRecords) -> str:
    """One article's triples as N-Triples text, each triple once.

    This is what ``kg build`` writes into the article's named graph
    (:func:`article_iri`); :func:`records_to_graph` gives the same triples as
    an rdflib Graph.

    Example
    -------
    >>> from kg.extract.records import ArticleRecords
    >>> nt = records_to_ntriples(ArticleRecords(id="a1", content_hash="abc"))
    >>> nt.splitlines()[-1].split(" ", 2)[2]
    '"abc" .'
    """
    return "".join(_article_triples(records).lines)


def records_to_nquads(records: ArticleRecords) -> str:
    """One article's triples as N-Quads text in the article's named graph
    (:func:`article_iri`), each once: what ``kg build`` loads into the store.

    Example
    -------
    >>> from kg.extract.records import ArticleRecords
    >>> nq = records_to_nquads(ArticleRecords(id="a1", content_hash="abc"))
    >>> nq.splitlines()[-1].split(" ", 2)[2]
    '"abc" <https://w3id.org/kg-news/id/article/a1> .'
    """
    return "".join(_article_triples(records, graph=True).lines)


def records_to_graph(records: ArticleRecords, graph: Graph | None = None) -> Graph:
    """Add one article's triples to ``graph`` (a fresh Graph named by the article IRI).

    Parameters
    ----------
    records
        What extraction found in one article.
    graph
        A graph to add to; by default a new ``Graph`` whose identifier is the
        article IRI.

    Returns
    -------
    Graph
        The article's named graph.
    """
    g = graph if graph is not None else Graph(identifier=article_iri(records.id))
    # Oxigraph's parser and a term cache: twice as fast as rdflib's "nt" parser.
    cache: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        node = cache.get(t)
        if node is None:
            if isinstance(t, ox.NamedNode):
                node = URIRef(t.value)
            elif t.language:
                node = Literal(t.value, lang=t.language)
            elif t.datatype == _XSD_STRING:
                node = Literal(t.value)
            else:
                node = Literal(t.value, datatype=URIRef(t.datatype.value))
            cache[t] = node
        return node

    triples = ox.parse(records_to_ntriples(records), format=ox.RdfFormat.N_TRIPLES)
    g.addN((term(t.subject), term(t.predicate), term(t.object), g) for t in triples)
    return g


_XSD_STRING = ox.NamedNode(str(XSD.string))


def _article_triples(records: ArticleRecords, *, graph: bool = False) -> _Triples:
    art = _iri(article_iri(records.id))
    aid = _id_part(records.id)
    t = _Triples(art if graph else None)
    add = t.add

    add(art, _rdf.type, _sdo.NewsArticle)
    add(art, _rdf.type, _kg.Article)
    if records.title:
        add(art, _sdo.headline, _de(records.title))
    if records.date is not None:
        add(art, _sdo.datePublished, _date_literal(records.date))
    if records.url:
        add(art, _sdo.url, _typed(records.url, _ANY_URI))
    if records.source:
        add(art, _sdo.publisher, _string(records.source))
    if records.path:
        add(art, _kg.sourceFile, _string(records.path))
    add(art, _kg.contentHash, _string(records.content_hash))

    sentence_iris = [f"<{_KGR}sentence/{aid}/{s.start}>" for s in records.sentences]
    used_sentences: set[int] = set()

    for ent in records.entities:
        iri = _iri(entity_iri(ent.key))
        _add_entity(add, iri, ent)
        if ent.mentions:
            # the article names it: one direct link per (article, entity), so that
            # "articles that mention X" needs no walk over every kg:Mention
            add(art, _sdo.mentions, iri)
        for m in ent.mentions:
            m_iri = f"<{_KGR}mention/{aid}/{m.start}-{m.end}>"
            add(m_iri, _rdf.type, _kg.Mention)
            add(m_iri, _kg.anchorOf, _string(m.text))
            add(m_iri, _kg.label, _string(m.label))
            add(m_iri, _kg.beginIndex, _int(m.start))
            add(m_iri, _kg.endIndex, _int(m.end))
            add(m_iri, _kg.mentionOf, iri)
            add(m_iri, _kg.inSentence, sentence_iris[m.sentence])
            add(m_iri, _kg.inArticle, art)
            used_sentences.add(m.sentence)

    keys = {ent.key for ent in records.entities}
    for role in records.roles:
        _add_role(add, role, records, sentence_iris[role.sentence])
        used_sentences.add(role.sentence)
        org = role.organisation
        if org is not None and org not in keys:
            # an organisation only a title names ("FIS-Renndirektor"): typed and
            # named here too, so that every article graph describes what it links
            kind, _, name = org.partition("/")
            _add_entity(add, _iri(entity_iri(org)), Entity(kind, name, (), ()))
            keys.add(org)

    for n, meeting in enumerate(records.meetings, start=1):
        m_iri = f"<{_KGR}meeting/{aid}/{n}>"
        _add_meeting(add, m_iri, meeting, art, sentence_iris, keys)
        used_sentences.update(meeting.sentences)

    for q in records.quotes:
        _add_quote(add, q, art, aid, sentence_iris[q.sentence], keys)
        used_sentences.add(q.sentence)
    for n, inter in enumerate(records.interactions, start=1):
        i_iri = f"<{_KGR}interaction/{aid}/{n}>"
        _add_interaction(add, i_iri, inter, art, sentence_iris[inter.sentence], keys)
        used_sentences.add(inter.sentence)

    for i in sorted(used_sentences):
        s = records.sentences[i]
        s_iri = sentence_iris[i]
        add(s_iri, _rdf.type, _kg.Sentence)
        add(s_iri, _kg.text, _de(s.text))
        add(s_iri, _kg.beginIndex, _int(s.start))
        add(s_iri, _kg.endIndex, _int(s.end))
        add(s_iri, _kg.inArticle, art)
    return t


_Add = Callable[[str, str, str], None]

#: schema.org's subtypes of Organization for the gazetteer's kinds
_ORG_TYPES = {
    "gov": _iri(SDO["GovernmentOrganization"]),
    "parliament": _iri(SDO["GovernmentOrganization"]),
    "court": _iri(SDO["GovernmentOrganization"]),
    "military": _iri(SDO["GovernmentOrganization"]),
    "party": _iri(SDO["PoliticalParty"]),
    "media": _iri(SDO["NewsMediaOrganization"]),
    "company": _iri(SDO["Corporation"]),
    "ngo": _iri(SDO["NGO"]),
    "union": _iri(SDO["WorkersUnion"]),
    "sport": _iri(SDO["SportsOrganization"]),
    "research": _iri(SDO["ResearchOrganization"]),
    "education": _iri(SDO["EducationalOrganization"]),
}

_PLACE_TYPES = {
    "country": (_sdo.Country, _kg.Country),
    "city": (_sdo.City, _kg.City),
    "region": (_kg.Region,),
}


def _add_entity(add: _Add, iri: str, ent: Entity) -> None:
    if ent.kind == Kind.PERSON:
        add(iri, _rdf.type, _sdo.Person)
        add(iri, _rdf.type, _kg.Person)
    elif ent.kind == Kind.ORG:
        add(iri, _rdf.type, _sdo.Organization)
        add(iri, _rdf.type, _kg.Organisation)
        subtype = _ORG_TYPES.get(ent.org_kind or "")
        if subtype is not None:
            add(iri, _rdf.type, subtype)
    else:
        add(iri, _rdf.type, _sdo.Place)
        add(iri, _rdf.type, _kg.Place)
        for t in _PLACE_TYPES.get(ent.place_kind or "", ()):
            add(iri, _rdf.type, t)
        if ent.lat is not None and ent.lon is not None:
            geo = f"<{_KGR}geo/{slugify(ent.name)}>"
            add(iri, _sdo.geo, geo)
            add(geo, _rdf.type, _sdo.GeoCoordinates)
            add(geo, _sdo.latitude, _typed(f"{ent.lat:.5f}", _DECIMAL))
            add(geo, _sdo.longitude, _typed(f"{ent.lon:.5f}", _DECIMAL))
        if ent.geonames_id:
            geonames = _safe_iri(f"https://sws.geonames.org/{ent.geonames_id}/")
            add(iri, _sdo.sameAs, geonames)
        if ent.country_code and ent.place_kind == "country":
            add(iri, _sdo.identifier, _string(ent.country_code))
        if ent.contained_in:
            add(iri, _sdo.containedInPlace, _iri(entity_iri(ent.contained_in)))
    add(iri, _sdo.name, _de(ent.name))
    for alias in ent.aliases:
        if alias != ent.name:
            add(iri, _sdo.alternateName, _de(alias))


def _add_role(add: _Add, role: Role, records: ArticleRecords, sentence: str) -> None:
    person = _iri(entity_iri(role.person))
    org_part = slugify(name_of(role.organisation)) if role.organisation else "-"
    person_part = slugify(name_of(role.person))
    m = f"<{_KGR}membership/{person_part}/{slugify(role.role)}/{org_part}>"
    r = f"<{_KGR}role/{slugify(role.role)}>"
    add(r, _rdf.type, _org.Role)
    add(r, _rdf.type, _kg.Role)
    add(r, _rdfs.label, _de(role.role))
    add(m, _rdf.type, _org.Membership)
    add(m, _rdf.type, _kg.RoleAssignment)
    add(m, _org.member, person)
    add(m, _org.role, r)
    if role.organisation:
        add(m, _org.organization, _iri(entity_iri(role.organisation)))
    add(m, _kg.title, _de(role.title))
    if records.date is not None:
        d = records.date.date() if isinstance(records.date, datetime) else records.date
        add(m, _kg.validAt, _date_literal(d))
    add(m, _prov.wasDerivedFrom, sentence)
    add(person, _sdo.jobTitle, _de(role.role))


def _add_meeting(
    add: _Add,
    iri: str,
    meeting: Meeting,
    art: str,
    sentence_iris: list[str],
    keys: set[str],
) -> None:
    add(iri, _rdf.type, _sdo.Event)
    add(iri, _rdf.type, _kg.Meeting)
    name = meeting.triggers[0]
    if meeting.location:
        name += " in " + name_of(meeting.location)
    if meeting.date is not None:
        name += ", " + meeting.date.isoformat()
    add(iri, _sdo.name, _de(name))
    for t in meeting.triggers:
        add(iri, _kg.trigger, _de(t))
    for a in meeting.attendees:
        # the state of a capital visited may have no mention ("Besuch in Kiew")
        add(iri, _sdo.attendee, _actor(add, a, keys))
    for o in meeting.organizers:
        add(iri, _sdo.organizer, _iri(entity_iri(o)))
    if meeting.location:
        # a place no entity holds ("place/Weißes Haus" where the article also
        # names the body) is typed and named here
        add(iri, _sdo.location, _actor(add, meeting.location, keys))
    if meeting.date is not None:
        add(iri, _sdo.startDate, _date_literal(meeting.date))
    for e in meeting.time_expressions:
        add(iri, _kg.timeExpression, _de(e))
    add(iri, _kg.reportedIn, art)
    for i in meeting.sentences:
        add(iri, _prov.wasDerivedFrom, sentence_iris[i])


def _actor(add: _Add, key: str, keys: set[str]) -> str:
    """The IRI of the actor ``key``, typed and named here if the article's
    entities do not hold it."""
    iri = _iri(entity_iri(key))
    if key not in keys:
        kind, _, name = key.partition("/")
        _add_entity(add, iri, Entity(kind, name, (), ()))
        keys.add(key)
    return iri


def _add_quote(
    add: _Add, q: Quote, art: str, aid: str, sentence: str, keys: set[str]
) -> None:
    iri = f"<{_KGR}quote/{aid}/{q.start}-{q.end}>"
    add(iri, _rdf.type, _sdo.Quotation)
    add(iri, _rdf.type, _kg.Quotation)
    add(iri, _sdo.text, _de(q.text))
    add(iri, _kg.quoteKind, _string(q.kind))
    if q.speaker is not None:
        add(iri, _sdo.creator, _actor(add, q.speaker, keys))
    elif q.speaker_label:
        add(iri, _kg.speakerLabel, _de(q.speaker_label))
    if q.medium is not None:
        add(iri, _kg.medium, _actor(add, q.medium, keys))
    for m in q.mentions:
        add(iri, _sdo.mentions, _actor(add, m, keys))
    add(iri, _sdo.isPartOf, art)
    add(iri, _kg.beginIndex, _int(q.start))
    add(iri, _kg.endIndex, _int(q.end))
    add(iri, _prov.wasDerivedFrom, sentence)


def _add_interaction(
    add: _Add, iri: str, i: Interaction, art: str, sentence: str, keys: set[str]
) -> None:
    add(iri, _rdf.type, _sdo.CommunicateAction)
    add(iri, _rdf.type, _kg.VerbalInteraction)
    add(iri, _kg.interactionType, _string(i.type))
    add(iri, _kg.verb, _de(i.verb))
    if i.source is not None:
        add(iri, _sdo.agent, _actor(add, i.source, keys))
    elif i.source_label:
        add(iri, _kg.sourceLabel, _de(i.source_label))  # "syrische Opposition"
    if i.target is not None:
        add(iri, _sdo.recipient, _actor(add, i.target, keys))
    elif i.target_label:
        add(iri, _kg.targetLabel, _de(i.target_label))
    if i.issue:
        add(iri, _kg.issue, _de(i.issue))
    add(iri, _kg.inArticle, art)
    add(iri, _kg.beginIndex, _int(i.start))
    add(iri, _kg.endIndex, _int(i.end))
    add(iri, _prov.wasDerivedFrom, sentence)


def records_to_dataset(
    records: Iterable[ArticleRecords], dataset: Dataset | None = None
) -> Dataset:
    """All articles as one Dataset, each in its own named graph."""
    ds = dataset if dataset is not None else bind(Dataset())
    for rec in records:
        g = ds.graph(article_iri(rec.id))
        records_to_graph(rec, g)
    return ds
