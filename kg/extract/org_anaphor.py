"""The organisation a definite noun refers to (issue 17): "die Organisation",
"das Ministerium", "der Konzern" -> the one named or quoted before
(:func:`org_anaphor`). Split from :mod:`kg.extract.speakers`, which re-exports
it."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.extract.coref import LastSpeaker
from kg.extract.kind_anaphors import kind_anaphor
from kg.extract.media import is_media
from kg.extract.org_introduced import introduced_org
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES
from kg.lang.de.org_kinds import is_company_head
from kg.lang.de.orgs import is_legal_form
from kg.lang.de.speech import ORG_ANAPHORS
from kg.lang.de.speech_sources import FIRM_LEADERSHIP_NOUNS, ORG_ANAPHOR_ENDINGS
from kg.nlp import gazetteer

__all__ = ["genitive_org_anaphor", "org_anaphor", "org_of_word"]

_DEFINITE = ARTICLES | {"des"}


def org_anaphor(
    view: DocView,
    region: list[int],
    last: LastSpeaker = None,
    exclude: Collection[str] = (),
) -> str | None:
    """The organisation "die Organisation", "die Menschenrechtler" in ``region``
    refer to: the last speaker if an organisation quoted in the three sentences
    before, else the last one named in the sentence or the three before; never
    one of ``exclude`` (the other side of "zwischen X und dem Konzern")."""
    doc = view.doc
    for i in region:
        if i > 0 and not view.key(i) and _after_article(doc, i):
            tail = _named_tail(view, i)
            if tail is not None and tail not in exclude:
                return tail  # "das Ministerium" after "das Wirtschaftsministerium"
            known = introduced_org(view, i)
            if known is not None and known not in exclude:
                return known  # "der Pensionsfonds" after "der Pensionsfonds IFM"
            kind = kind_anaphor(view, i)
            if kind is not None and kind not in exclude:
                return kind  # "die Gewerkschaft" after "Verdi", a union
        if (
            i > 0
            and (doc[i].lower_ in _ANAPHOR_WORDS or _firm_compound(doc[i].lower_))
            and _after_article(doc, i)
            and not view.key(i)
        ):
            firm = doc[i].lower_ in _FIRM_WORDS or _firm_compound(doc[i].lower_)
            found = _named_before(view, i, last, firm=firm, exclude=exclude)
            if found is not None and not (
                doc[i].lower_ in _PUBLIC_WORDS and _is_firm(view, found)
            ):
                return found
    return None


def genitive_org_anaphor(view: DocView, i: int) -> str | None:
    """The organisation a genitive word like "des Konzerns" at token ``i``
    refers back to ("Ein Sprecher des Konzerns bestätigte dies" after "im
    VW-Werk" -> VW), as :func:`org_anaphor` reads "der Konzern"."""
    doc = view.doc
    low = doc[i].lower_
    base = next(
        (b for b in (low[:-2], low[:-1]) if low.endswith("s") and b in _ANAPHOR_WORDS),
        None,
    )
    if base is None or view.key(i) or i == 0 or doc[i - 1].lower_ != "des":
        return None
    firm = base in _FIRM_WORDS
    found = _named_before(view, i, None, firm=firm)
    if found is not None and base in _PUBLIC_WORDS and _is_firm(view, found):
        return None
    return found


def _named_before(
    view: DocView,
    i: int,
    last: LastSpeaker,
    *,
    firm: bool = False,
    exclude: Collection[str] = (),
) -> str | None:
    """The organisation a word like "Konzern" at token ``i`` refers back to: the
    last speaker if an organisation quoted in the three sentences before, else
    the one named most in the sentence or the three before. With ``firm`` (a
    word for a company: "das Unternehmen", "die Firma") a company among them
    comes first: "Der Verband X meldete die Pleite der Firma Y GmbH. Als Ursache
    gab das Unternehmen an, …" -> Y."""
    here = view.sentence_of(view.doc[i])
    lo = view.sents[max(0, here - 3)].start
    named: list[str] = []
    for j in range(i - 1, lo - 1, -1):
        k = view.key(j)
        if k and kind_of(k) is Kind.ORG and not is_media(k) and k not in exclude:
            named.append(k)
    firms = [k for k in named if _is_firm(view, k)] if firm else []
    if firm and not firms:
        # the article's one firm named further back ("Die X GmbH hat Insolvenz
        # beantragt. … Das berichteten die Verbände A und B. … Als Ursache gab
        # das Unternehmen an")
        earlier = {
            k
            for j in range(lo - 1, -1, -1)
            if (k := view.key(j))
            and kind_of(k) is Kind.ORG
            and not is_media(k)
            and k not in exclude
        }
        far = [k for k in earlier if _is_firm(view, k)]
        firms = far if len(far) == 1 else []
    if (
        last is not None
        and last[0] is not None
        and kind_of(last[0]) is Kind.ORG
        # not an outlet: "teilte der Konzern mit" after "berichtete der Kurier"
        and not is_media(last[0])
        and here - last[2] <= 3
        and last[0] not in exclude
        and (not firms or last[0] in firms)
    ):
        return last[0]
    named = firms or named
    if named:
        # the one the article names most ("der Konzern": the VIG, not
        # the "EGT" of its figures), the nearest of equals
        counts = _mentions(view)
        return max(named, key=lambda k: counts.get(k, 0))
    return None


def org_of_word(
    view: DocView, i: int, word: str, last: LastSpeaker = None
) -> str | None:
    """The organisation named before that ``word``, the first part of the
    compound at token ``i``, stands for: "nach Unternehmensangaben" -> the firm
    the article is about, "laut Ministeriumsangaben" -> the ministry named
    before (a name ending in the word, else a word of
    :data:`~kg.lang.de.speech.ORG_ANAPHORS` for the organisation named last);
    ``None`` when the article names none."""
    low = word.lower().rstrip("-")
    forms = [low] + ([low[:-1]] if low.endswith("s") and len(low) > 5 else [])
    for j in range(i - 1, -1, -1):
        k = view.key(j)
        if not k or kind_of(k) is not Kind.ORG or is_media(k):
            continue
        name = view.entities[k].name.lower() if k in view.entities else ""
        words = name.split(" (")[0].split()
        if words and any(words[-1].endswith(f) and len(f) >= 5 for f in forms):
            return k  # "Ministeriums-" -> the Wirtschaftsministerium
    if any(f in ORG_ANAPHORS or _firm_compound(f) for f in forms):
        return _named_before(view, i, last)  # "Unternehmens-", "Konzern-"
    return None


#: words for a company that refer back to one ("das Unternehmen", "die Firma")
# the management of a firm is the firm ("mit der Konzernführung")
_FIRM_WORDS = (
    frozenset({"unternehmen", "firma", "konzern", "hersteller"}) | FIRM_LEADERSHIP_NOUNS
)
_ANAPHOR_WORDS = ORG_ANAPHORS | _FIRM_WORDS
#: words for a public body that refer back to no company ("Die Xorbix GmbH hat
#: Anzeige erstattet. …, teilte die Behörde mit": not the firm's report)
_PUBLIC_WORDS = frozenset({"behörde"})


def _is_firm(view: DocView, key: str) -> bool:
    """The organisation ``key`` is a company: the gazetteer says so, its name
    ends in a legal form ("Holzbau Maier GmbH") or the article calls it by a
    company noun right before its name ("der Autobauer X", "die Firma X")."""
    e = view.entities.get(key)
    if e is None:
        return False
    if e.org_kind == "company" or is_legal_form(e.name.split()[-1]):
        return True
    doc = view.doc
    return any(
        view.key(j) == key
        and j > 0
        and view.key(j - 1) != key
        and is_company_head(doc[j - 1].text)
        for j in range(len(doc))
    )


def _firm_compound(word: str) -> bool:
    """``word`` is a compound naming a firm by its kind ("autokonzern",
    "online-riese", "süßwarengigant"; :data:`ORG_ANAPHOR_ENDINGS`)."""
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in ORG_ANAPHOR_ENDINGS)


