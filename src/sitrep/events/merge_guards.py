"""Split guards: what keeps two otherwise compatible mentions of one article apart as two incidents (events/merge.py):

- :func:`told_separate`: "In a separate attack", "Separately", "Elsewhere", "another bombing", "a second car
  bomb", or a lapse of time / another time of day before a deed told with its own weapon;
- :func:`moves_on`: a sentence opening on a town of its own (a round-up's next item), or "also" with a new device;
- :func:`sums_several`: a count summed over several incidents ("the attacks killed 40 in all");
- :func:`victims_apart`, :func:`agents_apart`, :func:`police_on_the_doer`: two parties hit, or two deeds of one
  sentence by different hands (merged, the police would become the bombers or the killers);
- :func:`across_caption`: a photo caption beside the prose (:func:`caption`);
- :func:`marked_apart`: the article's words keep two mentions apart, read by the story merge and story total too.

Evidence: roundup_reports, mixed_reports*, terror_reports* (two car bombs of one city and day are two incidents),
merge._LAPSE note in bench/README.md ("shortly after 9 pm" gives a time of day, not a lapse)."""
from __future__ import annotations

import re

from sitrep.events.counter_crowd import counter_apart
from sitrep.events.cues import sense_cue
from sitrep.events.dropped_bombs import bombs_going_off
from sitrep.events.merge_dates import NEAR_CHARS
from sitrep.events.merge_places import COARSE_PLACES, same_spot, weak_place
from sitrep.events.merge_pointers import described_deed, points_back
from sitrep.events.merge_protest import protest_pair
from sitrep.events.merge_tellings import stems
from sitrep.events.merge_together import told_in
from sitrep.events.merge_types import bare_deed, generic
from sitrep.events.protest_towns import towns_apart
from sitrep.model import EventMention


def _evidence_together(a: EventMention, b: EventMention) -> bool:
    """Something other than the victims says two mentions tell one incident: the later one follows within a
    paragraph, or is a bare restatement (a generic trigger, or background), or both are placed at the same
    town by their own clauses."""
    if b.sentence.start - a.sentence.end <= NEAR_CHARS or b.modality == "background":
        return True
    if generic(b) and points_back(b):
        return True  # "in the attack", "the explosion": a definite noun pointing back
    return not weak_place(a) and not weak_place(b)


def victims_apart(a: EventMention, b: EventMention) -> bool:
    """Two victims that both say who was hit ("a trade union federation", "the Lindqvist family") and share no
    word are two parties; a specific victim and a general one ("civilians", "three people") may be one incident's
    victims told twice. Either pair only merges with evidence of its own (:func:`_evidence_together`): an
    incident's victims told apart from another's far down the report ("Civilians were also killed in ...") are
    another incident's."""
    x, y = a.actor2, b.actor2
    if x is None or y is None or x.entity_id == y.entity_id:
        return False
    sx, sy = stems(x), stems(y)
    if not sx and not sy:
        return False  # two general tellings ("the victims", "12 persons")
    if sx and sy and sx & sy:
        return False  # "reporters" ... "reporter Ana Tulo"
    return not _evidence_together(a, b)


def police_on_the_doer(a: EventMention, b: EventMention) -> bool:
    """``b``, a deed of the police or troops told after ``a`` in ``a``'s sentence, naming no victim, where ``a`` has no
    doer ("A man shot and killed a woman ... and was then fatally shot by officers", "A man stabbed three people ...
    and was shot dead by police"): the police acted on ``a``'s unnamed doer, a deed of their own; merged, the
    police would become the killers (the attacker's death is added to ``a``'s toll by attacker_death)."""
    from sitrep.events.attacker_death import forces_doer
    return (a.sentence.start == b.sentence.start and a.actor1 is None and b.actor2 is None and forces_doer(b)
            and a.trigger is not None and b.trigger is not None and a.trigger.start < b.trigger.start)


