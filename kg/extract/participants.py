"""Who takes part in a meeting and who convenes it (visits: :mod:`kg.extract.visits`;
the actors a stretch of words names: :mod:`kg.extract.actors`; the subjects of
the trigger's clause: :mod:`kg.extract.clause_subjects`).

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
    as_actors,
    is_media,
    keys_from,
    keys_in,
    org_apposition,
)
from kg.extract.clause_subjects import (
    has_word,
    members_after,
    persons_in,
    subjects_of_noun,
    subjects_of_support_verb,
    subjects_of_verb,
)
from kg.extract.coref import person_before
from kg.extract.counterparts import (
    council_before,
    counterpart_states,
    state_of_post,
    subject_before,
)
from kg.extract.meeting_bodies import (
    anaphor_partner,
    bodies_before_person,
    only_in_topic,
)
from kg.extract.partners import (
    both_named,
    compound_sides,
    deal_sides,
    genitive_run,
    leader_noun,
    objects_before_participle,
    officials_of_clause,
    partners_by_reference,
)
from kg.extract.records import Kind, kind_of, name_of
from kg.extract.signed_partners import signed_with
from kg.extract.subject_anaphors import anaphor_subject
from kg.extract.support_pronouns import support_verb_pronoun
from kg.extract.talk_phrasings import phrased_sides
from kg.extract.view import DocView
from kg.extract.visits import genitive_owner
from kg.lang.de.grammar import (
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    RELATIVE_PRONOUNS,
)
from kg.lang.de.meeting_senses import (
    PASSIVE_AUXILIARIES,
    RECEIVING_VERBS,
    TOPIC_PARTICIPLES,
)
from kg.lang.de.meetings import (
    COUNTERPARTS,
    FINITE_AUXILIARIES,
    INVITE_VERBS,
    LEAD_VERBS,
    MUNICIPALITIES,
    ORGANIZER_CUES,
    PARTICIPATION,
    REL_CONTINUERS,
    REPRESENTATIVES,
    with_relation,
)
from kg.lang.de.speaker_chains import ADJECTIVAL_DEMONYMS
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
    if kind == "noun" and (owner := genitive_owner(view, sent, t)) is not None:
        out.append(owner)  # "Merkels Treffen mit Xi", "Chinas Gespräche mit Japan"
    if kind == "noun":
        out += [k for k in _receives_visit(view, sent, t) if k not in out]
    out += subjects_of_noun(view, sent, t, kind)
    if kind == "noun":
        out += subjects_of_support_verb(view, sent, t)
        # "Dort führte er Gespräche mit Y": the man named before
        out += support_verb_pronoun(view, sent, t, out)
    if kind == "verb" and not _topic_passive(sent, t):
        out += subjects_of_verb(view, sent, t)
        # "Die Bank berät mit dem Landesschulrat": the bank named before
        out += anaphor_subject(view, sent, t, kind, out)
        # "Die Ärztekammer und Stadträtin X verhandelten": the body too
        out += [k for k in bodies_before_person(view, sent, t) if k not in out]
    if t.lower_.startswith(("einbestell", "zitier", "bestellt")):
        out += _ministry_states(view, sent)
    # "Kurz empfing ihn", "sprach mit ihm", "den Gast", "zu Gast bei Papst X"
    out += partners_by_reference(view, sent, t, kind, out)
    out += [k for k in deal_sides(view, sent, t) if k not in out]
    # "schloss ein Abkommen mit X ab": X signed it
    out += [k for k in signed_with(view, sent, t) if k not in out]
    # "Zwischen X und Y gibt es Gespräche", "X bestätigte Gespräche mit Y"
    out += [k for k in phrased_sides(view, sent, t, kind) if k not in out]
    # "wie die Vorstände beider Konzerne vereinbart haben": the two named
    out += [k for k in both_named(view, sent, t) if k not in out]
    if kind == "noun":  # "der EU-Türkei-Gipfel": the EU and Turkey
        out += [k for k in compound_sides(view, t) if k not in out]
    if kind == "verb":
        out += [k for k in objects_before_participle(view, sent, t) if k not in out]
    # "mit seinem ungarischen Amtskollegen": Hungary
    out += [k for k in counterpart_states(view, sent, t, kind) if k not in out]
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
    out = as_actors([k for k in out if k not in absent], view.entities, towns)
    if kind == "verb":
        # "Y wird von einer Verwandten empfangen, die mit X verheiratet ist": X
        # is named in a relative clause after the verb, not met
        later = _later_relatives(view, sent, t)
        out = [
            k
            for k in out
            if not (
                (at := [i for i in range(sent.start, sent.end) if view.key(i) == k])
                and all(any(i in r for r in later) for i in at)
            )
        ]
    # "X reiste nach Paris. Bei dem Treffen mit Y": X
    out += subject_before(view, sent, t, kind, out)
    # "Die EU-Innenminister … Bei einem Treffen vereinbarten die Minister": EU
    out += council_before(view, sent, t, out)
    # "Die Gewerkschaft X verhandelt mit dem Konzern": the firm named before
    out += [k for k in anaphor_partner(view, sent, t, kind, out) if k not in out]
    # "beriet über die Nachfolge von X": not X
    return only_in_topic(view, sent, out)


DETERMINERS = INDEFINITE_ARTICLES | POSSESSIVE_ARTICLES


def _receives_visit(view: DocView, sent: Span, t: Token) -> list[str]:
    """The persons of the clause of a verb of receiving before the bare visit
    noun ``t`` with its visitor after "von": "X bekam am Montag in Berlin Besuch
    von Y", "X erhielt Besuch von Y": X hosts."""
    lowers = view.lowers
    if lowers[t.i] != "besuch" or t.i + 1 >= sent.end or lowers[t.i + 1] != "von":
        return []
    if not any(
        (k := view.key(i)) is not None and kind_of(k) is Kind.PERSON
        for i in range(t.i + 2, min(sent.end, t.i + 6))
    ):
        return []
    start = max(
        [sent.start]
        + [i + 1 for i in range(sent.start, t.i) if view.doc[i].text in ",;:–"]
    )
    verbs = [i for i in range(start, t.i) if lowers[i].startswith(RECEIVING_VERBS)]
    if not verbs or lowers[t.i - 1] in ARTICLES or lowers[t.i - 1] in DETERMINERS:
        return []  # "erhielt den Besuch von X": the visit, not its host
    return persons_in(view, sent, start, verbs[0]) or persons_in(
        view, sent, verbs[0] + 1, t.i
    )


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
    "die Schwedin", "der Franzose", "dem Briten", "die Deutsche" (not "die
    Briten", "die Deutschen")."""
    doc = view.doc
    word = doc[i]
    if not word.text[:1].isupper() or word.text == name_of(key) or i == 0:
        return False
    c = gazetteer.country_of(word.text)
    if c is None or c.name != name_of(key):
        return False
    art = doc[i - 1].lower_
    if art == "die":
        # "die Schwedin", not "die Schweden"; "die Deutsche" is one woman
        return word.lower_.endswith("in") or word.lower_ in ADJECTIVAL_DEMONYMS
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
            out += members_after(view, w.i + 1, end)
        elif (
            kind == "noun"
            and low in ("der", "des")
            and w.i == t.i + 1
            # "der Gewerkschaft X": past the noun of its kind
            and (g := w.i + 1 + int(org_apposition(view, w.i + 1, end))) < end
            and (k := view.key(g))
            and kind_of(k) is not Kind.PERSON
            and _then_mit(view, g, k, end)
        ):
            # "Die Gespräche der Unicredit mit Baumax", "der Gewerkschaft X mit
            # Y": the genitive is a party as much as the one after "mit"
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
            # "die Gespräche von Wirtschaftsminister X mit Y und Z"
            or (kind == "noun" and w.i > t.i and _von_run(view, t.i + 1, w.i))
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
                    out += persons_in(view, sent, start, t.i)
            r = j
            if r + 1 < end and doc[r].lower_ in ("den", "dem", "der", "die"):
                r += 1  # "verhandelte mit den Vertretern der Gewerkschaft"
            if (
                r + 1 < end
                and _representative(doc[r].lower_)
                and doc[r + 1].lower_ in ("der", "des", "von", "aus")
            ):
                # "traf sich mit Vertretern von ÖGB und Arbeiterkammer", "mit
                # einer Delegation aus China"
                j = r + (2 if doc[r + 1].lower_ in ("von", "aus") else 1)
            out += keys_from(view, j, end)
            if low == "zwischen":
                # "zwischen X und seinem Amtskollegen Y": Y too
                out += [k for k in _counterpart_after(view, j, end) if k not in out]
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
            _representative(low)
            and (abs(w.i - t.i) <= 4 or _object_of_verb(doc, t, w, kind))
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
        elif _delegation_subject(view, sent, w, t, kind):
            # "Eine Delegation des Europaparlaments ist in Minsk mit X
            # zusammengetroffen", "Eine Delegation der Y reiste zu Gesprächen
            # nach Kairo": the body the delegation opening the clause is of
            out += keys_from(view, w.i + 2, end)
        elif kind == "verb" and officials_of_clause(view, w, t):
            # "Tsipras trifft am Dienstag in Brüssel die Staats- und
            # Regierungschefs der Eurozone", "Die Finanzminister der Eurozone
            # kamen am Montag zusammen": the body whose officials meet
            out += [
                k
                for k in members_after(view, w.i, end)
                if kind_of(k) is not Kind.PERSON
            ]
        elif LEAD_VERBS.match(low):
            leaders = persons_in(view, sent, sent.start, end)
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
            present = persons_in(view, sent, sent.start, end)
            if not present:
                # "nahm der turkmenische Kultusminister an einem Gipfel teil":
                # the state of the post
                present = [
                    s
                    for i in range(sent.start, end)
                    if view.lowers[i] in ARTICLES
                    and (s := state_of_post(view, sent, i)) is not None
                ]
            # "nahmen X und Vertreter des Roten Kreuzes teil": the body too
            present += [
                k
                for i in range(sent.start, end - 2)
                if view.lowers[i] in REPRESENTATIVES
                and view.lowers[i + 1] in ("der", "des", "von", "aus")
                for k in keys_from(view, i + 2, end)
                if k not in present
            ]
            out += present
    return out


#: endings of compounds of a noun of representatives ("Regierungsvertretern aus
#: Polen", "eine Gewerkschaftsdelegation aus Ungarn")
_REPRESENTATIVE_ENDINGS = ("vertreter", "vertretern", "vertreterinnen", "delegation")


def _representative(low: str) -> bool:
    """``low`` names representatives of the actors named after it: "Vertreter",
    "Delegation" (:data:`REPRESENTATIVES`) or a compound of them
    ("Regierungsvertretern")."""
    return low in REPRESENTATIVES or (
        low.endswith(_REPRESENTATIVE_ENDINGS) and len(low) > 12
    )


def _object_of_verb(doc: Doc, t: Token, w: Token, kind: str) -> bool:
    """``w`` stands in the clause of the verb trigger ``t``, up to eight words
    after it: "traf am Montag in Wien Vertreter von X" (no comma between)."""
    return (
        kind == "verb"
        and 0 < w.i - t.i <= 8
        and not any(x.is_punct for x in doc[t.i + 1 : w.i])
    )


def _delegation_subject(
    view: DocView, sent: Span, w: Token, t: Token, kind: str
) -> bool:
    """``w`` is a noun of representatives that opens ``sent`` (after an
    article) and names its body in the genitive or after "von"/"aus", and
    ``t`` is a verb or a noun one travels to ("zu Gesprächen")."""
    i = w.i
    if not _representative(w.lower_) or i + 2 >= sent.end or i <= t.i - 20:
        return False
    if i > sent.start and not (
        i - 1 == sent.start and view.lowers[i - 1] in ARTICLES | INDEFINITE_ARTICLES
    ):
        return False
    if view.lowers[i + 1] not in ("der", "des", "von", "aus") or not view.key(i + 2):
        return False
    return kind == "verb" or (
        t.i > sent.start and view.lowers[t.i - 1] in ("zu", "zum", "zur")
    )


def _von_run(view: DocView, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are "von" and the names it gives, right after
    a meeting noun: "von Wirtschaftsminister X", "von X und Y" (a title or
    names, "und"; at most eight tokens; at least one name)."""
    if not (1 < end - start <= 8 and view.lowers[start] == "von"):
        return False
    span = range(start + 1, end)
    return any(view.key(i) for i in span) and all(
        view.key(i) is not None
        or view.lowers[i] in ("und", "sowie")
        or (view.texts[i][:1].isupper() and view.texts[i].isalpha())
        for i in span
    )


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
    [eine, neue] Verhandlungen", "mit X an den Verhandlungstisch", "mit X in
    Gesprächen": from ``start`` (after "mit") articles, then the names and their
    "und" up to ``end`` (the meeting noun) but for articles, inflected
    adjectives and "an", "zu", "in"; else None."""
    doc = view.doc
    j = start
    while j < end and doc[j].lower_ in ARTICLES:
        j += 1
    first = j  # "mit der Gewerkschaft X Verhandlungen": from the noun
    j += int(org_apposition(view, j, end))
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
            # "hat mit X ein Telefonat geführt"
            or w.lower_ == "ein"
            or w.lower_.endswith(("e", "en", "er", "es", "em"))
            # "kehrt mit X an den Verhandlungstisch zurück", "ist mit X in
            # Gesprächen"
            or w.lower_ in ("an", "am", "zum", "zur", "zu", "in")
        )
        and w.lower_ not in FINITE_AUXILIARIES
        for w in rest
    ):
        return None
    return first


