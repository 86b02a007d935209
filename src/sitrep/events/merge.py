"""One event per incident within an article: restatements of one violent incident are merged.

A report of one shooting says "attack", "explosion", "killed", "wounded" and "the attack" again in later
sentences; each sentence yields a mention, but they are one incident. :func:`merge_restatements` folds a
violent mention into an earlier one of the same article when nothing tells them apart:

- both violent (Battles, Explosions/Remote violence, Violence against civilians), or both a protest or riot
  (the strongest reading wins: violent > excessive force > intervention > peaceful), with the same modality, or
  the later one a background restatement ("the attack showed ...");
- dates compatible: the same day, or one known only from the report's date (then the later one must be a
  bare restatement, a background reference, or follow within a paragraph);
- places compatible: the same place (within ~10 km), or one placed only by the article, or by nothing, or by a
  province/country that contains the other;
- actors compatible: no two different actor1s, no two different actor2s, except that a victim told
  by a description (an ``x:`` id) fits another description or a dictionary actor, since one incident's victims are
  described in several ways;
- types compatible: the same sub-type, or at most one of them read off a specific weapon (a bare
  "attack"/"killed"/"explosion", an Armed clash only by its parties included, joins the strike or bombing it
  restates, which lends it its sub-type: :func:`bare_deed`); territory taken merges only
  with the same sub-type at a place both name (each town taken is an incident);
- the later one's sentence does not mark another incident up to its trigger ("In a separate attack", "Separately",
  "Elsewhere", "another bombing": :func:`told_separate`).

The earlier (or more specific) mention keeps its fields, takes the other's fatality count where it has none,
its figures and actor2 where missing, and lists the other's sentence in ``evidence``. Its victim (actor2) gives way
to the other's when the other's telling is richer (:func:`richer_victim`: "two peasant leaders" over "the
victims", "the outstanding general" over "the general"), so that a restatement does not lose who was hit. Cost: each mention is
compared with the incidents kept so far in its article (a handful).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Optional

from sitrep.events.clash_sides import sides_swapped
from sitrep.events.counter_crowd import counter_apart
from sitrep.events.protest_towns import towns_apart
from sitrep.events.cues import sense_cue
from sitrep.events.date import shifts_away
from sitrep.events.increment import increment_told_in
from sitrep.events.nation_part import whole_over_nation_part
from sitrep.events.paired_doers import lends_no_doer
from sitrep.events.roles import _DET
from sitrep.events.forces_excuse import forces_excuse
from sitrep.events.firefight import firefight_retold, shelling_in_fight
from sitrep.events.retold_protest import retold_target
from sitrep.events.return_fire import defence_retold, fights_the_doers
from sitrep.events.vague_first import blast_day_within, vague_first_telling
from sitrep.events.victims_account import victims_account_kept
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.nlp.actor_lexicon import UNK_PREFIX
from sitrep.resources import data_rows

GENERIC_SUBTYPES = frozenset({"Attack", None})
# an explosion or blast is what any strike or bomb does: as a trigger it names no weapon; nor does "the bombing",
# which retells a suicide bombing, a grenade or an air raid as well as a planted bomb (branch subtypes16)
GENERIC_TRIGGERS = frozenset({"explosion", "explosions", "blast", "blasts", "exploded", "explode", "explodes", "detonation",
                              "bombing", "bombings"})
BOMB_WORDS = frozenset({"bomb", "bombs"})


def generic(m: EventMention) -> bool:
    return m.sub_event_type in GENERIC_SUBTYPES or (
        m.sub_event_type == "Remote explosive/landmine/IED" and m.trigger is not None
        and m.trigger.text.lower() in GENERIC_TRIGGERS)


AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"


def bomb_word(m: EventMention) -> bool:
    """An IED read off "bomb" or "bombs" alone: it may be the load an aircraft dropped ("jets dropped bombs on the
    market ... Two bombs struck it", branch subtypes17), so it restates the air strike its report tells."""
    return m.sub_event_type == "Remote explosive/landmine/IED" and m.trigger is not None \
        and m.trigger.text.lower() in BOMB_WORDS
STRIKE_WORDS = frozenset({"strike", "strikes", "struck", "hit", "hits"})


def unstated_strike(m: EventMention) -> bool:
    """A strike told with no weapon ("the strike hit a vehicle", "the refinery had been struck", "precision
    strikes"): typed a shelling only because no aircraft is named in its sentence, so it may restate the air or
    drone strike its report tells; a sentence naming a gun, shell, rocket or missile keeps it a shelling of its
    own."""
    if m.sub_event_type != SHELLING or m.trigger is None or m.trigger.text.lower() not in STRIKE_WORDS:
        return False
    from sitrep.events.ontology import load_ontology

    guns = load_ontology().cue("instrument_shelling")
    return not any(w.startswith(g) for w in re.findall(r"[a-z]+", m.sentence.text.lower()) for g in guns)


def bare_deed(m: EventMention) -> bool:
    """A generic mention, or an Armed clash read off a word that names no weapon and no manner of fighting
    ("attacked", "killed", "wounded": ``bare_deed_stems`` of data/event_sense_cues.tsv): its sub-type comes from
    its parties, so it restates the bombing or shelling of its incident as a bare "attack" does ("rebels attacked
    the post" ... "two car bombs went off at its gate")."""
    if generic(m):
        return True
    if m.sub_event_type != "Armed clash" or m.trigger is None:
        return False
    word = m.trigger.text.lower()
    return any(word.startswith(s) for s in sense_cue("bare_deed_stems"))
NEAR_KM = 10.0
_COARSE_PLACES = frozenset({"province", "country", "region", "district"})


def _km(a, b) -> float:  # type: ignore[no-untyped-def]
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def weak_place(m: EventMention) -> bool:
    return m.place is None or m.place_source == "article" or m.place.precision in _COARSE_PLACES


def _passing_foreign_place(a: EventMention, b: EventMention) -> bool:
    """One mention is placed only by a name elsewhere in its sentence, outside its own clause, in another country than
    the other's place: a place named in passing ("kidnapped on his way to catch a plane to Managua", "engineers
    kidnapped in X will arrive in Lisbon", "leaders in Vilnia talk of peace while people are murdered"), not where
    the deed happened. Within one country a place of the sentence may still be the deed's own (a parse that left it
    out of the clause), so it still keeps incidents apart."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or not pa.country or not pb.country or pa.country == pb.country:
        return False
    if _named_by_place(a) or _named_by_place(b):
        return False  # "the Paris attack": a deed named by its town is there, whatever the other sentence names
    return (a.place_source == "sentence") != (b.place_source == "sentence")


def _named_by_place(m: EventMention) -> bool:
    """The deed noun is named by its place, the place's name right before it ("the Paris attack", "the Kabul
    bombing")."""
    p, t = m.place, m.trigger
    if p is None or t is None or p.span is None or p.span.article_id != t.article_id:
        return False
    return 0 <= t.start - p.span.end <= 1 and p.span.end <= t.start


def _victim_named_in(a: EventMention, b: EventMention) -> bool:
    """``b``'s victim is a person named in the text of ``a``'s incident: the last word of its telling, capitalised
    there ("Tomas Rendel was killed near the port" after "police confirmed that Rendel died last night ..."),
    found among the words of ``a``'s sentence or evidence."""
    v = b.actor2
    if v is None or not v.entity_id.startswith(("x:", UNK_PREFIX)):
        return False
    words = re.findall(r"[^\W\d_]+", _telling(v))
    if not words or not words[-1][:1].isupper() or len(words[-1]) < 3 or words[-1].lower() in _generic_victim_words():
        return False
    name = words[-1].lower()
    return any(name in re.findall(r"[^\W\d_]+", sp.text.lower()) for sp in [a.sentence, *a.evidence])


def places_compatible(a: EventMention, b: EventMention) -> bool:
    if _passing_foreign_place(a, b):
        return True
    if "sentence" in (a.place_source, b.place_source) and (_victim_named_in(a, b) or _victim_named_in(b, a)):
        return True  # one person's killing, one of its tellings placed only by a name elsewhere in its sentence
    if weak_place(a) or weak_place(b):
        if a.place is not None and b.place is not None and a.place.country and b.place.country \
                and a.place.country != b.place.country:
            return False
        return True
    pa, pb = a.place, b.place
    if pa.geonameid and pa.geonameid == pb.geonameid:
        return True
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return pa.name == pb.name
    return _km(pa, pb) <= NEAR_KM


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    if a.date_precision == "reported" or b.date_precision == "reported" or a.date_start is None or b.date_start is None:
        return True
    return (a.date_start, a.date_end) == (b.date_start, b.date_end) or (
        a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start)
        and "day" in (a.date_precision, b.date_precision) and a.date_precision != b.date_precision) or (
        day_within_span(a, b))  # (a day told first and "Hours later, gunmen attacked" is another deed)


