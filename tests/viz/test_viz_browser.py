"""The HTML of ``kg viz`` in a real browser: headless Chromium, driven over the
DevTools protocol with a small stdlib WebSocket client (no Node, no Selenium).

Asserts the network is drawn (canvas, node and edge counts), that nothing is
fetched from anywhere but the page itself, that no console error or exception
occurs, and that hostile names and headlines open no dialog and add no element.
Set ``KG_VIZ_SCREENSHOT=/path.png`` to keep screenshots of the fixture page, and
``KG_REQUIRE_BROWSER=1`` to fail instead of skipping when there is no Chromium.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from kg.viz import graph_to_networkx, write_network, write_timeline

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parents[1] / "data" / "fixture.trig"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str | None:
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


class _WebSocket:
    """Just enough RFC 6455 for the DevTools protocol: text frames, masked sends,
    fragmented receives, ping/pong."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\n"
                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError(
                    "DevTools closed the connection during the handshake"
                )
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"no WebSocket upgrade: {head[:200]!r}")

    def _read(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            buf += chunk
        return buf

    def _frame(self, opcode: int, payload: bytes) -> None:
        n = len(payload)
        head = bytearray([0x80 | opcode])
        if n < 126:
            head.append(0x80 | n)
        elif n < 1 << 16:
            head += bytes([0x80 | 126]) + n.to_bytes(2, "big")
        else:
            head += bytes([0x80 | 127]) + n.to_bytes(8, "big")
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(head) + mask + masked)

    def send(self, text: str) -> None:
        self._frame(0x1, text.encode())

    def recv(self) -> str:
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = int.from_bytes(self._read(2), "big")
            elif n == 127:
                n = int.from_bytes(self._read(8), "big")
            mask = self._read(4) if b1 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            opcode = b0 & 0x0F
            if opcode == 0x9:  # ping
                self._frame(0xA, data)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            message += data
            if b0 & 0x80:
                return message.decode()

    def close(self) -> None:
        self.sock.close()


