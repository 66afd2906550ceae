"""German: titles, meeting words, verbs of saying, name particles, spelling.

Like ``spacy/lang/de``: one copy of each list, named for what it is; the
extraction, the time expressions and the corpus pass read them from here.
"""