def _day_span(m: EventMention) -> bool:
    """A run of days ("hours before Wednesday's hearing": Tuesday to Wednesday), not one day."""
    return m.date_precision == "day" and m.date_end is not None and m.date_end != m.date_start


def day_within_span(a: EventMention, b: EventMention) -> bool:
    """``b`` (told later) has one day inside ``a``'s run of days: "hours after a grenade was thrown" (Tuesday to
    Wednesday) and "The grenade was hurled late on Tuesday" tell one day, as a coarser date beside a day does."""
    return _day_span(a) and not _day_span(b) and b.date_precision == "day" and a.date_end is not None \
        and a.date_start <= b.date_start <= a.date_end


def same_actor(x, y) -> bool:  # type: ignore[no-untyped-def]
    return x is None or y is None or x.entity_id == y.entity_id


def _same_victim(x, y) -> bool:  # type: ignore[no-untyped-def]
    """Victims told by a description clash with nothing but a name: a report describes one incident's victims in
    several ways ("seven presidential guards" ... "12 soldiers were injured" ... "the guards who were attacked"),
    so a description (an ``x:`` id of events/victim_nouns) fits another description or a known actor of the
    dictionary; a name not in the dictionary (``unk:``, "the Coastal Brigade") is a party of its own."""
    if same_actor(x, y):
        return True
    ids = (x.entity_id, y.entity_id)
    if any(i.startswith("x:") for i in ids) and not any(i.startswith(UNK_PREFIX) for i in ids):
        return True
    if all(_described_victim(a) for a in (x, y)):
        return True  # "an army patrol was ambushed" ... "three civilians were wounded in the ambush"
    return same_person_named(x, y)


_DESCRIBED_ROLES = frozenset({"MIL", "POLICE", "CIVILIANS"})  # data/actor_roles.tsv roles a bare noun is given


def _described_victim(a: ActorRef) -> bool:
    """A victim told by a description (an ``x:`` id) or by a generic role that a bare noun takes ("a soldier" ->
    Military Forces of X, "two civilians" -> Civilians): one incident's victims are described in several ways."""
    if a.entity_id.startswith("x:") or a.entity_id == "CIVILIANS":
        return True
    return not a.entity_id.startswith(UNK_PREFIX) and role_entry(a).get("role") in _DESCRIBED_ROLES


def same_person_named(x: ActorRef, y: ActorRef) -> bool:
    """Two tellings of a victim outside the actor dictionary (a name, or a description with a name in it) that
    share the last word of one of them, the surname a report goes back to: "Colonel Ana Varga" ... "Varga",
    "Dr Ana" ... "Ana Varga" (a name cut short). A dictionary actor is never joined so."""
    if not all(i.startswith(("x:", UNK_PREFIX)) for i in (x.entity_id, y.entity_id)):
        return False
    wx, wy = _own_words(x), _own_words(y)
    if not wx or not wy:
        return False
    return wx[-1] in wy or wy[-1] in wx


# words that make a description of a doer another party ("another commando", "a rival gang")
_OTHER_PARTY = frozenset({"another", "other", "second", "rival", "separate"})


@functools.lru_cache(maxsize=1)
def _side_words() -> frozenset[str]:
    """Words that name an armed side or force in a description of a doer: the ontology's armed-force words, the
    generic names of armed sides of data/generic_group_words.tsv, and "police"."""
    from sitrep.events.generic_actors import generic_words
    from sitrep.events.ontology import load_ontology

    return frozenset(load_ontology().cue("armed_force_words") | generic_words("side") | {"police", "policeman", "policemen"})


def _same_agent(x, y) -> bool:  # type: ignore[no-untyped-def]
    """Doers (actor1) of one incident: the same actor, or two descriptions (``x:`` ids) of unnamed doers that
    share a word ("guerrilla units" ... "urban guerrilla commandos") or of which neither names an armed side or
    force ("an armed group" ... "alleged members"; "paid assassins" ... "unidentified persons"); "soldiers" and
    "guerrillas" are two sides, and "another commando" another party."""
    if same_actor(x, y) or branch_and_parent(x, y):
        return True
    if not (x.entity_id.startswith("x:") and y.entity_id.startswith("x:")):
        return _unidentified_described(x, y)
    if any(w in _OTHER_PARTY for a in (x, y) for w in re.findall(r"\w+", _telling(a).lower())):
        return False
    wx, wy = _stems(x), _stems(y)
    if wx & wy:
        return True
    side = _side_words()
    return not any(w in side or w + "s" in side for w in wx | wy)


_OWN = frozenset({"its", "their", "his", "her", "our"})


def _claimants_own(a) -> bool:  # type: ignore[no-untyped-def]
    """ "The Islamic State said its men attacked a police post": a speaker's own men, not an unnamed doer."""
    return a.span is not None and any(w in _OWN for w in re.findall(r"\w+", a.span.text.lower()))


def branch_and_parent(x, y) -> bool:  # type: ignore[no-untyped-def]
    """One doer is the other's parent group in the actor dictionary ("Insurgents linked to the Islamic State killed
    three" ... "The Islamic State's Mozambique province claimed the attack"): a branch told by its parent's name."""
    return branch_of(x, y) or branch_of(y, x)


_GROUP_TYPES = frozenset({"rebel", "militia"})  # (a state's force and its army are told apart: a guard is no army)


def branch_of(x, y) -> bool:  # type: ignore[no-untyped-def]
    """``x`` is a branch of the armed group ``y``: the actor dictionary gives ``y`` as ``x``'s parent, both non-state
    armed groups."""
    from sitrep.nlp.actor_lexicon import get_resolver

    actors = get_resolver().actors
    ex, ey = actors.get(x.entity_id, {}), actors.get(y.entity_id, {})
    return ex.get("parent") == y.entity_id and ex.get("type") in _GROUP_TYPES and ey.get("type") in _GROUP_TYPES


def _unidentified_described(x, y) -> bool:  # type: ignore[no-untyped-def]
    """ "Gunmen killed four miners near Djibo on Monday ... The attackers arrived on motorbikes and opened fire": the
    dictionary's Unidentified Armed Group and a description of unnamed doers that names no side and no other party
    ("the attackers", "the gunmen"; not "soldiers", "rebels", "another gang"; nor is a group's "its men", told by its
    claim) are one incident's doer (branch
    precision11: the lead and its retelling had stayed two attacks)."""
    for role, desc in ((x, y), (y, x)):
        if not desc.entity_id.startswith("x:") or _proper_name(desc.name) or role.entity_id.startswith("x:") \
                or role_entry(role).get("role") != "UNIDENT" or _claimants_own(role):
            continue
        if any(w in _OTHER_PARTY for w in re.findall(r"\w+", _telling(desc).lower())):
            return False
        side = _side_words()
        return not any(w in side or w + "s" in side for w in _stems(desc))
    return False


@functools.lru_cache(maxsize=1)
def _state_force_words() -> frozenset[str]:
    """One-word nouns of a state's forces (data/bare_forces.tsv: "soldiers", "troops", "police")."""
    from sitrep.events.roles import bare_forces

    return frozenset(p for p in bare_forces() if " " not in p)


_UNNAMED_ROLES = ("UNIDENT", "OPP", "ISLAMIST")  # data/actor_roles.tsv roles of doers the report does not name


def role_entry(a: ActorRef) -> dict:
    from sitrep.nlp.actor_lexicon import get_resolver

    try:
        return get_resolver().get(a.entity_id) or {}
    except KeyError:
        return {}


def unnamed_doer(a: ActorRef) -> bool:
    """A doer told by a description ("armed men", an ``x:`` id) or by a dictionary role of unnamed doers
    ("Unidentified Armed Group (X)", "Opposition Rebels (X)")."""
    if a.entity_id.startswith("x:"):
        return not _proper_name(a.name)
    return not a.entity_id.startswith(UNK_PREFIX) and role_entry(a).get("role") in _UNNAMED_ROLES


