"""Who acts and at whom: the source and target of a verbal interaction.

:func:`actors` reads them from the clause of the verb
(:mod:`kg.extract.interactions` finds the verb and its clause): the source is
the actor before the verb that no preposition governs, else the first one
after it, a pronoun or title the person named before, a relative pronoun the
actor before its comma, a body no entity stands for its label, a passive's
agent "von der Kammer" the one organisation whose name ends so, "die
Abgeordneten" the one party named just before; the target is
the next actor of the clause, or the one after "von", "an", "gegenüber", or
one a noun of the clause refers to ("das Land", "beide Seiten", "der
Regierung"). Which token names an actor at all, and the targets the clause
names otherwise, are :mod:`kg.extract.interaction_targets`'s.
"""

from __future__ import annotations

from kg.extract.actors import org_ending_in
from kg.extract.bodies import (
    body_after,
    body_agent,
    body_before,
    government,
    subject_bodies,
)
from kg.extract.coref import antecedent, person_genders, surnames_of
from kg.extract.focus import dateline_country, focus_country
from kg.extract.interaction_anaphors import (
    addressed_medium,
    government_before,
    land_government,
    object_sie,
    organisation_sie,
    sie_is_object,
    spokesperson_source,
    subject_after_dative,
)
from kg.extract.interaction_checks import (
    claim_author,
    claim_genitive,
    dative_opening,
    group_after,
    named_title_after,
    plural_sie,
    preposition_of,
    saxon_author,
    titled_subject,
)
from kg.extract.interaction_groups import both_joined
from kg.extract.interaction_parts import (
    around_noun,
    both_sides,
    clause_before_relative,
    dative_actor,
    elliptic_passive,
    finite_plural,
    government_object,
    organ_noun,
    organisation_as_sie,
    plural_title,
    prosecutor_before,
    same_state,
    title_after,
    unnamed_group_subject,
)
from kg.extract.interaction_relatives import nominative_relative
from kg.extract.interaction_targets import (
    actor,
    affiliation,
    antecedent_noun,
    body_in,
    media_object,
    outlet,
    partner,
    pronoun_object,
    relative_object,
    sentenced,
    the_country,
    titled_target,
)
from kg.extract.sources import speaker_noun
from kg.extract.speakers import org_anaphor
from kg.extract.view import DocView
from kg.lang.de.bodies import CLAIM_NOUNS, PARTY_DEPUTY_NOUNS
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    AUXILIARIES,
    INDEFINITE_ARTICLES,
    MODALS,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speech import (
    PARTNER_NOUNS,
    SpeechAct,
)

__all__ = ["actors", "org_subject"]

_ARTICLES = ARTICLES | INDEFINITE_ARTICLES | {"des"}
# "beim Landgericht" governs its noun as "bei dem" does
_PREPOSITIONS = PREPOSITIONS | {"beim"}
# relative pronouns that open a clause after a comma as its subject
_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche"})


