"""stories/merge.py: a merged change of territory takes its sub-type from the mention that names who took it."""
from __future__ import annotations

from sitrep.stories.merge import merge_mentions
from storyfix import D, GOV, article, retake_mention, town_place


def test_the_side_named_decides_who_took_the_ground():
    a1 = article("t1", "Kelvar was retaken on Monday after heavy fighting.", "Daily Courier", D(2020, 2, 10))
    a2 = article("t2", "Government troops recaptured Kelvar on Monday.", "Evening Star", D(2020, 2, 10))
    told_bare = retake_mention(a1, "retaken", town_place(a1, "Kelvar"), D(2020, 2, 10), actor1=None, actor2=None,
                               sub="Non-state actor overtakes territory")
    told_side = retake_mention(a2, "recaptured", town_place(a2, "Kelvar"), D(2020, 2, 10), actor1=GOV, actor2=None)
    (ev,) = merge_mentions([told_bare, told_side], {"t1": a1, "t2": a2})
    assert ev.actor1 is not None and ev.actor1.entity_id == GOV.entity_id
    assert ev.sub_event_type == "Government regains territory"
