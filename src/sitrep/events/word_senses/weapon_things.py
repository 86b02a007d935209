"""A **weapon or an aircraft as a thing**, a **mine** as a pit, shots in the air.

Decides: "near a mine", "trapped in a mine" (``dug_place_preps``, ``mine_harm_words``: no landmine); a weapon tested,
made, held or traded ("the test of a hydrogen bomb", "a shipment of mortars": ``weapon_holding_nouns``,
``weapon_holding_verbs``, ``trade_words``), read by ``triggers.not_event_use`` as :func:`weapon_dealt`; a "bomber"
with no sign of an aircraft (a person with a bomb: ``bomber_aircraft_words``, ``bomber_flying_verbs``); shots fired
into the air (``fired_rounds``); an aircraft fired on or defended against ("anti-aircraft guns": no instrument of an
air strike, also read by events/extract and events/carrier); a deal signed to buy weapons (``pact_nouns``,
``pact_sign_verbs``). Evidence: data/event_sense_cues.tsv. Tests: tests/test_events_word_senses.py,
tests/test_munitions.py, tests/test_events_fix2.py, tests/test_subtypes12.py, tests/test_dug_mine_type.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


_MINE = "mine"


_LOSS_VERBS = frozenset({"lose", "fall"})


def dug_mine(tok) -> bool:  # type: ignore[no-untyped-def]
    """The noun "mine" as a pit dug for ore: the object of a preposition of place ("camped near the copper
    mine", "trapped inside it"); "stepped on a mine", "hit a mine", "a mine exploded" stay the weapon. A mine that
    owns something is the pit's site or company too ("the mine's guards", "the mine's main gate"): a landmine has
    no guards, gates or owners (branch protests10)."""
    if _lem(tok) == _MINE and tok.dep_ == "poss" and _lem(tok.head) not in sense_cue("mine_harm_words"):
        return True
    return (_lem(tok) == _MINE and tok.dep_ == "pobj" and tok.head.lower_ in sense_cue("dug_place_preps")
            and not (tok.head.lower_ == "to" and _lem(tok.head.head) in _LOSS_VERBS))  # "lost a leg to a mine"


def hyphen_held(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun joined by a hyphen to a verb of making, holding or trading (cue ``weapon_holding_verbs``):
    "bomb-making material", "missile-testing site": a weapon as a thing, not a weapon used (branch precision15,
    quiet_reports9 v17)."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_
            and not tok.whitespace_ and _lem(doc[tok.i + 2]) in sense_cue("weapon_holding_verbs"))


def weapon_dealt(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun that is the "of" object of a noun of testing, making, holding or trading ("the test of a
    hydrogen bomb", "a shipment of mortars"): a weapon as a thing, not a weapon used."""
    if hyphen_held(tok):
        return True
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ != "of":
        return False
    noun = cur.head.head
    return noun.pos_ in ("NOUN", "PROPN") and _lem(noun) in sense_cue("weapon_holding_nouns")


_FIRING = frozenset({"fire", "shoot", "open", "aim", "shot"})
_TARGET_PREPS = frozenset({"on", "at", "upon", "against"})


def bomber_aircraft(tok) -> bool:  # type: ignore[no-untyped-def]
    """A "bomber" that is a warplane: a model number or an aircraft word on it ("B-52 bombers", "stealth bombers",
    cue ``bomber_aircraft_words``), or a verb of flying it is subject or object of ("bombers flew over", cue
    ``bomber_flying_verbs``). Anything else ("a suicide bomber", "the bomber who detonated") is a person."""
    words = sense_cue("bomber_aircraft_words")
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod") and (
                any(ch.isdigit() for ch in c.text) or _lem(c) in words or c.lower_ in words):
            return True
    if "-" in tok.text and any(ch.isdigit() for ch in tok.text):
        return True  # "Tu-95 bombers" glued into one token
    i = tok.i
    if i >= 2 and tok.doc[i - 1].text == "-" and _lem(tok.doc[i - 2]) in words:
        return True  # "fighter-bombers"
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur.dep_ in ("nsubj", "nsubjpass", "dobj") and _lem(cur.head) in sense_cue("bomber_flying_verbs")


