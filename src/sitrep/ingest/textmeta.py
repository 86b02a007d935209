"""Metadata written in an article's text: header date line, byline, title, dateline, credit lines.

:func:`extract` reads the raw text and returns a :class:`TextMeta` plus the
stretches that are metadata rather than article prose (header, byline, title,
credit lines), for the cleaner to cut. Shapes handled (from scraped pages):

* a first line `` date 2020-02-11 Section`` (a scraper's header),
* a byline ``By AFP - Feb 12,2020 - Last updated at ...`` or
  ``By By Jane Doe 1 hour ago in World <body...>`` (relative times give no date),
* a short headline line before the byline or the first paragraph,
* a dateline opening the first paragraph: ``BEIRUT/ ISTANBUL —``, ``KYIV (AP) —``, ``Beirut:``,
* credit lines at the end: ``Source: TRTWorld and agencies``, ``(With inputs from AP)``, ``(AFP)``.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Optional

from sitrep.ingest.clean import Cut, iter_lines, junk_reason
from sitrep.ingest.dates import find_date, other_date_names
from sitrep.ingest.tables import outlet_name, wire_name
from sitrep.nlp.incident_field import field_label_end
from sitrep.nlp.time.anchor import DATELINE_DAYS
from sitrep.nlp.time.date_order import country_order, numeric_order
from sitrep.nlp.timelex import lexicon
from sitrep.textnorm import strip_accents


@dataclass
class TextMeta:
    published: Optional[_dt.date] = None
    precision: str = "unknown"
    how: str = "unknown"
    title: Optional[str] = None
    byline: Optional[str] = None
    dateline: Optional[str] = None
    outlet: Optional[str] = None
    wires: list[str] = field(default_factory=list)
    cuts: list[Cut] = field(default_factory=list)
    header_label: Optional[str] = None  # the words after the header date (" date 2022-04-08 Daily Courier")
    yearless: Optional[tuple[int, int, int]] = None  # a header's date line with no year: (month, day, weekday)
    small_hours: bool = False  # the header's date line carries a clock time from midnight to 04:59 ("00:20 GMT")
    utc_hour: Optional[int] = None  # the hour of the header's date line clock stamped in GMT/UTC ("09:10 GMT": 9)
    numeric_line: Optional[str] = None  # a header's date line whose numeric date no writing habit orders ("07/12/2026")

    def add_wire(self, w: Optional[str]) -> None:
        if w and w not in self.wires:
            self.wires.append(w)


_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BY = re.compile(r"^\s*(?:By\s+){1,2}", re.IGNORECASE)
_BY_END = re.compile(
    r"\s+\d+\s+(?:second|minute|hour|day|week|month)s?\s+ago\b|\s+in\s+[A-Z]|\s*[-–—|,]\s|\s+(?:on|updated|published)\b"
    r"|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\s+\d{4}-\d{2}|\s*$",
)
_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|al|el|van|von|bin|and))*(?:\s*,\s*[A-Z][\w.'’ -]*)?$")
_AGO = re.compile(r"\s*\d+\s+(?:second|minute|hour|day|week|month)s?\s+ago\b[ \t]*")
_SECTION = re.compile(r"\s*in\s+[A-Z][\w&-]*[ \t]+")
_UP = "A-ZÀ-ÖØ-Þ"  # capitals, with the accented ones of Latin-1 ("SÃO PAULO", "BOGOTÁ")
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# a place's first word in capitals: three letters or more, or two before another word ("LA PAZ", "EL OBEID")
_CAPS_FIRST = rf"(?:[{_UP}][{_UP}'.\-]{{2,}}|[{_UP}]{{2}}(?=\s+[{_UP}]))"
# the small words inside a region's or country's name ("Democratic Republic of Congo", "Maguindanao del Sur")
_JOIN = r"(?:(?:of|the|and|de|del|do|da|du|des|di|al|el|la|le)\s+)?"
DATELINE_CAPS = re.compile(
    rf"^\s*(?P<dl>{_CAPS_FIRST}(?:(?:\s*/\s*|,?\s+){_JOIN}[{_UP}][A-Za-zÀ-ÖØ-öø-ÿ'.\-]+){{0,5}}?)\s*,?\s*"
    rf"(?:{_MONTH_DAY}\s*(?:\(\d{{4}}\)\s*)?|\(\s*{_MONTH_DAY}\s*\)\s*)?"  # "KABUL, March 12 -", "KABUL (March 12) -"
    r"(?:\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*)?(?:[—–]+|\s-{1,2})\s+"
)
# what every match of DATELINE_CAPS holds: its closing dash (a long dash, or a hyphen after a space)
_DATELINE_DASH = re.compile(r"[—–]|\s-")


def dateline_caps(text: str) -> Optional[re.Match]:
    """``DATELINE_CAPS.match(text)``, not tried on a text without the dash every match ends on: on a capitalised
    word followed by a long run of spaces the pattern backtracks through every split of the run (3 ms a line)."""
    if "—" not in text and "–" not in text and not _DATELINE_DASH.search(text):
        return None
    return DATELINE_CAPS.match(text)


# "Calcutta: Around 300 ...", "Raipur, July 8: Four ...", "Kunduz (Pajhwok): ..."
_DATELINE_COLON = re.compile(
    rf"^\s*(?P<dl>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})(?:,\s*{_MONTH_DAY})?\s*"
    r"(?:\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*)?:\s+(?=[A-Z\"“])")
# the South Asian press's capitals and colon, "KARACHI: Two people were killed ...", with a day or a wire too
# ("RAIPUR, Sep 22: ...", "JALALABAD (Pajhwok): ..."); a wire's "City, Month D (WIRE)" with no dash, "New Delhi,
# June 3 (IANS) A man was ...", or a place in small letters and a wire before a dash, "Brussels (AFP) - ..."
# its province, state or country after a comma, "HYDERABAD, Sindh: ...", "SALEM, Tamil Nadu: ...", "JOS, Plateau
# State: ...", in the place as written (as "KAYES, Mali —"); never a month ("RAIPUR, Sep 22:")
_COLON_REGION = (r"(?:,[ \t]*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)"
                 r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})")
DATELINE_CAPS_COLON = re.compile(
    rf"^\s*(?P<dl>{_CAPS_FIRST}(?:[ -][{_UP}][{_UP}'.\-]+){{0,2}}{_COLON_REGION}?)(?:,\s*{_MONTH_DAY})?\s*"
    r"(?:\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*)?:\s+(?=[A-Z\"“])")
DATELINE_WIRE = re.compile(
    rf"^\s*(?P<dl>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})(?:,\s+(?P<md>{_MONTH_DAY}))?"
    r"\s+\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*(?P<dash>[:—–]|-{1,2})?\s*(?=[A-Z\"“])")
# a place and a written date before the dash or colon, "Santiago, June 13th 2025 -", "LIMA, 4 May 2024:", the place's
# country or region between them too, "KYIV, Ukraine, 10 November 2025 —" (the date must be all of what stands
# between, see dated_dateline)
DATELINE_DATED = re.compile(
    rf"^\s*(?P<dl>[{_UP}][{_UP}a-z'.\-]+(?:[ -][{_UP}][{_UP}a-z'.\-]+){{0,2}}),"
    r"(?:\s+[A-Z][\w'.\-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'.\-]+){0,4},)?"
    r"\s+(?P<date>[\w ,.]{6,30}?)\s*(?:\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*)?"  # "KABUL, Aug. 9, 2026 (Xinhua) --"
    r"(?:[—–:]+|\s-{1,2})\s+(?=[A-Z\"“])")
_NOT_DATELINE = frozenset(
    "source sources update updated note editor read watch photo video breaking related also live warning "
    "summary background analysis opinion comment quote image credit caption exclusive photos videos editorial "
    "urgent flash correction alert interview explainer podcast".split()
)
_SOURCE = re.compile(r"^\s*(?:Sources?|Credits?)\s*:\s*(?P<v>.{1,160}?)\s*\.?\s*$", re.IGNORECASE)
_INPUTS = re.compile(
    r"^\s*[(\[]?\s*(?:With|Additional)\s+(?:agency\s+)?(?:inputs?|reporting|contributions?)\s+(?:from|by)\s+"
    r"(?P<v>[^)\]]{1,160}?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)
_WIRE_ALONE = re.compile(r"^\s*[(\[—–-]*\s*(?P<v>[A-Za-z][A-Za-z .-]{0,40}?)\s*[)\]]?\s*\.?\s*$")
_TAIL_WIRE = re.compile(r"[.!?\"”’]\s*(?P<c>[(\[](?P<v>[A-Za-z][A-Za-z .-]{0,30})[)\]]\.?)\s*$")
# "First published Tuesday 17 March 2026. Updated Saturday 21 March 2026.": the first date is the copy's
_DATE_LABEL = re.compile(r"\s*(?:first\s+)?(published|posted|updated|last updated|date)\b", re.IGNORECASE)
# the words of a header's date line besides its date, clock and weekday: labels and the zone of the clock ("9:15 PM
# ET", "14:05 BST"; the zone abbreviations of the English-language press, Wikipedia "List of time zone abbreviations")
_DATE_LINE_WORDS = frozenset("published posted updated last at on - | : gmt utc local time et est edt ct cst cdt mt "
                             "mst mdt pt pst pdt bst cet cest eet eest wat cat eat sast ist pkt aest aedt jst kst"
                             .split())
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*")
# the same day's year in another calendar, in brackets after a header's date: "15 April 2026 (B.E. 2569)" (Thai
# Buddhist era), "(1447 AH)", "(AH 1447)" (Hijri), "(1405 SH)" (Afghan and Iranian solar), "(2083 BS)" (Nepali),
# "(2018 E.C.)" (Ethiopian); no date-line word of its own
_ERA_YEAR = re.compile(r"\(\s*(?:(?:B\.?\s?E|A\.?\s?H|S\.?\s?H|B\.?\s?S|E\.?\s?C)\.?\s*\d{3,4}|"
                       r"\d{3,4}\s*(?:B\.?\s?E|A\.?\s?H|S\.?\s?H|B\.?\s?S|E\.?\s?C)\.?)\s*\)")


def _own_weekday(word: str, day: _dt.date) -> bool:
    """The weekday of ``day`` ("Friday", "Fri.", "friday,"), as a dated line names it ("Friday 7 March 2025")."""
    w = word.strip(".,")
    return len(w) >= 3 and any(name.startswith(w) for name, wd in lexicon().weekdays.items() if wd == day.weekday())


def _credit_parts(meta: TextMeta, value: str) -> None:
    for part in _SPLIT.split(value):
        part = part.strip(" .()")
        if not part:
            continue
        w = wire_name(part)
        if w:
            meta.add_wire(w)
        elif meta.outlet is None:
            meta.outlet = outlet_name(part)


def _parse_byline(rest: str) -> tuple[Optional[str], int, Optional[tuple[_dt.date, str]]]:
    """Parse the text after "By": (who, characters consumed of ``rest``, written date)."""
    m = _BY.match(rest)
    if not m:
        return None, 0, None
    pos = m.end()
    end = _BY_END.search(rest, pos)
    who = rest[pos : end.start()].strip() if end else ""
    if not who or not _NAME.match(who) or len(who.split()) > 6:
        return None, 0, None
    pos = end.start() if end else pos
    found = None
    # relative time ("1 hour ago") and a section ("in World") belong to the byline but give no date
    m2 = _AGO.match(rest, pos)
    if m2:
        pos = m2.end()
    m3 = _SECTION.match(rest, pos)
    if m3:
        pos = m3.end()
    line_end = rest.find("\n")
    line_end = len(rest) if line_end < 0 else line_end
    remainder = rest[pos:line_end]
    if len(remainder.split()) <= 12:
        d = find_date(remainder)
        if d:
            found = (d[0], d[1])
        pos = line_end  # the whole short byline line is metadata
    return who, pos, found


def dated_dateline(text: str) -> Optional[re.Match]:
    """A dateline "Place, <date> -" opening ``text`` whose date is a whole calendar date (day, month and year) and
    nothing else (the date: ``find_date(m.group("date"))``)."""
    dm = DATELINE_DATED.match(text)
    if not dm or dm.group("dl").split()[0].lower() in _NOT_DATELINE:
        return None
    d = find_date(dm.group("date"))
    if not d or d[1] != "day" or d[2] != 0 or dm.group("date")[d[3]:].strip(" ,."):
        return None
    return dm


_HEADLINE_AFTER_DATE = re.compile(r"\s*(?:[:|]|[—–]|-{1,2})\s+[A-Z0-9\"“‘']")


def _dated_headline(line: str, d: tuple) -> bool:  # type: ignore[type-arg]
    """``line`` opens with a whole calendar date (day, month and a written year, an optional weekday before it) and
    goes on, after a colon, bar or dash, with a capitalised headline: "Nov 10, 2025 — Police fire tear gas ..."."""
    head = line[: d[2]].strip().rstrip(",")
    return (d[1] == "day" and (not head or _own_weekday(head.lower(), d[0])) and re.search(r"\b(?:19|20)\d\d\b", line[d[2]:d[3]])
            is not None and _HEADLINE_AFTER_DATE.match(line, d[3]) is not None and len(line[d[3]:].split()) >= 3)


def _date_line(ln: str, d: tuple) -> bool:  # type: ignore[type-arg]
    """``ln``, holding the written date ``d``, is a header's date line: labelled ("Published ...") or nothing but
    the date, a clock time and date-line words ("Friday 7 March 2025 14:05 GMT")."""
    if _DATE_LABEL.match(ln):
        return True
    leftover = _ERA_YEAR.sub(" ", ln[: d[2]] + ln[d[3] :]).lower()
    return all(w in _DATE_LINE_WORDS or re.fullmatch(r"[\d:.,apm]+", w) or _any_weekday(w)
               or _other_date_line_word(w, d[0]) for w in leftover.replace(":", " : ").split())


def _any_weekday(word: str) -> bool:
    """A weekday's name ("Friday", "Fri.", "friday,"), on a header's date line even where it does not fit the date
    ("Friday 5 December 2026", a Saturday): the line is the header's date all the same, and its number wins."""
    w = word.strip(".,")
    return len(w) >= 3 and any(name.startswith(w) for name in lexicon().weekdays)


