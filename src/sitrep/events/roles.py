"""Who acts and who is acted on: actor phrases read off the dependency parse.

Noun phrases become :class:`ActorRef` through, in order: the actor dictionary's
resolver (``sitrep.nlp.actors.get_resolver()``, when it exists), the entity
mentions already in the analysis, and finally a normalised id for an
unresolved agent phrase ("x:government-troops") when its head is an agent noun
("forces", "rebels", "civilians"...) or a name.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterable, Optional

from sitrep.events.backed_by import backed_phrase_span, backer_of, backer_owns, fused_backer, sponsor_left_out
from sitrep.events.bare_state import bare_state_noun, state_of_bare_noun
from sitrep.events.bracketed_name import bracketed_names
from sitrep.events.compound_doer import misparsed_modifiers
from sitrep.events.generic_relation import no_one_by_relation
from sitrep.events.described_group import called_band, described_group, named_gang, named_unit
from sitrep.events.irregulars import forces_abroad, irregulars_of_nation
from sitrep.events.leader_led import leader_led_body
from sitrep.events.leader_loyal import loyal_leader_name
from sitrep.events.machine_agents import machine_only
from sitrep.events.members_plural import members_plural
from sitrep.events.norp_modifier import unknown_people_word
from sitrep.events.ontology import Ontology
from sitrep.events.operation_troops import operation_name, operation_of
from sitrep.events.splinters import splinter_phrase
from sitrep.model import ActorRef, Analysis, Mention, Span
from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

# actor ids of a side with no name of its own ("Islamist Militants (Nigeria)", "Opposition Rebels (Colombia)")
SIDE_LABELS = ("_ISLAMIST", "_OPP")
_NP_DROP = {"prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "parataxis"}
_BARE_FORCES = {"force", "forces", "troop", "troops", "soldier", "soldiers", "unit", "units"}  # "the army" names an army
# a state's rulers named only by their kind ("the regime", "the government"): the actors layer resolves them with the
# article's country; left unresolved (no country to give them), they name no one ("the authorities" and "the state"
# stay: as victims they say who was hit, "attacks on local authorities")
_BARE_STATE = {"regime", "government", "administration"}
# actor types whose country says who reports or speaks, not where a report is set (ActorFinder.report_country)
_NO_COUNTRY_TYPES = frozenset({"media", "ngo", "monitor", "international"})
# armed groups that fight across borders ("JNIM", a Malian group, in Burkina Faso): their country does not unsettle
# a report set in one country whose own state is named in it (report_country)
_CROSSING_TYPES = frozenset({"rebel", "militia"})


def _named_beside(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` says whose it is by a name after it: "militants from the Northern Brigade",
    "troops of Vorland", "gunmen, members of the Red Hand" (a proper noun in its from/of phrase or apposition)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            if any(g.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in g.subtree) for g in c.children):
                return True
        elif c.dep_ == "appos" and any(t.pos_ == "PROPN" for t in c.subtree):
            return True
    return False


def _describes_named_host(tok, app) -> bool:  # type: ignore[no-untyped-def]
    """Apposition ``app``, hung by the parser on ``tok``, follows a from/of phrase of ``tok`` that names a body by its
    own name ("Fighters of the Jaime Martinez front, one of the FARC splinter groups, ..."): it describes that body,
    the nearest noun, not ``tok``'s group (branch roles20)."""
    return any(g.dep_ == "pobj" and g.i < app.i and any(t.pos_ == "PROPN" and t.i < g.i for t in g.children)
               for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i < app.i
               for g in c.children)


# a state's forces by their common name, capitalised as a name in some papers' style ("attacked an Army detachment",
# "the Police said"): no name of a body of their own, read as the lower-case word
_CAPITAL_FORCES = frozenset({"army", "military", "police", "navy"})


# determiners of an indirect question ("which side started the fighting", "what group was behind it")
QUESTION_DETS = frozenset({"which", "what", "whichever", "whatever"})


