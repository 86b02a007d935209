"""When two doers (actor1) may be one incident's doer (events/merge.py): :func:`same_agent` (the same actor, a branch
told by its parent group, two descriptions sharing a word or naming no armed side, the dictionary's Unidentified
Armed Group and "the attackers"), :func:`retold_doer` (an unnamed doer and a named one when the later mention points
back to the deed, "Gunmen kidnapped the engineer ... The Red Hand Front claimed responsibility for the kidnapping",
and the description fits the named actor's kind, :func:`doer_kind`: state forces, armed group, or either);
:func:`lone_doer`, :func:`told_back_plural`, :func:`own_deed_told` ("JNIM said ... that it had attacked the post").
"another commando", "a rival gang" are another party.

Evidence: attack_reports* and terror_reports* (attack_reports6 f10, precision11: the lead and its retelling had
stayed two attacks; bench/README.md sections on ``merge._same_agent``)."""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.events.merge_pointers import names_the_deed
from sitrep.events.merge_tellings import proper_name, role_entry, same_actor, stems, telling
from sitrep.model import ActorRef, EventMention
from sitrep.nlp.actor_lexicon import UNK_PREFIX


# words that make a description of a doer another party ("another commando", "a rival gang")
_OTHER_PARTY = frozenset({"another", "other", "second", "rival", "separate"})


@functools.lru_cache(maxsize=1)
def _side_words() -> frozenset[str]:
    """Words that name an armed side or force in a description of a doer: the ontology's armed-force words, the
    generic names of armed sides of data/generic_group_words.tsv, and "police"."""
    from sitrep.events.generic_actors import generic_words
    from sitrep.events.ontology import load_ontology

    return frozenset(load_ontology().cue("armed_force_words") | generic_words("side") | {"police", "policeman", "policemen"})


def same_agent(x, y) -> bool:  # type: ignore[no-untyped-def]
    """Doers (actor1) of one incident: the same actor, or two descriptions (``x:`` ids) of unnamed doers that
    share a word ("guerrilla units" ... "urban guerrilla commandos") or of which neither names an armed side or
    force ("an armed group" ... "alleged members"; "paid assassins" ... "unidentified persons"); "soldiers" and
    "guerrillas" are two sides, and "another commando" another party."""
    if same_actor(x, y) or branch_and_parent(x, y):
        return True
    if not (x.entity_id.startswith("x:") and y.entity_id.startswith("x:")):
        return _unidentified_described(x, y)
    if any(w in _OTHER_PARTY for a in (x, y) for w in re.findall(r"\w+", telling(a).lower())):
        return False
    wx, wy = stems(x), stems(y)
    if wx & wy:
        return True
    side = _side_words()
    return not any(w in side or w + "s" in side for w in wx | wy)


_OWN = frozenset({"its", "their", "his", "her", "our"})


def _claimants_own(a) -> bool:  # type: ignore[no-untyped-def]
    """ "The Islamic State said its men attacked a police post": a speaker's own men, not an unnamed doer."""
    return a.span is not None and any(w in _OWN for w in re.findall(r"\w+", a.span.text.lower()))


def branch_and_parent(x, y) -> bool:  # type: ignore[no-untyped-def]
    """One doer is the other's parent group in the actor dictionary ("Insurgents linked to the Islamic State killed
    three" ... "The Islamic State's Mozambique province claimed the attack"): a branch told by its parent's name."""
    return branch_of(x, y) or branch_of(y, x)


_GROUP_TYPES = frozenset({"rebel", "militia"})  # (a state's force and its army are told apart: a guard is no army)


def branch_of(x, y) -> bool:  # type: ignore[no-untyped-def]
    """``x`` is a branch of the armed group ``y``: the actor dictionary gives ``y`` as ``x``'s parent, both non-state
    armed groups."""
    from sitrep.nlp.actor_lexicon import get_resolver

    actors = get_resolver().actors
    ex, ey = actors.get(x.entity_id, {}), actors.get(y.entity_id, {})
    return ex.get("parent") == y.entity_id and ex.get("type") in _GROUP_TYPES and ey.get("type") in _GROUP_TYPES


def _unidentified_described(x, y) -> bool:  # type: ignore[no-untyped-def]
    """ "Gunmen killed four miners near Djibo on Monday ... The attackers arrived on motorbikes and opened fire": the
    dictionary's Unidentified Armed Group and a description of unnamed doers that names no side and no other party
    ("the attackers", "the gunmen"; not "soldiers", "rebels", "another gang"; nor is a group's "its men", told by its
    claim) are one incident's doer (branch
    precision11: the lead and its retelling had stayed two attacks)."""
    for role, desc in ((x, y), (y, x)):
        if not desc.entity_id.startswith("x:") or proper_name(desc.name) or role.entity_id.startswith("x:") \
                or role_entry(role).get("role") != "UNIDENT" or _claimants_own(role):
            continue
        if any(w in _OTHER_PARTY for w in re.findall(r"\w+", telling(desc).lower())):
            return False
        side = _side_words()
        return not any(w in side or w + "s" in side for w in stems(desc))
    return False


@functools.lru_cache(maxsize=1)
def _state_force_words() -> frozenset[str]:
    """One-word nouns of a state's forces (data/bare_forces.tsv: "soldiers", "troops", "police")."""
    from sitrep.events.roles import bare_forces

    return frozenset(p for p in bare_forces() if " " not in p)


_UNNAMED_ROLES = ("UNIDENT", "OPP", "ISLAMIST")  # data/actor_roles.tsv roles of doers the report does not name