def _other_date_line_word(word: str, day: _dt.date) -> bool:
    """A word of another language's date line ("Publié le 12/11/2026 à 09h30", "Martes, 3 de noviembre de 2026"):
    a label word, a "09h30" clock time or the weekday of ``day``."""
    w = strip_accents(word.strip(".,"))
    return (w in other_date_names("label") or re.fullmatch(r"\d{1,2}h\d{2}", w) is not None
            or other_date_names("weekday").get(w) == day.weekday())


_TITLE_LINES_BEFORE_DATE = 2  # title-like lines a header's date line may follow after the first title


def _date_line_follows(content: list, i: int, order: Optional[str] = None) -> bool:  # type: ignore[type-arg]
    """A header's date line (not a release's incident field) comes within the next
    :data:`_TITLE_LINES_BEFORE_DATE` lines after line ``i``, every line between being short and no sentence."""
    for s, e, ln in content[i + 1 : i + 1 + _TITLE_LINES_BEFORE_DATE]:
        words = ln.split()
        if _is_body(ln) or field_label_end(ln) is not None or len(words) > 12 or ln.strip()[-1:] in ".!?":
            return False
        d = find_date(ln, order)
        if d and _date_line(ln, d):
            return True
    return False


def _byline_alone(line: str) -> bool:
    """A short line of capitalised words that is no sentence ("Our Special Correspondent", "Staff Reporter"): read
    as a byline when a dateline opens the next line."""
    s = line.strip()
    return 0 < len(s.split()) <= 5 and s[-1:] not in ".!?:;,\"”" and bool(_NAME.match(s))


