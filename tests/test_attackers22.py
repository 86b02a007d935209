"""One actor on both sides of an event (issue 16, branch attackers22): a riot whose police were read as its target
too ("fired at demonstrators ... after protesters attacked a police station", events/protest_actors), and the last
guard that blanks an actor2 naming actor1's actor unless a fight inside one group is told (events/same_sides).
Sentences written for these tests; people and incidents made up (towns and forces real)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext

RIOT = ("QUELIMANE, Mozambique, Nov 8 (Lusa) - Police in Mozambique fired live rounds and tear gas at demonstrators in "
        "the town of Mocuba on Friday, killing three and wounding four, a local rights group said.\n\n"
        "Youths had barricaded the main road with burning tyres in support of an opposition party.\n\n"
        "A police spokesman said officers had acted to restore calm after protesters attacked a police station.")


def _sides(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2024, 11, 8)))
    return [(e.sub_event_type, e.actor1.entity_id if e.actor1 else None, e.actor2.entity_id if e.actor2 else None)
            for e in an.events]


def test_riot_police_are_one_side_the_crowd_the_other(ann):  # type: ignore[no-untyped-def]
    riots = [s for s in _sides(ann, RIOT) if s[0] == "Violent demonstration"]
    assert riots, _sides(ann, RIOT)
    assert riots[0][1:] == ("MOZ_RIOTERS", "MOZ_POLICE")


def test_no_event_has_one_actor_on_both_sides(ann):  # type: ignore[no-untyped-def]
    for text in (RIOT,):
        for sub, a1, a2 in _sides(ann, text):
            assert a1 is None or a1 != a2, (sub, a1, a2)


def test_guard_keeps_a_fight_inside_one_group():  # type: ignore[no-untyped-def]
    from sitrep.events.same_sides import drop_same_sides
    from sitrep.model import ActorRef, EventMention, Span

    def mention(text):  # type: ignore[no-untyped-def]
        sp = Span("r1", 0, len(text), text)
        m = EventMention.__new__(EventMention)
        m.actor1, m.actor2, m.sentence, m.evidence = (ActorRef("SOM_ALSHABAAB", "Al Shabaab", sp, "primary", None),
                                                      ActorRef("SOM_ALSHABAAB", "Al Shabaab", sp, "primary", None),
                                                      sp, [])
        return m

    rival = mention("Two rival factions of al Shabaab clashed near Jilib on Sunday, elders said.")
    misread = mention("Al Shabaab fighters killed four villagers near Jilib on Sunday, elders said.")
    drop_same_sides([rival, misread])
    assert rival.actor2 is not None
    assert misread.actor2 is None
