"""A faith's or people's adjective before a thing struck names no side: "a Baptist church", "a Sufi shrine", "a Fulani
village" (issue 16, branch roles13).

``roles.ActorFinder`` reads a phrase whose head names no agent through its modifier ("a Turkish convoy": Turkey's
forces). A NORP modifier the actor dictionary does not know (its reading is only a made-up ``x:``/``unk:`` actor) names
the faith or people a building or settlement belongs to, never an armed side or a state: ACLED codes such an attack on
the people harmed there ("killing eight worshippers": civilians), with the community as an associate at most. So the
modifier gives no actor (blank beats wrong), and the clause's next target, if any, is read instead. A modifier the
dictionary knows ("Turkish", "Houthi") keeps its reading, and so does a word of an armed non-state side (ontology cue
``nonstate_words``: "a jihadist cell", "Islamist gunmen").
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef

__all__ = ["unknown_people_word"]


def unknown_people_word(mod, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the modifier token ``mod`` is a NORP adjective ("Baptist", "Sufi") whose actor reading ``ref`` is no
    actor of the dictionary."""
    from sitrep.events.ontology import load_ontology

    if mod.ent_type_ != "NORP" or ref is None or not ref.entity_id.startswith(("x:", "unk:")):
        return False
    return not {mod.lower_, mod.lemma_.lower()} & load_ontology().cue("nonstate_words")  # "a jihadist cell": armed
