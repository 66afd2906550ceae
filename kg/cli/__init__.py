"""The command line of kg (``kg --help`` opens with :data:`~kg.cli.registry.ABOUT`).

The command-line interface: thin wrappers over the library. This is the
only module that catches ``KGError``: it prints one line on stderr (``kg:
<message>``) and exits with the error's status (2 for usage and input errors, 1
otherwise). A real bug keeps its traceback.

Each subcommand is a pair ``_setup_<name>(parser)`` / ``_run_<name>(args)``,
registered with ``@command`` and ``@runs``; heavy imports happen inside
``_run_*`` so that ``kg query`` never pays for spaCy. One module per group of
subcommands: ``build`` (build, validate), ``ner`` (train-ner, eval-ner, ner),
``query`` (query, export, serve, push), ``viz``.
"""

from __future__ import annotations

# each module registers its subcommands, in the order of ``kg --help``
from kg.cli import build, ner, query, viz  # noqa: F401
from kg.cli.ner import ner_jsonl
from kg.cli.registry import COMMANDS, RUNNERS, build_parser, main

__all__ = ["COMMANDS", "RUNNERS", "build_parser", "main", "ner_jsonl"]