def actors(
    view: DocView,
    lo: int,
    hi: int,
    v: int,
    act: SpeechAct,
    spans: list[tuple[int, int]],
) -> tuple[str | None, list[str], list[str | None]]:
    """(source, labels, targets) of the verb at ``v`` in the clause
    ``lo``-``hi``; targets joined by "und" are one each ("forderte die USA und
    Russland auf"); ``[None]`` when none is named. ``labels`` are the bodies no
    entity stands for among the subjects ("Die USA und die syrische Opposition
    fordern": the USA and "syrische Opposition";
    :mod:`kg.extract.bodies`)."""
    doc = view.doc
    free_before: list[str] = []
    free_after: list[str] = []
    governed: dict[str, str] = {}
    # "appellierte an Israel und Ägypten": the actors after one preposition, placed
    joined: dict[str, list[tuple[int, str]]] = {}
    agents: list[str] = []
    authors: list[str] = []  # "die Forderung von X": the claim's author
    claimed: set[str] = set()  # "die Kritik der X": the claim's author
    agent_at = -1
    prev = None
    # "Morgan, von dem Palin … gefordert hat": Palin acts, Morgan is addressed
    addressed, subject_at = _prepositional_relative(view, lo, v)
    for i in range(lo, hi):
        k = actor(view, i)
        if (
            k is None
            or k == prev
            or affiliation(view, i, lo)
            or outlet(view, i)
            # "Karl Brunner von der Caritas lobte …": where he comes from
            or (i < v and _member_of(view, i, lo))
        ):
            prev = view.key(i)
            continue
        prev = view.key(i)
        if i == subject_at:
            free_before.append(k)
            continue
        # "die Regierung in Kiew", "der Staatsführung um Präsident X": the
        # actor takes the part of the noun
        body = body_in(view, i, lo)
        if body is None:
            body = around_noun(view, i, lo)
        if body is None and i < v:
            body = organ_noun(view, i, lo)  # "der Aufsichtsrat von X": X
        p = preposition_of(view, i if body is None else body, lo)
        j = i
        while j + 1 < hi and view.key(j + 1) == view.key(i):
            j += 1
        if p is None and j + 1 < hi and doc[j + 1].lower_ == "gegenüber":
            # "der Regierung gegenüber"; not "warnt X gegenüber der Zeitung",
            # where it governs what follows
            p = None if _opens_phrase(view, j + 2, hi) else "gegenüber"
        if (
            p is None
            and i < v
            and (claim_genitive(view, i, lo) or saxon_author(view, j, v))
        ):
            # "Die Forderung der Gewerkschaft lehnte der Verband ab": the
            # claim's author, no subject
            authors.append(k)
        elif p is None:
            (free_before if i < v else free_after).append(k)
            if i > v and claim_genitive(view, i, lo):
                claimed.add(k)  # "wies die Kritik der X zurück": not X
        elif p == "aus" and _claim_from(view, i, lo):
            governed.setdefault(p, k)  # "die Vorwürfe aus Washington"
        elif p in ("von", "vom", "an", "durch", "gegenüber"):
            governed.setdefault(p, k)
            joined.setdefault(p, []).append((i, k))
            # the last one is a passive's agent; not "Die Forderung von X"
            if p in ("von", "vom") and claim_author(view, i, lo):
                authors.append(k)
            elif p in ("von", "vom", "durch"):
                agents.append(k)
                agent_at = i
    surnames = surnames_of(view)
    for i in range(lo, hi):
        # a surname opening the clause only right before the verb ("Tschürtz verlangt")
        opens = i > lo or i + 1 == v
        k = surnames.get(doc[i].text) if not view.key(i) and opens else None
        if k and preposition_of(view, i, lo) is None:
            (free_before if i < v else free_after).append(k)
    agent = agents[-1] if agents else None
    if act.form.participle and (
        any(doc[i].lower_ in PASSIVE_AUXILIARIES for i in range(lo, hi))
        or elliptic_passive(view, lo, v)
    ):
        # passive: "Ihm wurde von der Staatsanwaltschaft vorgeworfen …", "Der
        # Antrag von X wurde von Y abgelehnt" (Y a body: "vom
        # Verfassungsgericht"); without an agent, nobody kg knows, but an
        # accusation's is the prosecution named before
        by_body = body_agent(view, lo, hi)
        if by_body is not None and by_body[0] > agent_at:
            # "von der Kammer" after the article named "Ärztekammer": that one
            agent = _anaphoric_agent(view, by_body[0], hi)
        if agent is None and by_body is not None and by_body[0] > agent_at:
            rest = free_before + free_after + agents
            return None, [by_body[1]], [rest[0] if rest else None]
        if agent is None and act.type == "ACCUSE":
            key, label = prosecutor_before(view, v)
            rest = free_before + free_after
            if key is not None:
                return key, [], [next((k for k in rest if k != key), None)]
            if label is not None:
                return None, [label], [rest[0] if rest else None]
        if agent is None:
            return None, [], []
        rest = [k for k in free_before + free_after + agents + authors if k != agent]
        return agent, [], [rest[0] if rest else governed.get("gegenüber")]
    relative, whom = _relative_subject(view, lo, v, hi)
    labels: list[str] = []
    if relative and whom is None:
        # "die Opposition, die Neuwahlen gefordert hatte"; "eines Grazers, der
        # zum Kerzenmeer aufgerufen hatte": nobody kg knows
        label = body_before(view, antecedent_noun(view, lo))
        if label is None:
            return None, [], []
        labels = [label]
    subject = _subject_before(view, lo, v)
    deputies = (
        _deputies_party(view, lo, v, hi)
        if not free_before and whom is None and not labels
        else None
    )
    if deputies is None and (
        not free_before and unnamed_group_subject(view, lo, v) or group_after(view, v)
    ):
        return None, [], []  # "Kritiker werfen Erdogan vor": nobody kg knows
    named = (
        org_subject(view, lo, v)
        if subject == "group" and whom is None and not labels and deputies is None
        else None
    )
    if not labels and whom is None and named is None and deputies is None:
        labels = subject_bodies(view, lo, v)
    if any(government(x) for x in labels):
        # "Bankenverband und Regierung dementierten": the article's country
        labels = [x for x in labels if not government(x)]
        state = _focus(view, lo, hi)
        if state is not None and not free_before:
            free_before = [state]
    source: str | None
    pronoun = (
        v + 1 < hi
        and doc[v + 1].lower_ in ("er", "sie")
        and doc[v + 1].is_lower
        and not (doc[v + 1].lower_ == "sie" and plural_sie(doc, v + 1, v))
        # "Trump bezeichnete die Vorwürfe als Hexenjagd und wies sie zurück":
        # the second verb's pronoun is its object
        and doc[v - 1].lower_ != "und"
    )
    # "Konzernchef X forderte sie auf": the name the subject, "sie" the object
    sie_object = pronoun and sie_is_object(view, lo, v, act, free_before)
    pronoun = pronoun and not sie_object
    apposed = (
        _apposed_subject(view, lo)
        # "…, Manfred Weber, vor … gewarnt": the clause names no subject before its verb
        if lo == v or (not free_before and _subject_before(view, lo, v) is None)
        else None
    )
    if apposed is None and lo == v:
        # "Der Vorsitzende der Partei, der als … gilt, wies … zurück"
        apposed = _subject_before_relative(view, lo, spans)
    if whom is not None:
        # "die Caritas, die eine Öffnung gefordert hatte"
        source = whom
        rest = free_before + free_after
    elif deputies is not None:
        # "Die NEOS … Darin werfen die Abgeordneten X vor": the party
        source, rest = deputies, free_after
    elif free_before and pronoun:
        # "Schäuble warf er vor, …": the pronoun after the verb is the subject,
        # the name before it the object
        sent = view.sents[view.sentence_of(doc[v])]
        source = antecedent(view, sent.start, spans, None)
        rest = free_before + free_after
        if source is None or source in free_before:
            # "Besgen warf er vor" with no one named before: not Besgen
            return None, [], []
    elif apposed is not None:
        # "Der Vizechef der Fraktion, Jan Korte, forderte …"
        source = apposed
        rest = free_after
    elif free_before and title_after(view, v, hi) and doc[v + 1].lower_ == "der":
        # "Die Kirche Kubas lobte der Papst": the masculine subject after the
        # verb, the one named before; what opens the clause is the object
        source = antecedent(view, v, spans, None)
        rest = free_before + free_after
    elif free_before and titled_subject(view, lo, v) is not None:
        # "Die Ministerin hat Kanzler X … gelobt": the title is the subject
        if (source := antecedent(view, lo, spans, None)) is None:
            return None, [], []
        rest = [k for k in free_before + free_after if k != source]
    elif free_before and (
        after := subject_after_dative(view, lo, v, hi, act, lambda j: actor(view, j))
    ):
        # "X wirft die Staatsanwaltschaft vor", "Dem Minister X warf die
        # Opposition … vor": the one after the verb acts
        source, labels = after[0], [after[1]] if after[1] else []
        rest = [k for k in free_before + free_after if k != source]
    elif free_before and free_after and dative_opening(view, lo, v):
        # "Der Ministerin X wirft Lugar … vor": the dative opens the clause
        source, rest = free_after[0], free_before + free_after[1:]
    elif free_before and (titled := named_title_after(view, v, hi)) is not None:
        # "Der Ministerin X wirft der Abgeordnete Y … vor": Y is the subject
        source, rest = titled, [k for k in free_before + free_after if k != titled]
    elif free_before and not (relative and labels):
        source = free_before[0]
        rest = free_before[1:] + free_after
    elif named is not None:
        # "Die Partei fordert …", "das Ministerium": the organisation named before
        source, rest = named, free_after
    elif labels:
        # "Die Opposition wirft Merkel vor": a body no entity stands for
        source, rest = None, free_before + free_after
    elif subject == "person" and (org := organisation_as_sie(view, lo, v)):
        # "Die HDP wirft … vor. Sie wirft der AKP … vor": the party
        source, rest = org, free_after
    elif subject == "person" or (
        subject is None and (pronoun or title_after(view, v, hi))
    ):
        # "Sie warf dem Minister … vor": no man the article names as one
        said = next(
            (view.lowers[i] for i in range(lo, v) if view.lowers[i] in ("er", "sie")),
            view.lowers[v + 1] if pronoun else None,  # "warf er … vor"
        )
        # "Der Trainer stritt ab" after "Keeper X …, Y …": not the keeper
        title = None if said else _subject_title(view, lo, v, hi)
        source = antecedent(view, v, spans, None, pronoun=said, title=title)
        if source is None and said == "sie":
            # "Die Gewerkschaft X kündigte … an. Am Montag forderte sie …"
            source = organisation_sie(view, v)
        rest = free_after
    elif subject == "unnamed" and (org := spokesperson_source(view, lo, v)):
        source, rest = org, free_after  # "Ein Sprecher des Konzerns wies … zurück"
    elif subject in ("group", "unnamed"):
        return None, [], []  # "Die Regierung … fordern": no actor kg knows
    elif free_after and free_after[0] not in claimed:
        source = free_after[0]
        rest = free_after[1:]
    elif (named_after := org_subject(view, v + 1, hi)) is not None:
        # "Gerüchte dementierte das Ministerium" after the Innenministerium
        source, rest = named_after, free_after
    elif (
        label := body_after(view, v, hi) or _body_after_auxiliary(view, lo, v)
    ) is not None:
        # "Am Montag forderte die Opposition …"; "die Regierung" the article's
        # country, as before the verb
        state = _focus(view, lo, hi) if government(label) else None
        source, labels, rest = state, [] if state else [label], free_after
    else:
        return None, [], []
    # "die OECD … (OECD)", "Chinas Regierung" and China: one actor
    rest = [k for k in rest if k != source and not same_state(k, source)]
    target = rest[0] if rest else None
    if target is None:
        target = (
            governed.get("von")
            or governed.get("vom")
            or governed.get("an")
            or governed.get("gegenüber")
            or governed.get("aus")
            or next((k for k in authors if k != source), None)
            or (addressed if addressed != source else None)
            or (_fronted_author(view, lo, v) if act.type in _OWNED_ACTS else None)
            or the_country(view, lo, hi, source)
            or titled_target(view, v, hi, spans, source)
        )
    # "X forderte die Regierung auf": with the subject before the verb an object
    before = bool(free_before) or subject == "person" or bool(labels) and not relative
    if (
        target is None
        and (gov := government_object(view, v, hi, lo, before)) is not None
    ):
        # "warf der Regierung Untätigkeit vor": the article's country
        target = _focus(view, lo, hi) if gov else None
    if target is None:
        # "hat der Landesregierung vorgeworfen, … in Hessen …": Hessen
        target = land_government(view, lo, hi, source)
    if target is None:
        target = relative_object(view, lo, v)
        target = target if target != source else None
    if target is None and any(doc[i].lower_ in PARTNER_NOUNS for i in range(lo, hi)):
        target = partner(view, v)
    if target is None and sie_object:
        target = object_sie(view, v, act, source)
    if target is None:
        # "Republikaner werfen ihr vor": the person named before
        target = pronoun_object(view, lo, v, hi, spans, source)
    if target is None:
        # "Jauch drohte der ARD mit der Kündigung": a medium as the object
        target = media_object(view, lo, hi, source) or addressed_medium(
            view, v, hi, act, source
        )
    if target is None and act.type == "DEMAND":
        # "Die Staatsanwaltschaft fordert für ihn 27 Jahre Haft": the accused
        target = sentenced(view, v, hi, spans)
    if target is None:
        # "rief beide Seiten zur Zurückhaltung auf": the pair named before
        sides = both_sides(view, lo, hi, lambda i: actor(view, i))
        if sides:
            return source, labels, [k for k in sides if k != source] or [None]
    targets = [target]
    if len(rest) > 1 and both_joined(view.lowers, lo, hi):
        targets += rest[1:2]
    elif target is not None and not rest:
        targets += _joined_after(view, joined, target, source)
    return source, labels, targets


