"""RDF namespaces of kg. Terms mirror ``ontology/kg.ttl``; a typo raises.

``KG`` holds the project's ontology terms, ``KGR`` is the base of minted
resource IRIs (``kgr:person/antony-blinken``). ``SDO`` is schema.org as the graph
spells it,
``http://schema.org/`` (rdflib's own ``SDO`` is ``https://``; MODEL.md, the
shapes and the queries all use ``http://``).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

__all__ = [
    "KG",
    "KGR",
    "SDO",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "NIF",
    "PREFIXES",
    "bind",
    "sparql_prefixes",
]

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology#"
RESOURCE_IRI = "https://w3id.org/kg-news/id/"

KGR = Namespace(RESOURCE_IRI)
SDO = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Person: URIRef
    Organisation: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Meeting: URIRef
    Role: URIRef
    RoleAssignment: URIRef
    Article: URIRef
    Sentence: URIRef
    Mention: URIRef
    # properties
    trigger: URIRef
    timeExpression: URIRef
    reportedIn: URIRef
    title: URIRef
    validAt: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    inArticle: URIRef
    inSentence: URIRef
    anchorOf: URIRef
    label: URIRef
    mentionOf: URIRef


#: The one prefix table of kg: prefix -> namespace IRI, as the graph, the
#: exports and the queries spell them (``schema:`` is ``http://``).
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI,
    "kgr": RESOURCE_IRI,
    "schema": str(SDO),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
}


def bind(graph):  # type: ignore[no-untyped-def]
    """Bind the usual prefixes (:data:`PREFIXES`) on an rdflib Graph/Dataset and
    return it."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri)
    return graph


def sparql_prefixes(names: Iterable[str] | None = None) -> str:
    """``PREFIX`` lines for a SPARQL query, one per line, from :data:`PREFIXES`.

    Parameters
    ----------
    names
        The prefixes to declare, in this order; default all of them.

    Raises
    ------
    KeyError
        On a prefix that is not in the table (a typo in code, not user input).

    Example
    -------
    >>> print(sparql_prefixes(["kg", "schema"]))
    PREFIX kg: <https://w3id.org/kg-news/ontology#>
    PREFIX schema: <http://schema.org/>
    """
    return "\n".join(
        f"PREFIX {name}: <{PREFIXES[name]}>" for name in (names or PREFIXES)
    )
