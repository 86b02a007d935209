"""A named group's claim of "the attack" in the sentence next door names the attacker the event left unnamed."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.group_branch import branch_tail
from sitrep.events.accusation import OPENS_ANOTHER  # .match on a sentence: it opens another incident
from sitrep.events.antecedents import UNNAMED_ROLES
from sitrep.events.bare_state import says_whose
from sitrep.events.nominal import self_name
from sitrep.events.roles import ActorFinder, coined_id, is_person, np_tokens, span_of
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.nlp.doctext import doc_attr


# "X claimed responsibility for the attack", "X has claimed the bombing", "The TTP owned the attack" (South Asian
# English for a claim): the claim of a deed told in the next or the previous sentence; past an apposition on the
# name, opened by an article or a possessor ("JNIM, al Qaeda's Sahel branch, claimed the raid") or by "known as" ("The
# Islamic State group's regional affiliate, known as Islamic State Khorasan, claimed the bombing on Thursday")
_CLAIMS = re.compile(r"^[\s,)]*(?:\(\w+\)[\s,]*)?" + r"(?:,?\s*(?:a|an|the|(?:[\w-]+\s){0,2}[\w-]+['’]s|"
                     r"(?:also\s+|better\s+)?(?:known|called)\s+as)\s"
                     r"[^,;.()\"]{3,140},\s+)?(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+)?"
                     r"(?:claim(?:ed|s)?|own(?:ed|s))\b", re.I)
# (", the armed gang led by X that controls the valley, ": an apposition between the group's name and its verb)
_APPOSITION = r"(?:,\s*(?:a|an|the)\s[^,;.()\"]{3,140},\s+)?"
# "the attack", "this bombing", "Friday's attack"; not "that massacre": a distal demonstrative points past the deed
# just told ("... similar to the bombings in Paris. ISIS claimed that massacre")
_DEFINITE = re.compile(r"\b(?:the|this|these|its|their|yesterday's|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
# a claim denied or not yet made names nobody: "X has not claimed the attack", "no group has claimed the bombing"
_NEGATED = re.compile(r"\b(?:not|never|no|denied|denies|deny|yet to)\b", re.I)
# generic attacker nouns that a claim names: "a suicide bomber", "gunmen", "attackers"
GENERIC_ATTACKERS = frozenset({"gunman", "bomber", "attacker", "assailant", "militant", "shooter", "sniper",
                               "assassin", "man", "group", "member"})


# the deed's doer said in other words, the group before the definite deed: "X was behind the attack", "X is
# responsible for the bombing", "X carried out the attack" (the text between the group's name and the deed; a quote
# may close the name: '"remnants of the Daesh gangs" were behind the attack')
_DOER_BEFORE = re.compile(r"^" + _APPOSITION + r"[\s,\"”’']*(?:\w+[\"”’']?\s+){0,2}?(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?"
                          r"(?:behind|responsible\s+for)|(?:has\s+|have\s+|had\s+)?carri(?:ed|es)\s+out)\s+"
                          r"(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
# "officials blamed X for the attack", "accused X of the killings": the verb before the group, the deed after it
_BLAME_VERB = re.compile(r"\b(?:blam|accus)(?:e|es|ed|ing)\s+$", re.I)
_BLAMED_FOR = re.compile(r"^\s+(?:for|of)\s+(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
# the deed first: "the bombing was blamed on X", "the attack was attributed to X", "... was carried out by X"
_DOER_AFTER = re.compile(r"^\s*(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?"
                         r"(?:blamed\s+on|attributed\s+to|carried\s+out\s+by)\s+(?:the\s+)?$", re.I)
# "officials blamed the attack on X", "attributed the bombing to X": the verb before the deed, the group after it
_BLAME_DEED = re.compile(r"\b(?:blam|attribut)(?:e|es|ed|ing)\s+(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
_ON_DOER = re.compile(r"^\s+(?:on|to)\s+(?:the\s+)?$", re.I)


def _names_doer(c: EventMention, text: str) -> bool:
    """Event ``c``'s sentence names the group who did a definite deed ("the attack") in other words than a claim:
    "X was behind the attack", "X carried out the bombing", "officials blamed X for the killings", "the bombing was
    blamed on X"; never denied ("X was not behind the attack")."""
    a, t = c.actor1, c.trigger
    if a is None or a.span is None or t is None:
        return False
    if a.span.end <= t.start:
        between = text[a.span.end:t.start]
        lead = text[max(c.sentence.start, a.span.start - 40):a.span.start]
        ok = bool(_DOER_BEFORE.match(between)) or (bool(_BLAME_VERB.search(lead)) and bool(_BLAMED_FOR.match(between)))
        return ok and not _NEGATED.search(between) and not _NEGATED.search(lead)
    if t.end <= a.span.start:
        between = text[t.end:a.span.start]
        lead = text[max(c.sentence.start, t.start - 30):t.start]
        ok = (bool(_DOER_AFTER.match(between)) and bool(_DEFINITE.search(lead))) or (
            bool(_BLAME_DEED.search(lead)) and bool(_ON_DOER.match(between)))
        return ok and not _NEGATED.search(between) and not _NEGATED.search(lead)
    return False


