"""kg.link.events and the corpus pass: one event per real meeting across articles."""

from __future__ import annotations

import random
from datetime import date

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_

from kg.extract.records import ArticleRecords, Entity, Meeting, Mention, Sentence
from kg.link import link_store
from kg.link.events import Report, merge_reports
from kg.query import run_named, solutions
from kg.rdf.graph import records_to_dataset
from kg.store import (
    corpus_graph_in_step,
    open_store,
    remove_article,
    replace_article_graphs,
)

KGR = "https://w3id.org/kg-news/id/"
SDO = "http://schema.org/"
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
MEETING = ox.NamedNode("https://w3id.org/kg-news/ontology#Meeting")
REPORTED_IN = ox.NamedNode("https://w3id.org/kg-news/ontology#reportedIn")
NAME = ox.NamedNode(SDO + "name")

# --- the rule, on reports -----------------------------------------------------------

P1, P2, P3 = "person/a", "person/b", "person/c"
ORG = "org/x"
PERSONS = {P1, P2, P3}
NAMES = {P1: "Anna A", P2: "Bert B", P3: "Cem C", ORG: "X"}


def rep(
    graph: str,
    n: int = 1,
    day: str | None = "2016-03-05",
    place: str | None = "paris",
    parts: tuple[str, ...] = (P1, P2),
    published: str | None = None,
) -> Report:
    return Report(
        graph,
        f"m/{graph}/{n}",
        day,
        place,
        frozenset(parts),
        f"Treffen {graph}",
        published,
    )


def merged(*reports: Report, inside: dict | None = None) -> set[frozenset[str]]:
    """The groups of report IRIs that became one event."""
    events = merge_reports(reports, persons=PERSONS, names=NAMES, inside=inside)
    groups: dict[str, set[str]] = {}
    for (_, iri), event in events.items():
        groups.setdefault(event, set()).add(iri)
    return {frozenset(g) for g in groups.values()}


def test_same_day_two_shared_participants_one_a_person_merge():
    assert merged(rep("a"), rep("b")) == {frozenset({"m/a/1", "m/b/1"})}
    assert merged(rep("a", parts=(P1, ORG)), rep("b", parts=(P1, ORG, P3))) == {
        frozenset({"m/a/1", "m/b/1"})
    }


@pytest.mark.parametrize(
    "other",
    [
        rep("b", day="2016-03-06"),  # the same pair on another day: two meetings
        rep("b", parts=(P1, P3)),  # one shared participant only
        rep("b", place="berlin"),  # another place
        rep("b", day=None),  # undated, and no shared place+date evidence
    ],
)
def test_what_stays_apart(other):
    assert merged(rep("a"), other) == set()


def test_two_shared_organisations_and_places_are_not_enough():
    a = rep("a", parts=(ORG, "place/usa"))
    b = rep("b", parts=(ORG, "place/usa"))
    assert merged(a, b) == set()


def test_places_inside_each_other_or_unnamed_agree():
    inside = {"le-bourget": frozenset({"paris", "frankreich"})}
    assert merged(rep("a", place="le-bourget"), rep("b"), inside=inside)
    assert merged(rep("a", place=None), rep("b"))


def test_an_undated_report_joins_only_on_strong_evidence():
    dated = rep("a")
    after = rep("b", day=None, published="2016-03-06")
    assert merged(dated, after) == {frozenset({"m/a/1", "m/b/1"})}
    no_place = rep("b", day=None, place=None, published="2016-03-06")
    assert merged(dated, no_place) == {frozenset({"m/a/1", "m/b/1"})}
    too_late = rep("b", day=None, published="2016-04-20")
    one_person = rep("b", day=None, parts=(P1, ORG), published="2016-03-06")
    elsewhere = rep("b", day=None, place="berlin", published="2016-03-06")
    for weak in (too_late, one_person, elsewhere):
        assert merged(rep("a", parts=(P1, P2, ORG)), weak) == set()
    both_undated = rep("a", day=None, published="2016-03-05")
    assert merged(both_undated, after) == set()
    # the pair met twice that week: an undated report fits both, joins neither
    again = rep("c", day="2016-03-08", place=None)
    assert merged(dated, again, no_place) == set()


