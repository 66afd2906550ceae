"""Rule 1d of ``kg_orgs``: an association named by its head noun and its
members in the genitive plural.

German names an association by what it gathers: "der Verband Kommunaler
Unternehmen", "der Zentralrat Deutscher Sinti und Roma", "die Vereinigung
Unabhängiger Ärzte" (a capitalised adjective in "-er" and a noun), or with
the article: "die Partei der Unabhängigen Griechen" (a capitalised adjective
in "-en"; mid-sentence German writes an adjective capitalised only inside a
name). The model often takes the members alone ("Deutscher Ingenieure") or
runs a noun before the head into the name ("Bündnispartners| Partei der
Unabhängigen Griechen"); the head noun is an organisation's
(:func:`kg.lang.de.orgs.org_head`, :func:`kg.lang.de.orgs.is_org_noun`, or
:data:`kg.lang.de.orgs.GENITIVE_HEADS`). Not when the members are an
organisation of their own ("die Gruppe der Deutschen Bank").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lang.de.orgs import (
    COUNTRY_BANK_HEADS,
    GENITIVE_HEADS,
    MEMBERS_HEADS,
    NAME_HEADS,
    is_org_noun,
    org_head,
)
from kg.lang.de.titles import is_title
from kg.nlp import gazetteer
from kg.nlp.components.org_names import (
    _adjective_form,
    _capital_word,
    _city_adjective,
    _common_compound,
    _common_noun,
    _is_name_adjective,
    _Proposal,
)

__all__ = ["country_banks", "genitive_names", "members_adjective", "members_names"]


def members_adjective(tok: Token) -> bool:
    """``tok`` is a capitalised adjective in the genitive plural of the
    members of an association's name ("Kommunaler", "Deutscher"), not a
    city's ("Wiener")."""
    return (
        tok.text.endswith("er")
        and _is_name_adjective(tok)
        and not _city_adjective(tok.text)
    )


def _head(tok: Token) -> bool:
    """``tok`` is a singular head noun of an association ("Verband",
    "Verbands", "Zentralrat", "Partei"), not a plural ("Parteien")."""
    word = tok.text
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    low = word.lower().rsplit("-", 1)[-1]
    head = org_head(word, NAME_HEADS)
    if head is None and is_org_noun(word):
        head = next(
            (h for h in (low, low[:-1], low[:-2]) if is_org_noun(h.title())), None
        )
    if head is None:
        head = next((h for h in GENITIVE_HEADS if low.endswith(h)), None)
        if head is None:
            head = next((h for h in GENITIVE_HEADS if low[:-1].endswith(h)), None)
    if head is None:
        return False
    return low.endswith((head, head + "s", head + "es"))


def _members_end(doc: Doc, toks: list[Token], i: int) -> int:
    """The end of the members' noun at token ``i`` and one more joined by
    "und" ("Sinti und Roma"), else ``i``."""
    n = len(toks)
    if i >= n or not _capital_word(toks[i]) or _is_name_adjective(toks[i]):
        return i
    end = i + 1
    if (
        end + 1 < n
        and toks[end].lower_ == "und"
        and _capital_word(toks[end + 1])
        and not (end + 2 < n and _capital_word(toks[end + 2]))
    ):
        end += 2
    return end


def genitive_names(
    doc: Doc, toks: list[Token], ents: list[Span], tagged: dict[tuple[int, int], str]
) -> list[_Proposal]:
    """Rule 1d: a head noun of an association, "der" or none, a capitalised
    adjective and the members' noun."""
    n = len(toks)
    starts = {e.start: e for e in ents}
    out: list[_Proposal] = []
    for tok in toks[:-2]:
        if not _head(tok):
            continue
        i = tok.i + 1
        article = toks[i].lower_ == "der"
        if article:
            i += 1
        if i + 1 >= n:
            continue
        if not article and _members_in_lower_case(doc, toks, tok, i):
            # "Verband forschender Arzneimittelhersteller| e.V.": the model's
            # run of the noun into the legal form gives way
            out.append(_Proposal(tok.i, i + 2, absorb=i + 1))
            continue
        if not _is_name_adjective(toks[i]):
            continue
        if article and not toks[i].text.endswith("en"):
            continue
        if not article and not members_adjective(toks[i]):
            continue
        own = starts.get(i)
        if own is not None and (own.label_ == "ORG" or (own.start, own.end) in tagged):
            if article or (own.start, own.end) in tagged:
                continue  # "die Gruppe der Deutschen Bank"
        end = _members_end(doc, toks, i + 1)
        if end == i + 1:
            continue
        # a common noun before the head that the model ran into the name
        # gives way: "des Bündnispartners| Partei der Unabhängigen Griechen"
        before = toks[tok.i - 1] if tok.i > 0 else None
        absorb = -1
        if before is not None and (
            before.is_stop
            or _common_noun(doc.vocab, before.text)
            or _common_compound(doc.vocab, before.text)
        ):
            absorb = before.i
        out.append(_Proposal(tok.i, end, over_person=True, absorb=absorb))
    return out