def _claim_looks_back(e: EventMention, c, events: list[EventMention], finder: ActorFinder,  # type: ignore[no-untyped-def]
                      text: str, back: int = 5) -> bool:
    """A claim (or blame) of "the attack" in ``c`` a few sentences after event ``e`` is about ``e`` ("Gunmen shot nine
    labourers ... . [three sentences on the bodies] ... . The BLA claimed responsibility for the killings."; ``c`` the
    claim's event or its sentence): ``c``
    at most ``back`` sentences after ``e``, ``e``'s attacker unnamed or only a side ("gunmen", "insurgents"), no
    sentence between them that opens another incident ("Separately, ...") and no violent deed between them whose
    doer is named (another incident, or the deed the claim is about)."""
    cs = getattr(c, "sentence", c)
    if cs.start <= e.sentence.start or not unnamed_side(e.actor1) or e.modality == "background":
        return False
    sents = finder.an.sentences
    between = [s for s in sents if e.sentence.end <= s.start and s.end <= cs.start]
    if len(between) >= back:
        return False
    if any(OPENS_ANOTHER.match(text[s.start:s.end]) for s in between + [cs]):
        return False
    # (a deed between them whose doer is the claimant itself is the same incident told on: "The attackers, believed
    # to belong to X, tried to overrun the post. ... X claimed the attack")
    own = c.actor1.entity_id if isinstance(c, EventMention) and c.actor1 is not None else None
    # (nor one whose doer is the deed's own target: "gunmen attacked the checkpoint ... fled after a brief exchange of
    # fire" read with the police as the exchange's doer is the same incident, the target firing back)
    hit = e.actor2.entity_id if e.actor2 is not None else None
    return not any(o is not c and o.event_type in VIOLENT_EVENT_TYPES and e.sentence.end <= o.sentence.start
                   and o.sentence.end <= cs.start and not unnamed_side(o.actor1)
                   and not (own is not None and o.actor1.entity_id == own)
                   and not (hit is not None and o.actor1.entity_id == hit) for o in events)


def _claimant_before(c: EventMention, finder: ActorFinder, text: str) -> Optional[ActorRef]:
    """The one armed group that claims the deed noun of claim ``c`` when the role reader gave it no subject: "X, an
    umbrella group of militants often called Y, later claimed the attack" (the participle in the apposition read as
    a verb of its own); the group's name, then only an apposition and the claim's words up to the deed."""
    assert c.trigger is not None
    found = {}
    for m in finder.mentions:
        if not m.entity_id or not (c.sentence.start <= m.span.start and m.span.end <= c.trigger.start):
            continue
        ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary", 0.6)
        between = text[m.span.end:c.trigger.start]
        if claiming_group(ref, finder) and _CLAIMS.match(between) and _DEFINITE.search(between) \
                and not _NEGATED.search(between) and not _NEGATED.search(text[c.sentence.start:m.span.start]):
            found.setdefault(m.entity_id, ref)
    return next(iter(found.values())) if len(found) == 1 else None


def claiming_group(ref: Optional[ActorRef], finder: ActorFinder) -> bool:
    """``ref`` can claim or be blamed for an attack: an armed group of the actor dictionary, or an organisation's
    name the dictionary lacks ("the Kordavian Liberation Front": an ``unk:`` id the entity layer coined for an ORG
    name); not a person, a place, a state or a common phrase ("the group", "gunmen")."""
    if ref is None:
        return False
    if finder.named_group(ref):
        return True
    return ref.entity_id.startswith("unk:") and any(m.entity_id == ref.entity_id and m.kind == "ORG"
                                                     for m in finder.mentions)


def name_end(ref: ActorRef, finder: ActorFinder) -> int:
    """Where the group's name that ``ref``'s evidence opens ends: the whole mention of the same group over it
    ("Tehrik-e-Taliban Pakistan" for the head word "Tehrik" the role reading kept)."""
    return max([ref.span.end] + [m.span.end for m in finder.mentions if m.entity_id == ref.entity_id
                                 and m.span.start <= ref.span.start < m.span.end])


# deed words a claim names of whatever kind of deed was told ("claimed the raid" after "attacked an army post")
_PLAIN_DEEDS = frozenset({"attack", "assault", "raid"})
_INFLECTION = re.compile(r"(?:ings?|ed|es|s)$")