def _joined_after(
    view: DocView,
    joined: dict[str, list[tuple[int, str]]],
    target: str,
    source: str | None,
) -> list[str]:
    """The actor joined by "und" to ``target`` after its preposition
    ("appellierte an Israel und Ägypten": Ägypten), as a list of at most one."""
    for found in joined.values():
        if len(found) < 2 or found[0][1] != target:
            continue
        (a, _), (b, k) = found[0], found[1]
        if k not in (target, source) and both_joined(view.lowers, a + 1, b):
            return [k]
    return []


# prepositions of an addressee that open a relative clause ("von dem", "an die")
_ADDRESS_PREPOSITIONS = frozenset({"von", "an", "gegenüber"})
# relative pronouns after such a preposition
_PREPOSITION_RELATIVES = frozenset({"dem", "der", "den", "die", "denen"})


def _member_of(view: DocView, i: int, lo: int) -> bool:
    """The organisation at ``i`` follows "von", "vom" right after a person's
    name: the body the person belongs to ("Karl Brunner von der Caritas",
    "X vom Zentrum für Asylhilfe"), no actor of its own in the clause."""
    if view.person(i) is not None:
        return False
    j = i
    while j > lo and view.key(j - 1) == view.key(i):
        j -= 1
    if j > lo and view.lowers[j - 1] in ARTICLES:
        j -= 1
    return (
        j - 2 >= lo
        and view.lowers[j - 1] in ("von", "vom")
        and view.person(j - 2) is not None
    )


