"""Roles: a post named without its holder whom the next sentence names as its
subject ("Putin hat den US-Außenminister empfangen. Blinken sagte danach …":
Blinken is the US-Außenminister).

Conservative: the post is the one holderless post of its sentence, named as an
object ("den", "dem", "des" before it) with its organisation; the next
sentence opens with a person named there for the first time, a verb right
after the name, and no "ihn"/"ihm" in it that would refer back to the post's
holder as someone else ("Der Minister reiste an. X empfing ihn."); the person
holds no post elsewhere in the article, and nobody else holds that post for
that organisation. The post's sentence tells a meeting with its holder (a
verb or noun of meeting: "empfangen", "sprach mit", "beim Treffen mit"): one
who criticised or quoted a minister is no sign that the next person named is
that minister ("Der Kreml kritisierte den US-Präsidenten. X sagte").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.records import Role
from kg.extract.roles_complete import post_key
from kg.extract.view import DocView
from kg.lang.de.meetings import TALK_VERBS, TRIGGER_NOUNS, TRIGGER_VERBS

__all__ = ["Holderless", "holders_named_after"]

#: articles before a post named as an object ("hat den Außenminister empfangen",
#: "mit dem Außenminister", "der Besuch des Außenministers")
_OBJECT_ARTICLES = frozenset({"den", "dem", "des"})

#: pronouns that refer back to someone other than the next sentence's subject
_OTHER_PERSON = frozenset({"ihn", "ihm"})


#: words joining a second name to the subject ("Blinken und Lawrow sagten")
_JOINING = frozenset({"und", "oder", "sowie", "von", "vom", "zu", "aus"})

#: words of a sentence that tell a meeting with the post's holder
_MEETING_WORDS = TRIGGER_VERBS | TALK_VERBS | TRIGGER_NOUNS | {"besuch", "besuchs"}


@dataclass(frozen=True, slots=True)
class Holderless:
    """A post named without its holder: the title's token, the first token of
    its phrase, the role's name and its organisation."""

    tok: Token
    first: int
    role: str
    org: str
    post: str  # :func:`kg.extract.roles_complete.post_key` of the role


def holders_named_after(
    view: DocView, holderless: list[Holderless], roles: list[Role]
) -> list[tuple[str, Holderless]]:
    """(person, post) of each post in ``holderless`` whose holder the next
    sentence names as its subject (see the module)."""
    by_sentence: dict[int, list[Holderless]] = {}
    for h in holderless:
        by_sentence.setdefault(view.sentence_of(h.tok), []).append(h)
    posted = {r.person for r in roles if r.role != "Mitglied"}
    held = {(post_key(r.role), r.organisation) for r in roles}
    out: list[tuple[str, Holderless]] = []
    for s_idx, found in by_sentence.items():
        if len(found) != 1 or s_idx + 1 >= len(view.sents):
            continue
        [h] = found
        sent = view.sents[s_idx]
        if not (sent.start < h.first and view.lowers[h.first - 1] in _OBJECT_ARTICLES):
            continue
        if (h.post, h.org) in held:
            continue
        words = view.lowers[sent.start : sent.end]
        if not any(w in _MEETING_WORDS for w in words):
            continue  # no meeting told with the post's holder
        nxt = view.sents[s_idx + 1]
        person = view.person(nxt.start)
        if person is None or person in posted or view.named_before(person, nxt.start):
            continue
        j = nxt.start
        while j < nxt.end and view.key(j) == person:
            j += 1
        if (
            j >= nxt.end
            or not view.doc[j].is_lower
            or not view.doc[j].is_alpha
            or view.lowers[j] in _JOINING
        ):
            continue  # "Blinken sagte": a verb after the name
        if any(view.lowers[k] in _OTHER_PERSON for k in range(j, nxt.end)):
            continue
        out.append((person, h))
    return out
