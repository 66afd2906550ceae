"""Who takes part in a meeting and who convenes it (visits: :mod:`kg.extract.visits`;
the actors a stretch of words names: :mod:`kg.extract.actors`).

Participants come from German patterns around the trigger: "mit X", "zwischen
X und Y", "Vertreter der X und Y", "X leitet die Gespräche" / "von X geleitet",
for verb triggers the persons of the clause and the subject before or after
the verb; a convening body from "Sitzung des X", "im Rahmen der X", "unter
Vorsitz …", "auf Einladung …". A person named as the one who said something
("sagte X", "laut X") is no participant.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import (
    adjectives_before,
    as_actors,
    is_intergov,
    is_media,
    is_possessor,
    keys_from,
    keys_in,
    reported_speaker,
)
from kg.extract.coref import (
    person_before,
    persons_before,
    plural_subject,
)
from kg.extract.partners import (
    deal_sides,
    genitive_run,
    judges_of,
    leader_noun,
    noun_before_name,
    objects_before_participle,
    officials_of_clause,
    partners_by_reference,
)
from kg.extract.records import Kind, kind_of, name_of
from kg.extract.titles import is_title_modifier
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_OPENERS,
    FRONTED_SUBORDINATORS,
    MODALS,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.meetings import (
    COUNTERPARTS,
    FINITE_AUXILIARIES,
    IN_TALKS_VERBS,
    INVITE_VERBS,
    LEAD_VERBS,
    MUNICIPALITIES,
    OBJECT_PREPOSITIONS,
    ORGANIZER_CUES,
    PARTICIPATION,
    PARTY_BODIES,
    PHRASE_WORDS,
    REPRESENTATIVES,
    SUPPORT_VERBS,
    TABLE_VERBS,
    TRIGGER_VERBS,
    with_relation,
)
from kg.lang.de.places import PLACE_PREPOSITIONS
from kg.lang.de.time import RELATIVE_DAYS, WEEKDAYS
from kg.lang.de.titles import match_title
from kg.nlp import gazetteer

__all__ = [
    "has_word",
    "takes_part",
    "organizers",
    "participants",
    "relative_clause",
    "singular_demonym",
]


def participants(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The entity keys of who takes part in the meeting the trigger ``t``
    (``kind`` "noun" or "verb") names in ``sent``: persons, states and
    organisations; a capital taking part stands for its state."""
    out = _named_around(view, sent, t, kind)
    out += _subjects_of_noun(view, sent, t, kind)
    if kind == "noun":
        out += _subjects_of_support_verb(view, sent, t)
    if kind == "verb":
        out += _subjects_of_verb(view, sent, t)
    if t.lower_.startswith(("einbestell", "zitier", "bestellt")):
        out += _ministry_states(view, sent)
    # "Kurz empfing ihn", "sprach mit ihm", "den Gast", "zu Gast bei Papst X"
    out += partners_by_reference(view, sent, t, kind, out)
    out += [k for k in deal_sides(view, sent, t) if k not in out]
    if kind == "verb":
        out += [k for k in objects_before_participle(view, sent, t) if k not in out]
    out = [_nationals_as_org(view, sent, k) for k in out]
    out = [_demonym_person(view, sent, k) for k in out]
    # "berieten die Minister ohne den griechischen Ressortchef X": not X
    absent = {
        k
        for w in sent
        if w.lower_ == "ohne"
        for k in keys_from(view, _past_title(view, w.i + 1, sent.end), sent.end)
    }
    # "die Stadt Amsterdam": the city as a party of its own
    towns = {
        k
        for w in sent
        if w.lower_ in MUNICIPALITIES
        and w.i + 1 < sent.end
        and (k := view.place(w.i + 1))
    }
    return as_actors([k for k in out if k not in absent], view.entities, towns)


def _past_title(view: DocView, i: int, end: int) -> int:
    """The first token of the name after an article, adjectives and a title
    ("den griechischen Ressortchef X"), else ``i``."""
    doc = view.doc
    j = i
    while j < end and doc[j].lower_ in ARTICLES:
        j += 1
    while j < min(end, i + 4) and doc[j].is_lower:
        j += 1
    if j < end and match_title(doc[j].text) and j + 1 < end and view.person(j + 1):
        return j + 1
    return i


def _demonym_person(view: DocView, sent: Span, key: str) -> str:
    """A country that takes part only as a singular noun of its people after
    "der"/"die" ("Die Schwedin traf sich mit ...", "der Franzose") is the person
    named last before: the word names one of them, not the state."""
    if kind_of(key) is not Kind.PLACE:
        return key
    named = [i for i in range(sent.start, sent.end) if view.key(i) == key]
    if not named or any(not singular_demonym(view, i, key) for i in named):
        return key
    return person_before(view, sent) or key


