"""The HTML document around every ``kg viz`` page: one self-contained file (inline
script and style, no other host) whose Content-Security-Policy only allows its own
script and style, so injected markup in a name or headline could not run even if
escaping failed."""

from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib import resources
from typing import Any

__all__ = ["asset", "page", "script_json"]


def asset(name: str) -> str:
    """A shipped script or style sheet from ``kg/data/viz``."""
    return (
        resources.files("kg").joinpath("data", "viz", name).read_text(encoding="utf-8")
    )


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def script_json(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survives
    (so no '</script>' or '<!--'), and no raw U+2028/U+2029 (ensure_ascii)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(title: str, body: str, *, css: str, script: str | None = None) -> str:
    """A whole HTML document whose CSP admits only its own inline style and script."""
    policy = [
        "default-src 'none'",
        f"style-src {_csp_hash(css)}",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    if script is not None:
        policy.insert(1, f"script-src {_csp_hash(script)}")
    scripts = f"<script>{script}</script>\n" if script is not None else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{"; ".join(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"{body}\n{scripts}</body>\n</html>\n"
    )
