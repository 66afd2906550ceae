"""Who a phrase that names no one refers to: "er", "der Minister", "der 63-Jährige".

Two kinds of reference back to a person named before, in one place for every
extractor:

* :func:`title_references` (conservative, before the meetings): a definite noun
  phrase "der/die/dem/den/des [Adjektive] Titel" ("der Premier", "die
  Kanzlerin", "den russischen Präsidenten") or "der 63-Jährige" refers to the
  one person of the article who holds that post (a role found with a name:
  "Kanzlerin Angela Merkel"; the same post, a narrower compound of it or a post
  of its group in ``SAME_POSTS``; the same gender) or is given that age
  ("Merkel (63)", "die 63-jährige Kanzlerin Merkel"), named before the phrase.
  Two holders, another gender, a country the holder's post is not of, a
  holder named only later, or a holderless mention of the post in between
  ("ein russischer Minister") leave it alone. The phrases resolved become
  mentions of their person (:func:`with_references`), so the participants of
  a meeting, the speaker of a quote and the parties of an interaction take
  the person, and the roles, found before, make no new role of them. A
  definite "der CDU-Politiker", "die SPÖ-Abgeordnete" refers the same way to
  the one member of that party named before, else to the one person named
  just before who is of no other party.
* :func:`antecedent` (for the speaker of a reporting clause: "sagte der
  Minister", "er betonte") and :func:`person_before` (for "er" and "sein
  Besuch" in a meeting sentence): looser, the person named nearest before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from kg.extract.records import Entity, Kind, Mention, Role, kind_of
from kg.extract.titles import is_title_modifier
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    CLAUSE_OPENERS,
    FEMININE_PERSON_NOUNS,
    INDEFINITE_ARTICLES,
    MASCULINE_PERSON_NOUNS,
    NOT_BEFORE_SUBJECT,
    NOT_PLURAL_VERBS,
    PERSON_PLURALS,
    PLURAL_VERB_ENDINGS,
    PREPOSITIONS,
    adjective_stem,
)
from kg.lang.de.places import PLACE_NOUNS
from kg.lang.de.speech import SPEAKER_NOUNS
from kg.lang.de.titles import (
    AGE_WORD,
    BROAD_PERSON_NOUNS,
    FORMER,
    GENERIC_POSTS,
    KIND_PREFIXES,
    Title,
    feminine_post,
    masculine_post,
    match_title,
    post_in_gender,
    same_post,
)

__all__ = [
    "LastSpeaker",
    "TitleReference",
    "antecedent",
    "title_phrase",
    "person_before",
    "person_genders",
    "persons_before",
    "plural_subject",
    "reference_mentions",
    "surname",
    "surnames_of",
    "title_references",
    "with_references",
]

_DEFINITE = frozenset({"der", "die", "dem", "den", "des"})
#: what ends a clause for :func:`plural_subject`
CLAUSE_ENDS = frozenset({",", ";", ":", "–", "—"})
_AGE = re.compile(rf"(\d{{1,3}})-{AGE_WORD}(e|en|er|em|es)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TitleReference:
    """The tokens ``start`` to ``end`` of the Doc ("der Kanzler") refer to
    ``person`` (an entity key)."""

    start: int
    end: int
    person: str


# --- "der Minister", "der 63-Jährige" ------------------------------------------------


def title_references(view: DocView, roles: list[Role]) -> list[TitleReference]:
    """The definite title and age phrases of the article that refer to one
    person named before them (see the module docstring).

    Parameters
    ----------
    view
        The article, its mentions resolved.
    roles
        The roles found with their holders' names, their organisations as the
        text gives them (:func:`kg.extract.roles.scan_roles`).
    """
    doc = view.doc
    holders = [r for r in roles if r.role != "Mitglied" and r.person in view.entities]
    texts = _texts(doc)  # no Token objects for the words that cannot be one
    ages = _ages(view, texts)
    out: list[TitleReference] = []
    for i, text in enumerate(texts):
        # a noun after an article or an adjective: "der Kanzler", "der neue Kanzler"
        if i == 0 or not (text[:1].isupper() or text[:1].isdigit()):
            continue
        prev = texts[i - 1]
        if not (prev.islower() or prev.lower() in _DEFINITE):
            continue
        if view.person(i) is not None:
            continue
        age = _AGE.fullmatch(text) if text[-1:].islower() else None
        if age is not None and text.islower():
            continue  # "die 63-jährige Kanzlerin": an adjective
        m = None if age else match_title(text)
        if age is None and m is None:
            continue
        tok = doc[i]
        phrase = title_phrase(view, tok.i)
        if phrase is None:
            continue
        start, qualifier = phrase
        if age is not None:
            feminine = _age_gender(doc[start].lower_, tok.lower_)
            person = _age_holder(
                ages, int(age.group(1)), feminine, tok.idx + view.offset
            )
        else:
            assert m is not None
            prefix, title = m
            person = _title_holder(
                view, holders, tok.i, prefix, title, start, qualifier
            )
        if person is not None:
            out.append(TitleReference(start, tok.i + 1, person))
    members = [r for r in roles if r.person in view.entities]  # "Mitglied" too
    return out + _party_member_references(view, members, {r.start for r in out})


#: "der CDU-Politiker", "die SPÖ-Abgeordnete": a member of the party before
_MEMBER_NOUN = re.compile(r"(.+)-(Politiker(?:in)?|Abgeordneter?)")


def _party_member_references(
    view: DocView, roles: list[Role], taken: set[int]
) -> list[TitleReference]:
    """ "Wadephul brach nach Israel auf. In Jerusalem wird der CDU-Politiker
    … zusammentreffen": a definite singular "der/die PARTEI-Politiker(in)" or
    "-Abgeordnete" that names no one by apposition refers to the one person
    the article gives a post or membership in that party before it, else to
    the one person named in its sentence before it and the sentence before,
    if that one is of no other party and not of the other gender."""
    doc = view.doc
    genders = person_genders(view)
    out: list[TitleReference] = []
    for i, text in enumerate(view.texts):
        m = _MEMBER_NOUN.fullmatch(text)
        if i == 0 or i in taken or not (m or text[:1].isupper()):
            continue
        party = view.key(i)
        entity = view.entities.get(party) if party else None
        if entity is None or entity.org_kind != "party":
            continue
        det = view.lowers[i - 1]
        if m is None:
            # "sagte der Liberale", "die Sozialdemokratin": a member's noun the
            # article maps to the party; not its name ("die Linke", "der
            # SPD"; but "der Grüne" is a man) nor a plural ("die Liberalen")
            names = {
                w.lower() for n in (entity.name, *entity.aliases) for w in n.split()
            }
            if (
                "-" in text
                or text.isupper()
                or (text.lower() in names and not (det == "der" and text[-1] == "e"))
                or text.endswith("en")
                or det not in ("der", "die")
            ):
                continue
            feminine = det == "die"
        elif (noun := m.group(2)).endswith("in") or noun.endswith("te"):
            # "die CDU-Politikerin", "die SPÖ-Abgeordnete"
            feminine = det == "die" or (det == "der" and noun.endswith("in"))
            if det not in ("die", "der") or (noun == "Abgeordnete" and det != "die"):
                continue
        else:
            # "der/dem/den/des CDU-Politiker", "der Abgeordneter" is no German
            if det not in ("der", "dem", "den", "des") or noun == "Abgeordneter":
                continue
            feminine = False
        sent = doc[i].sent
        nxt = view.key(i + 1) if i + 1 < sent.end else None
        if nxt is not None and kind_of(nxt) is Kind.PERSON:
            continue  # "der CDU-Politiker Johann Wadephul"
        if i - 3 >= sent.start and doc[i - 2].text == "," and view.person(i - 3):
            continue  # "Wadephul, der CDU-Politiker"
        here = doc[i].idx + view.offset
        members = {
            r.person for r in roles if r.organisation == party and r.start < here
        }
        if not members:
            s_idx = view.sentence_of(doc[i])
            lo = view.sents[s_idx - 1].start if s_idx > 0 else sent.start
            members = {k for j in range(lo, i - 1) if (k := view.person(j)) is not None}
            other_party = {
                r.person
                for r in roles
                if r.organisation
                and r.organisation != party
                and kind_of(r.organisation) is Kind.ORG
                and (e := view.entities.get(r.organisation)) is not None
                and e.org_kind == "party"
            }
            members -= other_party
        if len(members) != 1:
            continue
        person = next(iter(members))
        if genders.get(person, feminine) is not feminine:
            continue
        out.append(TitleReference(i - 1, i + 1, person))
    return out


def title_phrase(view: DocView, i: int) -> tuple[int, str | None] | None:
    """(first token, the place or organisation the phrase names) of the
    definite noun phrase whose noun is at ``i``; ``None`` if it is no such
    phrase, names its person (an apposition: "der Kanzler Olaf Scholz",
    "Scholz, der Kanzler"), is a former post or is plural."""
    doc = view.doc
    sent = doc[i].sent
    j = i
    qualifier = view.key(i)  # "US-Präsident": the prefix is a mention of its own
    while j - 1 >= sent.start and i - j < 3:
        prev = doc[j - 1]
        if not (prev.is_lower and (prev.is_alpha or _AGE.fullmatch(prev.text))):
            break
        if not (is_title_modifier(prev.lower_) or _AGE.fullmatch(prev.text)):
            break  # the article, or "gewählte" in "der gestern gewählte Kanzler"
        if adjective_stem(prev.lower_) in FORMER:
            return None  # "der ehemalige Kanzler"
        if (adj := view.key(prev.i)) is not None:
            qualifier = adj  # "der russische Präsident"
        j -= 1
    if j - 1 < sent.start or doc[j - 1].lower_ not in _DEFINITE:
        return None
    det = doc[j - 1]
    # "Scholz, der Kanzler": the holder is named right there
    if (
        det.i - 2 >= sent.start
        and doc[det.i - 1].text == ","
        and view.person(det.i - 2)
    ):
        return None
    # "der Kanzler Olaf Scholz", "der Präsident der USA, Joe Biden": named after
    n = i + 1
    while n < min(sent.end, i + 7):
        key = view.key(n)
        if key is not None and kind_of(key) is Kind.PERSON:
            return None
        if key is None and doc[n].text != "," and doc[n].lower_ not in ("der", "des"):
            break
        n += 1
    if i + 1 < sent.end and doc[i + 1].lower_ in ("der", "des"):
        # "der Präsident der USA"; "der Präsident des Wiener Landtags", "der
        # Sprecher der Landesrätin", "der Trainer der ersten Mannschaft": whose
        # post it is the article does not name, so it may be another's
        g = i + 2
        while g < min(sent.end, i + 5) and doc[g].is_lower:
            g += 1
        key = view.key(g) if g < sent.end else None
        if key is None or kind_of(key) is Kind.PERSON:
            return None
        qualifier = qualifier or key
    elif i + 1 < sent.end and (key := view.key(i + 1)) is not None:
        qualifier = qualifier or key  # "der Präsident Frankreichs"
    # "das Treffen der Außenminister": a genitive after a noun may be plural
    before = doc[det.i - 1] if det.i > sent.start else None
    if (
        det.lower_ == "der"
        and before is not None
        and before.text[:1].isupper()
        and view.key(before.i) is None
        and not doc[i].lower_.endswith(("in", "e"))
    ):
        return None
    return det.i, qualifier


def _title_holder(
    view: DocView,
    holders: list[Role],
    i: int,
    prefix: str,
    title: Title,
    start: int,
    qualifier: str | None,
) -> str | None:
    """The one person of ``holders`` the title at token ``i`` refers to."""
    doc = view.doc
    det = doc[start].lower_
    low = doc[i].lower_
    if title.adjectival:
        # "der Vorsitzende", "die Vorsitzende", "der Vorsitzenden" (hers)
        fem = det == "die" or (det == "der" and low.endswith("en"))
        if det == "die" and low.endswith("en"):
            return None  # "die Vorsitzenden": plural
    else:
        fem = title.feminine
        if fem and (low.endswith("innen") or det in ("dem", "den", "des")):
            return None  # plural, or no feminine article
        if not fem and (
            det == "die"
            or (det == "den" and title.base.endswith("er") and low.endswith("ern"))
        ):
            return None  # "die Minister", "den Außenministern": plural
    if prefix and not prefix.endswith("-") and prefix[:1].isupper():
        return None  # "der Palästinenserpräsident": a post of its own
    post = masculine_post(post_in_gender(title.base, feminine=False))
    here = doc[i].idx + view.offset
    # a holder the article names only after the title is no antecedent: "Der
    # Premier X reist nach Oslo. Dort trifft der Premier den Regierungschef Y"
    kind_post = _kind_post(post)

    def holds(r: Role) -> bool:
        if same_post(masculine_post(r.role), post):
            return True
        # "der Gewerkschaftschef" after "Verdi-Chef X": a chief of that kind
        return kind_post is not None and _of_kind(view, r, *kind_post)

    persons = {
        r.person
        for r in holders
        if holds(r) and feminine_post(r.role) == fem and view.named_before(r.person, i)
    }
    if len(persons) != 1:
        return None
    person = next(iter(persons))
    mine = [r for r in holders if r.person == person and holds(r) and r.start < here]
    if not mine:
        return None  # the post before any holder of it
    orgs = {r.organisation for r in mine}
    if qualifier is not None and qualifier not in orgs:
        return None  # "der russische Präsident" of a holder of another country
    # a mention of the post between without its holder ("ein russischer Minister",
    # "der Minister eines anderen Landes"): another holder may be meant
    last = max(r.end for r in mine)
    j = i - 1
    while j > 0 and doc[j - 1].idx + view.offset >= last:
        j -= 1
    for t in doc[j:i]:
        if view.person(t.i) is not None:
            continue
        other = match_title(t.text) if t.text[:1].isupper() else None
        if other is None or not same_post(
            masculine_post(post_in_gender(other[1].base, feminine=False)), post
        ):
            continue
        if t.i > 0 and doc[t.i - 1].lower_ in INDEFINITE_ARTICLES:
            return None
        country = view.key(t.i) or (view.key(t.i - 1) if t.i > 0 else None)
        if country is not None and country not in orgs:
            return None
    return person


#: posts that lead an organisation, as the second part of a kind's compound
#: ("Gewerkschaftschef", "Verbandspräsident") refers to them
_LEADING_POSTS = (*GENERIC_POSTS["manager"], "präsident", "obmann", "boss")


def _kind_post(post: str) -> tuple[frozenset[str], str] | None:
    """(organisation kinds, leading post) of a post compounded with a kind noun
    ("gewerkschaftschef" -> union, "chef"); ``None`` for other posts."""
    for prefix, kinds in KIND_PREFIXES.items():
        rest = post[len(prefix) :]
        if post.startswith(prefix) and rest in _LEADING_POSTS:
            return kinds, rest
    return None


def _of_kind(view: DocView, r: Role, kinds: frozenset[str], post: str) -> bool:
    """``r`` is a leading post (``post`` or another) of an organisation of one
    of ``kinds``: "Verdi-Chef" for "Gewerkschaftschef"."""
    if r.organisation is None or not masculine_post(r.role).endswith(_LEADING_POSTS):
        return False
    e = view.entities.get(r.organisation)
    return e is not None and e.org_kind in kinds


def _texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, read from its array."""
    strings = doc.vocab.strings
    return [strings[int(o)] for o in doc.to_array(ORTH)]


