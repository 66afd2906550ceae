"""Sources and targets of verbal interactions named by "sie" or by an unnamed
spokesperson, and no pronoun as the issue (issue 17;
kg/extract/interaction_anaphors.py, kg/extract/interaction_parts.py,
kg/extract/interactions.py). Invented sentences."""

from __future__ import annotations

from tests.conftest import ORG, PER, acts


def test_sie_after_a_union_with_its_kind_noun_is_the_union(records) -> None:
    text = (
        "Die Gewerkschaft Nordbund hat Warnstreiks angekündigt. Sie forderte "
        "Vorstandschef Karl Brunner auf, ein neues Angebot vorzulegen."
    )
    rec = records(text, {"Nordbund": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Nordbund", "person/Karl Brunner")
    }


def test_sie_after_the_verb_is_the_organisation_named_before(records) -> None:
    text = (
        "Die Gewerkschaft Nordbund hat Warnstreiks angekündigt. Am Montag "
        "forderte sie die Firma Ostwerk auf, ein neues Angebot vorzulegen."
    )
    rec = records(text, {"Nordbund": ORG, "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Nordbund", "org/Ostwerk")
    }


def test_sie_after_the_verb_is_a_woman_named_before_first(records) -> None:
    text = (
        "Ministerin Eva Huber sprach am Montag in Nordstadt. Dort forderte sie "
        "die Firma Ostwerk auf, mehr zu investieren."
    )
    rec = records(text, {"Eva Huber": PER, "Nordstadt": "LOC", "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Eva Huber", "org/Ostwerk")
    }


def test_sie_after_the_verb_is_the_object_of_a_named_subject(records) -> None:
    text = (
        "Die Gewerkschaft Nordbund hat Warnstreiks angekündigt. Vorstandschef "
        "Karl Brunner forderte sie auf, die Streiks abzusagen."
    )
    rec = records(text, {"Nordbund": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", "org/Nordbund")
    }


def test_sie_praised_is_the_woman_named_before(records) -> None:
    text = (
        "Die Opposition hat Ministerin Eva Huber kritisiert. Kanzler Karl "
        "Brunner lobte sie dagegen."
    )
    rec = records(text, {"Eva Huber": PER, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("PRAISE", "person/Karl Brunner", "person/Eva Huber")
    }


def test_sie_rejected_is_a_thing(records) -> None:
    text = "Die Opposition legte einen Plan vor. Minister Karl Brunner wies sie zurück."
    rec = records(text, {"Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("REJECT", "person/Karl Brunner", None)
    }


def test_sie_after_a_dative_verb_is_still_the_subject(records) -> None:
    text = (
        "Ministerin Eva Huber sprach in Nordstadt. Karl Brunner warf sie dort "
        "Untätigkeit vor."
    )
    rec = records(text, {"Eva Huber": PER, "Nordstadt": "LOC", "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Eva Huber", "person/Karl Brunner")
    }


def test_a_spokesperson_of_the_firm_speaks_for_the_firm(records) -> None:
    text = (
        "Die Firma Ostwerk steht unter Druck. Ein Sprecher des Konzerns wies "
        "die Vorwürfe zurück."
    )
    rec = records(text, {"Ostwerk": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Ostwerk")}


def test_a_party_spokeswoman_speaks_for_the_party(records) -> None:
    text = (
        "Die Nordpartei legte einen Plan vor. Eine Parteisprecherin lehnte "
        "die Forderungen der Gewerkschaft ab."
    )
    rec = records(text, {"Nordpartei": ORG})
    assert acts(rec, "type", "source") == {("REJECT", "org/Nordpartei")}


def test_an_opening_pronoun_is_no_issue(records) -> None:
    text = "Karl Brunner sprach am Montag. Er forderte Ostwerk auf, zurückzukehren."
    rec = records(text, {"Karl Brunner": PER, "Ostwerk": ORG})
    assert acts(rec, "type", "source", "target", "issue") == {
        ("DEMAND", "person/Karl Brunner", "org/Ostwerk", None)
    }


def test_both_conflict_parties_are_the_pair_named_before(records) -> None:
    text = (
        "Nordland und die Ostfront liefern sich schwere Gefechte. Die Union "
        "Westbund forderte beide Konfliktparteien zur Mäßigung auf."
    )
    rec = records(text, {"Nordland": ORG, "Ostfront": ORG, "Westbund": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "org/Westbund", "org/Nordland"),
        ("DEMAND", "org/Westbund", "org/Ostfront"),
    }


def test_both_countries_are_the_pair_named_before(records) -> None:
    text = (
        "Die Gespräche zwischen Nordland und Südland stocken. Kanzler Karl "
        "Brunner rief beide Länder zu neuen Gesprächen auf."
    )
    rec = records(text, {"Nordland": ORG, "Südland": ORG, "Karl Brunner": PER})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Karl Brunner", "org/Nordland"),
        ("APPEAL", "person/Karl Brunner", "org/Südland"),
    }


def test_both_sides_are_two_persons_named_by_title_before(records) -> None:
    text = (
        "Die Gespräche zwischen Gewerkschaftschef Hans Bergmann und dem "
        "Vorstandsmitglied des Konzerns, Jürgen Kessler, blieben ohne Ergebnis. "
        "Minister Klaus Wendt rief beide Seiten zur Mäßigung auf."
    )
    ents = {"Hans Bergmann": PER, "Jürgen Kessler": PER, "Klaus Wendt": PER}
    rec = records(text, ents)
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Klaus Wendt", "person/Hans Bergmann"),
        ("APPEAL", "person/Klaus Wendt", "person/Jürgen Kessler"),
    }


def test_both_sides_with_a_title_and_no_name_are_no_pair(records) -> None:
    text = (
        "Die Gespräche zwischen Gewerkschaftschef Hans Bergmann und dem Vorstand "
        "des Konzerns blieben ohne Ergebnis. Minister Klaus Wendt rief beide "
        "Seiten zur Mäßigung auf."
    )
    rec = records(text, {"Hans Bergmann": PER, "Klaus Wendt": PER})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Klaus Wendt", None)
    }


_TALKS = (
    "Nach einem langen Gespräch zwischen Vorstand Hans Bergmann und dem "
    "Nordbund-Vorsitzenden Jürgen Kessler gab es keine Einigung. Kessler "
    "kündigte Streiks an. Bergmann nannte das unnötig. Die Firma sei zu "
    "Kompromissen bereit, hieß es. "
)


def test_both_sides_are_the_sides_of_talks_further_back(records) -> None:
    text = _TALKS + "Minister Klaus Wendt rief beide Seiten zur Mäßigung auf."
    ents = {
        "Hans Bergmann": PER,
        "Jürgen Kessler": PER,
        "Klaus Wendt": PER,
        "Nordbund": ORG,
        "Kessler": PER,
        "Bergmann": PER,
    }
    rec = records(text, ents)
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Klaus Wendt", "person/Hans Bergmann"),
        ("APPEAL", "person/Klaus Wendt", "person/Jürgen Kessler"),
    }


def test_a_pair_further_back_without_talks_is_no_side(records) -> None:
    text = (
        "Hans Bergmann und Jürgen Kessler waren in Berlin. Es regnete. Die "
        "Firma sei bereit, hieß es. Das sei neu. Minister Klaus Wendt rief beide "
        "Seiten zur Mäßigung auf."
    )
    ents = {"Hans Bergmann": PER, "Jürgen Kessler": PER, "Klaus Wendt": PER}
    rec = records(text, ents)
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Klaus Wendt", None)
    }


def test_a_broadcaster_appealed_to_is_the_target(records) -> None:
    text = (
        "Karl Brunner appellierte an den TV-Sender Nordfunk, die Rechte zu verkaufen."
    )
    rec = records(text, {"Karl Brunner": PER, "Nordfunk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("APPEAL", "person/Karl Brunner", "org/Nordfunk")
    }


def test_a_portal_accused_is_the_target(records) -> None:
    text = "Karl Brunner wirft dem Internetportal Preisfix Irreführung vor."
    rec = records(text, {"Karl Brunner": PER, "Preisfix": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "person/Karl Brunner", "org/Preisfix")
    }


def test_the_broadcaster_spoken_to_is_no_target(records) -> None:
    text = "Karl Brunner forderte gegenüber dem Sender Nordfunk Reformen."
    rec = records(text, {"Karl Brunner": PER, "Nordfunk": ORG})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", None)
    }


def test_the_land_government_is_the_federal_state_named(records) -> None:
    text = (
        "Die Nordpartei hat der Landesregierung vorgeworfen, die Sicherheit in "
        "Hessen zu gefährden."
    )
    rec = records(text, {"Nordpartei": ORG, "Hessen": "LOC"})
    assert acts(rec, "type", "source", "target") == {
        ("ACCUSE", "org/Nordpartei", "place/Hessen")
    }


def test_talks_with_the_land_government_name_no_target(records) -> None:
    text = (
        "Karl Brunner sprach mit der Landesregierung in Hessen und forderte Reformen."
    )
    rec = records(text, {"Karl Brunner": PER, "Hessen": "LOC"})
    assert acts(rec, "type", "source", "target") == {
        ("DEMAND", "person/Karl Brunner", None)
    }