def _is_body(line: str) -> bool:
    s = line.strip()
    words = len(s.split())
    return words >= 25 or (words >= 10 and s[-1:] in ".!?\"”'")


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


@dataclass(frozen=True)
class Dateline:
    """A dateline opening a text: the place as written (its region or country too: "KAYES, Mali"), where the words
    after it start (``end``), the wire named in it ("AP") and the written date of a dated one ("3 January 2026")."""
    place: str
    end: int
    wire: Optional[str] = None
    date: Optional[str] = None


def opening_dateline(text: str) -> Optional[Dateline]:
    """The dateline opening ``text``, in any of the shapes this module reads, or None: the one place that tells
    where a dateline ends, for the metadata (:func:`extract`) and the sentence splits (``nlp.line_breaks``).

    Shapes: capitals before a dash, with a region or country, a day and a wire ("KAYES, Mali (AP) —", "ADDIS
    ABABA, April 30 -", "GOMA, Democratic Republic of Congo —"); a wire's "New Delhi, June 3 (IANS)" and "Brussels
    (AFP) -" (a known wire when no day is written); a place and a whole date ("KYIV, Ukraine, 10 November 2025 —");
    a place before a colon ("KARACHI:", "RAIPUR, Sep 22:", "JALALABAD (Pajhwok):", "Calcutta:")."""
    dm = dateline_caps(text)
    if dm is None:
        dm = DATELINE_WIRE.match(text)
        if dm and not (dm.group("md") or (dm.group("dash") and wire_name(dm.group("wire")))):
            dm = None
    date = None
    if dm is None:
        dm = dated_dateline(text)
        date = dm.group("date") if dm else None
    if dm is None:
        dm = _DATELINE_COLON.match(text) or DATELINE_CAPS_COLON.match(text)
    if dm is None or dm.group("dl").split()[0].lower().strip(".,") in _NOT_DATELINE:
        return None
    wire = dm.groupdict().get("wire")
    return Dateline(dm.group("dl").strip(), dm.end(), wire, date)


