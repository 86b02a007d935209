"""Who "it" / "they" stands for as the doer of a violent deed told by an unnamed official or witness: "Boko Haram
has raided the area for years. Local officials said it attacked the village on Tuesday": the one armed side named
before, not the officials (issue 16, branch roles21).

events/antecedents reads a pronoun in what a speaker says as the speaker, or as the body a spokesman speaks for
("a spokesman for the rebels said they ..."); a speaker noun naming no body ("officials", "witnesses", "a source":
data/speaker_nouns.tsv) left it blank. Such a speaker tells of the deed, it does not do it: the pronoun then takes
the one armed side named in its sentence before it or in the two sentences before (``doer_antecedent.told_side``:
not a speaker, a sponsor, or a name inside another side's description; blank when two sides fit). Only for the
doer of a violent deed (an arrest or a statement told so may be another side's), only for "it"/"they" as the
subject, and never where the antecedent reading already left the pronoun open on purpose (both sides named before,
a side answering fire, a rival subject, a third person in quotes).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.deps import child
from sitrep.events.modality import governors
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef


def plural_body(tok: Any) -> bool:
    """``tok`` names its men in the plural ("police", "troops", "officials"), so "it" in what it says is not it."""
    return tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or tok.lower_ == "police")


def unnamed_teller(pron: Any, finder: ActorFinder) -> Optional[Any]:
    """The subject of the verb of saying over subject pronoun ``pron``'s clause when it is a speaker noun that names
    no armed body it speaks for, told before the pronoun ("Local officials said it ...", "witnesses said they ..."),
    or, for "it", any plural noun ("Police said it attacked ...": not the police)."""
    from sitrep.events.antecedents import armed_side, speaker_noun, speaker_principal

    for gov in governors(pron.head):
        if gov.lemma_.lower() not in finder.onto.cue("speech_verbs"):
            continue
        s = child(gov, "nsubj")
        if s is not None and s.i < pron.i and pron.lower_ == "it" and plural_body(s):
            return s  # "Police said it attacked ...": "it" is not the police
        if s is None or s.i > pron.i or not speaker_noun(s):
            return None
        body = speaker_principal(s, finder)  # ("local officials": the word "local" names no armed body either)
        return s if body is None or not armed_side(body, finder.onto, finder) else None
    return None


def reported_doer(pron: Any, finder: ActorFinder) -> tuple[bool, Optional[ActorRef]]:
    """Whether "it"/"they" (the subject of a violent deed) is told by a teller that is not its doer, and then the
    armed side it stands for (None: blank, never the teller). (False, None) when the pronoun is no such subject, no
    such teller tells it, or the antecedent reading left it open on purpose (those cases are the antecedent
    reading's)."""
    from sitrep.events.antecedents import answers, both_sides_before, host_subject
    from sitrep.events.doer_antecedent import told_side
    from sitrep.events.quoted_pronoun import third_person_quoted

    if pron.lower_ not in ("it", "they") or pron.dep_ != "nsubj" or unnamed_teller(pron, finder) is None:
        return False, None
    if third_person_quoted(pron) or both_sides_before(pron, finder) or answers(pron) or host_subject(pron, finder)[1]:
        return False, None
    return True, told_side(pron, finder, set(), nonstate=False)
