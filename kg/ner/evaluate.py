"""Strict entity-level evaluation of a NER pipeline on GermEval-format data.

Strict (CoNLL) matching: a predicted entity counts as correct only if its start,
end and label equal a gold entity's; a boundary or label error counts as one
false positive *and* one false negative. The pipeline runs on gold tokenisation:
each sentence becomes ``Doc(vocab, words=...)`` and the pipeline's components are
applied to it, so tokeniser differences never count as NER errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.ner.germeval import LABELS, Sentence

__all__ = ["Counts", "Scores", "evaluate", "format_table", "score_spans"]

CORE = ("PER", "ORG", "LOC")

Span3 = tuple[int, int, str]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(100 * self.precision, 2),
            "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.tp + self.fn,
        }


@dataclass(slots=True)
class Scores:
    """Per-label counts; ``overall`` sums all labels, ``core`` PER+ORG+LOC."""

    labels: dict[str, Counts] = field(
        default_factory=lambda: {k: Counts() for k in LABELS}
    )
    sentences: int = 0

    def _sum(self, labels: Iterable[str]) -> Counts:
        total = Counts()
        for label in labels:
            total += self.labels.get(label, Counts())
        return total

    @property
    def overall(self) -> Counts:
        return self._sum(self.labels)

    @property
    def core(self) -> Counts:
        return self._sum(CORE)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "overall": self.overall.as_dict(),
            "PER+ORG+LOC": self.core.as_dict(),
            "labels": {k: v.as_dict() for k, v in self.labels.items()},
        }


def score_spans(
    gold: Iterable[Iterable[Span3]],
    pred: Iterable[Iterable[Span3]],
    *,
    scores: Scores | None = None,
) -> Scores:
    """Count strict matches of predicted against gold spans, sentence by sentence.

    Parameters
    ----------
    gold, pred
        Per sentence, the entities as ``(start, end, label)``; the two iterables
        are zipped and must have the same length.

    Example
    -------
    >>> s = score_spans([[(0, 2, "PER")]], [[(0, 1, "PER")]])
    >>> (s.labels["PER"].tp, s.labels["PER"].fp, s.labels["PER"].fn)
    (0, 1, 1)
    """
    scores = scores if scores is not None else Scores()
    for g, p in zip(gold, pred, strict=True):
        gset, pset = set(g), set(p)
        scores.sentences += 1
        for start, end, label in gset | pset:
            c = scores.labels.setdefault(label, Counts())
            in_g, in_p = (start, end, label) in gset, (start, end, label) in pset
            if in_g and in_p:
                c.tp += 1
            elif in_p:
                c.fp += 1
            else:
                c.fn += 1
    return scores


def _docs(
    nlp: Language, sentences: Iterable[Sentence], batch_size: int
) -> Iterable[Doc]:
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    # nlp.pipe on Docs skips the tokenizer and runs every component in order.
    return nlp.pipe(docs, batch_size=batch_size)


def evaluate(
    nlp: Language, sentences: Iterable[Sentence], *, batch_size: int = 256
) -> Scores:
    """Run ``nlp`` on the gold tokens of ``sentences`` and score ``doc.ents``.

    Labels outside PER/ORG/LOC/MISC (e.g. an installed model's ``OTH``) are
    counted under their own name and so are all false positives.

    Example
    -------
    >>> scores = evaluate(load_nlp(), heldout)  # doctest: +SKIP
    >>> scores.core.f1  # doctest: +SKIP
    """
    sentences = list(sentences)
    pred = (
        [(e.start, e.end, e.label_) for e in doc.ents]
        for doc in _docs(nlp, sentences, batch_size)
    )
    return score_spans((s.spans for s in sentences), pred)


def format_table(scores: Scores, *, title: str = "") -> str:
    """A fixed-width table: one row per label, then PER+ORG+LOC and all."""
    rows = [f"{'label':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    named = [(k, v) for k, v in scores.labels.items()]
    for name, c in [*named, ("PER+ORG+LOC", scores.core), ("all", scores.overall)]:
        rows.append(
            f"{name:<12}{100 * c.precision:7.1f}{100 * c.recall:7.1f}{100 * c.f1:7.1f}"
            f"{c.tp + c.fn:7d}{c.tp + c.fp:7d}"
        )
    head = [title] if title else []
    return "\n".join(
        [*head, *rows, f"({scores.sentences} sentences, strict entity match)"]
    )
