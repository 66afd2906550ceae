"""A title ("der Premier") refers to a holder named before it, not to another
holder of an equivalent post that the article names only later (issue 15:
the other side of a meeting). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, PER, extract

_ACTORS = {
    "Jonas Lindqvist": PER,
    "Arne Solberg": PER,
    "Oslo": LOC,
}


def test_title_refers_to_the_holder_named_before(blank_nlp) -> None:
    text = (
        "Der kanadische Premier Jonas Lindqvist reist nach Oslo. Dort trifft der "
        "Premier den norwegischen Regierungschef Arne Solberg."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    found = [{k.partition("/")[2] for k in m.attendees} for m in rec.meetings]
    assert {"Jonas Lindqvist", "Arne Solberg"} in found
