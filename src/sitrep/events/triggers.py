"""Trigger sense: which words of a sentence name an event, and how they group into clauses.

A trigger is a word of the ontology (``data/ontology.json``) in its event sense; the triggers of one
clause form a :class:`Group` (one event): a generic "killed" joins the weapon that killed ("shelling ...
killed four"), and a threatened or denied action joins the threat or denial that embeds it.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.events.coup import seizure_of_power
from sitrep.events.cues import sense_cue
from sitrep.events.deps import RELATIVE_WORDS, child, passive_after_active, pobj
from sitrep.events.accusation import accused_deed, charged_that
from sitrep.events.arson_fire import arson_told, strike_told
from sitrep.events.attack_phrases import FIRE_PREPS, armed_raid, fired_on_target, under_fire
from sitrep.events.crowd_blockade import blockade_cleared
from sitrep.events.crowd_left import crowd_dispersed, leaving_verb
from sitrep.events.crowd_violence import protest_grievance
from sitrep.events.frames import charged_deed, legal_sequel_deed, support_lemma
from sitrep.events.modality import governors, past_setting, warning_report
from sitrep.events.naming import naming_call
from sitrep.events.ontology import Ontology, TriggerPattern, TypeDef
from sitrep.events.people_object import destroys_people, person_nouns
from sitrep.events.ramming import vehicle_ramming
from sitrep.events.reference import deed_spoken_of
from sitrep.events.roles import lemma
from sitrep.events.storming import stormed_site
from sitrep.events.suffered_wounds import SUFFER_VERBS, suffered_wounds
from sitrep.events.told_by_forces import describes_speaker
from sitrep.events.toll import died_of_wounds, found_slain, riddled_found_body
from sitrep.events.munitions import less_lethal
from sitrep.events.drill import drill_deed
from sitrep.events.word_senses import labour_strike, not_event_sense, strike_no_protest, weapon_dealt
from sitrep.nlp.doctext import doc_attr, doc_sents, doc_text
from sitrep.nlp.regex_needs import folded, needed_literals
from sitrep.nlp.severed_result import severed_result
from sitrep.resources import data_path

TAKE_VERBS = frozenset({"take", "enter"})  # territorial only with a place as object
STREET_PREPS = frozenset({"to", "onto", "into"})  # "took to the streets": a protest only where people go
DEBRIS = frozenset({"remains", "remain", "debris", "fragment", "remnant", "piece", "part", "wreckage", "shard", "casing"})
BACKING = frozenset({"back", "support", "sponsor", "arm", "assist", "aid"})
SPEECH_ACTS = ("THREATEN", "REJECT", "ACCUSE")  # the deed they embed is theirs to tell, not a fact
# a violent noun modifying one of these names the deed itself ("a bombing campaign", "a shelling raid")
CAMPAIGN_NOUNS = frozenset({"campaign", "raid", "run", "mission", "operation", "offensive", "spree", "wave", "blitz",
                            "rampage"})
SETTLEMENT_WORDS = frozenset({"town", "village", "city", "hamlet", "suburb", "neighbourhood", "neighborhood"})


@dataclass
class Trigger:
    tok: Any  # spaCy Token (the head of the trigger)
    pattern: TriggerPattern
    dep_toks: list = field(default_factory=list)

    @property
    def tdef(self) -> TypeDef:
        return self.pattern.tdef


@dataclass
class Group:
    """The triggers of one clause (one event)."""

    head: Any  # the clause's head token
    triggers: list[Trigger]
    embedded: list["Group"] = field(default_factory=list)  # actions inside a threat/denial

    def primary(self, onto: Ontology) -> Trigger:
        kill = onto.cue("kill_lemmas")
        # a request verb governs what it asks for: "called for a ceasefire" is a request, not an agreement
        return max(self.triggers, key=lambda t: (t.tok.lemma_.lower() not in kill and not shots_fired(t),
                                                 t.tdef.plover == "REQUEST" and t.tok.pos_ == "VERB",
                                                 t.pattern.rank[1], len(t.pattern.deps), t.tok.pos_ == "VERB"))

    def heads(self) -> list:
        hs = [self.head] + [t.tok for t in self.triggers]
        for e in self.embedded:
            hs.extend(e.heads())
        return hs



@functools.lru_cache(maxsize=2)
def _phrase_list(name: str) -> tuple[tuple[str, Optional[frozenset[str]]], ...]:
    """The fixed-phrase patterns in file order, each with the literals one of which it cannot match without."""
    pats = []
    with open(data_path(name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                pat = line.rstrip("\n").split("\t")[0]
                re.compile(pat)  # a bad line fails here, naming itself
                pats.append((f"(?:{pat})", needed_literals(pat)))
    return tuple(pats)


@functools.lru_cache(maxsize=2)
def non_event_phrases(name: str = "non_event_phrases.tsv") -> Optional["re.Pattern[str]"]:
    """One regular expression of the fixed phrases and metaphors in which a trigger word names no event."""
    pats = _phrase_list(name)
    return _alternation(tuple(p for p, _ in pats)) if pats else None


@functools.lru_cache(maxsize=512)
def _alternation(pats: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile("|".join(pats), re.I)


@functools.lru_cache(maxsize=2)
def _phrase_regexes(name: str) -> tuple[tuple["re.Pattern[str]", str, Optional[frozenset[str]]], ...]:
    """Each fixed-phrase pattern compiled once on its own (as the alternation reads it), with its needed words."""
    return tuple((re.compile(p, re.I), p, needs) for p, needs in _phrase_list(name))


def phrase_spans(text: str, ranges, name: str = "non_event_phrases.tsv") -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The spans of ``finditer(text, a, b)`` of the full phrase alternation over each (a, b) of ``ranges``, in
    order, without building an alternation per article. A match lies inside its range, so a pattern none of whose
    needed words is in the range's text cannot match there; nor can one whose own ``search(text, a, b)`` (same
    pos/endpos) finds nothing. Either way it is no alternative of any match in that range, so each range runs
    only the alternation of the patterns found in it, in the file's order: most ranges none, and the few
    alternations that occur are compiled once. (Before, each article compiled the alternation of the patterns
    its words allowed, a new one for nearly every article.) Which ranges hold a pattern's needed words is read
    from where those words occur in the folded text (:func:`_ranges_holding`: one scan of the text a word),
    else by a test of each range's own text (:func:`_patterns_by_range`)."""
    low = folded(text)
    pats = _phrase_regexes(name)
    holding = _ranges_holding(low, text, ranges, pats, _ascii_needs(name))
    if holding is None:
        holding = _patterns_by_range(low, text, ranges, pats)
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(ranges):
        hit = tuple(pats[i][1] for i in holding[k] if pats[i][0].search(text, a, b))
        if hit:
            out.extend(m.span() for m in _alternation(hit).finditer(text, a, b))
    return out


def _patterns_by_range(low: str, text: str, ranges, pats) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """For each range, the indexes (in order) of the patterns of ``pats`` one of whose needed words is in the
    range's folded text (those with none in the whole text left out first)."""
    kept = [i for i, (_rx, _p, needs) in enumerate(pats) if needs is None or any(w in low for w in needs)]
    out = []
    for a, b in ranges:
        part = folded(text[a:b]) if kept else ""
        out.append([i for i in kept if pats[i][2] is None or any(w in part for w in pats[i][2])])
    return out


@functools.lru_cache(maxsize=2)
def _ascii_needs(name: str) -> bool:
    """Every needed word of the phrase file's patterns is ASCII (:func:`_ranges_holding`)."""
    return all(needs is None or all(w.isascii() for w in needs) for _rx, _p, needs in _phrase_regexes(name))


def _ranges_holding(low: str, text: str, ranges, pats, ascii_needs: bool) -> Optional[list[list[int]]]:  # type: ignore[no-untyped-def]
    """What :func:`_patterns_by_range` gives, found from each needed word's occurrences in ``low``, the folded
    text (an occurrence whole inside a range is the word in the range's folded text): one scan of the text a
    word instead of one test a word and range. None where that may differ: the folded text does not line up
    with the text (one character for one), a needed word is not ASCII (lower-casing a slice can differ from a
    slice of the lower-cased text only in a Greek final sigma), or the ranges overlap or are out of order."""
    if not ascii_needs or len(low) != len(text):
        return None
    starts = [a for a, _b in ranges]
    if any(a > b for a, b in ranges) or any(ranges[k][1] > starts[k + 1] for k in range(len(ranges) - 1)):
        return None
    holding: list[list[int]] = [[] for _ in ranges]
    for i, (_rx, _p, needs) in enumerate(pats):
        if needs is None:
            for h in holding:
                h.append(i)
            continue
        found: set[int] = set()
        for w in needs:
            at = low.find(w)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                if k >= 0 and at + len(w) <= ranges[k][1]:
                    found.add(k)
                at = low.find(w, at + 1)
        for k in found:
            holding[k].append(i)
    return holding


