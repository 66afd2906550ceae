"""Checks :mod:`kg.extract.interactions` makes of a verb of interaction before it
reads its actors: whether the clause does the act at all ("will auf keinen Fall
zustimmen", "hat kein Spiel mehr bestritten", "gelobt Treue"), whether a word
names a group of people rather than the actor in front ("die Siemens-Kritiker"),
and who the subject is when a title opens the clause before its auxiliary ("Die
Ministerin hat X gelobt": X is praised, not praising).

Each reads the clause's words through the view's ``lowers`` and ``texts``.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.extract.records import Kind, kind_of, name_of
from kg.extract.sources import speaker_noun
from kg.extract.view import DocView
from kg.lang.de.bodies import CLAIM_NOUNS, body_noun, party_members
from kg.lang.de.grammar import (
    AGENT_PREPOSITIONS,
    ARTICLES,
    AUXILIARIES,
    INDEFINITE_ARTICLES,
    MODALS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SELF_OBJECT_VERBS,
    VERB_FINAL_OPENERS,
    VON_SYNONYMS,
)
from kg.lang.de.meetings import NOT_DENIALS
from kg.lang.de.orgs import MEDIA_NOUNS as ORG_MEDIA_NOUNS
from kg.lang.de.speech import (
    CONDITIONAL_CONJUNCTIONS,
    CONTEST_ENDINGS,
    HYPOTHETICAL_AUXILIARIES,
    NEGATING_WORDS,
    PROPOSAL_NOUNS,
    STATE_NOUNS,
    UNNAMED_GROUP_ENDINGS,
    VOW_FORMS,
    SpeechAct,
    speech_acts,
)

__all__ = [
    "claim_author",
    "claim_genitive",
    "attributed",
    "preposition_of",
    "thing_compound",
    "genitive_group",
    "dative_opening",
    "outlet_name",
    "group_after",
    "group_compound",
    "named_title_after",
    "not_done",
    "plural_sie",
    "saxon_author",
    "titled_subject",
]

_HAVE = AUXILIARIES | PASSIVE_AUXILIARIES | frozenset({"haben", "habe", "hätten"})


def attributed(view: DocView, start: int, v: int, end: int) -> bool:
    """The sentence ``start``-``end`` of the verb at ``v`` is reported on
    someone's authority inside itself ("Laut dem Spiegel hat Jauch der ARD
    gedroht", "Der Zeitung zufolge lehnte X ab", "Nach Angaben der Polizei
    forderten Y …"): its quote is the whole clause, whose subject acts (not the
    one cited, not a speaker quoted in the first person)."""
    lows = view.lowers
    if any(lows[j] in ("ich", "wir") for j in range(start, end)):
        return False
    for j in range(start, end):
        if lows[j] == "zufolge" or (lows[j] == "laut" and j < v):
            return True
        if (
            lows[j] == "nach"
            and j < v
            and any(lows[k].endswith("angaben") for k in range(j + 1, min(end, j + 3)))
        ):
            return True
    return False


def not_done(view: DocView, v: int, lo: int, hi: int, act: SpeechAct) -> bool:
    """The verb at ``v`` in the clause ``lo``-``hi`` does not do ``act``.

    "lehnt … zwar nicht ab", "will auf keinen Fall zustimmen", "warne keineswegs
    vor …" (denied; "nicht nur" denies nothing); "hat kein Spiel mehr
    bestritten", "bestreitet vier Turniere" (takes part in a contest, denies
    nothing); "gelobt Treue zur Verfassung" (vows: "gelobt" without an
    auxiliary is "geloben", not "loben"); "ob X zustimmt" (a question).
    """
    lows = view.lowers
    if lows[lo] == "ob" and lo < v:
        return True  # "Ob die Briten dem zustimmen, ist offen": a question
    if _asked(view, lo, v, hi) or _hypothetical(view, lo, v, hi, act):
        return True
    for j in range(lo, hi):
        w = lows[j]
        if w in NEGATING_WORDS and not (j + 1 < hi and lows[j + 1] in NOT_DENIALS):
            return True
        if w == "keinen" and j > lo and j + 1 < hi:
            if lows[j - 1] == "auf" and lows[j + 1] == "fall":
                return True
    if act.form.infinitive == "bestreiten" and any(
        view.texts[j][:1].isupper()
        and lows[j].endswith(CONTEST_ENDINGS)
        and not lows[j].endswith("beispiel")
        for j in range(lo, hi)
    ):
        return True
    if lows[v] in VOW_FORMS and not any(lows[j] in _HAVE for j in range(lo, hi)):
        return not (v > lo and lows[v - 1] in _ARTICLES)
    if (
        (act.form.participle or lows[v] == act.form.infinitive)
        and "sich" in lows[lo:hi]
        and any(w in SELF_OBJECT_VERBS for w in lows[lo:hi])
    ):
        return True  # "X lässt sich auffordern", "sieht sich beschuldigt": X addressed
    if act.form.infinitive == "begrüßen" and _greets(view, lo, v, hi):
        return True
    if act.form.infinitive == "aufrufen" and any(
        lows[j] == "auf" and lows[j + 1] == "den" and lows[j + 2] == "plan"
        for j in range(v + 1, hi - 2)
    ):
        return True  # "ruft die EZB auf den Plan": an idiom, no appeal
    return False


def _asked(view: DocView, lo: int, v: int, hi: int) -> bool:
    """The clause ``lo``-``hi`` is a yes-no question: it ends with "?" and opens
    with its finite verb ("Hat die Partei den Antrag abgelehnt?", "Lehnt die
    Partei den Antrag ab?"); it asks whether the act was done, it tells none."""
    doc = view.doc
    if doc[hi - 1].text != "?" and (hi >= len(doc) or doc[hi].text != "?"):
        return False
    first = view.lowers[lo]
    return lo == v or first in _HAVE or first in MODALS or first in _WOULD


def _hypothetical(view: DocView, lo: int, v: int, hi: int, act: SpeechAct) -> bool:
    """The verb at ``v`` is an infinitive after "würde" ("Die Partei würde den
    Antrag ablehnen"), or its clause opens with a condition ("falls die Partei
    den Antrag ablehnt", "Wenn X zustimmt, …"): what would be done, not what was."""
    lows = view.lowers
    if lows[lo] in CONDITIONAL_CONJUNCTIONS and lo < v:
        return True
    infinitive = not act.form.participle and lows[v].endswith(("en", "rn", "ln"))
    return infinitive and any(lows[j] in _WOULD for j in range(lo, hi))


_WOULD = HYPOTHETICAL_AUXILIARIES


def _greets(view: DocView, lo: int, v: int, hi: int) -> bool:
    """ "begrüßte den Präsidenten X", "X hat Y in Berlin begrüßt": a person
    greeted as a guest, no praise; a thing welcomed ("begrüßte die
    Entscheidung von X", "die Entscheidung Macrons") praises. Greeted: one of
    two persons the clause names bare (subject and object), one named after
    "den" and a title, or one after the verb where an organisation is the
    subject before it ("Die Partei begrüßte Minister X")."""
    doc = view.doc
    bare: list[tuple[int, str]] = []
    for i in range(lo, hi):
        k = view.key(i)
        if not k or (i > 0 and view.key(i - 1) == k) or any(k == b for _, b in bare):
            continue
        if kind_of(k) is not Kind.PERSON or preposition_of(view, i, lo) is not None:
            continue
        j = i - 1
        while j > lo and doc[j].is_lower and not view.key(j):
            j -= 1  # "den französischen Präsidenten": to the noun before
        before = doc[j] if j >= lo else None
        if (
            before is not None
            and before.text[:1].isupper()
            and not view.key(j)
            and not speaker_noun(before.text)
        ):
            continue  # "die Entscheidung Macrons": the thing's owner
        titled = (
            before is not None
            and speaker_noun(before.text)
            and j > lo
            and view.lowers[j - 1] == "den"
        ) or (j > lo and view.lowers[j] == "den")
        bare.append((i, k))
        if titled:
            return True
    if len(bare) >= 2:
        return True
    if len(bare) == 1 and bare[0][0] > v:
        first = next((view.key(i) for i in range(lo, v) if view.key(i)), None)
        return first is not None and kind_of(first) is Kind.ORG
    return False


def group_compound(word: str) -> bool:
    """``word`` names people in the plural by a compound whose front is an
    actor: "Siemens-Kritiker", "ÖVP-Gegner", "Apple-Unterstützer": a group of
    people, not the firm or party in front (a party by its members,
    "SPÖ-Abgeordnete", is still the party's, as :func:`party_members` says)."""
    if "-" not in word:
        return False
    head = word.rsplit("-", 1)[1]
    if not head[:1].isupper() or body_noun(head) or party_members(word):
        return False
    low = head.lower()
    # "SPÖ-Abgeordnete", "CDU-Politiker": members speak for their party
    return low.endswith(UNNAMED_GROUP_ENDINGS) and not low.endswith(_MEMBERS)


_MEMBERS = ("abgeordnete", "abgeordneten", "politiker", "politikern")


def titled_subject(view: DocView, lo: int, v: int) -> int | None:
    """The position of the finite auxiliary when the clause opens with a person
    by title alone before it ("Die Ministerin hat den Kanzler … gelobt", "Der
    Sprecher hatte X … vorgeworfen"): the actors between the auxiliary and the
    verb at ``v`` are then its objects, not its subject; else ``None``."""
    lows = view.lowers
    i = lo
    if i >= v or lows[i] not in ("der", "die"):
        return None
    i += 1
    while i < v and view.texts[i].isalpha() and view.texts[i].islower():
        i += 1  # adjectives: "Die neue Ministerin"
    if i >= v or view.key(i) or not speaker_noun(view.texts[i]):
        return None
    if i + 1 < v and lows[i + 1] in AUXILIARIES | {"haben", "hatten"}:
        return i + 1
    return None


_QUANTIFIERS = frozenset(
    "einige viele manche zahlreiche mehrere etliche andere".split()
)


def group_after(view: DocView, v: int) -> bool:
    """Unnamed people in the plural follow the verb at ``v`` as its subject:
    "werfen einige Kommentatoren der Firma X … vor", "warnen viele Ökonomen":
    a group kg knows no actor for (the one named after it is the object)."""
    i = v + 1
    if i >= len(view.lowers) or view.lowers[i] not in _QUANTIFIERS:
        return False
    i += 1
    while i < len(view.lowers) and view.texts[i].isalpha() and view.texts[i].islower():
        i += 1  # "einige deutsche Kommentatoren"
    if i >= len(view.lowers) or view.key(i) or body_noun(view.texts[i]):
        return False
    return view.texts[i][:1].isupper() and view.lowers[i].endswith(
        UNNAMED_GROUP_ENDINGS + _UNNAMED_MEDIA
    )


# plural nouns of unnamed outlets: "werfen einige Blogs X vor" (no actor either)
_UNNAMED_MEDIA = ("blogs", "medien", "zeitungen", "stimmen")


def dative_opening(view: DocView, lo: int, v: int) -> bool:
    """The clause opens with a dative object before its verb at ``v``: "Dem
    Minister X wirft …", "Den Grünen warf X … vor", "Der
    Unterrichtsministerin X wirft Y … vor" (a woman's
    title after "der" before the verb is no subject): the actor after the verb
    is then the subject."""
    lows = view.lowers
    if lo >= v or lows[lo] not in ("dem", "der", "den") or view.key(lo):
        return False  # not "Den Haag"
    if lows[lo] in ("dem", "den"):
        return True  # "Den Grünen warf X vor": "den" is never the subject
    i = lo + 1
    while i < v and view.texts[i].isalpha() and view.texts[i].islower():
        i += 1
    return i < v and speaker_noun(view.texts[i]) and lows[i].endswith("in")


def outlet_name(name: str) -> bool:
    """An organisation named as a medium ("Frankfurter Allgemeine
    Sonntagszeitung", "Wiener Zeitung"): after "gegenüber" it is where the act
    was told, not its target."""
    last = name.rsplit(" ", 1)[-1].lower()
    return last.endswith(ORG_MEDIA_NOUNS)


def plural_sie(doc: Doc, i: int, v: int) -> bool:
    """ "sie" at ``i`` is many, not one person: the finite verb next to it is in
    the plural ("Auch sie forderten", "forderten sie"; not "hatte sie
    bestritten", "forderte sie") -- the verb of the act at ``v`` or an
    auxiliary or modal."""
    for j in (i + 1, i - 1):
        if not 0 <= j < len(doc):
            continue
        w = doc[j].lower_
        if w in AUXILIARIES | MODALS | PASSIVE_AUXILIARIES | {"sind", "waren"}:
            return w.endswith(("en", "rn", "ln")) or w in ("sind", "waren")
        if j == v:
            acts = speech_acts().get(w, ())
            if any(a.form.participle for a in acts):
                continue  # "bestritten": not the finite verb
            return w.endswith(("en", "rn", "ln"))
    return _verb_final_plural(doc, i, v)


def _verb_final_plural(doc: Doc, i: int, v: int) -> bool:
    """ "sie" at ``i`` opens a clause after "indem", "weil" … whose finite verb
    is the act at ``v`` at its end, in the plural ("…, indem sie ihm
    vorwerfen, …"; not "…, weil sie ihm … vorwerfen könne": an infinitive)."""
    if not (0 < i < v < len(doc)) or doc[i - 1].lower_ not in VERB_FINAL_OPENERS:
        return False
    w = doc[v].lower_
    if any(a.form.participle for a in speech_acts().get(w, ())):
        return False
    after = doc[v + 1].lower_ if v + 1 < len(doc) else ""
    if after in AUXILIARIES | MODALS | PASSIVE_AUXILIARIES or after.isalpha():
        return False  # the finite verb follows the act's infinitive
    return w.endswith(("en", "rn", "ln"))


def named_title_after(view: DocView, v: int, hi: int) -> str | None:
    """The person named after the verb at ``v`` by a masculine title in the
    nominative ("wirft der Abgeordnete Peter Pilz … vor"): the subject of a
    clause whose object opens it ("Der Ministerin X wirft der Abgeordnete Y
    vor"); not a dative or genitive ("der Ministerin X", "der Abgeordneten X")."""
    i = v + 1
    if i >= hi or view.lowers[i] != "der":
        return None
    i += 1
    while i < hi and view.texts[i].isalpha() and view.texts[i].islower():
        i += 1
    if i + 1 >= hi or not speaker_noun(view.texts[i]):
        return None
    if view.lowers[i].endswith(("in", "innen", "en")):
        return None
    k = view.key(i + 1)
    return k if k is not None and view.person(i + 1) else None


# nouns of people that are not the state they belong to: "Griechenlands Linke",
# "Syriens Opposition" (with :data:`UNNAMED_GROUP_ENDINGS`)
_GROUP_NOUNS = ("linke", "rechte", "opposition", "rebellen", "bevölkerung", "jugend")


def genitive_group(view: DocView, i: int) -> bool:
    """The country at ``i``, in the genitive, names whose people a group is:
    "Griechenlands geschlagene Linke ruft auf", "Syriens Rebellen fordern": the
    group acts, not the state ("Syriens Regierung", "Syriens Präsident" are the
    state's)."""
    k = view.key(i)
    word = view.texts[i]
    if k is None or not word.endswith("s") or word == name_of(k):
        return False
    j = i + 1
    while j < len(view.texts) and view.texts[j].isalpha() and view.texts[j].islower():
        j += 1  # "geschlagene"
    if j >= len(view.texts) or view.key(j) or not view.texts[j][:1].isupper():
        return False
    low = view.lowers[j]
    return low.endswith(UNNAMED_GROUP_ENDINGS + _GROUP_NOUNS) and not body_noun(
        view.texts[j]
    )


# heads of compounds that still name the actor in front ("EU-Staaten",
# "US-Regierung", "Nato-Spitze")
_ACTOR_HEADS = STATE_NOUNS | frozenset(
    (
        "staaten länder mitgliedstaaten mitgliedsstaaten mitglieder spitze "
        "delegation truppen streitkräfte kräfte partner vertreter kämpfer "
        "soldaten milizen miliz einheiten rebellen regime armee gruppierung "
        "gruppe fraktion bewegung lager flügel basis bündnis allianz koalition"
    ).split()
)


def thing_compound(word: str, name: str) -> bool:
    """``word`` is a compound of the actor ``name`` with a thing: "der
    EU-Außengrenze", "beim Nato-Gipfel", "das Russland-Geschäft": not the actor
    (a body, "EU-Kommission", a title, "EU-Kommissar", and the states or
    government of the actor, "EU-Staaten", "US-Regierung", still are)."""
    if "-" not in word or word == name or word.startswith(f"{name} "):
        return False
    if word in name.split():
        return False  # "Carl-Ludwig" of "Carl-Ludwig Thiele": a word of the name
    if word.endswith(f"-{name}"):
        return False  # "der ÖVP-Wirtschaftsbund": the actor, its party in front
    head = word.rsplit("-", 1)[1]
    low = head.lower()
    if not head[:1].isupper() or low in _ACTOR_HEADS or low[:-1] in _ACTOR_HEADS:
        return False  # "den YPG-Kämpfern", "der EU-Staaten"
    return not (body_noun(head) or speaker_noun(head) or party_members(word))


_ARTICLES = ARTICLES | INDEFINITE_ARTICLES | {"des"}
_PREPOSITIONS = PREPOSITIONS | VON_SYNONYMS | {"beim"}
# the finite verbs a preposition's phrase never reaches over ("Zum einen
# lobte X …", "Vor allem hat X …": "zum", "vor" govern no X)
_VERBS = AUXILIARIES | MODALS | frozenset(speech_acts())


def preposition_of(view: DocView, i: int, lo: int) -> str | None:
    """The preposition that governs the mention at ``i`` ("mit Russland",
    "vom Gesprächspartner"), skipping the article and adjectives before it;
    "seitens" is read as "von" (:data:`kg.lang.de.grammar.VON_SYNONYMS`)."""
    doc = view.doc
    k = view.key(i)
    j = i
    while j > lo and k is not None and view.key(j - 1) == k:
        j -= 1
    j -= 1
    if (
        j - 1 >= lo
        and doc[j].is_alpha
        and doc[j].text[:1].isupper()
        and not view.key(j)
        and doc[j - 1].lower_ in _ARTICLES
    ):
        j -= 1  # "von der Treuhandgesellschaft TVP": a noun apposed to the name
    while j >= lo and (
        doc[j].lower_ in _ARTICLES
        or (
            doc[j].is_lower
            and doc[j].is_alpha
            and doc[j].lower_ not in _PREPOSITIONS | {"und", "oder"}
            and doc[j].lower_ not in _VERBS
        )
        or (speaker_noun(doc[j].text) and not view.key(j))  # "von Innenminister X"
        # "vom EU-Außenbeauftragten X": a title of the person, its body in front
        or (speaker_noun(doc[j].text) and "-" in doc[j].text and view.person(i))
        or doc[j].lower_ in ("herr", "herrn", "frau")  # "von Herrn Sardana"
    ):
        j -= 1
    if (
        j - 1 >= lo
        and doc[j].is_alpha
        and doc[j].text[:1].isupper()
        and not view.key(j)
        and doc[j + 1].lower_ in ("des", "der", "eines", "einer")
    ):
        # "Nach dem Verzicht der Regierung hat X …": a genitive of a noun a
        # preposition opening the clause governs is governed too (not by
        # "von", "an": an agent, an addressee of their own)
        g = _before_modifiers(doc, j - 1, lo, _PREPOSITIONS)
        if (
            g >= lo
            and (g == lo or doc[g].is_sent_start)  # the phrase opens the clause
            and doc[g].lower_ in _PREPOSITIONS
            and doc[g].lower_ not in AGENT_PREPOSITIONS | {"an", "gegenüber"}
        ):
            return doc[g].lower_
    if j >= lo and doc[j].lower_ in _PREPOSITIONS:
        if doc[j].lower_ == "gegenüber" and j > lo and view.key(j - 1):
            return None  # "der Regierung gegenüber lehnte Meier …": it governs before
        return "von" if doc[j].lower_ in VON_SYNONYMS else doc[j].lower_
    if doc[j].lower_ in (",", "und", "oder") and view.key(j - 1):
        # "Menschen in Ungarn, Österreich oder …": the list's preposition
        start = view.sents[view.sentence_of(doc[j])].start
        return preposition_of(view, j - 1, start) if j > start else None
    if doc[j].lower_ in ("und", "oder") and j > lo:
        # "Zu Hass und Jihad aufgerufen": a noun the preposition governs,
        # joined to the mention, shares its preposition
        return _noun_preposition(view, j - 1, lo)
    return None


def _noun_preposition(view: DocView, n: int, lo: int) -> str | None:
    """The preposition right before the noun at ``n`` that names no entity
    (articles and adjectives between them: "zu Hass", "vor der großen Gefahr"),
    else ``None``."""
    doc = view.doc
    if view.key(n) or not (doc[n].is_alpha and doc[n].text[:1].isupper()):
        return None
    j = _before_modifiers(doc, n - 1, lo, _PREPOSITIONS | {"und", "oder"})
    return doc[j].lower_ if j >= lo and doc[j].lower_ in _PREPOSITIONS else None


def _before_modifiers(doc: Doc, j: int, lo: int, stop: Collection[str]) -> int:
    """The first token at or before ``j`` (not before ``lo``) that is neither
    an article nor a lower-case word outside ``stop`` ("vor der großen
    Gefahr": from "großen" back to "vor")."""
    while j >= lo and (
        doc[j].lower_ in _ARTICLES
        or (doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in stop)
    ):
        j -= 1
    return j


def claim_author(view: DocView, i: int, lo: int) -> bool:
    """The actor at ``i`` follows "von" right after a noun of a claim
    (:data:`CLAIM_NOUNS` and its compounds: "Die Forderung von X wurde
    abgelehnt", "die Rücktrittsforderung vom Verband"): the claim's author, no
    passive's agent."""
    lows = view.lowers
    j = i - 1
    while j > lo and (lows[j] in _ARTICLES or speaker_noun(view.texts[j])):
        j -= 1  # "von der Gewerkschaft", "von Verbandschef X"
    if j - 1 < lo or lows[j] not in ("von", "vom"):
        return False
    noun = lows[j - 1]
    return noun in CLAIM_NOUNS or (len(noun) > 9 and noun.endswith(_CLAIM_ENDINGS))


def claim_genitive(view: DocView, i: int, lo: int) -> bool:
    """The actor at ``i`` is in the genitive after a noun of a claim
    (:data:`CLAIM_NOUNS` and its compounds: "wies die Vorwürfe der
    Gewerkschaft X zurück", "die Kritik des Verbands"): the claim's author,
    not the subject after the verb."""
    lows = view.lowers
    # "der Präsidentin" as a mention of the one named before starts at "der"
    j = i if lows[i] in ("der", "des") else i - 1
    # "der Gewerkschaft X", "des Verbandschefs X": a kind or title noun between
    while j > lo and i - j <= 2 and lows[j] not in ("der", "des"):
        if not (view.texts[j][:1].isupper() and view.texts[j].isalpha()):
            return False
        j -= 1
    if j - 1 < lo or lows[j] not in ("der", "des"):
        return False
    noun = lows[j - 1]
    return noun in CLAIM_NOUNS or (len(noun) > 9 and noun.endswith(_CLAIM_ENDINGS))


def saxon_author(view: DocView, i: int, v: int) -> bool:
    """The actor whose mention ends at ``i`` is a genitive in "-s" before a noun
    of a proposal or claim (:data:`PROPOSAL_NOUNS`, :data:`CLAIM_NOUNS`), ahead
    of the verb at ``v`` ("Merkels Vorschlag lehnte die SPD ab"): its author,
    not the subject; not before a title or a body ("Merkels Sprecher",
    "Syriens Führung"), not a name ending in "s" ("Siemens")."""
    key = view.key(i)
    text = view.texts[i]
    if key is None or i + 1 >= v or not text.endswith("s") or len(text) < 3:
        return False
    if name_of(key).endswith(text) or view.key(i + 1) is not None:
        return False
    noun = view.lowers[i + 1]
    return noun in _OWNED or (len(noun) > 9 and noun.endswith(_OWNED_ENDINGS))


_CLAIM_ENDINGS = tuple(CLAIM_NOUNS)
_OWNED = CLAIM_NOUNS | PROPOSAL_NOUNS
_OWNED_ENDINGS = tuple(_OWNED)
