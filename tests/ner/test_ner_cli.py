"""`kg ner` (text and the --jsonl contract) and `kg eval-ner` on rule pipelines;
the shipped model itself in the slow tests."""

from __future__ import annotations

import io
import json

import pytest
import spacy

from kg.cli import main, ner_jsonl
from kg.errors import InputError
from kg.ingest import text_records

LABELS = {"PER", "ORG", "LOC", "MISC"}


@pytest.fixture(scope="module")
def rule_nlp():
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"ORTH": "Wendy"}, {"ORTH": "Sherman"}]},
            {"label": "LOC", "pattern": "Genf"},
            {"label": "ORG", "pattern": "OSZE"},
            {"label": "DATE", "pattern": "Montag"},  # not a kg label: never output
        ]
    )
    return nlp


def _lines(records):
    return [json.dumps(r, ensure_ascii=False) + "\n" for r in records]


def test_jsonl_contract_offsets_slice_text_and_order_is_kept(rule_nlp):
    records = [
        {"id": "b", "text": "Am Montag traf Wendy Sherman in Genf ein."},
        {"id": "a", "text": "Ohne Namen."},
        {"id": "c", "text": "„Die OSZE“ – in Genf: Wendy Sherman."},
    ]
    out = io.StringIO()
    n = ner_jsonl(rule_nlp, _lines(records), out, batch_size=2)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == 3
    assert [r["id"] for r in rows] == ["b", "a", "c"]
    assert rows[1]["entities"] == []
    for rec, row in zip(records, rows, strict=True):
        assert set(row) == {"id", "entities"}
        for ent in row["entities"]:
            assert set(ent) == {"start", "end", "label", "text"}
            assert isinstance(ent["start"], int) and isinstance(ent["end"], int)
            assert rec["text"][ent["start"] : ent["end"]] == ent["text"]
            assert ent["label"] in LABELS
    assert [(e["label"], e["text"]) for e in rows[0]["entities"]] == [
        ("PER", "Wendy Sherman"),
        ("LOC", "Genf"),
    ]
    assert [e["label"] for e in rows[2]["entities"]] == ["ORG", "LOC", "PER"]


def test_runs_of_spaces_do_not_split_names_and_offsets_index_the_input(rule_nlp):
    # spaCy makes "  " a token of its own; kg squeezes runs of spaces before the
    # pipeline and maps the offsets back
    text = "Am  Montag traf Wendy   Sherman\tin    Genf ein."
    out = io.StringIO()
    ner_jsonl(rule_nlp, _lines([{"id": "x", "text": text}]), out)
    [row] = [json.loads(line) for line in out.getvalue().splitlines()]
    got = [(e["label"], e["text"]) for e in row["entities"]]
    assert got == [("PER", "Wendy   Sherman"), ("LOC", "Genf")]
    for ent in row["entities"]:
        assert text[ent["start"] : ent["end"]] == ent["text"]


def test_jsonl_streams_from_a_generator(rule_nlp):
    consumed = 0
    total = 1000

    def lines():
        nonlocal consumed
        for i in range(total):
            consumed += 1
            yield json.dumps({"id": str(i), "text": f"Treffen {i} in Genf."}) + "\n"

    class Out(io.StringIO):
        first_write_at: int | None = None

        def write(self, s):
            if self.first_write_at is None:
                self.first_write_at = consumed
            return super().write(s)

    out = Out()
    assert ner_jsonl(rule_nlp, lines(), out, batch_size=10) == total
    # The first result is written long before the input is exhausted.
    assert out.first_write_at is not None and out.first_write_at <= 50
    assert len(out.getvalue().splitlines()) == total


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("{not json", "expected a JSON object"),
        ('["id", "text"]', 'expected {"id": str, "text": str}'),
        ('{"id": 1, "text": "x"}', 'expected {"id": str, "text": str}'),
        ('{"id": "1"}', 'expected {"id": str, "text": str}'),
    ],
)
def test_broken_jsonl_line_names_file_and_line(line, why):
    good = json.dumps({"id": "0", "text": "Genf"})
    # the broken record is on line 3 (line 2 is blank and skipped)
    with pytest.raises(
        InputError, match=rf"in.jsonl:3: {__import__('re').escape(why)}"
    ):
        list(text_records([good, "\n", line], "in.jsonl"))


def test_cli_ner_jsonl_and_text_with_rules_only(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    text = "Die Gespräche in Genf beginnen am Montag."
    path.write_text(json.dumps({"id": "x1", "text": text}) + "\n", encoding="utf-8")
    assert main(["ner", "--jsonl", "--model", "blank", str(path)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["id"] == "x1"
    assert {"start": 17, "end": 21, "label": "LOC", "text": "Genf"} in row["entities"]

    txt = tmp_path / "in.txt"
    txt.write_text(text, encoding="utf-8")
    assert main(["ner", "--model", "blank", str(txt)]) == 0
    assert "17\t21\tLOC\tGenf" in capsys.readouterr().out.splitlines()


def test_cli_ner_bad_jsonl_exits_2(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "ok"}\n{"id": 2}\n', encoding="utf-8")
    assert main(["ner", "--jsonl", "--model", "blank", str(path)]) == 2
    assert f"{path}:2: expected" in capsys.readouterr().err


def test_cli_ner_missing_file_exits_2(tmp_path, capsys):
    assert main(["ner", "--model", "blank", str(tmp_path / "none.txt")]) == 2
    assert "expected a readable text file" in capsys.readouterr().err


GERMEVAL = "1\tSie\tO\tO\n2\tflog\tO\tO\n3\tnach\tO\tO\n4\tGenf\tB-LOC\tO\n5\t.\tO\tO\n"


def test_cli_eval_ner_json_on_a_file(tmp_path, capsys):
    path = tmp_path / "gold.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    assert main(["eval-ner", str(path), "--model", "blank", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["labels"]["LOC"]["tp"] == 1
    assert scores["PER+ORG+LOC"]["f1"] == 100.0
    assert main(["eval-ner", str(path), "--model", "blank"]) == 0
    assert "PER+ORG+LOC" in capsys.readouterr().out


# --- the shipped model -----------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    from kg.nlp import MODEL_DIR

    if not (MODEL_DIR / "meta.json").exists():
        pytest.fail(f"{MODEL_DIR} has no trained model; run `kg train-ner`")
    return spacy.load(MODEL_DIR)


@pytest.mark.slow
def test_shipped_model_loads_without_kg_and_finds_per_and_loc(shipped):
    doc = shipped("Die Kanzlerin Angela Merkel reiste am Montag nach Paris.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Angela Merkel", "PER") in ents
    assert ("Paris", "LOC") in ents
    doc = shipped(
        "In Hamburg sprach Bürgermeister Peter Tschentscher mit Vertretern der Polizei."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Hamburg", "LOC") in ents
    assert ("Peter Tschentscher", "PER") in ents
    assert set(shipped.get_pipe("ner").labels) == LABELS


@pytest.mark.slow
def test_shipped_model_is_small_and_has_its_card():
    from kg.nlp import MODEL_DIR

    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30e6
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Benikova" in card and "CC BY 4.0" in card and "kg train-ner" in card
