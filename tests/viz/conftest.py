"""Fixtures of the viz tests: the ``mini`` graph and its network ``G``, and the
network ``FG`` of ``tests/data/fixture.trig``."""

from __future__ import annotations

import pytest
from mini_graph import FIXTURE, build_mini
from rdflib import Dataset

from kg.viz import graph_to_networkx


@pytest.fixture(scope="module")
def mini() -> Dataset:
    return build_mini()


@pytest.fixture(scope="module")
def G(mini):
    return graph_to_networkx(mini)


@pytest.fixture(scope="module")
def FG():
    if not FIXTURE.exists():
        pytest.skip("tests/data/fixture.trig missing")
    return graph_to_networkx(FIXTURE)
