"""Who speaks: the speaker, medium or label of a reported clause.

:mod:`kg.extract.quotes` finds the quoted and reported clauses; this module reads
who they belong to from the words around them: a named person or organisation
(:func:`speaker_of`); "die Organisation" for the one named before
(:func:`org_anaphor`) is read in :mod:`kg.extract.org_anaphor`, and "der
Salzburger", "der WM-Dritte" for a person named before in
:mod:`kg.extract.speaker_nominals`. An unnamed speaker's noun ("ein
US-Regierungsvertreter", :func:`label_of`), a spokesperson speaking for what they
represent (:func:`spokesperson`) and an institution placed in a city
(:func:`placed_institution`) are read in :mod:`kg.extract.speaker_labels` (and
re-exported here). The source after "laut", "zufolge", "nach Angaben" and the
nouns for unnamed speakers are read in :mod:`kg.extract.sources`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.actors import is_media, state_of_capital
from kg.extract.coref import LastSpeaker, antecedent, surname, surnames_of
from kg.extract.interaction_checks import preposition_of
from kg.extract.org_anaphor import org_anaphor
from kg.extract.participants import singular_demonym
from kg.extract.records import Kind, kind_of, name_of
from kg.extract.sources import speaker_noun
from kg.extract.speaker_brackets import skipped_in_brackets
from kg.extract.speaker_labels import (
    apposition,
    key_or_label,
    label_of,
    office_of_minister,
    placed_institution,
    speaker_noun_after,
    spokesperson,
)
from kg.extract.speaker_nominals import person_noun_after, plain_person_pronoun
from kg.extract.speaker_pages import without_pages
from kg.extract.speaker_pronouns import (
    body_subject,
    organisation_just_quoted,
    organisation_subject,
)
from kg.extract.view import DocView
from kg.lang.de.grammar import (
    ADJ_ENDINGS,
    ARTICLES,
    INDEFINITE_ARTICLES,
    POSSESSIVE_ARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from kg.lang.de.speaker_chains import (
    ADDRESSEE_PREPOSITIONS,
    PUBLISHED_IN,
    VENUE_PREPOSITIONS,
)
from kg.lang.de.speech import (
    AFFILIATE_ENDINGS,
    BODY_ENDINGS,
    GOVERNMENT_NOUNS,
    MEDIA_NOUNS,
    MEMBER_ENDINGS,
    ORG_ANAPHORS,
    OUTLET_CUES,
    PLACE_PREPOSITIONS,
    PLATFORMS,
    SPOKESPERSON_ENDINGS,
)

__all__ = [
    "LastSpeaker",
    "apposition",
    "as_state",
    "key_or_label",
    "label_of",
    "org_anaphor",
    "placed_institution",
    "speaker_of",
    "spokesperson",
]

_DEFINITE = ARTICLES | {"des"}

#: words by which a report refers back to the outlet named before ("Wie das
#: Blatt berichtet", "teilte die Agentur mit")
OUTLET_ANAPHORS = frozenset({"blatt", "zeitung", "tageszeitung", "magazin", "sender"})


# --- the speaker --------------------------------------------------------------------


def _governed_persons(view: DocView, region: list[int]) -> set[int]:
    """The tokens of persons in ``region`` a preposition governs ("von Eva
    Huber"), when the region also names a person none governs; else none."""
    if not region:
        return set()
    lo = min(region)
    governed, free = set(), False
    for i in region:
        k = view.key(i)
        if not k or kind_of(k) is not Kind.PERSON:
            continue
        if preposition_of(view, i, lo) is None:
            free = True
        else:
            governed.add(i)
    return governed if free else set()


def speaker_of(
    view: DocView,
    region: list[int],
    before: int,
    spans: list[tuple[int, int]],
    last: LastSpeaker,
) -> tuple[str | None, str | None]:
    """(speaker, medium) named by the tokens ``region`` of a reporting clause,
    nearest the verb of saying first; "er", "der Minister" are the person named
    before token ``before`` (:func:`antecedent`)."""
    doc = view.doc
    region = without_pages(
        view, _without_relative_after(view, _without_insertion(view, region))
    )
    media: list[str] = []
    surnames = surnames_of(view)
    speaker: str | None = _apposed_person(view, region)
    found = speaker is not None
    # "X zeigt sich überrascht über die Äußerungen von Y und erklärt: …": a
    # person after a preposition is not who speaks when another is named free
    governed = _governed_persons(view, region)
    # a name close to the verb wins over a title or an organisation before it
    # ("sagte UN-Hochkommissar Said Raad al-Hussein", "sagte BKA-Chef Holger Münch")
    for i in region[:8]:
        k = view.key(i)
        if found or (k and (_outlet(k) or _after_media_cue(view, i))):
            break
        if _relative_opens(view, i):
            break  # "sagte der Grazer, dem X zur Seite steht": not X
        if k and kind_of(k) is Kind.PERSON and _addressed(view, i):
            continue  # "Der habe zu Hochegger gemeint": whom it was said to
        if i in governed:
            continue
        if (
            (k is None or kind_of(k) is not Kind.PERSON)
            and i > 0
            and doc[i].text[:1].isupper()
            and doc[i - 1].lower_ in _DEFINITE
            and (titled := _introduced_as(view, i)) is not None
        ):
            speaker, found = titled, True  # "EZB-Rat X …, sagte der EZB-Rat"
            break
        if k and kind_of(k) is Kind.PERSON:
            speaker, found = _named_after_possessor(view, i, k) or k, True
            break
        if (
            not k
            and surname(surnames, doc[i].text)
            and _mid_sentence(view, i)
            and not _addressed(view, i)
        ):
            speaker, found = surname(surnames, doc[i].text), True
            break
    if not found and (org := _affiliated_speaker(view, region)) is not None:
        # "hatten BND-Mitarbeiter im Ausschuss des Bundestags angegeben": the
        # BND, not the organisation after a preposition nearer the verb
        speaker, found = org, True
    for n, i in enumerate(region):
        k = view.key(i)
        if k and (_outlet(k) or _after_media_cue(view, i)):
            if k not in media:
                media.append(k)
            continue
        if not k and (outlet := _outlet_anaphor(view, i)) and outlet not in media:
            media.append(outlet)  # "Wie das Blatt berichtet": the paper named before
            continue
        if found:
            continue
        w = doc[i]
        if (
            not k
            and w.lower_ in ORG_ANAPHORS
            and doc[i - 1].lower_ in ("der", "die", "das")
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in ("und", "sowie")
            and (org := org_anaphor(view, [i], last)) is not None
        ):
            # "wie der Konzern und das Ministerium bestätigten": the first
            # named, the company named before, not the ministry after it
            speaker, found = org, True
            continue
        if k and kind_of(k) is not Kind.PERSON and skipped_in_brackets(view, i):
            continue  # "Heiko Maas (SPD) sagte": the party is no speaker
        if k and kind_of(k) is Kind.PERSON and (_addressed(view, i) or i in governed):
            continue
        if k and kind_of(k) is Kind.PERSON:
            speaker, found = k, True
        elif (
            not k
            and surname(surnames, w.text)
            and _mid_sentence(view, i)
            and not _addressed(view, i)
        ):
            speaker, found = surname(surnames, w.text), True
        elif (
            n == 0
            and w.lower_ in SUBJECT_PRONOUNS
            and (
                i + 1 >= len(doc)
                or not (doc[i + 1].text[:1].isupper() or doc[i + 1].is_quote)
                or w.lower_ in ("er", "sie")
            )
            and not _adjective_phrase(doc, i)
        ):
            # "Die Polizei hat …, wie sie mitteilte": the organisation that
            # opens the sentence, not a person named before it
            speaker = organisation_subject(view, i)
            if speaker is None and body_subject(view, i) is None:
                speaker = antecedent(
                    view, before, spans, last, pronoun=w.lower_
                ) or organisation_just_quoted(view, i, last)
            found = True
        elif (
            w.lower_ in POSSESSIVES | POSSESSIVE_ARTICLES
            and i + 1 < len(doc)
            and doc[i + 1].lower_.endswith(SPOKESPERSON_ENDINGS)
            and (owner := _possessor(view, i)) is not None
        ):
            speaker, found = owner, True  # "wie ihr Sprecher mitteilte"
        elif w.lower_ in _DEFINITE | INDEFINITE_ARTICLES and (
            speaker_noun_after(doc, i) or person_noun_after(view, i)
        ):
            if (
                i + 2 < len(doc)
                and doc[i + 1].lower_.endswith(SPOKESPERSON_ENDINGS)
                and office_of_minister(view, i + 2) is not None
            ):
                found = True  # the ministry is the label (:func:`label_of`)
                continue
            ahead = _named_ahead(view, i, region, surnames, person=True) or (
                _named_ahead(view, i, region, surnames)
            )
            if w.lower_ in INDEFINITE_ARTICLES:
                speaker = (
                    ahead if ahead and kind_of(ahead) is not Kind.PERSON else ahead
                )
            elif ahead and kind_of(ahead) is Kind.PERSON:
                speaker = ahead  # "der Minderheitsführer im Senat, Harry Reid"
            elif (voice := _body_voice(doc, i)) is not None:
                # "sagte der Polizeisprecher": the one named with that word
                # before ("Polizeisprecher Jan Roth"), else the body speaks
                # (:func:`spokesperson`), not any person named before
                speaker = _named_with(view, i, voice) or ahead
            else:
                noun = next((t.text for t in doc[i + 1 : i + 4] if t.is_title), None)
                speaker = antecedent(
                    view,
                    before,
                    spans,
                    last,
                    title=noun,
                    pronoun=plain_person_pronoun(view, i),  # "so der Mann"
                )
            found = True
        elif k and (member := _member_of(view, i)) is not None:
            speaker, found = member, True  # "Lena Roth von der Organisation X"
        elif k and (kind_of(k) is Kind.ORG or _is_state(view, k)):
            if (
                kind_of(k) is Kind.PLACE
                and i > 0
                and doc[i - 1].is_lower
                and (doc[i - 1].lower_ in PLACE_PREPOSITIONS)
                # "das Ministerium in Xland": the institution placed there
                # speaks (:func:`placed_institution`)
                and not (i > 1 and doc[i - 2].text[:1].isupper())
            ):
                continue  # "zurück nach Xland, aber man habe ihm gesagt"
            if (
                kind_of(k) is Kind.PLACE
                and w.is_lower
                and i + 1 in region
                and (
                    kind_of(view.key(i + 1) or "") is Kind.ORG
                    or doc[i + 1].lower_ in MEDIA_NOUNS | ORG_ANAPHORS
                )
            ):
                # "das deutsche Wirtschaftsministerium": the ministry; "dem
                # australischen Fernsehsender ABC": an outlet, not the state;
                # "die schwedische Firma": the company named before
                continue
            if kind_of(k) is Kind.PLACE:
                k = state_of_capital(k, view.entities) or k
            if (
                (
                    "-" in w.text
                    and speaker_noun(w.text)
                    and i > 0
                    and doc[i - 1].lower_ in _DEFINITE
                )
                or (
                    w.text[:1].isupper()
                    and kind_of(k) is Kind.PLACE
                    and i + 1 < len(doc)
                    and not view.key(i + 1)
                    and speaker_noun(doc[i + 1].text)
                )
                or _demonym_person(view, i, k)
            ):
                # "Der OeNB-Gouverneur warnt", "Russischer Außenminister glaubt":
                # a person by title, not the bank or the state
                k = antecedent(view, before, spans, last) or k
            speaker, found = k, True
    medium = media[0] if media else None
    if not found and media:
        # "hatte er gegenüber L'Equipe betont", "Kreissl, Sportchef …,
        # bestätigte gegenüber der APA": the one who speaks to the outlet;
        # "teilte die Organisation auf Twitter mit": the organisation named
        # before, not the platform
        speaker = (
            _subject_beside_outlet(view, region, spans, last)
            or org_anaphor(view, region, last)
            or media[0]
        )
    return speaker, medium


def _affiliated_speaker(view: DocView, region: list[int]) -> str | None:
    """The organisation of a hyphened staff word in ``region`` that is no
    preposition's object (:func:`_affiliated_org`: "ein BND-Mitarbeiter
    sagte", not "sagte er gegenüber BND-Mitarbeitern") nor one person by
    title ("erklärte der SPD-Politiker": the one named before)."""
    doc = view.doc
    for i in region:
        j = i - 1
        if j >= 0 and (
            doc[j].lower_ == "der"
            or (doc[j].lower_ == "die" and doc[i].lower_.endswith("in"))
        ):
            continue  # "erklärte der SPD-Politiker": the person named before
        if j >= 0 and doc[j].lower_ in _DEFINITE | INDEFINITE_ARTICLES:
            j -= 1
        if j >= 0 and doc[j].lower_ in PREPOSITIONS:
            continue
        if (org := _affiliated_org(view, i)) is not None:
            return org
    return None


def _affiliated_org(view: DocView, i: int) -> str | None:
    """The organisation of the article a hyphened word at token ``i`` names
    before a word for its staff or members (:data:`AFFILIATE_ENDINGS`: "ein
    BND-Mitarbeiter", "ÖVP-Politiker"): the word's own key, else the
    organisation the article names by the word before the hyphen elsewhere."""
    doc = view.doc
    if i >= len(doc) or "-" not in doc[i].text[1:]:
        return None
    head, _, tail = doc[i].text.rpartition("-")
    if not head or tail.lower() not in AFFILIATE_ENDINGS:
        return None
    if (k := view.key(i)) is not None:
        # the word read as a mention of the organisation before the hyphen
        return k if kind_of(k) is Kind.ORG and not is_media(k) else None
    for j, t in enumerate(doc):
        if t.text == head and (k := view.key(j)) and kind_of(k) is Kind.ORG:
            return None if is_media(k) else k
    return None


def _body_voice(doc: Doc, i: int) -> str | None:
    """The noun after the article at ``i`` when it names a body's voice, not a
    person by office: a spokesperson ("der Sprecher", "die Polizeisprecherin")
    or a member or chief of a body (:data:`BODY_ENDINGS`: "der
    Feuerwehrmann", "die Polizeichefin"); ``None`` for "der Minister"."""
    j = i + 1
    while j < len(doc) and doc[j].is_lower and doc[j].is_alpha and j - i <= 3:
        j += 1  # "der zuständige Polizeisprecher"
    if j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
        return None
    low = doc[j].lower_
    for end in SPOKESPERSON_ENDINGS + MEMBER_ENDINGS:
        if not low.endswith(end):
            continue
        stem = low[: -len(end)].rstrip("-")
        if not stem and end in SPOKESPERSON_ENDINGS:
            return doc[j].text  # "der Sprecher"
        for s in (stem, stem[:-1]):  # "Ministeriums-", "Behörden-"
            if len(s) > 2 and s.endswith(BODY_ENDINGS):
                return doc[j].text
        return None
    return None


def _introduced_as(view: DocView, i: int) -> str | None:
    """The person the article introduced with the word at token ``i`` right
    before their name ("OeNB-Gouverneur und EZB-Rat Ewald Nowotny …; sagte der
    EZB-Rat"), when it introduced one person so."""
    doc = view.doc
    word = doc[i].text
    found = {
        k
        for j in range(i - 1)
        if doc[j].text == word
        and view.key(j) != view.key(j + 1)
        and (k := view.person(j + 1)) is not None
    }
    # "Marco De Luca, Anwalt der Reederei": one introduced so after the name
    found |= {
        k
        for j in range(2, i - 1)
        if doc[j].text == word
        and doc[j - 1].text == ","
        and (k := view.person(j - 2)) is not None
    }
    return next(iter(found)) if len(found) == 1 else None


def _named_with(view: DocView, i: int, noun: str) -> str | None:
    """Who the article named with ``noun`` before token ``i``: the person or
    organisation right after it ("Polizeisprecher Jan Roth", "ein Sprecher der
    Landesrätin Eva Roth", "eine Sprecherin der Polizei Bern"), or the person
    before it and a comma or bracket ("Jan Roth, Polizeisprecher in Graz",
    "Jan Roth (Polizeisprecher)")."""
    doc = view.doc
    form = _voice_form(noun)
    for j in range(i - 1, -1, -1):
        if not doc[j].text[:1].isupper() or _voice_form(doc[j].text) != form:
            continue
        for n in range(j + 1, min(j + 6, i)):
            if doc[n].is_punct:
                break
            if (k := view.person(n)) is not None:
                return k
            k = view.key(n)
            if k is not None and kind_of(k) is Kind.ORG and not is_media(k):
                return k
        n = j - 1
        if n >= 0 and doc[n].lower_ in _DEFINITE | INDEFINITE_ARTICLES:
            n -= 1  # "Jan Roth, der Polizeisprecher"
        if n > 0 and doc[n].text in ",(" and (k := view.person(n - 1)) is not None:
            return k
    return None


def _voice_form(word: str) -> str:
    """``word`` for comparing words for a body's voice: lower case, without
    hyphen, inflection and the linking "s" before its ending
    ("Gewerkschaftsschef", "Gewerkschafts-Chef" -> "gewerkschaftchef",
    "Polizeisprechers" -> "polizeisprecher")."""
    w = word.lower().replace("-", "")
    ends = sorted(SPOKESPERSON_ENDINGS + MEMBER_ENDINGS, key=len, reverse=True)
    for tail in ("", "s", "n", "en"):
        base = w[: len(w) - len(tail)] if tail else w
        if not w.endswith(tail):
            continue
        end = next((e for e in ends if base.endswith(e)), None)
        if end is not None:
            return base[: -len(end)].rstrip("s") + end
    return w


def _without_relative_after(view: DocView, region: list[int]) -> list[int]:
    """``region`` without the entities a preposition governs in a relative
    clause after the verb of saying: "heißt es in der Klagsschrift, die beim
    Gericht X eingebracht wurde" is not the court's (but "in einer
    Stellungnahme, die die Firma X übermittelte" is the firm's, and one "von X"
    verschickt). The words after the verb come first in ``region``, ascending."""
    doc = view.doc
    m = 1
    while m < len(region) and region[m] == region[m - 1] + 1:
        m += 1
    rel = next(
        (
            n
            for n in range(m - 1)
            if doc[region[n]].text == ","
            and doc[region[n] + 1].lower_ in RELATIVE_PRONOUNS
        ),
        None,
    )
    infinitive = next(
        (
            n
            for n in range(m - 1)
            if doc[region[n]].text == ","
            and any(
                doc[j].lower_ == "zu" and doc[j + 1].is_lower and doc[j + 1].is_alpha
                for j in region[n + 1 : m - 1]
            )
        ),
        None,
    )
    if infinitive is not None and (rel is None or infinitive < rel):
        # "stritt ab, Andreasen von einer Beichte abgehalten zu haben": what
        # was denied, not who denied it
        return region[:infinitive] + region[m:]
    if rel is None:
        return region
    out = region[: rel + 1]
    for j in region[rel + 1 : m]:
        k = view.key(j)
        a = j
        while k is not None and a > 0 and view.key(a - 1) == k:
            a -= 1
        if a > 0 and doc[a - 1].lower_ in ARTICLES:
            a -= 1
        if k is not None and a > 0 and doc[a - 1].lower_ in VENUE_PREPOSITIONS:
            continue
        out.append(j)
    return out + region[m:]


def _addressed(view: DocView, i: int) -> bool:
    """The person at token ``i`` is the one spoken to: "zu" before the name, or
    before a title right before it ("habe zu Minister X gemeint"); or no person
    but where it was written ("schreiben die Forscher in X")."""
    doc, k = view.doc, view.key(i)
    a = i
    while k is not None and a > 0 and view.key(a - 1) == k:
        a -= 1
    # the capitalised words of its name before it ("Ecology" of "in Behavioral
    # Ecology", a bare surname after its first name)
    while (
        a > max(0, i - 3)
        and doc[a - 1].is_title
        and doc[a - 1].is_alpha
        and not speaker_noun(doc[a - 1].text)
    ):
        a -= 1
    if a > 1 and doc[a - 1].text[:1].isupper() and speaker_noun(doc[a - 1].text):
        a -= 1
    return a > 0 and doc[a - 1].lower_ in ADDRESSEE_PREPOSITIONS | PUBLISHED_IN


def _named_after_possessor(view: DocView, i: int, key: str) -> str | None:
    """The person named after a possessor's title: "Obamas Sonderberaterin
    Kori Schulman", "Putins Sprecher Dmitri Peskow" -> the adviser, the
    spokesman (the name at ``i`` in the genitive, then a title, then a name)."""
    doc = view.doc
    j = i
    while j + 1 < len(doc) and view.key(j + 1) == key:
        j += 1
    if (
        not doc[j].text.endswith(("s", "'", "’"))
        or j + 1 >= len(doc)
        or not doc[j + 1].is_title  # a title noun after the genitive
    ):
        return None
    for n in range(j + 1, min(j + 4, len(doc))):
        t = doc[n]
        other = view.person(n)
        if other is not None and other != key:
            return other if n > j + 1 else None
        if view.key(n) or t.is_punct or not t.is_alpha:
            return None
    return None


def _without_insertion(view: DocView, region: list[int]) -> list[int]:
    """``region`` without a relative clause or an apposition set off by commas
    between a named subject and the verb of saying: "ToyTalk, das die Puppe für
    Mattel entwickelt hat, bestätigte" and "Jan Bauer, Chef der Stiftung Grün,
    warnt" are ToyTalk's and Jan Bauer's, not Mattel's or the foundation's.
    The words before the verb come last in ``region``, nearest the verb first."""
    doc = view.doc
    m = len(region) - 1
    while m > 0 and region[m - 1] == region[m] + 1:
        m -= 1
    back = region[m:]
    if len(back) < 4 or doc[back[0]].text != ",":
        return region
    close = next(
        (n for n in range(2, min(len(back), 16)) if doc[back[n]].text == ","), None
    )
    if close is None or close + 1 >= len(back):
        return region
    opener = doc[back[close - 1]]  # the first word after the opening comma
    if not (opener.lower_ in RELATIVE_PRONOUNS or speaker_noun(opener.text)):
        return region
    if view.key(back[close + 1]) is None:
        return region  # a named subject right before the comma
    return region[:m] + back[close + 1 :]


def _possessor(view: DocView, i: int) -> str | None:
    """The person whose spokesperson "ihr Sprecher", "sein Sprecher" at token
    ``i`` is: the person named last before it in its sentence, else the first
    named in the sentence before; None if neither names one."""
    doc = view.doc
    here = view.sentence_of(doc[i])
    sent = view.sents[here]
    for j in range(i - 1, sent.start - 1, -1):
        if (k := view.person(j)) is not None:
            return k
    if here == 0:
        return None
    prev = view.sents[here - 1]
    return next(
        (k for j in range(prev.start, prev.end) if (k := view.person(j)) is not None),
        None,
    )


def _subject_beside_outlet(
    view: DocView, region: list[int], spans: list[tuple[int, int]], last: LastSpeaker
) -> str | None:
    """The person who speaks to an outlet the reporting clause ``region``
    names: "er"/"sie" in the clause (the person named before), else a person
    opening the sentence ("Günter Kreissl, Sportchef …, bestätigte gegenüber
    der APA"); None when neither is there."""
    doc = view.doc
    for i in region:
        if doc[i].lower_ in ("er", "sie") and doc[i].is_lower:
            return antecedent(view, i, spans, last, pronoun=doc[i].lower_)
    sent = view.sents[view.sentence_of(doc[region[0]])]
    if region[0] <= sent.start:
        return None
    for i in range(sent.start, min(sent.start + 3, region[0])):
        if (k := view.person(i)) is not None:
            j = i
            while j + 1 < region[0] and view.person(j + 1) == k:
                j += 1
            j += 1
            if (
                j < region[0]
                and doc[j].lower_ in ("von", "vom")
                and not any(t.text == "," for t in doc[j : region[0]])
            ):
                j = region[0] - 1  # "Barri Phatarfod von der Organisation X sagte"
            if j < region[0] and doc[j].text == "(":
                # "Heiko Maas (SPD) sagte den Zeitungen …": the party in brackets
                close = next(
                    (t.i for t in doc[j + 1 : region[0]] if t.text == ")"), None
                )
                j = close + 1 if close is not None and close - j <= 6 else j
            if j < region[0] and doc[j].text == ",":
                close = next(
                    (t.i for t in doc[j + 1 : region[0]] if t.text == ","), None
                )
                j = close + 1 if close is not None and close - j <= 8 else j
            # the verb of saying right after the name (and its apposition),
            # not a name inside a quote before it ("Für Jeremic würde …")
            return k if j == region[0] - 1 else None
        if doc[i].is_lower or doc[i].is_punct:
            return None
    return None


def _member_of(view: DocView, i: int) -> str | None:
    """The person an organisation at token ``i`` is the affiliation of:
    "Barri Phatarfod von der Hilfsorganisation Doctors for Refugees sagte"
    (the person right before "von"/"vom", an article and one noun between)."""
    doc = view.doc
    k = view.key(i)
    if k is None or kind_of(k) is not Kind.ORG:
        return None
    j = i
    while j > 0 and view.key(j - 1) == k:
        j -= 1
    j -= 1
    steps = 0
    while j > 0 and steps < 3 and doc[j].lower_ not in ("von", "vom"):
        if doc[j].is_punct or view.key(j):
            return None
        j -= 1
        steps += 1
    if j <= 0 or doc[j].lower_ not in ("von", "vom"):
        return None
    return view.person(j - 1)


def _demonym_person(view: DocView, i: int, key: str) -> bool:
    """Token ``i`` is a noun for one of the people of the state ``key`` after a
    singular article ("sagte der Franzose", "so die Spanierin",
    :func:`kg.extract.participants.singular_demonym`): a person named before
    speaks, not the state."""
    return kind_of(key) is Kind.PLACE and singular_demonym(view, i, key)


def _outlet_anaphor(view: DocView, i: int) -> str | None:
    """The outlet a definite word for one at token ``i`` refers back to ("das
    Blatt", "die Zeitung" with no name after it): the last medium named in its
    sentence or the two before."""
    doc = view.doc
    if (
        i == 0
        or doc[i].lower_ not in OUTLET_ANAPHORS
        or doc[i - 1].lower_ not in _DEFINITE
        or (i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or view.key(i + 1)))
    ):
        return None
    here = view.sentence_of(doc[i])
    for j in range(i - 1, view.sents[max(0, here - 2)].start - 1, -1):
        k = view.key(j)
        if k and (is_media(k) or _after_media_cue(view, j)):
            return k
    return None


