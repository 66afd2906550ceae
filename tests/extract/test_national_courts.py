"""Bodies every country has one of (``*`` rows of the gazetteer): a court of
cassation and a national security council take the article's country."""

from __future__ import annotations

import pytest

from kg.extract import doc_to_records
from kg.nlp import load_nlp, pipe


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In Belgien wies der Kassationshof die Klage ab. Die belgische "
            "Regierung will das Urteil prüfen. Brüssel wartet.",
            "Kassationshof (Belgien)",
        ),
        (
            "Der Präsident Kenias berief den Nationalen Sicherheitsrat ein. "
            "Kenia reagiert damit auf den Anschlag in Nairobi.",
            "Nationaler Sicherheitsrat (Kenia)",
        ),
    ],
)
def test_a_national_body_takes_the_articles_country(nlp, text, name) -> None:
    doc = next(iter(pipe(nlp, [text])))
    rec = doc_to_records(doc, article_id="a", content_hash="h")
    assert name in [e.name for e in rec.entities if e.kind == "org"]