def _dateline_line(line: str) -> bool:
    """A dateline in capitals with its region before a dash, and words not in capitals after it: "TULSA, Okla. —
    Tulsa Police Department" opens the body (read as a headline, the dateline was lost), where "SITUATION REPORT —
    NORTH KIVU" is a headline."""
    dm = dateline_caps(line)
    dl = opening_dateline(line) if dm else None
    return dl is not None and "," in dl.place and any(c.islower() for c in line[dl.end:])


def _read_dateline(meta: TextMeta, text: str) -> bool:
    """Sets ``meta.dateline`` (and a wire, a written date) from a dateline opening ``text``; False when none does."""
    dl = opening_dateline(text)
    if dl is None:
        return False
    meta.dateline = dl.place
    if dl.wire:
        meta.add_wire(wire_name(dl.wire))
    if dl.date:
        d = find_date(dl.date)
        if d and meta.published is None:
            meta.published, meta.precision, meta.how = d[0], d[1], "text"
    return True


def extract(raw: str, known_title: Optional[str] = None) -> TextMeta:
    """Metadata written in ``raw`` and the stretches of it that are metadata (``meta.cuts``).

    ``known_title``: the title the container gave (HTML, JSONL, feed); then a
    headline line is cut only when it repeats that title.

    Read in four stages, each in its own function: the scraper's header line (:func:`_read_header_line`), the
    header zone of title, byline and date lines (:func:`_read_header_zone`), the dateline opening the body
    (:func:`_read_opening_dateline`) and the credit lines closing it (:func:`_read_credit_lines`).
    """
    meta = TextMeta()
    content = [(s, e, ln) for s, e, ln in iter_lines(raw) if ln.strip()]
    if not content:
        return meta
    order = numeric_order(raw)  # "Date: 06/05/2026" is read the way the text's writing habits say, else left unread
    first = 1 if _read_header_line(meta, content[0]) else 0
    body_idx = _read_header_zone(meta, content, first, order, known_title)
    _read_opening_dateline(meta, content, body_idx)
    if meta.numeric_line is not None:
        _read_numeric_line(meta, meta.numeric_line, order)
    _read_credit_lines(meta, content, body_idx)
    return meta


