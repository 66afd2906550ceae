"""Where the nodes go: deterministic 2-D positions for the network drawings and
the GEXF and Cytoscape exports."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

__all__ = ["layout"]


def layout(G: nx.Graph, *, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Deterministic 2-D positions: each connected component laid out on its own
    (Kamada-Kawai when small, seeded spring layout otherwise), components packed in
    rows by size so that none is flung to the border. Coordinates are unitless."""
    simple = nx.Graph(G)
    comps = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c)
    )
    boxes = [_component_box(simple, comp, seed=seed) for comp in comps]
    return _pack(boxes)


def _component_box(
    simple: nx.Graph, comp: list[Any], *, seed: int
) -> tuple[dict[Any, tuple[float, float]], float]:
    """Positions of one component, centred on 0 and scaled so that its area grows
    with the node count, and the side of the square box it needs."""
    # an ordered copy: a subgraph view iterates its nodes in set order, which
    # changes with the hash seed, and so would the layout of the same graph
    sub = nx.Graph()
    sub.add_nodes_from((v, simple.nodes[v]) for v in comp)
    sub.add_edges_from(
        (u, v, d) for u, v, d in simple.edges(comp, data=True) if u in sub and v in sub
    )
    n = len(comp)
    radius = math.sqrt(n)  # area grows with the node count
    pos: dict[Any, tuple[float, float]]
    if n == 1:
        pos = {comp[0]: (0.0, 0.0)}
    elif n == 2:
        pos = {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
    else:
        if n <= 150:
            raw = nx.kamada_kawai_layout(sub, weight=None)
        else:
            raw = _large_layout(sub, comp, seed=seed)
        pos = {k: (float(v[0]), float(v[1])) for k, v in raw.items()}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = radius / span if n > 2 else 1.0
    pos = {k: ((x - cx) * scale, (y - cy) * scale) for k, (x, y) in pos.items()}
    size = max(radius, 1.0) if n > 2 else 1.0
    return pos, size


def _pack(
    boxes: list[tuple[dict[Any, tuple[float, float]], float]],
) -> dict[Any, tuple[float, float]]:
    """The components' boxes side by side, biggest first (the order given)."""
    # Shelf packing, biggest first: a row is as tall as its first box; smaller boxes
    # stack in columns under one another; rows about 1.6 times as wide as the
    # whole is tall (a screen), so that many small pairs fill a block, not a line.
    out: dict[Any, tuple[float, float]] = {}
    if not boxes:
        return out
    gap = 1.2
    total = sum((b[1] + gap) ** 2 for b in boxes)
    row_width = max((boxes[0][1] + gap) * 2.0, math.sqrt(total * 1.6))
    y = row_h = 0.0
    col_x = col_w = col_y = 0.0
    first = True
    for pos, size in boxes:
        w = size + gap
        if not first and col_y + w <= row_h + 1e-9 and w <= col_w + 1e-9:
            bx, by = col_x, y + col_y  # under the previous box of this column
            col_y += w
        else:
            x = 0.0 if first else col_x + col_w
            if first or x + w > row_width:
                x, y = 0.0, (0.0 if first else y + row_h)
                row_h = w
            bx, by = x, y
            col_x, col_w, col_y = x, w, w
            first = False
        for k, (px, py) in pos.items():
            out[k] = (round(bx + w / 2 + px, 4), round(by + w / 2 + py, 4))
    return out


def _large_layout(
    G: nx.Graph, order: list[Any], *, seed: int, iterations: int = 40, pivots: int = 50
) -> dict[Any, Any]:
    """Layout of a big connected graph in seconds, not minutes: Pivot MDS (Brandes
    and Pich 2006) for the global shape, then a few Fruchterman-Reingold steps,
    vectorised with numpy, to pull apart nodes that share their distances (the
    leaves of a hub). networkx's spring layout takes ~30 s at 3000 nodes."""
    import numpy as np

    A = nx.to_scipy_sparse_array(G, nodelist=order, weight=None, format="csr")
    pos = _pivot_mds(A, pivots=pivots)
    rng = np.random.default_rng(seed)
    pos += rng.normal(scale=1e-3 * (np.abs(pos).max() or 1.0), size=pos.shape)
    rows_i, cols_j = A.nonzero()
    edge_len = np.linalg.norm(pos[rows_i] - pos[cols_j], axis=1)
    pos /= float(np.median(edge_len)) or 1.0  # edges about 1 long; k = 1
    # a step costs n^2: above 6,000 nodes fewer steps (at least 5) keep the whole
    # layout about as costly as at 6,000; the Pivot MDS shape carries the rest
    n = len(order)
    if n > 6000:
        iterations = max(5, int(iterations * (6000 / n) ** 2))
    _fruchterman_reingold(pos, rows_i, cols_j, iterations=iterations)
    return dict(zip(order, pos, strict=True))


def _pivot_mds(A: Any, *, pivots: int) -> Any:
    """n x 2 positions from the hop distances to ``pivots`` max-min pivots."""
    import numpy as np
    from scipy.sparse.csgraph import shortest_path

    n = A.shape[0]
    degree = np.asarray(A.sum(axis=1)).ravel()
    chosen = [int(np.argmax(degree))]  # max-min pivots from the biggest hub
    nearest = np.full(n, np.inf)
    rows = []
    for _ in range(min(pivots, n)):
        d = shortest_path(A, unweighted=True, directed=False, indices=chosen[-1])
        rows.append(d)
        nearest = np.minimum(nearest, d)
        chosen.append(int(np.argmax(nearest)))
    C = np.asarray(rows).T ** 2
    C = -0.5 * (C - C.mean(axis=0) - C.mean(axis=1, keepdims=True) + C.mean())
    _, vectors = np.linalg.eigh(C.T @ C)  # k x k: cheap, unlike an SVD of n x k
    pos = C @ vectors[:, [-1, -2]]
    pos *= np.where(
        pos[np.abs(pos).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0
    )  # fixed signs
    return pos


def _fruchterman_reingold(
    pos: Any, rows_i: Any, cols_j: Any, *, iterations: int
) -> None:
    """Move ``pos`` (n x 2, in place) by ``iterations`` cooling steps of
    repulsion between all nodes and attraction along the edges (i, j)."""
    import numpy as np

    n = pos.shape[0]
    t = 0.1 * math.sqrt(n)
    for step in range(iterations):
        disp = np.zeros_like(pos)
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        for start in range(0, n, 512):  # repulsion k^2/d, in blocks to bound memory
            dx = np.subtract.outer(x[start : start + 512], x)
            dy = np.subtract.outer(y[start : start + 512], y)
            inv = dx * dx
            inv += dy * dy
            np.maximum(inv, 1e-4, out=inv)
            np.reciprocal(inv, out=inv)
            disp[start : start + 512, 0] += np.einsum("ij,ij->i", dx, inv)
            disp[start : start + 512, 1] += np.einsum("ij,ij->i", dy, inv)
        delta = pos[rows_i] - pos[cols_j]  # attraction d^2/k along each edge
        np.subtract.at(disp, rows_i, delta * np.linalg.norm(delta, axis=1)[:, None])
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t *= 1 - 1 / (iterations - step + 1)
