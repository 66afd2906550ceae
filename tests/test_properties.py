"""Property tests: arbitrary Unicode through ingestion, extraction and RDF.

Whatever the text, kg either refuses it with an InputError or produces a graph
that every RDF syntax kg writes can hold: it re-parses to the same graph (rdflib
and Oxigraph), every IRI is one Oxigraph accepts, and it conforms to the SHACL
shapes. The blank pipeline (rules and gazetteer, no statistical model) keeps the
examples fast; names the model would find are put into ``doc.ents`` by hand.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from spacy.tokens import Span
from spacy.util import filter_spans

from kg.build import document_records
from kg.errors import InputError, KGError
from kg.ingest import Document, iter_documents
from kg.nlp import load_nlp
from kg.rdf.graph import records_to_dataset, records_to_graph
from kg.rdf.validate import validate_graph

# Any code point a str can carry into UTF-8 output (no lone surrogates).
UNICODE = st.characters(blacklist_categories=("Cs",))
NASTY = st.sampled_from(
    [
        '"',
        '"""',
        "'''",
        ">",
        "<",
        "&",
        "\\",
        "\n",
        "\r\n",
        "\t",
        "\x00",
        "\x07",
        "\x1b[31m",
        "\x7f",
        "\x85",
        "\u2028",
        "\ufeff",
        "\U0010ffff",
        "<script>alert(1)</script>",
        "</script><img src=x onerror=alert(1)>",
        "${x}",
        "{{x}}",
        "@de",
        "^^xsd:date",
        " ",
        "x" * 200,
    ]
)
# Words that make the rule layers fire: gazetteer places and organisations, role
# titles, meeting triggers, dates.
GERMAN = st.sampled_from(
    [
        "Berlin",
        "Genf",
        "Frankreich",
        "NATO",
        "Bundeskanzler",
        "Außenministerin",
        "Präsident",
        "traf",
        "trafen sich",
        "in",
        "am",
        "Montag",
        "9. Januar 2022",
        "mit",
        "der",
        ".",
        ",",
        "„",
        "“",
    ]
)
PIECE = st.one_of(GERMAN, NASTY, st.text(UNICODE, max_size=12))
TEXT = st.lists(PIECE, max_size=40).map(" ".join)
FIELD = st.one_of(st.none(), st.text(UNICODE, max_size=40), NASTY)

RDF_FORMATS = [
    ("nquads", ox.RdfFormat.N_QUADS),
    ("trig", ox.RdfFormat.TRIG),
    ("json-ld", ox.RdfFormat.JSON_LD),
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("blank")


def _records(nlp, d: Document, ents=None):
    doc = nlp(d.body)
    if ents is not None:
        doc.ents = ents(doc)
    return document_records(doc, d)


def assert_sound(ds: Dataset, *, validate: bool = True) -> None:
    """Every quad's IRIs are valid; every format re-parses to the same graphs
    (rdflib and Oxigraph); the whole conforms to the shapes."""
    for s, p, o, _ in ds.quads():
        for term in (s, p, o):
            if isinstance(term, URIRef):
                ox.NamedNode(str(term))  # raises ValueError on an invalid IRI
            elif isinstance(term, Literal) and term.language:
                ox.Literal(str(term), language=term.language)
    n = len(list(ds.quads()))
    for name, fmt in RDF_FORMATS:
        data = ds.serialize(format=name, encoding="utf-8")
        back = Dataset()
        back.parse(data=data, format=name)
        assert len(list(back.quads())) == n, name
        for g in ds.graphs():
            if len(g):
                assert isomorphic(g, back.graph(g.identifier)), name
        assert len(list(ox.parse(data, format=fmt))) == n, name
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    turtle = union.serialize(format="turtle", encoding="utf-8")
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), union)
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == len(union)
    if validate:
        report = validate_graph(ds)
        assert report.conforms, "\n".join(report.lines(limit=5))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=TEXT, title=FIELD, source=FIELD, id_=st.text(UNICODE, min_size=1))
def test_any_jsonl_article_is_refused_or_gives_a_sound_graph(
    tmp_path, nlp, text, title, source, id_
):
    # JSONL carries any Unicode into every field; json.dumps escapes it all
    line = {"id": id_, "text": text, "title": title, "source": source}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(iter_documents([path], skip_errors=True, on_error=errors.append))
    assert len(docs) + len(errors) == 1
    for e in errors:
        assert "\n" not in str(e) and str(e).startswith(f"{path}:1")
    for d in docs:
        rec = _records(nlp, d)
        event(f"read, {'with' if rec.entities else 'without'} entities")
        assert_sound(records_to_dataset([rec]))
    if errors:
        event("refused")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=400))
