"""Named questions: the ``queries/NAME.rq`` files, their comment header
(description, params, example) and ``--param k=v`` arguments."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.errors import QueryError

PARAM_TYPES = ("literal", "iri", "entity", "date", "datetime", "integer")

_HEADER = re.compile(r"#\s*(description|param|example)\s*:\s*(.*)")
_PARAM = re.compile(r"(\w+)\s*\(([^)]*)\)\s*(?:[–—-]\s*)?(.*)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Param:
    """A declared parameter: ``# param: name (type[, optional|default V]) – text``."""

    name: str
    type: str
    description: str = ""
    optional: bool = False
    default: str | None = None

    def __post_init__(self) -> None:
        base = self.type.partition("@")[0]
        if base not in PARAM_TYPES or ("@" in self.type and base != "literal"):
            raise QueryError(
                f"param {self.name}: expected a type among {', '.join(PARAM_TYPES)} "
                f"(or literal@LANG), got {self.type!r}"
            )

    def signature(self) -> str:
        extra = ", optional" if self.optional else ""
        if self.default is not None:
            extra = f", default {self.default}"
        return f"{self.name} ({self.type}{extra})"


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query with its header: description, parameters, examples."""

    name: str
    text: str
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default=())

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_query_text(text: str, *, name: str) -> NamedQuery:
    """Read the comment header of a query; the body stays as it is.

    Raises
    ------
    QueryError
        On a malformed ``# param:`` line.
    """
    description, params, examples = "", [], []
    last = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the header ends with the first line of SPARQL
        m = _HEADER.match(stripped)
        if not m:
            if last == "description" and re.match(r"#\s{2,}\S", stripped):
                description = (
                    f"{description} {stripped[1:].strip()}"  # indented continuation
                )
            else:
                last = None
            continue
        key, value = m.group(1), m.group(2).strip()
        last = key
        if key == "description":
            description = f"{description} {value}".strip()
        elif key == "example":
            examples.append(value)
        else:
            pm = _PARAM.match(value)
            if not pm:
                raise QueryError(
                    f"{name}: expected '# param: NAME (TYPE) – text', got {stripped!r}"
                )
            pname, spec, pdesc = pm.groups()
            parts = [s.strip() for s in spec.split(",")]
            optional, default = False, None
            for extra in parts[1:]:
                if extra == "optional":
                    optional = True
                elif extra.startswith("default"):
                    default = extra[len("default") :].strip(" =")
                else:
                    raise QueryError(
                        f"{name}: param {pname}: expected 'optional' or "
                        "'default VALUE' "
                        f"after the type, got {extra!r}"
                    )
            params.append(Param(pname, parts[0], pdesc.strip(), optional, default))
    return NamedQuery(name, text, description, tuple(params), tuple(examples))


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """All shipped named questions (``queries/*.rq``, package ``kg.queries``)."""
    out: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query_text(entry.read_text(encoding="utf-8"), name=name)
    return out


def get_named_query(name: str) -> NamedQuery:
    """The named question ``name``.

    Raises
    ------
    QueryError
        If there is none by that name.
    """
    queries = named_queries()
    try:
        return queries[name]
    except KeyError:
        close = [n for n in queries if name.lower() in n or n in name.lower()]
        hint = (
            f" (did you mean {', '.join(close)}?)"
            if close
            else " (see kg query --list)"
        )
        raise QueryError(
            f"{name}: expected the name of a named query, got an unknown one{hint}"
        ) from None


def read_query_file(path: str | Path) -> NamedQuery:
    """A ``.rq`` file, with its header if it has one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: expected a SPARQL query file, got none") from None
    except (UnicodeDecodeError, OSError) as e:
        raise QueryError(
            f"{path}: expected a readable UTF-8 SPARQL file, got {e}"
        ) from e
    return parse_query_text(text, name=str(path))


def parse_param_args(pairs: Iterable[str]) -> dict[str, str]:
    """``["city=Genf", "n=2"]`` -> ``{"city": "Genf", "n": "2"}``."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _NAME.fullmatch(key):
            raise QueryError(f"--param: expected NAME=VALUE, got {pair!r}")
        if key in out:
            raise QueryError(f"--param {key}: expected once, got twice")
        out[key] = value
    return out