def same_deed_word(a: str, b: str) -> bool:
    """Two deed words of one stem ("ambush" / "ambushed", "bombing" / "bombed"): the same deed named twice."""
    x, y = (_INFLECTION.sub("", w.lower()) for w in (a, b))
    return len(x) >= 4 and x == y


def generic_attacker(ref: Optional[ActorRef]) -> bool:
    if ref is None:
        return True
    if ref.entity_id.endswith("_UNIDENT"):
        return True
    if not ref.entity_id.startswith("x:"):
        return False
    last = ref.name.lower().split()[-1] if ref.name.split() else ""
    last = last[:-3] + "man" if last.endswith("men") else last.rstrip("s")
    return last in GENERIC_ATTACKERS


def claimed_deed_told(c: EventMention, events: list[EventMention]) -> bool:
    """The deed the claim ``c`` names was told before the claim: an asserted deed of its type in an earlier sentence
    ("A suicide car bomb exploded at a base ... . X claimed the bombing."). The claim is of that deed, so a deed told
    after it ("Hours later, a grenade was thrown into a tea shop") is another incident whose doer the claim does not
    name (a round-up's next item)."""
    return any(x is not c and x.event_type == c.event_type and x.modality == "asserted"
               and x.sentence.start < c.sentence.start for x in events)


def credit_claims(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """A named armed group that claims "the attack" in the sentence before or after a violent event whose attacker
    the text leaves unnamed ("A suicide bomber killed 20 ... . The Taliban claimed responsibility for the attack.")
    becomes that event's actor1 (confidence 0.6, its evidence the group's name in the claim; the generic phrase
    stays in the event's sentence). Only adjacent sentences, only a claim of a definite deed ("the attack", "this
    bombing") of the same kind as the event (or a plain "attack"), only an unnamed attacker: a named one is never
    replaced; never a claim denied or not made ("X has not claimed the attack"); never a deed told after a claim
    whose deed was told before it (:func:`claimed_deed_told`). The claimed deed noun of a claim
    so credited to a deed told before it, with no toll of its own, is dropped: it is that deed, told again."""
    claims = []
    for c in events:
        a = c.actor1
        if c.trigger is None or c.event_type not in VIOLENT_EVENT_TYPES:
            continue
        if a is None:
            a = _claimant_before(c, finder, text)
            if a is not None:
                claims.append((c, False, a))
            continue
        if a.span is None or not claiming_group(a, finder):
            continue
        end = name_end(a, finder)
        between = text[end:c.trigger.start] if end <= c.trigger.start else ""
        if _CLAIMS.match(between) and _DEFINITE.search(between) and not _NEGATED.search(between):
            claims.append((c, False, a))
        elif _names_doer(c, text):
            claims.append((c, True, a))
    told: set[int] = set()  # claims (of a deed noun) of a deed told before them, credited to it
    for c, other_words, g in claims:
        for e in events:
            if e is c or e.event_type not in VIOLENT_EVENT_TYPES or not unnamed_side(e.actor1):
                continue
            if other_words and c.sub_event_type != e.sub_event_type \
                    and not re.fullmatch(_DEED_WORDS, c.trigger.text, re.I):
                continue  # "X is behind this coup attempt" after an attempt to kill: a deed word of its own kind
            if c.event_type != e.event_type and c.trigger.text.lower().rstrip("s") not in _PLAIN_DEEDS \
                    and not same_deed_word(c.trigger.text, e.trigger.text):
                continue  # "claimed that massacre" after a bombing: another deed, maybe another incident ("claimed
                # the ambush" after "a convoy was ambushed" is that deed, whatever kind each was read as)
            if e.sentence.start == c.sentence.start:
                continue  # the claim's own sentence tells its own deed
            if e.sentence.start > c.sentence.start and claimed_deed_told(c, events):
                continue  # "X claimed the bombing" after a bombing was told: that one's, not the next deed's
            lo, hi = sorted([(e.sentence.start, e.sentence.end), (c.sentence.start, c.sentence.end)])
            if hi[0] < lo[1] or text[lo[1]:hi[0]].strip():
                if not _claim_looks_back(e, c, events, finder, text):
                    continue  # not the sentence just before or just after, nor a later claim of the same incident
            elif not generic_attacker(e.actor1):
                continue  # next door: only an attacker the text leaves unnamed
            e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)
            if not other_words and e.sentence.start < c.sentence.start:
                told.add(id(c))
    # "The Islamic State group claimed the attack on Tuesday": the deed claimed is the one told before, which now has
    # its doer; the claim's noun is no second attack (its date is the claim's), unless it tells a toll of its own
    events[:] = [c for c in events if not (id(c) in told and c.fatalities is None
                                           and re.fullmatch(_DEED_WORDS, c.trigger.text, re.I))]