#: what stands right before a name that opens with its head noun: a definite
#: article or a preposition run into one
_DEFINITE = frozenset("der die das dem den des beim vom zum zur im".split())
#: endings of a members' plural noun ("Privatangestellten", "Eisenbahner")
#: or of a collective one ("Industrie", "Polizei")
_MEMBER_ENDINGS = ("en", "er", "ie", "ei")


def _definite_before(toks: list[Token], i: int) -> bool:
    """Token ``i`` opens its sentence or follows a definite article."""
    return toks[i].is_sent_start or (i > 0 and toks[i - 1].lower_ in _DEFINITE)


def members_names(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """An association's head noun (:data:`MEMBERS_HEADS`) after a definite
    article, "der" and its members' plural noun alone: "die Gewerkschaft der
    Privatangestellten", "des Verbands der Unternehmer"; not one of a kind
    ("einer Gewerkschaft der Lehrer"), nor a person, place or organisation
    after "der" ("der Verband der Grünen"), nor a title ("die Vereinigung der
    Bürgermeister"), nor a noun that a capitalised word continues."""
    n = len(toks)
    in_ent = {t for e in ents for t in range(e.start, e.end) if e.label_ != "MISC"}
    out: list[_Proposal] = []
    for tok in toks[: n - 2]:
        low = tok.lower_
        if not tok.text[:1].isupper() or not any(
            low in (h, h + "s", h + "es") for h in MEMBERS_HEADS
        ):
            continue
        if not _definite_before(toks, tok.i) or toks[tok.i + 1].lower_ != "der":
            continue
        noun = toks[tok.i + 2]
        if not _capital_word(noun) or noun.i in in_ent or is_title(noun.text):
            continue
        if not noun.lower_.endswith(_MEMBER_ENDINGS) or "-" in noun.text:
            continue
        if noun.i + 1 < n and _capital_word(toks[noun.i + 1]):
            continue
        out.append(_Proposal(tok.i, noun.i + 1))
    return out


def country_banks(doc: Doc, toks: list[Token], ents: list[Span]) -> list[_Proposal]:
    """A country's central bank named "Bank von" and the country after a
    definite article: "die Bank von England", "der Bank von Japan"; not "die
    größte Bank von Italien" (an adjective between), nor a city ("die Bank von
    Mailand"); a country's part is one ("die Bank von England")."""
    n = len(toks)
    starts = {e.start: e for e in ents}
    out: list[_Proposal] = []
    for tok in toks[: n - 2]:
        if tok.lower_ not in COUNTRY_BANK_HEADS or not tok.text[:1].isupper():
            continue
        if not _definite_before(toks, tok.i) or toks[tok.i + 1].lower_ != "von":
            continue
        at = tok.i + 2
        e = starts.get(at)
        end = e.end if e is not None and e.label_ == "LOC" else at + 1
        entry = gazetteer.lookup(doc[at:end].text, label="LOC")
        if entry is None or entry.kind not in ("country", "region"):
            continue
        out.append(_Proposal(tok.i, end))
    return out


def _members_in_lower_case(doc: Doc, toks: list[Token], head: Token, i: int) -> bool:
    """An association's head noun (:data:`MEMBERS_HEADS`,
    :data:`GENITIVE_HEADS`), its members' present participle in "-ender"
    written in lower case and their noun at token ``i`` ("der Verband
    forschender Arzneimittelhersteller", "der Bund freischaffender
    Architekten"), no capitalised word after it; not one of a kind ("ein
    Verband forschender Firmen"), nor another adjective ("der Verband
    kommunaler Betriebe": a name writes it capitalised)."""
    low = head.lower_
    if not any(low in (h, h + "s", h + "es") for h in MEMBERS_HEADS + GENITIVE_HEADS):
        return False
    if head.i > 0 and toks[head.i - 1].lower_ in ("ein", "eines", "einem", "einen"):
        return False
    adj, noun = toks[i], toks[i + 1]
    word = adj.text
    if not word.isalpha() or not word.islower() or not word.endswith("ender"):
        return False  # a present participle: "forschender", "alleinerziehender"
    if _adjective_form(word.capitalize()) is None:
        return False
    if not _capital_word(noun):
        return False
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is None or not _capital_word(nxt)
