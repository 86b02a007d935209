"""Story figures that never double count (issue 16, branch stories5; the causes of the first read of
tests/data/story_sets5, on sentences written for these tests with made-up people and incidents)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 7, 22)  # a Tuesday


def _an(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB))


def test_one_victim_told_hurt_and_dead_is_one_figure_of_the_dead(ann):  # noqa: F811
    """"A woman injured when soldiers fired on the march ... died": one span, one id, one of the dead (two figures
    of one id stopped the pipeline at the store)."""
    an = _an(ann, "A woman injured when soldiers fired on the march in Tacna last week died in hospital on Monday, "
                  "her sister said.")
    ids = [f.id for f in an.figures]
    assert len(ids) == len(set(ids))
    assert [(f.what, f.low) for f in an.figures if f.span.text.startswith("A woman")] == [("killed", 1.0)]


def _story(tmp_path, reports):  # type: ignore[no-untyped-def]
    """Run the pipeline over reports written for a test ((published, text) each) and return story.json's totals."""
    import json

    from sitrep import pipeline

    src = tmp_path / "in"
    src.mkdir()
    for k, (day, text) in enumerate(reports, 1):
        (src / f"r{k}.txt").write_text(f"Report {k}\n{day}\n\n{text}\n", encoding="utf-8")
    pipeline.run([str(src)], str(tmp_path / "s.db"), tmp_path / "out")
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    return [t for t in story.get("totals", []) if t.get("what") == "killed"]


def test_a_corrected_count_is_withdrawn_and_the_count_told_in_its_place_is_read(ann):  # noqa: F811
    """"12 had been killed ..., revising its toll of 30": the 30 a correction names is no toll of the attack."""
    an = _an(ann, "The police said on Saturday that 12 people had been killed in last Sunday's attack near Djibo, "
                  "revising its toll of 30.")
    assert [e.fatalities.low for e in an.events if e.fatalities is not None] == [12.0]
    assert [f.low for f in an.figures if f.what == "killed" and not f.background] == [12.0]


def test_a_count_told_in_place_of_an_earlier_one_is_the_incidents_latest_toll(tmp_path):
    """Local sources' 25 told in two reports, the governor's 9 "revising down the figure of 25" between them: the
    correction is the incident's latest toll (votes of the withdrawn count never outnumber it)."""
    t = _story(tmp_path, [
        ("March 4, 2025", "DJIBO, Burkina Faso (Reuters) — Gunmen killed at least 25 people in an attack on a "
                          "village near Djibo in northern Burkina Faso on Sunday, local sources said on Tuesday."),
        ("March 6, 2025", "OUAGADOUGOU (AFP) — Nine people were killed in Sunday's attack on a village near Djibo, "
                          "the regional governor said on Thursday, revising down the figure of 25 given by local "
                          "sources."),
        ("March 6, 2025", "DJIBO (AP) — Gunmen killed at least 25 people in an attack on a village near Djibo on "
                          "Sunday, residents told a local radio station on Thursday."),
    ])
    assert [(x["best"], x["n_incidents"]) for x in t] == [(9.0, 1)]


def test_a_states_count_of_terrorists_killed_is_its_own_claim_beside_an_independent_count():
    """The army's "killed more than 80 terrorists", told in two reports with the attack of the group it fought (the
    events' doer is the group), and a rights group's "at least 16 killed" in the same fighting: the army's count is
    its claim about its own deed, never the best (its boast outvoted the independent count)."""
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.model import ActorRef
    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.totals import story_totals

    army, rebels = ActorRef("XXA_MIL", "Military Forces of Xland"), ActorRef("XXR", "Xland Liberation Front")
    texts = [("a1", "Rebels attacked Kelmar on Saturday; the army said it killed more than 80 terrorists.", 4),
             ("a2", "Rebels attacked Kelmar on Saturday, and the army said it killed more than 80 terrorists.", 5)]
    ms, arts = [], []
    for aid, text, day in texts:
        a = article(aid, text, f"Outlet {aid}", D(2025, 5, day))
        arts.append(a)
        ms.append(retake_mention(a, "attacked", town_place(a, "Kelmar", name="Kelmar", gid="9"), D(2025, 5, 3),
                                 fatalities=figure(a, "80", "killed", "terrorists", 81, None, claimant="XXA_MIL"),
                                 actor1=rebels, actor2=army, sub="Armed clash", etype="Battles"))
    a3 = article("a3", "At least 16 people were killed in the fighting for Kelmar, a rights group said.", "Gazette",
                 D(2025, 5, 6))
    arts.append(a3)
    ms.append(retake_mention(a3, "fighting", town_place(a3, "Kelmar", name="Kelmar", gid="9"), D(2025, 5, 3),
                             fatalities=figure(a3, "16", "killed", "people", 16, None, claimant="a rights group"),
                             actor1=None, actor2=None, sub="Armed clash", etype="Battles"))
    by_id = {a.id: a for a in arts}
    t = story_totals(merge_mentions(ms, by_id), by_id)
    assert (t.n_incidents, t.best) == (1, 16)


