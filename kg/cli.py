"""Command-line interface: thin wrappers over the library.

This is the only module that catches ``KGError``: it prints one line on stderr
(``kg: <message>``) and exits with the error's status (2 for usage and input
errors, 1 otherwise). A real bug keeps its traceback.

Each subcommand is a pair ``_setup_<name>(parser)`` / ``_run_<name>(args)``
registered in ``COMMANDS``; heavy imports happen inside ``_run_*`` so that
``kg query`` never pays for spaCy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .errors import KGError

__all__ = ["main"]

Setup = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int | None]
COMMANDS: list[tuple[str, str, Setup, Run]] = []


def command(name: str, help: str) -> Callable[[Setup], Setup]:
    """Register ``_setup_<name>``; its runner is the function named ``_run_<name>``."""

    def decorate(setup: Setup) -> Setup:
        runner_name = "_run_" + name.replace("-", "_")
        COMMANDS.append((name, help, setup, lambda a: globals()[runner_name](a)))
        return setup

    return decorate


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"kg {self.prog.split(' ', 1)[-1]}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kg", description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_, setup, run in COMMANDS:
        p = sub.add_parser(name, help=help_, description=help_)
        setup(p)
        p.set_defaults(_run=run)
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
        print(f"kg: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# --- NER: train-ner, eval-ner, ner -------------------------------------------------
# (section owned by the NER work; see kg/train.py, kg/evaluate.py)


# --- build, validate ---------------------------------------------------------------


@command("validate", "Check RDF files against the kg SHACL shapes (ontology/shapes.ttl).")
def _setup_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="RDF file; the extension picks the format: .ttl .nt .nq .trig .jsonld")
    p.add_argument("--shapes", metavar="FILE",
                   help="SHACL shapes (Turtle) to use instead of the shipped ones")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="print at most N results per file (default 50; 0 for all)")


def _run_validate(args: argparse.Namespace) -> int:
    from .validate import validate_graph

    status = 0
    for name in args.files:
        report = validate_graph(name, shapes=args.shapes)
        if report.conforms:
            print(f"{name}: conforms ({report.triples} triples)")
        else:
            n = len(report.violations)
            print(f"{name}: does not conform: {n} violation{'s' * (n != 1)} "
                  f"({report.triples} triples)")
            status = 1
        for line in report.lines(limit=args.limit or None):
            print(f"  {line}")
    return status


# --- query, export, serve, push ----------------------------------------------------


# --- viz ---------------------------------------------------------------------------