def idiom_spans(sent) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Character spans (document offsets) of the sentence's fixed phrases that name no event (the phrase list
    is matched once over the whole article, then read per sentence)."""
    if non_event_phrases() is None:
        return []
    doc = sent.doc
    found = doc.user_data.get("sitrep_idioms")
    if found is None:
        # finditer with pos/endpos gives offsets into the whole text already
        found = doc.user_data["sitrep_idioms"] = phrase_spans(
            doc_text(doc), [(s.start_char, s.end_char) for s in doc_sents(doc)])
    lo, hi = sent.start_char, sent.end_char
    return [(a, b) for a, b in found if lo <= a and b <= hi]


def idiom_only_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas that ``sent`` uses only inside its fixed phrases that name no event ("chanting and beating drums":
    "beat" names no beating): the sub-type rules read no force from them."""
    spans = idiom_spans(sent)
    if not spans:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for t in sent:
        (inside if any(a <= t.idx < b for a, b in spans) else outside).add(t.lemma_.lower())
    return frozenset(inside - outside)


def near_lemmas(tok) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    near: dict[str, Any] = {}
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "called her on Monday": a date, not "call on" someone
        for x in [c, *c.children]:
            if x is tok:
                continue
            near.setdefault(lemma(x), x)
            near.setdefault(x.lower_, x)
            if x is not c and x.lower_ == "of" and c.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "hundreds of troops"
                for y in x.children:
                    near.setdefault(lemma(y), y)
        if c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS and tok.dep_ == "relcl":
            near.setdefault(lemma(tok.head), tok.head)  # "mortar shells that crashed into homes": the shells crashed
    return near


def could_trigger(tok, pos: str, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether :func:`find_triggers` can make ``tok`` a trigger at all: a pattern under its lemma or form, a
    verb of taking, "call" (the condemnation case), "die" / "succumb" (of the wounds of a weapon) or a verb of
    suffering wounds (events/suffered_wounds). Every other token ends in no trigger whatever the
    checks before the pattern lookup say, so those checks are skipped (keep this in step with that loop)."""
    lem = lemma(tok)
    if onto.patterns(lem, pos) or (tok.lower_ != lem and onto.patterns(tok.lower_, pos)):
        return True
    if pos == "NOUN" and tok.lower_ == "suffering":
        return True  # "located a male suffering from stab wounds", parsed as a noun (events/suffered_wounds)
    return pos == "VERB" and (lem in ("call", "die", "succumb") or lem in SUFFER_VERBS or tok.lemma_.lower() in TAKE_VERBS)


def find_triggers(sent, onto: Ontology, blocked: list[tuple[int, int]], place_spans: tuple = ()) -> list[Trigger]:  # type: ignore[no-untyped-def]
    """Trigger words in one sentence; the most specific pattern per token, dependents consumed.

    "take" is territorial when what is taken is a place ("took the village of X", "took X")."""
    kit = _WordKit(onto)
    idioms = idiom_spans(sent)
    off = _blocked_chars(sent, blocked + idioms if idioms else blocked)
    base = sent.start_char
    doc = sent.doc
    poss, tags, idxs = doc_attr(doc, "pos_"), doc_attr(doc, "tag_"), doc_attr(doc, "idx")
    cands: list[Trigger] = []
    for i in range(sent.start, sent.end):  # token attributes from lists: a Token is built only for candidates
        pos = "VERB" if poss[i] == "VERB" or tags[i].startswith("VB") else "NOUN" if poss[i] in ("NOUN", "PROPN") else None
        if pos is None or off[idxs[i] - base]:
            continue
        tok = doc[i]
        if not could_trigger(tok, pos, onto):
            continue  # most nouns and verbs: no pattern, so none of the checks below can make them one
        trig = _word_trigger(tok, pos, onto, kit, place_spans)
        if trig is not None:
            cands.append(trig)
    return _most_specific([t for t in cands if not attacked_thing(t, cands)])


class _WordKit:
    """The ontology's word lists that the checks of one sentence share."""

    def __init__(self, onto: Ontology) -> None:
        self.weapons = onto.cue("instrument_shelling") | onto.cue("instrument_air")
        self.listable = self.weapons | onto.cue("weapons_seized") | onto.cue("instrument_grenade") \
            | onto.cue("instrument_ied")
        self.equipment = onto.cue("equipment_words")


def _blocked_chars(sent, blocked: list[tuple[int, int]]) -> bytearray:  # type: ignore[no-untyped-def]
    """1 where a blocked span covers the sentence's character (one pass over spans)."""
    base, end = sent.start_char, sent.end_char
    off = bytearray(end - base + 1)
    for s, e in blocked:
        if s < end and e > base:
            lo, hi = max(s, base) - base, min(e, end) - base
            off[lo:hi] = b"\x01" * (hi - lo)
    return off


def _most_specific(cands: list[Trigger]) -> list[Trigger]:
    """The highest-ranked trigger per token, the words it consumes taken; in text order."""
    cands.sort(key=lambda t: t.pattern.rank, reverse=True)
    taken: set[int] = set()
    out: list[Trigger] = []
    for t in cands:
        if t.tok.i in taken:
            continue
        out.append(t)
        taken.add(t.tok.i)
        taken.update(x.i for x in t.dep_toks)
    out.sort(key=lambda t: t.tok.i)
    return out


def _word_trigger(tok, pos: str, onto: Ontology, kit: _WordKit, place_spans: tuple) -> Optional[Trigger]:  # type: ignore[no-untyped-def]
    """The trigger one candidate word makes, or None: a construction's fixed reading, else the word's patterns, and
    neither where the word is used as no event (:func:`_not_event_use`) or, for a pattern's trigger, has no violent
    sense here (:func:`_no_violent_sense`). Those two vetoes are asked last, only of a word that would otherwise
    be a trigger: each check only reads the parse, so asking them after the readings gives the answer asking them
    first gave, for most candidate words without running them (they are the dearest checks)."""
    told, trig = _fixed_reading(tok, pos, onto)
    if not told:
        pats = onto.patterns(lemma(tok), pos) or (onto.patterns(tok.lower_, pos) if tok.lower_ != lemma(tok) else [])
        if not pats and not (pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS):
            return None
        trig = _patterned_trigger(tok, pos, pats, onto, kit, place_spans)
        if trig is not None and _no_violent_sense(tok, pos, onto, place_spans):
            return None
    if trig is None or _not_event_use(tok, pos, onto, kit, place_spans):
        return None
    return trig


def _patterned_trigger(tok, pos: str, pats: list, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                       place_spans: tuple) -> Optional[Trigger]:
    """The trigger the word's first fitting pattern makes (its dependents all near, not barred by a labour strike
    or a drill), else the unpatterned readings' (:func:`_unpatterned_trigger`); None where neither makes one."""
    labour = labour_strike(tok)
    drill: Optional[bool] = None  # drill_deed(tok), asked at the first pattern it could bar
    near = {k: x for k, x in near_lemmas(tok).items() if not (x.pos_ == "NOUN" and less_lethal(x))}
    for p in pats:
        if labour and p.tdef.event_type != "Protests":
            continue  # "went on strike", "a 72-hour armed strike": a stoppage of work, no weapon's strike
        if not all(d in near for d in p.deps):
            continue
        if p.tdef.event_type in VIOLENT_TYPES or p.tdef.code in DRILL_STAGED_CODES:
            if drill is None:
                drill = drill_deed(tok)  # "stormed mock trenches at the training ground": no battle (talks stay talks)
            if drill:
                continue  # (and "police bomb teams defused a second device", "shot down mock drones": staged too)
        trig = _pattern_trigger(tok, pos, p, near, onto, kit, place_spans)
        if trig is not _NEXT:
            return trig  # type: ignore[return-value]
    return _unpatterned_trigger(tok, pos, labour, onto, place_spans)


def _not_event_use(tok, pos: str, onto: Ontology, kit: _WordKit, place_spans: tuple) -> bool:  # type: ignore[no-untyped-def]
    """The word is used as no event here: an imperative, a modifier, a weapon as a thing, a date, a name, ..."""
    if pos == "VERB" and tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in tok.children):
        return True  # an imperative ("enter the result"): page furniture, not news
    if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in DEBRIS:
        return True  # "the remains of a rocket": a thing found, not an attack
    if pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
        return True  # "the wounded", "some of the injured": people, not an event
    if tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children) and tok.lemma_.lower() in BACKING:
        return True  # "militias supported by X": X is an associate, not a separate event
    if pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") \
            and lemma(tok.head) not in CAMPAIGN_NOUNS:
        return True  # "bomb shelter", "assault rifle", "missile defence": a modifier; an event noun it modifies carries it
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and lemma(tok.head) in onto.cue("group_nouns"):
        return True  # "drug-trafficking gangs", "the invading forces": who a group is, not a deed of its own
    if pos == "NOUN" and lemma(tok) in kit.weapons and supplied(tok):
        return True  # "promised aid including anti-ship missiles": weapons handed over, not fired
    if month_name(tok):
        return True  # "on March 12", "in March": a date, not a protest march
    if pos == "VERB" and exhortation(tok):
        return True  # "let's seize a territory": a call to act, not a deed
    if pos == "NOUN" and held_weapon(tok):
        return True  # "obtaining a dirty bomb", "acquire missiles": a weapon held, not used
    if pos == "NOUN" and lemma(tok) in kit.listable and weapon_dealt(tok):
        return True  # "the test of a hydrogen bomb", "a shipment of mortars": a weapon as a thing
    if pos == "NOUN" and less_lethal(tok):
        return True  # "teargas shells", "stun grenades": police kit used on a crowd, no weapon of war (events/munitions)
    if pos == "NOUN" and lemma(tok) in kit.listable and listed_weapon(tok):
        return True  # "captured 40 rifles and 12 grenades", "weapons which consisted of ... 1 grenade": booty
    if pos == "VERB" and struck_deal(tok):
        return True  # "agreements they had struck": a bargain, not a strike
    if pos == "VERB" and lemma(tok) in ("disperse", "break") and leaving_verb(tok) and crowd_dispersed(tok):
        return True  # "the participants dispersed in the evening", "both rallies broke up": the crowd went home
    if pos == "VERB" and lemma(tok) == "fall" and not place_subject(tok, place_spans):
        return True  # "the emails fell into Russian hands": a thing, not a town
    if pos == "VERB" and warning_report(tok, onto):
        return True  # "officials warned that Russia is massing troops": a report of the other side's deed, no threat
    if pos == "VERB" and lemma(tok) == "call" and naming_call(tok):
        return True  # "a group calling itself X", "the so-called X", "a town called X": a name, no event
    if pos == "NOUN" and lemma(tok) in onto.cue("agent_heads") and describes_speaker(tok):
        return True  # "said X, who heads the vigilantes in the area": a group that says who speaks, no mob's deed
    if pos == "NOUN" and lemma(tok) == "vigilante" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The vigilantes were on patrol", "the vigilantes fired back": armed people, whose verb tells any
        # deed ("a mob set fire to ...": a mob is a crowd in action, its noun a deed's)
    return False


