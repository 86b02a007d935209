"""Whether a verb phrase says its victim died: "shot dead", "found dead", "pronounced dead", "beaten to death",
"passed away", "gunned down", "succumbed to his wounds", "lost his life", "was found with stab wounds, dead"; and
the victims a "dead" parsed apart holds ("shot dead his wife").
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.death_idioms import death_idiom
from sitrep.nlp.severed_result import severed_result


_PARTICLE_DEATHS = {("pass", "away"), ("gun", "down")}  # "passed away", "was gunned down"


def found_dead_with(v: Any) -> Optional[Any]:
    """The "dead" of "X was found with stab wounds, dead", parsed with "dead" on the wounds: a "dead" that modifies
    the object of a "with" under "found" (else None)."""
    if v.lemma_.lower() != "find":
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                dead = next((x for x in g.children if x.dep_ == "amod" and x.lower_ == "dead" and x.i > g.i), None)
                if g.dep_ == "pobj" and dead is not None:
                    return dead
    return None


def lost_life(v: Any) -> bool:
    """ "lost their lives", "lost his life", "paid the supreme price", "embraced shahadat": the subject of a death
    idiom (``nlp/death_idioms``) died."""
    return death_idiom(v)


def fatal_phrase(v: Any) -> bool:
    """ "shot dead", "found dead", "was pronounced dead" (or "deceased"), "beaten to death", "passed away", "gunned down",
    "succumbed to his wounds", "was found with stab wounds, dead": a verb phrase that says its victim died."""
    if found_dead_with(v) is not None or lost_life(v) or severed_result(v) is not None:
        return True  # (severed: "gunmen on a motorcycle shot dead a woman", "dead" parsed as a clause of its own)
    lem = v.lemma_.lower()  # (read once: asked for several children of every verb)
    for c in v.children:
        if c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "advcl", "ccomp") and c.lower_ == "dead":
            return True
        if c.dep_ == "prep" and c.lower_ == "dead" and c.i == v.i + 1 and objects_on_dead(v):
            return True  # "shot dead his neighbour", with "dead" parsed as a preposition taking the victim
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "deceased" and lem in ("pronounce", "declare"):
            return True  # "was pronounced deceased", "declared deceased": the police release's words for "dead"
        if c.dep_ in ("prt", "advmod") and (lem, c.lower_) in _PARTICLE_DEATHS:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children):
            return lem != "sentence"  # "sentenced to death" is a verdict, not a death
        if lem == "succumb" and c.dep_ == "prep" and c.lower_ == "to":
            return True
        if c.dep_ in ("dobj", "obj") and any(g.lower_ == "dead" and (g.i > c.i or g.i == v.i + 1)
                                             for x in (c, *c.conjuncts) for g in x.children):
            return True  # "left a man dead" / "shot dead Ana Ruiz" / "found X, 44, and Y, 47, dead", with "dead"
            # parsed on the (last) victim
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and any(
                g.dep_ == "amod" and g.lower_ == "dead" and (g.i == v.i + 1 or _after_object(v, g)) for g in c.children):
            return True  # "were found dead Sunday", "left a man dead Saturday", parsed with "dead" on the day
    return False


def _after_object(v: Any, g: Any) -> bool:
    """``g`` comes right after the object of ``v`` ("left a man dead Saturday")."""
    return any(c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == g.i for c in v.children)


def _found_dead(v: Any) -> bool:
    """ "Police found X dead": the parser may make "dead" a clause of its own under "found", with X its subject."""
    return v.lower_ == "dead" and v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() == "find" \
        and any(c.dep_ == "nsubj" for c in v.children)


def objects_on_dead(v: Any) -> list[Any]:
    """ "A man shot dead his wife and her sister": the parser hangs the object on "dead" (an object predicate
    right after the verb), so the verb has none of its own; the victims are that object, not the subject."""
    return [c for d in v.children if d.lower_ == "dead" and d.dep_ in ("oprd", "acomp", "xcomp", "advmod", "prep")
            and d.i > v.i for c in d.children if c.dep_ in ("dobj", "obj") and c.i > d.i]
