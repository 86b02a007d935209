"""An accusation names an attacker: the deed it lays on someone is an event of its own, told as the accuser's claim.

Reports of crime and conflict mostly name an attacker by accusation: "police blamed X for the attack", "the rebels
accused the army of bombing the church", "the police hold X responsible for the attack", "the bombing was attributed
to X". The deed so named (a violent noun or gerund inside the accusation frame of data/agent_frames.tsv) becomes an
event of its own clause, whose actor1 is the accused (events/frames.accused_of / attributed_to, read as "accused")
and whose claimant is the accuser (events/claimant.py). A deed only the accusation tells ("accused X of bombing Y")
is "claimed"; one told with a determiner ("blamed X for the attack") keeps its modality: it happened, only its doer is the
accuser's word. The accusation itself stays the ACCUSE event it was. Legal steps ("charged in the shooting")
are events/frames.charged_deed's; a frame naming nobody ("blamed the attack") makes no event here.
"""
from __future__ import annotations

import re

from sitrep.events.deps import RELATIVE_WORDS, child, pobj
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.events.membership import MEMBER_NOUNS
from sitrep.events.frames import accused_of, agent_frames, attributed_to, charged_deed, frame_words

__all__ = ["OPENS_ANOTHER", "accused_deed", "accused_holding_gerund", "accused_doer", "pronoun_deed_accused", "relative_accuser", "relative_blame", "charged_that", "accuser", "accusation_modality", "claim_restated", "credit_accusations",
           "responsibility_claimer"]

# nouns of a claim of one's own deed ("claimed responsibility for killing X", "took credit for bombing Y") and the
# verbs that make the claim (a denial, "denied responsibility for", is a claim too: events/modality.py reads it)
_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
# verbs that hold someone responsible ("police hold X responsible for the attack")
_HOLDING_VERBS = frozenset({"hold", "consider", "deem", "find"})
_CLAIM_VERBS = frozenset({"claim", "accept", "take", "assume", "admit", "deny", "disclaim", "reject"})
_DENIAL_VERBS = frozenset({"deny", "disclaim", "reject"})


def _gerund_accused(tok):  # type: ignore[no-untyped-def]
    """ "accused the army of bombing the church", "blamed X for killing Y", "X was responsible for killing Y": the
    accused of a gerund deed (its "of/for" phrase hung on an accusation verb or adjective). None otherwise."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("of", "for", "in"):
        return None
    gov = tok.head.head
    slip = accused_holding_gerund(tok)
    if slip is not None:
        return slip
    frame = agent_frames().get(gov.lower_) or agent_frames().get(gov.lemma_.lower())
    if frame == "accuse" and gov.pos_ == "VERB":
        return child(gov, "dobj") or child(gov, "nsubjpass")
    if frame == "blame_adj" and gov.pos_ == "ADJ":
        own = child(gov, "nsubj")
        if own is not None and own.lower_ not in RELATIVE_WORDS:
            return own
        if gov.head.pos_ in ("VERB", "AUX"):
            held = child(gov.head, "dobj")
            return held if held is not None and gov.dep_ in ("oprd", "ccomp", "xcomp") else child(gov.head, "nsubj")
    return None


def accused_holding_gerund(tok):  # type: ignore[no-untyped-def]
    """ "officials accused the rebels of bombing the bridge" parsed with "of" hung on the accused noun, not on the
    verb: that noun, the object (or passive subject) of an accusation verb (frame "accuse" of data/agent_frames.tsv)
    whose "of" phrase holds gerund ``tok``. None for any other reading ("the leader of the rebels")."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ != "of":
        return None
    noun = tok.head.head
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    frame = agent_frames().get(verb.lower_) or agent_frames().get(verb.lemma_.lower())
    return noun if frame == "accuse" else None