def _read_numeric_line(meta: TextMeta, ln: str, cued: Optional[str]) -> None:
    """Dates the record by a header's ambiguous numeric date line ("Published 07/12/2026") the way the outlets of
    the dateline's country write dates (:func:`country_order`: "GUSAU —" day first, "COTABATO CITY —" and "JACKSON,
    Miss. —" month first) when no writing habit ordered it (``cued`` None); left unread with no dateline, or one
    whose country is unknown or writes both orders. A line the writing habits read (``cued``) the other way than
    the dateline's country ("neighborhood" over "CULIACAN, Sinaloa —") is left unread: the order is unknown."""
    if not meta.dateline:
        return
    from sitrep.geo.country_focus import dateline_country
    from sitrep.geo.gazetteer import get_gazetteer

    try:
        country = dateline_country(meta, get_gazetteer())  # (it reads the record's ``dateline``)
    except Exception:  # no gazetteer at hand: the date stays unread, as before  # noqa: BLE001
        return
    order = country_order(country)
    if cued is not None:
        if order is not None and order != cued:
            meta.published, meta.precision, meta.how = None, "unknown", "unknown"
            meta.small_hours, meta.utc_hour = False, None
        return
    d = find_date(ln, order) if order else None
    if d is not None:
        meta.published, meta.precision, meta.how = d[0], d[1], "text"
        meta.small_hours = bool(_SMALL_HOURS.search(ln))
        meta.utc_hour = utc_stamp_hour(ln)


_HEADER_ZONE_LINES = 8  # the header zone ends at this line at the latest


def _read_header_line(meta: TextMeta, line: tuple[int, int, str]) -> bool:
    """Whether the first line is a scraper's header, `` date 2020-02-11 Section``: its date dates the record, and
    what follows the date is a byline (cut with the date), a short section label (the whole line cut) or the body
    (only the date cut)."""
    s0, e0, l0 = line
    m = _HEADER.match(l0)
    if not m:
        return False
    try:
        meta.published, meta.precision, meta.how = _dt.date.fromisoformat(m.group(1)), "day", "header"
    except ValueError:
        pass
    rest = l0[m.end() :]
    who, used, _ = _parse_byline(rest)
    if who:
        meta.byline = who
        meta.add_wire(wire_name(who))
        meta.cuts.append((s0, s0 + m.end() + used, "meta:header"))
    elif len(rest.split()) <= 6:
        meta.header_label = " ".join(rest.split()) or None
        meta.cuts.append((s0, e0, "meta:header"))
    else:
        meta.cuts.append((s0, s0 + m.end(), "meta:header"))
    return True


