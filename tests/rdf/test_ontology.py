"""ontology/kg.ttl: parses, documents every term, stays in step with kg/rdf/vocab.py,
MODEL.md and shapes.ttl, and its alignment axioms hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS

from kg.rdf.vocab import KG, ONTOLOGY_IRI

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
SCHEMA = Namespace("http://schema.org/")  # MODEL.md: http, not https
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

CLASS_TYPES = {OWL.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def _vocab_terms() -> set[URIRef]:
    # the annotated names of the DefinedNamespace class are its terms
    return {URIRef(ONTOLOGY_IRI + name) for name in KG.__annotations__}


def _declared(onto: Graph) -> set[URIRef]:
    return {
        s
        for s, t in onto.subject_objects(RDF.type)
        if isinstance(s, URIRef)
        and str(s).startswith(ONTOLOGY_IRI)
        and t in CLASS_TYPES | PROPERTY_TYPES
    }


def _kg_terms_in(graph: Graph) -> set[URIRef]:
    return {
        t
        for triple in graph
        for t in triple
        if isinstance(t, URIRef)
        and str(t).startswith(ONTOLOGY_IRI)
        and str(t) != ONTOLOGY_IRI
    }


def test_ontology_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/kg-news/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, OWL.versionIRI) is not None
    assert onto.value(header, DCTERMS.license) is not None
    descriptions = {d.language for d in onto.objects(header, DCTERMS.description)}
    assert {"en", "de"} <= descriptions


def test_every_vocab_term_is_declared(onto: Graph) -> None:
    missing = _vocab_terms() - _declared(onto)
    assert not missing, (
        f"in kg/rdf/vocab.py but not declared in ontology/kg.ttl: {sorted(missing)}"
    )


def test_every_declared_term_is_in_vocab(onto: Graph) -> None:
    extra = _declared(onto) - _vocab_terms()
    assert not extra, (
        f"declared in ontology/kg.ttl but missing from kg/rdf/vocab.py: {sorted(extra)}"
    )


def test_classes_and_properties_are_typed_as_such(onto: Graph) -> None:
    # classes start upper-case, properties lower-case, as in kg/rdf/vocab.py
    for term in _declared(onto):
        types = set(onto.objects(term, RDF.type))
        local = str(term)[len(ONTOLOGY_IRI) :]
        if local[0].isupper():
            assert OWL.Class in types, term
        else:
            assert types & PROPERTY_TYPES, term


def test_no_undeclared_kg_term_is_used(onto: Graph, shapes: Graph) -> None:
    # a typo in an axiom or a shape (kg:inSentance) shows up here
    declared = _declared(onto)
    assert _kg_terms_in(onto) <= declared, _kg_terms_in(onto) - declared
    assert _kg_terms_in(shapes) <= declared, _kg_terms_in(shapes) - declared


def test_model_md_uses_only_declared_terms(onto: Graph) -> None:
    text = (ONTOLOGY / "MODEL.md").read_text(encoding="utf-8")
    used = {URIRef(ONTOLOGY_IRI + m) for m in re.findall(r"\bkg:([A-Za-z]\w*)", text)}
    assert used, "MODEL.md should show kg: terms"
    assert used <= _declared(onto), used - _declared(onto)


def test_every_term_is_documented_in_english_and_german(onto: Graph) -> None:
    for term in _declared(onto):
        labels = {
            lit.language
            for lit in onto.objects(term, RDFS.label)
            if isinstance(lit, Literal)
        }
        comments = {lit.language for lit in onto.objects(term, RDFS.comment)}
        assert {"en", "de"} <= labels, f"{term}: labels {labels}"
        assert "en" in comments, f"{term}: no English rdfs:comment"
        assert (
            term,
            RDFS.isDefinedBy,
            URIRef("https://w3id.org/kg-news/ontology"),
        ) in onto


def test_every_property_has_a_range(onto: Graph) -> None:
    for term in _declared(onto):
        if set(onto.objects(term, RDF.type)) & PROPERTY_TYPES and term != KG.mentionOf:
            assert onto.value(term, RDFS.range) is not None, term


@pytest.mark.parametrize(
    "sub,relation,sup",
    [
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Person, RDFS.subClassOf, FOAF.Person),
        (KG.Organisation, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Organisation, RDFS.subClassOf, ORG.Organization),
        (KG.Place, RDFS.subClassOf, SCHEMA.Place),
        (KG.Country, RDFS.subClassOf, SCHEMA.Country),
        (KG.Country, RDFS.subClassOf, KG.Place),
        (KG.City, RDFS.subClassOf, SCHEMA.City),
        (KG.Region, RDFS.subClassOf, KG.Place),
        (KG.Meeting, RDFS.subClassOf, SCHEMA.Event),
        (KG.Meeting, RDFS.subClassOf, SEM.Event),
        (KG.Role, RDFS.subClassOf, ORG.Role),
        (KG.RoleAssignment, RDFS.subClassOf, ORG.Membership),
        (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (KG.Article, RDFS.subClassOf, PROV.Entity),
        (KG.Sentence, RDFS.subClassOf, NIF.Sentence),
        (KG.Mention, RDFS.subClassOf, NIF.Phrase),
        (KG.beginIndex, OWL.equivalentProperty, NIF.beginIndex),
        (KG.endIndex, OWL.equivalentProperty, NIF.endIndex),
        (KG.anchorOf, OWL.equivalentProperty, NIF.anchorOf),
        (KG.inArticle, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.inSentence, RDFS.subPropertyOf, NIF.sentence),
        (KG.mentionOf, RDFS.subPropertyOf, ITSRDF.taIdentRef),
        (KG.reportedIn, RDFS.subPropertyOf, SCHEMA.subjectOf),
        (KG.validAt, RDFS.seeAlso, TIME.inXSDDate),
        (KG.validAt, RDFS.range, URIRef("http://www.w3.org/2001/XMLSchema#date")),
    ],
)
def test_alignment_axiom(
    onto: Graph, sub: URIRef, relation: URIRef, sup: URIRef
) -> None:
    assert (sub, relation, sup) in onto


def test_schema_org_is_http_everywhere(onto: Graph, shapes: Graph) -> None:
    # MODEL.md promises http://schema.org/; an https term would silently match nothing
    for graph in (onto, shapes):
        assert not any(
            isinstance(t, URIRef) and str(t).startswith("https://schema.org/")
            for triple in graph
            for t in triple
        )


def test_rdfs_entailment_reaches_the_standard_terms(onto: Graph) -> None:
    # the alignment is usable: with RDFS reasoning, kg-only data answers
    # schema.org / PROV / NIF queries
    import owlrl

    KGR = Namespace("https://w3id.org/kg-news/id/")
    g = Graph()
    g += onto
    mention, article, person = KGR["mention/a/0-4"], KGR["article/a"], KGR["person/x"]
    g.add((person, RDF.type, KG.Person))
    g.add((mention, KG.inArticle, article))
    g.add((mention, KG.beginIndex, Literal(0)))
    g.add((mention, KG.mentionOf, person))
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    assert (person, RDF.type, SCHEMA.Person) in g
    assert (person, RDF.type, FOAF.Person) in g
    assert (mention, PROV.wasDerivedFrom, article) in g
    assert (mention, RDF.type, KG.Mention) in g  # from the domain of kg:mentionOf
    assert (article, RDF.type, KG.Article) in g  # from the range of kg:inArticle
    assert (mention, ITSRDF.taIdentRef, person) in g


def test_shapes_parse_and_target_model_classes(shapes: Graph) -> None:
    sh = Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {
        SCHEMA.Person,
        SCHEMA.Organization,
        SCHEMA.Place,
        KG.Meeting,
        ORG.Membership,
        ORG.Role,
        SCHEMA.NewsArticle,
        KG.Sentence,
        KG.Mention,
    } <= targets


def _owl_rl_errors(graph: Graph) -> list[str]:
    import owlrl

    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    err = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # owlrl's choice
    return sorted(str(m) for m in graph.objects(None, err.error))


def test_fixture_with_ontology_is_consistent_under_owl_rl(onto: Graph) -> None:
    from kg.rdf.validate import load_graph

    fixture = Path(__file__).resolve().parents[1] / "data" / "fixture.trig"
    assert _owl_rl_errors(load_graph(fixture) + onto) == []


def test_owl_rl_finds_a_disjointness_clash(onto: Graph) -> None:
    # the check above can fail: a node that is both a person and a city clashes
    g = Graph() + onto
    x = URIRef("https://w3id.org/kg-news/id/person/x")
    g.add((x, RDF.type, KG.Person))
    g.add((x, RDF.type, KG.City))
    errors = _owl_rl_errors(g)
    assert len(errors) == 1 and "Disjoint classes" in errors[0]
