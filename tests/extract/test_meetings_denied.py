"""A meeting noun the sentence denies is no meeting: "kein Treffen", "keine
direkten Gespräche", "ist nicht geplant", "kam nicht zustande", "fand nicht
statt"; a meeting that took place and brought no agreement stays one.
Invented sentences on hand-annotated Docs."""

from __future__ import annotations

import pytest

from tests.conftest import meetings_found

_ACTORS = {"Olaf Berg": "PER", "Ida Roth": "PER", "Berg": "PER", "Roth": "PER"}


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Es gab kein Treffen zwischen Olaf Berg und Ida Roth.", 0),
        ("Es habe keine direkten Gespräche zwischen Berg und Roth gegeben.", 0),
        ("Ein Treffen von Olaf Berg mit Ida Roth ist nicht geplant.", 0),
        ("Ein Treffen von Olaf Berg mit Ida Roth kam nicht zustande.", 0),
        ("Das Gespräch zwischen Olaf Berg und Ida Roth fand nicht statt.", 0),
        ("Das Treffen von Olaf Berg mit Ida Roth fand am Montag statt.", 1),
        ("Ein Treffen von Olaf Berg mit Ida Roth ist für Montag geplant.", 1),
        ("Das Treffen von Olaf Berg mit Ida Roth brachte keine Einigung.", 1),
        ("Nach dem Treffen mit Ida Roth sagte Olaf Berg, es sei nicht möglich.", 1),
    ],
)
def test_denied_meeting_nouns(blank_nlp, text, n):
    assert len(meetings_found(blank_nlp, text, _ACTORS)) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # not in sight, no talk of it, not foreseeable
        ("Eine Einigung zwischen Olaf Berg und Ida Roth ist nicht in Sicht.", 0),
        ("Von einer Einigung zwischen Berg und Roth kann keine Rede sein.", 0),
        ("Eine Einigung zwischen Berg und Roth ist noch nicht absehbar.", 0),
        # a doubted meeting noun as the subject of a copula
        ("Ein Gipfel zwischen Olaf Berg und Ida Roth bleibt unwahrscheinlich.", 0),
        ("Ein baldiges Treffen zwischen Berg und Roth gilt als ausgeschlossen.", 0),
        # the doubt is of something else: the meeting stays
        ("Der Ausgang des Treffens zwischen Berg und Roth blieb unklar.", 1),
        ("Nach dem Treffen zwischen Berg und Roth ist unklar, wie es weitergeht.", 1),
        ("Die Gespräche zwischen Olaf Berg und Ida Roth waren offen.", 1),
    ],
)
def test_meeting_nouns_not_in_sight_or_doubted(blank_nlp, text, n):
    assert len(meetings_found(blank_nlp, text, _ACTORS)) == n
