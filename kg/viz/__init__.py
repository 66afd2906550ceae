"""The actor network: RDF graph -> networkx -> HTML / PNG / SVG / GraphML / GEXF / JSON.

:func:`graph_to_networkx` reads the graph ``kg build`` writes (``ontology/MODEL.md``)
with SPARQL and returns a :class:`networkx.MultiGraph` whose nodes are persons,
organisations and countries (cities, regions and other places on request) and
whose edges have one of four kinds, each the key of its edge (a statement's key also
names its type and speaker):

``met``
    both took part (``schema:attendee`` or ``schema:organizer``) in the same
    ``kg:Meeting``; ``weight`` = number of meetings, with their dates and places.
``holds_role``
    a person holds a post in an organisation or country (``org:Membership``);
    ``titles`` as written, ``weight`` = number of memberships.
``mentioned_together``
    both are mentioned in the same ``kg:Sentence``; ``weight`` = number of sentences.
``statements``
    one demands of, accuses, warns … the other (``kg:VerbalInteraction`` with a
    ``schema:recipient``): one edge per ``interaction_type`` and direction, keyed
    by :func:`kg.viz.statements.statement_key`, from ``agent`` to ``recipient``;
    ``weight`` = number of statements, with their issues, verbs and quotes. Drawn
    only when asked for (``--edges …,statements`` or ``all``).

Why a MultiGraph keyed by kind: two actors who met twice *and* were named
together in five sentences have two relations with different meanings and
weights; a simple Graph would have to add them up or drop one. Keying the edge by
its kind keeps at most one edge per pair and kind (per type and direction for
statements), and GraphML/GEXF carry
parallel edges to Gephi and yEd unchanged. Centralities are computed on the
simple projection (distinct neighbours).

At corpus size the whole network is a hairball, so ``kg viz`` asks
:func:`graph_to_networkx` for a readable view: the ``met`` and ``holds_role`` edges,
no likely NER errors, no component under 3 actors, the 150 actors of the highest
weighted degree (:mod:`kg.viz.rank` says why that measure and Louvain communities);
``G.graph["filtered"]`` counts what each filter left out.

:func:`write_network` draws or exports it, the extension of the output choosing the
format; :func:`write_timeline` draws the meetings over time; :func:`write_map` puts
the meeting places on a world map by their coordinates (``schema:geo``), drawn over
a Natural Earth outline shipped in ``kg/data/geo`` (no tile server). The HTML is one
self-contained file (inline script and style, no other host) whose
Content-Security-Policy only allows its own script, so injected markup in a
name or headline could not run even if escaping failed.

The modules, in the order the data flows through them::

    options   what may be asked for (types, dates, formats) and its checks
    source    store directory / RDF file / rdflib graph -> pyoxigraph Store
    queries   every SPARQL query asked, named; running them
    graph     Store -> networkx MultiGraph (graph_to_networkx, step by step)
    rank      which actors are shown: score and rank (weighted degree, PageRank,
              betweenness), small components, the top N, Louvain communities
    layout    node positions
    style     colours, labels, node sizes, titles
    network   write_network: the extension picks one of
      html      the interactive page (page: the HTML document around it)
      static    the PNG/SVG figure (figure: matplotlib plumbing)
      export    GraphML, GEXF, node-link JSON, Cytoscape JSON
    labels    label widths and placement without overlaps (timeline, map)
    timeline  write_timeline: meetings over time (HTML, PNG, SVG)
    map       meeting_places, write_map: meeting places on a world map
"""

from __future__ import annotations

from kg.viz.graph import graph_to_networkx
from kg.viz.layout import layout
from kg.viz.map import meeting_places, write_map
from kg.viz.network import write_network
from kg.viz.options import (
    DEFAULT_TYPES,
    EDGE_KINDS,
    MAP_FORMATS,
    NETWORK_DEFAULTS,
    NETWORK_FORMATS,
    NODE_TYPES,
    TIMELINE_FORMATS,
    check_output,
)
from kg.viz.source import open_source
from kg.viz.timeline import write_timeline

__all__ = [
    "NODE_TYPES",
    "DEFAULT_TYPES",
    "EDGE_KINDS",
    "MAP_FORMATS",
    "NETWORK_DEFAULTS",
    "NETWORK_FORMATS",
    "TIMELINE_FORMATS",
    "open_source",
    "check_output",
    "graph_to_networkx",
    "layout",
    "meeting_places",
    "write_map",
    "write_network",
    "write_timeline",
]
