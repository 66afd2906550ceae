"""Who demands, accuses, rejects … what of whom: verbal interactions between actors.

A verb of ``kg/data/speech_acts.tsv`` (:func:`kg.lang.de.speech.speech_acts`,
"fordern", "auffordern", "vorwerfen", "bestreiten", …, each with its PLOVER-style
type) outside a quote names an interaction. In its clause (between commas):

* the **source** is the actor before the verb that no preposition governs ("Die
  russische Regierung bestreitet …"), else the first one after it ("Im Jahr
  2008 warf Lech Kaczyński Wałęsa … vor", "fordern die USA vom
  Gesprächspartner …"); "er", "der Minister" before the verb is the person
  named before (:func:`kg.extract.coref.antecedent`);
* the **target** is the next actor of the clause, or the one after "von"
  ("fordern … von X"), "an" ("appellierte an X"); "Gesprächspartner" is the
  actor after "mit" in the sentence ("Vor dem Treffen mit Russland fordern
  die USA vom Gesprächspartner …");
* the **issue** is the noun after "zu", "zur", "zum" ("zur Deeskalation
  aufgefordert"), "vor" (warnen), else the first noun after the actors, with
  its adjectives ("bestreitet aggressive Absichten").

An actor is a person, an organisation, or a state (a capital stands for its
state); places that are no state take no part. The separable particle must be
in the clause ("weist … zurück"; "weist" alone is nothing). Source and target
are read by :mod:`kg.extract.interaction_actors`; this module finds the verbs,
drops what is no act done, and reads the issue.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.bodies import body_object, body_object_before
from kg.extract.interaction_actors import actors, org_subject
from kg.extract.interaction_addressees import demanded_subject
from kg.extract.interaction_anaphors import (
    answered_claim,
    demonstrative_subject,
    land_subject,
)
from kg.extract.interaction_binding import bound_pronouns
from kg.extract.interaction_checks import (
    attributed,
    not_done,
    plural_sie,
    preposition_of,
)
from kg.extract.interaction_groups import (
    both_joined,
    elliptic_subject,
    fronted_participle,
    main_clause_again,
    passive_agents,
    subjects_after_verb,
)
from kg.extract.interaction_kinds import full_label, kind_object
from kg.extract.interaction_parts import (
    agent_participles,
    attributive,
    choose,
    clause,
    elliptic_passive,
    impends,
    organ_group,
    reciprocal,
)
from kg.extract.interaction_refs import (
    claims_lives,
    genitive_anaphor,
    media_subject,
    outsiders_subject,
    own_party,
    quoted_person,
    titled_object,
)
from kg.extract.interaction_replies import comma_elliptic_subject, offer_author
from kg.extract.interaction_targets import actor, body_in, other_actor
from kg.extract.records import Interaction, Kind, Quote, kind_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import body_noun
from kg.lang.de.body_speakers import TOWN_NOUNS
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    AGENT_PREPOSITIONS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_ADVERBS,
    INDEFINITE_ARTICLES,
    MODALS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    STATE_PASSIVE_AUXILIARIES,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    PARTNER_NOUNS,
    STATE_NOUNS,
    SpeechAct,
    speech_acts,
)

__all__ = ["find_interactions"]

_ARTICLES = ARTICLES | INDEFINITE_ARTICLES | {"des"}
_ACT_FORMS = frozenset(speech_acts())
# modals of what someone has to or ought to do
_OBLIGATIONS = frozenset("muss müssen müsse müsste müssten sollte sollten".split())
# words that are no issue: an article opening the sentence, a state's body,
# "Laut" of an attribution opening it
_NO_ISSUE = _ARTICLES | STATE_NOUNS | {"laut"}
# words written upper case only because they open the sentence: "Er", "Sie",
# "Dort", "Auch" are no issue ("Er forderte die Gewerkschaft auf, …")
_OPENING_WORDS = (
    SUBJECT_PRONOUNS
    | CLAUSE_ADVERBS
    | frozenset("dort hier es man wir ich ihm ihr ihn ihnen dies dem".split())
)


def find_interactions(
    view: DocView, quotes: list[Quote] | tuple[Quote, ...] = ()
) -> list[Interaction]:
    """The verbal interactions of the article ``view`` shows.

    Parameters
    ----------
    view
        The annotated article with the entity key of every token.
    quotes
        The article's quotes: a verb inside one ("…, dass Russland verlange,
        …") is what someone said, not an interaction the article reports.

    Returns
    -------
    list[Interaction]
    """
    doc = view.doc
    acts = speech_acts()
    inside = [(q.start - view.offset, q.end - view.offset) for q in quotes]
    spans = list(inside)
    out: list[Interaction] = []
    verbs = view.positions(_ACT_FORMS)
    for si, sent in enumerate(view.sents):
        for i in verbs:
            if i < sent.start or i >= sent.end:
                continue
            t = doc[i]
            if not t.is_lower and not fronted_participle(view, sent, i):
                continue  # "Warnen", "Aufruf": nouns
            quote = next(
                (q for q, (a, b) in zip(quotes, inside, strict=True) if a <= t.idx < b),
                None,
            )
            lo, hi = clause(sent, t.i)
            if quote is not None and attributed(view, sent.start, t.i, sent.end):
                # "Laut dem Spiegel hat Jauch der ARD gedroht": the report
                # tells its subject's act
                quote = None
            if (
                quote is not None
                and not (
                    quote.speaker
                    and (
                        _speaker_subject(view, lo, t.i)
                        or _speaker_pronoun(view, lo, t.i, quote.start - view.offset)
                    )
                )
                # "…, wie von der Kammer gefordert, …": a third party's act
                # the quote takes for given
                and not elliptic_passive(view, lo, t.i)
                # "X vertrat die Ansicht, dass …, und forderte …": X's act
                and not main_clause_again(view, lo, t.i)
            ):
                continue  # "…, dass Russland verlange, …": what someone said
            if t.i > lo and doc[t.i - 1].lower_ == "zu":
                continue  # "die Literatur zu würdigen": an aim, not an act
            act = choose(acts[t.lower_], doc, t.i, hi, sent.end)
            if act is None or impends(doc, t.i, hi, act):
                continue
            if attributive(view, t.i) and not _agent_named(view, lo, hi):
                continue  # "im Fall des beschuldigten Irakers": nobody acts
            if (
                t.lower_.endswith(("en", "rn", "ln"))
                and not act.form.participle
                and any(w.lower_ in _OBLIGATIONS for w in doc[lo : t.i])
            ):
                continue  # "ihnen muss die EZB zustimmen": what is due, not done
            if not_done(view, t.i, lo, hi, act):
                continue  # "lehnt … nicht ab", "hat kein Spiel bestritten"
            if act.type == "DEMAND" and claims_lives(view, t.i, lo, hi):
                continue  # "Der Streit fordert seine Opfer": no demand
            if outsiders_subject(view, lo, t.i):
                continue  # "Großaktionäre der Bank X fordern": not the bank
            source: str | None
            targets: list[str | None]
            labels: list[str] = []
            if (
                act.form.participle
                and any(
                    doc[j].lower_ in STATE_PASSIVE_AUXILIARIES for j in range(lo, hi)
                )
                and not any(doc[j].lower_ in PASSIVE_AUXILIARIES for j in range(lo, hi))
            ):
                continue  # "Wir sind alle gefordert": a state, nobody acts
            if (
                quote is not None
                and quote.speaker
                and not elliptic_passive(view, lo, t.i)
            ):
                # "Man weise alle von Herrn Sardana erhobenen Forderungen
                # zurück": the speaker of the quote speaks in the first person
                source = quote.speaker
                targets = [other_actor(view, lo, hi, source)]
            else:
                source, labels, targets = actors(view, lo, hi, t.i, act, spans)
                medium = media_subject(view, lo, t.i)
                if medium is not None:
                    # "Die New York Times forderte X auf": the paper acts, the
                    # actor the clause names after the verb is its object
                    rest: list[str | None] = [
                        x for x in [source, *targets] if x and x != medium
                    ]
                    rest = rest or [
                        k
                        for j in range(t.i + 1, hi)
                        if (k := actor(view, j)) and k != medium
                        if preposition_of(view, j, lo) is None
                    ]
                    source, labels, targets = medium, [], rest[:1] or [None]
                bound = bound_pronouns(view, sent, lo, t.i, lambda j: actor(view, j))
                if bound is not None:
                    # "X kritisierte Y, indem sie ihm … vorwarf": X accuses Y
                    source, labels, targets = bound[0], [], [bound[1]]
                land = land_subject(view, lo, t.i, hi)
                if land is not None and (
                    source is None or kind_of(source) is Kind.PLACE
                ):
                    # "fordert die Staatsregierung" in Bavaria: Bavaria, not
                    # Germany
                    source, labels = land, []
                    targets = [x for x in targets if x != land] or [None]
            # "Davor haben A, B und C gewarnt", "von X und von Y abgelehnt":
            # each of them acts
            listed = subjects_after_verb(
                view, (sent.start, sent.end), lo, t.i, hi, lambda j: actor(view, j)
            ) or passive_agents(view, lo, t.i, hi, lambda j: actor(view, j))
            if listed and source not in listed:
                source, labels = listed[0], []
                targets = [x for x in targets if x not in listed] or [None]
            shown = demonstrative_subject(view, lo, t.i, out) if quote is None else None
            if shown is not None:
                # "X forderte die Gewerkschaft auf. Diese wies … zurück"
                source, labels = shown[0], [shown[1]] if shown[1] else []
                targets = [x for x in targets if x != source] or [None]
            if source is None and not labels and quote is None:
                # "Die IG Metall vertrat …, dass …, und forderte … ein": the
                # subject of the sentence's first clause
                source = elliptic_subject(
                    view, sent, lo, t.i, lambda j: actor(view, j)
                ) or comma_elliptic_subject(
                    # "X wurde … vorgeschlagen, lehnte aber ab": X
                    view,
                    sent,
                    lo,
                    t.i,
                    hi,
                    lambda j: actor(view, j),
                )
                targets = targets or [None]
            if source is None and not labels and quote is None:
                # "…, sagte der Parteichef. Kritik wies er zurück": who spoke
                source = quoted_person(view, quotes, lo, t.i, hi)
                targets = targets or [None]
            if (
                source is not None
                and all(x is None for x in targets)
                and act.type in ("DEMAND", "APPEAL")
            ):
                # "Russland muss abziehen, fordert X", "X fordert, dass Y …"
                demanded = demanded_subject(
                    view, sent.start, lo, hi, lambda j: actor(view, j), source
                )
                targets = [demanded] if demanded is not None else targets
            if source is not None and all(x is None for x in targets):
                # "X hat seine eigene Partei gewarnt", "warf dem Minister vor"
                own = (
                    own_party(view, lo, hi, source)
                    or titled_object(view, t.i, hi, source, lambda j: actor(view, j))
                    or genitive_anaphor(view, t.i, hi, source)
                    # "Die ÖVP warf der Partei … vor" after the FPÖ
                    or kind_object(view, lo, t.i, hi, source)
                    # "X warf dem Konzern … vor. Der Konzern wies die Vorwürfe
                    # zurück": the accuser
                    or answered_claim(view, t.i, hi, act, source, out)
                    # "Die SPD bot X den Vorsitz an, doch X lehnte ab": the SPD
                    or offer_author(
                        view, sent, lo, act, source, lambda j: actor(view, j)
                    )
                )
                targets = [own] if own is not None else targets
            if source is None and labels and all(x is None for x in targets):
                # "Der Verband forderte die Gewerkschaft auf" after Verdi
                targets = [kind_object(view, lo, t.i, hi, "")]
            if source is None and not labels:
                continue
            issue = _issue(view, lo, hi, t.i, act)
            # "Moser warf der Opposition Blockade vor", "Die CDU hat der
            # Landesregierung … vorgeworfen": a body as the target
            target_label = (
                body_object(view, t.i, hi, labels)
                or body_object_before(view, lo, t.i, hi, labels)
                if all(x is None for x in targets)
                # "forderte die Gewerkschaft …" after Verdi: the subject
                and (source is None or org_subject(view, t.i + 1, hi) != source)
                else None
            )
            group = (
                _coordinated_subjects(view, sent, lo, t.i)
                or listed
                or organ_group(view, lo, t.i)
            )
            pairs: list[tuple[str | None, str | None, str | None]] = [
                (source, None, target) for target in targets if source is not None
            ]
            if source in group:
                # "Caritas, Rotes Kreuz und Volkshilfe forderten …": each of
                # them demands; none is the target
                targets = [x for x in targets if x not in group] or [
                    next(
                        (
                            k
                            for j in range(t.i + 1, hi)
                            if (k := actor(view, j)) and k not in group
                        ),
                        None,
                    )
                ]
                pairs = [(s, None, x) for s in group for x in targets]
                if reciprocal(doc, t.i, hi):
                    # "SPD und CDU warfen sich gegenseitig … vor": each the other
                    pairs = [(s, None, x) for s in group for x in group if x != s]
            # "Die USA und die syrische Opposition fordern …": a body no
            # entity stands for demands too, under its label; "das
            # Ministerium" the one named in full before
            labels = [full_label(view, x, lo) or x for x in labels]
            target_label = full_label(view, target_label, lo)
            pairs += [(None, label, x) for label in labels for x in targets]
            for source, label, target in pairs:
                out.append(
                    _interaction(
                        view,
                        act,
                        t,
                        si,
                        source=source,
                        source_label=label,
                        target=target if target != source else None,
                        target_label=target_label if target is None else None,
                        issue=issue,
                    )
                )
    # "die von Karl Brunner geforderten Reformen": a participle with its agent
    done = {x.start for x in out}
    for i, act, source, issue in agent_participles(view, lambda j: actor(view, j)):
        t = doc[i]
        if t.idx + view.offset in done or any(a <= t.idx < b for a, b in inside):
            continue
        out.append(
            _interaction(view, act, t, view.sentence_of(t), source=source, issue=issue)
        )
    out.sort(key=lambda x: x.start)
    return out


def _interaction(
    view: DocView, act: SpeechAct, t: Token, sentence: int, **slots: str | None
) -> Interaction:
    """The interaction the verb ``t`` of ``act`` names in ``sentence``, with
    ``slots`` (source, source_label, target, target_label, issue)."""
    return Interaction(
        type=act.type,
        verb=act.form.infinitive,
        trigger=t.text,
        sentence=sentence,
        start=t.idx + view.offset,
        end=t.idx + len(t.text) + view.offset,
        **slots,
    )


# finite auxiliaries and modals that close a list of subjects before the
# object and a participle or infinitive
_FINITE_BEFORE = AUXILIARIES | MODALS


def _coordinated_subjects(view: DocView, sent: Span, lo: int, v: int) -> list[str]:
    """The actors listed right before the verb at ``v`` as its subjects, "A, B
    und C forderten", "Die USA und Russland forderten" (commas and one
    "und"/"sowie" between them, articles allowed, the list opening the
    sentence, after "Auch", "Doch" …), in text order; [] for fewer than two."""
    doc = view.doc
    out: list[str] = []
    i = sent.start
    while i < v and doc[i].lower_ in ("auch", "doch", "aber", "nun", "zudem", "sowohl"):
        i += 1  # "Auch Frankreich und Deutschland forderten …", "Sowohl A als auch B"
    joined = False
    while i < v:
        if doc[i].lower_ in _ARTICLES or _title_before_name(view, i, v):
            i += 1  # "und Geschäftsführer Eva Huber"
            continue
        key = view.key(i)
        k = actor(view, i)
        if key is None or k is None:
            return []
        if k not in out:
            out.append(k)
        while i < v and view.key(i) == key:
            i += 1
        if i == v or view.lowers[i] in _FINITE_BEFORE:
            break  # "Frankreich und Deutschland haben Russland gewarnt"
        if doc[i].text == "," and (end := _apposition_end(view, i + 1, v)):
            # "A, Präsident der X, und B forderten": the apposition
            i = end + 1 if doc[end + 1].lower_ in ("und", "sowie") else end
        if doc[i].text == ",":
            i += 1
        elif doc[i].lower_ in ("und", "sowie") and not joined:
            joined = True
            i += 1
        elif both_joined(view.lowers, i, i + 2) and not joined:
            joined = True
            i += 2  # "Sowohl die SPD als auch die Grünen forderten …"
        else:
            return []
    return out if joined and len(out) > 1 else []


def _title_before_name(view: DocView, i: int, v: int) -> bool:
    """Token ``i`` is a title right before the person it names ("Präsident Karl
    Brunner", "SPD-Chef Eva Huber")."""
    return (
        i + 1 < v
        and speaker_noun(view.texts[i])
        and view.person(i + 1) is not None
        and view.person(i) is None
    )


def _apposition_end(view: DocView, i: int, v: int) -> int | None:
    """The comma closing an apposition that opens at ``i`` with a title
    ("Präsident der IHK Nordland,") before the verb at ``v``, else ``None``."""
    if i >= v or not speaker_noun(view.texts[i]) or view.person(i):
        return None
    for j in range(i + 1, min(v, i + 10)):
        if view.texts[j] == ",":
            return j
        if view.person(j):
            return None
    return None


def _agent_named(view: DocView, lo: int, hi: int) -> bool:
    """The clause names an agent: an actor after "von", "vom", "durch" ("die
    von Meier geforderten Reformen"; not "vom Praterstern")."""
    return any(
        view.lowers[j] in AGENT_PREPOSITIONS
        and any(actor(view, i) for i in range(j + 1, min(hi, j + 5)))
        for j in range(lo, hi)
    )


def _speaker_subject(view: DocView, lo: int, v: int) -> bool:
    """Inside a quote, the clause has "ich", "wir" or "man" for its subject
    before the verb at ``v`` or right after it: the one quoted acts ("Wir lehnen
    … ab", "fordern wir Deutschland auf")."""
    doc = view.doc
    after = [v + 1] if v + 1 < len(doc) else []  # "fordern wir Deutschland auf"
    return any(doc[i].lower_ in ("ich", "wir", "man") for i in [*range(lo, v), *after])


def _speaker_pronoun(view: DocView, lo: int, v: int, start: int) -> bool:
    """Inside a quote that opens at the character ``start``, "er" or "sie" is
    the subject of the clause's verb at ``v``, opening the quote before it or
    right after it: the one quoted speaks of what they do ("X teilte mit, sie
    rufe … auf", "Wie X mitteilte, ruft sie … auf")."""
    doc = view.doc
    at = [i for i in (v - 1, v + 1) if lo <= i < len(doc)]
    return any(
        doc[i].text in ("er", "sie")
        and (i == v + 1 or doc[i].idx == start)
        and not plural_sie(doc, i, v)
        for i in at
    )


def _issue(view: DocView, lo: int, hi: int, v: int, act: SpeechAct) -> str | None:
    """The demanded, rejected … thing: the noun phrase after "zu(r|m)", "vor"
    (warnen), else the first noun phrase of the clause that names no actor."""
    doc = view.doc
    cues = {"zu", "zur", "zum"} | ({"vor"} if act.type == "WARN" else set())
    for i in range(lo, hi):
        if doc[i].lower_ in cues and i != v:
            # a phrase before the verb ends there ("Zum einen lobte X …")
            np = _noun_phrase(view, i + 1, v if i < v else hi)
            if np:
                return np
    start = v + 1 if v + 1 < hi else lo
    for i in list(range(start, hi)) + list(range(lo, v)):
        w = doc[i]
        if (
            w.text[:1].isupper()
            and w.is_alpha
            and not view.key(i)
            and w.lower_ not in PARTNER_NOUNS
            and not speaker_noun(w.text)
            and w.lower_ not in _NO_ISSUE  # "Die", "der Regierung"
            and w.lower_ not in _OPENING_WORDS
            # "Von X wird gefordert", "Seitens der X wurde gefordert"
            and w.lower_ not in PREPOSITIONS | AGENT_PREPOSITIONS
            # "von der Stadt Wien": the town, an actor
            and not (w.lower_ in TOWN_NOUNS and i + 1 < hi and view.key(i + 1))
            # "Die Polizeigewerkschaft streitet das ab"; not a body demanded
            # after the verb ("forderte einen Untersuchungsausschuss")
            and not (
                body_noun(w.text)
                and (i < v or doc[i - 1].lower_ not in ("einen", "eine", "ein"))
            )
            and not (
                i + 2 < hi and doc[i + 1].lower_ == "in" and body_in(view, i + 2, lo)
            )
        ):
            if i > lo and doc[i - 1].lower_ in PREPOSITIONS:
                continue
            return _noun_phrase(view, _np_start(view, i, lo), hi)
    return None


def _np_start(view: DocView, i: int, lo: int) -> int:
    doc = view.doc
    j = i
    while (
        j - 1 >= lo
        and doc[j - 1].is_lower
        and doc[j - 1].lower_.endswith(ADJ_ENDINGS)  # "aggressive", not "persönlich"
        and doc[j - 1].lower_ not in PREPOSITIONS | _ARTICLES
        and doc[j - 1].lower_ not in speech_acts()
    ):
        j -= 1
    return j


def _noun_phrase(view: DocView, i: int, hi: int) -> str | None:
    """The words from ``i`` through the first noun ("aggressive Absichten")."""
    doc = view.doc
    while i < hi and doc[i].lower_ in _ARTICLES:
        i += 1
    for j in range(i, min(hi, i + 5)):
        if doc[j].text[:1].isupper() and doc[j].is_alpha:
            return doc[i : j + 1].text
        if not (doc[j].is_lower and doc[j].is_alpha):
            return None
    return None
