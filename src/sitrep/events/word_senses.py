"""Word senses of trigger words that are not their event sense, decided from the parse (issue 15).

The fixed phrases of ``data/non_event_phrases.tsv`` catch idioms by their words; these checks read the words around
a trigger in the parse, with the cue lists of ``data/event_sense_cues.tsv``:

- a **strike** that is a stoppage of work: "went on strike", "a general / hunger / 72-hour / armed strike", "the
  strike called by the union" (cues ``labour_strike_words``, ``labour_strike_verbs``): no air or artillery strike
  (a protest reading of the noun, "strike +general", still holds); so is a strike "over" or "against" a
  grievance of pay, prices or a law ("a strike over diesel prices": cue ``strike_grievance_words``);
  and the verb that calls it is no phone call;
- an **attack** of an illness: "an attack of gout" (``illness_words``);
- an **attack** on a website, a server, an account (``cyber_targets``): a cyberattack, no one hurt, and so is a
  "cyber" or "ransomware" attack or any deed of hackers (``events/cyber_deed``); an attack on
  a budget, a plan, a disease or a mosquito (``attacked_things``, :func:`attack_on_thing`): words or a campaign;
  so is a deed "in" a budget or a law ("a massacre of pensioners in its budget", :func:`deed_in_document`);
- a **killing** by a storm or a disease ("the storm killed 18", :func:`hazard_killed`), a **jailing** that is a
  court's sentence (:func:`sentenced`), voters **bombarded** with adverts (:func:`bombarded_with_words`);
- a **mine** that is a place: "near a mine", "trapped in a mine" (``dug_place_preps``), not a landmine; in a
  mining report, "the mine" in a sentence naming no harm (``events/mining_report``);
- a **weapon** tested, made, held or traded: "the test of a hydrogen bomb", "a shipment of mortars"
  (``weapon_holding_nouns``), not used on anyone;
- an **execution** of a task: "more missions are executed", "executed the plan", "the execution of the order",
  "code execution" (``carry_out_words`` acting on ``carried_out_things``): something carried out or signed, no one
  killed (:func:`task_carried_out`);
- an **aircraft** that is what is fired on or defended against ("opened fire on a passenger plane", "anti-aircraft
  guns"): its word is no instrument of an air strike (:func:`aircraft_not_instrument`); nor is a "bomber" with no
  sign of an aircraft ("a suicide bomber": a person with a bomb, :func:`bomber_aircraft`);
- a **fight** against a thing that is no armed side: "fighting corruption", "by fighting the institutions and the
  established order" (``abstract_foes``): a struggle, no battle (:func:`fight_against_thing`);
- the **wounded** as people: "medical care for its wounded", "the front's wounded" (:func:`the_wounded`);
- a **march** of armed forces: "sailors marched past crowds", "troops marched into the town"
  (:func:`forces_marched`), a parade or a movement, no protest;
- a **crowd pushed back** by police: "pushing the crowd back", "drove the marchers back", "police pushed them
  back" (:func:`crowd_moved`);
- a blow of **crowd-control kit**: "struck by a tear gas canister" (:func:`struck_by_kit`), no artillery strike;
- an **agreement to join** an action: "transport unions had agreed to join" (:func:`action_joined`), a side taking
  part in a strike or a protest, no agreement between conflict parties;
- an **occupation** by armed forces: "troops occupied the town" (:func:`armed_occupation`), no sit-in (a
  protest reading only for civilians: events/occupation);
- a **skill demonstrated**: "the recruits demonstrated their skills" (``shown_things``, :func:`skill_shown`), no
  protest;
- a **market's move**, a **match report's idiom**: "prices exploded", "fought back from two goals down"
  (``events/market_move``, ``events/sports_idiom``); a **music report's idiom**: "shot to No. 1", "killed it on
  stage" (``events/showbiz_idiom``); a **debate**: "the Senate killed the bill", "senators
  clashed over its cost" (``events/debate_idiom``); **money handed over** ("handed over 400 pounds", a
  petition: ``events/handed_goods``), no ground ceded; a deed **shown in a work** ("a mortar attack lasts a minute
  on screen", ``events/depicted``); a **drill** ("stormed mock trenches", ``events/drill``) rules
  out only the violent readings, in ``triggers``; old or found **ordnance blown up** on purpose ("blew up 400
  bomblets with a controlled charge", ``events/ordnance_cleared``); a **person who collapsed** ("he collapsed at
  his home", ``events/body_senses``), no building fallen.
"""
from __future__ import annotations

