"""The subjects of a meeting trigger's clause (what :mod:`kg.extract.participants`
adds to the names around the trigger): the persons of the clause, the named
actors that open it or follow its verb ("ÖVP und FPÖ führen Gespräche", "Am
Montag verhandeln Moskau und Washington"), the subject of an opening phrase
("Bei einem Treffen mit X sagte Y"), "er" and "die beiden" as the persons named
before; and the states whose office holders a plural noun names ("die
Außenminister Polens und Ungarns").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import (
    adjectives_before,
    is_intergov,
    is_media,
    is_possessor,
    keys_from,
    keys_in,
    org_apposition,
    reported_speaker,
)
from kg.extract.coref import (
    person_before,
    person_genders,
    persons_before,
    plural_subject,
)
from kg.extract.final_verb_subjects import subject_of_final_verb
from kg.extract.focus import dateline_end
from kg.extract.partners import judges_of, leader_noun, noun_before_name
from kg.extract.records import Kind, kind_of
from kg.extract.titles import is_title_modifier
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_OPENERS,
    FRONTED_SUBORDINATORS,
    MODALS,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.meeting_formats import GOING_VERBS
from kg.lang.de.meetings import (
    FINITE_AUXILIARIES,
    HAVE_FORMS,
    HAVE_OBJECT_DETERMINERS,
    IN_TALKS_VERBS,
    MUNICIPALITIES,
    OBJECT_PREPOSITIONS,
    PARTY_BODIES,
    PHRASE_WORDS,
    REPRESENTATIVES,
    SUPPORT_VERBS,
    TABLE_VERBS,
    TRIGGER_VERBS,
)
from kg.lang.de.places import PLACE_PREPOSITIONS
from kg.lang.de.time import RELATIVE_DAYS, WEEKDAYS
from kg.lang.de.titles import match_title, title_forms

__all__ = [
    "apposed_person_start",
    "has_word",
    "members_after",
    "persons_in",
    "relative_clause_of_verb",
    "subjects_of_noun",
    "subjects_of_support_verb",
    "subjects_of_verb",
]


def persons_in(view: DocView, sent: Span, start: int, end: int) -> list[str]:
    """The persons named in tokens ``start`` to ``end`` of ``sent``, but for
    the one who said something ("sagte X")."""
    return [
        k
        for i in range(start, end)
        if (k := view.person(i))
        and not reported_speaker(view.doc, i, sent)
        and not is_possessor(view, i, end)  # "Putins Berater X": X
    ]


def subjects_of_noun(view: DocView, sent: Span, t: Token, kind: str) -> list[str]:
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
        out += persons_in(view, sent, sent.start, t.i)
    with_partner = has_word(doc[t.i + 1 : min(sent.end, t.i + 3)], "mit")
    if kind == "noun" and (with_partner or _at_meeting(view, sent, t)):
        before = doc[max(sent.start, t.i - 4) : t.i]
        if any(
            w.lower_ in ("bei", "beim", "während", "nach")
            # "Im Gespräch mit X betonte Y" (a medium as X: an interview), "In
            # einem Telefonat mit X sagte Y", "Zu einem Treffen mit X reiste Y"
            or (w.lower_ in ("im", "in", "zu", "zum") and w.i == sent.start)
            # "..., Y habe im Gespräch mit Minister X zugesagt": in its clause
            # too, when the one after "mit" is named (not "mit Journalisten")
            or (w.lower_ == "im" and w.i == t.i - 1 and _named_partner(view, sent, t))
            # "meinte am Rande des EU-Außenministerrats"
            or (w.lower_ == "rande" and doc[w.i - 1].lower_ == "am")
            or (w.lower_ == "auf" and doc[w.i + 1].lower_ in ("der", "dem"))
            # "X reist zum EU-Gipfel nach Brüssel": who goes there takes part
            or (
                w.lower_ in ("zum", "zur")
                and any(v in GOING_VERBS for v in view.lowers[sent.start : sent.end])
            )
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
                # "Der Chef der Agentur, X, hatte bei einem Besuch": X
                start = apposed_person_start(view, sent, start)
            out += [k for i in range(start, t.i) if (k := view.person(i))]
            # "Bei einem Treffen mit Erdoğan in Ankara sprach Außenminister Kurz",
            # "Nach ihrem Gespräch mit Macron sagte Merkel": the subject after
            # the verb that follows the opening phrase
            if t.i - sent.start <= 4:
                out += _subject_after_phrase(view, sent, t)
    if kind == "noun" and not out and _at_meeting(view, sent, t):
        out += judges_of(view, sent, t)
    named_subject = any(view.person(i) for i in range(sent.start, t.i))
    # "Er betonte, dass ... bei den Ministern liege, die in X beraten": the
    # verb closing a relative clause has its own subject, not the main one's
    rel = relative_clause_of_verb(view, sent, t) if kind == "verb" else None
    clause = range(rel[0], rel[1]) if rel is not None else range(sent.start, sent.end)
    if subject_trigger and (kind == "verb" or not named_subject):
        # "In Havanna hatte er zuvor Fidel Castro getroffen": "er" is the person
        # last named before this sentence
        er = next((w.i for w in sent if w.lower_ == "er" and w.i in clause), None)
        if (
            er is not None
            # "reist Kerry nach Ankara, wo er X treffen soll": "er" is Kerry
            and not any(view.person(i) for i in range(sent.start, er))
        ) or (
            kind == "noun"
            and doc[t.i - 1 - adjectives_before(doc, t, sent)].lower_
            in ("seinem", "seinen", "seine", "sein")
        ):
            ante = _er_antecedent(view, sent)
            if ante is not None:
                out.append(ante)
        elif (
            kind == "verb"
            and (she := _singular_sie(view, sent)) is not None
            and she in clause
            and not any(view.person(i) for i in range(sent.start, she))
            and (ante := woman_before(view, sent)) is not None
        ):
            # "Merkel reiste nach Paris. Dort traf sie Präsident X": the woman
            # named last before
            out.append(ante)
    if subject_trigger:
        # "Am Wochenende trafen sie sich", "die beiden Minister setzten ihre
        # Beratungen fort": the two persons named last before
        # (a visit is the visitor's own: "sie besuchen die Schule")
        if (
            "besuch" not in t.lower_
            and (i := plural_subject(view, sent, t)) is not None
            and i in clause
        ):
            out += persons_before(view, sent, i)
    return out


#: words next to "sie" that are no verb telling its number ("traf sie dort",
#: "traf sie den Minister": an article or pronoun ending in -n is no plural verb)
_NOT_VERBS = frozenset(
    "mit dort dann nun auch noch bereits schon am im in bei zu zum zur von vor "
    "nach dabei darauf daraufhin zudem außerdem erneut wieder sich "
    "der die das den dem des ein eine einen einem einer eines ihn ihm ihnen "
    "ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner diesen diesem "
    "dieser diese heute gestern später zunächst anschließend erstmals".split()
)


#: relative pronouns before "sie" that open a relative clause whose object
#: they are (", die sie als Ministerin empfing")
_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "denen", "welche"})


def _singular_sie(view: DocView, sent: Span) -> int | None:
    """The token of a "sie" in ``sent`` next to a verb in the singular ("Dort
    traf sie X", "wurde sie von X empfangen", "Sie traf X"), not the plural
    "they" ("trafen sie", "sie sind") nor a "sie" of no verb; else None."""
    doc = view.doc
    for w in sent:
        if w.lower_ != "sie" or (w.text == "Sie" and w.i != sent.start):
            continue
        if (
            w.i - 2 >= sent.start
            and doc[w.i - 2].text == ","
            and doc[w.i - 1].lower_ in _RELATIVE_PRONOUNS
        ):
            continue  # "die Mails, die sie empfing": the object is the thing
        verbs = [
            v
            for j in (w.i - 1, w.i + 1)
            if sent.start <= j < sent.end
            and (v := doc[j]).is_lower
            and v.is_alpha
            and v.lower_ not in _NOT_VERBS
        ]
        if verbs and not any(v.lower_.endswith(("n", "nd")) for v in verbs):
            return w.i
    return None


def woman_before(view: DocView, sent: Span) -> str | None:
    """The person named last in the two sentences before ``sent`` if the
    article gives her a feminine title ("Kanzlerin X", "Außenministerin X")
    and names no other person between; else None."""
    k = person_before(view, sent)
    return k if k is not None and _feminine_title(view, k) else None


def _feminine_title(view: DocView, key: str) -> bool:
    """A mention of the person ``key`` follows a feminine title ("Kanzlerin X",
    "die Ministerin X")."""
    doc = view.doc
    forms = title_forms()[0]
    for i in range(1, len(doc)):
        if view.key(i) == key and view.key(i - 1) != key:
            title = forms.get(doc[i - 1].text.rsplit("-", 1)[-1].lower())
            if title is not None and title.feminine:
                return True
    return False


def _er_antecedent(view: DocView, sent: Span) -> str | None:
    """The person "er" in ``sent`` refers to: the one named last before
    (:func:`person_before`), but where the sentence before opens with "Er" and
    names that person in it, the one that "Er" refers to ("Er wurde von
    Präsident X empfangen. Zuvor hatte er mit Y gesprochen": not X)."""
    ante = person_before(view, sent)
    if ante is not None and person_genders(view).get(ante) is True:
        # "Nehammer will mit Kommissionspräsidentin X beraten. Zuvor trifft er
        # sich mit Y": not the woman named last
        ante = _man_before(view, sent)
    s_i = view.sentence_of(sent[0])
    if ante is None or s_i == 0:
        return ante
    prev = view.sents[s_i - 1]
    words = [w for w in prev if not w.is_space]
    if not words or words[0].lower_ != "er":
        return ante
    if not any(view.key(i) == ante for i in range(prev.start, prev.end)):
        return ante
    return _er_antecedent(view, prev) or ante


def _man_before(view: DocView, sent: Span) -> str | None:
    """The person named last in the two sentences before ``sent`` whom the
    article does not call a woman."""
    genders = person_genders(view)
    return person_before(view, sent, lambda k: genders.get(k) is not True)


def apposed_person_start(view: DocView, sent: Span, start: int) -> int:
    """Where the clause from ``start`` opens after a person in apposition (", X,"
    or ", Minister X,": only a person's name and its titles between two
    commas), the start of that name: the apposition names the clause's
    subject ("Der Chef der Agentur, X, hatte bei einem Besuch …"); else
    ``start``."""
    doc = view.doc
    close = start - 1
    if close <= sent.start or doc[close].text != ",":
        return start
    k = view.person(close - 1)
    if k is None:
        return start
    i = close - 1
    while i > sent.start and view.person(i - 1) == k:
        i -= 1
    first = i
    while i > sent.start and match_title(doc[i - 1].text) and not view.key(i - 1):
        i -= 1
    return first if i > sent.start and doc[i - 1].text == "," else start


def _named_partner(view: DocView, sent: Span, t: Token) -> bool:
    """A named actor that is no medium follows the "mit" right after the
    meeting noun ``t``: "im Gespräch mit UN-Generalsekretär X", not "im
    Gespräch mit Journalisten" nor "mit der APA"."""
    doc = view.doc
    j = t.i + 1
    if j >= sent.end or doc[j].lower_ != "mit":
        return False
    j += 1
    while j < sent.end and doc[j].is_lower and j - t.i <= 5:
        j += 1  # "mit dem russischen"
    if j < sent.end and match_title(doc[j].text) and not view.key(j):
        j += 1  # "mit Präsident X"
    k = view.key(j) if j < sent.end else None
    if k is None and j < sent.end and match_title(doc[j].text):
        k = view.key(j + 1) if j + 1 < sent.end else None
    return k is not None and not is_media(k)


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


def subjects_of_support_verb(view: DocView, sent: Span, t: Token) -> list[str]:
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
        if (
            particle is None
            and v.is_lower
            and v.lower_ in HAVE_FORMS
            and sent.start < v.i < t.i
            and _no_verb_at_end(view, sent, t.i)
            and _object_of_have(view, v.i, t.i)
        ):
            particle = ""  # "X hatte am Dienstag ein Treffen mit Y"
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
            [dateline_end(view, sent) or sent.start]
            + [i + 1 for i in range(sent.start, finite.i) if doc[i].text in (":", ";")]
        )
        first = _past_adjectives(view, first, finite.i)
        keys = keys_from(view, first, finite.i)
        if keys and _ends_at(view, keys[-1], first, finite.i):
            return [k for k in keys if not is_media(k)]
        if finite.i > sent.start and finite.i < t.i:
            keys = keys_from(view, finite.i + 1, t.i)
            if keys and _ends_at(view, keys[-1], finite.i + 1, t.i):
                return [k for k in keys if not is_media(k)]
    return []


def _object_of_have(view: DocView, v: int, i: int) -> bool:
    """The noun at ``i`` is the object of "haben" at ``v``: its determiner
    (past lower-case adjectives) is one of an object, or nothing stands between
    it and the verb but a day ("hatte ein Treffen mit Y", "hatten am Montag
    Gespräche mit Y"; not "hat Interesse an einem Treffen")."""
    j = i - 1
    while j > v and view.doc[j].is_lower and view.lowers[j] not in ARTICLES:
        j -= 1  # "ein kurzes Gespräch"
    low = view.lowers[j]
    if low in HAVE_OBJECT_DETERMINERS:
        return view.lowers[j - 1] not in PLACE_PREPOSITIONS | OBJECT_PREPOSITIONS
    return j == v or low in WEEKDAYS or low in RELATIVE_DAYS


def _no_verb_at_end(view: DocView, sent: Span, i: int) -> bool:
    """The clause of ``i`` does not end with a lower-case word (a participle
    or infinitive: "hat ein Treffen mit Y abgesagt", "hatte ein Treffen
    vereinbart"), except "gehabt"."""
    end = i + 1
    while end < sent.end and view.texts[end] not in (",", ";", ":", "–", "."):
        end += 1
    last = view.doc[end - 1]
    # "habe ein Gespräch mit Y gehabt": the participle of "haben" itself
    return not (last.is_lower and last.is_alpha) or last.lower_ == "gehabt"


def _past_adjectives(view: DocView, i: int, end: int) -> int:
    """The noun after an article and lower-case adjectives at ``i`` ("Die
    angeschlagene Handelskette X", "Der kriselnde Baukonzern X"), when a name
    follows the noun or is the noun, before ``end``; else ``i``."""
    doc = view.doc
    if i >= end or doc[i].lower_ not in ARTICLES:
        return i
    j = i + 1
    while j < end and doc[j].is_lower and doc[j].is_alpha and not view.key(j):
        j += 1
    if j == i + 1 or j >= end or not doc[j].text[:1].isupper():
        return i
    if view.key(j) or org_apposition(view, j, end):
        return j
    return i


def _officials_of(view: DocView, j: int, end: int) -> bool:
    """Token ``j`` opens the office holders of the actors named next, before
    ``end``: "Vertreter der USA", "Die Staats- und Regierungschefs der G7",
    "Die Außenminister des Irans" (a plural noun of officials before a genitive
    article and a name; "Staats-" before "und")."""
    doc = view.doc
    if j + 2 >= end or not leader_noun(doc[j : j + 1]):
        return False
    if doc[j].lower_ == "staats-":
        return doc[j + 1].lower_ == "und"
    return doc[j + 1].lower_ in ("der", "des") and bool(view.key(j + 2))


def _ends_at(view: DocView, key: str, start: int, end: int) -> bool:
    """The phrase of keys from ``start`` runs up to token ``end``: the last
    token before ``end`` is ``key``'s."""
    return end - 1 >= start and view.key(end - 1) == key


def subjects_of_verb(view: DocView, sent: Span, t: Token) -> list[str]:
    """For a verb trigger: the persons of the clause, and the states or
    organisations before the verb ("Russland und die USA verhandeln") or right
    after it ("Am Montag verhandeln Moskau und Washington")."""
    doc = view.doc
    end = sent.end
    start = sent.start
    if (rel := relative_clause_of_verb(view, sent, t)) is not None:
        # "X lobte die Minister, die in Brüssel beraten hatten": the
        # relative clause's persons and the named actors it refers to
        r_start, r_end, antecedents = rel
        return antecedents + [
            k for k in persons_in(view, sent, r_start, r_end) if k not in antecedents
        ]
    if (
        doc[start].lower_ in FRONTED_SUBORDINATORS
        and t.i - 1 > start
        and doc[t.i - 1].text == ","
    ):
        start = t.i  # "Während X ..., erörterte Y mit Z": the main clause's
    if (
        t.i - 1 > sent.start
        and doc[t.i - 1].lower_ == "zu"
        and t.i + 1 < end
        and doc[t.i + 1].lower_ in ("oder", "und", "sowie")
    ):
        # "X zu treffen oder Y vorbeifahren zu sehen": a zu-infinitive ends its
        # clause; what follows the conjunction is another one's
        end = t.i + 1
    out = persons_in(view, sent, start, end)
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
            p = _past_apposition(view, sent, j - 1)
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
        # "Der Autozulieferer Magna und die Gewerkschaft Pro-Ge einigten sich"
        p = _past_apposition(view, sent, j - 1)
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
    # (past a dateline: "Brüssel – Die Staats- und Regierungschefs der EU sind")
    opening = _past_adjectives(view, dateline_end(view, sent) or sent.start, t.i)
    keys = [
        k
        for k in keys_from(view, opening, t.i)
        if not _only_title_owner(view, k, opening, t.i)
    ]
    j = opening
    while j < t.i and (
        view.key(j)
        or doc[j].lower_ in ARTICLES | MUNICIPALITIES | PARTY_BODIES | {"und", ","}
        or (
            doc[j].lower_ in REPRESENTATIVES
            and j + 1 < t.i
            and (view.key(j + 1) or doc[j + 1].lower_ == "von")
        )
        or _officials_of(view, j, t.i)
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
    if keys and j > opening and doc[j - 1].lower_ in ("und", "sowie", ","):
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
    if j > opening and doc[j].lower_ in FINITE_AUXILIARIES:
        keys = keys or [  # "Die Firma Siemens hat"
            k
            for k in keys_in(view, opening, j)
            if not _only_title_owner(view, k, opening, j)
        ]
        out += [k for k in keys if kind_of(k) is not Kind.PERSON and not is_media(k)]
    elif keys and j > opening and _second_verb(view, sent, j, t):
        # "Siemens prüft das Angebot und verhandelt mit Alstom": the subject
        # that opens the sentence is the one of the verb after "und" too
        out += [k for k in keys if kind_of(k) is not Kind.PERSON and not is_media(k)]
    out += subject_of_final_verb(view, sent, t)
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
    elif org_apposition(view, j, end):
        j += 1  # "einigten sich die Gewerkschaft Pro-Ge und der Konzern Siemens"
    if j < end and (k := view.key(j)) and kind_of(k) is not Kind.PERSON:
        out += keys_from(view, j, end)
    elif j < end and leader_noun(doc[j : j + 1]):
        # "treffen sich die Staatsspitzen der Visegrád-Staaten – Tschechien,
        # Polen, Slowakei und Ungarn – sowie Bulgariens in Prag"
        out += members_after(view, j, end)
    return out


#: relative pronouns, and the dative plural and the forms of "welcher" the
#: grammar list leaves out
_RELATIVES = RELATIVE_PRONOUNS | {"denen", "welchem", "welchen"}
#: of them, the ones that are articles too unless a lower-case word follows
_RELATIVE_OR_ARTICLE = frozenset({"der", "die", "das"})


def relative_clause_of_verb(
    view: DocView, sent: Span, t: Token
) -> tuple[int, int, list[str]] | None:
    """(start, end, antecedents) when the verb ``t`` closes a relative clause
    (", die seit Samstag in Brüssel beraten", ", den X am Montag getroffen
    hatte"): the clause from its pronoun to the next comma after the verb,
    and the named actors right before the comma it refers to ("Merkel und
    Hollande, die ..."). ``None`` for a verb of a main or a "dass" clause."""
    doc = view.doc
    j = t.i - 1
    while j > sent.start and doc[j].text not in (",", ";", ":", "–", "(", ")"):
        j -= 1
    if doc[j].text != "," or j + 2 > t.i:
        return None
    pron = doc[j + 1]
    low = pron.lower_
    if low not in _RELATIVES or (
        low in _RELATIVE_OR_ARTICLE and not doc[j + 2].text[:1].islower()
    ):
        return None
    # the verb closes its clause: only auxiliaries and modals after it
    k = t.i + 1
    while k < sent.end and doc[k].lower_ in AUXILIARIES | MODALS | FINITE_AUXILIARIES:
        k += 1
    if k < sent.end and not doc[k].is_punct:
        return None
    antecedents: list[str] = []
    a = j - 1
    while a >= sent.start and (
        view.key(a) or doc[a].lower_ in ARTICLES | {"und", "sowie"}
    ):
        if (key := view.key(a)) and key not in antecedents:
            antecedents.insert(0, key)
        a -= 1
    return j + 1, k, antecedents


#: words that end the clause of a first verb before a coordinated second one
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "–", "-", "(", "und", "oder", "sowie", "dass"}
)


