"""Frames that name who did a deed without being the deed's subject.

"accused X of the killing", "X was charged in the shooting", "X was responsible for the attack",
"X is behind the attack", "the bombing was blamed on X" (data/agent_frames.tsv: accuse, blame_adj, behind,
attribute_to, attribute_on), intent nouns ("its efforts to kill X") and support verbs
("launched an attack", "claimed responsibility for the attack"; data/support_verbs.tsv).
"""
from __future__ import annotations

import functools

from sitrep.events.deps import RELATIVE_WORDS, child, pobj
from sitrep.resources import data_rows


# prepositions of an adverbial participle clause whose understood subject is the main clause's subject, passive
# or not ("X was shot dead after stabbing Y", "X was arrested while planting a bomb")
ADJUNCT_PREPS = frozenset({"after", "before", "while", "upon", "since", "when", "without", "during"})


@functools.lru_cache(maxsize=1)
def _frame_rows() -> tuple[tuple[str, str], ...]:
    return tuple((cols[0].strip(), cols[1].strip()) for cols in data_rows("agent_frames.tsv") if len(cols) >= 2)


@functools.lru_cache(maxsize=1)
def agent_frames() -> dict[str, str]:
    """word -> its first frame (accuse, blame_adj, intent, behind) of data/agent_frames.tsv."""
    out: dict[str, str] = {}
    for word, frame in _frame_rows():
        out.setdefault(word, frame)
    return out


@functools.lru_cache(maxsize=None)
def frame_words(frame: str) -> frozenset[str]:
    """Every word data/agent_frames.tsv lists under ``frame`` (a word may have several frames: "charge" the verb
    accuses, "charges" the noun is held)."""
    return frozenset(w for w, f in _frame_rows() if f == frame)


def intent_agent(noun):  # type: ignore[no-untyped-def]
    """Who means to act in "its efforts to X", "their bid to X", "he claims the right to X": the noun's possessor, else
    its own by-phrase ("police thwarted a bid by the rebels to seize the dam": the rebels, not who thwarted it),
    else the subject of the verb taking the noun as object."""
    poss = child(noun, "poss")
    if poss is not None:
        return poss
    by = pobj(noun, "by")
    if by is not None and by.pos_ in ("NOUN", "PROPN") and by.ent_type_ not in ("DATE", "TIME"):
        return by
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        if noun.head.lemma_.lower() in frame_words("thwart"):
            return None  # "guards foiled an attempt to abduct X": who stops the deed never meant to do it
        s = child(noun.head, "nsubj")
        return s if s is not None and s.lower_ not in RELATIVE_WORDS else None
    return None


def object_controller(x):  # type: ignore[no-untyped-def]
    """The object that does the deed of infinitive ``x`` hung on a verb with an object: "the minister ordered troops
    to attack the camp" (troops), "urged the rebels to stop the killings" (the rebels) -- not the verb's subject,
    who only asks or orders. None when ``x`` is no such infinitive, or its verb keeps its own subject as the doer
    (frame subject_control: "promised the villagers to punish the killers")."""
    if x.dep_ != "xcomp" or child(x, "aux") is None or child(x, "aux").lower_ != "to":
        return None
    gov = x.head
    obj = child(gov, "dobj")
    if obj is None or obj.i > x.i or obj.lower_ in RELATIVE_WORDS \
            or gov.lemma_.lower() in frame_words("subject_control"):
        return None
    return obj


def infinitive_host(x):  # type: ignore[no-untyped-def]
    """The verb whose subject is the understood subject of infinitive ``x`` where the parse hangs ``x`` on no verb: the
    "be" of a control or raising adjective (data/agent_frames.tsv, frame control_adj: "the soldiers were unable to
    retake the town", "the rebels are ready to attack"), or the verb a purpose "in order to" qualifies ("searched the
    offices in order to kill its leaders"). None otherwise ("the fort was hard to attack": the fort is attacked)."""
    aux = child(x, "aux")
    if aux is None or aux.lower_ != "to":
        return None
    h = x.head
    if x.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ == "acomp" and h.lemma_.lower() in frame_words("control_adj"):
        gov = h.head
    elif x.dep_ == "acl" and h.lower_ == "order" and h.dep_ == "pobj" and h.head.lower_ == "in":
        gov = h.head.head
    else:
        return None
    return gov if gov.pos_ in ("VERB", "AUX") else None