def _fixed_reading(tok, pos: str, onto: Ontology) -> tuple[bool, Optional[Trigger]]:  # type: ignore[no-untyped-def]
    """(True, its trigger or None) where a construction decides the word's event without the ontology's patterns:
    a condemnation, a physical charge, a body found slain, death of wounds, wounds suffered, a ramming."""
    if pos == "VERB" and lemma(tok) == "call" and child(tok, "oprd") is not None:
        return True, Trigger(tok, TriggerPattern("call", (), "VERB", onto.types["plover.accuse"]))
        # "called the attack despicable": a condemnation, not a phone call
    if pos == "VERB" and lemma(tok) == "intercept" and intercepted_person(tok):
        return True, None  # "migrants were intercepted by the coast guard", "intercepted a suspected trafficker": no weapon
    if pos == "VERB" and lemma(tok) == "charge":
        kind = physical_charge(tok)
        if kind is not None:  # "charged a camp", "baton charged the sit-in": a rush at them, no accusation
            return True, Trigger(tok, TriggerPattern("charge", (), "VERB", onto.types[kind]))
    if riddled_found_body(tok):
        return True, None  # "the bullet-riddled bodies of two men were found": the finding's own deed (found_slain)
    dead = found_slain(tok, onto.cue("wound_weapons")) if pos == "VERB" and tok.lemma_ == "find" else None
    if dead is not None:
        return True, Trigger(tok, TriggerPattern("find", ("dead",), "VERB", onto.types["vac.attack"]), [dead])
        # "X was found dead with gunshot wounds": a killing, its attacker untold (events/toll_found_dead.py)
    wound = died_of_wounds(tok, onto.cue("wound_weapons")) if pos == "VERB" and tok.lemma_ in ("die", "succumb") \
        else None
    if wound is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("wound",), "VERB", onto.types["vac.attack"]), [wound])
        # "X died of gunshot wounds": the same
    hurt = suffered_wounds(tok, onto.cue("wound_weapons")) if pos == "VERB" or tok.lower_ == "suffering" else None
    if hurt is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("wound",), "VERB", onto.types["vac.attack"]), [hurt])
        # "X sustained gunshot wounds": someone shot X (events/suffered_wounds)
    rammed = vehicle_ramming(tok, onto) if pos == "VERB" else None
    if rammed is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("into",), "VERB", onto.types["vac.attack"]), [rammed])
        # "a car was driven into a crowd": a ramming attack (events/ramming)
    return False, None


def _no_violent_sense(tok, pos: str, onto: Ontology, place_spans: tuple) -> bool:  # type: ignore[no-untyped-def]
    """The word has a pattern, but its sense here names no event: no place entered, no people harmed, no violence."""
    if lemma(tok) in sense_cue("place_object_words") and (not enters_place(tok, pos, onto, place_spans) or (
            pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in sense_cue("reference_preps"))):
        return True  # "invaded the pitch", "an invasion of privacy": no war; "since the invasion": a war's start as a date
    if (lemma(tok) in sense_cue("people_object_words") or (pos == "NOUN" and lemma(tok) in sense_cue(
            "people_object_nouns"))) and not destroys_people(tok):
        return True  # "wiped out the savings", "slew the dragon", "food poisoning": no people harmed, no attack
    return bool(not_event_sense(tok))  # "an attack of gout", "attacked the website", "near a mine": no violence (events/word_senses)


def _modifier_destroyed(tok, p: TriggerPattern, near: dict) -> bool:  # type: ignore[no-untyped-def]
    """ "An air defence missile system, three tanks ... were destroyed": the weapon word a disrupted-use pattern
    needs ("destroy +missile") only modifies what was destroyed (a compound), so no drone or missile was brought
    down; the strike that destroyed the system is told on its own (lead, after the seeds' Turkish claim)."""
    return p.tdef.code == "sd.disrupted" and lemma(tok) == "destroy" and any(
        near[d].dep_ == "compound" and near[d].head.pos_ == "NOUN" for d in p.deps)


_NEXT = object()  # a pattern's answer: it does not fit this word, try the word's next pattern


def _pattern_trigger(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                     place_spans: tuple) -> Any:
    """What pattern ``p`` (its dependents all near) makes of the word: a Trigger, None (the word is no trigger)
    or _NEXT (this pattern does not fit)."""
    if "coup" in (lemma(tok), *p.deps) and not seizure_of_power(near.get("coup", tok)):
        return _NEXT  # "a diplomatic coup", "a major coup for the club": a success, not power seized by force
    if pos == "VERB" and not p.deps and lemma(tok) in onto.cue("movement_verbs"):
        told, trig = _movement_reading(tok, onto, place_spans)
        if told:
            return trig
    if _early_pattern_veto(tok, pos, p, near, onto) or _modifier_destroyed(tok, p, near):
        return _NEXT
    if pos == "VERB" and not p.deps and p.tdef.code == "battles.nsa_overtakes" \
            and lemma(tok) in SEIZE_VERBS and taken_person(tok, onto, place_spans):
        return Trigger(tok, TriggerPattern(lemma(tok), (), "VERB", onto.types["vac.abduction"]))
        # "seized the local mayor", "captured its pilot": a person taken, not ground
    if pos == "VERB" and lemma(tok) == "take" and p.deps == ("over",) and (
            nothing_taken(tok, place_spans) or task_taken(tok)):
        return _NEXT  # "the state of affairs when we took over", "took over the investigation": an office
        # or a task taken up, no ground named
    if pos == "VERB" and p.tdef.code == "battles.nsa_overtakes" and building_part_taken(tok, onto):
        return None  # "inmates took over two cell blocks", "taking control of one wing": a riot's hold on a building
    if pos == "VERB" and not p.deps and p.tdef.code == "battles.nsa_overtakes" and not_territory(tok, kit.equipment, place_spans):
        return None  # "captured Humvees", "seized power", "she was captured": things or people, not territory
    if _late_pattern_veto(tok, pos, p, near, onto, kit, place_spans):
        return _NEXT
    return Trigger(tok, p, [near[d] for d in p.deps])


