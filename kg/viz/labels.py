"""Text that must not collide: an estimate of how wide a label is drawn, and the
placement of point labels (next to their circle, else moved away along a leader
line, else hidden) shared by the map and the timeline, in HTML and in figures.

Widths are estimated, not measured (the HTML is drawn by a browser we do not run):
per character, from the advance widths of DejaVu Sans and system-ui fonts, rounded
up, so a label is never wider than its box in the common sans-serif fonts."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Box", "Label", "overlap", "place_labels", "text_width"]

#: (x0, y0, x1, y1), y down (SVG) or up (figure points): only order matters
Box = tuple[float, float, float, float]

# advance widths in em, rounded up from DejaVu Sans (the widest common sans-serif;
# system-ui fonts are narrower)
_VERY_NARROW = set("iIjl.,:;'|")
_NARROW = set("frtJ()[]{}-/`! ")
_WIDE = set("mwMW—@%")
_EM = {"very narrow": 0.34, "narrow": 0.42, "wide": 1.0, "upper": 0.8, "other": 0.64}


def text_width(text: str, size: float) -> float:
    """A generous estimate of the width of ``text`` at font ``size`` (same unit).

    Example
    -------
    >>> round(text_width("Berlin", 11), 1)
    36.0
    """
    em = 0.0
    for c in text:
        if c in _VERY_NARROW:
            em += _EM["very narrow"]
        elif c in _NARROW:
            em += _EM["narrow"]
        elif c in _WIDE:
            em += _EM["wide"]
        elif c.isupper():
            em += _EM["upper"]
        else:  # lower case, digits, the rest
            em += _EM["other"]
    return em * size + 1.0


def overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    """Whether two boxes (x0, y0, x1, y1) overlap (touching is not overlapping)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True, slots=True)
class Label:
    """Where a label is drawn: its text starts at ``(x, y)`` (the baseline; SVG
    ``text-anchor`` or matplotlib ``ha`` is ``anchor``), inside ``box``; ``leader``
    is the line from the circle to a label moved away from it, else ``None``."""

    x: float
    y: float
    anchor: str  # "start", "middle" or "end"
    box: Box
    leader: tuple[float, float, float, float] | None = None


class _Grid:
    """Boxes and segments bucketed by cells, so that a candidate is checked only
    against what is near it (the map of a big store has thousands of places)."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.boxes: dict[tuple[int, int], list[tuple[int, Box]]] = defaultdict(list)
        self.lines: dict[tuple[int, int], list[tuple[float, ...]]] = defaultdict(list)

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        return [
            (i, j)
            for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)
        ]

    def add_box(self, box: Box, owner: int) -> None:
        """Add a circle's box (``owner`` its index) or a label's (``owner`` < 0)."""
        for k in self._cells(box):
            self.boxes[k].append((owner, box))

    def add_line(self, line: tuple[float, float, float, float]) -> None:
        for k in self._cells(_line_box(line)):
            self.lines[k].append(line)

    def box_is_free(self, box: Box, owner: int, pad: float) -> bool:
        """Whether the box overlaps no label or line, and keeps ``pad`` away
        from every circle but its owner's."""
        padded = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
        for k in self._cells(padded):
            for o, b in self.boxes.get(k, ()):
                if o != owner and overlap(padded if o >= 0 else box, b):
                    return False
            for line in self.lines.get(k, ()):
                if _crosses(line, box):
                    return False
        return True

    def line_is_free(
        self, line: tuple[float, float, float, float], owner: int, circles: bool
    ) -> bool:
        """Whether the line crosses no label and no other leader, and with
        ``circles`` no circle but its owner's (without, it may: a place inside
        a cluster has no other way out)."""
        for k in self._cells(_line_box(line)):
            for o, b in self.boxes.get(k, ()):
                if (o < 0 or (circles and o != owner)) and _crosses(line, b):
                    return False
            if any(_intersect(line, other) for other in self.lines.get(k, ())):
                return False
        return True


def _intersect(a: Sequence[float], b: Sequence[float]) -> bool:
    """Whether two segments (x0, y0, x1, y1) cross (touching ends do not)."""

    def side(px: float, py: float, s: Sequence[float]) -> float:
        return (s[2] - s[0]) * (py - s[1]) - (s[3] - s[1]) * (px - s[0])

    d1, d2 = side(a[0], a[1], b), side(a[2], a[3], b)
    d3, d4 = side(b[0], b[1], a), side(b[2], b[3], a)
    return d1 * d2 < 0 and d3 * d4 < 0


def _line_box(line: Sequence[float]) -> Box:
    x0, y0, x1, y1 = line
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _crosses(line: Sequence[float], box: Sequence[float]) -> bool:
    """Whether the segment passes through the inside of the box (Liang-Barsky)."""
    x0, y0, x1, y1 = line
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, x0 - box[0]),
        (dx, box[2] - x0),
        (-dy, y0 - box[1]),
        (dy, box[3] - y0),
    ):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True


