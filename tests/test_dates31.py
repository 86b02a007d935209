"""Dating devices of the twenty-second date set (tests/data/date_reports22, branch `dates31`), on sentences written for
these tests: a victim's later death does not date the deed whose victim died ("A woman who was shot ... died in
hospital on Monday": events/date/later_death), and a deed told in a clause of its own in a sentence that opens on a
day takes that day ("On Sunday, ... aid workers said; three fighters were killed": events/fronted_time)."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


# -- "A woman who was shot during an attack ... died in hospital on Monday" (events/date/later_death) ----------------

def test_later_death_does_not_date_the_shooting_told_next(ann):
    evs = _events(ann, "A farmer who was shot during a raid on a wedding in Velmora died in hospital on Monday, "
                       "raising the death toll to four, police said.\n\nThree men were killed on Saturday night when "
                       "gunmen fired at guests in the courtyard of a house in Velmora.", D(2026, 3, 10))
    assert evs["shot"][1] == D(2026, 3, 7)


# -- "On Sunday, clashes ... had sent families ..., aid workers said; two militiamen were killed" (fronted_time) -----

def test_deed_in_a_clause_of_its_own_takes_the_opening_day(ann):
    evs = _events(ann, "On Sunday, clashes around Velmora between the rebels and a village militia had sent "
                       "hundreds more families towards the town, aid workers said; two militiamen and a rebel fighter "
                       "were killed, according to a militia spokesman.", D(2026, 3, 18))
    assert evs["killed"][1] == D(2026, 3, 15)

