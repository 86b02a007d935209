"""Entity mentions resolved to canonical actors.

Candidates come from three places, in this order of trust:

1. the actor dictionary and generic agent phrases, matched over folded words
   (:mod:`sitrep.nlp.actor_lexicon`): "Hayat Tahrir Al Sham", "Turkey's defence ministry",
   "Assad's forces", "regime forces", "a war monitor";
2. spaCy's named entities of any label (labels are hints: the small model calls Aleppo NORP and
   Saraqeb ORG), for names the dictionary lacks;
3. article-local links: "Long Name (ACR)" binds an acronym to its name, a lone surname
   ("Mayoub") joins the full name seen earlier ("Ali Mayhoub").

Generic phrases ("the army", "the regime", "rebels") are resolved with the article's country
focus: ``ctx.country_focus`` when given, else the countries the article talks about most (with
a bonus for "in Syria"-like mentions). A country or capital used as an agent ("Turkey
retaliated", "tension between Moscow and Ankara") is its government; used as a place it stays a
place (a capital then gets no actor id: the places layer decides where it is).
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any, Optional, Sequence

from sitrep.model import Mention, Span
from sitrep.nlp.actor_lexicon import (
    MINISTRY_ROLES,
    UNK_PREFIX,
    ActorResolver,
    Match,
    Unit,
    get_resolver,
    prefix_owner,
    to_units,
    unit_keys,
    unknown_id,
)
from sitrep.nlp.doctext import doc_ents, doc_text
from sitrep.nlp.nationals import names_a_national
from sitrep.textnorm import fold_name

_ENT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_LOCATIVE_PREP = {"in", "into", "inside", "across", "throughout", "near", "to", "from", "at", "around", "outside", "within"}
LOCATIVE_PREPS = frozenset(_LOCATIVE_PREP)  # prepositions that say where a named place is (read by events/bare_state)
# "turned away from France", "aid from Russia", "fighters crossed from Niger": where someone or something comes from,
# not where the report is set (no locative weight in country_focus; issue 16, branch actors5)
_ORIGIN_PREPS = frozenset({"from"})
_COMPASS = re.compile(r"^(north|south|east|west|central|northern|southern|eastern|western|"
                      r"north-?west(ern)?|north-?east(ern)?|south-?west(ern)?|south-?east(ern)?)$", re.I)
_RELATIONAL = {"talk", "tension", "confrontation", "clash", "deal", "agreement", "relation", "dispute",
               "negotiation", "meeting", "summit", "ceasefire", "accord", "rift", "standoff", "rivalry",
               "cooperation", "contact", "exchange"}
_STANCE = {"talk", "deal", "agreement", "relation", "negotiation", "demand", "position", "response", "decision",
           "offer", "proposal", "statement", "warning", "threat", "support", "backing", "claim", "effort",
           "retaliation", "accusation", "refusal", "stance", "policy", "plan", "move", "call", "request"}
_PLACE_NOUNS = {"border", "frontier", "area", "zone", "road", "highway", "region", "territory", "route", "line",
                "city", "town", "village", "province", "district", "capital"}
_AGENT_VERBS = {"back", "support", "urge", "accuse", "blame", "criticize", "criticise", "condemn", "warn",
                "pressure", "sanction", "ask", "call", "tell", "threaten", "thank", "praise", "invite"}
_TITLES = {"gen", "general", "president", "minister", "col", "colonel", "maj", "major", "brig", "brigadier",
           "lt", "lieutenant", "capt", "captain", "mr", "mrs", "ms", "dr", "sheikh", "commander", "spokesman",
           "spokeswoman", "spokesperson", "ambassador", "envoy", "prime", "king", "prince", "emir", "imam",
           "ayatollah", "senator", "governor", "mayor", "chief"}
_TITLE_RE = re.compile(r"\b(?:(?:Gen|Brig|Col|Maj|Lt|Capt|Dr|Mr|Mrs|Ms)\.?|General|Brigadier|Colonel|Major|"
                       r"Lieutenant|Captain|President|Minister|Sheikh|Commander|Ayatollah)\s+")
_PLACE_CUE = {"town", "village", "city", "district", "province", "area", "region", "suburb", "neighbourhood",
              "neighborhood", "countryside", "governorate", "camp", "outskirts"}


def _kind_for(entry: dict[str, Any]) -> str:
    t = entry.get("type")
    if t == "person":
        return "PERSON"
    if t == "country":
        return "GPE"
    return "ORG"


def country_focus(units: Sequence[Unit], matches: Sequence[Match], res: ActorResolver, doc: Any = None) -> list[str]:
    """ISO2 codes of the countries an article is about, most prominent first.

    A country name counts 1, with 3 more when it is a location ("in Syria", "northwest Syria"; a capital too: "in
    Kabul" outweighs "an American was shot"; not "from France", which says where one comes from);
    a country-bound actor from the dictionary (SOHR, HTS, SANA) counts 1, unless its entry says it lends no country
    (``"lends_country": false``: an armed group that is not the state's, a world news agency); demonyms, capitals
    and prefixed roles ("Syrian army") count 0.5.
    With the parse (``doc``), a country name, demonym or prefixed role that only says who speaks or is spoken to ("the
    Ruritanian foreign minister said ...", "according to Ruritania", "to Ruritania, you say") counts nothing: a
    speaker's country is not where the report is set (a dictionary actor still counts: a monitor or a ministry is
    most often its own country's); nor does a demonym that names a language ("translated from Spanish":
    :func:`language_word`).
    """
    score: Counter[str] = Counter()
    for m in matches:
        if doc is not None and m.what in ("country", "demonym", "capital", "phrase") \
                and speaker(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue
        if doc is not None and m.what == "demonym" \
                and language_word(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue  # "(translated from Spanish)": a language says nothing of where the report is set
        if doc is not None and m.what == "demonym" \
                and names_a_national(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue  # "an Italian was kidnapped": a person's nationality, not where the report is set
        if doc is not None and m.what == "country" and _article_dropped(
                res.actors[m.actor_id]["name"], doc_text(doc)[units[m.i].start:units[m.j - 1].end],
                doc_text(doc)[max(0, units[m.i].start - 30):units[m.i].start]):
            continue  # "Salvador" (Bahia): no "El Salvador" (a unit's span holds the article it dropped)
        if m.what in ("country", "demonym", "capital"):
            c = res.actors[m.actor_id]["country"]
            w = 1.0 if m.what == "country" else 0.5
            if m.what in ("country", "capital"):  # "in Syria", "northwest Syria", "in Kabul": where it happens
                prev = units[m.i - 1].raw if m.i > 0 else ""
                if (prev.lower() in _LOCATIVE_PREP and prev.lower() not in _ORIGIN_PREPS) or _COMPASS.match(prev):
                    w += 3.0
            score[c] += w
        elif m.what == "phrase" and m.country:
            score[m.country] += 0.5
        elif m.what == "actor" and m.actor_id:
            entry = res.actors[m.actor_id]
            c = entry.get("country")
            # an armed group that is no state's ("lends_country": false: Hamas, Hezbollah) does not set the country
            # whose bare "army" or "government" the report means
            if c and entry.get("type") not in ("person",) and entry.get("lends_country", True):
                score[c] += 1.0
    ranked = score.most_common()
    tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
    if tied:  # "BAMAKO — Soldiers and allied Russian fighters ...": the dateline's country breaks the tie
        lead = _dateline_country(matches, res)
        if lead is not None and lead in (c for c, w in ranked if w == ranked[0][1]):
            ranked.sort(key=lambda cw: (-cw[1], cw[0] != lead))
            tied = False
    return Focus([c for c, _ in ranked], tied=tied)


def _dateline_country(matches: Sequence[Match], res: ActorResolver) -> Optional[str]:
    """The country of a capital or country that is the text's first word (a dateline: "BAMAKO —"), else None."""
    for m in matches:
        if m.i == 0 and m.what in ("capital", "country") and m.actor_id:
            return res.actors[m.actor_id].get("country")
    return None


class Focus(list):  # type: ignore[type-arg]
    """The countries of :func:`country_focus`, most prominent first; ``tied``: the first two weigh the same ("Rwandan
    and Mozambican troops" in a report with no country named), so which one comes first is only the order they were
    told in, and a generic phrase given no country of its own ("insurgents", "the army") is left unresolved: whose it
    is would be a guess (blank beats wrong; actor_lexicon.ActorResolver.resolve_match)."""

    def __init__(self, countries: Sequence[str] = (), tied: bool = False) -> None:
        super().__init__(countries)
        self.tied = tied


def _head_token(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def speaks(doc: Any, start: int, end: int) -> bool:
    """The phrase at characters [start, end) of ``doc`` only says who speaks or is spoken to (:func:`speaker`):
    its country is not where the report is set (read by events/roles.ActorFinder.report_country)."""
    return speaker(_head_token(doc, start, end))


def speaker(tok: Any) -> bool:
    """The phrase headed by ``tok`` (or the noun it modifies: "Ruritanian" of "the Ruritanian envoy") is the subject of
    a reporting verb ("said", "told", "announced": ontology cue speech_verbs), the object of "according to", or the
    one a reporting verb is addressed to ("to Ruritania, you say: ...")."""
    if tok is None:
        return False
    if tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.i > tok.i:
        tok = tok.head  # "the Ruritanian foreign minister": the minister speaks
    from sitrep.events.ontology import load_ontology

    speech = load_ontology().cue("speech_verbs")
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in speech
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":  # "according to X"; "to X, you say": spoken to
        return tok.head.head.lower_ == "according" or tok.head.head.lemma_.lower() in speech
    return False


def _is_modifier(tok: Any, unit: Unit) -> bool:
    """True when the matched phrase only modifies a following noun ("army vehicles", "opposition-held")."""
    if unit.hyphen_after:
        return True
    if tok is None:
        return False
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _is_agent(tok: Any) -> bool:
    """Is a country/capital name used as an actor rather than a place (dependency-based)?"""
    if tok is None:
        return False
    seen = 0
    while tok.dep_ == "conj" and seen < 5:  # "Turkey and Russia support ..." : judge the first conjunct
        tok = tok.head
        seen += 1
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass", "agent"):
        return True
    if dep == "pobj":
        if head.lower_ == "by":
            return True
        if head.lower_ == "between":
            return head.head.lemma_.lower() not in _PLACE_NOUNS
        if head.lower_ in ("with", "against", "from") and head.head.lemma_.lower() in _RELATIONAL:
            return True
        return False
    if dep == "dobj" and (head.lemma_.lower() in _AGENT_VERBS or any(c.dep_ == "xcomp" for c in head.children)):
        return True  # "accused Turkey of ...", "led Turkey to send ..."
    if dep in ("compound", "nmod") and head.lemma_.lower() in _RELATIONAL:
        return True
    if dep == "poss" and head.lemma_.lower() in _STANCE:
        return True
    return False


def _place_context(doc: Any, start: int, text: str) -> bool:
    """A name right after a locative preposition or "the town of" is a place, not an actor."""
    before = text[max(0, start - 40) : start].lower().split()
    if not before:
        return False
    last = before[-1].strip(",;:")
    if last in _LOCATIVE_PREP:
        return True
    if last == "of" and len(before) >= 2 and before[-2].strip(",") in _PLACE_CUE:
        return True
    if last in _PLACE_CUE:
        return True
    return False


_DATELINE_AFTER = re.compile(r"\s*(?:[:—–]|-\s|\(|/|,\s*[A-Z][a-z]+\.?\s*\d{0,2}\s*[:—–(-])")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A place name opening a line or a report and followed by ":", a dash or "(AFP)" is a dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not before.strip().endswith(("agencies", "/", "—", "-")):
        return False
    name = text[start:end]
    if name.isupper() and len(name) > 3 and text[end : end + 1] in (",", " ", "/"):
        return True  # "KYIV, March 3 (Reuters) -", "BEIRUT/ISTANBUL"
    return bool(_DATELINE_AFTER.match(text, end))


# capitalised only because they open a sentence: "No group has claimed", "Each group", "Another militia"
_DETERMINERS = frozenset({"no", "any", "every", "each", "some", "all", "another", "this", "that", "these", "those",
                          "a", "an", "one", "which", "what", "either", "neither", "both", "such", "its", "their"})


def _looks_like_org(name: str, res: ActorResolver) -> bool:
    """An organisation head word plus a proper part ("Liwa Suqur", "Ansar Brigade"), or an acronym."""
    units = to_units(name)
    if any(u.key in res.org_words for u in units) and any(
        u.key not in res.org_words and u.raw[:1].isupper() and u.raw.lower() not in _DETERMINERS for u in units
    ):
        return True
    raw = name.strip()
    return raw.isupper() and 2 <= len(raw) <= 6 and raw.isalpha()


class _Builder:
    """Collects mentions of one article, with the state needed for anaphora and acronyms."""

    def __init__(self, doc: Any, ctx: Any, res: ActorResolver):
        self.doc, self.ctx, self.res = doc, ctx, res
        self.text: str = doc_text(doc)
        self.when = getattr(ctx, "published", None)
        self.mentions: list[Mention] = []
        self.taken = bytearray(len(self.text) + 1)  # 1 where a mention already covers the character

    def span(self, start: int, end: int) -> Span:
        return Span(self.ctx.article_id, start, end, self.text[start:end])

    def add(self, start: int, end: int, kind: str, eid: Optional[str], name: Optional[str],
            hint: Optional[str] = None) -> Mention:
        m = Mention(self.span(start, end), kind, eid, name, hint)
        self.mentions.append(m)
        self.taken[start:end] = b"\x01" * (end - start)
        return m

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.taken[start:end]

    def antecedent(self, roles: Sequence[str], before: int, max_chars: int = 600) -> Optional[Mention]:
        """The most recent mention before ``before`` whose actor has one of ``roles``, at most
        ``max_chars`` back ("the ministry" does not reach back to a ministry named paragraphs ago)."""
        for m in reversed(self.mentions):
            if m.span.start < before - max_chars:
                break
            if m.span.start >= before or not m.entity_id:
                continue
            e = self.res.actors.get(m.entity_id)
            if e and e.get("role") in roles:
                return m
        return None


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _spelled_as_listed(text: str, entry: dict[str, Any]) -> bool:
    """``text`` is written as the dictionary writes the actor's name or one of its aliases (case and punctuation
    aside), not only matched through the spelling-variant key."""
    got = _letters(text)
    return any(_letters(a) == got for a in [entry.get("name") or "", *(entry.get("aliases") or [])])


def _outside_person_names(matches: list[Match], units: Sequence[Unit], doc: Any) -> list[Match]:
    """The matches less a country, capital or demonym that is only the first or last word of a person's name the
    model tags ("Chad Johnson, 24, was shot": no country Chad; "Jordan Smith"), which would lend that country's
    police or army to the report."""
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    if not people:
        return matches
    out = []
    for m in matches:
        if m.what in ("country", "capital", "demonym"):
            start, end = units[m.i].start, units[m.j - 1].end
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in people):
                continue
        out.append(m)
    return out


def extract_entities(doc: Any, ctx: Any, analysis: Any) -> list[Mention]:
    """Entity mentions of one parsed article, each resolved to a canonical actor where possible.

    Args:
        doc: the spaCy ``Doc`` of the article's clean text.
        ctx: the :class:`~sitrep.nlp.annotate.DocContext` (article id, publication date, country focus).
        analysis: the article's :class:`~sitrep.model.Analysis` so far (unused: entities come first).

    Returns:
        Non-overlapping :class:`~sitrep.model.Mention` objects sorted by offset. ``entity_id`` is a
        dictionary id ("SYR_MIL"), a generic role id ("SYR_OPP"), an ``unk:`` id for unseen names,
        or None for places and names that are not actors.
    """
    res = get_resolver()
    res.forget_article()  # the fuzzy search remembers names within one article only
    b = _Builder(doc, ctx, res)
    text = doc_text(doc)
    units = to_units(text)
    matches = _outside_person_names(res.match_units(units), units, doc)
    focus = list(getattr(ctx, "country_focus", None) or []) or country_focus(units, matches, res, doc)
    _add_dictionary_matches(b, doc, units, matches, focus)
    _add_org_chunks(b)
    _add_spacy_entities(b, doc, focus)
    _bind_acronyms(b, units)
    _link_surnames(b)
    b.mentions.sort(key=lambda x: (x.span.start, -x.span.end))
    return b.mentions


_STATE_WORDS = ("country", "capital", "demonym")  # the matches that name a state or its people


def _add_dictionary_matches(b: _Builder, doc: Any, units: Sequence[Unit], matches: Sequence[Match], focus: Sequence[str]) -> None:
    """A mention for each match of the actor dictionary: a civil body named after a country, a listed actor, a
    country, capital or demonym, or an agent phrase ("riot police")."""
    res = b.res
    ent_hint = {}
    for e in doc_ents(doc):
        ent_hint[(e.start_char, e.end_char)] = e.label_

    covered = {k for m in matches for k in range(m.i, m.j)}
    body_end = 0
    for m in matches:
        if m.i < body_end:
            continue  # inside a civil body's name ("Nigerian Red Cross Society")
        start, end = units[m.i].start, units[m.j - 1].end
        tok = _head_token(doc, start, end)
        hint = ent_hint.get((start, end))
        if m.what in _STATE_WORDS:
            body_end = res.civil_body_end(units, m, len(units), covered) or 0
            if body_end:  # "the Ethiopian Human Rights Commission said": the body speaks, not the government
                name = b.text[start:units[body_end - 1].end]
                b.add(start, units[body_end - 1].end, "ORG", unknown_id(name), name, "ORG")
                continue
        if m.what == "actor":
            _add_listed_actor(b, m, tok, start, end, hint)
        elif m.what in _STATE_WORDS:
            _add_state_word(b, m, tok, start, end, hint)
        else:
            _add_agent_phrase(b, m, tok, start, end, hint, units, matches, focus)


def _add_listed_actor(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str]) -> None:
    """A match of a listed actor's name, unless a common noun only sounds like it."""
    entry = b.res.actors[m.actor_id]
    if tok is not None and tok.pos_ == "NOUN" and m.j - m.i == 1 and not _spelled_as_listed(b.text[start:end], entry):
        return  # "Rioters" is no variant spelling of "Reuters": a common noun only sounds like the name
    b.add(start, end, _kind_for(entry), m.actor_id, entry["name"], hint)


def _add_state_word(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str]) -> None:
    """A country, capital or demonym: its government where it acts ("Turkey said", "Syrians shelled"), else the
    place or the people."""
    res = b.res
    if m.what == "demonym" and language_word(tok):
        return  # "(translated from Spanish)", "they spoke French": a language, not a people or a state
    entry = res.actors[m.actor_id]
    if m.what == "country" and _article_dropped(entry["name"], b.text[start:end], b.text[max(0, start - 30):start]):
        return  # "Salvador" (Bahia) is no "El Salvador": the folding drops the article a country's name has
    plural_noun = m.what == "demonym" and tok is not None and tok.tag_ in ("NNPS", "NNS") \
        and tok.dep_ not in ("compound", "amod")
    agent = _is_agent(tok) if m.what != "demonym" else plural_noun
    if agent and m.what in ("capital", "country") and _is_dateline(b.text, start, end):
        agent = False  # "BEIRUT: ..." / "Ankara — ..." opens a report: a place
    if agent:
        eid, name = res.role_actor(entry["country"], "GOV", b.when)
        b.add(start, end, "ORG" if m.what != "demonym" else "NORP", eid, name, hint)
    elif m.what == "country":
        b.add(start, end, "GPE", m.actor_id, entry["name"], hint)
    elif m.what == "capital":
        b.add(start, end, "GPE", None, b.text[start:end], hint)
    else:
        b.add(start, end, "NORP", m.actor_id, entry["name"], hint)