def _outlet(key: str) -> bool:
    """A news outlet or a platform ("auf Twitter"): a medium, not a speaker."""
    return is_media(key) or (
        kind_of(key) is Kind.ORG and name_of(key).lower() in PLATFORMS
    )


def _apposed_person(view: DocView, region: list[int]) -> str | None:
    """The person in apposition to the speaker's noun phrase that opens
    ``region``: "der Leiter der Abteilung Abfallwirtschaft, Harald Dreher",
    "der Sprecher von Präsident Wladimir Putin, Dmitri Peskow" -> the name
    after the comma, not a name inside the phrase nor one named before."""
    doc = view.doc
    if len(region) < 4:
        return None
    first = region[0]
    if not (
        (doc[first].lower_ in _DEFINITE | INDEFINITE_ARTICLES)
        and speaker_noun_after(doc, first)
    ):
        return None
    run = [region[0]]
    for j in region[1:16]:
        if j != run[-1] + 1:
            break  # the words after the verb only, not those before it
        run.append(j)
    inside = set(run)
    for j in run:
        if doc[j].text != ",":
            continue
        k = view.person(j + 1) if j + 1 in inside else None
        if k is None:
            return None  # only the first comma: "der Minister, der …"
        e = j + 1
        while e + 1 in inside and view.person(e + 1) == k:
            e += 1
        if e + 1 in inside and not doc[e + 1].is_punct:
            return None  # "…, Peskow sagte": a clause, not an apposition
        return k
    return None


