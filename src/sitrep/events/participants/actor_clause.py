"""What :func:`actor_order.assign_actors` reads of one event (:class:`ActorClause`): its clause, role
tokens, the actor finder, the analysis, the events before. No decision; the stages of assign_actors take it.
"""
from __future__ import annotations

import dataclasses

from sitrep.events.nominal import Roles
from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder
from sitrep.events.triggers import Group, Trigger
from sitrep.model import Analysis


@dataclasses.dataclass
class ActorClause:
    """What :func:`assign_actors` reads of one event: its clause, role tokens, the finder and the events before."""
    g: Group
    primary: Trigger
    roles: Roles
    finder: ActorFinder
    analysis: Analysis
    onto: Ontology
    prev: list
    sent: object
    aid: str
