"""The command line's shape: every subcommand has its runner, and ``kg --help``
opens with what kg does for a user."""

from __future__ import annotations

import argparse

import pytest

from kg.cli import COMMANDS, RUNNERS, build_parser, main


def test_every_subcommand_has_exactly_one_runner():
    assert set(COMMANDS) == set(RUNNERS)
    parser = build_parser()
    subparsers = next(
        a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    )
    assert list(subparsers.choices) == list(COMMANDS)
    # each subcommand's parser dispatches to the runner registered under its name
    for name, sub in subparsers.choices.items():
        assert sub.get_default("_run") is RUNNERS[name]


def test_help_opens_with_what_kg_does(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    intro = out.split("positional arguments")[0]
    assert "knowledge graph" in intro and "who met whom" in intro
    assert "Command-line interface" not in intro  # the maintainers' part stays out
    for name in COMMANDS:
        assert name in out
