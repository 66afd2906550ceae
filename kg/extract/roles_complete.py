"""Roles completed: the organisation of a post the text names without one,
from what the rest of the article says (:func:`complete_roles`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace

from kg.extract.meetings import Visitors
from kg.extract.records import Role, name_of
from kg.lang.de.titles import (
    CITY_POSTS,
    FEDERATIONS,
    LAND_POSTS,
    NATIONAL_POST_ENDINGS,
    NATIONAL_POSTS,
    match_title,
    post_in_gender,
)

__all__ = ["FIRM_KINDS", "complete_roles", "post_key", "post_kind"]

#: posts of a federation's head of government without "Bundes-": a chancellor
#: today is Germany's or Austria's
CHANCELLORS = frozenset({"kanzler", "vizekanzler"})

#: kinds of titles (``roles.tsv``) whose bare holder works for the one firm,
#: club or party of that kind the article is about
#: (:func:`kg.extract.focus.focus_org`)
FIRM_KINDS = ("company", "sport", "party")


def complete_roles(
    roles: list[Role],
    floating: dict[str, set[str]],
    focus: str | None = None,
    visitors: Visitors = frozenset(),
    land: str | None = None,
    party_countries: dict[str, str] | None = None,
    city: str | None = None,
    firms: dict[str, str] | None = None,
    sentence_countries: dict[int, set[str]] | None = None,
    federation: str | None = None,
    land_named: str | None = None,
    opening_orgs: dict[int, str] | None = None,
) -> list[Role]:
    """Fill in the organisation of a post written without one.

    * a post of the state ("Innenministerin", "Bundeskanzler", not the bare
      "Minister") held by a person of one party (``party_countries``, person ->
      the party's country: "Innenministerin Eva Gruber (ÖVP)"): that country,
      unless the article is about one Land (``land``: its ministers are the
      Land's) or someone else holds the post for it;

    * the same person holds the same post with an organisation elsewhere in the
      article ("US-Außenminister John Kerry" ... "Außenminister Kerry"): the bare
      one is that one and goes;
    * the article names the post with exactly one country or organisation but no
      holder ("Russischer Außenminister warnt" ... "sagte Außenminister Sergej
      Lawrow"), and no other person holds it for that one: that one;
    * a national post ("Präsident", "Innenminister") in an article about one
      country (``focus``), held bare by one person only, and that country has
      no other holder of it in the article: that country, unless the person
      visits it (``visitors``: "Präsident Obama" on a visit to Vietnam);
    * a Land post ("Landeshauptmann", "Landesrätin") in an article about one
      Land (``land``, :func:`kg.extract.focus.focus_land`; else ``land_named``,
      the one Land it names only by words,
      :func:`kg.extract.roles_more.land_of_words`), held bare by one person
      only: that Land;
    * a city post ("Bürgermeister", "Stadträtin") in an article about one city
      (``city``, :func:`kg.extract.focus.focus_city`), held bare by one person
      only: that city;
    * a post of a firm or club ("Konzernchef", "Trainer": the kind of the
      title) in an article about one firm or club of that kind (``firms``, title
      kind -> organisation, :func:`kg.extract.focus.focus_org`), held bare by
      one person only: that one;
    * a "Bundes-" post ("Bundeskanzlerin", "Bundespräsident") or a chancellor's
      ("Kanzlerin", ``CHANCELLORS``), held bare by one
      person only: the federation the article names most (``federation``);
    * a national post still bare, held bare by one person only, after the verb
      of a report naming one country before it (``sentence_countries``: start
      of the post -> countries, by name or adjective): that country, unless
      the person visits it;
    * a party post ("Klubobmann", "Parteichefin") of a person given one party
      ("Klaus Schneeberger (ÖVP)"): that party; a bare party post opening its
      sentence after a sentence a party opens as its subject ("Die Grünen
      kritisierten die Pläne. Fraktionschefin X sagte …", ``opening_orgs``):
      that party; so for a bare firm post and the firm opening the sentence
      before ("Die X AG lehnt das Angebot ab. Vorstandschefin Y sagte …").
    """
    with_org = {(r.person, r.role) for r in roles if r.organisation is not None}
    taken = {(post_key(r.role), r.organisation) for r in roles if r.organisation}
    if party_countries and land is None:
        roles = list(roles)
        for i, r in enumerate(roles):
            country = party_countries.get(r.person)
            if (
                country is not None
                and r.organisation is None
                and (r.person, r.role) not in with_org
                and post_key(r.role) not in ("minister", "ministerin")
                and (post_key(r.role), country) not in taken
                and _national_post(r.role, country)
            ):
                roles[i] = replace(r, organisation=country)
                taken.add((post_key(r.role), country))
    out = []
    for r in roles:
        if r.organisation is None:
            if (r.person, r.role) in with_org:
                continue
            orgs = floating.get(post_key(r.role), set())
            if len(orgs) == 1:
                org = next(iter(orgs))
                if (post_key(r.role), org) not in taken:
                    r = replace(r, organisation=org)
                    taken.add((post_key(r.role), org))
        out.append(r)
    # "Klubobmann Klaus Schneeberger (ÖVP)": a party post is of the person's party
    parties: dict[str, set[str]] = {}
    for r in out:
        if r.role == "Mitglied" and r.organisation is not None:
            parties.setdefault(r.person, set()).add(r.organisation)
    for i, r in enumerate(out):
        if r.organisation is None and len(parties.get(r.person, ())) == 1:
            m = match_title(r.role.split()[-1])
            if m is not None and m[1].kind == "party":
                out[i] = replace(r, organisation=next(iter(parties[r.person])))
    # "Die Grünen kritisierten die Pläne. Fraktionschefin X sagte …": the party
    # (or firm) that opens the sentence before
    for i, r in enumerate(out):
        if r.organisation is None and r.start in (opening_orgs or {}):
            out[i] = replace(r, organisation=(opening_orgs or {})[r.start])
    land_of = land if land is not None else land_named
    if land_of is not None:
        # "Landesrätin X" in a report on one Land
        _give_bare_posts(
            out,
            lambda r, post: land_of if post.endswith(LAND_POSTS) else None,
            taken,
            once=False,
        )
    if city is not None:
        _give_bare_posts(
            out, lambda r, post: city if post.endswith(CITY_POSTS) else None, taken
        )
    if firms:
        _give_bare_posts(out, lambda r, post: _firm_of(r, firms), taken)
    if federation is not None:
        _give_bare_posts(
            out,
            lambda r, post: (
                federation
                if (post.startswith("bundes") or post in CHANCELLORS)
                and _national_post(r.role, federation)
                else None
            ),
            taken,
        )
    if focus is None:
        return _sentence_countries(out, taken, visitors, sentence_countries or {})
    # two bare "Verteidigungsminister": which is whose? (a visitor's is not it)
    bare = Counter(
        post_key(r.role)
        for r in out
        if r.organisation is None and (r.person, focus) not in visitors
    )
    for i, r in enumerate(out):
        if (
            r.organisation is None
            and bare[post_key(r.role)] == 1
            and (post_key(r.role), focus) not in taken
            and (r.person, focus) not in visitors
            and _national_post(r.role, focus)
        ):
            out[i] = replace(r, organisation=focus)
            taken.add((post_key(r.role), focus))
    return _sentence_countries(out, taken, visitors, sentence_countries or {})


def _give_bare_posts(
    out: list[Role],
    org_for: Callable[[Role, str], str | None],
    taken: set[tuple[str, str]],
    *,
    once: bool = True,
) -> None:
    """Give the organisation ``org_for`` names to each post without one that a
    single person holds bare; with ``once``, only while no one else holds that
    post of that organisation (and mark it held)."""
    bare = Counter(post_key(r.role) for r in out if r.organisation is None)
    for i, r in enumerate(out):
        post = post_key(r.role)
        if r.organisation is not None or bare[post] != 1:
            continue
        org = org_for(r, post)
        if org is None or (once and (post, org) in taken):
            continue
        out[i] = replace(r, organisation=org)
        if once:
            taken.add((post, org))


def _firm_of(r: Role, firms: Mapping[str, str]) -> str | None:
    """The company or club of the article for a firm's or club's title."""
    kind = post_kind(r.role)
    return firms.get(kind) if kind is not None else None


def post_kind(role: str) -> str | None:
    """The kind of organisation a post without a prefix is of ("company",
    "party", "sport" …, ``roles.tsv``); a works council's post
    ("Gesamtbetriebsratschef", "Betriebsratsvorsitzende") is a firm's."""
    m = match_title(role.split()[-1])
    if m is None:
        return None
    if not m[0]:
        return m[1].kind
    if m[0].lower().rstrip("s-").endswith("betriebsrat"):
        return "company"
    return None


def _sentence_countries(
    out: list[Role],
    taken: set[tuple[str, str]],
    visitors: Visitors,
    sentence_countries: dict[int, set[str]],
) -> list[Role]:
    """A national post still bare, held bare by one person only, after the verb
    of a report whose sentence names one country before it and no other
    ("Serbien schließt die Grenze, sagte Innenminister X"): that country,
    unless the holder visits it."""
    bare = Counter(post_key(r.role) for r in out if r.organisation is None)
    for i, r in enumerate(out):
        countries = sentence_countries.get(r.start, set())
        if r.organisation is not None or len(countries) != 1:
            continue
        [country] = countries
        post = post_key(r.role)
        if (
            bare[post] == 1
            and (post, country) not in taken
            and (r.person, country) not in visitors
            and _national_post(r.role, country)
        ):
            out[i] = replace(r, organisation=country)
            taken.add((post, country))
    return out


def post_key(role: str) -> str:
    """The post whoever holds it: "Außenministerin" and "Außenminister" are one
    post (a man and a woman cannot both be Polen's foreign minister)."""
    return post_in_gender(role, feminine=False).lower()


def _national_post(role: str, country: str) -> bool:
    """``role`` is a post of a state ("Präsident", "Innenminister") that
    ``country`` has."""
    word = role.split()[-1]
    if word.lower() not in NATIONAL_POSTS and not (
        word.lower().endswith(NATIONAL_POST_ENDINGS) and not word.startswith("Landes")
    ):
        return False
    name = name_of(country)
    if word.startswith("Bundes") and name not in FEDERATIONS:
        return False
    # Switzerland has no chancellor who heads a government: a "Bundeskanzlerin"
    # of an article that names Geneva twice is Germany's or Austria's
    if name == "Schweiz" and post_key(word).removeprefix("bundes") in CHANCELLORS:
        return False
    # a German or Austrian "Ministerpräsident" heads a Land, not the state; their
    # head of state is the "Bundespräsident": a bare "Präsident" there heads a
    # body ("sagte Präsident X" of the Wirtschaftskammer, a court, a club)
    return not (
        name in FEDERATIONS
        and word.lower().startswith(("ministerpräsident", "präsident", "vizepräsident"))
    )
