"""Every entry point, fed bad input through the real CLI (``kg.cli.main``): one
line ``kg: where: expected X, got Y`` on stderr, exit 2 for usage and input
errors, 1 for other failures, never a traceback; outputs are all or nothing;
untrusted text stays data; ``kg serve`` is local, read-only, time-bounded and
never fetches from other hosts.

The table in docs/SAFETY.md ("Bad input and safety") is these cases.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.cli import main
from kg.errors import KGError
from kg.query import find_remote_call
from kg.query.serve import sparql_texts
from kg.store import oxigraph_server_command, replace_article_graphs

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "fixture.trig"
ARTICLE = (
    "Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen "
    "Präsidenten Emmanuel Macron. Die beiden sprachen über die Lage in Genf.\n"
)


def run(capsys, *argv: str) -> tuple[int, str]:
    """``kg ARGV`` in this process: exit status and stderr (stdout in ``run.out``)."""
    try:
        status = main([str(a) for a in argv])
    except SystemExit as e:  # argparse
        status = e.code if isinstance(e.code, int) else 1
    captured = capsys.readouterr()
    run.out = captured.out  # type: ignore[attr-defined]
    return status, captured.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A 10 MB article and a 1 MB line without spaces, written once."""
    d = tmp_path_factory.mktemp("big")
    (d / "huge.txt").write_text(ARTICLE * (10_000_000 // len(ARTICLE) + 1))
    (d / "long-line.txt").write_text(ARTICLE + "x" * 1_000_000 + "\n")
    return d


@pytest.fixture
def files(tmp_path, monkeypatch, big):
    """A directory of bad (and a few good) inputs; the working directory."""
    monkeypatch.chdir(tmp_path)
    w = tmp_path
    (w / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (w / "empty-dir").mkdir()
    (w / "notes-only").mkdir()
    (w / "notes-only" / "notes.md").write_text("x")
    (w / "empty.txt").write_bytes(b"")
    (w / "blank.txt").write_text(" \n\t\n ")
    (w / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (w / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (w / "utf16-le-bom.txt").write_bytes(
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")
    )
    (w / "utf16-be-bom.txt").write_bytes(
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")
    )
    (w / "utf16-no-bom.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (w / "latin1.txt").write_bytes(ARTICLE.encode("latin-1"))
    (w / "cp1252.txt").write_bytes(("„Grüße“ – " + ARTICLE).encode("cp1252"))
    (w / "french-latin1.txt").write_bytes(
        "Le président a rencontré le chancelier à Genève. Très élégant.".encode(
            "latin-1"
        )
    )
    (w / "page.txt").write_text(
        f"<!DOCTYPE html><html><body><p>{ARTICLE}</p></body></html>"
    )
    for name in ("huge.txt", "long-line.txt"):
        (w / name).symlink_to(big / name)
    (w / "broken.jsonl").write_text(
        json.dumps({"id": "a", "text": ARTICLE}) + '\n{"id": "b", "text": \n'
    )
    (w / "broken.csv").write_text(f"Inland;'{ARTICLE.strip()}'\nInland;'kaputt\n")
    (w / "broken.ttl").write_text('<http://a> <http://b> "unterminated .\n')
    (w / "broken.rq").write_text("SELECT * WHERE { ?s ?p }\n")
    (w / "a-file").write_text("x")
    (w / "damaged-store").mkdir()
    (w / "damaged-store" / "CURRENT").write_text("garbage\n")
    return w


@pytest.fixture
def store(files):
    """A store holding the test fixture, in ``files/store``."""
    st = ox.Store(str(files / "store"))
    replace_article_graphs(st, FIXTURE)
    st.flush()
    del st
    return files / "store"


BUILD = ["build", "--no-store", "-q", "--model", "blank", "-o", "out.ttl"]

# (argv, exit status, what the one line says)
BAD_BUILD = [
    (["nope.txt"], 2, "nope.txt: expected a file or directory, got no such file"),
    (["empty-dir"], 2, "empty-dir: expected a directory with .txt articles, got no "),
    (["notes-only"], 2, "expected a directory with .txt articles, got only .md files"),
    (["empty.txt"], 2, "empty.txt: expected article text, got an empty file"),
    (["blank.txt"], 2, "blank.txt: expected article text, got only whitespace"),
    (["binary.txt"], 2, "binary.txt: expected UTF-8 text, got binary data"),
    (["image.txt"], 2, "image.txt: expected UTF-8 text, got binary data"),
    (["utf16-no-bom.txt"], 2, "UTF-16 LE without a byte-order mark?"),
    (["french-latin1.txt"], 2, "not recognisably German Windows-1252/Latin-1"),
    (["page.txt"], 2, "page.txt: expected plain text, got HTML"),
    (["huge.txt"], 2, "huge.txt: expected an article of at most 1,000,000 characters"),
    (["long-line.txt"], 2, "long-line.txt: expected an article of at most"),
    (["broken.jsonl"], 2, "broken.jsonl:2: expected a JSON object, got invalid JSON"),
    (["broken.csv"], 2, "broken.csv:2: expected a CSV row Category;'text'"),
    (["good.txt", "--date", "2022-13-01"], 2, "--date: expected YYYY-MM-DD"),
    (["good.txt", "--date", "morgen"], 2, "--date: expected YYYY-MM-DD"),
]


@pytest.mark.parametrize(("args", "status", "message"), BAD_BUILD)
def test_build_refuses_bad_input_in_one_line(files, capsys, args, status, message):
    got, err = run(capsys, *BUILD, *args)
    assert got == status
    line = one_line(err)
    assert line.startswith("kg: ") and message in line
    assert not (files / "out.ttl").exists()


def test_a_run_without_whitespace_inside_an_article(files, capsys):
    # a pasted blob: 900,000 characters without a space in an otherwise fine text
    (files / "blob.txt").write_text(ARTICLE + "y" * 900_000 + "\n")
    got, err = run(capsys, *BUILD, "blob.txt")
    assert got == 2
    assert "expected article text, got 900,000 characters without whitespace" in (
        one_line(err)
    )


BAD_OUTPUT = [
    ("out.xyz", "out.xyz: expected a file ending in .ttl .nt .nq .trig .jsonld"),
    ("out", "out: expected a file ending in .ttl .nt .nq .trig .jsonld, got no ext"),
    ("no-dir/out.ttl", "no-dir/out.ttl: expected an existing directory no-dir/"),
    ("a-file/out.ttl", "a-file/out.ttl: expected a-file to be a directory, got a file"),
]


@pytest.mark.parametrize(("output", "message"), BAD_OUTPUT)
def test_bad_output_paths(files, store, capsys, output, message):
    for argv in (
        ["build", "--no-store", "-q", "--model", "blank", "good.txt", "-o", output],
        ["export", "--store", store, "-o", output],
    ):
        got, err = run(capsys, *argv)
        assert got == 2, argv
        assert message in one_line(err)


def test_a_killed_no_store_build_leaves_no_scratch_store_behind(files, capsys):
    # a build killed with SIGKILL cannot clean up; the next one removes what a
    # dead process left, and never what a live build is using
    dead = files / ".kg-build-dead"
    live = files / ".kg-build-live"
    for d, pid in ((dead, _dead_pid()), (live, os.getpid())):
        d.mkdir()
        (d / "owner.pid").write_text(str(pid))
    got, err = run(capsys, *BUILD, "good.txt")
    assert got == 0, err
    assert not dead.exists() and live.exists()
    assert sorted(p.name for p in files.glob(".kg-build-*")) == [".kg-build-live"]


def _dead_pid() -> int:
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_an_unwritable_directory_is_found_by_trying(files, store, capsys):
    # /proc passes os.access(W_OK) for root but takes no files: only a real
    # attempt tells
    for argv in (
        [*BUILD[:-1], "/proc/out.ttl", "good.txt"],
        ["export", "--store", store, "-o", "/proc/out.ttl"],
        ["viz", "--store", store, "-o", "/proc/out.html"],
        ["query", "--store", store, "who_met_whom", "-o", "/proc/out.csv"],
    ):
        got, err = run(capsys, *argv)
        assert got == 2, argv
        assert "/proc/out." in err and "expected a writable directory /proc/" in (
            one_line(err)
        )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only dirs")
def test_a_read_only_directory(files, capsys):
    ro = files / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        got, err = run(capsys, *BUILD[:-1], ro / "out.ttl", "good.txt")
    finally:
        ro.chmod(0o755)
    assert got == 2
    assert "expected a writable directory" in one_line(err)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("utf16-le-bom.txt", "französischen Präsidenten"),
        ("utf16-be-bom.txt", "französischen Präsidenten"),
        ("latin1.txt", "französischen Präsidenten"),
        ("cp1252.txt", "„Grüße“"),
    ],
)
def test_other_encodings_are_decoded(files, capsys, name, text):
    got, err = run(capsys, *BUILD, name)
    assert got == 0, err
    g = Graph().parse(files / "out.ttl")
    assert any(text in str(o) for o in g.objects()), "the text was not decoded"


def test_a_failed_build_leaves_the_previous_output(files, capsys):
    (files / "out.ttl").write_text("previous\n")
    got, _ = run(capsys, *BUILD, "good.txt", "empty.txt")
    assert got == 2
    assert (files / "out.ttl").read_text() == "previous\n"
    assert sorted(p.name for p in files.glob(".*")) == []  # no temp files left


def test_a_failed_write_leaves_the_previous_file(files, store, capsys, monkeypatch):
    # a full disk, met while the data is being flushed to the temporary file
    (files / "out.nq").write_text("previous\n")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    got, err = run(capsys, "export", "--store", store, "-o", "out.nq")
    assert got == 1
    assert "out.nq: expected the output written, got no space left on device" in (
        one_line(err)
    )
    assert (files / "out.nq").read_text() == "previous\n"
    assert sorted(p.name for p in files.glob(".out.nq*")) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_device_or_pipe_is_written_in_place(store, files, capsys):
    # a rename over /dev/null would put a regular file there (as root it did);
    # a named pipe stands in for it here
    fifo = files / "pipe.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    got, err = run(
        capsys,
        "query",
        "--store",
        store,
        "-f",
        "csv",
        "-e",
        "SELECT (1 AS ?x) {}",
        "-o",
        fifo,
    )
    reader.join(timeout=30)
    assert got == 0, err
    assert received == [b"x\r\n1\r\n"]
    assert fifo.is_fifo()


def test_a_symbolic_link_keeps_pointing_at_the_new_file(store, files, capsys):
    (files / "real.csv").write_text("previous\n")
    (files / "link.csv").symlink_to("real.csv")
    got, err = run(capsys, "query", "--store", store, "-e", "ASK {}", "-o", "link.csv")
    assert got == 0, err
    assert (files / "link.csv").is_symlink()
    assert (files / "real.csv").read_text() == "yes\n"


def test_skip_errors_lists_the_skipped_articles(files, capsys):
    mixed = files / "mixed"
    mixed.mkdir()
    (mixed / "a.txt").write_text(ARTICLE)
    (mixed / "b.txt").write_bytes(b"")
    (mixed / "c.txt").write_bytes(bytes(range(256)))
    got, err = run(
        capsys,
        "build",
        "--no-store",
        "--model",
        "blank",
        "--skip-errors",
        "mixed",
        "-o",
        "out.nq",
    )
    assert got == 0, err
    assert "Traceback" not in err
    skipped = [line for line in err.splitlines() if "skipped " in line]
    assert any(
        "mixed/b.txt: expected article text, got an empty file" in s for s in skipped
    )
    assert any(
        "mixed/c.txt: expected UTF-8 text, got binary data" in s for s in skipped
    )
    ds = Dataset()
    ds.parse(files / "out.nq", format="nquads")
    articles = [g for g in ds.graphs() if len(g) and "/article/" in g.identifier]
    assert len(articles) == 1  # only mixed/a.txt


QUERY_CASES = [
    (
        ["-e", "SELECT * WHERE { ?s ?p }"],
        2,
        "-e: expected a SPARQL 1.1 query, got error at 1:",
    ),
    (["broken.rq"], 2, "broken.rq: expected a SPARQL 1.1 query, got error at 2:1"),
    (["nope.rq"], 2, "nope.rq: expected a SPARQL query file, got none"),
    (["binary.txt"], 2, "binary.txt: expected a readable UTF-8 SPARQL file"),
    (
        ["who_met"],
        2,
        "who_met: expected the name of a named query, got an unknown one (did",
    ),
    (["meetings_in_place"], 2, "meetings_in_place: expected --param place=…"),
    (
        ["meetings_in_place", "-p", "place"],
        2,
        "--param: expected NAME=VALUE, got 'place'",
    ),
    (
        ["meetings_in_place", "-p", "place=Atlantis"],
        2,
        "--param place=Atlantis: expected the name of an entity in the graph",
    ),
    (["who_met_whom", "-p", "x=1"], 2, "who_met_whom: expected parameters"),
    (
        ["-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"],
        2,
        "-e: expected a query over the local graph, got SERVICE at line 1",
    ),
    (["who_met_whom", "-f", "ttl"], 2, "--format ttl: expected table, csv, tsv, json"),
]


@pytest.mark.parametrize(("args", "status", "message"), QUERY_CASES)
def test_query_errors(store, capsys, args, status, message):
    got, err = run(capsys, "query", "--store", store, *args)
    assert got == status
    assert message in one_line(err)


STORE_CASES = [
    ("no-store", "no-store: expected an Oxigraph store, got nothing there"),
    ("a-file", "a-file: expected a store directory, got a file"),
    (
        "damaged-store",
        "damaged-store: expected an intact Oxigraph store, got a damaged",
    ),
]


@pytest.mark.parametrize(("where", "message"), STORE_CASES)
def test_missing_and_damaged_stores(files, capsys, where, message):
    for argv in (
        ["query", "--store", where, "who_met_whom"],
        ["export", "--store", where, "-o", "x.nq"],
        ["viz", "--store", where, "-o", "x.html"],
    ):
        got, err = run(capsys, *argv)
        assert got == 1, argv
        assert message in one_line(err)
    if where != "no-store":
        got, err = run(
            capsys, "build", "-q", "--model", "blank", "good.txt", "--store", where
        )
        assert got == 1
        assert message in one_line(err)


def test_a_store_locked_by_another_process(files, store, capsys):
    # another process writes the store (a running kg build): writers wait or stop
    commands = [["build", "-q", "--model", "blank", "good.txt", "--store", store]]
    if _server_available():
        port = _free_port()
        commands.append(["serve", "--store", store, "--allow-update", "--port", port])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('open', flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        for argv in commands:
            got, err = run(capsys, *argv)
            assert got == 1, argv
            assert (
                f"{store}: expected a store no other process is writing, got one locked"
                in one_line(err)
            )
    finally:
        holder.communicate("", timeout=30)


GRAPH_CASES = [
    ("nope.ttl", "nope.ttl: expected an RDF file, got"),
    ("broken.ttl", "broken.ttl: expected valid Turtle"),
    ("good.txt", "good.txt: expected "),
]


@pytest.mark.parametrize(("graph", "message"), GRAPH_CASES)
def test_bad_graph_files(files, capsys, graph, message):
    for argv in (
        ["query", "--graph", graph, "who_met_whom"],
        ["viz", "--graph", graph, "-o", "x.html"],
    ):
        got, err = run(capsys, *argv)
        assert got == 2, argv
        assert message in one_line(err)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.ttl"], "nope.ttl: expected a readable Turtle file"),
        (["broken.ttl"], "broken.ttl: expected Turtle, got"),
        (
            ["good.txt"],
            "good.txt: expected an RDF file (.ttl, .nt, .nq, .trig, .jsonld)",
        ),
    ],
)
def test_validate_errors(files, capsys, args, message):
    got, err = run(capsys, "validate", *args)
    assert got == 2
    assert message in one_line(err)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.xyz"], "x.xyz: expected an output ending in .html .png .svg"),
        (["-o", "x.html", "--since", "gestern"], "--since: expected a date YYYY"),
        (["-o", "x.html", "--types", "aliens"], "--types: expected some of person"),
    ],
)
def test_viz_errors(store, capsys, args, message):
    got, err = run(capsys, "viz", "--store", store, *args)
    assert got == 2
    assert message in one_line(err)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.txt"], "nope.txt: expected a readable text file, got no such file"),
        (["empty-dir"], "empty-dir: expected a text file, got a directory"),
        (["binary.txt"], "binary.txt: expected UTF-8 text, got binary data"),
        (["page.txt"], "page.txt: expected plain text, got HTML"),
        (["huge.txt"], "huge.txt: expected an article of at most 1,000,000 characters"),
        (["--jsonl", "broken.jsonl"], "broken.jsonl:2: expected a JSON object"),
    ],
)
def test_ner_errors(files, capsys, args, message):
    got, err = run(capsys, "ner", "--model", "blank", *args)
    assert got == 2
    assert message in one_line(err)


