"""A later sentence's "the attackers" / "the gunmen" / "the assailants" is the doer told before, not a second party.

"Dissident fighters of the Red Ridge front attacked the police station in Korvin on Wednesday. ... The attackers
threw explosives at the station and then fired on it for an hour.": the second sentence tells how the same deed was
done; its subject is the definite article and a bare noun of attackers, which names no side of its own and can only
point back to the doer the report has told. Before this rule the two mentions stayed two incidents whenever the
doer told first was a description naming a side ("dissident FARC fighters", "separatist fighters", "Islamist
militants": no word shared with "attackers", so events/merge_doers.same_agent says no, and
events/merge_doers.retold_doer wants a pointer to the deed, "the attack") and the second one became an extra event
of the Unidentified Armed Group (events/generic_doers), beside the incident's own doer.

:func:`anaphoric_doer` says the later mention's doer is the earlier one's when
- the later doer's words are "the" and one noun of :data:`DOER_ANAPHORS` (nothing else: "the two attackers", "the
  other gunmen", "the attackers from Kelvora" are not read here);
- it is told in a later sentence than the earlier mention;
- one incident, with a doer, is told before it (:func:`one_doer`), and its sentence tells no second group's deed
  (events/merge_doers.second_doer_told: "... and ISWAP fighters killed two soldiers near Bama"): after two deeds
  "the attackers" names neither (tests/test_claimed_attackers.py, tests/test_war_doers19.py);
- the earlier doer is told by a description (an ``x:`` id: "dissident fighters of the ... front", "Islamist
  militants"), not a state's forces (events/merge_doers.doer_kind "armed" or ""): "the attackers" are the doers of
  the raid, not the soldiers who answered it. A doer the dictionary names is left to events/merge_doers.retold_doer
  (tried: folding after "Islamic State militants" too lost terror_reports3 v07's shooting, which a background
  sentence's land mines then retyped as a bombing; after "Islamist Militants (Burkina Faso)" it gave date_reports5
  h19 its toll: one fix, one loss, not kept).

The rest of events/merge.same_incident still applies (dates, places, types, victims, "Separately", a clash with the
police that came after: events/merge_guards), so a second deed told as such keeps its own event.

Evidence (issue 16, base 8a2b5022, PYTHONHASHSEED=0): the extra Unidentified Armed Group event beside the told doer
is gone in attack_reports22 p06, date_reports15 n04, date_reports20 b19, mixed_reports8 v11. date_reports17 t18
("The gunmen shot at the gendarmes ... on the road to Bali" after a killing at Bamenda) stays two: the places differ.
"""
from __future__ import annotations

from sitrep.events.merge_doers import doer_kind, second_doer_told
from sitrep.model import EventMention

__all__ = ["DOER_ANAPHORS", "anaphoric_doer", "one_doer"]

# bare nouns of the doers of a deed that name no side (a definite plural or singular points back to the doer told
# before): common English usage in conflict reporting, the generic attacker nouns of events/generic_doers
DOER_ANAPHORS = frozenset({"attackers", "assailants", "gunmen", "raiders", "attacker", "assailant", "gunman"})


def one_doer(incidents: list[EventMention]) -> bool:
    """One incident told so far, with a doer: after two incidents "the attackers" may be either's doers."""
    return len(incidents) == 1 and incidents[0].actor1 is not None


def anaphoric_doer(a: EventMention, b: EventMention, lone: bool) -> bool:
    """``b`` (later) names its doer "the attackers" / "the gunmen" / ... and ``a``'s doer, a description naming no
    state's forces, told in an earlier sentence and the only incident told so far (``lone``: :func:`one_doer`), is
    the one it points back to."""
    y = b.actor1
    if not lone or y is None or y.span is None:
        return False
    words = y.span.text.lower().split()
    if len(words) != 2 or words[1] not in DOER_ANAPHORS or words[0] != "the":
        return False
    x = a.actor1
    if x is None or not x.entity_id.startswith("x:"):
        return False
    if a.sentence.start >= b.sentence.start or b.sentence.start < a.sentence.end:
        return False
    return doer_kind(x) in ("armed", "") and not second_doer_told(a)
