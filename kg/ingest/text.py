"""Decoding bytes to text and checking that a text is one article of plain text
(see the rule in :mod:`kg.ingest`)."""

from __future__ import annotations

import codecs
import os
import re
import sys

from kg.errors import InputError

#: The longest article accepted, in characters: spaCy's default ``nlp.max_length``;
#: a real news article is well under 100,000.
MAX_CHARS = 1_000_000
#: The longest run of characters without whitespace accepted in an article: long
#: URLs fit, a pasted base64 blob or a minified script does not.
MAX_WORD = 5_000
#: the input name that means standard input
STDIN = "-"


# --- decoding and checks ------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A two- or three-byte sequence that is valid UTF-8 (Ã¤ for ä …): its presence in a
# file that is not UTF-8 means a mix of encodings, which no single decoding fixes.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
_GERMAN = frozenset("äöüÄÖÜß")
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f\W\d_]{3,}")
# Unicode category Cc except tab, line feed, vertical tab, form feed, carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _byte_error(where: str, data: bytes, offset: int, why: str = "") -> InputError:
    bad = " ".join(f"0x{b:02x}" for b in data[offset : offset + 2])
    return InputError(
        f"{where}: expected UTF-8 text, got bytes {bad} at offset {offset}{why}"
    )


def decode_text(data: bytes, where: str = "<bytes>") -> str:
    """Decode the bytes of one article by the module's rule (see the module
    docstring); a byte-order mark is removed, nothing else is changed.

    Raises
    ------
    InputError
        Binary data, or bytes whose encoding cannot be told with confidence.

    Example
    -------
    >>> decode_text("Grüße".encode("cp1252"))
    'Grüße'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise InputError(
                    f"{where}: expected {name} text after its byte-order mark, got "
                    f"invalid bytes at offset {e.start + len(bom)}"
                ) from e
    nul = data.find(b"\x00")
    if nul >= 0:
        hint = ""
        sample = data[:4096]
        if len(sample) >= 4 and sample[1::2].count(0) > 0.9 * len(sample[1::2]):
            hint = "; UTF-16 LE without a byte-order mark?"
        elif len(sample) >= 4 and sample[0::2].count(0) > 0.9 * len(sample[0::2]):
            hint = "; UTF-16 BE without a byte-order mark?"
        raise InputError(
            f"{where}: expected UTF-8 text, got binary data "
            f"(NUL byte at offset {nul}{hint})"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    text = _german_cp1252(data)
    if text is None:
        raise _byte_error(
            where,
            data,
            utf8_error.start,
            " (not UTF-8, and not recognisably German Windows-1252/Latin-1 text)",
        ) from utf8_error
    return text


def _german_cp1252(data: bytes) -> str | None:
    """``data`` decoded as Windows-1252 if that is plausibly German text, else None."""
    if _UTF8_SEQ.search(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8d 0x8f 0x90 0x9d are unassigned
        return None
    if not _GERMAN.intersection(text) or _CONTROL.search(text):
        return None
    # German prose is ~1-2 % umlauts and never has three in a row; a Cyrillic or
    # Greek 8-bit file read as cp1252 is words of accented letters only.
    if _FOREIGN_RUN.search(text):
        return None
    letters = sum(c.isalpha() for c in text)
    foreign = sum(c.isalpha() and not c.isascii() for c in text)
    if letters >= 40 and foreign > 0.2 * letters:
        return None
    return text


_HTML_START = re.compile(
    r"\A\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>])", re.IGNORECASE
)
_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*|/[a-zA-Z][a-zA-Z0-9-]*|!--)[^<>]*>")


def check_text(
    text: str, where: str, *, max_chars: int = MAX_CHARS, empty: str = "an empty file"
) -> None:
    """Reject what is not one article of plain text.

    Raises
    ------
    InputError
        Empty or whitespace-only text, NUL or mostly control characters, more
        than ``max_chars`` characters, a run of more than :data:`MAX_WORD`
        characters without whitespace, or HTML.
    """
    if not text:
        raise InputError(f"{where}: expected article text, got {empty}")
    if text.isspace():
        raise InputError(
            f"{where}: expected article text, got only whitespace "
            f"({len(text):,} characters)"
        )
    if len(text) > max_chars:
        raise InputError(
            f"{where}: expected an article of at most {max_chars:,} characters, "
            f"got {len(text):,} characters"
        )
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(
            f"{where}: expected article text, got binary data "
            f"(NUL character at offset {nul})"
        )
    controls = len(_CONTROL.findall(text))
    if controls > 0.1 * len(text):
        raise InputError(
            f"{where}: expected article text, got binary data "
            f"({controls:,} control characters in {len(text):,})"
        )
    longest = max(text.split(), key=len)
    if len(longest) > MAX_WORD:
        raise InputError(
            f"{where}: expected article text, got {len(longest):,} characters without "
            f"whitespace at offset {text.find(longest)} (at most {MAX_WORD:,})"
        )
    m = _HTML_START.match(text)
    if m:
        start = m.group(0).strip()
        raise InputError(
            f"{where}: expected plain text, got HTML (starts with {start}…)"
        )
    if "<" in text:
        tags = _TAG.findall(text)
        markup = sum(map(len, tags))
        visible = len(text) - sum(c.isspace() for c in text)
        if len(tags) >= 3 and markup > 0.3 * visible:
            raise InputError(
                f"{where}: expected plain text, got HTML ({len(tags):,} tags, "
                f"{100 * markup // visible}% of the text is markup)"
            )


def read_text_file(path: str | os.PathLike[str], *, max_chars: int = MAX_CHARS) -> str:
    """The decoded text of one article file (``-`` reads stdin).

    See :func:`decode_text` for the encodings accepted and :func:`check_text` for
    what is rejected.

    Raises
    ------
    InputError
        A missing or unreadable file, a file too big, or one that is not article
        text.

    Example
    -------
    >>> read_text_file("seeds/000_c0e44895cd21100c.txt")[:14]  # doctest: +SKIP
    ' date 2022-01 '
    """
    where = "<stdin>" if str(path) == STDIN else str(path)
    limit = 4 * max_chars + 4  # UTF-8 and UTF-32 use at most 4 bytes a character
    try:
        if str(path) == STDIN:
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise InputError(
                    "<stdin>: expected article text, got no standard input"
                )
            data = stdin.read(limit + 1)
            size = len(data)
        else:
            size = os.stat(path).st_size
            if size > limit:
                data = b""
            else:
                with open(path, "rb") as f:
                    data = f.read(limit + 1)
                size = max(size, len(data))
    except FileNotFoundError as e:
        raise InputError(
            f"{where}: expected a readable text file, got no such file or directory"
        ) from e
    except IsADirectoryError as e:
        raise InputError(f"{where}: expected a text file, got a directory") from e
    except PermissionError as e:
        raise InputError(
            f"{where}: expected a readable file, got permission denied"
        ) from e
    except OSError as e:
        raise InputError(
            f"{where}: expected a readable file, got {e.strerror or e}"
        ) from e
    if size > limit:
        got = describe_size(size if str(path) != STDIN else limit)
        if str(path) == STDIN:
            got = "more than " + got
        raise InputError(
            f"{where}: expected an article of at most {max_chars:,} characters, "
            f"got {got}"
        )
    text = decode_text(data, where)
    check_text(text, where, max_chars=max_chars)
    return text


def describe_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB ({n:,} bytes)" if n >= 1_000_000 else f"{n:,} bytes"
