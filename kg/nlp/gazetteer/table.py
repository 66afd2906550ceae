"""The gazetteer itself: the loaded tables and every question asked of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.lang.de.org_kinds import acronym_kinds
from kg.nlp.gazetteer.entry import (
    _NATIONAL_KINDS,
    _RANK,
    DATA_DIR,
    PLACE_KINDS,
    Context,
    Entry,
    _as_context,
    _most,
)
from kg.nlp.gazetteer.files import (
    _candidate_forms,
    _float,
    _forms,
    _int,
    _prominence,
    _rows,
)
from kg.nlp.gazetteer.forms import (
    NEAR_KM,
    _fold,
    _km,
    _normalise,
    _territory_noun,
    _variants,
)
from kg.nlp.gazetteer.inflection import _adjective_forms, _inflections, _noun_forms

#: how many looked-up words :meth:`Gazetteer._resolve` remembers
_RESOLVED_MAX = 200_000


class Gazetteer:
    """All gazetteer data of one data directory, indexed for dict lookups.

    Most code uses the module-level functions, which share one instance
    loaded from the package's data (:func:`load`).
    """

    def __init__(self, data_dir: str | Path = DATA_DIR) -> None:
        self.data_dir = Path(data_dir)
        self._entries: list[Entry] = []
        # surface form -> [(rank key, entry, matchable)]
        self._cands: dict[str, list[tuple[tuple, Entry, bool]]] = {}
        # candidate-only forms ("?Form") -> entries
        self._extra_cands: dict[str, list[Entry]] = {}
        # organisations by country: form -> {ISO code or "*": entry}, and the
        # forms that name no entry at all ("!Form")
        self._org_forms: dict[str, dict[str, Entry]] = {}
        self._blocked: set[str] = set()
        self._minted: dict[tuple[str, str], Entry] = {}
        # national bodies named only with their country ("+" rows: "die syrische
        # Regierung", "US-Armee"): form -> the generic entry
        self._bodies: dict[str, Entry] = {}
        self._load_orgs()
        self._load_countries()
        self._load_regions()
        self._capitals: dict[Entry, str] = {}
        self._capital_cities: dict[str, Entry] | None = None
        self._load_cities()
        self._index()
        self._load_demonyms()
        # the rule layer asks for the same words again and again (most tokens
        # of an article, several times): surface -> _resolve's answer
        self._resolved: dict[str, tuple[str, Entry | None, bool]] = {}
        self._countries_memo: dict[str, tuple[Entry, ...]] = {}

    # -- loading

    def _add(
        self,
        entry: Entry,
        forms: list[tuple[str, bool]],
        kind: str,
        order: tuple,
        *,
        no_genitive: frozenset[str] = frozenset(),
    ) -> None:
        """Register ``entry`` under its forms and their generated inflections.

        Explicit forms win over generated ones, then the kind's rank, then
        ``order``; inflections of the forms in ``no_genitive`` are lookup-only.
        """
        self._entries.append(entry)
        for form, matchable in forms:
            self._cands.setdefault(form, []).append(
                ((0, _RANK[kind], *order), entry, matchable)
            )
            inflected = matchable and form not in no_genitive
            for v in _inflections(form, kind):
                self._cands.setdefault(v, []).append(
                    ((1, _RANK[kind], *order), entry, inflected)
                )

    def _load_orgs(self) -> None:
        path = self.data_dir / "organisations.tsv"
        for n, (name, kind, code, aliases) in _rows(path, 4):
            forms = _forms(name) + _forms(aliases)
            for f, _ in forms:
                if f.startswith("!"):
                    self._blocked.update((f[1:], *_inflections(f[1:], "org")))
            forms = [f for f in forms if not f[0].startswith("!")]
            if not forms or not kind:
                raise InputError(
                    f"{path}:{n}: expected a name and a kind, got {name!r}"
                )
            if code == "+":
                body = Entry(name=forms[0][0], label="ORG", kind=kind)
                for f, _ in forms:
                    for v in (f, *_inflections(f, "org")):
                        self._bodies.setdefault(v, body)
                continue
            national = code == "*"
            entry = Entry(
                name=forms[0][0],
                label="ORG",
                kind=kind,
                code=None if national else code or None,
                aliases=tuple(f for f, _ in forms[1:]),
            )
            by_country = [f for f, _ in forms] if national else []
            by_country += _candidate_forms(aliases)
            if by_country and not national and entry.code is None:
                raise InputError(
                    f"{path}:{n}: expected a country code for the ?forms of "
                    f"{entry.name!r}, got none"
                )
            for form in dict.fromkeys(by_country):
                for v in (form, *_inflections(form, "org")):
                    claims = self._org_forms.setdefault(v, {})
                    key = entry.code or "*"
                    if v == form and claims.get(key, entry) is not entry:
                        raise InputError(
                            f"{path}:{n}: expected one entry of {key} for "
                            f"{form!r}, got {claims[key].name!r} too"
                        )
                    claims.setdefault(key, entry)
            self._add(entry, forms, "org", (n,))

    def _load_countries(self) -> None:
        gen = self.data_dir / "countries.tsv"
        extra_path = self.data_dir / "countries_extra.tsv"
        extra: dict[str, tuple[str, list[tuple[str, bool]]]] = {}
        extra_cands: dict[str, list[str]] = {}
        for n, (code, name, aliases) in _rows(extra_path, 3):
            if code in extra:
                raise InputError(
                    f"{extra_path}:{n}: expected one line per code, got {code} again"
                )
            extra[code] = (name, _forms(aliases))
            extra_cands[code] = _candidate_forms(aliases)
        self._countries: dict[str, Entry] = {}
        for n, (code, name, gid, pop) in _rows(gen, 4):
            where = f"{gen}:{n}"
            forms = [(name, True)]
            if code in extra:
                new_name, more = extra.pop(code)
                if new_name:
                    forms = [(new_name, True), *forms]
                forms += more
            forms = list(dict.fromkeys(forms))
            entry = Entry(
                name=forms[0][0],
                label="LOC",
                kind="country",
                code=code,
                geonames_id=_int(gid, where),
                population=_int(pop, where),
                aliases=tuple(
                    dict.fromkeys(f for f, _ in forms[1:] if f != forms[0][0])
                ),
            )
            self._countries[code] = entry
            self._add(entry, forms, "country", (n,))
            self._add_candidates(entry, extra_cands.get(code, []))
        if extra:
            raise InputError(
                f"{extra_path}: expected codes of countries.tsv, got {sorted(extra)}"
            )

    def _load_regions(self) -> None:
        path = self.data_dir / "regions.tsv"
        for n, (name, code, aliases, gid) in _rows(path, 4):
            forms = _forms(name) + _forms(aliases)
            entry = Entry(
                name=forms[0][0],
                label="LOC",
                kind="region",
                code=code or None,
                geonames_id=_int(gid, f"{path}:{n}"),
                aliases=tuple(f for f, _ in forms[1:]),
            )
            self._add(entry, forms, "region", (n,))
            self._add_candidates(entry, _candidate_forms(aliases))

    def _load_cities(self) -> None:
        gen = self.data_dir / "cities.tsv"
        extra_path = self.data_dir / "cities_extra.tsv"
        extra: dict[int, tuple[str, str, list[tuple[str, bool]], list[str], str]] = {}
        for n, (gid, name, match, aliases, capital) in _rows(extra_path, 5):
            key = _int(gid, f"{extra_path}:{n}")
            if key is None or key in extra:
                raise InputError(
                    f"{extra_path}:{n}: expected a new geonameid, got {gid!r}"
                )
            if capital not in ("", "0", "1"):
                raise InputError(
                    f"{extra_path}:{n}: expected capital 0, 1 or empty, got {capital!r}"
                )
            extra[key] = (
                name,
                match,
                _forms(aliases),
                _candidate_forms(aliases),
                capital,
            )
        taken = {
            f for f, cands in self._cands.items() if any(c[0][0] == 0 for c in cands)
        }
        rows = []
        for n, row in _rows(gen, 11):
            (gid, name, code, lat, lon, pop, names, capital, match, genitive,
             aliases) = row  # fmt: skip
            where = f"{gen}:{n}"
            geonames_id = _int(gid, where)
            forms = [(name, match == "1"), *_forms(aliases)]
            cand_forms = _candidate_forms(aliases)
            if geonames_id in extra:
                new_name, new_match, more, more_cands, new_capital = extra.pop(
                    geonames_id
                )
                cand_forms += more_cands
                capital = new_capital or capital
                if new_match in ("0", "1"):
                    forms[0] = (forms[0][0], new_match == "1")
                if new_name and new_name != name:
                    forms = [(new_name, forms[0][1]), (name, False), *forms[1:]]
                drop = {f[1:] for f, _ in more if f.startswith("!")}
                forms = [f for f in forms if f[0] not in drop]
                forms += [f for f in more if not f[0].startswith("!")]
            seen: dict[str, bool] = {}
            # two letters name a town only in its own country's usage ("Un",
            # "Ur", "Ås"); in German text they are words, codes or initials
            forms = [(f, m) for f, m in forms if len(f) > 2]
            if not forms:
                continue
            for f, m in forms:
                seen[f] = seen.get(f, False) or m
            forms = list(seen.items())
            population = _int(pop, where) or 0
            canonical = forms[0][0]
            if canonical in taken:
                # "Luxemburg", "Singapur", "Gaza": the country or region keeps
                # the name, the city gets a distinct canonical one.
                canonical = f"{canonical} (Stadt)"
            entry = Entry(
                name=canonical,
                label="LOC",
                kind="city",
                code=code or None,
                geonames_id=geonames_id,
                lat=_float(lat, where),
                lon=_float(lon, where),
                population=population,
                aliases=tuple(f for f, _ in forms if f != canonical),
                names=_int(names, where),
            )
            if capital == "1" and code:
                self._capitals[entry] = code
            no_gen = frozenset() if genitive == "1" else frozenset({name})
            self._add_candidates(entry, cand_forms)
            rows.append((capital != "1", -_prominence(entry), n, entry, forms, no_gen))
        if extra:
            raise InputError(
                f"{extra_path}: expected geonameids of cities.tsv, got {sorted(extra)}"
            )
        for not_capital, neg_pop, n, entry, forms, no_gen in sorted(
            rows, key=lambda r: r[:3]
        ):
            self._add(
                entry, forms, "city", (not_capital, neg_pop, n), no_genitive=no_gen
            )

    def _add_candidates(self, entry: Entry, forms: list[str]) -> None:
        for form in forms:
            self._extra_cands.setdefault(form, []).append(entry)

    def _index(self) -> None:
        self._all: dict[str, Entry] = {}
        self._strong: dict[str, Entry] = {}
        # form -> the places claiming it, best first (the lookup winner first
        # when it is a place), then the candidate-only claims
        self._places: dict[str, tuple[Entry, ...]] = {}
        for form, cands in self._cands.items():
            cands.sort(key=lambda c: c[0])
            places = [e for _, e, _ in cands if e.kind in PLACE_KINDS]
            if len(places) > 1 or form in self._extra_cands:
                self._places[form] = tuple(dict.fromkeys(places))
            entry = cands[0][1]
            self._all[form] = entry
            # Matchable only if the winning entry claims it as matchable in
            # every way it claims it (name and generated inflections).
            if all(m for _, e, m in cands if e is entry):
                self._strong[form] = entry
        # acronyms by upper case, for "Nato" -> "NATO" (lookup only)
        self._acronyms = {
            f: e
            for f, e in self._all.items()
            if f.isupper() and f.isalpha() and len(f) >= 3 and e.label == "ORG"
        }
        # Place names without their diacritics ("Diyarbakir", "Sao Paulo"):
        # lookup-only, only where one place claims the folded form, and not for
        # short names ("Sana" is the Syrian news agency, not Saña in Peru).
        folded: dict[str, set[Entry]] = {}
        for form, entry in self._all.items():
            if entry.kind in PLACE_KINDS and not form.isascii():
                key = _fold(form)
                if key != form and key not in self._all and len(key) >= 5:
                    folded.setdefault(key, set()).add(entry)
        self._folded = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
        for form, extra in self._extra_cands.items():
            have = self._places.get(form, ())
            if not have and form in self._all and self._all[form].kind in PLACE_KINDS:
                have = (self._all[form],)
            self._places[form] = tuple(dict.fromkeys([*have, *extra]))
        # An organisation's claim by country ("?Grünen") or no claim at all
        # ("!Union") shadows the places of that name, as organisations come
        # first; another organisation's plain claim stays the lookup answer.
        for form in (*self._org_forms, *self._blocked):
            claim = self._all.get(form)
            if form in self._blocked or (claim is not None and claim.label != "ORG"):
                for table in (self._all, self._strong, self._places, self._folded):
                    table.pop(form, None)
        del self._cands, self._extra_cands

    def _load_demonyms(self) -> None:
        path = self.data_dir / "demonyms.tsv"
        self._demonyms: dict[str, Entry] = {}
        self._prefixes: dict[str, Entry] = {}
        # country code -> its first adjective's stem ("malisch")
        self._adjectives: dict[str, str] = {}
        claims: dict[str, str] = {}

        def put(table: dict[str, Entry], form: str, entry: Entry, n: int) -> None:
            if claims.get(form, entry.code) != entry.code:
                raise InputError(
                    f"{path}:{n}: expected {form!r} to name one country, "
                    f"got {claims[form]} and {entry.code}"
                )
            claims[form] = entry.code or ""
            table[form] = entry

        for n, (code, adjectives, nouns, prefixes) in _rows(path, 4):
            entry = self._countries.get(code)
            if entry is None:
                raise InputError(f"{path}:{n}: expected a country code, got {code!r}")
            for adj in filter(None, adjectives.split("|")):
                self._adjectives.setdefault(code, adj.strip())
                for form in _adjective_forms(adj.strip()):
                    put(self._demonyms, form, entry, n)
            for noun in filter(None, nouns.split("|")):
                for form in _noun_forms(noun.strip()):
                    put(self._demonyms, form, entry, n)
            for prefix in filter(None, prefixes.split("|")):
                put(self._prefixes, prefix.strip(), entry, n)
        # Every country's own names serve as compound prefixes too:
        # "Ukraine-Konflikt", "Russlandreise".
        for entry in self._countries.values():
            for form in (entry.name, *entry.aliases):
                if " " not in form:
                    self._prefixes.setdefault(form, entry)
        self._max_prefix = max(map(len, self._prefixes))

    # -- queries

    def entries(self) -> Iterator[Entry]:
        return iter(self._entries)

    def _resolve(self, surface: str) -> tuple[str, Entry | None, bool]:
        """(the form that matched, its entry, whether it is matchable)."""
        found = self._resolved.get(surface)
        if found is None:
            if len(self._resolved) >= _RESOLVED_MAX:
                self._resolved.clear()
            found = self._resolved[surface] = self._resolve_form(surface)
        return found

    def _resolve_form(self, surface: str) -> tuple[str, Entry | None, bool]:
        text = _normalise(surface)
        entry = self._all.get(text)
        if entry is not None:
            return text, entry, self._strong.get(text) is entry
        # Forms found only by these guesses count as lookup-only.
        for alt in _variants(text):
            entry = self._all.get(alt) or self._acronyms.get(alt)
            if entry is not None:
                return alt, entry, False
        for alt in (text, *_variants(text)):
            if alt in self._places:
                return alt, None, False
        if not text.isascii():
            return text, None, False
        for alt in (text, *_variants(text)):
            entry = self._folded.get(alt)
            if entry is not None:
                return alt, entry, False
        return text, None, False

    def lookup(self, surface: str, *, label: str | None = None) -> Entry | None:
        _, entry, strong = self._resolve(surface)
        if entry is None:
            return None
        if label == "PER" and entry.label != "PER" and not strong:
            return None  # "Jackson", "Nancy": a person's name first
        return entry

    def candidates(self, surface: str) -> tuple[Entry, ...]:
        form, entry, _ = self._resolve(surface)
        places = self._places.get(form)
        if places is not None:
            return places
        return (entry,) if entry is not None and entry.kind in PLACE_KINDS else ()

    def context_of(self, surfaces: Iterable[str], words: Iterable[str] = ()) -> Context:
        codes: Counter[str] = Counter()
        points: list[tuple[float, float]] = []
        for word in words:
            country = self.country_of(word)
            if country is not None and country.code is not None:
                codes[country.code] += 1
        for surface in surfaces:
            form, entry, _ = self._resolve(surface)
            if entry is None:
                entry = self.country_of(surface) if surface[:1].isalpha() else None
                if entry is None:
                    continue
            if entry.kind not in PLACE_KINDS or entry.code is None:
                continue
            if len(self._places.get(form, ())) > 1:
                continue  # "Frankfurt", "Santiago": a question, not an answer
            codes[entry.code] += 1
            if entry.kind == "city" and entry.lat is not None:
                points.append((entry.lat, entry.lon or 0.0))
        return Context(
            frozenset(codes),
            tuple(dict.fromkeys(points)),
            _most(codes),
            tuple(sorted(codes.items())),
        )

    def with_organisations(self, context: Context, names: Iterable[str]) -> Context:
        counts = Counter(dict(context.counts))
        national: Counter[str] = Counter()
        orgs: Counter[str] = Counter()
        for name in names:
            entry = self.lookup(name)
            if entry is None or entry.label != "ORG":
                continue
            if _normalise(name) not in self._org_forms:
                orgs[entry.name] += 1  # "EU", not "Union" (CDU/CSU or EU)
            if entry.code is not None and entry.kind in _NATIONAL_KINDS:
                counts[entry.code] += 1
                national[entry.code] += 1
        # the places' counts stay as they were: applying it twice is once
        return replace(
            context,
            about=_most(counts),
            national=tuple(sorted(national.items())),
            orgs=tuple(sorted(orgs.items())),
        )

    def own_acronym(self, surface: str, preceding: str | None) -> Entry | None:
        """An acronym the gazetteer knows as an organisation of one kind, after
        a noun for another kind ("der türkische Geheimdienst MIT", not the
        Massachusetts Institute of Technology), is an organisation of that
        noun's kind of its own: a minted entry named by the acronym, no code;
        else ``None``."""
        if (
            not preceding
            or not 2 <= len(surface) <= 6
            or not surface.isupper()
            or not surface.isalnum()
        ):
            return None
        kinds = acronym_kinds(preceding)
        if kinds is None:
            return None
        entry = self.lookup(surface)
        if entry is None or entry.label != "ORG" or entry.kind in kinds:
            return None
        return self.own_entry(surface, kinds[0])

    def own_entry(self, surface: str, kind: str) -> Entry:
        """The minted entry of an acronym named as an organisation of ``kind``
        of its own (:meth:`own_acronym`)."""
        key = (surface, f"own:{kind}")
        minted = self._minted.get(key)
        if minted is None:
            minted = self._minted[key] = Entry(name=surface, label="ORG", kind=kind)
        return minted

    def disambiguate(
        self,
        surface: str,
        context: Context | Iterable[str | Entry] = (),
        *,
        label: str | None = None,
        preceding: str | None = None,
    ) -> Entry | None:
        ctx = context if isinstance(context, Context) else _as_context(context)
        if label != "PER":
            own = self.own_acronym(surface, preceding)
            if own is not None:
                return own
            kind = dict(ctx.own).get(surface)
            if kind is not None:
                return self.own_entry(surface, kind)
            by_country = self._org_forms.get(_normalise(surface))
            if by_country is not None:
                org = self._org_in(surface, by_country, ctx, preceding)
                if org is not None:
                    return org
        entry = self.lookup(surface, label=label)
        if preceding is not None and (entry is None or entry.kind != "country"):
            noun = _territory_noun(preceding)
            if noun is not None:
                return self._territory(surface, entry, noun)
        if entry is not None and entry.kind not in PLACE_KINDS:
            return entry
        if label == "PER" and entry is None:
            return None
        cands = self.candidates(surface)
        if not ctx.codes or not cands:
            return entry

        def support(e: Entry) -> int:
            near = e.lat is not None and any(
                0 < _km(e.lat, e.lon or 0.0, lat, lon) <= NEAR_KM
                for lat, lon in ctx.points
            )
            return (e.code in ctx.codes) + 2 * near

        if entry is None:
            # only candidates claim the form ("Santiago" alone is no city)
            supported = [e for e in cands if support(e)]
            return max(supported, key=support) if supported else None
        # The lookup answer gives way to a place the article supports more,
        # if the article names a city next to it or the place is about as well
        # known: "Bethlehem" near Hebron, "Santiago" in an article on Cuba;
        # "Paris" stays Paris next to the USA, "Alexandria" stays in Egypt.
        if entry.kind == "country":
            # "Guatemala", "Panama", "Luxemburg": the country, whatever its
            # capital's neighbours; only another state may take the name
            cands = tuple(e for e in cands if e.kind != "city")
        for e in sorted(cands, key=lambda e: -support(e)):
            if support(e) > support(entry) and (
                support(e) >= 2 or _prominence(e) >= _prominence(entry) - 2
            ):
                return e
        if (
            support(entry) == 0
            and entry.kind == "city"
            and self._capitals.get(entry) is None
            and _prominence(entry) < 6
        ):
            # a small town known under few names ("Un", "Banat" in India) in a
            # country the article never names: the name means something else
            return None
        return entry

    def _org_in(
        self,
        surface: str,
        by_country: dict[str, Entry],
        ctx: Context,
        preceding: str | None,
    ) -> Entry | None:
        """The organisation a form claimed by country names in its article: that
        of the country named by the adjective before it ("die deutsche
        Bundesregierung"), else of the country the article names most."""
        code = ctx.about
        if preceding:
            country = self.country_before(preceding)
            if country is not None and country.code is not None:
                code = country.code
                return self._org_of(by_country, code)
        org = self._org_of(by_country, code) if code is not None else None
        if org is not None:
            return org
        return self._org_of_politics(surface, by_country, ctx)

    def _org_of_politics(
        self, surface: str, by_country: dict[str, Entry], ctx: Context
    ) -> Entry | None:
        """The organisation of the one country whose parties and state bodies
        the article names, when the country it is about claims none of the
        form: "Union und SPD" beside "die Ukraine", "Russland" is CDU/CSU.
        Only if the article names the form's plain claim ("EU" for "Union")
        less often by its other names than it names that country's politics:
        "die Union" in an article on "EU" and "Brüssel" stays the EU."""
        national = dict(ctx.national)
        code = _most(Counter(national))
        if code is None or code not in by_country:
            return None
        fallback = self.lookup(surface)
        rival = dict(ctx.orgs).get(fallback.name, 0) if fallback is not None else 0
        if national[code] <= rival:
            return None
        return by_country[code]

    def country_before(self, word: str) -> Entry | None:
        """The country a word before an organisation's name says it belongs to:
        an adjective ("die syrische Regierung"), a country in the genitive
        ("Russlands Außenministerium") or a city adjective ("das Prager
        Außenministerium", "die Moskauer Führung")."""
        if word[:1].islower():
            return self.country_of(word)
        country = self._country_word(_normalise(word))
        if country is None and word.endswith("s"):
            country = self._country_word(_normalise(word[:-1]))
        if country is not None:
            return country
        if len(word) > 4 and word.endswith("er") and word[:1].isupper():
            city = self.lookup(word[:-2])
            if city is not None and city.kind == "city" and city.code:
                return self._countries.get(city.code)
        return None

    def adjective_of(self, country: Entry) -> str | None:
        """The stem of ``country``'s adjective ("malisch" of Mali), if the
        demonyms list gives one."""
        return self._adjectives.get(country.code or "")

    def national_kind(self, form: str) -> str | None:
        """The kind of the body or institution ``form`` every country has
        ("military" of "Armee"), else ``None``."""
        body = self._bodies.get(_normalise(form))
        if body is not None:
            return body.kind
        national = self._org_forms.get(_normalise(form), {}).get("*")
        return national.kind if national is not None else None

    def is_national_body(self, form: str) -> bool:
        """``form`` names a body every country has ("Regierung", "Armee")."""
        return _normalise(form) in self._bodies

    def national_body(self, form: str, country: Entry) -> Entry | None:
        """The body ``form`` ("Regierung", "Armee") of ``country``: the row that
        claims it for that country ("?Regierung" of "Bundesregierung
        (Deutschland)"), else a minted "Regierung (Syrien)"; ``None`` if
        ``form`` is no such body or ``country`` has no code."""
        body = self._bodies.get(_normalise(form))
        if body is None or country.code is None:
            return None
        by_country = dict(self._org_forms.get(body.name, {}))
        by_country.setdefault("*", body)
        return self._org_of(by_country, country.code)

    def is_national_org(self, form: str) -> bool:
        """``form`` names an institution every country has one of (a ``*``
        row: "Außenministerium", "Verfassungsgericht")."""
        return "*" in self._org_forms.get(_normalise(form), {})

    def national_org(self, form: str, country: Entry) -> Entry | None:
        """The body or institution ``form`` of ``country``: a national body
        ("Regierung", :meth:`national_body`) or a form of a ``*`` row every
        country has one of ("Außenministerium", "Oberster Gerichtshof"): the
        country's own row claiming it, else a minted "Außenministerium
        (Tschechien)"; ``None`` for any other form or a country without code."""
        body = self.national_body(form, country)
        if body is not None or country.code is None:
            return body
        claims = self._org_forms.get(_normalise(form))
        if not claims or "*" not in claims:
            return None
        return self._org_of(dict(claims), country.code)

    def _org_of(self, by_country: dict[str, Entry], code: str) -> Entry | None:
        """The organisation of ``code`` among a form's claims (see _org_in)."""
        entry = by_country.get(code)
        if entry is not None:
            return entry
        national = by_country.get("*")
        country = self._countries.get(code)
        if national is None or country is None:
            return None
        # the row of the country's own institution claims its name ("OGH":
        # "?Oberster Gerichtshof"), and so every other form of it
        entry = self._org_forms.get(national.name, {}).get(code)
        if entry is not None:
            return entry
        key = (national.name, code)
        minted = self._minted.get(key)
        if minted is None:
            name = f"{national.name} ({country.name})"
            # a row may claim the name: "Oberster Gerichtshof (Österreich)"
            known = self._all.get(name)
            if known is not None and known.label == "ORG":
                self._minted[key] = known
                return known
            minted = Entry(
                name=name,
                label="ORG",
                kind=national.kind,
                code=code,
            )
            self._minted[key] = minted
        return minted

    def _territory(self, surface: str, entry: Entry | None, noun: str) -> Entry | None:
        for e in self.candidates(surface):
            if e.kind == "region":
                return e
        if entry is None or entry.kind != "city":
            return None
        return Entry(
            name=f"{noun} {entry.name}", label="LOC", kind="region", code=entry.code
        )

    def is_matchable(self, surface: str) -> bool:
        return surface in self._strong

    def matchable_forms(self) -> dict[str, Entry]:
        return self._strong

    def country_by_code(self, code: str) -> Entry | None:
        return self._countries.get(code.upper())

    def capital_of(self, entry: Entry) -> Entry | None:
        code = self._capitals.get(entry)
        return self._countries.get(code) if code else None

    def capital_city(self, country: Entry) -> Entry | None:
        """The (most populous) capital city of ``country``."""
        if self._capital_cities is None:
            best: dict[str, Entry] = {}
            for city, code in self._capitals.items():
                if code not in best or (city.population or 0) > (
                    best[code].population or 0
                ):
                    best[code] = city
            self._capital_cities = best
        if country.kind != "country" or not country.code:
            return None
        return self._capital_cities.get(country.code)

    def _country_word(self, word: str) -> Entry | None:
        """A whole word naming a country: adjective, inhabitant noun, name."""
        entry = self._demonyms.get(word)
        if entry is not None:
            return entry
        entry = self._prefixes.get(word)
        if entry is not None:
            return entry
        entry = self.lookup(word)
        if entry is not None and entry.kind == "country":
            return entry
        return None

    def countries_of(self, word: str) -> tuple[Entry, ...]:
        found = self._countries_memo.get(word)
        if found is None:
            if len(self._countries_memo) >= _RESOLVED_MAX:
                self._countries_memo.clear()
            found = self._countries_memo[word] = self._countries_of_form(word)
        return found

    def _countries_of_form(self, word: str) -> tuple[Entry, ...]:
        text = _normalise(word)
        if not text:
            return ()
        entry = self._country_word(text)
        if entry is not None:
            return (entry,)
        if self._all.get(text) is not None:
            return ()  # a name of its own: "Mexiko-Stadt", "Baden-Württemberg"
        if "-" in text:
            found: list[Entry] = []
            for part in text.split("-"):
                if not part:
                    break
                e = self._country_word(part)
                if e is None:
                    break
                if e not in found:
                    found.append(e)
            return tuple(found)
        if text[0].isupper():
            # "Palästinenserpräsident", "Russlandreise": the longest known
            # prefix, followed by a lower-case rest of at least four letters
            # that is no adjective suffix ("Italienisch" is the language).
            for k in range(min(len(text) - 4, self._max_prefix), 2, -1):
                entry = self._prefixes.get(text[:k])
                if (
                    entry is not None
                    and text[k].islower()
                    and not text[k:].startswith(("isch", "itisch"))
                ):
                    return (entry,)
        return ()

    def country_of(self, word: str) -> Entry | None:
        found = self.countries_of(word)
        return found[0] if found else None

    def prefix_entry(self, word: str) -> Entry | None:
        text = _normalise(word)
        if "-" not in text:
            return self.country_of(text)
        head = text.split("-", 1)[0]
        entry = self.lookup(head)
        if entry is not None and (
            entry.label != "LOC" or entry.kind != "city" or self.is_matchable(head)
        ):
            return entry
        return self.country_of(text)
