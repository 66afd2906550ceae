"""bench/eval_quotes.py on a tiny fixture (no model): the scoring of issue 17's
shared gold format (quote span F1, token overlap, speaker accuracy, interaction F1)."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT

TEXTS = [
    (
        "International",
        "Es sei schwierig, sagte Blinken im Sender CNN. "
        '"Wir wollen Deeskalation sehen."',
    ),
    (
        "Inland",
        "Die Polizei sagte, es sei ruhig geblieben. Die Opposition lehnt das ab.",
    ),
    ("International", "Nichts gesagt."),
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_quotes", ROOT / "bench" / "eval_quotes.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = module
    spec.loader.exec_module(module)
    return module


ev = _load()


def q(text, speaker, kind="indirect", sk="person", medium=None):
    return {
        "kind": kind,
        "text": text,
        "speaker": speaker,
        "speaker_kind": sk,
        "medium": medium,
    }


GOLD = [
    {
        "section": "International",
        "index": 0,
        "head": TEXTS[0][1][:80],
        "quotes": [
            q("Es sei schwierig", "Antony Blinken", medium="CNN"),
            q("Wir wollen Deeskalation sehen.", "Antony Blinken", "direct"),
        ],
        "interactions": [
            {
                "type": "DEMAND",
                "source": "USA",
                "target": "Russland",
                "issue": "Deeskalation",
                "verb": "fordern",
            }
        ],
    },
    {
        "section": "Inland",
        "index": 0,
        "head": TEXTS[1][1][:80],
        "quotes": [q("es sei ruhig geblieben", "Polizei", sk="organisation")],
        "interactions": [
            {
                "type": "REJECT",
                "source": "Opposition",
                "target": None,
                "issue": "das",
                "verb": "ablehnen",
            }
        ],
    },
]


@pytest.fixture()
def texts():
    return {("International", 0): TEXTS[0][1], ("Inland", 0): TEXTS[1][1]}


def test_gold_scores_one(texts) -> None:
    r = ev.score(GOLD, GOLD, texts)
    assert r["quotes"]["F1"] == r["tokens"]["F1"] == r["interactions"]["F1"] == 1.0
    assert r["speaker"] == {"judged": 3, "correct": 3, "accuracy": 1.0}
    assert r["errors"] == []


def test_partial_system(texts) -> None:
    system = json.loads(json.dumps(GOLD))
    a, b = system
    # a quote cut to less than half of the gold span does not match; a surname matches
    a["quotes"] = [
        q("Es sei schwierig", "Blinken"),
        q("sehen.", "Antony Blinken", "direct"),
    ]
    # the wrong target misses the DEMAND; an extra interaction costs precision
    a["interactions"] = [
        {
            "type": "DEMAND",
            "source": "USA",
            "target": "Ukraine",
            "issue": None,
            "verb": "fordern",
        },
    ]
    b["quotes"] = [q("es sei ruhig geblieben", "Russland", sk="country")]
    r = ev.score(GOLD, system, texts)
    assert (r["quotes"]["matched"], r["quotes"]["system"], r["quotes"]["gold"]) == (
        2,
        3,
        3,
    )
    assert r["quotes"]["P"] == r["quotes"]["R"] == 0.667
    assert r["speaker"] == {"judged": 2, "correct": 1, "accuracy": 0.5}
    assert r["interactions"]["matched"] == 1 and r["interactions"]["P"] == 0.5
    # words: gold 3 + 4 + 4 = 11, system 3 + 1 + 4 = 8, shared 8
    assert (r["tokens"]["gold"], r["tokens"]["system"], r["tokens"]["matched"]) == (
        11,
        8,
        8,
    )
    assert any("missed quote" in e for e in r["errors"])


def test_cli_checks_the_gold_and_scores_a_system_file(tmp_path, capsys) -> None:
    corpus = tmp_path / "test.csv"
    with corpus.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quotechar="'")
        for row in TEXTS:
            w.writerow(row)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(a) + "\n" for a in GOLD), encoding="utf-8")
    assert (
        ev.main([str(gold), "--csv", str(corpus), "--system", str(gold), "--json"]) == 0
    )
    out = capsys.readouterr().out
    assert "speaker attribution: 3/3 = 1.000" in out
    assert json.loads(out.splitlines()[-1])["quotes"]["F1"] == 1.0
    bad = json.loads(json.dumps(GOLD))
    bad[0]["quotes"][0]["text"] = "nicht im Text"
    gold.write_text("".join(json.dumps(a) + "\n" for a in bad), encoding="utf-8")
    assert ev.main([str(gold), "--csv", str(corpus), "--system", str(gold)]) == 1
    assert "quote not in the article" in capsys.readouterr().err


def test_name_rules() -> None:
    assert ev.same_actor("Recep Tayyip Erdoğan", "Erdogan", "person")
    assert ev.same_actor("USA", "USA", "country")
    assert not ev.same_actor("Antony Blinken", "Sergej Rjabkow", "person")
    assert not ev.same_actor("Polizei", None, "organisation")
    # a government speaks for its state (bench/quote_gold.md), nothing else does
    assert ev.same_actor("Norwegen", "Regierung (Norwegen)", "country")
    assert not ev.same_actor("Schweden", "Regierung (Norwegen)", "country")
    assert not ev.same_actor("Norwegen", "Armee (Norwegen)", "country")


def test_speaker_matches_by_any_name_of_the_entity(texts) -> None:
    """The system speaker is an entity: its aliases count as its names ("Armee
    (Türkei)" is "türkische Armee"); an alias of another actor does not."""
    gold = json.loads(json.dumps(GOLD))
    gold[1]["quotes"] = [
        q("es sei ruhig geblieben", "Türkische Armee", sk="organisation")
    ]
    system = json.loads(json.dumps(gold))
    system[1]["quotes"][0]["speaker"] = "Armee (Türkei)"
    assert ev.score(gold, system, texts)["speaker"]["correct"] == 2
    system[1]["quotes"][0]["speaker_aliases"] = ["türkische Armee"]
    assert ev.score(gold, system, texts)["speaker"]["correct"] == 3
    system[1]["quotes"][0]["speaker_aliases"] = ["syrische Armee"]
    assert ev.score(gold, system, texts)["speaker"]["correct"] == 2
