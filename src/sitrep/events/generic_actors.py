"""A generic name of an armed side stands for the one armed group the report names, when the report links them.

"The FARC guerrillas announced a truce. Days later the guerrillas attacked a police post": the guerrillas are the
FARC, as a coder reading the report codes them. Only when the report names exactly one non-state armed group of the
actor dictionary (never when it names two: which one would be a guess), only for a generic name of
data/generic_group_words.tsv ("the rebels", "guerrilla units") with no name of its own, and only when the text links
the two: the report itself calls the group by the generic's word ("FARC guerrillas", "guerrillas of the FARC", "the
FARC, a guerrilla army", an alias such as "Houthi rebels"), or the group is the umbrella of its country's armed
opposition (``"umbrella": true`` in data/actors.jsonl: every Salvadoran guerrilla of the civil war was the FMLN's).
Being the only group named is no link: in "Islamic State claimed a bombing ... Rebels shelled the town" the rebels are
another side. A generic given another country than the group's ("Guatemalan guerrillas") is never the group.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from sitrep.events.roles import ActorFinder
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.resources import data_rows

__all__ = ["name_generic_groups", "may_be_group"]

_GENERIC_ROLES = ("_OPP", "_ISLAMIST")  # data/actor_roles.tsv roles of unnamed rebels and Islamist militants


@functools.lru_cache(maxsize=None)
def generic_words(kind: str = "side") -> frozenset[str]:
    """Words of data/generic_group_words.tsv of ``kind`` ("side": guerrilla, rebel...; "unit": unit, commando...)."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("generic_group_words.tsv",
                                                                  needs=("word", "kind", "source"))
                     if cols[1].strip() == kind)


def _entry(aid: Optional[str]) -> dict:
    """The actor dictionary's entry of ``aid`` ({} for an ad-hoc ``x:`` actor or an unknown id)."""
    if not aid or aid.startswith("x:"):
        return {}
    from sitrep.nlp.actor_lexicon import get_resolver

    return get_resolver().actors.get(aid) or {}


def _singular(w: str) -> str:
    if w.endswith(("iamen", "iaman")):
        return w[:-3]  # "militiamen": a member of the militia, which is how the side is called ("a Dogon militia")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"  # "paramilitaries"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def generic_country(ref: ActorRef) -> Optional[str]:
    """"" for a generic armed name with no country ("the guerrillas" read as an ad-hoc actor), its country for a
    dictionary role of unnamed rebels ("Opposition Rebels (El Salvador)"), None for anything else."""
    if ref.entity_id.startswith("x:"):
        words = [_singular(w.lower()) for w in ref.name.split()]
        known = generic_words() | generic_words("unit")
        if not words or any(w[:1].isupper() and _singular(w.lower()) not in known for w in ref.name.split()[1:]):
            return None  # a capitalised word inside the phrase names someone ("the Lindqvist rebels")
        side = words[-1] in generic_words() or (words[-1] in generic_words("unit")
                                                and any(w in generic_words() for w in words[:-1]))
        return "" if side else None
    if ref.entity_id.endswith(_GENERIC_ROLES) and _entry(ref.entity_id).get("role"):
        return _entry(ref.entity_id).get("country") or ""
    return None


def unidentified_side(ref: ActorRef) -> Optional[str]:
    """The country of an unidentified armed group that the text calls by a generic side word of its own ("Sudanese
    paramilitaries", "Malian jihadists" read as Unidentified Armed Group (Sudan)); None for any other actor, and for
    an unnamed doer told by no side word ("gunmen", "assailants": who they are is not said)."""
    if not ref.entity_id.endswith("_UNIDENT") or ref.span is None:
        return None
    words = re.findall(r"[A-Za-z]+", ref.span.text)
    if not words or _singular(words[-1].lower()) not in generic_words():
        return None
    from sitrep.events.merge_tellings import role_entry  # (the role's entry is synthesised on demand)

    return role_entry(ref).get("country") or ""


_GROUP_TYPES = frozenset({"rebel", "militia", "political_militia", "communal_militia", "identity_militia"})


def may_be_group(a: Optional[ActorRef], b: Optional[ActorRef]) -> bool:
    """One side named only generically ("jihadist fighters": Islamist Militants (Mali)) and the other a non-state
    armed group of the dictionary of that country (JNIM, of Mali), or of any country for a generic with none: the
    generic may be that group, as where one report of a story names the group and another only calls it jihadists.
    No link in the text is asked for: only for telling whether two counts of one place and day are one incident."""
    if a is None or b is None:
        return False
    for g, n in ((a, b), (b, a)):
        country = generic_country(g)
        e = _entry(n.entity_id)
        if country is not None and e and not e.get("role") and e.get("type") in _GROUP_TYPES \
                and country in ("", e.get("country")):
            return True
    return False


def _named_groups(finder: ActorFinder) -> set[str]:
    """Distinct non-state armed groups of the dictionary named in the report (roles of unnamed sides left out)."""
    out = set()
    for m in finder.mentions:
        if m.entity_id and not _entry(m.entity_id).get("role") and finder.named_group(
                ActorRef(m.entity_id, m.name or m.span.text)):
            out.add(m.entity_id)
    return out


def _side_word(words: list[str]) -> Optional[str]:
    """The word of ``words`` (lower case) that names the armed side ("guerrilla" of "guerrilla units")."""
    for w in reversed(words):
        if _singular(w) in generic_words():
            return _singular(w)
    return None