def _proper_name(name: str) -> bool:
    """A name the dictionary does not know but that is a name ("Los Chapitos", "Viv Ansanm"): two words or more, every
    one capitalised (a description, "Gang members", "armed men", has a word in lower case)."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", name)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _told_nothing(a: ActorRef) -> bool:
    """The doer read from a phrase that tells nothing of who they are, in a report of no country ("two men":
    events/unnamed_attackers.men_of_no_country): any doer a later mention of the deed names says more."""
    from sitrep.events.unnamed_attackers import UNIDENTIFIED

    return a.entity_id == UNIDENTIFIED.entity_id


def doer_kind(a: ActorRef) -> Optional[str]:
    """ "state" (a state's forces), "armed" (a non-state armed group), "" (a description naming no side: "a group",
    "armed men"), or None (an actor that is neither: a country, a person, a medium)."""
    if a.entity_id.startswith("x:"):
        from sitrep.events.generic_actors import generic_words

        words = {w[:-1] if w.endswith("s") else w for w in re.findall(r"\w+", _telling(a).lower())}
        if words & {w[:-1] if w.endswith("s") else w for w in _state_force_words()}:
            return "state"
        return "armed" if words & generic_words("side") else ""
    if a.entity_id.startswith(UNK_PREFIX):
        return "armed"  # a group the dictionary does not know ("the Red Hand Commando")
    entry = role_entry(a)
    if entry.get("role") == "UNIDENT":
        return ""
    if entry.get("type") in ("state_forces", "state"):
        return "state"
    return "armed" if entry.get("type") in ("rebel", "militia") else None


# "the attack", "the car bombing", "the group's kidnapping" right before a trigger: a definite deed noun (a plural
# or capitalised word in between, "the guerrillas attack", "the FMLN planted", is a subject before a verb)
_THE_DEED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his)|[\w.-]+(?:'s|\u2019s))\s+(?:[a-z][\w-]*[^\Ws]\s+)?$")


def _names_the_deed(m: EventMention) -> bool:
    """The trigger is a singular deed noun after "the"/"this" or a possessive ("claimed the kidnapping")."""
    if m.trigger is None:
        return False
    word = m.trigger.text.lower()
    if word.endswith(("s", "ed")):
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 40):max(0, m.trigger.start - m.sentence.start)]
    return bool(_THE_DEED_BEFORE.search(before))


# "The raiders struck ...": a definite article and one plural noun in lower case, nothing else, tell the doer back
_THE_PLURAL = re.compile(r"[Tt]he\s+[a-z]+s")


def told_back_plural(m: EventMention) -> bool:
    """The mention's doer is told back by "the" and a bare plural noun ("The raiders struck the village"), a
    reference to doers already told rather than new ones ("raiders from another clan" has more words)."""
    ref = m.actor1
    return ref is not None and ref.span is not None and bool(_THE_PLURAL.fullmatch(ref.span.text))


# "JNIM said in a statement ... that it had attacked the post", "IS said ... that its fighters had killed 22 soldiers":
# the deed's doer is the pronoun of a group that speaks of its own deed
_OWN_PRONOUN = re.compile(r"(?:it|(?:one\s+of\s+)?(?:its|their)\s+[a-z]+)", re.I)
_SAID_THAT = re.compile(r"\b(?:said|says|claimed|claiming|saying)\b[^.;]*\bthat\s+$", re.I)


def own_deed_told(m: EventMention) -> bool:
    """The mention is a group's own telling of its deed: its doer is "it" / "its fighters" read as the group, after
    "said ... that" ("JNIM said in a statement that it had attacked the post")."""
    ref = m.actor1
    if ref is None or ref.span is None or ref.entity_id.startswith("x:") or not _OWN_PRONOUN.fullmatch(ref.span.text):
        return False
    return bool(_SAID_THAT.search(m.sentence.text[:max(0, ref.span.start - m.sentence.start)]))


# "Boko Haram fighters killed five people near Gwoza and ISWAP fighters killed two soldiers": a second group's deed
_AND_GROUP_DID = re.compile(r"\band\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+(?:[a-z]+\s+)?"
                            r"(?:killed|attacked|ambushed|shot|struck|stormed|raided|kidnapped|abducted)\b")


def second_doer_told(m: EventMention) -> bool:
    """The mention's sentence tells a second group's deed ("... and ISWAP fighters killed two soldiers near Bama"):
    a doer told back later may be either."""
    return bool(_AND_GROUP_DID.search(m.sentence.text))


def retold_doer(a: EventMention, b: EventMention, lone_named: bool = False) -> bool:
    """ "Gunmen kidnapped the engineer on Monday. ... The Red Hand Front claimed responsibility for the kidnapping.":
    an unnamed doer (a description, or a dictionary role of unnamed doers) and a named one are one incident's doer
    when the later mention points back to the incident ("the kidnapping", "the attack": a definite singular noun)
    and the description fits the named actor's kind (soldiers, troops, police: a state's forces; guerrillas, rebels:
    a non-state group; "armed men", "a group": either); "another commando" is another party. With
    ``lone_named`` (the incidents before have one doer, named: :func:`lone_doer`), "the raiders" alone
    (:func:`told_back_plural`) points back too ("attacked by about forty dahalo ... The raiders struck the
    village"; after two groups' deeds, or another group's deed in the lead's sentence, it names neither); so does a group's telling of its own deed
    (:func:`own_deed_told`: "JNIM said ... that it had attacked the post")."""
    x, y = a.actor1, b.actor1
    if x is None or y is None or unnamed_doer(x) == unnamed_doer(y):
        return False
    if not (_names_the_deed(b) or lone_named and unnamed_doer(y) and told_back_plural(b) and not second_doer_told(a)
            or own_deed_told(b)):
        return False
    desc, named = (x, y) if unnamed_doer(x) else (y, x)
    if any(w in _OTHER_PARTY for w in re.findall(r"\w+", _telling(desc).lower())):
        return False
    kd, kn = doer_kind(desc), doer_kind(named)
    return kn is not None and kd is not None and kd in ("", kn)


# a protest told again: the strongest reading wins ("protested" + "police dispersed them" = with intervention)
PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                "Violent demonstration": 3}
PROTEST_TYPES = frozenset({"Protests", "Riots"})
EXPLOSIONS = "Explosions/Remote violence"
ABDUCTION = "Abduction/forced disappearance"
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def types_compatible(a: EventMention, b: EventMention) -> bool:
    """The same sub-type, or a generic one restating a specific one; a territorial event (each town taken is
    an incident of its own) merges only with the same sub-type at a place both name."""
    if (a.sub_event_type in PROTEST_RANK) != (b.sub_event_type in PROTEST_RANK):
        return False
    if a.sub_event_type in PROTEST_RANK:
        return True
    if a.sub_event_type in TERRITORIAL or b.sub_event_type in TERRITORIAL:
        return a.sub_event_type == b.sub_event_type and not weak_place(a) and not weak_place(b)
    if a.sub_event_type == b.sub_event_type:
        return True
    if generic(a) or generic(b):
        return True
    if (unstated_strike(a) and b.sub_event_type == AIR) or (unstated_strike(b) and a.sub_event_type == AIR):
        return True
    if (bomb_word(a) and b.sub_event_type == AIR) or (bomb_word(b) and a.sub_event_type == AIR):
        return True
    # an Armed clash told by a bare deed restates a weapon's strike (not an abduction or another deed on
    # civilians) told as news: a background mention ("bombs have maimed many in the valley over the years")
    # lends no weapon
    if "background" in (a.modality, b.modality):
        return False
    return (bare_deed(a) and b.event_type == EXPLOSIONS) or (bare_deed(b) and a.event_type == EXPLOSIONS)


def modality_compatible(a: EventMention, b: EventMention) -> bool:
    """The same modality; or a later background reference; or one side's account ("the police claimed the
    marchers pelted them with stones") of an incident the article has told as fact: the same incident told by a
    source, not a second one (the incident stays asserted); or, the other way, a source's account ("threw a grenade
    at the post, police said") that the article then tells as fact pointing back to it ("The blast woke residents")."""
    return a.modality == b.modality or b.modality == "background" or (a.modality, b.modality) == ("asserted", "claimed") \
        or (a.modality, b.modality) == ("claimed", "asserted") and (_points_back(b) or _opens_on_deed(b))


MERGED_TYPES = VIOLENT_EVENT_TYPES | PROTEST_TYPES


NEAR_CHARS = 300  # an undated mention this close to a dated one (the same paragraph) may restate it


def dated_apart(a: EventMention, b: EventMention, round_up: bool = False) -> bool:
    """One mention has a date of its own and the other none: they are one incident only when the later one is a
    bare restatement (generic, or background), or follows within a paragraph; never when the later one opens on
    another time ("Earlier, gunmen ...") or the report is a round-up of incidents on several days."""
    if (a.date_precision == "reported") == (b.date_precision == "reported"):
        return False
    if _protest_pair(a, b) and not shifts_away((a if a.date_precision == "reported" else b).sentence.text):
        return False  # a protest's later sentences seldom tell its day again ("The protesters carried placards")
    if b.date_precision == "reported" and b.modality != "background" and (round_up or shifts_away(b.sentence.text)):
        return True
    return not (generic(b) or b.modality == "background" or b.sentence.start - a.sentence.end <= NEAR_CHARS)


def _protest_pair(a: EventMention, b: EventMention) -> bool:
    """Both mentions tell a protest or riot (a demonstration is told over several sentences, each from one side:
    the march, the police's tear gas, the crowd's demands)."""
    return a.sub_event_type in PROTEST_RANK and b.sub_event_type in PROTEST_RANK


def _protest_party(x: Optional[ActorRef]) -> Optional[str]:
    """Which side of a protest ``x`` may be: "state" (police, troops), "crowd" (protesters, rioters, people at large,
    a description naming no armed side), "any" (no one named), or None (a named party: a union, a person)."""
    if x is None:
        return "any"
    if x.entity_id in ("CIVILIANS", "x:protesters"):
        return "crowd"
    kind = doer_kind(x)
    if kind == "state":
        return "state"
    if x.entity_id.startswith("x:"):
        return "crowd" if kind == "" else None
    return "crowd" if role_entry(x).get("role") in ("PROTESTERS", "RIOTERS") else None


def protest_sides(a: EventMention, b: EventMention) -> bool:
    """Two protest or riot mentions whose every party is a state force, a crowd or unnamed: one demonstration told
    from its two sides ("police fired tear gas at the marchers" / "the marchers had converged on the square" /
    "protesters said police attacked a peaceful demonstration"), whichever side each clause made its subject.
    A named party (a union, a party, a person) is matched as any doer is. A riot and a protest are not joined so:
    the crowd's violence read in one clause is often another group's, or a word misread."""
    return _protest_pair(a, b) and (a.sub_event_type == "Violent demonstration") == (
        b.sub_event_type == "Violent demonstration") \
        and all(_protest_party(x) is not None for x in (a.actor1, a.actor2, b.actor1, b.actor2))


# "the protesters", "the march", "these demonstrators": a protest word made definite points back to the one told
_PROTEST_DEFINITE = re.compile(r"\b(?:the|this|these|those)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _protest_retold(a: EventMention, b: EventMention) -> bool:
    """``b`` names ``a``'s protest again by a definite protest noun ("The protesters, who carried placards, ...",
    "who addressed the protesters", "the march ended peacefully"; cue ``protest_words``), with no ordinal or
    "other" before it ("another march", "the second rally")."""
    from sitrep.events.ontology import load_ontology

    t = b.trigger
    if not _protest_pair(a, b) or t is None or t.text.lower().rstrip("s") not in \
            {w.rstrip("s") for w in load_ontology().cue("protest_words")} | {"demonstrator", "protestor"}:
        return False
    before = b.sentence.text[max(0, t.start - b.sentence.start - 30):max(0, t.start - b.sentence.start)]
    hit = _PROTEST_DEFINITE.search(before)
    return hit is not None and not (set(hit.group(0).lower().split()) & _NOT_THE_SAME)


def _stems(a: ActorRef) -> set[str]:
    return {w[:-1] if w.endswith("s") else w for w in _own_words(a)}


def _evidence_together(a: EventMention, b: EventMention) -> bool:
    """Something other than the victims says two mentions tell one incident: the later one follows within a
    paragraph, or is a bare restatement (a generic trigger, or background), or both are placed at the same
    town by their own clauses."""
    if b.sentence.start - a.sentence.end <= NEAR_CHARS or b.modality == "background":
        return True
    if generic(b) and _points_back(b):
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
    sx, sy = _stems(x), _stems(y)
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
    return not generic(bare)


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
    return not bare_deed(m) and not _points_back(m) and bool(_LAPSE.search(head) or _OTHER_TIME.match(head))


# a sentence that opens on a place of its own, set off by a comma: "In Tolbrin, ...", "Near the border town of X, ..."
# (a round-up's way of moving to the next incident)
_FRONTED_PLACE = re.compile(r"^\W*(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,5}?[A-Z][\w.'-]*\s*,", re.I)
# an indefinite article before a weapon: "a car bomb", "an explosive device" (a new device, not the one told)
_A_WEAPON = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:bomb|car[- ]bomb|grenade|device|charge|rocket|mortar|"
                       r"mine|missile|explosives?)\b", re.I)


def _same_spot(a: EventMention, b: EventMention) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return False
    if pa.geonameid and pa.geonameid == pb.geonameid:
        return True
    return None not in (pa.lat, pa.lon, pb.lat, pb.lon) and _km(pa, pb) <= NEAR_KM


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
    if _told_in(a, b) or b.modality == "background" or b.trigger is None or _points_back(b) or _described_deed(b):
        return False
    head = b.sentence.text[:max(0, b.trigger.end - b.sentence.start)]
    if b.place is not None and b.place_source in ("clause", "sentence") and b.place.precision not in _COARSE_PLACES \
            and _FRONTED_PLACE.match(head) and not _same_spot(a, b):
        return True
    return (a.sub_event_type == b.sub_event_type and not bare_deed(a) and not bare_deed(b)
            and bool(_A_WEAPON.search(head)) and bool(re.search(r"\balso\b", b.sentence.text, re.I)))


def _last_end(a: EventMention) -> int:
    return max([a.sentence.end] + [s.end for s in a.evidence if s.article_id == a.sentence.article_id])


def _told_in(a: EventMention, b: EventMention) -> bool:
    """``b`` is read off a sentence ``a``'s incident was already told in."""
    return any(s.start == b.sentence.start for s in [a.sentence, *a.evidence])


def _definite(v: ActorRef) -> bool:
    return bool(re.match(r"\W*(?:the|these|those|this|that)\b", _telling(v), re.I))


def victim_retold(x: Optional[ActorRef], y: Optional[ActorRef]) -> bool:
    """The later mention's victim is the earlier one's, said so by the words: one person named again (the same name
    outside the dictionary, or part of it: :func:`same_person_named`), or a description that goes back to the
    earlier one ("four guards" ... "the guards"). The same kind of victim told anew ("two policemen" ... "three
    policemen", a role a bare noun gives: police, soldiers, civilians) is no sign of one incident: a report of
    several attacks has victims of one kind in each."""
    if x is None or y is None:
        return False
    if x.entity_id == y.entity_id and x.entity_id.startswith(UNK_PREFIX):
        return True
    if same_person_named(x, y):
        return True
    return bool(_stems(x) & _stems(y)) and _definite(y)


# "the tragic murder", "this fifth dynamite attack": a definite article and up to two lower-case words before the
# deed noun; an ordinal or "other"/"new" there counts another deed of a series ("the second attack")
_DESCRIBED_DEED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z][\w-]*\s+){0,2})$")
_NOT_THE_SAME = frozenset({"other", "second", "third", "fourth", "new", "next", "latest", "previous", "earlier", "first",
                           "last", "recent"})


