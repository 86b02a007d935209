"""When two victims (actor2) may be one incident's, and which telling of the victim the merged event keeps
(events/merge.py): :func:`same_victim` (a description fits another description or a dictionary actor, since one
incident's victims are described in several ways; an unknown name is a party of its own), :func:`same_person_named`
(a surname told again: "Colonel Ana Varga" ... "Varga"), :func:`victim_named_in`, :func:`victim_retold` (the later
victim goes back to the earlier: "four guards" ... "the guards"), and :func:`richer_victim` (the victim kept:
"two peasant leaders" over "the victims", "the outstanding general" over "the general").

Evidence: MUC-4 dev and attack_reports* (a restatement must not lose who was hit; "seven presidential guards" ...
"the guards who were attacked")."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.merge_tellings import (definite, generic_victim_words, own_words, quantified, role_entry,
    same_actor, stems, telling)
from sitrep.model import ActorRef, EventMention
from sitrep.nlp.actor_lexicon import UNK_PREFIX


def victim_named_in(a: EventMention, b: EventMention) -> bool:
    """``b``'s victim is a person named in the text of ``a``'s incident: the last word of its telling, capitalised
    there ("Tomas Rendel was killed near the port" after "police confirmed that Rendel died last night ..."),
    found among the words of ``a``'s sentence or evidence."""
    v = b.actor2
    if v is None or not v.entity_id.startswith(("x:", UNK_PREFIX)):
        return False
    words = re.findall(r"[^\W\d_]+", telling(v))
    if not words or not words[-1][:1].isupper() or len(words[-1]) < 3 or words[-1].lower() in generic_victim_words():
        return False
    name = words[-1].lower()
    return any(name in re.findall(r"[^\W\d_]+", sp.text.lower()) for sp in [a.sentence, *a.evidence])


def same_victim(x, y) -> bool:  # type: ignore[no-untyped-def]
    """Victims told by a description clash with nothing but a name: a report describes one incident's victims in
    several ways ("seven presidential guards" ... "12 soldiers were injured" ... "the guards who were attacked"),
    so a description (an ``x:`` id of events/victim_nouns) fits another description or a known actor of the
    dictionary; a name not in the dictionary (``unk:``, "the Coastal Brigade") is a party of its own."""
    if same_actor(x, y):
        return True
    ids = (x.entity_id, y.entity_id)
    if any(i.startswith("x:") for i in ids) and not any(i.startswith(UNK_PREFIX) for i in ids):
        return True
    if all(_described_victim(a) for a in (x, y)):
        return True  # "an army patrol was ambushed" ... "three civilians were wounded in the ambush"
    return same_person_named(x, y)


_DESCRIBED_ROLES = frozenset({"MIL", "POLICE", "CIVILIANS"})  # data/actor_roles.tsv roles a bare noun is given


def _described_victim(a: ActorRef) -> bool:
    """A victim told by a description (an ``x:`` id) or by a generic role that a bare noun takes ("a soldier" ->
    Military Forces of X, "two civilians" -> Civilians): one incident's victims are described in several ways."""
    if a.entity_id.startswith("x:") or a.entity_id == "CIVILIANS":
        return True
    return not a.entity_id.startswith(UNK_PREFIX) and role_entry(a).get("role") in _DESCRIBED_ROLES


def same_person_named(x: ActorRef, y: ActorRef) -> bool:
    """Two tellings of a victim outside the actor dictionary (a name, or a description with a name in it) that
    share the last word of one of them, the surname a report goes back to: "Colonel Ana Varga" ... "Varga",
    "Dr Ana" ... "Ana Varga" (a name cut short). A dictionary actor is never joined so."""
    if not all(i.startswith(("x:", UNK_PREFIX)) for i in (x.entity_id, y.entity_id)):
        return False
    wx, wy = own_words(x), own_words(y)
    if not wx or not wy:
        return False
    return wx[-1] in wy or wy[-1] in wx


def victim_retold(x: Optional[ActorRef], y: Optional[ActorRef]) -> bool:
    """The later mention's victim is the earlier one's, said so by the words: one person named again (the same name
    outside the dictionary, or part of it: :func:`same_person_named`), or a description that goes back to the
    earlier one ("four guards" ... "the guards"). The same kind of victim told anew ("two policemen" ... "three
    policemen", a role a bare noun gives: police, soldiers, civilians) is no sign of one incident: a report of
    several attacks has victims of one kind in each."""
    if x is None or y is None:
        return False
    if x.entity_id == y.entity_id and x.entity_id.startswith(UNK_PREFIX):
        return True
    if same_person_named(x, y):
        return True
    return bool(stems(x) & stems(y)) and definite(y)


def richer_victim(keep: Optional[ActorRef], other: Optional[ActorRef]) -> Optional[ActorRef]:
    """The victim of two tellings of one incident to keep: the first, unless it says nothing of who or how many the
    victims were ("the victims", "individuals", "they"; "12 persons" counts them, and stays) and the other does
    ("two peasant leaders"), or the other says all it says and more ("the general" -> "the outstanding general")."""
    if keep is None or other is None:
        return keep or other
    mine, theirs = own_words(keep), own_words(other)
    if not theirs:
        return keep
    if (not mine and not quantified(telling(keep))) or (mine and set(mine) < set(theirs)):
        return other
    return keep