def test_a_dated_report_naming_one_person_and_a_place_joins_the_one_event():
    # "Maas in Moskau, Donnerstag" next to "Maas traf Lawrow am Donnerstag in
    # Moskau": the other party unnamed, the day, place and person tell
    pair = rep("a", place="moskau")
    inside = {"moskau": frozenset({"russland"})}
    maas = rep("b", place="moskau", parts=(P1, "place/russland"))
    assert merged(pair, maas) == {frozenset({"m/a/1", "m/b/1"})}
    assert merged(pair, rep("b", place="russland", parts=(P1,)), inside=inside)
    lawrow = rep("c", place="moskau", parts=(P2,))
    assert merged(pair, maas, lawrow) == {frozenset({"m/a/1", "m/b/1", "m/c/1"})}
    # what stays apart: no place, another day, another place, a place on neither
    # side of the pair, two one-person reports, and a person who met two people
    # that day in that city (which meeting is it?)
    for weak in (
        rep("b", place=None, parts=(P1,)),
        rep("b", day="2016-03-06", place="moskau", parts=(P1,)),
        rep("b", place="berlin", parts=(P1,)),
    ):
        assert merged(pair, weak) == set()
    assert merged(rep("a", place=None), rep("b", parts=(P1,))) == set()
    assert merged(rep("a", parts=(P1,)), rep("b", parts=(P1,))) == set()
    other_pair = rep("c", place="moskau", parts=(P1, P3))
    got = merged(pair, other_pair, rep("b", place="moskau", parts=(P1,)))
    assert got == set()


def test_a_report_of_two_meetings_does_not_chain_them():
    # c runs the meeting of a (P1 with P2) and that of b (P1 with P3) together
    a, b = rep("a", parts=(P1, P2)), rep("b", parts=(P1, P3))
    c = rep("c", parts=(P1, P2, P3))
    got = merged(a, b, c)
    assert len(got) == 1 and next(iter(got)) in (
        frozenset({"m/a/1", "m/c/1"}),
        frozenset({"m/b/1", "m/c/1"}),
    )


def test_two_reports_of_one_article_never_share_an_event():
    # b/1 and b/2 are two meetings of b's own extraction; a/1 fits both
    got = merged(rep("a"), rep("b", 1), rep("b", 2))
    assert got == {frozenset({"m/a/1", "m/b/1"})}


def test_event_iris_are_readable_and_order_independent():
    reports = [rep(g) for g in "abcd"] + [rep("e", day="2016-03-06")]
    first = merge_reports(reports, persons=PERSONS, names=NAMES)
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_reports(shuffled, persons=PERSONS, names=NAMES) == first
    assert set(first.values()) == {f"{KGR}meeting/2016-03-05/anna-a-bert-b"}


# --- through the corpus pass --------------------------------------------------------


def article(
    aid: str,
    day: date | None,
    *people: str,
    place: str = "Paris",
    published: date | None = None,
    n: int = 1,
) -> ArticleRecords:
    """An article reporting ``n`` meetings of ``people`` in ``place`` on ``day``."""
    text = " und ".join(people) + f" trafen sich in {place}."
    sentence = Sentence(0, len(text), text)
    ents, start = [], 0
    for p in people:
        ents.append(
            Entity("person", p, (), (Mention(start, start + len(p), p, "PER", 0),))
        )
        start += len(p) + 5
    at = text.index(place)
    ents.append(
        Entity("place", place, (), (Mention(at, at + len(place), place, "LOC", 0),))
    )
    meetings = tuple(
        Meeting(
            triggers=("treffen",),
            attendees=tuple(f"person/{p}" for p in people),
            sentences=(0,),
            location=f"place/{place}",
            date=day,
        )
        for _ in range(n)
    )
    return ArticleRecords(
        id=aid,
        content_hash=aid,
        date=published,
        sentences=(sentence,),
        entities=tuple(ents),
        meetings=meetings,
    )


def load(store: ox.Store, *articles: ArticleRecords) -> None:
    replace_article_graphs(store, records_to_dataset(articles))


def events_of(store: ox.Store, aid: str) -> set[str]:
    g = ox.NamedNode(f"{KGR}article/{aid}")
    return {
        q.subject.value[len(KGR) :]
        for q in store.quads_for_pattern(None, None, MEETING, g)
    }


MACRON_MERKEL = ("Angela Merkel", "Emmanuel Macron")
MARCH_5 = date(2016, 3, 5)


@pytest.fixture
def store(tmp_path):
    return open_store(tmp_path / "s")


