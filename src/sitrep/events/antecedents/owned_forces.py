"""Forces owned or pointed at: "those forces" (:func:`anaphoric_forces`), the owner of "its troops",
"their fighters", "the group's fighters", "its Eastern War Front" (:func:`owned_forces`, :func:`own_unit_name`), and
"his men" in what a leader or spokesman of an armed body says (:func:`leader_forces`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.armed_side import armed_side
from sitrep.events.antecedents.common import antecedent_cue
from sitrep.events.antecedents.speaker import speaker_noun, speaker_principal
from sitrep.events.deps import child
from sitrep.events.modality import governors
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef
from sitrep.nlp.group_nouns import group_nouns


# bare armed nouns that "those" / "these" / "the" point back with ("those forces", "the troops")
POINTING_FORCE_NOUNS = antecedent_cue("pointing_force_nouns")  # (data/antecedent_cues.tsv)


def anaphoric_forces(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "those forces", "these troops", "the forces": a bare armed noun pointing back at an actor named before; not
    one that its own relative clause defines ("the soldiers who massacred the villagers"; "those forces, which ..."
    and "those forces, backed by X" still point back)."""
    kids = list(tok.children)
    return (tok.lemma_.lower() in POINTING_FORCE_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in kids)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids)
            and not any(c.dep_ == "relcl" and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text != ","
                        for c in kids))


def owned_forces(tok):  # type: ignore[no-untyped-def]
    """The "its" / "their" of "its troops", "their fighters", "its warplanes": an armed noun (ontology cues of armed
    groups, :func:`sitrep.events.nominal.armed_words`) owned by a body named by a pronoun, which stands for the
    body ("The army said its troops killed ..."), or by "the group" ("the group's fighters"). None for anything
    else ("his men", "their children")."""
    from sitrep.events.nominal import armed_words
    from sitrep.events.roles import lemma

    if own_unit_name(tok):
        return child(tok, "poss")  # "The ELN said its Eastern War Front had carried out the attack": the ELN's front
    if tok.pos_ != "NOUN" or lemma(tok) not in armed_words():
        return None
    poss = child(tok, "poss")
    if poss is not None and poss.lower_ == "whose" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head  # "the Islamic State, whose fighters beheaded ...": the noun the clause qualifies
    if poss is not None and poss.pos_ == "NOUN" and poss.lemma_.lower() in group_nouns("pointer"):
        return poss  # "the group's fighters": the group, which :func:`group_antecedent` reads
    return poss if poss is not None and poss.lower_ in ("its", "their") else None


def own_unit_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A unit's capitalised name owned by "its"/"their" ("its Eastern War Front", "their 5th Brigade"): the head
    word names an armed body (data/armed_name_words.tsv); the unit is the owner's, which ACLED codes as the group."""
    from sitrep.events.roles import armed_name_words

    poss = child(tok, "poss")
    return tok.pos_ == "PROPN" and poss is not None and poss.lower_ in ("its", "their") \
        and tok.lower_ in armed_name_words()


# people who speak for or lead a body and whose "his men" / "her fighters" are the body's ("a Taliban commander said
# his men ambushed the convoy"); besides data/speaker_nouns.tsv
LEADER_NOUNS = antecedent_cue("leader_nouns")  # (data/antecedent_cues.tsv)


def leader_forces(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "his men", "her fighters", "their troops" as the subject of a clause that a leader or spokesman of a named
    armed body says ("an al-Shabaab commander said his men ambushed the convoy", "a spokesman for the army said
    its troops ..."): that body (:func:`speaker_principal`). None for anything else ("a farmer said his men ...",
    "a commander said the men ...")."""
    from sitrep.events.nominal import armed_words
    from sitrep.events.roles import lemma

    if tok.pos_ != "NOUN" or (lemma(tok) not in armed_words() and tok.lower_ != "men"):
        return None
    poss = child(tok, "poss")
    if poss is None or poss.lower_ not in ("his", "her", "their"):
        return None
    for gov in governors(tok.head if tok.head.pos_ in ("VERB", "AUX") else tok):
        if gov.lemma_.lower() not in finder.onto.cue("speech_verbs"):
            continue
        s = child(gov, "nsubj")
        if s is None or not (speaker_noun(s) or s.lemma_.lower() in LEADER_NOUNS):
            return None
        ref = speaker_principal(s, finder)
        return ref if ref is not None and armed_side(ref, finder.onto, finder) else None
    return None
