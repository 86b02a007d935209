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
from sitrep.ingest.dates import find_date
from sitrep.ingest.tables import outlet_name, wire_name
from sitrep.nlp.incident_field import field_label_end
from sitrep.nlp.time.date_order import numeric_order
from sitrep.nlp.timelex import lexicon


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
    rf"(?:{_MONTH_DAY}\s*(?:\(\d{{4}}\)\s*)?)?"
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
DATELINE_CAPS_COLON = re.compile(
    rf"^\s*(?P<dl>{_CAPS_FIRST}(?:[ -][{_UP}][{_UP}'.\-]+){{0,2}})(?:,\s*{_MONTH_DAY})?\s*"
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
    r"\s+(?P<date>[\w ,.]{6,30}?)\s*"
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
_DATE_LABEL = re.compile(r"\s*(published|posted|updated|last updated|date)\b", re.IGNORECASE)
_DATE_LINE_WORDS = frozenset("published posted updated last at on - | : gmt utc".split())
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*")


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
    leftover = (ln[: d[2]] + ln[d[3] :]).lower()
    return all(w in _DATE_LINE_WORDS or re.fullmatch(r"[\d:.,apm]+", w) or _own_weekday(w, d[0])
               for w in leftover.replace(":", " : ").split())


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
    """
    meta = TextMeta()
    lines = list(iter_lines(raw))
    content = [(s, e, ln) for s, e, ln in lines if ln.strip()]
    if not content:
        return meta
    body_idx = 0
    i = 0
    order = numeric_order(raw)  # "Date: 06/05/2026" is read the way the text's writing habits say, else left unread
    # 1. header date line
    s0, e0, l0 = content[0]
    m = _HEADER.match(l0)
    if m:
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
        i = 1
    # 2. the header zone: title and byline lines before the first paragraph of prose
    while i < len(content) and i < 8:
        s, e, ln = content[i]
        if junk_reason(ln):
            i += 1
            continue
        if meta.byline is None and _BY.match(ln):
            who, used, d = _parse_byline(ln)
            if who:
                meta.byline = who
                for part in _SPLIT.split(who):
                    meta.add_wire(wire_name(part))
                if d and meta.published is None:
                    meta.published, meta.precision, meta.how = d[0], d[1], "text"
                meta.cuts.append((s, s + used, "meta:byline"))
                if used < len(ln.rstrip("\n")):
                    break  # the body goes on after the byline on the same line
                i += 1
                continue
            if len(ln.split()) <= 8:  # "By staff reporters": a byline, though not a name
                meta.byline = _BY.sub("", ln).strip()
                meta.cuts.append((s, e, "meta:byline"))
                i += 1
                continue
        if _is_body(ln) or field_label_end(ln) is not None:
            break  # prose, or a release's incident field ("Date/Time: 03/14/2026 2315 hrs"): no header's date
        words = ln.split()
        d = find_date(ln, order) if len(words) <= 12 else None
        labelled = _DATE_LABEL.match(ln)
        if d and meta.published is None and _date_line(ln, d):
            meta.published, meta.precision, meta.how = d[0], d[1], "text"
            meta.cuts.append((s, e, "meta:date"))
            i += 1
            continue
        dh = d or (find_date(ln[:40]) if len(words) <= 25 else None)
        if dh and meta.published is None and meta.title is None and not labelled and _dated_headline(ln, dh):
            # "3 November 2025: Gunmen kill nine in ...": a headline opening with its whole date dates the record
            meta.published, meta.precision, meta.how = dh[0], dh[1], "text"
            meta.title = " ".join(ln[dh[3]:].strip().lstrip(":|—–-").split())
            meta.cuts.append((s, e, "meta:title"))
            i += 1
            continue
        if labelled and len(words) <= 12:  # "Updated 08/04/2022 14:05": metadata even when the date is ambiguous
            meta.cuts.append((s, e, "meta:date"))
            i += 1
            continue
        if _dateline_line(ln):
            break
        looks_title = 2 <= len(words) <= 20 and ln.strip()[-1:] not in ".:,;" and meta.byline is None and not labelled
        if known_title is not None:
            looks_title = looks_title and _fold(known_title).startswith(_fold(ln))
        if meta.title is None and looks_title:
            meta.title = " ".join(words)
            meta.cuts.append((s, e, "meta:title"))
            i += 1
            continue
        if looks_title and meta.published is None and known_title is None and _date_line_follows(content, i, order):
            # a second title line before the header's date ("PINELLAS COUNTY SHERIFF'S OFFICE / NEWS RELEASE /
            # April 19, 2026"): the header goes on to its date
            meta.cuts.append((s, e, "meta:title"))
            i += 1
            continue
        break
    body_idx = i
    # 3. dateline at the start of the first paragraph of prose (or of the next, after a byline line of its own)
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
    # 4. credit lines at the end (skipping page junk after them)
    seen = 0
    for s, e, ln in reversed(content[body_idx:]):
        if junk_reason(ln):
            continue
        seen += 1
        if seen > 4:
            break
        m = _SOURCE.match(ln) or _INPUTS.match(ln)
        if m:
            _credit_parts(meta, m.group("v"))
            meta.cuts.append((s, e, "meta:credit"))
            continue
        m = _WIRE_ALONE.match(ln)
        if m and wire_name(m.group("v")):
            meta.add_wire(wire_name(m.group("v")))
            meta.cuts.append((s, e, "meta:credit"))
            continue
        m = _TAIL_WIRE.search(ln)  # "... the minister said. (AFP)": prose with a wire credit at its end
        if m and wire_name(m.group("v")):
            meta.add_wire(wire_name(m.group("v")))
            meta.cuts.append((s + m.start("c"), s + m.end("c"), "meta:credit"))
        break
    return meta