def _add_agent_phrase(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str], units: Sequence[Unit],
                      matches: Sequence[Match], focus: Sequence[str]) -> None:
    """An agent phrase ("riot police", "the interior ministry"): whose it is, from the words before it, the
    ministry told before, or the article's focus; none where a verb or a modifier only sounds like it."""
    res = b.res
    if tok is not None and tok.pos_ not in ("NOUN", "PROPN", "ADJ", "X") and m.prefix is None:
        return  # "to monitor the truce", "forces them": a verb is not an agent phrase
    if _is_modifier(tok, units[m.j - 1]):
        if m.prefix is not None:  # keep the country of "Syrian army vehicles" as a NORP/GPE mention
            p = m.prefix
            entry = res.actors[p.actor_id]
            b.add(units[p.i].start, units[p.j - 1].end, "NORP" if p.what == "demonym" else "GPE",
                  p.actor_id if p.what != "capital" else None, entry["name"], None)
        return
    row = m.phrase or {}
    kind = row.get("kind") or "ORG"
    target = m.target or ""
    eid: Optional[str] = None
    name: Optional[str] = None
    if target.startswith("ANTECEDENT:"):
        ante = b.antecedent(MINISTRY_ROLES, start)
        if ante is not None:
            eid, name = ante.entity_id, ante.name
    elif m.country is None and target in MINISTRY_ROLES:
        ante = b.antecedent((target,), start)
        if ante is not None:
            eid, name = ante.entity_id, ante.name
    else:
        if m.country is None and not target.startswith("id:") and tok is not None:
            owner = _phrase_owner(tok, start, units, matches, m)
            if owner == "":
                return  # a name the dictionary does not know, not the focus country
            if owner is not None:
                m = dataclasses.replace(m, country=res.actors[owner]["country"])
        eid, name = res.resolve_match(m, focus, b.when)
    if eid is None:
        return
    entry = res.get(eid)
    if entry.get("type") == "person":
        kind = "PERSON"
    b.add(start, end, kind, eid, name, hint)


