"""The organisation of a title: what the words around "Außenminister",
"Chefin", "Bürgermeister" say it is of.

The prefix ("US-"), a country adjective or genitive before the title ("der
russische Außenminister", "Chinas Außenminister"), a genitive after it
("Außenminister Russlands", "Chef der prokurdischen HDP"), the side named
earlier ("von russischer Seite") and, for local posts, the town or Land around
it (:func:`role_context`); the institution a post names by itself
(:func:`institution_of_post`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import org_ending_in
from kg.extract.home_party import org_by_country
from kg.extract.kind_anaphors import kind_anaphor
from kg.extract.names import features_of, is_common_noun
from kg.extract.records import Kind, entity_key, kind_of, name_of
from kg.extract.roles_complete import FIRM_KINDS
from kg.extract.roles_more import (
    city_of_demonym,
    org_after_preposition,
    shares_org_of,
)
from kg.extract.titles import modifier_start
from kg.extract.view import DocView
from kg.lang.de.bodies import MEMBER_PREFIX_BODIES, PARTY_PREFIX_FORMS
from kg.lang.de.grammar import (
    POSSESSIVE_ARTICLES,
    adjective_stem,
)
from kg.lang.de.orgs import REFERENCE_HEADS, is_descriptor_form
from kg.lang.de.places import DEMONYM_PLACES, REGION_ADJECTIVES, demonym_places
from kg.lang.de.titles import (
    ENDED_POST_NOUNS,
    FIRM_BOARDS,
    FORMER,
    INSTITUTION_POSTS,
    LAND_POSTS,
    LOCAL_POSTS,
    NARROWING_PREFIXES,
    PERSONAL_STAFF,
    ROLE_MODIFIERS,
    Title,
    match_title,
    post_in_gender,
)
from kg.nlp import gazetteer
from kg.nlp.lexicon import Feature

__all__ = [
    "genitive_after",
    "institution_of_post",
    "last_joined_title",
    "org_after_title",
    "role_context",
]


#: posts of members of a parliament, which a party's prefix names the party
#: of ("Grün-Abgeordneter")
_DEPUTIES = ("abgeordneter", "abgeordnete", "mandatar", "mandatarin")


def role_context(
    view: DocView, sent: Span, tok: Token, prefix: str
) -> tuple[str | None, bool, tuple[str, str] | None]:
    """(organisation key, former?, role modifier) for the title at ``tok``.

    The organisation is the first of: the title's prefix, a country adjective
    before it, a genitive before it, a possessive before it, a genitive after
    it, the side named earlier in the sentence.
    """
    doc = view.doc
    # "Ex-Präsident", "Expräsident", "Altkanzler", "Altbundespräsident"
    former = prefix.lower().startswith("ex-") or prefix.lower() in ("ex", "alt", "alt-")
    modifier = None
    m = match_title(tok.text) if prefix else None
    if (
        m is not None
        and (m[1].kind == "party" or m[1].base.lower().endswith(_DEPUTIES))
        and prefix.rstrip("-") in PARTY_PREFIX_FORMS
    ):
        # "Grün-Klubobmann": the Greens; not "Grün-Landesrat" (the Land's post)
        prefix = PARTY_PREFIX_FORMS[prefix.rstrip("-")] + "-"
    org = _org_of_prefix(doc, prefix) if prefix else None
    if prefix.endswith("-") and _no_firm(view, org):
        # "Zenit-Trainer", "Graz-Coach": the club the article names in full
        m = match_title(tok.text)
        if m is not None and m[1].kind in FIRM_KINDS:
            org = _org_of_word(view, prefix[:-1]) or org
        if org is None and m is not None and _firm_prefix(view, prefix[:-1], m):
            # "Hermes-Geschäftsführer", "Brenko-Chef": the firm the prefix names
            org = entity_key(Kind.ORG, prefix[:-1])
    first = modifier_start(doc, tok)
    j = first - 1 if first > 0 and doc[first - 1].lower_ in ("von", "des") else first
    if j > 0 and doc[j - 1].lower_ in ENDED_POST_NOUNS:
        former = True  # "nach dem Rücktritt von Premierminister X"
    # modifiers before the title
    for i in range(first, tok.i):
        word = doc[i].lower_
        stem = adjective_stem(word)
        if stem in FORMER:
            former = True
        elif stem in ROLE_MODIFIERS:
            modifier = ROLE_MODIFIERS[stem]
        elif org is None and (k := view.place(i)) and not _nationality(tok.text, k):
            org = k
    if org is None:
        org = _country_before_title(view, sent, tok)
    if org is None and first - 2 >= sent.start and doc[first - 1].text == "(":
        # "mit der Türkei (Premierminister X kommt)": the country the bracket
        # follows
        k = view.place(first - 2)
        e = view.entities.get(k) if k else None
        if e is not None and e.place_kind == "country":
            org = k
    if org is None:
        org = org_after_title(view, tok)
        if org is None and (last := shares_org_of(tok, last_joined_title(view, tok))):
            org = org_after_title(view, last)  # "Geschäftsführer und Gründer der X"
        org = org or org_after_preposition(view, tok)  # "Managerin bei X"
    elif kind_of(org) is not Kind.ORG:
        # "Frankreich-Korrespondent des STANDARD", "Russland-Beauftragter der
        # Regierung": the place of the prefix is the beat, the genitive the employer
        after = org_after_title(view, tok)
        if after is not None and kind_of(after) is Kind.ORG:
            org = after
    if org is None:
        org = _side_before(view, sent, tok)
    if org is None:
        org = _org_referred_to(view, tok)
    if org is not None and org not in view.entities and kind_of(org) is Kind.ORG:
        # "Air-France-Chef": the "Air France" the article names
        spaced = entity_key(Kind.ORG, name_of(org).replace("-", " "))
        if spaced in view.entities:
            org = spaced
    if org is not None and org not in view.entities:
        org_ok = kind_of(org) is Kind.ORG  # a new organisation named only by the prefix
        if not org_ok:
            org = None
    if (org is None or org not in view.entities) and (
        prefix.endswith("-") and len(prefix) > 3
    ):
        # "Nationalpark-Leiter X": the one organisation of the article with
        # the prefix's word in its name ("Nationalpark Bayerischer Wald")
        org = _org_of_word(view, prefix[:-1]) or org
    if org is None and _local_post(tok.text):
        org = _region_of_local_post(view, sent, tok) or city_of_demonym(view, sent, tok)
    elif org is None:
        org = _region_adjective_before(view, sent, tok)
    return org, former, modifier


def org_after_title(view: DocView, tok: Token) -> str | None:
    """The genitive after the title at ``tok``: "Außenminister Russlands",
    "Chef der OSZE", "Chef der prokurdischen HDP", "Chef von Petrol"."""
    doc = view.doc
    j = tok.i + 1
    if (
        j + 2 < len(doc)
        and doc[j].lower_ in ("der", "des")
        and doc[j + 1].lower_ in FIRM_BOARDS
        and doc[j + 2].lower_ in ("der", "des", "von")
    ):
        # "Vorsitzender des Vorstands| der Deutschen Bank": the firm's board
        firm = org_after_title(view, doc[j + 1])
        return firm if firm is not None and kind_of(firm) is Kind.ORG else None
    if j < len(doc) and doc[j].lower_ in ("der", "des", "von"):
        j += 1
    k = view.key(j) if j < len(doc) else None
    if (
        k
        and kind_of(k) is not Kind.PERSON
        and (doc[j].text.endswith("s") or j > tok.i + 1)
    ):
        return k
    if (found := genitive_after(view, tok)) is not None:
        return found[0]  # "Chef der prokurdischen HDP"
    if j < len(doc) and j == tok.i + 2 and doc[j - 1].lower_ == "der":
        # "der Chef der Airline": the airline the article named before
        return kind_anaphor(view, j)
    return None


def genitive_after(view: DocView, tok: Token) -> tuple[str, int] | None:
    """The organisation or place in a genitive after the title at ``tok`` and the
    token after it: "der [prokurdischen] HDP", "der [regierungskritischen]
    Zeitung Cumhuriyet", "der Ukip (UK Independence Party)"."""
    doc = view.doc
    end = min(len(doc), tok.sent.end)
    j = tok.i + 1
    if j >= end or doc[j].lower_ not in ("der", "des"):
        return None
    j += 1
    n_adj = 0
    while j < end and n_adj < 3 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
        n_adj += 1
    key = view.key(j) if j < end else None
    if key is None and j + 1 < end and doc[j].text[:1].isupper():
        # one common noun before the name: "Zeitung", "Partei", "Gruppe"
        nxt = view.key(j + 1)
        if (
            nxt
            and kind_of(nxt) is not Kind.PERSON
            and (
                is_common_noun(doc, doc[j].text)
                # "des Paketdiensts DPD": a compound the table does not know
                or is_descriptor_form(doc[j].text)
            )
        ):
            j += 1
            key = nxt
    if not key or kind_of(key) is Kind.PERSON:
        return None
    while j < end and view.key(j) == key:
        j += 1
    # an acronym or long form in parentheses
    if j < end and doc[j].text == "(":
        close = next(
            (i for i in range(j + 1, min(end, j + 10)) if doc[i].text == ")"), None
        )
        if close is not None:
            j = close + 1
    return key, j


