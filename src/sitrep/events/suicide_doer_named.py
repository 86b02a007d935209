"""The killer of a murder-suicide named only among the dead found (issue 16, branch tolls22).

"A man fatally shot his estranged wife and her mother ... before turning the gun on himself. [...] They found Ronald
Pruitt, 52, his wife Angela Pruitt, 47, and her mother, Dolores Vega, 71, dead inside.": the deed's doer is told as
"a man" and its victim by her relation to him ("his estranged wife"); the list of the dead names a man and then "his
wife": the one whose wife she is, the man named just before the possessive, is the doer. :func:`credit_suicide_doer`
gives that name to the deed whose count holds the doer's own death (``toll_doer_suicide.add_doer_suicide`` and
``murder_suicide``: a figure id ending "+doer") and whose doer is unnamed; only when the sentence of the list tells
the dead ("dead", "bodies"), the relation noun is the victim's own ("wife" for "his estranged wife",
``data/relation_nouns.tsv``), the possessive is "his"/"her" right after the name (its age between them), and one name
only is found (blank beats wrong).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span
from sitrep.nlp.doctext import doc_text

__all__ = ["credit_suicide_doer"]

# between the named man and "his wife": his age and a comma, or a comma alone ("Ronald Pruitt, 52, his wife")
_BETWEEN = re.compile(r"^\s*(?:,\s*\(?\d{1,3}\)?\s*)?,\s*$")
_DEAD_WORDS = frozenset({"dead", "bodies", "body"})
_POSSESSIVES = frozenset({"his", "her"})


def _owner_named(doc, noun: str) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The PERSON names told just before "his/her <noun>" in a sentence that tells the dead."""
    found = set()
    for t in doc:
        if t.lemma_.lower() != noun or t.i == 0 or doc[t.i - 1].lower_ not in _POSSESSIVES:
            continue
        sent = t.sent
        if not any(w.lower_ in _DEAD_WORDS for w in sent):
            continue
        poss = doc[t.i - 1]
        ent = max((e for e in doc.ents if e.label_ == "PERSON" and sent.start <= e.start and e.end <= poss.i),
                  key=lambda e: e.end, default=None)
        if ent is not None and _BETWEEN.match(doc_text(doc)[ent.end_char:poss.idx]):
            found.add((ent.start_char, ent.end_char, ent.text))
    return found


def _victim_relation(e: EventMention, rel: frozenset[str]) -> Optional[str]:
    if e.actor2 is None:
        return None
    words = re.findall(r"[a-z-]+", e.actor2.name.lower())
    return words[-1] if words and words[-1] in rel else None


def credit_suicide_doer(out: list[EventMention], doc, aid: str) -> None:  # type: ignore[no-untyped-def]
    """Name the unnamed doer of a murder-suicide by the man or woman the list of the dead names before "his/her
    <the victim's relation>" (module docstring)."""
    from sitrep.events.roles import relation_nouns

    rel = relation_nouns()
    for e in out:
        if e.event_type not in VIOLENT_EVENT_TYPES or e.actor1 is not None or e.fatalities is None \
                or not e.fatalities.id.endswith("+doer"):
            continue
        noun = _victim_relation(e, rel)
        if noun is None:
            continue
        names = _owner_named(doc, noun)
        if len(names) != 1:
            continue
        start, end, name = next(iter(names))
        e.actor1 = ActorRef(f"x:{name.lower()}", name, Span(aid, start, end, name), "primary", 0.6)
