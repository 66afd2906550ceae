"""Speaker rules of the `spk` round (issue 17), organisations speaking in
indirect speech, one invented sentence per case, no model:

- "nach Unternehmensangaben", "laut Konzernangaben": the organisation the
  compound's first word refers to
  (kg/extract/org_anaphor.org_of_word, from kg/extract/sources.source_at);
- a kind of organisation and a name the model missed ("wie die Gewerkschaft
  Flugwacht mitteilte", "nach Angaben der Wirtschaftsauskunftei Bonitas"): the
  name speaks, not the kind (kg/extract/speaker_labels.name_after_kind,
  kg/extract/sources._institution);
- "das Unternehmen" after an association and a firm: the firm
  (kg/extract/org_anaphor._named_before with ``firm``);
- "sagte der Manager" after "Konzernchef X": X (kg/extract/coref._same_post,
  kg/lang/de/titles.GENERIC_POSTS);
- "Per Twitter teilte er mit": "Per" is the preposition, not a first name
  (kg/extract/person_spans.clean_person, kg/lang/de/names.CHANNEL_WORDS);
- "das Unternehmen", "ein Unternehmenssprecher", "das Team" with no
  organisation of its own named near: the one firm or team the article names
  after a noun of its kind (kg/extract/quotes_bodies._named_after_kind);
- "Wie das Blatt … berichtet": the paper named before
  (kg/extract/speakers._outlet_anaphor); "unter Berufung auf einen Entwurf",
  "auf eine Ankündigung": a text, so the outlet speaks
  (kg/extract/sources.cited_source, CITED_DOCUMENT_NOUNS);
- "Polizei in Xburg" tagged as one name is also known as "Polizei Xburg"
  (kg/extract/quotes_bodies._with_town_alias).
"""

from __future__ import annotations

import pytest

from tests.conftest import LOC, ORG, PER, extract

CASES = [
    # a compound of an organisation's word and "Angaben"
    (
        "Die Brauerei Hopfenland hat mehr Bier verkauft. Der Absatz sei nach "
        "Unternehmensangaben um vier Prozent gestiegen.",
        {"Hopfenland": ORG},
        {
            (
                "org/Hopfenland",
                "Der Absatz sei nach Unternehmensangaben um vier Prozent gestiegen",
            )
        },
    ),
    (
        "Der Autobauer Kraftwerk Motors baut ein neues Werk. Dort sollen laut "
        "Konzernangaben 800 Menschen arbeiten.",
        {"Kraftwerk Motors": ORG},
        {
            (
                "org/Kraftwerk Motors",
                "Dort sollen laut Konzernangaben 800 Menschen arbeiten",
            )
        },
    ),
    # the name after a kind of organisation, not the kind
    (
        "Auf allen Flughäfen werde gestreikt, wie die Gewerkschaft Flugwacht am "
        "Montag mitteilte.",
        {},
        {("Flugwacht", "Auf allen Flughäfen werde gestreikt")},
    ),
    (
        "Im vergangenen Jahr seien nach Angaben der Wirtschaftsauskunftei "
        "Bonitas weniger Firmen pleitegegangen.",
        {},
        {
            (
                "Bonitas",
                "Im vergangenen Jahr seien nach Angaben der "
                "Wirtschaftsauskunftei Bonitas weniger Firmen pleitegegangen",
            )
        },
    ),
    # "das Unternehmen": the firm, not the association named with it
    (
        "Der Gläubigerschutzverband Kreditwacht meldete am Montag die Pleite der "
        "Holzbau Berger GmbH aus Leoben. Als Ursache gab das Unternehmen an, dass "
        "ein Kunde nicht bezahlt habe.",
        {"Kreditwacht": ORG, "Holzbau Berger GmbH": ORG, "Leoben": LOC},
        {("org/Holzbau Berger GmbH", "dass ein Kunde nicht bezahlt habe")},
    ),
    # "der Manager" is the executive named before
    (
        "Konzernchef Paul Wendler sieht die Firma auf Kurs. Das Geschäft laufe "
        "gut, sagte der Manager am Donnerstag.",
        {"Paul Wendler": PER},
        {("person/Paul Wendler", "Das Geschäft laufe gut")},
    ),
    # "Per Twitter": a preposition the model took for a first name
    (
        "Die Sängerin Lena Sommer hat ein Album fertig. Per Twitter teilte sie "
        "mit, dass die Platte im Mai erscheinen werde.",
        {"Lena Sommer": PER, "Per Twitter": PER},
        {("person/Lena Sommer", "dass die Platte im Mai erscheinen werde")},
    ),
    # "das Unternehmen", "ein Unternehmenssprecher", "das Team": the one firm or
    # team the article names after a noun of its kind, tagged or not
    (
        "Der US-Süßwarenriese Knusperland warnt vor seinen Riegeln. In einem Riegel "
        "sei ein Glassplitter gefunden worden, erklärte das Unternehmen am "
        "Dienstag. Die Riegel seien in Polen produziert worden, berichtete ein "
        "Unternehmenssprecher.",
        {},
        {
            ("Knusperland", "In einem Riegel sei ein Glassplitter gefunden worden"),
            ("Knusperland", "Die Riegel seien in Polen produziert worden"),
        },
    ),
    (
        "Bei einem Sturz sind drei Fahrer des Rennstalls Blitzrad verletzt "
        "worden. Alle drei seien im Krankenhaus, wie das Team mitteilte.",
        {"Blitzrad": ORG},
        {("org/Blitzrad", "Alle drei seien im Krankenhaus")},
    ),
    # "das Blatt" is the paper named before; a text it cites leaves it speaking
    (
        "Die Stadt will nach Informationen der Zeitung Der Morgenbote die Gebühren "
        "senken. Wie das Blatt unter Berufung auf einen internen Entwurf "
        "berichtet, soll die Senkung im Mai kommen.",
        {"Der Morgenbote": ORG},
        {
            (
                "org/Der Morgenbote",
                "Die Stadt will nach Informationen der Zeitung "
                "Der Morgenbote die Gebühren senken",
            ),
            ("org/Der Morgenbote", "soll die Senkung im Mai kommen"),
        },
    ),
    (
        "Die Stadt will die Gebühren senken, berichtet die Zeitung Der Morgenbote "
        "unter Berufung auf eine geplante Ankündigung.",
        {"Der Morgenbote": ORG},
        {("org/Der Morgenbote", "Die Stadt will die Gebühren senken")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_speaker(gazetteer_nlp, text, ents, expected) -> None:
    rec = extract(gazetteer_nlp, text, ents)
    got = {(q.speaker or q.speaker_label, q.text) for q in rec.quotes}
    assert got == expected


def test_placed_police_alias(gazetteer_nlp) -> None:
    """ "die Polizei in Xburg" tagged as one name is also "Polizei Xburg"."""
    rec = extract(
        gazetteer_nlp,
        "Der Unfall sei am Morgen geschehen, wie die Polizei in Dresden am "
        "Mittwoch mitteilte.",
        {"Polizei in Dresden": ORG},
    )
    police = [e for e in rec.entities if e.name == "Polizei in Dresden"]
    assert police and "Polizei Dresden" in police[0].aliases
