"""The statement layer of the actor network: who demands, accuses, supports …
whom (``kg:Interaction`` with ``kg:agent`` and ``kg:recipient``), read from the
graph and added as directed ``statements`` edges, one per type and direction,
with the quotations of their agent in the evidence sentences.

:func:`kg.viz.graph.graph_to_networkx` calls :func:`read_statements`, then
:func:`add_statement_edges`, and after the evidence sentences :func:`add_quotes`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import networkx as nx
import pyoxigraph as ox

from kg.viz.queries import STATEMENT_QUOTES, Info, Select, term_value

__all__ = ["add_quotes", "add_statement_edges", "read_statements", "statement_key"]


def statement_key(interaction_type: str, agent: str) -> str:
    """The key of the ``statements`` edge of one type from ``agent`` to the other
    end (``"statements:DEMAND:<agent IRI>"``): between two actors, each type in
    each direction is one edge.

    Example
    -------
    >>> statement_key("DEMAND", "https://w3id.org/kg-news/id/place/usa")
    'statements:DEMAND:https://w3id.org/kg-news/id/place/usa'
    """
    return f"statements:{interaction_type}:{agent}"


def read_statements(
    select: Select,
    query: str,
    binds: Mapping[ox.Variable, ox.Literal],
    kinds: Mapping[str, str],
) -> dict[str, Info]:
    """Interaction IRI -> type, agent, recipient (both among the wanted actors, and
    not one and the same), verbs, issues, sentences and articles."""
    found: dict[str, Info] = {}
    for row in select(query, binds):
        i = term_value(row["i"])
        agent, recipient = term_value(row["agent"]), term_value(row["recipient"])
        if i is None or agent not in kinds or recipient not in kinds:
            continue
        if agent == recipient:
            continue
        info = found.setdefault(
            i,
            {
                "type": term_value(row["type"]),
                "agent": agent,
                "recipient": recipient,
                "verbs": set(),
                "issues": set(),
                "sentences": set(),
                "articles": set(),
            },
        )
        for key, var in (
            ("verbs", "verb"),
            ("issues", "issue"),
            ("sentences", "s"),
            ("articles", "article"),
        ):
            if row[var] is not None:
                info[key].add(term_value(row[var]))
    return found


def add_statement_edges(
    G: nx.MultiGraph, statements: Mapping[str, Info]
) -> dict[tuple[str, str, str], set[str]]:
    """A ``statements`` edge per type from agent to recipient, weighted by the
    number of statements; returns the sentences of each edge, keyed by the two
    ends sorted and the key, as the network's evidence step asks."""
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for i, info in sorted(statements.items()):
        agent, recipient = info["agent"], info["recipient"]
        key = statement_key(info["type"], agent)
        if not G.has_edge(agent, recipient, key):
            G.add_edge(
                agent,
                recipient,
                key=key,
                kind="statements",
                interaction_type=info["type"],
                agent=agent,
                recipient=recipient,
                weight=0,
                articles=set(),
                verbs=set(),
                issues=set(),
                interactions=set(),
            )
        d = G.edges[agent, recipient, key]
        d["weight"] += 1
        d["interactions"].add(i)
        for field_ in ("articles", "verbs", "issues"):
            d[field_].update(info[field_])
        stated[min(agent, recipient), max(agent, recipient), key].update(
            info["sentences"]
        )
    return stated


def add_quotes(select: Select, G: nx.MultiGraph) -> None:
    """Each ``statements`` edge's ``quotes``: the texts of the quotations its agent
    is the ``schema:creator`` of in its evidence sentences, in their order."""
    quoted: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for row in select(STATEMENT_QUOTES):
        s, creator = term_value(row["s"]) or "", term_value(row["creator"]) or ""
        quoted[s, creator].add(term_value(row["text"]) or "")
    for _, _, d in G.edges(data=True):
        if d["kind"] == "statements":
            quotes: list[str] = []
            for s in d["sentences"]:
                quotes += sorted(q for q in quoted.get((s, d["agent"]), ()) if q)
            d["quotes"] = list(dict.fromkeys(quotes))
