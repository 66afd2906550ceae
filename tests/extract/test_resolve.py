"""kg.extract.resolve: one person per name within an article, whatever form it takes."""

from __future__ import annotations

import pytest

from kg.extract.resolve import (
    RawMention,
    resolve_mentions,
    same_person_names,
    sounds_alike,
    spells_out,
)


def people(*texts: str) -> dict[str, set[str]]:
    """Resolve person mentions written in this order; entity name -> surfaces."""
    mentions, at = [], 0
    for t in texts:
        mentions.append(RawMention(at, at + len(t), t, "PER", 0))
        at += len(t) + 1
    return {e.name: {m.text for m in e.mentions} for e in resolve_mentions(mentions)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ahmed", "Ahmet"),
        ("Baschar", "Bashar"),
        ("Wladimir", "Vladimir"),
        ("Hans", "Hanns"),
        # short forms and transliterations from kg/data/given_names.tsv
        ("Rudi", "Rudolf"),
        ("Giannis", "Yanis"),
        ("Joschka", "Joseph"),
        # an initial is any given name it begins
        ("F.", "Florian"),
    ],
)
def test_spellings_of_one_given_name(a, b):
    assert sounds_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hans", "Heinz"),
        ("Hans", "Jens"),
        ("Bill", "Hillary"),
        ("Jan", "Jens"),
        ("Rudi", "Ruth"),
        ("Stefan", "Steffen"),
        ("T.", "Florian"),
        ("T.", "F."),
    ],
)
def test_other_given_names(a, b):
    assert not sounds_alike(a, b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Tayyip Erdoğan", "Recep Tayyip Erdoğan", True),
        ("F. Kainz", "Florian Kainz", True),
        ("T. Kainz", "Florian Kainz", False),
        # a surname written as an initial: nothing says they are one person
        ("B. A.", "Brahim A.", False),
        ("Tayyip Erdogan", "Recep Tayyip Erdoğan", True),
        ("Baschar al-Assad", "Bashar al-Assad", True),
        ("Ahmed Davutoglu", "Ahmet Davutoğlu", True),
        ("Alexander Van der Bellen", "Alexander van der Bellen", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Hans Fischer", "Heinz Fischer", False),
        ("Recep Erdoğan", "Tayyip Erdoğan", False),
        ("Angela Merkel", "Angela Meier", False),
        ("Rudi Hundstorfer", "Rudolf Hundstorfer", True),
        ("Giannis Varoufakis", "Yanis Varoufakis", True),
        ("Rudi Völler", "Rudolf Hundstorfer", False),
    ],
)
def test_same_person_names(a, b, same):
    assert same_person_names(a, b) is same
    assert same_person_names(b, a) is same


def test_a_particle_surname_is_the_person_named_in_full():
    got = people("Alexander Van der Bellen", "Van der Bellen", "Norbert Hofer")
    assert got["Alexander Van der Bellen"] == {
        "Alexander Van der Bellen",
        "Van der Bellen",
    }


def test_a_surname_without_accents_is_the_person():
    got = people("Recep Tayyip Erdoğan", "Erdogan")
    assert got == {"Recep Tayyip Erdoğan": {"Recep Tayyip Erdoğan", "Erdogan"}}


def test_variants_of_a_full_name_are_one_person_and_keep_the_surname_unambiguous():
    got = people("Recep Tayyip Erdoğan", "Tayyip Erdoğan", "Erdoğan", "Binali Yildirim")
    assert got["Recep Tayyip Erdoğan"] == {
        "Recep Tayyip Erdoğan",
        "Tayyip Erdoğan",
        "Erdoğan",
    }
    got = people("Bashar al-Hamadi", "Baschar al-Hamadi", "Hamadi", "Bashar al-Hamadi")
    assert got == {
        "Bashar al-Hamadi": {"Bashar al-Hamadi", "Baschar al-Hamadi", "Hamadi"}
    }


def test_a_word_run_onto_a_full_name_the_article_names():
    got = people("Heinz Fischer", "Heinz Fischer Rosen", "Heinz Fischer")
    assert got == {"Heinz Fischer": {"Heinz Fischer", "Heinz Fischer Rosen"}}
    # but not a name whose last word is written alone: "Hans Peter Doskozil"
    got = people("Hans Peter", "Hans Peter", "Hans Peter Doskozil", "Doskozil")
    assert "Hans Peter Doskozil" in got


def test_people_sharing_a_surname_stay_apart():
    got = people("Bill Clinton", "Hillary Clinton", "Clinton")
    assert set(got) == {"Bill Clinton", "Hillary Clinton", "Clinton"}
    got = people("Hans Fischer", "Heinz Fischer")
    assert set(got) == {"Hans Fischer", "Heinz Fischer"}
    # two variants of one name next to a third: no partner is unique, nothing joins
    got = people("Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Tayyip Ali Erdoğan")
    assert len(got) == 3


def test_a_surname_the_article_names_as_a_company_is_the_company():
    from kg.nlp import gazetteer

    company = gazetteer.lookup("Hofer", label="ORG")
    assert company is not None and company.kind == "company"
    texts = [("Hofer", "ORG", company), ("Hofer", "PER", None)]
    mentions = [
        RawMention(i * 10, i * 10 + len(t), t, label, 0, entry)
        for i, (t, label, entry) in enumerate(texts)
    ]
    [entity] = resolve_mentions(mentions)
    assert (entity.kind, entity.name, len(entity.mentions)) == ("org", "Hofer KG", 2)
    # a person of the article named in full keeps the surname (rule 0)
    texts = [("Hofer", "PER", None), ("Norbert Hofer", "PER", None)]
    texts.insert(0, ("Hofer", "ORG", company))
    mentions = [
        RawMention(i * 20, i * 20 + len(t), t, label, 0, entry)
        for i, (t, label, entry) in enumerate(texts)
    ]
    found = {e.name: {m.start for m in e.mentions} for e in resolve_mentions(mentions)}
    assert 20 in found["Norbert Hofer"]