def _later_relatives(view: DocView, sent: Span, t: Token) -> list[range]:
    """The relative clauses after the verb ``t`` (a comma, a relative pronoun
    and a lower-case word: ", die inzwischen mit X verheiratet ist", up to the
    next comma, or past it where "aber", "und" … go on with it) that do not say
    someone takes part."""
    doc = view.doc
    out = []
    for i in range(t.i + 1, sent.end - 2):
        if not (
            doc[i].text == ","
            and doc[i + 1].lower_ in RELATIVE_PRONOUNS
            and doc[i + 2].is_lower
            and doc[i + 2].is_alpha
        ):
            continue
        end = i + 2
        while end < sent.end:
            end = next(
                (w.i for w in doc[end : sent.end] if w.text in (",", ";", ":")),
                sent.end,
            )
            # ", aber die Reste von X unterstützt": the relative clause goes on
            if end + 1 < sent.end and doc[end + 1].lower_ in REL_CONTINUERS:
                end += 2
                continue
            break
        if not takes_part(doc[i + 1 : end]):
            out.append(range(i + 1, end))
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


def _counterpart_after(view: DocView, j: int, end: int) -> list[str]:
    """The names after "und seinem [polnischen] Amtskollegen" that ends the
    first names of a list at ``j`` ("zwischen X und seinem Amtskollegen Y")."""
    doc = view.doc
    for u in range(j + 1, min(end, j + 8)):
        if doc[u].lower_ == "und" and view.key(u - 1):
            if (c := _counterpart_end(doc, u + 1, end)) is not None:
                return keys_from(view, c, end)
            return []
    return []


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


def _topic_passive(sent: Span, t: Token) -> bool:
    """``t`` is a participle of talking something over in the passive ("Mit
    X sollen Maßnahmen des Pakets besprochen werden"): its subject is the
    topic."""
    if t.lower_ not in TOPIC_PARTICIPLES:
        return False
    doc = sent.doc
    start = max(
        [sent.start] + [i + 1 for i in range(sent.start, t.i) if doc[i].text in ",;:"]
    )
    # the auxiliary in the participle's own clause: "wurde ... besprochen",
    # "besprochen werden" (not "verhandelt, sie werden ..." of another clause)
    after = doc[t.i + 1 : min(sent.end, t.i + 3)]
    return any(w.lower_ in PASSIVE_AUXILIARIES for w in doc[start : t.i]) or any(
        w.lower_ in PASSIVE_AUXILIARIES for w in after
    )


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