def _body_after_auxiliary(view: DocView, lo: int, v: int) -> str | None:
    """The body right after the finite auxiliary or modal of the participle or
    infinitive at ``v``, the clause ``lo``-``v`` opening with something else
    or with the auxiliary after a clause put first: "Am Montag hat das
    Umweltamt alle Anwohner aufgefordert", "Um …, hat das Umweltamt …
    aufgefordert" -> "Umweltamt"."""
    for a in range(lo, v - 1):
        if view.lowers[a] in AUXILIARIES or view.lowers[a] in MODALS:
            return body_after(view, a, v)
    return None


def _opens_phrase(view: DocView, i: int, hi: int) -> bool:
    """Token ``i`` opens a noun phrase: an article, a possessive, a number, a
    capitalised word or a name ("gegenüber der Zeitung", "gegenüber seinen
    Kollegen", "gegenüber Journalisten")."""
    if i >= hi:
        return False
    low, text = view.lowers[i], view.texts[i]
    return (
        low in ARTICLES
        or low in INDEFINITE_ARTICLES
        or low in POSSESSIVES
        or low in ("des", "dpa")
        or text[:1].isupper()
        or text[:1].isdigit()
        or view.key(i) is not None
    )


# acts whose object may be someone's proposal or claim, named in the genitive
_OWNED_ACTS = frozenset({"REJECT", "DENY"})