def asked_phrase(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` is what a question asks ("had not established which side started the fighting",
    "it is unclear what group was behind it"): it names no one."""
    return any(c.dep_ == "det" and c.lower_ in QUESTION_DETS for c in tok.children)


@functools.lru_cache(maxsize=1)
def bare_forces() -> dict[str, str]:
    """data/bare_forces.tsv: a bare noun of a state's forces -> its role (MIL, POLICE)."""
    rows = data_rows("bare_forces.tsv", needs=("phrase", "role", "source"))
    return {cols[0].strip().lower(): cols[1].strip() for cols in rows}


@functools.lru_cache(maxsize=1)
def forces_words() -> dict[str, str]:
    """data/forces_sites.tsv: a word of the forces' sites and units -> POLICE, MIL (whose forces), SITE or MEMBER."""
    return {c[0].strip().lower(): c[1].strip() for c in data_rows("forces_sites.tsv", needs=("word", "kind", "source"))}


def state_country(entity_id: Optional[str]) -> Optional[str]:
    """ISO2 country of a state actor id (a country, its government, ministries, forces), else None."""
    if not entity_id or entity_id.startswith("x:") or entity_id.startswith("PERS_"):
        return None
    try:
        from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]

        entry = get_resolver().get(entity_id)
    except Exception:
        return None
    if entry.get("type") not in ("country", "state", "military", "ministry", "government", "state_forces"):
        return None
    return entry.get("country")


# generic attacker nouns the tagger reads as a name after a dateline's dash ("SOKOTO, Nigeria (Reuters) - Gunmen loyal
# to ...")
_DASH_NOUNS = frozenset({"gunmen", "militants", "fighters", "insurgents", "bandits", "rebels", "attackers", "jihadists"})
# participles that tie a generic attacker phrase to the group named after them ("militants loyal to X")
_BELONGING = frozenset({"loyal", "link", "linked", "affiliate", "affiliated", "ally", "allied", "belong", "tie", "tied",
                        "connect", "connected"})
# generic nouns of a group that an appositive names ("a shadowy organization, the Red Dawn Front")
_GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "commando", "faction", "cell", "unit",
                          "squad", "front"})
# nouns of members that name no one alone ("members", "elements"): the phrase with its "of" names them
_MEMBER_HEADS = frozenset({"member", "element", "operative", "agent"})
_BOTH = frozenset({"both", "two", "all", "each", "either"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "any", "many", "various", "other"})
_DET = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some", "several"}
STATE_TYPES = frozenset({"state", "state_forces", "country", "police"})
NONSTATE_TYPES = frozenset({"rebel", "militia", "identity_militia", "political_militia", "protesters", "rioters"})
CIVILIANS = ActorRef(entity_id="CIVILIANS", name="Civilians")


def _resolver() -> Optional[Callable]:  # type: ignore[type-arg]
    """The actor dictionary's resolver when the actors module provides one."""
    try:
        from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]
    except Exception:  # the actors layer is not there yet
        return None
    try:
        r = get_resolver()
    except Exception:
        return None
    return getattr(r, "resolve", None)


def lemma(tok) -> str:  # type: ignore[no-untyped-def]
    """Lower-case lemma with a crude plural strip for proper-noun tokens the tagger did not lemmatise."""
    lem = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lem.endswith("s") and len(lem) > 4 and not lem.endswith("ss"):
        return lem[:-1]
    return lem


def _held_to_account(head, c) -> bool:  # type: ignore[no-untyped-def]
    """ "police hold X responsible for the attack" parsed with "responsible" qualifying X: no part of X's name."""
    from sitrep.events.frames import frame_words

    return c.dep_ == "amod" and c.i > head.i and c.lemma_.lower() in frame_words("blame_adj")


_NP_KEY = "sitrep_np_tokens"  # doc.user_data: head index -> the indices np_tokens gives for it


def np_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    """The tokens of the noun phrase headed by ``tok`` without its clauses, prepositions or conjuncts (read once
    per head and Doc: the roles ask for the same phrases again and again; a new list each time)."""
    doc = tok.doc
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return _np_tokens(tok)
    cache = user_data.setdefault(_NP_KEY, {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = tuple(t.i for t in _np_tokens(tok))
    return [doc[i] for i in got]


def _np_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    keep = [tok]
    styled = self_styled(tok)  # "a self-styled Army of the Poor": the whole own name
    stack = [c for c in tok.children if (c.dep_ not in _NP_DROP or (styled and c.dep_ == "prep" and c.lower_ == "of")
                                         or _name_hyphen(tok, c))
             and not _held_to_account(tok, c) and not _self_styled(c) and not _postnominal_phrase(tok, c)]
    while stack:
        c = stack.pop()
        keep.append(c)
        stack.extend(x for x in c.children if x.dep_ not in _NP_DROP or _described_pair(tok, c, x)
                     or _name_hyphen(tok, x))
    keep.extend(_name_quotes(tok, keep))
    keep.extend(misparsed_modifiers(tok))  # "A Dawlah Islamiyah sniper shot ...": the name the parser hung on the verb
    keep.extend(bracketed_names(tok, keep))  # "RSF (Rapid Support Forces) fighters": the name's other form in brackets
    keep.sort(key=lambda t: t.i)
    # keep a contiguous stretch around the head
    lo = hi = keep.index(tok)
    def joined(a, b) -> bool:  # type: ignore[no-untyped-def]
        return b.i == a.i + 1 and not (a.is_space and "\n" in a.text) and not (b.is_space and "\n" in b.text) and "\n\n" not in a.whitespace_

    while lo > 0 and joined(keep[lo - 1], keep[lo]):
        lo -= 1
    while hi < len(keep) - 1 and joined(keep[hi], keep[hi + 1]):
        hi += 1
    return _particle_name_front(keep[lo]) + keep[lo : hi + 1]


# the short lower-case links inside Urdu, Persian and Arabic names written with hyphens ("Ittehad-ul-Mujahideen",
# "Lashkar-e-Jhangvi", "Tehrik-i-Taliban", "Ansar-ud-Din"; public knowledge of the transliterations)
_NAME_PARTICLES = frozenset({"ul", "ud", "un", "ut", "us", "ur", "e", "i", "al", "el"})


def _particle_name_front(first) -> list:  # type: ignore[no-untyped-def]
    """The front of a hyphenated name the parse cut off before ``first`` ("Ittehad-ul-" before "Mujahideen Pakistan",
    which would else be read as Pakistan's army): a capitalised word, a hyphen, a name particle, a hyphen glued
    to ``first``."""
    doc = first.doc
    k = first.i + 1 if first.text == "-" else first.i  # (the parse may keep the last hyphen: "-Ansar Pakistan")
    if k < 4 or k >= len(doc) or not doc[k].text[:1].isupper():
        return []
    w, h1, p, h2 = doc[k - 4], doc[k - 3], doc[k - 2], doc[k - 1]
    glued = not (w.whitespace_ or h1.whitespace_ or p.whitespace_ or h2.whitespace_)
    if glued and h1.text == "-" and h2.text == "-" and p.lower_ in _NAME_PARTICLES and w.is_alpha \
            and w.text[:1].isupper():
        return list(doc[k - 4 : first.i])
    return []


def _name_hyphen(head, c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a hyphen between two parts of a proper name before the head ("Tehreek-i-Taliban Pakistan",
    "Lashkar-e-Taiba", "Hizb-ul-Mujahideen militants"): part of the phrase, which would else break at it and keep only
    the last part ("Taliban Pakistan", read as Pakistan's army)."""
    doc = c.doc
    # (a proper name's parts on both sides: "Ostria-backed fighters" are no "Ostria-backed" group, "a four-person
    # group" no "four-person" one)
    return c.dep_ == "punct" and c.tag_ == "HYPH" and c.i < head.i and 0 < c.i and not c.whitespace_ \
        and not doc[c.i - 1].whitespace_ and doc[c.i - 1].is_alpha and doc[c.i + 1].is_alpha \
        and ((doc[c.i - 1].pos_ == "PROPN" and doc[c.i + 1].pos_ == "PROPN")
             or (doc[c.i - 1].text[:1].isupper() and doc[c.i + 1].lower_ in _TIES and head.text.islower()
                 and lemma(head) not in _GROUP_NOUNS)) \
        and doc[c.i + 1].lower_ not in _STATE_BODY_WORDS


# the words after a group's name and a hyphen that keep the name in a phrase of generic men ("Islamic State-linked
# gunmen": the actors layer reads the men as the group's, nlp/actor_lexicon); a sponsor's "-backed", "-led" stays
# out, and so does the tie before a name of its own ("the al Qaeda-linked Group for the Support of Islam and Muslims")
# or a group noun, told back to a group named before ("the al Qaeda-affiliated group claimed it": al-Shabaab)
_TIES = frozenset({"linked", "affiliated"})


# a state's body after the hyphen names no group of that name: "SANA-Army units" is a credit line's agency and the
# army, not an "SANA-Army" group
_STATE_BODY_WORDS = frozenset({"army", "police", "military", "forces", "government", "regime", "navy", "gendarmerie"})


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _name_quotes(tok, keep: list) -> list:  # type: ignore[type-arg]
    """The two quotation marks of a name written in quotes before its head noun ('a "Red Valley" group'), when both
    hang on the head and words of the phrase stand between them: kept, so that the phrase runs over the name."""
    marks = [c for c in tok.children if c.dep_ == "punct" and c.text in _QUOTES and c.i < tok.i]
    if len(marks) != 2:
        return []
    inside = [t for t in keep if marks[0].i < t.i < marks[1].i]
    return marks if inside and len(inside) == marks[1].i - marks[0].i - 1 else []


_DOUBLE_QUOTES = re.compile("(?<!\\w)[\"“”]+|[\"“”]+(?!\\w)|''|``")
_SINGLE_PAIR = re.compile("(?<!\\w)['‘’]([^'‘’]+?)['’](?!\\w)")


def _unquote(text: str) -> str:
    """``text`` without the quotation marks around a name ('the "Red Valley" group', "the 'Red Valley' group"); an
    apostrophe inside a word or before a possessive "s" stays ("Good ol’ Boris", "the president ’s coalition")."""
    return _DOUBLE_QUOTES.sub(" ", _SINGLE_PAIR.sub(r" \1 ", text))


def sworn_preps(tok) -> list:  # type: ignore[no-untyped-def]
    """The "to/with" phrases by which a noun says whose it is: "loyal to X", "linked to X", "allied with X"."""
    hosts = [c for c in tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in _BELONGING]
    hosts += misread_tie(tok)
    return [p for c in hosts for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]


def misread_tie(tok) -> list:  # type: ignore[no-untyped-def]
    """ "Gunmen linked to the X shot dead ...": the parser read the participle as the main verb, its noun its
    subject, and the deed as an adverbial clause of it; the participle is the noun's tie to X all the same (no object,
    a clause of a deed after its "to/with" phrase). A one-item list, or empty."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.tag_ != "VBD" or v.lemma_.lower() not in _BELONGING or v.i != tok.i + 1:
        return []
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg") for c in v.children):
        return []
    return [v] if any(c.dep_ in ("advcl", "conj", "dep") and c.pos_ == "VERB" and c.i > v.i for c in v.children) else []


@functools.lru_cache(maxsize=1)
def armed_name_words() -> frozenset[str]:
    """Head words of data/armed_name_words.tsv ("brigade", "front", "legion" ...)."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("armed_name_words.tsv"))


def armed_name(g, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
    """``g`` heads a capitalised name that ends in a head word of an armed body ("the Crimson Brigade", "the Veldan
    Liberation Front") and the dictionary does not know it: a named armed group all the same."""
    return ref is not None and ref.entity_id.startswith(("unk:", "x:")) and g.pos_ == "PROPN" and g.text[:1].isupper() \
        and g.lower_ in armed_name_words()


def _postnominal_phrase(head, c) -> bool:  # type: ignore[no-untyped-def]
    """An adjective after its noun that heads a phrase of its own ("gunmen loyal to a commander"): no part of the
    noun's name."""
    return c.i > head.i and c.dep_ == "amod" and any(x.dep_ == "prep" for x in c.children)


def _descriptive(t) -> bool:  # type: ignore[no-untyped-def]
    return t.pos_ in ("ADJ", "VERB", "NUM") and not t.ent_type_ in ("NORP", "GPE", "ORG") and t.text[:1].islower()


def _described_pair(head, mod, x) -> bool:  # type: ignore[no-untyped-def]
    """``x`` coordinates descriptive words before the head ("three armed and masked men", "two or three gunmen"):
    part of the phrase. Names coordinated there ("Turkish and Syrian forces") name two actors
    (:meth:`ActorFinder.split_amod_conj`) and stay out."""
    if mod.dep_ not in ("amod", "nummod") or mod.head.i != head.i or x.i > head.i or not _descriptive(mod):
        return False
    return x.dep_ == "cc" or (x.dep_ == "conj" and _descriptive(x))


def _self_styled(c) -> bool:  # type: ignore[no-untyped-def]
    """ "self-styled", "so-called": a modifier saying the name is the group's own, no word of the name."""
    return c.dep_ in ("amod", "compound", "advmod") and c.lower_ in ("styled", "called", "proclaimed") and any(
        x.lower_ in ("self", "so") for x in c.children)


def self_styled(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` is a name a group gives itself ("the self-styled Army of the Poor", "the so-called
    People's Army"): never a state's own forces, whatever its words."""
    return any(_self_styled(c) for c in tok.children)


_CREW_WORDS = frozenset({"fighter", "bomber"})  # gear words that also name people ("a fighter", "the bomber")


def unowned_craft(tok, toks: list, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a phrase naming a craft or gun with no owner in it ("the first drone", "a fighter jet",
    "artillery"): the weapon is no actor, and a name made of it ("first drone") would stand in for the one who
    fired it. An owner in the phrase ("Russian jets", "RSF drones", "rebel drones", "army helicopters") keeps it
    the owner's."""
    lem = lemma(tok)
    if lem in _CREW_WORDS or lem not in onto.cue("military_gear_words") or lem not in onto.cue("agent_heads"):
        return False
    heads = onto.cue("agent_heads") - _CREW_WORDS - onto.cue("military_gear_words")  # "rebel drones", "army jets"
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") or t.dep_ == "poss"
                   or (t is not tok and lemma(t) in heads) for t in toks)


def span_of(tokens: list, article_id: str) -> Span:  # type: ignore[type-arg]
    doc = tokens[0].doc
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return Span(article_id, start, end, doc_text(doc)[start:end])


@functools.lru_cache(maxsize=1)
def armed_modifiers() -> frozenset[str]:
    """Words of data/armed_modifiers.tsv ("armed", "masked", "knife-wielding")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("armed_modifiers.tsv"))


@functools.lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Lemmas of data/relation_nouns.tsv ("husband", "neighbour", "boyfriend")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("relation_nouns.tsv"))


def armed_phrase(tok, before: str) -> Optional[str]:  # type: ignore[no-untyped-def]
    """ "armed men", "masked men", "two men armed with knives": the phrase headed by person noun ``tok`` (``before``:
    its words before the head) describes attackers; returned as "<modifier> <head>" to resolve, else None."""
    mods = [w for w in re.findall(r"[\w-]+", before.lower()) if w in armed_modifiers()]
    if not mods and any(c.dep_ == "acl" and c.lower_ == "armed" for c in tok.children):
        mods = ["armed"]  # "two men armed with knives"
    return f"{mods[0]} {tok.text.lower()}" if mods else None


# determiners and quantifiers that count a demonym as persons ("a Palestinian", "some Afghans", "many Kenyans")
_COUNTING_DETS = frozenset({"a", "an", "some", "many", "several", "few", "dozens", "hundreds", "thousands"})


def nationals(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names people of a nation, not its state: a demonym counted as persons ("a
    Palestinian", "an American", "two Afghans", "some Kenyans"; "the Turks invaded" stays the state), or a person
    named by relation or offence with the demonym before it ("a Syrian teenager", "an Afghan suspect":
    data/relation_nouns.tsv)."""
    if tok.ent_type_ == "NORP":
        return any((c.dep_ == "det" and c.lower_ in _COUNTING_DETS) or c.dep_ == "nummod"
                   or (c.dep_ == "amod" and c.lower_ in _COUNTING_DETS) for c in tok.children)
    return lemma(tok) in relation_nouns() and any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                                                  for c in tok.children)


