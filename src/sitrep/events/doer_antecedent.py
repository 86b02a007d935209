"""Which earlier-named side a borrowed doer stands for: the checks and the fallback search for a pronoun ("they",
"its fighters") or a definite side noun ("the rebels") whose antecedent events/antecedents chose or left open.

One decision, the antecedent of the doer, read four ways (issue 16, branch roles15, held-out war_reports7):
- a speaker told by a pronoun of the other number is not what the pronoun in its words stands for ("They said its
  fighters set off a bomb", "It said they killed five civilians"): :func:`other_number_speaker`;
- an unarmed speaker named after the pronoun is not what it stands for ("They killed two rangers, the reserve's
  management said"): :func:`unarmed_speaker_after`;
- a name fused into "X-allied" / "X-linked" / "X-backed" names the sponsor, not the group of the noun after it ("The
  Islamic State-allied group ... the rebels"): :func:`sponsor_name`;
- a doer borrowed from before is never the state whose forces the deed hit ("Its fighters stormed a camp, killing
  nine Nigerien soldiers, Niger's defence ministry said": not the ministry); the side is then looked for again
  among the armed sides named in the doer's sentence before it and the two sentences before, leaving out that
  state, speakers and sponsors, and taken only when one is left (blank when two fit): :func:`told_side`.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from sitrep.events.roles import ActorFinder, state_country
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text

# participles after "X-" by which X sponsors, backs or inspires the men named next ("Islamic State-allied group",
# "al Qaeda-linked fighters"): the backing lemmas of events/backed_by.BACKING as participles, with "linked",
# "affiliated" and "inspired" (common English usage in conflict reporting)
SPONSOR_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "armed", "aligned", "allied",
                                 "trained", "financed", "linked", "affiliated", "inspired"})
SENTENCES_BACK = 2  # an antecedent is named in the doer's sentence or in one of the two before it


def other_number_speaker(base: str, speaker: Any) -> bool:
    """The subject of the verb of saying is a pronoun of the other number than ``base`` (the doer pronoun's subject
    form): "They said its fighters ...", "It said they killed ...": the doer is not the speaker."""
    if speaker is None or speaker.pos_ != "PRON":
        return False
    return (base == "it" and speaker.lower_ == "they") or (base == "they" and speaker.lower_ == "it")


def unarmed_speaker_after(pron: Any, speaker: Any, finder: ActorFinder) -> bool:
    """The speaker of the pronoun's clause is named after it and is no armed side ("They killed two game rangers ...,
    the reserve's management said"; "officials said"): the pronoun points back past the attribution, not at it (an
    armed speaker after it, "They killed five soldiers, the Taliban said", may be its own doer)."""
    from sitrep.events.antecedents import unarmed_speaker

    return speaker is not None and speaker.i > pron.i and unarmed_speaker(speaker, finder.onto, finder)


def sponsor_name(start: int, end: int, text: str) -> bool:
    """The name at ``start``..``end`` is fused into "X-allied" / "X-backed" (a hyphen and a sponsoring participle
    right after it): it names the sponsor of the men of the next noun, not them."""
    m = re.match(r"\s?-\s?([A-Za-z]+)", text[end:end + 24])
    return m is not None and m.group(1).lower() in SPONSOR_PARTICIPLES


def victims_country(targets: Iterable[Optional[ActorRef]]) -> set[str]:
    """Countries of the state sides among the event's targets (its actor2 and the actors of its patient tokens)."""
    return {c for c in (state_country(t.entity_id) for t in targets if t is not None) if c}


def from_victims_state(actor1: Optional[ActorRef], targets: Iterable[Optional[ActorRef]]) -> bool:
    """A borrowed doer that is a body of the state whose forces or people the deed hit ("Its fighters stormed a camp,
    killing nine Nigerien soldiers, Niger's defence ministry said": "its" is not the ministry)."""
    c = state_country(actor1.entity_id) if actor1 is not None else None
    return c is not None and c in victims_country(targets)


# nouns of a state's own armed men named bare ("two soldiers", "the troops"), and of their units when an "army" /
# "military" / "police" word names whose ("an army patrol", "a police convoy"): a speaking army's own men when no name
# or demonym says whose (the ontology's armed_force_words narrowed to state forces; common English usage)
_OWN_FORCE_NOUNS = frozenset({"army", "soldier", "troop", "gendarme", "policeman", "police"})
_OWN_UNIT_NOUNS = frozenset({"patrol", "convoy", "garrison", "unit", "post", "checkpoint", "vehicle"})
_STATE_MODIFIERS = frozenset({"army", "military", "police"})