def institution_of_post(title: str) -> str | None:
    """The institution a post names by itself ("Ratspräsident": the EU,
    ``INSTITUTION_POSTS``)."""
    name = INSTITUTION_POSTS.get(post_in_gender(title, feminine=False).lower())
    entry = gazetteer.lookup(name) if name else None
    return entity_key(Kind.ORG, entry.name) if entry is not None else None


def _nationality(title: str, place: str) -> bool:
    """The country adjective before a firm's or club's post is the holder's
    nationality, not the employer: "der portugiesische Trainer X", "der
    deutsche Konzernchef X" (a national team's coach is the country's)."""
    m = match_title(title)
    low = title.lower()
    return (
        m is not None
        and m[1].kind in ("company", "sport")
        and kind_of(place) is Kind.PLACE
        and not any(w in low for w in ("national", "team"))
    )


def _no_firm(view: DocView, org: str | None) -> bool:
    """``org`` (of a prefix) is none or a city, not a firm or club: "Graz-"."""
    if org is None:
        return True
    e = view.entities.get(org)
    return e is not None and e.place_kind == "city"


#: kinds of title whose name-like prefix is the firm or body led: "Hermes-Chef",
#: "Rapid-Präsident"; not a government post ("Trump-Berater")
_FIRM_PREFIX_KINDS = (*FIRM_KINDS, "organisation")
_NOT_FIRM_FEATURES = frozenset(
    {
        Feature.COMMON_NOUN,
        Feature.LOWER_WORD,
        Feature.HANTA_NN,
        Feature.TOPONYM,
        Feature.GAZ_CITY,
        Feature.GAZ_COUNTRY,
        Feature.SURNAME,
    }
)


