"""Roles: organisations of bare posts from the words around them, beyond the
title's own phrase (:mod:`kg.extract.roles`).

* a firm's or club's post ("Trainer", "Konzernchef") in a sentence that
  names one firm or club of that kind before it: "Chelsea, mit Trainer X",
  "Die Klubführung von Real Madrid stärkt Trainer X den Rücken";
* a city's post ("Bürgermeister") after a capitalised "-er" word the
  gazetteer does not know: "der Mürzzuschlager Bürgermeister" (the town's
  name is the word without "-er", as in "Grazer", "Linzer");
* a Land's post ("Landeshauptmann") in an article that names one Land only by
  words: "der steiermärkische Landtag", "die Salzburger ÖVP".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.actors import state_of_capital
from kg.extract.records import Kind, Role, entity_key, kind_of, name_of
from kg.extract.roles_complete import post_kind
from kg.extract.titles import modifier_start
from kg.extract.view import DocView
from kg.lang.de.grammar import adjective_stem
from kg.lang.de.orgs import COMPANY_NOUNS, MEDIA_NOUNS
from kg.lang.de.places import CONFERENCE_CITIES, DEMONYM_PLACES, REGION_ADJECTIVES
from kg.lang.de.titles import CITY_POSTS, PROFESSION_TITLES, Title, match_title
from kg.nlp import gazetteer

__all__ = [
    "apposed_holder",
    "city_of_demonym",
    "countries_around",
    "firm_in_sentence",
    "host_of_capital",
    "second_apposed_title",
    "land_of_words",
    "org_after_preposition",
    "person_after_phrase",
    "post_in_parentheses",
    "shares_org_of",
    "subject_as",
    "with_deputies_named",
    "with_firm_of_the_board",
    "with_justice_orgs",
]

#: kinds of titles (``roles.tsv``) whose organisation a sentence's one firm or
#: club of that kind gives
_FIRM_TITLE_KINDS = ("company", "sport")


def firm_in_sentence(view: DocView, sent: Span, tok: Token, title: Title) -> str | None:
    """The firm or club of the title's kind right before "von" or "mit" and the
    title at ``tok`` ("Der FC Köln von Trainer X"), else the one firm or club of
    that kind the sentence names before the title ("Chelsea (10 Punkte), mit
    Trainer X"); None if it names
    none or several, or names a person between them (whose post it may be).
    A club in the genitive before another noun is not counted ("Rapids
    Gegner Valencia, mit Coach X"), nor a federation without a country."""
    if title.kind not in _FIRM_TITLE_KINDS:
        return None
    first = modifier_start(view.doc, tok)
    if first - 2 >= sent.start and view.lowers[first - 1] in ("von", "mit"):
        # "Der FC Köln von Trainer X", "der FC Ingolstadt mit Coach Y": the club
        # right before is the post's, whatever other clubs the sentence names
        k = view.org(first - 2)
        e = view.entities.get(k) if k is not None else None
        if e is not None and e.org_kind == title.kind:
            return k
    found: set[str] = set()
    for i in range(sent.start, modifier_start(view.doc, tok)):
        if view.person(i) is not None:
            found.clear()  # "Red Bull und sein Chef X, sagte Trainer Y"
            continue
        k = view.org(i)
        if k is None or (i + 1 < sent.end and view.key(i + 1) == k):
            continue
        e = view.entities.get(k)
        if e is None or e.org_kind != title.kind:
            continue
        if title.kind == "sport" and not e.country_code:
            continue  # a federation ("Die UEFA sperrt Trainer X") employs no coach
        if view.texts[i].endswith("s") and not e.name.endswith("s"):
            continue  # "Rapids Gegner Valencia": the genitive is the other's
        found.add(k)
    return next(iter(found)) if len(found) == 1 else None


def city_of_demonym(view: DocView, sent: Span, tok: Token) -> str | None:
    """The town a capitalised "-er" word right before the city post at ``tok``
    names, after an article: "der Mürzzuschlager Bürgermeister" (Mürzzuschlag);
    for words the gazetteer knows, :func:`kg.extract.role_orgs._place_word`."""
    if not tok.lower_.endswith(CITY_POSTS):
        return None
    i = tok.i - 1
    if i - 1 < sent.start or view.key(i) is not None:
        return None
    word = view.texts[i]
    if (
        len(word) < 6
        or not word[:1].isupper()
        or not word.endswith("er")
        or not word[:-2].isalpha()
        or view.lowers[i - 1] not in ("der", "die", "dem", "den", "des")
    ):
        return None
    return entity_key(Kind.PLACE, word[:-2])


def countries_around(view: DocView, sent: Span, first: int) -> set[str]:
    """The countries the text gives a bare national post starting at token
    ``first`` by its place: a sentence the title opens takes those the
    sentence before names ("Deutschland hat einen Verbündeten verloren.
    Finanzminister X ließ offen"); after the verb of a report, those the
    sentence names before it; of several, only the one the sentence opens with,
    if it does ("Slowenien müsse sich Österreich anpassen, sagte Außenminister
    X"; "Österreich kontrolliert an der Grenze zu Italien. Innenminister X")."""
    doc = view.doc
    if first == sent.start:
        s_idx = view.sentence_of(doc[first])
        if s_idx == 0:
            return set()
        sent = view.sents[s_idx - 1]
        first = sent.end
    found = _countries(view, sent.start, first)
    if len(found) > 1 and (k := _opening_place(view, sent)) in found:
        return {k}  # the subject the sentence opens with
    return found


def host_of_capital(view: DocView, sent: Span, first: int) -> str | None:
    """The country whose capital a visit's "in X" names before a bare national
    post after "mit" ("Der deutsche Präsident traf in Warschau mit
    Außenminister X zusammen": Polen), if the sentence does not name that
    country before the post (then the minister may be the visitor: "Der
    polnische Präsident traf in Warschau mit Außenminister X"); none for a
    capital where states meet on neutral ground (``CONFERENCE_CITIES``)."""
    if first - 2 < sent.start or view.lowers[first - 1] != "mit":
        return None
    hosts = set()
    for i in range(sent.start, first - 2):
        k = view.place(i + 1) if view.lowers[i] == "in" else None
        if k is None or name_of(k) in CONFERENCE_CITIES:
            continue
        if (state := state_of_capital(k, view.entities, named=False)) is not None:
            hosts.add(state)
    if len(hosts) != 1 or hosts & _countries(view, sent.start, first):
        return None
    return next(iter(hosts))


#: capitalised words of a time phrase between "und" and a second title ("und
#: seit dieser Woche Vorsitzender")
_TIME_NOUNS = frozenset({"woche", "wochen", "monat", "monaten", "jahr", "jahren"})


def second_apposed_title(view: DocView, tok: Token) -> Token | None:
    """The first title of an apposition of two joined by "und", the title at
    ``tok`` the second: "X, Obmann der Kurie und Vizepräsident der
    Ärztekammer", "X, Geschäftsführer von Radio Y und seit dieser Woche
    Vorsitzender des Verbands"; the first title's token, the comma after the
    holder's name right before it."""
    doc = view.doc
    sent = tok.sent
    i = modifier_start(doc, tok) - 1
    # a time phrase after "und": "seit dieser Woche", "seit 2015"
    while i > sent.start and tok.i - i <= 5 and doc[i].lower_ != "und":
        if not (
            (doc[i].is_lower and doc[i].is_alpha)
            or doc[i].is_digit
            or doc[i].lower_ in _TIME_NOUNS
        ):
            return None
        i -= 1
    if i <= sent.start + 2 or doc[i].lower_ != "und":
        return None
    # back to the comma after the holder's name, past no other comma
    j = i - 1
    while j > sent.start and doc[j].text != "," and i - j <= 10:
        j -= 1
    if doc[j].text != "," or view.person(j - 1) is None:
        return None
    first = j + 1
    while first < i and doc[first].is_lower:
        first += 1  # "X, stellvertretender Obmann der …"
    if first >= i or match_title(doc[first].text) is None:
        return None
    return doc[first]


def _opening_place(view: DocView, sent: Span) -> str | None:
    """The place a sentence opens with, after a dateline ("Saalfelden –
    Österreich wird …"): Österreich; none if others are joined to it
    ("Schweden und Finnland warten")."""
    i = sent.start
    if i + 2 < sent.end and view.texts[i + 1] in ("–", "-"):
        i += 2
    k = view.place(i)
    while i < sent.end and view.key(i) == k:
        i += 1
    if k is None or (i < sent.end and view.lowers[i] in ("und", "sowie", "oder", ",")):
        return None  # "Schweden und Finnland warten": both
    return k


def _countries(view: DocView, start: int, end: int) -> set[str]:
    """The countries tokens ``start`` to ``end`` name, by name or adjective."""
    out: set[str] = set()
    for i in range(start, end):
        k = view.place(i)
        e = view.entities.get(k) if k else None
        if e is not None and e.place_kind == "country":
            out.add(e.key)
    return out


#: the Länder ``REGION_ADJECTIVES`` name
_LANDS = frozenset(REGION_ADJECTIVES.values())

#: bodies of a Land that its "-er" word names: "Salzburger Landtag"
_LAND_BODIES = frozenset({"landtag", "landesregierung", "landespolitik", "landesrat"})


def land_of_words(view: DocView) -> str | None:
    """The one Land an article names by an adjective ("der steiermärkische
    Landtag", "die steirische Landespolitik") or by its "-er" word before one of
    its bodies or a party ("die Salzburger ÖVP", "Kärntner Landtag"), if
    it names no other so: its bare Land posts are that Land's (for
    :func:`kg.extract.focus.focus_land`, which counts only names)."""
    texts, lowers = view.texts, view.lowers
    found: set[str] = set()
    for i, low in enumerate(lowers):
        word = texts[i]
        if word.islower():
            name = REGION_ADJECTIVES.get(adjective_stem(low))
            if name is not None and name in _LANDS:
                found.add(name)
            continue
        if not word.endswith("er") or i + 1 >= len(lowers):
            continue
        name = DEMONYM_PLACES.get(word.lower(), word[:-2])
        if name not in _LANDS:
            continue
        # "Salzburger ÖVP", "Kärntner FPÖ": the Land branch of a party
        party = gazetteer.lookup(texts[i + 1], label="ORG")
        if lowers[i + 1] in _LAND_BODIES or (
            party is not None and party.kind == "party"
        ):
            found.add(name)
    if len(found) != 1:
        return None
    return entity_key(Kind.PLACE, next(iter(found)))


def post_in_parentheses(
    view: DocView, tok: Token
) -> tuple[str, Token, str | None] | None:
    """(person, title token, organisation) of a post in parentheses after a
    name, alone or before the organisation: "Hans Ritter (Sicherheitssprecher,
    Grüne)", "Eva Gruber (Innenministerin, ÖVP)" (a government's post: the party
    is not its organisation), as lists of guests write them; not a former post
    ("(Ex-Minister)")."""
    doc = view.doc
    i = tok.i
    if tok.text != "(" or i == 0 or i + 2 >= len(doc):
        return None
    person = view.person(i - 1)
    title_tok = doc[i + 1]
    m = match_title(title_tok.text)
    if person is None or (view.key(i + 1) is not None and not m):
        return None  # "(SPD-Bundestagsabgeordneter)": a party in the compound
    if m is None or m[0].lower().startswith(("ex", "alt")):
        return None
    nxt = doc[i + 2].text
    if nxt == ")":
        return person, title_tok, None
    if nxt != ",":
        # "(Leiter Ars Electronica Center)", "(Vorsitzender der Kommission X)",
        # "(SPD-Bundestagsabgeordneter und -Gesundheitsexperte)": the bracket
        # closes within a dozen words and names no person
        close = next(
            (k for k in range(i + 2, min(len(doc), i + 14)) if doc[k].text == ")"),
            None,
        )
        if close is None or any(view.person(k) for k in range(i + 2, close)):
            return None
        return person, title_tok, view.org(i + 2)
    j = i + 3
    org = view.org(j) if j < len(doc) else None
    if org is None:
        return None
    while j < len(doc) and view.key(j) == org:
        j += 1
    if j >= len(doc) or doc[j].text != ")":
        return None
    if m[1].kind == "government" and kind_of(org) is Kind.ORG:
        # "(Innenminister, ÖVP)": the party is the minister's, the post the state's
        return person, title_tok, None
    return person, title_tok, org


def person_after_phrase(view: DocView, tok: Token) -> int | None:
    """The token of the person a title's complement leads to: "der
    Staatssekretär für EU-Fragen, X", "der Vorsitzende des Zentralrats Deutscher
    Sinti und Roma, X" (up to six words, then a comma and the name), "die
    Präsidentin des Verbands X" (one noun, not a title: in "der Sprecher des
    Ministers X" the name is the minister's), "der Vizepräsident des Senats und
    Lega-Politiker X" (a second noun of the person after the complement)."""
    doc = view.doc
    end = tok.sent.end
    j = tok.i + 1
    if j + 2 < end and doc[j].text == ",":
        return _person_in_commas(view, tok)
    if j + 2 >= end or doc[j].lower_ not in _COMPLEMENT_OPENERS:
        return None
    for k in range(j + 1, min(end - 1, j + 8)):
        t = doc[k]
        if t.text == ",":
            named = k > j + 1 and view.person(k + 1) and not _genitive(view, k + 1)
            return k + 1 if named and not _apposed(view, tok) else None
        if view.person(k) is not None:
            # "des Verbands X"; not "der Agentur Third Man" (the agency's name)
            low = doc[j + 1].lower_
            plain = match_title(doc[j + 1].text) is None and not any(
                low.startswith(n) for n in _NAMED_KINDS
            )
            direct = k == j + 2 and doc[j].lower_ in ("des", "der")
            return k if direct and plain else None
        if (
            t.lower_ == "und"
            and doc[k + 1].text[:1].isupper()
            and not view.key(k + 1)
            and k + 2 < end
            and view.person(k + 2)
        ):
            return k + 2  # "und Lega-Spitzenpolitiker X": the same person
        if t.is_punct and t.text != "-":
            return None
    return None


def _person_in_commas(view: DocView, tok: Token) -> int | None:
    """ "Die neue Geschäftsführerin, Ida X, ist …": a title after a definite
    article, the name between commas right after it; not in a list ("der
    Sprecher, Ida X, Olaf Y und …") nor after a noun the title depends on
    ("die Frau des Geschäftsführers, X")."""
    doc, sent = view.doc, tok.sent
    first = modifier_start(doc, tok)
    if first <= sent.start or doc[first - 1].lower_ not in ("der", "die", "den", "dem"):
        return None
    if first - 1 > sent.start and doc[first - 2].text[:1].isupper():
        return None  # "die Frau der Geschäftsführerin, X"
    k = tok.i + 2
    person = view.person(k)
    if person is None:
        return None
    e = k
    while e < sent.end and view.key(e) == person:
        e += 1
    if e + 1 < sent.end and doc[e].text == "(":
        while e < sent.end and doc[e].text != ")":
            e += 1
        e += 1  # "Ida X (SPÖ),"
    if e + 1 >= sent.end or doc[e].text != ",":
        return None
    if view.person(e + 1) is not None or doc[e + 1].lower_ in ("und", "sowie"):
        return None
    return k


#: words that open a title's complement before ", Name": "der Staatssekretär
#: für EU-Fragen, X", "der Generalstabschef im Heer, X"
_COMPLEMENT_OPENERS = frozenset(("für", "des", "der", "im"))

#: endings of a title's dative plural or plural ("mit Merkel, Ministern und
#: Landeshauptleuten"): a list of people, not one person's post
_PLURAL_ENDS = ("ern", "innen", "leute", "leuten")


def apposed_holder(view: DocView, tok: Token) -> int | None:
    """The token of the person a title without article stands in apposition
    to, when the title is not followed by a name (then it is that name's):
    "X, britische Botschafterin in Wien, warnt", "sagte X, Vorsitzende der
    Datenschutzgruppe", "X, Arzt und Senator der Partei" (a noun joined before
    the title), "X, Geschäftsführer und Gründer der Agentur"; not after a
    genitive ("Hunts, Sprecher …") nor for a plural ("Merkel, Ministern und …"),
    nor a bare title with neither modifier nor complement ("Es kamen X,
    Geschäftsführer und Anwälte": a list)."""
    doc = view.doc
    end = tok.sent.end
    i = modifier_start(doc, tok) - 1
    if (
        i >= 2
        and doc[i].lower_ == "und"
        and doc[i - 1].text[:1].isupper()
        and view.key(i - 1) is None
        and doc[i - 2].text == ","
    ):
        i -= 2
    if i < 1 or doc[i].text != "," or view.person(i - 1) is None:
        return None
    if _genitive(view, i - 1) or tok.lower_.endswith(_PLURAL_ENDS):
        return None
    m = match_title(tok.text)
    if m is None or (m[1].adjectival and tok.lower_.endswith("en")):
        return None  # "Abgeordneten": plural or an oblique case
    if m[1].base.lower().endswith(PROFESSION_TITLES):
        return None  # "X, Professorin für Virologie": a job, not a post
    nxt = tok.i + 1
    if nxt < end and not (doc[nxt].is_punct or doc[nxt].is_lower):
        return None  # "Merkel, Außenminister Steinmeier": the title is the next one's
    if nxt < end and doc[nxt].lower_ in ("und", "sowie", "oder"):
        nxt += 2  # "Geschäftsführer und Gründer der …", not "und Anwälte"
        if nxt >= end or match_title(doc[nxt - 1].text) is None:
            return None
    # a complement or a modifier: a bare "X, Geschäftsführer, Y" is a list
    described = modifier_start(doc, tok) < tok.i or (
        nxt < end and doc[nxt].is_lower and doc[nxt].is_alpha
    )
    return i - 1 if described else None


def org_after_preposition(view: DocView, tok: Token) -> str | None:
    """The organisation right after "bei", "beim", "für" or "im" after the
    title at ``tok``: "Marketingchefin für Acer", "Managerin bei Nordwind",
    "Sprecher im Innenministerium" (an organisation only: "Sprecher für
    Russland" names a beat, not an employer)."""
    j = tok.i + 1
    if j + 1 >= tok.sent.end or view.lowers[j] not in ("bei", "beim", "für", "im"):
        return None
    k = view.key(j + 1)
    if k is None or kind_of(k) is not Kind.ORG:
        return None
    if "-" in view.texts[j + 1] and view.texts[j + 1].rsplit("-", 1)[1].lower() in (
        _PORTFOLIO_HEADS
    ):
        return None  # "Staatssekretär für EU-Fragen": the portfolio, not the employer
    return k


#: heads of a compound after "für" that make it a post's portfolio: "für
#: EU-Fragen", "für Nato-Angelegenheiten", "für Russland-Politik"
_PORTFOLIO_HEADS = frozenset({"fragen", "angelegenheiten", "politik", "beziehungen"})


#: kinds of titles (``roles.tsv``) of one employer: joined, they share the
#: organisation named after the last ("Geschäftsführer und Gründer der Agentur
#: X", "Herausgeber und Chefredakteur der Zeitung Y"); not a state's post joined
#: to a party's ("Kanzler und Chef der Partei")
_EMPLOYER_KINDS = frozenset(("company", "media", "organisation", "sport"))


def shares_org_of(tok: Token, last: Token | None) -> Token | None:
    """``last``, the last title joined to the title at ``tok``, if both are
    posts of an employer (:data:`_EMPLOYER_KINDS`): the organisation after it
    is also the first one's."""
    if last is None:
        return None
    kinds = [m[1].kind for t in (tok, last) if (m := match_title(t.text)) is not None]
    return last if len(kinds) == 2 and set(kinds) <= _EMPLOYER_KINDS else None


#: words between a subject and "als" that make a comparison, not a post ("mehr
#: als", "eher als")
_COMPARATIVES = frozenset(
    "mehr eher anders besser weniger lieber früher später länger schneller".split()
)


def subject_as(view: DocView, sent: Span, tok: Token) -> int | None:
    """The token of the person a title after "als" is said of: the subject
    opening the clause, at most three words before "als" ("Alois Stöger will
    als Sozialminister Furore machen", "X arbeitete als Trainer in Graz")."""
    doc = view.doc
    i = modifier_start(doc, tok) - 1
    if i <= sent.start or doc[i].lower_ != "als":
        return None
    j = i - 1
    while j > sent.start and i - j <= 3 and view.person(j) is None:
        if not doc[j].is_lower or not doc[j].is_alpha or doc[j].lower_ in _COMPARATIVES:
            return None
        j -= 1
    k = view.person(j)
    if k is None:
        return None
    start = j
    while start > sent.start and view.key(start - 1) == k:
        start -= 1
    opens = start == sent.start or doc[start - 1].text in (",", ":", "–")
    # "die Firma mit Roland Gratzer als Geschäftsführer": the person right before
    with_as = j == i - 1 and doc[start - 1].lower_ == "mit"
    return j if opens or with_as else None


#: kinds of organisation their name follows ("der Agentur Third Man", "der
#: Partei Neos"); an association's chair is named after it ("des Verbands X")
_NAMED_KINDS = (*MEDIA_NOUNS, *COMPANY_NOUNS, "agentur", "kanzlei", "partei", "band")


def _genitive(view: DocView, i: int) -> bool:
    """The person at ``i`` is named in the genitive ("Hunts Kommentare"): by
    the last word of the name ("Klaus Euler" is none for its "Klaus")."""
    k = view.person(i)
    if k is None:
        return False
    while i + 1 < len(view.doc) and view.person(i + 1) == k:
        i += 1
    word = view.doc[i].text
    return word.endswith("s") and not name_of(k).endswith(word)


def _apposed(view: DocView, tok: Token) -> bool:
    """The title at ``tok`` stands in apposition to a person named before it
    ("Dorothy Bishop, Professorin für …"): the post is that person's."""
    i = modifier_start(view.doc, tok) - 1
    return i >= 1 and view.doc[i].text == "," and view.person(i - 1) is not None


#: endings of bare justice posts and of the names of the bodies they serve:
#: a judge's court, a prosecutor's office
_JUSTICE_BODIES = (
    (("richter", "richterin"), ("gericht", "gerichtshof", "gerichts")),
    (("staatsanwalt", "staatsanwältin"), ("staatsanwaltschaft",)),
)


#: judges of a game, no court's
_SPORT_JUDGES = ("schieds", "linien", "kampf", "video")


def with_justice_orgs(view: DocView, roles: list[Role]) -> list[Role]:
    """``roles`` with a bare judge's or prosecutor's post ("Richterin X",
    "Oberstaatsanwalt Y") given the one court or prosecutor's office the
    article names ("vom Landesgericht Innsbruck verurteilt", "Die
    Staatsanwaltschaft Wien ermittelt"); none where it names several."""
    out = list(roles)
    for posts, bodies in _JUSTICE_BODIES:
        found = {
            e.key
            for e in view.entities.values()
            if e.kind == Kind.ORG
            and any(w.lower().endswith(bodies) for w in e.name.split())
        }
        if len(found) != 1:
            continue
        org = next(iter(found))
        for i, r in enumerate(out):
            low = r.role.lower()
            if (
                r.organisation is None
                and low.endswith(posts)
                and not low.startswith(_SPORT_JUDGES)
            ):
                out[i] = replace(r, organisation=org)
    return out


def with_deputies_named(view: DocView, roles: list[Role]) -> list[Role]:
    """``roles`` with a bare "Vize" after another post in its sentence, joined
    by "und" or a comma ("Kanzler X (SPÖ) und Vize Y (ÖVP)"), the deputy of
    that post: "Vizekanzler", of the same country or organisation."""
    doc, offset = view.doc, view.offset
    out = list(roles)
    for i, r in enumerate(out):
        if r.role != "Vize" or r.organisation is not None:
            continue
        head = [
            p
            for p in out[:i]
            if p.sentence == r.sentence
            and p.role != "Mitglied"
            and p.end <= r.start
            and p.person != r.person
        ]
        if not head:
            continue
        p = head[-1]
        between = doc.char_span(
            p.end - offset, r.start - offset, alignment_mode="expand"
        )
        if between is None or not any(t.lower_ in ("und", ",") for t in between):
            continue
        post = p.role.split()[-1]
        if post.lower().startswith("vize"):
            continue
        out[i] = replace(r, role="Vize" + post.lower(), organisation=p.organisation)
    return out


def with_firm_of_the_board(view: DocView, roles: list[Role]) -> list[Role]:
    """``roles`` with a bare post of a firm ("Finanzvorstand X",
    "Aufsichtsratschefin Y") given the one firm whose posts the article names
    with it ("Der Vorstandsvorsitzende der X-Gruppe, Z, …"): the board of that
    firm; none where posts of two firms are named, or where the article names
    another company ("Siemens und Bosch streiten")."""
    firms = {
        r.organisation
        for r in roles
        if r.organisation is not None
        and kind_of(r.organisation) is Kind.ORG
        and _firm_title(r.role)
    }
    if len(firms) != 1:
        return roles
    [firm] = firms
    if any(
        e.kind == Kind.ORG and e.org_kind == "company" and e.key != firm
        for e in view.entities.values()
    ):
        return roles
    return [
        replace(r, organisation=firm)
        if r.organisation is None and post_kind(r.role) == "company"
        else r
        for r in roles
    ]


def _firm_title(role: str) -> bool:
    m = match_title(role.split()[-1])
    return m is not None and m[1].kind == "company"
