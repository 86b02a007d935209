"""What the event-level modality stages read of one event's clause (:class:`EventClause`)."""
from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Any, Optional

from sitrep.events.ontology import Ontology
from sitrep.model import TimeExpr


@dataclasses.dataclass
class EventClause:
    """What :func:`event_modality` reads of one event's clause (each stage below takes it and the modality so far)."""
    g: Any
    primary: Any
    tdef: Any
    onto: Ontology
    clause_times: list
    time: Optional[TimeExpr]
    clause_figs: list
    actor1: Any
    published: Optional[_dt.date]
    anchor: bool = False

    @property
    def trig(self):  # type: ignore[no-untyped-def]
        return self.primary.tok
