"""The one prefix table of kg, as plain strings (no rdflib: ``kg query`` reads it
without loading rdflib). :mod:`kg.rdf.vocab` builds its namespaces on it."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "EXPORT_PREFIXES",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "RESOURCE_IRI",
    "sparql_prefixes",
]

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
