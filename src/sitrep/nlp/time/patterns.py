"""Regular-expression building blocks of the time rules (months, weekdays, numbers, units) and the tense cues."""
from __future__ import annotations

import calendar
import datetime as _dt
import re

from sitrep.nlp.timelex import alt, lexicon


Date = _dt.date


Interval = tuple[Date, Date]


def calendar_names() -> set[str]:
    return {calendar.month_name[i].lower() for i in range(1, 13)}


_LX = lexicon()


_MON = "(?:" + alt([m for m in _LX.months if len(m) <= 4 and m not in calendar_names()]) + r"\.?(?!\w)|" + alt(_LX.months) + ")"


_WD = alt(_LX.weekdays)


_NUMW = alt([w for w in _LX.numbers if " " not in w or w.startswith(("a ", "half"))])


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


_NUM = rf"(?:\d+(?:\.\d+)?|{_TENS}(?:[\s-]+{alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})?|{_NUMW}|{alt(_LX.vague)})"


_UNIT = alt(_LX.units)


_POD = alt(_LX.parts_of_day)


_MOD = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of)"


_YEAR = r"(?:1[89]\d\d|20\d\d)"


_UNITS_W = "(?:one|two|three|four|five|six|seven|eight|nine)"


_TEENS_W = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


_TENS_W = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


# years read out in broadcast transcripts: "nineteen ninety-six", "nineteen oh five", "two thousand and eight"
_SPOKEN_YEAR = (rf"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:{_TENS_W}(?:[\s-]+{_UNITS_W})?|{_TEENS_W}|oh[\s-]+{_UNITS_W}|hundred)"
                rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TEENS_W}|{_UNITS_W}))?)(?![\w-])")


_YEARX = rf"(?:{_YEAR}|{_SPOKEN_YEAR})"


def _year_int(s: str) -> int:
    """``"1996"`` -> 1996; ``"nineteen ninety-six"`` -> 1996; ``"two thousand and eight"`` -> 2008."""
    if s.isdigit():
        return int(s)
    w = s.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        return 2000 + int(sum(_LX.numbers[x] for x in rest))
    cent = int(_LX.numbers[w[0]]) * 100
    rest = [x for x in w[1:] if x != "oh"]
    return cent if rest == ["hundred"] else cent + int(sum(_LX.numbers[x] for x in rest))


_APPROX = r"(?:about|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|around|roughly|just|only|at\s+least|up\s+to|barely|under)"


_ONGOING = (
    r"(?:war|conflict|civil\s+war|crisis|uprising|insurgency|revolution|siege|occupation|blockade|campaign|"
    r"offensive|struggle|standoff|dispute|rule|reign|fighting|battle|violence|war\s+of\s+attrition|embargo|truce)"
)


_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|due\s+to|scheduled|set\s+to|plans?\s+to|planning\s+to|planned|"
    r"expected\s+to|expects\s+to|intends?\s+to|hopes?\s+to|to\s+be\s+held|agreed\s+to|would|'d|"
    r"is\s+to|are\s+to|(?:is|are)\s+due|upcoming|next)\b",
    re.I,
)


_PAST_CUE = re.compile(
    r"\b(?:said|says|told|was|were|had|did|announced|reported|claimed|added|\w{3,}ed|"
    # irregular past forms common in news (not ones that are also present forms: hit, cut, put, set)
    r"became|began|came|went|took|made|gave|fell|fled|left|held|met|won|lost|shot|struck|fought|sent|found|"
    r"brought|saw|got|led|rose|kept|spoke|broke|drove|stood|overran|ran|sank|swept|withdrew|wrote|knew|"
    r"thought|sold|paid|built|spent|chose|flew|grew|threw|stole|froze|shook|slew|tore|bore|hid|sought|"
    r"caught|taught|fought|dealt|meant|felt|heard|understood|forgot|forbade|arose|awoke|undertook)\b", re.I
)


_SINCE = re.compile(r"\bsince\s*$", re.I)


_CONTEXT_MONTH = re.compile(
    r"\b(?:in|since|by|until|till|from|of|during|early|late|mid|last|next|this|through|before|after|to|and|or|"
    r"between|end|beginning|start|on|each|every)[\s-]*$",
    re.I,
)