def _firm_prefix(view: DocView, word: str, title: tuple[str, Title]) -> bool:
    """``word``, the prefix of a title compound, names a firm or body the title
    leads: a capitalised word the lexicon knows as no common noun, place or
    surname, and no person of the article ("Hermes-Geschäftsführer",
    "Brenko-Chef"; not "Team-Chef", "Graz-Trainer", "Merkel-Sprecher")."""
    if title[1].kind not in _FIRM_PREFIX_KINDS or not word.isalpha():
        return False
    if len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    if word.lower() in NARROWING_PREFIXES:
        return False  # "Vize-Chefin", "Co-Gründer"
    if _place_word(word) is not None:
        return False  # "Wiener-", "Kärntner-": a demonym, the place's post
    if title[1].base.lower().endswith(PERSONAL_STAFF):
        return False  # "Putin-Sprecher", "Obama-Berater": the person's staff
    lex = features_of(view.doc, word)
    if lex & _NOT_FIRM_FEATURES:
        return False
    # a person of the article with that name is the person ("Trump-Chef"),
    # unless the model took a firm for a one-word person and the title is a
    # firm's ("zu Hermes gewechselt ... Hermes-Geschäftsführer")
    firm_title = title[1].kind == "company"
    return not any(
        word in e.name.split()
        for e in view.entities.values()
        if e.kind == Kind.PLACE
        or (e.kind == Kind.PERSON and (" " in e.name or not firm_title))
    )


def _org_of_word(view: DocView, word: str) -> str | None:
    """The one organisation of the article with ``word`` in its name: "Zenit"
    of "Zenit St. Petersburg", "Graz" of "SK Sturm Graz"."""
    found = {
        e.key
        for e in view.entities.values()
        if e.kind == Kind.ORG and any(word in n.split() for n in (e.name, *e.aliases))
    }
    return next(iter(found)) if len(found) == 1 else None


def _local_post(title: str) -> bool:
    """A post of a city or a Land: "Bürgermeister", "Gesundheitsstadträtin",
    "Landeshauptmann"."""
    low = title.lower()
    return low.endswith(LOCAL_POSTS) or low.endswith(LAND_POSTS)