def _movement_reading(tok, onto: Ontology, place_spans: tuple) -> tuple[bool, Optional[Trigger]]:  # type: ignore[no-untyped-def]
    """A movement verb with no dependents: (True, trigger or None) where its object decides, (False, None) else."""
    obj = child(tok, "dobj")
    site = stormed_site(tok) if obj is not None and lemma(tok) == "storm" else None
    if site is not None:  # "gunmen stormed a hotel": an attack; "stormed the barracks": a fight
        code = "battles.armed_clash" if site else "vac.attack"
        return True, Trigger(tok, TriggerPattern(lemma(tok), (), "VERB", onto.types[code]))
    if obj is not None and lemma(obj) not in SETTLEMENT_WORDS and not any(
            s <= obj.idx < e for s, e in place_spans):
        return True, None  # "the company advanced money": a movement verb with a thing as object
    return False, None


def _early_pattern_veto(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Pattern ``p`` reads the word in a sense it does not have here: no shots fired, summoned, a search."""
    if pos == "VERB" and lemma(tok) == "fire" and p.deps and p.deps[0] in FIRE_PREPS \
            and not fired_on_target(tok, near[p.deps[0]], onto):
        return True  # "fired at the meeting", "fired him on the spot", "fired back at critics": no shots
    if pos == "VERB" and lemma(tok) == "take" and "street" in p.deps \
            and near["street"].head.lower_ not in STREET_PREPS:
        return True  # "searches take blades off the streets": things taken away, no one takes to the streets
    if pos == "VERB" and lemma(tok) == "take" and "street" not in p.deps and _to_the_streets(tok):
        return True  # "took to the streets of Colombo over rising tariffs": the protest idiom, no "take over"
    if pos == "VERB" and lemma(tok) == "come" and "fire" in p.deps and not under_fire(tok, near["fire"], onto):
        return True  # "came under fire for his remarks": criticism, not shots
    if pos == "VERB" and lemma(tok) == "call" and not p.deps and p.tdef.code == "plover.consult" and any(
            c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True  # "firefighters were called to the scene", "experts have been called in": summoned, no talks
    return bool(lemma(tok) == "raid" and not p.deps and not armed_raid(tok, onto))
    # "police raided the offices", "a raid on a drug lab": a search, not an attack


def _late_pattern_veto(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                       place_spans: tuple) -> bool:
    """Pattern ``p``'s dependents stand where the pattern's reading does not put them (the wrong side of the verb,
    its agent, the subject's own word), or the verb's object is the deed."""
    if pos == "VERB" and p.deps and (p.tdef.code == "sd.disrupted" or (
            p.tdef.code == "sd.change_group" and lemma(tok) in CREATE_VERBS)) and not all(
            on_object_side(tok, near[d]) for d in p.deps if d not in ("down", "up")):
        return True  # "seized a town while a bomb killed five": the weapon is not what was seized; "the
        # Kestrel Brigade launched an attack": the unit word is the doer's own name, not a unit formed
    if pos == "VERB" and p.deps and p.tdef.plover == "MOBILIZE" and any(
            by_agent(tok, near[d]) for d in p.deps):
        return True  # "drones sent by the rebel forces struck a depot": the forces sent them, none were sent
    if pos == "VERB" and lemma(tok) == "set" and p.deps and not all(
            near[d].head.i == tok.i and near[d].dep_ in ("dobj", "nsubjpass")
            or near[d].dep_ == "pobj" and near[d].head.lower_ == "on" and near[d].head.head.i == tok.i
            for d in p.deps if d not in ("up", "upon")):
        return True  # "the cease-fire deal is set to take effect": the fire is the subject's word, none set;
        # "set upon a base": the base is attacked, none set up (what is set is the verb's own object,
        # or "on fire" of the verb: "set the club on fire", "farms were set on fire")
    if pos == "VERB" and p.tdef.code == "sd.looting" and lemma(tok) == "set" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return True  # "drones hit the depot, setting off large fires": fires a blast or a strike started, no arson
    if pos == "VERB" and p.tdef.code == "battles.nsa_overtakes" and lemma(tok) in onto.cue("movement_verbs") \
            and any(d in DESTINATION_PREPS for d in p.deps) and not ground_reached(tok, onto, place_spans):
        return True  # "advancing toward victory", "advanced into double digits": no place reached
    if pos == "VERB" and lemma(tok) == "clear" and p.tdef.code == "battles.nsa_overtakes" and any(
            in_setting_phrase(tok, near[d]) for d in p.deps) and not blockade_cleared(tok, onto):
        return True  # "troops had cleared hideouts in the area": the area is where, not what was cleared (branch
        # subtypes18, mixed_reports12 e10); "cleared the area", "cleared militants from the area" stay, and so does
        # "cleared a road blockade ... in the Cusco region" (a protest's blockade, refined by subtype.blockade_cleared)
    if pos == "VERB" and lemma(tok) == "engage" and p.deps and not all(
            on_object_side(tok, near[d]) or in_phrase_of(tok, near[d]) for d in p.deps):
        return True  # "the rebels engaged a mediator": the foe is not what was engaged, no fight ("engaged
        # them in a gun duel": the fight the verb's own "in" phrase names)
    if p.tdef.outside == "man_made_disaster" and "fire" in (lemma(tok), *p.deps) and arson_told(tok.doc):
        return True  # "died in a house fire ... which police are treating as arson": a deed, no accident
    if p.tdef.outside == "man_made_disaster" and lemma(tok) in ("break", "catch") and strike_told(tok.doc):
        return True  # "a drone hit a warehouse ... A fire broke out", "bombs struck ... the stalls caught fire": the
        # strike's fire (branch subtypes17: "caught fire", mixed_reports11 z01)
    if p.tdef.outside == "man_made_disaster" and "fire" in p.deps and near["fire"].pos_ != "NOUN":
        return True  # "died ... when a soldier fired at his car": shots, no blaze
    if pos == "VERB" and lemma(tok) == "sink" and p.deps and any(on_object_side(tok, near[d]) for d in p.deps):
        return True  # "a drone sank a patrol boat", "the ferry was sunk": sunk by someone, no accident
    if pos == "VERB" and p.deps and support_lemma(tok) and all(
            deed_object(tok, near[d], onto, kit.listable) for d in p.deps):
        return True  # "carried out the strike", "launched strikes": the deed noun is the trigger, not its verb
    if pos == "VERB" and p.tdef.code == "vac.abduction" and "into" in p.deps and not all(
            near[d].head.i == near["into"].i for d in p.deps if d != "into"):
        return True  # "police forced the car into a ditch": the vehicle is what was forced, no one put into it
        # ("forced the activist into a van": the van is the "into" object, an abduction)
    return bool(pos == "VERB" and p.deps and p.tdef.code == "explosions.air_drone" and any(
            on_object_side(tok, near[d]) for d in p.deps if d not in DROPPED_LOADS))
    # "rebels destroyed two helicopters": the aircraft is what was hit, not what struck ("drones dropped
    # munitions": what is dropped is the load, the object of its own pattern)


def _to_the_streets(tok) -> bool:  # type: ignore[no-untyped-def]
    """"take" with "to the street(s)" among its dependents: the protest idiom."""
    return any(c.dep_ == "prep" and c.lower_ in STREET_PREPS and any(lemma(o) == "street" for o in c.children)
               for c in tok.children)


def _unpatterned_trigger(tok, pos: str, labour: bool, onto: Ontology, place_spans: tuple) -> Optional[Trigger]:  # type: ignore[no-untyped-def]
    """No pattern fit: a labour strike noun is a peaceful protest; "take"/"enter" with a place as object is ground taken."""
    if labour and pos in ("NOUN", "PROPN") and not strike_no_protest(tok):
        # "at the start of a strike over diesel prices", "workers went on strike": a stoppage of work is a
        # protest (ACLED codes strikes as peaceful protests) where no protest pattern named it already
        # ("an armed strike" that rebels impose, "called a strike for Thursday" are none)
        return Trigger(tok, TriggerPattern(lemma(tok), (), "NOUN", onto.types["protests.peaceful"]))
    obj = child(tok, "dobj") if pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS else None
    if obj is not None and tok.lemma_.lower() == "enter" and deed_after_entry(tok, onto):
        return None  # "troops entered the village and raped women": the entry leads to the deed, no ground taken
    if obj is not None and (lemma(obj) in SETTLEMENT_WORDS or any(s <= obj.idx < e for s, e in place_spans)):
        return Trigger(tok, TriggerPattern(tok.lemma_.lower(), (), "VERB", onto.types["battles.nsa_overtakes"]))
    return None



CREATE_VERBS = frozenset({"form", "create", "establish", "launch", "set"})  # what they make is their object


_PERSON_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "we", "us", "i", "me", "who"})


def intercepted_person(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether what "intercept" stops is a person or people ("intercepted a suspected trafficker", "300 migrants ...
    were all intercepted", "three men intercepted at the airport"): a border or police check, not a weapon or a
    missile stopped (ACLED Disrupted weapons use). Person nouns of the figure lexicon and the civilian words, cue
    ``intercepted_people``, a person's name or a personal pronoun."""
    obj = _taken(tok)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSON_PRONOUNS
    return obj.ent_type_ == "PERSON" or lemma(obj) in person_nouns() or lemma(obj) in sense_cue("intercepted_people")


def deed_after_entry(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether "entered" has a verb of violence or destruction coordinated with it ("entered the village and raped
    women", "entered the camp and set fire to the shelters", "entered the bar and started shooting"): the entry is
    the way in to that deed, which is the event (ACLED codes the deed), not territory taken."""
    for v in tok.conjuncts:
        if v.pos_ != "VERB":
            continue
        for x in [v, *(c for c in v.children if c.dep_ == "xcomp")]:  # "started shooting"
            if any(p.tdef.event_type in VIOLENT_TYPES or p.tdef.code == "sd.looting"
                   for p in onto.patterns(lemma(x), "VERB")):
                return True
    return False


def physical_charge(tok) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The event code of "charge" told as a rush at someone, or None for the accusation ("charged him with murder").
    A charge at a site of armed men ("fighters charged a camp", "charged the army post"; cue ``charged_sites``) is an
    attack (typed on by its actors); a baton charge ("police baton charged the sit-in") is force used on a crowd,
    an intervention. Never with a "with" / "over" / "for" phrase (the charge's crime)."""
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "over", "for") for c in kids) or any(
            c.dep_ in ("ccomp", "xcomp") for c in kids):
        return None
    if any(c.lemma_.lower() in sense_cue("charge_weapons") for c in kids if c.dep_ in ("compound", "npadvmod", "nsubj", "amod", "advmod")) \
            or (tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in sense_cue("charge_weapons")):
        return "protests.intervention"
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "into", "on", "upon") for g in c.children if g.dep_ == "pobj"]
    if any(lemma(o) in sense_cue("charged_sites") for o in objs):
        return "vac.attack"
    return None