def _only_title_owner(view: DocView, key: str, start: int, end: int) -> bool:
    """Each mention of the state or organisation ``key`` in tokens ``start``
    to ``end`` is a genitive before a title and its holder's name ("Israels
    Ministerpräsident X und Y haben telefoniert"): the holder takes part for
    it, not the state beside him."""
    doc = view.doc
    seen = False
    i = start
    while i < end:
        if view.key(i) != key:
            i += 1
            continue
        j = i
        while j + 1 < end and view.key(j + 1) == key:
            j += 1
        if not (
            doc[j].text.endswith("s")
            and j + 2 < end
            and view.key(j + 1) is None
            and match_title(doc[j + 1].text)
            and view.person(j + 2)
        ):
            return False
        seen = True
        i = j + 1
    return seen


def _second_verb(view: DocView, sent: Span, j: int, t: Token) -> bool:
    """The verb trigger ``t`` is the second of two verbs joined by "und" whose
    subject opens the sentence, the first verb at ``j``: "Siemens prüft das
    Angebot und verhandelt mit Alstom", "X prüfe nun die Offerte und spreche
    mit Y" (one adverb may stand between "und" and ``t``)."""
    doc = view.doc
    if not (doc[j].is_lower and doc[j].is_alpha) or not t.is_lower:
        return False
    u = t.i - 1
    if u > j and doc[u].is_lower and doc[u].is_alpha and doc[u].lower_ != "und":
        u -= 1  # "und nun verhandelt"
    if u <= j or doc[u].lower_ != "und":
        return False
    return not any(view.lowers[i] in _CLAUSE_BREAKS for i in range(j, u))


