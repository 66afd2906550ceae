"""A meeting in a building or office after a town's adjective is held in that
town when the article names it (issue 15: "ins Prager Außenministerium
zitiert", "im Wiener Hotel X"). Invented sentences on hand-annotated Docs."""

from __future__ import annotations

from tests.conftest import LOC, ORG, PER, extract

_ACTORS = {
    "Jonas Lindqvist": PER,
    "Tomas Berglund": PER,
    "Oslo": LOC,
    "Bergen": LOC,
}


def test_office_after_a_town_adjective(blank_nlp) -> None:
    text = (
        "Oslo/Bergen – Minister Jonas Lindqvist empfing am Montag im Osloer "
        "Außenministerium den Botschafter Tomas Berglund."
    )
    rec = extract(blank_nlp, text, _ACTORS)
    assert [m.location for m in rec.meetings] == ["place/Oslo"]


def test_office_tagged_as_one_organisation(blank_nlp) -> None:
    text = (
        "Bergen – Der Minister Jonas Lindqvist traf am Montag im Bergener "
        "Rathaushotel den Botschafter Tomas Berglund."
    )
    actors = {**_ACTORS, "Bergener Rathaushotel": ORG}
    rec = extract(blank_nlp, text, actors)
    assert [m.location for m in rec.meetings] == ["place/Bergen"]
