"""Reading articles: ``.txt`` files, directories of them, JSONL and 10kGNAD CSV
corpora and stdin, streamed as :class:`Document` objects.

    INPUT... ──► iter_documents ──► Document(id, text, body_start/end, title, date, …)

Every ``Document.text`` is the full decoded text, unchanged (only a byte-order
mark is dropped), because every provenance offset indexes into it; the header
line and trailer that carry metadata are excluded from the *body* by
``body_start`` / ``body_end`` instead of being cut off.

Decoding (the rule for files and stdin; JSONL and CSV are UTF-8 by definition):

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (LE/BE);
2. otherwise a NUL byte means binary data;
3. otherwise strict UTF-8;
4. bytes that are not UTF-8 are decoded as Windows-1252 (a superset of Latin-1
   for text) only when the result is plausibly German: it contains ä, ö, ü or ß,
   no control characters, no byte sequences that are valid UTF-8 (a mix of both
   encodings), no three non-ASCII letters in a row, and (in texts of 40 letters
   or more) at most one letter in five is non-ASCII. Anything else is an
   :class:`~kg.errors.InputError` naming the first bad byte.

Metadata found in the text (see :func:`parse_metadata`):

- a first line ending in ``Stand: 09.01.2022 17:17 Uhr`` (tagesschau and other
  ARD sites), optionally opened by `` date 2022-01``: title and date/time;
- a DER STANDARD attribution ``(APA/Reuters, 2.8.2015)`` ending the text, or
  ending the article before a fact box: source and date.
"""

from __future__ import annotations

from kg.ingest.document import Document, Metadata
from kg.ingest.metadata import parse_date_option, parse_metadata
from kg.ingest.readers import iter_documents, text_records
from kg.ingest.text import MAX_CHARS, MAX_WORD, check_text, decode_text, read_text_file

__all__ = [
    "text_records",
    "Document",
    "Metadata",
    "MAX_CHARS",
    "MAX_WORD",
    "iter_documents",
    "read_text_file",
    "decode_text",
    "check_text",
    "parse_metadata",
    "parse_date_option",
]