def _described_deed(m: EventMention) -> bool:
    """The trigger is a singular deed noun after "the"/"this"/"that" and up to two lower-case words ("the tragic
    murder", "this dynamite attack"), none of which counts another deed ("the second attack", "the new attack")."""
    if m.trigger is None or m.trigger.text.lower().endswith(("s", "ed")):
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 40):max(0, m.trigger.start - m.sentence.start)]
    hit = _DESCRIBED_DEED_BEFORE.search(before)
    return hit is not None and not (set(hit.group(1).split()) & _NOT_THE_SAME)


# a personal pronoun as the one the deed was done to: "he was kidnapped", "they were wounded", "killed him"
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                             r"(?:(?:being|also|later|then)\s+)*$", re.I)
_PRONOUN_AFTER = re.compile(r"^\s+(?:him|her|them)\b", re.I)


def _pronoun_victim(m: EventMention) -> bool:
    """The deed is done to a personal pronoun ("he was kidnapped", "they are badly injured", "broke in and killed
    him"): someone the report has told already."""
    if m.trigger is None:
        return False
    i, j = m.trigger.start - m.sentence.start, m.trigger.end - m.sentence.start
    before, after = m.sentence.text[max(0, i - 40):max(0, i)], m.sentence.text[j:j + 10]
    if re.search(r"\b(?:are|is)\s+(?:\w+ly\s+)?$", before):
        before = re.sub(r"\b(?:are|is)\s+(?:\w+ly\s+)?$", "were ", before)  # "they are badly injured"
    return bool(_PRONOUN_BEFORE.search(before) or _PRONOUN_AFTER.match(after))