def credit_restated_doer(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """A deed done to a named person whose doer its sentence leaves unsaid takes the doer of the same deed done to
    the same person in the sentence just before or after ("X may have been poisoned," the headline said. A doctor
    suggested that X had been poisoned by Y.": Y), confidence 0.6 at most, the evidence the doer's words there. Only
    the same sub-type and trigger word, only a victim named as a person (a count or "civilians" may be other
    people), only an attacker left blank: a named one is never replaced."""
    for e in events:
        v = e.actor2
        if e.actor1 is not None or v is None or e.trigger is None or e.event_type not in VIOLENT_EVENT_TYPES \
                or not is_person(v, finder):
            continue
        for c in events:
            a = c.actor1
            if c is e or a is None or c.actor2 is None or c.actor2.entity_id != v.entity_id or c.trigger is None \
                    or c.sub_event_type != e.sub_event_type or c.trigger.text.lower() != e.trigger.text.lower() \
                    or c.sentence.start == e.sentence.start or a.entity_id == v.entity_id:
                continue
            lo, hi = sorted([(e.sentence.start, e.sentence.end), (c.sentence.start, c.sentence.end)])
            if hi[0] < lo[1] or text[lo[1]:hi[0]].strip():
                continue  # not the sentence just before or just after
            e.actor1 = ActorRef(a.entity_id, a.name, a.span, "primary", min(0.6, a.confidence or 0.6))
            break


# a sentence that tells who did the deed just told, with no deed word of its own to hang an event on: "It was
# carried out by X", "officials think the bombing was the work of X" (the named group just after), "X was responsible."
_DEED_WORDS = (r"(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|raids?|assaults?|killings?|massacres?|"
               r"shootings?|strikes?|murders?)")
_LEAD = r"(?:^|\b(?:said|says|say|believe|believes|believed|think|thinks|suspect|suspects)\s+(?:that\s+)?)"
# a part of the group named as the doer: "the work of a cell of X", "carried out by a faction of X", "members of a
# unit of X"
_PART_OF = r"(?:(?:a|one|an\s+armed)\s+(?:cell|unit|faction|wing|branch|squad|commando)\s+of\s+(?:the\s+)?)?"
# the charge that did the deed, said to be put there by its doer: "It said the explosives had been placed by X"
_CHARGE_WORDS = r"(?:explosives?|bombs?|(?:explosive\s+)?devices?|mines?|landmines?|IEDs?)"
_TOLD_BY = re.compile(_LEAD + r"(?:it|this|the\s+(?:\w+\s+){0,2}?" + _DEED_WORDS + r")\s+(?:was|were|is|(?:has|had)\s+"
                      r"been)\s+(?:\w+\s+)?(?:carried\s+out\s+by|perpetrated\s+by|committed\s+by|staged\s+by|"
                      r"the\s+work\s+of)\s+(?:the\s+)?" + _PART_OF + r"$"
                      r"|" + _LEAD + r"the\s+(?:\w+\s+){0,2}?" + _CHARGE_WORDS + r"\s+(?:was|were|(?:has|had)\s+been)\s+"
                      r"(?:placed|planted|laid)\s+by\s+(?:the\s+)?" + _PART_OF + r"$", re.I)
_RESPONSIBLE = re.compile(r"^\s+(?:was|were|is|are)\s+(?:\w+\s+)?responsible\s*(?:[.,;]|$)", re.I)
_SAYER = re.compile(_LEAD + r"$", re.I)


def _groups_told(finder: ActorFinder, s, text: str, reach: int):  # type: ignore[no-untyped-def]
    """(group, text before it, text after it) for each armed group that sentence ``s`` names and does not deny (no
    negation before the name nor in the ``reach`` characters after it)."""
    for m in finder.mentions:
        if not m.entity_id or not (s.start <= m.span.start and m.span.end <= s.end):
            continue
        ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary", 0.6)
        if not claiming_group(ref, finder):
            continue
        before, after = text[s.start:m.span.start], text[m.span.end:s.end]
        after = after[branch_tail(after):]  # "the Islamic State's Pakistan affiliate claimed" (nlp/group_branch)
        if not (_NEGATED.search(before) or _NEGATED.search(after[:reach])):
            yield ref, before, after


def _self_named_told(doc, s, finder: ActorFinder, text: str, reach: int):  # type: ignore[no-untyped-def]
    """(group, text before it, text after it) for a subject of sentence ``s`` that is a group by the name it gives
    itself ("A far-left group calling itself Revolutionary Class Self-Defence claimed responsibility": the name, which
    neither the entity layer nor the dictionary may know; the sentence says it is a group's); none denied."""
    span = doc.char_span(s.start, s.end, alignment_mode="expand") if doc is not None else None
    poss = doc_attr(doc, "pos_") if span is not None else ()
    deps = doc_attr(doc, "dep_") if span is not None else ()
    for i in range(span.start, span.end) if span is not None else ():
        if poss[i] != "NOUN" or deps[i] != "nsubj":
            continue  # (a Token built only for a noun that is a subject)
        tok = doc[i]
        name = self_name(tok)
        ref = finder.actor(name, via_modifier=False) if name is not None else None
        if ref is None and name is not None and name.pos_ == "PROPN":  # a name no one knows: the name as said
            sp = span_of(np_tokens(name), finder.an.article_id)
            ref = ActorRef(coined_id(sp.text), sp.text, sp, "primary", 0.6)
        if ref is None or ref.span is None or is_person(ref, finder):
            continue
        edge = tok.right_edge
        before, after = text[s.start:tok.left_edge.idx], text[edge.idx + len(edge.text):s.end]
        if not (_NEGATED.search(before) or _NEGATED.search(after[:reach])):
            yield ActorRef(ref.entity_id, ref.name, ref.span, "primary", 0.6), before, after


def _sentence_after(sents, s, text: str):  # type: ignore[no-untyped-def]
    """The sentence right after ``s`` in the same paragraph or the next, or None."""
    return next((t for t in sents if t.start >= s.end and not text[s.end:t.start].strip()), None)


def _quiet(s, events: list[EventMention], text: str) -> bool:  # type: ignore[no-untyped-def]
    """Sentence ``s`` tells no violent deed of its own and opens no other incident."""
    return not OPENS_ANOTHER.match(text[s.start:s.end]) and not any(
        o.event_type in VIOLENT_EVENT_TYPES and s.start <= o.sentence.start < s.end for o in events)


def credit_told_doer(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """A violent event whose attacker its sentence leaves unnamed (or names only as "gunmen", "a suicide bomber")
    takes the named armed group that the very next sentence says did it with no deed word of its own: "It was
    carried out by X", "officials think the bombing was the work of X", "Police said X was responsible." (confidence
    0.6, the evidence the group's name there). Never when that sentence denies it ("X was not responsible") or
    names two groups; a named attacker is never replaced. ("the killers belonged to X", "the gunmen were members of
    X": events/member_doer, which reads them on the parse.)"""
    sents = finder.an.sentences
    for e in events:
        if e.event_type not in VIOLENT_EVENT_TYPES or e.trigger is None or not generic_attacker(e.actor1):
            continue
        nxt = next((s for s in sents if s.start >= e.sentence.end and not text[e.sentence.end:s.start].strip()), None)
        if nxt is None:
            continue
        own_deed = any(o is not e and o.event_type in VIOLENT_EVENT_TYPES and o.sentence.start == nxt.start
                       and o.actor1 is not None for o in events)  # (a deed with a doer of its own: read above)
        found = {}
        for ref, before, after in _groups_told(finder, nxt, text, 40):
            if (_TOLD_BY.search(before) and not own_deed) or (_RESPONSIBLE.match(after) and _SAYER.search(before)
                                                                and not own_deed):
                found[ref.entity_id] = ref
        # the doers named up to three sentences further on, past sentences with no deed of their own ("Investigators
        # found no motive. Prosecutors said the shooting was the work of X"): only the words
        # that name the deed's doers
        later, step = nxt, 0
        while not found and step < 3 and _quiet(later, events, text):
            later, step = _sentence_after(sents, later, text), step + 1
            if later is None or OPENS_ANOTHER.match(text[later.start:later.end]):
                break
            for ref, before, after in _groups_told(finder, later, text, 40):
                m = _TOLD_BY.search(before)
                if m is not None and not any(o.event_type in VIOLENT_EVENT_TYPES and o.trigger is not None
                                             and later.start <= o.trigger.start < later.start + m.start()
                                             for o in events):
                    found[ref.entity_id] = ref  # (no other deed told before the words; one told after the name
                    # is the group's past: "X, which has fought ...")
        if len(found) == 1:
            e.actor1 = next(iter(found.values()))


# a claim that names no deed, or names it with the group's own men as doers: "X claimed responsibility", "X, which
# claimed responsibility in a statement", "X said in a statement that one of its members had carried out the attack",
# "X said its fighters had planted the bomb", "X said its Eastern War Front had carried out the attack" (a unit's
# name of up to three words)
# (past a comma-bounded relative clause or apposition on the name: "The Kashmir Tigers, which Indian agencies regard
# as a cover name used by Jaish-e-Mohammed, a group based in Pakistan, claimed responsibility": the name before it
# claims; a group named inside it is dropped by _in_relative_clause)
_BARE_CLAIM = re.compile(r"^(?:\s*,\s*(?:which|who|an?|the|(?:[\w-]+\s){0,2}[\w-]+['’]s)\s[^;.()\"]{3,160}?,\s*)?"
                         r"[\s,)]*(?:(?:which|who|that)\s+)?(?:has\s+|have\s+|had\s+|later\s+|quickly\s+)?"
                         r"claimed\s+responsibility\b(?!\s+for\s+(?:the|this|that|these|those|its|their|\w+'s)\s)", re.I)
# (a claim "for that massacre" names its deed: credit_claims reads it against the deeds next door, by kind)
_OWN_MEN_DID = re.compile(r"^[\s,)]*(?:,\s*(?:(?:which|who|whose)\s|(?:an?|the|one\s+of|(?:[\w-]+\s){0,2}[\w-]+['’]s)\s)"
                          r"[^,;.()\"]{3,100},\s*)?"
                          # ("The Islamic State group later said its men had carried out the killings")
                          r"(?:group\s+)?(?:(?:later|also|subsequently)\s+)?"
                          # ("X told journalists in a message that its fighters carried out the attack")
                          # ("X posted on social media that its men had hit the checkpoint": a post is its word too)
                          r"(?:has\s+|had\s+)?(?:said|told|posted)\b[^.;]{0,60}?\b(?:that\s+)?(?:one\s+of\s+)?"
                          r"(?:its|their)\s+"
                          r"(?:\w+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:(?:carried\s+out|were\s+behind|was\s+behind|"
                          r"staged|launched|led)\s+(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}?" + _DEED_WORDS + r"\b|"
                          # "... that its fighters had planted the bomb", "one of its men detonated an explosive vest"
                          r"(?:planted|laid|detonated|set\s+off|triggered)\s+(?:the|an?|this|their|his)\s|"
                          # "X, an al Qaeda ally, said its men had seized the post": the group's own men took the
                          # place or attacked it (a whose-clause or an apposition on the name, as a claim's)
                          r"(?:attacked|stormed|seized|overran|raided|ambushed|hit|struck)\s+(?:the|an?|this|their)\s)", re.I)
# the group's own word for its deed: "X said in a statement posted on Telegram that it was behind the attack" ("told
# reporters in a message that it was behind the bombing", branch roles20), "... that
# it had carried out Monday's ambush"
_IT_DID = re.compile(r"^[\s,)]*(?:has\s+|had\s+)?(?:said|told)\b[^.;]{0,60}?\bthat\s+it\s+(?:was|had\s+been|is)\s+behind\s+"
                     r"(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}?" + _DEED_WORDS + r"\b|^[\s,)]*(?:has\s+|had\s+)?"
                     r"said\b[^.;]{0,60}?\bthat\s+it\s+had\s+(?:carried\s+out|staged|launched)\s+(?:the|this|these|"
                     r"\w+day's)\s+(?:\w+\s+){0,2}?" + _DEED_WORDS + r"\b", re.I)
# the same word after a relative clause on the name or a posted message: "X, which is allied to Y, posted a message on
# its channel saying that it had carried out the raid", "X said it carried out the attack" (no bare comma before the
# verb: "X, which is allied to Y, posted ..." is no claim by Y); "X said in a statement ... that it had attacked the
# post" (the group's own verb of attack on a target it names)
_IT_SAID_DID = re.compile(r"^\s*(?:,\s*(?:which|who)\s[^,;.()\"]{3,100},\s*)?(?:has\s+|had\s+)?(?:said\b|says\b|"
                          r"(?:posted|issued|released|published|sent)\b[^.;]{0,60}?\b(?:saying|stating)\b)"
                          r"[^.;]{0,60}?\b(?:that\s+)?it\s+(?:had\s+)?(?:(?:carried\s+out|staged|launched)\s+"
                          r"(?:the|this|these|\w+day's)\s+(?:\w+\s+){0,2}?" + _DEED_WORDS
                          + r"\b|attacked\s+(?:the|an?)\s)", re.I)
# a blame that names the group and no deed ("Local authorities blamed the 3R group, a ... movement"): the incident
# told just before is laid on it, as a bare claim is ("blamed X for the attack" is events/accusation.py's)
_BARE_BLAME = re.compile(r"\b(?:blamed|blames)\s+(?:the\s+)?$", re.I)
# a claim told as a thing someone carried or posted: "Amaq published a claim by X", "the agency carried a claim of
# responsibility by X" (the group after the noun; "a claim by X" that names a deed is no different)
_CLAIM_BY = re.compile(r"\b(?:a|the|its)\s+claim\s+(?:of\s+responsibility\s+)?(?:made\s+)?by\s+(?:the\s+)?$", re.I)
_SAYING = re.compile(r"\b(?:saying|said|claiming)\b", re.I)
# the group's spokesman says the group did it: "A spokesman for X said the group carried it out", "a spokeswoman of X
# said it was behind the attack" (the group named only as the speaker's employer; "the group" or "it" is X)
_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$", re.I)
_GROUP_DID = re.compile(r"^[\s,)]*(?:has\s+|had\s+)?(?:said|told\s+\w+)\b[^.;]{0,30}?\b(?:that\s+)?(?:the\s+group|it)\s+"
                        r"(?:had\s+)?(?:carried\s+(?:it|them|the\s+\w+)\s+out|carried\s+out\b|was\s+behind\b)", re.I)
_BARE_BLAME_FOR = re.compile(r"^[^.;]{0,80}?\bfor\b", re.I)  # "blamed X for it", "... for the attack"


# words for a side that a claim can name: "insurgents killed seven ... . The Islamic State group claimed the attack"
_SIDE_WORDS = frozenset({"insurgent", "jihadist", "extremist", "terrorist", "militant", "fighter", "rebel"})


_DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|rejects)\b", re.I)


def _denies(aid: str, finder: ActorFinder, text: str) -> bool:
    """A sentence that names the group also holds a denial ("a spokesman of X denied that the group was involved"):
    the blame is contested, and blank beats wrong."""
    return any(m.entity_id == aid and _DENIAL.search(text[s.start:s.end])
               for m in finder.mentions for s in finder.an.sentences if s.start <= m.span.start < s.end)


def opens_another(sentence: str) -> bool:
    """The sentence starts another incident ("Separately, ...", "In another attack, ...")."""
    return bool(OPENS_ANOTHER.match(sentence))


def unnamed_side(ref: Optional[ActorRef]) -> bool:
    if ref is not None and ref.entity_id.startswith("x:") and ref.name.split():
        last = ref.name.lower().split()[-1].rstrip("s")
        if last in _SIDE_WORDS:
            return True
    return generic_attacker(ref) or (ref is not None and ref.entity_id.endswith(UNNAMED_ROLES))


_RELATIVE_OPEN = re.compile(r"^\s*,\s*(?:which|who|an?)\s[^,;.()\"]*$", re.I)


def _in_relative_clause(ref: ActorRef, others, text: str) -> bool:  # type: ignore[no-untyped-def]
    """``ref`` is named inside a relative clause or a possessor apposition on another group's name ("JNIM, which is
    linked to al Qaeda, said its men had laid the bomb", "JNIM, al Qaeda's Sahel branch, said ...": al Qaeda is no
    claimant)."""
    return ref.span is not None and any(
        o.span is not None and o.span.end <= ref.span.start and (
            _RELATIVE_OPEN.match(text[o.span.end:ref.span.start])
            # the owner in a possessor apposition: "JNIM, al Qaeda's Sahel branch, said its fighters ..." (al Qaeda)
            or (not text[o.span.end:ref.span.start].strip(" ,") and text[ref.span.end:ref.span.end + 2] in ("'s", "’s")))
        for o in others if o is not ref)


def credit_bare_claims(events: list[EventMention], finder: ActorFinder, text: str, back: int = 3,
                       doc=None) -> None:  # type: ignore[no-untyped-def]
    """A named armed group that claims responsibility without naming the deed ("The TTP claimed responsibility in
    a message to journalists"; "X said in a statement that one of its members had carried out the attack"), or that
    others blame with no deed named ("Local authorities blamed the 3R group, a mainly Fulani armed movement"), is the
    attacker of the violent events told in the ``back`` sentences before the claim whose attacker the text leaves
    unnamed or names only as a side ("gunmen", "militants": Islamist Militants (X)); confidence 0.6. Only one group
    claiming in the sentence, never a claim denied or not made, never past a sentence that opens another incident
    ("Separately, ..."), never an event the claim's own sentence tells; a named attacker is never replaced; a blame
    never when a deed with a named doer is told last before it, nor when the group denies in the report. With the
    parse ``doc``, a group named by the name it gives itself claims too ("A group calling itself X claimed
    responsibility")."""
    sents = finder.an.sentences
    for k, s in enumerate(sents):
        told = list(_groups_told(finder, s, text, 60)) + list(_self_named_told(doc, s, finder, text, 60))
        found = {ref.entity_id: ref for ref, before, after in told
                 if _BARE_CLAIM.match(after) or _OWN_MEN_DID.match(after) or _IT_DID.match(after)
                 or _IT_SAID_DID.match(after) or (_CLAIM_BY.search(before) and not _NEGATED.search(before))
                 or (_SPOKESMAN_FOR.search(before) and _GROUP_DID.match(after))}
        found = {k: r for k, r in found.items() if not _in_relative_clause(r, found.values(), text)}
        if not found:
            found = {ref.entity_id: ref for ref, before, after in told
                     if _BARE_BLAME.search(before) and not _BARE_BLAME_FOR.match(after)
                     and not _denies(ref.entity_id, finder, text)}
            told_last = max((e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.sentence.end <= s.start),
                            key=lambda e: e.sentence.start, default=None)
            if told_last is None or not unnamed_side(told_last.actor1):
                continue  # a deed with a named doer told last: the blame may be about it, or about another
        if len(found) != 1:
            continue
        g = next(iter(found.values()))
        own_men = bool(_OWN_MEN_DID.match(text[g.span.end:s.end])) if g.span is not None else False
        lo = k
        while lo > 0 and k - lo < back:
            if OPENS_ANOTHER.match(text[sents[lo].start:sents[lo].end]) and lo < k:
                break
            lo -= 1
            if OPENS_ANOTHER.match(text[sents[lo].start:sents[lo].end]):
                break
        start = sents[lo].start
        credited = set()
        todo = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and unnamed_side(e.actor1)
                and e.sentence.end <= s.start and (start <= e.sentence.start or (
                    own_men and _claim_looks_back(e, s, events, finder, text)))]
        # "X said one of its fighters had detonated a vest" may come five sentences after the bombing (as a claim of
        # "the attack" does): the whole incident told before it takes the group, not only its last sentences
        for e in todo:
            e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)
            credited.add(e.event_type)
        if credited and g.span is not None and _CLAIM_BY.search(text[s.start:g.span.start]):
            # "Amaq carried a claim by X, saying its fighters had killed ten soldiers": the claimed deed in the
            # claimer's words (its boast of a toll included), no second incident
            events[:] = [e for e in events if not (e.event_type in VIOLENT_EVENT_TYPES and e.trigger is not None
                                                   and s.start <= e.sentence.start < s.end and unnamed_side(e.actor1)
                                                   and _SAYING.search(text[g.span.end:e.trigger.start]))]
        if own_men and credited:
            # "X said its fighters had planted the bomb": the claimed deed told again in the claim, no deed of its own
            events[:] = [e for e in events if not (e.event_type in credited and e.trigger is not None
                                                   and s.start <= e.sentence.start < s.end
                                                   and g.span.end <= e.trigger.start)]


