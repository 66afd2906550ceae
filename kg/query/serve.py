"""``kg serve``: the Oxigraph SPARQL server behind a small guard.

    client ──► guard (host:port) ──► oxigraph serve-read-only (127.0.0.1:random)

The Oxigraph server answers federated ``SERVICE <url>`` calls by fetching
``url`` (it even copies the remote answer into its error message) and runs
``LOAD <url>`` in updates; no option turns that off. Exposed as it is, the
endpoint would let anyone who can reach it make requests to any host the
machine can reach. So ``kg serve`` starts the server on a free loopback port and
puts this guard in front: every SPARQL text in a request (URL parameters, form
fields, a ``application/sparql-query`` or ``-update`` body) is checked with
:func:`kg.query.find_remote_call`, and a request that holds one is refused with
``403`` before the server sees it. The rest passes through unchanged, the
answer streamed back.

The guard also refuses writes itself unless ``allow_update`` (the server runs
read-only anyway), compressed or chunked request bodies (it could not check
them) and bodies over :data:`MAX_BODY`, and it bounds the time of a query:
the server's own ``--timeout-s`` does not stop evaluation (a query it has
started goes on burning a core after the client has gone), so past the limit
the guard restarts the server.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kg.errors import InputError, StoreError
from kg.query import find_remote_call

__all__ = ["MAX_BODY", "Backend", "Guard", "serve", "sparql_texts"]

#: Largest request body the guard accepts: a query, or with ``allow_update`` an
#: update or a Graph Store upload.
MAX_BODY = {False: 1 << 20, True: 256 << 20}

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "expect",
}
_WRITE_METHODS = {"POST", "PUT", "DELETE", "PATCH"}
# Protocol parameters that name graphs of the store, never SPARQL text.
_DATASET_PARAMS = {
    "default-graph-uri",
    "named-graph-uri",
    "using-graph-uri",
    "using-named-graph-uri",
    "union-default-graph",
    "graph",
    "default",
}


def sparql_texts(
    method: str, target: str, content_type: str, body: bytes
) -> Iterator[tuple[str, bool]]:
    """Every SPARQL text a request carries, as ``(text, is_update)``.

    Errs on the side of checking too much: every URL parameter and form field,
    and any other body (except RDF sent to the Graph Store endpoint ``/store``),
    counts as SPARQL; updates and unknown ones are checked for ``LOAD`` too.
    """
    url = urllib.parse.urlsplit(target)
    for key, value in urllib.parse.parse_qsl(url.query, keep_blank_values=True):
        if key not in _DATASET_PARAMS:
            yield value, key != "query"
    if not body:
        return
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        text = body.decode("utf-8", "replace")
        for key, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
            if key not in _DATASET_PARAMS:
                yield value, key != "query"
    elif url.path.rstrip("/") != "/store" or method not in ("PUT", "POST"):
        yield body.decode("utf-8", "replace"), kind != "application/sparql-query"


class Backend:
    """The Oxigraph server process behind the guard; :meth:`restart` stops a
    runaway query (the server's own ``--timeout-s`` does not end evaluation,
    and it goes on computing after the client has gone)."""

    def __init__(self, command: Callable[[int], list[str]], where: str = "") -> None:
        self._command = command
        self._where = where or "kg serve"
        self._lock = threading.Lock()
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.generation = 0
        self.restarts = 0
        self._requests: queue.Queue[tuple[int, threading.Event]] = queue.Queue()
        threading.Thread(target=self._restarter, daemon=True).start()

    def start(self) -> None:
        port = _free_port()
        proc = subprocess.Popen(
            self._command(port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        try:
            _wait_for_backend(proc, port, self._where)
        except BaseException:
            _stop(proc)
            raise
        if proc.stderr is not None:  # drain it so that the server never blocks
            threading.Thread(target=proc.stderr.read, daemon=True).start()
        self.proc, self.port = proc, port
        self.generation += 1

    def current(self) -> tuple[int, int]:
        with self._lock:
            return self.port, self.generation

    def restart(self, generation: int) -> None:
        """Kill the server (and every query it runs) and start a fresh one,
        unless that already happened since ``generation``. Waits until done."""
        done = threading.Event()
        self._requests.put((generation, done))
        done.wait()

    def _restarter(self) -> None:
        # One long-lived thread starts the replacement servers: on Linux a child
        # dies with the *thread* that started it (PR_SET_PDEATHSIG), so a
        # short-lived timer thread must not.
        while True:
            generation, done = self._requests.get()
            try:
                with self._lock:
                    if generation == self.generation:
                        if self.proc is not None:
                            self.proc.kill()
                            self.proc.wait()
                        self.restarts += 1
                        self.start()
            except Exception as e:  # noqa: BLE001 - reported, the guard goes on
                sys.stderr.write(f"kg serve: {e}\n")
            finally:
                done.set()

    def stop(self) -> None:
        with self._lock:
            if self.proc is not None:
                _stop(self.proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Guard(BaseHTTPRequestHandler):
    """Checks a request, forwards it to the backend server, streams the answer."""

    # HTTP/1.0 answers end with the connection: the answer streams without a
    # Content-Length and without chunking.
    protocol_version = "HTTP/1.0"
    server_version = "kg-serve"
    # a client that sends nothing for a minute loses its connection (and thread)
    timeout = 60
    backend: Backend
    allow_update = False
    timeout_s: float | None = 30.0
    quiet = False

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._forward()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _refuse(self, code: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        with contextlib.suppress(OSError):  # the client may have gone
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    def _check(self) -> tuple[bytes, bool] | None:
        """The request body and whether it carries SPARQL, or None if refused."""
        method = self.command
        path = urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"
        if not self.allow_update and (
            path == "/update" or (path == "/store" and method in _WRITE_METHODS)
        ):
            self._refuse(
                403,
                "kg serve: expected a read-only request, got a write "
                "(start kg serve --allow-update to accept writes)",
            )
            return None
        if self.headers.get("Transfer-Encoding"):
            self._refuse(
                411,
                "kg serve: expected a request body with a Content-Length, "
                "got a chunked one",
            )
            return None
        encoding = self.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            self._refuse(
                415,
                "kg serve: expected an uncompressed request body, "
                f"got Content-Encoding {encoding}",
            )
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        limit = MAX_BODY[self.allow_update]
        if not 0 <= length <= limit:
            self._refuse(
                413,
                f"kg serve: expected a request body of at most {limit:,} bytes, "
                f"got Content-Length {self.headers.get('Content-Length')}",
            )
            return None
        body = self.rfile.read(length) if length else b""
        content_type = self.headers.get("Content-Type", "")
        sparql = False
        for text, update in sparql_texts(method, self.path, content_type, body):
            sparql = True
            found = find_remote_call(text, update=update)
            if found is not None:
                self._refuse(
                    403,
                    "kg serve: expected a query over the local graph, "
                    f"got {found} (federated SERVICE and LOAD are refused)",
                )
                return None
        return body, sparql

    def _forward(self) -> None:
        checked = self._check()
        if checked is None:
            return
        body, sparql = checked
        port, generation = self.backend.current()
        headers = {
            k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP
        }
        # A SPARQL request gets the time limit: past it, the server is restarted,
        # which is the one way to stop the query.
        done, expired = threading.Event(), threading.Event()

        def expire() -> None:
            if not done.is_set():
                expired.set()
                self.backend.restart(generation)

        timer = None
        if sparql and self.timeout_s:
            timer = threading.Timer(self.timeout_s, expire)
            timer.daemon = True
            timer.start()
        conn = http.client.HTTPConnection("127.0.0.1", port)
        started = False
        try:
            conn.request(self.command, self.path, body=body or None, headers=headers)
            response = conn.getresponse()
            self.send_response(response.status, response.reason)
            started = True
            for k, v in response.getheaders():
                if k.lower() not in _HOP_BY_HOP:
                    self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                while chunk := response.read1(65536):
                    self.wfile.write(chunk)
        except (OSError, http.client.HTTPException) as e:
            if started:
                return  # the answer is cut off; nothing more can be said
            if expired.is_set():
                self._refuse(
                    503,
                    "kg serve: expected a query that ends within "
                    f"{self.timeout_s:g} s, got one still running; it was stopped",
                )
            else:
                self._refuse(
                    502,
                    f"kg serve: expected an answer from the Oxigraph server, got {e}",
                )
        finally:
            done.set()
            if timer is not None:
                timer.cancel()
            conn.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that hangs up mid-answer is no error of ours; others are
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM when kg serve dies, even by SIGKILL."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _wait_for_backend(proc: subprocess.Popen[bytes], port: int, where: str) -> None:
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            # "Error: <what>\n\nStack backtrace: …": keep what
            what = " ".join(err.split("Stack backtrace")[0].split())
            what = (
                what.removeprefix("Error:").strip() or f"exit status {proc.returncode}"
            )
            if "lock" in what.lower():
                raise StoreError(
                    f"{where}: expected a store no other process is writing, got one "
                    "locked by another process (a running `kg build` or `kg serve "
                    "--allow-update`?); wait for it or stop it"
                )
            raise StoreError(
                f"{where}: expected the Oxigraph server to start, got {what[:300]}"
            )
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.05)
    raise StoreError(
        f"{where}: expected the Oxigraph server to start, got no answer in 30 s"
    )


def serve(
    store_path: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_update: bool = False,
    cors: bool = False,
    timeout: float | None = 30.0,
    quiet: bool = False,
    on_ready: Callable[[], None] | None = None,
) -> int:
    """Serve the store at ``host:port`` until SIGINT or SIGTERM; see the module
    docstring for what the guard refuses.

    Parameters
    ----------
    timeout
        Seconds a query or update may run; past it the guard answers ``503`` and
        restarts the server, which stops the query (and any other running at
        that moment). ``None`` for no limit.
    on_ready
        Called once the address is bound and the server answers.

    Raises
    ------
    InputError
        If ``host:port`` cannot be bound.
    StoreError
        If the Oxigraph server is missing or does not start.
    """
    from kg.store import oxigraph_server_command

    def command(backend_port: int) -> list[str]:
        return oxigraph_server_command(
            store_path,
            host="127.0.0.1",
            port=backend_port,
            allow_update=allow_update,
            cors=cors,
        )

    command(0)  # a clear error now if there is no oxigraph server
    try:
        httpd = _Server((host, port), Guard)
    except OSError as e:
        raise InputError(
            f"--host {host} --port {port}: expected an address to listen on, "
            f"got {e.strerror or e}"
        ) from e
    backend = Backend(command, os.fspath(store_path))
    httpd.RequestHandlerClass = type(
        "BoundGuard",
        (Guard,),
        {
            "backend": backend,
            "allow_update": allow_update,
            "timeout_s": timeout,
            "quiet": quiet,
        },
    )

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    try:
        backend.start()
        if on_ready is not None:
            on_ready()
        httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        httpd.server_close()
        backend.stop()
    return 0