class Browser:
    """Headless Chromium with one page; records console, errors, requests, dialogs."""

    def __init__(
        self, binary: str, profile: Path, width: int = 1200, height: int = 800
    ):
        self.proc = subprocess.Popen(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--mute-audio",
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = _WebSocket(f"ws://127.0.0.1:{port}{path}")
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call(
            "Target.attachToTarget", {"targetId": target, "flatten": True}
        )["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: bool = False,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        self.next_id += 1
        msg: dict[str, Any] = {
            "id": self.next_id,
            "method": method,
            "params": params or {},
        }
        if session:
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._event(reply)
        raise TimeoutError(method)

    def _event(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        if event.get("method") == "Page.javascriptDialogOpening":  # unblock the page
            self.ws.send(
                json.dumps(
                    {
                        "id": 0,
                        "sessionId": self.session,
                        "method": "Page.handleJavaScriptDialog",
                        "params": {"accept": True},
                    }
                )
            )

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(
        self, url: str, *, ready: str = "document.body.dataset.ready === 'true'"
    ) -> None:
        self.call("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.evaluate(f"document.readyState === 'complete' && ({ready})"):
                    return
            except RuntimeError:
                pass  # the new document is not there yet
            time.sleep(0.05)
        raise TimeoutError(f"{url}: page never became ready")

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)[
            "data"
        ]
        path.write_bytes(base64.b64decode(data))

    def problems(self, page_url: str) -> list[str]:
        """Console errors, exceptions, dialogs, requests for anything but the page."""
        out = []
        for e in self.events:
            method, p = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(f"exception: {p['exceptionDetails'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and p.get("type") in (
                "error",
                "assert",
            ):
                out.append(f"console.{p['type']}: {p.get('args')}")
            elif method == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(f"log: {p['entry'].get('text')} {p['entry'].get('url', '')}")
            elif method == "Page.javascriptDialogOpening":
                out.append(f"dialog: {p.get('type')} {p.get('message')!r}")
            elif method == "Network.requestWillBeSent":
                url = p["request"]["url"]
                if url != page_url and not url.startswith("data:"):
                    out.append(f"request: {url}")
        return out

    def close(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = _browser()
    if binary is None:
        why = "no chromium binary on PATH (CI installs it: apt-get install -y chromium)"
        if os.environ.get("KG_REQUIRE_BROWSER"):  # CI: a missing browser is a failure
            pytest.fail(f"{why}; KG_REQUIRE_BROWSER is set")
        pytest.skip(why)
    b = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


def _open(browser: Browser, page: Path, **kw: Any) -> str:
    url = page.resolve().as_uri()
    browser.events.clear()
    browser.open(url, **kw)
    return url


def test_hostile_text_cannot_run(browser, tmp_path):
    from mini_graph import EVIL_HEADLINE, EVIL_NAME, build_mini

    G = graph_to_networkx(build_mini())
    page = write_network(G, tmp_path / "evil.html")
    url = _open(browser, page)
    assert browser.evaluate("document.body.dataset.nodes") == str(G.number_of_nodes())
    assert browser.evaluate("document.body.dataset.edges") == str(G.number_of_edges())
    # pin nodes through the search box: their tooltips show hostile text as text
    tip = _pin(browser, "onerror")
    assert EVIL_NAME in tip and "<i>Chef</i> (OSZE)" in tip
    tip = _pin(browser, "Antony")  # mentioned in the article with the hostile headline
    assert EVIL_HEADLINE.replace("\u2028", "") in tip.replace("\u2028", "")
    # nothing was parsed as markup: no img, no extra script, no b
    assert (
        browser.evaluate("document.querySelectorAll('img, b, iframe, object').length")
        == 0
    )
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("typeof window.alert") == "function"
    assert browser.problems(url) == []


def _pin(browser: Browser, query: str) -> str:
    """Type ``query`` in the search box and press Enter: the side panel's text."""
    browser.evaluate(
        "(q => { const s = document.getElementById('kg-search'); s.value = q;"
        " s.dispatchEvent(new Event('input'));"
        " s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); })"
        f"({json.dumps(query)})"
    )
    time.sleep(0.1)
    assert browser.evaluate("document.getElementById('kg-info').hidden") is False
    return browser.evaluate("document.getElementById('kg-info').textContent")


def _fixture_graph():
    if FIXTURE.exists():
        return graph_to_networkx(FIXTURE)
    from mini_graph import build_mini

    return graph_to_networkx(build_mini())


def test_network_is_drawn_offline(browser, tmp_path):
    G = _fixture_graph()
    page = write_network(G, tmp_path / "fixture.html")
    url = _open(browser, page)
    assert browser.evaluate("!!document.querySelector('canvas#kg-canvas')")
    assert browser.evaluate("document.getElementById('kg-canvas').width") >= 1000
    assert browser.evaluate("document.body.dataset.nodes") == str(G.number_of_nodes())
    assert browser.evaluate("document.body.dataset.painted") == str(G.number_of_nodes())
    assert browser.evaluate("document.body.dataset.edges") == str(G.number_of_edges())
    # something is actually painted: count non-white pixels of the canvas
    inked = browser.evaluate(
        "(() => { const c = document.getElementById('kg-canvas');"
        " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;"
        " return n; })()"
    )
    assert inked > 2000
    # hover the biggest node (drawn first in data order) with a real mouse event
    xy = browser.evaluate(
        "(() => { const d = JSON.parse(document.getElementById('kg-data').textContent);"
        " return d.nodes.length; })()"
    )
    assert xy == G.number_of_nodes()
    shot = os.environ.get("KG_VIZ_SCREENSHOT")
    if shot:
        browser.screenshot(Path(shot))
    assert browser.problems(url) == []


def test_hover_shows_the_tooltip_of_the_node_under_the_mouse(browser, tmp_path):
    G = _fixture_graph()
    url = _open(browser, write_network(G, tmp_path / "hover.html"))
    label = max(G.nodes(data=True), key=lambda x: x[1]["degree"])[1]["label"]
    _pin(browser, label)  # centres the node in the canvas
    browser.call(
        "Input.dispatchKeyEvent", {"type": "keyDown", "key": "Escape"}, session=True
    )
    assert browser.evaluate("document.getElementById('kg-tip').hidden") is True
    x, y = browser.evaluate(  # where the search put the node
        "(() => { const c = document.getElementById('kg-canvas');"
        " const r = c.getBoundingClientRect();"
        " const [x, y] = document.body.dataset.focus.split(',').map(Number);"
        " return [r.left + x, r.top + y]; })()"
    )
    for px, py in ((x + 10, y + 40), (x, y)):  # a real mouse moving onto the node
        browser.call(
            "Input.dispatchMouseEvent",
            {"type": "mouseMoved", "x": px, "y": py},
            session=True,
        )
    time.sleep(0.2)
    tip = browser.evaluate("document.getElementById('kg-tip').textContent")
    assert tip.startswith(label)
    assert "Meetings" in tip and "Articles" in tip
    shot = os.environ.get("KG_VIZ_SCREENSHOT")
    if shot:
        browser.screenshot(Path(shot).with_suffix(".hover.png"))
    assert browser.problems(url) == []


def test_the_checks_would_catch_requests_and_errors(browser, tmp_path):
    # a control page without CSP: the recorder must see the fetch and the error
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><body><img src='http://127.0.0.1:9/x.png'>"
        "<script>console.error('boom'); document.body.dataset.ready = 'true';</script>"
        "</body></html>",
        encoding="utf-8",
    )
    url = _open(browser, page)
    time.sleep(0.3)
    problems = browser.problems(url)
    assert any(p.startswith("request: http://127.0.0.1:9/") for p in problems)
    assert any(p.startswith("console.error") for p in problems)


def test_filters_in_the_page_change_the_drawing(browser, tmp_path):
    G = _fixture_graph()
    url = _open(browser, write_network(G, tmp_path / "f.html"))
    persons = sum(1 for _, t in G.nodes(data="type") if t == "person")
    browser.evaluate(
        "(() => { for (const l of document.querySelectorAll('.kg-toggle'))"
        " if (l.textContent === 'person') l.querySelector('input').click(); })()"
    )
    time.sleep(0.2)
    assert browser.evaluate("document.body.dataset.nodes") == str(
        G.number_of_nodes() - persons
    )
    assert browser.problems(url) == []


def test_timeline_page(browser, tmp_path):
    G = _fixture_graph()
    page = write_timeline(G, tmp_path / "timeline.html")
    url = _open(browser, page, ready="!!document.getElementById('kg-timeline')")
    meetings = browser.evaluate(
        "document.querySelectorAll('#kg-timeline .meeting').length"
    )
    assert meetings == int(
        browser.evaluate("document.getElementById('kg-note').dataset.meetings")
    )
    assert meetings > 0
    assert browser.evaluate("document.scripts.length") == 0
    assert browser.problems(url) == []


def test_a_few_thousand_nodes_stay_usable(browser, tmp_path):
    G = _big_graph(3000)
    page = write_network(G, tmp_path / "big.html")
    url = _open(browser, page)
    assert browser.evaluate("document.body.dataset.nodes") == "3000"
    # zoom in on the centre with a real wheel event: it redraws, fewer nodes painted
    browser.call(
        "Input.dispatchMouseEvent",
        {"type": "mouseWheel", "x": 600, "y": 450, "deltaX": 0, "deltaY": -2000},
        session=True,
    )
    time.sleep(0.3)
    painted = int(browser.evaluate("document.body.dataset.painted"))
    assert 0 < painted < 3000
    assert browser.problems(url) == []


def _big_graph(n: int):
    """A synthetic actor network of ``n`` nodes, with what write_network needs."""
    import random

    import networkx as nx

    rng = random.Random(0)
    base = nx.barabasi_albert_graph(n, 2, seed=0)
    G = nx.MultiGraph(meetings={}, articles={})
    types = ("person", "organisation", "country")
    for i in base:
        G.add_node(
            str(i),
            label=f"Akteur {i}",
            type=types[i % 3],
            roles=[],
            meetings=[],
            articles=[],
            degree=base.degree(i),
            betweenness=0.0,
        )
    for u, v in base.edges:
        kind = rng.choice(("met", "mentioned_together"))
        attrs: dict[str, Any] = {
            "kind": kind,
            "weight": rng.randint(1, 4),
            "articles": [],
        }
        if kind == "met":
            attrs.update(meetings=[], dates=[], places=[])
        G.add_edge(str(u), str(v), key=kind, **attrs)
    return G


def test_map_fills_the_window_and_its_labels_do_not_overlap(browser, tmp_path):
    """The map as Chromium lays it out: as wide as the window allows, every shown
    label inside the map and clear of every other (boxes measured by the browser,
    not estimated), and a name left out for want of room appears on hover."""
    from test_viz_map import CITIES, _cities_trig

    from kg.viz import write_map

    src = tmp_path / "cities.trig"
    src.write_text(_cities_trig(CITIES), encoding="utf-8")
    page, _, _ = write_map(src, tmp_path / "map.html")
    url = _open(browser, page, ready="!!document.getElementById('kg-map')")
    got = browser.evaluate(
        """(() => {
        const svg = document.getElementById('kg-map');
        const box = (e) => { const b = e.getBoundingClientRect();
                             return [b.left, b.top, b.right, b.bottom]; };
        return {map: box(svg), inner: document.documentElement.clientWidth,
                shown: [...svg.querySelectorAll('.place text:not(.hidden)')]
                       .map((t) => [t.textContent, box(t)]),
                hidden: svg.querySelectorAll('.place text.hidden').length};
        })()"""
    )
    left, top, right, bottom = got["map"]
    assert right - left > got["inner"] - 40  # the body's margins only
    assert len(got["shown"]) >= 15 and got["hidden"]
    eps = 0.5
    for i, (name, a) in enumerate(got["shown"]):
        assert left <= a[0] and a[2] <= right and top <= a[1] and a[3] <= bottom, name
        for other, b in got["shown"][i + 1 :]:
            apart = (
                a[2] <= b[0] + eps
                or b[2] <= a[0] + eps
                or a[3] <= b[1] + eps
                or b[3] <= a[1] + eps
            )
            assert apart, (name, other, a, b)
    # hover the circle of a place whose name had no room (where no other circle
    # covers it): the name shows
    point = browser.evaluate(
        """(() => {
        for (const t of document.querySelectorAll('#kg-map .place text.hidden')) {
          const c = t.parentNode.querySelector('circle');
          const b = c.getBoundingClientRect();
          for (let i = 1; i < 6; i++) for (let j = 1; j < 6; j++) {
            const x = b.left + b.width * i / 6, y = b.top + b.height * j / 6;
            if (document.elementFromPoint(x, y) === c) return [x, y];
          }
        }
        return null; })()"""
    )
    assert point is not None
    browser.call(
        "Input.dispatchMouseEvent",
        {"type": "mouseMoved", "x": point[0], "y": point[1]},
        session=True,
    )
    time.sleep(0.2)
    visible = browser.evaluate(
        "[...document.querySelectorAll('#kg-map .place text.hidden')]"
        ".filter((t) => getComputedStyle(t).visibility === 'visible').length"
    )
    assert visible == 1
    assert browser.problems(url) == []