def singular_demonym(view: DocView, i: int, key: str) -> bool:
    """Token ``i`` is a noun of one of ``key``'s people after a singular article:
    "die Schwedin", "der Franzose", "dem Briten" (not "die Briten")."""
    doc = view.doc
    word = doc[i]
    if not word.text[:1].isupper() or word.text == name_of(key) or i == 0:
        return False
    c = gazetteer.country_of(word.text)
    if c is None or c.name != name_of(key):
        return False
    art = doc[i - 1].lower_
    if art == "die":
        return word.lower_.endswith("in")  # "die Schwedin", not "die Schweden"
    return art in ("der", "dem")


def _nationals_as_org(view: DocView, sent: Span, key: str) -> str:
    """A country that takes part as its people ("verhandelt mit den
    Italienern") is the one organisation the article introduces with the
    country's adjective ("die italienische Mutter Unicredit"), if it has one;
    else the country."""
    if kind_of(key) is not Kind.PLACE:
        return key
    doc = view.doc
    if not any(
        view.key(i) == key
        and doc[i].text[:1].isupper()
        and doc[i].text.endswith("n")
        and doc[i].text != name_of(key)
        and (c := gazetteer.country_of(doc[i].text)) is not None
        and c.name == name_of(key)
        for i in range(sent.start, sent.end)
    ):
        return key
    orgs = set()
    for i in range(len(doc)):
        k = view.org(i)
        if k is None or (i > 0 and view.key(i - 1) == k):
            continue
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and not doc[i - 1].text[:1].isupper()):
                break
            word = doc[j]
            if word.is_lower and (c := gazetteer.country_of(word.text)) is not None:
                if c.name == name_of(key):
                    orgs.add(k)
                break
    return next(iter(orgs)) if len(orgs) == 1 else key


def _persons_in(view: DocView, sent: Span, start: int, end: int) -> list[str]:
    """The persons named in tokens ``start`` to ``end`` of ``sent``, but for
    the one who said something ("sagte X")."""
    return [
        k
        for i in range(start, end)
        if (k := view.person(i))
        and not reported_speaker(view.doc, i, sent)
        and not is_possessor(view, i, end)  # "Putins Berater X": X
    ]


