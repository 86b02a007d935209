"""story_sets21 (issue 16, branch stories22): story figures that never double count, on sentences written for these
tests (made-up people, villages and incidents)."""
from __future__ import annotations


def test_the_town_that_names_the_hospital_where_the_hurt_died_is_no_scene(events):
    text = ("Army toll rises to nine\nMarch 3, 2026\n\nNAIROBI (VOA) - Nine soldiers were killed and 14 wounded in "
            "Sunday's militant assault on the Gaalmudow Hill base, two officers said on Tuesday, two of the injured "
            "having died in a Baidoa hospital.")
    evs = events(text, dateline="NAIROBI")
    assert evs and all(e.place is None or e.place.name != "Baidoa" for e in evs)
    # the hospital itself attacked is the scene: its town stays
    evs = events("Gunmen attacked a Baidoa hospital on Sunday, killing three guards, officials said.")
    assert any(e.place is not None and e.place.name == "Baidoa" for e in evs)


def test_a_forces_claim_of_its_enemys_dead_retold_in_a_reports_words_is_that_sides_claim():
    from sitrep.stories.force_claim import force_told_kill, own_or_force_kill

    assert force_told_kill("militants", "The police's statement that it had killed ")
    assert force_told_kill("Daesh fighters", 'A defence ministry spokesman insisted that troops had "eliminated ')
    assert force_told_kill("rebels", "The military said its troops killed more than ")
    assert own_or_force_kill("article:a", "rebels", "Nobody has verified the army's claim that it killed about ")
    # the state's own dead, a deed told as the report's own, or no enemy noun: no such claim
    assert not force_told_kill("soldiers", "The army said it had killed ")
    assert not force_told_kill("militants", "Troops killed ")
    assert not force_told_kill("people", "The army's statement that it had killed ")
