"""The text and the sentences of a parsed Doc, built once: spaCy's ``Doc.text`` joins every token's text and
``Doc.sents`` walks every token on each access, so annotators that read them again and again (once per
candidate name, once per annotator) pay for the whole article each time."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import add, attrgetter
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


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, cached in ``doc.user_data``: each access builds a Span per entity."""
    cache = getattr(doc, "user_data", None)
    if cache is None:  # a stand-in Doc (tests)
        return tuple(doc.ents)
    ents = cache.get("sitrep_ents")
    if ents is None:
        ents = cache["sitrep_ents"] = tuple(doc.ents)
    return ents


# the token attributes the annotators read as lists (doc_attr), all built in one pass over the Doc's Tokens
_TOKEN_ATTRS = ("text", "lower_", "lemma_", "idx", "pos_", "tag_", "ent_type_", "whitespace_", "is_space", "is_punct",
                "is_alpha")


def doc_attr(doc: Any, name: str) -> list[Any]:
    """``[getattr(t, name) for t in doc]`` ("text", "lower_", "idx", "is_alpha"...), built once per Doc: indexing a
    Doc creates a Token object each time, so hot loops read these lists instead. The first request builds the lists
    of every attribute of ``_TOKEN_ATTRS`` in one pass (iterating a Doc makes a new Token per token each time, and
    the annotators read nearly all of them for every article); the Tokens themselves are not kept."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return [getattr(t, name) for t in doc]
    cache = user_data.setdefault("sitrep_attrs", {})
    vals = cache.get(name)
    if vals is None:
        if name in _TOKEN_ATTRS:
            toks = list(doc)
            for a in _TOKEN_ATTRS:
                if a not in cache:
                    cache[a] = list(map(attrgetter(a), toks))
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