def _region_of_local_post(view: DocView, sent: Span, tok: Token) -> str | None:
    """The Land or city of the local post at ``tok`` that a word around it names:
    "der burgenländische Landeshauptmann", "der Wiener Bürgermeister",
    "Burgenlands Landeshauptmann", "Landeshauptmann von Burgenland", "die
    Bürgermeisterin von Schwechat"."""
    doc = view.doc
    for i in range(max(sent.start, modifier_start(doc, tok) - 1), tok.i):
        word = doc[i]
        if word.is_lower and (
            name := REGION_ADJECTIVES.get(adjective_stem(word.lower_))
        ):
            return entity_key(Kind.PLACE, name)
        if i == tok.i - 1 and word.text[:1].isupper():
            if k := view.place(i):
                e = view.entities.get(k)
                if e is not None and e.place_kind in ("city", "region"):
                    return k  # "Burgenlands Landeshauptmann"
            if name := _place_word(word.text):
                return entity_key(Kind.PLACE, name)
    j = tok.i + 1
    if j + 1 < sent.end and doc[j].lower_ == "von" and (k := view.place(j + 1)):
        e = view.entities.get(k)
        if e is not None and e.place_kind in ("city", "region"):
            return k
    return None


def _region_adjective_before(view: DocView, sent: Span, tok: Token) -> str | None:
    """The Land an adjective before the title at ``tok`` names: "der bayerische
    Finanzminister", "der steirische Polizeidirektor"."""
    doc = view.doc
    for i in range(max(sent.start, modifier_start(doc, tok)), tok.i):
        word = doc[i]
        if word.is_lower and (
            name := REGION_ADJECTIVES.get(adjective_stem(word.lower_))
        ):
            return entity_key(Kind.PLACE, name)
    return None


def _place_word(word: str) -> str | None:
    """The city or region a capitalised "-er" word or genitive names: "Wiener"
    (Wien), "Salzburger", "Kärntner" (:func:`kg.lang.de.places.demonym_places`),
    "Wiens"."""
    if word.lower() in DEMONYM_PLACES:
        return DEMONYM_PLACES[word.lower()]
    names = demonym_places(word)
    if len(word) > 3 and word.endswith("s"):
        # a genitive the model did not label: "bei Wiens Gesundheitsstadträtin"
        names.append(word[:-1])
    for name in names:
        entry = gazetteer.lookup(name, label="LOC")
        if entry is not None and entry.kind in ("city", "region"):
            return entry.name
    return None


def _org_of_prefix(doc: Doc, prefix: str) -> str | None:
    """The country or organisation a title's prefix names: "US-",
    "Palästinenser", "GPA-djp-"."""
    p = prefix.rstrip("-")
    body = MEMBER_PREFIX_BODIES.get(p.lower())
    entry = (
        # "Industriellen-Präsident": the body its members' noun names
        (gazetteer.lookup(body) if body else None)
        or
        # "Deutsche-Bank-Chef": the name written with hyphens, before the
        # country its first part would name
        (gazetteer.lookup(p.replace("-", " ")) if "-" in p else None)
        or gazetteer.country_of(prefix)
        or gazetteer.lookup(p)
        or gazetteer.country_of(p)
        or org_by_country(p, doc)
    )
    if entry is not None and entry.label in ("LOC", "ORG"):
        kind = Kind.PLACE if entry.label == "LOC" else Kind.ORG
        return entity_key(kind, entry.name)
    if (
        prefix.endswith("-")
        and sum(c.isupper() for c in p) >= 2
        and p.lower() not in ("ex", "vize")
    ):
        # an unknown acronym names the organisation: "GPA-djp-Chef"; "Vize-",
        # "Beitritts-", "Pro-forma-" do not
        return entity_key(Kind.ORG, p)
    return None