def _mentions(view: DocView) -> dict[str, int]:
    """How many tokens of the article name each entity."""
    out: dict[str, int] = {}
    for k in view.keys.values():
        if k is not None:
            out[k] = out.get(k, 0) + 1
    return out


def _after_article(doc: Doc, i: int) -> bool:
    """A definite article stands before token ``i``, with at most two
    adjectives between ("der börsennotierte Konzern", "Die Kommission")."""
    j = i - 1
    while j >= 0 and i - j <= 3:
        if doc[j].lower_ in _DEFINITE:
            return True  # also "Die Kommission räumte ein" opening the sentence
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
        j -= 1
    return False


def _named_tail(view: DocView, i: int) -> str | None:
    """The organisation named before token ``i`` whose name ends in the noun at
    ``i`` ("das Ministerium" -> the Wirtschaftsministerium, "die Kommission" ->
    the Europäische Kommission), also in the genitive ("des Ministeriums")."""
    doc = view.doc
    word = doc[i].lower_
    if len(word) < 4 or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return None
    # the genitive after "des" too: "des Ministeriums" -> "ministerium"
    forms = [word]
    if i > 0 and doc[i - 1].lower_ == "des" and word.endswith("s") and len(word) > 5:
        forms += [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    for j in range(i - 1, -1, -1):
        k = view.key(j)
        if not k or kind_of(k) is not Kind.ORG or is_media(k):
            continue
        e = view.entities.get(k)
        # its name, its aliases and the mention as written: "die Bank" -> the
        # Erste Group, also called "Erste Bank"; "die Bank" after "die
        # Nordstahl-Bank"; the gazetteer's names: "die Volkspartei" -> the ÖVP
        names = (e.name, *e.aliases, *_gazetteer_names(e.name)) if e is not None else ()
        if any(_ends_in(n, forms) for n in (*names, _mention_text(view, j))):
            return k
    return None


def _gazetteer_names(name: str) -> tuple[str, ...]:
    """The other names the gazetteer knows for the organisation ``name``, also
    those the article does not use: "so die Volkspartei" after "die ÖVP" (the
    Österreichische Volkspartei)."""
    entry = gazetteer.lookup(name, label="ORG")
    if entry is None or entry.name != name:
        return ()
    return entry.aliases


def _mention_text(view: DocView, j: int) -> str:
    """The text of the mention whose last token is ``j``."""
    k = view.key(j)
    start = j
    while start - 1 >= 0 and view.key(start - 1) == k:
        start -= 1
    return " ".join(view.texts[start : j + 1])


def _ends_in(name: str, forms: list[str]) -> bool:
    """The organisation's ``name`` ends in one of the noun ``forms``: its last
    word is a compound of it ("Wirtschaftsministerium") or the last of two or
    more words ("Europäische Kommission", "Erste Bank")."""
    words = name.lower().split(" (")[0].split()  # "Innenministerium (Österreich)"
    if not words:
        return False
    last = words[-1]
    return any(
        (last.endswith(w) and last != w) or (len(words) > 1 and last == w)
        for w in forms
    )
