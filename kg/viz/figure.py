"""The matplotlib plumbing of the static figures (PNG, SVG): a figure without
pyplot, the settings every figure is drawn with, and a deterministic atomic save."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write

__all__ = ["figure_rc", "new_figure", "save_figure"]


def figure_rc() -> AbstractContextManager[None]:
    """The rcParams every figure is drawn with: names are text, not TeX; SVG ids
    from a fixed salt (the same figure gives the same bytes)."""
    import matplotlib as mpl

    return mpl.rc_context(
        {"text.parse_math": False, "svg.hashsalt": "kg", "font.size": 8}
    )


def new_figure(width: float, height: float) -> Any:
    """A matplotlib Figure on the Agg canvas: no pyplot, no display, no global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def save_figure(fig: Any, path: Path) -> None:
    """Write ``fig`` atomically in the format of the extension, without the
    software (PNG) or date (SVG) metadata that would differ between runs."""
    fmt = path.suffix.lower().lstrip(".")
    with atomic_write(path, "wb") as f:
        fig.savefig(
            f,
            format=fmt,
            dpi=150 if fmt == "png" else 100,
            metadata={"Software": None} if fmt == "png" else {"Date": None},
        )