_SKY_PREPS = frozenset({"into", "in"})
_SKY_WORDS = frozenset({"air", "sky"})
_ROUNDS = sense_cue("fired_rounds")


def _into_sky(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "air"/"sky" as the object of "into"/"in" after a verb of firing: "fired shots into the air"."""
    if tok.dep_ != "pobj" or _lem(tok) not in _SKY_WORDS or tok.head.lower_ not in _SKY_PREPS:
        return False
    host = tok.head.head
    return _lem(host) in _FIRING or (host.dep_ == "dobj" and _lem(host) in ("fire", "shot"))


def shots_in_air(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Guards fired shots into the air to keep the crowd back", "soldiers shot in the air": shots aimed at the sky
    and at no one (no "at/on" target, no object but the rounds) are warning shots, no deed of violence (ACLED
    codes no event for them alone; branch subtypes12, mixed_reports6 s04)."""
    if tok.pos_ != "VERB" or _lem(tok) not in ("fire", "shoot"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in tok.children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and _lem(c) not in _ROUNDS for c in tok.children):
        return False  # "shot a man in the air base": a victim
    places = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in _SKY_PREPS for o in c.children]
    return any(_into_sky(o) for o in places)


def aircraft_not_instrument(tok) -> bool:  # type: ignore[no-untyped-def]
    """An aircraft word that is not what struck: "anti-aircraft guns" (a weapon against aircraft), "air" ending a
    hyphenated compound ("an open-air market"), the object
    of "on/at" after a verb or noun of firing ("opened fire on a small passenger plane"), or of "aboard" (where
    the target was: "fired at the candidate aboard a plane")."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti":
        return True
    if tok.lower_.startswith("anti-"):
        return True
    if _lem(tok) == "air" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return True  # the last part of a compound: "an open-air market", "a surface-to-air missile" (no aircraft)
    if _lem(tok) == "bomber" and not bomber_aircraft(tok):
        return True  # "targeted by a suicide bomber", "the bomber detonated his vest": a person with a bomb
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ in ("aboard", "onboard"):
        return True
    if _into_sky(cur):
        return True  # "fired shots into the air": warning shots, no aircraft
    if cur.dep_ != "pobj" or cur.head.lower_ not in _TARGET_PREPS:
        return False
    host = cur.head.head
    return _lem(host) in _FIRING or (host.dep_ == "dobj" and _lem(host) == "fire")


_PACT_NOUNS = sense_cue("pact_nouns")
_SIGN_VERBS = sense_cue("pact_sign_verbs")


def purchase_deal(tok) -> bool:  # type: ignore[no-untyped-def]
    """A deal signed to buy or sell things: "signed a 410-million-dollar deal on Tuesday to buy two batteries of
    missiles", "signed a contract for the purchase of six helicopters" (cue ``trade_words``): a trade, no
    agreement between conflict parties (ACLED Agreement: a ceasefire, a peace deal, a prisoner exchange); branch
    precision13."""
    if tok.pos_ == "VERB" and _lem(tok) in _SIGN_VERBS:
        verb, pact = tok, child(tok, "dobj")
    elif tok.pos_ == "NOUN" and _lem(tok) in _PACT_NOUNS and tok.dep_ == "dobj" and _lem(tok.head) in _SIGN_VERBS:
        verb, pact = tok.head, tok
    else:
        return False
    if pact is None or _lem(pact) not in _PACT_NOUNS:
        return False
    trade = sense_cue("trade_words")
    for host in (verb, pact):
        for c in host.children:
            if c.dep_ in ("advcl", "acl", "xcomp", "relcl") and c.pos_ == "VERB" and _lem(c) in trade \
                    and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                return True  # "... to buy two batteries"
            if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and _lem(o) in trade for o in c.children):
                return True  # "a contract for the purchase of six helicopters"
    return False
