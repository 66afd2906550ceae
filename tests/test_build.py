"""kg.build at corpus scale: workers, Dask, incremental rebuilds, crash safety.

The store content is compared graph by graph as sorted N-Triples: the article
graphs have no blank nodes (``_graphs`` checks), so equal lines mean equal graphs.
Own German sentences run with the rules-only pipeline (``model="blank"``, fast);
10kGNAD articles run with the shipped model (slow, shared).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import ArticleResult, _write, build, documents_to_records
from kg.cli import main
from kg.ingest import iter_documents
from kg.link import link_store
from kg.rdf.graph import article_iri
from kg.store import corpus_graph_in_step, open_store
from tests.conftest import ROOT, SHARED

CSV = SHARED / "data" / "10kgnad" / "test.csv"

OWN = {
    "scholz-paris": (
        "Bundeskanzler Olaf Scholz traf am Montag in Paris den französischen "
        "Präsidenten Emmanuel Macron. Die beiden sprachen über die Ukraine."
    ),
    "baerbock-warschau": (
        "Außenministerin Annalena Baerbock reiste nach Warschau. Dort kam sie mit "
        "ihrem polnischen Amtskollegen zusammen."
    ),
    "bahn-vorstand": (
        "Der Vorstand der Deutschen Bahn tagte in Berlin. Die Gewerkschaft GDL "
        "kündigte neue Streiks in Bayern an."
    ),
    "wien-gipfel": (
        "In Wien begann am Dienstag ein Gipfel der Vereinten Nationen. Vertreter aus "
        "Italien, Spanien und Griechenland berieten über Migration."
    ),
}
OWN_JSONL = {
    "rom-treffen": (
        "Der italienische Regierungschef empfing in Rom Gäste aus Tunesien und "
        "Ägypten. Die Europäische Union sagte Hilfe zu."
    ),
    "bruessel-nato": (
        "In Brüssel trafen sich die Verteidigungsminister der NATO. Auch die Türkei "
        "und Schweden schickten Delegationen."
    ),
}


def _graphs(store: Path) -> dict[str, list[str]]:
    """Article IRI -> its triples as sorted N-Triples lines. Checks that the
    corpus graph is the set of the article graphs' triples (so two stores with
    equal article graphs have equal corpus graphs). Opens the store for
    writing, as a build would (so a store left by a killed build is recovered)."""
    st = open_store(store)
    assert corpus_graph_in_step(st)
    out: dict[str, list[str]] = {}
    for q in st.quads_for_pattern(None, None, None, None):
        assert not isinstance(q.subject, ox.BlankNode), "blank nodes: compare otherwise"
        assert not isinstance(q.object, ox.BlankNode), "blank nodes: compare otherwise"
        if isinstance(q.graph_name, ox.NamedNode):
            out.setdefault(q.graph_name.value, []).append(str(q.triple))
    del st
    return {g: sorted(lines) for g, lines in out.items()}


def _own_inputs(d: Path) -> list[Path]:
    """The own articles as a directory of .txt files plus a .jsonl corpus."""
    txt = d / "txt"
    txt.mkdir(parents=True, exist_ok=True)
    for name, text in OWN.items():
        (txt / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    jsonl = d / "more.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n"
            for k, v in OWN_JSONL.items()
        ),
        encoding="utf-8",
    )
    return [txt, jsonl]


def _iri(article_id: str) -> str:
    return str(article_iri(article_id))


# --- rules-only pipeline on own sentences ------------------------------------------


def test_two_workers_build_the_same_store(tmp_path: Path) -> None:
    inputs = _own_inputs(tmp_path)
    one = build(inputs, store=tmp_path / "one", model="blank", workers=1)
    two = build(inputs, store=tmp_path / "two", model="blank", workers=2)
    graphs = _graphs(tmp_path / "one")
    assert len(graphs) == len(OWN) + len(OWN_JSONL)
    assert _graphs(tmp_path / "two") == graphs
    for field in ("documents", "entities", "roles", "meetings", "triples", "tokens"):
        assert getattr(two, field) == getattr(one, field), field


def test_summary_counts_what_is_in_the_store(tmp_path: Path) -> None:
    inputs = _own_inputs(tmp_path)
    summary = build(inputs, store=tmp_path / "s", model="blank")
    records = list(documents_to_records(iter_documents(inputs), model="blank"))
    assert summary.documents == len(records) == len(OWN) + len(OWN_JSONL)
    assert summary.entities == sum(len(r.entities) for _, r, _ in records) > 0
    assert summary.roles == sum(len(r.roles) for _, r, _ in records)
    assert summary.meetings == sum(len(r.meetings) for _, r, _ in records)
    assert summary.tokens == sum(n for _, _, n in records)
    graphs = _graphs(tmp_path / "s")
    assert summary.triples == sum(len(g) for g in graphs.values())
    assert summary.unchanged == summary.pruned == 0 and not summary.skipped
    assert set(summary.timings) == {"read", "load", "nlp", "extract", "rdf", "store"}
    assert all(s >= 0 for s in summary.timings.values())
    assert f"{summary.documents} documents" in str(summary)


def test_rebuild_skips_unchanged_articles(tmp_path: Path) -> None:
    inputs = _own_inputs(tmp_path)
    build(inputs, store=tmp_path / "s", model="blank")
    before = _graphs(tmp_path / "s")
    again = build(inputs, store=tmp_path / "s", model="blank")
    assert again.unchanged == len(before)
    assert again.documents == again.triples == again.tokens == 0
    assert f"{len(before)} unchanged" in str(again)
    assert _graphs(tmp_path / "s") == before


def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    inputs = _own_inputs(tmp_path)
    build(inputs, store=tmp_path / "s", model="blank")
    art = _iri("bahn-vorstand")
    old = _graphs(tmp_path / "s")[art]
    assert any("place/berlin" in t for t in old)
    # Berlin becomes Hamburg: nothing of Berlin may stay in the article's graph.
    path = inputs[0] / "bahn-vorstand.txt"
    path.write_text(OWN["bahn-vorstand"].replace("Berlin", "Hamburg"), encoding="utf-8")
    again = build(inputs, store=tmp_path / "s", model="blank")
    assert (again.documents, again.unchanged) == (1, len(OWN) + len(OWN_JSONL) - 1)
    new = _graphs(tmp_path / "s")
    assert not any("Berlin" in t or "berlin" in t for t in new[art])
    assert any("place/hamburg" in t for t in new[art])
    # ... and the store is what a build from scratch of the new input gives
    build(inputs, store=tmp_path / "fresh", model="blank")
    assert new == _graphs(tmp_path / "fresh")


def test_prune_removes_deleted_articles(tmp_path: Path) -> None:
    inputs = _own_inputs(tmp_path)
    build(inputs, store=tmp_path / "s", model="blank")
    (inputs[0] / "wien-gipfel.txt").unlink()
    kept = build(inputs, store=tmp_path / "s", model="blank")
    assert kept.pruned == 0 and _iri("wien-gipfel") in _graphs(tmp_path / "s")
    pruned = build(inputs, store=tmp_path / "s", model="blank", prune=True)
    assert (pruned.pruned, pruned.documents) == (1, 0)
    assert "1 pruned" in str(pruned)
    build(inputs, store=tmp_path / "fresh", model="blank")
    assert _graphs(tmp_path / "s") == _graphs(tmp_path / "fresh")


def test_failed_write_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    # A chunk's new articles go in together, a changed article replaces its graph
    # in one step: if a write fails, no article is half there and none is lost
    # (removing the old graph first, then loading, would lose it).
    from kg.build import process_documents
    from kg.ingest import Document

    inputs = _own_inputs(tmp_path)
    build(inputs, store=tmp_path / "s", model="blank")
    before = _graphs(tmp_path / "s")
    good = process_documents([Document(id="neu", text="Gipfel in Wien.")], "blank")[0]

    def broken(article_id: str) -> ArticleResult:
        iri = _iri(article_id)
        return ArticleResult(
            id=article_id,
            iri=iri,
            nquads=f'<{iri}> <https://example.org/p> "no end <{iri}> .\n'.encode(),
            tokens=1,
            entities=0,
            roles=0,
            meetings=0,
            triples=1,
        )

    for chunk in ([good, broken("neu-2")], [broken("scholz-paris")]):
        st = open_store(tmp_path / "s")
        with pytest.raises(SyntaxError):
            _write(st, chunk)
        del st
        assert _graphs(tmp_path / "s") == before


NASTY = [
    'Zitat: "Wir sind bereit"',
    "C:\\Pfad\\u0041 und \\U0001F600 als Text",
    "Zeile eins\nZeile zwei\r\tEnde\\",
    "Emoji 😀, ßäö, { } # . ; <> ^ `",
    "\x00\x01\x7f",
]


@pytest.mark.parametrize("title", NASTY)
def test_both_write_paths_keep_any_text(tmp_path: Path, title: str) -> None:
    # A new article is loaded as N-Quads, a changed one goes through a SPARQL
    # update; both must give the store back the exact text, in the article graph
    # and in the corpus graph.
    from kg.build import process_documents
    from kg.ingest import Document

    def write(text: str, title: str) -> str:
        doc = Document(id="nasty", text=text, title=title)
        [result] = process_documents([doc], model="blank")
        st = open_store(tmp_path / "s")
        _write(st, [result])
        headline = ox.NamedNode("http://schema.org/headline")
        in_article, in_corpus = (
            [q.object.value for q in st.quads_for_pattern(None, headline, None, g)]
            for g in (ox.NamedNode(result.iri), ox.DefaultGraph())
        )
        del st
        assert in_corpus == in_article  # the corpus graph holds the same text
        [value] = in_article
        return value

    assert write("Der Kanzler reiste nach Wien.", title) == title  # load
    assert write("Der Kanzler reiste nach Rom.", title + "!") == title + "!"  # update


def test_cli_quiet_prints_nothing(tmp_path: Path, capsys) -> None:
    inputs = [str(p) for p in _own_inputs(tmp_path)]
    store = str(tmp_path / "s")
    assert main(["build", *inputs, "--store", store, "--model", "blank", "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    assert len(_graphs(tmp_path / "s")) == len(OWN) + len(OWN_JSONL)


@pytest.mark.parametrize("workers", ["0", "-3", "two"])
def test_cli_bad_workers_is_one_line(tmp_path: Path, capsys, workers: str) -> None:
    # A build needs at least one process; "two" is not a number.
    argv = ["build", str(_own_inputs(tmp_path)[0]), "--store", str(tmp_path / "s")]
    try:
        code = main([*argv, "--model", "blank", "--workers", workers])
    except SystemExit as e:  # argparse rejects a non-number
        code = e.code
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--workers" in err, err
    assert not (tmp_path / "s").exists()


def test_cli_bad_dask_address_is_one_line(tmp_path: Path, capsys) -> None:
    pytest.importorskip("distributed")
    # not an address Dask can connect to; nothing is created
    argv = ["build", str(_own_inputs(tmp_path)[0]), "--store", str(tmp_path / "s")]
    assert main([*argv, "--model", "blank", "--dask", "nonsense://x"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--dask nonsense://x" in err, err
    assert not (tmp_path / "s").exists()


# --- the shipped model on 10kGNAD ---------------------------------------------------


def _gnad_jsonl(path: Path, n: int, *, rotate: int = 0) -> Path:
    """The first ``n`` articles of the 10kGNAD test set as JSONL with stable ids;
    ``rotate`` gives article i the text of article i + rotate (changed articles)."""
    with CSV.open(encoding="utf-8") as f:
        texts = [
            t
            for _, t in itertools.islice(csv.reader(f, delimiter=";", quotechar="'"), n)
        ]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[(i + rotate) % n]
            out.write(json.dumps({"id": f"gnad-{i}", "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def gnad(tmp_path_factory):
    """40 10kGNAD articles built in this process: the references for the others.

    Returns the input, the article graphs of a clean build, and those graphs as
    extraction wrote them before the corpus-wide linking pass (kg.link) that
    ends every build rewrote some of them.
    """
    d = tmp_path_factory.mktemp("gnad")
    src = _gnad_jsonl(d / "gnad.jsonl", 40)
    unlinked = _unlinked_build(src, d / "clean")
    st = open_store(d / "clean")
    link_store(st)
    del st
    return src, _graphs(d / "clean"), unlinked


def _unlinked_build(src: Path, store: Path) -> dict[str, list[str]]:
    """Build without the linking pass; the article graphs as extraction gave them."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.link.link_store", lambda st: None)
        summary = build([src], store=store)
    assert summary.documents > 0
    return _graphs(store)


