"""`kg train-ner` end to end on a tiny slice, determinism, and the lexicon table."""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy

from kg.cli import main
from kg.errors import InputError
from kg.ner.germeval import Sentence
from kg.ner.train import (
    CONFIG_DIR,
    FEATURES,
    lexicon_vectors,
    sentences_to_docbin,
    train_ner,
)


def _tiny(tmp_path, name, seed):
    out = tmp_path / name
    result = train_ner(
        output=out,
        seed=seed,
        config="efficiency",
        limit=40,
        max_steps=12,
        work_dir=tmp_path / f"work-{name}",
    )
    return out, result


@pytest.mark.shared
def test_tiny_training_run_writes_a_loadable_pipeline_and_is_deterministic(tmp_path):
    out1, result = _tiny(tmp_path, "a", seed=3)
    out2, _ = _tiny(tmp_path, "b", seed=3)
    nlp = spacy.load(out1)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    # Same seed, same data: byte-identical weights.
    for part in ("ner/model", "tok2vec/model"):
        assert (out1 / part).read_bytes() == (out2 / part).read_bytes()
    card = (out1 / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Benikova" in card and "CC BY 4.0" in card and "seed 3" in card
    scores = json.loads((out1 / "scores.json").read_text())
    assert scores["sentences"] == 730  # scored on the whole held-out part
    assert result.size_bytes < 30e6
    # No optimizer state or training corpora are shipped.
    assert not list(out1.rglob("*.spacy"))


@pytest.mark.shared
def test_other_seed_gives_other_weights(tmp_path):
    out1, _ = _tiny(tmp_path, "a", seed=3)
    out2, _ = _tiny(tmp_path, "b", seed=4)
    assert (out1 / "ner/model").read_bytes() != (out2 / "ner/model").read_bytes()


@pytest.mark.shared
def test_cli_train_ner_smoke(tmp_path, capsys):
    out = tmp_path / "m"
    code = main(
        [
            "train-ner",
            "--config",
            "efficiency",
            "--limit",
            "30",
            "--max-steps",
            "5",
            "--output",
            str(out),
            "-q",
        ]
    )
    assert code == 0
    assert "held-out F1 PER+ORG+LOC" in capsys.readouterr().out
    assert (out / "meta.json").exists()


@pytest.mark.shared
def test_pretraining_runs_first_and_seeds_the_tok2vec(tmp_path):
    # the efficiency recipe with the shipped config's pretraining block
    eff = (CONFIG_DIR / "ner_efficiency.cfg").read_text(encoding="utf-8")
    shipped = (CONFIG_DIR / "ner_lexicon.cfg").read_text(encoding="utf-8")
    assert "raw_text" not in eff and eff.rstrip().endswith("[pretraining]")
    cfg = tmp_path / "pretrain.cfg"
    cfg.write_text(
        eff.replace("init_tok2vec = null\n", "init_tok2vec = null\nraw_text = null\n")
        .rstrip()
        .removesuffix("[pretraining]")
        + "[corpora.pretrain]"
        + shipped.split("[corpora.pretrain]", 1)[1],
        encoding="utf-8",
    )
    logged = []

    def run(name, epochs):
        train_ner(
            output=tmp_path / name,
            seed=3,
            config=cfg,
            limit=40,
            max_steps=5,
            pretrain_epochs=epochs,
            work_dir=tmp_path / f"work-{name}",
            log=logged.append,
        )
        return (tmp_path / name / "tok2vec" / "model").read_bytes()

    with_pretraining = run("p", 1)
    assert (tmp_path / "work-p" / "pretrain-1" / "model-last.bin").exists()
    assert any(
        "pretraining the tok2vec on 400 unlabelled sentences" in m for m in logged
    )
    assert run("n", 0) != with_pretraining
    with pytest.raises(InputError, match="no \\[pretraining\\] section"):
        train_ner(output=tmp_path / "x", config="efficiency", pretrain_epochs=2)


def test_unknown_config_is_input_error(tmp_path):
    with pytest.raises(
        InputError, match="--config: expected one of .*efficiency.*lexicon"
    ):
        train_ner(output=tmp_path / "x", config="nope")


def test_bad_set_option_is_rejected(capsys):
    assert main(["train-ner", "--set", "training.dropout"]) == 2
    assert "expected KEY=VALUE" in capsys.readouterr().err


def test_docbin_keeps_gold_entities():
    vocab = spacy.blank("de").vocab
    db = sentences_to_docbin(
        [Sentence(("Antony", "Blinken", "in", "Genf"), ((0, 2, "PER"), (3, 4, "LOC")))],
        vocab,
    )
    (doc,) = db.get_docs(vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Antony Blinken", "PER"),
        ("Genf", "LOC"),
    ]


def test_lexicon_vectors_are_keyed_by_lower_form():
    nlp = spacy.blank("de")
    table = np.eye(2, len(FEATURES), dtype="float32")
    nlp.vocab.vectors = lexicon_vectors(["genf", "haus"], table)
    # the key strings stay out of the vocab's string store (the model stays small)
    assert "genf" not in nlp.vocab.strings
    doc = nlp("GENF Genf Haus Unbekannt")
    assert doc[0].vector[0] == 1.0 and doc[1].vector[0] == 1.0
    assert doc[2].vector[1] == 1.0
    assert not doc[3].has_vector


def test_build_lexicon_features():
    pytest.importorskip("wordfreq")
    pytest.importorskip("HanTa")
    pytest.importorskip("german_nouns")
    pytest.importorskip("gender_guesser")
    from kg.ner.train import build_lexicon

    sents = [
        ["Gestern", "traf", "Wendy", "Haus", "in", "Genf", "."],
        ["Im", "Haus", "wohnt", "man", "."],
    ]
    keys, table = build_lexicon(sents, wordfreq_top=0, hanta=False)
    row = {k: dict(zip(FEATURES, table[i], strict=True)) for i, k in enumerate(keys)}
    assert row["wendy"]["first_name"] == 1.0
    assert row["haus"]["common_noun"] == 1.0 and row["haus"]["first_name"] == 0.0
    assert row["haus"]["upper_ratio"] == 1.0
    assert row["in"]["upper_ratio"] == 0.0
    assert row["genf"]["gaz_city"] == 1.0 or row["genf"]["toponym"] == 1.0
    assert row["in"]["zipf_ge5"] == 1.0


def test_lower_keyed_vectors_survive_save_and_load(tmp_path):
    # spaCy 3.8 drops Vectors.attr when saving default-mode vectors; without
    # keep_vectors_attr a capitalised word would find no row after loading.
    from spacy.attrs import IDS

    from kg.ner.train import keep_vectors_attr

    nlp = spacy.blank("de")
    nlp.vocab.vectors = lexicon_vectors(
        ["genf"], np.ones((1, len(FEATURES)), "float32")
    )
    nlp.to_disk(tmp_path / "p")
    keep_vectors_attr(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.vocab.vectors.attr == IDS["LOWER"]
    assert loaded.make_doc("Genf")[0].has_vector