def test_eval_ner_on_a_binary_file(files, capsys):
    got, err = run(capsys, "eval-ner", "--model", "blank", "binary.txt")
    assert got == 2
    assert "binary.txt: expected a UTF-8 GermEval TSV file, got byte 0x80" in (
        one_line(err)
    )


def test_ner_reads_files_as_build_does(files, capsys):
    # a Latin-1 file used to fail in kg ner while kg build read it
    got, err = run(capsys, "ner", "--model", "blank", "latin1.txt")
    assert got == 0, err
    assert "\tBerlin" in run.out


def test_ner_jsonl_with_an_overlong_or_surrogate_text(files, capsys):
    (files / "long.jsonl").write_text(
        json.dumps({"id": "a", "text": "x " * 500_001}) + "\n"
    )
    got, err = run(capsys, "ner", "--jsonl", "--model", "blank", "long.jsonl")
    assert got == 2
    assert 'long.jsonl:1: expected a "text" of at most 1,000,000 characters' in (
        one_line(err)
    )
    (files / "sur.jsonl").write_text('{"id": "a", "text": "\\ud800 Berlin"}\n')
    got, err = run(capsys, "ner", "--jsonl", "--model", "blank", "sur.jsonl")
    assert got == 2
    assert 'sur.jsonl:1: expected "text" as Unicode text, got a lone surrogate' in (
        one_line(err)
    )


