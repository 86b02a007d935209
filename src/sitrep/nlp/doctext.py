"""The text and the sentences of a parsed Doc, built once: spaCy's ``Doc.text`` joins every token's text and
``Doc.sents`` walks every token on each access, so annotators that read them again and again (once per
candidate name, once per annotator) pay for the whole article each time."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import add
from typing import Any

# a paragraph break: a line holding only white space (a headline the sentence splitter glued to the body ends there)
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def doc_text(doc: Any) -> str:
    """``doc.text``, cached in ``doc.user_data``: joined from the token texts and trailing spaces :func:`doc_attr`
    reads in its one pass over the Doc (spaCy's ``Doc.text`` is the same join of ``text_with_ws``, which is
    ``text + whitespace_``, but builds a Token per token again)."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        from spacy.tokens import Doc

        text = doc.user_data["sitrep_text"] = "".join(map(add, doc_attr(doc, "text"), doc_attr(doc, "whitespace_"))) \
            if isinstance(doc, Doc) else doc.text  # (a stand-in Doc of the tests: its own text)
    return text


def doc_sents(doc: Any) -> list[Any]:
    """``list(doc.sents)``, cached in ``doc.user_data`` (the parse never changes after annotation starts)."""
    sents = doc.user_data.get("sitrep_sents")
    if sents is None:
        sents = doc.user_data["sitrep_sents"] = list(doc.sents)
    return sents


def sent_start_char(doc: Any, i: int) -> int:
    """``doc[i].sent.start_char``: the first character of the sentence holding token ``i``, found by binary search
    over the cached sentences' first tokens (``Token.sent`` builds a Span and walks back to the sentence start)."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return doc[i].sent.start_char
    starts = user_data.get("sitrep_sent_starts")
    if starts is None:
        sents = doc_sents(doc)
        starts = user_data["sitrep_sent_starts"] = ([s.start for s in sents], [s.start_char for s in sents])
    return starts[1][bisect_right(starts[0], i) - 1]


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, cached in ``doc.user_data``: each access builds a Span per entity."""
    cache = getattr(doc, "user_data", None)
    if cache is None:  # a stand-in Doc (tests)
        return tuple(doc.ents)
    ents = cache.get("sitrep_ents")
    if ents is None:
        ents = cache["sitrep_ents"] = tuple(doc.ents)
    return ents


# the token attributes the annotators read as lists (doc_attr), all read in one ``Doc.to_array`` call: (attribute,
# spaCy's attribute id, how a value of the array becomes the Token attribute's value: "s" a string-store hash,
# "b" a flag, "i" an integer, "p" a part-of-speech id, "w" the trailing-space flag)
_COLUMNS = (("text", "ORTH", "s"), ("lower_", "LOWER", "s"), ("lemma_", "LEMMA", "s"), ("idx", "IDX", "i"),
            ("pos_", "POS", "p"), ("tag_", "TAG", "s"), ("ent_type_", "ENT_TYPE", "s"), ("whitespace_", "SPACY", "w"),
            ("is_space", "IS_SPACE", "b"), ("is_punct", "IS_PUNCT", "b"), ("is_alpha", "IS_ALPHA", "b"),
            ("is_lower", "IS_LOWER", "b"), ("dep_", "DEP", "s"))
_TOKEN_ATTRS = tuple(name for name, _id, _kind in _COLUMNS)
_STRINGS: dict[int, str] = {}  # string-store hash -> string (a hash names the same string in every vocabulary)


def _columns(doc: Any) -> dict[str, list[Any]]:
    """Every attribute of ``_COLUMNS`` as a list, read from one array of the Doc (no Token is built): each value
    is the one the Token attribute gives (``Token.lower_`` is the string of the lexeme's LOWER hash, ``pos_`` the
    name of its POS id, ``whitespace_`` a space where SPACY is set, a flag a bool)."""
    from spacy import attrs
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return {name: [] for name, _a, _k in _COLUMNS}
    arr = doc.to_array([getattr(attrs, a) for _n, a, _k in _COLUMNS])
    strings, known = doc.vocab.strings, _STRINGS
    if len(known) > 500_000:  # (a long-running process meets ever more words: start afresh now and then)
        known.clear()
    get = known.__getitem__
    out: dict[str, list[Any]] = {}
    for k, (name, _a, kind) in enumerate(_COLUMNS):
        if kind == "b":
            out[name] = (arr[:, k] == 1).tolist()  # (Python bools, compared in the array)
            continue
        col = arr[:, k].tolist()
        if kind == "s":
            try:  # (nearly every hash is known already: no set of the column's values is built then)
                out[name] = list(map(get, col))
            except KeyError:
                for h in set(col).difference(known):
                    known[h] = strings[h]
                out[name] = list(map(get, col))
        elif kind == "p":
            out[name] = list(map(NAMES.__getitem__, col))
        elif kind == "w":
            out[name] = [" " if x else "" for x in col]
        else:
            out[name] = col
    return out


def doc_attr(doc: Any, name: str) -> list[Any]:
    """``[getattr(t, name) for t in doc]`` ("text", "lower_", "idx", "is_alpha"...), built once per Doc: indexing a
    Doc creates a Token object each time, so hot loops read these lists instead. The first request builds the lists
    of every attribute of ``_TOKEN_ATTRS`` from one ``Doc.to_array`` call (:func:`_columns`: no Token is built; the
    annotators read nearly all of them for every article)."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return [getattr(t, name) for t in doc]
    cache = user_data.setdefault("sitrep_attrs", {})
    vals = cache.get(name)
    if vals is None:
        if name in _TOKEN_ATTRS:
            for a, col in _columns(doc).items():
                cache.setdefault(a, col)
            vals = cache[name]
        else:
            vals = cache[name] = [getattr(t, name) for t in doc]
    return vals


def token_starting_at(doc: Any, idx: int) -> Any:
    """The token of ``doc`` whose first character is at ``idx`` (None when none starts there): a binary search over
    the cached offsets instead of a walk over the whole Doc per event."""
    starts = doc_attr(doc, "idx")
    i = bisect_left(starts, idx)
    return doc[i] if i < len(starts) and starts[i] == idx else None


def doc_lemma_set(doc: Any) -> frozenset[str]:
    """The lower-cased lemmas the Doc uses, built once per Doc (read by the document-kind cue checks)."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return frozenset(t.lemma_.lower() for t in doc)
    got = user_data.get("sitrep_lemma_set")
    if got is None:
        got = user_data["sitrep_lemma_set"] = frozenset(map(str.lower, doc_attr(doc, "lemma_")))
    return got


TITLE_KEY = "sitrep_title"  # the headline ingest cut off the text, set on the Doc by nlp/annotate.annotate_doc


def doc_title_words(doc: Any) -> frozenset[str]:
    """The lower-cased words of the headline ingest cut off the Doc's text, each also without a final "s" ("Film
    review: ...", "Biathlon: ...": the headline names the kind of report as the body does); empty when none."""
    user_data = getattr(doc, "user_data", None)
    title = user_data.get(TITLE_KEY) if user_data is not None else None
    if not title:
        return frozenset()
    words = re.findall(r"[a-z][a-z-]*", title.lower())
    return frozenset(words) | frozenset(w[:-1] for w in words if len(w) > 3 and w.endswith("s"))