def unnamed_doer(a: ActorRef) -> bool:
    """A doer told by a description ("armed men", an ``x:`` id) or by a dictionary role of unnamed doers
    ("Unidentified Armed Group (X)", "Opposition Rebels (X)")."""
    if a.entity_id.startswith("x:"):
        return not proper_name(a.name)
    return not a.entity_id.startswith(UNK_PREFIX) and role_entry(a).get("role") in _UNNAMED_ROLES


def told_nothing(a: ActorRef) -> bool:
    """The doer read from a phrase that tells nothing of who they are, in a report of no country ("two men":
    events/unnamed_attackers.men_of_no_country): any doer a later mention of the deed names says more."""
    from sitrep.events.unnamed_attackers import UNIDENTIFIED

    return a.entity_id == UNIDENTIFIED.entity_id


def doer_kind(a: ActorRef) -> Optional[str]:
    """ "state" (a state's forces), "armed" (a non-state armed group), "" (a description naming no side: "a group",
    "armed men"), or None (an actor that is neither: a country, a person, a medium)."""
    if a.entity_id.startswith("x:"):
        from sitrep.events.generic_actors import generic_words

        words = {w[:-1] if w.endswith("s") else w for w in re.findall(r"\w+", telling(a).lower())}
        if words & {w[:-1] if w.endswith("s") else w for w in _state_force_words()}:
            return "state"
        return "armed" if words & generic_words("side") else ""
    if a.entity_id.startswith(UNK_PREFIX):
        return "armed"  # a group the dictionary does not know ("the Red Hand Commando")
    entry = role_entry(a)
    if entry.get("role") == "UNIDENT":
        return ""
    if entry.get("type") in ("state_forces", "state"):
        return "state"
    return "armed" if entry.get("type") in ("rebel", "militia") else None


# "The raiders struck ...": a definite article and one plural noun in lower case, nothing else, tell the doer back
_THE_PLURAL = re.compile(r"[Tt]he\s+[a-z]+s")


def told_back_plural(m: EventMention) -> bool:
    """The mention's doer is told back by "the" and a bare plural noun ("The raiders struck the village"), a
    reference to doers already told rather than new ones ("raiders from another clan" has more words)."""
    ref = m.actor1
    return ref is not None and ref.span is not None and bool(_THE_PLURAL.fullmatch(ref.span.text))


# "JNIM said in a statement ... that it had attacked the post", "IS said ... that its fighters had killed 22 soldiers":
# the deed's doer is the pronoun of a group that speaks of its own deed
_OWN_PRONOUN = re.compile(r"(?:it|(?:one\s+of\s+)?(?:its|their)\s+[a-z]+)", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|claimed|claiming|saying)\b[^.;]*\bthat\s+$", re.I)


def own_deed_told(m: EventMention) -> bool:
    """The mention is a group's own telling of its deed: its doer is "it" / "its fighters" read as the group, after
    "said ... that" ("JNIM said in a statement that it had attacked the post")."""
    ref = m.actor1
    if ref is None or ref.span is None or ref.entity_id.startswith("x:") or not _OWN_PRONOUN.fullmatch(ref.span.text):
        return False
    return bool(_SAID_THAT.search(m.sentence.text[:max(0, ref.span.start - m.sentence.start)]))


# "Boko Haram fighters killed five people near Gwoza and ISWAP fighters killed two soldiers": a second group's deed
_AND_GROUP_DID = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+(?:[a-z]+\s+)?"
                            r"(?:killed|attacked|ambushed|shot|struck|stormed|raided|kidnapped|abducted)\b")


def second_doer_told(m: EventMention) -> bool:
    """The mention's sentence tells a second group's deed ("... and ISWAP fighters killed two soldiers near Bama"):
    a doer told back later may be either."""
    return bool(_AND_GROUP_DID.search(m.sentence.text))


def retold_doer(a: EventMention, b: EventMention, lone_named: bool = False) -> bool:
    """ "Gunmen kidnapped the engineer on Monday. ... The Red Hand Front claimed responsibility for the kidnapping.":
    an unnamed doer (a description, or a dictionary role of unnamed doers) and a named one are one incident's doer
    when the later mention points back to the incident ("the kidnapping", "the attack": a definite singular noun)
    and the description fits the named actor's kind (soldiers, troops, police: a state's forces; guerrillas, rebels:
    a non-state group; "armed men", "a group": either); "another commando" is another party. With
    ``lone_named`` (the incidents before have one doer, named: :func:`lone_doer`), "the raiders" alone
    (:func:`told_back_plural`) points back too ("attacked by about forty dahalo ... The raiders struck the
    village"; after two groups' deeds, or another group's deed in the lead's sentence, it names neither); so does a group's telling of its own deed
    (:func:`own_deed_told`: "JNIM said ... that it had attacked the post")."""
    x, y = a.actor1, b.actor1
    if x is None or y is None or unnamed_doer(x) == unnamed_doer(y):
        return False
    if not (names_the_deed(b) or lone_named and unnamed_doer(y) and told_back_plural(b) and not second_doer_told(a)
            or own_deed_told(b)):
        return False
    desc, named = (x, y) if unnamed_doer(x) else (y, x)
    if any(w in _OTHER_PARTY for w in re.findall(r"\w+", telling(desc).lower())):
        return False
    kd, kn = doer_kind(desc), doer_kind(named)
    return kn is not None and kd is not None and kd in ("", kn)


def lone_doer(incidents: list[EventMention]) -> bool:
    """The incidents told so far have one doer, and a named one ("attacked by about forty dahalo"): a doer told
    back by "the raiders" can be no other (after two groups' deeds, or a named and an unnamed one, it could)."""
    doers = {k.actor1.entity_id: k.actor1 for k in incidents if k.actor1 is not None}
    return len(doers) == 1 and not unnamed_doer(next(iter(doers.values())))