def told_together(a: EventMention, b: EventMention) -> bool:
    """Positive evidence that ``b`` (later) tells ``a``'s incident again, asked on top of the absence of a clash:
    ``b`` is read off a sentence of the incident, is a background reference, points back by a definite deed noun
    ("the attack", "the blast", "this kidnapping"; a plural sums several), names the incident's victim again
    (:func:`victim_retold`), is placed at the same place by the words of both, or follows within a paragraph of the
    incident's last telling. A deed of the same kind told far down the report with none of these ("the army added
    that rebels had hurt a farmer that day") is another incident of the report."""
    if _told_in(a, b) or b.modality == "background":
        return True
    if b.trigger is not None and (_points_back(b) or _names_the_deed(b) or _described_deed(b)) \
            and not (b.trigger.text.lower().endswith("s") and b.fatalities is not None):
        return True  # a plural back-reference ("these attacks", "the priests' murders") lends no count
    if _pronoun_victim(b) or _protest_retold(a, b):
        return True
    if victim_retold(a.actor2, b.actor2) or _victim_named_in(a, b):
        return True
    if not weak_place(a) and not weak_place(b):
        return True
    # ("shot dead last week" ... "was shot ... on May 8": the first telling in passing, events/vague_first)
    return b.sentence.start - _last_end(a) <= NEAR_CHARS or _bare_retelling(a, b) or vague_first_telling(a, b)


def _bare_retelling(a: EventMention, b: EventMention) -> bool:
    """``b`` tells nothing of its own that could make it another incident: the same sub-type with no doer, no
    victim, no death count and no time of its own ("... after an explosion was heard" far below a bombing). Kept apart, it
    would only count the incident twice; merged, it adds its sentence as evidence."""
    return b.sub_event_type == a.sub_event_type and b.actor1 is None and b.actor2 is None \
        and b.fatalities is None \
        and not own_time(b)  # a time lent is not its own


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
        or (_protest_pair(a, b) and (counter_apart(a, b) or towns_apart(a, b)))


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


def same_incident(a: EventMention, b: EventMention, round_up: bool = False, lone_named: bool = False) -> bool:
    """Whether ``b`` (later in the article) restates the incident of ``a`` (``lone_named``: the incidents
    before ``b`` have one doer, a named one, :func:`retold_doer`)."""
    if across_caption(a, b):
        return False
    if _protest_pair(a, b) and counter_apart(a, b):
        return False  # a counter-demonstration is another crowd's protest (events/counter_crowd)
    if _protest_pair(a, b) and towns_apart(a, b):
        return False  # "Large marches were also held in Cordoba": a protest of another town (events/protest_towns)
    return not dated_apart(a, b, round_up) and not told_separate(b) and sums_several(a) == sums_several(b) and (
            a.event_type in MERGED_TYPES and b.event_type in MERGED_TYPES
            and not a.outside and not b.outside
            and modality_compatible(a, b) and types_compatible(a, b) and dates_compatible(a, b)
            and places_compatible(a, b) and (protest_sides(a, b) or defence_retold(a, b) or sides_swapped(a, b) or (
                (_same_agent(a.actor1, b.actor1) or retold_doer(a, b, lone_named)) and _same_victim(a.actor2, b.actor2)
                and not victims_apart(a, b) and not agents_apart(a, b) and not police_on_the_doer(a, b)))) \
        and told_together(a, b) and not moves_on(a, b)


@functools.lru_cache(maxsize=1)
def _generic_victim_words() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("generic_victim_words.tsv", needs=("word", "source")))


@functools.lru_cache(maxsize=1)
def quantity_words() -> frozenset[str]:
    """Number words and quantifiers ("two", "dozens", "several"): the rows of data/generic_victim_words.tsv so marked."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("generic_victim_words.tsv", needs=("word", "source"))
                     if cols[1].strip().startswith("number or quantifier"))


def _quantified(text: str) -> bool:
    return any(w.isdigit() or w in quantity_words() for w in re.findall(r"\w+", text.lower()))


def _telling(a: ActorRef) -> str:
    return a.span.text if a.span is not None else a.name


def _own_words(a: ActorRef) -> list[str]:
    """The words of a victim's telling that say who the victims were (not "the", "12", "persons", "they")."""
    generic = _generic_victim_words()
    return [w for w in re.findall(r"[^\W\d_]+", _telling(a).lower()) if w not in generic and w not in _DET]


def richer_victim(keep: Optional[ActorRef], other: Optional[ActorRef]) -> Optional[ActorRef]:
    """The victim of two tellings of one incident to keep: the first, unless it says nothing of who or how many the
    victims were ("the victims", "individuals", "they"; "12 persons" counts them, and stays) and the other does
    ("two peasant leaders"), or the other says all it says and more ("the general" -> "the outstanding general")."""
    if keep is None or other is None:
        return keep or other
    mine, theirs = _own_words(keep), _own_words(other)
    if not theirs:
        return keep
    if (not mine and not _quantified(_telling(keep))) or (mine and set(mine) < set(theirs)):
        return other
    return keep


def same_phrase(a: Optional[ActorRef], b: Optional[ActorRef]) -> bool:
    """Two actors read off one stretch of text (their evidence spans overlap): one phrase is never both sides."""
    return a is not None and b is not None and a.span is not None and b.span is not None \
        and a.span.article_id == b.span.article_id and a.span.start < b.span.end and b.span.start < a.span.end


def campaign(m: EventMention) -> bool:
    """The mention is told by a noun of a whole war or campaign ("the offensive", "the war"; group span_noun of
    data/running_counts.tsv), not of one deed."""
    from sitrep.events.running_words import SPAN_NOUNS

    w = m.trigger.text.lower() if m.trigger is not None else ""
    return w in SPAN_NOUNS or (w.endswith("s") and w[:-1] in SPAN_NOUNS)


def plural_sum(m: EventMention) -> bool:
    """The mention is told by the plural of a noun of one deed ("the attacks", "the bombings", "the killings": the
    singular is a noun trigger of a violent type) in a sentence that says its count is a sum ("in total", "in all",
    "altogether": group ``sum`` of data/running_counts.tsv): a count over several incidents. Not "clashes" or
    "fighting", whose plural or mass form tells one battle."""
    from sitrep.events.running_words import SUM

    return plural_deed(m, es=False) and bool(SUM.search(m.sentence.text))


def plural_deed(m: EventMention, es: bool = True) -> bool:
    """The mention is told by the plural of a noun of one deed ("attacks", "killings": the singular is a noun
    trigger of a violent type; with ``es`` also "clashes")."""
    from sitrep.events.ontology import load_ontology

    w = m.trigger.text.lower() if m.trigger is not None else ""
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return False
    stems = (w[:-1], w[:-2]) if es and w.endswith("es") else (w[:-1],)  # "clashes": "clash"
    return any(p.tdef.event_type in VIOLENT_EVENT_TYPES and not p.deps
               for st in stems for p in load_ontology().patterns(st, "NOUN"))


def run_of_deeds(m: EventMention) -> bool:
    """A background mention told by a plural deed noun that names no weapon ("Clashes between farmers and herders
    have killed thousands over the past decade"): a run of deeds in the conflict's history, whose kind says nothing
    of the incident's. (A weapon's plural, "the bombings", "dynamite attacks", often names the incident's own
    weapon: MUC-4 dev lost three BOMBING incidents when it lent none.)"""
    return m.modality == "background" and m.event_type != EXPLOSIONS and plural_deed(m)


def undated_background(m: EventMention, keep: EventMention) -> bool:
    """A background mention with no day of its own ("herding communities have fought for years over grazing land";
    a day lent from another sentence is not its own, :func:`own_day`) joined to a violent incident told with its day: a state of the conflict, whose kind says nothing of the incident's
    (the day-before raid on a cattle camp is no mob violence because the area's communities fight). A weapon's or
    an abduction's background noun often names the incident's own deed ("since the bombing", "after the
    kidnapping"): it still lends its type (MUC-4 dev lost five BOMBING and two KIDNAPPING incidents without this)."""
    return (m.modality == "background" and not own_day(m) and keep.date_precision == "day"
            and keep.event_type in VIOLENT_EVENT_TYPES and m.event_type != EXPLOSIONS and m.sub_event_type != ABDUCTION)


def own_time(m: EventMention) -> bool:
    """``m``'s time is told in its own sentence (a time lent from another sentence is not its own: "Gunmen opened
    fire on a bus on Wednesday night. Drug gangs fight over territory there": the gangs' fight has no day)."""
    return m.time is not None and m.sentence.start <= m.time.span.start < m.sentence.end


def own_day(m: EventMention) -> bool:
    """``m`` is dated to a day told in its own sentence (:func:`own_time`)."""
    return m.date_precision == "day" and own_time(m)


