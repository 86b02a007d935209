"""RSS 2.0 / Atom reader: each item or entry with text (content or summary) is one article.

The XML is parsed with entity resolution, DTD loading and network access all
off (no XXE, no billion-laughs expansion).
"""
from __future__ import annotations

from typing import Iterator, Optional, Union

from sitrep.errors import InputError
from sitrep.ingest.dates import parse_date
from sitrep.ingest.decode import repair
from sitrep.ingest.readers.html import html_to_text
from sitrep.ingest.records import MAX_HTML_CHARS, Record, source_key
from sitrep.ingest.tables import outlet_from_url, outlet_name

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def parse_xml(data: bytes):  # type: ignore[no-untyped-def]
    """Parse untrusted XML safely (no entities, no DTD, no network); raises lxml's XMLSyntaxError."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
        recover=False,
    )
    return etree.fromstring(data, parser=parser)


def is_feed(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _text(el) -> Optional[str]:  # type: ignore[no-untyped-def]
    if el is None:
        return None
    s = "".join(el.itertext()) if len(el) else (el.text or "")
    return s.strip() or None


def _body(markup: Optional[str]) -> str:
    if not markup:
        return ""
    if "<" in markup:
        return html_to_text(markup)
    return markup


def read_feed(data: bytes, source: str) -> Iterator[Union[Record, InputError]]:
    from lxml import etree

    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as e:
        yield InputError(source, f"not a well-formed RSS/Atom feed ({str(e)[:100]})")
        return
    atom = root.tag == f"{ATOM}feed"
    if atom:
        feed_title = _text(root.find(f"{ATOM}title"))
        items = root.findall(f"{ATOM}entry")
    else:
        chan = root.find("channel")
        feed_title = _text(chan.find("title")) if chan is not None else None
        items = root.iter("item")
    n = 0
    for it in items:
        n += 1
        where = f"{source}#{n}"
        if atom:
            title = _text(it.find(f"{ATOM}title"))
            link_el = it.find(f"{ATOM}link[@rel='alternate']")
            if link_el is None:
                link_el = it.find(f"{ATOM}link")
            url = link_el.get("href") if link_el is not None else None
            markup = _text(it.find(f"{ATOM}content")) or _text(it.find(f"{ATOM}summary"))
            date = _text(it.find(f"{ATOM}published")) or _text(it.find(f"{ATOM}updated"))
            author = _text(it.find(f"{ATOM}author/{ATOM}name"))
        else:
            title = _text(it.find("title"))
            url = _text(it.find("link"))
            markup = _text(it.find(CONTENT)) or _text(it.find("description"))
            date = _text(it.find("pubDate")) or _text(it.find(DC_DATE))
            author = _text(it.find(DC_CREATOR)) or _text(it.find("author"))
        if markup and len(markup) > MAX_HTML_CHARS:
            yield InputError(where, f"entry holds {len(markup):,} characters, over the {MAX_HTML_CHARS:,} "
                                    "the text extractor is given; not read")
            continue
        text = _body(markup)
        if not text.strip():
            yield InputError(where, "feed entry has no content or summary text")
            continue
        raw = etree.tostring(it)
        rec = Record(source=where, source_path=source, key=source_key(raw, n), text=repair(text))
        rec.title, rec.url, rec.byline = title, url, author
        rec.outlet = outlet_from_url(url) or outlet_name(feed_title)
        parsed = parse_date(date) if date else None
        if parsed:
            rec.published, rec.published_precision, rec.published_how = parsed[0], parsed[1], "header"
        yield rec
    if n == 0:
        yield InputError(source, "feed has no items or entries")
