"""Members of a group act for it: "members of the army", "fighters of the Scorpion Front", "guerrillas of X".

A generic phrase of membership whose "of" phrase names a group (an actor of the dictionary, or a capitalised name the
entity layer reads as an organisation) stands for that group, as a coder reading "members of the army killed ..."
codes the army. Only the member nouns of :data:`MEMBER_NOUNS` (never "the wife of X", "the town of X": those are
persons and places, read elsewhere) and only a group named in full (never "fighters of the village"); "members of a
family" are civilians.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import pobj
from sitrep.events.ontology import load_ontology
from sitrep.events.roles import lemma
from sitrep.model import ActorRef

__all__ = ["BAND_NOUNS", "group_of_members", "MEMBER_NOUNS", "named_group_of_side", "owner"]

# nouns of people who belong to a group and act as its members (lemmas)
MEMBER_NOUNS = frozenset({"member", "fighter", "guerrilla", "militant", "commando", "element", "unit", "cell",
                          "squad", "agent", "operative", "soldier", "troop", "militiaman", "combatant",
                          "cadre",  # "cadres of the CPI (Maoist)": Indian usage for a member of an armed or political group
                          "remnant"})  # "remnants of the Dawlah Islamiyah-Maute Group": what is left of its fighters


# nouns naming a criminal band after (or beside) its proper name ("the Barrio 18 gang", "Los Pulpos, a criminal gang")
BAND_NOUNS = frozenset({"gang", "cartel", "network", "faction", "group", "militia", "organization", "organisation",
                        "clan", "mafia", "syndicate"})


# heads of an armed or state body named without a name ("members of the army", "agents of the police")
_GROUP_HEADS = frozenset({"army", "military", "police", "force", "militia", "guerrilla", "rebel", "cartel", "mafia",
                          "gang", "brigade", "battalion", "regiment", "squad", "unit", "front", "movement"})


def group_of_members(finder, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The group named by the "of" phrase of member noun ``tok`` ("members of the army" -> the army); None when
    ``tok`` is no member noun or the "of" phrase names no group."""
    lem = lemma(tok)  # "Members" after a dateline's dash, tagged as a name, still a member noun
    gear = lem in load_ontology().cue("military_gear_words") or gear_crew(tok)
    if lem not in MEMBER_NOUNS and not gear:
        return None
    g = pobj(tok, "of") or owner(tok)
    if g is None:
        return None
    ref = finder._actor(g, role, False)
    if ref is not None and ref.entity_id == "CIVILIANS" and lem == "member":
        return ref  # "five members of one family": civilians (never fighters of a village)
    if ref is None or ref.entity_id == "CIVILIANS":
        return None
    if gear and lemma(g) not in _GROUP_HEADS and not finder.is_state(ref) and not finder.named_group(ref):
        return None  # "the jets of the airline", "the vehicles of the villagers": gear of no armed side
    if not ref.entity_id.startswith("x:") or (g.ent_type_ in ("ORG", "NORP") and g.text[:1].isupper()) \
            or lemma(g) in _GROUP_HEADS or _called_band(g):
        return ref  # a dictionary actor ("the FMLN"), an organisation's name, an armed body ("the army")
    return None


# nouns of a side's fighters that a wire names with the group they come from ("Jihadists from ISWAP", "insurgents of
# the TTP"): read only when the phrase names an armed group of the dictionary (common English usage)
_SIDE_MEMBERS = frozenset({"jihadist", "insurgent", "rebel", "gunman", "extremist", "terrorist", "fighter", "militant"})


def named_group_of_side(finder, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The named armed group of a side noun's "from" or "of" phrase ("Jihadists from Islamic State West Africa
    Province (ISWAP) stormed ...": ISWAP, not "Islamist Militants (Nigeria)"); None when ``tok`` is no side noun or
    the phrase names no armed group of the dictionary (a place: "fighters from the north", a state: "troops from
    Chad")."""
    if lemma(tok) not in _SIDE_MEMBERS:
        return None
    g = pobj(tok, "from") or pobj(tok, "of")
    ref = finder._actor(g, role, False) if g is not None else None
    return ref if ref is not None and finder.named_group(ref) and not finder.is_state(ref) else None


# nouns of the crew of a weapon named by its compound ("drone operators", "tank crews", "artillery gunners"): they act
# for whoever owns the weapon, like the gear itself (common English usage in war reporting)
CREW_NOUNS = frozenset({"operator", "crew", "crewman", "gunner", "pilot"})


def gear_crew(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` names the crew of a weapon of data/ontology.json's military_gear_words ("Drone operators of X's
    brigade", "tank crews of the army"); a bare "operators" or "the pilots of the airline" is no crew of a weapon."""
    gear = load_ontology().cue("military_gear_words")
    return lemma(tok) in CREW_NOUNS and any(c.dep_ in ("compound", "amod") and lemma(c) in gear for c in tok.children)


def _called_band(g) -> bool:  # type: ignore[no-untyped-def]
    """``g`` is a proper name its apposition calls a band: "members of Los Pulpos, a criminal gang that ..." (a name
    the entity layer does not read as an organisation, or takes for a place: the apposition says it is a band)."""
    return g.pos_ == "PROPN" and g.text[:1].isupper() and g.ent_type_ != "PERSON" and any(
        c.dep_ == "appos" and lemma(c) in BAND_NOUNS for c in g.children)


def owner(tok):  # type: ignore[no-untyped-def]
    """The owner a "belonging to" phrase names ("tanks belonging to the army"), else None."""
    for c in tok.children:
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() == "belong":
            to = pobj(c, "to")
            if to is not None:
                return to
    return None
