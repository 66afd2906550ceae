"""A surname the model left out after a first name it tagged alone (issue 17,
speaker errors of three dev sets: the speaker became the bare first name): a
rare common noun ("Ziegelstein") or a hyphenated name whose last part is a
noun ("Brunner-Kessel") continues the name when no noun follows it
(kg/extract/names.py ``continues_name``). Invented sentences on the shipped
vocabulary."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.names import continues_name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Das sagte Helmut Ziegelstein zum Abschied .", True),
        ("Das sagte Helmut Hammerschlag .", True),
        ("Das sagte Ursula Brunner-Kessel am Montag .", True),
        # after a double first name, a frequent noun ending the phrase too
        ("Das sagte Frank-Jürgen Weise zum Abschied .", True),
        # a noun after it: the rare noun is an object, not the name
        ("Dann trug Helmut Ziegelstein Mauern ab .", False),
        # a frequent noun after a first name stays out
        ("Dann fand Helmut Geld im Keller .", False),
    ],
)
def test_surname_after_a_lone_first_name(vocab, text, expected) -> None:
    words = text.split(" ")
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    assert continues_name(doc, doc[3], after_first_name=True) is expected