def _ages(
    view: DocView, texts: list[str]
) -> dict[int, list[tuple[str, int, bool | None]]]:
    """Age -> (person, offset, gender if the text tells it) for each person the
    article gives an age: "Merkel (63)", "die 63-jährige Kanzlerin Angela
    Merkel", "der 63-jährige Scholz"."""
    doc = view.doc
    out: dict[int, list[tuple[str, int, bool | None]]] = {}
    for i, text in enumerate(texts):
        if not text[:1].isdigit():
            continue
        if (
            text.isdigit()
            and 0 < i < len(doc) - 1
            and texts[i - 1] == "("
            and texts[i + 1] == ")"
            and (p := view.person(i - 2) if i >= 2 else None)
        ):
            out.setdefault(int(text), []).append((p, doc[i].idx + view.offset, None))
            continue
        m = _AGE.fullmatch(text)
        if m is None or not text.islower():
            continue
        t = doc[i]
        for k in range(t.i + 1, min(len(doc), t.i + 4)):
            if (p := view.person(k)) is not None:
                fem = None
                title = match_title(doc[k - 1].text) if k - 1 > t.i else None
                if title is not None and not title[1].adjectival:
                    fem = title[1].feminine
                out.setdefault(int(m.group(1)), []).append(
                    (p, doc[k].idx + view.offset, fem)
                )
                break
            if not (doc[k].is_lower or match_title(doc[k].text)):
                break
    return out