def common_phrase(m: Mention) -> bool:
    """An entity mention the entity layer coined (``unk:``) for a phrase with no name in it: a determiner and common
    words only ("That group" at the start of a sentence, capitalised and so read as an organisation)."""
    if not (m.entity_id or "").startswith("unk:"):
        return False
    words = re.findall(r"[\w-]+", m.span.text)
    if not words or words[0].lower() not in _DET:
        return False
    return all(w[:1].islower() for w in words[1:])


_HEDGE_START = re.compile(r"^(?:suspected|alleged|presumed|suspect)\s+(?=\S)", re.I)  # the report's hedge, not the name
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])\s*$")  # "Kaleo's", "the Brothers'"


def _slug(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text.lower())
    words = [w for w in re.findall(r"[\w-]+", text) if w not in _DET and not w.isdigit()]
    return "-".join(words)[:60]


def coined_id(text: str) -> str:
    """The id the role reading coins for a name no dictionary knows: "x:" and its slug."""
    return "x:" + _slug(text)


_NAMING = frozenset({"know", "call", "name", "dub"})


def name_given(tok):  # type: ignore[no-untyped-def]
    """The proper name a common noun is said to go by ("a group known as X", "a militia called X", "a cell dubbed
    X"), else None."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _NAMING and c.i == tok.i + 1:
            for x in c.children:
                name = x if x.dep_ == "oprd" else (pobj_as(x) if x.dep_ == "prep" and x.lower_ == "as" else None)
                if name is not None and name.pos_ == "PROPN":
                    return name
    return None


def pobj_as(prep):  # type: ignore[no-untyped-def]
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _own_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A group noun with a name of its own before it ("the Jaime Martinez front", "the Red Dawn group"): its appositive
    describes it ("a faction of the former FARC") and names no other group for it."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < tok.i for c in tok.children)


class ActorFinder:
    """Turns parse tokens into :class:`ActorRef`s for one analysed article."""

    def __init__(self, analysis: Analysis, onto: Ontology, country_focus: Iterable[str] = (),
                 doc=None):  # type: ignore[no-untyped-def]
        """``country_focus``: the story's countries, when the caller knows them. Without them, generic phrases ("the
        police", "the army") get the article's country only where :meth:`report_country` finds one in the parse
        ``doc``: an article alone is no story, and its most named country is not always where it is set."""
        self.an = analysis
        self.onto = onto
        self.focus = list(country_focus)
        self.resolve = _resolver()
        self.mentions = sorted(analysis.entities, key=lambda m: m.span.start)
        self._sole: Optional[tuple[Optional[str]]] = None  # report_country(), computed once
        self._named: frozenset[str] = frozenset()  # named_countries(), read with report_country()
        self._no_country = False  # report_country() found no country at all (not two)
        self._settings: frozenset[str] = frozenset()  # countries of the places the report sets things in
        if not self.focus and doc is not None:
            self.report_country(doc)  # read once, with the parse; used where nothing else names a phrase

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.span.start < end and m.span.end > start]

    def _in_group_name(self, tok) -> bool:  # type: ignore[no-untyped-def]
        """A capitalised word of people inside a group's name the dictionary knows ("Volunteers for the Defence of the
        Homeland"): a word of the name, not civilians."""
        return tok.text[:1].isupper() and any(
            m.kind == "ORG" and m.entity_id and not m.entity_id.startswith(("x:", "unk:"))
            for m in self._mentions_in(tok.idx, tok.idx + len(tok.text)))

    def actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The actor named by the noun phrase headed by ``tok`` (None when it names no agent); a name the dictionary
        does not know loses the possessive ending its phrase gave it ("Kaleo's attack": Kaleo)."""
        if asked_phrase(tok):
            return None  # "police do not know which group carried out the attack": who did it is what is asked
        ref = self._phrase_actor(tok, role, via_modifier)
        ref = self._backed_phrase(tok, ref, role) or ref  # "Rwanda-backed rebels": not Rwanda's (events/backed_by.py)
        if machine_only(tok, ref, self.onto.cue("agent_heads")):
            return None  # "Artillery shelling killed ten": a weapon, not who fired it (events/machine_agents.py)
        if ref is not None and ref.entity_id.startswith(("x:", "unk:")):
            bare = _HEDGE_START.sub("", _POSSESSIVE_END.sub("", ref.name))  # "suspected Maoists": the Maoists
            if bare != ref.name and bare.strip():
                ref = ActorRef(ref.entity_id, bare, ref.span, ref.role, ref.confidence)
        return ref

    def _group_by_given_name(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The group a phrase of a group noun gives by name: "a group known as the Red Dawn Front", "Members of a
        vigilante group known as X" (the name, not the kind); "a shadowy Peruvian organization, the Red Dawn Front"
        (the apposed name, not the country its description mentions)."""
        name = name_given(tok) if lemma(tok) in _GROUP_NOUNS or lemma(tok) in self.onto.cue("agent_heads") else None
        if name is None and lemma(tok) in _MEMBER_HEADS:  # "Members of a vigilante group known as X": X
            of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
            name = name_given(of) if of is not None and lemma(of) in _GROUP_NOUNS else None
        if name is not None:  # "a group known as the Red Dawn Front": the name, not the kind
            named = self._actor(name, role, False)
            if named is not None:
                return named
        if tok.pos_ == "NOUN" and lemma(tok) in _GROUP_NOUNS and not _own_name(tok):
            for app in (c for c in tok.children if c.dep_ == "appos"):
                named = self._actor(app, role, False)  # "a shadowy Peruvian organization, the Red Dawn Front":
                if self.named_group(named):  # the group's name, not the country its description mentions
                    return named
        return self._members_apposed_name(tok, role)

    def _members_apposed_name(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "Members of an armed self-defence group, the Pueblos Unidos, shot ...": the group's own name, apposed to the
        members (where the parser hangs it) or to the group noun, a name the dictionary may not know (a proper name
        that is no person, place or people); None otherwise."""
        if tok.pos_ != "NOUN" or lemma(tok) not in _MEMBER_HEADS:
            return None
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
        if of is None or of is tok or lemma(of) not in _GROUP_NOUNS or _own_name(of):
            return None
        for app in (c for h in (tok, of) for c in h.children if c.dep_ == "appos"):
            named = self._actor(app, role, False)
            if self.named_group(named) or self._own_name_group(app, named):
                return named
        return None

    def _sworn_group(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The group men are sworn or tied to ("fighters loyal to the X Brigade", "militants linked to X"): an
        organisation the text names, in the dictionary or not, over a generic reading; and "forces loyal to the
        president of X": the state's own forces."""
        head_is_force = lemma(tok) in _BARE_FORCES
        for prep in sworn_preps(tok):  # "fighters loyal to the X Brigade", "militants linked to X": the
            g = next((g for g in prep.children if g.dep_ == "pobj"), None)
            leader = loyal_leader_name(g) if g is not None and not head_is_force else None
            if leader is not None:  # "gunmen loyal to the bandit leader X": X's band (events/leader_loyal.py);
                # "forces loyal to warlord X" say no band's name (X an associate, events/commanders.py)
                sp = span_of(leader, self.an.article_id)
                return ActorRef(coined_id(sp.text), sp.text, sp, role)
            named = self._actor(g, role, True) if g is not None else None
            if named is not None and (self.named_group(named) or (
                    named.entity_id.startswith("unk:") and not is_person(named, self)) or (
                    named.entity_id.startswith("x:") and g.pos_ == "PROPN" and g.text[:1].isupper()
                    and g.ent_type_ not in ("PERSON", "LOC", "NORP") and not is_person(named, self))):
                return named  # organisation the text names, in the dictionary or not, over a generic reading
            if named is not None and head_is_force and not named.entity_id.startswith("x:") and self.is_state(named):
                return named  # "forces loyal to the president of X": the state's own forces
        return None

    def _phrase_actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The actor named by the noun phrase headed by ``tok`` (None when it names no agent).

        With ``via_modifier``, a phrase whose head names no agent ("a Turkish convoy")
        stands for the group its modifier names ("Turkish"). A generic attacker phrase that says whose it is ("a
        suicide bomber from the Islamic State", "militants loyal to X") stands for that armed group.
        """
        toks = np_tokens(tok)
        splinter = splinter_phrase(tok, toks)
        if splinter is not None:  # "FARC dissidents": not the FARC (events/splinters.py)
            return ActorRef("x:" + _slug(splinter), splinter, span_of(toks, self.an.article_id), role)
        if operation_of(tok) is not None:  # "troops of Operation Hadin Kai": a bare "troops" (events/operation_troops.py)
            self.report_country(tok.doc)
            return self._of_report_country(tok, [tok], tok.text, span_of([tok], self.an.article_id), role)
        ref = self._actor(tok, role, via_modifier)
        if ref is None:
            from sitrep.events.message_sender import message_sender

            sender = message_sender(self, tok, role)  # "a post attributed to X claimed the attack": X
            if sender is not None:
                return sender
        unit = named_unit(self, tok, role) if ref is None or ref.entity_id.startswith(("x:", "unk:")) else None
        if unit is not None:  # "the Tomas Orrego mobile column (, a faction of X)": the unit by its own name
            return unit
        named = self._group_by_given_name(tok, role)
        if named is not None:
            return named
        if tok.pos_ == "NOUN" or misread_tie(tok) or (tok.pos_ == "PROPN" and tok.lower_ in _DASH_NOUNS):
            # (a capitalised "Insurgents linked to X" opening a sentence; "- Gunmen loyal to X" after a dateline's
            # dash, tagged as a name)
            named = self._sworn_group(tok, role)
            if named is not None:
                return named
        if ref is not None and ref.entity_id == "CIVILIANS" and tok.pos_ == "NOUN":
            believed = self._believed_to_be(tok, role)  # "about thirty men believed to be dahalo": the dahalo, no
            if believed is not None:  # civilians
                return believed
        if ref is None and tok.pos_ == "NOUN":
            from sitrep.events.membership import group_of_members

            group = group_of_members(self, tok, role)  # "troops of the Malian army", "tanks belonging to X": the
            return group if group is not None and not group.entity_id.startswith("x:") else None  # owner, when known
        if ref is not None and (ref.entity_id.endswith("_UNIDENT") or ref.entity_id.startswith("x:")):
            group = self._group_named_beside(tok, role)
            if group is None:
                from sitrep.events.membership import group_of_members

                group = group_of_members(self, tok, role)  # "members of the army": the army
            if group is not None:
                return group
        if ref is not None and ref.entity_id.endswith(SIDE_LABELS + ("_UNIDENT",)) or ref is not None and ref.entity_id.startswith("x:"):
            from sitrep.events.membership import named_group_of_side

            group = named_group_of_side(self, tok, role)  # "Jihadists from ISWAP stormed ...": ISWAP, not the side
            if group is not None:
                return group
        return ref

    def _backed_phrase(self, tok, ref: Optional[ActorRef], role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """"X-backed <noun>" read as X's own body or as the bare phrase ("Opposition Rebels (Rwanda)", "backed
        forces"): the whole phrase as the text names it; None where the phrase names a group of its own."""
        backer = backer_of(tok)
        fused = fused_backer(tok) if backer is None else None
        if backer is None and fused is None:
            return None
        if ref is not None and not ref.entity_id.startswith("x:"):
            if backer is not None:
                b = self._actor(backer, "associate", False)
                backer_id = b.entity_id if b is not None else None
            else:  # "the U.S.-trained Danab brigade": the name inside the fused token, as the dictionary read it
                backer_id = next((m.entity_id for m in self._mentions_in(fused[1], fused[2]) if m.entity_id), None)
            if not backer_owns(ref.entity_id, backer_id, bare_country=fused is not None):
                return None  # "Rwanda-backed M23 rebels", "Saudi-backed government forces": named otherwise
        start, end = backed_phrase_span(tok, backer if backer is not None else fused[0])
        text = doc_text(tok.doc)[start:end]
        return ActorRef("x:" + _slug(text), text, Span(self.an.article_id, start, end, text), role)

    def _group_named_beside(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The armed group of the dictionary a generic attacker phrase headed by ``tok`` belongs to: "from/of X",
        "loyal/linked/affiliated/allied to/with X" (data/armed_modifiers.tsv has no say here: the group is named)."""
        hosts = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        hosts += sworn_preps(tok)
        for app in (c for c in tok.children if c.dep_ == "appos" and not _describes_named_host(tok, c)):
            # "the gunmen, members of X," / "..., X fighters,"
            ref = self._actor(app, role, True)
            if self.named_group(ref):
                return ref
            hosts += [c for c in app.children if c.dep_ == "prep" and c.lower_ == "of"]
        for prep in hosts:
            for g in prep.children:
                if g.dep_ == "pobj" and not operation_name(g):  # "troops of Operation X": no group (operation_troops)
                    gtoks = np_tokens(g)
                    splinter = splinter_phrase(g, gtoks)
                    if splinter is not None:  # "fighters of a dissident faction of the FARC": not the FARC
                        return ActorRef("x:" + _slug(splinter), splinter, span_of(gtoks, self.an.article_id), role)
                    ref = self._actor(g, role, True)
                    if self.named_group(ref) or armed_name(g, ref) or self._own_gang(g, ref):
                        return ref
                    described = described_group(self, g, role)  # "gunmen of the X terrorist group": X
                    if described is not None:
                        return described
        return self._believed_to_be(tok, role)

    def _believed_to_be(self, tok, role: str):  # type: ignore[no-untyped-def]
        """ "the attackers, believed to be ADF rebels, ...", "gunmen suspected to be members of X": the named armed
        group a generic attacker phrase is said to be (the parser makes the attacker the subject of "believed")."""
        gov = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if gov is None or gov.lemma_.lower() not in ("believe", "suspect", "think"):
            gov = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("believe", "suspect", "think")),
                       None)
        be = next((c for c in gov.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "belong")), None) \
            if gov else None
        attr = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if attr is None and be is not None and be.lemma_.lower() == "belong":
            # "gunmen suspected to belong to X": the group the men are said to belong to
            attr = next((p for c in be.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj"), None)
        if attr is None:
            return None
        # ("belong to the al-Qaeda-linked JNIM group": the group's own name before the bare noun comes first)
        names = [c for c in attr.children if c.dep_ == "compound" and c.pos_ == "PROPN"] if be.lemma_.lower() == "belong" \
            else []
        for cand in [*names, attr, *[p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for p in c.children if p.dep_ == "pobj"]]:
            ref = self._actor(cand, role, True)
            if self.named_group(ref) or self._own_name_group(cand, ref) or self._own_gang(cand, ref):
                return ref
        return None

    def _own_gang(self, tok, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
        """``ref`` is the gang "the NAME gang" headed by ``tok`` names by a name of its own (events/described_group
        ``named_gang``: "the Village de Dieu gang", "the Americans gang")."""
        return ref is not None and ref.entity_id.startswith("x:") and tok.pos_ == "NOUN" and (
            named_gang(self, tok, ref.role) is not None or called_band(self, tok, ref.role) is not None)

    def _own_name_group(self, tok, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
        """``ref``, read off the phrase headed by ``tok``, is a group the dictionary does not know but the text names
        by a name of its own ("the Red Dawn Front", "the Klansman gang"): a proper noun in the phrase that is no
        person, place or people, and the phrase no person."""
        if ref is None or not ref.entity_id.startswith(("x:", "unk:")) or is_person(ref, self):
            return False
        return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
                   for t in np_tokens(tok))

    def _actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        if tok is None or tok.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return None  # "no group has claimed the attack", "nobody was hurt": no one
        # "the town of X"/"forces of the regime": look through "of" when the head is generic
        toks = np_tokens(tok)
        sp = span_of(toks, self.an.article_id)
        text = sp.text
        head_lemma = lemma(tok)
        cut = self._cut_group_name(tok, sp, role)
        if cut is not None:
            return cut
        gang = named_gang(self, tok, role) if tok.lower_ == "gang" else None
        if gang is None and tok.pos_ == "NOUN":
            gang = called_band(self, tok, role)  # "a gang known as the Bumbu Boys": the Bumbu Boys
        if gang is not None:  # "the Village de Dieu gang", "the Americans gang": a gang by its own name
            return gang
        unit = self._unit_members(tok, sp, role)
        if unit is not None:
            return unit
        if head_lemma in self.onto.cue("civilian_words") and not self._in_group_name(tok) and not any(
            lemma(t) in self.onto.cue("agent_heads") - self.onto.cue("civilian_words") for t in toks if t is not tok
        ):
            return self._civilians_or_armed(tok, sp, text, role)
        sponsor = fused_backer(tok)  # "the U.S.-trained Danab brigade": the brigade, not the United States' own
        if sponsor is not None and not any(t.text[:1].isupper() and t.i > sponsor[0].i for t in toks):
            sponsor = None  # "U.S.-backed forces": no name of their own (the whole phrase: _backed_phrase)
        if sponsor is not None:
            text = sponsor_left_out(text, sp.start, sponsor[0])
        owned = self._name_after_owner(tok, sp, role)
        if owned is not None:  # "Burkina Faso's Volunteers for the Defence of the Homeland": the named group
            return owned
        if self.resolve is not None:
            told, ref = self._dictionary_actor(tok, toks, sp, text, head_lemma, role)
            if told:
                return ref
        ms = [m for m in self._mentions_in(sp.start, sp.end) if m.entity_id and not common_phrase(m)
              and not (sponsor is not None and sponsor[1] <= m.span.start < sponsor[2])]
        if ms:
            told, ref = self._mentioned_actor(tok, toks, sp, head_lemma, role, ms)
            if told:
                return ref
        named = self._surname_ref(tok, toks, sp, role)
        if named is not None:
            return named  # "Michael Jones ... Jones shot a neighbour": the person named in full before
        if not ms and not any(t.pos_ == "PROPN" and t.lower_ not in _CAPITAL_FORCES and not members_plural(t) for t in toks) \
                and not _named_beside(tok):
            state = self._unnamed_state(tok, toks, text, sp, head_lemma, role)
            if state is not None:
                return state
        if head_lemma in self.onto.cue("agent_heads") or tok.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") \
                or head_lemma in self.onto.cue("nonstate_words") \
                or head_lemma in relation_nouns():  # "her ex-boyfriend", "his neighbour": a person by relation;
            # "separatists", "jihadists": a non-state armed group's members (ontology cue nonstate_words)
            return self._agent_phrase(tok, toks, sp, head_lemma, role)
        return self._modifier_actor(tok, role) if via_modifier else None

    def _name_after_owner(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A group the dictionary knows, named after a possessor ("Burkina Faso's Volunteers for the Defence of the
        Homeland", "Nigeria's Civilian Joint Task Force"): the group, not the country that owns it by the "'s"
        (whose government would be read as its army; branch roles20). The name's mention holds the head word and
        starts after the possessor."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return None
        after = poss.idx + len(poss.text)
        for m in self._mentions_in(tok.idx, tok.idx + len(tok.text)):
            if m.kind == "ORG" and m.entity_id and not m.entity_id.startswith(("x:", "unk:")) \
                    and m.span.start > after and m.span.start <= tok.idx and m.name:
                return ActorRef(m.entity_id, m.name, sp, role)
        return None

    def _civilians_or_armed(self, tok, sp: Span, text: str, role: str) -> ActorRef:  # type: ignore[no-untyped-def]
        """A phrase of civilian words: civilians, unless armed ("armed men": an unidentified armed group)."""
        armed = armed_phrase(tok, text[: max(0, tok.idx - sp.start)])
        if armed is None:
            return ActorRef(CIVILIANS.entity_id, CIVILIANS.name, sp, role)
        got = self.resolve(armed, self.focus) if self.resolve is not None else None
        if got is None and self.resolve is not None and not self.focus and self._sole is not None and self._sole[0]:
            # "armed men" in a report of one country (report_country): that country's unidentified armed group,
            # as the actors layer reads the phrase with a focus
            got = self.resolve(armed, [self._sole[0]])
        return ActorRef(got[0], got[1], sp, role) if got else ActorRef("x:" + _slug(armed), armed, sp, role)

    def _dictionary_actor(self, tok, toks: list, sp: Span, text: str, head_lemma: str,  # type: ignore[no-untyped-def]
                          role: str) -> tuple[bool, Optional[ActorRef]]:
        """The phrase as the actor dictionary reads it: (True, the actor or None) where that decides, (False, None)
        where the dictionary knows no one and no government rules the phrase."""
        try:
            got = self.resolve(text, self.focus)
        except Exception:
            got = None
        body = leader_led_body(tok, toks, got, self.resolve, self.focus)
        if body is not None:  # "a Bashar al Assad regime attack": the regime, not the man (events/leader_led.py)
            got, sp = body[0], Span(sp.article_id, sp.start, body[1], doc_text(tok.doc)[sp.start:body[1]])
        if got and got[0].endswith("_GOV"):  # "a Chadian militant": the country's unidentified armed group
            got = irregulars_of_nation(tok, got) or got
            if got and not got[0].endswith("_GOV"):  # ... but "a Russian sniper" in Ukraine is Russia's forces
                got = forces_abroad(tok, got, {m.entity_id for m in self.mentions if m.entity_id},
                                    {p.country for p in self.an.places if p.country and p.precision != "country"}
                                    ) or got
        if got:  # "the government" takes the country the report is set in (events/bare_state.py)
            got = state_of_bare_noun(tok, got, self.an)
            if got is None:
                return True, None
        if got and got[0].endswith("_GOV") and nationals(tok):
            if tok.ent_type_ == "NORP":  # "a Palestinian", "25,000 Chinese": people of the nation, not its state
                return True, ActorRef(CIVILIANS.entity_id, CIVILIANS.name, sp, role)
            clean = doc_text(tok.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
            clean = re.sub(r"^(?:an?|the|one)\s+", "", clean, flags=re.I)
            return True, ActorRef("x:" + _slug(clean), clean, sp, role)  # "a Syrian teenager": a person, not the state
        if got:
            return True, ActorRef(got[0], got[1], sp, role)
        ruler = self._government_of(tok, head_lemma, role)
        return ruler is not None, ruler

    def _mentioned_actor(self, tok, toks: list, sp: Span, head_lemma: str, role: str,  # type: ignore[no-untyped-def]
                         ms: list[Mention]) -> tuple[bool, Optional[ActorRef]]:
        """The entity mention the phrase holds (the one at its head, else the longest; a named group before a
        generic noun): (True, the actor or None) where it decides, (False, None) where no mention names an agent."""
        head_start = tok.idx
        ms.sort(key=lambda m: (not (m.span.start <= head_start < m.span.end), -(m.span.end - m.span.start)))
        m: Optional[Mention] = ms[0]
        named = [x for x in ms if x.span.text[:1].isupper() and x.kind in ("ORG", "NORP", "PERSON")]
        if not ms[0].span.text[:1].isupper() and named:
            m = named[0]  # "Taliban gunmen", "Al-Shabaab militants": the group named, not the generic noun
        elif not ms[0].span.text[:1].isupper() and any(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.idx < ms[0].span.start
                and not any(x.entity_id for x in self._mentions_in(t.idx, t.idx + len(t.text))) for t in toks):
            m = None  # "the Lindqvist regime": a generic noun the actors layer gave the focus country, but a name
            # before it that the dictionary does not know says whose it is
        if m is not None and (m.kind in ("PERSON", "ORG", "GPE", "NORP") or head_lemma in self.onto.cue("agent_heads")):
            got = (m.entity_id or _slug(m.span.text), m.name or m.span.text)
            got = state_of_bare_noun(tok, got, self.an) if m.entity_id else got  # events/bare_state.py
            return True, (ActorRef(got[0], got[1], sp, role) if got is not None else None)
        return False, None

    def _unnamed_state(self, tok, toks: list, text: str, sp: Span, head_lemma: str,  # type: ignore[no-untyped-def]
                       role: str) -> Optional[ActorRef]:
        """A phrase that names no one: the forces of the report's one country, or a state's rulers of no country."""
        own = self._of_report_country(tok, toks, text, sp, role)
        if own is not None:  # "police fired", "soldiers shot" in a report set in one country: its forces
            return own
        if bare_state_noun(tok) and not self.focus and self._no_country:
            # "the regime keeps shelling its own towns" in a report that names no country at all: a state's
            # rulers, of no country (a report that names two, or whose places lie in several, leaves it blank)
            return ActorRef("x:" + head_lemma, f"{head_lemma.capitalize()} (country not named)", sp, role)
        return None

    def _agent_phrase(self, tok, toks: list, sp: Span, head_lemma: str, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A phrase headed by an agent noun the dictionary does not know: the phrase itself as an actor, or no one
        (a relation with no one named, both sides, a weapon, a bare "forces"/"regime"/"group")."""
        if no_one_by_relation(tok, head_lemma):
            return None  # "killed by a partner", "the suspect": no one named (events/generic_relation.py)
        body = [t for t in toks if t.lower_ not in _DET and t.pos_ != "NUM" and t.text not in _QUOTES]
        if not body:
            return None
        if head_lemma == "side" and any(c.lower_ in _BOTH for c in tok.children):
            return None  # "both sides fought", "the two sides exchanged fire": each of two, neither one alone
        if unowned_craft(tok, toks, self.onto):
            return None  # "the first drone struck", "a fighter jet dropped bombs": a weapon, whose owner is unsaid
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
        if len(body) == 1 and head_lemma in _MEMBER_HEADS and of is not None:
            return self._members_of(toks, of, role)
        if len(body) == 1 and head_lemma in _BARE_FORCES:
            # "its forces", "their troops": the forces of the state named just before; a bare "forces"
            # names nobody (an unknown actor, not a new one called "forces")
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                return self._possessor_forces(tok, sp, role)
            return None
        if len(body) == 1 and head_lemma in _BARE_STATE:
            return None  # "regime attacks" with no country known: not an actor called "regime"
        if len(body) == 1 and head_lemma in _GROUP_NOUNS:  # "a group of gunmen": the gunmen, not "group"
            members = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            ref = self.actor(members, role) if members is not None else None
            if ref is not None:  # the span runs over the whole phrase, "a group of students"
                whole = span_of([toks[0], np_tokens(members)[-1]], self.an.article_id)
                return ActorRef(ref.entity_id, ref.name, whole, ref.role, ref.confidence)
            if members is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE
                                           for c in tok.children):
                return None  # "a group attacked", "groups attacked": a kind of body, no one named ("the group",
                # "this group" point back at one named before: the phrase is kept for the reader)
        clean = doc_text(tok.doc)[body[0].idx : body[-1].idx + len(body[-1].text)]
        clean = " ".join(_unquote(clean).split())  # 'the "Red Valley" group'
        return ActorRef("x:" + _slug(clean), clean, sp, role)

    def _members_of(self, toks: list, of, role: str) -> ActorRef:  # type: ignore[no-untyped-def]
        """"members of the socialist party": the whole phrase, not "members" (a named group of the dictionary is
        still read as that group: ActorFinder.actor, events/membership.py)."""
        last = np_tokens(of)[-1]
        deeper = pobj_as(next((c for c in of.children if c.dep_ == "prep" and c.lower_ == "of"), of))
        if deeper is not None:  # "members of the party of Varnia"
            last = np_tokens(deeper)[-1]
        whole = span_of([toks[0], last], self.an.article_id)
        clean = re.sub(r"^(?:an?|the|some|several)\s+", "", whole.text, flags=re.I)
        return ActorRef("x:" + _slug(clean), clean, whole, role)

    def _modifier_actor(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """"a Turkish convoy", "Russian jets", "a convoy of Turkish vehicles": the group named by the modifier."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"):
                ref = self.actor(c, role)
                return None if unknown_people_word(c, ref) else ref
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.actor(p, role)
        return None

    def _cut_group_name(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A named armed group whose name the parse cut short: the entity layer read the whole name ("Tehreek-i-Taliban
        Pakistan") but the phrase's head keeps only its last words ("Taliban Pakistan", which alone reads as the
        country's forces), or only the generic noun after it ("Tehrik-i-Taliban Pakistan fighters" -> "fighters").
        The group, with the span widened to its name, when a mention of a non-state armed group of the actor
        dictionary starts before the phrase and runs into it or ends just before it (a space apart), and the head
        is inside that name or is a generic noun of armed men (ontology cues agent_heads, nonstate_words). None
        otherwise."""
        text = doc_text(tok.doc)
        for m in self.mentions:
            if not m.entity_id or m.span.start >= sp.start or m.span.end > sp.end or common_phrase(m):
                continue
            touches = m.span.end > sp.start or not text[m.span.end:sp.start].strip(" ")
            if not touches or not m.span.text[:1].isupper():
                continue
            ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, role)
            if not self.named_group(ref):
                continue
            inside = m.span.start <= tok.idx < m.span.end
            generic = lemma(tok) in (self.onto.cue("agent_heads") | self.onto.cue("nonstate_words")) \
                and tok.idx >= m.span.end
            if not (inside or generic):
                continue
            whole = Span(self.an.article_id, m.span.start, sp.end, text[m.span.start:sp.end])
            return ActorRef(ref.entity_id, ref.name, whole, role)
        return None

    def _of_report_country(self, tok, toks: list, text: str, sp: Span,  # type: ignore[no-untyped-def]
                           role: str) -> Optional[ActorRef]:
        """A generic phrase nothing else names ("the police", "rebels", "two soldiers"), read with the report's one
        country (:meth:`report_country`) when no story focus was given: a phrase of data/agent_phrases.tsv as the
        actors layer reads it with a focus ("the army" still goes by the places: ``bare_state``), or a bare noun of
        state forces that needs a country there (data/bare_forces.tsv: "soldiers", "troops", "policemen"). None
        when the report has no one country."""
        res = getattr(self.resolve, "__self__", None)
        if self.focus or res is None or self._sole is None:
            return None
        counted = {x.i for t in toks if t.dep_ == "nummod" for x in t.subtree}  # "at least six", "more than 20"
        body = " ".join(t.lower_ for t in toks if t.dep_ not in ("det", "nummod", "predet", "quantmod", "punct")
                        and t.pos_ not in ("NUM", "DET", "PUNCT") and t.i not in counted)
        country = self._sole[0]
        if country is None:
            # a police force serves at home: "police officers" take the one country the report sets things in even
            # when it names another country's people or armed groups ("Somalia-based militants" in a Kenyan town)
            return self.report_forces("POLICE", sp, role) if bare_forces().get(body) == "POLICE" else None
        try:
            got = self.resolve(text, [country])
        except Exception:
            got = None
        if got:
            got = state_of_bare_noun(tok, got, self.an)
            return ActorRef(got[0], got[1], sp, role) if got else None
        forces = bare_forces().get(body)
        return self.report_forces(forces, sp, role) if forces else None

    def _unit_members(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "Four personnel of the Central Reserve Police Force's CoBRA unit", "five jawans of the army": the members of
        a unit of the state's forces are those forces -- the unit's own entry when the dictionary knows it, else the
        report country's police or army as the unit's name says (data/forces_sites.tsv, owner words)."""
        words = forces_words()
        if words.get(tok.lower_) != "MEMBER":
            return None
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
        if of is None:
            return None
        ref = self.actor(of, role)
        if ref is not None and ref.entity_id.endswith(("_POL", "_MIL")):
            return ActorRef(ref.entity_id, ref.name, sp, role)
        kinds = [words.get(t.lower_) for t in of.subtree]
        forces = next((k for k in kinds if k in ("POLICE", "MIL")), None)
        return self.report_forces(forces, sp, role) if forces else None

    def report_forces(self, forces: str, sp: Span, role: str) -> Optional[ActorRef]:
        """The forces of kind ``forces`` (MIL, POLICE: data/actor_roles.tsv) of the report's one country
        (:meth:`report_country`), with no story focus given; police also of the one country the report sets things in
        when it names another country's people (a police force serves at home; troops serve abroad). None otherwise."""
        res = getattr(self.resolve, "__self__", None)
        if self.focus or res is None or self._sole is None:
            return None
        country = self._sole[0]
        if country is None:
            if forces != "POLICE" or len(self._settings) != 1:
                return None
            country = next(iter(self._settings))
        elif forces == "MIL" and not res.has_bare_army(country):
            return None
        aid, name = res.role_actor(country, forces)
        return ActorRef(aid, name, sp, role) if aid else None

    def report_country(self, doc) -> Optional[str]:  # type: ignore[no-untyped-def]
        """The one country a report is about, when nothing in it says otherwise: the only country among those of the
        places it sets something in (``bare_state.setting_countries``: "in Nakuru", "near Mandalay") and those of the
        actors it names (a country, a demonym, a state body, a person, an armed group of a country; not a news agency,
        an NGO or an international body, which say who reports, nor a group that lends no country, nor a speaker or
        the one spoken to, as ``nlp.actors.country_focus`` leaves them out). None when it names two ("Turkish troops"
        in a report set in Syria: whose "soldiers" is a guess) or none: blank beats wrong; except that a rebel group
        or militia of another country does not count against a report set in one country whose state (its army,
        its government, the country by name) is named too: armed groups cross borders, the soldiers they fight
        there are that state's ("JNIM", of Mali, attacking "soldiers" near a town of Burkina Faso with "Burkina
        Faso's military" named)."""
        if self._sole is None:
            self._sole = (self._report_country(doc),)
        return self._sole[0]

    def _report_country(self, doc) -> Optional[str]:  # type: ignore[no-untyped-def]
        from sitrep.events.bare_state import setting_countries
        from sitrep.nlp.actors import speaks
        from sitrep.nlp.nationals import national_at

        res = getattr(self.resolve, "__self__", None)
        if res is None:
            return None
        places = set(setting_countries(self.an, doc))
        self._settings = frozenset(places)
        countries, groups, states = set(places), set(), set()
        self._no_country = False
        for m in self.mentions:
            entry = res.actors.get(m.entity_id) if m.entity_id else None
            if not entry or not entry.get("country") or entry.get("type") in _NO_COUNTRY_TYPES \
                    or entry.get("lends_country", True) is False:
                continue
            if speaks(doc, m.span.start, m.span.end):
                continue  # "the Ruritanian envoy said", "we said to Ruritania": who speaks, not where it happens
            if entry.get("type") == "country" and national_at(doc, m.span.start, m.span.end):
                continue  # "a Spaniard and an Italian were kidnapped": who the victims are, not where it happens
            (groups if entry.get("type") in _CROSSING_TYPES else states).add(entry["country"])
        self._named = frozenset(states | groups) or frozenset(places)
        countries |= states
        if len(places) == 1 and countries == places and places <= states:
            return next(iter(places))  # set in one country whose state is named: a group from abroad crossed over
        countries |= groups
        self._no_country = not countries
        self._named = frozenset(countries)
        return next(iter(countries)) if len(countries) == 1 else None

    def named_countries(self, doc) -> frozenset[str]:  # type: ignore[no-untyped-def]
        """The countries of the actors the report names (a state, a demonym, an armed group of a country), else of the
        places it sets something in; empty when it names none (read with :meth:`report_country`)."""
        self.report_country(doc)
        return self._named

    def _government_of(self, tok, head_lemma: str, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "the government / regime / administration of Bashar al-Assad": the state the dictionary says that leader
        governs, as it reads "the Assad regime"; the span runs to the leader's name. None for a leader it does not
        know ("the government of John Smith") or an "of" phrase that is no name ("the government of the region")."""
        if head_lemma not in ("government", "regime", "administration") or self.resolve is None:
            return None
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        ruler = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if ruler is None or ruler.pos_ != "PROPN" or ruler.ent_type_ != "PERSON":
            return None
        rtoks = np_tokens(ruler)
        name = doc_text(tok.doc)[rtoks[0].idx : rtoks[-1].idx + len(rtoks[-1].text)]
        try:
            got = self.resolve(f"{name} {tok.text}", self.focus)
        except Exception:
            return None
        if not got:
            return None
        return ActorRef(got[0], got[1], span_of(np_tokens(tok) + rtoks, self.an.article_id), role)

    def _surname_ref(self, tok, toks: list, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A lone capitalised name the entity layer left unlinked ("Jones") that is the last word of exactly one
        person named in full earlier in the article ("Michael Jones"): that person. None otherwise (two people of
        that surname, no one, or a phrase of more than the name)."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(toks) != 1 or tok.ent_type_ not in ("", "PERSON"):
            return None
        same = {m.entity_id: m for m in self.mentions if m.kind == "PERSON" and m.entity_id and m.span.end <= tok.idx
                and " " in m.span.text.strip() and m.span.text.split()[-1] == tok.text}
        if len(same) != 1:
            return None
        m = next(iter(same.values()))
        return ActorRef(m.entity_id, m.name or m.span.text, sp, role)

    def _possessor_forces(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The armed forces of the nearest state actor named earlier in the sentence ("Turkey's defence
        ministry said its forces ..." -> Military Forces of Turkey)."""
        sent_start = tok.sent.start_char
        before = [m for m in self.mentions if sent_start <= m.span.start < tok.idx and m.entity_id]
        for m in reversed(before):
            got = state_country(m.entity_id)
            if got is None:
                continue
            try:
                from sitrep.nlp.actors import get_resolver  # type: ignore[attr-defined]

                aid, name = get_resolver().role_actor(got, "MIL")
            except Exception:
                return None
            return ActorRef(aid, name, sp, role) if aid else None
        return None

    def conjuncts(self, tok) -> list:  # type: ignore[no-untyped-def]
        """``tok`` and the heads coordinated with it ("Rebels and Turkish troops")."""
        return [tok] + [c for c in tok.conjuncts if c.i > tok.i]

    def split_amod_conj(self, tok) -> list[ActorRef]:  # type: ignore[no-untyped-def]
        """"Turkish and Syrian forces": two actors, "Turkish forces" and "Syrian forces"."""
        amods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and any(x.dep_ == "conj" for x in c.children)
                 and not _descriptive(c)]  # "armed and masked men": one group described, not two
        if not amods:
            return []
        first = amods[0]
        out = []
        for mod in [first] + [c for c in first.conjuncts if c.i > first.i]:
            alone = lemma(mod) in self.onto.cue("agent_heads") and mod.pos_ in ("NOUN", "PROPN")
            # the modifier with the words of its own name before it ("the Red Front and Kurdish militants": "Red
            # Front", not "Front")
            own = [c for c in mod.children if c.i < mod.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            first = min(own, key=lambda c: c.left_edge.i).left_edge if own else mod
            start, end = first.idx, mod.idx + len(mod.text)
            name = doc_text(tok.doc)[start:end]
            text = name if alone else f"{name} {tok.text}"
            sp = Span(self.an.article_id, start, end, name)
            got = None
            if self.resolve is not None:
                try:
                    got = self.resolve(text, self.focus)
                except Exception:
                    got = None
            if got:
                out.append(ActorRef(got[0], got[1], sp))
                continue
            ms = [m for m in self._mentions_in(start, end) if m.entity_id
                  and (m.span.end <= end or first is mod)]  # not a mention run over the coordination
            if ms:
                out.append(ActorRef(ms[0].entity_id or "", ms[0].name or text, sp))
            elif alone:
                out.append(ActorRef("x:" + _slug(text), text, sp))
            else:
                out.append(ActorRef("x:" + _slug(text), text, sp))
        return out

    def associates(self, tok) -> list[ActorRef]:  # type: ignore[no-untyped-def]
        """Backers of the group headed by ``tok``: "rebels backed by Turkey", "Turkish-backed rebels"."""
        out: list[ActorRef] = []
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("back", "support", "sponsor", "arm", "aid", "assist"):
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                for q in self.conjuncts(p):
                                    ref = self.actor(q, role="associate") or self._name_ref(q, "associate")
                                    if ref:
                                        out.append(ref)
        for c in tok.children:  # "Ostria-backed fighters" split into tokens: Ostria (npadvmod) - backed (amod)
            if c.dep_ == "amod" and c.lemma_.lower() in ("back", "support", "sponsor", "arm", "ally"):
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "nmod", "advmod") and x.pos_ == "PROPN":
                        ref = self.actor(x, role="associate") or self._name_ref(x, "associate")
                        if ref:
                            out.append(ref)
        for c in tok.subtree:
            m = re.match(r"^([A-Z][\w]+)-(backed|supported|sponsored|allied)$", c.text)
            if m:
                start, end = c.idx, c.idx + len(m.group(1))
                ref = None
                if self.resolve is not None:
                    try:
                        got = self.resolve(m.group(1), self.focus)
                    except Exception:
                        got = None
                    if got:
                        ref = ActorRef(got[0], got[1], Span(self.an.article_id, start, end, m.group(1)), "associate")
                if ref is None:
                    ms = [x for x in self._mentions_in(start, end) if x.entity_id]
                    ref = ActorRef(
                        ms[0].entity_id if ms else "x:" + _slug(m.group(1)),
                        (ms[0].name if ms else None) or m.group(1),
                        Span(self.an.article_id, start, end, m.group(1)),
                        "associate",
                    )
                out.append(ref)
        from sitrep.events.commanders import commanders

        out.extend(commanders(tok, self))  # "troops under the command of General X", "forces loyal to X": X
        return out

    def _name_ref(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        if tok.pos_ == "PROPN":
            toks = np_tokens(tok)
            sp = span_of(toks, self.an.article_id)
            return ActorRef("x:" + _slug(sp.text), sp.text, sp, role)
        return None

    def _dictionary_type(self, actor_id: Optional[str]) -> Optional[str]:
        """The actor dictionary's type of ``actor_id`` (state_forces, rebel, ...), when the resolver exposes it."""
        owner = getattr(self.resolve, "__self__", None)
        actors = getattr(owner, "actors", None)
        if isinstance(actors, dict) and actor_id in actors:
            d = actors[actor_id]
            return d.get("type") if isinstance(d, dict) else None
        return None

    def named_group(self, ref: Optional[ActorRef]) -> bool:
        """A non-state armed group of the actor dictionary ("Taliban"): never a place, whatever a gazetteer says."""
        return ref is not None and self._dictionary_type(ref.entity_id) in ("rebel", "militia", "political_militia",
                                                                           "communal_militia", "identity_militia")

    def is_state(self, ref: Optional[ActorRef]) -> Optional[bool]:
        """True for state forces, False for non-state groups, None when unknown."""
        if ref is None:
            return None
        kind = self._dictionary_type(ref.entity_id)
        if kind in STATE_TYPES:
            return True
        if kind in NONSTATE_TYPES:
            return False
        words = set(re.findall(r"[a-z][a-z-]*", f"{ref.name} {ref.entity_id}".lower().replace("_", " ")))
        words |= {w[:-1] for w in words if w.endswith("s")}
        if words & self.onto.cue("nonstate_words"):
            return False
        if words & self.onto.cue("state_words"):
            return True
        if re.search(r"(^|_)(GOV|MIL|ARMY|POLICE|STATE)(_|$)", ref.entity_id or ""):
            return True
        for m in self._mentions_in(ref.span.start, ref.span.end) if ref.span else []:
            if m.kind == "GPE":
                return True
        return None


def is_person(ref: ActorRef, finder: ActorFinder) -> bool:
    """The actor's phrase contains a person's name."""
    if ref.span is None:
        return False
    return any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end))