# the organs that speak for a state's forces: what they say was done to the other side, their forces did
_FORCES_ORGANS = frozenset({"MOD", "MIL", "DEFENCE_MINISTER"})


def claimant_forces(claimant_id: Optional[str], actor2: Optional[ActorRef], finder: ActorFinder,
                    said_as: Optional[str] = None) -> Optional[ActorRef]:
    """The forces of a state whose defence ministry or army tells a deed done to armed men of another side, with
    no doer named ("the ministry said 40 enemy targets were hit and 35 enemy soldiers were killed", "its forces
    neutralised 30 fighters"): a side counting the enemy's losses tells what its own forces did. None when the
    claimant is no military organ of a state, when the victims are no armed side the actor dictionary names
    ("fighters from both sides"), or are that state's own forces
    ("the ministry said five of its soldiers were killed": who killed them is not said), or are another state's
    forces while the claimant's words ``said_as`` name no country ("police said", "the army said"): a bare noun's
    country is the report's focus, a guess where the report names two ("Four Kenyan police officers were killed
    ... near the border with Somalia, police said" is Kenya's police speaking, not Somalia's army's deed)."""
    if not claimant_id or actor2 is None:
        return None
    from sitrep.nlp.actor_lexicon import get_resolver

    actors = get_resolver().actors
    rec = actors.get(claimant_id) or {}
    if rec.get("role") not in _FORCES_ORGANS and rec.get("type") != "state_forces":
        return None
    country = rec.get("country")
    if not country or finder.is_state(actor2) is None or actor2.entity_id == "CIVILIANS":
        return None
    a2 = actors.get(actor2.entity_id)
    if a2 is None:
        return None  # "eight fighters from both sides were killed, military sources said": no side named
    if finder.is_state(actor2) and a2.get("country") in (country, None):
        return None  # its own forces' losses, or a state's forces of no known country
    if finder.is_state(actor2) and said_as is not None and not says_whose(said_as):
        return None  # another state's losses told by a bare "police" / "the army": whose is a guess
    mil_id, mil_name = get_resolver().role_actor(country, "MIL")
    if mil_id is None:
        return None
    return ActorRef(mil_id, mil_name, None, "primary", 0.5)


def drop_own_boasts(events: list[EventMention]) -> None:
    """A group's own word about its deed after the report has told a violent deed ("Al Shabaab said its fighters had
    carried out the bombing and claimed it had killed nine soldiers", "IS claimed the attack, saying its fighters had
    killed 'Christians'"): a violent event of modality ``claimed`` whose doer is its claimant, told after an asserted
    violent event, is that incident in the claimer's words (its claimed toll included), no second incident."""
    told = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    events[:] = [c for c in events if not (
        c.event_type in VIOLENT_EVENT_TYPES and c.modality == "claimed" and c.actor1 is not None
        and c.claimant is not None and c.actor1.entity_id == c.claimant
        and any(e.sentence.start < c.sentence.start for e in told))]