def _words_near(tok) -> set[str]:  # type: ignore[no-untyped-def]
    """Lower-case singular words of ``tok`` and of its compound / adjective modifiers."""
    out = {_singular(tok.lower_), tok.lemma_.lower()}
    out |= {_singular(c.lower_) for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i}
    return out


def _called(doc, finder: ActorFinder, gid: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Generic side words the report puts on the group ``gid`` itself: on its name ("FMLN guerrillas", "the guerrilla
    FMLN"), around it ("guerrillas of the FMLN", "the FMLN, a guerrilla army", "the rebel group, the FARC") or in its
    dictionary name or aliases ("Houthi rebels")."""
    side = generic_words()
    entry = _entry(gid)
    out = {_singular(w.lower()) for n in [entry.get("name") or "", *(entry.get("aliases") or [])] for w in n.split()}
    for m in finder.mentions:
        if m.entity_id != gid or doc is None:
            continue
        out |= {_singular(w.lower()) for w in m.span.text.split()}
        sp = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        root = sp.root
        near = [root]
        if root.dep_ in ("compound", "amod", "nmod", "appos"):
            near.append(root.head)  # "FMLN guerrillas", "the rebel group, the FARC"
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near.append(root.head.head)  # "guerrillas of the FMLN"
        near += [c for c in root.children if c.dep_ == "appos"]  # "the FMLN, a guerrilla army"
        for t in near:
            out |= _words_near(t)
    return out & side


def _of_group(ref: ActorRef, finder: ActorFinder, doc) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The named armed group of the dictionary that the generic phrase itself belongs to: "rebels of the National
    Liberation Army", "fighters of JNIM" (the object of its own "of")."""
    if doc is None or ref.span is None:
        return None
    sp = doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    for prep in sp.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for m in finder.mentions:
                if m.entity_id and m.span.start <= obj.idx < m.span.end and not _entry(m.entity_id).get("role") \
                        and finder.named_group(ActorRef(m.entity_id, m.name or m.span.text)):
                    return m.entity_id
    return None


def _bare(ref: ActorRef) -> bool:
    """The generic phrase is its side word alone, after "the" at most ("the militiamen"): a word before it ("dissident
    guerrillas", "rival militiamen") may set the men apart from the group the report calls so."""
    words = re.findall(r"[A-Za-z]+", ref.span.text if ref.span else ref.name)
    return 1 <= len(words) <= 2 and (len(words) == 1 or words[0].lower() in ("the", "these", "those"))


def _one_group(groups: set[str], word: Optional[str], finder: ActorFinder, doc) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The group a generic side word may stand for: the report's one named group, or, of two or more, the one group
    the report calls by that word ("Dan Na Ambassagou, a Dogon militia, has clashed with JNIM fighters ... The
    militiamen raided": the militia; never JNIM, whom the report does not call so), ``word`` None when the phrase is
    more than the bare word (:func:`_bare`). None when none or several fit."""
    if len(groups) == 1:
        return next(iter(groups))
    if word is None or not groups:
        return None
    linked = [gid for gid in sorted(groups) if word in _called(doc, finder, gid)]
    return linked[0] if len(linked) == 1 else None


def name_generic_groups(events: list[EventMention], finder: ActorFinder, doc=None) -> None:  # type: ignore[no-untyped-def]
    """actor1 / actor2 of violent events named only generically ("the rebels") become the report's one named armed
    group when the report calls that group by the generic's word; its name replaces the generic one, the evidence
    span stays the generic words of the event's sentence."""
    groups = None
    called: Optional[set[str]] = None
    for e in events:
        if e.event_type not in VIOLENT_EVENT_TYPES:
            continue
        for slot in ("actor1", "actor2"):
            ref = getattr(e, slot)
            if ref is None:
                continue
            country = generic_country(ref)
            if country is None:
                country = unidentified_side(ref)
            if country is None:
                continue
            own = _of_group(ref, finder, doc)
            if own is not None:  # "rebels of the ELN": the generic names its group itself, however many are named
                setattr(e, slot, dataclasses.replace(ref, entity_id=own, name=_entry(own).get("name") or ref.name))
                continue
            if groups is None:
                groups = _named_groups(finder)
            word = _side_word([w.lower() for w in re.findall(r"[A-Za-z]+", ref.span.text if ref.span else "")])
            if word is None and ref.entity_id.startswith("x:"):
                word = _side_word([w.lower() for w in re.findall(r"[A-Za-z]+", ref.name)])
            gid = _one_group(groups, word if _bare(ref) else None, finder, doc)
            if gid is None:
                return
            g = _entry(gid)
            if country and g.get("country") and g["country"] != country:
                continue
            if called is None or len(groups) > 1:
                called = _called(doc, finder, gid)
            if not g.get("umbrella") and (word is None or word not in called):
                continue  # the report never calls the group so: being the only group named is no link
            # (an umbrella group takes its country's generic side however it is told: "they", a unit)
            other = e.actor2 if slot == "actor1" else e.actor1
            if other is not None and other.entity_id == gid:
                continue  # "the rebels clashed with the FMLN": the generic side is another one
            setattr(e, slot, dataclasses.replace(ref, entity_id=gid, name=g.get("name") or ref.name))
