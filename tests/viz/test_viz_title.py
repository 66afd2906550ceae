"""The title of a network picture names what it shows."""

from __future__ import annotations

import networkx as nx

from kg.viz.style import network_title


def test_a_focus_view_is_titled_with_the_names_of_its_centres():
    iri = "https://w3id.org/kg-news/id/person/angela-merkel"
    G = nx.MultiGraph(focus=iri, focus_nodes=[iri], depth=2)
    G.add_node(iri, label="Angela Merkel")
    assert network_title(G) == "Actor network, around Angela Merkel (depth 2)"


def test_a_date_range_is_in_the_title():
    G = nx.MultiGraph(since="2022-01-01", until="")
    assert network_title(G) == "Actor network, 2022-01-01 to …"
