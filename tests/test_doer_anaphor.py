"""A later sentence's "the attackers" / "the gunmen" is the doer told before, not an extra event of an unidentified
group (issue 16, branch roles27; events/doer_anaphor.py), on reports written for these tests with made-up fronts,
people and villages."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

# a described doer naming a side ("dissident fighters of the ... front"), then "the attackers" telling how it was done
FRONT = ("Two police officers were killed when dissident FARC fighters of the Aurelio Pinzon front attacked the "
         "police station in Jamundi on Thursday, the defence ministry said. Mayor Lucia Orrego told local radio that "
         "the attackers threw explosives at the station and then fired on it from the hillsides for about an hour.")
# the same with "the gunmen" and separatists
SEPARATISTS = ("Separatist fighters attacked a checkpoint on the road to Bali in Cameroon's North-West region on "
               "Sunday, killing a gendarme, the army said. The gunmen fired at the post for more than an hour and set "
               "a patrol vehicle alight before retreating into the hills, a local official said.")
# a second deed told days later at another town stays its own event
LATER = ("Separatist fighters attacked a checkpoint on the road to Bali in Cameroon's North-West region on Sunday, "
         "killing a gendarme, the army said. On Thursday the gunmen shot dead three farmers in Kumbo, 150 km away, a "
         "relative said.")


def _doers(evs):  # type: ignore[no-untyped-def]
    return [name(e) for e in evs]


def test_the_attackers_after_a_described_front_are_its_fighters(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, FRONT)
    assert len(evs) == 1 and not any("Unidentified" in (d or "") for d in _doers(evs))


def test_the_gunmen_after_separatist_fighters_are_theirs(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, SEPARATISTS)
    assert len(evs) == 1 and not any("Unidentified" in (d or "") for d in _doers(evs))


def test_a_later_deed_elsewhere_stays_its_own(ann):  # type: ignore[no-untyped-def]
    # (a guard: the rule folds a retelling, not a deed of another day at another town)
    assert len(violent(ann, LATER)) == 2
