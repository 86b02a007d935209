"""One record -> one :class:`Article`: metadata, cleaning, language, id."""
from __future__ import annotations

import hashlib

from sitrep.errors import InputError
from sitrep.ingest import lang
from sitrep.ingest.clean import clean
from sitrep.ingest.clock_day import late_clock_copy_day
from sitrep.ingest.newsness import not_news_reason
from sitrep.ingest.records import MAX_ARTICLE_CHARS, MAX_RECORD_CHARS, Record
from sitrep.ingest.tables import outlet_from_url, outlet_name
from sitrep.ingest.textmeta import TextMeta, evening_copy_day, extract, header_day
from sitrep.ingest.zone_day import far_zone_day
from sitrep.model import Article

MIN_WORDS = 3  # a clean text shorter than this is not an article


def article_id(clean_text: str) -> str:
    """Article id: the first 16 hex digits of the sha256 of the white-space-normalised clean text."""
    return hashlib.sha256(" ".join(clean_text.split()).encode("utf-8")).hexdigest()[:16]


def _strip_nuls(rec: Record) -> None:
    """NUL characters carry nothing and PostgreSQL refuses them: strip them from the text and every field."""
    for name in ("text", "url", "title", "outlet", "byline"):
        v = getattr(rec, name)
        if isinstance(v, str) and "\x00" in v:
            setattr(rec, name, v.replace("\x00", ""))


def _date_the_copy(a: Article, rec: Record, meta: TextMeta, text: str) -> None:
    """Sets the article's publication date, precision and how it was known: the text's own header day where it
    dates the copy days before its container's date (its words count from it; "Published 00:20 GMT, 5 November"
    over "earlier this evening": the evening of 4 November), else the container's date, else the text's."""
    own = header_day(meta, rec.published)
    if own is None:
        own = evening_copy_day(meta, rec.published, text)
    if own is None:
        own = late_clock_copy_day(meta, rec.published, text)  # "09:10 GMT" over "at about 11 p.m. local time"
    if own is None:
        own = far_zone_day(meta, rec.published)  # "14:30 GMT" over "HASTINGS, New Zealand — ... 1am today": Tuesday
    if own is not None:
        a.published, a.published_precision, a.published_how = own, "day", "text"
    elif rec.published is not None:
        a.published, a.published_precision, a.published_how = rec.published, rec.published_precision, rec.published_how
    elif meta.published is not None:
        a.published, a.published_precision, a.published_how = meta.published, meta.precision, meta.how


def build_article(rec: Record) -> Article:
    """Clean ``rec`` and fill the article's metadata; raises InputError when no article text is left.

    Metadata the container carried (HTML meta, JSONL fields, feed fields) wins
    over what the text says; the text fills the gaps. One exception: a header date
    of the text's own 1 to 7 days before the container's date is the copy's day
    (``textmeta.header_day``).
    """
    if len(rec.text) > MAX_RECORD_CHARS:  # checked before metadata extraction and cleaning, which cost per character
        raise InputError(rec.source, f"text is {len(rec.text):,} characters, over the {MAX_RECORD_CHARS:,} one input "
                                     "may have before cleaning; split it into articles")
    _strip_nuls(rec)
    meta = extract(rec.text, known_title=rec.title)
    text, removed = clean(rec.text, meta.cuts)
    if not any(r.reason == "meta:title" for r in removed):
        meta.title = None  # the cleaner kept the guessed title line as text: it was the body
    if len(text.split()) < MIN_WORDS:
        why = "no article text left after removing page junk" if rec.text.strip() else "no text"
        raise InputError(rec.source, why)
    if len(text) > MAX_ARTICLE_CHARS:  # the analysis would fail on it in every later run
        raise InputError(rec.source, f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} "
                                     "the language model can analyse; split it into articles")
    a = Article(
        id=article_id(text),
        text=text,
        raw_text=rec.text,
        removed=removed,
        source_path=rec.source_path,
        url=rec.url,
        title=rec.title or meta.title,
        byline=rec.byline or meta.byline,
        dateline=meta.dateline,
        wires=list(meta.wires),
        # the header label is a weak hint (a site or section name): used only when nothing better names the outlet
        outlet=rec.outlet or meta.outlet or outlet_from_url(rec.url) or outlet_name(meta.header_label),
    )
    _date_the_copy(a, rec, meta, text)
    if a.byline and not a.wires:
        from sitrep.ingest.tables import wire_name

        w = wire_name(a.byline)
        if w:
            a.wires.append(w)
    code, confident = lang.detect(text)
    a.language = code
    if code != "en" and confident:
        a.status, a.status_reason = "skipped", f"not English ({code}); translation is not supported yet"
    else:
        a.status_reason = not_news_reason(text)
        if a.status_reason:
            a.status = "skipped"
    return a
