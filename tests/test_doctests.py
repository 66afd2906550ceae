"""The examples in kg's docstrings run and give what they show: the API
documentation cannot go stale without a test failing."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg

# every module and package but the entry point, which runs the CLI on import
MODULES = ["kg"] + sorted(
    m.name
    for m in pkgutil.walk_packages(kg.__path__, prefix="kg.")
    if m.name != "kg.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} fail"
