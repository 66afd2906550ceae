"""German verb forms that tell the tense of a clause, for :mod:`kg.temporal`.

A time expression without a year or an explicit direction ("am Mittwoch",
"im März") takes its direction from the tense of its clause:
:func:`kg.temporal.sentence_tense` reads it from the lowercase words of the
clause with these lists, no tagger. Only finite forms and participles that
decide a tense are listed; nouns are capitalised in German, so "treffen" is a
verb and "das Treffen" is not looked at.

The lists are written as text, a word or ending after the other, and read by
:func:`word_set` and :func:`word_tuple`, which refuse a repeated word.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AUXILIARIES",
    "NOT_PARTICIPLES",
    "NOT_PRETERITE_STARTS",
    "PAST",
    "PRESENT",
    "STRONG_FUTURE",
    "STRONG_PAST_ENDINGS",
    "WEAK_FUTURE",
    "WEAK_PAST_ENDINGS",
    "WEAK_PRETERITE_ENDINGS",
    "word_set",
    "word_tuple",
]


def word_tuple(text: str) -> tuple[str, ...]:
    """The words of ``text`` (separated by whitespace), in order.

    Raises
    ------
    ValueError
        If a word occurs twice: a list is one copy of each word.

    Example
    -------
    >>> word_tuple("sagte sagten")
    ('sagte', 'sagten')
    """
    words = tuple(text.split())
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise ValueError(f"word list: expected each word once, got {w!r} twice")
        seen.add(w)
    return words


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` (separated by whitespace) as a set; see :func:`word_tuple`.

    Example
    -------
    >>> sorted(word_set("wird werden"))
    ['werden', 'wird']
    """
    return frozenset(word_tuple(text))