def _fronted_author(view: DocView, lo: int, v: int) -> str | None:
    """The author named in the genitive of what opens the sentence before a
    clause set in commas, when the verb's clause ``lo`` opens with the verb at
    ``v`` ("Merkels Wunsch, mehr Geld auszugeben, wies die SPD zurück": Merkel)."""
    if lo != v or lo == 0 or view.texts[lo - 1] != ",":
        return None
    start = view.sents[view.sentence_of(view.doc[v])].start
    first = start
    while first < v and view.texts[first] != ",":
        first += 1
    # "Merkels Wunsch", "Auch Merkels Wunsch": the genitive, its noun, the comma
    i = first - 2
    if i < start or i - start > 3 or not saxon_author(view, i, first):
        return None
    return actor(view, i)


def _prepositional_relative(view: DocView, lo: int, v: int) -> tuple[str | None, int]:
    """(addressee, subject position) of a relative clause ``lo``-``v`` that
    opens after a comma with "von", "an", "gegenüber" and a relative pronoun
    right before a named actor, its subject ("Morgan, von dem Palin die
    Entlassung gefordert hat" -> Morgan, Palin's position; "die UNO, an die
    Merkel appellierte"); (``None``, -1) otherwise."""
    lows = view.lowers
    if (
        lo < 2
        or lo + 2 >= v
        or view.texts[lo - 1] != ","
        or lows[lo] not in _ADDRESS_PREPOSITIONS
        or lows[lo + 1] not in _PREPOSITION_RELATIVES
        or actor(view, lo + 2) is None
    ):
        return None, -1
    return actor(view, antecedent_noun(view, lo)), lo + 2


def _claim_from(view: DocView, i: int, lo: int) -> bool:
    """The actor at ``i`` follows "aus" after a noun of a claim
    (:data:`CLAIM_NOUNS`: "die Vorwürfe aus Washington"): the claim's author;
    not "Truppen aus Russland"."""
    lows = view.lowers
    j = i - 1
    while j > lo and lows[j] in _ARTICLES:
        j -= 1
    return j - 1 >= lo and lows[j] == "aus" and lows[j - 1] in CLAIM_NOUNS


def _deputies_party(view: DocView, lo: int, v: int, hi: int) -> str | None:
    """The party "die Abgeordneten", "die Mandatare"
    (:data:`kg.lang.de.bodies.PARTY_DEPUTY_NOUNS`) speak for as the subject
    opening the clause before the verb at ``v`` ("Die Mandatare fordern") or
    right after it ("Darin werfen die Abgeordneten X vor"): the one party
    (gazetteer kind ``party``) named in their sentence before them or in the
    sentence before, a person's party in brackets left out; ``None`` when
    none or more than one is."""
    lows = view.lowers
    i = lo
    while i < v and lows[i] in ("auch", "und", "doch", "aber"):
        i += 1
    for a in (i, v + 1):
        n = a + 1
        if n >= hi or lows[a] != "die" or lows[n] not in PARTY_DEPUTY_NOUNS:
            continue
        if n + 1 < hi and lows[n + 1] in ("der", "des", "von", "aus"):
            return None  # "die Abgeordneten der Opposition": named there
        if a == i and (n >= v or any(view.key(j) for j in range(n + 1, v))):
            continue
        here = view.sentence_of(view.doc[n])
        lo_sent = view.sents[max(0, here - 1)].start
        parties = set()
        for j in range(lo_sent, a):
            k = view.key(j)
            e = view.entities.get(k) if k else None
            # not a person's party in brackets, "gegen X (SPÖ)"
            if e is not None and e.org_kind == "party" and not affiliation(view, j, 0):
                parties.add(k)
        return next(iter(parties)) if len(parties) == 1 else None
    return None