def _absorb(keep: EventMention, other: EventMention) -> None:
    """``keep`` takes from ``other``, another telling of its incident, what ``other`` tells better."""
    vague_first = vague_first_telling(keep, other)  # read before the doer and victim below are lent
    if other.modality == "claimed" and keep.modality != "claimed":
        _absorb_claim(keep, other)
        return
    _lend_type(keep, other)
    # a background reference ("evacuations from X and Y since the attack", "a week after the murder of five
    # monks") says where and when other things happen, or names another incident: only a restatement that
    # tells the incident itself lends its toll, place and date
    restates = other.modality != "background"
    _lend_toll(keep, other, restates)
    swapped = sides_swapped(keep, other)
    if swapped:  # a clash told from the other side: its doer is the first telling's other side (events/clash_sides)
        keep.actor1, keep.actor2 = keep.actor1 or other.actor2, keep.actor2 or other.actor1
    else:
        _lend_doer(keep, other)
    victim = None if swapped else richer_victim(keep.actor2, other.actor2)
    if not swapped and not (victim is not None and keep.actor1 is not None and same_phrase(victim, keep.actor1)):
        keep.actor2 = victim
    if restates:
        _lend_place(keep, other)
        _lend_date(keep, other, vague_first)
    keep.figures.extend(f for f in other.figures if f not in keep.figures)
    _add_sentence(keep, other)
    keep.evidence.extend(s for s in other.evidence if s not in keep.evidence and s != keep.sentence)
    keep.confidence = max(keep.confidence, other.confidence)


def _add_sentence(keep: EventMention, other: EventMention) -> None:
    """``other``'s sentence becomes evidence of ``keep`` (once, and not its own sentence)."""
    if other.sentence != keep.sentence and other.sentence not in keep.evidence:
        keep.evidence.append(other.sentence)


def _absorb_claim(keep: EventMention, other: EventMention) -> None:
    """One side's account of an incident told as fact ("Russia said the missile was fired by Ukrainian forces")
    lends no doer, toll, place, date or type: only its sentence, as evidence of the incident, and a name for a
    doer told only as "dissident guerrillas" ("the army blamed the X front": a name for the same doer, not another
    side's version)."""
    _add_sentence(keep, other)
    if _names_unnamed_doer(keep, other):
        keep.actor1 = other.actor1


def _names_unnamed_doer(keep: EventMention, other: EventMention) -> bool:
    """``other`` names the doer ``keep`` leaves unnamed ("armed men" ... "the Red Hand Front claimed it"), and
    the name is not ``keep``'s victim."""
    return keep.actor1 is not None and other.actor1 is not None and unnamed_doer(keep.actor1) \
        and not unnamed_doer(other.actor1) and retold_doer(keep, other) \
        and not (keep.actor2 is not None and same_phrase(other.actor1, keep.actor2))


