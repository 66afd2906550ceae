"""`kg train-ner`: train, select and ship kg's German NER pipeline.

Data flow::

    GermEval dev+test ──split_heldout──► train part ──seeded slice──► train / dev
                                     └─► held-out (never trained on; scored at the end)
    lexicon sources ──build_lexicon──► Vectors table (static vectors, key = lower form)
    config (kg/configs/*.cfg) + DocBins + vectors ──spaCy training loop──► model-best
    model-best ──strip, meta, MODEL_CARD.md──► kg/models/de_kg_ner

The lexicon table is the main lever beyond spaCy's defaults: for each lower-cased
word form a handful of hand-made features (first name, surname, toponym, common
noun, word frequency, mid-sentence capitalisation, gazetteer membership, HanTa's
proper-noun tag). The model then knows something about words it never saw in
6,000 training sentences. Building it needs the ``train`` extra (wordfreq,
german-nouns, gender-guesser, HanTa); the saved pipeline needs spaCy only.

Determinism: given the seed, data and config, two runs give identical models
(spaCy fixes the random seeds; training is single-process on CPU), unless
``max_minutes`` stops a run early: that cut depends on the machine's speed.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import math
import platform
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer

from kg.errors import InputError, ModelError
from kg.ner.germeval import (
    LABELS,
    Sentence,
    default_data_dir,
    load_germeval,
    read_smartdata,
    smartdata_documents,
    split_heldout,
)
from kg.nlp.lexicon import FEATURES, Feature

__all__ = [
    "CONFIG_DIR",
    "FEATURES",
    "DEFAULT_OUTPUT",
    "TrainResult",
    "build_lexicon",
    "keep_vectors_attr",
    "lexicon_vectors",
    "sentences_to_docbin",
    "train_ner",
]

CONFIG_DIR = Path(str(files("kg"))) / "configs"
DEFAULT_OUTPUT = Path(str(files("kg"))) / "models" / "de_kg_ner"
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

_SENT_END = re.compile(r"^[.!?:;\"„“]+$")


@dataclass(frozen=True, slots=True)
class TrainResult:
    """What ``train_ner`` produced."""

    output: Path
    scores: dict[str, Any]
    seconds: float
    size_bytes: int


# --- corpora -------------------------------------------------------------------------


def sentences_to_docbin(sentences: Iterable[Sentence], vocab: Any) -> Any:
    """A ``DocBin`` with one Doc per sentence and its gold entities."""
    from spacy.tokens import Doc, DocBin, Span

    db = DocBin(store_user_data=False)
    for s in sentences:
        doc = Doc(vocab, words=list(s.words))
        doc.set_ents(
            [Span(doc, start, end, label=label) for start, end, label in s.spans],
            missing=[Span(doc, start, end) for start, end in s.missing],
            default="outside",
        )
        db.add(doc)
    return db


def _read_conllu(path: Path) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit():
                sent.append((cols[1], cols[3]))
    if sent:
        yield sent


def _read_smartdata_texts(path: Path) -> Iterator[str]:
    for doc in smartdata_documents(path):
        yield doc["text"]["string"]


def _unlabelled_sentences(
    train: Sequence[Sentence], shared: Path
) -> Iterator[list[str]]:
    """Token lists of the unlabelled text the lexicon counts (never the held-out part).

    10kGNAD is not used: its licence is non-commercial, and it is the benchmark."""
    for s in train:
        yield list(s.words)
    ud = shared / "ud-german"
    for p in sorted(ud.glob("*.conllu")) if ud.is_dir() else []:
        for sent in _read_conllu(p):
            yield [w for w, _ in sent]
    sd = shared / "smartdata"
    if sd.is_dir():
        import spacy

        tok = spacy.blank("de").tokenizer
        for p in sorted(sd.glob("v1_*.json.gz")):
            for text in _read_smartdata_texts(p):
                words: list[str] = []
                for t in tok(text):
                    if t.is_space:
                        continue
                    words.append(t.text)
                    if _SENT_END.match(t.text):
                        yield words
                        words = []
                if words:
                    yield words


# --- the lexicon table ---------------------------------------------------------------


def _gender_guesser_names() -> set[str]:
    import gender_guesser.detector as gd

    path = Path(gd.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with path.open(encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            for part in re.split(r"[+ -]", name):
                if len(part) > 1:
                    names.add(part.lower())
    return names


def _german_nouns() -> dict[str, set[str]]:
    """Lower-cased forms per Wiktionary class: Vorname, Nachname, Toponym,
    Eigenname, and common nouns (``Substantiv`` without those)."""
    import german_nouns

    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    out: dict[str, set[str]] = {
        k: set() for k in ("first", "sur", "topo", "proper", "noun")
    }
    with path.open(encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            pos = set(row[1].split(","))
            kind = (
                "first"
                if "Vorname" in pos
                else "sur"
                if "Nachname" in pos
                else "topo"
                if "Toponym" in pos
                else "proper"
                if "Eigenname" in pos
                else "noun"
            )
            for cell in [row[0], *row[7:]]:
                if cell and " " not in cell and not cell.startswith("-"):
                    out[kind].add(cell.lower())
    return out


def _gazetteer_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {
        "country": set(),
        "city": set(),
        "org": set(),
        "part": set(),
    }
    try:
        from kg.nlp import gazetteer
    except ImportError:  # the gazetteer layer is optional for training
        return out
    for form, entry in gazetteer.matchable_forms().items():
        words = form.split()
        if len(words) > 1:
            out["part"].update(w.lower() for w in words)
            continue
        if entry.label == "ORG":
            out["org"].add(form.lower())
        elif entry.kind == "city":
            out["city"].add(form.lower())
        elif entry.label == "LOC":
            out["country"].add(form.lower())
    return out


def build_lexicon(
    sentences: Iterable[Sequence[str]],
    *,
    wordfreq_top: int = 100_000,
    ud_dir: Path | None = None,
    min_count: int = 1,
    hanta: bool = True,
) -> tuple[list[str], np.ndarray]:
    """Lower-cased word forms and their feature rows (columns: ``FEATURES``).

    Parameters
    ----------
    sentences
        Unlabelled token lists: mid-sentence capitalisation and counts come
        from them, and every word in them gets a row.
    wordfreq_top
        Also give a row to wordfreq's N most frequent German words.
    ud_dir
        UD German ``.conllu`` files for the PROPN share (optional).
    hanta
        Ask HanTa for the proper-noun tag (slow: ~1 ms per word asked).

    Returns
    -------
    (keys, table)
        ``table[i]`` is the float32 feature row of ``keys[i]``.
    """
    import wordfreq
    from HanTa import HanoverTagger as ht

    counts: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    for sent in sentences:
        for i, w in enumerate(sent):
            if not any(c.isalpha() for c in w):
                continue
            lw = w.lower()
            counts[lw] += 1
            if i > 0 and not _SENT_END.match(sent[i - 1]):
                mid[lw] += 1
                upper[lw] += w[0].isupper()
    propn: Counter[str] = Counter()
    ud_n: Counter[str] = Counter()
    for p in sorted(ud_dir.glob("*.conllu")) if ud_dir and ud_dir.is_dir() else []:
        for sent_ in _read_conllu(p):
            for w, upos in sent_:
                ud_n[w.lower()] += 1
                propn[w.lower()] += upos == "PROPN"
    names = _gender_guesser_names()
    nouns = _german_nouns()
    gaz = _gazetteer_forms()
    vocab = {w for w, n in counts.items() if n >= min_count}
    if wordfreq_top:
        vocab.update(wordfreq.top_n_list("de", wordfreq_top))
    vocab.update(names)
    for key in ("first", "sur", "topo", "proper"):
        vocab.update(nouns[key])
    for forms in gaz.values():
        vocab.update(forms)
    vocab = {w for w in vocab if w and not w.isspace()}
    keys = sorted(vocab)
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    freq = wordfreq.get_frequency_dict("de")  # zipf_frequency() is ~3 ms a call
    col = {name: i for i, name in enumerate(FEATURES)}
    table = np.zeros((len(keys), len(FEATURES)), dtype="float32")
    for i, w in enumerate(keys):
        row = table[i]
        row[col[Feature.KNOWN]] = 1.0
        row[col[Feature.FIRST_NAME]] = w in names or w in nouns["first"]
        row[col[Feature.SURNAME]] = w in nouns["sur"]
        row[col[Feature.TOPONYM]] = w in nouns["topo"]
        row[col[Feature.PROPER_NOUN]] = w in nouns["proper"]
        row[col[Feature.COMMON_NOUN]] = w in nouns["noun"]
        f = freq.get(w, 0.0)
        z = math.log10(f) + 9 if f > 0 else 0.0
        bucket = (
            Feature.ZIPF_0
            if z == 0
            else Feature.ZIPF_LT3
            if z < 3
            else Feature.ZIPF_3_4
            if z < 4
            else Feature.ZIPF_4_5
            if z < 5
            else Feature.ZIPF_GE5
        )
        row[col[bucket]] = 1.0
        if mid[w]:
            row[col[Feature.UPPER_RATIO]] = upper[w] / mid[w]
        row[col[Feature.CORPUS_COUNT]] = math.log10(1 + counts[w]) / 4
        if ud_n[w]:
            row[col[Feature.UD_PROPN]] = propn[w] / ud_n[w]
        row[col[Feature.GAZ_COUNTRY]] = w in gaz["country"]
        row[col[Feature.GAZ_CITY]] = w in gaz["city"]
        row[col[Feature.GAZ_ORG]] = w in gaz["org"]
        row[col[Feature.GAZ_PART]] = w in gaz["part"]
        # HanTa costs ~1 ms a word: ask it only where the other sources leave
        # open whether a capitalised word is a name (not a known common noun,
        # not a frequent function word, not mostly lower-case in running text).
        lower_word = mid[w] >= 3 and upper[w] / mid[w] < 0.5
        if (
            hanta
            and w[0].isalpha()
            and z < 5
            and w not in nouns["noun"]
            and not lower_word
        ):
            tags = tagger.tag_word(w[0].upper() + w[1:])
            best = tags[0][0] if tags else ""
            row[col[Feature.HANTA_NE]] = best == "NE"
            row[col[Feature.HANTA_NN]] = best.startswith("NN")
        else:
            row[col[Feature.HANTA_NN]] = w in nouns["noun"]
        row[col[Feature.LOWER_WORD]] = lower_word
    return keys, table


def lexicon_vectors(keys: Sequence[str], table: np.ndarray) -> Any:
    """A spaCy ``Vectors`` table keyed by the LOWER attribute.

    Keys are stored as hashes only (the strings stay out of the shipped vocab)."""
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    vectors = Vectors(shape=table.shape, attr="LOWER")
    for i, w in enumerate(keys):
        vectors.add(get_string_id(w), row=i)
    vectors.data[:] = table
    return vectors


def keep_vectors_attr(pipeline_dir: Path, attr: str = "LOWER") -> None:
    """Record the vectors' key attribute in ``vocab/vectors.cfg``.

    spaCy 3.8 writes ``attr`` to ``vectors.cfg`` only for floret vectors but
    reads it back for every mode; without this a LOWER-keyed table silently
    falls back to ORTH keys after saving (and capitalised words find no row).
    """
    from spacy.attrs import IDS

    path = pipeline_dir / "vocab" / "vectors.cfg"
    cfg = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    cfg["attr"] = IDS[attr]
    path.write_text(json.dumps(cfg), encoding="utf-8")


# --- training ------------------------------------------------------------------------


class _Deadline(Exception):
    pass


def _register_deadline() -> None:
    import spacy

    if "kg.deadline.v1" in spacy.registry.callbacks:
        return

    @spacy.registry.callbacks("kg.deadline.v1")
    def make_deadline(deadline: float = 0.0) -> Any:
        def check(nlp: Any, info: dict[str, Any]) -> None:
            if deadline and time.time() > deadline:
                raise _Deadline()

        return check


def _config_path(config: str | Path) -> Path:
    path = Path(config)
    if not path.suffix:
        path = CONFIG_DIR / f"ner_{config}.cfg"
    if not path.is_file():
        known = ", ".join(
            sorted(p.stem.removeprefix("ner_") for p in CONFIG_DIR.glob("*.cfg"))
        )
        raise InputError(
            f"--config: expected one of {known} or a .cfg file, got {config!r}"
        )
    return path


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def train_ner(
    data_dir: str | Path | None = None,
    output: str | Path | None = None,
    *,
    seed: int = 0,
    config: str | Path = "lexicon",
    max_minutes: float | None = None,
    max_steps: int | None = None,
    limit: int | None = None,
    dev_fraction: float = 0.08,
    wordfreq_top: int = 100_000,
    smartdata: bool = False,
    pretrain_epochs: int | None = None,
    work_dir: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    command: str = "kg train-ner",
    log: Any = None,
) -> TrainResult:
    """Train the NER pipeline and write it (with ``MODEL_CARD.md``) to ``output``.

    Parameters
    ----------
    data_dir
        GermEval 2014 directory (default ``../shared/data/germeval2014``).
    output
        Where the pipeline goes (default: the shipped ``kg/models/de_kg_ner``).
    seed
        Seeds spaCy and the train/dev slice. The held-out split is fixed.
    config
        ``"lexicon"`` (shipped), ``"efficiency"`` (no lexicon) or a .cfg path.
    max_minutes, max_steps
        Stop early; the best checkpoint on the dev slice is kept.
    limit
        Train on only the first N sentences of the shuffled training part, and
        pretrain on only 10 N unlabelled sentences (tests).
    wordfreq_top
        Size of the wordfreq part of the lexicon vocabulary.
    smartdata
        Also train on SmartData news/rss (``read_smartdata``); model selection
        and the held-out score stay GermEval-only.
    pretrain_epochs
        Epochs of ``spacy pretrain`` (character objective) on the unlabelled
        text before training; the tok2vec starts from its weights. ``None``:
        the config's ``[pretraining] max_epochs`` (0 if it has no such section);
        0: no pretraining.
    work_dir
        Keep corpora, the lexicon, pretrained weights and checkpoints here; a
        lexicon or pretrained weights found there are reused (default: a
        temporary directory).

    Raises
    ------
    InputError
        If the data or config cannot be read.
    ModelError
        If training fails.
    """
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from thinc.api import Config

    started = time.time()
    log = log or (lambda msg: None)
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    output = Path(output) if output is not None else DEFAULT_OUTPUT
    cfg_path = _config_path(config)
    raw_cfg = Config().from_disk(cfg_path, interpolate=False)
    use_vectors = bool(
        raw_cfg["components"]["tok2vec"]["model"]["embed"].get(
            "include_static_vectors", False
        )
    )
    if pretrain_epochs is None:
        pretrain_epochs = int(raw_cfg.get("pretraining", {}).get("max_epochs", 0) or 0)
    if pretrain_epochs and not raw_cfg.get("pretraining"):
        raise InputError(f"{cfg_path}: no [pretraining] section to pretrain with")

    sentences = load_germeval(data_dir)
    train_part, heldout = split_heldout(sentences)
    order = list(range(len(train_part)))
    random.Random(seed).shuffle(order)
    if limit:
        order = order[:limit]
    n_dev = max(1, round(len(order) * dev_fraction))
    dev = [train_part[i] for i in sorted(order[:n_dev])]
    train = [train_part[i] for i in sorted(order[n_dev:])]
    n_germeval = len(train)
    counts_note = ""
    if smartdata:
        nouns = _german_nouns()["noun"]
        extra = [
            s
            for name in ("v1_train.json.gz", "v1_test.json.gz")
            for s in read_smartdata(
                SHARED_DATA / "smartdata" / name,
                is_common_noun=lambda w: w.lower() in nouns,
            )
        ]
        log(f"SmartData: {len(extra)} sentences added to training")
        counts_note = f"; plus {len(extra)} SmartData news/rss sentences"
        train = train + extra
    log(
        f"data: {len(train)} train / {len(dev)} dev / {len(heldout)} held-out sentences"
    )

    tmp = tempfile.TemporaryDirectory(prefix="kg-train-") if work_dir is None else None
    work = Path(tmp.name if tmp else work_dir)  # type: ignore[arg-type]
    work.mkdir(parents=True, exist_ok=True)
    try:
        blank = spacy.blank("de")
        sentences_to_docbin(train, blank.vocab).to_disk(work / "train.spacy")
        sentences_to_docbin(dev, blank.vocab).to_disk(work / "dev.spacy")
        over: dict[str, Any] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
        }
        if max_steps:
            over["training.max_steps"] = max_steps
        if use_vectors:
            vec_dir = work / f"lexicon-{wordfreq_top}"
            if not (vec_dir / "meta.json").exists():
                log("building the lexicon table ...")
                t0 = time.time()
                keys, table = build_lexicon(
                    _unlabelled_sentences(train_part, SHARED_DATA),
                    wordfreq_top=wordfreq_top,
                    ud_dir=SHARED_DATA / "ud-german",
                )
                vec_nlp = spacy.blank("de")
                vec_nlp.vocab.vectors = lexicon_vectors(keys, table)
                vec_nlp.to_disk(vec_dir)
                keep_vectors_attr(vec_dir)
                log(
                    f"lexicon: {len(keys)} words x {table.shape[1]} features "
                    f"({time.time() - t0:.0f} s)"
                )
            over["paths.vectors"] = str(vec_dir)
        if pretrain_epochs:
            over["paths.init_tok2vec"] = str(
                _pretrain(
                    cfg_path,
                    work,
                    itertools.islice(
                        _unlabelled_sentences(train_part, SHARED_DATA),
                        limit * 10 if limit else None,
                    ),
                    epochs=pretrain_epochs,
                    overrides={**over, **(overrides or {})},
                    log=log,
                )
            )
        over.update(overrides or {})
        cfg = Config().from_disk(cfg_path, overrides=over)
        _register_deadline()
        cfg["training"]["before_update"] = {
            "@callbacks": "kg.deadline.v1",
            "deadline": time.time() + 60 * max_minutes if max_minutes else 0.0,
        }
        nlp = init_nlp(cfg)
        for label in LABELS:  # all four even if a tiny corpus lacks one
            cast("EntityRecognizer", nlp.get_pipe("ner")).add_label(label)
        ckpt = work / "checkpoints"
        ckpt.mkdir(parents=True, exist_ok=True)
        try:
            out = cast(IO[Any], _LogWriter(log))
            spacy_train(nlp, ckpt, stdout=out, stderr=out)
        except _Deadline:
            log(f"stopped after {max_minutes} min; keeping the best checkpoint")
        best = ckpt / "model-best"
        if not (best / "meta.json").exists():
            best = ckpt / "model-last"
        train_seconds = time.time() - started
        result = _ship(
            best,
            output,
            heldout=heldout,
            seed=seed,
            cfg_path=cfg_path,
            command=command,
            train_seconds=train_seconds,
            counts=(n_germeval, len(dev), len(heldout)),
            note=counts_note,
            log=log,
        )
    except (OSError, ValueError) as e:
        raise ModelError(f"kg train-ner: training failed: {e}") from e
    finally:
        if tmp is not None:
            tmp.cleanup()
    return result


def _pretrain(
    cfg_path: Path,
    work: Path,
    sentences: Iterable[list[str]],
    *,
    epochs: int,
    overrides: dict[str, Any],
    log: Any,
) -> Path:
    """``spacy pretrain`` of the config's tok2vec on ``sentences``; the weights.

    Reuses ``work/pretrain-<epochs>/model-last.bin`` if a run left it there.
    The held-out sentences are never in ``sentences``.
    """
    from spacy.training.pretrain import pretrain
    from thinc.api import Config

    out = work / f"pretrain-{epochs}"
    weights = out / "model-last.bin"
    if weights.exists():
        log(f"pretrained weights: reusing {weights}")
        return weights
    out.mkdir(parents=True, exist_ok=True)
    raw = work / "raw.jsonl"
    n = 0
    with raw.open("w", encoding="utf-8") as f:
        for words in sentences:
            if len(words) >= 3:
                f.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False))
                f.write("\n")
                n += 1
    log(f"pretraining the tok2vec on {n} unlabelled sentences, {epochs} epochs ...")
    t0 = time.time()
    cfg = Config().from_disk(
        cfg_path,
        overrides={
            **overrides,
            "paths.raw_text": str(raw),
            "pretraining.max_epochs": epochs,
        },
    )
    # spaCy prints a row every 10,000 words to stdout; the log gets one per epoch
    with contextlib.redirect_stdout(_EpochLog(log, t0)):
        pretrain(cfg, out, silent=False)
    if not weights.exists():
        raise ModelError(f"kg train-ner: pretraining wrote no {weights}")
    log(f"pretraining: {time.time() - t0:.0f} s")
    return weights


class _EpochLog:
    """A stdout for ``spacy pretrain``: logs the first progress row of each epoch."""

    def __init__(self, log: Any, started: float) -> None:
        self.log, self.started, self.epoch, self.buf = log, started, -1, ""

    def write(self, text: str) -> int:
        self.buf += text
        *lines, self.buf = self.buf.split("\n")
        for line in lines:
            fields = line.split()
            if len(fields) == 5 and fields[0].isdigit() and int(fields[0]) > self.epoch:
                self.epoch = int(fields[0])
                self.log(
                    f"pretraining epoch {self.epoch}: {int(fields[1]):,} words, "
                    f"loss {fields[3]}, {time.time() - self.started:.0f} s"
                )
        return len(text)

    def flush(self) -> None:
        pass


class _LogWriter:
    def __init__(self, log: Any) -> None:
        self.log = log

    def write(self, text: str) -> int:
        for line in text.rstrip("\n").splitlines():
            self.log(line)
        return len(text)

    def flush(self) -> None:
        pass


def _ship(
    best: Path,
    output: Path,
    *,
    heldout: list[Sentence],
    seed: int,
    cfg_path: Path,
    command: str,
    train_seconds: float,
    counts: tuple[int, int, int],
    note: str = "",
    log: Any,
) -> TrainResult:
    """Copy the pipeline to ``output`` (replacing it), score it, write the card."""
    import spacy

    from kg.ner.evaluate import evaluate

    if (best / "vocab" / "vectors").exists() and _has_lexicon(best):
        keep_vectors_attr(best)
    staging = output.parent / f".{output.name}.new"
    if staging.exists():
        shutil.rmtree(staging)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(best)
    nlp.meta.update(
        {
            "name": "kg_ner",
            "version": "0.1.0",
            "description": "kg's German NER (PER, ORG, LOC, MISC) trained on GermEval 2014 "
            "with a lexicon-feature table; see MODEL_CARD.md",
            "license": "CC BY 4.0",
            "sources": [
                {
                    "name": "GermEval 2014 NER (dev+test)",
                    "license": "CC BY 4.0",
                    "author": "D. Benikova, C. Biemann, M. Reznicek",
                },
            ],
        }
    )
    nlp.meta.pop("performance", None)
    nlp.to_disk(staging, exclude=["lookups"])
    if nlp.vocab.vectors.shape[1] == len(FEATURES):
        keep_vectors_attr(staging)
    # The saved config should not point into the (deleted) work directory or
    # need kg's deadline callback: keep it runnable with `spacy train`.
    from thinc.api import Config

    cfg = Config().from_disk(staging / "config.cfg", interpolate=False)
    for key in ("train", "dev", "vectors"):
        cfg["paths"][key] = None
    cfg["training"]["before_update"] = None
    cfg.to_disk(staging / "config.cfg")
    t0 = time.time()
    scores = evaluate(nlp, heldout)
    secs = time.time() - t0
    n_tokens = sum(len(s.words) for s in heldout)
    size = _dir_size(staging)
    card = model_card(
        scores=scores.as_dict(),
        seed=seed,
        config=cfg_path.name,
        command=command,
        train_seconds=train_seconds,
        counts=counts,
        note=note,
        size_bytes=size,
        tokens_per_second=n_tokens / secs if secs else 0.0,
        vectors_shape=tuple(nlp.vocab.vectors.shape)
        if nlp.vocab.vectors.shape[0]
        else None,
    )
    (staging / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (staging / "scores.json").write_text(
        json.dumps(scores.as_dict(), indent=1) + "\n", encoding="utf-8"
    )
    old = output.parent / f".{output.name}.old"
    if output.exists():
        if old.exists():
            shutil.rmtree(old)
        output.rename(old)
    staging.rename(output)
    if old.exists():
        # keep the previous card's experiments table if this one has none
        shutil.rmtree(old)
    log(
        f"held-out: PER+ORG+LOC F1 {scores.core.f1 * 100:.1f}, all {scores.overall.f1 * 100:.1f}"
    )
    return TrainResult(output, scores.as_dict(), train_seconds, _dir_size(output))


def _has_lexicon(path: Path) -> bool:
    import numpy as np

    try:
        data = np.load(path / "vocab" / "vectors", mmap_mode="r")
    except (OSError, ValueError):
        return False
    return data.ndim == 2 and data.shape[0] > 0 and data.shape[1] == len(FEATURES)


def model_card(
    *,
    scores: dict[str, Any],
    seed: int,
    config: str,
    command: str,
    train_seconds: float,
    counts: tuple[int, int, int],
    note: str = "",
    size_bytes: int,
    tokens_per_second: float,
    vectors_shape: tuple[int, ...] | None,
) -> str:
    """The MODEL_CARD.md text of a trained pipeline."""
    lab = scores["labels"]
    rows = "\n".join(
        f"| {k} | {v['precision']:.1f} | {v['recall']:.1f} | {v['f1']:.1f} | {v['support']} |"
        for k, v in [
            *lab.items(),
            ("PER+ORG+LOC", scores["PER+ORG+LOC"]),
            ("all", scores["overall"]),
        ]
    )
    n_train, n_dev, n_held = counts
    lexicon = (
        f"- Static vectors: a {vectors_shape[0]:,} x {vectors_shape[1]} table of hand-made "
        "lexicon features keyed by the lower-cased word (`kg.nlp.lexicon.Feature`), built from "
        "wordfreq, german-nouns (Wiktionary), gender-guesser, HanTa, kg's gazetteer files "
        "and counts in GermEval (training part), UD German and SmartData text.\n"
        if vectors_shape
        else "- No static vectors.\n"
    )
    return f"""# de_kg_ner: kg's German named-entity model

