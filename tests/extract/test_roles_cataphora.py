"""A post named without its holder whom the next sentence names as its subject
(:mod:`kg.extract.roles_cataphora`). Invented sentences on hand-annotated
Docs."""

from __future__ import annotations

import pytest

from tests.conftest import named_roles

_ACTORS = {
    "Olaf Berg": "PER",
    "Ida Roth": "PER",
    "Tom Riese": "PER",
    "Berlin": "LOC",
}


def _roles(nlp, text: str) -> set[tuple]:
    return named_roles(nlp, text, _ACTORS)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ida Roth hat den US-Außenminister empfangen. Tom Riese sagte danach, "
            "man habe offen gesprochen.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
        (
            "Olaf Berg sprach in Berlin mit dem polnischen Innenminister. Tom "
            "Riese lobte das Gespräch.",
            ("Tom Riese", "Innenminister", "Polen"),
        ),
    ],
)
def test_the_next_sentences_subject_holds_the_post(blank_nlp, text, role) -> None:
    assert role in _roles(blank_nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the post is the subject; the next sentence's subject is another
        (
            "Der polnische Innenminister reiste nach Berlin. Tom Riese empfing "
            "ihn am Flughafen.",
            ("Tom Riese", "Innenminister", "Polen"),
        ),
        # two posts without a holder: which one?
        (
            "Ida Roth hat den US-Außenminister und den polnischen Innenminister "
            "empfangen. Tom Riese sagte danach nichts.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
        # no meeting with the post's holder: criticised, not met
        (
            "Ida Roth hat den US-Außenminister scharf kritisiert. Tom Riese sagte "
            "danach nichts.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
        # the person was named before
        (
            "Tom Riese kam spät. Ida Roth hat den US-Außenminister empfangen. "
            "Tom Riese sagte danach nichts.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
        # the person holds a post of their own
        (
            "Ida Roth hat den US-Außenminister empfangen. Tom Riese sagte danach "
            "nichts. Der Bürgermeister Tom Riese ging.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
        # someone else holds the post
        (
            "Ida Roth hat den US-Außenminister empfangen. Tom Riese sagte danach "
            "nichts. US-Außenminister Olaf Berg schwieg.",
            ("Tom Riese", "Außenminister", "USA"),
        ),
    ],
)
def test_no_holder_named_after_where_unsure(blank_nlp, text, role) -> None:
    assert role not in _roles(blank_nlp, text)