def _anaphoric_agent(view: DocView, j: int, hi: int) -> str | None:
    """The organisation a passive's agent after "von der", "vom", "durch die"
    at ``j`` refers back to by the last noun of its name ("von der Kammer"
    after "Wiener Ärztekammer", "von der Gewerkschaft" after "Gewerkschaft
    vida"; :data:`kg.lang.de.orgs.REFERENCE_HEADS`): the one organisation of
    the article whose name ends so (:func:`kg.extract.actors.org_ending_in`),
    else ``None``."""
    lows = view.lowers
    n = j + 1 if lows[j] == "vom" else j + 2
    if lows[j] != "vom" and (
        j + 1 >= hi or lows[j + 1] not in ("der", "dem", "die", "das")
    ):
        return None
    if n >= hi or view.key(n) or not view.texts[n].isalpha():
        return None
    if not view.texts[n][:1].isupper():
        return None
    return org_ending_in(view, lows[n])


def _focus(view: DocView, lo: int, hi: int) -> str | None:
    """The state whose government "die Regierung" in the clause ``lo``-``hi``
    is: the one named before (:func:`government_before`), else the one country
    the article is about (:func:`kg.extract.focus.focus_country`)."""
    named = government_before(view, lo, hi)
    if named is not None:
        return named or None
    return focus_country(view.entities.values(), dateline_country(view))


def org_subject(view: DocView, lo: int, v: int) -> str | None:
    """The organisation a definite noun opening the clause refers to ("Die
    Partei fordert …", "Das Ministerium wies … zurück" after the
    Innenministerium; :func:`kg.extract.speakers.org_anaphor`, as for quotes)."""
    i = lo
    while i < v and view.lowers[i] in ("auch", "und", "doch", "aber"):
        i += 1
    if i + 1 >= v or view.lowers[i] not in ("der", "die", "das"):
        return None
    n = i + 1
    while n < v and view.texts[n].islower() and view.texts[n].isalpha():
        n += 1  # "der börsennotierte Konzern"
    if n >= v or n - i > 3 or view.key(n):
        return None
    return org_anaphor(view, [n])


def _relative_subject(
    view: DocView, lo: int, v: int, hi: int
) -> tuple[bool, str | None]:
    """(whether, whom): the clause before the verb at ``v`` opens after a comma
    with a relative pronoun for its subject ("…, der zum Kerzenmeer aufgerufen
    hatte"; not "…, die USA forderten"); its subject is the actor right before
    the comma ("die Caritas, die … gefordert hatte"), else nobody kg knows when
    that noun is no title of a person ("der Aufruf eines Grazers", "ein
    Gesetzesentwurf"): ``(True, None)``. ``(False, None)`` when no relative
    clause, or a title ("der Minister, der …"), opens it."""
    doc = view.doc
    if lo < 2 or lo >= v or doc[lo - 1].text != "," or doc[lo].lower_ not in _RELATIVES:
        return False, None
    shown = nominative_relative(view, lo, v)
    if shown is not None:
        return shown  # "die Kommission, die Warschau … vorwarf": by its case
    n = antecedent_noun(view, lo)
    man = view.person(n)
    if doc[lo].text == "der" and man and person_genders(view).get(man) is not True:
        # "X, der Ungarn vorwarf, …": "der" of a man is no dative
        return True, man
    if not doc[lo].is_lower or not (lo + 1 == v or doc[lo + 1].is_lower):
        return False, None
    if _subject_after_relative(view, lo, v, finite_plural(view, v, hi)):
        return False, None  # "die Ärztekammer, der sie … vorwirft": an object
    n = antecedent_noun(view, lo)
    k = actor(view, n)
    if k is not None:
        return True, k
    noun = doc[n]
    if not (noun.is_alpha and noun.text[:1].isupper()):
        return False, None
    if view.key(n):
        # "eines Grazers, der …": a place's inhabitant, no actor; "des
        # Bürgermeisters von Graz, der …" stays the person's
        return (n >= 1 and doc[n - 1].lower_ in _ARTICLES), None
    return not speaker_noun(noun.text), None


def _subject_after_relative(
    view: DocView, lo: int, v: int, plural_verb: bool = False
) -> bool:
    """A pronoun or an actor between the relative pronoun at ``lo`` and the
    verb at ``v`` is the subject ("…, der sie eine Blockade vorwirft", "…, die
    die USA abgelehnt hatten"): the relative pronoun is an object. An actor in
    the dative is none ("…, die der Hamas Nachgiebigkeit vorwerfen")."""
    doc = view.doc
    return any(
        (doc[j].is_lower and doc[j].lower_ in ("er", "sie", "wir", "ich", "man"))
        or (
            view.key(j) is not None
            and not dative_actor(view, j, lo, plural_verb)
            and preposition_of(view, j, lo + 1) is None  # "gegenüber Israel"
        )
        for j in range(lo + 1, v)
    )


