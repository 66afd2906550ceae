"""``bench/ud_news.py``: the UD treebanks' news as small articles for evaluation.

PUD's news documents (``newdoc id`` n…) become one row each, their sentences joined;
its Wikipedia documents are left out; GSD gives one row per sentence, dev then test.
The evaluators find these rows by section and index like 10kGNAD rows.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, load_script

DATA = ROOT / "tests" / "data" / "ud_news"
ud = load_script(ROOT / "bench" / "ud_news.py")


def test_pud_rows_are_news_documents_in_file_order():
    rows = ud.rows("PUD", DATA)
    assert rows == [
        ("n01001", "Merkel traf Macron in Paris. Sie sprachen über Europa."),
        ("n01002", "Der Gipfel endete am Abend."),
    ]


def test_gsd_rows_are_sentences_dev_then_test():
    assert ud.rows("GSD", DATA) == [
        ("dev-s1", "Erster Satz."),
        ("test-s1", "Zweiter Satz."),
    ]


def test_load_picks_the_keys_of_ud_sections_only():
    got = ud.load({("PUD", 1), ("GSD", 0), ("International", 0)}, DATA)
    assert got == {
        ("PUD", 1): "Der Gipfel endete am Abend.",
        ("GSD", 0): "Erster Satz.",
    }


def test_unknown_section_is_an_error():
    with pytest.raises(ValueError, match="PUD, GSD"):
        ud.rows("Inland", DATA)
