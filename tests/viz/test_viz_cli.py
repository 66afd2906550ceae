"""``kg viz`` on the command line: every format from a file, a store with
filters, and one-line errors."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest
from mini_graph import (
    FIXTURE,
    NATO,
    B,
    L,
    R,
)

from kg.store import rebuild_corpus_graph


def test_cli_writes_every_format_from_a_file(tmp_path, capsys):
    from kg.cli import main

    for ext in (".html", ".png", ".svg", ".graphml", ".gexf", ".json", ".cyjs"):
        out = tmp_path / f"net{ext}"
        assert main(["viz", "--graph", str(FIXTURE), "-o", str(out)]) == 0
        assert out.stat().st_size > 500
    # the default view: meetings and roles, no co-mentions, no actor without a link
    assert "16 actors, 23 links (left out: 1 no link)" in capsys.readouterr().err
    everything = ["--edges", "all", "--top", "0", "--min-component", "1"]
    out = tmp_path / "all.json"
    argv = ["viz", "--graph", str(FIXTURE), "-o", str(out), *everything, "--keep-junk"]
    assert main(argv) == 0
    assert "17 actors, 44 links ->" in capsys.readouterr().err
    out = tmp_path / "t.png"
    assert main(["viz", "--graph", str(FIXTURE), "--timeline", "-o", str(out)]) == 0
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_cli_reads_a_store_with_filters(mini, tmp_path, capsys):
    from kg.cli import main

    disk = tmp_path / "store"
    store = ox.Store(str(disk))
    store.load(
        mini.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS
    )
    rebuild_corpus_graph(store)
    store.flush()
    del store
    out = tmp_path / "net.json"
    argv = [
        "viz",
        "--store",
        str(disk),
        "-o",
        str(out),
        "--since",
        "2022-02",
        "--types",
        "person,org",
        "--focus",
        "Sergej Lawrow",
        "--depth",
        "1",
        "--edges",
        "all",
        "-q",
    ]
    assert main(argv) == 0
    H = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert set(H) == {L, B, R, NATO}
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "x.pdf"], "expected an output ending in"),  # no such format
        (["--timeline", "-o", "x.graphml"], "expected a timeline ending in"),
        (["-o", "x.html", "--depth", "2"], "--depth: expected together with --focus"),
        (["-o", "x.html", "--types", "planet"], "--types: expected"),
        (["-o", "x.html", "--since", "01.02.2022"], "--since: expected a date"),
        (["-o", "x.html", "--focus", "Niemand"], "--focus: expected the name"),
        (["-o", "x.png", "--top", "-1"], "--top: expected an integer >= 0"),
        (["-o", "x.png", "--edges", "likes"], "--edges: expected some of met,"),
        (["-o", "x.png", "--edges", ","], "--edges: expected at least one"),
        (["-o", "x.png", "--min-articles", "0"], "--min-articles: expected an"),
        (["-o", "x.png", "--min-component", "0"], "--min-component: expected an"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(
    argv, message, tmp_path, capsys, monkeypatch
):
    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["viz", "--graph", str(FIXTURE), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_cli_top_and_rank_by(tmp_path, capsys):
    """--top 3 keeps the three most central actors (and no piece the cut leaves
    alone), --rank-by changes who they are; every option reaches the graph."""
    from kg.cli import main

    out = tmp_path / "top.json"
    for rank_by in ("degree", "pagerank", "betweenness"):
        argv = ["viz", "--graph", str(FIXTURE), "-o", str(out), "--top", "3"]
        assert main([*argv, "--rank-by", rank_by, "-q"]) == 0
        H = nx.node_link_graph(
            json.loads(out.read_text(encoding="utf-8")), edges="edges"
        )
        assert 3 <= len(H) <= 4, rank_by
        assert H.graph["rank_by"] == rank_by and H.graph["top"] == 3
        assert sorted(d["rank"] for _, d in H.nodes(data=True)) == list(
            range(1, len(H) + 1)
        )
        assert H.graph["filtered"]["beyond the top 3"] > 0
    argv = ["viz", "--graph", str(FIXTURE), "-o", str(out), "--edges", "co-mentions"]
    assert main([*argv, "-q", "--min-articles", "2"]) == 0
    H = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert {k for *_, k in H.edges(keys=True)} == {"mentioned_together"}
    assert all(len(d["articles"]) >= 2 for _, d in H.nodes(data=True))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--top", "many"], "argument --top: invalid int value"),
        (["--rank-by", "fame"], "argument --rank-by: invalid choice"),
    ],
)
def test_cli_option_types_are_one_line_errors(argv, message, tmp_path, capsys):
    from kg.cli import main

    with pytest.raises(SystemExit) as e:
        main(["viz", "--graph", str(FIXTURE), "-o", str(tmp_path / "x.png"), *argv])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_cli_default_view_keeps_the_seed_actors(tmp_path):
    """The readable defaults (no co-mentions, no likely NER errors, no small
    pieces, the top 150) still show the actors of the seed and its fixture."""
    from kg.cli import main

    out = tmp_path / "seed.json"
    assert main(["viz", "--graph", str(FIXTURE), "-o", str(out), "-q"]) == 0
    H = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    labels = {d["label"] for _, d in H.nodes(data=True)}
    assert {"Antony Blinken", "Sergej Rjabkow", "Wendy Sherman", "Sergej Lawrow"} <= (
        labels
    )
    assert {k for *_, k in H.edges(keys=True)} == {"met", "holds_role"}
    assert H.graph["filtered"] == {"no link": 1}
