"""Whether a verb phrase says its victim died: "shot dead", "found dead", "pronounced dead", "beaten to death",
"passed away", "gunned down", "succumbed to his wounds", "lost his life", "was found with stab wounds, dead"; and
the victims a "dead" parsed apart holds ("shot dead his wife").
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.death_idioms import death_idiom, death_idiom_verb
from sitrep.nlp.doctext import doc_attr
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


# the verbs read by their lemma alone below: a particle death ("passed away", "gunned down"), "succumbed to"
_LEMMA_READINGS = frozenset(a for a, _p in _PARTICLE_DEATHS) | {"succumb"}
# the words every other reading needs on a child or grandchild of the verb (or a conjunct's child), or right after it
_DEAD_WORDS = frozenset({"dead", "death", "deceased"})


def _dead_word_hosts(doc: Any) -> Optional[frozenset[int]]:
    """The tokens that may hold a word of ``_DEAD_WORDS`` in their phrase: every ancestor of such a word and the
    token right before it, built once per Doc from the cached lower-case forms (a Token only for those words and
    their ancestors). None for a stand-in Doc of the tests (no cache: every verb is read)."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:
        return None
    got = user_data.get("sitrep_dead_hosts")
    if got is None:
        hosts: set[int] = set()
        for k, low in enumerate(doc_attr(doc, "lower_")):
            if low in _DEAD_WORDS:
                hosts.add(k - 1)
                t = doc[k]
                while t.head.i != t.i:
                    t = t.head
                    hosts.add(t.i)
        got = user_data["sitrep_dead_hosts"] = frozenset(hosts)
    return got


def fatal_phrase(v: Any) -> bool:
    """ "shot dead", "found dead", "was pronounced dead" (or "deceased"), "beaten to death", "passed away", "gunned down",
    "succumbed to his wounds", "was found with stab wounds, dead": a verb phrase that says its victim died.

    Asked of every verb of a victim reading: a verb that is no ancestor of a word of ``_DEAD_WORDS`` (nor right
    before one), with no lemma read alone (``_LEMMA_READINGS``, a death idiom's verb), has none of these readings
    and is answered without reading its children (keep the two in step)."""
    hosts = _dead_word_hosts(getattr(v, "doc", None))
    if hosts is not None and v.i not in hosts:
        lem = v.lemma_.lower()
        if lem not in _LEMMA_READINGS and not death_idiom_verb(lem):
            return False
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