@pytest.mark.parametrize(
    ("long_form", "acronym", "spelled"),
    [
        ("Arbeitsgemeinschaft für demokratische Politik", "AFP", True),
        ("Agence France-Presse", "AFP", True),
        ("Organisation für Sicherheit und Zusammenarbeit in Europa", "OSZE", True),
        ("Internationale Atomenergiebehörde", "IAEA", False),
        ("Freie Partei Österreichs", "FP", False),  # "Österreichs" left out
        ("rechte Arbeitsgemeinschaft", "RA", False),  # no capital first word
    ],
)
def test_spells_out(long_form, acronym, spelled):
    assert spells_out(long_form, acronym) is spelled


def organisations(*texts: str) -> dict[str, set[str]]:
    """Resolve organisation mentions written in this order; name -> surfaces."""
    mentions, at = [], 0
    for t in texts:
        mentions.append(RawMention(at, at + len(t), t, "ORG", 0))
        at += len(t) + 1
    return {e.name: {m.text for m in e.mentions} for e in resolve_mentions(mentions)}


def test_a_word_of_one_longer_organisation_is_that_organisation():
    # rule 4b: the last or first word of one organisation named in full
    assert organisations("Waldhausen Wolves", "Wolves") == {
        "Waldhausen Wolves": {"Waldhausen Wolves", "Wolves"}
    }
    assert organisations("Oldbridge", "Oldbridge FC") == {
        "Oldbridge FC": {"Oldbridge", "Oldbridge FC"}
    }


def test_a_word_of_two_longer_organisations_stays_apart():
    found = organisations("Kestrel Films", "Kestrel Images", "Kestrel")
    assert set(found) == {"Kestrel Films", "Kestrel Images", "Kestrel"}


def test_a_first_name_alone_is_the_one_person_of_the_article_with_it() -> None:
    # accents aside: "Jaroslaw" is the one person named "Jarosław ..."
    assert people("Jarosław Nowicki", "Lech Wiśniewski", "Jaroslaw") == {
        "Jarosław Nowicki": {"Jarosław Nowicki", "Jaroslaw"},
        "Lech Wiśniewski": {"Lech Wiśniewski"},
    }


def test_a_first_name_two_persons_share_stays_apart() -> None:
    got = people("Roland Bauer", "Roland Egger", "Roland")
    assert got["Roland"] == {"Roland"}


def test_the_given_names_alone_are_the_one_person_with_them() -> None:
    # a double given name written with a space: "Karl Heinz" for "Karl-Heinz Moser"
    assert people("Karl-Heinz Moser", "Karl Heinz Moser", "Karl Heinz") == {
        "Karl-Heinz Moser": {"Karl-Heinz Moser", "Karl Heinz Moser", "Karl Heinz"}
    }
    # two persons with those given names: no one
    got = people("Anna Maria Huber", "Anna Maria Berger", "Anna Maria")
    assert got["Anna Maria"] == {"Anna Maria"}


def test_a_relative_after_the_genitive_of_the_surname_keeps_it_apart():
    # "Kowalczyks Ehefrau, Maria Kowalczyk": the bare "Kowalczyk" is someone else
    got = people("Kowalczyk", "Kowalczyks", "Maria Kowalczyk", "Kowalczyk")
    assert got == {
        "Kowalczyk": {"Kowalczyk", "Kowalczyks"},
        "Maria Kowalczyk": {"Maria Kowalczyk"},
    }
    # ... while with no genitive before her the surname alone is hers
    assert people("Maria Kowalczyk", "Kowalczyk") == {
        "Maria Kowalczyk": {"Maria Kowalczyk", "Kowalczyk"}
    }


def test_a_well_known_person_is_named_by_the_list_whatever_the_spelling():
    # persons.tsv: a transliteration, a spelling without accents, the genitive
    assert people("Volodymyr Zelensky", "Zelensky") == {
        "Wolodymyr Selenskyj": {"Volodymyr Zelensky", "Zelensky"}
    }
    assert people("Sergej Lavrov") == {"Sergej Lawrow": {"Sergej Lavrov"}}
    assert people("Recep Tayyip Erdogan", "Erdogans") == {
        "Recep Tayyip Erdoğan": {"Recep Tayyip Erdogan", "Erdogans"}
    }
    # a surname alone is not renamed: a namesake may bear it
    assert people("Merkel") == {"Merkel": {"Merkel"}}
    got = people("Trumps", "Melania Trump", "Trump")
    assert got == {"Trump": {"Trumps", "Trump"}, "Melania Trump": {"Melania Trump"}}


def test_a_namesake_or_a_shared_surname_is_not_renamed_by_the_list():
    # another person of the surname named in full; a surname the list marks
    # as common ("~Kurz") or shared ("~Clinton")
    assert people("Gabriele Merkel", "Merkel") == {
        "Gabriele Merkel": {"Gabriele Merkel", "Merkel"}
    }
    assert set(people("Kurz")) == {"Kurz"}
    # a surname with its particle is a surname, not a full name
    assert set(people("de Maizière")) == {"de Maizière"}
    assert set(people("Clinton")) == {"Clinton"}
