"""Issue 16, branch stories18 (story_sets18): story figures that never double count.

A town abroad that a wire bureau's report leaves unplaced is no part of the bureau's city ("NAIROBI (AFP) - The main
hospital in Kadugli ...": events/city_part), and the reports that name it place it (stories/cluster keys the deed at
the name's one town); a state's government counting "militants" its forces killed tells its own deed
(stories/own_losses.state_organ). Sentences written for these tests; people and incidents made up."""
from __future__ import annotations

import pytest

from sitrep.nlp.annotate import DocContext, annotate_doc


@pytest.fixture(scope="module")
def nlp():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.nlp.models import load_pipeline

    get_gazetteer()
    return load_pipeline()


def _points(nlp, text, dateline):  # type: ignore[no-untyped-def]
    evs = annotate_doc(nlp(text), DocContext(article_id="t", dateline=dateline)).events
    return [(round(e.place.lat, 1), round(e.place.lon, 1)) if e.place and e.place.lat is not None else None
            for e in evs]


def test_a_town_abroad_under_a_wire_bureaus_dateline_is_no_part_of_the_bureaus_city(nlp):
    """A far town the resolver left unplaced, in a report filed from a bureau's city it never names again: never the
    bureau's point (Nairobi, Abidjan); a local report that names its city again keeps its neighbourhood."""
    pts = _points(nlp, "NAIROBI (AFP) - Gunmen killed seven traders at the cattle market in Kadugli on Monday, a "
                       "local elder, Idris Kamal, told AFP by phone.", "NAIROBI")
    assert pts and all(p != (-1.3, 36.8) for p in pts)
    pts = _points(nlp, "ABIDJAN (Reuters) - Militants killed nine soldiers at an army post in Diapaga on Friday, two "
                       "security sources said.", "ABIDJAN")
    assert pts and all(p != (5.4, -4.0) for p in pts)
    pts = _points(nlp, "MEMPHIS, Tenn. - One man is dead after a shooting at a gas station in Whitehaven late Friday, "
                       "according to Memphis police.", "MEMPHIS, Tenn.")
    assert pts and pts[0] == (35.1, -90.0)
    pts = _points(nlp, "EDMONTON - Edmonton police say a man was shot dead inside a home in the Mill Woods "
                       "neighbourhood on Saturday.", "EDMONTON")  # its city named again right after the dateline
    assert pts and pts[0] == (53.6, -113.5)
    pts = _points(nlp, "KARACHI: Two men were shot dead by unidentified gunmen in Orangi on Tuesday night, police "
                       "said.", "KARACHI")  # a far namesake (Orange, New South Wales) is no town of the bureau's region
    assert pts and pts[0] == (24.9, 67.0)


def test_a_governments_count_of_militants_its_forces_killed_is_its_claim():
    """"Somalia's information ministry said government forces had killed more than 70 al-Shabaab militants" (the
    state itself, SOM) and a government's or interior ministry's count of "terrorists": the state's count of its
    enemy's dead; a health ministry's count stays its count, and the state's count of its soldiers is its own."""
    from sitrep.stories.own_losses import enemy_dead, state_organ

    assert state_organ("SOM") and state_organ("BFA_GOV") and state_organ("NGA_MOI")
    assert not state_organ("SOM_MOH") and not state_organ("AL_SHABAAB") and not state_organ("RSF")
    assert enemy_dead("SOM", "al - Shabaab militants", True)
    assert enemy_dead("BFA_GOV", "terrorists", True)
    assert not enemy_dead("SOM_MOH", "militants", True)
    assert not enemy_dead("SOM", "soldiers", True)


def test_a_toll_told_from_a_bureau_joins_the_story_of_the_reports_that_place_it(tmp_path):
    """Three reports of one attack on an army post in Diapaga: the third, filed from Abidjan and naming neither
    Burkina Faso nor Abidjan again, is no second incident at Abidjan's point: one story, one incident, 21."""
    from test_story_sets5 import _story

    reports = [
        ("March 7, 2031", "OUAGADOUGOU (Reuters) - Militants killed at least 12 soldiers when they overran an army post "
                          "in Diapaga, in eastern Burkina Faso, on Friday, two security sources told Reuters on "
                          "Saturday. JNIM is active in the area."),
        ("March 8, 2031", "OUAGADOUGOU (AFP) - Burkina Faso's army said on Sunday that 16 soldiers were killed in "
                          "Friday's attack on its post in Diapaga. A local official, Moussa Kaboré, said the post's "
                          "fuel depot was burned."),
        ("March 10, 2031", "ABIDJAN (Reuters) - The number of soldiers killed in Friday's attack on an army post in "
                           "Diapaga has risen to 21, two security sources said on Tuesday. JNIM said it had taken the "
                           "post."),
    ]
    totals = _story(tmp_path, reports)
    assert sum(t["best"] or 0 for t in totals) == 21


def test_a_count_told_as_nearly_a_round_ten_is_the_exact_count_rounded(tmp_path):
    """The police's 28 and residents' "Nearly 30" of one raid: one count rounded, never a high of 30."""
    from test_story_sets5 import _story

    reports = [
        ("August 4, 2031", "MINNA, Nigeria (Reuters) - Armed bandits killed 28 villagers in an overnight raid on "
                           "Tungan Maidoki, a farming village in the Mariga area of Niger state, a police spokesman, "
                           "Sani Lawal, said on Monday. Survivors fled to Kontagora."),
        ("August 4, 2031", "MINNA, Nigeria (AFP) - Nearly 30 people were killed when bandits stormed a village in the "
                           "Mariga area of Niger state late on Sunday, residents said. Hundreds fled to Kontagora."),
    ]
    totals = _story(tmp_path, reports)
    assert [(t["best"], t["low"], t["high"]) for t in totals] == [(28.0, 28.0, 28.0)]


def test_people_killed_in_a_raid_told_again_where_the_displaced_went_are_counted_once(tmp_path):
    """"Militants killed six civilians ... outside Mocimboa da Praia on Wednesday" and, two days later, "Hundreds of
    villagers walked to Pemba after Wednesday's raid, in which six people died" (the retelling placed at the town they
    reached, in the same province): one raid, six, never 12."""
    from test_story_sets5 import _story

    reports = [
        ("June 5, 2031", "JOHANNESBURG (Reuters) - Militants killed six civilians and burned about 30 homes in a raid "
                         "on a fishing village outside Mocimboa da Praia in northern Mozambique on Wednesday, a district "
                         "official, Abdul Cassamo, said."),
        ("June 7, 2031", "PEMBA, Mozambique (AP) - Hundreds of villagers from around Mocimboa da Praia walked to Pemba "
                         "after Wednesday's raid, in which six people died, aid workers said on Friday."),
    ]
    totals = _story(tmp_path, reports)
    assert sum(t["best"] or 0 for t in totals) == 6