def _phrase_owner(tok: Any, start: int, units: Sequence[Unit], matches: Sequence[Match], m: Match) -> Optional[str]:
    """Whose an agent phrase with no country is, by the words before it in its noun phrase ("Georgian riot police"):
    a dictionary id, "" for a name the dictionary does not know, None where they say nothing (read as before)."""
    lo = m.i
    while lo > 0 and units[lo - 1].start >= tok.left_edge.idx:
        lo -= 1
    owner = prefix_owner(units, matches, m, lo)
    before = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.idx < start]
    if owner == "" and (any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in before) or not any(
            t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG", "PERSON") for t in before)):
        owner = None  # "Houston police": a place's; "Heavily armed police": no name; read as before
    return owner


def _add_spacy_entities(b: _Builder, doc: Any, focus: Sequence[str]) -> None:
    """Names spaCy found that the dictionary did not: fuzzy match, or an ``unk:`` id if actor-like."""
    res = b.res
    for e in doc_ents(doc):
        if e.label_ not in _ENT_LABELS:
            continue
        start, end = e.start_char, e.end_char
        # drop a leading determiner and a trailing possessive
        etext = e.text
        if etext.lower().startswith("the "):
            start += 4
        titled = False
        label_override = None
        last_title = None
        for tm in _TITLE_RE.finditer(b.text, start, end):
            last_title = tm
        if last_title is not None and last_title.end() < end:
            start, titled, label_override = last_title.end(), True, "PERSON"
        bare = re.sub(r"[^\w\s]", "", b.text[start:end]).lower().strip()
        if bare in _TITLES or (len(bare.split()) == 1 and unit_keys(bare) in res.phrases):
            continue  # a title or a generic word on its own ("Brig", "Army") names nobody
        if re.search(r"['’]s$", etext):
            end -= 2
        if end <= start or b.overlaps(start, end):
            continue
        name = b.text[start:end]
        label = label_override or e.label_
        place = _place_context(doc, start, b.text) and not titled
        aid = res.fuzzy(name) if not place else None
        if aid:
            entry = res.actors[aid]
            b.add(start, end, _kind_for(entry), aid, entry["name"], label)
            continue
        if label in ("GPE", "LOC", "FAC"):
            b.add(start, end, label, None, name, label)
            continue
        if label == "NORP" and not _NORP_SHAPE.search(name):  # the small model calls Aleppo NORP
            first = doc[e.start].is_sent_start or b.text[max(0, start - 1) : start] in ("", "\n")
            b.add(start, end, "NORP" if first else "GPE", None, name, label)
            continue
        words = name.split()
        if place:
            b.add(start, end, "GPE", None, name, label)
        elif label == "PERSON" and len(words) >= 2 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) \
                and not _looks_like_org(name, res):
            b.add(start, end, "PERSON", unknown_id(name), name, label)
        elif label == "PERSON":
            prev = b.text[max(0, start - 12) : start].replace(".", " ").lower().split()
            titled = titled or (bool(prev) and prev[-1] in _TITLES)
            b.add(start, end, "PERSON", unknown_id(name) if titled else None, name, label)
        elif _looks_like_org(name, res) or (label == "ORG" and len(words) >= 2 and all(w[:1].isupper() for w in words)):
            b.add(start, end, "ORG", unknown_id(name), name, label)
        else:
            b.add(start, end, label if label in ("ORG", "NORP") else "ORG", None, name, label)


