"""The package layout shows the stages: every import in ``kg/`` goes to the same
stage or one below it, no module imports a private name of another stage, the
import graph has no circle, and training code is never loaded at run time."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

#: the stages from the bottom up; a module may import its own stage and those below
LAYERS: list[tuple[str, ...]] = [
    ("kg", "kg.errors", "kg.atomic", "kg.lang"),
    ("kg.ingest", "kg.temporal"),
    ("kg.nlp",),
    ("kg.extract",),
    ("kg.rdf",),
    ("kg.store",),
    ("kg.link",),
    ("kg.query",),
    ("kg.viz",),
    ("kg.build", "kg.ner"),
    ("kg.cli", "kg.__main__"),
]


def _module(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _stage(module: str) -> str:
    """The stage a module belongs to: the longest stage name it starts with."""
    best = ""
    for layer in LAYERS:
        for name in layer:
            if (module == name or module.startswith(name + ".")) and len(name) > len(
                best
            ):
                best = name
    if not best:
        raise AssertionError(f"{module} belongs to no stage of LAYERS")
    return best


def _level(stage: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if stage in layer)


def _imports(path: Path, module: str) -> list[tuple[str, list[str], int]]:
    """(module, names, line) of every import of kg, also inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "kg" or a.name.startswith("kg."):
                    found.append((a.name, [], node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "kg" or target.startswith("kg."):
                names = [a.name for a in node.names]
                # "from kg.nlp import gazetteer": the submodule is what is imported
                found.append((target, names, node.lineno))
    return found


def _modules() -> dict[str, Path]:
    return {_module(p): p for p in sorted(KG.rglob("*.py"))}


def _resolve(target: str, names: list[str], modules: dict[str, Path]) -> list[str]:
    subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
    return subs or [target]


def test_every_module_belongs_to_a_stage():
    for module in _modules():
        _stage(module)


def _upward(modules: dict[str, Path]) -> list[str]:
    known = {**_modules(), **modules}
    upward = []
    for module, path in modules.items():
        here = _stage(module)
        for target, names, line in _imports(path, module):
            for t in _resolve(target, names, known):
                if _level(_stage(t)) > _level(here):
                    upward.append(f"{module} (line {line}) imports {t}")
    return upward


def test_imports_go_to_the_same_stage_or_below():
    upward = _upward(_modules())
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_the_checker_sees_an_upward_import(tmp_path):
    """The rule is not vacuous: the NLP stage importing the store is refused,
    also from inside a function; importing the stage below is fine."""
    bad = tmp_path / "names.py"
    bad.write_text("def f():\n    from kg.store import open_store\n")
    assert _upward({"kg.nlp.components.names": bad}) == [
        "kg.nlp.components.names (line 2) imports kg.store"
    ]
    good = tmp_path / "roles.py"
    good.write_text("from kg.nlp import gazetteer\nfrom kg.lang.de import spelling\n")
    assert _upward({"kg.extract.roles": good}) == []


def test_no_private_name_crosses_a_stage():
    modules = _modules()
    leaks = []
    for module, path in modules.items():
        here = _stage(module)
        for target, names, line in _imports(path, module):
            if _stage(target) == here:
                continue
            for n in names:
                if n.startswith("_") and f"{target}.{n}" not in modules:
                    leaks.append(
                        f"{path.relative_to(KG.parent)}:{line} imports {target}.{n}"
                    )
    assert not leaks, "private names used across stages:\n" + "\n".join(leaks)


def test_the_import_graph_has_no_circle():
    modules = _modules()
    g = nx.DiGraph()
    for module, path in modules.items():
        g.add_node(module)
        for target, names, _ in _imports(path, module):
            for t in _resolve(target, names, modules):
                # a package's __init__ importing its own submodules is not a circle
                # in the sense that matters (the package is their namespace)
                if t != module and not module.startswith(t + ".") and t in modules:
                    g.add_edge(module, t)
    circles = list(nx.simple_cycles(g))
    assert not circles, f"import circles: {circles[:5]}"


@pytest.mark.slow
def test_training_code_is_not_loaded_to_build_query_or_draw():
    code = (
        "import sys, kg.cli, kg.build, kg.query, kg.viz, kg.link, kg.nlp;"
        "from kg.nlp import load_nlp; load_nlp();"
        "print(sorted(m for m in sys.modules if m.startswith('kg.ner')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


def test_the_architecture_map_names_files_that_exist():
    """docs/ARCHITECTURE.md is where a newcomer looks first: every path it names
    (``kg/…``, ``tests/…``, ``ontology/…``) exists, so a move updates the map."""
    root = KG.parent
    text = (root / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    paths = re.findall(r"`((?:kg|tests|ontology)/[\w/.]+)`", text)
    assert len(paths) > 20
    missing = [p for p in paths if not (root / p).exists()]
    # short names in a row ("`roles.py`") belong to the package the row names
    assert not missing, f"docs/ARCHITECTURE.md names missing paths: {missing}"


def test_every_package_is_installed():
    """``pip install .`` (the README's first command) installs only the packages
    pyproject.toml lists: a new package of kg/ must be listed there."""
    import tomllib

    root = KG.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
            "setuptools"
        ]["packages"]
    )
    packages = {
        ".".join(p.parent.relative_to(root).parts) for p in KG.rglob("__init__.py")
    }
    assert packages <= listed, f"not in pyproject.toml: {sorted(packages - listed)}"
