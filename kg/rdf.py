"""Records -> rdflib Dataset: one named graph per article (ontology/MODEL.md).

IRIs are minted from type and canonical name (``kgr:person/antony-blinken``),
so a rebuild gives the same IRIs and two articles naming the same entity share
one node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, XSD

from .records import ArticleRecords, Entity, Meeting, Role
from .vocab import KG, KGR, SDO, bind

__all__ = [
    "slugify",
    "entity_iri",
    "article_iri",
    "records_to_graph",
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

_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "ae",
        "Ö": "oe",
        "Ü": "ue",
        "ß": "ss",
        "ẞ": "ss",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "ı": "i",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_KIND_PATH = {"person": "person", "org": "org", "place": "place"}
_MAX_SLUG = 80


def slugify(name: str) -> str:
    """Readable, IRI-safe slug of a German name.

    Example
    -------
    >>> slugify("NATO-Russland-Rat")
    'nato-russland-rat'
    >>> slugify("Außenministerin")
    'aussenministerin'
    """
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    ascii_ = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_).strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    if not slug:
        return "x-" + digest
    if len(slug) > _MAX_SLUG:
        return slug[:_MAX_SLUG].rstrip("-") + "-" + digest
    return slug


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


def _de(text: str) -> Literal:
    return Literal(text, lang="de")


def _date_literal(value: date | datetime) -> Literal:
    if isinstance(value, datetime):
        return Literal(
            value.replace(tzinfo=value.tzinfo).isoformat(), datatype=XSD.dateTime
        )
    return Literal(value.isoformat(), datatype=XSD.date)


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
    art = article_iri(records.id)
    aid = _id_part(records.id)
    g = graph if graph is not None else Graph(identifier=art)
    add = g.add

    add((art, RDF.type, SDO.NewsArticle))
    add((art, RDF.type, KG.Article))
    if records.title:
        add((art, SDO.headline, _de(records.title)))
    if records.date is not None:
        add((art, SDO.datePublished, _date_literal(records.date)))
    if records.url:
        add((art, SDO.url, Literal(records.url, datatype=XSD.anyURI)))
    if records.source:
        add((art, SDO.publisher, Literal(records.source)))
    if records.path:
        add((art, KG.sourceFile, Literal(records.path)))
    add((art, KG.contentHash, Literal(records.content_hash)))

    sentence_iris = []
    for s in records.sentences:
        s_iri = KGR[f"sentence/{aid}/{s.start}"]
        sentence_iris.append(s_iri)
    used_sentences: set[int] = set()

    for ent in records.entities:
        iri = entity_iri(ent.key)
        _add_entity(g, iri, ent)
        for m in ent.mentions:
            m_iri = KGR[f"mention/{aid}/{m.start}-{m.end}"]
            add((m_iri, RDF.type, KG.Mention))
            add((m_iri, KG.anchorOf, Literal(m.text)))
            add((m_iri, KG.label, Literal(m.label)))
            add((m_iri, KG.beginIndex, Literal(m.start)))
            add((m_iri, KG.endIndex, Literal(m.end)))
            add((m_iri, KG.mentionOf, iri))
            add((m_iri, KG.inSentence, sentence_iris[m.sentence]))
            add((m_iri, KG.inArticle, art))
            used_sentences.add(m.sentence)

    for role in records.roles:
        _add_role(g, role, records, sentence_iris[role.sentence])
        used_sentences.add(role.sentence)

    for n, meeting in enumerate(records.meetings, start=1):
        _add_meeting(g, KGR[f"meeting/{aid}/{n}"], meeting, art, sentence_iris)
        used_sentences.update(meeting.sentences)

    for i in sorted(used_sentences):
        s = records.sentences[i]
        s_iri = sentence_iris[i]
        add((s_iri, RDF.type, KG.Sentence))
        add((s_iri, KG.text, _de(s.text)))
        add((s_iri, KG.beginIndex, Literal(s.start)))
        add((s_iri, KG.endIndex, Literal(s.end)))
        add((s_iri, KG.inArticle, art))
    return g


_PLACE_TYPES = {
    "country": (SDO.Country, KG.Country),
    "city": (SDO.City, KG.City),
    "region": (KG.Region,),
}


def _add_entity(g: Graph, iri: URIRef, ent: Entity) -> None:
    add = g.add
    if ent.kind == "person":
        add((iri, RDF.type, SDO.Person))
        add((iri, RDF.type, KG.Person))
    elif ent.kind == "org":
        add((iri, RDF.type, SDO.Organization))
        add((iri, RDF.type, KG.Organisation))
    else:
        add((iri, RDF.type, SDO.Place))
        add((iri, RDF.type, KG.Place))
        for t in _PLACE_TYPES.get(ent.place_kind or "", ()):
            add((iri, RDF.type, t))
        if ent.lat is not None and ent.lon is not None:
            geo = KGR[f"geo/{slugify(ent.name)}"]
            add((iri, SDO.geo, geo))
            add((geo, RDF.type, SDO.GeoCoordinates))
            add((geo, SDO.latitude, Literal(f"{ent.lat:.5f}", datatype=XSD.decimal)))
            add((geo, SDO.longitude, Literal(f"{ent.lon:.5f}", datatype=XSD.decimal)))
        if ent.geonames_id:
            add(
                (
                    iri,
                    SDO.sameAs,
                    URIRef(f"https://sws.geonames.org/{ent.geonames_id}/"),
                )
            )
        if ent.country_code and ent.place_kind == "country":
            add((iri, SDO.identifier, Literal(ent.country_code)))
        if ent.contained_in:
            add((iri, SDO.containedInPlace, entity_iri(ent.contained_in)))
    add((iri, SDO.name, _de(ent.name)))
    for alias in ent.aliases:
        if alias != ent.name:
            add((iri, SDO.alternateName, _de(alias)))


def _role_iri(role: str) -> URIRef:
    return KGR[f"role/{slugify(role)}"]


def _add_role(g: Graph, role: Role, records: ArticleRecords, sentence: URIRef) -> None:
    person = entity_iri(role.person)
    org_part = (
        slugify(role.organisation.partition("/")[2]) if role.organisation else "-"
    )
    m = KGR[
        f"membership/{slugify(role.person.partition('/')[2])}/{slugify(role.role)}/{org_part}"
    ]
    r = _role_iri(role.role)
    g.add((r, RDF.type, ORG.Role))
    g.add((r, RDF.type, KG.Role))
    g.add((r, RDFS.label, _de(role.role)))
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, RDF.type, KG.RoleAssignment))
    g.add((m, ORG.member, person))
    g.add((m, ORG.role, r))
    if role.organisation:
        g.add((m, ORG.organization, entity_iri(role.organisation)))
    g.add((m, KG.title, _de(role.title)))
    if records.date is not None:
        d = records.date.date() if isinstance(records.date, datetime) else records.date
        g.add((m, KG.validAt, _date_literal(d)))
    g.add((m, PROV.wasDerivedFrom, sentence))
    g.add((person, SDO.jobTitle, _de(role.role)))


def _add_meeting(
    g: Graph, iri: URIRef, meeting: Meeting, art: URIRef, sentence_iris: list[URIRef]
) -> None:
    add = g.add
    add((iri, RDF.type, SDO.Event))
    add((iri, RDF.type, KG.Meeting))
    name = meeting.triggers[0]
    if meeting.location:
        name += " in " + meeting.location.partition("/")[2]
    if meeting.date is not None:
        name += ", " + meeting.date.isoformat()
    add((iri, SDO.name, _de(name)))
    for t in meeting.triggers:
        add((iri, KG.trigger, _de(t)))
    for a in meeting.attendees:
        add((iri, SDO.attendee, entity_iri(a)))
    for o in meeting.organizers:
        add((iri, SDO.organizer, entity_iri(o)))
    if meeting.location:
        add((iri, SDO.location, entity_iri(meeting.location)))
    if meeting.date is not None:
        add((iri, SDO.startDate, _date_literal(meeting.date)))
    for e in meeting.time_expressions:
        add((iri, KG.timeExpression, _de(e)))
    add((iri, KG.reportedIn, art))
    for i in meeting.sentences:
        add((iri, PROV.wasDerivedFrom, sentence_iris[i]))


def records_to_dataset(
    records: Iterable[ArticleRecords], dataset: Dataset | None = None
) -> Dataset:
    """All articles as one Dataset, each in its own named graph."""
    ds = dataset if dataset is not None else bind(Dataset())
    for rec in records:
        g = ds.graph(article_iri(rec.id))
        records_to_graph(rec, g)
    return ds