def test_a_real_bug_keeps_its_traceback_through_the_console_script(files):
    # the KGError frame turns only kg's own errors into one line
    r = subprocess.run(
        [sys.executable, "-m", "kg", "build", "--no-store", "-o", "x.ttl", "empty.txt"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2
    assert r.stderr.strip() == "kg: empty.txt: expected article text, got an empty file"


# --- untrusted text -----------------------------------------------------------------

HOSTILE_NAMES = [
    '"""',
    "<script>alert(1)</script>",
    "</script><img src=x onerror=alert(1)>",
    "a\nb\r\nc",
    "\x07\x1b[31m",
    "\"'<>&",
    "\u2028\ufeff",
    "W" * 3000,
]


def _hostile_dataset() -> Dataset:
    """Four articles whose people, organisation, title and source are hostile
    strings (what a model could tag in a hostile article)."""
    from kg.extract import doc_to_records
    from kg.ingest import Document
    from kg.nlp import load_nlp
    from kg.rdf.graph import records_to_dataset

    nlp = load_nlp("blank")
    records = []
    pairs = zip(HOSTILE_NAMES[0::2], HOSTILE_NAMES[1::2], strict=True)
    for n, (a, b) in enumerate(pairs):
        text = f"Bundeskanzler Xa {a} traf in Berlin den Präsidenten Yb {b}."
        doc = nlp(text)
        spans = []
        for name in (f"Xa {a}", f"Yb {b}"):
            start = text.index(name)
            span = doc.char_span(
                start, start + len(name), label="PER", alignment_mode="expand"
            )
            spans.append(span)
        doc.ents = [
            *[
                e
                for e in doc.ents
                if not any(e.start < s.end and s.start < e.end for s in spans)
            ],
            *spans,
        ]
        d = Document(id=f"a{n} {a}", text=text, title=f"Titel {a} {b}", source=b)
        records.append(
            doc_to_records(
                doc,
                article_id=d.id,
                content_hash=d.content_hash,
                title=d.title,
                source=d.source,
            )
        )
    assert sum(len(r.entities) for r in records) >= 4
    return records_to_dataset(records)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.nq"
    path.write_bytes(_hostile_dataset().serialize(format="nquads", encoding="utf-8"))
    return path


def test_hostile_names_round_trip_in_every_format(hostile, tmp_path, capsys):
    st = tmp_path / "store"
    s = ox.Store(str(st))
    replace_article_graphs(s, hostile)
    s.flush()
    del s
    quads = list(ox.parse(path=str(hostile), format=ox.RdfFormat.N_QUADS))
    # the article graphs' quads and, in a dataset file, the corpus graph's triples
    n = len(quads) + len({q.triple for q in quads})
    for ext in (".ttl", ".nt", ".nq", ".trig", ".jsonld"):
        out = tmp_path / f"x{ext}"
        got, err = run(capsys, "export", "-q", "--store", st, "-o", out)
        assert got == 0, err
        fmt = {
            ".ttl": "turtle",
            ".nt": "nt",
            ".nq": "nquads",
            ".trig": "trig",
            ".jsonld": "json-ld",
        }[ext]
        back = Dataset()
        back.parse(out, format=fmt)
        assert len(list(back.quads())) == n or ext in (".ttl", ".nt")
        got, err = run(capsys, "validate", out)
        assert got == 0, run.out


def test_hostile_names_cannot_drive_the_terminal(hostile, capsys):
    # ESC and BEL from an article would recolour or retitle the user's terminal
    got, err = run(
        capsys,
        "query",
        "--graph",
        hostile,
        "-e",
        "SELECT ?headline WHERE { ?a schema:headline ?headline }",
    )
    assert got == 0, err
    assert "\\x1b[31m" in run.out
    controls = [c for c in run.out if unicodedata.category(c) == "Cc" and c != "\n"]
    assert controls == []


def test_a_file_name_with_a_newline_still_gives_one_line(files, capsys):
    (files / "two\nlines.txt").write_bytes(b"")
    got, err = run(capsys, *BUILD, "two\nlines.txt")
    assert got == 2
    assert one_line(err) == (
        "kg: two\\nlines.txt: expected article text, got an empty file"
    )


def test_hostile_names_stay_text_in_html(hostile, tmp_path, capsys):
    for args in ([], ["--timeline"]):
        out = tmp_path / "x.html"
        got, err = run(
            capsys, "viz", "--graph", hostile, "-o", out, "--types", "all", "-q", *args
        )
        assert got == 0, err
        html = out.read_text(encoding="utf-8")
        assert "alert(1)" in html or args  # the names are there ...
        assert "<script>alert" not in html  # ... but never as markup
        assert "</script><img" not in html
        assert "<img" not in html


@pytest.mark.parametrize(
    "ext",
    [
        ".svg",
        ".graphml",
        ".gexf",
    ],
)
def test_hostile_names_stay_text_in_svg_and_graphml(hostile, tmp_path, capsys, ext):
    out = tmp_path / f"x{ext}"
    got, err = run(capsys, "viz", "--graph", hostile, "-o", out, "--types", "all", "-q")
    assert got == 0, err
    root = ET.parse(out).getroot()  # well-formed XML
    assert not [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("script", "img")]


# --- kg serve -----------------------------------------------------------------------


EVASIONS = [
    "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o .SERVICE <http://x/> {} }",
    "SELECT * { ?s ?p ?o #c\n SeRvIcE\t<http://x/> {} }",
    "SELECT * { BIND(<http://x/> AS ?u) SERVICE ?u { } }",
    "SELECT * { ?a ?b ?c FILTER(?a<?b) SERVICE<http://x/>{} }",
    "SELECT * { \\u0053ERVICE <http://x/> {} }",
    'SELECT * { ?s ?p "unterminated SERVICE <http://x/> {} }',
    "PREFIX s: <http://x/> SELECT * { SERVICE s:x { } }",
    # an escaped quote in an IRI must not open a string that hides the call
    'SELECT * { ?s <http://x/\\u0022> ?o . SERVICE <http://x/> {} ?s ?p "x" }',
]
HARMLESS = [
    'SELECT * { ?s ?p "Secret SERVICE" }',
    "SELECT * { ?s <http://x/service> ?o }",
    "SELECT ?service { ?service ?p ?o }",
    "PREFIX service: <http://x/> SELECT * { ?s service:x ?o }",
    'SELECT * { ?s ?p "x"@service }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://x/>",
    "SELECT * { ?s ?p '''a SERVICE \\''' b''' }",
]


@pytest.mark.parametrize("text", EVASIONS)
def test_every_spelling_of_service_is_found(text):
    assert find_remote_call(text) is not None


@pytest.mark.parametrize("text", HARMLESS)
def test_service_as_data_is_not_a_call(text):
    assert find_remote_call(text) is None


def test_load_is_a_remote_call_in_updates_only():
    assert find_remote_call("LOAD <http://x/> INTO GRAPH <g>", update=True)
    assert find_remote_call("SELECT ?load { ?load ?p ?o }", update=True) is None


def test_sparql_texts_finds_the_query_wherever_the_protocol_puts_it():
    q = "SELECT * { SERVICE <http://x/> {} }"
    enc = urllib.parse.quote(q)
    assert [t for t, _ in sparql_texts("GET", f"/query?query={enc}", "", b"")] == [q]
    form = f"query={enc}&default-graph-uri=http://x/load".encode()
    assert [
        t
        for t, _ in sparql_texts(
            "POST", "/query", "application/x-www-form-urlencoded; charset=UTF-8", form
        )
    ] == [q]
    assert list(sparql_texts("POST", "/query", "application/sparql-query", q.encode()))
    # an unknown content type is checked too, as an update
    assert list(sparql_texts("POST", "/update", "text/plain", b"LOAD <x>")) == [
        ("LOAD <x>", True)
    ]
    # RDF sent to the Graph Store endpoint is data
    assert (
        list(sparql_texts("PUT", "/store?default", "text/turtle", b"<a> <b> <c> ."))
        == []
    )


def _server_available() -> bool:
    try:
        oxigraph_server_command("x")
    except KGError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def kg_serve(store: Path, *args: str):
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "--store",
            str(store),
            "--port",
            str(port),
            "-q",
            *args,
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        end = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                urllib.request.urlopen(
                    base + "/query?query=ASK%7B%7D", timeout=2
                ).read()
                break
            except OSError:
                assert time.monotonic() < end, "kg serve did not start"
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _request(
    url: str,
    data: bytes | None = None,
    content_type: str | None = None,
    timeout: float = 30,
):
    req = urllib.request.Request(
        url, data=data, method="POST" if data is not None else "GET"
    )
    if content_type:
        req.add_header("Content-Type", content_type)
    req.add_header("Accept", "application/sparql-results+json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


class Listener:
    """A TCP port that counts who connects to it: the host a SERVICE call names."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.stop = True
        self.thread.join()
        self.sock.close()


needs_server = pytest.mark.skipif(
    not _server_available(), reason="the oxigraph server (kg[serve]) is not installed"
)


@pytest.mark.slow
@needs_server
def test_serve_never_calls_other_hosts(store):
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    try:
        with kg_serve(store) as base:
            q = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
            tries = [
                (base + "/query?" + urllib.parse.urlencode({"query": q}), None, None),
                (
                    base + "/query",
                    urllib.parse.urlencode({"query": q}).encode(),
                    "application/x-www-form-urlencoded",
                ),
                (base + "/query", q.encode(), "application/sparql-query"),
                (
                    base + "/query",
                    q.lower().encode(),
                    "application/sparql-query; charset=utf-8",
                ),
                (base + "/", q.encode(), "text/plain"),
            ]
            for url, data, ctype in tries:
                status, body = _request(url, data, ctype)
                assert status == 403, (url, ctype, body)
                assert "expected a query over the local graph, got SERVICE" in body
            # the endpoint still answers ordinary questions, over the corpus graph
            status, body = _request(
                base
                + "/query?"
                + urllib.parse.urlencode(
                    {"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}
                )
            )
            assert status == 200
            assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "759"
    finally:
        listener.close()
    assert listener.connections == 0


@pytest.mark.slow
@needs_server
def test_serve_refuses_writes_unless_allowed_and_load_always(store, files):
    with kg_serve(store) as base:
        status, body = _request(
            base + "/update", b"CLEAR ALL", "application/sparql-update"
        )
        assert status == 403 and "expected a read-only request, got a write" in body
        status, _ = _request(
            base + "/store?default",
            b"<http://a> <http://b> <http://c> .",
            "text/turtle",
        )
        assert status == 403
    listener = Listener()
    try:
        with kg_serve(store, "--allow-update") as base:
            load = f"LOAD <http://127.0.0.1:{listener.port}/x.ttl>"
            status, body = _request(
                base + "/update", load.encode(), "application/sparql-update"
            )
            assert status == 403 and "got LOAD at line 1" in body
            status, _ = _request(
                base + "/update",
                b"INSERT DATA { GRAPH <http://g> { <http://a> <http://b> <http://c> }}",
                "application/sparql-update",
            )
            assert status in (200, 204)
    finally:
        listener.close()
    assert listener.connections == 0


@pytest.mark.slow
@needs_server
def test_serve_stops_a_runaway_query(store):
    # a five-way cross product of 826 triples: 4 * 10^14 rows
    runaway = (
        "SELECT (COUNT(*) AS ?n) "
        "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    )
    with kg_serve(store, "--timeout", "1") as base:
        started = time.monotonic()
        status, body = _request(
            base + "/query?" + urllib.parse.urlencode({"query": runaway})
        )
        assert status == 503, body
        assert "expected a query that ends within 1 s" in body
        assert time.monotonic() - started < 15
        # the server was restarted: the next question is answered
        status, body = _request(
            base + "/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        )
        assert status == 200 and json.loads(body)["boolean"] is True


@needs_server
def test_serve_on_a_port_in_use(store, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        got, err = run(capsys, "serve", "--store", store, "--port", port)
    assert got == 2
    assert one_line(err) == (
        f"kg: --host 127.0.0.1 --port {port}: expected an address to listen on, "
        "got Address already in use"
    )


def test_serve_binds_loopback_by_default():
    from kg.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and not args.allow_update and args.timeout == 30


def test_quiet_build_still_lists_skipped_articles(tmp_path, capsys):
    from kg.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Olaf Scholz sprach in Berlin.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    out = tmp_path / "out.ttl"
    args = [
        "build",
        str(tmp_path / "in"),
        "-o",
        str(out),
        "--no-store",
        "-q",
        "--skip-errors",
        "--model",
        "blank",
    ]
    assert main(args) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "empty.txt" in err[0] and "skipped" in err[0]
    assert out.exists()