def _age_gender(det: str, word: str) -> bool | None:
    """The gender "der 63-Jährige", "die 54-Jährige" tell; ``None`` for a plural."""
    if det == "die":
        return None if word.endswith("en") else True
    if det == "der":
        return word.endswith("en")  # "der 63-Jährigen": hers
    return False


def _age_holder(
    ages: dict[int, list[tuple[str, int, bool | None]]],
    age: int,
    feminine: bool | None,
    here: int,
) -> str | None:
    """The one person given ``age`` before offset ``here``, of that gender."""
    if feminine is None:
        return None
    given = ages.get(age, [])
    persons = {p for p, _, fem in given if fem in (None, feminine)}
    if len(persons) != 1 or len({p for p, _, _ in given}) != 1:
        return None
    person = next(iter(persons))
    if not any(p == person and at < here for p, at, _ in given):
        return None
    return person


def with_references(view: DocView, refs: list[TitleReference]) -> DocView:
    """``view`` with the tokens of each reference inside a mention of its person."""
    if not refs:
        return view
    keys: dict[int, str | None] = dict(view.keys)
    for r in refs:
        for i in range(r.start, r.end):
            keys[i] = r.person
    return DocView(view.doc, view.sents, keys, view.entities, view.offset)


def reference_mentions(
    view: DocView, refs: list[TitleReference], entities: list[Entity]
) -> list[Entity]:
    """``entities`` with each reference as a mention of its person (label PER,
    the phrase as its text: "der Kanzler")."""
    if not refs:
        return entities
    doc = view.doc
    added: dict[str, list[Mention]] = {}
    for r in refs:
        span = doc[r.start : r.end]
        added.setdefault(r.person, []).append(
            Mention(
                span.start_char + view.offset,
                span.end_char + view.offset,
                span.text,
                "PER",
                view.sentence_of(doc[r.start]),
            )
        )
    out = []
    for e in entities:
        if e.key in added:
            ms = sorted(e.mentions + tuple(added[e.key]), key=lambda m: m.start)
            e = replace(e, mentions=tuple(ms))
        out.append(e)
    return out