def _country_before_title(view: DocView, sent: Span, tok: Token) -> str | None:
    """The country (or, for a local post, the city) named right before the
    title at ``tok`` and its modifiers."""
    doc = view.doc
    j = modifier_start(doc, tok) - 1
    # genitive before the title: "Frankreichs Präsident", "Chinas Außenminister"
    k = view.key(j) if j >= sent.start else None
    if (
        k
        and kind_of(k) is Kind.PLACE
        and doc[j].text.endswith("s")
        and (e := view.entities.get(k)) is not None
        and (
            # "Bayerns Ministerpräsident", "Kataloniens Regierungschef"
            e.place_kind in ("country", "region")
            # "Roms Bürgermeister", "Odessas Gouverneur"
            or tok.text.lower().endswith(LOCAL_POSTS)
        )
    ):
        return k
    # possessive: "Kroatien seine Außenministerin", "Russland und sein Präsident"
    if j > sent.start and doc[j].lower_ in POSSESSIVE_ARTICLES:
        k = view.key(j - 1)
        if k is None and j - 2 >= sent.start and doc[j - 1].lower_ == "und":
            k = view.key(j - 2)
        if k and kind_of(k) is Kind.PLACE and (e := view.entities.get(k)) is not None:
            if e.place_kind == "country":
                return k
    return None


def _side_before(view: DocView, sent: Span, tok: Token) -> str | None:
    """ "von russischer Seite", "auf ukrainischer Seite" earlier in the
    sentence: the last such side before ``tok``."""
    doc = view.doc
    org = None
    for t in sent:
        if t.i >= tok.i:
            break
        if (
            t.lower_ == "seite"
            and t.i >= 2
            and doc[t.i - 2].lower_ in ("von", "auf", "aus")
        ):
            k = view.key(t.i - 1)
            if k and kind_of(k) is Kind.PLACE:
                org = k
    return org


def last_joined_title(view: DocView, tok: Token) -> Token | None:
    """The last of the titles joined to the one at ``tok`` by "und", "sowie" or
    commas ("Vizekanzler und ÖVP-Obmann"), with at most two lower-case
    modifiers before each ("und neue Parteichef"); None if none follows."""
    doc = view.doc
    end = tok.sent.end
    last = None
    j = tok.i + 1
    while j + 1 < end and doc[j].lower_ in (",", "und", "sowie"):
        k = j + 1
        while k < end and k - j <= 3 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        if (
            k >= end
            or view.person(k) is not None
            or not doc[k].text[:1].isupper()
            or match_title(doc[k].text) is None
        ):
            break
        last = doc[k]
        j = k + 1
    return last


def _org_referred_to(view: DocView, tok: Token) -> str | None:
    """The organisation of the article that the title at ``tok`` refers back to
    by a noun of its kind (:data:`REFERENCE_HEADS`): in its own compound
    ("Kommissionssprecher", "Verbandspräsident", "Tiergartendirektorin") or in
    a genitive after it that names no entity ("der Vorstandschef der
    Hagelversicherung", "die Präsidentin des Verbands X"); None unless exactly
    one organisation of the article has a name ending so."""
    head = _leading_head(tok.text)
    if head is not None and (org := org_ending_in(view, head)) is not None:
        return org
    doc = view.doc
    end = tok.sent.end
    j = tok.i + 1
    if j >= end or doc[j].lower_ not in ("der", "des"):
        return None
    j += 1
    while j < end and j - tok.i <= 4 and doc[j].is_lower and doc[j].is_alpha:
        j += 1  # "der staatlichen", "des oberösterreichischen"
    if j >= end or view.key(j) is not None or not doc[j].text[:1].isupper():
        return None
    if not doc[j].is_alpha:
        return None
    low = doc[j].lower_
    # "des Verbands": a masculine or neuter genitive ending; after "der" a
    # feminine noun has none ("der Versicherung"), and "der Landesstudios" is
    # a plural (several, not the one of the article)
    endings = ("es", "s") if doc[tok.i + 1].lower_ == "des" else ()
    for noun in (low, *(low[: -len(e)] for e in endings if low.endswith(e))):
        if noun.endswith(REFERENCE_HEADS):
            return org_ending_in(view, noun)
    return None


_HEADS_LONGEST_FIRST = tuple(sorted(REFERENCE_HEADS, key=len, reverse=True))


def _leading_head(word: str) -> str | None:
    """The noun of :data:`REFERENCE_HEADS` a title compound starts with, before
    a title of its own: "Kommissions|sprecher" -> "kommission", "Verbands|
    präsident" -> "verband"; not the heads of longer words ("Bankett")."""
    low = word.lower()
    for head in _HEADS_LONGEST_FIRST:
        if not low.startswith(head) or len(low) <= len(head) + 3:
            continue
        rest = word[len(head) :]
        for cut in (
            rest,
            rest[1:] if rest[:1] == "s" else "",
            rest[2:] if rest[:2] == "es" else "",
        ):
            if cut and match_title(cut[:1].upper() + cut[1:]) is not None:
                return head
    return None
