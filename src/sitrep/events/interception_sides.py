"""The sides of an interception told in the passive by the defender (issue 16, branch roles12): "Ukraine's air force
said Russia had launched 80 drones at the country overnight, and that 60 of the drones were shot down".

ACLED codes a disrupted weapons use with the side that intercepts as actor1 and the side whose weapons were
intercepted as actor2. A passive "were shot down / intercepted" with no by-phrase names neither; the report does,
in the same sentence: the state force that says it (the subject of the "said" the interception hangs from: the
defender's air force or army reporting its own interceptions) and the side that "launched" or "fired" the weapons.
Each is taken only when it names an actor, the speaker only when it is a state's forces (a governor, a ministry
or a monitor reports interceptions it did not make), and never the same actor for both sides.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef

_SAY = frozenset({"say", "report", "announce", "state"})
_LAUNCH = frozenset({"launch", "fire"})
_FORCES = ("_MIL", "_AIRFORCE", "_NAVY")


def _passive_without_agent(trig) -> bool:  # type: ignore[no-untyped-def]
    kids = list(trig.children)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) and not any(c.dep_ == "agent" for c in kids)


def _speaker(trig, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The state force that says what the interception clause tells (the subject of a "said" above it)."""
    for verb in trig.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _SAY:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            ref = finder.actor(subj) if subj is not None else None
            return ref if ref is not None and ref.entity_id.endswith(_FORCES) else None
    return None


def _launcher(trig, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who the sentence says launched or fired the weapons (the subject of "launched" / "fired")."""
    for tok in trig.sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _LAUNCH:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            ref = finder.actor(subj) if subj is not None else None
            if ref is not None and not ref.entity_id.startswith("x:"):
                return ref
    return None


def interception_sides(trig, finder: ActorFinder, actor1: Optional[ActorRef],
                       actor2: Optional[ActorRef]) -> tuple[Optional[ActorRef], Optional[ActorRef]]:  # type: ignore[no-untyped-def]
    """actor1 (who intercepted) and actor2 (whose weapons) of a passive interception with no agent, each kept when
    already read."""
    if (actor1 is not None and actor2 is not None) or not _passive_without_agent(trig):
        return actor1, actor2
    speaker = _speaker(trig, finder) if actor1 is None else actor1
    launcher = _launcher(trig, finder) if actor2 is None else actor2
    if speaker is not None and launcher is not None and speaker.entity_id.split("_")[0] == launcher.entity_id.split("_")[0]:
        return actor1, actor2  # one country both sides: a guess
    return speaker, launcher
