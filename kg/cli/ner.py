"""NER: ``kg train-ner``, ``kg eval-ner``, ``kg ner``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language
from kg.cli.registry import command, runs

# (section owned by the NER work; see kg/ner/train.py, kg/ner/evaluate.py)


@command("train-ner", "Train kg's German NER pipeline on GermEval 2014 (spaCy 3.8).")
def _setup_train_ner(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data",
        metavar="DIR",
        help="GermEval 2014 directory (default ../shared/data/germeval2014)",
    )
    p.add_argument(
        "--output",
        metavar="DIR",
        help="pipeline directory (default: the shipped kg/models/de_kg_ner)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="training seed (default 0); the held-out split is fixed",
    )
    p.add_argument(
        "--config",
        default="lexicon",
        metavar="NAME|FILE",
        help="kg/configs/ner_NAME.cfg (lexicon, efficiency) or a .cfg file",
    )
    p.add_argument(
        "--max-minutes",
        type=float,
        metavar="M",
        help="stop training after M minutes (pretraining not counted), keeping the "
        "best checkpoint",
    )
    p.add_argument("--max-steps", type=int, metavar="N", help="stop after N updates")
    p.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="use only N sentences of the training part (smoke tests)",
    )
    p.add_argument(
        "--wordfreq-top",
        type=int,
        default=100_000,
        metavar="N",
        help="wordfreq words in the lexicon table (default 100000)",
    )
    p.add_argument(
        "--smartdata",
        action="store_true",
        help="also train on SmartData news/rss (../shared/data/smartdata)",
    )
    p.add_argument(
        "--pretrain-epochs",
        type=int,
        metavar="N",
        help="epochs of spacy pretrain on the unlabelled text first (default: the "
        "config's [pretraining] max_epochs; 0: none)",
    )
    p.add_argument(
        "--work-dir",
        metavar="DIR",
        help="keep corpora, lexicon, pretrained weights and checkpoints here "
        "(reuses a lexicon and pretrained weights)",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override, e.g. training.dropout=0.2 (repeatable)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


@runs("train-ner")
def _run_train_ner(args: argparse.Namespace) -> int:
    import json
    import shlex

    from kg.errors import InputError
    from kg.ner.train import train_ner

    overrides = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--set: expected KEY=VALUE, got {item!r}")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    log = (
        None
        if args.quiet
        else (lambda m: print(f"kg train-ner: {m}", file=sys.stderr, flush=True))
    )
    result = train_ner(
        args.data,
        args.output,
        seed=args.seed,
        config=args.config,
        max_minutes=args.max_minutes,
        max_steps=args.max_steps,
        limit=args.limit,
        wordfreq_top=args.wordfreq_top,
        smartdata=args.smartdata,
        pretrain_epochs=args.pretrain_epochs,
        work_dir=args.work_dir,
        overrides=overrides,
        command=shlex.join(["kg", *sys.argv[1:]])
        if sys.argv[1:2] == ["train-ner"]
        else "kg train-ner",
        log=log,
    )
    core, overall = result.scores["PER+ORG+LOC"], result.scores["overall"]
    print(
        f"kg train-ner: {result.output} ({result.size_bytes / 1e6:.1f} MB, "
        f"{result.seconds / 60:.1f} min); held-out F1 PER+ORG+LOC {core['f1']:.1f}, "
        f"all {overall['f1']:.1f}"
    )
    return 0


@command(
    "eval-ner",
    "Strict entity-level P/R/F1 of the NER pipeline on GermEval-format data.",
)
def _setup_eval_ner(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "data",
        nargs="?",
        metavar="DATA",
        help="GermEval-format .tsv file (default: the held-out part of GermEval)",
    )
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="GermEval 2014 directory for the held-out part "
        "(default ../shared/data/germeval2014)",
    )
    p.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline instead of the shipped one"
    )
    p.add_argument(
        "--no-gazetteer",
        action="store_true",
        help="score the statistical model alone, without kg's rule layer "
        "(gazetteer and name rules)",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")


@runs("eval-ner")
def _run_eval_ner(args: argparse.Namespace) -> int:
    import json

    from kg.ner.evaluate import evaluate, format_table
    from kg.ner.germeval import load_germeval, read_germeval, split_heldout
    from kg.nlp import load_nlp

    if args.data:
        try:
            sentences, what = list(read_germeval(args.data)), args.data
        except UnicodeDecodeError as e:  # kg.ner.germeval reads UTF-8 without a check
            raise InputError(
                f"{args.data}: expected a UTF-8 GermEval TSV file, got byte "
                f"{e.object[e.start]:#04x} at offset {e.start}"
            ) from e
    else:
        sentences = split_heldout(load_germeval(args.data_dir))[1]
        what = "GermEval held-out part"
    nlp = load_nlp(args.model, gazetteer=not args.no_gazetteer)
    scores = evaluate(nlp, sentences)
    if args.json:
        print(
            json.dumps(
                {
                    "data": what,
                    "model": args.model or "de_kg_ner",
                    "gazetteer": not args.no_gazetteer,
                    **scores.as_dict(),
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        layers = "model only" if args.no_gazetteer else "model + gazetteer"
        print(
            format_table(
                scores, title=f"{what}: {args.model or 'de_kg_ner'} ({layers})"
            )
        )
    return 0


NER_LABELS = ("PER", "ORG", "LOC", "MISC")


@command("ner", "Print the named entities (PER, ORG, LOC, MISC) of German text.")
def _setup_ner(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="text file, or - for stdin (default)",
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='input lines {"id", "text"}; output lines {"id", "entities"}',
    )
    p.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline instead of the shipped one"
    )
    p.add_argument(
        "--no-gazetteer",
        action="store_true",
        help="without kg's rule layer (gazetteer and name rules)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=64,
        metavar="N",
        help="texts per nlp.pipe batch in --jsonl mode (default 64)",
    )


def _ner_entities(doc: object) -> list[dict[str, object]]:
    """The entities of ``doc`` (from :func:`kg.nlp.pipe`), with offsets into the
    text as it was before its spaces were squeezed."""
    from kg.nlp import squeezed_offsets

    text: str = doc._.kg_text  # type: ignore[attr-defined]
    squeezed: str = doc.text  # type: ignore[attr-defined]
    at = None if text == squeezed else squeezed_offsets(squeezed, text)
    out: list[dict[str, object]] = []
    for e in doc.ents:  # type: ignore[attr-defined]
        if e.label_ not in NER_LABELS:
            continue
        a, b = e.start_char, e.end_char
        if at is not None:
            a, b = at[a], at[b]
        out.append({"start": a, "end": b, "label": e.label_, "text": text[a:b]})
    return out


def ner_jsonl(
    nlp: Language,
    lines: Iterable[str],
    out: IO[str],
    *,
    name: str = "<stdin>",
    batch_size: int = 64,
) -> int:
    """Stream ``kg ner --jsonl``: one output line per input record, in input order,
    flushed once per batch. Returns the number of records."""
    import json

    from kg.ingest import text_records
    from kg.nlp import pipe

    n = 0
    docs = pipe(
        nlp,
        text_records(lines, name),
        as_tuples=True,
        batch_size=batch_size,
    )
    for doc, id_ in docs:
        out.write(
            json.dumps({"id": id_, "entities": _ner_entities(doc)}, ensure_ascii=False)
            + "\n"
        )
        n += 1
        if n % batch_size == 0:
            out.flush()
    out.flush()
    return n


@runs("ner")
def _run_ner(args: argparse.Namespace) -> int:
    from kg.errors import InputError
    from kg.nlp import load_nlp

    if args.batch_size < 1:
        raise InputError(
            f"--batch-size: expected a positive number, got {args.batch_size}"
        )
    name = "<stdin>" if args.file == "-" else args.file
    if not args.jsonl:
        # one article: decoded and checked as kg build reads it (BOMs, Windows-1252,
        # binary, HTML, size), before the model is loaded
        from kg.ingest import read_text_file

        text = read_text_file(args.file)
        nlp = load_nlp(args.model, gazetteer=not args.no_gazetteer)
        from kg.nlp import pipe
        from kg.query import printable

        for ent in _ner_entities(next(pipe(nlp, [text]))):
            words = printable(str(ent["text"]))
            print(f"{ent['start']}\t{ent['end']}\t{ent['label']}\t{words}")
        return 0
    try:
        f = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    except OSError as e:
        raise InputError(
            f"{name}: expected a readable text file, got {e.strerror}"
        ) from e
    nlp = load_nlp(args.model, gazetteer=not args.no_gazetteer)
    try:
        with f if args.file != "-" else contextlib.nullcontext(f):
            ner_jsonl(nlp, f, sys.stdout, name=name, batch_size=args.batch_size)
            return 0
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: expected UTF-8 text, got byte {e.object[e.start]:#04x} "
            f"at offset {e.start}"
        ) from e