def habit_told(m: EventMention) -> bool:
    """A background mention of a doer's habit, a perfect tense ("has bombed shrines in the past"): it tells what the
    doer does, not the weapon of the incident it is folded into."""
    if m.modality != "background" or m.trigger is None:
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 12):max(0, m.trigger.start - m.sentence.start)]
    return bool(re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", before))


def _lend_type(keep: EventMention, other: EventMention) -> None:
    """``other``'s type replaces ``keep``'s when it ranks higher among protests, or tells the deed where ``keep``
    is generic or bare."""
    if keep.sub_event_type in PROTEST_RANK and PROTEST_RANK.get(other.sub_event_type or "", -1) > PROTEST_RANK[keep.sub_event_type]:
        if forces_excuse(keep, other):
            return  # "the army said its men had fired after being pelted with stones": the force's own claim
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover
    elif bomb_word(keep) and other.sub_event_type == AIR:
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover
    elif (generic(keep) and not generic(other) or bare_deed(keep) and not bare_deed(other)) and not run_of_deeds(other) \
            and not habit_told(other) \
            and not undated_background(other, keep) and not (keep.actor1 is None and fights_the_doers(other)) \
            and not (keep.sub_event_type == "Armed clash" and firefight_retold(other)) \
            and not shelling_in_fight(keep, other) \
            and not victims_account_kept(keep, other):
        # (an attack on civilians keeps its type against the doers' bare "neutralised terrorists": events/victims_account;
        # a clash keeps its type against the mortars or rockets used in it: events/firefight.shelling_in_fight)
        # (an attack on a post retold as "fired rifles and launched improvised explosives at it" stays an armed
        # clash: ACLED codes a fight with gunfire and explosives as one, events/firefight)
        keep.event_type, keep.sub_event_type, keep.plover = other.event_type, other.sub_event_type, other.plover


def _lend_toll(keep: EventMention, other: EventMention, restates: bool) -> None:
    """``other``'s deaths become ``keep``'s: where ``keep`` has none, where ``keep``'s tell only the deaths added,
    or where they are one nation's part of ``other``'s whole."""
    if (restates or _opening_restatement(other)) and keep.fatalities is None and other.fatalities is not None \
            and not plural_sum(other):
        # ("Gunmen stormed a market. The attacks killed 40 people in total.": a count over several deeds is no
        # toll of the one told; its figure stays carried here, so no orphan rule lends it either)
        keep.fatalities = other.fatalities
    elif restates and keep.fatalities is not None and other.fatalities is not None \
            and (other.fatalities.low or 0) >= (keep.fatalities.low or 0) \
            and increment_told_in(keep.fatalities, [keep.sentence, *keep.evidence]) \
            and not increment_told_in(other.fatalities, [other.sentence, *other.evidence]):
        # "Two more people wounded in a shooting ... have died, bringing the death toll from the shooting to five":
        # the deaths added are no toll; the toll the restatement tells is
        keep.fatalities = other.fatalities
    elif restates and whole_over_nation_part(keep.fatalities, other.fatalities):
        keep.fatalities = other.fatalities  # "killed four Chinese citizens" retold as "nine people died" (nation_part)


def _lend_doer(keep: EventMention, other: EventMention) -> None:
    """``other``'s doer becomes ``keep``'s: where ``keep`` has none and ``other``'s is a doer of the same deed,
    where ``keep``'s is unnamed and ``other`` names it, or where ``keep``'s tells nothing and ``other`` names the
    deed's author."""
    if keep.actor1 is None and not (other.actor1 is not None and keep.actor2 is not None
                                    and same_phrase(other.actor1, keep.actor2)) \
            and not (keep.sub_event_type in PROTEST_RANK and other.sub_event_type in PROTEST_RANK
                     and keep.sub_event_type != other.sub_event_type) \
            and not (campaign(other) and not campaign(keep)) and not _protest_retold(keep, other) \
            and not fights_the_doers(other) and not lends_no_doer(other):
        # ("Both X and Y have carried out attacks in the province": which of two, if either, is a guess;
        # "Jihadist groups have planted mines on several roads": a kind's habit; events/paired_doers)
        # (nor the one who "addressed the protesters": a protest retold by its noun lends no doer; nor the police who
        # "used tear gas to disperse the crowd" to a riot against them: its target is not its doer)
        keep.actor1 = other.actor1  # ("the gunmen were killed after attacking X": the killed are not their killers;
        # "police exchanged fire with the attackers": the attackers' foe is not the attackers;
        # "the government's offensive" is many deeds of both sides: its author is no doer of one attack in it)
    elif _names_unnamed_doer(keep, other):
        keep.actor1 = other.actor1  # the unnamed doer named later ("armed men" ... "the Red Hand Front claimed it")
    elif keep.actor1 is not None and other.actor1 is not None and _told_nothing(keep.actor1) \
            and not _told_nothing(other.actor1) and _names_the_deed(other) \
            and not (keep.actor2 is not None and same_phrase(other.actor1, keep.actor2)):
        keep.actor1 = other.actor1  # "two men" of no country, then "... blamed the bombing on the drug gang": the gang
    elif keep.actor1 is not None and other.actor1 is not None and branch_of(other.actor1, keep.actor1):
        keep.actor1 = other.actor1  # "Islamic State-linked insurgents" ... "the Islamic State's Mozambique province
        # claimed the attack": the branch names the doer more closely than its parent


def _lend_place(keep: EventMention, other: EventMention) -> None:
    """A restatement's place replaces a weak one of ``keep``: the deed's own clause places it better than a name
    of its sentence, a town of the retelling's paragraph better than a region the article names."""
    if (weak_place(keep) or keep.place_source == "sentence") and not weak_place(other) \
            and other.place_source == "clause":
        keep.place, keep.place_source = other.place, other.place_source
    elif keep.place_source == "article" and weak_place(keep) and not weak_place(other) \
            and other.place_source == "paragraph":
        keep.place, keep.place_source = other.place, other.place_source


def _lend_date(keep: EventMention, other: EventMention, vague_first: bool) -> None:
    """A restatement's date replaces ``keep``'s report day, or a vague first telling's ("last week" ... "on May 8":
    the day in that week; only a first telling with nothing of its own: "clashes this week" retold as one day's
    fighting keeps its week), or of a first telling dated to a run of days that starts on the restatement's day."""
    if keep.date_precision == "reported" and other.date_precision != "reported" and other.date_start is not None \
            or vague_first or blast_day_within(keep, other) \
            or (day_within_span(keep, other) and other.date_start == keep.date_start):
        # "hours after" a Wednesday hearing (Tuesday to Wednesday) ... "late on Tuesday": Tuesday; a fight "late on
        # Friday" (into Saturday) that "went on into Saturday" keeps its two days
        keep.time, keep.date_start, keep.date_end, keep.date_precision = (other.time, other.date_start,
                                                                          other.date_end, other.date_precision)


def _ids(*refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.entity_id for r in refs if r is not None and r.entity_id}


def refusal(m: EventMention) -> bool:
    """A REJECT event that refuses to act ("police refused to give details", "declined to comment"), which denies
    no deed (data/event_sense_cues.tsv, refusal_stems)."""
    word = (m.trigger.text if m.trigger is not None else "").lower()
    return any(word.startswith(stem) for stem in sense_cue("refusal_stems"))


def mark_claims(mentions: list[EventMention], denied_kinds: Optional[dict[int, set[str]]] = None) -> None:
    """A violent event told by a side that, in the same article, denies an attack is that side's claim, not a
    fact: "the ministry said it did not strike the station and that the missile was fired by Ukrainian forces"
    makes the second deed ``claimed`` (its claimant is the ministry), never an asserted attack by the accused.
    A denial touches only the deed it denies: outside the denial's sentence, only the denier's tellings of a deed
    of the kind (ACLED event type) denied there, so that "police denied that a second device had been found" or a
    governor's "no fighting was reported there" leaves the same source's account of the bombing or the shelling
    asserted. ``denied_kinds`` gives, by sentence start, the violent types denied there before
    :func:`denials_of_own_deeds` made a side's denial of its own deed a rejection."""
    deniers: dict[str, set[str]] = {}
    denial_sentences: set[int] = set()
    kinds_at: dict[int, set[str]] = {k: set(v) for k, v in (denied_kinds or {}).items()}
    for m in mentions:
        if m.event_type in VIOLENT_EVENT_TYPES:  # "denied any role in the bombing": the deed its rejection names
            kinds_at.setdefault(m.sentence.start, set()).add(m.event_type)
    for m in mentions:
        if (m.plover == "REJECT" and not refusal(m)) or (m.modality == "denied" and m.event_type in VIOLENT_EVENT_TYPES):
            kinds = {m.event_type} if m.event_type in VIOLENT_EVENT_TYPES else kinds_at.get(m.sentence.start, set())
            for who in _ids(m.actor1) | ({m.claimant} if m.claimant else set()):
                deniers.setdefault(who, set()).update(kinds)
            denial_sentences.add(m.sentence.start)
    if not deniers:
        return
    for m in mentions:
        # told by the denier of a deed of this kind, or in the very sentence of the denial ("said it did not strike
        # X and that the rocket was fired by Y": the parse may not carry the claimant into the second clause)
        by_denier = (m.sentence.start in denial_sentences and (m.claimant is None or m.claimant in deniers)) \
            or (m.claimant is not None and m.event_type in deniers.get(m.claimant, set()))
        if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted" and by_denier \
                and not (_ids(m.actor1) & set(deniers)):
            m.modality = "claimed"


_SELF = frozenset({"it", "we", "they", "its", "our", "their", "itself", "ourselves", "themselves"})


def _norm_name(s: Optional[str]) -> str:
    s = (s or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


def denials_of_own_deeds(mentions: list[EventMention]) -> set[str]:
    """ "The ministry said it did not strike the station": a side denying its own deed is a rejection (PLOVER
    REJECT, asserted: the denial was made), never a violent event; "rebels did not enter the town, residents
    said" (told by others) stays a denied deed, and so does one whose denial is told as an event of its own in its
    sentence ("the army denied that it shelled the village": the denial and the denied shelling) and no deed of its
    kind was told as done before it. Returns the ids of denied deeds that only repeat a deed told before (dropped:
    the sentence's rejection tells the denial)."""
    rejections = {m.sentence.start for m in mentions if m.plover == "REJECT" and m.modality == "asserted"}
    drop: set[str] = set()
    for m in mentions:
        if m.event_type not in VIOLENT_EVENT_TYPES or m.modality != "denied" or not m.claimant or m.actor1 is None:
            continue
        if m.sentence.start in rejections:
            if any(o.event_type == m.event_type and o.modality == "asserted" and o.sentence.start < m.sentence.start
                   for o in mentions):
                drop.add(m.id)  # "X denied that its forces fired the missile" after the strike was told: the
                # denial is about who did a deed already told, not another deed; the sentence's rejection tells it
            continue  # a deed told only as denied: the denial and the denied deed
        a = m.actor1
        own = (a.entity_id and a.entity_id == m.claimant) or (a.span is not None and a.span.text.lower() in _SELF) \
            or (_norm_name(a.name) and _norm_name(a.name) == _norm_name(m.claimant_name))
        if own:
            m.event_type, m.sub_event_type, m.plover, m.modality = "Political", None, "REJECT", "asserted"
    return drop


REFERENCE_PAST_DAYS = 62  # a reference dated further back than this tells an old incident (MUC-4's "recent": two months)


def sole_reference(mentions: list[EventMention], published=None) -> Optional[EventMention]:  # type: ignore[no-untyped-def]
    """A report that tells no act of violence as news of its own but names one incident by reference, with its
    victims ("after the killing of a mayoral candidate", "the judge's murder was in vain", "the murder of
    five monks") reports that incident: the report presupposes it happened. The first such reference (a singular
    event noun, with a count or named victims, not dated more than two months before the report) is returned; a
    series, a war's toll, a reference with no victims ("after the strike") or a report with an asserted act of
    violence of its own gives None."""
    if any(m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted" and not m.outside for m in mentions):
        return None
    for m in mentions:
        if m.event_type not in VIOLENT_EVENT_TYPES or m.modality != "background" or m.outside or m.fatalities is None \
                or m.trigger is None or m.trigger.text.lower().endswith(("s", "ed")) or not m.trigger.text[:1].isalpha():
            continue
        if published is not None and m.date_start is not None and m.date_precision != "reported" \
                and (published - (m.date_end or m.date_start)).days > REFERENCE_PAST_DAYS:
            continue
        if (m.fatalities.low or 0) >= 100:
            continue  # "a war that has left thousands dead": a whole conflict's toll
        return m
    return None


def assert_sole_reference(mentions: list[EventMention], published=None) -> None:  # type: ignore[no-untyped-def]
    """The incident a report tells only by reference (:func:`sole_reference`) is the report's incident: asserted,
    so that its toll and date are the report's (they were left on a background mention before)."""
    m = sole_reference(mentions, published)
    if m is not None:
        m.modality = "asserted"


_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|this|that)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}|[\w.-]+(?:'s|\u2019s)\s+)$")


_OPENING_DEFINITE = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _opens_on_deed(m: EventMention) -> bool:
    """The sentence opens on the definite deed noun: "The blast woke residents shortly before midnight"."""
    return m.trigger is not None and bool(_OPENING_DEFINITE.match(m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]))


def _opening_restatement(m: EventMention) -> bool:
    """ "(Gunmen stormed a hotel on Monday.) The assault left 15 guests dead.": a sentence that opens on a definite
    deed noun as its subject and tells a toll of its own restates the incident just told, so lends it its toll;
    not "a week after the murder of five monks", a reference inside a sentence about something else."""
    if m.trigger is None or m.fatalities is None or m.fatalities.span is None:
        return False
    head = m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]
    return bool(_OPENING_DEFINITE.match(head)) and m.sentence.start <= m.fatalities.span.start < m.sentence.end


def _points_back(m: EventMention) -> bool:
    """The trigger follows "the"/"this"/"that" or a possessive ("in the attack", "the group's bombing")."""
    if m.trigger is None:
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 60):max(0, m.trigger.start - m.sentence.start)]
    return bool(_DEFINITE_BEFORE.search(before))


def definite_restatement(m: EventMention) -> bool:
    """ "The death toll from the Kramatorsk attack rose ...": a singular event noun with "the" (or a possessive),
    no weapon named, dated only by its report: a pointer to an incident, not a new one."""
    if m.trigger is None or m.date_precision != "reported" or not generic(m) or m.modality != "asserted" \
            or m.event_type not in VIOLENT_EVENT_TYPES or m.outside or m.trigger.text.lower().endswith("s"):
        return False
    return _points_back(m)