def accused_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok``, a violent trigger, is a deed an accusation lays on someone it names: "blamed X for the attack",
    "accused X of the killing", "accused X of bombing Y", "held X responsible for the attack", "attributed the attack
    to X". Not a deed a legal step names (frames.charged_deed keeps those apart already), not an accusation naming
    nobody ("blamed the attack", "denied responsibility"), not a pronoun or relative word as the accused."""
    if charged_deed(tok):
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
                                                 for c in tok.children):
            return False  # "charged X with murder", "faces counts of murder in the shooting": a charge's name
        who = attributed_to(tok) or accused_of(tok)
    else:
        who = _gerund_accused(tok)
    return who is not None and who.i != tok.i and who.lower_ not in RELATIVE_WORDS and _agent(who)


def _agent(tok) -> bool:  # type: ignore[no-untyped-def]
    """A word that can name who acted: a name, or a noun of an acting group or a person (ontology cues agent_heads
    and civilian_words, data/relation_nouns.tsv); not "blamed the massacre on political correctness"."""
    from sitrep.events.ontology import load_ontology
    from sitrep.events.roles import lemma, relation_nouns

    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "NORP", "PERSON", "GPE"):
        return True
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE")
           for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree):
        return True  # "the Colombian intelligence services", "the Tupac Amaru revolutionary movement": a named body
    onto = load_ontology()
    return tok.pos_ == "NOUN" and (lemma(tok) in onto.cue("agent_heads") | onto.cue("civilian_words")
                                   or lemma(tok) in relation_nouns() or tok.lemma_.lower() in MEMBER_NOUNS)


def accuser(tok):  # type: ignore[no-untyped-def]
    """Who lays accused deed ``tok`` on someone: the subject of the nearest verb above it ("police blamed X for the
    attack", "the rebels accused the army of bombing Y", "police hold X responsible for the attack", "the rebels
    charged that the air force bombed Y"); None for a
    passive ("X was blamed for the attack": the accuser is not said) or a deed that is no accused deed."""
    gov = charged_that(tok) if tok.pos_ == "VERB" else None
    if gov is not None:  # "the rebels charged that the air force bombed ...": the rebels
        s = child(gov, "nsubj")
        return s if s is not None and s.lower_ not in RELATIVE_WORDS else None
    rb = relative_blame_of(tok)
    if rb is not None:  # "the bombing, which the rebels blamed on the army": the rebels
        return rb[1]
    if not accused_deed(tok):
        return None
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() != "be":
            if child(cur, "nsubjpass", "auxpass") is not None or cur.dep_ in ("acl", "relcl") or not _accusing(cur):
                return None  # "X was blamed", "an attack attributed to X": no accuser said; "gunmen wounded ..." none
            s = child(cur, "nsubj")
            return s if s is not None and s.lower_ not in RELATIVE_WORDS else None
    return None


def _told(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the attack", "another bombing", "the teenager's murder": a deed told with a determiner, which the report
    holds for a fact (unlike a gerund, "accused X of bombing Y", or a bare plural, "accused X of killings")."""
    return tok.pos_ in ("NOUN", "PROPN") and child(tok, "det", "poss") is not None


def _accusing(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` lays a deed on someone: a verb of the accuse / attribute frames, or one holding someone responsible."""
    lem = v.lemma_.lower()
    return agent_frames().get(lem) == "accuse" or lem in frame_words("attribute_to") | frame_words("attribute_on") \
        or lem in _HOLDING_VERBS


def charged_that(head):  # type: ignore[no-untyped-def]
    """The accusation verb whose "that" clause tells the deed headed by ``head``: "the rebels charged that the air force
    bombed three villages", "accused the army, which they said used helicopters to bomb ..." no; only a clause with a
    subject of its own under a verb of frame "accuse" (data/agent_frames.tsv: "charged that", "accused ... that").
    None otherwise."""
    if head.pos_ != "VERB":
        return None
    cur = head
    for _ in range(4):
        if cur.head is cur:
            return None
        if cur.dep_ == "ccomp":
            gov = cur.head
            lo, hi = sorted((gov.i, cur.i))
            if any("\n\n" in t.text or "\n\n" in t.whitespace_ for t in gov.doc[lo:hi]):
                return None  # a headline the parser glued on ("X rejects blame") governs nothing below it
            if gov.pos_ == "VERB" and agent_frames().get(gov.lemma_.lower()) == "accuse" and child(cur, "nsubj") is not None:
                return gov
            return None
        if cur.dep_ != "xcomp":
            return None
        cur = cur.head
    return None


def _deed_gerund(tok):  # type: ignore[no-untyped-def]
    """The gerund deed ``tok`` is or hangs on by a preposition ("killing civilians in some strikes" -> killing)."""
    if tok.tag_ == "VBG":
        return tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.tag_ == "VBG":
        return tok.head.head
    return None


def standing_accusation(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Rights groups accuse the army of killing civilians in some strikes", "critics accuse police of beating
    suspects": an accusation verb in the simple present (no auxiliary) laying on someone a gerund deed done to a bare
    plural (no article or number), in a sentence with no date or time, is a charge of a habit or of many deeds, not
    the report of one incident (branch precision20, quiet_reports14 k19). "Residents accused soldiers of killing five
    villagers", "... of shelling the town on Monday" stay the accuser's claim of an incident."""
    ger = _deed_gerund(tok)
    noun = accused_holding_gerund(ger) if ger is not None else None
    if noun is None:
        return False
    verb = noun.head
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    victims = next((c for c in ger.children if c.dep_ == "dobj"), None)
    if victims is None or victims.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "poss", "nummod") or c.like_num for c in victims.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)


def _accusation_verb(tok):  # type: ignore[no-untyped-def]
    """The accusation verb (frame "accuse") whose "of"/"for" phrase holds deed ``tok``, up a chain of at most four
    prepositions and objects ("accused of hundreds of killings", "blamed for bombings"). None otherwise."""
    cur = tok
    for _ in range(5):
        if cur.dep_ not in ("pobj", "pcomp", "prep", "conj") or cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur if agent_frames().get(cur.lemma_.lower()) == "accuse" else None
    return None


def standing_passive_accusation(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The militia has been accused of killing hundreds of people", "X is accused of hundreds of killings", "the
    gang has been blamed for abductions in the area": a passive accusation in the present or the perfect ("is/are
    accused", "has/have been blamed") of a plural deed (a plural noun, or a gerund whose object is a bare plural) is a
    standing charge of many deeds, background to the report, not an incident (branch types13). "Residents accused
    soldiers of killing 20 men on Tuesday" (past, active) stays the accuser's claim."""
    if tok.tag_ not in ("NNS", "VBG"):
        return False
    verb = _accusation_verb(tok)
    if verb is None or verb.tag_ != "VBN":
        return False
    auxp = [c for c in verb.children if c.dep_ == "auxpass"]
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if not auxp or not (auxp[0].tag_ in ("VBZ", "VBP") or (auxp[0].lower_ == "been" and aux
                                                          and aux[-1].tag_ in ("VBZ", "VBP"))):
        return False
    if tok.tag_ == "NNS":
        return not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    victims = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return victims is None or (victims.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in victims.children))


_SAYING = frozenset({"say", "add", "claim", "boast"})


def claim_restated(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "IS claimed the attack on Wednesday, saying its fighters had killed six Christians", "the group claimed the
    raid, saying it had seized weapons": the deed told in the "saying" clause of a claim of responsibility for a deed
    named as its object is the claimant's own account of that claimed deed, no incident of its own (branch types13).
    "The army denied the claim, saying fighting was continuing" (no claim verb) is left alone."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp":
        return False
    say = tok.head
    if say.tag_ != "VBG" or say.lemma_.lower() not in _SAYING or say.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    claim = say.head
    return claim.pos_ == "VERB" and claim.lemma_.lower() == "claim" and child(claim, "dobj") is not None


def accusation_modality(tok, mod: str) -> str:
    """"claimed" for a deed that only the accusation tells ("accused the army of bombing the church", "blamed X for
    killings"): the accuser's word, not a fact. A deed told with a determiner ("blamed X for the attack", "X is responsible for the
    murder of Y") happened whoever did it, so its modality stays; only its doer is the accuser's word (the event's
    claimant). Denials, threats and plans keep theirs. A standing charge of a habit is background
    (:func:`standing_accusation`)."""
    if mod == "asserted" and standing_accusation(tok):
        return "background"  # "rights groups accuse the army of killing civilians in some strikes": many deeds
    if mod in ("asserted", "background", "claimed") and standing_passive_accusation(tok):
        return "background"  # "the militia has been accused of killing hundreds of people": a standing charge
    if mod in ("asserted", "background") and tok.pos_ == "VERB" and charged_that(tok) is not None:
        return "claimed"  # "the rebels charged that the air force bombed three villages"
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _PRESUPPOSING:
        return mod  # "X implicated in fatal poisoning of Y": the poisoning happened; only its doer is in question
    return "claimed" if mod in ("asserted", "background") and not _told(tok) and accused_deed(tok) else mod


# accusation verbs that take the deed itself for granted, whatever its article: being implicated in a poisoning
# presupposes the poisoning (unlike "accused of murder", which may be the accusation alone)
_PRESUPPOSING = frozenset({"implicate"})


# nouns of the message a claim is made in ("claimed in a statement sent by X")
_MESSAGE_NOUNS = frozenset({"statement", "message", "post", "video", "communique", "communiqué", "letter", "note"})


def _statement_agent(v):  # type: ignore[no-untyped-def]
    """The "by" of the message a passive claim is made in: "responsibility was claimed in a statement sent to
    journalists by X" (the parser hangs "by X" on "sent"): X made the statement, so X claims. None otherwise."""
    for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via")):
        for msg in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _MESSAGE_NOUNS):
            for acl in (c for c in msg.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                agent = child(acl, "agent")
                if agent is not None:
                    return agent
    return None


def responsibility_claimer(prep, denials: bool = True):  # type: ignore[no-untyped-def]
    """Who claims (or denies) a deed told as a gerund in ``prep`` ("for"): "X claimed responsibility for killing Y",
    "X took credit for bombing Y" -> X; "responsibility for killing Y was claimed by X" -> X. None otherwise.
    ``denials=False``: only one who owns the deed, not "X denied responsibility for the bombing" nor "X has not
    claimed responsibility for it" (the deed happened; X says it was not theirs)."""
    noun = prep.head
    if prep.lower_ != "for" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    v = noun.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in _CLAIM_VERBS:
        return None
    if not denials and (v.lemma_.lower() in _DENIAL_VERBS or any(c.dep_ == "neg" for c in v.children)):
        return None
    if noun.dep_ == "dobj":
        s = child(v, "nsubj")
    elif noun.dep_ == "nsubjpass":
        agent = child(v, "agent") or _statement_agent(v)
        s = child(agent, "pobj") if agent is not None else None
    else:
        s = None
    return s if s is not None and s.lower_ not in RELATIVE_WORDS else None


def _relative_accused(n):  # type: ignore[no-untyped-def]
    """The one a relative clause on deed noun ``n`` lays it on: "the bombing, which the rebels blamed on the army",
    "the attack, which was attributed to X", "the massacre, for which X was held responsible". None otherwise."""
    for rc in n.children:
        if rc.dep_ != "relcl" or rc.pos_ not in ("VERB", "AUX"):
            continue
        lem = rc.lemma_.lower()
        rel = [t for t in rc.subtree if t.lower_ in ("which", "that") and t.i < rc.i]
        if not rel:
            continue
        if lem in frame_words("attribute_on") or lem in frame_words("attribute_to"):
            doer = pobj(rc, "on" if lem in frame_words("attribute_on") else "to")
            if doer is None and lem in frame_words("attribute_on"):
                doer = pobj(rc, "to")
        elif rel[0].dep_ == "pobj" and rel[0].head.lower_ == "for" and rel[0].head.head.lemma_.lower() in (
                "responsible", "blame", "hold", "accuse"):  # "for which X was held responsible"
            gov = rel[0].head.head
            doer = child(rc, "nsubjpass", "dobj", "nsubj") if gov.lemma_.lower() != "responsible" else (
                child(gov, "nsubj") or child(rc, "nsubjpass", "dobj", "nsubj"))
        else:
            doer = None
        if doer is not None and doer.pos_ in ("NOUN", "PROPN") and doer.ent_type_ not in ("DATE", "TIME"):
            return doer
    return None


def _contact_clause(v, who) -> bool:  # type: ignore[no-untyped-def]
    """Relative clause ``v`` of blame with no relative word ("an attack the army blamed on X"): its subject ``who``, a
    noun, follows the deed noun straight (a determiner or modifiers between), and nothing in the clause is a relative
    word."""
    if who.pos_ not in ("NOUN", "PROPN") or who.lower_ in RELATIVE_WORDS or not v.head.i < who.i < v.i:
        return False
    between = v.doc[v.head.i + 1:who.left_edge.i]
    return not len(between) and not any(t.lower_ in RELATIVE_WORDS for t in v.subtree)


def relative_blame(v):  # type: ignore[no-untyped-def]
    """``v``, a verb laying a deed on someone ("blamed ... on", "attributed ... to"), in a relative clause on the deed
    noun: "the bombing, which the rebels blamed on the army, killed ..." -> (bombing, rebels, army): the deed, the
    accuser (the claimant) and the accused (the claimed doer; None when the clause names none). Read also where the
    parser hung the verb on the accuser as a participle ("rebels <- blamed") and the relative word on the next verb.
    None for anything else ("the rebels blamed on the army" with no relative word before them)."""
    lem = v.lemma_.lower()
    if v.pos_ != "VERB" or not (lem in frame_words("attribute_on") or lem in frame_words("attribute_to")):
        return None
    accused = pobj(v, "on", "to") if lem in frame_words("attribute_on") else pobj(v, "to")
    if accused is not None and accused.lower_ in RELATIVE_WORDS:
        accused = None
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and child(v, "nsubjpass") is None:
        rel = child(v, "dobj")
        who = child(v, "nsubj")
        if rel is not None and rel.lower_ in ("which", "that") and who is not None and who.lower_ not in RELATIVE_WORDS:
            return v.head, who, accused
        if rel is None and who is not None and _contact_clause(v, who):
            return v.head, who, accused  # "in an attack the army blamed on X": no relative word
        return None
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or child(v, "nsubj", "nsubjpass", "dobj", "auxpass") is not None:
        return None
    who = v.head  # the misparse: "which [the rebels] <-acl- blamed on the army"
    i = who.left_edge.i
    doc = v.doc
    if i < 3 or doc[i - 1].lower_ not in ("which", "that") or doc[i - 2].text != "," or who.pos_ not in ("NOUN", "PROPN"):
        return None
    deed = doc[i - 3]
    return (deed, who, accused) if deed.pos_ in ("NOUN", "PROPN") else None


def pronoun_deed_accused(v):  # type: ignore[no-untyped-def]
    """The accused of "blamed it on X", "attributed this to X": a verb laying a deed named by a pronoun on someone
    (the deed is told before; :func:`credit_accusations` finds it). None for anything else."""
    lem = v.lemma_.lower()
    if v.pos_ != "VERB" or not (lem in frame_words("attribute_on") or lem in frame_words("attribute_to")):
        return None
    obj = child(v, "dobj", "nsubjpass")
    if obj is None or obj.lower_ not in ("it", "this", "that"):
        return None
    who = pobj(v, "on", "to") if lem in frame_words("attribute_on") else pobj(v, "to")
    return who if who is not None and who.lower_ not in RELATIVE_WORDS and _agent(who) else None


def relative_accuser(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the accuser of a relative clause of blame ("which the rebels blamed on the army"): the claimant of
    the deed, never its doer, whatever verb the parser made it the subject of."""
    for c in tok.children:
        if c.dep_ == "acl":
            rb = relative_blame(c)
            if rb is not None and rb[1].i == tok.i:
                return True
    if tok.dep_ == "nsubj":
        rb = relative_blame(tok.head)
        return rb is not None and rb[1].i == tok.i
    return False


def accused_doer(n):  # type: ignore[no-untyped-def]
    """Who an accusation says did the deed of event noun ``n``: "attributed the attack to X", "accused X of the
    killing" (events/frames.py), "the bombing, which the rebels blamed on X" (a relative clause on the deed)."""
    doer = attributed_to(n) or accused_of(n) or _relative_accused(n)
    if doer is None:
        rb = relative_blame_of(n)
        doer = rb[2] if rb is not None else None
    return doer


def relative_blame_of(n):  # type: ignore[no-untyped-def]
    """:func:`relative_blame` of the relative clause of blame on deed noun ``n``, however the parser hung it; None
    when none."""
    if n.pos_ not in ("NOUN", "PROPN"):
        return None
    cands = [c for c in n.children if c.dep_ == "relcl"]
    if n.i + 4 < len(n.doc) and n.doc[n.i + 1].text == "," and n.doc[n.i + 2].lower_ in ("which", "that"):
        cands += [t for t in n.doc[n.i + 3:min(n.i + 12, len(n.doc))] if t.dep_ == "acl"]  # the misparse
    for c in cands:
        rb = relative_blame(c)
        if rb is not None and rb[0].i == n.i:
            return rb
    return _stray_relative_blame(n)


def _stray_relative_blame(n):  # type: ignore[no-untyped-def]
    """:func:`relative_blame` where the parser hung the verb of blame on a noun inside the accuser's phrase: "in an
    attack that a group of medics monitoring the war attributed to X" ("attributed" an acl of "war", "group" a relcl
    of "attack"). The deed noun, "that"/"which" (after a comma or not), an accuser noun right after it, and within
    twelve words, with no clause break, a past verb of blame with no subject or object of its own: (deed, accuser,
    accused); None otherwise."""
    doc = n.doc
    i = n.i + 1 + (n.i + 1 < len(doc) and doc[n.i + 1].text == ",")
    if i + 2 >= len(doc) or doc[i].lower_ not in ("which", "that"):
        return None
    who = next((t for t in doc[i + 1:min(i + 5, len(doc))] if t.pos_ in ("NOUN", "PROPN")), None)
    if who is None or who.dep_ != "relcl" or who.head.i != n.i:
        return None
    for v in doc[who.i + 1:min(i + 13, len(doc))]:
        if v.is_sent_start or v.text in (";", ":", ".") or (v.pos_ in ("VERB", "AUX") and v.tag_ in ("VBZ", "VBP")):
            return None
        lem = v.lemma_.lower()
        if v.pos_ == "VERB" and v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and (
                lem in frame_words("attribute_on") or lem in frame_words("attribute_to")) and child(
                v, "nsubj", "nsubjpass", "dobj", "auxpass") is None:
            accused = pobj(v, "on", "to") if lem in frame_words("attribute_on") else pobj(v, "to")
            return (n, who, accused) if accused is not None and accused.lower_ not in RELATIVE_WORDS else None
    return None


# "blamed X for it", "blamed it on X", "held X responsible for it": an accusation whose deed is a pronoun; the words
# between the accusation's trigger and the end of its clause
_PRONOUN_DEED = re.compile(r"^\W*(?:it|this|that)\s+(?:on|to)\b|\b(?:for|of)\s+(?:it|this|that)\b", re.I)


# what may follow a bare blame's accused to the end of its sentence: punctuation, or who says so ("..., police said.")
# the accused described to the sentence's end: an apposition or a relative clause ("..., the regional branch of X.",
# "..., which is active in the area.", "..., the country's largest gang, which calls itself Y.")
_DESCRIPTION = re.compile(r"(?:\s*\([A-Z][\w-]*\))?(?:,\s+(?:which|who|whose|the|a|an|its|their|one\s+of|[A-Z][\w'\u2019.-]*(?:'s|\u2019s))|"
                          r"\s+who)\s[^;:\"\u201c\u201d]*?"
                          r"[\s.\"'\u201d\u2019]*$")
# (the accused's acronym in brackets may come first: "blamed the Barisan Revolusi Nasional (BRN), the main group"; a
# "who" clause may follow with no comma: "blamed bandits who have terrorised the area")
# "..., which denied any role": contested; "dissidents who rejected the 2016 peace deal" is who they are, no denial
_DENIAL = re.compile(r"\b(?:deni\w*|deny\w*|reject\w*)\b"
                     r"(?!(?:\s+[\w-]+){0,3}\s+(?:deal|agreement|accord|talks|process|ceasefire|truce)s?\b)", re.I)
# the end of a bare blame: the group's acronym in brackets ("the Rapid Support Forces (RSF)."), then who said it
_BARE_END = re.compile(r"(?:\s*\([A-Z][\w-]*\))?"
                       r"[\s.,;:!\"'”’]*(?:,\s*(?:[\w-]+\s+){1,4}(?:said|says|told reporters)[\s.\"'”’]*)?")


# a bare blame whose accuser goes on to say something else ("blamed X(, a gang at war with Y,) and said troops had been
# deployed"): the accused, perhaps described between commas, then "and" and a verb of saying or acting
_THEN_SAID = re.compile(r"(?:\s*\([A-Z][\w-]*\))?(?:,\s+[^;:,\"\u201c\u201d]+)?,?\s+and\s+(?:said|says|added|vowed|promised|"
                        r"announced|ordered|sent|deployed)\b", re.I)


# the accused's men before its name: "blamed fighters of X", "blamed militants of the outlawed X"
_MEMBERS_OF = re.compile(r"\s+(?:the\s+)?(?:" + "|".join(sorted(MEMBER_NOUNS)) + r")s?\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?", re.I)


# a denial told before a blame in its sentence: the accuser answers an accusation with one of its own
_DENIAL_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|did not|didn't|does not|doesn't|had not|hadn't|never)\b",
                            re.I)


def bare_blame(acc: EventMention, text: str) -> bool:
    """A blame that names its accused and nothing it is blamed for ("Officials blamed the Crimson Brigade.", "...,
    and the rebels were blamed."): its deed is the one just told, as with "blamed them for it". Not a blame with a
    cause of its own ("blamed X for the crisis", "blamed X over the delays") nor one of another verb ("accused X":
    of what is not said). The accused may be described to the sentence's end ("blamed X, which is active in the
    area", "blamed X, the country's largest gang"), unless the description tells a denial ("which denied it"); a
    cause told after the accused ("blamed X for the crisis") is no description: it follows with no comma."""
    a = acc.actor2
    if acc.trigger is None or a is None or a.span is None or not acc.trigger.text.lower().startswith("blam"):
        return False
    if _DENIAL_BEFORE.search(text[acc.sentence.start:acc.trigger.start]):
        return False  # "the ministry denied any role and blamed X", "said its forces did not fire it and blamed X": a
        # party's counter-claim, not who did it
    if a.span.start >= acc.trigger.end and len(text[acc.trigger.end:a.span.start]) > 5 \
            and not _MEMBERS_OF.fullmatch(text[acc.trigger.end:a.span.start]):
        return False  # words between the verb and the accused ("blamed, without evidence, X"); "blamed fighters of
        # X" names X's men
    tail = text[max(acc.trigger.end, a.span.end):acc.sentence.end]
    told = _DESCRIPTION.match(tail)
    if told is not None and not _DENIAL.search(told.group(0)):
        return True  # "blamed the Red Valley group, which is active in the area": who the accused is, not what for
    then = _THEN_SAID.match(tail)
    if then is not None and not _DENIAL.search(then.group(0)):
        return True  # "blamed X, at war with rival gangs for years, and said troops had been sent": the blame ends
    return _BARE_END.fullmatch(tail) is not None


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w-]*)\)")
DENIAL_SENTENCES = 2  # how many sentences after a bare blame the accused's denial is looked for
# what a denial of the deed itself denies: a part in it, the blame ("denied it", "denied the accusation"), not a
# manner of doing it ("denied targeting civilians": the strike is owned)
_DENIED_DEED = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:involve\w*|responsib\w*|role|part|links?|it|that|this|accusations?|"
                          r"charges?|claims?|allegations?|blame|carr(?:y|ied|ying) out|behind)\b", re.I)


def denies_a_part(den: EventMention, text: str) -> bool:
    """A denial (PLOVER REJECT) whose words deny a part in the deed or the blame ("denied that the group was
    involved", "denied it", "denied any role"), not a manner of doing it ("denied targeting civilians")."""
    return den.trigger is not None and _DENIED_DEED.match(text[den.trigger.end:den.sentence.end]) is not None


def denied_by_accused(events: list[EventMention], acc: EventMention, text: str) -> bool:
    """The accused of a bare blame denies it in one of the next sentences ("Officials blamed the Crimson Brigade
    (CB) ... . A spokesman for the CB denied that the group was involved"): a denial (PLOVER REJECT, asserted) whose
    doer is the accused, or whose sentence names it (its name as told, or the acronym told in brackets after it).
    The blame is then one side's word against the other's: it names no doer (blank beats wrong)."""
    a = acc.actor2
    if a is None or a.span is None:
        return False
    names = {text[a.span.start:a.span.end].lower()}
    m = _ACRONYM_AFTER.match(text, a.span.end)
    if m is not None:
        names.add(m.group(1).lower())
    starts = sorted({e.sentence.start for e in events if e.sentence.start > acc.sentence.start})
    reach = starts[DENIAL_SENTENCES] if len(starts) > DENIAL_SENTENCES else len(text)
    for e in events:
        if e.plover != "REJECT" or e.modality != "asserted" or not acc.sentence.end <= e.sentence.start < reach:
            continue
        if not denies_a_part(e, text):
            continue
        if e.actor1 is not None and e.actor1.entity_id == a.entity_id:
            return True
        told = text[e.sentence.start:e.sentence.end].lower()
        if any(re.search(r"\b" + re.escape(n) + r"\b", told) for n in names):
            return True
    return False


def _contested(earlier: list[EventMention], acc: EventMention, deed: EventMention) -> bool:
    """Another accusation told since ``deed`` (or in its sentence) names someone else: the blames compete."""
    mine = acc.actor2.entity_id if acc.actor2 is not None else None
    return any(e.plover == "ACCUSE" and e.actor2 is not None and e.actor2.entity_id != mine
               and e.sentence.start >= deed.sentence.start for e in earlier)


def credit_accusations(events: list[EventMention], text: str) -> None:
    """The accused of an accusation whose deed is a pronoun ("the mayor condemned the bombing and blamed the rebels
    for it", "police blamed it on the rebels") becomes actor1 of the deed it points back to: the last violent event
    told before it in the same sentence, else the last of the sentence before, when its attacker is unnamed; the
    accuser becomes its claimant (confidence 0.6, the evidence the accused's words). A bare blame with no deed in
    either sentence names the doer of the deeds told a few sentences before it (:func:`incident_told_before`: "Gunmen
    killed 30 ... . A local official put the toll at 40. Residents blamed X."), and so does one whose sentence before
    tells only the incident's last deed ("Gunmen killed 11 ... . Four others were injured. X blamed Y."). An
    attacker already named is never replaced; an accusation naming no one changes nothing."""
    for i, acc in enumerate(events):
        if acc.plover != "ACCUSE" or acc.actor2 is None or acc.trigger is None or acc.actor2.span is None:
            continue
        tail = text[acc.trigger.end:acc.sentence.end]
        m = _PRONOUN_DEED.search(tail)
        if (m is None or m.start() > 80) and not bare_blame(acc, text):
            continue
        if (m is None or m.start() > 80) and denied_by_accused(events, acc, text):
            continue  # "Officials blamed X. X denied it.": the blame is contested
        prev = [e for e in events[:i] if e.event_type in VIOLENT_EVENT_TYPES and e.trigger is not None
                and e.trigger.end <= acc.trigger.start]
        same = [e for e in prev if e.sentence.start == acc.sentence.start]
        before = [e for e in prev if e.sentence.end <= acc.sentence.start
                  and not text[e.sentence.end:acc.sentence.start].strip()]
        cands = same or before
        bare = m is None or m.start() > 80
        deeds = cands[-1:]
        if bare and not same and before:
            # "Gunmen killed 11 worshippers ... . Four others were injured. Kachalla blamed X.": the bare blame is
            # about the incident the sentences before tell, not only its last deed
            deeds = incident_told_before(prev, acc, text) or deeds
        if bare and same and before and all(_unnamed(e.actor1) for e in same):
            # "A bomb killed two soldiers when it struck their vehicle. Three others were wounded, the ministry said
            # in a statement, which blamed X.": the wounds told with the blame are the incident the sentence before
            # tells
            deeds = [e for e in incident_told_before(prev, acc, text) if all(e is not o for o in same)] + deeds
        if not cands and bare:
            deeds = incident_told_before(prev, acc, text)  # "Gunmen killed 30 ... . [the toll] ... Residents blamed X."
        for deed in deeds:
            if cands and deed.actor1 is not None and not deed.actor1.entity_id.endswith("_UNIDENT"):
                continue
            if bare and _contested(events[:i], acc, deed):
                continue  # "X blamed Y. Y blamed X.": a bare blame that answers another names no doer
            a = acc.actor2
            deed.actor1 = ActorRef(a.entity_id, a.name, a.span, "primary", 0.6)
            if deed.claimant is None and acc.actor1 is not None:
                deed.claimant, deed.claimant_name = acc.actor1.entity_id, acc.actor1.name


# the end of a sentence, for counting how far back a deed was told
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# a full stop that closes a title or an initial before a name ("army spokesman Capt. Elias Mbuyi said") ends no sentence
_TITLE_STOP = re.compile(r"(?:\b(?:Capt|Lt|Col|Gen|Maj|Sgt|Cpl|Brig|Adm|Cmdr|Insp|Supt|Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|"
                         r"Pres|Prof|St)|\b[A-Z])$")


def _sentence_ends(gap: str) -> int:
    """How many sentences end in ``gap`` (titles and initials before a name are no ends)."""
    return sum(1 for m in _SENT_END.finditer(gap) if not _TITLE_STOP.search(gap, 0, m.start()))
# a sentence that opens another incident: a blame after it is not about the deeds told before it
# (.search on the text between two sentences here and in mutual_blame; .match on one sentence in claims)
OPENS_ANOTHER = re.compile(r"(?:^|[.!?][\"'”’]*\s+)\W*(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+(?:separate|other)?"
                      r"\s*(?:incident|attack|development)|in\s+another)\b", re.I)


def _unnamed(ref) -> bool:  # type: ignore[no-untyped-def]
    """No attacker named: none read, an unidentified armed group, or a common phrase ("gunmen", "the assailants")."""
    return ref is None or ref.entity_id.endswith("_UNIDENT") or ref.entity_id.startswith("x:")


def incident_told_before(prev: list[EventMention], acc: EventMention, text: str, back: int = 3) -> list[EventMention]:
    """The violent deeds a bare blame ("Residents blamed X.") is about when neither its sentence nor the one before
    tells one: those told in the ``back`` sentences before the blame, counted back from the last deed told, whose
    attacker the text leaves unnamed (none, "gunmen", an unidentified group); none when a deed with a named doer
    comes last (another incident, or the deed already has its doer) or a sentence between opens another incident
    ("Separately, ...")."""
    before = [e for e in prev if e.sentence.end <= acc.sentence.start]
    if not before:
        return []
    last = before[-1]
    gap = text[last.sentence.end:acc.sentence.start]
    if _sentence_ends(gap + " X") >= back or OPENS_ANOTHER.search(gap):
        return []
    run = []
    for e in reversed(before):
        if not _unnamed(e.actor1) or OPENS_ANOTHER.search(text[e.sentence.end:acc.sentence.start]):
            break
        if _sentence_ends(text[e.sentence.end:acc.sentence.start] + " X") > back:
            break
        run.append(e)
    return run[::-1]