def _read_header_zone(meta: TextMeta, content: list[tuple[int, int, str]], i: int, order: Optional[str],
                      known_title: Optional[str]) -> int:
    """Where the body starts: the index of the first line of ``content`` after the header zone, the title, byline
    and date lines before the first paragraph of prose (at most :data:`_HEADER_ZONE_LINES` lines in)."""
    while i < len(content) and i < _HEADER_ZONE_LINES and _header_zone_line(meta, content, i, order, known_title):
        i += 1
    return i


def _header_zone_line(meta: TextMeta, content: list[tuple[int, int, str]], i: int, order: Optional[str],
                      known_title: Optional[str]) -> bool:
    """Whether line ``i`` belongs to the header zone (page junk, a byline, a date line, a title; its metadata read
    into ``meta``) rather than opening the body: prose, a release's incident field ("Date/Time: 03/14/2026 2315
    hrs": no header's date) or a dateline line stop the zone."""
    s, e, ln = content[i]
    if junk_reason(ln):
        return True
    byline = _zone_byline(meta, s, e, ln)
    if byline is not None:
        return byline
    if (_is_body(ln) and not _labelled_date_line(ln)) or field_label_end(ln) is not None:
        return False
    if _zone_date(meta, s, e, ln, order) or _zone_yearless(meta, s, e, ln):
        return True
    if _dateline_line(ln):
        return False
    return _zone_title(meta, content, i, order, known_title)


def _labelled_date_line(ln: str) -> bool:
    """A short labelled line holding a whole date, a sentence though it is ("First published Tuesday 17 March 2026.
    Updated Saturday 21 March 2026."): a header's date line, not the body."""
    return _DATE_LABEL.match(ln) is not None and len(ln.split()) <= 12 and find_date(ln) is not None


def _zone_byline(meta: TextMeta, s: int, e: int, ln: str) -> Optional[bool]:
    """A "By ..." line in the header zone, while no byline is known: True when the whole line is the byline (a name
    and its wires, and a written date when none is known yet; or a short "By staff reporters"), False when the
    body goes on after the byline on the same line (the byline cut all the same), None when it is no byline."""
    if meta.byline is not None or not _BY.match(ln):
        return None
    who, used, d = _parse_byline(ln)
    if who:
        meta.byline = who
        for part in _SPLIT.split(who):
            meta.add_wire(wire_name(part))
        if d and meta.published is None:
            meta.published, meta.precision, meta.how = d[0], d[1], "text"
        meta.cuts.append((s, s + used, "meta:byline"))
        return not used < len(ln.rstrip("\n"))
    if len(ln.split()) <= 8:  # "By staff reporters": a byline, though not a name
        meta.byline = _BY.sub("", ln).strip()
        meta.cuts.append((s, e, "meta:byline"))
        return True
    return None


def _zone_date(meta: TextMeta, s: int, e: int, ln: str, order: Optional[str]) -> bool:
    """Whether ``ln`` is a header's dated line: a date line (which dates the record when nothing has yet), a
    headline opening with its whole date (dates the record and gives the title), or a labelled line ("Updated
    08/04/2022 14:05": metadata even when the date is ambiguous)."""
    words = ln.split()
    d = find_date(ln, order) if len(words) <= 12 else None
    labelled = _DATE_LABEL.match(ln)
    if d and meta.published is None and _date_line(ln, d):
        if order is not None and meta.numeric_line is None and find_date(ln, "dmy") != find_date(ln, "mdy"):
            meta.numeric_line = ln  # read by the writing habits: checked against the dateline's country (extract)
        meta.published, meta.precision, meta.how = d[0], d[1], "text"
        meta.small_hours = bool(_SMALL_HOURS.search(ln))
        meta.utc_hour = utc_stamp_hour(ln)
        meta.cuts.append((s, e, "meta:date"))
        return True
    dh = d or (find_date(ln[:40]) if len(words) <= 25 else None)
    if dh and meta.published is None and meta.title is None and not labelled and _dated_headline(ln, dh):
        # "3 November 2025: Gunmen kill nine in ...": a headline opening with its whole date dates the record
        meta.published, meta.precision, meta.how = dh[0], dh[1], "text"
        meta.title = " ".join(ln[dh[3]:].strip().lstrip(":|—–-").split())
        meta.cuts.append((s, e, "meta:title"))
        return True
    if d is None and order is None and meta.published is None and meta.numeric_line is None and len(words) <= 12:
        probe = find_date(ln, "dmy")
        if probe is not None and (labelled or _date_line(ln, probe)):
            # "Published 07/12/2026", "12/07/26 6:15 PM": which order? the dateline's country may tell (extract)
            meta.numeric_line = ln
            meta.cuts.append((s, e, "meta:date"))
            return True
    if labelled and len(words) <= 12:  # "Updated 08/04/2022 14:05": metadata even when the date is ambiguous
        meta.cuts.append((s, e, "meta:date"))
        return True
    return False


