"""A headline that blames a named armed group for the deed the body tells with no name for its doer.

"Crimson Front blamed for ambush that killed four soldiers" over a body that only says "suspected militants
ambushed the patrol": the headline is the report's own word on who did it, and a coder takes it. Ingest cuts the
headline off as the article's title, and a headline left in the text is read only when the body tells no violence
(events/extract.py), so its blame was lost.

The same for a headline that says the group did the deed ("Crimson Front militants kill 13 herders in raid": the
headline's main verb in the present tense, heading a violent event, its subject the group's name, alone or before a
noun of its members; not "X attack kills ...") or claimed it ("Crimson Front claims attack on army base"), over a
body that tells the deed with "gunmen" only (issue 16, branch attackers24).

Only a headline of those forms ("<name> blamed|suspected for|as|in|over|after|behind <deed>", "<name> claims
<deed>", "<name> <verb> ...") whose name is a non-state armed group of the actor dictionary (never a generic or
unidentified side) and whose deed part holds a word of a violent event ("ambush", "shot", "bombing"); only for the
body's asserted violent deeds whose doer is unnamed ("gunmen", an unidentified group) or a generic name that may be
the group ("Islamist Militants (X)", "the rebels"). Nothing changes when the body names another armed group as a
doer, or when the group denies in the body (the blame is contested; blank beats wrong). The headline is parsed only
when the body has such a deed and its words match neither of the first two forms (one short line).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from sitrep.events.generic_actors import generic_country, may_be_group
from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["credit_blamed_group", "credit_headline_blame", "group_named"]

# "X blamed for ...", "X suspected in ...": a passive participle with no object, the deed after it
_BLAMED = re.compile(r"^\W*(?P<who>\S.{0,60}?)\s+(?:blamed|suspected)\s+(?:for|as|in|over|after|behind)\s+(?P<deed>.+)$",
                     re.I | re.S)


def _unnamed(ref: Optional[ActorRef]) -> bool:
    return ref is None or ref.entity_id.endswith("_UNIDENT") or ref.entity_id.startswith("x:")


def _named_group(ref: Optional[ActorRef], finder: ActorFinder) -> bool:
    return (ref is not None and finder.named_group(ref) and generic_country(ref) is None
            and not ref.entity_id.endswith("_UNIDENT"))


def _violent_deed(words: str, onto: Ontology) -> bool:
    """``words`` hold a word heading a violent event ("ambush", "shot dead", "the bombing of")."""
    from sitrep.nlp.models import load_pipeline

    for t in load_pipeline()(words):
        pos = "NOUN" if t.pos_ in ("NOUN", "PROPN") else "VERB"
        if any(p.tdef.event_type in VIOLENT_EVENT_TYPES for p in onto.patterns(t.lemma_.lower(), pos)):
            return True
    return False


def _headline_accused(titles: Iterable[str], finder: ActorFinder, onto: Ontology) -> Optional[ActorRef]:
    """The named armed group a headline blames for a violent deed it tells, says did it or says claimed it, or
    None."""
    for title in titles:
        line = _PLACE_LABEL.sub("", " ".join(title.split()), count=1)
        m = _BLAMED.match(line) or _CLAIMS.match(line)
        parts = (m.group("who"), m.group("deed")) if m is not None else _doer_and_deed(line, onto)
        if parts is None:
            continue
        ref = group_named(parts[0], finder)
        if ref is not None and _violent_deed(parts[1], onto):
            return ref
    return None


# "Nigeria: ", "Burkina Faso: ": the country or place label a wire headline opens with
_PLACE_LABEL = re.compile(r"^\W*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}:\s+")
# "X claims attack on ...", "X claims responsibility for ...": the claimant first, the deed after
_CLAIMS = re.compile(r"^\W*(?P<who>\S.{0,60}?)\s+claims?\s+(?:responsibility\s+for\s+)?(?P<deed>.+)$", re.I | re.S)
# plural nouns of an armed group's members after its name ("Lakurawa militants", "ELN rebels")
_MEMBER_NOUNS = frozenset({"militants", "fighters", "rebels", "insurgents", "jihadists", "gunmen", "guerrillas",
                           "members"})


def _doer_and_deed(line: str, onto: Ontology) -> Optional[tuple[str, str]]:
    """(subject, rest) of a headline whose main verb, in the present tense, heads a violent event ("Lakurawa
    militants kill 13 herders in Sokoto raid"); None otherwise."""
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()(line)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ not in ("VBZ", "VBP") or not any(
            p.tdef.event_type in VIOLENT_EVENT_TYPES for p in onto.patterns(root.lemma_.lower(), "VERB")):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in _MEMBER_NOUNS):
        return None  # (the group or its members, not a deed of theirs: "X attack kills ..." is left as it was)
    return line[subj.left_edge.idx:subj.idx + len(subj.text)], line[root.idx:]


def group_named(words: str, finder: ActorFinder) -> Optional[ActorRef]:
    """The non-state armed group of the dictionary ``words`` name, alone or before a noun of its members."""
    from sitrep.nlp.actor_lexicon import get_resolver

    for who in (words, *([words.rsplit(None, 1)[0]] if words.split()[-1].lower() in _MEMBER_NOUNS else [])):
        got = get_resolver().resolve(who, finder.focus)
        ref = ActorRef(got[0], got[1], None, "primary", 0.6) if got is not None else None
        if ref is not None and _named_group(ref, finder):
            return ref
    return None


def credit_headline_blame(out: list[EventMention], titles: list[str], finder: ActorFinder, onto: Ontology) -> None:
    """Name the headline's blamed group as the doer of the body's asserted violent deeds told with no named doer
    (see the module docstring)."""
    deeds = [e for e in out if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    if not any(_unnamed(e.actor1) or generic_country(e.actor1) is not None for e in deeds):
        return
    accused = _headline_accused(titles, finder, onto)
    if accused is not None:
        credit_blamed_group(out, accused, finder)


def credit_blamed_group(out: list[EventMention], accused: ActorRef, finder: ActorFinder) -> None:
    """Name ``accused`` (a named armed group the report blames) as the doer of the asserted violent deeds told with
    no named doer, unless the group denies or the report names another group as a doer."""
    deeds = [e for e in out if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    aid = accused.entity_id
    if any(e.plover == "REJECT" and any(a is not None and a.entity_id == aid for a in (e.actor1, e.actor2))
           for e in out):
        return  # the group denies in the body: contested
    if any(e.actor1 is not None and e.actor1.entity_id != aid and _named_group(e.actor1, finder) for e in deeds):
        return  # the body names another group as a doer: the headline's word is not the only one
    for e in deeds:
        if e.actor2 is not None and e.actor2.entity_id == aid:
            continue
        if _unnamed(e.actor1) or may_be_group(e.actor1, accused):
            e.actor1 = ActorRef(aid, accused.name, None, "primary", 0.6)
