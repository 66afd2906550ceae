"""GermEval reading, label mapping and the seeded held-out split."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ner.germeval import (
    Sentence,
    iob_to_spans,
    load_germeval,
    read_germeval,
    split_heldout,
)

TSV = """#\thttp://example.org/a\t[2010-01-01]
1\tDie\tO\tO
2\tNATO-Russland-Rat\tB-ORG\tB-LOCpart
3\tin\tO\tO
4\tBrüssel\tB-LOC\tO
5\tund\tO\tO
6\trussische\tB-LOCderiv\tO
7\tNato-Truppen\tB-ORGpart\tO
8\tsahen\tO\tO
9\t"\tO\tO
10\tEcce\tB-OTH\tO
11\thomo\tI-OTH\tO
12\t"\tO\tO

#\thttp://example.org/b\t[2010-01-02]
1\tAntony\tB-PER\tO
2\tBlinken\tI-PER\tO
3\tsprach\tO\tO
"""


@pytest.fixture
def tsv(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_read_maps_outer_labels_oth_to_misc_and_deriv_part_to_o(tsv):
    first, second = read_germeval(tsv)
    assert first.words[1] == "NATO-Russland-Rat"
    # LOCderiv ("russische") and ORGpart ("Nato-Truppen") are not entities.
    assert first.spans == ((1, 2, "ORG"), (3, 4, "LOC"), (9, 11, "MISC"))
    assert second.spans == ((0, 2, "PER"),)
    assert second.text == "Antony Blinken sprach"
    assert first.source.startswith("http://example.org/a")


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O"], ((0, 2, "PER"),)),
        (["B-PER", "B-PER"], ((0, 1, "PER"), (1, 2, "PER"))),
        # An I- tag after O or after another label opens a new entity (conlleval).
        (["O", "I-LOC", "I-LOC"], ((1, 3, "LOC"),)),
        (["B-ORG", "I-LOC"], ((0, 1, "ORG"), (1, 2, "LOC"))),
        (["I-MISC"], ((0, 1, "MISC"),)),
        ([], ()),
    ],
)
def test_iob_to_spans(tags, spans):
    assert iob_to_spans(tags) == spans


def test_bad_tag_names_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    # "X-PER" is not a BIO tag.
    path.write_text("1\tHans\tX-PER\tO\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:1: expected a BIO tag"):
        list(read_germeval(path))


def test_too_few_columns_is_input_error(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("1\tHans\n", encoding="utf-8")  # no tag column
    with pytest.raises(
        InputError, match=r"bad.tsv:1: expected index<TAB>token<TAB>tag"
    ):
        list(read_germeval(path))


def test_missing_directory_is_input_error(tmp_path):
    with pytest.raises(InputError, match="expected the GermEval 2014 directory"):
        load_germeval(tmp_path / "nope")


def _synthetic(n: int) -> list[Sentence]:
    return [Sentence((f"w{i}", "x"), ()) for i in range(n)]


def test_split_is_disjoint_complete_and_stable():
    sents = _synthetic(1000)
    train, held = split_heldout(sents)
    assert len(held) == 100
    words = lambda part: {s.words[0] for s in part}  # noqa: E731
    assert not words(train) & words(held)
    assert words(train) | words(held) == words(sents)
    # Same input, same split; another seed gives another split.
    assert split_heldout(sents)[1] == held
    assert split_heldout(sents, seed=7)[1] != held


@pytest.mark.shared
def test_real_split_sizes_and_fixed_membership():
    sents = load_germeval()
    assert len(sents) == 7300
    train, held = split_heldout(sents)
    assert (len(train), len(held)) == (6570, 730)
    labels = {label for s in held for *_, label in s.spans}
    assert labels == {"PER", "ORG", "LOC", "MISC"}
    again = split_heldout(load_germeval())[1]
    assert [s.words for s in again] == [s.words for s in held]


def _smartdata_file(tmp_path, text, mentions, source="news"):
    import gzip
    import json

    doc = {
        "text": {"string": text},
        "refids": {"map": {"source": source}},
        "conceptMentions": {
            "array": [
                {
                    "type": t,
                    "span": {"start": text.index(s), "end": text.index(s) + len(s)},
                }
                for t, s in mentions
            ]
        },
    }
    path = tmp_path / "sd.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(doc, indent=2) + "\n" + json.dumps(doc, indent=2))
    return path


def test_smartdata_mapping_is_conservative(tmp_path):
    from kg.ner.germeval import read_smartdata

    text = (
        "Siemens-Chef Joe Kaeser traf die Journalisten in München. "
        "Die deutsche Bahn fuhr zum Hauptbahnhof mit dem Ghibli."
    )
    path = _smartdata_file(
        tmp_path,
        text,
        [
            ("organization-company", "Siemens"),  # inside a compound token
            ("person", "Joe Kaeser"),
            ("person", "Journalisten"),  # a common noun, not a name
            ("location-city", "München"),
            ("location", "deutsche"),  # adjective: O, as GermEval's LOCderiv
            ("location-stop", "Hauptbahnhof"),
        ],
    )
    sents = list(
        read_smartdata(
            path,
            is_common_noun=lambda w: (
                w in {"Journalisten", "Bahn", "Hauptbahnhof", "Die"}
            ),
        )
    )
    assert len(sents) == 4  # two sentences, the document twice
    first, second = sents[:2]
    got = [(" ".join(first.words[a:b]), label) for a, b, label in first.spans]
    assert got == [("Joe Kaeser", "PER"), ("München", "LOC")]
    unknown = {first.words[a] for a, _ in first.missing}
    assert unknown == {"Siemens-Chef", "Journalisten"}
    assert second.spans == ()
    # "deutsche" stays O; the stop and the unannotated name "Ghibli" are unknown.
    unknown = {second.words[a] for a, _ in second.missing}
    assert unknown == {"Hauptbahnhof", "Ghibli"}
    # tweets are skipped by default
    path = _smartdata_file(tmp_path, text, [], source="tweet")
    assert list(read_smartdata(path)) == []
