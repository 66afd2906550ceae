"""kg.viz.layout: positions are deterministic and distinct."""

from __future__ import annotations

from kg.viz import (
    layout,
)


def test_layout_is_deterministic_and_separates_nodes(G):
    p1, p2 = layout(G, seed=0), layout(G, seed=0)
    assert p1 == p2 and set(p1) == set(G)
    pts = list(p1.values())
    assert len(set(pts)) == len(pts)