#: scheduling words: future whatever else the clause says ("soll … stattfinden",
#: "ist für Mittwoch angesetzt", "das bevorstehende Treffen")
STRONG_FUTURE: Final = word_set(
    "soll sollen solle sollst angesetzt anberaumt terminiert vorgesehen bevorsteht "
    "bevorstehen bevorstehende bevorstehenden bevorstehendes bevorstehender ansteht "
    "anstehen anstehende anstehenden anstehendes anstehender"
)
#: Präteritum forms of common verbs: past
PAST: Final = word_set(
    "war waren warst wart hatte hatten hattest wurde wurden wurdest worden "
    "sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete "
    "meldeten betonte betonten kündigte kündigten forderte forderten warnte warnten "
    "traf trafen kam kamen gab gaben fand fanden ging gingen stand standen lag lagen "
    "hieß hießen ließ ließen begann begannen zeigte zeigten nannte nannten brachte "
    "brachten sah sahen sprach sprachen rief riefen bat baten beschloss entschied "
    "starb starben schrieb schrieben trat traten besuchte besuchten empfing "
    "empfingen telefonierte telefonierten verhandelte verhandelten reiste reisten "
    "unterzeichnete unterzeichneten äußerte äußerten erreichte erreichten "
    "verkündete verkündeten bestätigte bestätigten machte machten stellte stellten "
    "legte legten führte führten wollte wollten konnte konnten musste mussten "
    "durfte durften fiel fielen stieg stiegen sank sanken verlor gewann gewannen "
    "ereignete geschah passierte dauerte dauerten endete endeten startete starteten "
    "eröffnete eröffneten tagte tagten beriet berieten einigte einigten lehnte "
    "lehnten wies wiesen erhielt erhielten hielt hielten fuhr fuhren flog flogen "
    "floh flohen nahm nahmen griff griffen schoss schossen tötete töteten wählte "
    "wählten protestierte protestierten demonstrierte demonstrierten dämpfte "
    "dämpften kritisierte kritisierten drohte drohten gelang blieb blieben "
    "räumte räumten landete landeten verließ verließen zog zogen kehrte kehrten"
)
#: "werden" and intention (+ infinitive): future, when nothing says past
WEAK_FUTURE: Final = word_set(
    "wird werden werde wirst werdet will wollen wolle plant planen plane geplant"
)
#: auxiliaries of the Perfekt: with a Partizip II ("hat … gesagt") they say past
AUXILIARIES: Final = word_set("hat haben habe hast ist sind sei seien bin")
#: words that look like a Partizip II ("ge…t", "be…t") and are none
NOT_PARTICIPLES: Final = word_set(
    "gegen gestern genau gerade gemeinsam generell gern geben gehen gelten genug "
    "gesamten gewinnen gehören genießen gestalten gewähren gelingen gestehen "
    "gewöhnen geraten gemeint gesamt gerecht geheim erst bereit bekannt bereits "
    "berlin erneut ernst vergangenen vergangenheit"
)
#: common finite present forms: present (news in the present announces the
#: coming days: "An diesem Montag verhandeln …")
PRESENT: Final = word_set(
    "ist sind gibt geht gehen steht stehen kommt kommen bleibt bleiben liegt "
    "liegen gilt gelten heißt zeigt zeigen sagt sagen fordert fordern trifft treffen "
    "verhandeln verhandelt berät beraten beginnt beginnen endet enden findet finden "
    "läuft laufen spricht sprechen warnt warnen droht drohen reist reisen kann "
    "können muss müssen darf dürfen hat haben tagt tagen startet starten folgt "
    "folgen erwartet erwarten empfängt empfangen besucht besuchen stattfindet "
    "stattfinden glaubt glauben hofft hoffen fährt fahren fliegt fliegen öffnet "
    "öffnen schließt schließen wählt wählen streiken streikt demonstrieren "
    "demonstriert legt legen stellt stellen macht machen wächst wachsen tritt treten "
    "fällt fallen steigt steigen sinkt sinken bringt bringen hält halten nimmt "
    "nehmen gewinnt verliert sieht sehen weiß wissen will wird"
)
# Präteritum of weak verbs in -ierte, -elte, -erte ("explodierte", "verhandelte",
# "änderte"), unless an article makes it an adjective ("die organisierte
# Kriminalität") or "ge-" a participle ("das geänderte Gesetz")
#: endings of the Präteritum of weak verbs in -ieren, -eln, -ern
WEAK_PRETERITE_ENDINGS: Final = word_tuple("ierte ierten elte elten erte erten")
#: beginnings of words with such an ending that are no Präteritum
NOT_PRETERITE_STARTS: Final = word_tuple(
    "ge hunderte tausende andere bessere weitere äußere innere untere obere"
)
# Präteritum stems that also close prefixed verbs ("hinterließ", "einbrachen",
# "verfolgte", "verschafften"); strong forms need no guard, weak ones ("-te")
# take the article guard of kg.temporal.tense ("die verfolgte Spur")
#: strong Präteritum forms, also as the end of a prefixed verb
STRONG_PAST_ENDINGS: Final = word_tuple(
    "brach brachen ließ ließen fuhr fuhren nahm nahmen kam kamen gab gaben ging "
    "gingen stand standen fiel fielen schlug schlugen warf warfen traf trafen sprach "
    "sprachen stahl stahlen zog zogen flog flogen floh flohen rief riefen hielt "
    "hielten lief liefen stieg stiegen schoss schossen starb starben trat traten wies "
    "wiesen griff griffen schrieb schrieben blieb blieben fand fanden sah sahen bat "
    "baten gewann gewannen begann begannen schien schienen lag lagen saß saßen bot "
    "boten riet rieten wusste wussten verschwand verschwanden sank sanken"
)
#: weak Präteritum forms, also as the end of a prefixed verb
WEAK_PAST_ENDINGS: Final = word_tuple(
    "folgte folgten suchte suchten prüfte prüften brannte brannten kannte kannten "
    "nannte nannten brachte brachten dachte dachten stoppte stoppten stürzte "
    "stürzten prallte prallten krachte krachten fasste fassten setzte setzten "
    "zahlte zahlten kaufte kauften kostete kosteten holte holten fehlte fehlten "
    "glaubte glaubten hoffte hofften lebte lebten wohnte wohnten spielte spielten "
    "siegte siegten schaffte schafften löste lösten rückte rückten drängte "
    "drängten wirkte wirkten baute bauten hörte hörten rettete retteten "
    "verletzte verletzten packte packten schickte schickten deckte deckten "
    "fragte fragten klagte klagten legte legten stellte stellten führte führten "
    "zeigte zeigten machte machten"
)
