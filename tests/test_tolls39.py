"""Tolls of local crime reports (issue 16, branch ``tolls39``): the hurt told as a list of people with a number among
them (events/hurt_lists: "a woman and her two sons were injured" is three), and the hurt updated later in the report
(events/hurt_later: "Three more victims later arrived at hospitals", "a third man ... had gone to hospital with a stab
wound"); the last age of a list set off by commas is no count (nlp/figure_candidates: "The brothers, 24 and 17,").
Sentences written for these tests; names, streets and incidents made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("lt39", published=dt.date(2025, 6, 14)))
    return an, [e for e in an.events if (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")
                and e.modality == "asserted"]


def wounded(ann, text):  # type: ignore[no-untyped-def]
    an, evs = _violent(ann, text)
    by_id = {f.id: f for f in an.figures}
    got = [by_id[fid].low for e in evs for fid in e.figures if fid in by_id and by_id[fid].what == "wounded"]
    return max(got) if got else None


@pytest.mark.parametrize("text, n", [
    ("Police charged a man after a woman and her two sons were injured in an axe attack in Dunedin on Sunday.", 3),
    ("Two sailors and a cook were wounded when a grenade was thrown into a bar in Mombasa on Friday night.", 3),
    # shot, and no death told: the hit are the hurt
    ("A man and his two daughters were shot outside their home in Regina on Saturday night, police said.", 3),
])
def test_hurt_list_counts_every_member(ann, text, n):  # noqa: F811
    assert wounded(ann, text) == n


@pytest.mark.parametrize("text, n", [
    ("One man died and two others were wounded in a shooting outside a bar in Tacoma on Friday, police said. The "
     "dead man, 31, was found in the car park. Three more victims later arrived at hospitals by car, police said "
     "Saturday.", 5),
    ("Two men were injured in a stabbing outside a takeaway in Galway early on Saturday. On Saturday afternoon gardai "
     "said a third man, aged 22, had gone to hospital with a stab wound to his arm.", 3),
])
def test_hurt_updated_later(ann, text, n):  # noqa: F811
    assert wounded(ann, text) == n


def test_last_age_of_a_list_is_no_count(ann):  # noqa: F811
    text = ("Two brothers were stabbed outside a chip shop in Swansea on Friday night. The brothers, 24 and 17, were "
            "treated at Morriston Hospital for their injuries.")
    an, _ = _violent(ann, text)
    assert not any(f.low == 17 for f in an.figures)


@pytest.mark.parametrize("text, n, magnitude", [
    ("A bomb went off at a bus depot in Ibarra on Monday night, resulting in the injury of five people and millions "
     "in damage, police said.", 5, 2_000_000),
    ("The grenade attack on a bank in Iloilo on Tuesday left four people injured and thousands in damage, police "
     "said.", 4, 2_000),
])
def test_hurt_list_takes_no_sum_of_money(ann, text, n, magnitude):  # noqa: F811
    """A bare magnitude ("millions", "thousands") coordinated with the hurt is money or goods: never added to them."""
    an, _ = _violent(ann, text)
    lows = {f.low for f in an.figures if f.what == "wounded"}
    assert n in lows and n + magnitude not in lows