def test_any_bytes_in_a_txt_file_are_refused_or_give_a_sound_graph(tmp_path, nlp, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    try:
        docs = list(iter_documents([path]))
    except InputError as e:
        assert str(e).startswith(str(path)) and "\n" not in str(e)
        event("refused")
        return
    event("read")
    (d,) = docs
    assert_sound(records_to_dataset([_records(nlp, d)]), validate=False)


@st.composite
def annotated(draw):
    """Text of arbitrary tokens, and which token spans are PER/ORG/LOC/MISC."""
    words = draw(
        st.lists(
            st.one_of(GERMAN, NASTY, st.text(UNICODE, min_size=1, max_size=10)),
            min_size=1,
            max_size=30,
        )
    )
    spans = draw(
        st.lists(
            st.tuples(
                st.integers(0, 60),
                st.integers(1, 4),
                st.sampled_from(["PER", "ORG", "LOC", "MISC"]),
            ),
            min_size=1,
            max_size=6,
        )
    )
    return " ".join(words), spans


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(case=annotated(), title=FIELD)
def test_any_names_give_a_sound_graph(nlp, case, title):
    # What the statistical model could tag: any run of tokens, any characters.
    text, spans = case
    assume(text.strip() and len(nlp.make_doc(text)))

    def ents(doc):
        out = []
        for start, length, label in spans:
            start %= len(doc)
            span = Span(doc, start, min(len(doc), start + length), label=label)
            if span.text.strip():
                out.append(span)
        return filter_spans(list(doc.ents) + out)

    d = Document(id="a", text=text, title=title)
    try:
        rec = _records(nlp, d, ents)
    except KGError:
        return  # refused on purpose is fine; anything else is a bug
    event(f"{'with' if rec.entities else 'without'} entities")
    event(f"{'with' if rec.roles else 'without'} roles")
    g = records_to_graph(rec)
    ds = Dataset()
    target = ds.graph(g.identifier)
    for t in g:
        target.add(t)
    assert_sound(ds, validate=len(rec.entities) > 0)


def test_names_that_mint_one_iri_are_one_entity(nlp):
    # found by test_any_names_give_a_sound_graph: "Berlin ." and "Berlin" are two
    # keys but one IRI, which then had two schema:name values
    text = "Berlin Berlin Berlin Berlin . Berlin"

    def ents(doc):
        return filter_spans(list(doc.ents) + [Span(doc, 3, 5, label="LOC")])

    rec = _records(nlp, Document(id="a", text=text), ents)
    assert [(e.key, len(e.mentions)) for e in rec.entities] == [("place/Berlin", 5)]
    ds = Dataset()
    g = records_to_graph(rec)
    target = ds.graph(g.identifier)
    for tr in g:
        target.add(tr)
    assert_sound(ds)


def test_a_name_ending_in_a_unicode_space(nlp):
    # found by test_any_names_give_a_sound_graph with 400 examples
    d = Document(id="a", text="A\x85")
    rec = _records(nlp, d, lambda doc: [Span(doc, 0, len(doc), label="ORG")])
    assert rec.entities
    assert_sound(records_to_dataset([rec]))


# The shipped model on a few hostile articles: names and titles full of markup,
# quotes, control characters and very long tokens.
HOSTILE = [
    'Bundeskanzler Olaf "<script>alert(1)</script>" Scholz traf am Montag in '
    "Berlin den französischen Präsidenten Emmanuel Macron.",
    "Die Außenministerin Annalena Baer\x07bock sprach in Genf mit dem "
    "US-Außenminister Antony Blinken >> über die Ukraine.",
    "Der Chef der Firma </script><b>Müller & Söhne\u2028GmbH</b> traf in Wien "
    "den österreichischen Kanzler Karl Nehammer.",
    "Präsident Wladimir " + "Putin" * 300 + ' empfing in Moskau den "Gast" '
    "Xi Jinping\ufeff.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE)
def test_shipped_model_on_hostile_text_gives_a_sound_graph(text):
    nlp = load_nlp()
    d = Document(id="hostile <1>", text=text, title='Titel "\n<b>&</b>')
    rec = _records(nlp, d)
    assert rec.entities, "the model should find someone in these sentences"
    assert_sound(records_to_dataset([rec]))


@given(st.text(alphabet=" \t\u00a0\nab", max_size=60))
def test_squeezed_offsets_map_every_character_back(text) -> None:
    from kg.nlp import squeeze_spaces, squeezed_offsets

    squeezed = squeeze_spaces(text)
    at = squeezed_offsets(squeezed, text)
    assert len(at) == len(squeezed) + 1 and at[-1] == len(text)
    assert at == sorted(set(at))  # strictly increasing
    for i, c in enumerate(squeezed):
        assert text[at[i]] == c or (c == " " and text[at[i]] in " \t\u00a0")
    assert not any(
        a in " \t\u00a0" and b in " \t\u00a0"
        for a, b in zip(squeezed, squeezed[1:], strict=False)
    )