def _named_around(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The participants the words of ``sent`` name: "das Treffen von X und Y",
    "mit X", "zwischen X und Y", "Vertreter der X", "X leitet die Gespräche",
    "X nimmt am Treffen teil"."""
    doc = view.doc
    out: list[str] = []
    end = sent.end
    if kind == "noun" and (rel := relative_clause(sent, t)) is not None:
        # "Dieser Vorgipfel, bei dem auch X sowie Y vertreten sein werden"
        if takes_part(doc[rel[0] : rel[1]]):
            out += keys_in(view, *rel)
    if kind == "noun" and (inv := _invited_clause(view, sent, t)) is not None:
        # "ein Treffen mit Lobbyisten, zu dem Vertreter von X, Y und Z
        # eingeladen waren": the invited
        out += [k for k in keys_in(view, *inv) if not is_media(k)]
    for w in sent:
        low = w.lower_
        if low == "von" and kind == "noun" and w.i == t.i + 1:
            out += keys_from(view, w.i + 1, end)  # "das Treffen von X und Y"
        elif kind == "noun" and w.i == t.i + 1 and view.key(w.i):
            # "der Besuch Erdoğans in Wien", "die Gespräche Athens mit den
            # Gläubigern", "Treffen EU, Ukraine, Russland möglich"
            out += keys_from(view, w.i, end)
        elif (
            kind == "noun"
            and low in ("der", "des")
            and w.i == t.i + 1
            and leader_noun(doc[w.i + 1 : w.i + 2])
        ):
            # "das Treffen der Außenminister Polens und Ungarns"
            out += _members_after(view, w.i + 1, end)
        elif (
            kind == "noun"
            and low in ("der", "des")
            and w.i == t.i + 1
            and (k := view.key(w.i + 1))
            and kind_of(k) is not Kind.PERSON
            and _then_mit(view, w.i + 1, k, end)
        ):
            # "Die Gespräche der Unicredit mit Baumax": the genitive is a
            # party as much as the one after "mit"
            out.append(k)
        elif (
            low in ("mit", "zwischen")
            # "erörterten das Atomabkommen mit den USA": the noun's "mit"
            # (unless the noun is the trigger: "das Abkommen mit Kanada")
            and not (
                low == "mit"
                and w.i - 1 not in (sent.start - 1, t.i)
                and with_relation(doc[w.i - 1].lower_)
            )
        ) and (
            w.i == t.i + 1
            or (w.i > t.i and w.i - t.i <= 4)
            or kind == "verb"
            # "das Treffen der Staats- und Regierungschefs der EU mit der Türkei"
            or (kind == "noun" and w.i > t.i and genitive_run(view, t.i + 1, w.i))
        ):
            j = w.i + 1
            if (c := _counterpart_end(doc, j, end)) is not None:
                # "die Einigung mit seinem Amtskollegen X": the subject that
                # "sein" points to is the other party
                j = c
                if kind == "noun" and w.i > t.i:
                    start = max(
                        [sent.start]
                        + [
                            i + 1
                            for i in range(sent.start, t.i)
                            if doc[i].text in ",;:–"
                        ]
                    )
                    out += _persons_in(view, sent, start, t.i)
            r = j
            if r + 1 < end and doc[r].lower_ in ("den", "dem", "der", "die"):
                r += 1  # "verhandelte mit den Vertretern der Gewerkschaft"
            if (
                r + 1 < end
                and doc[r].lower_ in REPRESENTATIVES
                and doc[r + 1].lower_ in ("der", "des", "von", "aus")
            ):
                # "traf sich mit Vertretern von ÖGB und Arbeiterkammer", "mit
                # einer Delegation aus China"
                j = r + (2 if doc[r + 1].lower_ in ("von", "aus") else 1)
            out += keys_from(view, j, end)
        elif (
            kind == "noun"
            and low in INVITE_VERBS
            and abs(w.i - t.i) <= 12
            and _invited_to(view, w, t)
        ):
            # "Olaf Berg lud Ida Roth zu einem Gespräch ein", "hat X zu
            # Gesprächen eingeladen": the host and the guest, named in the
            # clause of the verb
            start = max(
                [sent.start]
                + [
                    i + 1
                    for i in range(sent.start, min(w.i, t.i))
                    if doc[i].text in ",;:–"
                ]
            )
            out += [k for k in keys_in(view, start, t.i) if not is_media(k)]
        elif (
            low == "mit"
            and kind == "noun"
            and w.i < t.i
            and t.i - w.i <= 8
            and (p := _partner_before(view, w.i + 1, t.i)) is not None
        ):
            # "Die Gewerkschaft führt mit der Wirtschaftskammer Verhandlungen",
            # "hat mit X eine Einigung erzielt": the partner before the noun
            out += keys_from(view, p, t.i)
        elif (
            low in REPRESENTATIVES
            and abs(w.i - t.i) <= 4
            and w.i + 1 < end
            and (
                doc[w.i + 1].lower_ in ("der", "des", "von", "aus") or view.key(w.i + 1)
            )
        ):
            # "Vertreter der USA und Russlands", "Vertreter Kolumbiens und der
            # FARC", "mit Vertretern von ÖGB und Arbeiterkammer", "empfing eine
            # Delegation aus China"
            nxt = w.i + 2 if doc[w.i + 1].lower_ in ("von", "aus") else w.i + 1
            out += keys_from(view, nxt, end)
        elif kind == "verb" and officials_of_clause(view, w, t):
            # "Tsipras trifft am Dienstag in Brüssel die Staats- und
            # Regierungschefs der Eurozone", "Die Finanzminister der Eurozone
            # kamen am Montag zusammen": the body whose officials meet
            out += [
                k
                for k in _members_after(view, w.i, end)
                if kind_of(k) is not Kind.PERSON
            ]
        elif LEAD_VERBS.match(low):
            leaders = _persons_in(view, sent, sent.start, end)
            if not leaders and has_word(sent, "er"):
                # "Im Mai soll er einen Gipfel in London leiten"
                leaders = [k] if (k := person_before(view, sent)) else []
            out += leaders
            # "von russischer Seite geleitet": the side takes part
            out += [
                k
                for i in range(sent.start + 1, end)
                if doc[i].lower_ == "seite" and (k := view.place(i - 1))
            ]
        elif low.startswith(("teilnehm", "teilnahm")) or (
            low in ("nimmt", "nahm", "nehmen", "nahmen") and has_word(sent, "teil")
        ):
            # "Juncker wird am G7-Treffen teilnehmen"
            out += _persons_in(view, sent, sent.start, end)
    return out


def _then_mit(view: DocView, i: int, key: str, end: int) -> bool:
    """The name ``key`` that starts at token ``i`` is followed by "mit"."""
    while i < end and view.key(i) == key:
        i += 1
    return i < end and view.lowers[i] == "mit"


def _invited_to(view: DocView, w: Token, t: Token) -> bool:
    """``w``, a verb of inviting ("lud ... ein", "eingeladen", "lädt"),
    invites to the meeting noun ``t``: "zu" ("zum", "zur") and at most two
    articles or adjectives before ``t``, and no comma between the two."""
    a, b = min(w.i, t.i), max(w.i, t.i)
    if any(view.texts[i] in (",", ";", ":") for i in range(a, b)):
        return False
    # the verb before the noun bounds the search; after it, the sentence
    lo = w.i if w.i < t.i else max(t.sent.start, t.i - 3)
    z = t.i - 1
    while z > lo and t.i - z < 3 and view.lowers[z] not in ("zu", "zum", "zur"):
        z -= 1
    return view.lowers[z] in ("zu", "zum", "zur") and all(
        view.texts[i][:1].islower() for i in range(z + 1, t.i)
    )


def _partner_before(view: DocView, start: int, end: int) -> int | None:
    """The first token of the named partner in "mit der Wirtschaftskammer
    [eine, neue] Verhandlungen", "mit X an den Verhandlungstisch": from
    ``start`` (after "mit") articles, then the names and their "und" up to
    ``end`` (the meeting noun) but for articles, inflected adjectives and "an",
    "zu"; else None."""
    doc = view.doc
    j = start
    while j < end and doc[j].lower_ in ARTICLES:
        j += 1
    first = j
    if j >= end or not view.key(j):
        return None
    while j < end and (
        view.key(j) or doc[j].lower_ in ARTICLES or doc[j].lower_ in ("und", ",")
    ):
        j += 1
    if doc[j - 1].lower_ in ("und", ","):
        return None
    rest = doc[j:end]
    if len(rest) > 3 or not all(
        w.is_lower
        and w.is_alpha
        and (
            w.lower_ in ARTICLES
            or w.lower_.endswith(("e", "en", "er", "es", "em"))
            # "kehrt mit X an den Verhandlungstisch zurück"
            or w.lower_ in ("an", "am", "zum", "zur", "zu")
        )
        and w.lower_ not in FINITE_AUXILIARIES
        for w in rest
    ):
        return None
    return first


def _subjects_of_noun(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
    """The subject of the clause of a trigger that is theirs ("ihr Treffen",
    "zu Besuch", any verb trigger), of an opening phrase ("Bei einem Treffen mit
    X sagte Y"), or "er", the person named before."""
    doc = view.doc
    out: list[str] = []
    subject_trigger = kind == "verb" or (
        kind == "noun"
        and t.i > sent.start
        and doc[t.i - 1 - adjectives_before(doc, t, sent)].lower_
        in POSSESSIVES | {"zu"}
    )
    if kind == "noun" and subject_trigger:
        # "Xi und Obama hatten ihr Treffen in Peking genutzt", "X ist in Y zu
        # Besuch": the subject's persons
        out += _persons_in(view, sent, sent.start, t.i)
    with_partner = has_word(doc[t.i + 1 : min(sent.end, t.i + 3)], "mit")
    if kind == "noun" and (with_partner or _at_meeting(view, sent, t)):
        before = doc[max(sent.start, t.i - 4) : t.i]
        if any(
            w.lower_ in ("bei", "beim", "während", "nach")
            # "Im Gespräch mit X betonte Y" (a medium as X: an interview),
            # "Zu einem Treffen mit X reiste Y nach Rom"
            or (w.lower_ in ("im", "zu", "zum") and w.i == sent.start)
            # "meinte am Rande des EU-Außenministerrats"
            or (w.lower_ == "rande" and doc[w.i - 1].lower_ == "am")
            or (w.lower_ == "auf" and doc[w.i + 1].lower_ in ("der", "dem"))
            # "Stubb sagte vor der Sitzung der Eurogruppe", "erhält Mandat vor
            # Sitzung der Eurogruppe"; not a warning against it ("warnte vor
            # dem Treffen")
            or (
                w.lower_ == "vor"
                and all(
                    view.lowers[i] in ("der", "dem", "einer", "einem")
                    for i in range(w.i + 1, t.i)
                )
                and not any(
                    view.lowers[i].startswith(("warn", "gewarnt", "angst", "sorge"))
                    # "vor dem EU-Gipfel wollten X und Y zusammenkommen": the
                    # meeting dates the clause's own one
                    or (view.lowers[i] in TRIGGER_VERBS and view.texts[i][:1].islower())
                    for i in range(sent.start, sent.end)
                )
            )
            for w in before
        ):
            # "Xi sagte bei einem Treffen mit Erdoğan": the subject took part;
            # with no partner named, only the subject of the trigger's own
            # clause ("Merkel kritisierte, dass sie bei der Konferenz ...": not
            # Merkel)
            start = sent.start
            if not with_partner:
                start = max(
                    [sent.start]
                    + [i + 1 for i in range(sent.start, t.i) if doc[i].text in ",;:–"]
                )
            out += [k for i in range(start, t.i) if (k := view.person(i))]
            # "Bei einem Treffen mit Erdoğan in Ankara sprach Außenminister Kurz",
            # "Nach ihrem Gespräch mit Macron sagte Merkel": the subject after
            # the verb that follows the opening phrase
            if t.i - sent.start <= 4 and (k := _subject_after_phrase(view, sent, t)):
                out.append(k)
    if kind == "noun" and not out and _at_meeting(view, sent, t):
        out += judges_of(view, sent, t)
    named_subject = any(view.person(i) for i in range(sent.start, t.i))
    if subject_trigger and (kind == "verb" or not named_subject):
        # "In Havanna hatte er zuvor Fidel Castro getroffen": "er" is the person
        # last named before this sentence
        er = next((w.i for w in sent if w.lower_ == "er"), None)
        if (
            er is not None
            # "reist Kerry nach Ankara, wo er X treffen soll": "er" is Kerry
            and not any(view.person(i) for i in range(sent.start, er))
        ) or (
            kind == "noun"
            and doc[t.i - 1 - adjectives_before(doc, t, sent)].lower_
            in ("seinem", "seinen", "seine", "sein")
        ):
            ante = person_before(view, sent)
            if ante is not None:
                out.append(ante)
    if subject_trigger:
        # "Am Wochenende trafen sie sich", "die beiden Minister setzten ihre
        # Beratungen fort": the two persons named last before
        # (a visit is the visitor's own: "sie besuchen die Schule")
        if (
            "besuch" not in t.lower_
            and (i := plural_subject(view, sent, t)) is not None
        ):
            out += persons_before(view, sent, i)
    return out


def _at_meeting(view: DocView, sent: Span, t: Token) -> bool:
    """The meeting noun ``t`` names its meeting by itself ("nach dem
    Krisentreffen", "auf der Eurogruppensitzung"): no participants of its own
    follow it ("des Rates", "von X", "zwischen X und Y", a genitive name), so
    the subject of the clause is the one who is there: "Dijsselbloem sagte nach
    dem Krisentreffen", "Der Minister wird auf der Sitzung zustimmen"."""
    doc = view.doc
    j = t.i + 1
    if j >= sent.end:
        return True
    if doc[j].lower_ in ("von", "zwischen", "mit") or view.key(j):
        return False
    if (
        doc[j].lower_ in ("der", "des")
        and j + 1 < sent.end
        and (k := view.key(j + 1))
        and is_intergov(k)
    ):
        # "Stubb meinte bei der Sitzung der Eurogruppe": the session of an
        # intergovernmental body its members attend; the subject is one of
        # them, unless the genitive runs on to other parties ("der EU und
        # Russlands")
        n = j + 1
        while n < sent.end and view.key(n) == k:
            n += 1
        return n >= sent.end or doc[n].lower_ not in ("und", "sowie", "mit", ",")
    return not (
        doc[j].lower_ in ("der", "des")
        and j + 1 < sent.end
        and (view.key(j + 1) or doc[j + 1].text[:1].isupper())
    )


def _subjects_of_support_verb(view: DocView, sent: Span, t: Token) -> list[str]:
    """The subject of a verb that takes the talks as its object ("ÖVP und FPÖ
    führen Sondierungsgespräche", "Die SPÖ nahm Gespräche mit der FPÖ auf",
    "Seit Montag führen ÖVP und FPÖ Gespräche", "Die SPÖ hat Gespräche
    aufgenommen"): the named actors that open the clause before the verb (or
    its auxiliary), or stand right after it."""
    doc = view.doc
    for v in sent:
        particle = SUPPORT_VERBS.get(v.lower_) if v.is_lower else None
        if particle is None and v.is_lower and t.lower_.endswith("tisch"):
            particle = TABLE_VERBS.get(v.lower_)
        if (
            particle is None
            and v.i < t.i
            and v.lower_ in IN_TALKS_VERBS
            and any(  # also "in fortgeschrittenen Gesprächen"
                doc[j].lower_ == "in" and all(w.is_lower for w in doc[j + 1 : t.i])
                for j in range(max(sent.start, t.i - 3), t.i)
            )
        ):
            particle = ""  # "Baumax ist in Gesprächen mit der Unicredit"
        if particle is None or abs(v.i - t.i) > 8 or v.i == t.i:
            continue
        if particle and not any(
            w.lower_ == particle for w in doc[max(v.i, t.i) + 1 : sent.end]
        ):
            continue
        finite = v
        if v.i == t.i + 1 and t.i - sent.start <= 2 and not particle:
            # "Die Gespräche führen die EU, die EZB sowie der IWF": the
            # subject after the verb when the talks open the sentence
            keys = keys_from(view, v.i + 1, sent.end)
            if keys:
                return [k for k in keys if not is_media(k)]
        if v.i > t.i:  # "hat Gespräche aufgenommen": the auxiliary before
            aux = [
                w
                for w in doc[sent.start : t.i]
                if w.lower_ in AUXILIARIES or w.lower_ in MODALS
            ]
            if not aux:
                # "..., dass die ÖVP Gespräche mit der FPÖ führt": the subject
                # opens the subordinate clause
                openers = [
                    w.i for w in doc[sent.start : t.i] if w.lower_ in CLAUSE_OPENERS
                ]
                if not openers:
                    continue
                start = openers[-1] + 1
                keys = keys_from(view, start, t.i)
                if keys and _ends_at(view, keys[-1], start, t.i):
                    return [k for k in keys if not is_media(k)]
                continue
            finite = aux[0]
        # "Noch wichtiger: Die EU startete ...": the clause after a colon
        first = max(
            [sent.start]
            + [i + 1 for i in range(sent.start, finite.i) if doc[i].text in (":", ";")]
        )
        keys = keys_from(view, first, finite.i)
        if keys and _ends_at(view, keys[-1], first, finite.i):
            return [k for k in keys if not is_media(k)]
        if finite.i > sent.start and finite.i < t.i:
            keys = keys_from(view, finite.i + 1, t.i)
            if keys and _ends_at(view, keys[-1], finite.i + 1, t.i):
                return [k for k in keys if not is_media(k)]
    return []


def _ends_at(view: DocView, key: str, start: int, end: int) -> bool:
    """The phrase of keys from ``start`` runs up to token ``end``: the last
    token before ``end`` is ``key``'s."""
    return end - 1 >= start and view.key(end - 1) == key


def _subjects_of_verb(view: DocView, sent: Span, t: Token) -> list[str]:
    """For a verb trigger: the persons of the clause, and the states or
    organisations before the verb ("Russland und die USA verhandeln") or right
    after it ("Am Montag verhandeln Moskau und Washington")."""
    doc = view.doc
    end = sent.end
    start = sent.start
    if (
        doc[start].lower_ in FRONTED_SUBORDINATORS
        and t.i - 1 > start
        and doc[t.i - 1].text == ","
    ):
        start = t.i  # "Während X ..., erörterte Y mit Z": the main clause's
    out = _persons_in(view, sent, start, end)
    # "Russland und die USA verhandeln": subject right before the verb
    j = t.i - 1
    while j >= sent.start and doc[j].lower_ in ("die", "der", "das"):
        j -= 1
    if (
        j >= sent.start
        and (k := view.key(j))
        and kind_of(k) is not Kind.PERSON
        and not reported_speaker(doc, j, sent)  # "Laut Kreml sprachen ..."
    ):
        while j - 1 >= sent.start and view.key(j - 1) == k:
            j -= 1
        # "Die USA und Russland treffen sich": back to the start of the list
        while True:
            p = j - 1
            while p >= sent.start and doc[p].lower_ in ARTICLES:
                p -= 1
            if p < sent.start or doc[p].lower_ not in ("und", ",", "sowie"):
                break
            q = p - 1
            while q >= sent.start and doc[q].lower_ in ARTICLES:
                q -= 1
            kq = view.key(q) if q >= sent.start else None
            if not kq or kind_of(kq) is Kind.PERSON:
                break
            j = q
            while j - 1 >= sent.start and view.key(j - 1) == kq:
                j -= 1
        p = j - 1
        while p >= sent.start and doc[p].lower_ in ARTICLES | MUNICIPALITIES:
            p -= 1
        # "In Wien trafen sich X und Y", "Beim Gipfel in Brüssel traf X": where,
        # not who
        # ... but "Die Spitzen von SPÖ und ÖVP trafen sich": who
        if (
            p < sent.start
            # "über die Ukraine beraten", "für die Ukraine verhandeln": what
            # or for whom, not who ("mit Russland verhandeln" is who)
            or doc[p].lower_ not in PLACE_PREPOSITIONS | OBJECT_PREPOSITIONS
            or (
                doc[p].lower_ == "von"
                and p > sent.start
                and doc[p - 1].lower_ in REPRESENTATIVES
            )
        ):
            out += keys_from(view, j, t.i)
    # "Die ÖVP und die FPÖ haben sich geeinigt", "Die ÖVP will mit der FPÖ
    # verhandeln": the named actors that open the clause, before its auxiliary
    keys = keys_from(view, sent.start, t.i)
    j = sent.start
    while j < t.i and (
        view.key(j)
        or doc[j].lower_ in ARTICLES | MUNICIPALITIES | PARTY_BODIES | {"und", ","}
        or (
            doc[j].lower_ in REPRESENTATIVES
            and j + 1 < t.i
            and (view.key(j + 1) or doc[j + 1].lower_ == "von")
        )
        # "Die Spitzen von SPÖ und ÖVP trafen sich"
        or (
            doc[j].lower_ == "von"
            and j > sent.start
            and doc[j - 1].lower_ in REPRESENTATIVES
            and j + 1 < t.i
            and bool(view.key(j + 1))
        )
        or noun_before_name(view, sent, j, t.i)
    ):
        j += 1
    if keys and j > sent.start and doc[j - 1].lower_ in ("und", "sowie", ","):
        # "ÖVP, FPÖ, Grüne und zwei Listen hatten sich geeinigt": the list runs
        # on with members the model left untagged or that have no name
        n = j
        while (
            n < min(t.i, j + 5)
            and (not doc[n].is_punct or doc[n].text == ",")
            and not view.key(n)
            and doc[n].lower_ not in FINITE_AUXILIARIES
        ):
            n += 1
        j = n
    if j > sent.start and doc[j].lower_ in FINITE_AUXILIARIES:
        keys = keys or keys_in(view, sent.start, j)  # "Die Firma Siemens hat"
        out += [k for k in keys if kind_of(k) is not Kind.PERSON and not is_media(k)]
    out += _subject_of_final_verb(view, sent, t)
    # "Am Montag verhandeln Moskau und Washington": the subject after the verb
    j = t.i + 1
    # "empfing am Montag die Junge Generation": a day between verb and object
    while j < end and (
        doc[j].lower_ in RELATIVE_DAYS
        or (doc[j].lower_ == "am" and j + 1 < end and doc[j + 1].lower_ in WEEKDAYS)
    ):
        j += 2 if doc[j].lower_ == "am" else 1
    # "einigten sich die Koalitionsparteien SPÖ und ÖVP"
    if j < end and doc[j].lower_ == "sich":
        j += 1
    while j < end and doc[j].lower_ in ("die", "der", "das"):
        j += 1
    if j + 1 < end and doc[j].lower_ in PARTY_BODIES:
        j += 1
    if j < end and (k := view.key(j)) and kind_of(k) is not Kind.PERSON:
        out += keys_from(view, j, end)
    elif j < end and leader_noun(doc[j : j + 1]):
        # "treffen sich die Staatsspitzen der Visegrád-Staaten – Tschechien,
        # Polen, Slowakei und Ungarn – sowie Bulgariens in Prag"
        out += _members_after(view, j, end)
    return out


def relative_clause(sent: Span, t: Token) -> tuple[int, int] | None:
    """(start, end) of the relative clause right after the meeting noun ``t``
    that opens with a preposition ("Der Gipfel, bei dem ...", ", an der ..."),
    up to the next comma; else None."""
    doc = sent.doc
    i = t.i + 1
    if not (
        i + 2 < sent.end
        and doc[i].text == ","
        and doc[i + 1].lower_ in ("bei", "an", "zu", "auf")
        and doc[i + 2].lower_ in RELATIVE_PRONOUNS
    ):
        return None
    end = next(
        (w.i for w in doc[i + 3 : sent.end] if w.text in (",", ";", ":")), sent.end
    )
    return i + 3, end


def _invited_clause(view: DocView, sent: Span, t: Token) -> tuple[int, int] | None:
    """(start, end) of the words between "zu dem" and a verb of inviting in a
    relative clause after the meeting noun ``t`` ("ein Treffen [mit X], zu dem
    Vertreter von Y und Z eingeladen waren"); the comma that opens it within
    five words of ``t``, with no verb before it; else None."""
    doc = view.doc
    lowers = view.lowers
    i = t.i + 1
    while i < min(sent.end, t.i + 6) and lowers[i] != ",":
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
        i += 1
    if not (
        i + 2 < sent.end
        and lowers[i] == ","
        and lowers[i + 1] == "zu"
        and lowers[i + 2] in ("dem", "der", "denen")
    ):
        return None
    for j in range(i + 3, sent.end):
        if lowers[j] in INVITE_VERBS:
            return i + 3, j
        if lowers[j] in (";", ":"):
            return None
    return None


def takes_part(words: Span) -> bool:
    """``words`` (a clause) say that someone takes part: "teilnehmen",
    "anwesend", "vertreten" with a form of "sein" ("sind ... vertreten",
    "vertreten sein werden"; not "vertreten die Interessen")."""
    low = {w.lower_ for w in words}
    if not low & PARTICIPATION:
        return False
    if low & (PARTICIPATION - {"vertreten"}):
        return True
    return bool(low & {"sind", "ist", "waren", "war", "sein", "seien", "sei"})


def _counterpart_end(doc: Doc, j: int, end: int) -> int | None:
    """After "mit" at ``j - 1``: the token after "seinem [polnischen]
    Amtskollegen" (a possessive, adjectives, a noun of ``COUNTERPARTS``), or
    None."""
    if j >= end or doc[j].lower_ not in POSSESSIVE_ARTICLES:
        return None
    k = j + 1
    while k < min(end, j + 4) and doc[k].is_lower:
        k += 1
    if k < end and doc[k].lower_ in COUNTERPARTS:
        return k + 1
    return None


def _members_after(view: DocView, i: int, end: int) -> list[str]:
    """The states and bodies whose office holders the plural noun at ``i``
    names: "Außenminister Polens und Ungarns", "Regierungschefs von X und Y",
    "Staatsspitzen der vier Visegrád-Staaten – Tschechien, Polen und Ungarn –
    sowie Bulgariens" (the list after the dash, not the group before it)."""
    doc = view.doc
    if doc[i].lower_ == "staats-" and i + 2 < end and doc[i + 1].lower_ == "und":
        i += 2
    n = i + 1
    if n < end and doc[n].lower_ in ("der", "des", "von"):
        n += 1
        # "der vier", "der am meisten betroffenen": numbers and adjectives
        while (
            n < min(end, i + 8)
            and not view.key(n)
            and (doc[n].is_lower or doc[n].like_num)
        ):
            n += 1
    if n >= end or not view.key(n):
        return []
    k = view.key(n)
    m = n
    while m < end and view.key(m) == k:
        m += 1
    if m + 1 < end and doc[m].text in ("–", "—", "(", ":") and view.key(m + 1):
        n = m + 1  # the members after the group's name
    keys = keys_from(view, n, end)
    # "– sowie Mazedoniens und Bulgariens": the list runs on after the dash
    m = n
    while m < end and (
        view.key(m) or doc[m].lower_ in ("und", ",") or doc[m].lower_ in ARTICLES
    ):
        m += 1
    if (
        m + 2 < end
        and doc[m].text in ("–", "—", ")")
        and doc[m + 1].lower_ in ("sowie", "und")
        and view.key(m + 2)
    ):
        keys += keys_from(view, m + 2, end)
    return keys


def _subject_of_final_verb(view: DocView, sent: Span, t: Token) -> list[str]:
    """The states and organisations that stand first in the clause a verb
    trigger ends: after the word that opens a subordinate clause ("..., wenn
    die EU und die USA ihr Abkommen ausverhandeln") or after the finite
    auxiliary of a main clause ("Am Montag will die SPÖ mit der FPÖ
    verhandeln")."""
    doc = view.doc
    nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in FINITE_AUXILIARIES):
        return []
    for i in range(t.i - 1, sent.start - 1, -1):
        w = doc[i]
        if w.is_punct and w.text not in (",", "(", ")"):
            return []
        if w.lower_ in ("und", ",") and i > sent.start and view.key(i - 1):
            continue  # "die EU und die USA": a list, not a new clause
        if w.lower_ in CLAUSE_OPENERS or w.lower_ in FINITE_AUXILIARIES:
            j = i + 1
            # "..., wo sich Ärztekammer, Krankenkasse und Stadt geeinigt haben"
            while j < t.i and (doc[j].lower_ in ARTICLES or doc[j].lower_ == "sich"):
                j += 1
            # "haben sich die Sozialpartner X und Y geeinigt"
            if j + 1 < t.i and doc[j].lower_ in PARTY_BODIES and view.key(j + 1):
                j += 1
            if j >= t.i or not view.key(j):
                return []
            return [
                k
                for k in keys_from(view, j, t.i)
                if kind_of(k) is not Kind.PERSON and not is_media(k)
            ]
    return []


def organizers(
    view: DocView,
    sent: Span,
    t: Token,
) -> list[str]:
    doc = view.doc
    out: list[str] = []
    if k := view.org(t.i):
        out.append(k)  # "G7-Gipfel", "Nato-Treffen"
    j = t.i + 1
    if j < sent.end and doc[j].lower_ in ("des", "der"):
        k = view.key(j + 1)
        if k and kind_of(k) is Kind.ORG:
            out.append(k)
    for w in sent:
        if w.i + 2 < sent.end and (w.lower_, doc[w.i + 1].lower_) in ORGANIZER_CUES:
            out += [
                k for k in keys_from(view, w.i + 2, sent.end) if kind_of(k) is Kind.ORG
            ]
    return [k for k in dict.fromkeys(out) if k in view.entities]


def _ministry_states(
    view: DocView,
    sent: Span,
) -> list[str]:
    """The place whose ministry summons: "das türkische Außenministerium", "das
    Außenministerium in Ankara" (a capital stands for its state later)."""
    doc = view.doc
    out = []
    for w in sent:
        if not w.lower_.endswith(("ministerium", "außenamt")):
            continue
        before = view.key(w.i - 1) if w.i > sent.start else None
        if before and kind_of(before) is Kind.PLACE:
            out.append(before)
        elif (
            w.i + 2 < sent.end
            and doc[w.i + 1].lower_ == "in"
            and (k := view.key(w.i + 2))
            and kind_of(k) is Kind.PLACE
        ):
            out.append(k)
    return out


def has_word(sent: Span, word: str) -> bool:
    return any(w.lower_ == word for w in sent)


def _subject_after_phrase(
    view: DocView,
    sent: Span,
    t: Token,
) -> str | None:
    """The person right after the verb that ends an opening phrase "Bei einem
    Treffen mit [dem türkischen Präsidenten] X [in Y]": skip the phrase (names,
    articles, prepositions, titles and their adjectives), take one lower-case
    word as the verb, then the person after it (titles allowed before)."""
    doc = view.doc
    j = t.i + 1
    while j < sent.end and (
        view.key(j)
        or doc[j].lower_ in PHRASE_WORDS
        or match_title(doc[j].text)
        or (doc[j].is_lower and is_title_modifier(doc[j].lower_))
    ):
        j += 1
    if j >= sent.end or not (doc[j].is_lower and doc[j].is_alpha):
        return None
    for k in range(j + 1, min(sent.end, j + 5)):
        key = view.key(k)
        if key is not None and view.texts[k][:1].islower():
            continue  # "der österreichische Außenminister X": not Österreich
        if key is not None:
            # "Beim EU-Gipfel wollte Griechenland eine Lösung finden": a state or
            # an organisation too, not a city ("in Wien") nor a medium
            e = view.entities.get(key)
            state = (
                kind_of(key) is Kind.PLACE
                and e is not None
                and e.place_kind == "country"
            )
            org = kind_of(key) is Kind.ORG and not is_media(key)
            return key if kind_of(key) is Kind.PERSON or state or org else None
        if not (
            match_title(doc[k].text)
            or doc[k].lower_ in PHRASE_WORDS
            or (k == j + 1 and doc[k].lower_ == "sich")  # "sprach sich X aus"
            or (doc[k].is_lower and is_title_modifier(doc[k].lower_))
        ):
            return None
    return None