def accused_of(n):  # type: ignore[no-untyped-def]
    """The one said to have done the deed of event noun ``n``: "accused X of the killing", "X was charged with murder
    in the shooting", "X was responsible for the attack" (data/agent_frames.tsv). None otherwise."""
    t = n
    while t.dep_ == "conj" and t.head.i != t.i:  # "accused X of killings, torture and disappearances"
        t = t.head
    for _ in range(3):
        if t.dep_ == "pobj" and agent_frames().get(t.head.lower_) == "behind":
            return behind_host(t.head)
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "for", "with", "in", "over"):
            return None
        gov = t.head.head
        frame = agent_frames().get(gov.lower_) or agent_frames().get(gov.lemma_.lower())
        if frame == "accuse" and gov.pos_ == "VERB":
            if gov.lemma_.lower() == "blame" and gov.dep_ == "xcomp" and gov.head.lemma_.lower() == "be" \
                    and child(gov, "dobj", "nsubjpass") is None:  # "X is to blame for the murder": X
                if child(gov.head, "neg") is not None or child(gov, "neg") is not None:
                    return None  # "X is not to blame": no one is named
                own = child(gov.head, "nsubj")
                return own if own is not None and own.lower_ not in RELATIVE_WORDS else None
            got = child(gov, "dobj") or child(gov, "nsubjpass")
            if got is None and gov.dep_ == "conj" and child(gov, "nsubj") is None:
                got = child(gov.head, "nsubjpass")  # "X was arrested and charged with murder in ..."
            if got is None and gov.tag_ in ("VBD", "VBN") and child(gov, "aux", "auxpass", "dobj") is None:
                got = child(gov, "nsubj")  # a headline's bare participle: "X implicated in the poisoning of Y"
            return got
        if frame == "blame_adj":
            if gov.pos_ == "VERB":  # "is engaged in", "was involved in" read as passives
                return child(gov, "nsubjpass", "nsubj")
            own = child(gov, "nsubj")
            if own is not None and own.lower_ not in RELATIVE_WORDS:
                return own  # "police hold X responsible for the attack" parsed with X the subject of "responsible"
            if gov.dep_ in ("acomp", "oprd", "amod", "ccomp", "xcomp") and gov.head.pos_ in ("VERB", "AUX"):
                held = child(gov.head, "dobj")
                if held is not None and gov.dep_ in ("oprd", "ccomp", "xcomp"):
                    return held  # "police hold X responsible for the attack": the object, not who holds it
                return child(gov.head, "nsubj", "nsubjpass")
            if gov.dep_ == "amod" and gov.i > gov.head.i and gov.head.dep_ == "dobj" and gov.head.pos_ in ("NOUN", "PROPN"):
                return gov.head  # "police hold X responsible for the attack" parsed with "responsible" qualifying X
            return None
        if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "dobj" and gov.head.pos_ == "VERB" \
                and agent_frames().get(gov.head.lemma_.lower()) == "accuse":
            return gov  # "accused the militia of killings": the "of" phrase hung on the accused
        holder = charge_holder(gov)
        if holder is not None:
            return holder  # "X faces charges of murder in the stabbing", "X denied accusations of the killing"
        if gov.pos_ != "NOUN" and not (gov.pos_ == "PROPN" and gov.ent_type_ in ("DATE", "TIME")):
            return None
        t = gov  # "charged with murder (in May) in the stabbing": climb through the charge noun or a date
    return None


def attributed_to(n):  # type: ignore[no-untyped-def]
    """Who a deed of event noun ``n`` is put down to: "police attributed the attack to X", "the killing was attributed
    to X", "an attack attributed to X" (frame "attribute_to": the deed is the verb's object, its passive subject or
    the noun the participle qualifies, the doer its "to" phrase), "police blamed the bombing on X", "the bombing was
    blamed on X" (frame "attribute_on", the "on" phrase). None otherwise ("blamed the rebels for the attack" is the
    accuse frame; "attributed the rise to inflation" names no deed and is never asked)."""
    verbs = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB":
        verbs.insert(0, n.head)
    for v in verbs:
        lem = v.lemma_.lower()
        for frame, prep in (("attribute_to", "to"), ("attribute_on", "on")):
            if lem in frame_words(frame):
                doer = pobj(v, prep) or _past_blamer(v, prep)
                if doer is None and v.i == n.head.i:
                    doer = pobj(n, prep)  # "blamed the bombing on X", "attributed the attack to X (ACR)" with the
                    # phrase hung on the deed noun: only a name
                    if doer is not None and doer.ent_type_ not in ("ORG", "NORP", "PERSON", "GPE") and doer.pos_ != "PROPN" \
                            and not _armed_noun(doer):
                        doer = None  # (an armed noun too: "blamed the bombing on the rebels"; not "on the embassy")
                if doer is not None and (doer.ent_type_ in ("DATE", "TIME") or doer.pos_ not in ("NOUN", "PROPN")):
                    doer = None  # "blamed on Monday"
                if doer is not None and doer.i != n.i:
                    return doer
    return None


