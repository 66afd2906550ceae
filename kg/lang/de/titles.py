"""German role titles (posts) from ``kg/data/roles.tsv`` and their inflected forms:
"Außenminister", "Außenministerin", "Außenministers", compound heads
("US-Präsidentin", "Kremlsprecher"), adjectival titles ("Vorsitzende").

Example
-------
>>> is_title("Außenministerin"), is_title("Kremlsprecher"), is_title("Gespräch")
(True, True, False)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

__all__ = [
    "AGE_WORD",
    "APPOINTED",
    "COPULAS",
    "PAST_WORDS",
    "PREDICATE_TIMES",
    "PROFESSION_TITLES",
    "BODY_TITLES",
    "CHAIR_TITLES",
    "COST_VERBS",
    "LOST_POSTS",
    "is_body_genitive",
    "COLLEAGUE_FORMS",
    "FEDERATIONS",
    "FORMER",
    "KIND_PREFIXES",
    "ENDED_POST_NOUNS",
    "INSTITUTION_POSTS",
    "CITY_POSTS",
    "LAND_POSTS",
    "LOCAL_POSTS",
    "NATIONAL_POSTS",
    "NATIONAL_POST_ENDINGS",
    "NARROWING_PREFIXES",
    "SAME_POSTS",
    "ADDRESS_WORDS",
    "GENERIC_POSTS",
    "BROAD_PERSON_NOUNS",
    "ROLE_MODIFIERS",
    "post_in_gender",
    "masculine_post",
    "same_post",
    "feminine_post",
    "TITLE_ADJECTIVES",
    "Title",
    "is_title",
    "match_title",
    "title_forms",
    "PERSONAL_STAFF",
]

#: endings of titles of a person's own staff: before them a name is the
#: person's, not a firm's ("Putin-Sprecher", "Obama-Berater")
PERSONAL_STAFF = (
    "sprecher",
    "sprecherin",
    "berater",
    "beraterin",
    "vertrauter",
    "vertraute",
)


@dataclass(frozen=True, slots=True)
class Title:
    base: str  # nominative singular, e.g. "Außenministerin"
    feminine: bool
    adjectival: bool  # Vorsitzender/Abgeordnete: inflects like an adjective
    #: what the post is of, the ``kind`` column of ``roles.tsv``: "government",
    #: "party", "company", "media" ...
    kind: str = ""


@lru_cache(maxsize=1)
def title_forms() -> tuple[dict[str, Title], tuple[int, ...]]:
    """Lower-cased inflected title form -> title; and the set of form lengths."""
    forms: dict[str, Title] = {}
    path = files("kg") / "data" / "roles.tsv"
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader(
            (ln for ln in f if not ln.startswith("#")), delimiter="\t"
        )
        for row in rows:
            masc, fem, kind = row["masculine"], row["feminine"], row["kind"]
            adjectival = masc.endswith("er") and fem == masc[:-1]
            if adjectival:
                stem = masc[:-2].lower()
                forms.setdefault(masc.lower(), Title(masc, False, True, kind))
                for end in ("en", "em"):
                    forms.setdefault(stem + end, Title(masc, False, True, kind))
                forms.setdefault(stem + "e", Title(fem, True, True, kind))
                continue
            for form in (masc, masc + "s", masc + "es", masc + "en", masc + "n"):
                forms.setdefault(form.lower(), Title(masc, False, False, kind))
            if masc.endswith(("är", "ar")):
                # the plural in "-e": "Generalsekretäre", "Kommissare"
                forms.setdefault((masc + "e").lower(), Title(masc, False, False, kind))
            if masc.endswith("mann"):
                # the plural of "-mann" posts: "Klubobleute", "Landeshauptleute"
                plural = masc[:-4] + "leute"
                forms.setdefault(plural.lower(), Title(masc, False, False, kind))
            for form in (fem, fem + "nen"):
                forms.setdefault(form.lower(), Title(fem, True, False, kind))
    lengths = tuple(sorted({len(k) for k in forms}, reverse=True))
    return forms, lengths


def is_title(word: str) -> bool:
    """``word`` is a post from ``roles.tsv``, alone or as the head of a compound
    ("Außenminister", "US-Präsidentin", "Kremlsprecher")."""
    return match_title(word) is not None


@lru_cache(maxsize=65536)
def match_title(word: str) -> tuple[str, Title] | None:
    """Split ``word`` into (prefix, title) by the longest title suffix (cached:
    the roles, the statements and :mod:`kg.extract.coref` ask for most words)."""
    if not word[:1].isupper() and not word[:1] == "-":
        return None
    low = word.lower()
    forms, lengths = title_forms()
    for n in lengths:
        if n > len(low):
            continue
        t = forms.get(low[-n:])
        if t is None:
            continue
        prefix = word[: len(word) - n]
        if prefix and not (
            prefix.endswith("-") or prefix[-1].islower() or prefix.isupper()
        ):
            continue
        # a compound head must be a noun boundary: "Bergleiter" is not "Leiter" of Berg
        if (
            prefix
            and not prefix.endswith("-")
            and t.base[0].isupper()
            and len(prefix) < 3
        ):
            continue
        return prefix, t
    return None


# --- words around titles ------------------------------------------------------------

#: academic degrees and forms of address between a post and its holder's name
#: ("Bundesgesundheitsminister Prof. Dr. Karl X", "der saudische Außenminister
#: Prinz Faisal Y", "der britische Botschafter Sir Alan Z"), as written
ADDRESS_WORDS = frozenset(
    "Dr. Dr Prof. Prof Dres. Mag. Ing. DI Sir Dame Lord Lady Prinz Prinzessin "
    "Scheich Scheicha".split()
)

# "Amtskollege": the holder of the same post in another country
COLLEAGUE_FORMS = frozenset(
    {
        "amtskollege",
        "amtskollegen",
        "amtskollegin",
        "amtskolleginnen",
        "amtskollegs",
    }
)

# posts of a city or region: a city's genitive before them is theirs
LOCAL_POSTS = (
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "gouverneurin",
    "präfekt",
    "präfektin",
    "landrat",
    "landrätin",
    "stadtpräsident",
    "stadtpräsidentin",
    "stadtrat",
    "stadträtin",
    "vizebürgermeister",
    "vizebürgermeisterin",
)

# posts of a city council: named bare in a report about one city, they are
# that city's ("Bürgermeister X" in a report from Linz); "Gouverneur", "Präfekt"
# and "Landrat" are of a region
CITY_POSTS = (
    "bürgermeister",
    "bürgermeisterin",
    "stadtpräsident",
    "stadtpräsidentin",
    "stadtrat",
    "stadträtin",
)

# titles of a profession or an academic rank more than a post: in apposition
# ("X, Professorin für Virologie", "X, Anwalt der Familie", "X, Gründer der
# Firma") they describe the person's job (lower-case endings, compounds too)
PROFESSION_TITLES = (
    "professor",
    "professorin",
    "gründer",
    "gründerin",
    "anwalt",
    "anwältin",
)

# posts of a Land (a federal state): "Landeshauptmann", "Landesrätin"; the Land
# is their organisation ("der burgenländische Landeshauptmann", "Landeshauptmann
# von Burgenland"); a Land party post ("Landesparteichef") is the party's
LAND_POSTS = (
    "landeshauptmann",
    "landeshauptfrau",
    "landesrat",
    "landesrätin",
    "landesminister",
    "landesministerin",
    "landtagspräsident",
    "landtagspräsidentin",
    "landeshauptmannstellvertreter",
    "landeshauptmann-stellvertreter",
    "landeshauptfrau-stellvertreterin",
    "landeshauptmannstellvertreterin",
)

# National posts that, named bare in a report about one country, are that
# country's ("Ministerpräsident Davutoğlu" in a report from Turkey). Sub-national
# and ambiguous posts (Bürgermeister, Senator, Gouverneur, Botschafter) are not.
NATIONAL_POSTS = frozenset(
    t.lower()
    for t in (
        "Minister Ministerin Präsident Präsidentin Staatspräsident Staatspräsidentin "
        "Ministerpräsident Ministerpräsidentin Premierminister Premierministerin "
        "Premier Premierin Regierungschef Regierungschefin Staatschef Staatschefin "
        "Kanzler Kanzlerin Vizekanzler Vizekanzlerin Vizepräsident Vizepräsidentin "
        "Vizepremier Vizepremierin Staatsoberhaupt König Königin Kronprinz Emir "
        "Sultan Monarch Machthaber Regierungssprecher Regierungssprecherin "
        "Armeechef Generalstabschef Bundeskanzler Bundeskanzlerin Bundespräsident "
        "Bundespräsidentin Bundesminister Bundesministerin"
    ).split()
)

# endings of national posts besides "-minister": "Wirtschaftsstaatssekretär"
NATIONAL_POST_ENDINGS = ("minister", "ministerin", "staatssekretär", "staatssekretärin")

# posts that name their institution by themselves (masculine, lower case) ->
# the gazetteer's name of it: "Ratspräsident Tusk" presides the European Council
# of the EU, "Kommissionspräsident" the EU Commission
INSTITUTION_POSTS = {
    "ratspräsident": "EU",
    "eu-ratspräsident": "EU",
    "kommissionspräsident": "EU-Kommission",
    "eurogruppenchef": "Eurogruppe",
    "eurogruppen-chef": "Eurogruppe",
    "eurogruppenpräsident": "Eurogruppe",
    # the chairs and members of a national body named by the post itself
    "nationalratspräsident": "Nationalrat",
    "bundesratspräsident": "Bundesrat",
    "volksanwalt": "Volksanwaltschaft",
    "rechnungshofpräsident": "Rechnungshof",
}

# "Bundes-" posts exist in these federations only
FEDERATIONS = frozenset({"Deutschland", "Österreich", "Schweiz"})

#: titles that name a body as well as one of its members: in the genitive after
#: a chair's title ("der Vorsitzende des Konzernvorstands Hans X", "die Chefin
#: des Stadtrats") they are the body, and the name is the chair's
BODY_TITLES = ("vorstand", "stadtrat", "gemeinderat", "aufsichtsrat", "betriebsrat")

#: the boards of a firm or foundation a post is held in, in the genitive singular
#: ("der Vorsitzende des Vorstands der Deutschen Bank", "Chef der
#: Geschäftsführung von DB International"): the post is the firm's
FIRM_BOARDS = frozenset(
    {
        "vorstands",
        "vorstandes",
        "konzernvorstands",
        "konzernvorstandes",
        "aufsichtsrats",
        "aufsichtsrates",
        "verwaltungsrats",
        "verwaltungsrates",
        "stiftungsrats",
        "stiftungsrates",
        "direktoriums",
        "geschäftsführung",
        "geschäftsleitung",
        "konzernleitung",
        "konzerngeschäftsführung",
        "unternehmensleitung",
    }
)

#: titles of the one who chairs or heads a body (base forms, lower case)
CHAIR_TITLES = frozenset(
    {
        "vorsitzender",
        "vorsitzende",
        "präsident",
        "präsidentin",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "sprecher",
        "sprecherin",
    }
)


#: the forms of "kosten" and the nouns of a post after the holder that say the
#: post is lost ("kostete den Vorstandschef X seinen Job", "das kostete
#: Minister Y das Amt"): the title is a former post
COST_VERBS = frozenset({"kostete", "kosteten", "kostet", "kosten", "gekostet"})
LOST_POSTS = frozenset({"job", "amt", "posten", "stuhl", "sessel", "kopf", "mandat"})

#: verbs that say a person holds a post now: "X ist Chef der Bank", "bleibt
#: Minister" (not "war": a former post; not "wird": not yet)
COPULAS = frozenset({"ist", "sei", "bleibt", "bleibe", "blieb"})

#: participles that give a person a post: "X wurde zum Chef ernannt", "hat X
#: zur Vorsitzenden gewählt"
APPOINTED = frozenset(
    {
        "ernannt",
        "gewählt",
        "bestellt",
        "berufen",
        "befördert",
        "bestimmt",
        "designiert",
        "wiedergewählt",
        "ernennt",
        "wählt",
        "beruft",
    }
)

#: words that put a clause in the past: "die damals zur Chefin gewählt wurde"
PAST_WORDS = frozenset({"damals", "einst", "früher", "zuvor", "vorher", "statt"})

#: words between a copula and the post: "ist seit Mai Chef", "ist nun
#: Ministerin", "ist derzeit Sprecher"
PREDICATE_TIMES = frozenset(
    {"seit", "nun", "jetzt", "derzeit", "heute", "inzwischen", "mittlerweile", "auch"}
    | {"noch", "weiterhin", "bereits", "schon", "wieder", "erneut", "am", "im"}
)


def is_body_genitive(word: str) -> bool:
    """``word`` is a body title in the genitive singular ("Vorstands",
    "Konzernvorstands", "Stadtrates"), the body a chair's title is of.

    >>> is_body_genitive("Konzernvorstands"), is_body_genitive("Vorstand")
    (True, False)
    """
    low = word.lower()
    for end in ("es", "s"):
        if low.endswith(end) and low[: -len(end)].endswith(BODY_TITLES):
            return True
    return False


# Posts one holder is called by in turn within an article ("Premierminister May"
# ... "die Premierministerin" ... "die Premierin"), masculine, lower case: a title
# refers back to a holder of any post of its group (kg.extract.coref)
SAME_POSTS = (
    frozenset({"premier", "premierminister", "ministerpräsident", "regierungschef"}),
    frozenset({"staatschef", "staatspräsident", "staatsoberhaupt"}),
    # the Austrian defence minister is also called "Heeresminister"
    frozenset({"verteidigungsminister", "heeresminister"}),
    # a team's coach: "so der Coach" after "Trainer X"
    frozenset(
        {"trainer", "cheftrainer", "coach", "chefcoach", "headcoach", "teamchef"}
    ),
)

#: a generic title and the endings of the posts it refers back to: "der
#: Manager" after "Konzernchef X", "Vorstandsvorsitzender Y", "CEO Z"
GENERIC_POSTS = {
    "manager": (
        "chef",
        "vorsitzender",
        "geschäftsführer",
        "ceo",
        "manager",
        "vorstand",
        "direktor",
        "leiter",
    ),
}

#: nouns for what a person is that the holder of many posts is also called by
#: ("der Jurist Gerd Moser" may be "der Anwalt", "SPÖ-Politiker X" "der
#: Minister"): a person named after one may be the one a title refers to; after
#: any other ("Keeper X", "Stürmer Y") not (kg.extract.coref)
BROAD_PERSON_NOUNS = (
    "jurist",
    "juristin",
    "politiker",
    "politikerin",
    "experte",
    "expertin",
    "vertreter",
    "vertreterin",
    "beamter",
    "beamte",
    "diplomat",
    "diplomatin",
    "funktionär",
    "insider",
    "profi",
    "routinier",
    "champion",
    "sieger",
    "siegerin",
    "legionär",
    "legionärin",
    "sportler",
    "sportlerin",
    "athlet",
    "athletin",
    "spieler",
    "spielerin",
    "kicker",
    "fußballer",
    "fußballerin",
)

# The part before a title in a compound that makes it another post: a
# "Vizepräsident" or an "Altkanzler" is not "der Präsident" or "der Kanzler" (an
# "Außenminister" is "der Minister", a "Bundeskanzler" "der Kanzler")
NARROWING_PREFIXES = frozenset(
    {"vize", "ex", "alt", "ko", "co", "unter", "minister", "premier"}
)

#: the first part of a post's compound that names the kind of its
#: organisation, and the gazetteer kinds: "der Gewerkschaftschef" refers to
#: the chief of a union named before ("Verdi-Chef X"), "der Konzernchef" to a
#: firm's ("Siemens-Vorstandschef Y")
KIND_PREFIXES = {
    "gewerkschafts": frozenset({"union"}),
    "partei": frozenset({"party"}),
    "konzern": frozenset({"company"}),
    "unternehmens": frozenset({"company"}),
    "firmen": frozenset({"company"}),
    "bank": frozenset({"company"}),
    "verbands": frozenset({"union", "ngo"}),
}

# "der 63-Jährige", "die 54-jährige Kanzlerin": the adjective of a person's age
AGE_WORD = "jährig"

# adjectives that make a post a former one ("der ehemalige Außenminister")
FORMER = frozenset(
    {"ehemalig", "früher", "einstig", "damalig", "vormalig", "bisherig", "ex"}
)

#: nouns of a post's end before its title: the holder held it ("nach dem
#: Rücktritt von Premierminister X", "nach dem Tod des Präsidenten Y"); not
#: "Nachfolger" ("X wird Nachfolger von Adidas-Chef Y": Y holds it still) nor
#: "Vorgänger"
ENDED_POST_NOUNS = frozenset(
    (
        "rücktritt rücktritts abwahl sturz sturzes entlassung absetzung "
        "amtsenthebung abgang abgangs tod todes ermordung"
    ).split()
)

# adjectives that are part of the post, by gender ("stellvertretender Außenminister")
ROLE_MODIFIERS = {
    "stellvertretend": ("stellvertretender", "stellvertretende"),
    "kommissarisch": ("kommissarischer", "kommissarische"),
    "geschäftsführend": ("geschäftsführender", "geschäftsführende"),
}

# adjectives that qualify a post without naming its holder's country
TITLE_ADJECTIVES = frozenset(
    {
        "neu",
        "designiert",
        "amtierend",
        "scheidend",
        "bisherig",
        "zuständig",
        "gewählt",
        "neugewählt",
        "oberst",
        "erst",
        "zweit",
        "dritt",
        "langjährig",
        "interimistisch",
        "stellvertretend",
        "ständig",
        "sogenannt",
        "mächtig",
        "einflussreich",
        "umstritten",
        "abgesetzt",
        "gestürzt",
        "entmachtet",
        "verstorben",
        "künftig",
        "zukünftig",
        "damalig",
        "jetzig",
        "heutig",
        "derzeitig",
        "konservativ",
        "sozialdemokratisch",
        "liberal",
        "grün",
        "links",
        "rechtsextrem",
        "rechtspopulistisch",
        "christdemokratisch",
        "republikanisch",
        "demokratisch",
        "oppositionell",
        "regierend",
        "federführend",
        # the branch of a firm or house a post is for ("kaufmännischer
        # Geschäftsführer", "künstlerische Leiterin", "technischer Direktor")
        "kaufmännisch",
        "technisch",
        "wissenschaftlich",
        "künstlerisch",
        "medizinisch",
        "operativ",
        "ehrenamtlich",
        "leitend",
    }
)


def post_in_gender(role: str, *, feminine: bool) -> str:
    """The same post for a holder of the given gender: "Außenministerin" for a
    woman holding the post of an "Außenminister" and back, with the modifier
    in step ("stellvertretende Außenministerin" / "stellvertretender
    Außenminister"). A post not in ``roles.tsv`` is returned as it is.

    Example
    -------
    >>> post_in_gender("stellvertretende Außenministerin", feminine=False)
    'stellvertretender Außenminister'
    >>> post_in_gender("Außenminister", feminine=True)
    'Außenministerin'
    """
    *mods, head = role.split(" ")
    forms = title_forms()[0]
    title = forms.get(head.lower())
    if title is None or title.feminine == feminine:
        return role
    if feminine:
        other = forms.get(title.base.lower() + "in")
    else:
        other = forms.get(title.base.lower().removesuffix("in"))
    if other is None or other.feminine != feminine:
        return role
    out = []
    for word in mods:
        pair = next((p for p in ROLE_MODIFIERS.values() if word in p), None)
        out.append(pair[1 if feminine else 0] if pair else word)
    return " ".join([*out, other.base])


def masculine_post(role: str) -> str:
    """The masculine post, lower case: "stellvertretender außenminister"."""
    return post_in_gender(role, feminine=False).lower()


def same_post(held: str, named: str) -> bool:
    """A title ``named`` refers to a holder of ``held`` (both from
    :func:`masculine_post`): the same post, a compound of it ("außenminister"
    is a "minister", "bundeskanzler" a "kanzler", not a "vizekanzler") or a
    post of its group."""
    if held == named:
        return True
    if held.endswith(GENERIC_POSTS.get(named, ())):
        return True  # "der Manager" after "Siemens-Chef X"
    if " " in held or " " in named:
        return False  # "stellvertretender außenminister" is not "der Außenminister"
    if held.endswith(named):
        rest = held[: -len(named)].rstrip("-")
        return not any(rest.endswith(p) for p in NARROWING_PREFIXES)
    return any(held in group and named in group for group in SAME_POSTS)


def feminine_post(role: str) -> bool:
    """The title of ``role`` (its last word) is a feminine form ("Kanzlerin")."""
    title = title_forms()[0].get(role.split()[-1].lower())
    return title is not None and title.feminine
