"""`kg serve` and `kg push` against a real Oxigraph server on a free loopback port."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError, StoreError
from kg.store import (
    open_store,
    oxigraph_server_command,
    push_store,
    replace_article_graphs,
)

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _server_available() -> bool:
    try:
        oxigraph_server_command("x")
    except StoreError:
        return False
    return True


needs_server = pytest.mark.skipif(
    not _server_available(), reason="the oxigraph server (kg[serve]) is not installed"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited: {proc.stderr.read() if proc.stderr else ''}"
            )
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=1).read()
            return
        time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not start")


@contextlib.contextmanager
def server(cmd: list[str], base: str) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_until_up(
            base + "/query?" + urllib.parse.urlencode({"query": "ASK {}"}), proc
        )
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def remote(base: str, query: str, *, union: bool = False) -> dict:
    params = {"query": query}
    if union:
        params["union-default-graph"] = ""
    req = urllib.request.Request(
        base + "/query?" + urllib.parse.urlencode(params),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())


def remote_count(base: str, query: str = COUNT) -> int:
    return int(remote(base, query)["results"]["bindings"][0]["n"]["value"])


def remote_counts(base: str) -> tuple[int, int]:
    """Quads in the remote's named graphs, triples in its default graph."""
    return remote_count(base), remote_count(base, COUNT_DEFAULT)


def counts(store: ox.Store) -> tuple[int, int]:
    named = sum(1 for q in store if isinstance(q.graph_name, ox.NamedNode))
    return named, len(store) - named


@pytest.fixture
def local(tmp_path):
    store = open_store(tmp_path / "local")
    replace_article_graphs(store, FIXTURE)
    return store


@pytest.mark.slow
@needs_server
@pytest.mark.parametrize("mode", ["update", "graph-store"])
def test_push_twice_gives_no_duplicates(tmp_path, local, mode):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = oxigraph_server_command(tmp_path / "remote", port=port, allow_update=True)
    with server(cmd, base):
        if mode == "graph-store":
            endpoint, kwargs = None, {"graph_store": base + "/store"}
        else:
            endpoint, kwargs = base + "/update", {}
        first = push_store(local, endpoint, batch=2, **kwargs)
        assert first.graphs == 3 and remote_counts(base) == counts(local) == (826, 759)
        # a changed article replaces its remote graph; nothing is left over or
        # doubled, and the remote default graph stays the corpus graph
        seed = ox.NamedNode("https://w3id.org/kg-news/id/article/000_c0e44895cd21100c")
        kept = [
            q
            for q in local.quads_for_pattern(None, None, None, seed)
            if "/meeting/" not in q.subject.value
        ]
        replace_article_graphs(local, kept)
        push_store(local, endpoint, batch=2, **kwargs)
        assert remote_counts(base) == counts(local) and counts(local)[0] < 826
        assert counts(local)[1] < 759
        push_store(local, endpoint, **kwargs)
        assert remote_counts(base) == counts(local)


@pytest.mark.slow
@needs_server
def test_cli_push(tmp_path, local):
    del local  # release the write lock: kg push opens the store read-only
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with server(
        oxigraph_server_command(tmp_path / "remote", port=port, allow_update=True), base
    ):
        for _ in range(2):
            r = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "kg",
                    "push",
                    "--store",
                    str(tmp_path / "local"),
                    "--endpoint",
                    base + "/update",
                ],
                capture_output=True,
                text=True,
            )
            assert r.returncode == 0, r.stderr
        assert "3 article graphs, 826 triples in 1 requests (SPARQL Update)" in r.stderr
        assert remote_count(base) == 826


@pytest.mark.slow
@needs_server
def test_kg_serve_is_read_only_and_answers_named_questions(tmp_path, local):
    del local
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable,
        "-m",
        "kg",
        "serve",
        "--store",
        str(tmp_path / "local"),
        "--port",
        str(port),
    ]
    with server(cmd, base) as proc:
        # kg serve runs the Oxigraph server read-only behind its guard (kg.query.serve)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        child = None
        if children.exists():
            (child,) = children.read_text().split()
            assert b"serve-read-only" in Path(f"/proc/{child}/cmdline").read_bytes()
        # the union of the article graphs is the default graph, as in kg query
        from kg.query import get_named_query

        text = get_named_query("meeting_places").text
        rows = remote(base, text)["results"]["bindings"]
        assert [b["name"]["value"] for b in rows] == [
            "Genf",
            "Berlin",
            "Brüssel",
            "Wien",
        ]
        # writes are refused
        req = urllib.request.Request(
            base + "/update",
            method="POST",
            data=b"CLEAR ALL",
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=10)
        assert remote_count(base) == 826
    # stopping kg serve (SIGTERM) stops the server behind it
    if child is not None:
        assert not Path(f"/proc/{child}").exists()


def test_push_errors(local):
    with pytest.raises(
        InputError, match="expected --endpoint URL or --graph-store URL"
    ):
        push_store(local)
    with pytest.raises(InputError, match="expected an http\\(s\\) URL, got 'ftp://x'"):
        push_store(local, "ftp://x")
    port = free_port()  # nobody listens there
    with pytest.raises(StoreError, match="expected a reachable SPARQL endpoint"):
        push_store(local, f"http://127.0.0.1:{port}/update", timeout=5)


def test_serve_without_a_store(tmp_path, capsys):
    from kg.cli import main

    assert main(["serve", "--store", str(tmp_path / "none")]) == 1
    assert "expected an Oxigraph store, got nothing there" in capsys.readouterr().err


def test_server_command_binds_loopback_read_only():
    if not _server_available():
        pytest.skip("oxigraph server not installed")
    cmd = oxigraph_server_command("dir")
    assert cmd[1:] == [
        "serve-read-only",
        "--location",
        "dir",
        "--bind",
        "127.0.0.1:7878",
    ]
    assert oxigraph_server_command("dir", allow_update=True)[1] == "serve"