def agents_apart(a: EventMention, b: EventMention) -> bool:
    """Two deeds of one sentence, one with an explicit agent and the other a deed of another kind with a weapon of
    its own and no agent ("a car bomb went off by the depot as officers fired into the air"): the agent is its own
    clause's, and the deeds are two events (merged, the police would become the bombers)."""
    if a.sentence.start != b.sentence.start or (a.actor1 is None) == (b.actor1 is None) \
            or a.sub_event_type == b.sub_event_type:
        return False
    bare = a if a.actor1 is None else b
    return not generic(bare) and not bombs_going_off(b if bare is a else a, bare)  # the strike's own bombs going off


# the text marks a mention as another incident: "In a separate attack, ...", "Separately, ...", "in another
# incident", "Elsewhere, ..." before its trigger, or "another attack", "a second car bomb", "a third kidnapping" as
# its trigger or the weapon before it (an ordinal or "another" before a deed or a weapon counts one more of them)
_DEED_OR_WEAPON = (r"(?:attack|incident|bombing|shooting|raid|ambush|blast|explosion|clash|assault|killing|murder|"
                   r"kidnapping|abduction|bomb|car[- ]bomb|grenade|device|charge|dynamite|rocket|mortar|mine|"
                   r"massacre|strike|arson|fire)s?")
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|elsewhere|(?:another|a\s+(?:second|third|fourth|fifth|further|new))\s+"
                       r"(?:[\w-]+\s+){0,2}?" + _DEED_OR_WEAPON + r")\b", re.I)
# a lapse of time before a deed of its own: "Within ten minutes a truck bomb went off ...", "An hour later gunmen
# fired on ...", "Minutes later, ..." -- the next deed of a series, not the one just told ("shortly after 9 pm",
# "shortly after dawn" give the time of day, no lapse: "Shortly after 9 pm riot police moved in" tells the sit-in's end)
_LAPSE = re.compile(r"\b(?:within\s+(?:an?|\d+|[a-z]+)\s+(?:minutes?|hours?)|(?:an?|\d+|[a-z]+|some|several|few)\s+"
                    r"(?:minutes?|hours?)\s+later|(?:minutes|hours)\s+later|shortly\s+after(?:wards)?\b(?!\s+(?:\d|midnight|noon|dawn|daybreak|dusk|sunrise|sunset|nightfall)))", re.I)

# a sentence that opens on another time of the same day or week: "Earlier on Sunday, ...", "Later that day, ...",
# "Earlier in the day, ..." (the deed told next is not the one just told)
_OTHER_TIME = re.compile(r"^\W*(?:earlier|later)\s+(?:on|in|that|this)\b", re.I)


def told_separate(m: EventMention) -> bool:
    """Whether the words of ``m``'s sentence up to its trigger mark it as another incident: "separately",
    "elsewhere", "another bombing", "a second car bomb", or, for a deed told with its own weapon or manner (not a
    bare "killed", not "the attack" pointing back), a lapse of time ("within ten minutes", "an hour later") or a
    sentence opening on another time ("Earlier on Sunday, a woman blew herself up ...")."""
    if m.trigger is None:
        return False
    head = m.sentence.text[:max(0, m.trigger.end - m.sentence.start)]
    if _SEPARATE.search(head):
        return True
    return not bare_deed(m) and not points_back(m) and bool(_LAPSE.search(head) or _OTHER_TIME.match(head))


# a sentence that opens on a place of its own, set off by a comma: "In Tolbrin, ...", "Near the border town of X, ..."
# (a round-up's way of moving to the next incident)
_FRONTED_PLACE = re.compile(r"^\W*(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,5}?[A-Z][\w.'-]*\s*,", re.I)
# an indefinite article before a weapon: "a car bomb", "an explosive device" (a new device, not the one told)
_A_WEAPON = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bomb|car[- ]bomb|grenade|device|charge|rocket|mortar|"
                       r"mine|missile|explosives?)\b", re.I)


