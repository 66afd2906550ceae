"""Shared fixtures. Model-free helpers build annotated Docs by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_c0e44895cd21100c.txt"


@pytest.fixture(scope="session")
def blank_nlp():
    """spaCy German tokenizer + sentence splitting, no statistical model."""
    import spacy

    import kg.nlp.components.sentences  # noqa: F401

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_line_breaks")
    return nlp


@pytest.fixture(scope="session")
def gazetteer_nlp():
    """:func:`blank_nlp` with the gazetteer component, as the real pipeline
    runs it ("der Franzose" is France), still no statistical model."""
    import spacy

    import kg.nlp.components.gazetteer  # noqa: F401
    import kg.nlp.components.sentences  # noqa: F401

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_line_breaks")
    nlp.add_pipe("kg_gazetteer")
    return nlp


@pytest.fixture(scope="session")
def vocab():
    """The shipped pipeline's vocabulary, with kg's lexicon table (the rules
    read word features from it)."""
    from kg.nlp import load_nlp
    from kg.nlp.lexicon import has_table

    v = load_nlp().vocab
    assert has_table(v)
    return v


def annotate(nlp, text: str, ents: dict[str, str]):
    """A Doc of ``text`` whose entities are every occurrence of each key of ``ents``
    (longest keys first), labelled with its value."""
    doc = nlp(text)
    spans, taken = [], set()
    for surface in sorted(ents, key=len, reverse=True):
        for m in re.finditer(re.escape(surface), text):
            span = doc.char_span(m.start(), m.end(), label=ents[surface])
            if span is None:
                continue
            if taken & set(range(span.start, span.end)):
                continue
            taken |= set(range(span.start, span.end))
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def relabelled(vocab, text: str, ents) -> list[tuple[str, str]]:
    """(text, label) of the entities ``kg_names`` makes of ``text`` (words split
    on spaces, a sentence after each "."), the model's spans ``ents`` ((start,
    end, label) token offsets) set by hand."""
    from spacy.tokens import Doc, Span

    from kg.nlp.components.names import NameRelabeller

    words = text.split(" ")
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [(e.text, e.label_) for e in NameRelabeller(None)(doc).ents]


def extract(nlp, text: str, ents: dict[str, str], anchor=None):
    """The records of ``text`` annotated with ``ents`` (:func:`annotate`)."""
    from kg.extract import doc_to_records

    doc = annotate(nlp, text, ents)
    return doc_to_records(doc, article_id="t", content_hash="h", date=anchor)


#: the entity labels the hand-built Docs use
PER, LOC, ORG = "PER", "LOC", "ORG"


def said(rec, *fields: str) -> set[tuple]:
    """``fields`` of every quote of ``rec`` (default kind, speaker, medium,
    text); the field ``who`` is the speaker, else the speaker's label."""
    fields = fields or ("kind", "speaker", "medium", "text")

    def get(q, f):
        return (q.speaker or q.speaker_label) if f == "who" else getattr(q, f)

    return {tuple(get(q, f) for f in fields) for q in rec.quotes}


def who_said(rec, word: str) -> set:
    """The speakers (else labels) of the quotes of ``rec`` whose text holds
    ``word``."""
    return {w for w, t in said(rec, "who", "text") if word in t}


def acts(rec, *fields: str) -> set[tuple]:
    """``fields`` of every verbal interaction of ``rec`` (default type, source,
    target, issue, verb)."""
    fields = fields or ("type", "source", "target", "issue", "verb")
    return {tuple(getattr(i, f) for f in fields) for i in rec.interactions}


def role_triples(rec) -> set[tuple[str, str, str | None]]:
    """(person, role, organisation) of every role of ``rec``."""
    return {(r.person, r.role, r.organisation) for r in rec.roles}


def named_roles(nlp, text: str, ents: dict[str, str]) -> set[tuple]:
    """(person, role, organisation) by name of the roles :func:`extract` finds
    in ``text``, party memberships ("Mitglied") left out."""
    return {
        (p.partition("/")[2], r, o and o.partition("/")[2])
        for p, r, o in role_triples(extract(nlp, text, ents))
        if r != "Mitglied"
    }


def org_rules(vocab, text: str, ents=(), tagged=None) -> list[tuple[str, str]]:
    """(text, label) of the entities kg's organisation rules (``kg_orgs``) leave
    in ``text`` split on spaces, one sentence; ``ents`` as (start, end, label)
    the model would have found; ``tagged`` spans as the gazetteer would have
    tagged them."""
    from spacy.tokens import Doc, Span

    from kg.nlp.components.orgs import OrgRules

    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    if tagged is not None:
        doc._.kg_entries = tagged
    doc = OrgRules(None)(doc)
    return [(e.text, e.label_) for e in doc.ents]


def org_mentions(nlp, text: str) -> dict[str, list[str]]:
    """Name -> mention texts of each organisation the full pipeline ``nlp``
    finds in ``text`` (:func:`kg.nlp.pipe`, then extraction)."""
    from kg.extract import doc_to_records
    from kg.nlp import pipe

    doc = next(iter(pipe(nlp, [text])))
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    return {
        e.name: [m.text for m in e.mentions] for e in rec.entities if e.kind == "org"
    }


def pytest_collection_modifyitems(config, items):  # noqa: D103
    shared_missing = not SHARED.exists()
    for item in items:
        if shared_missing and "shared" in item.keywords:
            item.add_marker(
                pytest.mark.skip(reason="../shared is not beside the project")
            )


def one_time(text: str, anchor, expression: str):
    """The time expression ``expression`` that :func:`kg.temporal.find_times`
    finds in ``text`` against ``anchor`` (the test fails if it finds none)."""
    from kg.temporal import find_times

    found = [t for t in find_times(text, anchor) if t.expression == expression]
    assert found, (
        f"{expression!r} not in {[t.expression for t in find_times(text, anchor)]}"
    )
    return found[0]


def load_script(path: Path, name: str | None = None):
    """The module of a script that is not a package (``bench/eval_extract.py``),
    loaded once and registered in ``sys.modules`` (dataclasses look their
    module up there)."""
    import importlib.util
    import sys

    name = name or path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def attendee_sets(rec) -> list[set[str]]:
    """For each meeting of ``rec``, the names of its attendees."""
    return [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]


def meetings_found(nlp, text: str, ents: dict[str, str]):
    """The meetings :func:`extract` finds in ``text``: for each, the names of its
    attendees and organisers, and the name of its place (or None)."""
    rec = extract(nlp, text, ents)
    return [
        (
            {k.partition("/")[2] for k in (*m.attendees, *m.organizers)},
            m.location and m.location.partition("/")[2],
        )
        for m in rec.meetings
    ]