@pytest.mark.slow
@pytest.mark.shared
def test_two_workers_on_10kgnad(gnad, tmp_path: Path) -> None:
    src, clean, _ = gnad
    two = build([src], store=tmp_path / "two", workers=2)
    assert two.documents == 40 and two.entities > 200
    assert _graphs(tmp_path / "two") == clean


@pytest.mark.slow
@pytest.mark.shared
def test_dask_local_cluster_builds_the_same_store(gnad, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src, clean, _ = gnad
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=50,
    ) as cluster:
        # the address, as `kg build --dask tcp://...` passes it
        on_dask = build([src], store=tmp_path / "dask", dask=cluster.scheduler_address)
    assert on_dask.documents == 40
    assert _graphs(tmp_path / "dask") == clean


def _wal_bytes(store: Path, old: set[str]) -> int:
    """Bytes in RocksDB write-ahead logs not in ``old``: > 0 once a build has
    committed its first article."""
    try:
        return sum(
            f.stat().st_size
            for f in store.iterdir()
            if f.suffix == ".log" and f.name not in old
        )
    except FileNotFoundError:  # a log rotated away while we looked
        return 0


def _killed_build(src: Path, store: Path, *, after: float | None, delay: float):
    """Run `kg build` in a subprocess and SIGKILL it ``after`` seconds, or (None)
    ``delay`` seconds after its first article is committed. Returns the exit code
    (-9 if killed)."""
    old = {f.name for f in store.iterdir()} if store.exists() else set()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(src), "--store", str(store), "-q"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    started = time.monotonic()
    try:
        while proc.poll() is None:
            if after is not None and time.monotonic() - started >= after:
                break
            if after is None and store.exists() and _wal_bytes(store, old) > 1000:
                time.sleep(delay)
                break
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:  # pragma: no cover - only if wait timed out
            proc.kill()
            proc.wait()
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.stderr.close()
    assert proc.returncode in (0, -signal.SIGKILL), err
    return proc.returncode