def _subject_before(view: DocView, lo: int, v: int) -> str | None:
    """How the clause names its subject before the verb at ``v`` without an
    actor: "person" ("er", "der Minister", "Der UNO-Generalsekretär"), "group"
    ("Die Opposition", "die Oppositionsparteien"), "unnamed" ("Ein Experte"),
    else ``None``."""
    doc = view.doc
    for i in range(lo, v):
        if doc[i].lower_ in ("er", "sie") and doc[i].is_lower:
            if doc[i].lower_ == "sie" and plural_sie(doc, i, v):
                return "group"  # "Auch sie forderten …": many, not one person
            return "person"
    if lo >= v:
        return None
    if any(
        doc[i].ent_type_ == "PER" and view.key(i) is None and doc[i].text[:1].isupper()
        for i in range(lo, v)
        if preposition_of(view, i, lo) is None
    ):
        # "Juncker lobte Österreich" with a name kg dropped: not Österreich
        return "unnamed"
    first = doc[lo]
    if (
        lo + 1 == v
        and speaker_noun(first.text)
        and not view.key(lo)
        and not view.lowers[v].endswith(("en", "rn", "ln"))
    ):
        return "person"  # "Kanzler warnt vor …": a headline's one person
    adjective = (
        lo + 2 < v
        and doc[lo + 1].is_lower
        and doc[lo + 1].lower_.endswith(ADJ_ENDINGS)
        and doc[lo + 2].text[:1].isupper()
    )  # "Die syrische Opposition": an article, no pronoun
    if (
        first.lower_ in SUBJECT_PRONOUNS
        and (lo + 1 >= v or doc[lo + 1].is_lower)
        and not adjective
    ):
        return "person"  # "Der sagte", "Die lehnt ab"
    if first.lower_ in ("den", "dem", "einen", "einem"):
        return None  # "Den Vorschlag der Opposition lehnte …": an object
    if first.lower_ in _OBJECT_OPENERS and _abstract_opening(view, lo, v):
        return None  # "Eine Gewinnprognose lehnte Porsche ab": an object
    if first.lower_ in _ARTICLES:
        for w in doc[lo + 1 : min(v, lo + 4)]:
            # a noun, also one after a number ("Der 96-Trainer", "Der 72-Jährige")
            if w.text[:1].isupper() or (w.text[:1].isdigit() and "-" in w.text):
                if w.lower_ in CLAIM_NOUNS:
                    return None  # "Die Forderung der X lehnte … ab": an object
                if speaker_noun(w.text) and first.lower_ in INDEFINITE_ARTICLES:
                    return "unnamed"  # "Ein Reiseexperte warnte": nobody named
                if speaker_noun(w.text):
                    # "Die Nato-Außenminister forderten": many, no one person
                    return "group" if plural_title(view, w.i, v) else "person"
                if not view.key(w.i) and w.lower_ not in PARTNER_NOUNS:
                    return "group"
                if (
                    view.place(w.i)
                    and actor(view, w.i) is None
                    and w.i + 1 <= v
                    and not doc[w.i + 1].text[:1].isupper()
                ):
                    return "group"  # "Die Palästinenser", "Die Wiener": people
                return None
    return None


# determiners of a noun phrase opening a clause that, with an abstract noun,
# is the object, the actor after the verb the subject ("Eine Zusammenarbeit
# lehnte die CDU ab", "Jede Beteiligung bestritt Moskau", "Die geplante
# Reform lehnte die SPD ab")
_OBJECT_OPENERS = frozenset(
    {"eine", "ein", "jede", "jeden", "keine", "keinen", "die", "das"}
)
# endings of German abstract nouns (actions, states, qualities)
_ABSTRACT_ENDINGS = (
    "ung",
    "ion",
    "heit",
    "keit",
    "nis",
    "tät",
    "prognose",
    "schuld",
    "nahme",
)
# abstract nouns in those endings that name a group or an institution, which
# may act ("Eine Delegation forderte …", "Eine Regierung …")
_ACTING_ABSTRACTS = frozenset(
    (
        "regierung führung leitung verwaltung vertretung vereinigung stiftung "
        "bewegung versammlung organisation delegation kommission koalition "
        "opposition fraktion union nation institution föderation konföderation "
        "gewerkschaft mehrheit minderheit gemeinschaft öffentlichkeit "
        "bevölkerung belegschaft mannschaft redaktion direktion division "
        "generation initiative allianz einheit behörde zeitung versicherung "
        "abteilung niederlassung einrichtung sektion mission aktion region"
    ).split()
)


# what one plans or proposes (and compounds: "Steuerreform"), no document that
# may speak for its authors ("Ein Bericht warnt …")
_PLANS = tuple(
    "plan pläne wunsch wünsche idee ideen antrag anträge entwurf entwürfe "
    "konzept konzepte vorhaben absicht absichten reform reformen".split()
)


