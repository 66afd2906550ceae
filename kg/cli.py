"""kg turns German news articles into a knowledge graph of people, organisations,
places and meetings (who met whom, where, when, in which role, and the sentence
that says so), answers SPARQL questions over it and draws the actor network.

The command-line interface: thin wrappers over the library. This is the
only module that catches ``KGError``: it prints one line on stderr (``kg:
<message>``) and exits with the error's status (2 for usage and input errors, 1
otherwise). A real bug keeps its traceback.

Each subcommand is a pair ``_setup_<name>(parser)`` / ``_run_<name>(args)``,
registered with ``@command`` and ``@runs``; heavy imports happen inside
``_run_*`` so that ``kg query`` never pays for spaCy.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TYPE_CHECKING, NoReturn

from kg.errors import InputError, KGError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["main"]

Setup = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int | None]
#: subcommand -> (help, the function that adds its arguments), in --help order
COMMANDS: dict[str, tuple[str, Setup]] = {}
#: subcommand -> the function that runs it
RUNNERS: dict[str, Run] = {}


def command(name: str, help: str) -> Callable[[Setup], Setup]:
    """Register the function that adds the arguments of subcommand ``name``."""

    def decorate(setup: Setup) -> Setup:
        COMMANDS[name] = (help, setup)
        return setup

    return decorate


def runs(name: str) -> Callable[[Run], Run]:
    """Register the function that runs subcommand ``name``."""

    def decorate(run: Run) -> Run:
        RUNNERS[name] = run
        return run

    return decorate


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        self.exit(2, f"kg {self.prog.split(' ', 1)[-1]}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    description = (__doc__ or "").split("\n\n", 1)[0].replace("\n", " ")
    parser = _Parser(prog="kg", description=description)
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_, setup) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        setup(p)
        p.set_defaults(_run=RUNNERS[name])
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kg {version('kg')}"
    except PackageNotFoundError:
        return "kg (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except KGError as e:
        # one line, whatever a file name or an echoed value holds
        from kg.query import printable

        print(f"kg: {printable(str(e))}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# --- NER: train-ner, eval-ner, ner -------------------------------------------------
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


# --- build, validate ---------------------------------------------------------------


@command("build", "Build the knowledge graph of German news articles.")
def _setup_build(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt files, directories of them, .jsonl or 10kGNAD .csv corpora",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="RDF output; the extension picks the format (.ttl .nt .nq .trig .jsonld)",
    )
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store directory (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument("--no-store", action="store_true", help="write only the -o file")
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use instead of the shipped one",
    )
    p.add_argument(
        "--date",
        metavar="DATE",
        help="publication date (YYYY-MM-DD[THH:MM]) for every input",
    )
    p.add_argument(
        "--skip-errors",
        action="store_true",
        help="skip bad articles and list them at the end",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes for extraction (default 1); the result is the same",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run extraction on the Dask cluster at ADDRESS (tcp://host:8786); "
        "this process writes the store",
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="remove articles from the store that are not in INPUT",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no summary line"
    )


@runs("build")
def _run_build(args: argparse.Namespace) -> int:
    from kg.build import build
    from kg.ingest import parse_date_option

    date = parse_date_option(args.date) if args.date else None
    store = None
    if not args.no_store:
        from kg.store import default_store_path

        store = args.store or default_store_path()
    if args.no_store and args.prune:
        raise InputError("--prune: expected a store to prune, got --no-store")
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from kg.build import Progress, count_documents

        progress = Progress(count_documents(args.inputs))
    try:
        summary = build(
            args.inputs,
            output=args.output,
            store=store,
            model=args.model,
            date=date,
            skip_errors=args.skip_errors,
            workers=args.workers,
            dask=args.dask,
            prune=args.prune,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        where = " and ".join(
            x for x in (args.output, f"store {store}" if store else None) if x
        )
        print(f"kg build: {summary} -> {where}", file=sys.stderr)
    # skipped articles are listed even with --quiet: they are missing from the graph
    for line in summary.skipped:
        print(f"kg build: skipped {line}", file=sys.stderr)
    return 0


@command(
    "validate", "Check RDF files against the kg SHACL shapes (ontology/shapes.ttl)."
)
def _setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="RDF file; the extension picks the format: .ttl .nt .nq .trig .jsonld",
    )
    p.add_argument(
        "--shapes",
        metavar="FILE",
        help="SHACL shapes (Turtle) to use instead of the shipped ones",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="print at most N results per file (default 50; 0 for all)",
    )


@runs("validate")
def _run_validate(args: argparse.Namespace) -> int:
    from kg.rdf.validate import validate_graph

    status = 0
    for name in args.files:
        report = validate_graph(name, shapes=args.shapes)
        if report.conforms:
            print(f"{name}: conforms ({report.triples} triples)")
        else:
            n = len(report.violations)
            print(
                f"{name}: does not conform: {n} violation{'s' * (n != 1)} "
                f"({report.triples} triples)"
            )
            status = 1
        for line in report.lines(limit=args.limit or None):
            print(f"  {line}")
    return status


# --- query, export, serve, push ----------------------------------------------------


def _add_source(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group()
    src.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    src.add_argument(
        "--graph",
        metavar="FILE",
        help="RDF file to read instead (.ttl .nt .nq .trig .jsonld)",
    )


def _open_source(args: argparse.Namespace):
    from kg.store import load_graph_file, open_store

    if getattr(args, "graph", None):
        return load_graph_file(args.graph)
    return open_store(args.store, read_only=True)


@command("query", "Ask the graph: a named question, a .rq file or SPARQL text.")
def _setup_query(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "query",
        nargs="?",
        metavar="NAME|FILE.rq",
        help="a named question (see --list) or a SPARQL file",
    )
    p.add_argument("-e", "--expression", metavar="SPARQL", help="SPARQL query text")
    p.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter, bound as an RDF term of its declared type (repeatable)",
    )
    _add_source(p)
    p.add_argument(
        "-f",
        "--format",
        default="table",
        choices=("table", "csv", "tsv", "json", "xml", "ttl", "nt"),
        help="output: aligned table (default), csv, tsv, json (SPARQL 1.1 JSON "
        "results), xml; ttl/nt for CONSTRUCT/DESCRIBE (Turtle by default)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout"
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list the named questions with their parameters",
    )


@runs("query")
def _run_query(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kg.atomic import atomic_write
    from kg.errors import QueryError
    from kg.query import (
        bind_params,
        format_results,
        get_named_query,
        named_queries,
        parse_param_args,
        parse_query_text,
        read_query_file,
        run_query,
    )

    if args.list:
        for q in named_queries().values():
            print(f"{q.name}: {q.description}")
            for prm in q.params:
                print(f"    --param {prm.signature()}  {prm.description}".rstrip())
            for ex in q.examples[:1]:
                print(f"    e.g. {ex}")
        return 0
    if bool(args.query) == bool(args.expression):
        raise QueryError(
            "kg query: expected a NAME, a FILE.rq or -e SPARQL (exactly one), "
            f"got {'both' if args.query else 'none'}"
        )
    if args.expression:
        query = parse_query_text(args.expression, name="-e")
    elif args.query.endswith(".rq") or Path(args.query).is_file():
        query = read_query_file(args.query)
    else:
        query = get_named_query(args.query)
    values = parse_param_args(args.param)
    if args.output:
        from kg.atomic import check_writable

        check_writable(args.output)
    store = _open_source(args)
    subs = bind_params(query, values, store)
    result = run_query(store, query.text, substitutions=subs, where=query.name)
    data = format_results(result, format=args.format, where=query.name)
    if args.output:
        with atomic_write(args.output, "wb") as f:
            f.write(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


@command("export", "Write the store to an RDF file (.ttl .nt .nq .trig .jsonld).")
def _setup_export(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the extension picks the format; .nq .trig .jsonld keep the article "
        "graphs, .ttl .nt merge them",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("export")
def _run_export(args: argparse.Namespace) -> int:
    from kg.atomic import check_writable
    from kg.store import export_store, open_store, rdf_format

    rdf_format(args.output)
    check_writable(args.output)
    store = open_store(args.store, read_only=True)
    path = export_store(store, args.output)
    if not args.quiet:
        print(f"kg export: {len(store)} quads -> {path}", file=sys.stderr)
    return 0


@command("serve", "Serve the store as a SPARQL 1.1 endpoint (the Oxigraph server).")
def _setup_serve(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to serve (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: this machine only)",
    )
    p.add_argument(
        "--port", type=int, default=7878, metavar="N", help="port (default 7878)"
    )
    p.add_argument(
        "--allow-update",
        action="store_true",
        help="accept SPARQL Update and Graph Store writes (default: read-only)",
    )
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests")
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds a query may run (default 30; 0 for no limit)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no request log")


@runs("serve")
def _run_serve(args: argparse.Namespace) -> int:
    import ipaddress

    from kg.errors import InputError
    from kg.query.serve import serve
    from kg.store import default_store_path, open_store

    if not 0 < args.port < 65536:
        raise InputError(f"--port: expected 1-65535, got {args.port}")
    if not args.timeout >= 0:
        raise InputError(f"--timeout: expected seconds >= 0, got {args.timeout}")
    path = args.store or default_store_path()
    if not args.allow_update:
        store = open_store(path, read_only=True)  # a clear error when there is no store
        del store
    mode = "read-write" if args.allow_update else "read-only"
    url = f"http://{args.host}:{args.port}"
    limit = f", queries stop after {args.timeout:g} s" if args.timeout else ""
    try:
        loopback = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = args.host == "localhost"

    def ready() -> None:
        print(
            f"kg serve: {path} ({mode}{limit}, no SERVICE/LOAD) at {url}/query "
            f"(SPARQL), {url}/ (browser); Ctrl-C stops",
            file=sys.stderr,
        )
        if not loopback:
            what = "change" if args.allow_update else "read"
            print(
                f"kg serve: listening on {args.host}: anyone who can reach this "
                f"machine can {what} the graph",
                file=sys.stderr,
            )
        sys.stderr.flush()

    return serve(
        path,
        host=args.host,
        port=args.port,
        allow_update=args.allow_update,
        cors=args.cors,
        timeout=args.timeout or None,
        quiet=args.quiet,
        on_ready=ready,
    )


@command(
    "push", "Send each article graph to an external SPARQL 1.1 store (replacing it)."
)
def _setup_push(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="DIR",
        help="Oxigraph store to read (default: $KG_STORE or ./kg-store)",
    )
    p.add_argument(
        "--endpoint",
        metavar="URL",
        help="SPARQL 1.1 Update endpoint (DROP GRAPH + INSERT DATA per article)",
    )
    p.add_argument(
        "--graph-store",
        metavar="URL",
        help="Graph Store HTTP Protocol endpoint (one PUT per article); "
        "preferred over --endpoint when given",
    )
    p.add_argument(
        "-H",
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="extra HTTP header, e.g. 'Authorization: Bearer TOKEN' (repeatable)",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=50,
        metavar="N",
        help="articles per SPARQL Update request (default 50)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("push")
def _run_push(args: argparse.Namespace) -> int:
    from kg.errors import InputError
    from kg.store import open_store, push_store

    headers = {}
    for h in args.header:
        name, sep, value = h.partition(":")
        if not sep or not name.strip():
            raise InputError(f"--header: expected 'NAME: VALUE', got {h!r}")
        headers[name.strip()] = value.strip()
    if not (args.endpoint or args.graph_store):
        raise InputError(
            "kg push: expected --endpoint URL or --graph-store URL, got neither"
        )
    store = open_store(args.store, read_only=True)
    summary = push_store(
        store,
        args.endpoint,
        graph_store=args.graph_store,
        headers=headers,
        batch=args.batch,
    )
    if not args.quiet:
        target = args.graph_store or args.endpoint
        print(f"kg push: {summary} -> {target}", file=sys.stderr)
    return 0


# --- viz ---------------------------------------------------------------------------


@command(
    "viz",
    "Draw the actor network (or a meeting timeline, or a map of meeting "
    "places): HTML, PNG, SVG, GraphML, GEXF or JSON.",
)
def _setup_viz(p: argparse.ArgumentParser) -> None:
    _add_source(p)
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the extension picks the format: .html (interactive, offline), "
        ".png .svg, .graphml .gexf (Gephi, yEd), .json (node-link), "
        ".cyjs (Cytoscape); with --timeline or --map .html .png .svg",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--timeline",
        action="store_true",
        help="draw the meetings over time instead of the network",
    )
    what.add_argument(
        "--map",
        action="store_true",
        help="draw the meeting places on a world map (offline; sized by the "
        "number of meetings, dates in the HTML tooltips); uses --since, --until "
        "and --title only",
    )
    p.add_argument(
        "--since",
        metavar="DATE",
        help="from this date on, YYYY[-MM[-DD]] (meeting dates, role dates, "
        "article dates for co-mentions); undated facts are left out",
    )
    p.add_argument("--until", metavar="DATE", help="up to this date, inclusive")
    p.add_argument(
        "--types",
        metavar="LIST",
        help="node types, comma-separated, from person,organisation,country,"
        "city,region,place or all (default person,organisation,country)",
    )
    p.add_argument(
        "--min-weight",
        type=int,
        default=1,
        metavar="N",
        help="drop 'met' and 'mentioned together' links seen fewer than N times",
    )
    p.add_argument(
        "--focus",
        metavar="NAME",
        help="only the network around this actor (name or alternate name)",
    )
    p.add_argument(
        "--depth",
        type=int,
        metavar="N",
        help="with --focus: how many hops around it (default 1)",
    )
    p.add_argument(
        "--size-by",
        choices=("degree", "betweenness"),
        default="degree",
        help="centrality that sizes the nodes (default degree)",
    )
    p.add_argument(
        "--isolates", action="store_true", help="keep actors without any link"
    )
    p.add_argument(
        "--seed", type=int, default=0, metavar="N", help="layout seed (default 0)"
    )
    p.add_argument("--title", metavar="TEXT", help="title of the page or figure")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")


@runs("viz")
def _run_viz(args: argparse.Namespace) -> int:
    from kg.errors import InputError
    from kg.viz import (
        check_output,
        graph_to_networkx,
        open_source,
        write_map,
        write_network,
        write_timeline,
    )

    if args.depth is not None and args.focus is None:
        raise InputError(
            f"--depth: expected together with --focus, got --depth {args.depth} alone"
        )
    check_output(args.output, timeline=args.timeline, map=args.map)  # before work
    store = None
    if args.graph is None:
        from kg.store import default_store_path

        store = args.store or default_store_path()
    source = open_source(store=store, graph=args.graph)
    if args.map:
        _, n_places, n_meetings = write_map(
            source, args.output, since=args.since, until=args.until, title=args.title
        )
        if not args.quiet:
            print(
                f"kg viz: {n_meetings} meetings in {n_places} places -> {args.output}",
                file=sys.stderr,
            )
        return 0
    G = graph_to_networkx(
        source,
        since=args.since,
        until=args.until,
        types=args.types,
        min_weight=args.min_weight,
        focus=args.focus,
        depth=1 if args.depth is None else args.depth,
        keep_isolates=args.isolates,
    )
    if args.timeline:
        write_timeline(G, args.output, title=args.title)
        what = f"{len(G.graph['meetings'])} meetings"
    else:
        write_network(
            G, args.output, size_by=args.size_by, seed=args.seed, title=args.title
        )
        what = f"{G.number_of_nodes()} actors, {G.number_of_edges()} links"
    if not args.quiet:
        print(f"kg viz: {what} -> {args.output}", file=sys.stderr)
    return 0