def _past_apposition(view: DocView, sent: Span, i: int) -> int:
    """``i - 1`` if token ``i`` is the noun before the name of an organisation
    (:func:`kg.extract.actors.org_apposition`) in ``sent``, else ``i``: walking
    back from the name, past "Gewerkschaft" in "die Gewerkschaft Pro-Ge"."""
    return i - 1 if i > sent.start and org_apposition(view, i, sent.end) else i


def members_after(view: DocView, i: int, end: int) -> list[str]:
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


def has_word(sent: Span, word: str) -> bool:
    return any(w.lower_ == word for w in sent)


def _subject_after_phrase(view: DocView, sent: Span, t: Token) -> list[str]:
    """The person right after the verb that ends an opening phrase "Bei einem
    Treffen mit [dem türkischen Präsidenten] X [in Y]": skip the phrase (names,
    articles, prepositions, years, titles and their adjectives), take one lower-case
    word as the verb, then the person after it (titles allowed before), and the
    persons coordinated with it ("Bei einem Treffen in Berlin sprachen X und
    Y über …": both)."""
    k = _first_subject_after_phrase(view, sent, t)
    if k is None:
        return []
    out = [k]
    if kind_of(k) is not Kind.PERSON:
        return out
    i = next(i for i in range(t.i + 1, sent.end) if view.key(i) == k)
    while i < sent.end and view.key(i) == k:
        i += 1
    doc = view.doc
    while i < sent.end and doc[i].lower_ in ("und", "sowie", ","):
        j = i + 1
        while (
            j < sent.end
            and not view.key(j)
            and (
                doc[j].lower_ in ARTICLES
                or match_title(doc[j].text)
                or (doc[j].is_lower and is_title_modifier(doc[j].lower_))
            )
        ):
            j += 1  # "und der französische Präsident X"
        nxt = view.person(j) if j < sent.end else None
        if nxt is None or nxt in out:
            break
        out.append(nxt)
        i = j
        while i < sent.end and view.key(i) == nxt:
            i += 1
    return out


def _first_subject_after_phrase(view: DocView, sent: Span, t: Token) -> str | None:
    """The one actor right after the verb that ends the opening phrase of
    ``t`` (:func:`_subject_after_phrase`)."""
    doc = view.doc
    j = t.i + 1
    while j < sent.end and (
        view.key(j)
        or doc[j].lower_ in PHRASE_WORDS
        or doc[j].text.isdigit()  # a year: "Bei ihrem Treffen 2003 in Bali"
        or doc[j].lower_ in REPRESENTATIVES  # "mit Vertretern der X"
        or org_apposition(view, j, sent.end)  # "mit der Gewerkschaft X"
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
        if (
            key is not None
            and kind_of(key) is not Kind.PERSON
            and match_title(doc[k].text)
            and k + 1 < sent.end
            and view.person(k + 1)
        ):
            continue  # "sagte Siemens-Chef X": the person, not the company
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