def deed_object(verb, noun, onto: Ontology, weapons: frozenset) -> bool:  # type: ignore[no-untyped-def]
    """``noun`` is the object of ``verb`` and a violent deed noun of its own ("carried out the strike", "launched
    strikes"): a bare noun pattern of a violent type, not a weapon ("launched missiles": the verb fires it) and not
    a stoppage of work."""
    if noun.head.i != verb.i or noun.dep_ not in ("dobj", "obj") or lemma(noun) in weapons:
        return False
    if not onto.violent_noun(lemma(noun), bare=True):
        return False
    return not labour_strike(noun)


def by_agent(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` is the doer in ``verb``'s passive "by" phrase ("sent by the rebel forces")."""
    return dep.dep_ == "pobj" and dep.head.dep_ == "agent" and dep.head.head.i == verb.i


def in_phrase_of(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` is the noun of an "in" phrase hung on ``verb`` ("engaged them in a gun duel")."""
    return dep.dep_ == "pobj" and dep.head.lower_ == "in" and dep.head.head.i == verb.i


_SETTING_PREPS = frozenset({"in", "at", "near", "around", "across", "inside", "outside", "throughout", "within"})


def in_setting_phrase(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` lies in a phrase of place ("in", "near", "around" ...) of ``verb`` or of its object: where the
    deed was done, not what it was done to."""
    x = dep
    for _ in range(6):
        if x.head.i == x.i or x.i == verb.i:
            return False
        if x.dep_ == "pobj" and x.head.lower_ in _SETTING_PREPS:
            return True
        x = x.head
    return False


def on_object_side(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` lies in what ``verb`` acts on: its object or passive subject (or a phrase under them)."""
    x = dep
    for _ in range(6):
        if x.head.i == verb.i:
            return x.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
        if x.head.i == x.i:
            return False
        x = x.head
    return False


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# a drill's defusing and shooting down are staged like its battles (branch precision12: quiet_reports6 t06, t18),
# and so are a fire drill's blaze and "mock explosion" (branch precision14: quiet_reports8 o11), and the mock site built
# for it ("a mock favela built at a training base": branch precision16, quiet_reports10 w13)
DRILL_STAGED_CODES = frozenset({"sd.disrupted", "outside.man_made_disaster", "sd.hq_base"})


def attacked_thing(t: Trigger, cands: list[Trigger]) -> bool:
    """A deployment noun, or a noun of protesters, that is what a violent deed acts on ("attacked a convoy of troops",
    "the convoy was ambushed", "fired on a convoy", "the convoy came under fire", "gunmen killed a dozen
    demonstrators"): the target of that deed, not a deployment or a protest of its own."""
    tok = t.tok
    if tok.pos_ not in ("NOUN", "PROPN") or not (t.tdef.plover == "MOBILIZE" or (
            t.tdef.plover == "PROTEST" and lemma(tok) in person_nouns())):
        return False  # (a protest noun naming people: "gunmen slaughtered 12 demonstrators" is force used on a protest)
    heads = {tok.head.i} | ({tok.head.head.i} if tok.dep_ == "pobj" else set())
    if tok.dep_ == "nsubj" and any(c.tok.i == tok.head.i and "fire" in c.pattern.deps and c.tok.lemma_.lower() == "come"
                                   for c in cands):
        return True  # "the convoy came under fire": the convoy is shot at
    if tok.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    return any(c.tok.i in heads and c.tdef.event_type in VIOLENT_TYPES for c in cands if c is not t)


MONTH_WORDS = frozenset({"march", "may"})
DATE_PREPS = frozenset({"in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "of",
                        "from", "through", "before", "after", "during", "this", "each", "every"})


def month_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "March" the month: a date entity, a capital inside the sentence, or next to a day or a year."""
    if tok.lower_ not in MONTH_WORDS:
        return False
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prv = tok.nbor(-1) if tok.i > 0 else None
    if nxt is not None and nxt.like_num:
        return True
    if tok.text[:1].isupper() and (prv is not None and prv.lower_ in DATE_PREPS):
        return True
    return tok.text[:1].isupper() and tok.i != tok.sent.start and not any(c.dep_ == "det" for c in tok.children)


def exhortation(tok) -> bool:  # type: ignore[no-untyped-def]
    """A bare verb with no subject under "let" or under another such verb ("let's get together, seize a
    territory and expand it"): a call to act."""
    if tok.tag_ == "VB" and any(c.lemma_.lower() == "let" and c.tag_ == "VB" for c in tok.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True  # "let's get together, brothers, seize it": the parse hangs "let" below the verb
    cur = tok
    for _ in range(4):
        if cur.tag_ == "VB" and cur.head.lemma_.lower() == "let" and cur.head is not cur and any(
                c.dep_ == "nsubj" and c.lower_ in ("us", "'s") for c in cur.children):
            return True  # "let us rise and strike them": "us" read as the subject
        if cur.tag_ != "VB" or any(c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass") for c in cur.children):
            return False
        if cur.lemma_.lower() == "let":
            return True
        if cur.dep_ not in ("dep", "conj", "ccomp") or cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() == "let":
            return True
    return False


# deed nouns that a group "owns" when it claims them ("the TTP owned the attack"): never a thing held
CLAIMED_DEEDS = frozenset({"attack", "bombing", "blast", "explosion", "ambush", "raid", "assault", "killing",
                           "massacre", "shooting", "murder", "strike", "assassination", "abduction", "kidnapping"})


def held_weapon(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun that is the object of a verb of having or making ("producing a dirty bomb", "acquire
    missiles"), not of using; "carry out an attack" is a deed."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "dobj":
        return False
    verb = cur.head
    if verb.lemma_.lower() == "own" and lemma(cur) in CLAIMED_DEEDS:
        return False  # "the TTP owned the attack": a claim of the deed (South Asian English), no weapon held
    prt = [c for c in verb.children if c.dep_ == "prt"]
    if prt:  # "showed off missiles" (cue weapon_showing_phrasals); "set off a bomb" is a deed
        return f"{verb.lemma_.lower()} {prt[0].lower_}" in sense_cue("weapon_showing_phrasals")
    return verb.lemma_.lower() in sense_cue("weapon_holding_verbs")


_LIST_DEPS = frozenset({"conj", "appos", "pobj", "prep", "dobj", "nsubjpass", "attr", "npadvmod", "nmod", "compound"})


def listed_weapon(tok) -> bool:  # type: ignore[no-untyped-def]
    """A counted weapon noun in what a verb of taking, finding or having acts on ("seized 12 pistols and 3
    mortars with 30 shells", "took the guards' arms, among them 6 rifles and 2 grenades", "found 3 mines"): an inventory of things, not a weapon used (a number alone is no cue: "fired 40 rockets")."""
    if not any(c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod")) for c in tok.children):
        return False
    cur = tok
    for _ in range(8):
        if cur.dep_ not in _LIST_DEPS or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in sense_cue("inventory_verbs")
    return False


def struck_deal(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the agreements they had struck", "a deal struck in May": a verb of striking whose object is a bargain."""
    if tok.lemma_.lower() not in ("strike", "hit", "seal"):
        return False
    obj = child(tok, "dobj")
    if (obj is None or obj.lower_ in RELATIVE_WORDS) and tok.dep_ in ("relcl", "acl"):
        obj = tok.head  # "the blows that they have struck": the relative word stands for the noun
    return obj is not None and obj.lemma_.lower() in sense_cue("deal_nouns")


def place_subject(tok, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """ "Saraqib fell", "the town fell to the rebels": what falls is a place (or a word standing for one)."""
    subj = child(tok, "nsubj")
    if subj is None:
        return tok.dep_ in ("relcl", "acl", "conj")  # "the town, which fell": the parse hides the subject
    if any(s <= subj.idx < e for s, e in place_spans):
        return True
    return (lemma(subj) in SETTLEMENT_WORDS or subj.lower_ in sense_cue("territory_nouns")
            or lemma(subj) in sense_cue("territory_nouns") or subj.ent_type_ in ("GPE", "LOC", "FAC"))


def enters_place(tok, pos: str, onto, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """Whether what an invasion word enters is a place: the verb's object or passive subject, the noun's "of"
    phrase, is a place found in the text, a GPE/LOC, a settlement or a word for a country or land (cue
    ``land_nouns``); left unsaid ("troops invaded at dawn", "the invasion began") it may be one."""
    target = child(tok, "dobj", "nsubjpass") if pos == "VERB" else pobj(tok, "of")
    if target is None:
        return True
    if any(s <= target.idx < e for s, e in place_spans) or target.ent_type_ in ("GPE", "LOC"):
        return True
    lem = lemma(target)
    return lem in SETTLEMENT_WORDS or lem in onto.cue("land_nouns")  # not "area": "invaded the penalty area"


DESTINATION_PREPS = frozenset({"into", "toward", "towards"})


def ground_reached(tok, onto, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """Whether a movement verb's "into/toward" phrase names a place: a place found in the text, a settlement,
    or a word of ground held (cue ``ground_words``: outskirts, hills, positions)."""
    ground = onto.cue("ground_words")
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (lemma(obj) in SETTLEMENT_WORDS or lemma(obj) in ground
                                           or any(s <= obj.idx < e for s, e in place_spans)):
                    return True
    return False


def _taken(tok):  # type: ignore[no-untyped-def]
    """What a capture verb takes: its object or passive subject, or the noun it modifies."""
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
            c.dep_.startswith("nsubj") for c in tok.children):
        obj = child(tok.head, "nsubjpass")  # "one of the gunmen, who was wounded and captured": who was wounded
    # "the seized town"; and a verb the parser hangs before its noun whatever its tag ("The general seized
    # power" read as general/ADJ + seized/VBD + power): the noun it modifies is what is taken
    if obj is None and ((tok.dep_ in ("acl", "conj", "amod") and tok.tag_ == "VBN") or tok.dep_ == "amod"):
        obj = tok.head if tok.dep_ != "conj" else (tok.head.head if tok.head.dep_ == "acl" else None)
    if obj is None:
        obj = zero_relative_object(tok)  # "holding two soldiers its fighters seized on Sunday"
    if obj is None and tok.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        # "9,000 soldiers killed or captured" misparsed as a clause of its own: the noun just before the verbs
        first = tok.head if tok.dep_ == "conj" else tok
        prev = tok.doc[first.i - 1] if first.i > tok.sent.start else None
        if prev is not None and prev.pos_ in ("NOUN", "PROPN"):
            obj = prev
    return obj


def zero_relative_object(tok):  # type: ignore[no-untyped-def]
    """The noun a verb with a subject but no object describes as a relative clause with no relative word ("two
    soldiers its fighters seized", parsed as a clause of its own hung on the verb before): the noun just before
    the verb's subject, when that noun hangs on the verb the clause hangs on (branch subtypes17)."""
    subj = child(tok, "nsubj")
    if subj is None or tok.dep_ not in ("advcl", "ccomp", "relcl", "conj") or subj.i > tok.i:
        return None
    start = subj.left_edge.i
    if start <= tok.sent.start:
        return None
    prev = tok.doc[start - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.head.i != tok.head.i or prev.dep_ not in ("dobj", "nsubjpass"):
        return None
    return prev


def nothing_taken(tok, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """ "Take over" with nothing taken: no object or passive subject (of the verb or of its "over"), no noun it
    describes, and no place the gazetteer knows in a phrase of its own ("before we took over", "since he took
    over"): taking up an office or a task, no ground taken ("took over the town", "the base was taken over", "took
    over in Dondar" keep theirs)."""
    if _taken(tok) is not None or any(c.dep_ in ("dobj", "pobj") for p in tok.children if p.lower_ == "over"
                                      for c in p.children):
        return False
    return not any(any(s <= t.idx < e for s, e in place_spans) for c in tok.children if c.dep_ == "prep"
                   for t in c.subtree)


def building_part_taken(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """What a taking verb takes is a part of a building (cue ``building_parts``): its object, the object of its
    "over", or what its "control" is "of", by its noun or a compound before it ("took over two cell blocks", "taking
    control of one wing"; "took over several blocks of the city" is ground), or "control" told with no "of" where a
    verb joined to it by "and" takes a prison (cue ``prison_words``: "surrounded the prison and retook control")."""
    objs = [o for o in (_taken(tok),) if o is not None]
    objs += [c for p in tok.children if p.lower_ == "over" for c in p.children if c.dep_ in ("dobj", "pobj")]
    objs += [o for c in list(objs) if lemma(c) == "control" for p in c.children if p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    parts = sense_cue("building_parts")
    if any(_bare_control(c) for c in objs) and any(lemma(o) in onto.cue("prison_words") for o in _pair_objects(tok)):
        return True  # "surrounded the prison and retook control": control of the prison the paired verb names
    return any(lemma(o) in parts or any(c.dep_ == "compound" and lemma(c) in parts for c in o.children)
               for o in objs if lemma(o) != "control")


def _bare_control(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "control" told with no "of" what."""
    return lemma(tok) == "control" and not any(p.lower_ == "of" for p in tok.children)


def _pair_objects(tok):  # type: ignore[no-untyped-def]
    """The direct objects of the verbs joined to ``tok`` by "and" ("surrounded the prison and retook control")."""
    pair = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return [o for v in pair for o in v.children if o.dep_ == "dobj"]


def task_taken(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Take over" whose object is a task or an office (cue ``taken_tasks``: "a squad of detectives took over the
    investigation", "the case was taken over by prosecutors"): work taken up, no ground taken."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for p in tok.children if p.lower_ == "over" for c in p.children if c.dep_ in ("dobj", "pobj")]
    return bool(objs) and all(lemma(o) in sense_cue("taken_tasks") for o in objs)


# loads an aircraft or a drone drops, the object of their "drop" patterns (data/ontology.json, air/drone strike)
DROPPED_LOADS = frozenset({"munition"})
SEIZE_VERBS = frozenset({"capture", "seize"})  # verbs of taking that take people too (not "liberate", "retake")
ARMED_CREW = frozenset({"pilot", "crew", "gunner", "commander", "officer", "general", "colonel", "captain", "lieutenant",
                        "sergeant", "major", "corporal", "guard", "bodyguard", "policeman", "trooper", "peacekeeper"})


def taken_person(tok, onto: Ontology, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """A capture verb told as a deed ("seized the local mayor", "villagers captured by the militia") whose object is
    an unarmed person named by a person noun: an abduction, not ground. Not an armed person or a captive already
    (cues ``equipment_words``, ``armed_person_words``, ``military_targets``, ``armed_force_words``: "captured two
    soldiers", "captured its pilot", "seized the suspect": a battle's prisoners or an arrest, left alone), not "the
    captured villagers" (a participle before its noun describes them), not a place the gazetteer knows."""
    if tok.dep_ == "amod":
        return False
    obj = _taken(tok)
    if obj is None or obj.pos_ != "NOUN" or any(s <= obj.idx < e for s, e in place_spans):
        return False
    lem = lemma(obj)
    armed = (onto.cue("equipment_words") | onto.cue("armed_person_words") | onto.cue("military_targets")
             | onto.cue("armed_force_words") | onto.cue("nonstate_words"))
    return lem in person_nouns() and lem not in armed and lem not in ARMED_CREW


def not_territory(tok, equipment: frozenset[str], place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """What a capture verb takes is a thing or a person: its object or passive subject, or the noun it modifies;
    one "captured alive" is a person, whatever noun the parse hung the verb on ("the trial of the one gunman
    captured alive": branch precision16, quiet_reports9 v16)."""
    if any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "alive" for c in tok.children):
        return True
    obj = _taken(tok)
    if obj is None:
        return False
    if any(s <= obj.idx < e for s, e in place_spans):
        return False  # a place the gazetteer knows
    if obj.pos_ == "PRON" and obj.lower_ not in ("it", "which", "that"):
        return True
    if obj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in obj.children):
        # "eleven soldiers were killed and fourteen were captured": a bare count stands for people (a battle's
        # prisoners), not ground ("captured three of the towns" keeps its "of")
        return True
    # "the captured pilots", "captured its pilot": people taken (a capture or an arrest), not ground; "seized
    # counterfeit sneakers", "seized 40 kg of cocaine": goods (cue ``seized_goods``), not ground
    if lemma(obj) in sense_cue("seized_goods") or (lemma(obj) in sense_cue("goods_measures") and any(
            lemma(o) in sense_cue("seized_goods") for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj")):
        return True
    return lemma(obj) in equipment or obj.ent_type_ == "PERSON" or (obj.pos_ == "NOUN" and lemma(obj) in person_nouns())


SUPPLY_VERBS = frozenset({"promise", "pledge", "send", "supply", "deliver", "provide", "give", "sell", "transfer",
                          "ship", "offer", "buy", "receive", "acquire", "equip", "donate"})


def supplied(tok) -> bool:  # type: ignore[no-untyped-def]
    """A noun that is handed over: the object (or part of the object) of a supply verb."""
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":  # "including" is tagged a verb
            return cur.lemma_.lower() in SUPPLY_VERBS
    return False


CAUSE_MARKS = frozenset({"when", "after", "as"})
# time units from an hour up (data/time_lexicon.tsv's "unit" rows): "a day after", "two weeks after", "hours after"
_GAP_UNITS = ("H", "D", "W", "2W", "M", "Y", "DE", "CE")


def apart_in_time(clause) -> bool:  # type: ignore[no-untyped-def]
    """A "when/after/as" clause measured off by a span of an hour or more ("a day after soldiers clashed", "two weeks
    after a bomb exploded", "hours after"): an earlier incident of its own, not the cause of the deed it is under."""
    from sitrep.nlp.timelex import lexicon

    units = lexicon().units
    # (the span hangs from the clause's verb, or from its "after" when the parse puts it there: "10 days after")
    near = list(clause.children) + [g for c in clause.children if c.dep_ == "mark" for g in c.children]
    return any(c.dep_ == "npadvmod" and units.get(c.lemma_.lower()) in _GAP_UNITS for c in near)


def _own_date(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb has a date of its own among its dependents: "on Wednesday", "the following day", "two days later"."""
    for c in verb.children:
        if c.dep_ == "prep":
            if any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children):
                return True
        elif c.dep_ in ("npadvmod", "nsubj", "advmod", "tmod") and c.ent_type_ == "DATE":
            return True
    return False


def dated_apart(verb, conj) -> bool:  # type: ignore[no-untyped-def]
    """Two conjoined deeds each dated on its own ("killed a farmer on Wednesday and the following day attacked a
    village"): two incidents, the killing no toll of the later deed."""
    return _own_date(verb) and _own_date(conj)


def measured_after(clause) -> bool:  # type: ignore[no-untyped-def]
    """An "after/before" clause measured off by a span of an hour or more, the span on the clause, on the verb it
    hangs from or on its "after" (the parser's "a day" under "came" in "came a day after gunmen killed two"): an
    earlier or later deed of its own."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return bool(marks) and (apart_in_time(clause) or apart_in_time(clause.head) or apart_in_time(marks[0]))
CAUSE_TYPES = frozenset({"Explosions/Remote violence", "Outside ACLED", "Battles", "Violence against civilians"})


def cause_type(tdef: TypeDef) -> bool:
    """A deed that kills or wounds by itself: a blast, a weapon, a fight, an attack, an accident (not a
    dispersal or an arrest, whose wounded are told apart)."""
    return tdef.event_type in CAUSE_TYPES or tdef.code == "protests.excessive_force"
SEQUENCE_PREPS = frozenset({"after", "before", "amid", "following", "despite"})


def sequenced(tok) -> bool:  # type: ignore[no-untyped-def]
    """A nominal trigger in an "after/before/amid X" phrase: a separate, related event."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in SEQUENCE_PREPS


# verbs whose subject is a deed that brought something else about ("the shooting sparked protests", "the bombing
# prompted an offensive", "the killing led to clashes"): the deed is told as done, an event of its own
CONSEQUENCE_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "spur", "fuel", "lead"})


def consequence_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    """A nominal trigger that is the subject of a verb of bringing about ("The shooting of three guards sparked
    protests"): a separate event, told as done, not a part of what it caused."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in CONSEQUENCE_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children):
        return False  # "the shooting sparked protests": which shooting, of whom, is not told here
    verb = tok.head
    if verb.lemma_.lower() == "lead" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "the raid was led by X" / "the attack leads the news": no consequence
    return not any(c.dep_ in ("aux", "neg") and c.lower_ in ("could", "might", "may", "would", "will", "not", "n't")
                   for c in verb.children)  # "a shooting could spark unrest": no deed told


_FINITE = ("VBD", "VBZ", "VBP")


def clause_head(tok):  # type: ignore[no-untyped-def]
    severed = severed_result(tok)
    if severed is not None:
        return severed  # "gunmen on a motorcycle shot dead a woman on Monday": "dead" parsed as the clause's head
    if tok.tag_ == "VBG" and tok.i == tok.sent.start:
        # "Shelling hit X" parsed as a gerund root with "hit" as its xcomp: the gerund is the subject
        fin = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ in _FINITE), None)
        if fin is not None:
            return fin
    if tok.dep_ == "xcomp" and tok.tag_ in _FINITE and tok.head.tag_ == "VBG" and tok.head.i == tok.sent.start:
        return tok
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def told_apart(deed, gov, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``gov``, a plain verb of saying ("say", "add", "tell") between a deed verb with its own subject and a
    threat, denial or accusation above: the deed is the speaker's report, not part of the speech act."""
    if any(c.dep_ == "aux" and c.lower_ in onto.cue("modal_future") for c in deed.children):
        return False  # "saying they would kill anyone": still the threat
    return deed.pos_ == "VERB" and child(deed, "nsubj") is not None and gov.lemma_.lower() in (
        onto.cue("speech_verbs") - {"claim", "allege", "insist", "believe", "assert"})


def denied_deed(g: Group, host: Group, onto: Ontology) -> bool:
    """``g``, a violent deed told with its own subject in a clause under a verb of denial ("the army denied that it
    shelled the village", "denied its troops had fired on the crowd"): the deed is an event of its own that the
    denier says did not happen (modality denied), not only the denial's content."""
    deed = g.primary(onto).tok
    return (g.primary(onto).tdef.event_type in VIOLENT_TYPES and g.head.pos_ == "VERB" and g.head.dep_ == "ccomp"
            and g.head.head.i == host.head.i and host.head.lemma_.lower() in onto.cue("deny_verbs")
            and child(g.head, "nsubj") is not None and deed.i == g.head.i)


def shots_fired(t: Trigger) -> bool:
    """ "fired at/on X": shots that, like a generic "killed", join the deed of the clause they hang on ("police
    shot a man after he fired at officers")."""
    return t.pattern.head == "fire" and bool(t.pattern.deps) and t.pattern.deps[0] in FIRE_PREPS


def group_triggers(trigs: list[Trigger], onto: Ontology) -> list[Group]:
    """One group per clause head; generic killings merged into their weapon, embedded actions into threats/denials."""
    groups: dict[int, Group] = {}
    kill = onto.cue("kill_lemmas")
    for t in trigs:
        h = trigger_head(t, onto, kill)
        groups.setdefault(h.i, Group(h, [])).triggers.append(t)
    join_generic_killings(groups, onto, kill)
    join_shared_assaults(groups, onto)
    embed_in_speech_acts(groups, onto)
    return [groups[k] for k in sorted(groups)]


def trigger_head(t: Trigger, onto: Ontology, kill: frozenset[str]):  # type: ignore[no-untyped-def]
    """The token whose group ``t`` joins: its clause head, or the trigger itself when it is an event of its own."""
    h = clause_head(t.tok)
    if sequenced(t.tok) and t.tok.lemma_.lower() not in kill and t.tdef.event_type != "Battles":
        h = t.tok  # "seized X after heavy shelling": the shelling is an event of its own
    elif t.tdef.event_type in VIOLENT_TYPES and consequence_subject(t.tok):
        h = t.tok  # "the shooting of three guards sparked protests": the shooting is an event of its own
    elif t.tdef.event_type in VIOLENT_TYPES and (charged_deed(t.tok) or accused_deed(t.tok) or legal_sequel_deed(t.tok)):
        h = t.tok  # "X was charged with murder in the shooting": the shooting happened; X is its accused doer
        # ("blamed X for the attack", "accused X of bombing Y": the deed, X its accused doer, told as a claim)
    elif t.tdef.event_type in VIOLENT_TYPES and protest_grievance(t.tok, onto):
        h = t.tok  # "protested the shelling of their villages": the protest and the shelling are two events
    return h


def join_generic_killings(groups: dict[int, Group], onto: Ontology, kill: frozenset[str]) -> None:
    """A generic "killed"/"wounded" clause joins the weapon clause it depends on or follows (in place)."""
    order = sorted(groups)
    for i in order:
        g = groups.get(i)
        if g is None or not all(t.tok.lemma_.lower() in kill or shots_fired(t) for t in g.triggers) or charged_deed(g.head) \
                or accused_deed(g.head):
            continue  # (a deed a legal charge or an accusation names stays apart: "charged the officer with killing X",
            # "accused the rebels of killing 12 soldiers")
        target = killing_host(groups, order, i, onto)
        if target is not None and (target.primary(onto).tdef.event_type != "Strategic developments"
                                   or target.primary(onto).tdef.code == "sd.agreement"):
            target.triggers.extend(g.triggers)  # ("burned houses and killed 14 villagers", "arrested and killed":
            del groups[i]  # the killing is no property destruction or arrest, it stays the event carrying the toll)


def killing_host(groups: dict[int, Group], order: list[int], i: int, onto: Ontology) -> Optional[Group]:
    """The group the generic killing headed at ``i`` belongs to: a deed under it, the clause it hangs on, or the
    clause just before it in the same sentence whose subtree holds everything between; None: a deed of its own."""
    v = groups[i].head
    target = None
    inner = [groups[k] for k in order if k != i and k in groups and any(
        c.i == k and not dated_apart(v, c) and not passive_after_active(v, c)
        for c in v.children if c.dep_ == "conj")]  # ("killed a woman and was then shot by officers": two deeds)
    # "killed when a fuel tanker exploded", "injured after a gas cylinder blew up": the cause (a blast, a
    # weapon, an accident) told in a "when/after/as" clause under the killing
    inner += [groups[k] for k in order if k != i and k in groups
              and cause_type(groups[k].primary(onto).tdef) and any(
                  c.i == k and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in c.children)
                  and not apart_in_time(c) for c in v.children if c.dep_ == "advcl")]
    inner += [groups[k] for k in order if k != i and k in groups and groups[k].head.pos_ != "VERB"
              and sequenced(groups[k].head) and groups[k].head.head.head.i == v.i]
    if inner:
        target = inner[0]  # "killed and wounded in an attack", "killed after shelling"
    elif v.dep_ == "advcl" and measured_after(v) and child(v, "nsubj", "nsubjpass") is not None:
        pass  # "The bombing came a day after gunmen killed two workers": an earlier deed of its own, with its doer
    elif v.dep_ in ("advcl", "conj", "xcomp") and v.head.i in groups and v.head.i != i:
        target = groups[v.head.i]
    elif v.dep_ in ("ccomp", "parataxis") and child(v, "nsubj") is not None:
        pass  # "condemned the raid, saying gunmen killed two": a told killing with its own subject stays apart
    else:
        for j in reversed([k for k in order if k < i and k in groups]):
            h = groups[j].head
            between = range(h.i + 1, v.i)
            sub = {x.i for x in h.subtree}
            if all(b in sub for b in between) and h.sent == v.sent:
                target = groups[j]
            break
    return target


def join_shared_assaults(groups: dict[int, Group], onto: Ontology) -> None:
    """ "beating and kicking them", "tortured and executed hundreds": one assault told by two verbs that share
    their doer and their victim (the second has no subject of its own, the first no object) is one event (in place)."""
    for i in sorted(groups):
        g = groups.get(i)
        v = g.head if g is not None else None
        if v is None or v.dep_ != "conj" or v.pos_ != "VERB" or v.head.i == i or v.head.i not in groups \
                or child(v, "nsubj", "nsubjpass") is not None or child(v.head, "dobj") is not None:
            continue  # ("shot his wife and then opened fire on protesters": each verb its own victim, two deeds)
        host = groups[v.head.i]
        if g.primary(onto).tdef.code == "vac.attack" and host.primary(onto).tdef.code == "vac.attack":
            host.triggers.extend(g.triggers)
            del groups[i]


def embed_in_speech_acts(groups: dict[int, Group], onto: Ontology) -> None:
    """An action inside a threat or denial is part of it ("threatened to strike", "denied carrying out") (in place)."""
    for i in sorted(groups):
        g = groups.get(i)
        if g is None or g.primary(onto).tdef.plover in SPEECH_ACTS or charged_deed(g.head) or legal_sequel_deed(g.head) or (
                g.primary(onto).tdef.event_type in VIOLENT_TYPES and (accused_deed(g.head) or charged_that(g.head))):
            continue  # (a deed a legal charge names happened: "charged with murder in the shooting")
        for gov in governors(g.head):
            if past_setting(g.head, gov):
                break  # "blamed the separatists after a bomb killed six": the bombing is the setting, not the blame
            if gov.i not in groups and told_apart(g.head, gov, onto):
                break  # "condemned the raid, saying gunmen killed two": the saying tells the deed as a fact
            host = groups.get(gov.i)
            if host is not None and host.primary(onto).tdef.plover == "REJECT" and deed_spoken_of(
                    g.primary(onto).tok, {t.tok.i for t in host.triggers}):
                break  # "refused to give details about the shooting": the shooting happened, only the details refused
            if host is not None and host is not g and denied_deed(g, host, onto):
                break  # "the army denied that it shelled the village": the shelling is an event of its own, denied
            if host is not None and host is not g and host.primary(onto).tdef.plover in SPEECH_ACTS:
                host.embedded.append(g)
                del groups[i]
                break



def shared_time(verb, conj) -> set[int]:  # type: ignore[no-untyped-def]
    """ "killed or wounded more than 6,000 people worldwide last year": the time a subjectless conjoined deed verb
    (another event's head) ends on is the first verb's too, where that one has none of its own (branch
    precision18, quiet_reports12 y17)."""
    if conj.dep_ != "conj" or conj.pos_ != "VERB" or child(conj, "nsubj", "nsubjpass") is not None \
            or child(verb, "npadvmod") is not None:
        return set()
    return {w.i for c in conj.children if c.dep_ == "npadvmod" for w in c.subtree}


def clause_tokens(group: Group, other_heads: set[int]) -> set[int]:
    """Token indices of the group's clause(s), without conjoined verbs, speech complements or other events."""
    own = {t.i for t in group.heads()}
    out: set[int] = set()
    stack = list({t.i: t for t in group.heads()}.values())
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out.add(t.i)
        for c in t.children:
            if c.i in other_heads and c.i not in own:
                out.update(shared_time(t, c))
                continue
            if c.dep_ in ("conj", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and c.i not in own:
                if not (c.dep_ == "conj" and child(c, "nsubj", "nsubjpass") is None):
                    continue  # "retaliated and neutralised 40 fighters": the same deed goes on
            stack.append(c)
    return out

