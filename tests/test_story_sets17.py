"""Story figures that never double count (issue 16, branch stories16; the causes of the first read of
tests/data/story_sets17, on reports written for these tests with made-up people and incidents)."""
from __future__ import annotations

from test_story_sets5 import _story


def test_a_sides_claim_of_its_own_kill_in_a_later_sentence_is_never_the_incidents_count(tmp_path):
    """"The Rapid Support Forces rejected the charge; a statement from the group claimed it had killed more than 80
    army soldiers": the attacker's count of its enemy's dead, told two sentences after the one its count was merged
    with, is that side's claim about its own deed, never the incident's best or high (before: 81, read as the
    shelling's toll, the claim's words looked for in the mention's first sentence only)."""
    t = _story(tmp_path, [
        ("March 2, 2026", "PORT SUDAN (Reuters) - Shells fired at the city of El Obeid in Sudan's North Kordofan "
                          "state killed 17 civilians on Monday, a medical group said."),
        ("March 3, 2026", "NAIROBI (AFP) - The main hospital in El Obeid received 21 bodies and treated 52 wounded "
                          "after Monday's shelling of the city, its director, Dr. Salih Haroun, told AFP by telephone "
                          "on Tuesday.\n\n\"We are running out of everything,\" he said.\n\nThe Rapid Support Forces "
                          "rejected the charge; a statement from the group claimed it had killed more than 80 army "
                          "soldiers in clashes east of the city."),
    ])
    assert sum(x["best"] for x in t) < 80 and all(i["high"] < 80 for x in t for i in x["incidents"]), t


def test_a_named_claimants_higher_count_told_later_is_the_incidents_best(tmp_path):
    """"killing nine soldiers, two security sources said on Monday", then "the defence ministry said on Wednesday
    that 11 soldiers were killed" in Sunday's attack: two reports, neither told as an update; the count of the day
    given later by a named claimant is the fuller one (before: the lowest, nine)."""
    t = _story(tmp_path, [
        ("April 6, 2026", "NIAMEY (Reuters) - Islamic State Sahel Province fighters attacked an army post in Banibangou, "
                          "in Niger's Tillaberi region, on Sunday evening, killing nine soldiers, two security "
                          "sources said on Monday."),
        ("April 8, 2026", "NIAMEY (AFP) - Niger's defence ministry said on Wednesday that 11 soldiers were killed "
                          "and six wounded in Sunday's attack on the Banibangou army post."),
    ])
    incs = [i for x in t for i in x["incidents"]]
    assert sum(x["best"] for x in t) == 11 and [(i["low"], i["high"]) for i in incs] == [(9, 11)], t


def test_a_large_count_told_again_the_next_week_is_one_massacre(tmp_path):
    """"killed at least 16 villagers near Banibangou on Friday", then a week later "The attack on Friday killed 16
    villagers" (its Friday read as the day before that report): the same exact count of ten or more of the same
    victims at the same town within a week is the massacre told again, never a second one (before: 16 + 16)."""
    t = _story(tmp_path, [
        ("June 7, 2026", "NIAMEY (AFP) - Suspected jihadists on motorcycles killed at least 16 villagers near "
                         "Banibangou in Niger's Tillaberi region on Friday, the regional governor said on Sunday."),
        ("June 13, 2026", "NIAMEY (AFP) - Aid groups said on Saturday they had begun handing out blankets to families "
                          "near Banibangou who fled after last week's attack.\n\nThe army said it had arrested two "
                          "suspects. The attack on Friday killed 16 villagers."),
    ])
    assert sum(x["best"] for x in t) == 16, t