def bare_forces_hit(actor1: Optional[ActorRef], target_toks: Iterable[Any]) -> Optional[str]:
    """The country of ``actor1``, a state's forces borrowed as the doer, when the deed hit forces named bare, with no
    name, demonym or possessor saying whose ("Its members opened fire on an army patrol ..., killing a soldier, the
    military's media wing said": the army told of its own patrol); else None."""
    c = state_country(actor1.entity_id) if actor1 is not None else None
    if c is None:
        return None
    for t in target_toks:
        if t is None:
            continue
        mods = [w for w in t.children if w.i < t.i]
        own = t.lemma_.lower() in _OWN_FORCE_NOUNS or t.lemma_.lower() in _OWN_UNIT_NOUNS and any(
            w.dep_ in ("compound", "amod") and w.lemma_.lower() in _STATE_MODIFIERS for w in mods)
        if own and not any(w.ent_type_ in ("NORP", "GPE", "ORG") or w.dep_ == "poss" for w in t.subtree if w.i < t.i):
            return c
    return None


def _phrase_head(tok: Any) -> Any:
    """The head of the noun phrase a name modifies ("Thai" in "Thai security officials": officials; "JNIM" in "JNIM
    fighters": fighters)."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _speaker(tok: Any, finder: ActorFinder) -> bool:
    """The mention's head is the subject of a verb of saying or accusing ("Togo's army said ...", "officials blamed
    X for ..."; the accusing verbs of data/agent_frames.tsv): who tells of the deed, not who did it."""
    from sitrep.events.frames import frame_words

    verb = tok.head.lemma_.lower()
    return tok.dep_ == "nsubj" and (verb in finder.onto.cue("speech_verbs") or verb in frame_words("accuse"))


def set_off_origin(head: Any) -> list[tuple[int, int]]:
    """The spans of "from" phrases set off by a comma after ``head`` ("JNIM fighters, from al Qaeda's Sahel
    affiliate,"): they say where the men come from, describing them (a name there is not another side)."""
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in head.children
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > 0 and head.doc[c.i - 1].text == ","]


def told_side(tok: Any, finder: ActorFinder, skip: set[str], nonstate: bool) -> Optional[ActorRef]:
    """The one armed side named before ``tok`` in its sentence or the :data:`SENTENCES_BACK` before it, leaving out
    the states of ``skip`` (ISO2), speakers, sponsors ("X-allied"), names inside another candidate's description
    ("JNIM, the Sahel branch of al Qaeda,", "JNIM fighters, from al Qaeda's Sahel affiliate,") and, when
    ``nonstate``, state sides; None when none or two or more are left ("blank beats wrong")."""
    from sitrep.events.antecedents import armed_side, descriptions

    start = tok.sent.start
    for _ in range(SENTENCES_BACK):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    lo, text = tok.doc[start].idx, doc_text(tok.doc)
    cands: list[tuple[ActorRef, Any]] = []
    for m in finder.mentions:
        if not m.entity_id or m.entity_id.startswith(("x:", "unk:")) or m.kind not in ("ORG", "NORP") \
                or not (lo <= m.span.start and m.span.end <= tok.idx) or sponsor_name(m.span.start, m.span.end, text):
            continue
        sp = tok.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
        head = _phrase_head(sp.root) if sp is not None else None
        if head is None or _speaker(head, finder) or not armed_side(ref, finder.onto, finder) \
                or state_country(m.entity_id) in skip or (nonstate and finder.is_state(ref) is not False):
            continue
        cands.append((ref, head))
    found: dict[str, ActorRef] = {}
    for ref, _ in cands:  # a name inside another side's description describes it ("JNIM, the Sahel branch of al Qaeda,")
        told = [d for r, h in cands if r.entity_id != ref.entity_id for d in (*descriptions(h), *set_off_origin(h))]
        if ref.span is not None and not any(s <= ref.span.start and ref.span.end <= e for s, e in told):
            found.setdefault(ref.entity_id, ref)
    return next(iter(found.values())) if len(found) == 1 else None
