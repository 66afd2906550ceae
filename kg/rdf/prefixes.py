"""The one prefix table of kg, as plain strings (no rdflib: ``kg query`` reads it
without loading rdflib). :mod:`kg.rdf.vocab` builds its namespaces on it."""

from __future__ import annotations

__all__ = ["EXPORT_PREFIXES", "ONTOLOGY_IRI", "PREFIXES", "RESOURCE_IRI"]

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology#"
RESOURCE_IRI = "https://w3id.org/kg-news/id/"

#: The one prefix table of kg: ``kg query -e`` and its parameters, the table
#: output (``kgr:person/antony-blinken``), ``kg validate``'s report and the
#: exports all take their prefixes from here.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI,
    "kgr": RESOURCE_IRI,
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
#: The prefixes written into Turtle/TriG exports (IRIs of resources stay whole).
EXPORT_PREFIXES: dict[str, str] = {
    k: PREFIXES[k] for k in ("kg", "schema", "org", "prov", "rdfs", "xsd")
}
