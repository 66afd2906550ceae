"""kg.viz.html: the interactive page is self-contained, and hostile names and
headlines stay inert text."""

from __future__ import annotations

import json
import re

from mini_graph import (
    EVIL_HEADLINE,
    EVIL_NAME,
)

from kg.viz import (
    write_network,
)


def _html(G, tmp_path) -> str:
    return write_network(G, tmp_path / "net.html").read_text(encoding="utf-8")


def test_html_is_self_contained(G, tmp_path):
    page = _html(G, tmp_path)
    # no other host: no src/href attributes at all, no url() in CSS, no @import
    assert not re.search(r"\b(src|href)\s*=", page.split('id="kg-data"')[0])
    assert "url(" not in page and "@import" not in page
    assert "http://" not in page.split('id="kg-data"')[0]
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count("<script") == 2  # the data block and the one inline script


def test_html_data_is_inert_and_round_trips(G, tmp_path):
    page = _html(G, tmp_path)
    m = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S
    )
    assert m is not None
    raw = m.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    labels = {x["label"] for x in data["nodes"]}
    assert EVIL_NAME in labels  # the text survives, escaped only in transport
    assert EVIL_HEADLINE in {a["headline"] for a in data["articles"]}
    assert len(data["nodes"]) == G.number_of_nodes()
    assert len(data["edges"]) == G.number_of_edges()


def test_html_has_no_injected_markup(G, tmp_path):
    page = _html(G, tmp_path)
    # outside the JSON block nothing of the hostile strings appears unescaped
    outside = re.sub(
        r'<script type="application/json" id="kg-data">.*?</script>',
        "",
        page,
        flags=re.S,
    )
    assert "onerror" not in outside and "alert(" not in outside
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    assert page.count("</script>") == 2


def test_html_title_is_escaped(G, tmp_path):
    page = write_network(
        G, tmp_path / "t.html", title="<script>alert(1)</script>"
    ).read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert page.count("<script") == 2
