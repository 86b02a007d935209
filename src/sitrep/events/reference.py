"""Whether an event word names a new incident or points at one told before: references ("after the strike",
"the strike was one of the deadliest attacks"), series and trends ("a bombing campaign", "a rise in
kidnappings"), possibilities ("the threat of air strikes"), the toll of a whole war, anchors of another clause,
and deeds an adjunct takes as done ("declined to indict him for the shooting"). Read by ``modality/``; cue
words in ``data/event_sense_cues.tsv``.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.frames import support_lemma
from sitrep.events.lead_deed import dated_lead_deed
from sitrep.nlp.period_tally import noun_in


def definite(tok) -> bool:  # type: ignore[no-untyped-def]
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
               or (c.dep_ in ("compound", "nummod", "amod") and (c.pos_ in ("PROPN", "NUM") or c.like_num)) for c in tok.children)


def war_toll(head) -> bool:  # type: ignore[no-untyped-def]
    """ "a war (in 2013) which has killed thousands", "the conflict has killed ...": the toll of a whole conflict."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and noun_in(subj, sense_cue("conflict_nouns")):
        return True
    if head.dep_ == "relcl" and (subj is None or subj.tag_ == "WDT"):
        cur = head.head  # "a revolt in March 2016 which has killed": the antecedent, past a date it may hang on
        if cur.ent_type_ == "DATE":
            return any(t.lemma_.lower() in sense_cue("conflict_nouns") for t in head.doc[max(cur.i - 6, 0):cur.i])
        for _ in range(3):
            if cur.lemma_.lower() in sense_cue("conflict_nouns"):
                return True
            if cur.head is cur or cur.pos_ == "VERB":
                break
            cur = cur.head
    return False


NOMINAL = ("NOUN", "PROPN")
COPULA = frozenset({"be", "remain", "become"})


CONTEXT_TYPES = frozenset({"Political", "Strategic developments"})


def verb_anchor(head) -> bool:  # type: ignore[no-untyped-def]
    """A verb clause in "after/since/before/following ...ing" or introduced by "after"/"since"."""
    if head.dep_ == "pcomp" and head.head.lower_ in sense_cue("reference_preps"):
        return True
    return head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sense_cue("reference_preps")
                                        for c in head.children)


def time_anchor(tok) -> bool:  # type: ignore[no-untyped-def]
    """An event noun in "after/since/before/following X": the time anchor of another clause."""
    return tok.pos_ in NOMINAL and tok.dep_ == "pobj" and tok.head.lower_ in sense_cue("reference_preps")


