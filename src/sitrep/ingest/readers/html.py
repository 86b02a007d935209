"""HTML reader: main text with trafilatura, publication date from the page's markup with htmldate.

The date comes only from the page's metadata (``<meta>``, JSON-LD, ``<time>``,
the URL); htmldate's text-wide guessing is off, and a page with no date gets
none (never the crawl day or today).
"""
from __future__ import annotations

import logging
from typing import Iterator, Optional, Union

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import DecodeError, decode_bytes
from sitrep.ingest.records import MAX_HTML_CHARS, Record, source_key
from sitrep.ingest.tables import outlet_from_url, outlet_name

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def html_to_text(html: str) -> str:
    """The main text of an HTML page or fragment (paragraphs separated by line breaks); '' if none."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        if not text:
            text = trafilatura.html2txt(html)
    except Exception:  # trafilatura/lxml on hostile markup: fall back to lxml's text
        text = ""
    if not text:
        try:
            import lxml.html

            text = lxml.html.fromstring(html).text_content()
        except Exception:
            text = ""
    return text or ""


def html_record(html: str, source: str, key: str, url: Optional[str] = None) -> Union[Record, InputError]:
    """One HTML page -> a Record (text + page metadata) or an InputError when it has no text."""
    if len(html) > MAX_HTML_CHARS:  # the extractor's time grows faster than the page: refuse before it starts
        return InputError(source, f"page is {len(html):,} characters of HTML, over the {MAX_HTML_CHARS:,} "
                                  "the text extractor is given; not read")
    import trafilatura
    from htmldate import find_date

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception:
        doc = None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        text = html_to_text(html)
    if not text.strip():
        return InputError(source, "no article text found in the HTML (empty or truncated page?)")
    rec = Record(source=source, source_path=source.split("#")[0], key=key, text=text, url=url)
    if doc is not None:
        rec.title = getattr(doc, "title", None) or None
        rec.byline = getattr(doc, "author", None) or None
        rec.url = url or getattr(doc, "url", None) or None
        site = getattr(doc, "sitename", None)
        rec.outlet = outlet_from_url(rec.url) or (outlet_name(site) if site else None)
    try:
        # bytes, not str: htmldate *downloads* a str that starts with "http" (an HTML file holding only
        # "http://169.254.169.254/..." made sitrep fetch it); bytes are only decoded (UTF-8 first)
        d = find_date(html.encode("utf-8", "replace"), extensive_search=False, original_date=True, url=url)
    except Exception:
        d = None
    parsed = parse_date(d) if d else None
    if parsed:
        rec.published, rec.published_precision, rec.published_how = parsed[0], parsed[1], "html-meta"
    return rec


def read_html(data: bytes, source: str, url: Optional[str] = None) -> Iterator[Union[Record, InputError]]:
    try:
        html, _ = decode_bytes(data)
    except DecodeError as e:
        yield InputError(source, str(e))
        return
    yield html_record(html, source, source_key(data), url)
