"""A deed told by a bare word ("attacked", "killed") that is an Armed clash only by its parties restates the bombing
or shelling of its incident; the text can still mark another incident ("In a separate attack"), a background
mention lends no weapon, and the merged event's evidence is the sentences its mentions were read from (issue 16,
branch evidence). Hand-built mentions on text written for these tests (names and places made up)."""
from __future__ import annotations

import pytest
from storyfix import D, GOV, REBELS, article, retake_mention

from sitrep.events.merge import merge_restatements


def _m(a, phrase, sub, etype, actor1=None, actor2=None, modality="asserted"):  # type: ignore[no-untyped-def]
    return retake_mention(a, phrase, None, D(2023, 5, 9), actor1=actor1, actor2=actor2, sub=sub, etype=etype,
                          modality=modality)


def _clash(a, phrase, **kw):  # type: ignore[no-untyped-def]
    return _m(a, phrase, "Armed clash", "Battles", actor1=REBELS, actor2=GOV, **kw)


def _bomb(a, phrase, **kw):  # type: ignore[no-untyped-def]
    return _m(a, phrase, "Remote explosive/landmine/IED", "Explosions/Remote violence", **kw)


FIRST = "Rebels attacked the army post at Kesh on Tuesday, officials in Varno said."


def test_a_bare_attack_and_its_bombs_are_one_bombing():  # type: ignore[no-untyped-def]
    a = article("b1", FIRST + " The raiders set off two car bombs hidden in a van.", "Daily Courier",
                D(2023, 5, 10))
    out = merge_restatements([_clash(a, "attacked"), _bomb(a, "bombs")])
    assert [(e.trigger.text, e.sub_event_type) for e in out] == [("attacked", "Remote explosive/landmine/IED")]
    # the evidence added is the very sentence of the bombs, not the one after it
    assert [s.text for s in out[0].evidence] == ["The raiders set off two car bombs hidden in a van."]
    assert out[0].actor1 is REBELS


def test_soldiers_killed_restate_the_mine_that_killed_them():  # type: ignore[no-untyped-def]
    a = article("b2", "Two soldiers were killed near Kesh on Tuesday, officials in Varno said. A mine exploded "
                "under their truck on the road to the border post.", "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_clash(a, "killed"), _bomb(a, "mine")])
    assert [e.sub_event_type for e in out] == ["Remote explosive/landmine/IED"]


def test_a_separate_attack_stays_apart():  # type: ignore[no-untyped-def]
    a = article("b3", FIRST + " In a separate attack, two car bombs went off outside a bank.", "Daily Courier",
                D(2023, 5, 10))
    out = merge_restatements([_clash(a, "attacked"), _bomb(a, "bombs")])
    assert [e.sub_event_type for e in out] == ["Armed clash", "Remote explosive/landmine/IED"]


def test_another_bombing_stays_apart():  # type: ignore[no-untyped-def]
    a = article("b4", FIRST + " Another car bombing shook the market the same day.", "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_clash(a, "attacked"), _bomb(a, "bombing")])
    assert len(out) == 2


def test_a_background_bomb_lends_no_weapon():  # type: ignore[no-untyped-def]
    a = article("b5", FIRST + " Bombs have maimed many children in the valley over the years.", "Daily Courier",
                D(2023, 5, 10))
    out = merge_restatements([_clash(a, "attacked"), _bomb(a, "Bombs", modality="background")])
    assert out[0].sub_event_type == "Armed clash"


def test_a_clash_word_or_an_abduction_is_no_restatement_of_a_bomb():  # type: ignore[no-untyped-def]
    a = article("b6", "Rebels clashed with the army at Kesh on Tuesday, officials in Varno said. A car bomb went off "
                "outside the post.", "Daily Courier", D(2023, 5, 10))
    assert len(merge_restatements([_clash(a, "clashed"), _bomb(a, "bomb")])) == 2
    b = article("b7", "Gunmen seized two engineers at Kesh on Tuesday, officials in Varno said. Police killed two "
                "of the kidnappers in the rescue.", "Daily Courier", D(2023, 5, 10))
    seized = _m(b, "seized", "Abduction/forced disappearance", "Violence against civilians")
    assert len(merge_restatements([seized, _clash(b, "killed")])) == 2


def _doer(a, phrase, eid):  # type: ignore[no-untyped-def]
    from storyfix import span

    from sitrep.model import ActorRef

    return ActorRef(eid, phrase, span(a, phrase))


def _killing(a, phrase, doer):  # type: ignore[no-untyped-def]
    return _m(a, phrase, "Attack", "Violence against civilians", actor1=doer)


FILLER = " The town council met in the evening to discuss the harvest festival and the new library roof." * 4


def test_two_descriptions_of_unnamed_doers_are_one_incident():  # type: ignore[no-untyped-def]
    a = article("c1", "An armed band killed five farmers near Kesh on Tuesday, officials in Varno said." + FILLER
                + " Villagers said the farmers were killed by masked men who came at night.", "Daily Courier",
                D(2023, 5, 10))
    first = _killing(a, "killed", _doer(a, "An armed band", "x:armed-band"))
    first.actor2 = _doer(a, "five farmers", "x:farmers")
    again = _killing(a, "were killed", _doer(a, "masked men", "x:masked-men"))
    again.actor2 = _doer(a, "the farmers", "x:farmers")  # the victims told again: the evidence of one incident
    out = merge_restatements([first, again])
    assert len(out) == 1


@pytest.mark.parametrize("second, doer, eid", [
    (" Villagers said soldiers killed two herders the same day.", "soldiers", "x:soldiers"),  # another side
    (" Villagers said another band killed two herders the same day.", "another band", "x:another-band"),
])
def test_doers_of_two_sides_or_another_party_stay_apart(second, doer, eid):  # type: ignore[no-untyped-def]
    a = article("c2", "Masked gunmen killed five farmers near Kesh on Tuesday, officials in Varno said." + FILLER
                + second, "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_killing(a, "killed", _doer(a, "Masked gunmen", "x:masked-gunmen")),
                              _killing(a, "killed two", _doer(a, doer, eid))])
    assert len(out) == 2