def moves_on(a: EventMention, b: EventMention) -> bool:
    """The words of ``b`` (later, in a sentence of its own) move on to another incident, though nothing clashes:

    - its sentence opens on a place of its own that is not ``a``'s ("In Tolbrin, the mayor was also kidnapped"
      after a kidnapping placed elsewhere or only by the report: a round-up's next item);
    - both deeds are of one specific kind (two bombings, two kidnappings; not a bare "killed" nor "the attack") and
      ``b`` adds a weapon brought in with an indefinite article ("a car bomb also exploded at the Telmar embassy"
      after a car bomb at another embassy: a second device). Without "also" an indefinite weapon is often the
      first one described again ("rebels had hidden a bomb in a parked van", "police said a bomb of ten kilos
      was used").
    Pointing back ("In Tolbrin, the attack ...") keeps them together."""
    if told_in(a, b) or b.modality == "background" or b.trigger is None or points_back(b) or described_deed(b):
        return False
    head = b.sentence.text[:max(0, b.trigger.end - b.sentence.start)]
    if b.place is not None and b.place_source in ("clause", "sentence") and b.place.precision not in COARSE_PLACES \
            and _FRONTED_PLACE.match(head) and not same_spot(a, b):
        return True
    return (a.sub_event_type == b.sub_event_type and not bare_deed(a) and not bare_deed(b)
            and bool(_A_WEAPON.search(head)) and bool(re.search(r"\balso\b", b.sentence.text, re.I)))


def sums_several(m: EventMention) -> bool:
    """A count told of several incidents at once ("the attacks killed 40 in all": ``stories.told_apart``)."""
    from sitrep.stories.told_apart import counts_deeds, is_round_up, told_as_sum

    if m.fatalities is None:
        return False
    if m.sub_event_type == "Armed clash" and not told_as_sum(m) and not counts_deeds(m):
        return False  # "the clashes killed 12": one battle told by a plural noun, unless its count is told as a sum
        # or of a number of deeds ("killed in two separate attacks")
    return is_round_up(m)


def marked_apart(a: EventMention, b: EventMention, sums: bool = True) -> bool:
    """Two mentions of one article that its words tell as two incidents (whichever comes first): the later one
    marked as another (:func:`told_separate`), moving on to another town or device (:func:`moves_on`), or (with
    ``sums``) one of them a count summed over several incidents. For the story merge and the story total, which must
    not join again what the article kept apart so (they see the article's incidents as mentions)."""
    if a.article_id != b.article_id or a.sentence.start == b.sentence.start:
        return False
    first, later = (a, b) if a.sentence.start < b.sentence.start else (b, a)
    return told_separate(later) or moves_on(first, later) or (sums and sums_several(a) != sums_several(b)) \
        or (protest_pair(a, b) and (counter_apart(a, b) or towns_apart(a, b)))


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|being)\s+(?:\w+ly\s+)?$", re.I)


def caption(m: EventMention) -> bool:
    """The mention is read off a photo caption: its sentence says what a picture shows, by a word of
    ``caption_words`` (data/event_sense_cues.tsv) after a form of "be" ("A burnt car is pictured after an air strike
    on X"). Not a name's aside inside the prose ("Dr X (pictured), a surgeon, said ...")."""
    text = m.sentence.text
    for w in sense_cue("caption_words"):
        for hit in re.finditer(rf"\b{w}\b", text, re.I):
            if _BE_BEFORE.search(text[max(0, hit.start() - 30):hit.start()]):
                return True
    return False


def across_caption(a: EventMention, b: EventMention) -> bool:
    """One mention is read off a photo caption and the other off the report's prose, in another sentence: the
    picture may show another deed than the one the prose tells next to it (a strike on a neighbourhood last month
    beside the army's advance today), and nothing but their nearness joins them, so neither lends the other its
    doer or its victim."""
    return a.sentence.start != b.sentence.start and caption(a) != caption(b)