def dateline_alone_date(line: str) -> Optional[_dt.date]:
    """The whole date of a dated dateline standing on its own line, its dash closing the line or left out ("BENI,
    Congo, 4 February 2026 —", "JOS, Nigeria, Wednesday 14 October 2026"): the day the copy was filed; None for any
    other line."""
    probe = line.strip()
    if not probe or probe[-1] not in "—–-:":
        probe += " —"
    wd = _WEEKDAY_FIRST.search(probe)
    if wd is not None:  # the weekday the date falls on, left out for the dateline's shape and checked below
        probe = probe[:wd.start("wd")] + probe[wd.end():]
    dm = dated_dateline(probe + " X")
    d = find_date(dm.group("date")) if dm else None
    if d is None or (wd is not None and not _own_weekday(wd.group("wd").strip().lower(), d[0])):
        return None
    return d[0]


_WEEKDAY_FIRST = re.compile(r",\s+(?P<wd>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)(?=\d)", re.I)
_UTC_STAMP = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:GMT|UTC)\b")


def utc_stamp_hour(line: str) -> Optional[int]:
    """The hour of a 24-hour clock stamped in GMT/UTC on a header's date line ("Published 2 March 2026 09:10 GMT": 9),
    else None."""
    m = _UTC_STAMP.search(line)
    return int(m.group("h")) if m else None


_YEARLESS = re.compile(r"^\s*(?P<wd>[A-Za-z]{3,9})\.?,?\s+(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?"
                       r"|(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\s*$")


def _zone_yearless(meta: TextMeta, s: int, e: int, ln: str) -> bool:
    """A header's date line with a weekday, a day and a month but no year ("Thursday 14 May", "Wednesday, June 3"),
    while no date is known: kept in ``meta.yearless`` for :func:`header_day`, which takes its year from the record."""
    m = _YEARLESS.match(ln)
    if m is None or meta.published is not None or meta.yearless is not None:
        return False
    wd = lexicon().weekdays.get(m.group("wd").lower())
    mon = lexicon().months.get((m.group("mon") or m.group("mon2")).lower())
    if wd is None or not mon:
        return False
    meta.yearless = (mon, int(m.group("d") or m.group("d2")), wd)
    meta.cuts.append((s, e, "meta:date"))
    return True


# a clock time from midnight to 04:59: "00:20 GMT", "3.15", "12:40am", "2am" (not "2:15 PM")
_SMALL_HOURS = re.compile(r"(?<![\d:.])(?:0?[0-4][:.h][0-5]\d(?!\d|\s*[ap]\.?m)|(?:12|0?[1-4])(?:[:.][0-5]\d)?\s*a\.?m\b\.?)", re.I)
_EVENING = re.compile(r"\b(?:this\s+evening|tonight)\b", re.I)
_DAYTIME = re.compile(r"\b(?:this\s+(?:morning|afternoon)|today|last\s+night|overnight)\b", re.I)


def evening_copy_day(meta: TextMeta, record: Optional[_dt.date], text: str) -> Optional[_dt.date]:
    """The day before the header's when its date line is stamped in the small hours ("Published 00:20 GMT, 5
    November 2026") over copy that tells "this evening" or "tonight" and no other day-word ("a gunman has shot
    three people in Tucson earlier this evening"): no one writes "this evening" after midnight of his own clock,
    so the copy was written on the evening before the header's day, in a zone behind it (an American evening under
    a GMT stamp), and its words count from that day. None otherwise (also where the record gives another day)."""
    if not meta.small_hours or meta.published is None or (record is not None and record != meta.published):
        return None
    if not _EVENING.search(text) or _DAYTIME.search(text):
        return None
    return meta.published - _dt.timedelta(days=1)


def header_day(meta: TextMeta, record: Optional[_dt.date]) -> Optional[_dt.date]:
    """The day the text's own header dates the copy when it lies 1 to ``DATELINE_DAYS`` days before ``record`` (the
    date its container gave): a page posted, crawled or re-dated after it was written, whose "on Saturday" and "last
    night" count from the header's day, as a dated wire dateline's do (``nlp.time.anchor.dateline_dct``). A header
    with no year ("Thursday 14 May") counts when its weekday is that of the day so placed (the same day as the
    record's too). A header a day after the record ("Updated Tuesday 10 March 2026, 12:40am AEDT" in a record of 9
    March) is the page's local day, ahead of the record's UTC one: "last night" counts from it too. None otherwise:
    the record's date stands."""
    if record is None:
        return None
    if meta.published is not None and meta.how in ("text", "header"):
        gap = (record - meta.published).days
        return meta.published if 1 <= gap <= DATELINE_DAYS or gap == -1 else None
    if meta.yearless is None:
        return None
    mon, d, wd = meta.yearless
    for year in (record.year, record.year - 1):
        try:
            day = _dt.date(year, mon, d)
        except ValueError:
            continue
        if 0 <= (record - day).days <= DATELINE_DAYS and day.weekday() == wd:
            return day
    return None