def _abstract_opening(view: DocView, lo: int, v: int) -> bool:
    """The clause opens at ``lo`` with a determiner, at most two adjectives and
    an abstract noun (:func:`_abstract_noun`) before the verb at ``v``, and an
    actor follows the verb within three words: the noun phrase is the object
    ("Die geplante Reform lehnte die SPD ab")."""
    j = lo + 1
    while j < v and j - lo <= 2 and view.texts[j].islower() and view.texts[j].isalpha():
        j += 1
    if j >= v or not _abstract_noun(view.texts[j]):
        return False
    # "lehnte Porsche ab", "lehnte der Autobauer Porsche ab"
    return any(
        actor(view, x) is not None for x in range(v + 1, min(v + 4, len(view.doc)))
    )


def _abstract_noun(word: str) -> bool:
    """``word`` is a capitalised abstract noun that cannot act, by its ending
    ("Zusammenarbeit", "Gewinnprognose", "Stellungnahme" no; "Beteiligung",
    "Verantwortung", "Mitschuld"), not a group or institution
    ("Delegation", "Landesregierung")."""
    w = word.lower()
    if not word[:1].isupper() or not word.isalpha():
        return False
    if w.endswith(_PLANS):
        return True  # "Die geplante Reform", "Den Gesetzentwurf"
    if any(w.endswith(x) for x in _ACTING_ABSTRACTS):
        return False
    return w.endswith(_ABSTRACT_ENDINGS) or w.endswith("arbeit")


def _apposed_subject(view: DocView, lo: int) -> str | None:
    """The person in apposition before a clause that opens with its verb: "Der
    Vizechef der Fraktion, Jan Korte, forderte …" -> Jan Korte."""
    doc = view.doc
    if lo < 3 or doc[lo - 1].text != ",":
        return None
    k = view.person(lo - 2)
    if k is None:
        return _named_before_apposition(view, lo - 1)
    j = lo - 2
    while j > 0 and view.person(j - 1) == k:
        j -= 1
    return k if j > 0 and doc[j - 1].text == "," else None


def _subject_before_relative(
    view: DocView, lo: int, spans: list[tuple[int, int]]
) -> str | None:
    """The subject of a clause that opens with its verb at ``lo`` after a
    relative clause: the actor opening the clause before the relative pronoun
    ("Eva Huber, die seit Jahren im Amt ist, wies … zurück"), or the person a
    title opening it refers to ("Der Vorsitzende der Partei, der als starker
    Mann gilt, wies … zurück"; :func:`antecedent`)."""
    bounds = clause_before_relative(view, lo)
    if bounds is None:
        return None
    start, end = bounds
    i = start
    while i < end and view.lowers[i] in ("auch", "und", "doch", "aber"):
        i += 1
    if i >= end:
        return None
    if (
        speaker_noun(view.texts[i])
        and not view.key(i)
        and i + 1 < end
        and view.person(i + 1)
    ):
        i += 1  # "Finanzminister X, der an dem Treffen nicht teilnahm, forderte"
    k = actor(view, i)
    if k is not None and preposition_of(view, i, start) is None:
        return k
    if view.lowers[i] in ("der", "die") and i + 1 < end:
        j = i + 1
        while j < end and view.texts[j].islower() and view.texts[j].isalpha():
            j += 1  # "Der frühere Vorsitzende"
        if j < end and speaker_noun(view.texts[j]) and not view.key(j):
            return antecedent(view, i, spans, None)
    return None


def _named_before_apposition(view: DocView, comma: int) -> str | None:
    """The person named before an apposition that ends at the comma ``comma``
    and opens with a title: "Fred Langford, Chef der IWF, warnt …" -> Fred
    Langford, not the organisation of the title."""
    doc = view.doc
    j = next(
        (j for j in range(comma - 1, max(0, comma - 9), -1) if doc[j].text == ","),
        None,
    )
    if j is None or j < 1 or not speaker_noun(doc[j + 1].text):
        return None
    return view.person(j - 1)


def _subject_title(view: DocView, lo: int, v: int, hi: int) -> str | None:
    """The title a clause names its subject by without a name, opening it
    before the verb at ``v`` ("Der 96-Trainer stritt ab", "Auch der neue
    Keeper lobte") or right after it ("lobte der Trainer"): the noun, else
    ``None``."""
    i = lo
    while i < v and view.lowers[i] in ("auch", "und", "doch", "aber"):
        i += 1
    for a, end in ((i, v), (v + 1, hi)):
        if a >= end or view.lowers[a] not in ("der", "die"):
            continue
        j = a + 1
        while j < end and view.texts[j].islower() and view.texts[j].isalpha():
            j += 1  # "der neue Trainer"
        if j < end and speaker_noun(view.texts[j]) and not view.key(j):
            if j + 1 < len(view.doc) and view.person(j + 1):
                return None  # "der Trainer X": named
            return view.texts[j]
    return None