from sitrep.events.blast_traces import found_blast_trace
from sitrep.events.body_senses import person_collapsed
from sitrep.events.campaign_rally import campaign_rally
from sitrep.events.cues import sense_cue
from sitrep.events.cyber_deed import cyber_deed
from sitrep.events.debate_idiom import debate_idiom
from sitrep.events.deps import child
from sitrep.events.depicted import depicted
from sitrep.events.occupation import OCCUPY_LEMMAS, civil_occupation
from sitrep.events.handed_goods import goods_handed
from sitrep.events.market_move import market_move
from sitrep.events.post_picket import guard_picket
from sitrep.events.mining_report import pit_mine
from sitrep.events.ordnance_cleared import ordnance_cleared
from sitrep.events.scare_quoted import called_word
from sitrep.events.sports_idiom import sports_idiom
from sitrep.events.building_shells import building_shells
from sitrep.events.spent_shells import spent_shells
from sitrep.events.showbiz_idiom import showbiz_idiom
from sitrep.events.weapon_test import missile_test
from sitrep.events.weapon_kind import attack_class, device_material

_STRIKE = "strike"
_ATTACK = frozenset({"attack", "assault"})
_MINE = "mine"
_CONTEST_NOUNS = frozenset({"battle", "fight", "war"})
_GRIEVANCE_PREPS = frozenset({"over", "against", "for"})
_ON_STRIKE_HEADS = frozenset({"go", "be", "remain", "stay", "come", "walk", "continue"})


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def labour_strike(tok) -> bool:  # type: ignore[no-untyped-def]
    """The noun "strike" as a stoppage of work: "on strike" after a verb of being or going, a modifier of
    ``labour_strike_words`` ("general", "72-hour", "armed"), or a verb of ``labour_strike_verbs`` acting on it;
    the verb with workers as its doer ("nurses voted to strike", :func:`_workers_strike`); or a bare "the strike" in a report that tells a stoppage elsewhere (:mod:`sitrep.events.strike_retold`)."""
    if _labour_strike_here(tok):
        return True
    if _lem(tok) != _STRIKE:
        return False
    from sitrep.events.strike_retold import strike_told_before

    return strike_told_before(tok, _labour_strike_here)