def _past_blamer(v, prep: str):  # type: ignore[no-untyped-def]
    """The doer of a passive blame whose "on"/"to" phrase the parser hung on the blamer of its "by" phrase: "the
    killing was blamed by police on X", "was attributed by officials to X" (X, never the police); None otherwise."""
    by = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return pobj(by, prep) if by is not None else None


def _armed_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """A common noun of an armed side (events/nominal.armed_words: "rebels", "the militia", "soldiers")."""
    from sitrep.events.membership import MEMBER_NOUNS
    from sitrep.events.nominal import armed_words

    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in armed_words():
        return True
    # "blamed the attack on remnants of the X Group", "on cadres of the CPI (Maoist)": members of a named group
    g = pobj(tok, "of") if tok.lemma_.lower() in MEMBER_NOUNS else None
    return g is not None and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP"))


def blamed_on(v, noun):  # type: ignore[no-untyped-def]
    """Whether verb ``v`` lays the deed of event noun ``noun`` on someone (frames "attribute_to" / "attribute_on" of
    data/agent_frames.tsv: the noun its object, or its subject when passive), and on whom: "officials blamed the
    bombing on X", "the attack was attributed to X" -> (True, X); the verb's subject only makes the claim, so it is
    never the doer. (False, None) for any other verb; (True, None) when no one is named ("blamed the attack")."""
    lem = v.lemma_.lower()
    if lem not in frame_words("attribute_to") and lem not in frame_words("attribute_on") \
            or noun.head.i != v.i or noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False, None
    return True, attributed_to(noun)