def _article_dropped(name: str, said: str, before: str) -> bool:
    """A country whose name opens with an article ("El Salvador") named without it ("Salvador", a city of Brazil):
    the name folding drops "al" / "el" (nlp/actor_lexicon), which for a country's own article changes the name.
    Not when a capitalised word runs right before it (``before``: the text before the match): the end of a longer
    name, "San Salvador", the country's capital, which tells the country as before."""
    first = name.split()[0].lower() if name.split() else ""
    if re.search(r"\b[A-Z][\w'-]*\s+$", before[-30:]):
        return False
    return len(name.split()) > 1 and first in ("el", "al") and not said.lower().lstrip().startswith(first)


# verbs whose object, or whose "from" / "into" / "in" phrase, names a language: "translated from Spanish", "spoke
# French", "shouted in Arabic" (common English)
_LANGUAGE_VERBS = frozenset({"translate", "speak", "write", "shout", "say", "broadcast", "publish", "dub"})


def language_word(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok``, a demonym ("Spanish", "French"), names a language: the tagger calls it one (LANGUAGE), or it is the
    object of a verb of speaking or translating, or the noun of its "from" / "into" / "in" phrase."""
    if tok is None:
        return False
    if tok.ent_type_ == "LANGUAGE":
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("from", "into", "in"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _LANGUAGE_VERBS or head.lower_ in ("translation", "translated")


_NORP_SHAPE = re.compile(r"(?:an|ans|ese|ish|ic|ics|i|is|ite|ites|ni|nis|s)$", re.I)
_CHUNK = re.compile(
    r"\b(?:[A-Z][\w'’‘]*(?:-[\w'’‘]+)*)(?:\s+(?:(?:al|el|ad|ash|as|ar|an|wa|bin|ibn|of|for|the|and)[\s-]+)?"
    r"[A-Z][\w'’‘]*(?:-[\w'’‘]+)*)*(?:\s+(?:group|brigade|brigades|battalion|militia|movement|front|faction))?"
)


def _add_org_chunks(b: _Builder) -> None:
    """Capitalised names with an organisation word that spaCy missed ("Kataib Saif al-Haqq group")."""
    res = b.res
    for m in _CHUNK.finditer(b.text):
        start, end = m.start(), m.end()
        name = m.group()
        words = name.split()
        if len(words) < 2 or b.overlaps(start, end):
            continue
        if words[0].lower() in ("the", "a", "an"):
            start += len(words[0]) + 1
            name = b.text[start:end]
        if not _looks_like_org(name, res):
            continue
        owner = _unit_owner(b, start, words[-1])
        aid = owner or res.fuzzy(name)
        if aid:
            b.add(start, end, _kind_for(res.actors[aid]), aid, res.actors[aid]["name"], None)
        else:
            b.add(start, end, "ORG", unknown_id(name), name, None)


_UNIT_HEADS = frozenset({"battalion", "battalions", "brigade", "brigades", "division", "regiment", "corps",
                         "squadron", "company"})
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?$")  # "the Philippine Army's 72nd ", "Kenya Police's "


def _unit_owner(b: _Builder, start: int, head: str) -> Optional[str]:
    """The state force whose unit a name is: "the Philippine Army's 72nd Infantry Battalion" is the army's unit, so
    the army (issue 16, branch actors5): a possessive mention of a state's forces just before an armed unit's name
    (battalion, brigade, division, regiment ...). None otherwise."""
    if head.lower() not in _UNIT_HEADS:
        return None
    before = b.text[max(0, start - 30):start]
    m = _OWNER_BEFORE.search(before)
    if m is None:
        return None
    at = start - len(before) + m.start()
    owner = next((x for x in b.mentions if x.span.end == at and x.entity_id), None)
    if owner is None or b.res.actors.get(owner.entity_id, {}).get("type") != "state_forces":
        return None
    return owner.entity_id


_PAREN_ACR = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


def _bind_acronyms(b: _Builder, units: Sequence[Unit]) -> None:
    """"Long Name (ACR)": the acronym and the name share one id across the article."""
    res = b.res
    by_start = {m.span.start: m for m in b.mentions}
    by_end = {m.span.end: m for m in b.mentions}
    bound: dict[str, tuple[str, str]] = {}
    for pm in _PAREN_ACR.finditer(b.text):
        acr = pm.group(1)
        if not acr.isupper() or len(acr) < 2:
            continue
        long_m = None
        for k in range(pm.start(), max(pm.start() - 3, -1), -1):
            if k in by_end:
                long_m = by_end[k]
                break
        if long_m is None:
            long_m = _name_before(b, pm.start())
        if long_m is None or long_m.kind == "PERSON" or fold_name(long_m.span.text)[:1] != acr[0].lower():
            continue
        acr_m = by_start.get(pm.start(1))
        acr_known = acr_m is not None and acr_m.entity_id and not acr_m.entity_id.startswith(UNK_PREFIX)
        long_known = long_m.entity_id and not long_m.entity_id.startswith(UNK_PREFIX)
        if acr_known and not long_known:
            eid, name = acr_m.entity_id, acr_m.name  # type: ignore[union-attr]
            long_m.entity_id, long_m.name, long_m.kind = eid, name, acr_m.kind  # type: ignore[union-attr]
            bound[fold_name(long_m.span.text)] = (eid, name)  # type: ignore[arg-type]
        else:
            eid = long_m.entity_id or unknown_id(long_m.span.text)
            name = long_m.name or long_m.span.text
            if long_m.entity_id is None:
                long_m.entity_id, long_m.name, long_m.kind = eid, name, "ORG"
            bound[acr] = (eid, name)
    if not bound:
        return
    # re-label every mention of a bound name; add acronyms that spaCy missed
    for m in b.mentions:
        key = m.span.text if m.span.text in bound else fold_name(m.span.text)
        if key in bound and (m.entity_id is None or m.entity_id.startswith(UNK_PREFIX)):
            m.entity_id, m.name = bound[key]
            if m.kind not in ("ORG",):
                m.kind = "ORG"
    for u in units:
        if u.raw in bound and not b.overlaps(u.start, u.end):
            eid, name = bound[u.raw]
            b.add(u.start, u.end, "ORG", eid, name, None)


_CONNECTORS = {"al", "el", "of", "for", "the", "and", "de", "du", "wa", "bin", "ibn", "ad", "ash", "as", "ar"}


def _name_before(b: _Builder, pos: int) -> Optional[Mention]:
    """The capitalised name right before "(ACR)" when spaCy did not find it: a new ``unk:`` ORG mention."""
    head = b.text[max(0, pos - 120) : pos]
    words = list(re.finditer(r"[^\s()]+", head))
    if not words or head[words[-1].end() :].strip():
        return None
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        raw = w.group().strip(",;:")
        if raw != w.group():
            break
        first = raw.split("-")[0]
        if first[:1].isupper() or (first.lower() in _CONNECTORS and taken):
            taken.append(w)
        else:
            break
        if len(taken) >= 8:
            break
    while taken and taken[-1].group().split("-")[0].lower() in _CONNECTORS | {"the"}:
        taken.pop()
    if len(taken) < 2:
        return None
    base = pos - len(head)
    start, end = base + taken[-1].start(), base + taken[0].end()
    if b.overlaps(start, end):
        return None
    name = b.text[start:end]
    return b.add(start, end, "ORG", unknown_id(name), name, None)


def _link_surnames(b: _Builder) -> None:
    """A lone surname ("Mayoub") takes the id of the full name seen in the article ("Ali Mayhoub")."""
    from rapidfuzz import fuzz

    people = [m for m in b.mentions if m.kind == "PERSON" and m.entity_id and len(m.span.text.split()) >= 2]
    if not people:
        return
    for m in b.mentions:
        if m.kind != "PERSON" or len(m.span.text.split()) != 1:
            continue
        if m.entity_id and not m.entity_id.startswith(UNK_PREFIX):
            continue
        key = fold_name(m.span.text)
        best, best_score = None, 0.0
        for p in people:
            last = fold_name(p.span.text.split()[-1])
            score = fuzz.ratio(key, last)
            if score > best_score:
                best, best_score = p, score
        if best is not None and best_score >= 85:
            m.entity_id, m.name = best.entity_id, best.name


def actor_for_span(mentions: Sequence[Mention], start: int, end: int,
                   head: Optional[int] = None) -> Optional[Mention]:
    """The actor mention that names the phrase ``[start, end)`` (for the event layer's agents).

    The mention holding the character ``head`` (the syntactic head of the phrase) wins; else the
    last mention with an actor id inside the phrase. ``None`` when the phrase names no actor.
    """
    inside = [m for m in mentions if m.entity_id and m.span.start >= start and m.span.end <= end]
    if head is not None:
        for m in inside:
            if m.span.start <= head < m.span.end:
                return m
    return inside[-1] if inside else None


def focus_of_text(text: str) -> list[str]:
    """The country focus of a text (ISO2, most prominent first), as :func:`extract_entities` computes it
    when the context gives none: for other stages that resolve agent phrases with the resolver."""
    res = get_resolver()
    units = to_units(text)
    return country_focus(units, res.match_units(units), res)