@pytest.mark.slow
@pytest.mark.shared
def test_killed_build_leaves_only_whole_articles(gnad, tmp_path: Path) -> None:
    src, clean, unlinked = gnad
    store = tmp_path / "s"
    # A fresh build killed during start-up, then after its first commits; each
    # run resumes where the last one stopped. After every kill the store opens
    # and every article in it is whole: as extraction wrote it, or as the linking
    # pass at the end of a build rewrote it.
    kills = 0
    for after, delay in ((1.0, 0.0), (None, 0.0)):
        kills += _killed_build(src, store, after=after, delay=delay) != 0
        graphs = _graphs(store) if store.exists() else {}
        for g, lines in graphs.items():
            assert lines in (unlinked[g], clean[g]), f"{g} is not whole after a kill"
    assert kills == 2  # the kills landed before the build was done
    assert _killed_build(src, store, after=600, delay=0) == 0
    assert _graphs(store) == clean

    # Every article changes (article i gets the text of article i + 1); a killed
    # rebuild leaves each article either its old or its new self.
    changed = _gnad_jsonl(tmp_path / "changed.jsonl", 40, rotate=1)
    new_unlinked = _unlinked_build(changed, tmp_path / "changed-clean")
    # Kill again and again, a little later each time, until one kill lands in the
    # middle of the replacements (how soon depends on the machine's load); each
    # run resumes the last, and after every kill each article is whole.
    midway = False
    for delay in (0.0, 0.2, 0.5, 1.0, 2.0):
        _killed_build(changed, store, after=None, delay=delay)
        graphs = _graphs(store)
        assert set(graphs) == set(clean)  # no article goes missing on the way
        for g, lines in graphs.items():
            assert lines in (clean[g], new_unlinked[g]), f"{g} half replaced by a kill"
        replaced = sum(graphs[g] == new_unlinked[g] for g in graphs)
        if 0 < replaced < len(graphs):
            midway = True
            break
    assert midway, "no kill landed between the first and the last replacement"
    assert _killed_build(changed, store, after=600, delay=0) == 0
    st = open_store(tmp_path / "changed-clean")
    link_store(st)
    del st
    assert _graphs(store) == _graphs(tmp_path / "changed-clean")
