"""Fixtures of the extraction tests: ``records`` builds the records of a
sentence or two annotated by hand (no model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.records import ArticleRecords
from tests.conftest import extract


@pytest.fixture
def records(blank_nlp) -> Callable[..., ArticleRecords]:
    """``records(text, {"Eva Huber": "PER"})``: the records of ``text`` with
    those words tagged (:func:`tests.conftest.extract`)."""

    def build(text: str, ents: dict[str, str], anchor=None) -> ArticleRecords:
        return extract(blank_nlp, text, ents, anchor)

    return build