def as_state(key: str | None, view: DocView) -> str | None:
    """``key``, or the state a government speaks for: "die ungarische
    Regierung" (the organisation "Regierung (Ungarn)") -> Ungarn, when the
    article names that state."""
    if key is None or kind_of(key) is not Kind.ORG:
        return key
    e = view.entities.get(key)
    if e is None:
        return key
    head, _, rest = e.name.partition(" (")
    if head.lower() not in GOVERNMENT_NOUNS or not rest.endswith(")"):
        return key
    state = f"place/{rest[:-1]}"
    if state in view.entities:
        return state
    for k, other in view.entities.items():
        if (
            other.place_kind == "country"
            and e.country_code
            and other.country_code == e.country_code
        ):
            return k
    return key


def _named_ahead(
    view: DocView,
    i: int,
    region: list[int],
    surnames: dict[str, str],
    *,
    person: bool = False,
) -> str | None:
    """The person, state or organisation named in the six tokens after ``i``
    ("ein US-Regierungsvertreter", "der Chef der Gruppe X", "…, Harry Reid");
    with ``person``, only a person ("des griechischen Ministerpräsidenten
    Alexis Tsipras": not Greece)."""
    doc = view.doc
    inside = set(region)
    for j in range(i + 1, min(i + 8, len(doc))):
        if j not in inside or doc[j].lower_ in ADDRESSEE_PREPOSITIONS:
            break  # "Ein Manager habe zu X gemeint": X is spoken to
        if _relative_opens(view, j):
            break  # "der gebürtige Grazer, dem X zur Seite steht": not him
        k = view.key(j)
        if person:
            if k and kind_of(k) is Kind.PERSON and not _addressed(view, j):
                return k
            if not k and doc[j].text in surnames:
                return surnames[doc[j].text]
            continue
        if k and not is_media(k):
            if kind_of(k) is Kind.PERSON and _addressed(view, j):
                continue
            if kind_of(k) is Kind.PLACE:
                if not _is_state(view, k):
                    continue
                k = state_of_capital(k, view.entities) or k
            return k
        if doc[j].text in surnames:
            return surnames[doc[j].text]
    return None