def test_own_and_enemy_dead_told_by_each_side():
    from sitrep.stories.own_losses import enemy_dead

    assert enemy_dead("XXA_MIL", "terrorists", True) and enemy_dead("XXA_MIL", "Front fighters", True)
    assert enemy_dead("XXR", "soldiers", True)
    assert not enemy_dead("XXA_MIL", "soldiers", True)  # the army's own dead
    assert not enemy_dead("XXR", "its own fighters", True)
    assert not enemy_dead("XXR", "soldiers", False)  # a claimant that fights in no event of the story
    assert not enemy_dead("XXA_MIL", "people", True)


def test_a_sides_count_folded_with_anothers_count_of_one_incident_never_outvotes_it():
    """Two counts that nothing tells apart are one incident, the largest kept; but where the larger is a side's count
    of its own deed ("the rebels said they killed over 60 soldiers") and the smaller a monitors' count of the
    fighting, the monitors' count stays the best, and the side's larger count is no high of the incident (branch
    stories19: it widened the range, 27..61, against the sets' gold); a side's lower count is still a low."""
    from sitrep.model import IncidentToll
    from sitrep.stories.told_apart import fold_untold

    boast = IncidentToll(event_ids=["e1"], place="Kelmar", date=None, best=61, low=61, high=61, claimant="XXR",
                         n_claims=1)
    monitors = IncidentToll(event_ids=["e2"], place="Kelmar", date=None, best=27, low=27, high=27, claimant=None,
                            n_claims=1)
    kept, folded = fold_untold([boast, monitors], {}, frozenset({id(boast)}))
    assert folded == 1 and [(i.best, i.low, i.high) for i in kept] == [(27, 27, 27)]
    own = IncidentToll(event_ids=["e3"], place="Kelmar", date=None, best=4, low=4, high=4, claimant="XXA_MIL",
                       n_claims=1)
    seven = IncidentToll(event_ids=["e4"], place="Kelmar", date=None, best=7, low=7, high=7, claimant=None, n_claims=1)
    kept, folded = fold_untold([seven, own], {}, frozenset({id(own)}))
    assert [(i.best, i.low, i.high) for i in kept] == [(7, 4, 7)]
    # without a side's count, the largest is kept as before
    a = IncidentToll(event_ids=["e1"], place="Kelmar", date=None, best=61, low=61, high=61, claimant=None, n_claims=1)
    b = IncidentToll(event_ids=["e2"], place="Kelmar", date=None, best=27, low=27, high=27, claimant=None, n_claims=1)
    assert [i.best for i in fold_untold([a, b], {})[0]] == [61]


def test_a_round_up_told_as_a_risen_toll_is_no_update_of_the_incident_at_its_place():
    """"..., bringing the toll of the two attacks to 16" sums the raid on Kelmar (10) and the ambush near Tolbrin (6):
    it is no later toll of the army's operation near Tolbrin the day after (its own count of 13 bandits, a claim
    never added), and the story total is the round-up's 16."""
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.model import ActorRef
    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.totals import story_totals

    gunmen, army = ActorRef("XXG", "Kelmar gunmen"), ActorRef("XXA_MIL", "Military Forces of Xland")
    civ = ActorRef("CIVILIANS", "Civilians")
    a1 = article("a1", "Gunmen killed 10 villagers in a raid on Kelmar on Monday, police said.", "Courier", D(2025, 5, 6))
    a2 = article("a2", "Gunmen killed six travellers in an ambush near Tolbrin on Wednesday, police said.", "Star",
                 D(2025, 5, 8))
    a3 = article("a3", "The army said its troops killed 13 bandits near Tolbrin on Thursday. Ten were killed in Kelmar "
                 "on Monday and six near Tolbrin on Wednesday, bringing the toll of the two attacks to 16.", "Gazette",
                 D(2025, 5, 10))
    kel = lambda a: town_place(a, "Kelmar", name="Kelmar", gid="9", lat=11.0, lon=7.0)  # noqa: E731
    tol = lambda a: town_place(a, "Tolbrin", name="Tolbrin", gid="8", lat=12.5, lon=5.5)  # noqa: E731
    ms = [retake_mention(a1, "raid", kel(a1), D(2025, 5, 5), fatalities=figure(a1, "10", "killed", "villagers", 10, 10),
                         actor1=gunmen, actor2=civ, sub="Attack", etype="Violence against civilians"),
          retake_mention(a2, "ambush", tol(a2), D(2025, 5, 7), fatalities=figure(a2, "six", "killed", "travellers", 6, 6),
                         actor1=gunmen, actor2=civ, sub="Attack", etype="Violence against civilians"),
          retake_mention(a3, "killed 13", tol(a3), D(2025, 5, 8),
                         fatalities=figure(a3, "13", "killed", "bandits", 13, 13, claimant="XXA_MIL"),
                         actor1=army, actor2=gunmen, sub="Armed clash", etype="Battles"),
          retake_mention(a3, "attacks", tol(a3), D(2025, 5, 10), prec="reported",
                         fatalities=figure(a3, "16", "killed", None, 16, 16),
                         actor1=None, actor2=None, sub="Attack", etype="Violence against civilians")]
    by_id = {a.id: a for a in (a1, a2, a3)}
    t = story_totals(merge_mentions(ms, by_id), by_id)
    assert t.best == 16 and [i.best for i in t.party_claims] == [13]

