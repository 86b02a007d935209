"""An arrest whose detainees are then missing is a forced disappearance: "the elite corps arrested two men, who remain
missing", "were detained by soldiers and have not been seen since", "were taken away by police; their whereabouts are
unknown". ACLED codes a detention whose victims disappear as Violence against civilians / Abduction/forced
disappearance (its codebook's forced disappearance), not as an arrest; MUC-4 keys code it as a kidnapping. Only where
the arrest's own sentence says so after its trigger, and only for an arrest told as fact."""
from __future__ import annotations

import re

from sitrep.events.ontology import load_ontology
from sitrep.model import EventMention

__all__ = ["retype_missing_detainees"]

_MISSING = re.compile(
    r"\b(?:remain(?:s|ed)?\s+(?:still\s+)?missing|(?:is|are|was|were)\s+still\s+missing|"
    r"whereabouts\s+(?:are|is|remain|remains|were|was)\s+(?:still\s+)?unknown|"
    r"(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from)\s+(?:again|since)|never\s+(?:seen|heard\s+from)\s+again)\b",
    re.I)


def retype_missing_detainees(events: list[EventMention]) -> None:
    """Type as a forced disappearance each asserted arrest whose sentence, after its trigger, says the detainees are
    missing (see the module docstring)."""
    abduction = load_ontology().types["vac.abduction"]
    for e in events:
        if e.sub_event_type != "Arrests" or e.modality != "asserted" or e.trigger is None:
            continue
        after = e.sentence.text[max(0, e.trigger.end - e.sentence.start):]
        if _MISSING.search(after):
            e.event_type, e.sub_event_type, e.plover = abduction.event_type, abduction.sub_event_type, abduction.plover