spaCy {_spacy_version()} pipeline `tok2vec` + `ner`, labels PER, ORG, LOC, MISC.
Loads with spaCy alone (`kg.nlp.load_nlp()` adds kg's gazetteer layer and sentence
splitting on top).

## Data and licences

- **GermEval 2014 NER** (dev + test splits, the official training split is not used):
  D. Benikova, C. Biemann, M. Reznicek. *NoSta-D Named Entity Annotation for German:
  Guidelines and Dataset.* Proceedings of LREC 2014, Reykjavik. Licence CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/). This model is trained on it and
  therefore carries that attribution.
- Outer labels only; OTH -> MISC; `*deriv` and `*part` -> O (kg wants names, not
  adjectives or compounds that contain a name).
- Split: the 7,300 sentences are shuffled with the fixed seed 42; 10 % ({n_held}
  sentences) are held out and never trained on; of the rest, a slice chosen by the
  training seed ({n_dev} sentences) selects the best checkpoint; {n_train} are trained on{note}.
{lexicon}- Lexicon sources (features only, no text is stored): wordfreq (Robyn Speer et al.,
  data CC BY-SA 4.0), german-nouns (Wiktionary, CC BY-SA), gender-guesser (nam_dict by
  Jörg Michael, GFDL), HanTa (Christian Wartena), Universal Dependencies German GSD/PUD
  (CC BY-SA 4.0), DFKI SmartData corpus v1: M. Schiersch, V. Mironova, M. Schmitt,
  P. Thomas, A. Gabryszak, L. Hennig. *A German Corpus for Fine-Grained Named Entity
  Recognition and Relation Extraction of Traffic and Industry Events.* LREC 2018,
  CC BY 4.0 (word counts only). 10kGNAD (non-commercial) is not used.

## Command

```
{command}
```

config `kg/configs/{config}`, seed {seed}. Training took {train_seconds / 60:.1f} min on
{_hardware()}.

## Held-out scores (strict entity match, gold tokenisation, model only)

| label | P | R | F1 | gold |
|---|---|---|---|---|
{rows}

Reproduce: `kg eval-ner --no-gazetteer` (model only) or `kg eval-ner` (with kg's
gazetteer layer, as kg uses it).

{_experiments()}
## Size and speed

- {size_bytes / 1e6:.1f} MB on disk (no optimizer state, no corpora).
- {tokens_per_second:,.0f} tokens/s on the held-out sentences (one process, model
  only); see `bench/bench_ner.py` for the full pipeline on 10kGNAD articles.
"""


def _experiments() -> str:
    path = CONFIG_DIR / "experiments.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _spacy_version() -> str:
    import spacy

    return str(spacy.__version__)


def _hardware() -> str:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPU cores ({cpu}), {platform.system()} {platform.release()}"
    )