_ANGLES = (0, 180, -30, 30, 150, -150, -60, 60, -120, 120, -90, 90)
_DISTANCES = (14.0, 30.0, 50.0, 75.0)


def _candidates(
    x: float, y: float, r: float, w: float, h: float
) -> list[tuple[Box, tuple[float, float, float, float] | None]]:
    """Boxes for a ``w`` x ``h`` label of the circle (x, y, r), best first: beside
    it (right, left, above, below, the corners), then further out in twelve
    directions with a leader line from the circle to the box (y down)."""
    g = 2.0  # gap between circle and text
    d = r * 0.71
    out: list[tuple[Box, tuple[float, float, float, float] | None]] = [
        ((x + r + g, y - h / 2, x + r + g + w, y + h / 2), None),
        ((x - r - g - w, y - h / 2, x - r - g, y + h / 2), None),
        ((x - w / 2, y - r - g - h, x + w / 2, y - r - g), None),
        ((x - w / 2, y + r + g, x + w / 2, y + r + g + h), None),
        ((x + d, y - d - h, x + d + w, y - d), None),
        ((x - d - w, y - d - h, x - d, y - d), None),
        ((x + d, y + d, x + d + w, y + d + h), None),
        ((x - d - w, y + d, x - d, y + d + h), None),
    ]
    for dist in _DISTANCES:
        for a in _ANGLES:
            ux, uy = math.cos(math.radians(a)), math.sin(math.radians(a))
            px, py = x + (r + dist) * ux, y + (r + dist) * uy
            if abs(ux) >= 0.5:  # beside the end of the line
                left = px + 1 if ux > 0 else px - 1 - w
                box = (left, py - h / 2, left + w, py + h / 2)
            else:  # above or below it
                top = py + 1 if uy > 0 else py - 1 - h
                box = (px - w / 2, top, px + w / 2, top + h)
            out.append((box, (x + (r + 1) * ux, y + (r + 1) * uy, px, py)))
    return out


def place_labels(
    texts: Sequence[str],
    circles: Sequence[tuple[float, float, float]],
    width: float,
    height: float,
    *,
    size: float,
    limit: int | None = None,
) -> list[Label | None]:
    """Place a label by each circle so that no two labels overlap, and no label
    covers a circle, leaves the ``width`` x ``height`` frame or crosses a leader.

    The circles are labelled in the order given (put the important first): next
    to the circle if there is room, else moved up to 75 units away with a
    leader line, else not at all (``None``). Coordinates have y pointing down.

    Parameters
    ----------
    texts, circles
        The labels and their circles ``(x, y, r)``.
    width, height
        The frame the labels must stay inside.
    size
        Font size, in the unit of the coordinates.
    limit
        Label at most this many (the first); the others get ``None``.

    Returns
    -------
    list
        A :class:`Label` or ``None`` per circle.

    Example
    -------
    >>> place_labels(["A", "B"], [(10, 10, 3), (60, 10, 3)], 100, 40, size=10)[0].x
    15.5
    """
    h = size * 1.2
    # room between a label and another place's circle; more for a label moved
    # away, which must not look like the label of a circle it comes close to
    pads = {"beside": size * 0.05, "clear": size * 0.4, "any": size * 0.4}
    grid = _Grid(max(4 * size, 32.0))
    for i, (x, y, r) in enumerate(circles):
        grid.add_box((x - r, y - r, x + r, y + r), i)
    out: list[Label | None] = [None] * len(circles)
    todo = range(len(circles) if limit is None else min(limit, len(circles)))
    widths = [text_width(texts[i], size) for i in todo]
    # first every label that fits beside its circle, in order; then, for the
    # rest, the places further out (so that a leader does not take the spot
    # beside a less important place, whose label would then be far from it),
    # with a leader that crosses no circle, else one that does
    for how in ("beside", "clear", "any"):
        for i in todo:
            if out[i] is not None:
                continue
            x, y, r = circles[i]
            candidates = _candidates(x, y, r, widths[i], h)
            for box, leader in candidates[:8] if how == "beside" else candidates[8:]:
                if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
                    continue
                if not grid.box_is_free(box, i, pads[how]):
                    continue
                if leader is not None and not grid.line_is_free(
                    leader, i, how == "clear"
                ):
                    continue
                grid.add_box(box, -1 - i)
                if leader is not None:
                    grid.add_line(leader)
                out[i] = Label(
                    x=box[0] + 0.5,
                    y=box[1] + size * 0.95,
                    anchor="start",
                    box=box,
                    leader=leader,
                )
                break
    return out
