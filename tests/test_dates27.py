"""Dating devices of the leftovers of date_reports19 (branch `dates27`), on sentences written for these tests: the
lead's deed told by a season ("this summer", "last winter") is the report's news told late, not background, beside
a later day's incident (events/incident_date.mark_older_incidents)."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_lead_deed_of_this_summer_stays_news(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Raids on farming hamlets in the Drevna valley this summer killed at least 40 people, the "
                       "provincial council said on Friday.\n\nOn Tuesday, gunmen killed four herders near Tamba Koro, "
                       "a police spokesman said.", D(2026, 9, 11))
    assert evs["Raids"] == ("asserted", D(2026, 6, 1), D(2026, 8, 31))
    assert evs["killed"][1] == D(2026, 9, 8)
    # an older deed of a season told after the news is still background
    evs = _events(ann, "Gunmen shot dead a trader in the town of Mokwa on Monday, police said. Last winter, two "
                       "farmers were killed nearby.", D(2026, 4, 8))
    assert evs["shot"][0] == "asserted"
    assert evs["killed"][0] == "background"