def _relative_opens(view: DocView, i: int) -> bool:
    """Token ``i`` is the comma before a relative clause (", dem …", ", der
    …"): a name in it is not the speaker's. Not an apposition that ends in the
    name (", der georgische Expräsident X.")."""
    doc = view.doc
    if not (
        doc[i].text == ","
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in RELATIVE_PRONOUNS
    ):
        return False
    e = i + 2
    while e < len(doc) and not doc[e].is_punct and not doc[e].is_sent_start:
        e += 1
    return view.person(e - 1) is None


def _adjective_phrase(doc: Doc, i: int) -> bool:
    """The article at ``i`` opens a noun phrase with an adjective ("der
    römischen Staatsanwaltschaft"; "der staatliche serbische TV-Sender": more
    adjectives or a compound with a hyphen before a word for a medium or an
    organisation), it is no pronoun ("Der sagte"; "sagte der frühere
    Porto-Coach" stays the person named before)."""
    if doc[i].lower_ not in ARTICLES:
        return False
    j = i + 1
    while (
        j < len(doc)
        and doc[j].is_lower
        and doc[j].is_alpha
        and doc[j].lower_.endswith(ADJ_ENDINGS)
    ):
        j += 1
    if not (i + 1 < j < len(doc) and doc[j].text[:1].isupper()):
        return False
    if j == i + 2 and doc[j].is_alpha:
        return True
    low = doc[j].lower_
    return (
        low in MEDIA_NOUNS | ORG_ANAPHORS
        or low.rsplit("-", 1)[-1] in MEDIA_NOUNS | ORG_ANAPHORS
    )


def _mid_sentence(view: DocView, i: int) -> bool:
    return i != view.sents[view.sentence_of(view.doc[i])].start


def _is_state(view: DocView, key: str) -> bool:
    e = view.entities.get(key)
    if e is None or kind_of(key) is not Kind.PLACE:
        return False
    return e.place_kind == "country" or state_of_capital(key, view.entities) not in (
        None,
        key,
    )


def _after_media_cue(view: DocView, i: int) -> bool:
    """Token ``i`` follows "im Sender", "der Zeitung", "laut", "gegenüber" …,
    also a plural or genitive and its article ("den Zeitungen der X", "des
    Magazins X")."""
    doc = view.doc
    k = view.key(i)
    j = i
    while j > 0 and view.key(j - 1) == k:
        j -= 1
    prev = doc[j - 1].lower_ if j > 0 else ""
    if prev in OUTLET_CUES:
        return True
    if prev in ("der", "des") and j > 1:
        prev = doc[j - 2].lower_
    return any(
        prev.endswith(end) and prev[: len(prev) - len(end)] in MEDIA_NOUNS
        for end in ("", "en", "n", "s")
    )
