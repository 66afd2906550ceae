"""kg.ingest: every input kind, metadata, decoding, bad input, streaming."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import shutil
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import (
    MAX_CHARS,
    MAX_WORD,
    Document,
    decode_text,
    iter_documents,
    parse_date_option,
    parse_metadata,
    read_text_file,
)
from tests.conftest import SEED, SHARED

DATA = Path(__file__).parents[1] / "data" / "ingest"
GNAD = SHARED / "data" / "10kgnad" / "test.csv"


# --- input kinds -------------------------------------------------------------------


def test_txt_file_keeps_text_unchanged():
    path = DATA / "articles" / "inland" / "plain.txt"
    (doc,) = iter_documents([path])
    assert doc.text == path.read_bytes().decode("utf-8")  # CRLF kept: offsets index it
    assert "\r\n" in doc.text
    assert doc.id == "plain"
    assert doc.path == str(path)
    assert (doc.body_start, doc.body_end, doc.date, doc.title) == (0, None, None, None)
    assert doc.body == doc.text


def test_directory_recursive_sorted_txt_only():
    docs = list(iter_documents([DATA / "articles"]))
    # ard.txt before inland/…; .hidden.txt and notes.md are skipped
    assert [d.id for d in docs] == ["ard", "plain", "standard"]
    assert docs[1].path == str(DATA / "articles" / "inland" / "plain.txt")
    ard, _, standard = docs
    assert ard.title == "Haushaltsstreit Minister legen Kompromiss vor"
    assert ard.date == dt.datetime(2023, 3, 14, 9, 5)
    assert ard.body.startswith("Nach wochenlangem Streit") and ard.source is None
    assert (standard.source, standard.date) == ("APA/Reuters", dt.date(2015, 8, 2))
    assert standard.body.endswith("kritisierte den Plan scharf.")
    assert standard.body.startswith("Die Regierung will")  # the lead is no title
    assert standard.title is None


def test_corpora_with_bom_and_crlf(tmp_path):
    # files saved by Windows tools: a UTF-8 BOM and CRLF line ends
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8 + b'{"id": "a", "text": "Eins."}\r\n'
        b'{"id": "b", "text": "Zwei."}\r\n'
    )
    assert [d.text for d in iter_documents([path])] == ["Eins.", "Zwei."]
    path = tmp_path / "c.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"A;'Eins.'\r\nB;'Zwei\r\nZeilen.'\r\n")
    docs = list(iter_documents([path]))
    assert [d.category for d in docs] == ["A", "B"]
    assert [d.text for d in docs] == ["Eins.", "Zwei\r\nZeilen."]


def test_mixed_inputs_keep_the_order_given():
    inputs = [DATA / "corpus.jsonl", DATA / "articles" / "ard.txt", DATA / "corpus.csv"]
    ids = [d.id for d in iter_documents(inputs)]
    assert ids[:4] == ["j1", "j2", "j3", "42"]
    assert ids[4] == "ard"
    assert ids[5].startswith("corpus-1-") and ids[6].startswith("corpus-2-")
    assert len(ids) == 8


def test_a_single_path_is_one_input_not_characters():
    (doc,) = iter_documents(str(DATA / "articles" / "ard.txt"))
    assert doc.id == "ard"


def test_jsonl_fields():
    docs = {d.id: d for d in iter_documents([DATA / "corpus.jsonl"])}
    j1 = docs["j1"]
    assert j1.title == "EU-Treffen"
    assert j1.date == dt.date(2022, 3, 7) and not isinstance(j1.date, dt.datetime)
    assert (j1.url, j1.source) == ("https://example.org/j1", "dpa")
    assert j1.path == f"{DATA / 'corpus.jsonl'}:1"
    # metadata in the text fills what the fields leave open
    j2 = docs["j2"]
    assert (j2.date, j2.source) == (dt.date(2016, 1, 12), "APA")
    assert j2.body == "Ein Text mit Trailer am Ende."
    assert docs["j3"].date == dt.datetime(2022, 3, 7, 18, 30)
    assert docs["42"].title is None  # "title": null


def test_csv_10kgnad_layout():
    docs = list(iter_documents([DATA / "corpus.csv"]))
    assert [d.category for d in docs] == ["Inland", "Sport", "Kultur"]
    first, second, third = docs
    assert first.text.startswith("Der Nationalrat") and first.text.endswith(
        "(APA, 12.1.2016)"
    )
    assert (first.date, first.source) == (dt.date(2016, 1, 12), "APA")
    assert first.body.endswith("stimmten dafür.")
    assert (
        "''" not in second.text and "'klaren'" in second.text
    )  # doubled quotes undone
    # a quoted newline belongs to the text; the row starts on line 3, the next on 5
    assert third.text.startswith("Ein Text über\nzwei Zeilen.")
    assert third.path == f"{DATA / 'corpus.csv'}:3"
    # the id is stable: stem, line, hash of the text
    import hashlib

    sha8 = hashlib.sha256(first.text.encode()).hexdigest()[:8]
    assert first.id == f"corpus-1-{sha8}"
    assert [d.id for d in iter_documents([DATA / "corpus.csv"])] == [d.id for d in docs]


def test_stdin(monkeypatch):
    data = "Grüße aus Wien. (APA, 2.8.2015)".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = iter_documents(["-"])
    assert (doc.id, doc.path) == ("stdin", "<stdin>")
    assert doc.text == "Grüße aus Wien. (APA, 2.8.2015)"
    assert doc.date == dt.date(2015, 8, 2)


def test_stdin_only_once():
    # stdin can be read only once; a second "-" would be an empty article
    with pytest.raises(InputError, match="stdin once"):
        iter_documents(["-", "-"])


def test_seed_article():
    (doc,) = iter_documents([SEED])
    assert doc.id == SEED.stem
    assert (
        doc.title == "Gespräche zum Ukraine-Konflikt USA fordern Deeskalation Russlands"
    )
    assert doc.date == dt.datetime(2022, 1, 9, 17, 17)
    assert doc.text[doc.body_start :].startswith("Vor dem morgigen Treffen")
    assert doc.text == SEED.read_text(encoding="utf-8")


# --- metadata ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "first_line, title, when",
    [
        (
            " date 2022-01 Titel eins Stand: 09.01.2022 17:17 Uhr",
            "Titel eins",
            dt.datetime(2022, 1, 9, 17, 17),
        ),
        (
            "Titel ohne Feld Stand: 1.2.2023 8:05 Uhr",
            "Titel ohne Feld",
            dt.datetime(2023, 2, 1, 8, 5),
        ),
        ("Stand: 14.03.2023 09:05 Uhr", None, dt.datetime(2023, 3, 14, 9, 5)),
        ("Nur ein Datum Stand: 14.03.2023", "Nur ein Datum", dt.date(2023, 3, 14)),
        (" date 2022-01 Titel ohne Stand", "Titel ohne Stand", None),
        (
            "Titel Stand: 09.01.2022 17:17 Uhr\r",
            "Titel",
            dt.datetime(2022, 1, 9, 17, 17),
        ),
    ],
)
def test_header_line(first_line, title, when):
    text = first_line + "\n\n  Der Text beginnt hier."
    meta = parse_metadata(text)
    assert (meta.title, meta.date) == (title, when)
    assert text[meta.body_start :] == "Der Text beginnt hier."


@pytest.mark.parametrize(
    "text",
    [
        "Ein ganz normaler erster Satz. Stand der Dinge: unklar.\nMehr.",
        "Die Regelung gilt, Stand: 31.02.2022 10:00 Uhr\nText.",  # no such day
        "Erste Zeile.\nTitel Stand: 09.01.2022 17:17 Uhr\nText.",  # not the first line
        "date 2022-01\nText.",  # a field without a title
    ],
)
def test_no_header(text):
    meta = parse_metadata(text)
    assert (meta.title, meta.date, meta.body_start) == (None, None, 0)


@pytest.mark.parametrize(
    "end, source, when",
    [
        ("(APA/Reuters, 2.8.2015)", "APA/Reuters", dt.date(2015, 8, 2)),
        ("(APA, 12.1.2016)", "APA", dt.date(2016, 1, 12)),
        ("(red, 3.4.2016)", "red", dt.date(2016, 4, 3)),
        ("(dpa, 1.2.2016)", "dpa", dt.date(2016, 2, 1)),
        ("(APA; 8.6.2015)", "APA", dt.date(2015, 6, 8)),
        ("(APA/red – 8.8. 2015)", "APA/red", dt.date(2015, 8, 8)),
        ("(Renate Graber, 23.11.2015)", "Renate Graber", dt.date(2015, 11, 23)),
        ("(APA 4.9.2015)", "APA", dt.date(2015, 9, 4)),
        ("(1.3.2016)", None, dt.date(2016, 3, 1)),
        ("(APA, dpa,  20.5.2016)  \n", "APA, dpa", dt.date(2016, 5, 20)),
    ],
)
def test_trailer_at_end(end, source, when):
    text = "Wien – Die Regierung hat am Montag beraten. " + end
    meta = parse_metadata(text)
    assert (meta.source, meta.date) == (source, when)
    assert text[: meta.body_end] == "Wien – Die Regierung hat am Montag beraten."


def test_trailer_before_a_fact_box():
    # the attribution closes the article; a results table follows it
    text = "Rapid gewann klar. (APA, 13.3.2016) Ergebnisse: Rapid – Austria 3:0"
    meta = parse_metadata(text)
    assert (meta.source, meta.date, meta.body_end) == (
        "APA",
        dt.date(2016, 3, 13),
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Urteil (vom 2.8.2015) wurde bestätigt.",  # not after a sentence
        "Ein Satz. (APA, 31.2.2016)",  # no such day
        "Ein Satz. (APA, 2.8.20155)",  # a typo in the year
        "Ende ohne Punkt (vom 2.8.2015)",  # no separator and not after a sentence
    ],
)
def test_no_trailer(text):
    meta = parse_metadata(text)
    assert (meta.date, meta.source, meta.body_end) == (None, None, None)


def test_header_date_wins_over_trailer_and_date_option_over_both(tmp_path):
    text = "Titel Stand: 09.01.2022 17:17 Uhr\nText. (APA, 2.8.2015)"
    meta = parse_metadata(text)
    assert meta.date == dt.datetime(2022, 1, 9, 17, 17)
    assert meta.source == "APA" and text[meta.body_start : meta.body_end] == "Text."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = iter_documents([path], date=dt.date(2020, 5, 1))
    assert doc.date == dt.date(2020, 5, 1)
    assert doc.title == "Titel"  # only the date is overridden
    # the --date override beats JSONL fields too
    (j1,) = [
        d
        for d in iter_documents([DATA / "corpus.jsonl"], date=dt.date(2020, 5, 1))
        if d.id == "j1"
    ]
    assert j1.date == dt.date(2020, 5, 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-01-09", dt.date(2022, 1, 9)),
        ("2022-01-09T17:17", dt.datetime(2022, 1, 9, 17, 17)),
        ("2022-01-09 17:17:30", dt.datetime(2022, 1, 9, 17, 17, 30)),
        (
            "2022-01-09T17:17+01:00",
            dt.datetime(2022, 1, 9, 17, 17, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
    ],
)
def test_date_option(value, expected):
    assert parse_date_option(value) == expected
    assert type(parse_date_option(value)) is type(expected)


@pytest.mark.parametrize(
    "value",
    # not ISO 8601 / no such month / no such day / German order / words / empty
    [
        "09.01.2022",
        "2022-13-01",
        "2022-02-30",
        "2022-1-9",
        "gestern",
        "",
        "2022-01-09T25:00",
    ],
)
def test_date_option_rejects(value):
    with pytest.raises(InputError, match=r"^--date: expected YYYY-MM-DD"):
        parse_date_option(value)


@pytest.mark.shared
def test_10kgnad_dates_from_trailers():
    docs = list(iter_documents([GNAD]))
    assert len(docs) == 1028
    dated = [d for d in docs if d.date is not None]
    at_end = [d for d in docs if d.body_end is not None]
    # measured: 112 dated, 70 of them by a trailer that ends the text
    assert len(dated) >= 100 and len(at_end) >= 65
    for d in at_end:
        assert d.text[d.body_end :].lstrip().startswith("(")
        assert d.body.strip() == d.body
    assert all(d.title is None and d.category for d in docs)


# --- decoding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["utf8-bom.txt", "utf16-le-bom.txt", "utf16-be-bom.txt"]
)
def test_bom_encodings(name):
    assert (
        read_text_file(DATA / "encodings" / name) == "Grüße aus Köln.\n"
    )  # BOM dropped


def test_windows_1252_and_latin1():
    text = read_text_file(DATA / "encodings" / "cp1252.txt")
    assert (
        text == "„Die Straße ist gesperrt“, sagte der Bürgermeister – für 5 € Gebühr.\n"
    )
    text = read_text_file(DATA / "encodings" / "latin1.txt")
    assert text == "Der Präsident äußerte sich zur Lage in Österreich.\n"


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Министр иностранных дел", "cp1251"),  # Cyrillic: runs of accented letters
        ("Γειά σου κόσμε", "cp1253"),  # Greek, likewise
        ("Příliš žluťoučký kůň", "iso-8859-2"),  # Czech: no German letter
        ("Müller und Söhne", "mac_roman"),  # ü is 0x9f: Ÿ in cp1252, not German
    ],
)
def test_other_8bit_encodings_are_refused(text, codec):
    # decoding these as cp1252 would give plausible-looking garbage
    with pytest.raises(InputError, match="not recognisably German"):
        decode_text(text.encode(codec))


@pytest.mark.parametrize(
    "text", ["Grüße", "Ärger über Öl", "Maß", "Fußgängerübergänge"]
)
def test_short_german_cp1252(text):
    assert decode_text(text.encode("cp1252")) == text


def test_utf32_bom():
    data = codecs.BOM_UTF32_LE + "Grüße".encode("utf-32-le")
    assert decode_text(data) == "Grüße"


BAD_FILES = [
    # nothing to read
    ("empty.txt", r"empty\.txt: expected article text, got an empty file"),
    ("whitespace.txt", r"expected article text, got only whitespace"),
    # a PNG header: NUL bytes mean binary data
    (
        "binary.txt",
        r"binary\.txt: expected UTF-8 text, got binary data \(NUL byte at offset 8\)",
    ),
    # UTF-16 needs its byte-order mark; without it the NULs look binary (with a hint)
    (
        "utf16-no-bom.txt",
        r"NUL byte at offset 1; UTF-16 LE without a byte-order mark\?",
    ),
    # a lone surrogate after the BOM is no UTF-16
    ("utf16-bad.txt", r"expected UTF-16 LE text after its byte-order mark"),
    # 8-bit Cyrillic read as cp1252 is all accented letters: not German
    (
        "cyrillic-cp1251.txt",
        r"expected UTF-8 text, got bytes 0xcc 0xe8 at offset 0 \(not UTF-8",
    ),
    # part UTF-8, part cp1252: no single decoding is right
    ("mixed-encodings.txt", r"got bytes 0xf6 0x6c at offset 13"),
    # Latin-1, but no umlaut or ß to tell that it is German cp1252 text
    ("french-latin1.txt", r"not recognisably German"),
    # a web page, not the article text
    (
        "page.txt",
        r"page\.txt: expected plain text, got HTML \(starts with <!DOCTYPE html",
    ),
    (
        "fragment.txt",
        r"expected plain text, got HTML \(8 tags, 79% of the text is markup\)",
    ),
]


@pytest.mark.parametrize("name, message", BAD_FILES)
def test_bad_files(name, message):
    with pytest.raises(InputError, match=message):
        read_text_file(DATA / "bad" / name)
    with pytest.raises(InputError, match=message):
        list(iter_documents([DATA / "bad" / name]))


def test_too_big_file_is_not_read(tmp_path):
    # 10 MB of words: bigger than any article; refused from its size alone
    path = tmp_path / "big.txt"
    path.write_bytes(b"Wort " * 2_000_000)
    with pytest.raises(
        InputError,
        match=r"big\.txt: expected an article of at most "
        r"1,000,000 characters, got 10\.0 MB \(10,000,000 bytes\)",
    ):
        read_text_file(path)


def test_too_many_characters(tmp_path):
    # under the byte limit but over the character limit
    path = tmp_path / "long.txt"
    path.write_text("Wort " * (MAX_CHARS // 5 + 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"got 1,000,005 characters"):
        read_text_file(path)
    assert read_text_file(path, max_chars=2 * MAX_CHARS).startswith("Wort")


def test_run_without_whitespace(tmp_path):
    # a 100 kB "word" (a pasted blob) is no article text
    path = tmp_path / "blob.txt"
    path.write_text("Anfang " + "x" * 100_000 + " Ende", encoding="utf-8")
    with pytest.raises(
        InputError,
        match=r"got 100,000 characters without whitespace "
        r"at offset 7",
    ):
        read_text_file(path)
    path.write_text(
        "Link: https://example.org/" + "a" * (MAX_WORD - 100), encoding="utf-8"
    )
    assert read_text_file(path).startswith("Link")


def test_control_characters(tmp_path):
    # valid UTF-8 but mostly control characters: binary data in disguise
    path = tmp_path / "ctl.txt"
    path.write_text("\x01\x02\x03\x1b[0m" * 50, encoding="utf-8")
    with pytest.raises(InputError, match=r"got binary data \(200 control characters"):
        read_text_file(path)
    # one stray control character is still text (later stages escape it)
    path.write_text("Ein Satz mit \x07 Klingel.", encoding="utf-8")
    assert read_text_file(path) == "Ein Satz mit \x07 Klingel."


# --- bad paths ---------------------------------------------------------------------


def test_missing_path_raises_at_once_even_when_skipping(tmp_path):
    # a typo in a path is a usage error, not a bad article: never skipped
    with pytest.raises(
        InputError,
        match=r"^.*nope\.txt: expected a file or directory, got no such file or dir",
    ):
        iter_documents([DATA / "corpus.csv", tmp_path / "nope.txt"], skip_errors=True)


def test_broken_symlink(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(
        InputError, match="expected a file or directory, got a broken symbolic link"
    ):
        iter_documents([tmp_path / "link.txt"])


def test_file_name_not_utf8(tmp_path):
    # a Latin-1 file name: its id and path would not be valid Unicode text
    root = os.fsencode(tmp_path)
    os.mkdir(root + b"/d")
    with open(root + b"/d/Gr\xfc\xdfe.txt", "wb") as f:
        f.write(b"Text.")
    with open(root + b"/d/gut.txt", "wb") as f:
        f.write(b"Auch Text.")
    errors: list[InputError] = []
    docs = list(
        iter_documents([tmp_path / "d"], skip_errors=True, on_error=errors.append)
    )
    assert [d.id for d in docs] == ["gut"]
    assert str(errors[0]).endswith(
        r"d/Gr\xfc\xdfe.txt: expected a UTF-8 file name, got other bytes"
    )
    with pytest.raises(InputError, match="expected a UTF-8 file name"):
        iter_documents([os.fsdecode(root + b"/d/Gr\xfc\xdfe.txt")])


def test_unknown_extension(tmp_path):
    # a PDF cannot be read as text; say which kinds are understood
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(
        InputError,
        match=r"report\.pdf: expected a \.txt, \.jsonl or \.csv "
        r"file, a directory or - for stdin, got a \.pdf file",
    ):
        iter_documents([path], skip_errors=True)


def test_directory_without_articles(tmp_path):
    # nothing to build from: an empty directory, or one with other files only
    with pytest.raises(
        InputError, match=r"expected a directory with \.txt articles, got no files"
    ):
        iter_documents([tmp_path])
    (tmp_path / "corpus.jsonl").write_text("{}\n")
    (tmp_path / ".hidden.txt").write_text("versteckt")
    with pytest.raises(InputError, match=r"got only \.jsonl files"):
        iter_documents([tmp_path])


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Geheim.")
    real_open = open

    def no_permission(file, *args, **kwargs):  # chmod does not stop root: fake it
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", no_permission)
    # no permission to read the article
    with pytest.raises(
        InputError,
        match=r"secret\.txt: expected a readable file, got permission denied",
    ):
        list(iter_documents([path]))


def test_unreadable_subdirectory(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Text.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text("Mehr Text.")
    scandir = os.scandir

    def no_permission(path):  # chmod does not stop root, so fake the refusal
        if str(path) == str(sub):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", no_permission)
    errors: list[InputError] = []
    docs = list(iter_documents([tmp_path], skip_errors=True, on_error=errors.append))
    # a directory we may not list: its articles would be missed without a word
    assert [d.id for d in docs] == ["a"]
    assert (
        str(errors[0]) == f"{sub}: expected a readable directory, got Permission denied"
    )


# --- broken corpus lines -------------------------------------------------------------


JSONL_ERRORS = [
    # line 2: a string left open, so the line is not JSON
    r"broken\.jsonl:2: expected a JSON object, got invalid JSON \(Unterminated string",
    # line 3: JSON, but an array, not an article object
    r"broken\.jsonl:3: expected a JSON object, got an array",
    # line 4: no id
    r'broken\.jsonl:4: expected a "id" field, got none',
    # line 5: text must be a string
    r'broken\.jsonl:5: expected "text" as a string, got a number',
    # line 6: a German date, not ISO 8601
    r'broken\.jsonl:6: "date": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, '
    r"got .09\.01\.2022.",
    # line 7: an id of blanks cannot name an article
    r'broken\.jsonl:7: expected a non-empty "id"',
    # line 8: an empty text
    r"broken\.jsonl:8 \(text\): expected article text, got an empty text",
]


def test_broken_jsonl_raises_at_first_bad_line():
    docs = iter_documents([DATA / "bad" / "broken.jsonl"])
    assert next(docs).id == "ok1"
    with pytest.raises(InputError, match=JSONL_ERRORS[0]):
        next(docs)


def test_broken_jsonl_skipping():
    errors: list[InputError] = []
    docs = list(
        iter_documents(
            [DATA / "bad" / "broken.jsonl"], skip_errors=True, on_error=errors.append
        )
    )
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert len(errors) == len(JSONL_ERRORS)
    for error, pattern in zip(errors, JSONL_ERRORS, strict=True):
        assert isinstance(error, InputError)
        with pytest.raises(InputError, match=pattern):
            raise error


@pytest.mark.parametrize(
    "line, message",
    [
        # a JSON escape for half a surrogate pair: no UTF-8 output can hold it
        (
            '{"id": "a", "text": "Text \\ud800 mehr."}',
            r'expected "text" as Unicode text, got a lone surrogate U\+D800 '
            r"at offset 5",
        ),
        ('{"id": "\\udfff", "text": "Text."}', r'expected "id" as Unicode text'),
        # an id becomes part of IRIs and file names: keep it short
        (
            '{"id": "' + "x" * 300 + '", "text": "Text."}',
            r'expected "id" of at most 256 characters, got 300',
        ),
        # the url is shown as a link: only http(s)
        (
            '{"id": "a", "text": "Text.", "url": "javascript:alert(1)"}',
            r"expected \"url\" as an http\(s\) URL, got 'javascript:alert\(1\)'",
        ),
        (
            '{"id": "a", "text": "Text.", "url": "https://exa mple.org/"}',
            r'expected "url" as an http\(s\) URL',
        ),
        # JSON numbers nest without end
        (
            '{"id": "a", "text": "Text.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
            r"expected a JSON object, got nesting too deep",
        ),
    ],
)
def test_jsonl_bad_values(tmp_path, line, message):
    path = tmp_path / "c.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.jsonl:1: " + message):
        list(iter_documents([path]))


def test_jsonl_not_utf8_and_binary(tmp_path):
    path = tmp_path / "c.jsonl"
    good = b'{"id": "a", "text": "Gut."}\n'
    path.write_bytes(
        good + b'{"id": "b", "text": "Gr\xfc\xdfe"}\n' + good.replace(b"a", b"c")
    )
    errors: list[InputError] = []
    docs = list(iter_documents([path], skip_errors=True, on_error=errors.append))
    # JSON is UTF-8 by definition: a cp1252 line is an error at its line
    assert [d.id for d in docs] == ["a", "c"]
    assert str(errors[0]).endswith(
        "c.jsonl:2: expected UTF-8 text, got bytes 0xfc 0xdf at column 24"
    )
    # a binary file with a .jsonl name: one error, not one per line
    path.write_bytes(good + b"\x00\x01\x02\n" * 1000)
    errors.clear()
    docs = list(iter_documents([path], skip_errors=True, on_error=errors.append))
    assert [d.id for d in docs] == ["a"] and len(errors) == 1
    assert "expected JSON lines, got binary data (NUL byte at column 1)" in str(
        errors[0]
    )


def test_jsonl_empty_and_overlong(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    # no article in the corpus
    with pytest.raises(
        InputError,
        match=r"empty\.jsonl: expected JSON lines with articles, "
        r"got an empty file",
    ):
        list(iter_documents([path]))
    path = tmp_path / "long.jsonl"
    # a line longer than any article could be, read in bounded pieces
    path.write_text(
        '{"id": "a", "text": "' + "x " * 700_000 + '"}\n{"id": "b", "text": "Gut."}\n'
    )
    errors: list[InputError] = []
    docs = list(
        iter_documents(
            [path], max_chars=100_000, skip_errors=True, on_error=errors.append
        )
    )
    assert [d.id for d in docs] == ["b"]
    assert (
        "long.jsonl:1: expected a JSON line of at most 665,536 bytes, got 1.4 MB"
        in str(errors[0])
    )


CSV_ERRORS = [
    # line 2: a quote inside the text that is not doubled
    r"broken\.csv:2: expected a CSV row Category;'text' \(text in single quotes, "
    r"inner quotes doubled\), got ';' expected after",
    # line 3: no delimiter at all
    r"broken\.csv:3: expected 2 fields Category;'text', got 1 "
    r"\(is the delimiter ';'\?\)",
    # line 4: one field too many
    r"broken\.csv:4: expected 2 fields Category;'text', got 3",
    # line 5: the category is missing
    r"broken\.csv:5: expected a category, got an empty field",
    # line 6: the text is empty
    r"broken\.csv:6 \(text\): expected article text, got an empty text",
]


def test_broken_csv():
    errors: list[InputError] = []
    docs = list(
        iter_documents(
            [DATA / "bad" / "broken.csv"], skip_errors=True, on_error=errors.append
        )
    )
    assert [d.text for d in docs] == ["Gut.", "Auch gut."]
    assert docs[1].path.endswith("broken.csv:7")
    assert len(errors) == len(CSV_ERRORS)
    for error, pattern in zip(errors, CSV_ERRORS, strict=True):
        with pytest.raises(InputError, match=pattern):
            raise error
    with pytest.raises(InputError, match=CSV_ERRORS[0]):
        list(iter_documents([DATA / "bad" / "broken.csv"]))


def test_csv_bad_bytes_in_a_row(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"A;'Gut.'\nB;'Gr\xfc\xdfe\n" + "über zwei Zeilen'\nC;'Auch gut.'\n".encode()
    )
    errors: list[InputError] = []
    docs = list(iter_documents([path], skip_errors=True, on_error=errors.append))
    # a row with a non-UTF-8 line is reported at its first line; the reader keeps step
    assert [d.text for d in docs] == ["Gut.", "Auch gut."]
    assert [d.path.rsplit(":", 1)[1] for d in docs] == ["1", "4"]
    assert len(errors) == 1
    assert "c.csv:2: expected UTF-8 text, got bytes 0xfc 0xdf" in str(errors[0])


def test_csv_field_too_big(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("A;'" + "Wort " * 3000 + "'\nB;'Gut.'\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(
        iter_documents(
            [path], max_chars=10_000, skip_errors=True, on_error=errors.append
        )
    )
    # an article bigger than the limit, in the middle of a corpus
    assert [d.text for d in docs] == ["Gut."]
    assert str(errors[0]).endswith(
        "c.csv:1 (text): expected an article of at most 10,000 "
        "characters, got 15,000 characters"
    )


def test_csv_field_over_the_csv_limit(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("A;'" + "Wort " * 220_000 + "'\nB;'Gut.'\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(iter_documents([path], skip_errors=True, on_error=errors.append))
    # 1.1 million characters in one field: the csv module stops first, we name it
    assert [d.text for d in docs] == ["Gut."]
    assert str(errors[0]).endswith(
        "c.csv:1: expected an article of at most 1,000,000 characters, got more"
    )


# --- skipping, duplicates -------------------------------------------------------------


def test_skip_errors_goes_on_and_reports(tmp_path):
    shutil.copy(DATA / "bad" / "empty.txt", tmp_path / "a.txt")
    shutil.copy(DATA / "articles" / "ard.txt", tmp_path / "b.txt")
    shutil.copy(DATA / "bad" / "page.txt", tmp_path / "c.txt")
    errors: list[InputError] = []
    docs = list(iter_documents([tmp_path], skip_errors=True, on_error=errors.append))
    assert [d.id for d in docs] == ["b"]
    assert [type(e) for e in errors] == [InputError, InputError]
    assert "a.txt: expected article text" in str(errors[0])
    assert "c.txt: expected plain text, got HTML" in str(errors[1])
    # without skip_errors the first bad article stops the stream
    with pytest.raises(
        InputError, match=r"a\.txt: expected article text, got an empty file"
    ):
        list(iter_documents([tmp_path]))


def test_skip_errors_without_handler_logs(tmp_path, caplog):
    shutil.copy(DATA / "bad" / "empty.txt", tmp_path / "a.txt")
    assert list(iter_documents([tmp_path], skip_errors=True)) == []
    assert "a.txt: expected article text" in caplog.text


def test_duplicate_ids(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("Erster Text.")
    (tmp_path / "y" / "a.txt").write_text("Zweiter Text.")
    # two different articles would share one id (and one named graph): refuse
    with pytest.raises(
        InputError,
        match=r"y/a\.txt: expected a unique article id, got 'a' "
        r"again \(first from .*x/a\.txt\) with a different text",
    ):
        list(iter_documents([tmp_path]))
    errors: list[InputError] = []
    docs = list(iter_documents([tmp_path], skip_errors=True, on_error=errors.append))
    assert [d.text for d in docs] == ["Erster Text."] and len(errors) == 1
    # the same article given twice is the same article: read once, no error
    (tmp_path / "y" / "a.txt").write_text("Erster Text.")
    docs = list(iter_documents([tmp_path, tmp_path / "x" / "a.txt"]))
    assert [d.text for d in docs] == ["Erster Text."]


def test_duplicate_jsonl_ids(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "Eins."}\n{"id": "a", "text": "Zwei."}\n')
    # a repeated id with another text is a corpus error at its line
    with pytest.raises(
        InputError, match=r"c\.jsonl:2: expected a unique article id, got 'a'"
    ):
        list(iter_documents([path]))


# --- Document ------------------------------------------------------------------------


def test_document_validates_and_hashes():
    doc = Document("a", "Text.", body_start=0, body_end=4)
    assert doc.body == "Text"
    assert len(doc.content_hash) == 64
    assert doc.content_hash == Document("a", "Text.", body_end=4).content_hash
    assert doc.content_hash != Document("a", "Text!", body_end=4).content_hash
    assert (
        doc.content_hash
        != Document("a", "Text.", body_end=4, date=dt.date(2020, 1, 1)).content_hash
    )
    with pytest.raises(ValueError):
        Document("a", "Text.", body_start=9)
    with pytest.raises(ValueError):
        Document("a", "Text.", body_start=3, body_end=2)
    with pytest.raises(ValueError):
        Document("", "Text.")
    with pytest.raises(AttributeError):
        doc.text = "anders"  # type: ignore[misc]


# --- streaming ---------------------------------------------------------------------


def test_jsonl_streams(tmp_path):
    path = tmp_path / "big.jsonl"
    text = "Ein Satz über ein Treffen in Wien. " * 60  # ~2 kB an article
    with path.open("w", encoding="utf-8") as f:
        for i in range(10_000):
            f.write(
                json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n"
            )
        f.write("{ not json\n")  # never reached when only three are taken
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        docs = iter_documents([path])
        first = [next(docs) for _ in range(3)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    docs.close()
    assert [d.id for d in first] == ["a0", "a1", "a2"]
    assert peak < 2_000_000  # a 20 MB corpus, and well under 2 MB read


def test_csv_streams(tmp_path):
    path = tmp_path / "big.csv"
    row = "Sport;'" + "Ein Satz über ein Spiel. " * 80 + "'\n"
    path.write_text(row * 10_000 + "kaputt;'x';'y'\n", encoding="utf-8")
    tracemalloc.start()
    try:
        docs = iter_documents([path])
        first = [next(docs) for _ in range(3)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    docs.close()
    assert [d.path.rsplit(":", 1)[1] for d in first] == ["1", "2", "3"]
    assert peak < 2_000_000


# --- properties --------------------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=_TEXT)
def test_any_unicode_text_is_read_back_or_refused(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        docs = list(iter_documents([path]))
    except InputError:
        return
    (doc,) = docs
    assert doc.text == text.removeprefix("\ufeff")
    assert (
        0
        <= doc.body_start
        <= (doc.body_end if doc.body_end is not None else len(doc.text))
    )


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(data):
    try:
        text = decode_text(data)
    except InputError:
        return
    assert isinstance(text, str)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    lines=st.lists(
        st.one_of(
            st.binary(max_size=60),
            st.builds(
                lambda i, t: json.dumps({"id": i, "text": t}).encode(),
                st.one_of(st.text(max_size=5), st.integers(), st.none()),
                _TEXT,
            ),
        ),
        max_size=5,
    )
)
def test_any_jsonl_lines_yield_documents_or_input_errors(tmp_path, lines):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\n".join(lines))
    errors: list[InputError] = []
    for doc in iter_documents([path], skip_errors=True, on_error=errors.append):
        assert isinstance(doc, Document)
    assert all(isinstance(e, InputError) for e in errors)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    data=st.one_of(
        st.binary(max_size=200), _TEXT.map(lambda t: ("A;'" + t + "'\n").encode())
    )
)
def test_any_csv_yields_documents_or_input_errors(tmp_path, data):
    path = tmp_path / "c.csv"
    path.write_bytes(data)
    errors: list[InputError] = []
    for doc in iter_documents([path], skip_errors=True, on_error=errors.append):
        assert isinstance(doc, Document)
    assert all(isinstance(e, InputError) for e in errors)