def _labour_strike_here(tok) -> bool:  # type: ignore[no-untyped-def]
    """:func:`labour_strike` by the token's own words."""
    if _lem(tok) == _STRIKE and tok.lower_ == "striking" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "striking teachers marched", "striking miners blocked the road": people on strike (a person noun
        # modified; "striking distance" is no deed either way)
        return _lem(tok.head) in sense_cue("striking_people")
    if _lem(tok) == _STRIKE and tok.pos_ == "VERB":
        return _workers_strike(tok)
    if _lem(tok) != _STRIKE or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = sense_cue("labour_strike_words")
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and (_lem(c) in words or c.lower_ in words):
            return True
        if c.dep_ in ("amod", "compound") and any(_lem(g) in words for g in c.children):
            return True  # "a 72-hour strike": the unit hangs under the number's compound
        if c.dep_ == "acl" and _lem(c) in sense_cue("labour_strike_verbs"):
            return True  # "the strike called by the union"
        if c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS and any(
                o.dep_ == "pobj" and any(_lem(x) in sense_cue("strike_grievance_words") for x in (o, *o.conjuncts))
                for o in c.children):
            return True  # "a strike over diesel prices", "a strike against the pension reform": what workers want
            # ("a strike over class sizes and pay": any of the grievances joined)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and _lem(head.head) in _ON_STRIKE_HEADS:
        return True  # "went on strike", "have been on strike"
    if _strike_day(tok):
        return True  # "on the first day of a strike": a stoppage counted in days
    if _strike_joined(tok):
        return True  # "drivers marched to Congress in a strike against extortion gangs"
    return tok.dep_ in ("dobj", "nsubjpass") and _lem(head) in sense_cue("labour_strike_verbs")


_SPELL_NOUNS = frozenset({"day", "week", "month"})


def _strike_day(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the first day of a strike", "the second week of the strike": one singular strike, bare of modifiers and of a
    target ("strikes on Gaza"), whose days are counted is a stoppage of work (branch protests7)."""
    head = tok.head
    return tok.tag_ == "NN" and tok.dep_ == "pobj" and head.lower_ == "of" and _lem(head.head) in _SPELL_NOUNS \
        and not any(c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
                    for c in tok.children)


_JOINED_PREPS = frozenset({"in", "during"})


def _strike_joined(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "marched to Congress in a strike against extortion", "rallied during the strike": a strike that people march,
    rally or gather in (cue ``strike_joining_verbs``), or that people who go on strike (``striking_people``) take
    part in, is a stoppage of work; no air or artillery strike is something a crowd marches in (branch protests10)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in _JOINED_PREPS or head.head is head:
        return False
    verb = head.head
    if verb.pos_ != "VERB":
        return False
    if _lem(verb) in sense_cue("strike_joining_verbs"):
        return True
    while verb.dep_ == "conj" and child(verb, "nsubj") is None and verb.head is not verb:
        verb = verb.head
    subj = child(verb, "nsubj")
    if subj is not None and subj.lemma_.lower() in ("thousand", "hundred", "dozen"):
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), subj)  # "thousands of drivers"
    return subj is not None and _lem(subj) in sense_cue("striking_people")


def _workers_strike(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb "strike" with no object whose doer is people who go on strike (``striking_people``) or a union:
    "nurses voted to strike for 24 hours", "teachers last struck in 2023", "the union will strike" (its own subject,
    or for "to strike" the subject of the verb it completes)."""
    if child(verb, "dobj", "nsubjpass") is not None:
        return False
    subj = child(verb, "nsubj")
    if subj is None and verb.dep_ == "xcomp":
        subj = child(verb.head, "nsubj")
    return subj is not None and (_lem(subj) in sense_cue("striking_people") or _lem(subj) == "union")


_STRIKE_NOT_HELD = frozenset({"call", "declare", "announce", "threaten", "plan", "end", "suspend", "lift", "break", "cancel"})


def strike_no_protest(tok) -> bool:  # type: ignore[no-untyped-def]
    """A labour strike that tells no protest held: "an armed strike" (a stoppage an armed group imposes on a
    region), or a strike called, threatened or called off ("called a nationwide strike for Thursday": a call, whose
    own reading says whether it is planned)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "armed" for c in tok.children):
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and _lem(tok.head) in _STRIKE_NOT_HELD


def _illness(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok is not None and (_lem(tok) in sense_cue("illness_words") or tok.lower_ in sense_cue("illness_words"))


def illness_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "an attack of gout": an attack noun whose "of" object is an illness; "Cholera attacks quickly": an attack
    verb whose subject is one, or an attack noun with one before it ("an asthma attack") (branch precision12,
    quiet_reports6 t10)."""
    if _lem(tok) in _ATTACK and tok.pos_ == "VERB":
        return _illness(child(tok, "nsubj"))
    if _lem(tok) not in _ATTACK or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("compound", "nsubj") and _illness(c) for c in tok.children):
        return True  # "an asthma attack"; "Cholera attacks quickly" (tagged a noun with its compound)
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            return any(o.dep_ == "pobj" and _illness(o) for o in p.children)
    return False


def _target(tok):  # type: ignore[no-untyped-def]
    """What an attack is on: the verb's object or passive subject, or the noun's "on/against" object (and for a
    battle, fight or war noun, its "for/over" object: "the battle for the election")."""
    if tok.pos_ == "VERB":
        return child(tok, "dobj", "nsubjpass")
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB":
        return child(tok.head.head, "nsubj")  # "a bill ... came under fierce attack": what the attack is on
    preps = ("on", "against") if _lem(tok) in _ATTACK else ("on", "against", "for", "over")
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                 for o in p.children if o.dep_ == "pobj"), None)


def cyber_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """An attack whose target is a website, a server or an account: the verb's object or passive subject, or the
    noun's "on/against" object."""
    if _lem(tok) not in _ATTACK:
        return False
    target = _target(tok)
    return target is not None and _lem(target) in sense_cue("cyber_targets")


def attack_on_thing(tok) -> bool:  # type: ignore[no-untyped-def]
    """An attack (verb or noun) whose target, and each target coordinated with it, is a thing no one attacks with
    arms (cue ``attacked_things``; not "court" or "institution", which can be buildings): "a fierce attack on the
    government's budget", "an attack on the spirit of the peace process", "we are attacking the mosquito": words,
    a campaign, no violence (branch precision8, quiet_reports2 r03, r07, r15). So is a battle, fight or war noun
    "for", "over", "on" or "against" such a thing ("the battle for the presidential election", "a war on
    inflation"); "the battle for control of the town" stays one."""
    if _lem(tok) not in _ATTACK and not (tok.pos_ == "NOUN" and _lem(tok) in _CONTEST_NOUNS):
        return False
    if _called_an_attack(tok):
        return True
    target = _target(tok)
    if target is None:
        return False
    return all(_lem(t) in sense_cue("attacked_things") for t in [target] + list(target.conjuncts))


