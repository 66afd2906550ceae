"""``bench/ud_news.py``: the UD treebanks' news as small articles for evaluation.

PUD's news documents (``newdoc id`` n…) become one row each, their sentences joined;
its Wikipedia documents are left out; GSD gives one row per sentence, dev then test;
GermEval one row per run of consecutive sentences with one source URL, dev then test.
The evaluators find these rows by section and index like 10kGNAD rows.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, load_script

DATA = ROOT / "tests" / "data" / "ud_news"
GERMEVAL = DATA / "germeval2014"
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


def test_germeval_rows_are_runs_of_one_url_dev_then_test():
    assert ud.rows("GermEval", DATA, GERMEVAL) == [
        ("http://example.org/a", 'Merkel traf "den Gast" (so AFP). Es regnete.'),
        ("http://example.org/b", "Der Gipfel endete."),
        ("http://example.org/a", "Sie sprachen „lange“, hieß es: ja!"),
    ]


def test_load_of_germeval_keys():
    assert ud.load({("GermEval", 1), ("PUD", 0)}, DATA, GERMEVAL) == {
        ("GermEval", 1): "Der Gipfel endete.",
        ("PUD", 0): "Merkel traf Macron in Paris. Sie sprachen über Europa.",
    }


def test_load_picks_the_keys_of_ud_sections_only():
    got = ud.load({("PUD", 1), ("GSD", 0), ("International", 0)}, DATA)
    assert got == {
        ("PUD", 1): "Der Gipfel endete am Abend.",
        ("GSD", 0): "Erster Satz.",
    }


def test_unknown_section_is_an_error():
    with pytest.raises(ValueError, match="PUD, GSD, GermEval"):
        ud.rows("Inland", DATA)
