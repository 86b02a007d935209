"""Whether a verb tells its victim wounded by a phrase of injury or care: "was taken to hospital with injuries",
"was treated for a graze wound", "suffered a gunshot wound", "is in hospital", "took a stray bullet"; never where
the sentence tells a death, unless the one hurt is another than the dead ("a second was taken to hospital").
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.victims.another_one import _another_one, _others_dead
from sitrep.nlp.victims.hospital import _alive_hurt, _to_hospital
from sitrep.nlp.victims.injuries import has_injury, injury_noun, suffered_injury, took_a_bullet
from sitrep.nlp.victims.survival import _survival, survived_injury
from sitrep.nlp.victims.words import _CARRIED, _DEATH_LEMMAS, _SUFFERED, _SURVIVE, _TAKE_HIT_VERBS


def _hurt_by_phrase(v: Any) -> bool:
    """ "X was taken to hospital with injuries", "X was treated for a graze wound", "X suffered a
    gunshot wound to the leg", "X sustained serious injuries": X was wounded (never in a sentence that tells a
    death: the injuries may be the dead one's)."""
    lem = v.lemma_.lower()
    if _alive_hurt(v):
        return True
    if lem in _CARRIED and any(c.dep_ == "auxpass" for c in v.children):
        # "with" under the verb, or under "hospital" parsed as a verb ("was rushed to hospital with injuries"), or
        # under the place it was carried to ("was taken to hospital with gunshot injuries", "was also treated at the
        # hospital for stab wounds": the parser hangs the phrase on the place)
        heads = [v, *[c for c in v.children if c.dep_ == "xcomp" and c.lower_ in ("hospital", "hospitals")],
                 *[g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "in")
                   or c.dep_ == "agent" and lem == "treat" for g in c.children if g.dep_ == "pobj"]]
        # ("was treated by paramedics for smoke inhalation": the phrase hung on those who treated)
        hurt = any(c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "for" and lem == "treat")
                   and any(g.dep_ == "pobj" and injury_noun(g) for g in c.children)
                   for h in heads for c in h.children)  # ("was treated for a graze wound and released")
        # "was taken to Waikato Hospital in a critical condition": the condition the patient was carried in
        # (the phrase's own noun is "condition": not "to a hospital in Tessor, where he was listed in ... condition")
        hurt = hurt or any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "condition" and _survival().search(c.doc[c.i:g.i + 1].text)
            for g in c.children) for h in heads for c in h.children)
        if hurt and _another_one(v):
            return True  # "One man has died and a second was taken to hospital in a critical condition"
        if _another_one(v) and _to_hospital(v) and _others_dead(v):
            return True  # "Two people were found dead and a third was taken to hospital": the one more is the hurt
    elif lem in _SUFFERED or lem in _SURVIVE or has_injury(v):
        hurt = suffered_injury(v) or has_injury(v) if lem not in _SURVIVE else survived_injury(v)
        if hurt and _another_one(v):
            return True  # "Two men were beaten to death, while a third escaped with serious injuries"
    elif lem in _TAKE_HIT_VERBS:
        hurt = took_a_bullet(v)
    else:
        return False
    return hurt and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)
