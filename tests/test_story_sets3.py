"""Story figures that never double count (issue 16, branch tolls5; the causes of the first read of
tests/data/story_sets3, on sentences written for these tests with made-up people and towns): ages told as
"between 19 and 24 years old" are no toll, "bringing the number of dead to 19" is a toll, a death in a "whose" clause
on a named speaker is no incident of its own, and the far end of a distance ("70 kilometres from X") does not place
the event."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 5, 6)  # a Tuesday


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=PUB))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def _tolls(ann, text):  # type: ignore[no-untyped-def]
    return sorted(e.fatalities.low for e in _violent(ann, text) if e.fatalities is not None)


def test_ages_told_as_a_range_are_no_toll(ann):  # noqa: F811
    text = ("Rebels attacked an army post in Kesmarin on Monday, killing five soldiers. The soldiers killed, all "
            "between 19 and 24 years old, were buried on Thursday.")
    assert _tolls(ann, text) == [5.0]


def test_bringing_the_number_of_dead_to_n_is_a_toll(ann):  # noqa: F811
    text = ("Two villagers wounded in Sunday's raid by gunmen on Kesmarin died in hospital, bringing the number of "
            "dead to 19, an official said on Tuesday.")
    assert _tolls(ann, text) == [19.0]


def test_a_death_in_a_whose_clause_on_a_speaker_is_no_incident(ann):  # noqa: F811
    text = ('"We were preparing to remember our dead, and now there are new graves," said Mira Talbek Orsen, whose '
            "two sisters were killed in the wedding hall.")
    assert _violent(ann, text) == []
    # the speaker's kin among the dead of the incident told before: that incident's toll alone
    text = ("Gunmen killed four people in Kesmarin on Tuesday. Dario Venn, whose son was shot dead by the gunmen, said "
            "the town was afraid.")
    assert _tolls(ann, text) == [4.0]
    # a "who" clause on a name is the named person's own death
    assert _tolls(ann, "Ana Pell, who was shot dead on Monday in Kesmarin, was a journalist.") == [1.0]


def test_the_far_end_of_a_distance_does_not_place_the_event(ann):  # noqa: F811
    # (real towns: a made-up one is no place the gazetteer knows; the incidents are made up)
    text = ("Gunmen killed six people near the town of Maradi on Wednesday. On Sunday night, bandits killed 19 "
            "villagers near Tessaoua, about 120 kilometres from Maradi, and abducted at least 12 women.")
    places = {e.fatalities.low: e.place.name if e.place else None for e in _violent(ann, text) if e.fatalities}
    assert places == {6.0: "Maradi", 19.0: "Tessaoua"}


def test_a_toll_told_as_the_whole_beside_further_dead_is_not_added_to_them(ann):  # noqa: F811
    text = ("A fourth soldier has died of his wounds after Monday night's attack by rebels on a military base in "
            "Kesmarin, and two of the attackers were also killed in the fighting, bringing the total number of dead "
            "to six, the army said on Wednesday.")
    assert _tolls(ann, text) == [6.0]
    text = ("Gunmen shot dead the mayor of Kesmarin on Monday, and two of her guards were also killed, raising the "
            "death toll to three, police said.")
    assert _tolls(ann, text) == [3.0]


def test_a_month_told_in_the_past_tense_is_the_last_one(ann):  # noqa: F811
    # an October report: "in January" of a past deed is this year's January, not the coming one (a background
    # incident dated the report's day was a new incident of the story, its dead added to the total)
    an = ann.annotate("Rebels attacked a village near Kesmarin in January, killing 12 civilians.",
                      DocContext("t1", published=dt.date(2025, 10, 23)))
    days = [e.date_start for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert days and all(d is not None and (d.year, d.month) == (2025, 1) for d in days)


def test_an_armys_count_of_its_own_dead_is_added_and_the_attackers_boast_is_not():  # type: ignore[no-untyped-def]
    from sitrep.model import Article
    from sitrep.nlp.models import load_pipeline
    from sitrep.stories import link_story

    nlp = load_pipeline()
    reports = [
        (dt.date(2025, 8, 6), "PEMBA, Mozambique (AFP) - The Islamic State group said on Wednesday that its fighters "
                              "had killed 40 Mozambican soldiers in Monday's attack on an army convoy near Kesmarin."),
        (dt.date(2025, 8, 7), "MAPUTO (AP) - Twelve soldiers were killed in Monday's ambush by Islamic State fighters on "
                              "a military convoy near Kesmarin, a senior Mozambican army officer said on Thursday."),
    ]
    from sitrep.nlp.annotate import annotate_doc

    arts, ans = [], {}
    for k, (day, text) in enumerate(reports):
        ans[f"a{k}"] = annotate_doc(nlp(text), DocContext(article_id=f"a{k}", published=day))
        arts.append(Article(id=f"a{k}", text=text, published=day, published_precision="day"))
    total = link_story("s", arts, ans).story.totals
    assert total is not None and total.best == 12
    assert [p.best for p in total.party_claims] == [40]


def test_a_fire_that_swept_through_a_building_killing_workers_is_no_attack(ann):  # noqa: F811
    text = ("A fire swept through a garment factory in Kesmarin on Sunday night, killing at least 52 workers, fire "
            "officials said on Monday.")
    assert _violent(ann, text) == []
    # a doer keeps the killing an attack
    assert _tolls(ann, "Gunmen opened fire on a market in Kesmarin on Monday, killing nine traders.") == [9.0]
