"""kg: German news -> knowledge graph of people, organisations, places and meetings.

The package is a pipeline; every module is one stage::

    text ──► Doc ──► records ──► rdflib Graph ──► Oxigraph store ──► answers / exports
     ingest   nlp     extract       rdf              store            query, viz

Importing ``kg`` is cheap: spaCy is loaded only when a pipeline is needed.
"""

from __future__ import annotations

from kg.errors import InputError, KGError, ModelError, QueryError, StoreError

__all__ = ["KGError", "InputError", "QueryError", "StoreError", "ModelError"]
__version__ = "0.1.0"
