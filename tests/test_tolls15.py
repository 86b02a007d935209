"""tolls15: a report's story total never above the count of its one incident (issue 16): the toll told again for
"the attack" at a town inside the region the first telling named is that incident's toll, not a second incident's.
Sentences written for these tests; names and places made up (Dorvik, Kelmar and Brannock are no real places here)."""
from __future__ import annotations

import pytest
from storyfix import D, article, figure, retake_mention, town_place

from sitrep.model import ActorRef
from sitrep.stories.merge import merge_mentions
from sitrep.stories.totals import story_totals

GANG = ActorRef("XXA_GANG", "Unidentified Armed Group (Xland)")
CIVS = ActorRef("CIVILIANS", "Civilians")


def _attack(a, phrase, place, day, fig, actor1=GANG):  # type: ignore[no-untyped-def]
    return retake_mention(a, phrase, place, day, fatalities=fig, actor1=actor1, actor2=CIVS, sub="Attack",
                          etype="Violence against civilians")


def _total(ms, arts):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in arts}
    return story_totals(merge_mentions(ms, by_id), by_id)


TEXT = ("The death toll from an attack by gunmen on a village in Brannock State has risen to 23, police said. "
        "Seventeen bodies were found on Tuesday and six more on Wednesday near Kelmar, bringing the death toll from "
        "the attack to 23.")


def _two_tellings(second_admin1: str, extra=None):  # type: ignore[no-untyped-def]
    a = article("a1", TEXT + (extra or ""), "Daily Courier", D(2025, 2, 12))
    ms = [_attack(a, "attack", town_place(a, "Brannock", name="Dorvik", gid="11", admin1="Brannock"), D(2025, 2, 10),
                  figure(a, "23", "killed", None, 23, 23, as_of=D(2025, 2, 12))),
          _attack(a, "Kelmar", town_place(a, "Kelmar", name="Kelmar", gid="12", admin1=second_admin1, lat=36.1,
                                          lon=37.2), D(2025, 2, 11),
                  figure(a, "23", "killed", None, 23, 23, nth=1, as_of=D(2025, 2, 12)), actor1=None)]
    return a, ms


def test_the_toll_told_again_at_a_town_of_the_same_state_is_one_incident():
    a, ms = _two_tellings("Brannock")
    t = _total(ms, [a])
    assert (t.n_incidents, t.best) == (1, 23), t.how


def test_the_toll_told_again_in_another_state_stays_apart():
    a, ms = _two_tellings("Other")
    t = _total(ms, [a])
    assert t.n_incidents == 2


# one of the hurt told by a definite noun, where the report counted no hurt before: the dead person told again

from test_tolls10 import ann, deaths_of, read  # noqa: E402,F401  (the shared annotator fixture and readers)


def _figs(an):  # type: ignore[no-untyped-def]
    return [(f.what, f.low, f.span.text) for f in an.figures]


HURT_WHO_DIED = {
    # no hurt counted before: "the injured man" is the man whose death the report already counts
    "Police have opened a murder inquiry after a man in his 40s died following a stabbing in Tessor early on Sunday. "
    "The injured man was taken to Quarnby Hospital, where he was pronounced dead a short time later.": 1.0,
    # the hurt counted before: the injured man is one of them, his death is a further one
    "Two men were killed in a shooting in Tessor on Sunday and a third man was injured. The injured man was taken to "
    "Quarnby Hospital, where he later died, police said.": 3.0,
    # one of the hurt: a further death
    "Two men were killed in a shooting in Tessor on Sunday, police said. One of the injured later died in hospital.":
        3.0,
}


@pytest.mark.parametrize("text", list(HURT_WHO_DIED))
def test_a_hurt_person_who_died_is_counted_once(ann, text):
    assert deaths_of(read(ann, text)) == [HURT_WHO_DIED[text]], _figs(read(ann, text))
