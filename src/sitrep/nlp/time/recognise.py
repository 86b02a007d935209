"""Recognition: the rule table (pattern -> resolver) and the choice of the longest non-overlapping matches."""
from __future__ import annotations

import re
from typing import Optional
from dataclasses import dataclass

from sitrep.nlp.regex_needs import Prefixes, folded, needed_literals, word_matches, word_start_prefixes, word_starts
from sitrep.nlp.timelex import alt
from sitrep.nlp.time.absolute import _r_century, _r_clock, _r_dayrange, _r_decade, _r_decade_word, _r_fixed_day, _r_full_date, _r_iso, _r_month, _r_ordinal_day, _r_ordinal_of_month, _r_short_numeric, _r_us_numeric, _r_partof, _r_quarter, _r_spoken_year, _r_year
from sitrep.nlp.time.calc import Resolver, _Ctx
from sitrep.nlp.time.durations import _r_bareunit, _r_duration, _r_half, _r_ref, _r_set
from sitrep.nlp.time.patterns import _APPROX, _LX, _MOD, _MON, _NUM, _POD, _SPOKEN_YEAR, _TENS_W, _UNIT, _UNITS_W, _WD, _YEAR, _YEARX
from sitrep.nlp.time.relative import _r_year_ago, _r_ago, _r_dayword, _r_inday, _r_pastn, _r_prev_quarter, _r_refday, _r_before_last, _r_relunit, _r_season, _r_vague_ago, _r_weekday, _r_weekend


_I = re.I


_B, _E = r"(?<![\w$£€])", r"(?![\w])"
# a weekday and its date, "Tuesday, March 16" or "Thursday (April 10)": one expression, whose date is the day told
# (when the two disagree, the written date wins: the weekday is the one a writer gets wrong)
_WD_DATE = r"(?:,?\s+|\s*\(\s*(?=[^()]{3,24}\)))"


