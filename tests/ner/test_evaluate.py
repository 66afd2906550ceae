"""Strict entity scoring, on hand-made gold/pred cases and a rule pipeline."""

from __future__ import annotations

import pytest
import spacy

from kg.ner.evaluate import Counts, evaluate, format_table, score_spans
from kg.ner.germeval import Sentence


def _counts(scores, label):
    c = scores.labels[label]
    return c.tp, c.fp, c.fn


def test_exact_match_is_true_positive():
    s = score_spans([[(0, 2, "PER"), (4, 5, "LOC")]], [[(0, 2, "PER"), (4, 5, "LOC")]])
    assert _counts(s, "PER") == (1, 0, 0)
    assert s.overall.f1 == 1.0


@pytest.mark.parametrize(
    "pred",
    [
        [(0, 1, "PER")],  # too short
        [(0, 3, "PER")],  # too long
        [(1, 2, "PER")],  # shifted
    ],
)
def test_boundary_error_is_both_false_positive_and_false_negative(pred):
    s = score_spans([[(0, 2, "PER")]], [pred])
    assert _counts(s, "PER") == (0, 1, 1)
    assert s.overall.f1 == 0.0


def test_label_error_counts_against_both_labels():
    s = score_spans([[(0, 2, "PER")]], [[(0, 2, "ORG")]])
    assert _counts(s, "PER") == (0, 0, 1)
    assert _counts(s, "ORG") == (0, 1, 0)


def test_core_excludes_misc_and_overall_includes_it():
    gold = [[(0, 1, "PER"), (2, 3, "MISC")], [(0, 1, "LOC")]]
    pred = [[(0, 1, "PER")], [(0, 1, "LOC"), (3, 4, "ORG")]]
    s = score_spans(gold, pred)
    assert (s.core.tp, s.core.fp, s.core.fn) == (2, 1, 0)
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (2, 1, 1)
    assert s.core.precision == pytest.approx(2 / 3)
    assert s.overall.recall == pytest.approx(2 / 3)
    assert s.sentences == 2


def test_f1_of_empty_counts_is_zero():
    assert Counts().f1 == 0.0


def test_unequal_lengths_are_rejected():
    with pytest.raises(ValueError):
        score_spans([[]], [[], []])


def test_evaluate_runs_components_on_gold_tokens():
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"ORTH": "Antony"}, {"ORTH": "Blinken"}]},
            {"label": "LOC", "pattern": "Genf"},
        ]
    )
    # "USA-Besuch" would be split by the tokenizer; on gold tokens it stays one
    # token, so a (0, 1) gold span can match exactly.
    sents = [
        Sentence(
            ("Antony", "Blinken", "reist", "nach", "Genf", "."),
            ((0, 2, "PER"), (4, 5, "LOC")),
        ),
        Sentence(("USA-Besuch", "in", "Genf"), ((0, 1, "MISC"),)),
    ]
    s = evaluate(nlp, sents)
    assert _counts(s, "PER") == (1, 0, 0)
    assert _counts(s, "LOC") == (1, 1, 0)
    assert _counts(s, "MISC") == (0, 0, 1)
    table = format_table(s, title="t")
    assert "PER+ORG+LOC" in table and "2 sentences" in table
    assert s.as_dict()["PER+ORG+LOC"]["f1"] == pytest.approx(
        100 * 2 * (2 / 3) / (2 / 3 + 1), abs=0.01
    )
