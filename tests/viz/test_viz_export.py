"""kg.viz.export: GraphML, GEXF, node-link JSON and Cytoscape JSON read back
into networkx as written."""

from __future__ import annotations

import json

import networkx as nx
from mini_graph import (
    EV,
    EVIL_NAME,
    NATO,
    B,
    L,
)

from kg.viz import (
    write_network,
)


def _kinds(G):
    return sorted((tuple(sorted((u, v))), d["kind"]) for u, v, d in G.edges(data=True))


def test_graphml_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.graphml")
    H = nx.read_graphml(path, force_multigraph=True)
    assert set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.nodes[B]["label"] == "Antony Blinken"
    assert H.nodes[B]["roles"] == "Außenminister (USA)"
    d = [
        d for u, v, d in H.edges(data=True) if d["kind"] == "holds_role" and B in (u, v)
    ][0]
    assert d["titles"] == "US-Außenminister"
    assert (
        H.nodes[EV]["label"] == EVIL_NAME
    )  # the XML writer escapes, the reader restores
    met = [
        d for u, v, d in H.edges(data=True) if d["kind"] == "met" and {u, v} == {B, L}
    ]
    assert met[0]["weight"] == 2 and met[0]["dates"] == "2022-01-10; 2022-02-15"


def test_gexf_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.gexf")
    H = nx.read_gexf(path)
    assert set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.nodes[NATO]["label"] == "NATO"
    assert H.nodes[NATO]["viz"]["color"] == {"r": 0xF2, "g": 0x8E, "b": 0x2B, "a": 1.0}


def test_json_node_link_round_trip(G, tmp_path):
    path = write_network(G, tmp_path / "net.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges")
    assert H.is_multigraph() and set(H) == set(G)
    assert _kinds(H) == _kinds(G)
    assert H.edges[B, L, "met"]["meetings"] == G.edges[B, L, "met"]["meetings"]
    assert H.graph["meetings"] == G.graph["meetings"]


def test_cytoscape_json(G, tmp_path):
    data = json.loads(
        write_network(G, tmp_path / "net.cyjs").read_text(encoding="utf-8")
    )
    H = nx.cytoscape_graph(data, name="label")
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    assert all("position" in x for x in data["elements"]["nodes"])


def test_graphml_survives_control_characters(tmp_path):
    # XML 1.0 cannot carry U+000B; a headline or name with one must not break the file
    G = nx.MultiGraph(meetings={}, articles={})
    for x in ("a", "b"):
        G.add_node(
            x,
            label="Vertical\x0btab",
            type="person",
            roles=["x\x01y"],
            meetings=[],
            articles=[],
            degree=1,
            betweenness=0.0,
        )
    G.add_edge(
        "a",
        "b",
        key="met",
        kind="met",
        weight=1,
        articles=[],
        meetings=[],
        dates=[],
        places=[],
    )
    H = nx.read_graphml(write_network(G, tmp_path / "c.graphml"), force_multigraph=True)
    assert H.nodes["a"]["label"] == "Vertical\ufffdtab"
    assert nx.read_gexf(write_network(G, tmp_path / "c.gexf")).number_of_edges() == 1
