"""A government named by its head speaks for its state (issue 17).

"Die Regierung von Tsipras erklärte, …", "die Regierung Tsipras teilte mit":
the speaker is not the head of government but the state, as the gold's rules
have it for "die griechische Regierung" (``bench/quote_gold.md``); the state is
the one the article gives the person a post of ("der griechische Premier
Alexis Tsipras"). Without such a post the person stays the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.records import Kind, Quote, Role, kind_of
from kg.extract.view import DocView
from kg.lang.de.speech import GOVERNMENT_NOUNS

__all__ = ["government_states"]


def government_states(
    view: DocView, quotes: list[Quote], roles: Sequence[Role]
) -> list[Quote]:
    """``quotes`` with a person named as the head of a government ("die
    Regierung von X", "die Regierung X") as speaker made the state of X's post;
    the other quotes as they are."""
    states: dict[str, str] = {}
    for r in roles:
        org = r.organisation
        e = view.entities.get(org) if org else None
        if org is not None and e is not None and e.place_kind == "country":
            states.setdefault(r.person, org)
    out = []
    for q in quotes:
        state = states.get(q.speaker) if q.speaker else None
        if (
            state is not None
            and q.speaker is not None
            and kind_of(q.speaker) is Kind.PERSON
            and _government_of(view, q)
        ):
            q = replace(q, speaker=state)
        out.append(q)
    return out


def _government_of(view: DocView, q: Quote) -> bool:
    """The sentence of ``q`` names its speaker as the head of a government
    outside the quoted words: "Regierung von X" or "Regierung X"."""
    if not 0 <= q.sentence < len(view.sents):
        return False
    sent = view.sents[q.sentence]
    doc = view.doc
    for j in range(sent.start, sent.end - 1):
        if view.lowers[j] not in GOVERNMENT_NOUNS or q.start <= doc[j].idx < q.end:
            continue
        k = j + 2 if view.lowers[j + 1] == "von" else j + 1
        if k < sent.end and view.key(k) == q.speaker:
            return True
    return False
