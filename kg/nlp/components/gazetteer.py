"""``kg_gazetteer``: tag the gazetteer's names and combine them with the model's.

The component matches every *matchable* form of :mod:`kg.nlp.gazetteer` (names,
aliases and their generated case forms: "Russlands", "NATO-Russland-Rates",
"der Europäischen Union") as whole tokens, longest match first, case-sensitive.
spaCy's German tokenizer keeps hyphenated compounds as one token, so
"US-Außenminister" or "Ukraine-Konflikt" are never tagged as USA or Ukraine
(``kg.nlp.gazetteer.country_of`` reads such compounds).

How a gazetteer match G combines with an entity M of the statistical model
(``doc.ents`` as the model left them):

1. same span: G's label wins (the model says OSZE = LOC, the gazetteer ORG;
   "Washingtons" = PER becomes LOC);
2. M is longer and contains G: M wins if it is a PER ("Paris Hilton"), an ORG
   ("Universität Wien", "Bayern München") or a LOC ("Crans Montana", "Golf
   von Mexiko"): the model saw a longer name; a MISC M gives way to G;
3. G is longer and contains M: G wins ("Organisation für Sicherheit und
   Zusammenarbeit in Europa" over a model LOC "Europa"; an organisation also
   over a person inside its name: "Universität Princeton", "Johns Hopkins
   University");
4. G and M cross: G wins unless M is a PER;
5. M overlapping no G is kept: the model keeps what the gazetteer doesn't know.

Lookup-only forms ("Essen", "Linke", "AP") are never tagged; the model's
entities on them keep their label and still resolve through the extension.

Extensions
----------
``Span._.kg_entry``
    The :class:`kg.nlp.gazetteer.Entry` of an entity, or ``None``: the entry the
    component matched for that span, else ``kg.nlp.gazetteer.lookup(span.text,
    label=span.label_)`` (so a model PER on a lookup-only place name such as
    "Jackson" gets no entry).
``Doc._.kg_entries``
    ``{(start, end): Entry}`` for the spans the component tagged itself.
``Doc._.kg_context``
    A :class:`kg.nlp.gazetteer.Context`: the countries and the unambiguous
    cities the article names (its entities, country adjectives and
    inhabitant nouns), for :func:`span_entry`.

:func:`span_entry` resolves a span with that context and the word before it
(:func:`kg.nlp.gazetteer.disambiguate`): "Bethlehem" in an article on Hebron is the
town in Palestine, "Provinz Aleppo" the province, not the city.

Example
-------
>>> import spacy, kg.nlp.components.gazetteer  # doctest: +SKIP
>>> nlp = spacy.blank("de"); nlp.add_pipe("kg_gazetteer")  # doctest: +SKIP
>>> doc = nlp("Die OSZE tagt in Wien.")  # doctest: +SKIP
>>> [(e.text, e.label_, e._.kg_entry.name) for e in doc.ents]  # doctest: +SKIP
[('OSZE', 'ORG', 'OSZE'), ('Wien', 'LOC', 'Wien')]
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lang.de.orgs import INDEFINITES
from kg.nlp import gazetteer
from kg.nlp.gazetteer import Entry, Gazetteer

__all__ = ["GazetteerMatcher", "make_gazetteer", "span_entry"]

_BEATS_CONTAINED = frozenset({"PER", "ORG", "LOC"})
#: articles before a body that make it the one body of its place ("die
#: Regierung in Ankara", not "eine Regierung in Kiew")
_DEFINITES = frozenset("der die das des dem den".split())
#: words for a state between the genitive article and its name ("die
#: Regierung des Königreichs Bahrain", "das Parlament der Republik Moldau")
_STATE_WORDS = frozenset(
    "königreichs republik emirats sultanats fürstentums großherzogtums staates".split()
)


def _span_entry(span: Span) -> Entry | None:
    tagged = span.doc._.kg_entries
    if tagged:
        entry = tagged.get((span.start, span.end))
        if entry is not None:
            return entry
    return gazetteer.lookup(span.text, label=span.label_ or None)


def span_entry(span: Span, *, label: str | None = None) -> Entry | None:
    """The gazetteer entry of ``span`` in the light of its article.

    Parameters
    ----------
    span
        An entity span of a Doc that went through ``kg_gazetteer`` (else no
        article context is used).
    label
        The model's label of the span; defaults to ``span.label_``.

    Returns
    -------
    Entry or None
        :func:`kg.nlp.gazetteer.disambiguate` of the span's text with
        ``doc._.kg_context`` and the preceding word.
    """
    doc = span.doc
    bodies = doc._.kg_bodies if doc.has_extension("kg_bodies") else None
    if bodies:
        body = bodies.get((span.start, span.end))
        if body is not None:
            return body
    prev = doc[span.start - 1].text if span.start > 0 else None
    return gazetteer.disambiguate(
        span.text,
        doc._.kg_context or (),
        label=(label if label is not None else span.label_) or None,
        preceding=prev,
    )


if not Doc.has_extension("kg_entries"):
    Doc.set_extension("kg_entries", default=None)
if not Doc.has_extension("kg_bodies"):
    Doc.set_extension("kg_bodies", default=None)
if not Doc.has_extension("kg_context"):
    Doc.set_extension("kg_context", default=None)
if not Span.has_extension("kg_entry"):
    Span.set_extension("kg_entry", getter=_span_entry)


class GazetteerMatcher:
    """Tags gazetteer names in ``doc.ents`` next to the model's entities."""

    def __init__(
        self, nlp: Language, name: str = "kg_gazetteer", *, data_dir: str = ""
    ) -> None:
        self.name = name
        self.data_dir = data_dir
        gaz = Gazetteer(data_dir) if data_dir else gazetteer.load()
        self.gaz = gaz
        self.single: dict[str, Entry] = {}
        multi: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        forms = gaz.matchable_forms()
        # Names tokenise as the text will: "Bündnis 90/Die Grünen" is five
        # tokens, "NATO-Russland-Rat" one.
        plain = [f for f in forms if f.isalnum()]
        for f in plain:
            self.single[f] = forms[f]
        other = [f for f in forms if not f.isalnum()]
        tokenizer = nlp.tokenizer
        if hasattr(tokenizer, "pipe"):
            docs = list(tokenizer.pipe(other, batch_size=1000))
        else:  # a plain callable tokenizer
            docs = [tokenizer(f) for f in other]
        for form, doc in zip(other, docs, strict=True):
            words = tuple(t.text for t in doc)
            if len(words) == 1:
                self.single[words[0]] = forms[form]
            elif words:
                multi.setdefault(words[0], []).append((words, forms[form]))
        for cands in multi.values():
            cands.sort(key=lambda c: -len(c[0]))
        self.multi = multi

    def match(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        """Longest, leftmost non-overlapping matches as (start, end, entry)."""
        words = [t.text for t in doc]
        n = len(words)
        single, multi = self.single, self.multi
        out: list[tuple[int, int, Entry]] = []
        i = 0
        while i < n:
            w = words[i]
            found = None
            cands = multi.get(w)
            if cands is not None:
                for toks, entry in cands:
                    end = i + len(toks)
                    if end <= n and tuple(words[i:end]) == toks:
                        found = (i, end, entry)
                        break
            if found is None:
                one = single.get(w)
                if one is not None:
                    found = (i, i + 1, one)
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found[1]
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc = self._tag(doc)
        doc = _party_names(doc)
        doc = self._tag_bodies(doc)
        names, words = _context_words(doc)
        context = gazetteer.context_of(names, words)
        if not context.counts:
            # no country outside a name: the lower-case words inside the names,
            # their country adjectives ("die französische Regierung")
            context = gazetteer.context_of(names, _entity_words(doc))
        doc._.kg_context = context
        self._own_acronyms(doc)
        return doc

    def _own_acronyms(self, doc: Doc) -> None:
        """Acronyms the article names as an organisation of their own after a
        noun of another kind than the gazetteer's entry ("der Geheimdienst
        MIT"): every mention of them in the article names that one
        (``Context.own``), and the component's own match gives way."""
        own: dict[str, str] = {}
        for t in doc[1:]:
            if t.text in own:
                continue
            entry = self.gaz.own_acronym(t.text, doc[t.i - 1].text)
            if entry is not None:
                own[t.text] = entry.kind
        if not own:
            return
        doc._.kg_context = replace(doc._.kg_context, own=tuple(sorted(own.items())))
        tagged = doc._.kg_entries or {}
        doc._.kg_entries = {
            k: v for k, v in tagged.items() if doc[k[0] : k[1]].text not in own
        }

    def _tag_bodies(self, doc: Doc) -> Doc:
        """National bodies named with their country: "die syrische Regierung",
        "die Moskauer Regierung", "die US-Armee", "das Prager
        Außenministerium" are organisations of their own ("Regierung
        (Syrien)"), where "die Regierung" alone is no name. An institution
        every country has ("Außenministerium") is tagged alone too and
        resolved by the article's country, or by the capital or country
        after it ("das Außenministerium in Moskau": Russia's; so is "die
        Regierung in Ankara" after the definite article, where "eine
        Regierung in Kiew" stays untagged). The place stays a place of its
        own: "Kiew" is the place `kg ner` shows."""
        gaz = self.gaz
        found: dict[tuple[int, int], Entry] = {}
        for t in doc:
            word, country, start, end = t.text, None, t.i, t.i + 1
            if "-" in word[1:-1]:
                prefix, _, rest = word.partition("-")
                if self._is_body(rest):
                    country, word = gaz.country_of(prefix), rest
            elif t.i > 0 and self._is_body(word):
                before = doc[t.i - 1].text
                country = gaz.country_before(before)
                # the adjective is part of the name; a country in the genitive
                # ("Syriens Regierung") is a mention of the country
                if country is not None and (
                    before[:1].islower() or not gaz.countries_of(before)
                ):
                    start = t.i - 1
                    if start > 0 and doc[start - 1].lower_ in INDEFINITES:
                        continue  # "in einer türkischen Regierung": any one
                if country is None and (
                    gaz.is_national_org(word)
                    or (
                        gaz.is_national_body(word) and doc[t.i - 1].lower_ in _DEFINITES
                    )
                ):
                    # "das Außenministerium in Moskau", "die Regierung in
                    # Ankara", "die Regierung von Kanada": a country or its
                    # capital after "in" (a country after "von") names the
                    # body's country; the place stays a place of its own
                    country, _ = self._capital_after(doc, t.i + 1)
            if country is None:
                continue
            body = gaz.national_org(word, country)
            if body is not None:
                found[(start, end)] = body
        ents = list(doc.ents)

        def crosses(k: tuple[int, int], e: Span) -> bool:
            return k[0] < e.end and e.start < k[1]

        # a person the model found wins, and so does an organisation the
        # gazetteer tagged around the body ("der Freien [Syrischen Armee]");
        # any other entity gives way to the body
        names = [k for k, v in (doc._.kg_entries or {}).items() if v.label == "ORG"]
        found = {
            k: v
            for k, v in found.items()
            if not any(e.label_ == "PER" and crosses(k, e) for e in ents)
            and not any(
                a <= k[0] and k[1] <= b and b - a > k[1] - k[0] for a, b in names
            )
        }
        doc._.kg_bodies = found
        if not found:
            return doc
        keep = [e for e in ents if not any(crosses(k, e) for k in found)]
        added = [Span(doc, a, b, label="ORG") for a, b in found]
        doc.ents = sorted(keep + added, key=lambda s: s.start)
        return doc

    def _is_body(self, form: str) -> bool:
        """``form`` names a body ("Regierung") or an institution
        ("Außenministerium") that every country has."""
        return self.gaz.is_national_body(form) or self.gaz.is_national_org(form)

    def _capital_after(self, doc: Doc, i: int) -> tuple[Entry | None, int]:
        """The country of "in Ankara", "in der Türkei" or "von Kanada"
        starting at token ``i`` (a capital or a country; after "von" only a
        country: "die Regierung von Wien" may be the city's), and the end of
        the place; else ``(None, i)``."""
        if i < len(doc) and doc[i].lower_ not in ("in", "von"):
            return self._country_genitive(doc, i)
        if i + 1 >= len(doc):
            return None, i
        k = i + 1
        if doc[k].lower_ in ("der", "den", "dem") and k + 1 < len(doc):
            k += 1
        end = next(
            (e.end for e in doc.ents if e.start == k and e.label_ == "LOC"), k + 1
        )
        place = self.gaz.lookup(doc[k:end].text, label="LOC")
        if place is None:
            return None, i
        if place.kind == "country":
            return place, end
        if doc[i].lower_ == "von":
            return None, i
        country = self.gaz.capital_of(place) if place.kind == "city" else None
        return (country, end) if country is not None else (None, i)

    def _country_genitive(self, doc: Doc, i: int) -> tuple[Entry | None, int]:
        """The country named in the genitive at token ``i`` after a body ("die
        Regierung Bahrains", "das Parlament der Türkei", "die Armee des Iran",
        "die Regierung des Königreichs Bahrain"), and the end of its name;
        else ``(None, i)``."""
        n = len(doc)
        word = doc[i].text
        if doc[i].lower_ not in ("der", "des"):
            # "Bahrains", "Finnlands": a country's name and the genitive "s"
            if len(word) < 4 or not word[:1].isupper() or not word.endswith("s"):
                return None, i
            if doc[i].is_sent_start or any(
                e.start == i and e.end > i + 1 for e in doc.ents
            ):
                return None, i
            place = self.gaz.lookup(word[:-1], label="LOC")
            if place is None or place.kind != "country":
                return None, i
            return place, i + 1
        k = i + 1
        if k + 1 < n and doc[k].lower_ in _STATE_WORDS:
            k += 1  # "des Königreichs Bahrain", "der Republik Moldau"
        if k >= n or not doc[k].text[:1].isupper():
            return None, i
        end = next(
            (e.end for e in doc.ents if e.start == k and e.label_ == "LOC"), k + 1
        )
        for stop in (end, k + 1):
            text = doc[k:stop].text
            place = self.gaz.lookup(text, label="LOC")
            if place is None and text.endswith("s"):
                place = self.gaz.lookup(text[:-1], label="LOC")  # "des Irans"
            if place is not None and place.kind == "country":
                return place, stop
        return None, i

    def _tag(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        if not matches:
            doc._.kg_entries = {}
            return doc
        ents = list(doc.ents)
        owner = [-1] * len(doc)
        for k, ent in enumerate(ents):
            for t in range(ent.start, ent.end):
                owner[t] = k
        removed: set[int] = set()
        added: list[Span] = []
        tagged: dict[tuple[int, int], Entry] = {}
        run_on = _place_and_country(ents, matches, doc)
        for start, end, entry in matches:
            overlapping = {owner[t] for t in range(start, end)} - {-1}
            if any(
                k not in run_on
                and not _gazetteer_wins(ents[k], start, end, entry.label)
                for k in overlapping
            ):
                continue
            removed |= overlapping
            added.append(Span(doc, start, end, label=entry.label))
            tagged[(start, end)] = entry
        if added:
            kept = [e for k, e in enumerate(ents) if k not in removed]
            doc.ents = sorted(kept + added, key=lambda s: s.start)
        doc._.kg_entries = tagged
        return doc


def _party_names(doc: Doc) -> Doc:
    """A party's name with its article that the model took for MISC ("Die
    Grünen kritisierten …", "Die Linke"): an organisation, resolved by the
    article's country like "Grünen"
    (:func:`kg.nlp.gazetteer.organisations_by_country`)."""
    ents, changed = [], False
    for e in doc.ents:
        if (
            e.label_ == "MISC"
            and len(e) >= 2
            and e[0].text in ("Die", "Der")
            and (orgs := gazetteer.organisations_by_country(e.text))
            and all(o.kind == "party" for o in orgs)
        ):
            e, changed = Span(doc, e.start, e.end, label="ORG"), True
        ents.append(e)
    if changed:
        doc.ents = ents
    return doc


def _place_and_country(
    ents: list[Span], matches: list[tuple[int, int, Entry]], doc: Doc
) -> set[int]:
    """The model's places that are a place and a country's genitive run
    together ("in Budapest Ungarns Innenminister", "in Wien Frankreichs
    Präsident"): indices into ``ents`` whose two words the gazetteer knows as
    two places, the second a country in the genitive."""
    by_start = {start: (end, entry) for start, end, entry in matches}
    out = set()
    for k, ent in enumerate(ents):
        if ent.label_ != "LOC" or len(ent) != 2:
            continue
        first, second = by_start.get(ent.start), by_start.get(ent.start + 1)
        if first is None or second is None or first[0] != ent.start + 1:
            continue
        if second[0] != ent.end:
            continue
        country = second[1]
        word = doc[ent.start + 1].text
        if (
            first[1].label == "LOC"
            and country.label == "LOC"
            and country.kind == "country"
            and word.endswith("s")
            and not country.name.endswith("s")
        ):
            out.add(k)
    return out


def _context_words(doc: Doc) -> tuple[list[str], list[str]]:
    """The place names of ``doc`` and its other words, for
    :func:`kg.nlp.gazetteer.context_of` (which keeps country adjectives and nouns
    of the words: "israelische", "Palästinenser")."""
    names = [e.text for e in doc.ents if e.label_ == "LOC"]
    in_ent = {t.i for e in doc.ents for t in e}
    words = [
        t.text
        for t in doc
        if t.i not in in_ent and len(t.text) >= 4 and t.text[:1].isalpha()
    ]
    return names, words


def _entity_words(doc: Doc) -> list[str]:
    """The lower-case words of at least four letters inside ``doc``'s
    entities ("französische" of "die französische Regierung")."""
    return [
        t.text
        for e in doc.ents
        for t in e
        if len(t.text) >= 4 and t.text[:1].islower() and t.text.isalpha()
    ]


def _gazetteer_wins(ent: Span, start: int, end: int, label: str = "") -> bool:
    """The combination policy for a model entity overlapping a match of
    ``label``."""
    if ent.start == start and ent.end == end:
        return True  # same span: the gazetteer's label
    if ent.label_ == "PER" and label == "ORG" and start <= ent.start and ent.end <= end:
        return True  # a person inside an organisation's name: "Universität Princeton"
    if ent.label_ == "PER":
        return False  # "Paris Hilton"; a person crossing a name
    if ent.start <= start and ent.end >= end:
        return ent.label_ not in _BEATS_CONTAINED  # "Universität Wien"
    return True  # the match is longer, or the two cross


@Language.factory(
    "kg_gazetteer",
    default_config={"data_dir": ""},
)
def make_gazetteer(nlp: Language, name: str, data_dir: str) -> GazetteerMatcher:
    """Build the ``kg_gazetteer`` component.

    Parameters
    ----------
    nlp
        The pipeline; its tokenizer splits multi-word names into tokens.
    name
        Component name.
    data_dir
        A directory of gazetteer files; empty for the package's own data
        (``kg/data/gazetteer``). The data is read at construction, so a
        pipeline saved with ``nlp.to_disk`` loads it again from the package.
    """
    return GazetteerMatcher(nlp, name, data_dir=data_dir)
