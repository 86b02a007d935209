"""Whether a place mention is a dateline's ("BEIRUT:", "CAIRO (Reuters) -", "GOMA, Congo (AP) —"): where the
reporter is, not the event."""
from __future__ import annotations

import re

from sitrep.nlp.doctext import doc_text, sent_start_char


# what follows a dateline's town before the story: a country, state or date after a comma, then the agency in
# brackets, then the dash ("GOMA, Congo (AP) —", "KHARKIV, May 5 (Reuters) -"); the brackets are what tell it from
# a sentence that opens on a place ("Kabul, the capital, ..." has no agency and no dash)
_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w.' -]{0,40}?)?[ \t]*\([A-Z][\w./ &-]{0,40}\)[ \t]*[—–-]")


def dateline_mention(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The place mention ``ts`` is a dateline's: at the start of a line or sentence, in capitals or after nothing
    lower-case, followed by a colon, a slash or a dash, or by an agency in brackets ("BEIRUT:", "X/ Y —",
    "CAIRO (Reuters) -", "GOMA, Congo (AP) —")."""
    first, last = doc[ts[0]], doc[ts[-1]]
    lead = doc_text(doc)[sent_start_char(doc, first.i) : first.idx]
    at_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or first.is_sent_start or (
        len(lead) < 40 and not any(ch.islower() for ch in lead))  # "BEIRUT/ ISTANBUL —"
    return at_start and (last.text.endswith(("/", ":"))
                         or (last.i + 1 < len(doc) and doc[last.i + 1].text[:1] in (":", "—", "–", "-", "/"))
                         or bool(_DATELINE_TAIL.match(doc_text(doc), last.idx + len(last.text)))
                         or _in_caps_dateline(doc, first, last))


def _in_caps_dateline(doc, first, last) -> bool:  # type: ignore[no-untyped-def]
    """The mention lies in the place of a capitals dateline as ingest reads it at the head of its line, a date in
    it or not, with or without an agency ("OUAGADOUGOU, June 10 (2025) -", "KHARKIV, May 5 -"; ingest.textmeta)."""
    from sitrep.ingest.textmeta import dateline_caps

    text = doc_text(doc)
    a = text.rfind("\n", 0, first.idx) + 1
    b = text.find("\n", a)
    m = dateline_caps(text[a : (len(text) if b < 0 else b)])
    return m is not None and a + m.start("dl") <= first.idx and last.idx + len(last.text) <= a + m.end("dl")
