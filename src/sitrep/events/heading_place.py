"""A paragraph's place heading: the place a round-up paragraph opens on ("Nyala: An air strike hit ...",
"Kupiansk district — two civilians ...", "LA PAZ, Bolivia (AP) — ..." as a later item of a wire round-up).

A dateline opening a report says where the reporter is (``place.locative`` rejects it); but a text that opens
paragraphs on places more than once, or a heading past the report's opening lines, is a round-up: each heading
tells where the events of its own paragraph happened, as a lone report's dateline tells its story's place. The
heading then stands in for the place of an event of its paragraph that names none, and a town heading is more
specific than a province or district the paragraph names it in ("Atbara: drones struck ..., cutting power across
River Nile state").
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Place
from sitrep.nlp.doctext import doc_text

OPENING_CHARS = 120  # a single heading this near the text's start is the report's own dateline, not an item's
HEADING_LEAD = " \t*•-–—·>#0123456789.)"  # what may stand before a heading on its line: bullets, item numbers
HEADING_PRECISIONS = ("point", "town", "district", "province")


def _heading(doc, text: str, p: Place, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    from sitrep.events.place import dateline_mention, resolved

    if not ts or not resolved(p) or p.precision not in HEADING_PRECISIONS or p.mention != "name":
        return False
    line = text.rfind("\n", 0, p.span.start) + 1
    if text[line:p.span.start].strip(HEADING_LEAD):
        return False  # the name does not open its line
    return dateline_mention(doc, ts)


def headings(doc, tok_of_place) -> list[tuple[int, Place]]:  # type: ignore[no-untyped-def]
    """The place headings of the text, as (start of their line, place), in text order."""
    text = doc_text(doc)
    out = []
    for p, ts in tok_of_place:
        if _heading(doc, text, p, ts):
            line = text.rfind("\n", 0, p.span.start) + 1
            if not out or out[-1][0] != line:
                out.append((line, p))
    return out


def paragraph_heading(doc, tok_of_place, para_start: int) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The heading place that governs the paragraph starting at ``para_start``: the place it opens on, when the
    text opens two or more lines on places or this one lies past the report's opening lines; else None."""
    hs = headings(doc, tok_of_place)
    own = next((p for line, p in hs if line == para_start), None)
    if own is None:
        return None
    if len(hs) < 2 and para_start < OPENING_CHARS:
        return None  # the report's own dateline: where it was filed, left to the article's place
    return own


def inside(town: Place, area: Place) -> bool:
    """The heading town lies in the province or district the sentence names ("across River Nile state")."""
    return area.precision in ("province", "district") and town.precision in ("town", "point") \
        and bool(area.country) and town.country == area.country and bool(area.admin1) and town.admin1 == area.admin1


def other_unit(town: Place, area: Place) -> bool:
    """The sentence under a town heading names a province or district of the town's country that the town lies
    outside ("Turbat: ... labourers from Punjab province"): an item's heading says where its deed happened; a unit
    of another province in its lines is someone's origin or a comparison, not the scene."""
    return area.precision in ("province", "district") and town.precision in ("town", "point") \
        and bool(area.country) and town.country == area.country and bool(area.admin1) and bool(town.admin1) \
        and town.admin1 != area.admin1