def charged_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A definite deed noun ("the shooting", "the teenager's murder", "the killing of X") whose doer a legal step names
    (frame "legal" of data/agent_frames.tsv: "X was charged with murder in the shooting", "X was arrested for the
    killing", "X was charged with fatally shooting Y"): the deed happened, whoever is charged, so it is an event of
    its own. Not a bare charge ("charged with murder": the charge's name) and not a claim ("accused X of the shelling",
    "accused of stabbing Y" stay inside the accusation)."""
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("with", "for", "in"):
        gov = tok.head.head  # "X was charged with fatally shooting Y", "X was arrested for stabbing Y"
        return gov.pos_ == "VERB" and gov.lemma_.lower() in frame_words("legal")
    if tok.pos_ != "NOUN":
        return False
    det = child(tok, "det")
    if not ((det is not None and det.lower_ in ("the", "this", "that")) or child(tok, "poss") is not None):
        return False
    if accused_of(tok) is None:
        return False
    cur = tok
    for _ in range(5):  # the nearest verb above the noun
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in frame_words("legal")
    return False


def legal_sequel_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun in an "after / following" phrase of a legal step ("A man has been charged with murder following a
    stabbing in X", "Two men were arrested after a shooting"; frame "legal"): the deed came before the step and
    happened, an event of its own, whatever its determiner (:func:`charged_deed` asks a definite one for the charge's
    own "in the shooting")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("after", "following"):
        return False
    gov = tok.head.head
    return gov.pos_ == "VERB" and gov.lemma_.lower() in frame_words("legal")


def charge_holder(noun):  # type: ignore[no-untyped-def]
    """The one a charge or accusation is held against: the subject of the verb of frame "holds_charge" taking a noun
    of frame "charge_noun" as its object ("X faces charges of ...", "X denied accusations of ..."). None otherwise."""
    if noun.lemma_.lower() not in frame_words("charge_noun") or noun.dep_ not in ("dobj", "obj"):
        return None
    v = noun.head
    if v.lemma_.lower() not in frame_words("holds_charge"):
        return None
    s = child(v, "nsubj")
    return s if s is not None and s.lower_ not in RELATIVE_WORDS else None


# verbs by which a body says something of itself: "X said / admitted / confirmed it was behind the attack"
_SAYING_ITSELF = frozenset({"say", "admit", "confirm", "announce", "acknowledge", "claim", "insist", "tell"})  # "told reporters it was behind"


def behind_host(prep):  # type: ignore[no-untyped-def]
    """Who is said to be behind a deed (frame "behind" of data/agent_frames.tsv): the subject of "be" ("the group is
    believed to be behind the attack", "X was behind the bombing"; "who" for the noun it refines) or the noun the
    phrase modifies ("the cell behind the attack"). None for anything else ("hid behind the wall" is no deed)."""
    gov = prep.head
    if gov.pos_ == "AUX" or gov.lemma_.lower() == "be":
        for _ in range(3):  # "is believed to be behind": climb the raising verbs to their subject
            if any(c.dep_ == "neg" for c in gov.children):
                return None  # "X was not behind the attack", "X is not believed to be behind it": X is cleared
            subj = child(gov, "nsubj", "nsubjpass")
            if subj is not None:
                if subj.lower_ in ("who", "that", "which") and gov.dep_ == "relcl":
                    return gov.head  # "the man who was behind the attack"
                if subj.tag_ in ("WP", "WDT") or any(c.dep_ == "det" and c.tag_ in ("WDT", "WP") for c in subj.children):
                    return None  # "it is not known which group was behind the attack": a question names no one
                if subj.lower_ == "it" and gov.dep_ == "ccomp" and gov.head.lemma_.lower() in _SAYING_ITSELF \
                        and child(gov.head, "nsubj") is not None and child(gov.head, "nsubj").pos_ == "PROPN":
                    return subj  # "X said it was behind the blast": "it" is the speaker (events/antecedents)
                return subj if subj.pos_ != "PRON" or subj.lower_ not in ("it", "this", "that", "what") else None
            if gov.dep_ not in ("xcomp", "ccomp") or gov.head is gov:
                return None
            gov = gov.head
        return None
    if gov.pos_ in ("NOUN", "PROPN") and prep.dep_ == "prep":
        return gov  # "the cell behind the attack"
    return None


@functools.lru_cache(maxsize=1)
def _support_lemmas() -> frozenset[str]:
    return frozenset(cols[0].strip() for cols in data_rows("support_verbs.tsv"))


@functools.lru_cache(maxsize=1)
def _object_only_lemmas() -> dict[str, str]:
    """Support verbs marked "object" or "indefinite" in data/support_verbs.tsv: the deed as their direct object only
    ("triggered a blast"; not "placed the blame for the bombing on X"), "indefinite" a device new to the text ("placed
    a bomb"; not "placed the bomb in a flower bed")."""
    return {cols[0].strip(): cols[2].strip() for cols in data_rows("support_verbs.tsv")
            if len(cols) > 2 and cols[2].strip() in ("object", "indefinite")}


_KNOWN_DETS = frozenset({"the", "this", "that", "these", "those"})


def support_lemma(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a verb of data/support_verbs.tsv, also when the tagger mislemmatised it ("waging" -> "wag")."""
    lemmas = _support_lemmas()
    if v.lemma_.lower() in lemmas:
        return True
    w = v.lower_
    stems = [w[:-3], w[:-3] + "e"] if w.endswith("ing") else [w[:-2], w[:-1]] if w.endswith("ed") else []
    return any(x in lemmas for x in stems)


def support_verb(v, noun, violent: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """ "moved evacuation trains", "launched an attack", "claimed responsibility for the attack": ``v`` takes the
    event noun as its direct object, or (a verb of data/support_verbs.tsv) through a preposition or conjunct, so
    its subject is the noun's agent. "Reeling from attacks", "the toll in the airstrike": no."""
    if noun.head.i == v.i and noun.dep_ in ("dobj", "obj") and not violent:
        return True  # "the authorities moved evacuation trains"; but "he invoked the attack", "condemned the strike"
    if not support_lemma(v):
        return False
    reach = _object_only_lemmas().get(v.lemma_.lower())
    if reach:  # the object itself, or a word of it ("an IED blast", "bombs and mines")
        t = noun
        while t.dep_ in ("compound", "conj", "nmod") and t.head.i != v.i and t.head.i != t.i:
            t = t.head
        if reach == "indefinite" and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _KNOWN_DETS)
                                         for c in t.children):
            return False
        return t.head.i == v.i and t.dep_ in ("dobj", "obj")
    t = noun
    for _ in range(4):
        if t.head.i == v.i:
            return t.dep_ in ("dobj", "obj", "attr", "oprd", "prep", "pobj", "conj", "npadvmod")
        if t.dep_ not in ("conj", "pobj", "prep", "compound", "amod"):
            return False
        t = t.head
        if t.lemma_.lower() in frame_words("inquiry"):
            return False  # "ordered an investigation into the murder": who orders the inquiry did not kill
    return False


# words after "not" that make it no denial: "not only / not just carried out the attack" (X did it, and more)
_FOCUS_WORDS = frozenset({"only", "just", "merely", "simply", "solely"})


def denied_doing(v, noun) -> bool:  # type: ignore[no-untyped-def]
    """Support verb ``v`` is negated and its object is a definite deed noun ("X did not carry out the attack", "X
    never launched this offensive"): the deed is presupposed to have happened and the subject is cleared of it, so
    it is not its doer. Not "X did not launch an attack" (no deed at all; its modality says so)."""
    negs = [c for c in v.children if c.dep_ == "neg" or (c.dep_ in ("advmod", "neg") and c.lower_ == "never")]
    if not negs or all(n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ in _FOCUS_WORDS for n in negs):
        return False  # ("X did not just carry out the attack, it also ...": X did it, and more)
    if not support_verb(v, noun, True):
        return False
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
               for c in noun.children)
