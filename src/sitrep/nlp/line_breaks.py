"""Sentence starts told by the layout: a pipeline component placed before spaCy's parser.

A report's headline has no final full stop, so the parser reads "Gunmen kill three in market attack" and the first
sentence of the body as one sentence, and the lede (the sentence that tells who did what to whom, where and how
many) is parsed as the tail of a headline. spaCy's parser keeps the sentence starts set before it runs, so this
component marks them (``Token.is_sent_start = True``; the only tokens it marks as *not* starting a sentence are the
closing quotes and brackets that end the line before such a start, which the parser would otherwise split off
after a full stop; everywhere else the parser decides as before):

- after a paragraph break (a line holding only white space), unless the text after it reads as the rest of the
  sentence: it starts with a lower-case letter or with punctuation that continues one (",", ";", ")"), or with a
  digit after a line with no sentence punctuation (web pages cut a sentence where a picture or a link stood);
- after a single line break, when the line before ends with no sentence punctuation (a headline, a caption, a
  byline, "Advertisement"), the line after starts with a capital letter, and nothing in the text says its lines
  are wrapped inside a paragraph. A wrapped text (fixed-width wire copy, e-mail) breaks lines mid-sentence; its
  breaks before a name ("ties to\\nCorvin Bank") look like a headline's, so a text where any single line
  break falls mid-sentence (the line after starts in lower case, or the line before ends with a comma, a hyphen,
  an opening bracket or a function word such as "to", "of", "the", in any case) gets no start at any of its
  single line breaks; nor does a line written in capitals (wire copy), where a capital tells nothing.

Measured before choosing (issue 16, branch headline): GeoWebNews and the seeds put a blank line between paragraphs
and their headline; RAMS windows put one sentence a line (551 of 3,532 line breaks after a line with no final
punctuation: captions, "Advertisement", headlines); no bench corpus is wrapped (MUC-4's lines are joined by its
reader), so the wrapped case is guarded by these rules and by the tests.

A dateline opening the text or one of its first lines ("DAYTON, Ohio — A man was shot ...", the form
``ingest.textmeta`` reads as the dateline) ends there: the words after it start a sentence. Left in the
sentence, the parser took the dateline's city for the subject ("DAYTON ... was fatally shot") and the man
shot was lost with his count (issue 16, written local reports). Where the dateline ends is told by
``ingest.textmeta.opening_dateline``, the reader of the metadata's dateline, so the two never disagree; the lede's
first words after it are marked as no sentence start (``LEDE_WORDS``): after "ADDIS ABABA, April 30 -" the parser
made "Twelve" a sentence of its own and the toll was lost (branch ledes).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import IDX
from spacy.language import Language

NAME = "sitrep_line_breaks"

# white space holding a line break, and what follows it
_BREAK = re.compile(r"[^\S\n]*\n\s*")
# a line that ends a sentence (or a clause the parser should judge itself): . ! ? : ; then closing quotes/brackets
_ENDS_SENTENCE = re.compile(r"""[.!?:;…][\s"'”’)\]]*$""")
# a line that ends mid-sentence: a comma, a dash or hyphen joined to the word, an opening bracket, "&", "/"
_ENDS_OPEN = re.compile(r"""(?:[,(\[{&/]|\w-)$""")
# the first letter of a line, after an opening quote or bracket
_FIRST = re.compile(r"""["'“‘(\[]*(\S)""")
# what continues a sentence after a break: lower case, or punctuation that cannot open a sentence
_CONTINUES = frozenset(",;:.)]}%")
# tokens that close a quotation or a bracket
_CLOSING = frozenset(['"', "”", "’", "'", "''", ")", "]"])


def _last_word(line: str) -> str:
    m = re.search(r"(\w+)\W*$", line)
    return m.group(1) if m else ""


def _mid_sentence(line: str, nxt: str, stop_words: frozenset[str]) -> bool:
    """Whether a single line break between ``line`` and a line starting with ``nxt`` falls inside a sentence."""
    if nxt.islower() or nxt in _CONTINUES:
        return True
    if _ENDS_SENTENCE.search(line):
        return False
    last = _last_word(line)
    return bool(_ENDS_OPEN.search(line)) or last.lower() in stop_words