def _zone_title(meta: TextMeta, content: list[tuple[int, int, str]], i: int, order: Optional[str],
                known_title: Optional[str]) -> bool:
    """Whether line ``i`` is a header's title line: a short unlabelled line with no closing stop before any byline
    (repeating ``known_title`` when the container gave one) is the title; a second one counts only when the
    header's date line follows it."""
    s, e, ln = content[i]
    words = ln.split()
    labelled = _DATE_LABEL.match(ln)
    looks_title = 2 <= len(words) <= 20 and ln.strip()[-1:] not in ".:,;" and meta.byline is None and not labelled
    if known_title is not None:
        looks_title = looks_title and _fold(known_title).startswith(_fold(ln))
    if meta.title is None and looks_title:
        meta.title = " ".join(words)
        alone = dateline_alone_date(ln)
        if alone is not None and meta.published is None:  # "BENI, Congo, 4 February 2026 —" over the body
            meta.published, meta.precision, meta.how = alone, "day", "text"
        meta.cuts.append((s, e, "meta:title"))
        return True
    if looks_title and meta.published is None and known_title is None and _date_line_follows(content, i, order):
        # a second title line before the header's date ("PINELLAS COUNTY SHERIFF'S OFFICE / NEWS RELEASE /
        # April 19, 2026"): the header goes on to its date
        meta.cuts.append((s, e, "meta:title"))
        return True
    return False


def _read_opening_dateline(meta: TextMeta, content: list[tuple[int, int, str]], body_idx: int) -> None:
    """The dateline at the start of the first paragraph of prose (after what was cut of its line), or of the
    next one after a byline line of its own ("Our Special Correspondent\\nCalcutta: ...", that line then the
    byline when none is known)."""
    alone: Optional[tuple[int, int, str]] = None
    for s, e, ln in content[body_idx : body_idx + 4]:
        start_in_line = 0
        for cs, ce, _ in meta.cuts:
            if cs <= s < ce:
                start_in_line = ce - s
        if start_in_line >= len(ln.rstrip("\n")) or junk_reason(ln):
            continue
        text = ln[start_in_line:]
        if _read_dateline(meta, text):
            if alone and meta.byline is None:  # "Our Special Correspondent\nCalcutta: ..."
                meta.byline = alone[2].strip()
                meta.cuts.append((alone[0], alone[1], "meta:byline"))
        elif alone is None and start_in_line == 0 and _byline_alone(text):
            alone = (s, e, text)
            continue
        break


_CREDIT_LINES = 4  # lines at the end (page junk not counted) that may be credits


def _read_credit_lines(meta: TextMeta, content: list[tuple[int, int, str]], body_idx: int) -> None:
    """Credit lines at the end of the body, read upwards over page junk: up to :data:`_CREDIT_LINES` whole credit
    lines, then perhaps a wire credit closing the last line of prose."""
    seen = 0
    for s, e, ln in reversed(content[body_idx:]):
        if junk_reason(ln):
            continue
        seen += 1
        if seen > _CREDIT_LINES:
            break
        if _credit_line(meta, s, e, ln):
            continue
        m = _TAIL_WIRE.search(ln)  # "... the minister said. (AFP)": prose with a wire credit at its end
        if m and wire_name(m.group("v")):
            meta.add_wire(wire_name(m.group("v")))
            meta.cuts.append((s + m.start("c"), s + m.end("c"), "meta:credit"))
        break


def _credit_line(meta: TextMeta, s: int, e: int, ln: str) -> bool:
    """Whether ``ln`` is a whole credit line ("Source: TRTWorld and agencies", "(With inputs from AP)", "(AFP)"),
    its wires and outlet read into ``meta``."""
    m = _SOURCE.match(ln) or _INPUTS.match(ln)
    if m:
        _credit_parts(meta, m.group("v"))
        meta.cuts.append((s, e, "meta:credit"))
        return True
    m = _WIRE_ALONE.match(ln)
    if m and wire_name(m.group("v")):
        meta.add_wire(wire_name(m.group("v")))
        meta.cuts.append((s, e, "meta:credit"))
        return True
    return False