def _head_noun(tok, preps: tuple[str, ...] = ("of", "in", "into", "from", "on", "against")):  # type: ignore[no-untyped-def]
    """The noun an event noun hangs from: "a wave of (deadly) attacks" -> wave; "bombing campaign" -> campaign; a
    noun joined by "and" hangs from its first one's ("a rise in kidnappings and extortion" -> rise)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
        tok = tok.head
    if tok.dep_ == "compound" and tok.head.pos_ in NOMINAL:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.pos_ in NOMINAL + ("NUM",):
        return tok.head.head
    return None


ADJUNCT_PREPS = frozenset({"for", "on", "over", "about", "into", "regarding", "concerning"})
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# prepositions by which a noun that is no event names the deed it is about ("a role in the bombing", "details
# of the shooting", "responsibility for the attack")
TOPIC_PREPS = ADJUNCT_PREPS | {"of", "in", "behind"}  # "the motive behind the kidnapping"


def presupposed(trig, g, tdef) -> bool:  # type: ignore[no-untyped-def]
    """A violent event noun in an adjunct of a verb that is no event itself ("declined to indict him for the
    shooting", "will not comment on the attack", "plans to retaliate for the bombing"): what the verb's
    negation, plan or future says is about that verb, not about the deed, which the sentence takes as done."""
    if tdef.event_type not in VIOLENT or trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    return deed_spoken_of(trig, {t.tok.i for t in g.triggers})


def deed_spoken_of(trig, trigger_ids: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """The deed noun ``trig`` is what a verb or noun that is no event is about ("comment on the attack",
    "details about the shooting": see topic_deed)."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ not in ADJUNCT_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return topic_deed(trig, trigger_ids)
    return prep.head.i not in trigger_ids


def topic_deed(trig, trigger_ids: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """A definite or described deed noun that a noun which is no event is about: "denied any role in the bombing",
    "refused to give details about the shooting that killed two", "has not claimed responsibility for the attack".
    What the sentence negates or refuses is the role, the details or the claim; the deed it takes as done. Not
    under a noun that reports the deed or its chance ("reports of the massacre", "the threat of an attack"),
    unless a relative clause tells the deed itself."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ not in TOPIC_PREPS:
        return False
    host = trig.head.head
    if host.pos_ != "NOUN" or host.i in trigger_ids:
        return False
    lem = host.lemma_.lower()
    if lem in sense_cue("possibility_heads"):
        return False
    if described(trig):
        return True  # "claims about the raid that killed five": the relative clause tells the raid as done
    return definite(trig) and lem not in sense_cue("deed_report_nouns")


# prepositions by which a verb or adjective that is no event takes part in a deed or is blamed for it ("was not
# behind the attack", "were not involved in the shooting", "no arrests were made in the bombing")
PART_PREPS = frozenset({"behind", "in", "for"})


def cleared_of(trig, g, tdef) -> bool:  # type: ignore[no-untyped-def]
    """A definite violent deed noun that a negated verb or adjective which is no event only places someone in or
    out of ("X was not behind the attack", "police have not identified the gunmen in the attack", "no arrests have
    been made in the killing", "was not responsible for the bombing"): what is denied is the part, the arrests
    or the finding; the deed the sentence takes as done ("the attack" names one). Not "there was no attack"
    (the noun's own "no"), nor "an attack" (no deed named)."""
    if tdef.event_type not in VIOLENT or trig.pos_ not in NOMINAL or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ not in PART_PREPS or prep.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if prep.head.i in {t.tok.i for t in g.triggers}:
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in trig.children):
        return False
    return definite(trig) or described(trig)


_OLD_SPANS = frozenset({"year", "decade", "century"})


def described(tok) -> bool:  # type: ignore[no-untyped-def]
    """An event noun told here with news of its own: a relative clause ("the bombing, which rocked the
    offices") or a recent day of its own ("last night's attack", "Monday's strike"; a bare year is old, and so is
    "last year's clashes": a year, a decade or a century is no recent day)."""
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"):
            return True
        if c.dep_ in ("poss", "compound", "nmod") and c.ent_type_ in ("DATE", "TIME") \
                and not (c.like_num and len(c.text) == 4) and c.lemma_.lower() not in _OLD_SPANS:
            return True
    return False


def _gerund_reference(trig) -> str:  # type: ignore[no-untyped-def]
    """A gerund that is the object of "of"/"in" under a possibility or trend noun (cues ``possibility_heads``,
    ``generic_heads``): ``conditional`` or ``background`` as for the noun it would be; "" otherwise."""
    if trig.tag_ != "VBG":
        return ""
    if trig.dep_ in ("nmod", "compound") and trig.head.pos_ in NOMINAL:
        trig = trig.head  # "an escalation of shelling and air strikes", parsed as a modifier of "strikes"
    if trig.dep_ not in ("pobj", "pcomp") or trig.head.lower_ not in ("of", "in") or trig.head.head.pos_ not in NOMINAL:
        return ""
    up = trig.head.head
    lem = up.lemma_.lower()
    if lem in sense_cue("possibility_heads"):
        return "conditional"
    if dated_lead_deed(trig):
        return ""  # "the victims of Saturday night's stabbing" in the lead: one incident, the report's news
    return "background" if lem in sense_cue("generic_heads") else ""


# verbs that give a deed told before a name of the speaker's ("calling it retaliation", "termed it a massacre")
_NAMING_VERBS = frozenset({"call", "term", "describe", "label", "brand", "dub"})


def claimed_deed(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is what a claim is of: "X claimed the attack", "X owned the attack" (South Asian English),
    "claimed responsibility for the bombing" (a time on it, "the attack on Thursday", is the claim's as often as the
    deed's)."""
    if trig.dep_ == "dobj":
        return trig.head.lemma_.lower() in ("claim", "own")
    up = trig.head
    return trig.dep_ == "pobj" and up.lower_ == "for" and up.head.lemma_.lower() == "responsibility" \
        and up.head.head.lemma_.lower() == "claim"


# what a claim is made in ("claimed the attack on its Telegram channels", "in a statement")
_CLAIM_MEDIA = frozenset({"channel", "statement", "message", "video", "post", "communique", "website", "telegram"})


def _claim_denied(trig) -> bool:  # type: ignore[no-untyped-def]
    """The claim of ``trig`` is told as not made ("No group had claimed the attack by Wednesday"): a day on it is
    then the claim's, not the deed's. A made claim with a day ("JNIM claimed the attack on Monday") may tell the deed's
    day, and its doer is read through it (events/claims), so it stays."""
    verb = trig.head
    return any(c.dep_ == "neg" or c.lower_ in ("no", "none", "nobody") for c in verb.children) or any(
        c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


def dated_only(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` has prepositions, and they name only a time or the claim's medium ("the attack on Thursday", "the attack
    by Wednesday evening", "the attack on its Telegram channels"), none a place, a target or the victims ("the attack
    on Friday on Mucojo, in which seven civilians were killed": the deed told in the claim). A bare "claimed the
    attack" stays: the claim's events (events/claims) are read through it."""
    def told(g) -> bool:  # type: ignore[no-untyped-def]
        return g.dep_ == "pobj" and ((g.ent_type_ in ("DATE", "TIME") and _claim_denied(trig))
                                     or g.lemma_.lower() in _CLAIM_MEDIA)

    preps = [c for c in trig.children if c.dep_ == "prep"]
    return bool(preps) and all(any(told(g) for g in p.children) for p in preps) \
        and not any(c.dep_ in ("relcl", "acl") for c in trig.subtree)


def reference_kind(trig, head, anchor: bool, counted: bool = False) -> str:  # type: ignore[no-untyped-def]
    """What a nominal trigger is when it names no new incident: ``background`` for an event told before
    ("after the strike", "the death toll from the attack", "the strike was one of the deadliest"), for a
    series or trend ("a wave of attacks", "a bombing campaign", "a rise in shootings"); ``conditional`` for
    a possibility ("the threat of attacks", "fears of an offensive"); "" when it may be one."""
    if trig.pos_ not in NOMINAL:
        # "an escalation of shelling", "the risk of shelling": a gerund the parser reads as a verb still hangs
        # from the trend or possibility noun it names
        return _gerund_reference(trig)
    if anchor and definite(trig) and not described(trig):
        return "background"  # "after the missile strike", "since their retreat"
    if claimed_deed(trig) and definite(trig) and not described(trig) and dated_only(trig):
        return "background"  # "no group had claimed the attack by Wednesday": the deed told before, the claim's day
    if trig.dep_ == "oprd" and trig.head.lemma_.lower() in _NAMING_VERBS \
            and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in trig.head.children):
        return "background"  # "calling it retaliation for army offensives": a name for the deed told before
    up = _head_noun(trig)
    if up is not None:
        lem = up.lemma_.lower()
        if lem in sense_cue("possibility_heads"):
            return "conditional"
        if lem in sense_cue("generic_heads") and not dated_lead_deed(trig):
            return "background"  # ("Three more victims of Thursday's tanker explosion have died" in the lead: the news)
        if lem in sense_cue("toll_nouns") and trig.dep_ == "pobj" and not counted and not dated_lead_deed(trig):
            return "background"  # "victims of the attack": people of an event told before; with its count
            # ("the death toll from the attack reached 52") it is the incident's toll update, kept for the totals
    if head.lemma_.lower() in COPULA and trig.head.i == head.i and trig.dep_ == "nsubj" and definite(trig) \
            and any(c.dep_ in ("attr", "acomp") for c in head.children):
        return "background"  # "the strike was one of the deadliest attacks": said of an event told before
    if trig.dep_ == "attr" and trig.head.lemma_.lower() in COPULA and any(c.tag_ == "JJS" for c in trig.children):
        return "background"  # "it was the deadliest attack this year": a comparison of an event told before
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.dep_ == "attr" \
            and trig.head.head.lower_ == "one":
        return "background"  # "(it was) one of the deadliest attacks": a comparison with others
    return ""


def state_participle(trig) -> bool:  # type: ignore[no-untyped-def]
    """ "the besieged city", "a bombed-out hospital", "the occupied territories": a participle that describes a
    noun by what was done to it tells the noun's state, not a new incident."""
    if not (trig.pos_ == "VERB" and trig.dep_ == "amod" and trig.tag_ in ("VBN", "VBD")):
        return False
    # "the remains of four assassinated elders were discovered": counted victims, the report of a killing
    return not any(c.dep_ == "nummod" or c.like_num for c in trig.head.children) and trig.head.ent_type_ != "PERSON"


# singular nouns of a body of people: "the insurgent group fighting to topple the government" says who they are
_COLLECTIVE_NOUNS = frozenset({"group", "movement", "organisation", "organization", "faction", "militia", "alliance",
                               "coalition", "insurgency"})


def _described_body(noun, part) -> bool:  # type: ignore[no-untyped-def]
    """A singular noun of a body of people described by the participle ``part`` after it: in an apposition ("X, the
    insurgent group fighting the government") or with the aim it fights for ("a group fighting to topple the
    government"); not "stopping the militia seizing territory", where the participle tells what it may do."""
    if noun.lemma_.lower() not in _COLLECTIVE_NOUNS:
        return False
    return noun.dep_ == "appos" or any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                       for c in part.children)


def who_they_are(head) -> bool:  # type: ignore[no-untyped-def]
    """ "other militias fighting her", "clans battling the army", "the insurgent group fighting to topple the
    government": a participle right after a plural noun (or a singular one of a body of people), with
    no subject, auxiliary or comma of its own, says who those people are (the parser may hang it on a verb)."""
    if head.tag_ != "VBG" or head.dep_ not in ("acl", "advcl") or head.i == 0:
        return False
    prev = head.doc[head.i - 1]
    return (prev.tag_ in ("NNS", "NNPS") or _described_body(prev, head)) and not any(
        c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass", "mark") for c in head.children)


_SPECIFIC = frozenset({"det", "poss", "nummod", "predet"})
WITNESS_VERBS = frozenset({"report", "witness", "see", "hear", "confirm", "describe", "record"})  # "reported clashes"


def generic_plural(trig, g) -> bool:  # type: ignore[no-untyped-def]
    """ "investigating attacks on shopkeepers", "saved lives from rocket attacks", "farmers injured by cluster
    bombs": a bare plural event noun (no article, possessive, number, name or side: "Kenyan air strikes") that no verb of the clause tells
    as done (no subject of its own, not the object of "launched", "carried out") names a kind of deed, not an
    incident (MUC-4's rule: generic descriptions are not incidents). The caller checks that the clause gives
    it no date and no count."""
    if trig.tag_ not in ("NNS", "NNPS") or trig.dep_ in ("nsubj", "nsubjpass", "compound", "attr"):
        return False  # "clashes erupted", "there were clashes": told as happening
    if any(c.dep_ in _SPECIFIC or c.like_num or (c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ in ("PROPN", "NUM") or c.ent_type_ in ("NORP", "GPE", "ORG")))
           or c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "between") for c in trig.children):
        return False  # "the attacks of Monday", "clashes between guards and raiders": told as incidents
    if any(t.tok.pos_ == "VERB" and t.tok.dep_ not in ("acl", "amod") for t in g.triggers):
        return False  # "rebels attacked and fired rockets": the clause tells a deed
    cur = trig
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC"))
                                    for o in c.children) for c in trig.children):
        return False  # "clashes near Saraqeb", "attacks in Marrow": placed, so told as incidents
    gov = cur.head.head if cur.dep_ == "pobj" else cur.head
    return not (gov.pos_ in ("VERB", "AUX") and (support_lemma(gov) or gov.lemma_.lower() in WITNESS_VERBS))


def share_of_deeds(trig) -> bool:  # type: ignore[no-untyped-def]
    """ "firearms were used in about half of the murders", "a fifth of the killings", "60% of attacks": a plural
    event noun counted as a share (the "of" object of a word of ``share_words``, or of a percentage) is a statistic
    over many deeds, no incident."""
    if trig.tag_ not in ("NNS", "NNPS") or trig.dep_ != "pobj" or trig.head.lower_ != "of":
        return False
    share = trig.head.head
    return share.lemma_.lower() in sense_cue("share_words") or share.lower_ in ("%", "percent", "per")


def share_of_victims(trig) -> bool:  # type: ignore[no-untyped-def]
    """ "About two-thirds of the victims were shot in gang disputes", "most of the dead were killed by gunfire": a verb
    of violence whose subject is a share (a word of ``share_words``, on its own or under a number: "two-thirds") of
    the victims or the dead (cue ``share_victim_nouns``) tells how the many deeds of a statistic were done, no
    incident (branch precision20, quiet_reports14 k09)."""
    if trig.pos_ != "VERB":
        return False
    subj = next((c for c in trig.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None:
        return False
    shares = sense_cue("share_words")
    for s in [subj, *(c for c in subj.children if c.dep_ == "quantmod")]:
        if s.lemma_.lower() in shares or s.lower_ in ("%", "percent"):
            if any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in sense_cue("share_victim_nouns") for o in p.children)
                   for p in s.children):
                return True
    return False


def _perfect(v) -> bool:  # type: ignore[no-untyped-def]
    """Verb ``v`` is in a perfect tense ("has seen", "have been hit", "had suffered")."""
    return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)


def attack_record(trig, onto) -> bool:  # type: ignore[no-untyped-def]
    """ "Balochistan has witnessed several attacks on police installations in recent months", "the region has seen a
    surge of attacks on the army", "have been hit by repeated attacks", "has carried out several attacks over the past
    decade, including assaults on a university": a plural deed noun, counted by a word of a record (ontology cue
    record_quantifiers) and no number, that a verb in a perfect tense has as its object or agent, tells the history
    of a place or a group, not an incident; so do the deeds it lists ("including assaults on ..."). ACLED codes
    such a sentence as no event (its deeds have no date and no place of their own)."""
    if trig.tag_ not in ("NNS", "NNPS"):
        return False
    cur = trig
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "including":  # "..., including raids on masts"
        host = cur.head.head
        return (host.pos_ in ("NOUN", "VERB") and host.i != cur.i
                and (attack_record(host, onto) if host.pos_ == "NOUN" else _record_verb(host, onto)))
    words = onto.cue("record_quantifiers")
    if any(c.like_num for c in cur.children):
        return False  # "has carried out three attacks this week": counted incidents
    counted = any(c.dep_ in ("amod", "det") and (c.lemma_.lower() in words or c.lower_ in words) for c in cur.children)
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in words:
        cur, counted = cur.head.head, True  # "a surge of attacks", "a series of bombings"
    if not counted:
        return False
    if cur.dep_ == "dobj":
        return _perfect(cur.head)
    if cur.dep_ == "pobj" and cur.head.dep_ == "agent":
        return _perfect(cur.head.head)
    return False


def _record_verb(v, onto) -> bool:  # type: ignore[no-untyped-def]
    """Verb ``v`` in a perfect tense whose object is a record of deeds (:func:`attack_record`)."""
    return _perfect(v) and any(c.dep_ == "dobj" and attack_record(c, onto) for c in v.children)