def deed_in_document(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "accused the government of 'a massacre of pensioners' in its budget", "a war on the poor in the new tax law":
    a deed noun whose "in" phrase is a budget, a bill, a law or a plan (cue ``deed_documents``) names what a
    document does to people, a charge in words, no violence (branch precision20, quiet_reports14 k13)."""
    if tok.pos_ != "NOUN":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and _lem(o) in sense_cue("deed_documents") for o in p.children) for p in tok.children)


def _called_an_attack(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "This bill is an assault on every family": an attack noun said of a thing (cue ``attacked_things``, the
    subject of the "be" it completes) is a name called, not a deed (branch precision18, quiet_reports12 y15)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or _lem(tok.head) != "be":
        return False
    subj = child(tok.head, "nsubj")
    return subj is not None and _lem(subj) in sense_cue("attacked_things")


def _doer(verb):  # type: ignore[no-untyped-def]
    """Who or what does ``verb``: its subject, the "by" object of its passive, or for "which killed" the noun the
    relative clause describes."""
    subj = child(verb, "nsubj")
    if subj is None:
        agent = child(verb, "agent")
        subj = child(agent, "pobj") if agent is not None else None
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj


def hazard_killed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A verb of killing whose doer is a storm, a flood, an earthquake or a disease (cue ``killing_hazards``, on the
    doer or a noun before it: "Cyclone Idai"): "the storm killed 18 people", "malaria, which killed 180,000 last
    year": deaths, but no violence (branch precision8, quiet_reports2 r07, r17); so is a wild animal ("a tiger
    attacked and killed a honey collector": a second verb with no subject of its own takes the first one's; branch
    precision13)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("hazard_killing_verbs"):
        return False
    doer = _doer(tok)
    if doer is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        doer = _doer(tok.head)  # "a tiger attacked and killed a honey collector": the first verb's doer
    if doer is None:
        return False
    hazards = sense_cue("killing_hazards")
    if _lem(doer) in sense_cue("storm_debris") and any(_lem(c) == "fall" for c in doer.children):
        return True  # "two people were killed by falling trees": an accident of weather
    return _lem(doer) in hazards or any(c.dep_ in ("compound", "amod") and _lem(c) in hazards for c in doer.children)


def sentenced(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "A court jailed a man for life", "was imprisoned for 30 years": a verb of jailing told as a court's sentence
    (a court or judge doing it, or a "for" phrase of life or of years), no arrest (branch precision8, r16)."""
    if tok.pos_ != "VERB" or _lem(tok) not in ("jail", "imprison"):
        return False
    doer = _doer(tok)
    if doer is not None and _lem(doer) in ("court", "judge", "tribunal", "magistrate"):
        return True
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in p.children:
                if o.dep_ == "pobj" and (_lem(o) == "life" or (_lem(o) in ("year", "month") and any(
                        c.dep_ == "nummod" for c in o.children))):
                    return True
    return False


def bombarded_with_words(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "bombarding voters with adverts", "bombarded with questions": a verb of bombarding whose "with" object is a
    word of ``bombarded_things`` (messages, not shells; branch precision8, r18)."""
    if tok.pos_ != "VERB" or _lem(tok) not in ("bombard", "pelt", "barrage"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and _lem(o) in sense_cue("bombarded_things") for o in p.children) for p in tok.children)


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


def not_event_sense(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a candidate trigger word is used in a sense that names no violent event: an illness, a cyberattack,
    a dug mine (the labour strike only rules out the weapon readings; a weapon dealt is checked on weapon nouns)."""
    return illness_attack(tok) or cyber_attack(tok) or cyber_deed(tok) or attack_on_thing(tok) or deed_in_document(tok) or hazard_killed(tok) or sentenced(tok) \
        or bombarded_with_words(tok) or dug_mine(tok) or strike_called(tok) or task_carried_out(tok) \
        or animals_killed(tok) or fight_against_thing(tok) or aided_fight(tok) or the_wounded(tok) or forced_march(tok) or forces_marched(tok) or crowd_moved(tok) \
        or struck_by_kit(tok) or skill_shown(tok) or market_move(tok) or sports_idiom(tok) or showbiz_idiom(tok) \
        or depicted(tok) or debate_idiom(tok) or goods_handed(tok) or pit_mine(tok) or campaign_rally(tok) \
        or defined_kind(tok) or hurt_by_falling(tok) or simile(tok) or spent_shells(tok) or building_shells(tok) \
        or fight_instrument(tok) or purchase_deal(tok) or missile_test(tok) or called_word(tok) or shots_in_air(tok) \
        or found_blast_trace(tok) or fought_alongside(tok) or attack_class(tok) or device_material(tok) \
        or guard_picket(tok) or ordnance_cleared(tok) or deed_as_topic(tok) or relief_deployment(tok) or words_withdrawn(tok) \
        or person_collapsed(tok) or action_joined(tok) or armed_occupation(tok)


def deed_as_topic(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "no scene glorifies killing", "a film that justifies violence", "games that glamorise shooting": a bare deed
    noun or gerund (no determiner, number, possessive, "of" or object of its own) that is the object of a verb of
    ``topic_stance_verbs`` is a kind of deed spoken of, no deed done (branch precision16, quiet_reports10 w05)."""
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head
    else:  # the tagger's misreading of "glorifies" as a plural noun right before the gerund it governs
        verb = tok.doc[tok.i - 1] if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "NNS" else None
    if verb is None or not _stance_verb(verb):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "prep", "dobj", "compound", "amod") for c in tok.children)


def _stance_verb(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is a verb of ``topic_stance_verbs`` by its lemma or by an inflected form ("glorifies")."""
    words = sense_cue("topic_stance_verbs")
    if _lem(t) in words:
        return True
    low = t.lower_
    return any(low in (w + "s", w + "d", w + "es", w[:-1] + "ies", w[:-1] + "ied") for w in words)


def relief_deployment(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The army deployed 6,000 soldiers and helicopters to rescue families stranded on rooftops": a verb of
    ``relief_sending_verbs`` whose purpose ("to" + a verb of ``relief_purpose_verbs``) is rescue or relief sends
    forces to a disaster, no change in an armed group's activity (branch precision16, quiet_reports10 w07)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("relief_sending_verbs"):
        return False
    purposes = sense_cue("relief_purpose_verbs")
    if any(c.dep_ in ("advcl", "xcomp") and _lem(c) in purposes
           and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in tok.children):
        return True
    doc = tok.doc  # the parse may take "to rescue families" for a preposition and a noun compound
    return any(c.tag_ == "TO" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in purposes for c in tok.children)


def words_withdrawn(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "withdrew a statement", "the claim is withdrawn": "withdraw" whose object or passive subject is a word of
    ``report_nouns`` takes words back, no troops pulled out (branch precision16). (A denial of a report, "denied
    reports of the massacre", is a rejection and keeps its event.)"""
    if tok.pos_ != "VERB" or _lem(tok) != "withdraw":
        return False
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "conj":
        obj = child(tok.head, "dobj", "nsubjpass")  # "was not confirmed and is withdrawn"
    return obj is not None and _lem(obj) in sense_cue("report_nouns")


def defined_kind(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Massacres, defined in Colombia as the killing of three or more people in one incident, fell": a deed noun
    that is the "as" object of "defined" tells what a word means, no deed (branch precision12, quiet_reports3 n08)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and _lem(tok.head.head) == "define"


def skill_shown(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The recruits demonstrated their skills", "demonstrated its ability to strike": "demonstrate" with a thing
    shown as its object (``shown_things``) is showing, no protest."""
    if tok.pos_ != "VERB" or _lem(tok) != "demonstrate":
        return False
    obj = child(tok, "dobj")
    return obj is not None and _lem(obj) in sense_cue("shown_things")


def crowd_moved(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Police moved in, pushing the crowd back from the parliament steps", "drove the marchers back": a crowd
    pushed back by police (a verb of ``crowd_push_verbs`` whose object is a word of ``crowd_push_objects``) is
    dispersed, no front line pushed back (no battle, no territory regained)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("crowd_push_verbs"):
        return False
    obj = child(tok, "dobj")
    if obj is None:
        return False
    return _lem(obj) in sense_cue("crowd_push_objects") or (obj.lower_ == "them" and police_pushing(tok))


def police_pushing(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Police pushed them back with shields": the police (cue ``police_doer_words``) as the subject of a push
    "back" (a particle): a crowd moved on, whoever "them" are in the sentence before."""
    subj = child(tok, "nsubj")
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
    return back and subj is not None and _lem(subj) in sense_cue("police_doer_words")


_BLOW_VERBS = frozenset({"strike", "hit"})


def struck_by_kit(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "He had been struck by a tear gas canister", "hit by a rubber bullet": a blow of crowd-control kit
    (:func:`sitrep.events.munitions.less_lethal`), no strike of artillery; the force it tells is the protest's."""
    from sitrep.events.munitions import less_lethal

    if tok.pos_ != "VERB" or _lem(tok) not in _BLOW_VERBS:
        return False
    agent = child(tok, "agent")
    obj = child(agent, "pobj") if agent is not None else None
    return obj is not None and less_lethal(obj)


def _passive(verb) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def forced_march(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The prisoners were marched to a camp", "deported, massacred or marched to their deaths", "marched the
    hostages into the forest": people made to march (a passive, a march "to their death", people as its object), no
    protest march."""
    if _lem(tok) != "march" or tok.pos_ != "VERB":
        return False
    if _passive(tok) or (tok.dep_ == "conj" and tok.tag_ == "VBN" and _passive(tok.head)) or (
            tok.dep_ == "conj" and tok.head.dep_ == "conj" and tok.tag_ == "VBN" and _passive(tok.head.head)):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(_lem(g) in ("death", "grave") for g in c.children)
           for c in tok.children):
        return True
    # "the attackers marched the worshippers into the bush": people marched by others (not "marched the streets")
    from sitrep.events.people_object import person_nouns

    obj = child(tok, "dobj")
    # a body of people too ("marched the congregation into the forest": cue ``people_bodies``), or people told by a
    # pronoun ("rounded up the villagers and marched them towards the border": a route is no pronoun)
    return obj is not None and (_lem(obj) in (person_nouns() | sense_cue("people_bodies")) or obj.lower_ in _PEOPLE_PRONOUNS)


_PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "us", "me"})


def forces_marched(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Sailors marched past crowds on the embankment", "troops marched into the town": a march whose subject is a
    member or body of armed forces (cue ``marching_forces``, the subject or the noun its "of" phrase names: "columns
    of troops") is a parade or a movement, no protest (branch precision19, quiet_reports13 z20); so is a march "in"
    or "at the head of" a parade (cue ``parade_words``: quiet_reports2 r02)."""
    if _lem(tok) != "march" or tok.pos_ != "VERB":
        return False
    if any(o.dep_ == "pobj" and _lem(o) in sense_cue("parade_words") for p in tok.children if p.dep_ == "prep"
           for o in [*p.children, *(x for c in p.children for q in c.children if q.dep_ == "prep" for x in q.children)]):
        return True  # "marched in uniform at the head of the parade"
    subj = child(tok, "nsubj")
    if subj is None and tok.dep_ == "conj":
        subj = child(tok.head, "nsubj")
    if subj is None:
        return False
    forces = sense_cue("marching_forces")
    inner = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(_lem(s) in forces for s in [subj, *subj.conjuncts]) or any(_lem(o) in forces for o in inner)
_FIGHT_VERBS = frozenset({"fight", "battle", "combat", "beat"})


_ALLY_PREPS = frozenset({"alongside", "beside"})


def fought_alongside(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Somali army troops, fighting alongside clan militias, recaptured the town": a participle of fighting that
    names only whom its subject fights with ("alongside", "beside") tells the side an ally took, no clash of its
    own (the deed is the clause it describes). A fight with an object or an "against" phrase stays one, and so
    does a clause's own verb ("the group is fighting alongside the army to retake the camp": its deed)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS or tok.tag_ != "VBG":
        return False
    if tok.dep_ == "ROOT" or any(c.dep_ in ("aux", "nsubj") for c in tok.children):
        return False
    if child(tok, "dobj") is not None or any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _ALLY_PREPS for c in tok.children)


def fight_against_thing(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "fighting corruption", "has fought crime for years", "by fighting the institutions and the established
    order": a verb of fighting whose object (each object coordinated with it) is a thing no one fights with arms
    (cue ``abstract_foes``): a struggle, no battle. A fight with no object, or against people, stays one."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS:
        return False
    obj = child(tok, "dobj")
    if obj is None:
        return fight_for_aim(tok)
    if _lem(obj) in _COGNATE_FIGHTS:
        return _foes_against(tok)
    objs = [_swarm_of(o) for o in [obj] + [c for c in obj.conjuncts]]
    return all(_lem(o) in sense_cue("abstract_foes") for o in objs)


_SWARM_NOUNS = frozenset({"invasion", "plague", "swarm", "outbreak", "wave"})


def _swarm_of(obj):  # type: ignore[no-untyped-def]
    """ "an invasion of fall armyworm", "a plague of locusts": what the invasion is of (the foe fought); else the
    object itself (branch precision18, quiet_reports12 y14)."""
    if _lem(obj) not in _SWARM_NOUNS:
        return obj
    of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), obj) if of is not None else obj


def aided_fight(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "its partners were helping it fight jihadist groups", "trains troops to fight": a verb of fighting that
    completes a verb of aid (cue ``aid_verbs``) told as what goes on, not as one day's deed (not a simple past:
    "helped the army fight off the raid on Tuesday" stays an incident): aid to a war, no battle (branch
    precision18, quiet_reports12 y02)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _FIGHT_VERBS or tok.dep_ not in ("xcomp", "ccomp"):
        return False
    aid = tok.head
    return aid.pos_ == "VERB" and _lem(aid) in sense_cue("aid_verbs") and aid.tag_ != "VBD"


_COGNATE_FIGHTS = frozenset({"war", "battle", "fight", "campaign"})


def _foes_against(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "fighting a war on two fronts, against cholera and against malaria": the foes of a war "against" are all
    things no one fights with arms (cue ``abstract_foes``); a war with no "against", or against people, is left
    alone (branch precision15, quiet_reports9 v09)."""
    foes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
            for q in (p, *p.conjuncts) for o in q.children if o.dep_ == "pobj"]
    foes += [c for o in foes for c in o.conjuncts]
    return bool(foes) and all(_lem(o) in sense_cue("abstract_foes") for o in foes)


def fight_for_aim(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "Al Shabaab, which is fighting to topple the government", "the group fighting to impose its rule": a verb
    of fighting with no object whose infinitive is an insurgency's aim (cue ``fight_aim_verbs``) describes the
    group's cause, no battle ("troops fought to retake the town" stays one; branch precision15, quiet_reports9
    v15)."""
    return any(c.dep_ == "xcomp" and _lem(c) in sense_cue("fight_aim_verbs")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


_POSSESSORS = frozenset({"'s", "’s", "its", "their", "our", "his", "her", "your"})


def the_wounded(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "medical care for its wounded", "the front's wounded": a participle of wounding right after a possessor, with
    no object, agent or noun after it, names people (the wounded), not a deed ("the wounded" after "the" is
    :func:`sitrep.events.triggers.find_triggers`' own check)."""
    if _lem(tok) not in ("wound", "injure") or tok.tag_ not in ("VBN", "VBD", "JJ", "NNS", "NN") or tok.i == 0:
        return False
    if tok.doc[tok.i - 1].lower_ not in _POSSESSORS:
        return False
    if any(c.dep_ in ("dobj", "agent", "nsubj") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def animals_killed(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "killed cattle and goats", "slaughtered their livestock", "the killing of the herd": a verb or noun of
    ``animal_killing_words`` whose patient (and each patient coordinated with it) is a word of ``killed_animals``:
    animals killed are property lost, not people killed (a raid that also burns houses is a property destruction);
    so is a trade or a livelihood "killed" (``killed_things``: "fuel levies were killing small businesses", branch
    precision18, quiet_reports12 y15): words, no one killed."""
    if _lem(tok) not in sense_cue("animal_killing_words") and tok.lower_ not in sense_cue("animal_killing_words"):
        return False
    from sitrep.events.people_object import _patient

    if tok.pos_ in ("NOUN", "PROPN"):
        obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
    else:
        obj = _patient(tok)
    if obj is None:
        return False
    objs = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    lost = sense_cue("killed_animals") | sense_cue("killed_things")
    return all(_lem(o) in lost or o.lower_ in lost for o in objs)


def task_carried_out(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "more missions are executed", "executed the plan", "the execution of the order", "code execution": a verb or
    noun of ``carry_out_words`` whose patient (the verb's object or passive subject, the noun a participle
    describes; the noun's "of" object or noun modifier) is a thing of ``carried_out_things``: a task carried out or
    a paper signed, not a killing. A person executed, or no patient told, stays a killing."""
    if _lem(tok) not in sense_cue("carry_out_words") and tok.lower_ not in sense_cue("carry_out_words"):
        return False
    from sitrep.events.people_object import _patient

    if tok.pos_ in ("NOUN", "PROPN"):
        obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        if obj is None:
            obj = child(tok, "compound")
    else:
        obj = _patient(tok)
    return obj is not None and (_lem(obj) in sense_cue("carried_out_things") or obj.lower_ in sense_cue("carried_out_things"))


def strike_called(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "called a strike", "the strike called by the union": a stoppage announced, not a phone call."""
    if _lem(tok) != "call" or tok.pos_ != "VERB":
        return False
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "acl":
        obj = tok.head
    return obj is not None and _lem(obj) == _STRIKE


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
_ROUNDS = frozenset({"shot", "round", "bullet", "gun", "weapon", "rifle", "gunshot"})


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


_HURT_VERBS = frozenset({"kill", "injure", "wound", "hurt"})


def hurt_by_falling(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "A man was killed when a tree fell on his car", "a woman was slightly injured when a branch hit her car": a
    verb of harm whose "when" clause has a falling thing of a storm (cue ``falling_things``: tree, branch, rock ...)
    as its subject is an accident of weather, no violence (branch precision12: quiet_reports6 t09, quiet_reports5
    s11)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _HURT_VERBS:
        return False
    return any(c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) and any(
        s.dep_ == "nsubj" and _lem(s) in sense_cue("falling_things") for s in c.children) for c in tok.children)


def simile(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The wind hit us like a bomb", "it felt like a war": a word of violence as the object of "like" after a verb
    is a likeness, no deed (branch precision12, quiet_reports5 s11; "weapons like rockets" names arms, not a use);
    so is a clause of likeness and its subject ("it was like a bomb went off": :func:`likeness_clause`)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.pos_ in ("VERB", "AUX"):
        return True
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return likeness_clause(clause)


def likeness_clause(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "It was like a bomb went off", "it sounded as if a shell had landed": a clause brought in by "like" or "as
    if"/"as though" under another verb tells a likeness, no deed (branch precision15, quiet_reports9 v11)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "ccomp") or verb.head is verb:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    return any(m.lower_ == "like" or (m.lower_ in ("if", "though") and m.i > 0 and verb.doc[m.i - 1].lower_ == "as")
               for m in marks)


_FIGHT_WITH = frozenset({"fight", "clash", "battle", "skirmish"})
_NOUN_PATH = frozenset({"pobj", "conj", "compound", "amod", "npadvmod", "nmod", "cc", "punct"})


def fight_instrument(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun in the "with" phrase of a verb of fighting: "two armed groups fought with machine guns and
    rocket-propelled grenades": what the fight was fought with, no strike of its own (the fight is the event; "fought
    with the army" names a side, no weapon). Read up the noun phrase only (no verb between: "fought with men who
    threw grenades" keeps its grenades); branch precision13."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or tok.dep_ not in _NOUN_PATH:
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _NOUN_PATH:
            return False
        head = cur.head
        if head.i == cur.i:
            return False
        if head.dep_ == "prep" and head.lower_ == "with" and cur.dep_ == "pobj":
            verb = head.head
            return verb.pos_ == "VERB" and _lem(verb) in _FIGHT_WITH
        if head.pos_ in ("VERB", "AUX") and not (head.tag_ == "VBN" and head.dep_ in ("amod", "compound")):
            return False  # a clause between ("men who threw grenades"), save "rocket-propelled"
        cur = head
    return False


_PACT_NOUNS = frozenset({"deal", "contract", "agreement", "accord", "pact"})
_SIGN_VERBS = frozenset({"sign", "seal", "conclude", "strike", "reach"})


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


_PROTEST_ACTIONS = frozenset({"strike", "protest", "march", "rally", "demonstration", "boycott", "stoppage", "sit-in",
                              "walkout", "shutdown", "picket", "blockade"})


def action_joined(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "transport unions had agreed to join", "the teachers agreed to take part in the march": "agree" completed by
    joining an action (cue ``joined_action_verbs``, "take part"), whose subject is a union or people who go on strike
    (``striking_people``) or whose object is a protest or a strike, is a side taking part in a protest, no agreement
    between conflict parties (ACLED Agreement: a ceasefire, a peace deal, a prisoner exchange); branch protests12."""
    if tok.pos_ != "VERB" or _lem(tok) != "agree":
        return False
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if comp is None:
        return False
    take_part = _lem(comp) == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in comp.children)
    if not (take_part or _lem(comp) in sense_cue("joined_action_verbs")):
        return False
    subj = child(tok, "nsubj")
    if subj is not None and (_lem(subj) in sense_cue("striking_people") or _lem(subj) in ("union", "unionist")):
        return True
    objs = [o for o in comp.subtree if o.dep_ in ("dobj", "pobj")]
    return any(_lem(o) in _PROTEST_ACTIONS for o in objs)


def armed_occupation(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "troops occupied the town", "the occupation of the north": "occupy" / "occupation" of anyone but civilians
    holding a sit-in (events/occupation) names no protest; branch protests12."""
    return _lem(tok) in OCCUPY_LEMMAS and not civil_occupation(tok)
