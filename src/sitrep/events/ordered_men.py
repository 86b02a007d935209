"""The one who ordered the attack (issue 16): "A commander of the Rapid Support Forces ordered his men to attack the
village", "a bandit leader known as X ordered his men to attack a village", "A senior police officer ordered his men
to open fire on protesters". The men he sends are his force: a violent deed of that sentence, or of the two after
it, whose doer the text leaves unnamed ("gunmen", "fighters", an unidentified group) takes the commander's group
(the group named in his phrase, or the force his noun is: police, soldiers), or, for a leader of an unlisted band
told only by his name, the leader's name (a named leader's fighters take his name, as attack_reports19 says).
Never a named doer replaced, never past a sentence that opens another incident."""
from __future__ import annotations

from typing import Optional

from sitrep.events.claims import claiming_group, opens_another, unnamed_side
from sitrep.events.commanders import ARMED_MEN, men_lemma
from sitrep.events.roles import ActorFinder, coined_id, np_tokens, span_of, name_given
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.nlp.doctext import doc_attr, doc_sents

# the ones who give an order to armed men (lemmas of the subject's head)
_COMMANDER_NOUNS = frozenset({"commander", "leader", "warlord", "kingpin", "chief", "officer", "boss", "general",
                              "colonel", "captain", "major"})
_REACH = 2  # sentences after the order's own


def _ordered_men(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is "ordered" with his (her, their) men as its object and an infinitive after them."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or men_lemma(obj) not in ARMED_MEN:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in obj.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") for c in list(verb.children) + list(obj.children))


def _name_before_verb(subj, verb):  # type: ignore[no-untyped-def]
    """The last word of the name "known as" (or "called", "named") gives the subject right before the verb, which
    the parser may take for a second subject ("a bandit leader known as X Y ordered ...": Y), else None."""
    doc, j = subj.doc, subj.i + 1
    if j >= verb.i or doc[j].lower_ not in ("known", "called", "named", "nicknamed"):
        return None
    j += 2 if doc[j].lower_ == "known" and doc[j + 1].lower_ == "as" else 1
    names = doc[j:verb.i]
    return names[-1] if len(names) and all(x.pos_ == "PROPN" for x in names) else None


def _commander_side(subj, verb, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The group or force the order's subject commands: the group in "a commander of X", the force of "a senior
    police officer", or the leader's own name ("a bandit leader known as X"), else None."""
    if subj.pos_ == "PROPN":
        return None  # a named man alone: who he leads is not told here
    if subj.lemma_.lower() not in _COMMANDER_NOUNS:
        return None
    named = name_given(subj) or _name_before_verb(subj, verb)
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in subj.children):
        lo, hi = subj.idx + len(subj.text), verb.idx  # the group named in his phrase, before the verb (the parser
        # may hang the name apart: "A commander of the paramilitary Rapid Support Forces ordered ...")
        for m in finder.mentions:
            ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary", 0.6) if m.entity_id else None
            if ref is not None and lo <= m.span.start and m.span.end <= hi and claiming_group(ref, finder):
                return ref
    if named is not None:
        ref = finder.actor(named)
        if ref is not None and not unnamed_side(ref):
            return ref
        sp = span_of(np_tokens(named), finder.an.article_id)
        return ActorRef(coined_id(sp.text), sp.text, sp, "primary", 0.6)
    ref = finder.actor(subj)
    return ref if ref is not None and not unnamed_side(ref) and ref.entity_id.split("_")[-1] in ("POL", "MIL") \
        else None


def credit_ordering_commander(events: list[EventMention], doc, finder: ActorFinder) -> None:  # type: ignore[no-untyped-def]
    """Violent deeds with an unnamed doer, told in the sentence of an order to a commander's men or in the
    ``_REACH`` sentences after it, take the commander's group (changed in place)."""
    if "ordered" not in doc_attr(doc, "lower_"):
        return
    sents = list(doc_sents(doc))
    text = doc.text
    for k, s in enumerate(sents):
        for v in s:
            if v.lower_ != "ordered" or v.pos_ != "VERB" or not _ordered_men(v):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            side = _commander_side(subj, v, finder) if subj is not None else None
            if side is None:
                continue
            hi = k
            while hi + 1 < len(sents) and hi - k < _REACH \
                    and not opens_another(text[sents[hi + 1].start_char:sents[hi + 1].end_char]):
                hi += 1
            lo_c, hi_c = s.start_char, sents[hi].end_char
            for e in events:
                if e.event_type in VIOLENT_EVENT_TYPES and lo_c <= e.sentence.start < hi_c \
                        and unnamed_side(e.actor1):
                    e.actor1 = ActorRef(side.entity_id, side.name, side.span, "primary", 0.6)