# --- "er", "sagte der Minister": the person named nearest before --------------------


def surnames_of(view: DocView) -> dict[str, str]:
    """Surname -> key of each person of the article named in full; also a
    first word no other person shares ("Ban" of "Ban Ki Moon")."""
    out: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for k, e in view.entities.items():
        if kind_of(k) is Kind.PERSON and " " in e.name:
            words = e.name.split()
            out.setdefault(words[-1], k)
            firsts.setdefault(words[0], set()).add(k)
    for w, ks in firsts.items():
        if len(ks) == 1 and len(w) >= 3:
            out.setdefault(w, next(iter(ks)))
    return out


def surname(surnames: dict[str, str], word: str) -> str | None:
    """The person ``word`` names by surname, also in the genitive ("Zschäpes"),
    and by the initial that stands for it ("M" of "schildert M..", the name
    "Husam M.", its period taken by the sentence's)."""
    if not word[:1].isupper():
        return None
    k = surnames.get(word)
    if k is None and word.endswith(("s", "'")):
        k = surnames.get(word[:-1])
    if k is None and len(word) == 1:
        k = surnames.get(word + ".")
    return k


#: the last quote's speaker, medium and sentence (kg.extract.quotes)
LastSpeaker = tuple[str | None, str | None, int] | None


def antecedent(
    view: DocView,
    before: int,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
    *,
    pronoun: str | None = None,
    title: str | None = None,
) -> str | None:
    """The person "der Minister", "er", "Der sagte" at token ``before`` refers
    to: the person named last before it in its own sentence, else, going back
    sentence by sentence (five at most), the speaker of the last quote if it
    is in that sentence, else the first person a sentence names
    outside a quote (``spans``), a bare surname of a person of
    the article included; else the last speaker (``last``) if a person; else
    the person named first in the three sentences after (a teaser before the
    article names its speaker). With ``pronoun`` "er" no person the article
    calls a woman (:func:`person_genders`), with "sie" no man. With ``title``
    ("Kommissar" of "Dazu der Kommissar:") no person named with another post
    ("der polnische Präsident Andrzej Duda"). A person in brackets ("Der
    Schauspieler X (59, Y)") is no antecedent in the sentence itself."""
    doc = view.doc
    surnames = surnames_of(view)
    here = view.sentence_of(doc[before])
    # "er" is no woman, "sie" no man, where the article tells their gender
    other = {"er": True, "sie": False}.get(pronoun or "")
    genders = person_genders(view) if other is not None else {}
    post = _title_post(title) if title else None

    def fits(k: str | None) -> bool:
        return k is not None and genders.get(k, not other) is not other

    def person(i: int) -> str | None:
        t = doc[i]
        if any(a <= t.idx < b for a, b in spans):
            return None
        k = view.person(i) or surname(surnames, t.text)
        if k is not None and view.person(i) is not None and _placed_name(view, i):
            return None  # "in den Bundesstaat Uttar Pradesh": a place the model tagged
        if k is not None and post is not None and _titled_otherwise(view, i, post):
            return None  # "der Kommissar" is not "Präsident Andrzej Duda"
        return k if k is None or fits(k) else None

    for si in range(here, max(-1, here - 6), -1):
        sent = view.sents[si]
        hi = min(sent.end, before)
        # in the sentence itself the person nearest before (", Rupert Wolff:
        # Wir lehnen …, sagte er"); before it, the first a sentence names
        order = (
            range(hi - 1, sent.start - 1, -1) if si == here else range(sent.start, hi)
        )
        if (
            si != here
            and last is not None
            and last[2] == si
            and last[0]
            and kind_of(last[0]) is Kind.PERSON
            and fits(last[0])
            # "Der Keeper X freute sich …": not "der Trainer"
            and not (
                post is not None
                and any(
                    view.person(i) == last[0] and _titled_otherwise(view, i, post)
                    for i in range(sent.start, sent.end)
                )
            )
        ):
            return last[0]  # the sentence's speaker before the others it names
        for i in order:
            if si == here and _in_brackets(doc, sent.start, i):
                continue  # "Der Schauspieler X (59, Y) sagte, er …"
            if (k := person(i)) is not None:
                if si != here and _passed_over(view, sent, i, spans):
                    continue  # "Dann spielte er gegen X." : "er", not X
                return k
    if (
        last is not None
        and last[0]
        and kind_of(last[0]) is Kind.PERSON
        and fits(last[0])
    ):
        return last[0]
    # the sentences after; in its own only after a title that follows: "forderte
    # der Geschäftsführer der X, Georg Baum", but "Der Bundespräsident würdigte
    # Helmut Kohl" names no antecedent in its object
    hi = view.sents[min(len(view.sents) - 1, here + 3)].end
    end = view.sents[here].end
    start = next((i for i in range(before, end) if view.texts[i] == title), end)
    for i in range(start, hi):
        if (k := person(i)) is not None:  # "Staatschef X": not "der Innenminister"
            return k
    return None


