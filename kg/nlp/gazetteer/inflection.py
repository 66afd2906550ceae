"""German inflections of place and organisation names: genitives, adjective and
inhabitant forms ("Russlands", "russische", "Russen")."""

from __future__ import annotations

import re

_ADJ_WORD = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+?)(e|er|es)$")
_ADJ_ENDINGS = ("", "e", "er", "es", "en", "em")


def _genitives(form: str, kind: str) -> list[str]:
    """Genitive forms of a name: "Russlands", "Rates", "Hauses", "Kremls"."""
    last = form.rsplit(" ", 1)[-1]
    if not last or not last[-1].isalpha():
        return []
    if last[-1] in "sßxz":
        # "Paris" has no -s genitive; nouns in organisation names do: "Hauses".
        return [form + "es"] if kind in ("org", "region") and not last.isupper() else []
    out = [form + "s"]
    if kind == "org" and not last.isupper() and last[-1] not in "aeiouy":
        out.append(form + "es")  # "des Rates", "des Bundestages"
    return out


def _inflections(form: str, kind: str) -> list[str]:
    """Generated case forms of an explicit form (not including itself).

    Adjectives before the last word take -en or -e ("Europäische Union" ->
    "Europäischen Union", "Weißes Haus" -> "Weißen Hauses", "das Weiße Haus");
    the whole name takes a genitive -s/-es.
    """
    words = form.split(" ")
    variants = [form]
    # the head noun: the last word, or the one before a complement ("Kirche"
    # of "Evangelische Kirche in Deutschland"); only words before it inflect
    head = next(
        (i - 1 for i, w in enumerate(words) if i > 0 and w[:1].islower()),
        len(words) - 1,
    )
    if head > 0:
        # weak (-e: "der Internationale Währungsfonds"), -en and, feminine
        # without article, strong -er forms ("laut Zentraler Stelle"); in an
        # organisation's name a word that looks like an adjective may be none
        # ("Neue Zürcher Zeitung", "Rote Armee Fraktion"): every choice of
        # them, up to four
        adjectives = [
            i for i, w in enumerate(words[:head]) if _ADJ_WORD.match(w) and len(w) >= 4
        ]
        choices: list[tuple[int, ...]] = [tuple(adjectives)]
        if kind == "org" and 1 < len(adjectives) <= 4:
            choices = [
                tuple(i for n, i in enumerate(adjectives) if mask >> n & 1)
                for mask in range(2 ** len(adjectives) - 1, 0, -1)
            ]
        for ending in ("en", "e", "er"):
            for chosen in choices:
                changed = list(words)
                for i in chosen:
                    m = _ADJ_WORD.match(words[i])
                    assert m is not None
                    changed[i] = m.group(1) + ending
                if changed != words:
                    variants.append(" ".join(changed))
    out = []
    for v in variants:
        out.append(v)
        out.extend(_genitives(v, kind))
        if kind == "org":
            out.extend(_head_genitives(v))
    return [v for v in dict.fromkeys(out) if v != form]


#: endings of feminine heads, which take no genitive -s ("Kommission")
_FEMININE = ("schaft", "ung", "ion", "heit", "keit", "tät", "e", "ei", "in")


def _head_genitives(form: str) -> list[str]:
    """The genitive of a name whose head has a complement after it: "des
    Hochkommissariats für Menschenrechte" of "Hochkommissariat für
    Menschenrechte" (the head is the word before the first lower-case one)."""
    words = form.split(" ")
    n = next((i for i, w in enumerate(words) if i > 0 and w.islower()), None)
    if n is None or n == len(words) - 1:
        return []
    head = words[n - 1]
    if (
        not head[:1].isupper()
        or head.isupper()
        or not head[-1].isalpha()
        or head[-1] in "sßxz"
        or head.lower().endswith(_FEMININE)
    ):
        return []
    endings = ("s", "es") if head[-1] not in "aeiouy" else ("s",)
    return [" ".join([*words[: n - 1], head + e, *words[n:]]) for e in endings]


def _noun_forms(noun: str) -> list[str]:
    """Inflected forms of an inhabitant noun: Russe -> Russen, Russin, Russinnen."""
    if noun.endswith("er"):  # Amerikaner
        return [noun, noun + "n", noun + "s", noun + "in", noun + "innen"]
    if noun.endswith("e"):  # Russe, Brite, Franzose
        stem = noun[:-1]
        return [noun, noun + "n", stem + "in", stem + "innen"]
    if noun.endswith("i"):  # Israeli, Pakistani
        return [noun, noun + "s", noun + "n"]
    return [noun]


def _adjective_forms(stem: str) -> list[str]:
    """russisch -> russisch, russische, russischer, ...; Russische, ... (not the
    bare capitalised "Russisch", which is the language)."""
    out = [stem + e for e in _ADJ_ENDINGS]
    out += [(stem[0].upper() + stem[1:]) + e for e in _ADJ_ENDINGS[1:]]
    return out
