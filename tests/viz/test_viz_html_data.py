"""kg.viz.html: what the page gets to explore with: the days each edge is dated by,
its evidence sentences, and the ranking, communities and left-out counts when the
graph has them (and nothing of them when it has not)."""

from __future__ import annotations

import datetime as dt
import json
import re

from mini_graph import EV, EVIL_SENTENCE, OSZE, B, L, n

from kg.viz import write_network
from kg.viz.html import network_data


def _day(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days


def _edge(data, u, v, kind):
    ids = [x["id"] for x in data["nodes"]]
    ends = {ids.index(u), ids.index(v)}
    return next(
        e for e in data["edges"] if {e["s"], e["t"]} == ends and e["kind"] == kind
    )


def test_edges_are_dated_by_meetings_roles_or_articles(G):
    data = network_data(G, size_by="degree", seed=0, title="t")
    # met: the meeting days (10 Jan in Geneva, 15 Feb with NATO), not the articles'
    assert _edge(data, B, L, "met")["d"] == [_day("2022-01-10"), _day("2022-02-15")]
    # a co-mention: the day its article was published
    assert _edge(data, B, L, "mentioned_together")["d"] == [_day("2022-01-09")]
    # an undated membership in a dated article: the article's day
    assert _edge(data, EV, OSZE, "holds_role")["d"] == [_day("2022-02-15")]
    # a meeting of an undated article on no date: no day at all
    lr = _edge(data, L, n("person/sergej-rjabkow"), "met")
    assert lr["d"] == []


def test_edges_point_to_their_evidence_sentences(G):
    data = network_data(G, size_by="degree", seed=0, title="t")
    e = _edge(data, EV, OSZE, "mentioned_together")
    assert [data["sentences"][i]["text"] for i in e["ev"]] == [EVIL_SENTENCE]
    s = data["sentences"][e["ev"][0]]
    assert data["articles"][s["a"]]["headline"] == "Treffen in Brüssel"
    # each sentence once, only those an edge refers to
    assert len({s["id"] for s in data["sentences"]}) == len(data["sentences"])
    assert {i for e in data["edges"] for i in e["ev"]} == set(
        range(len(data["sentences"]))
    )


def test_sentences_stay_inert_in_the_page(G, tmp_path):
    page = write_network(G, tmp_path / "n.html").read_text(encoding="utf-8")
    raw = re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in raw and ">" not in raw
    assert EVIL_SENTENCE in {s["text"] for s in json.loads(raw)["sentences"]}
    assert page.count("</script>") == 2


def _plain(G):
    """``G`` without ranking, communities and left-out counts."""
    H = G.copy()
    for _, d in H.nodes(data=True):
        for key in ("rank", "score", "community"):
            d.pop(key, None)
    H.graph.pop("filtered", None)
    return H


def test_ranking_and_communities_only_when_present(G):
    G = _plain(G)
    data = network_data(G, size_by="degree", seed=0, title="t")
    assert not any({"rank", "score", "community"} & set(x) for x in data["nodes"])
    assert data["filtered"] == []
    H = G.copy()
    for i, v in enumerate(sorted(H, key=lambda v: -H.nodes[v]["degree"])):
        H.nodes[v].update(rank=i + 1, score=1 / (i + 1), community=i % 2)
    H.graph["filtered"] = {"isolated": 4, "below --min-weight": 7}
    data = network_data(H, size_by="degree", seed=0, title="t")
    ranks = {x["id"]: x["rank"] for x in data["nodes"]}
    assert sorted(ranks.values()) == list(range(1, H.number_of_nodes() + 1))
    assert all(x["community"] in (0, 1) for x in data["nodes"])
    assert data["filtered"] == [["below --min-weight", 7], ["isolated", 4]]
