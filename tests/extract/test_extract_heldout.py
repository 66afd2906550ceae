"""Extraction quality on 10kGNAD articles the rules were not written on.

``bench/extract_gold.jsonl`` annotates International rows 90-150 of the 10kGNAD
test set by hand (rules in ``bench/extract_gold.md``); the extraction rules are
developed on rows 0-59. The slow test runs the shipped pipeline through
``bench/eval_extract.py`` and asserts floors a little below what it measured, so a
change that loses persons, roles, meetings or organisations on unseen text fails
here. The
model-free tests check the evaluator itself: a system that returns the gold scores
1.0, one that loses an item scores less, and the name rules are as documented.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, SHARED, load_script

CSV = SHARED / "data" / "10kgnad" / "test.csv"
GOLD = ROOT / "bench" / "extract_gold.jsonl"


ev = load_script(ROOT / "bench" / "eval_extract.py")

# Measured on 2026-12-04 (end of the day: NER with parameter averaging, kg_names
# with names after titles, squeezed spaces, the day's role and meeting rules):
#                       gold system matched     P     R    F1
#   persons              226    247     209 0.846 0.925 0.884
#   roles (person+role)  131    108      92 0.852 0.702 0.770
#   roles (+org)         131    108      68 0.630 0.519 0.569
#   meetings              36     22      17 0.773 0.472 0.586
#   meeting attendees     65     38      28 0.737 0.431 0.544
#   place of matched meetings 16/17
# Organisations (gold annotated 2026-12-05 before kg was run on these rows),
# measured the same day (persons were then 246 system, P 0.850; the rest as above):
#   organisations        284    193     140 0.725 0.493 0.587
# and after ministries and national bodies by country and the Austrian/German
# institutions in the gazetteer (2026-12-05; attendees then 39 system, P 0.718):
#   organisations        284    227     171 0.753 0.602 0.669
# and with kg_orgs (organisation names by pattern; written on the dev sets):
#   organisations        284    236     181 0.767 0.637 0.696
# and after nominal coreference ("der Kanzler" to the one holder named before):
#   meetings              36     22      18 0.818 0.500 0.621
#   meeting attendees     65     40      29 0.725 0.446 0.552
# and after the issue-15/13 branches (organisation kinds and place bodies, party
# forms by country, meetings of domestic news, one node per actor; 2026-12-05):
#   persons              226    242     208 0.860 0.920 0.889
#   roles (+org)         131    108      70 0.648 0.534 0.586
#   meetings              36     22      18 0.818 0.500 0.621
#   meeting attendees     65     41      29 0.707 0.446 0.547
#   organisations        284    247     197 0.798 0.694 0.742
# and after the meeting rules of branch meet2 (written on bench/extract_dev_meet.jsonl,
# fresh Inland/Wirtschaft rows; 2026-12-05; held-out errors not read):
#   meetings              36     26      18 0.692 0.500 0.581
#   meeting attendees     65     48      32 0.667 0.492 0.566
# and after the orgs2 gazetteer and rules (fresh dev rows beyond politics):
#   persons              226    241     208 0.863 0.920 0.891
#   roles (+org)         131    109      71 0.651 0.542 0.592
#   organisations        284    253     203 0.802 0.715 0.756
# and after the session of 2026-12-05 evening (roles: joined titles, appositions,
# a title opening the next sentence, Land and party posts; orgs3, ident3, meet3;
# held-out errors not read): one matched meeting fewer than before meet3,
#   roles (person+role)  131    112      93 0.830 0.710 0.765
#   roles (+org)         131    112      71 0.634 0.542 0.584
#   meetings              36     26      17 0.654 0.472 0.548
#   meeting attendees     65     47      32 0.681 0.492 0.571
#   organisations        284    252     207 0.821 0.729 0.772
#   place of matched meetings 14/17
# and after orgs4, meet4 and quotes5 (fresh dev rows of unseen sections; 2026-12-05
# late evening; held-out errors not read): persons and roles unchanged,
#   meetings              36     27      18 0.667 0.500 0.571
#   meeting attendees     65     48      33 0.688 0.508 0.584
#   organisations        284    255     210 0.824 0.739 0.779
#   place of matched meetings 15/18
# and after the branches of 2026-12-06 (udmeet, gsdmeet, names3: rules written on
# fresh UD German development rows and on the old dev sets; held-out errors not read):
#   persons              226    242     208 0.860 0.920 0.889
#   meetings              36     32      21 0.656 0.583 0.618
#   meeting attendees     65     53      38 0.717 0.585 0.644
#   organisations        284    258     213 0.826 0.750 0.786
# and after branch roleorg (organisations of posts; 2026-12-06):
#   roles (+org)         131    112      73 0.652 0.557 0.601
# and after the corpus-audit branches of 2026-12-06 afternoon (meetfp, qspeak,
# pnames, inter2, roles3, names2, orgaud, quoterec, rolerec, meetrec; rules written
# on audits of kg's output over the non-held-out rows; held-out errors not read):
#   persons              226    239     209 0.874 0.925 0.899
#   roles (person+role)  131    121     101 0.835 0.771 0.802
#   roles (+org)         131    121      78 0.645 0.595 0.619
#   organisations        284    257     214 0.833 0.754 0.791
# 2026-12-06 evening (designations "den Senat", ensembles, genitive things,
# party members' nouns): organisations 284 263 221 0.840 0.778 0.808.
# Floors sit a few items below each figure (one meeting is 0.028 of recall, one
# organisation 0.004, one role 0.008).
FLOORS = {
    "persons": {"precision": 0.85, "recall": 0.9, "f1": 0.87},
    "roles": {"precision": 0.8, "recall": 0.74, "f1": 0.77},
    "roles_org": {"precision": 0.62, "recall": 0.56, "f1": 0.59},
    "meetings": {"precision": 0.62, "recall": 0.52, "f1": 0.57},
    "attendees": {"precision": 0.65, "recall": 0.53, "f1": 0.59},
    "organisations": {"precision": 0.82, "recall": 0.76, "f1": 0.79},
}

DEV = ROOT / "bench" / "extract_dev.jsonl"

# The development gold (rows 0-59, the rows the rules are written on), measured
# on 2026-12-04 (end of the day): persons F1 0.892, roles 0.848, +org 0.681,
# meetings 0.737 (14 of 23 matched, P 0.933), attendees 0.677; organisations
# (2026-12-05) P 0.794, R 0.508, F1 0.619 (131 of 258), then P 0.801, R 0.609,
# F1 0.692 (157 of 258) with the organisation rules. Floors a few items below.
DEV_FLOORS = {
    "persons": {"f1": 0.85},
    "roles": {"f1": 0.79},
    "roles_org": {"f1": 0.63},
    "meetings": {"precision": 0.85, "f1": 0.66},
    "attendees": {"f1": 0.61},
    "organisations": {"f1": 0.73},
}

# Development file of meeting reports in unseen domestic and economic news
# (Inland and Wirtschaft rows no other bench file uses, annotated 2026-12-05
# before kg ran on them): meetings 1.000/0.100/0.182 (P/R/F1) and attendees
# 0.714/0.075/0.135 at first; after the issue-15 meeting rules of the meet2
# branch meetings 1.000/0.467/0.636 and attendees 0.967/0.433/0.598.
DEV_MEET = ROOT / "bench" / "extract_dev_meet.jsonl"
DEV_MEET_FLOORS = {
    "persons": {"f1": 0.86},
    "roles": {"f1": 0.80},
    "meetings": {"precision": 0.85, "recall": 0.38, "f1": 0.55},
    "attendees": {"precision": 0.85, "f1": 0.52},
    "organisations": {"f1": 0.72},
}

# A second meeting dev gold on unseen rows (Inland 81-101, Panorama 35-74;
# annotated 2026-12-05 before kg ran on them): meetings 0.625/0.500/0.556 (P/R/F1)
# and attendees 0.562/0.375/0.450 at first; after the rules of branch meet3
# meetings 1.000/0.900/0.947 and attendees 1.000/0.708/0.829.
DEV_MEET2 = ROOT / "bench" / "extract_dev_meet2.jsonl"
DEV_MEET2_FLOORS = {
    "persons": {"f1": 0.90},
    "roles": {"f1": 0.78},
    "meetings": {"precision": 0.85, "recall": 0.8, "f1": 0.85},
    "attendees": {"precision": 0.9, "f1": 0.75},
}

GOLD_IW = ROOT / "bench" / "extract_gold_iw.jsonl"

# The held-out gold of domestic and economic news (Inland rows 60-79, Wirtschaft
# rows 80-99; annotated 2026-12-05 before kg was run on them), first measured the
# same day, after the organisation rules (which were written on the dev sets):
#                       gold system matched     P     R    F1
#   persons              127    143     122 0.853 0.961 0.904
#   roles (person+role)   74     71      52 0.732 0.703 0.717
#   roles (+org)          74     71      27 0.380 0.365 0.372
#   meetings              13      3       2 0.667 0.154 0.250
#   meeting attendees     33      6       4 0.667 0.121 0.205
#   organisations        215    162     136 0.840 0.633 0.721
# and with kg_orgs and nominal coreference (persons 145 system, 124 matched):
#   persons              127    145     124 0.855 0.976 0.912
#   organisations        215    172     151 0.878 0.702 0.780
# and after the issue-15/13 branches (2026-12-05):
#   persons              127    143     124 0.867 0.976 0.919
#   roles (+org)          74     71      28 0.394 0.378 0.386
#   meeting attendees     33      7       4 0.571 0.121 0.200
#   organisations        215    176     154 0.875 0.716 0.788
# and after the meeting rules of branch meet2 and the audit branch (2026-12-05):
#   meetings              13      4       3 0.750 0.231 0.353
#   meeting attendees     33      9       6 0.667 0.182 0.286
#   organisations        215    174     152 0.874 0.707 0.781
# and after the orgs2 branch (2026-12-05):
#   persons              127    140     124 0.886 0.976 0.929
#   roles (+org)          74     71      30 0.423 0.405 0.414
#   organisations        215    181     161 0.890 0.749 0.813
# and after the session of 2026-12-05 evening (roles, orgs3, ident3, meet3):
#   roles (person+role)   74     77      57 0.740 0.770 0.755
#   roles (+org)          74     77      36 0.468 0.486 0.477
#   meetings              13      5       4 0.800 0.308 0.444
#   meeting attendees     33     11       8 0.727 0.242 0.364
#   organisations        215    182     162 0.890 0.753 0.816
# and after orgs4, meet4, quotes5 (late evening): meetings unchanged,
#   organisations        215    185     165 0.892 0.767 0.825
# and after branch roleorg (2026-12-06): roles (+org) 74/77/38 P 0.494 R 0.514 F1 0.503
# and after the genitive names of 2026-12-06 night ("den Besuch Helmut Kohls"):
#   meetings              13      7       5 0.714 0.385 0.500
#   meeting attendees     33     16      10 0.625 0.303 0.408
#   organisations        215    190     170 0.895 0.791 0.840
IW_FLOORS = {
    "persons": {"precision": 0.81, "recall": 0.93, "f1": 0.87},
    "roles": {"precision": 0.69, "recall": 0.7, "f1": 0.71},
    "roles_org": {"f1": 0.46},
    "meetings": {"recall": 0.3, "f1": 0.42},
    "organisations": {"precision": 0.87, "recall": 0.74, "f1": 0.8},
}


@pytest.fixture(scope="module")
def measured():
    return ev.evaluate(GOLD, CSV, errors=True)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_heldout_scores_stay_above_floors(measured, kind) -> None:
    got = measured[kind]
    for metric, floor in FLOORS[kind].items():
        assert got[metric] >= floor, (
            f"{kind} {metric} {got[metric]} fell below {floor}; "
            f"see `python bench/eval_extract.py --errors`"
        )


@pytest.mark.shared
@pytest.mark.slow
def test_heldout_meeting_places_are_right(measured) -> None:
    # 16/17 on 2026-12-04; 16/18 since nominal coreference (2026-12-05) matched one
    # more meeting (its place is not the gold's); 15/18 after the meet2 rules (a
    # place after a subordinate clause or a city standing for its country changed)
    place = measured["meeting_place"]
    assert place["of"] >= 10
    # 14/17 after the meet3 rules (one matched meeting fewer, 2026-12-05); 15/19 after
    # the meet6 rules (one more meeting matched, its place not the gold's; the error
    # itself not read)
    assert place["correct"] >= 14 and place["correct"] >= 0.75 * place["of"]


@pytest.mark.shared
@pytest.mark.slow
def test_dev_gold_scores_stay_above_floors() -> None:
    assert [g["index"] for g in ev.load_gold(DEV)] == list(range(60))
    got = ev.evaluate(DEV, CSV, errors=False)
    for kind, floors in DEV_FLOORS.items():
        for metric, floor in floors.items():
            assert got[kind][metric] >= floor, (
                f"dev {kind} {metric} {got[kind][metric]} fell below {floor}; see "
                "`python bench/eval_extract.py --dev bench/extract_dev.jsonl --errors`"
            )


DEV_ORGS = ROOT / "bench" / "extract_dev_orgs.jsonl"

# Development gold of news beyond politics (Panorama 0-14, Etat 0-9, Wissenschaft
# 0-4, Web 0-4; 33 rows with an organisation, annotated 2026-12-05 before kg was
# run on them). First measured the same day, before any rule was written on it:
#   persons 116/135/107 P 0.793 R 0.922; organisations 145/129/103 P 0.798
#   R 0.710 F1 0.752; after the orgs2 branch (gazetteer knowledge, kg_orgs rules
#   1b, 5b, 6b, written on these rows too):
#   persons P 0.831 R 0.931 F1 0.878; organisations P 0.859 R 0.924 F1 0.890
DEV_ORGS_FLOORS = {
    "persons": {"f1": 0.85},
    "roles": {"f1": 0.77},
    "organisations": {"precision": 0.83, "recall": 0.89, "f1": 0.86},
}


@pytest.mark.shared
@pytest.mark.slow
def test_dev_gold_beyond_politics_scores_stay_above_floors() -> None:
    rows = ev.load_gold(DEV_ORGS)
    assert {r["section"] for r in rows} == {"Panorama", "Etat", "Wissenschaft", "Web"}
    _assert_floors(DEV_ORGS, DEV_ORGS_FLOORS, "dev beyond politics")


DEV_ORGS2 = ROOT / "bench" / "extract_dev_orgs2.jsonl"

# Development gold of sections no rule had seen (Kultur 0-19, Etat 10-29, Web
# 5-20, Wissenschaft 5-14; 62 rows with an organisation, annotated 2026-12-05
# before kg was run on them). First measured the same day, before any rule was
# written on it: persons P 0.782 R 0.919 F1 0.845; organisations 243/241/158
# P 0.656 R 0.650 F1 0.653; after the orgs3 branch (rules written on it and the
# other dev sets): persons F1 0.849; organisations P 0.704 R 0.695 F1 0.700
DEV_ORGS2_FLOORS = {
    "persons": {"f1": 0.82},
    "organisations": {"precision": 0.68, "recall": 0.67, "f1": 0.68},
}


@pytest.mark.shared
@pytest.mark.slow
def test_dev_gold_of_unseen_sections_scores_stay_above_floors() -> None:
    rows = ev.load_gold(DEV_ORGS2)
    assert {r["section"] for r in rows} == {"Kultur", "Etat", "Wissenschaft", "Web"}
    _assert_floors(DEV_ORGS2, DEV_ORGS2_FLOORS, "dev of unseen sections")


@pytest.mark.shared
@pytest.mark.slow
def test_meeting_dev_gold_scores_stay_above_floors() -> None:
    rows = ev.load_gold(DEV_MEET)
    assert {r["section"] for r in rows} == {"Inland", "Wirtschaft"} and len(rows) == 26
    _assert_floors(DEV_MEET, DEV_MEET_FLOORS, "meeting dev")


@pytest.mark.shared
@pytest.mark.slow
def test_unseen_meeting_dev_gold_scores_stay_above_floors() -> None:
    rows = ev.load_gold(DEV_MEET2)
    assert {r["section"] for r in rows} == {"Inland", "Panorama"} and len(rows) == 35
    _assert_floors(DEV_MEET2, DEV_MEET2_FLOORS, "unseen meeting dev")


@pytest.mark.shared
@pytest.mark.slow
def test_domestic_and_economic_heldout_scores_stay_above_floors() -> None:
    rows = ev.load_gold(GOLD_IW)
    assert {r["section"] for r in rows} == {"Inland", "Wirtschaft"} and len(rows) == 40
    _assert_floors(GOLD_IW, IW_FLOORS, "Inland/Wirtschaft held-out")


@pytest.mark.shared
@pytest.mark.slow
def test_dev_option_reads_a_gold_file_of_the_same_format(tmp_path, capsys) -> None:
    rows = ev.load_gold(GOLD)[:2]
    dev = tmp_path / "dev.jsonl"
    dev.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    assert ev.main(["--dev", str(dev), "--csv", str(CSV), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 2
    assert out["persons"]["gold"] == sum(len(r["persons"]) for r in rows)


@pytest.mark.shared
def test_a_gold_row_that_does_not_fit_the_csv_is_refused(tmp_path) -> None:
    # The head guards against a gold file written for another corpus or row order.
    row = {**ev.load_gold(GOLD)[0], "head": "Kein solcher Artikelanfang"}
    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps(row, ensure_ascii=False) + "\n")
    with pytest.raises(SystemExit, match="expected an article starting"):
        ev.evaluate(dev, CSV)


# --- the evaluator, without the model ---------------------------------------------


def _gold_as_system(rows, *, drop_role: bool = False):
    """What a perfect system would return for ``rows``."""
    views = {}
    for row in rows:
        persons = {n: ev.Actor(f"person/{n}", "person", (n,)) for n in row["persons"]}

        def actor(name, persons=persons):
            if name in persons:
                return persons[name]
            return ev.Actor(f"org/{name}", "org", (name.split("|")[0],))

        v = ev.SystemView(persons=list(persons.values()))
        for r in row["roles"]:
            title = r["role"].split("|")[0]
            org = actor(r["org"]) if r["org"] else None
            v.roles.append((actor(r["person"]), title, title, org))
        for m in row["meetings"]:
            place = actor(m["place"]) if m["place"] else None
            v.meetings.append(([actor(a) for a in m["attendees"]], place, None))
        v.organisations = [
            ev.Actor(f"org/{o}", "org", tuple(o.split("|")))
            for o in row.get("organisations", [])
        ]
        views[ev.row_key(row)] = v
    if drop_role:
        first = next(i for i, v in views.items() if v.roles)
        views[first].roles.pop()
    return views


def test_the_gold_scores_itself_perfectly() -> None:
    rows = ev.load_gold(GOLD)
    r = ev.score(rows, _gold_as_system(rows))
    kinds = ("persons", "roles", "roles_org", "meetings", "attendees", "organisations")
    for kind in kinds:
        assert (r[kind]["precision"], r[kind]["recall"]) == (1.0, 1.0), kind
    assert r["meeting_place"]["correct"] == r["meeting_place"]["of"] > 0


def test_a_lost_role_lowers_recall_only() -> None:
    rows = ev.load_gold(GOLD)
    r = ev.score(rows, _gold_as_system(rows, drop_role=True), errors=True)
    n = r["roles"]["gold"]
    assert r["roles"]["matched"] == n - 1
    assert r["roles"]["precision"] == 1.0
    assert len(r["errors"]["role_missed"]) == 1


def test_a_lost_organisation_lowers_recall_and_an_extra_one_precision() -> None:
    rows = ev.load_gold(GOLD)
    views = _gold_as_system(rows)
    first = next(k for k, v in views.items() if len(v.organisations) >= 2)
    lost = views[first].organisations.pop()
    views[first].organisations.append(
        ev.Actor("org/Kein Verein", "org", ("Kein Verein",))
    )
    r = ev.score(rows, views, errors=True)
    n = r["organisations"]["gold"]
    assert r["organisations"]["matched"] == n - 1
    assert r["organisations"]["system"] == n
    assert r["errors"]["organisation_missed"] == [f"{first[1]}: {lost.key[4:]}"]
    assert r["errors"]["organisation_extra"] == [f"{first[1]}: Kein Verein"]


def test_gold_rows_are_well_formed() -> None:
    rows = ev.load_gold(GOLD)
    assert len(rows) >= 25
    assert len({r["index"] for r in rows}) == len(rows)
    assert all(90 <= r["index"] <= 150 for r in rows)  # never the development rows
    for r in rows:
        for role in r["roles"]:
            assert role["person"] in r["persons"]
            assert role["role"]
        for m in r["meetings"]:
            assert len(m["attendees"]) >= 2 or m["place"], m
            assert m["date"] is None or len(m["date"]) == 10
        assert r["section"] == "International"
        assert len(set(r["organisations"])) == len(r["organisations"])
        for org in r["organisations"]:
            assert all(form.strip() == form and form for form in org.split("|")), org


@pytest.mark.parametrize(
    ("gold", "system", "score"),
    [
        ("Recep Tayyip Erdogan", ("Recep Tayyip Erdoğan",), 3),  # accents folded
        ("Angela Merkel", ("Merkel",), 2),  # surname
        ("Abdel Fattah al-Sisi", ("Sisi",), 2),  # "al-" dropped
        ("Prinz Eugen", ("Eugens",), 2),  # genitive left on the name
        ("Xi Jinping", ("Xi",), 1),  # words contained
        ("Samy A.", ("Brahim A.",), 0),  # an initial is not a surname
        ("Angela Merkel", ("Joachim Gauck",), 0),
    ],
)
def test_person_names_match_leniently(gold, system, score) -> None:
    assert ev.person_score(gold, system) == score


@pytest.mark.parametrize(
    ("gold", "role", "title", "match"),
    [
        ("Kanzlerin", "Kanzler", "Kanzler", True),  # gender
        ("Außenminister", "Außenminister", "US-Außenminister", True),  # compound
        ("Präsident", "Präsident", "Palästinenserpräsident", True),
        ("Präsident", "Vizepräsident", "Vizepräsident", False),  # a rank
        (
            "stellvertretende Außenministerin",
            "stellvertretender Außenminister",
            "stellvertretenden Außenministerin",
            True,
        ),
        ("Premier|Ministerpräsident", "Ministerpräsident", "Ministerpräsident", True),
        ("Außenminister", "Innenminister", "Innenminister", False),
    ],
)
def test_titles_match_across_gender_case_and_compounds(
    gold, role, title, match
) -> None:
    assert ev.title_match(gold, role, title) is match


@pytest.mark.parametrize(
    ("gold", "system", "score"),
    [
        ("Rotes Kreuz", ("Rotem Kreuz",), 1),  # adjective ending
        ("Deutscher Bundestag", ("Deutschen Bundestags",), 1),  # genitive
        ("Grüne", ("Grünen",), 1),
        ("Republikaner", ("Republikanern",), 1),
        ("NATO", ("Nato",), 2),  # case
        ("Air Force", ("Air-Force",), 2),  # hyphen as space
        ("Standard", ("der STANDARD",), 2),  # a leading article
        ("Beşiktaş", ("Besiktas",), 2),  # accents
        ("Freiheitliche Partei Österreichs|FPÖ", ("Freiheitlichen", "FPÖ"), 2),
        ("SPÖ", ("SPD",), 0),
        ("EU", ("EU-Kommission",), 0),  # a body of the EU is not the EU
        ("Uni Graz", ("Graz",), 0),
        ("Uno", ("UN",), 0),  # no gazetteer here: the gold lists both forms
    ],
)
def test_organisation_forms_match_on_case_accents_hyphens_and_inflection(
    gold, system, score
) -> None:
    assert ev.org_form_score(gold, system) == score


@pytest.mark.parametrize(
    ("gold", "system", "score"),
    [
        # a national body with its capital or country after "in" is that
        # country's body, which the system names by the gazetteer
        ("Außenministerium in Moskau", ("Außenministerium (Russland)",), 2),
        ("Regierung in Ankara", ("Regierung (Türkei)", "Regierung"), 2),
        (
            "Verteidigungsministerium in der Ukraine",
            ("Verteidigungsministerium (Ukraine)",),
            2,
        ),
        ("Regierung in Ankara", ("Regierung (Syrien)",), 0),  # another country's
        ("Regierung in Graz", ("Regierung (Österreich)",), 0),  # no capital
        ("Gericht in Straßburg", ("Gericht",), 0),  # no national body
        ("Burundis Regierung", ("Regierung (Burundi)",), 2),  # a genitive country
        ("Peters Regierung", ("Regierung (Burundi)",), 0),  # no country
    ],
)
def test_a_national_body_in_its_capital_matches_that_countrys_body(
    gold, system, score
) -> None:
    assert ev.org_form_score(gold, system) == score


def test_countries_match_through_the_gazetteer() -> None:
    assert ev.org_match("Weißrussland", ("Belarus",))
    assert ev.org_match("Vereinte Nationen", ("UN",))
    assert ev.org_match("Inselparlament|Korsika", ("Korsika",))
    assert not ev.org_match("Uni Graz", ("Graz",))


def test_a_name_kg_qualifies_by_country_matches_without_the_qualifier() -> None:
    assert ev.org_match(
        "Verteidigungsministerium", ("Verteidigungsministerium (Syrien)",)
    )
    assert ev.org_match("syrische Regierung|Regierung", ("Regierung (Syrien)",))
    assert not ev.org_match("SPD", ("SPÖ (Österreich)",))


def _assert_floors(gold, floors, label: str) -> None:
    """Evaluate ``gold`` and check every metric against its floor."""
    got = ev.evaluate(gold, CSV, errors=False)
    for kind, metrics in floors.items():
        for metric, floor in metrics.items():
            assert got[kind][metric] >= floor, (
                f"{label} {kind} {metric} {got[kind][metric]} fell below {floor}; "
                f"see `python bench/eval_extract.py {gold.name} --errors`"
            )


# Fresh held-out parts from another source (``bench/ud_news.py``; annotated
# 2026-12-06 before kg ran on them; only their summaries are ever looked at): the
# odd rows of UD German PUD's news documents (``bench/extract_pud.md``) and of the
# GSD sentences, scored for meetings only (``bench/extract_gsd.md``). First
# measured the same day, before the rules of branches udmeet and gsdmeet:
#   PUD persons 70/64/54 P 0.844 R 0.771 F1 0.806; organisations 53/58/39
#   P 0.661 R 0.736 F1 0.696; GSD meetings 6/5/3 P 0.600 R 0.500, attendees 12/6/4;
# after them: PUD organisations P 0.672 R 0.736 F1 0.703, the rest unchanged;
# 2026-12-07 (branches lead, orgs): organisations 53/57/40 P 0.702 R 0.755 F1 0.727.
PUD_HELDOUT = ROOT / "bench" / "extract_heldout_pud.jsonl"
PUD_HELDOUT_FLOORS = {
    "persons": {"precision": 0.8, "recall": 0.73, "f1": 0.77},
    "organisations": {"precision": 0.67, "recall": 0.72, "f1": 0.7},
}
GSD_HELDOUT = ROOT / "bench" / "extract_heldout_gsd.jsonl"
GSD_HELDOUT_FLOORS = {
    "meetings": {"precision": 0.5, "recall": 0.33},
    "attendees": {"recall": 0.25},
}


@pytest.mark.shared
@pytest.mark.slow
def test_ud_news_heldout_scores_stay_above_floors() -> None:
    assert len(ev.load_gold(PUD_HELDOUT)) == 107
    assert len(ev.load_gold(GSD_HELDOUT)) == 888
    _assert_floors(PUD_HELDOUT, PUD_HELDOUT_FLOORS, "PUD held-out")
    _assert_floors(GSD_HELDOUT, GSD_HELDOUT_FLOORS, "GSD held-out")


# A fresh meeting gold on GermEval 2014 sentences (``bench/germeval_meetings.py``;
# annotated 2026-12-06 before kg ran on them, ``bench/extract_gold.md``): the
# held-out half, scored for meetings only. First measured the same day, before
# the rules of branch meetfresh: meetings 4/4/3 P 0.750 R 0.750, attendees 8/8/5
# P 0.625 R 0.625; after them: meetings the same, attendees 8/9/6 P 0.667 R 0.750.
# Four meetings only: one more miss moves recall by 0.25.
GE_HELDOUT = ROOT / "bench" / "extract_heldout_ge.jsonl"
GE_HELDOUT_FLOORS = {
    "meetings": {"precision": 0.6, "recall": 0.5},
    "attendees": {"precision": 0.5, "recall": 0.6},
}


@pytest.mark.shared
@pytest.mark.slow
def test_germeval_heldout_meetings_stay_above_floors() -> None:
    assert len(ev.load_gold(GE_HELDOUT)) == 59
    _assert_floors(GE_HELDOUT, GE_HELDOUT_FLOORS, "GermEval held-out")
