"""Story figures over several made-up reports of one story (issue 16, branch stories2; sentences written for these
tests): a death count told as an increment is no toll, a deadly riot's dead are counted, a wounded count's group is
not split by the word that restates it."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Article


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _story(nlp, reports: list[tuple[dt.date, str]]):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.stories import link_story

    arts, ans = [], {}
    for k, (day, text) in enumerate(reports):
        aid = f"a{k}"
        ans[aid] = annotate_doc(nlp(text), DocContext(article_id=aid, published=day))
        arts.append(Article(id=aid, text=text, published=day, published_precision="day"))
    return link_story("s", arts, ans).story


D1, D2, D3 = dt.date(2024, 3, 5), dt.date(2024, 3, 6), dt.date(2024, 3, 7)  # a Tuesday, then the next two days
BOMB = "A bomb exploded in the crowded market of Velmora on Tuesday, killing 14 people, the health ministry said."


@pytest.mark.parametrize("later", [
    "Four more victims of Tuesday's market bombing in Velmora died in hospital, bringing the death toll to 21, the "
    "health ministry said on Thursday.",
    "Another four victims of Tuesday's market bombing in Velmora died in hospital on Thursday, taking the death toll "
    "to 21, the health ministry said.",
])
def test_deaths_added_to_a_toll_are_no_toll(nlp, later):
    t = _story(nlp, [(D1, BOMB), (D3, later)]).totals
    assert t is not None and (t.best, t.low, t.high) == (21, 14, 21)


def test_bodies_found_later_are_no_claim_of_the_toll(nlp):
    story = _story(nlp, [
        (D1, "A missile struck an apartment block in Velmora on Tuesday, killing seven people, the governor said."),
        (D2, "Rescuers pulled two more bodies from the rubble of the apartment block in Velmora on Wednesday, "
             "emergency services said, and the death toll rose to nine.")])
    killed = [c.low for k in story.key_figures if k.what == "killed" for c in k.claims]
    assert 2 not in killed and 9 in killed


def test_a_deadly_riot_has_a_story_total(nlp):
    t = _story(nlp, [
        (D1, "At least 12 inmates were killed on Tuesday in a riot between rival gangs at the prison in Velmora, the "
             "prison authority said."),
        (D2, "The death toll from the gang riot at the prison in Velmora rose to 18 on Wednesday, prosecutors said.")
    ]).totals
    assert t is not None and t.best == 18 and t.n_incidents == 1


def test_injured_people_and_people_wounded_are_one_group(nlp):
    story = _story(nlp, [
        (D1, "A bomb exploded in the market of Velmora on Tuesday, killing 14 people and wounding 30, the health "
             "ministry said."),
        (D2, "\"We are treating 36 injured people,\" a doctor at the hospital in Velmora said on Wednesday.")])
    groups = {k.group for k in story.key_figures if k.what == "wounded"}
    assert groups == {"people"}


def test_one_count_rounded_two_ways_agrees(nlp):
    story = _story(nlp, [
        (D1, "Floods have displaced nearly one million people in the Velmora valley, the ministry said on Tuesday."),
        (D2, "Almost 950,000 people have been displaced by the floods in the Velmora valley, the Red Crescent said.")])
    displaced = [k for k in story.key_figures if k.what == "displaced"]
    assert len(displaced) == 1 and len(displaced[0].claims) == 2 and displaced[0].kind == "agree"


def test_a_side_named_generically_and_by_name_is_one_incident(nlp):
    # one report calls the attackers jihadists, the others name JNIM: one attack with three tolls, never added; JNIM's
    # boast of its enemy's dead is no count of the incident's dead, never its high (branch stories14, the convention
    # of story_sets10..15)
    t = _story(nlp, [
        (D1, "Jihadist fighters attacked an army camp at Tessit in northeastern Mali on Tuesday, killing seven "
             "soldiers, the army said in a statement."),
        (D2, "The al Qaeda-linked group JNIM said on Wednesday that its fighters had killed 40 soldiers in Tuesday's "
             "attack on the army camp at Tessit."),
        (D3, "At least 15 soldiers were killed in Tuesday's attack on the army camp at Tessit in Mali, two security "
             "sources said on Thursday.")]).totals
    assert t is not None and t.n_incidents == 1 and (t.best, t.low, t.high) == (15, 7, 15)


def test_a_round_up_of_two_places_is_no_claim_of_one(nlp):
    story = _story(nlp, [
        (D1, "A missile strike on an apartment block in Velmora killed seven people on Tuesday, the governor said."),
        (D2, "The death toll from Tuesday's missile strike in Velmora rose to nine on Wednesday, rescuers said."),
        (D2, "A drone strike on the port of Ostrel killed three people early on Wednesday, officials said."),
        (D3, "The minister said missile and drone strikes on Velmora and Ostrel killed 12 people this week.")])
    t = story.totals
    assert t is not None and t.best == 12
    assert all(i.high is not None and i.high <= 9 for i in t.incidents)


@pytest.mark.parametrize("text,n", [
    ("Gunmen attacked an army post near Velmora on Tuesday, and an official said 23 wounded soldiers had been flown "
     "to the capital for treatment.", 23),
    ("A bomb exploded at a bus stop in Velmora on Tuesday, and the hospital received 40 injured people, a doctor "
     "said.", 40),
])
def test_wounded_told_by_an_adjective_are_wounded(nlp, text, n):
    story = _story(nlp, [(D1, text)])
    assert n in [c.low for k in story.key_figures if k.what == "wounded" for c in k.claims]


# branch tolls4: a round-up told in one report sums the incidents other reports tell day by day (Mopti and Kidal in
# Mali lie 500 km apart)
DAY1 = "Fighting between two rival militias in Velmora killed nine people on Tuesday, medics said."
DAY2 = "Clashes in Velmora went on for a second day on Wednesday, with at least six people killed, medics said."


@pytest.mark.parametrize("sum_up", [
    "A truce held in Velmora on Thursday after two days of clashes between rival militias that killed 15 people, "
    "medics said.",
    "A truce held in Velmora on Thursday after the clashes between rival militias, which killed 15 people in all, "
    "medics said.",
])
def test_a_round_up_of_two_days_is_not_added_to_either_day(nlp, sum_up):
    t = _story(nlp, [(D1, DAY1), (D2, DAY2), (D3, sum_up)]).totals
    assert t is not None and t.best == 15


def test_a_round_up_elsewhere_takes_in_nothing(nlp):
    # the parts must be placed where the round-up is: a clash in another town stays its own incident
    t = _story(nlp, [
        (D1, "Gunmen killed five villagers in an attack on a village near Mopti on Tuesday, a local official said."),
        (D3, "A truce held in Kidal on Thursday after two days of clashes between rival militias that killed 15 "
             "people, medics said.")]).totals
    assert t is not None and t.best == 20
