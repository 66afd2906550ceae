"""The persons who send an envoy to a meeting, not attending it themselves.

* "Kanzler X schickte seinen Berater Y nach Kiew, um mit Z zu verhandeln": X
  sends; Y and Z meet (:func:`senders`);
* "Y wurde von Kanzlerin X nach Kiew geschickt, wo er Z traf": X after "von"
  in a passive sends;
* "Y reiste im Auftrag von Präsident X nach Damaskus und traf Z": X is the
  one on whose behalf Y acts.

Only persons are dropped: a country or an organisation that sends a
delegation is a party to the talks it sends it to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.view import DocView
from kg.lang.de.envoys import (
    BEHALF_NOUNS,
    DESTINATION_WORDS,
    ENVOY_NOUNS,
    PASSIVE_AUXILIARIES,
    SEND_PARTICIPLES,
    SEND_VERBS,
)
from kg.lang.de.grammar import PREPOSITIONS
from kg.lang.de.titles import match_title

__all__ = ["senders"]

#: how many words after the verb of sending may come before its envoy
_ENVOY_REACH = 5
#: how many words after "im Auftrag" the one who sends may be named
_BEHALF_REACH = 5

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "-", '"', "„", "“"})


def _persons(view: DocView, lo: int, hi: int) -> list[tuple[int, str]]:
    """(first token, key) of each person named in tokens ``lo``..``hi``."""
    out: list[tuple[int, str]] = []
    i = lo
    while i < hi:
        k = view.person(i)
        if k is None:
            i += 1
            continue
        out.append((i, k))
        while i < hi and view.person(i) == k:
            i += 1
    return out


def _word_before(view: DocView, j: int, lo: int) -> str:
    """The lower-case word before the name at ``j``, titles skipped ("von
    Kanzlerin X" -> "von")."""
    i = j - 1
    while i >= lo and view.texts[i][:1].isupper() and view.key(i) is None:
        if match_title(view.texts[i]) is None:
            break
        i -= 1
    return view.lowers[i] if i >= lo else ""


def _has_envoy(view: DocView, v: int, end: int) -> bool:
    """Words after the verb of sending at ``v`` name a person sent: a name not
    after a preposition, a title or an envoy noun ("schickte seinen Berater",
    "entsandte eine Delegation"; not "schickte eine Einladung an X")."""
    lowers = view.lowers
    for j in range(v + 1, min(end, v + 1 + _ENVOY_REACH)):
        low = lowers[j]
        if low in _CLAUSE_BREAKS:
            return False
        if low in PREPOSITIONS:
            return False
        if view.person(j) is not None or low in ENVOY_NOUNS:
            return True
        if view.texts[j][:1].isupper() and match_title(view.texts[j]) is not None:
            return True
    return False


def _clause_start(view: DocView, sent: Span, v: int) -> int:
    lo = v
    while lo > sent.start and view.lowers[lo - 1] not in _CLAUSE_BREAKS:
        lo -= 1
    return lo


def _clause_end(view: DocView, sent: Span, v: int) -> int:
    hi = v + 1
    while hi < sent.end and view.lowers[hi] not in _CLAUSE_BREAKS:
        hi += 1
    return hi


def _behalf(view: DocView, sent: Span) -> set[str]:
    """Persons after "im Auftrag" / "im Namen" ("im Auftrag von Präsident X",
    "im Namen des Kanzlers X")."""
    lowers = view.lowers
    out: set[str] = set()
    for i in range(sent.start + 1, sent.end):
        if lowers[i] not in BEHALF_NOUNS or lowers[i - 1] != "im":
            continue
        for j in range(i + 1, min(sent.end, i + 1 + _BEHALF_REACH)):
            k = view.person(j)
            if k is not None:
                out.add(k)
                break
            if lowers[j] in _CLAUSE_BREAKS or view.key(j) is not None:
                break
    return out


def senders(view: DocView, sent: Span, t: Token) -> set[str]:
    """Persons of ``sent`` who send someone to the meeting at ``t`` (a
    meeting word after the verb of sending) or on whose behalf its attendee
    acts."""
    lowers = view.lowers
    out = _behalf(view, sent)
    for v in range(sent.start, t.i):
        if lowers[v] not in SEND_VERBS:
            continue
        lo = _clause_start(view, sent, v)
        hi = _clause_end(view, sent, v)
        if not any(lowers[j] in DESTINATION_WORDS for j in range(lo, min(hi, t.i))):
            continue  # "X schickte Y eine SMS und traf ihn später"
        before = _persons(view, lo, v)
        passive = any(lowers[j] in PASSIVE_AUXILIARIES for j in range(lo, hi))
        if passive:
            # "Y wurde von X nach Kiew geschickt": the person after "von"
            out.update(
                k
                for j, k in before + _persons(view, v + 1, hi)
                if _word_before(view, j, lo) in ("von", "vom")
            )
            continue
        if lowers[v] in SEND_PARTICIPLES:
            # "X hat seinen Berater Y nach Kiew geschickt": the first of two
            j, k = before[0] if before else (lo, "")
            if len({b for _, b in before}) >= 2 and (
                _word_before(view, j, lo) not in PREPOSITIONS
            ):
                out.add(k)
            continue
        if not _has_envoy(view, v, hi):
            continue
        if before:
            # "Kanzler X schickte seinen Berater nach Kiew"
            j, k = before[0]
            if _word_before(view, j, lo) not in PREPOSITIONS:
                out.add(k)
        elif lowers[lo] in PREPOSITIONS:
            # "Nach Kiew schickte Kanzler X seinen Berater Y": the first of two
            # (not "Putin schickte Y zu Gesprächen mit Z", where the model
            # missed the subject)
            after = [
                (j, k)
                for j, k in _persons(view, v + 1, hi)
                if _word_before(view, j, v + 1) not in PREPOSITIONS
            ]
            if len({k for _, k in after}) >= 2:
                out.add(after[0][1])
    return out
