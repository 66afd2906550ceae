"""The subcommands of ``kg``: each registers the function that adds its arguments
(``@command``) and the one that runs it (``@runs``); :func:`build_parser` pairs them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from kg.errors import KGError

if TYPE_CHECKING:
    pass

#: what ``kg --help`` opens with: what kg does for a user
ABOUT = (
    "kg turns German news articles into a knowledge graph of people, organisations, "
    "places and meetings (who met whom, where, when, in which role, and the sentence "
    "that says so), answers SPARQL questions over it and draws the actor network."
)

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
    parser = _Parser(prog="kg", description=ABOUT)
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