def named_before(m: EventMention, refs: list[EventMention]) -> Optional[EventMention]:
    """The incident a definite restatement points back to, when the article named it before only by reference
    ("two days after the missile strike on the station in X" ... "the death toll from the X attack stood at 52"):
    the last earlier background mention, in another sentence, with a weapon and a day of its own, at a
    compatible place and with no clashing actor. Asked only for a mention that restates no incident the article
    tells as news (those are joined first); None when there is no such reference."""
    if not definite_restatement(m):
        return None
    for k in reversed(refs):
        if k.sentence.start >= m.sentence.start or k.event_type not in VIOLENT_EVENT_TYPES or k.outside \
                or generic(k) or k.date_precision != "day" or k.trigger is None or k.trigger.text.lower().endswith("s"):
            continue
        if places_compatible(k, m) and same_actor(k.actor1, m.actor1) and same_actor(k.actor2, m.actor2):
            return k
    return None


def _take_reference(m: EventMention, ref: EventMention) -> None:
    """``m`` tells, with news of its own (a toll), the incident ``ref`` named: it takes that incident's type,
    day and place where its own are vaguer, and ``ref``'s sentence as evidence."""
    m.event_type, m.sub_event_type, m.plover = ref.event_type, ref.sub_event_type, ref.plover
    m.time, m.date_start, m.date_end, m.date_precision = ref.time, ref.date_start, ref.date_end, ref.date_precision
    if weak_place(m) and not weak_place(ref):
        m.place, m.place_source = ref.place, ref.place_source
    m.actor1, m.actor2 = m.actor1 or ref.actor1, m.actor2 or ref.actor2
    if m.actor1 is not None and m.actor2 is not None and same_phrase(m.actor1, m.actor2):
        m.actor1, m.actor2 = (m.actor1, None) if m.actor1 is not ref.actor1 else (None, m.actor2)
    if ref.sentence not in m.evidence:
        m.evidence.append(ref.sentence)


def lone_doer(incidents: list[EventMention]) -> bool:
    """The incidents told so far have one doer, and a named one ("attacked by about forty dahalo"): a doer told
    back by "the raiders" can be no other (after two groups' deeds, or a named and an unnamed one, it could)."""
    doers = {k.actor1.entity_id: k.actor1 for k in incidents if k.actor1 is not None}
    return len(doers) == 1 and not unnamed_doer(next(iter(doers.values())))


def merge_restatements(mentions: list[EventMention]) -> list[EventMention]:
    """The article's mentions with restatements of one violent incident folded into one (order kept); a side
    denying its own deed is a rejection (:func:`denials_of_own_deeds`) and its claim against the other, where it
    denies the attack, is marked ``claimed`` first (:func:`mark_claims`)."""
    denied_kinds: dict[int, set[str]] = {}
    for m in mentions:
        if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "denied":
            denied_kinds.setdefault(m.sentence.start, set()).add(m.event_type)
    drop = denials_of_own_deeds(mentions)
    mentions = [m for m in mentions if m.id not in drop]
    mark_claims(mentions, denied_kinds)
    days = {m.date_start for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted"
            and m.date_precision == "day"}
    round_up = len(days) > 1  # incidents on several days: an undated one is not folded into any of them
    out: list[EventMention] = []
    incidents: list[EventMention] = []
    for m in mentions:
        target: Optional[EventMention] = None
        if m.event_type in MERGED_TYPES and m.sub_event_type in PROTEST_RANK and m.date_precision == "reported":
            # a protest retold with no day of its own: the telling of the same sub-type first ("our march ... gas")
            target = retold_target(m, [k for k in reversed(incidents) if same_incident(k, m, round_up)], PROTEST_RANK)
        elif m.event_type in MERGED_TYPES:
            lone = lone_doer(incidents)
            target = next((k for k in reversed(incidents) if same_incident(k, m, round_up, lone)), None)
        if target is not None:
            _absorb(target, m)
            continue
        ref = named_before(m, [k for k in out if k.modality == "background"])
        if ref is not None:
            _take_reference(m, ref)
            out.remove(ref)
        out.append(m)
        if m.event_type in MERGED_TYPES and m.modality in ("asserted", "claimed", "disputed"):
            incidents.append(m)
    return fold_side_deeds(out)


# deeds that ACLED codes as events of their own only "without a wider armed engagement" (data/ontology.json,
# sd.looting; weapons seized in an attack are its spoils): told with an attack they are part of it
SIDE_DEEDS = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def _side_doer(side: Optional[ActorRef], host: Optional[ActorRef]) -> bool:
    """The side deed's doer may be the attack's: unnamed, said in other words ("the attackers", ``x:``), or the same."""
    return side is None or host is None or side.entity_id.startswith("x:") or side.entity_id == host.entity_id \
        or unnamed_doer(side)


# burning is an incident of its own in MUC-4 (ARSON) and in the CASE codes: only plunder and spoils are folded,
# and a burning told as a step of the raid (_raid_burning)
_PLUNDER = re.compile(r"^(?:loot|plunder|pillag|ransack|steal|stole|seiz|captur|took|take|confiscat|carr)", re.I)


def _burning(m: EventMention) -> bool:
    """A property deed other than plunder (burning, razing, destroying): never folded into an attack."""
    return m.sub_event_type == "Looting/property destruction" and not (
        m.trigger is not None and _PLUNDER.match(m.trigger.text))


def _raid_burning(m: EventMention) -> bool:
    """A burning its sentence tells as a step of the raid: after the raiders' coming in the same clause chain ("The
    attackers arrived on motorbikes and set fire to several vehicles", "entered the camp around midnight and set
    fire to dozens of shelters"; ontology cue ``raid_entry_words``) or with "also" ("the attackers also burned about
    20 houses"). A burning told on its own ("the kidnappers burned a shop as they left", "a restaurant was set on
    fire") stays an incident of its own (MUC-4's ARSON)."""
    from sitrep.events.ontology import load_ontology

    if m.trigger is None:
        return False
    before = [w.lower() for w in re.findall(r"[\w-]+", m.sentence.text[:m.trigger.start - m.sentence.start])]
    return bool(before) and (before[-1] == "also" or bool(set(before) & load_ontology().cue("raid_entry_words")))


def _spoils(side: EventMention, host: EventMention) -> bool:
    """Weapons seized by the attack's own doer are its spoils; a drone shot down or a bomb defused by anyone else
    (or by nobody named) keeps the attack from happening: an event of its own."""
    a, h = side.actor1, host.actor1
    return a is not None and h is not None and (a.entity_id == h.entity_id or a.entity_id.startswith("x:"))


# attackers closing in on their target ("the gunmen surrounded the church and opened fire"): the attack's approach
# (a siege, a blockade or a curfew, the other readings of ACLED's Strategic developments/Other, last for days: kept)
_CLOSING_IN = re.compile(r"^(?:surround|encircl)", re.I)


def _closing_in(m: EventMention) -> bool:
    return m.sub_event_type == "Other" and m.trigger is not None and bool(_CLOSING_IN.match(m.trigger.text))


def fold_side_deeds(mentions: list[EventMention]) -> list[EventMention]:
    """A looting or seizure of weapons, or a surrounding of the target, told in a sentence after an attack's, within
    a paragraph of it, at a compatible place and date, by the attack's doer or an unnamed one, is part of that attack
    ("stormed an army post ... The attackers seized weapons", "Gunmen killed twelve worshippers ... The assailants
    surrounded the church": one event), not an event of its own. Not in the attack's own sentence
    ("attacked the village and looted shops": CASE codes the looting there as an event). Never
    folded into a territorial event (taking a town and looting it are two events), nor across a mention told as
    another incident ("Separately, ..."); a burning only where its sentence tells it as a step of the raid
    (:func:`_raid_burning`: "The attackers arrived on motorbikes and set fire to several vehicles", "the gunmen also
    burned 20 houses"), else never (MUC-4 codes arson as an incident of its own: ARSON)."""
    hosts = [k for k in mentions if k.event_type in VIOLENT_EVENT_TYPES and k.modality == "asserted"
             and k.sub_event_type not in TERRITORIAL]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        host = None
        if (m.sub_event_type in SIDE_DEEDS or _closing_in(m)) and m.modality == "asserted" and not told_separate(m) \
                and (not _burning(m) or _raid_burning(m)):
            host = next((k for k in reversed(hosts)
                         if k.sentence.start < m.sentence.start
                         and m.sentence.start - max([k.sentence.end, *(e.end for e in k.evidence)]) <= NEAR_CHARS
                         and places_compatible(k, m) and dates_compatible(k, m)
                         and (_side_doer(m.actor1, k.actor1) if m.sub_event_type != "Disrupted weapons use"
                              else _spoils(m, k))), None)
        if host is None:
            out.append(m)
            continue
        if m.sentence != host.sentence and m.sentence not in host.evidence:
            host.evidence.append(m.sentence)
    return out
