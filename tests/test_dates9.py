"""Dating devices of local news and police releases (tests/data/date_reports7, branch `dates9`), on sentences written
for these tests: the day police were called or dispatched dates the incident ("Officers were called ... at about
11:40 p.m. Saturday", "received a report of a collision"), a deed told "in a shooting ... late Friday" takes the
noun's day, a deed dated only by "last week" or "last weekend" takes the one incident day the report tells, and fixed
holidays ("a Fourth of July block party")."""
from __future__ import annotations

import datetime as dt

import pytest

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.time import find_times

D = dt.date


# -- a police response's day is the incident's (events/response_time, events/incident_date) -----------------------

_CALLS = [
    ("A 20-year-old woman is dead after a shooting outside a Brennock nightclub, police said. Officers were called to "
     "the 400 block of Tamsford Road at about 11:40 p.m. Saturday after reports of gunfire. She was pronounced dead "
     "at the scene.", D(2026, 3, 23), "shooting", D(2026, 3, 21)),
    ("On Saturday, March 28, 2026, at approximately 9:15 p.m., Brennock police received a report of a collision "
     "between a motorcycle and a van on Tamsford Road.", D(2026, 3, 29), "collision", D(2026, 3, 28)),
]


@pytest.mark.parametrize("text,published,trigger,day", _CALLS)
def test_the_call_dates_the_incident(ann, text, published, trigger, day):  # type: ignore[no-untyped-def]
    assert _events(ann, text, published)[trigger][1:] == (day, day)


# -- "were wounded in a shooting ... late Friday": the noun's day is the verb's (events/means_time) ------------------

def _wounded_doc():  # type: ignore[no-untyped-def]
    """The parse the small model gives "Four people were wounded in a drive-by shooting in west Brennock late
    Friday": the day hung on the gerund "shooting", the object of "in" under "wounded" (fixed here: the model's
    attachment of the day changes with the town's name)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    words = ["Four", "people", "were", "wounded", "in", "a", "shooting", "in", "west", "Brennock", "late", "Friday"]
    heads = [1, 3, 3, 3, 3, 6, 4, 6, 9, 7, 11, 6]
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pcomp", "prep", "amod", "pobj", "amod",
            "npadvmod"]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADP", "DET", "VERB", "ADP", "ADJ", "PROPN", "ADJ", "PROPN"]
    tags = ["CD", "NNS", "VBD", "VBN", "IN", "DT", "VBG", "IN", "JJ", "NNP", "JJ", "NNP"]
    lemmas = ["four", "people", "be", "wound", "in", "a", "shoot", "in", "west", "Brennock", "late", "Friday"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_wounded_in_a_shooting_takes_its_day():
    from sitrep.events.means_time import means_time
    doc = _wounded_doc()
    friday = find_times(doc.text, D(2025, 10, 19))[0]
    assert friday.span.text == "late Friday"
    got = means_time(doc[3], [(friday, [10, 11])], set(range(len(doc))))
    assert got is friday and got.start == D(2025, 10, 17)
    # a day hung on another noun ("people ... late Friday") is not the shooting's
    assert means_time(doc[3], [(friday, [0, 1])], set(range(len(doc)))) is None


# -- "last week" holding the report's one incident day (events/incident_date) ---------------------------------------

def test_last_week_takes_the_incident_day(ann):
    evs = _events(ann, "A man who was shot outside a Brennock bar last week has died, police said Thursday. "
                       "He was flown to a hospital in Tamsford after the shooting on the night of Sept. 5.",
                  D(2025, 9, 11))
    assert evs["shot"][1:] == (D(2025, 9, 5), D(2025, 9, 5))
    # with no day told, the week stays
    evs = _events(ann, "A man who was shot outside a Brennock bar last week has died, police said Thursday.",
                  D(2025, 9, 11))
    assert evs["shot"][1:] == (D(2025, 9, 1), D(2025, 9, 7))


# -- fixed holidays (data/time_lexicon.tsv) -------------------------------------------------------------------------

def test_fourth_of_july_is_a_day():
    ts = {t.span.text: (t.start, t.end) for t in find_times("shot at a Fourth of July block party", D(2025, 7, 8))}
    assert ts == {"Fourth of July": (D(2025, 7, 4), D(2025, 7, 4))}