def _has_lower(text: str, at: int) -> bool:
    """Whether the line starting at ``at`` has a lower-case letter in its first words: in text written in capitals
    (wire copy, a shouted headline over shouted text) a capital says nothing about a sentence start."""
    end = text.find("\n", at)
    return any(c.islower() for c in text[at:(end if end >= 0 else len(text))][:60])


DATELINE_LINES = 3  # a dateline is looked for at the start of the text's first lines only
LEDE_WORDS = 3  # the tokens after a lede's first that never start a sentence (none after a full stop)
_ENDS_LEDE = frozenset(".!?")


def _opens_lede(c: str) -> bool:
    """What opens the lede after a dateline: a capital, a figure ("12 people were ..."), an opening quote."""
    return c.isupper() or c.isdigit() or c in "\"“‘"


def dateline_start(text: str) -> list[int]:
    """Where the words after a dateline start (at most one: the first of the first lines that opens on one)."""
    from sitrep.ingest.textmeta import opening_dateline

    at = 0
    for _ in range(DATELINE_LINES):
        dl = opening_dateline(text[at:at + 200])
        if dl and at + dl.end < len(text) and _opens_lede(text[at + dl.end]):
            return [at + dl.end]
        nl = text.find("\n", at)
        if nl < 0:
            return []
        at = nl + 1
    return []


def line_starts(text: str, stop_words: frozenset[str]) -> list[int]:
    """The character offsets where the layout of ``text`` starts a sentence (see the module's doc)."""
    if "\n" not in text:
        return dateline_start(text)
    out: list[int] = []
    single: list[int] = []
    wrapped = False
    line_start = 0
    for m in _BREAK.finditer(text):
        s, e = m.span()
        if e >= len(text):
            break
        line = text[line_start:s]
        line_start = text.rfind("\n", s, e) + 1
        if not line.strip():
            continue
        f = _FIRST.match(text, e)
        nxt = f.group(1) if f else text[e]
        if text.count("\n", s, e) >= 2:  # a paragraph break
            if not (nxt.islower() or nxt in _CONTINUES
                    or (nxt.isdigit() and not _ENDS_SENTENCE.search(line))):
                out.append(e)
            continue
        if _mid_sentence(line, nxt, stop_words):
            wrapped = True
        elif nxt.isupper() and not _ENDS_SENTENCE.search(line) and _has_lower(text, e):
            single.append(e)
    if single and not wrapped:
        out = sorted(out + single)
    return sorted(set(out + dateline_start(text)))


@Language.factory(NAME)
def make_line_breaks(nlp: Any, name: str):  # type: ignore[no-untyped-def]
    return LineBreaks(frozenset(nlp.Defaults.stop_words))


class LineBreaks:
    """Marks the sentence starts of :func:`line_starts` on a Doc before the parser runs."""

    def __init__(self, stop_words: frozenset[str]):
        self.stop_words = stop_words

    def __call__(self, doc: Any) -> Any:
        text = doc.text
        starts = line_starts(text, self.stop_words)
        if not starts:
            return doc
        idx = doc.to_array(IDX)
        want = set(starts)
        for i in np.searchsorted(idx, starts).tolist():
            if 0 < i < len(doc) and int(idx[i]) in want and not doc[i].is_space:
                doc[i].is_sent_start = True
                j = i - 1
                while j > 0 and doc[j].is_space:
                    j -= 1
                # the closing quotes and brackets that end the line belong to its sentence: the parser splits
                # before a closing quote after a full stop ('... he said."'), which left the quote alone
                while j > 0 and doc[j].text in _CLOSING:
                    doc[j].is_sent_start = False
                    j -= 1
        for i in np.searchsorted(idx, dateline_start(text)).tolist():
            # the lede's first words stay in its sentence: after a dateline's dash the parser split "Twelve" from
            # "civilians were killed ..." (a sentence of one word), and the count was lost
            for k in range(i + 1, min(i + 1 + LEDE_WORDS, len(doc))):
                if doc[k].is_space or "\n" in doc[k].whitespace_ or doc[k - 1].text in _ENDS_LEDE:
                    break
                doc[k].is_sent_start = False
        return doc


def add_line_breaks(nlp: Any) -> Any:
    """``nlp`` with the component before its parser; a pipeline without a parser (or with it already) as it is."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp


def rules_fingerprint() -> str:
    """A hash of this module's source: a kept parse made under other rules is not reused (models.pipeline_fingerprint)."""
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
