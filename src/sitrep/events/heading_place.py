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

from sitrep.geo.line_heading import HEADING_UNITS
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
    return dateline_mention(doc, ts) or _unit_heading(doc, ts)


def _unit_heading(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The name opening its line is followed by a unit word and then the heading's colon or dash ("Zolochiv
    community: around 14:00 ...")."""
    k = ts[-1] + 1
    return k + 1 < len(doc) and doc[k].lower_ in HEADING_UNITS and doc[k + 1].text[:1] in (":", "—", "–")


def _after_body(text: str, line: int) -> bool:
    """A paragraph of prose (a line ending on a full stop) comes before the line at ``line``: a heading there opens an
    item of the report, not its dateline (the title and the dateline come first)."""
    return any(ln.rstrip().endswith((".", "!", "?")) for ln in text[:line].splitlines())


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
    if len(hs) < 2 and para_start < OPENING_CHARS and not _after_body(doc_text(doc), para_start):
        return None  # the report's own dateline: where it was filed, left to the article's place
    return own


def inside(town: Place, area: Place) -> bool:
    """The heading town lies in the province or district the sentence names ("across River Nile state")."""
    return area.precision in ("province", "district") and town.precision in ("town", "point") \
        and bool(area.country) and town.country == area.country and bool(area.admin1) and town.admin1 == area.admin1


def astray(town: Place, fine: Place) -> bool:
    """A place the sentence under a town heading names that cannot be the heading's scene: a province or district of
    the town's country the town lies outside (``other_unit``), a town of another country ("BAMENDA — ... at Mile 90 on
    the edge of the regional capital": "Mile" read as a town of Ethiopia), or a city's district named like a town of
    another province ("KHERSON — ... in the city's Dniprovskyi district": Kyiv has one too). A town of the heading's
    own province ("SUMY — ... in Bilopillia") is the scene, as the heading's country's towns elsewhere may be. A
    town the gazetteer could not place ("Mile 90" when unresolved) yields to the heading too: it has no point."""
    from sitrep.events.place import resolved

    if other_unit(town, fine):
        return True
    if town.precision not in ("town", "point") or fine.precision not in ("town", "point") or not town.country:
        return False
    if not resolved(fine) or (fine.country and fine.country != town.country):
        return True
    return fine.span.text.lower().endswith(" district") and bool(fine.admin1) and bool(town.admin1) \
        and fine.admin1 != town.admin1


def other_unit(town: Place, area: Place) -> bool:
    """The sentence under a town heading names a province or district of the town's country that the town lies
    outside ("Turbat: ... labourers from Punjab province"): an item's heading says where its deed happened; a unit
    of another province in its lines is someone's origin or a comparison, not the scene."""
    return area.precision in ("province", "district") and town.precision in ("town", "point") \
        and bool(area.country) and town.country == area.country and bool(area.admin1) and bool(town.admin1) \
        and town.admin1 != area.admin1