def _passed_over(
    view: DocView, sent: Span, i: int, spans: list[tuple[int, int]]
) -> bool:
    """The person at token ``i`` of a sentence before is the object of a
    preposition ("gegen Philipp X", "mit seinem Bruder Eli") in a sentence
    whose subject refers back itself ("er", "der siebenfache Champion"): the
    chain's person is named further back, not this one."""
    doc = view.doc
    k = view.key(i)
    a = i
    while a > sent.start and view.key(a - 1) == k:
        a -= 1
    j, nouns = a - 1, 0
    while j >= sent.start and a - j <= 4:
        w = doc[j]
        if w.lower_ in PREPOSITIONS and w.is_lower:
            break
        if w.text[:1].isupper() and w.is_alpha and nouns == 0:
            nouns += 1  # "Bruder" of "mit seinem Bruder Eli"
        elif not (w.is_lower and w.is_alpha):
            return False
        j -= 1
    else:
        return False
    if j < sent.start:
        return False
    for t in sent:
        if any(x <= t.idx < y for x, y in spans):
            continue
        if t.lower_ in ("er", "sie") and (t.is_lower or t.i == sent.start):
            return True
        if t.lower_ not in ("der", "die") or (
            t.i > sent.start and doc[t.i - 1].lower_ in PREPOSITIONS
        ):
            continue  # a subject, not "mit der Ministerin"
        noun = next(
            (
                x.i
                for x in doc[t.i + 1 : min(t.i + 4, sent.end)]
                if _speaker_word(x.text)
            ),
            None,
        )
        if noun is not None and not (noun + 1 < sent.end and view.person(noun + 1)):
            return True  # "der Champion", not "der Ministerin X"
    return False


