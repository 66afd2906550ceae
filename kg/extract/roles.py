"""Roles: a person holding a post, for a country or an organisation.

A title from ``roles.tsv`` (:mod:`kg.lang.de.titles`) next to a person's name
makes a role: "US-Außenminister John Kerry", "Antony Blinken, der
US-Außenminister", "der Chef der prokurdischen HDP, Selahattin Demirtas". The
organisation comes from the title's prefix ("US-"), a country adjective or
genitive around it ("der russische Außenminister", "Chinas Außenminister",
"Außenminister Russlands"), a possessive ("Russland und sein Präsident") or the
side named earlier ("von russischer Seite"); a post named without one takes the
one the article gives it elsewhere (:func:`complete_roles`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.extract.focus import (
    country_scores,
    dateline_country,
    dateline_end,
    focus_city,
    focus_country,
    focus_land,
    focus_org,
)
from kg.extract.home_party import org_by_country
from kg.extract.meetings import Visitors
from kg.extract.records import Kind, Role, entity_key, kind_of
from kg.extract.role_orgs import (
    genitive_after,
    institution_of_post,
    last_joined_title,
    org_after_title,
    role_context,
)
from kg.extract.roles_cataphora import Holderless, holders_named_after
from kg.extract.roles_complete import (
    CHANCELLORS,
    FIRM_KINDS,
    complete_roles,
    post_key,
    post_kind,
)
from kg.extract.roles_more import (
    apposed_holder,
    countries_around,
    firm_in_sentence,
    host_of_capital,
    land_of_words,
    person_after_phrase,
    post_in_parentheses,
    second_apposed_title,
    subject_as,
    with_deputies_named,
    with_firm_of_the_board,
    with_justice_orgs,
)
from kg.extract.titles import modifier_start
from kg.extract.view import DocView
from kg.lang.de.bodies import PARTY_PREFIX_FORMS
from kg.lang.de.grammar import (
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.speech import HAVE_FORMS, reporting_verbs
from kg.lang.de.titles import (
    ADDRESS_WORDS,
    APPOINTED,
    CHAIR_TITLES,
    COLLEAGUE_FORMS,
    COPULAS,
    COST_VERBS,
    FEDERATIONS,
    LOST_POSTS,
    PAST_WORDS,
    PREDICATE_TIMES,
    Title,
    is_body_genitive,
    match_title,
    post_in_gender,
    title_forms,
)
from kg.nlp import gazetteer

__all__ = ["ScannedRoles", "complete_roles", "find_roles", "scan_roles"]


@dataclass(frozen=True, slots=True)
class ScannedRoles:
    """The roles an article gives its persons by name, before
    :func:`complete_roles`, and the posts it names without a holder (post ->
    organisations)."""

    roles: list[Role]
    floating: dict[str, set[str]]


def scan_roles(view: DocView) -> ScannedRoles:
    """The roles the titles next to names give, in text order, organisations as
    the text gives them (:func:`find_roles` completes them)."""
    found = _Roles(view)
    floating: dict[str, set[str]] = {}
    doc, texts, lowers = view.doc, view.texts, view.lowers
    for s_idx, sent in enumerate(view.sents):
        # only the words each rule can start at become Token objects
        span = range(sent.start, sent.end)
        for i in span:
            if texts[i][:1].isupper():
                _title_role(view, sent, doc[i], found, floating)
        for i in span:
            if lowers[i] in COLLEAGUE_FORMS:
                _colleague_role(view, s_idx, sent, doc[i], found)
        for i in span:
            if lowers[i] == "(":
                _party_membership(view, doc[i], found)
                _post_in_parentheses(view, doc[i], found)
            elif "-" in lowers[i] and lowers[i].endswith(_MEMBER_WORDS):
                _party_politician(view, doc[i], found)
    for person, h in holders_named_after(view, found.holderless, found.roles):
        found.add_title(person, h.role, h.org, h.tok)  # "… Blinken sagte danach"
    # "den Emir von Katar, Scheich Tamim X": a form of address is no post of a
    # person the sentence gives a post
    posted = {
        (r.person, r.sentence)
        for r in found.roles
        if r.title.split()[-1] not in ADDRESS_WORDS and r.role != "Mitglied"
    }
    roles = [
        r
        for r in found.roles
        if r.title.split()[-1] not in ADDRESS_WORDS
        or (r.person, r.sentence) not in posted
    ]
    return ScannedRoles(roles, floating)


def find_roles(
    view: DocView,
    *,
    visitors: Visitors = frozenset(),
    scanned: ScannedRoles | None = None,
) -> list[Role]:
    """The roles the article gives its persons, in text order.

    Parameters
    ----------
    view
        The article.
    visitors
        (person, country) of the persons who visit a country
        (:func:`kg.extract.meetings.find_meetings`): a bare national post is
        not the visited country's ("Präsident Obama" on a visit to Vietnam).
    scanned
        What :func:`scan_roles` found in ``view`` if it ran before (the
        references of :mod:`kg.extract.coref` need the holders before the
        meetings; a title resolved to its holder makes no new role).
    """
    if scanned is None:
        scanned = scan_roles(view)
    floating = {post: set(orgs) for post, orgs in scanned.floating.items()}
    dateline = dateline_country(view)
    focus = focus_country(view.entities.values(), dateline=dateline)
    scores = country_scores(view.entities.values(), dateline)
    feds = sorted(
        ((scores[k], k) for f in FEDERATIONS if scores[k := entity_key(Kind.PLACE, f)]),
        reverse=True,
    )
    land = focus_land(view.entities.values(), FEDERATIONS)
    land_named = land_of_words(view) if land is None else None
    roles = complete_roles(
        list(scanned.roles),
        floating,
        focus,
        visitors,
        land,
        party_countries=_party_countries(view, scanned.roles),
        city=focus_city(view.entities.values()),
        land_named=land_named,
        firms={
            kind: org
            for kind in FIRM_KINDS
            if (org := focus_org(view.entities.values(), kind)) is not None
        },
        sentence_countries=_sentence_countries(view, scanned.roles, _leader(scores)),
        opening_orgs=_opening_orgs(view, scanned.roles),
        # the federation the article names most, if only one leads
        federation=feds[0][1]
        if feds and (len(feds) == 1 or feds[1][0] < feds[0][0])
        else None,
    )
    roles = with_deputies_named(view, with_justice_orgs(view, roles))
    return with_firm_of_the_board(view, roles)


def _leader(scores: Counter[str]) -> str | None:
    """The country an article names most (:func:`country_scores`), if one
    leads, by any margin."""
    ranked = scores.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _sentence_countries(
    view: DocView, roles: list[Role], leader: str | None = None
) -> dict[int, set[str]]:
    """start of a bare post in ``roles`` -> the countries its sentence names by
    name or adjective before it, when the title follows the verb of a report
    ("Serbien schließt die Grenze, sagte Innenminister X"; a city may be where
    a visitor speaks, a country after the title another's), or the sentence
    before names, when the title opens its sentence; elsewhere, the one country
    named before the title when it is the article's ``leader``
    (:func:`kg.extract.roles_more.countries_around`)."""
    doc, offset = view.doc, view.offset
    verbs = reporting_verbs()
    out: dict[int, set[str]] = {}
    for r in roles:
        if r.organisation is not None:
            continue
        sent = view.sents[r.sentence]
        first = next((t.i for t in sent if t.idx + offset == r.start), None)
        if first is None:
            continue
        if first > sent.start:
            before = doc[first - 1].lower_
            if (host := host_of_capital(view, sent, first)) is not None:
                out[r.start] = {host}  # "traf in Warschau mit Außenminister X"
                continue
            if before not in verbs and before not in HAVE_FORMS and before != "so":
                # elsewhere in a sentence, the one country it names before the
                # title if the article names that one most ("Ägypten kämpft
                # seit dem Sturz des Präsidenten X"; not a visitor's host)
                around = countries_around(view, sent, first)
                if leader is not None and around == {leader}:
                    out[r.start] = around
                continue
        out[r.start] = countries_around(view, sent, first)
    return out


#: possessives opening a sentence that refer to the organisation before
_OPENING_POSSESSIVES = frozenset({"ihr", "ihre", "sein", "seine"})


def _opening_orgs(view: DocView, roles: list[Role]) -> dict[int, str]:
    """start of a bare party or firm post in ``roles`` that opens its sentence
    -> the party or firm of that kind that opens the sentence before as its
    subject, past a dateline ("Die Grünen kritisierten die Pläne.
    Fraktionschefin X sagte …", "Die X AG lehnt das Angebot ab.
    Vorstandschefin Y sagte …"); after a possessive, a post of any kind of
    organisation ("Die Gewerkschaft X kritisierte das. Ihr Vorsitzender Y")."""
    doc, offset = view.doc, view.offset
    out: dict[int, str] = {}
    for r in roles:
        if r.organisation is not None or r.sentence == 0:
            continue
        sent = view.sents[r.sentence]
        # "Ihr Vorsitzender X sagte …": a possessive opening the sentence
        # refers to the organisation of any kind the sentence before opens with
        owned = (
            sent.start + 1 < sent.end
            and view.lowers[sent.start] in _OPENING_POSSESSIVES
            and doc[sent.start + 1].idx + offset == r.start
        )
        if sent.start_char + offset != r.start and not owned:
            continue
        kind = post_kind(r.role)
        if kind not in ("party", "company") and not owned:
            continue
        before = view.sents[r.sentence - 1]
        i = dateline_end(view, before) or before.start  # "Berlin – Die SPD lehnt …"
        if i < before.end and doc[i].lower_ in ("der", "die", "das"):
            i += 1
        if (
            i + 1 < before.end
            and view.key(i) is None
            and kind_of(view.key(i + 1) or "") is Kind.ORG
        ):
            i += 1  # "Die Gewerkschaft IG Metall kritisierte …"
        k = view.key(i) if i < before.end else None
        e = view.entities.get(k) if k else None
        if (
            e is not None
            and e.kind == Kind.ORG
            and (e.org_kind == kind or owned)
            # the party or firm is the subject: a verb follows its name
            and (j := _after_name(view, i, before.end, e.key)) is not None
            and doc[j].is_lower
        ):
            out[r.start] = e.key
    return out


def _after_name(view: DocView, i: int, end: int, key: str) -> int | None:
    """The first token from ``i`` on that is not a mention of ``key``."""
    return next((j for j in range(i, end) if view.key(j) != key), None)


def _party_countries(view: DocView, roles: list[Role]) -> dict[str, str]:
    """person -> the country of the one party the article gives that person
    ("Hans Ritter (SPÖ)": Österreich), for a bare post of the state."""
    out: dict[str, set[str]] = {}
    for r in roles:
        if r.role != "Mitglied" or r.organisation is None:
            continue
        e = view.entities.get(r.organisation)
        country = None
        if e is not None and e.org_kind == "party" and e.country_code:
            c = gazetteer.country_by_code(e.country_code)
            country = entity_key(Kind.PLACE, c.name) if c is not None else None
        out.setdefault(r.person, set()).add(country or "")
    return {p: next(iter(cs)) for p, cs in out.items() if len(cs) == 1 and "" not in cs}


@dataclass(slots=True)
class _Roles:
    """The roles found so far, each (person, role, organisation) once."""

    view: DocView
    roles: list[Role] = field(default_factory=list)
    seen: set[tuple[str, str, str | None]] = field(default_factory=set)
    #: the posts named without their holders, with an organisation
    holderless: list[Holderless] = field(default_factory=list)

    def add(
        self, person: str, role: str, title: str, org: str | None, tok: Token, end: int
    ) -> None:
        if (person, role, org) in self.seen:
            return
        self.seen.add((person, role, org))
        offset = self.view.offset
        sent = self.view.sentence_of(tok)
        self.roles.append(
            Role(person, role, title, org, sent, tok.idx + offset, end + offset)
        )

    def add_title(self, person: str, role: str, org: str | None, tok: Token) -> None:
        """``add`` for the title at ``tok``, with the modifiers before it."""
        doc = self.view.doc
        first = modifier_start(doc, tok)
        title = doc[first : tok.i + 1].text
        self.add(person, role, title, org, doc[first], tok.idx + len(tok.text))


def _split_compound(prefix: str) -> tuple[str, str]:
    """(organisation prefix, the rest of the post's compound) of a title's
    prefix: "SPD-Bundestags" of "SPD-Bundestagsabgeordneter" -> ("SPD-",
    "Bundestags"); a prefix without an inner hyphen stays whole."""
    if "-" in prefix and not prefix.endswith("-"):
        cut = prefix.rindex("-") + 1
        return prefix[:cut], prefix[cut:]
    return prefix, ""


def _title_role(
    view: DocView,
    sent: Span,
    tok: Token,
    found: _Roles,
    floating: dict[str, set[str]],
) -> None:
    """The role of the title at ``tok``, for the person named with it; a post
    named without its holder goes to ``floating`` (post -> organisations)."""
    doc = view.doc
    if view.person(tok.i) is not None or not tok.text[:1].isupper():
        return
    m = match_title(tok.text)
    if m is None:
        return
    if _body_of_chair(view, tok.i):
        return  # "der Vorsitzende des Konzernvorstands| X": the body, not X's post
    prefix, title = m
    person_tok = _person_after(view, tok)
    if person_tok is None:
        person_tok = _person_before_apposition(view, tok)
    if person_tok is None:
        person_tok = _subject_named_before(view, sent, tok, title, found)
    if person_tok is None:
        person_tok = _predicate_of(view, sent, tok)
    if person_tok is None:
        person_tok = subject_as(view, sent, tok)  # "X will als Minister …"
    prefix, compound = _split_compound(prefix)
    if person_tok is None:
        # a post named without its holder ("Russischer Außenminister
        # warnt"): remembered for the holder named elsewhere
        if not compound and not (prefix and not prefix.endswith("-")):
            org, former, modifier = role_context(view, sent, tok, prefix)
            if org is not None and not former:
                floating.setdefault(post_key(title.base), set()).add(org)
                role = _role_name(title, prefix, compound, org, modifier)
                first = modifier_start(doc, tok)
                found.holderless.append(
                    Holderless(tok, first, role, org, post_key(title.base))
                )
        return
    first_mod = modifier_start(doc, tok)
    if first_mod > sent.start and doc[first_mod - 1].lower_ in INDEFINITE_ARTICLES:
        return  # "ein Sprecher Konvičkas": the name is whose, not who
    if (
        title.adjectival
        and tok.lower_.endswith("en")
        and first_mod > sent.start
        and doc[first_mod - 1].lower_ == "die"
        and person_tok > tok.i
        and not _persons_listed_after(view, person_tok, sent)
    ):
        return  # "werfen die Abgeordneten X vor": a plural title, one name
    person = view.person(person_tok)
    assert person is not None
    org, former, modifier = role_context(view, sent, tok, prefix)
    former = former or _post_lost(view, sent, tok, person_tok)
    if former or title.base.lower().endswith(("kandidat", "kandidatin")):
        return  # a former post; a candidacy is no post
    if (
        title.adjectival
        and title.feminine
        and first_mod > sent.start
        and doc[first_mod - 1].lower_ == "der"
    ):
        # "der Vorsitzende der SPD": the masculine weak form
        title = title_forms()[0].get(title.base.lower() + "r", title)
    # "ihre Bezirksleiterin X": a prefix run into the title ("Bezirks-",
    # "Landes-") names a part of the possessor's organisation, and stays
    # in the post's name
    named_by_possessor = False
    if org is None and not prefix.endswith("-"):
        org = _org_of_possessor(view, sent, tok, found)
        named_by_possessor = org is not None and bool(prefix)
    if org is None and not prefix:
        org = firm_in_sentence(view, sent, tok, title)
    if org is None and not prefix:
        org = _country_of_paired_title(view, sent, tok, found)
    role = _role_name(
        title, prefix, compound, None if named_by_possessor else org, modifier
    )
    if org is None:
        org = institution_of_post(tok.text)
    found.add_title(person, role, org, tok)
    if (also := _org_coordinated(view, sent, tok, org)) is not None:
        found.add_title(
            person, _role_name(title, prefix, compound, also, modifier), also, tok
        )
    # a plural title: "die Außenminister Annalena Baerbock und Antony
    # Blinken" (the others' country is not said: "der" would be singular);
    # "die SPD-Vorsitzenden X und Y", "Die Vorsitzenden der SPD, X und Y" lead
    # the one organisation together
    if (
        first_mod > sent.start
        and doc[first_mod - 1].lower_ in ("die", "den")
        and (not title.feminine or tok.lower_.endswith("innen"))
        and (not title.adjectival or tok.lower_.endswith("en"))
    ):
        shared = org if org is not None and kind_of(org) is Kind.ORG else None
        for other in _persons_listed_after(view, person_tok, sent):
            found.add_title(other, role, shared, tok)


def _org_coordinated(
    view: DocView, sent: Span, tok: Token, org: str | None
) -> str | None:
    """A second organisation joined by "und" to ``org`` right after the title
    at ``tok``: "CEO von Euronews und Africanews" holds the post in both."""
    if org is None or kind_of(org) is not Kind.ORG:
        return None
    end = min(sent.end, tok.i + 8)
    j = next((i for i in range(tok.i + 1, end) if view.key(i) == org), None)
    if j is None or j > tok.i + 3:
        return None  # the organisation is not the title's complement
    while j < end and view.key(j) == org:
        j += 1
    if j + 1 >= sent.end or view.lowers[j] != "und":
        return None
    other = view.key(j + 1)
    if other is None or other == org or kind_of(other) is not Kind.ORG:
        return None
    k = j + 1
    while k < sent.end and view.key(k) == other:
        k += 1
    if k < sent.end and view.texts[k][:1].isupper() and view.key(k) is None:
        return None  # "und Microsoft Chef X": the other runs on
    return other


def _country_of_paired_title(
    view: DocView, sent: Span, tok: Token, found: _Roles
) -> str | None:
    """ "Israels Ministerpräsident X und Außenminister Y": a bare title right
    after "und" and a person whose title right before the name has a country
    holds its post for that country. Not a post of a federation
    ("Bundeskanzler", "Kanzler"): that names its own country."""
    doc = view.doc
    if modifier_start(doc, tok) != tok.i or tok.i - 2 < sent.start:
        return None
    if tok.text.startswith("Bundes") or post_key(tok.text) in CHANCELLORS:
        return None
    if view.lowers[tok.i - 1] not in ("und", "sowie"):
        return None
    person = view.person(tok.i - 2)
    if person is None:
        return None
    k = tok.i - 2
    while k > sent.start and view.person(k - 1) == person:
        k -= 1
    if k == sent.start:
        return None
    before = doc[k - 1]
    end = before.idx + len(before.text) + view.offset
    for r in reversed(found.roles):
        if r.person == person and r.end == end:
            if r.organisation and kind_of(r.organisation) is Kind.PLACE:
                return r.organisation
            return None
    return None


def _org_of_possessor(
    view: DocView, sent: Span, tok: Token, found: _Roles
) -> str | None:
    """The organisation a possessive before the title at ``tok`` names: that of
    the post of the person named last before it, in its sentence or the one
    before ("ÖVP-Chef Hans Ruf kam mit seinem Klubobmann X"), or, for "ihr",
    the organisation named last before it in the sentence with no person
    between ("Die ÖVP schickte ihren Klubobmann X")."""
    doc = view.doc
    j = modifier_start(doc, tok) - 1
    if j < sent.start:
        return None
    s_idx = view.sentence_of(tok)
    lo = view.sents[s_idx - 1].start if s_idx > 0 else sent.start
    if doc[j].lower_ in ("dessen", "deren"):
        # "Apropos Tesla: Dessen Chef X", "die UETD, deren Vorsitzender X": the
        # organisation named last, if no person comes after it
        for i in range(j - 1, lo - 1, -1):
            if view.person(i) is not None:
                return None
            if k := view.org(i):
                return k
        return None
    if doc[j].lower_ not in POSSESSIVE_ARTICLES:
        return None
    for i in range(j - 1, lo - 1, -1):
        person = view.person(i)
        if person is not None:
            posts = [
                r
                for r in found.roles
                if r.person == person and r.role != "Mitglied" and r.organisation
            ]
            return posts[-1].organisation if posts else None
        if (k := view.org(i)) and i >= sent.start and doc[j].lower_.startswith("ihr"):
            return k
    return None


def _subject_named_before(
    view: DocView, sent: Span, tok: Token, title: Title, found: _Roles
) -> int | None:
    """ "Hans Doskozil tritt vor die Truppe. Der neue Verteidigungsminister
    schlendert": a sentence that opens with a definite singular title, as its
    subject, names the one person the sentence before names, if no post of
    that person is known yet ("Premier Ahmet Davutoglu … Der türkische
    Regierungschef" is a second name of the post, left to
    :mod:`kg.extract.coref`). The token of that person's first mention there."""
    doc = view.doc
    first = modifier_start(doc, tok)
    s_idx = view.sentence_of(tok)
    if first - 1 != sent.start or s_idx == 0:
        return None
    det = doc[first - 1].lower_
    if det not in ("der", "die") or (det == "die") != title.feminine:
        return None
    if tok.lower_.endswith("innen"):
        return None  # "Die Ministerinnen": plural
    nxt = tok.i + 1
    if nxt < sent.end and (
        doc[nxt].lower_ in ("der", "des", "von", "und")
        or view.key(nxt) is not None
        or doc[nxt].text[:1].isupper()
    ):
        return None  # "Der Präsident der USA", "Die Kanzlerin und ihr Vize"
    prev = view.sents[s_idx - 1]
    persons: dict[str, int] = {}
    for t in prev:
        key = view.person(t.i)
        if key is not None and key not in persons:
            persons[key] = t.i
    if len(persons) != 1:
        return None
    [(person, i)] = persons.items()
    if any(r.person == person and r.role != "Mitglied" for r in found.roles):
        return None
    return i


def _predicate_of(view: DocView, sent: Span, tok: Token) -> int | None:
    """The person a title is said of: "X ist [seit Mai] Chef der Nordbank",
    "X bleibt Finanzminister", "X wurde zum Vorsitzenden gewählt", "Die Bank hat
    X zur neuen Chefin bestellt" (the one person of the clause before the
    title; not "war": a former post). The token of that person."""
    doc = view.doc
    first = modifier_start(doc, tok)
    i = first - 1
    if i <= sent.start:
        return None
    if doc[i].lower_ in ("zum", "zur"):
        # "zum Chef ernannt": a verb of appointing ends the clause
        end = next((w.i for w in doc[tok.i + 1 : sent.end] if w.is_punct), sent.end)
        after = doc[tok.i + 1 : end]
        if not any(w.lower_ in APPOINTED for w in after) or any(
            w.lower_ in ("werden", "werde") for w in after
        ):
            return None  # not "will zum Chef gewählt werden": not yet
    else:
        # "ist seit Mai Chef": a time phrase between the verb and the title
        j = i
        while (
            j > sent.start
            and (doc[j].lower_ in PREDICATE_TIMES or doc[j].like_num or doc[j].is_title)
            and not view.key(j)
        ):
            j -= 1
            if i - j > 3:
                return None
        if doc[j].lower_ not in COPULAS:
            return None
        i = j
    # the one person of the clause before: from its start (or a comma)
    start = sent.start
    for w in doc[sent.start : i]:
        if w.text in (",", ";", ":", "–"):
            start = w.i + 1
    if (
        start > sent.start
        and doc[start - 1].text == ","
        and doc[start].lower_ in RELATIVE_PRONOUNS
    ):
        return None  # "…, die damals statt X zur Chefin gewählt wurde"
    if any(w.lower_ in PAST_WORDS for w in doc[start:i]):
        return None  # "X war damals", "X ist seit 2010 nicht mehr"
    persons = {view.person(k) for k in range(start, i)} - {None}
    if len(persons) != 1:
        return None
    return next(k for k in range(start, i) if view.person(k))


def _role_name(
    title: Title,
    prefix: str,
    compound: str,
    org: str | None,
    modifier: tuple[str, str] | None,
) -> str:
    """The role a title names: its base form, with the head of a compound
    ("EU-Außenbeauftragte"), a prefix that is no organisation
    ("Palästinenserpräsident") and a modifier by gender ("stellvertretende")."""
    base = title.base
    if compound:
        base = compound[:1].upper() + compound[1:] + base.lower()
    elif prefix and org is None and not prefix.endswith("-"):
        # "Palästinenserpräsident": a post of its own
        base = (
            prefix[:1].upper() + prefix[1:] + base.lower()
            if prefix[0].isupper()
            else base
        )
    if modifier:
        return f"{modifier[1] if title.feminine else modifier[0]} {base}"
    return base


def _colleague_role(
    view: DocView, s_idx: int, sent: Span, tok: Token, found: _Roles
) -> None:
    """ "Maas telefonierte mit seinem russischen Amtskollegen Sergej Lawrow":
    the colleague holds the post of the person named before, for the country
    the adjective names."""
    if tok.lower_ not in COLLEAGUE_FORMS or not found.roles:
        return
    person_tok = _person_after(view, tok)
    if person_tok is None:
        return
    person = view.person(person_tok)
    assert person is not None
    prior = [
        r
        for r in found.roles
        if r.start < tok.idx + view.offset
        and r.person != person
        and s_idx - r.sentence <= 1
        and r.role != "Mitglied"
    ]
    # "Xi und sein Amtskollege Y": the one whose colleague Y is, named just
    # before the possessive, holds a post the article gave him further back
    owner = _possessor_before(view, sent, tok)
    if owner is not None and owner != person:
        prior = [
            r
            for r in found.roles
            if r.person == owner and r.role != "Mitglied" and r.organisation
        ] or prior
    if not prior:
        return
    org, former, _ = role_context(view, sent, tok, "")
    base = prior[-1].role
    if org is None or former or org == prior[-1].organisation:
        return
    # the colleague's own gender: "seine deutsche Amtskollegin", "ihren polnischen
    # Amtskollegen" (a man, though the one named before is a woman)
    base = post_in_gender(base, feminine=tok.lower_.startswith("amtskollegin"))
    found.add_title(person, base, org, tok)


def _possessor_before(view: DocView, sent: Span, tok: Token) -> str | None:
    """The person named right before "und sein(e)/ihr(e)" and the colleague
    noun at ``tok`` ("Xi und sein US-amerikanischer Amtskollege")."""
    i = tok.i - 1
    while (
        i > tok.i - 4
        and view.lowers[i] not in POSSESSIVE_ARTICLES
        and (view.texts[i][:1].islower() or "-" in view.texts[i])
        and view.texts[i][-1:].islower()
    ):
        i -= 1  # "sein US-amerikanischer Amtskollege"
    if i - 2 < sent.start or view.lowers[i] not in POSSESSIVE_ARTICLES:
        return None
    if view.lowers[i - 1] not in ("und", "mit"):
        return None
    if (person := view.person(i - 2)) is not None:
        return person
    # a bare name the model left untagged, the first or last word of one person
    # of the article ("Xi" after "Xi Jinping", whose family name comes first)
    word = view.texts[i - 2]
    if not word[:1].isupper():
        return None
    named = {
        k
        for k, e in view.entities.items()
        if kind_of(k) is Kind.PERSON and word in (e.name.split()[0], e.name.split()[-1])
    }
    return next(iter(named)) if len(named) == 1 else None


def _party_membership(view: DocView, tok: Token, found: _Roles) -> None:
    """A party in parentheses after a name: "Wolfgang Katzian (SPÖ)"."""
    doc = view.doc
    if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
        return
    person, party = view.person(tok.i - 1), view.org(tok.i + 1)
    if match_title(doc[tok.i + 1].text) is not None:
        return  # "(EU-Außenbeauftragte)": a post (:func:`_post_in_parentheses`)
    if person is not None and party is not None:
        inside = doc[tok.i + 1]
        found.add(
            person,
            "Mitglied",
            inside.text,
            party,
            inside,
            inside.idx + len(inside.text),
        )


#: a party's first part before these names its member: "der CDU-Politiker X"
_MEMBER_WORDS = ("politiker", "politikerin", "-mitglied")


def _party_politician(view: DocView, tok: Token, found: _Roles) -> None:
    """A party in a compound before a name: "der CDU-Politiker Jens Spahn",
    "die ÖVP-Spitzenpolitikerin X" (a party of the article's country when its
    form is ambiguous, "Grünen-")."""
    doc = view.doc
    if tok.i + 1 >= len(doc) or (person := view.person(tok.i + 1)) is None:
        return
    prefix = tok.text.rsplit("-", 1)[0]
    prefix = PARTY_PREFIX_FORMS.get(prefix, prefix)  # "Grün-Politikerin"
    entry = gazetteer.lookup(prefix) or org_by_country(prefix, doc)
    if entry is None or entry.label != "ORG" or entry.kind != "party":
        return
    found.add(
        person,
        "Mitglied",
        prefix,
        entity_key(Kind.ORG, entry.name),
        tok,
        tok.idx + len(prefix),
    )


def _post_in_parentheses(view: DocView, tok: Token, found: _Roles) -> None:
    """A post in parentheses after a name: "Eva Gruber (Innenministerin, ÖVP)"
    (:func:`kg.extract.roles_more.post_in_parentheses`)."""
    got = post_in_parentheses(view, tok)
    if got is None:
        return
    person, title_tok, org = got
    m = match_title(title_tok.text)
    assert m is not None
    prefix, title = m
    prefix, compound = _split_compound(prefix)  # "(SPD-Bundestagsabgeordneter)"
    doc = view.doc
    if (
        org is None
        and title_tok.i + 1 < len(doc)
        and doc[title_tok.i + 1].text
        not in (
            ",",
            ")",
        )
    ):
        # "(Vorsitzender der Kommission X)", "(SPD-Abgeordneter und …)"
        org = org_after_title(view, title_tok)
    if org is None and prefix.endswith("-"):
        org = role_context(view, title_tok.sent, title_tok, prefix)[0]
    role = _role_name(title, prefix, compound, org, None)
    found.add(
        person,
        role,
        title_tok.text,
        org,
        title_tok,
        title_tok.idx + len(title_tok.text),
    )


def _person_after(view: DocView, tok: Token) -> int | None:
    """The token of the person named after the title at ``tok``."""
    doc = view.doc
    j = tok.i + 1
    # "Bundesgesundheitsminister Prof. Dr. Karl X", "Außenminister Prinz Faisal"
    while j + 1 < len(doc) and doc[j].text in ADDRESS_WORDS and not view.key(j):
        j += 1
    if j < len(doc) and view.person(j):
        return j
    # "der Vorsitzende des Konzernvorstands Hans X": the chair of the body
    if j + 2 < len(doc) and _body_of_chair(view, j + 1) and view.person(j + 2):
        return j + 2
    # "Außenminister Russlands Sergej Lawrow" / "Präsident der USA, Joe Biden"
    # / "der Bürgermeister von Graz, X"
    k2 = j
    first = modifier_start(doc, tok)
    if k2 < len(doc) and (
        doc[k2].lower_ in ("der", "des", "im")
        or (  # "von" only after an article: not "X, Obfrau von Attac, Y"
            doc[k2].lower_ == "von"
            and first > 0
            and doc[first - 1].lower_ in ("der", "die", "dem", "den")
        )
    ):
        k2 += 1
    key = view.key(k2) if k2 < len(doc) else None
    if key and kind_of(key) is not Kind.PERSON:
        while k2 < len(doc) and view.key(k2) == key:
            k2 += 1
        if k2 < len(doc) and doc[k2].text == ",":
            k2 += 1
        while k2 + 1 < len(doc) and doc[k2].text in ADDRESS_WORDS:
            k2 += 1  # "den Emir von Katar, Scheich Tamim X"
        if k2 < len(doc) and view.person(k2):
            return k2
    # "der Chef der prokurdischen HDP, Selahattin Demirtas", "Chefredakteur der
    # Zeitung Cumhuriyet, Can Dündar", "Chef der Ukip (UK Independence Party), X"
    found = genitive_after(view, tok)
    if found is not None:
        k2 = found[1]
        if k2 < len(doc) and doc[k2].text == ",":
            k2 += 1
            while k2 + 1 < len(doc) and doc[k2].text in ADDRESS_WORDS:
                k2 += 1  # "Der Gouverneur der Region Mekka, Prinz X"
            if k2 < len(doc) and view.person(k2):
                return k2
    # "Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner", "Kanzler, Parteichef
    # und Kandidat X": titles joined before one name are all that person's
    last = last_joined_title(view, tok)
    if last is not None:
        return _person_after(view, last)
    return person_after_phrase(view, tok)  # "der Staatssekretär für X, Y"


def _post_lost(view: DocView, sent: Span, tok: Token, person_tok: int) -> bool:
    """The sentence says the holder at ``person_tok`` loses the post at ``tok``:
    a form of "kosten" before the title and "seinen Job", "das Amt" within
    three words after the name ("kostete den Vorstandschef X seinen Job")."""
    lowers = view.lowers
    if not any(lowers[i] in COST_VERBS for i in range(sent.start, tok.i)):
        return False
    key = view.key(person_tok)
    j = person_tok
    while j < sent.end and view.key(j) == key:
        j += 1
    return any(lowers[i] in LOST_POSTS for i in range(j, min(sent.end, j + 3)))


def _body_of_chair(view: DocView, i: int) -> bool:
    """Token ``i`` is a body title in the genitive after a chair's title and
    "des" ("Vorsitzenden des| Konzernvorstands", "Chefin des| Stadtrats")."""
    if i < 2 or view.lowers[i - 1] not in ("des", "eines"):
        return False
    if not is_body_genitive(view.texts[i]):
        return False
    m = match_title(view.texts[i - 2])
    return m is not None and not m[0] and m[1].base.lower() in CHAIR_TITLES


def _persons_listed_after(view: DocView, i: int, sent: Span) -> list[str]:
    """The persons listed after the one at token ``i``: ", Y und Z" / "und Y"."""
    doc = view.doc
    key = view.key(i)
    j = i
    while j < sent.end and view.key(j) == key:
        j += 1
    out: list[str] = []
    j = _after_party(view, j, sent)
    while j + 1 < sent.end and doc[j].lower_ in (",", "und", "sowie"):
        last = doc[j].lower_ != ","
        k = view.person(j + 1)
        if k is None:
            break
        out.append(k)
        j += 1
        while j < sent.end and view.key(j) == k:
            j += 1
        j = _after_party(view, j, sent)
        if last:
            break
    return out


def _after_party(view: DocView, j: int, sent: Span) -> int:
    """Token ``j`` or, if a bracket of a few words naming no person starts
    there, the token after it: "die Klubobleute X (ÖVP) und Y (SPÖ)", "die
    Kommissare X (Vizepräsident, Grundrechte) und Y"."""
    if j >= sent.end or view.texts[j] != "(":
        return j
    for k in range(j + 1, min(sent.end, j + 8)):
        if view.texts[k] == ")":
            return k + 1
        if view.person(k) is not None or view.texts[k] == "(":
            return j
    return j


def _person_before_apposition(view: DocView, tok: Token) -> int | None:
    """ "Antony Blinken, der US-Außenminister, …": person, comma, article,
    modifiers, title; without the article when the title names its organisation
    after it ("Erich Meier, Geschäftsführer der Pfeiffer GmbH, sagte") or the
    apposition ends with it ("Jens X, Nato-Generalsekretär, sagte")."""
    doc = view.doc
    i = modifier_start(doc, tok) - 1
    if i >= 1 and doc[i].lower_ in ("der", "die") and doc[i - 1].text == ",":
        j = i - 2
        if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
            j -= 3  # "Ida Roth (SPÖ), die Bürgermeisterin von Graz"
        if j >= 0 and view.person(j):
            return j
    if i >= 0 and doc[i].text == "," and view.person(i - 1):
        if org_after_title(view, tok) is not None:
            return i - 1
        nxt = doc[tok.i + 1 : tok.i + 3]
        if len(nxt) and (
            nxt[0].text in (".", ";")
            or (nxt[0].text == "," and len(nxt) == 2 and nxt[1].is_lower)
        ):
            # "Karl X, Bundesgesundheitsminister, warnte"; not a list ("Olaf
            # X, Sprecher, Anwälte und Gäste")
            return i - 1
    if (first := second_apposed_title(view, tok)) is not None and org_after_title(
        view, tok
    ) is not None:
        return _person_before_apposition(view, first)  # "…, A der X und B der Y"
    return apposed_holder(view, tok)  # "X, britische Botschafterin in Wien, …"
