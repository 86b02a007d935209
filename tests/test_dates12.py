"""Dating devices of branch `dates12`, on sentences written for these tests: a deed done to break up a gathering
takes the day told in its purpose clause (events/purpose_time); a day its own clause tells as still to come ("would
appear in court on Thursday") is never sent a year back to date a past deed joined to it (events/date.no_year)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


# -- the day of the purpose clause dates the deed done for it (events/purpose_time) ------------------------------

@pytest.mark.parametrize("text,published,trigger,day", [
    # a noun deed: the parse hangs "late on Monday" on the purpose verb
    ("Riot officers used water cannon to clear a rally by nurses outside the health ministry late on Monday, a union "
     "organiser said.", D(2025, 9, 10), "cannon", D(2025, 9, 8)),
    # deeds joined with no subject of their own share the purpose hung on the second
    ("Police fired tear gas and held 19 people to break up a march by market traders on Friday, onlookers said.",
     D(2025, 11, 3), "gas", D(2025, 10, 31)),
])
def test_deed_takes_the_day_of_its_purpose_clause(ann, text, published, trigger, day):
    assert _events(ann, text, published)[trigger][1:] == (day, day)


# -- a day told as still to come is never a year back (events/date.no_year) ------------------------------------

def test_court_date_to_come_is_not_last_year(ann):
    evs = _events(ann, "Police confirmed the detentions and said the eight men would appear before a magistrate "
                       "on Friday.", D(2025, 8, 13))
    assert evs["detentions"][1] is None or evs["detentions"][1].year == 2025
    assert evs["detentions"][1] != D(2025, 8, 15)