def _speaker_word(word: str) -> bool:
    """``word`` names a person by what they are ("Champion", "Trainer", a
    title)."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.lower()
    return (
        any(
            low == n or (low.endswith(n) and len(low) > len(n) + 2)
            for n in SPEAKER_NOUNS
        )
        or match_title(word) is not None
    )


def _title_post(word: str) -> str | None:
    """The masculine post of the title ``word`` ("Kommissarin" -> "kommissar",
    "96-Trainer" -> "trainer")."""
    if word[:1].isdigit() and "-" in word:
        word = word.split("-", 1)[1]  # "der 96-Trainer"
    m = match_title(word)
    return masculine_post(m[1].base) if m is not None else None


def _titled_otherwise(view: DocView, i: int, post: str) -> bool:
    """The person at token ``i`` is named right after a title of another post
    than ``post`` ("der polnische Präsident Andrzej Duda" for "kommissar"), or
    after another noun for what a person is ("der Keeper X" for "trainer"; not
    a broad one, :data:`BROAD_PERSON_NOUNS`: "der Jurist X" for "anwalt")."""
    doc, k = view.doc, view.key(i)
    a = i
    while a > 0 and view.key(a - 1) == k:
        a -= 1
    if a == 0 or not doc[a - 1].text[:1].isupper():
        return False
    m = match_title(doc[a - 1].text)
    if m is None:
        word = doc[a - 1].text.lower()
        if not _speaker_word(doc[a - 1].text) or word.endswith(BROAD_PERSON_NOUNS):
            return False
        return not (word.endswith(post) or post.endswith(word))
    held = masculine_post(m[1].base)
    return not (same_post(held, post) or same_post(post, held))


def _in_brackets(doc: Doc, start: int, i: int) -> bool:
    """Token ``i`` stands inside brackets opened after token ``start``."""
    depth = 0
    for t in doc[start:i]:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
    return depth > 0


def _placed_name(view: DocView, i: int) -> bool:
    """The name at token ``i`` stands where only a place does: after "in",
    "im", "ins", after a noun for a place ("den Bundesstaat X", "die Stadt X")
    or after "in der Nähe von"."""
    k = view.keys.get(i)
    while i > 0 and view.keys.get(i - 1) == k:
        i -= 1
    if view.lowers[i] in PLACE_NOUNS:
        return True  # the model ran the name onto its noun
    if i == 0:
        return False
    before = view.lowers[i - 1]
    return (
        before in ("in", "im", "ins")
        or before in PLACE_NOUNS
        or (before == "von" and i > 1 and view.lowers[i - 2] == "nähe")
    )


def person_genders(view: DocView) -> dict[str, bool]:
    """Person key -> feminine, for the persons the article gives a gender: by
    a title or a noun right before one of their names ("Ministerin Petra
    Huber", "Kanzler Karl Berg", "Frau Huber", "seiner Mutter Gao Ying"; an
    adjectival title such as "Abgeordnete" or an age ("die 45-jährige Anna
    Berg") only after "der"/"die"). Persons
    given both genders are left out. Reads the mentions' tokens only."""
    texts, lowers, keys = view.texts, view.lowers, view.keys
    out: dict[str, bool] = {}
    mixed: set[str] = set()
    for i, k in keys.items():
        if k is None or i == 0 or keys.get(i - 1) == k or kind_of(k) is not Kind.PERSON:
            continue
        low = lowers[i - 1]
        feminine: bool | None = None
        if low in FEMININE_PERSON_NOUNS:
            feminine = True
        elif low in MASCULINE_PERSON_NOUNS:
            feminine = False
        elif low.endswith(("jährige", "jährigen")) and i > 1:
            feminine = _adjectival_gender(lowers[i - 2], low)  # "die 45-jährige"
        elif (m := match_title(texts[i - 1])) is not None:
            title = m[1]
            if not title.adjectival:
                feminine = title.feminine
            elif i > 1:
                feminine = _adjectival_gender(lowers[i - 2], low)
        if feminine is None:
            continue
        if out.get(k, feminine) is not feminine:
            mixed.add(k)
        out[k] = feminine
    for k in mixed:
        del out[k]
    return out


def _adjectival_gender(article: str, word: str) -> bool | None:
    """Feminine or not, as an article and an adjectival noun's ending tell it
    ("die Vorsitzende", "der Vorsitzenden" feminine; "der Vorsitzende", "dem
    Vorsitzenden" masculine; "die Vorsitzenden" a plural: ``None``)."""
    strong = word.endswith("e")
    if article == "die":
        return True if strong else None
    if article == "der":
        return not strong
    if article in ("dem", "den", "des") and not strong:
        return False
    return None


def person_before(
    view: DocView, sent: Span, fits: Callable[[str], bool] | None = None
) -> str | None:
    """The person named last in the two sentences before ``sent`` ("er" in a
    meeting sentence), of those ``fits`` accepts, if given."""
    doc: Doc = view.doc
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for i in range(sent.start - 1, lo - 1, -1):
        k = view.key(i)
        if k and kind_of(k) is Kind.PERSON and (fits is None or fits(k)):
            return k
    return None


def persons_before(view: DocView, sent: Span, before: int) -> list[str]:
    """The two persons named last before token ``before``, in ``sent`` and the
    two sentences before it ("die beiden", plural "sie" in a meeting sentence), by
    name or by the bare surname of a person of the article; none if fewer than
    two are named there."""
    doc: Doc = view.doc
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    surnames = surnames_of(view)
    out: list[str] = []
    for i in range(before - 1, lo - 1, -1):
        k = view.person(i) or surname(surnames, doc[i].text)
        if k and k not in out:
            out.append(k)
            if len(out) == 2:
                return out[::-1]
    return []


def plural_subject(view: DocView, sent: Span, t: Token) -> int | None:
    """The token of a plural subject that names no one in the clause of token
    ``t`` of ``sent``: "sie" next to a plural verb ("statten sie ... ab", "sie
    trafen"), "beide", "die beiden [Minister]"; ``None`` if there is none."""
    doc: Doc = view.doc
    start, end = sent.start, sent.end
    for i in range(t.i - 1, sent.start - 1, -1):
        if doc[i].text in CLAUSE_ENDS:
            start = i + 1
            break
    for i in range(t.i + 1, sent.end):
        if doc[i].text in CLAUSE_ENDS:
            end = i
            break
    for w in doc[start:end]:
        low = w.lower_
        if low == "sie":
            prev = doc[w.i - 1] if w.i > sent.start else None
            opens = prev is None or prev.lower_ in CLAUSE_OPENERS
            if prev is not None and prev.lower_ in NOT_BEFORE_SUBJECT:
                continue  # "den sie besucht hat": "sie" ends no plural verb
            if not opens and prev is not None and prev.is_lower and prev.is_alpha:
                # "statten sie ... ab", "trafen sie sich"; "will sie treffen": her
                if _plural_verb(prev.lower_):
                    return w.i
            elif opens:
                # "Sie trafen sich", "und sie haben", "weil sie sich trafen"
                rest = [x for x in doc[w.i + 1 : end] if x.lower_ != "sich"]
                if rest and rest[0].is_lower and _plural_verb(rest[0].lower_):
                    return w.i
                if rest and prev is not None and prev.lower_ != "und":
                    # verb last in a subordinate clause: "weil sie sich in Wien trafen"
                    for x in rest:
                        if x.text in (",", ".", ";", ":"):
                            if _plural_verb(doc[x.i - 1].lower_):
                                return w.i
                            break
        elif low == "beide" and (w.i == sent.start or doc[w.i - 1].lower_ != "die"):
            return w.i  # "beide trafen sich", "trafen sich beide"
        elif low == "beiden" and w.i > sent.start and doc[w.i - 1].lower_ == "die":
            # "die beiden trafen sich", "die beiden Minister", not "die beiden
            # Länder" (a person's word or a title only)
            nxt = doc[w.i + 1] if w.i + 1 < sent.end else None
            if nxt is None or not nxt.text[:1].isupper():
                return w.i
            if nxt.text in PERSON_PLURALS or match_title(nxt.text):
                return w.i
    return None


def _plural_verb(word: str) -> bool:
    return word.endswith(PLURAL_VERB_ENDINGS) and word not in NOT_PLURAL_VERBS