_RULES: list[tuple[str, re.Pattern, Resolver]] = [
    ("iso", re.compile(rf"{_B}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{_E}"), _r_iso),
    ("compact", re.compile(rf"{_B}(?P<y>{_YEAR})(?P<m>[01]\d)(?P<d>[0-3]\d){_E}"), _r_iso),
    ("us_numeric", re.compile(rf"{_B}(?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)[/-](?P<y>(?:19|20)?\d\d){_E}"), _r_us_numeric),
    # "on 3.4.2025", "15.06.2025": the dotted form is day-first wherever it is written (German, French, Russian copy)
    ("dotted", re.compile(rf"(?<![\w$£€.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_YEAR})(?![\w.]\d|\d)"), _r_iso),
    # "14/03/2025", "25-12-2024": day first, told by a first number that cannot be a month (03/04/2025 stays US)
    ("dmy_numeric", re.compile(rf"{_B}(?P<d>1[3-9]|2\d|3[01])[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<y>{_YEAR}){_E}"), _r_iso),
    # "on 03/04": a day and a month with no year, either order (absolute._r_short_numeric picks the recent one)
    ("short_numeric", re.compile(rf"(?<=\bon\s)(?!24/7)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![/\d]|\.\d|\s+of\b)", _I), _r_short_numeric),
    ("dayrange", re.compile(
        rf"{_B}(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?P<j>-|–|to|through|until|till|and)\s*"
        rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d))?|"
        rf"(?P<mon2>{_MON})\s*(?P<e1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?P<j2>-|–|to|through|until|till|and)\s*"
        rf"(?P<e2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y2>{_YEAR})(?!\d|,\d))?){_E}", _I), _r_dayrange),
    ("partof", re.compile(
        rf"{_B}the\s+(?P<ord>first|second|third|fourth|last|final|opening|closing|early)\s+(?P<part>week|half|days|day)\s+of\s+"
        rf"(?:(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d))?|(?P<y2>{_YEAR})|(?P<rel>this|last|next|the)\s+year){_E}",
        _I), _r_partof),
    ("mdy", re.compile(
        rf"{_B}(?:(?:{_WD}){_WD_DATE})?(?P<mon>{_MON})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:\s*,\s*|\s+)?"
        rf"(?:(?P<y>{_YEAR})(?!\d|,\d)|(?<!,\s)(?<=\s)(?P<ry>this|last|next)\s+year(?![\w'’]))?", _I), _r_full_date),
    ("dmy", re.compile(
        rf"{_B}(?:(?:{_WD}){_WD_DATE})?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
        rf"(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d)|\s+(?P<ry>this|last|next)\s+year(?![\w'’]))?{_E}", _I), _r_full_date),
    # "on the 12th," with no month (the report's): only after "on" and before a pause, a conjunction, a zone's
    # "local time"/"Japan time" (Japanese wire copy: "at 8 p.m. on the 8th local time") or the sentence's verb in
    # the past ("an air strike ... on the 28th killed 11 people": a lower-case word of three letters or more and -ed
    # ("killed", "wounded"), or "left", "hit", "took", "was", "were"), never
    # before a noun ("on the 12th floor", "on the 5th day of talks"); "on the night of the 26th" is that day, before
    # a place too ("on the night of the 30th in the Tillaberi region": a part of a day names no floor)
    ("ordday", re.compile(
        r"(?<=\bon )the\s+(?:(?:(?:night|morning|afternoon|evening)\s+of\s+the\s+)?(?P<d>[1-3]?\d)(?:st|nd|rd|th)"
        r"(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|while|after|before)\b|\s+(?:local|(?-i:[A-Z][a-z]+))\s+time\b"
        r"|\s+(?-i:[a-z]{3,}ed|left|hit|took|was|were)\b)|"
        r"(?:night|morning|afternoon|evening)\s+of\s+the\s+(?P<d2>[1-3]?\d)(?:st|nd|rd|th)"
        r"(?=\s+(?:in|at|near|outside|on|around)\s))",
        _I), _r_ordinal_day),
    # "on the 14th of this month", "On the 28th of last month" (Arab and Asian wire copy): that day of the month named
    ("ordmonth", re.compile(
        r"\bthe\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<rel>this|the\s+(?:current|present|previous|past)|last)\s+"
        r"month\b", _I), _r_ordinal_of_month),
    ("month", re.compile(
        rf"{_B}(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<rel>last|next|this|past)\s+)?(?P<mon>{_MON})"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEARX})(?!\d|,\d)|\s+(?P<ry>this|last|next)\s+year)?(?![\w'])", _I), _r_month),
    ("decade", re.compile(rf"{_B}(?:the\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<dec>(?:1[89]|20)\d0)'?s{_E}", _I), _r_decade),
    ("year", re.compile(
        rf"(?<![\w$£€.,:/-])(?:(?P<mod>{_MOD})[\s-]+)?(?:(?:fiscal|calendar|the\s+year)\s+(?:year\s+)?)?(?P<y>{_YEAR})"
        rf"(?![\w,.:/-]\d|\d|-\d|\w)(?!\s*(?:GMT|UTC)\b)(?!\s*\(\s*[0-2]\d[0-5]\d\s*(?:GMT|UTC))"
        rf"(?!\s+blocks?\b)", _I), _r_year),  # "the 1900 block of Elm Street" is an address (US usage)
    ("spoken_year", re.compile(
        rf"{_B}(?:(?P<mod>{_MOD})[\s-]+)?(?:the\s+year\s+(?P<y>{_SPOKEN_YEAR})|"
        rf"(?P<y2>(?:eighteen|nineteen)[\s-]+(?:{_TENS_W}(?:[\s-]+{_UNITS_W})?|oh[\s-]+{_UNITS_W})(?![\w-])))", _I),
     lambda m, c: _r_spoken_year(m, c)),
    ("quarter", re.compile(
        rf"{_B}(?:the\s+)?(?:(?P<ry>next|last|this|previous)\s+year(?:'s|’s)\s+|(?P<ago>year[\s-]+(?:ago|earlier)|"
        rf"prior[\s-]+year)\s+)?(?:(?P<y2>{_YEAR})\s+)?(?:fiscal\s+)?(?P<q>first|second|third|fourth|final)[\s-]+"
        rf"(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<y>{_YEAR}))?{_E}", _I), _r_quarter),
    ("qcode", re.compile(rf"{_B}(?:Q(?P<q>[1-4])\s*(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4])){_E}"), _r_quarter),
    ("thequarter", re.compile(
        rf"{_B}the\s+(?:(?:latest|most\s+recent|recent|just[\s-]+(?:ended|completed)|past)\s+)?(?:fiscal\s+)?quarter{_E}", _I),
     lambda m, c: _r_prev_quarter(m, c)),
    ("yearago", re.compile(
        rf"{_B}(?:the\s+)?(?:year-(?:ago|earlier)|prior[\s-]year)(?:\s+(?P<unit>quarter|period))?{_E}", _I), _r_year_ago),
    # "on Christmas Eve in 2023", "New Year's Day 2019": the named day of the year told (not a count: "2000 people")
    ("fixed_day", re.compile(rf"{_B}(?P<fd>{alt(_LX.fixed_days)})(?:(?:,|\s+(?:in|of))?\s+(?P<fy>{_YEAR})(?!\d|,\d|\s+(?:people|persons|residents|troops|hours|hrs|GMT|UTC)\b))?{_E}", _I), _r_fixed_day),
    ("weekend", re.compile(rf"{_B}the\s+(?:(?P<long>bank\s+holiday|long)\s+)?weekend{_E}", _I), lambda m, c: _r_weekend(m, c)),
    ("season", re.compile(
        rf"{_B}(?:(?P<rel>this|last|next|early|late)\s+)?(?P<season>{alt(_LX.seasons)})(?:\s+(?:of\s+)?(?P<y>{_YEARX}))?{_E}",
        _I), _r_season),
    ("dayword", re.compile(
        rf"{_B}(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|the\s+night\s+before\s+last|(?:yesterday|tomorrow)(?:\s+{_POD})?|today|tonight|"
        rf"overnight|last\s+night|this\s+(?:morning|afternoon|evening)){_E}", _I), _r_dayword),
    ("weekday", re.compile(
        rf"{_B}(?:(?P<pod0>{_POD})\s+(?:on\s+)?)?(?:(?:early|late)\s+)?(?:(?P<rel>the\s+(?:previous|preceding|following|next)|last|next|this\s+coming|"
        rf"this\s+past|this|coming|past)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<pod>{_POD}))?{_E}", _I), _r_weekday),
    ("theunit", re.compile(
        rf"{_B}(?:(?P<side>earlier|later)\s+in\s+|(?P<mod>{_MOD})\s+)(?P<rel>the)\s+"
        rf"(?P<unit>week|month|year|decade|century){_E}", _I), _r_relunit),
    ("inday", re.compile(rf"{_B}(?:earlier|later)\s+in\s+the\s+day{_E}", _I), _r_inday),
    ("century", re.compile(
        rf"{_B}(?:the\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<n>1\d|2[012]|(?:twenty[\s-]+)?first|second|third|"
        rf"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        rf"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?:st|nd|rd|th)?[\s-]+century{_E}", _I),
     lambda m, c: _r_century(m, c)),
    ("decadeword", re.compile(
        rf"{_B}the\s+(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<cent>eighteen|nineteen|twenty)[\s-]+)?"
        rf"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){_E}", _I),
     lambda m, c: _r_decade_word(m, c)),
    # "the weekend before last", "the week before last": one unit before "last weekend" / "last week"
    ("beforelast", re.compile(rf"{_B}the\s+(?P<unit>weekend|week|month|year)\s+before\s+last{_E}", _I), _r_before_last),
    ("relunit", re.compile(
        rf"{_B}(?:(?P<side>earlier|later)\s+)?(?:(?P<mod>{_MOD})\s+)?(?P<rel>last|this|next|previous|past|current|coming)\s+"
        rf"(?:fiscal\s+)?(?P<unit>weekend|week|month|year|quarter|decade|century){_E}", _I), _r_relunit),
    ("refday", re.compile(
        rf"{_B}(?:the\s+(?:previous|preceding|prior|next|following|same)\s+(?:day|night|week|month|year|{_POD})|"
        rf"the\s+(?:day|night)\s+(?:before|after)|that\s+(?:day|night|{_POD})){_E}", _I), _r_refday),
    ("pastn", re.compile(
        rf"{_B}(?:(?:the|these|those)\s+)?(?P<rel>past|last|previous|next|coming|recent|following)\s+(?:(?P<num>{_NUM})\s+)?"
        rf"(?P<unit>{_UNIT}s?){_E}", _I), _r_pastn),
    ("bareago", re.compile(
        rf"{_B}(?:(?P<num>dozens|scores|hundreds)\s+of\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades)\s+ago{_E}", _I),
     _r_vague_ago),
    ("ago", re.compile(
        rf"{_B}(?:{_APPROX}\s+)?(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT}s?)\s+(?P<dir>ago|earlier|later|from\s+now|hence)(?:\s+(?P<today>today))?{_E}",
        _I), _r_ago),
    ("half", re.compile(
        rf"{_B}(?:{_APPROX}\s+)?(?:(?P<num>{_NUM})(?:\s+and\s+a\s+half|\s+1/2|\s*½)[\s-]+(?P<unit>{_UNIT}s?)|"
        rf"(?P<num2>a|an|one|{_NUM})\s+(?P<unit2>{_UNIT}s?)\s+and\s+a\s+half){_E}", _I), _r_half),
    ("duration", re.compile(
        rf"{_B}(?:{_APPROX}\s+)?(?P<num>{_NUM})(?P<hy>-|\s+)(?P<unit>{_UNIT}s?)(?:-old|\s+to\s+the\s+day(?=\s+(?:after|before)\b))?{_E}", _I), _r_duration),
    ("bareunit", re.compile(
        rf"{_B}(?P<unit>minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|before|later|earlier|long|ago|on\s+end)\b|"
        rf"-long)|(?<=\bfor\s)(?P<unit2>minutes|hours|days|weeks|months|years|decades){_E}", _I), _r_bareunit),
    ("ref", re.compile(rf"{_B}{alt(_LX.refs)}{_E}", _I), _r_ref),
    ("set", re.compile(
        rf"{_B}(?:(?P<setword>{alt(_LX.sets)})|(?:every|each|per)\s+(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT}s?)|"
        rf"(?:on\s+)?(?P<wds>{alt(_LX.weekday_sets)})|(?:every|each)\s+(?P<wd1>{_WD})|(?:every|each)\s+(?P<mon1>{_MON})){_E}",
        _I), _r_set),
    # "10:30 am", and the British, Irish and Australian "11.50pm" (read as "50pm" before)
    ("clock", re.compile(
        rf"{_B}(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?=\W|$)(?:\s*\(?(?:GMT|UTC|EST|EDT|local\s+time)\)?)?|"
        rf"(?P<word>noon|midnight)(?![\w]))", _I), _r_clock),
    ("clock24", re.compile(
        rf"(?:(?<=\bat )|(?<=\bat about )|(?<=\bat around )|(?<=\bat approximately )|"
        # "between 0630 and 0700": a leading zero or a unit tells a clock from a count ("between 1500 and 1700 people")
        rf"(?:(?<=\bbetween )|(?<=\d\d\d\d and )|(?<=\d\d\d\d to ))(?=0|\d{{4}}\s*(?:hours|hrs|GMT|UTC|local\s+time)))(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<hrs>\s*(?:hours|hrs|GMT|UTC|local\s+time))?{_E}", _I),
     _r_clock),
    ("clock24z", re.compile(rf"{_B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<hrs>\s*(?:GMT|UTC)){_E}"), _r_clock),
]


# What a rule cannot match without (a word or digit shape its every match holds), tested once over the whole text
# with the rule's own case rule: a rule's scan tries its pattern at every word of the text, while most texts hold
# none of these words, so the scan is skipped (same matches, a third of the time). Each test must stay a superset
# of its rule: when a rule changes, change or drop its test.
_NEEDS: dict[str, re.Pattern] = {
    "iso": re.compile(r"\d-[01]\d-[0-3]\d"),
    "compact": re.compile(r"\d{8}"),
    "us_numeric": re.compile(r"\d[/-]\d"),
    "short_numeric": re.compile(r"\d/\d"),
    "dotted": re.compile(r"\d\.\d"),
    "dmy_numeric": re.compile(r"\d[/-]\d"),
    "partof": re.compile(r"week|half|day", _I),
    "ordday": re.compile(r"the\s+[1-3]?\d(?:st|nd|rd|th)", _I),
    "ordmonth": re.compile(r"the\s+[1-3]?\d(?:st|nd|rd|th)\s+of", _I),
    "decade": re.compile(r"\d0'?s", _I),
    "spoken_year": re.compile(r"year|eighteen|nineteen", _I),
    "quarter": re.compile(r"quarter", _I),
    "qcode": re.compile(r"Q[1-4]"),
    "thequarter": re.compile(r"quarter", _I),
    "yearago": re.compile(r"year-|prior", _I),
    "weekend": re.compile(r"weekend", _I),
    "inday": re.compile(r"in\s+the\s+day", _I),
    "century": re.compile(r"century", _I),
    "decadeword": re.compile(r"ties", _I),  # twenties ... nineties
    "bareago": re.compile(r"ago", _I),
    "ago": re.compile(r"ago|earlier|later|from\s+now|hence", _I),
    "half": re.compile(r"half|1/2|½", _I),
    "bareunit": re.compile(r"minutes|hours|days|weeks|months|years|decades", _I),
    "clock": re.compile(r"\d\s*[ap]\.?m|noon|midnight", _I),  # the hour's (or minutes') last digit before am/pm
    "clock24": re.compile(r"\d{4}"),
    "clock24z": re.compile(r"GMT|UTC"),
}


# The literal words each test above cannot match without (nlp/regex_needs.py; lower-case, so a case-sensitive test's
# too): a text holding none of them skips the test's search, a scan of every character ("quarter", "weekend",
# "century" are absent from most texts; a test of digit shapes has none and is searched as before).
_NEED_WORDS: dict[str, frozenset[str]] = {
    name: lits for name, need in _NEEDS.items() if (lits := needed_literals(need.pattern))}


# The rules without a test above: the literal words each pattern cannot match without, read from the pattern itself
# (nlp/regex_needs.py, exact by construction); a text holding none of them skips the rule's scan ("autumn",
# "Monday", "yesterday" are absent from most texts).
_AUTO_NEEDS: dict[str, frozenset[str]] = {
    name: lits for name, pat, _res in _RULES if name not in _NEEDS and (lits := needed_literals(pat.pattern))}


# The rules whose every match starts a word, with how their matches begin ("jan", "feb", "las", "the" ... for the
# month rule; regex_needs.word_start_prefixes): they are tried only at the starts of words that begin so, with the
# very matches finditer gives (regex_needs.word_matches).
_STARTS: dict[str, Prefixes] = {
    name: pre for name, pat, _res in _RULES if (pre := word_start_prefixes(pat)) is not None}


@dataclass
class _Cand:
    start: int
    end: int
    order: int
    match: re.Match
    resolver: Resolver


def _candidates(text: str) -> list[_Cand]:
    """Every rule's matches, then the longest non-overlapping ones (earlier rule wins a tie)."""
    cands: list[_Cand] = []
    low: str = ""
    present: dict[frozenset[str], bool] = {}  # rules sharing one word set (the month rules) test it once
    starts: Optional[dict[str, list[int]]] = None  # where words start, by how they begin (word_matches)
    starts_read = False
    for i, (name, pat, res) in enumerate(_RULES):
        need = _NEEDS.get(name)
        words = _NEED_WORDS.get(name) if need is not None else _AUTO_NEEDS.get(name)
        if words is not None:
            if words not in present:
                low = low or folded(text)
                present[words] = any(w in low for w in words)
            if not present[words]:
                continue
        if need is not None and not need.search(text):
            continue
        if not starts_read and name in _STARTS:
            low = low or folded(text)
            starts, starts_read = word_starts(text, low), True
        for m in word_matches(pat, text, _STARTS.get(name), starts):
            s, e = m.span()
            # trim trailing white space or punctuation a pattern may have eaten
            while e > s and text[e - 1] in " \t\n,":
                e -= 1
            # a match that its rule rejects whatever the anchor (lower-case month, "a weeks") is no candidate
            if e > s and res(m, _Ctx(dct=None, text=text, start=s)) is not None:
                cands.append(_Cand(s, e, i, m, res))
    cands.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text))  # characters already covered: linear in the text, whatever the number of matches
    out: list[_Cand] = []
    for c in cands:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out