def test_two_articles_reporting_one_meeting_give_one_event(store):
    load(
        store,
        article("a1", MARCH_5, *MACRON_MERKEL),
        article("a2", MARCH_5, *MACRON_MERKEL, "Jean Asselborn"),
        article("a3", date(2016, 4, 1), *MACRON_MERKEL),  # they meet again
    )
    link_store(store)
    event = "meeting/2016-03-05/angela-merkel-emmanuel-macron"
    assert events_of(store, "a1") == events_of(store, "a2") == {event}
    assert events_of(store, "a3") == {"meeting/a3/1"}
    node = ox.NamedNode(KGR + event)
    # the corpus graph: one event, reported in two articles, with one name
    corpus = ox.DefaultGraph()
    assert {
        q.object.value for q in store.quads_for_pattern(node, REPORTED_IN, None, corpus)
    } == {f"{KGR}article/a1", f"{KGR}article/a2"}
    assert len(list(store.quads_for_pattern(node, NAME, None, corpus))) == 1
    # each article graph says which report it was
    assert {
        q.object.value for q in store.quads_for_pattern(node, SAME_AS, None, None)
    } == {f"{KGR}meeting/a1/1", f"{KGR}meeting/a2/1"}
    assert corpus_graph_in_step(store)
    # who met whom counts real meetings: Merkel and Macron met twice, not three times
    rows = solutions(run_named(store, "who_met_whom", {"person": "Angela Merkel"}))
    with_macron = {r["meeting"] for r in rows if r["otherName"] == "Emmanuel Macron"}
    assert len(with_macron) == 2
    # and so does the network: one "met" edge of weight 2, from three articles
    from kg.viz import graph_to_networkx

    G = graph_to_networkx(store)
    merkel, macron = KGR + "person/angela-merkel", KGR + "person/emmanuel-macron"
    met = G.get_edge_data(merkel, macron, key="met")
    assert met["weight"] == 2 and len(met["articles"]) == 3


def test_removing_a_report_unmerges_and_linking_twice_is_once(store):
    load(
        store,
        article("a1", MARCH_5, *MACRON_MERKEL),
        article("a2", MARCH_5, *MACRON_MERKEL),
    )
    link_store(store)
    before = set(store)
    again = link_store(store)
    assert set(store) == before and again.articles == 0
    remove_article(store, f"{KGR}article/a2")
    link_store(store)
    assert events_of(store, "a1") == {"meeting/a1/1"}
    assert not list(store.quads_for_pattern(None, SAME_AS, None, None))
    assert corpus_graph_in_step(store)


def test_an_undated_follow_up_joins_the_event(store):
    load(
        store,
        article("a1", MARCH_5, *MACRON_MERKEL),
        article("a2", None, *MACRON_MERKEL, published=date(2016, 3, 6)),
        article("a3", None, *MACRON_MERKEL, published=date(2016, 5, 6)),
    )
    link_store(store)
    assert events_of(store, "a1") == events_of(store, "a2") != events_of(store, "a3")


def test_a_merged_store_validates(store, tmp_path):
    from kg.rdf.validate import validate_graph
    from kg.store import export_store

    load(
        store,
        article("a1", MARCH_5, *MACRON_MERKEL),
        article("a2", MARCH_5, *MACRON_MERKEL),
    )
    link_store(store)
    report = validate_graph(export_store(store, tmp_path / "x.trig"))
    assert report.conforms, list(report.lines())


POOL = (
    article("p1", MARCH_5, *MACRON_MERKEL),
    article("p2", MARCH_5, *MACRON_MERKEL, "Jean Asselborn"),
    article("p3", MARCH_5, "Emmanuel Macron", "Jean Asselborn"),
    article("p4", date(2016, 3, 6), *MACRON_MERKEL),
    article("p5", None, *MACRON_MERKEL, published=date(2016, 3, 7)),
    article("p6", MARCH_5, *MACRON_MERKEL, n=2),
    article("p7", MARCH_5, "Merkel", "Emmanuel Macron"),  # surname, linked first
)


@settings(max_examples=60, deadline=None)
@given(
    st_.permutations(POOL), st_.sets(st_.sampled_from([a.id for a in POOL]), max_size=3)
)
def test_any_build_order_and_removals_equal_a_build_from_scratch(order, gone):
    store = ox.Store()
    for a in order:  # one build per article, linking after each
        load(store, a)
        link_store(store)
    for aid in sorted(gone):
        remove_article(store, f"{KGR}article/{aid}")
        link_store(store)
    scratch = ox.Store()
    load(scratch, *(a for a in POOL if a.id not in gone))
    link_store(scratch)
    assert set(store) == set(scratch)
