"""Place: where an event happened, chosen from its clause, then its sentence, then its paragraph, then the article.

A newcomer looking for why an event got a wrong place starts here: :func:`choose_place` takes its stages in
order (:meth:`PlaceScene.pick` ranks the candidates, :meth:`PlaceScene.located` drops mentions that say who
rather than where, :func:`_paragraph_place` and :func:`_last_resort` are the fallbacks), :func:`target_place`
finds what a territorial trigger acts on, :func:`locative` rejects names that do not say where something is
(datelines, "the X deal", "urging Ankara", "said in Moscow" for an act that happened elsewhere), and
:func:`article_place` is the article's main place, used as a last resort only when it is confident. A place
the resolver left without coordinates (too unsure) still names where the event is: it blocks the fallbacks
(a country's centroid, the article's place) and the event keeps the name without a point.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, Optional

from sitrep.events.came_from import doers_origin, journey_end
from sitrep.events.city_part import story_city_place, told_as_village
from sitrep.events.county_town import county_town
from sitrep.events.deps import child, overlaps, pobj, tokens_of
from sitrep.events.distance_ref import distance_reference
from sitrep.events.heading_place import astray, inside, paragraph_heading
from sitrep.events.home_town import home_town_mention, town_of_one
from sitrep.events.ontology import Ontology
from sitrep.events.road_place import LINK_VERBS, ROAD_WORDS, road_first_end, sentence_mentions
from sitrep.events.roles import lemma
from sitrep.events.triggers import SETTLEMENT_WORDS, Group, Trigger
from sitrep.model import Analysis, Place
from sitrep.nlp.doctext import doc_text, sent_start_char
from sitrep.resources import data_rows
from sitrep.textnorm import fold_name

PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "province": 3, "region": 4, "country": 5}

BRIDGE_CHARS = 600  # how far (characters) an unnamed "the town" looks for the town it stands for
NON_LOCATIVE_HEADS = frozenset({"deal", "agreement", "accord", "talks", "talk", "process", "format", "summit", "memorandum", "ceasefire", "cease-fire", "truce"})
# a front named by a town ("In the Kramatorsk direction", "on the Kupiansk axis", a general staff's summary): the axis
# of a front, not where its deeds happened; the event takes the place its own clause names, else a coarser one
FRONT_HEADS = frozenset({"direction", "axis", "sector"})
ADDRESS_VERBS = frozenset({"urge", "ask", "accuse", "blame", "warn", "tell", "call", "criticise", "criticize", "condemn", "press", "thank", "reassure", "back", "support"})
TERRITORIAL = ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")
# where a statement was made is not where the act it reports happened ("said in Ankara", "told reporters in Moscow")
SPEECH_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "declare", "report", "add", "note", "speak",
                          "confirm", "deny", "insist", "warn", "write", "tweet", "post", "brief"})
# prepositions that say where ("in X", "near X"); "with Turkey", "between Turkey and Russia", "against X" do not
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "within",
                            "on", "onto", "from", "to", "toward", "towards", "through", "along", "over", "off", "of",
                            "by", "beyond", "past", "north", "south", "east", "west", "northwest", "northeast",
                            "southwest", "southeast", "upon", "via", "behind", "under", "underneath", "amid"})
COARSE = ("country", "region")  # precisions that name no town: they place an event only as a last resort
# verbs of carrying the hurt to care or caring for them: where they were taken or treated ("airlifted to X Hospital",
# "pronounced dead at X", "rushed to Y for treatment") is not where they were hurt
ARTICLE_PLACE_MIN_CONF = 0.7  # the article's main place stands in for an unplaced event only above this confidence


def _city_side(tok) -> bool:  # type: ignore[no-untyped-def]
    """The place is the possessor of a part or side of it that a locative preposition governs: "in Sydney's west",
    "in Townsville's northern suburbs", "in Delhi's Jafrabad area" say where (data/geo_city_parts.tsv)."""
    from sitrep.geo.parts import city_part_words

    head = tok.head
    return tok.dep_ == "poss" and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS \
        and head.lower_ in city_part_words(("part", "side"))


def _care_site(head) -> bool:  # type: ignore[no-untyped-def]
    """The place is where the hurt were taken or cared for: ``head``, the token its name hangs on (or the noun it
    qualifies: "the X hospital"), is the object of the preposition of a verb of ``data/care_sites.tsv`` (kinds "to", "at") in the passive
    ("was airlifted to X", "were rushed to the X hospital", "taken to X", "was pronounced dead at X"; the preposition
    may hang on the verb's complement, "dead"), or the town of such a hospital ("were taken to a hospital in X")."""
    if head.dep_ in ("compound", "nmod", "amod") and head.head.lower_ in care_words("name"):
        head = head.head  # "died in a Mogadishu hospital": the town names the hospital (the noun it qualifies)
    if head.lower_ in care_words("name") and head.dep_ == "pobj" and head.head.pos_ == "ADP" \
            and head.head.head.pos_ in ("VERB", "AUX") and head.head.head.lemma_.lower() in care_words("verb"):
        return True  # "three of the injured died in a Mogadishu hospital": the hospital of the care, not the scene
    prep = head.head if head.dep_ == "pobj" else head
    if prep.lower_ == "in" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
            and prep.head.lower_ in care_words("name") and prep.head.dep_ == "pobj":
        return _care_site(prep.head)  # "were taken to a hospital in X", "flown to hospital in X": the town of the care
    verbs = care_words({"to": "to", "at": "at", "in": "at"}.get(prep.lower_, ""))
    if prep.dep_ != "prep" or verbs is None:
        return False
    verb = prep.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "acomp", "advmod"):  # "pronounced dead at"
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and (verb.tag_ == "VBN" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


@functools.lru_cache(maxsize=None)
def care_words(kind: str) -> frozenset[str]:
    """Words of one kind of ``data/care_sites.tsv`` (name: of a hospital's name; to / at: a verb that takes the hurt
    to one or treats them there; verb: a verb of care)."""
    return frozenset(r[0].strip().lower() for r in data_rows("care_sites.tsv", needs=("word", "kind", "source"))
                     if r[1].strip() == kind)


def care_site(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """A hospital the hurt were taken to or died at ("was pronounced dead at Temple University Hospital", "were
    airlifted to Lodwar County Referral Hospital"): not where they were hurt (``data/care_sites.tsv``)."""
    name = " ".join(doc[i].lower_ for i in ts)
    if not any(w in name for w in care_words("name")):
        return False
    tset = set(ts)
    root = next((doc[i] for i in ts if doc[i].head.i not in tset or doc[i].head.i == i), doc[ts[-1]])
    # ("the University of Mississippi Medical Center": the name's head is "University")
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "the Temple University Hospital emergency room"
    if root.dep_ != "pobj" or root.head.pos_ != "ADP":
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in care_words("verb")


def territorial_code(code: str) -> bool:
    return code in TERRITORIAL


def resolved(p: Place) -> bool:
    """The place has coordinates (the resolver was sure enough)."""
    return p.lat is not None and p.lon is not None


def statement_site(doc, ts: list[int], trigger) -> bool:  # type: ignore[no-untyped-def]
    """True when the place says where someone spoke ("said in Ankara", "told reporters in Moscow"), the
    speech verb not being the event's own trigger."""
    tok = doc[ts[-1]]
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        below, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.i != trigger.i and tok.lemma_.lower() in SPEECH_VERBS and not _reported_clause_pp(below, tok,
                                                                                                      trigger) \
                and not _fronted_pp(doc[ts[-1]].head, tok, trigger)
    return False


def _reported_clause_pp(prep, verb, trigger) -> bool:  # type: ignore[no-untyped-def]
    """A locative phrase the parser hung on a trailing speech verb but that English word order puts in the reported
    clause: "Four people were shot in the X section of Y on Monday, police said" (the deed, then the phrase, then
    the speaker and the verb). "said in Ankara" (after the verb) and "officials in Ankara said" (inside the
    speaker's phrase, not a preposition of the verb's own) stay where the statement was made."""
    if prep.dep_ != "prep" or not trigger.i < prep.i < verb.i:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < prep.i]
    return any(prep.i < c.i for c in subj) and any(
        c.left_edge.i <= trigger.i <= c.right_edge.i or c.i == trigger.i for c in told)


def _fronted_pp(prep, verb, trigger) -> bool:  # type: ignore[no-untyped-def]
    """A phrase opening the sentence before the deed, the speech verb and its speaker trailing after the deed ("In
    X, gunmen shot dead five people on Tuesday, residents said"): the phrase says where the deed was, though the
    parser hung it on the trailing verb ("said in Ankara" and "In Ankara, officials said ..." stay the speaker's)."""
    if prep.dep_ != "prep":
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.i == prep.sent.start and prep.i < trigger.i < verb.i and bool(subj) and all(trigger.i < c.i for c in subj)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the paragraph (text between line breaks) holding [start, end)."""
    a = text.rfind("\n", 0, start)
    b = text.find("\n", end)
    return a + 1, (len(text) if b < 0 else b)


def place_rank(p: Place) -> int:
    """How specific a place is for an event; a road is a line, less specific than a town on it."""
    if (p.feature_class or "").startswith("R."):
        return PRECISION_RANK["district"]
    return PRECISION_RANK.get(p.precision, 6)


# what follows a dateline's town before the story: a country, state or date after a comma, then the agency in
# brackets, then the dash ("GOMA, Congo (AP) —", "KHARKIV, May 5 (Reuters) -"); the brackets are what tell it from
# a sentence that opens on a place ("Kabul, the capital, ..." has no agency and no dash)
_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w.' -]{0,40}?)?[ \t]*\([A-Z][\w./ &-]{0,40}\)[ \t]*[—–-]")


def dateline_mention(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The place mention ``ts`` is a dateline's: at the start of a line or sentence, in capitals or after nothing
    lower-case, followed by a colon, a slash or a dash, or by an agency in brackets ("BEIRUT:", "X/ Y —",
    "CAIRO (Reuters) -", "GOMA, Congo (AP) —")."""
    first, last = doc[ts[0]], doc[ts[-1]]
    lead = doc_text(doc)[sent_start_char(doc, first.i) : first.idx]
    at_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or first.is_sent_start or (
        len(lead) < 40 and not any(ch.islower() for ch in lead))  # "BEIRUT/ ISTANBUL —"
    return at_start and (last.text.endswith(("/", ":"))
                         or (last.i + 1 < len(doc) and doc[last.i + 1].text[:1] in (":", "—", "–", "-", "/"))
                         or bool(_DATELINE_TAIL.match(doc_text(doc), last.idx + len(last.text)))
                         or _in_caps_dateline(doc, first, last))


def _in_caps_dateline(doc, first, last) -> bool:  # type: ignore[no-untyped-def]
    """The mention lies in the place of a capitals dateline as ingest reads it at the head of its line, a date in
    it or not, with or without an agency ("OUAGADOUGOU, June 10 (2025) -", "KHARKIV, May 5 -"; ingest.textmeta)."""
    from sitrep.ingest.textmeta import dateline_caps

    text = doc_text(doc)
    a = text.rfind("\n", 0, first.idx) + 1
    b = text.find("\n", a)
    m = dateline_caps(text[a : (len(text) if b < 0 else b)])
    return m is not None and a + m.start("dl") <= first.idx and last.idx + len(last.text) <= a + m.end("dl")


@functools.lru_cache(maxsize=1)
def seat_nouns() -> frozenset[str]:
    """Lemmas of nouns for a government whose "in X" is its seat (data/seat_nouns.tsv)."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("seat_nouns.tsv", ("lemma", "source"), header="lemma"))


def _seat_of_rulers(last) -> bool:  # type: ignore[no-untyped-def]
    """"talks with the new authorities in X": the place is the seat of rulers who are no subject of a verb (those
    who act there, "officials in X arrested five", keep it): it says whose government, not where anything was."""
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and lemma(noun) in seat_nouns() and noun.dep_ not in ("nsubj", "nsubjpass")


def locative(doc, ts: list[int], onto: Optional[Ontology] = None) -> bool:  # type: ignore[no-untyped-def]
    """False for place names that do not say where the event is.

    "the road linking X with Y" (the ends of a road), "the Sochi deal" (an agreement's name),
    "urging Ankara to" (a capital standing for its government), "in the Kramatorsk direction" (a front's axis)."""
    first, last = doc[ts[0]], doc[ts[-1]]
    tset = set(ts)
    if dateline_mention(doc, ts):
        return False  # a dateline ("BEIRUT:", "X/ Y —", "CAIRO (Reuters) -"): where the reporter is, not the event
    head = last
    for _ in range(len(ts) + 1):
        if head.i not in tset or head.head.i == head.i:
            break
        head = head.head
    if last.dep_ == "compound" and lemma(last.head) in NON_LOCATIVE_HEADS:
        return False
    if last.dep_ in ("compound", "amod", "nmod") and lemma(last.head) in FRONT_HEADS:
        return False  # "in the Kramatorsk direction": a front's axis
    if _care_site(head):
        return False
    if _seat_of_rulers(last):
        return False
    if last.dep_ in ("dobj", "nsubj") and head.lemma_.lower() in ADDRESS_VERBS:
        return False
    if road_end(doc, ts):
        return False
    cur = last
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in LINK_VERBS and cur.dep_ in ("acl", "relcl", "advcl"):
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
            break
    return True


_HYPHENS = frozenset({"-", "\u2013", "\u2014"})


def road_end(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The name is an end of a road named by the two towns it joins ("on the Kumasi-Accra road", "the
    Kisumu-Kakamega highway"): the road runs between them and says nothing of which one the deed was near."""
    i, joined = ts[-1] + 1, False
    while i < len(doc) and (doc[i].text in _HYPHENS or (joined and doc[i].pos_ == "PROPN")):
        joined = joined or doc[i].text in _HYPHENS
        i += 1
    k = ts[0] - 1
    while k >= 0 and (doc[k].text in _HYPHENS or doc[k].pos_ == "PROPN"):
        joined = joined or doc[k].text in _HYPHENS
        k -= 1
    inner = any(doc[j].text in _HYPHENS for j in ts)  # the two towns read as one name
    return (joined or inner) and i < len(doc) and doc[i].lemma_.lower() in ROAD_WORDS


def target_place(g: "Group", primary: Trigger, roles, places: list[Place], tok_of_place) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The place a territorial trigger acts on: its object ("seized X", "the town of X"), or "the fall of X"."""
    cands = []
    v = primary.tok
    rel = v.head if v.dep_ == "relcl" and v.head.i != v.i else None  # "the highway they seized", "a town that was captured"
    for tok in [roles.patient, *roles.patients, pobj(v, "of"), child(v, "dobj", "nsubjpass"), rel]:
        if tok is not None and tok.lower_ in ("that", "which", "who"):
            tok = rel
        if tok is None:
            continue
        cands.append(tok)
        of = pobj(tok, "of")  # "the town of X"
        if of is not None:
            cands.append(of)
        cands.extend(c for c in tok.children if c.dep_ == "appos")
    for tok in cands:
        for p, ts in tok_of_place:
            if ts and tok.i in ts and p.precision not in ("country", "region"):
                return p
    # "retook a key town", "seized control of a highway": the unnamed place is the nearest named one of its kind
    for tok in cands:
        kind = lemma(tok)
        if kind not in SETTLEMENT_WORDS and kind not in ROAD_WORDS:
            continue
        road = kind in ROAD_WORDS
        doc = tok.doc
        near = []
        for p, ts in tok_of_place:
            if not ts or abs(p.span.start - tok.idx) > BRIDGE_CHARS or p.precision in ("country", "region", "province"):
                continue
            if p.span.start > tok.idx and p.span.start >= tok.sent.end_char:
                continue  # an unnamed place refers back, or ahead within its own sentence, never to the next one
            if (p.feature_class or "").startswith("R.") != road or not locative(doc, ts, None):
                continue
            near.append((abs(p.span.start - tok.idx), p))
        if near:
            return min(near, key=lambda x: x[0])[1]
    return None



def unnamed_town(p: Place, ts: list[int], doc, tok_of_place) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The town a province's or district's name qualifies ("this North Darfur town", "the Ruritania province
    village"): the province says where the unnamed town lies, and the town is the nearest one named before it in
    that province (under "MELLIT —", Mellit). None when the name qualifies no settlement word or the article names
    no such town before it."""
    if p.precision not in ("province", "district") or not ts or not p.admin1:
        return None
    last = doc[ts[-1]]
    if last.dep_ not in ("compound", "amod", "nmod") or lemma(last.head) not in SETTLEMENT_WORDS:
        return None
    near = [q for q, _ in tok_of_place if q.precision in ("town", "point") and resolved(q) and q.country == p.country
            and q.admin1 == p.admin1 and 0 <= p.span.start - q.span.start <= BRIDGE_CHARS]
    return max(near, key=lambda q: q.span.start) if near else None


DATELINE_CHARS = 120  # a dateline opens the text: a place named this near its start, and in the dateline, is it


def _lede_end(analysis: Analysis, dateline: Optional[str]) -> int:
    """Where the lede ends: the end of the first sentence past the dateline (0 with no dateline: the tie-break is
    only for copy filed from one place about another)."""
    if not dateline:
        return 0
    for s in analysis.sentences:
        if s.end - s.start > 40:  # the dateline line ("BAMAKO, Feb 11 —") may stand as a sentence of its own
            return s.end
    return 0


def _focus_country(places: list[Place]) -> Optional[str]:
    """The country most of the places are in; None when none has one."""
    by_country: dict[str, int] = {}
    for p in places:
        if p.country:
            by_country[p.country] = by_country.get(p.country, 0) + 1
    return max(by_country, key=lambda c: by_country[c]) if by_country else None


def _counted_places(places: list[Place], dateline: Optional[str], doc, focus: Optional[str]) -> dict[str, list[Place]]:  # type: ignore[no-untyped-def]
    """The mentions that may stand for where the article is, by place (geonameid or name): none a road, a country or
    region, a place outside the ``focus`` country, a hospital the hurt were taken to, or (with the parse) a name
    not used as a location."""
    counts: dict[str, list[Place]] = {}
    dl_text = (dateline or "").lower()
    for p in places:
        if doc is not None:
            ts = tokens_of(doc, p.span.start, p.span.end)
            in_dateline = bool(dl_text) and p.span.start < DATELINE_CHARS and p.span.text.lower() in dl_text \
                or bool(ts) and p.span.start < DATELINE_CHARS and dateline_mention(doc, ts)
            if ts and not locative(doc, ts) and not in_dateline:
                continue  # "the road linking X and Y", "the X deal" (a dateline's "DETROIT —" is where it is)
            if ts and care_site(doc, ts):
                continue  # "died at the X Medical Center": where the hurt were taken, not where the story is
            if ts and home_town_mention(doc, ts):
                continue  # "a teen from X was hurt": where a person lives, not where the story is (events/home_town)
            p = unnamed_town(p, ts, doc, [(q, None) for q in places]) or p  # "this North Darfur town": the town
        if focus is not None and p.country and p.country != focus:
            continue  # the story happens in the country its places are mostly in, not in a capital that speaks
        if p.precision in ("country", "region") or (p.feature_class or "").startswith("R."):
            continue  # a road runs through many places: not where an unplaced event happened
        counts.setdefault(p.geonameid or p.name.lower(), []).append(p)
    return counts


def _inside_counts(counts: dict[str, list[Place]]) -> dict[str, int]:
    """A province counts its own mentions and those of the places inside it: an article that moves between several
    towns of one province is placed in the province, one that keeps coming back to a town in the town. Province key
    -> the mentions of the places inside it."""
    inside: dict[str, int] = {}
    for k, ps in counts.items():
        p = ps[0]
        if p.precision not in ("province", "district") and p.admin1:
            for k2, ps2 in counts.items():
                q = ps2[0]
                if k2 != k and q.precision == "province" and q.country == p.country and q.admin1 == p.admin1:
                    inside[k2] = inside.get(k2, 0) + len(ps)
    return inside


def article_place(analysis: Analysis, dateline: Optional[str], doc=None) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The article's most prominent place (most mentioned; the dateline's place wins ties); never a hospital the hurt
    were taken to or died at (``care_site``)."""
    places = [p for p in analysis.places if resolved(p) and p.mention == "name"]
    if not places:
        return None
    counts = _counted_places(places, dateline, doc, _focus_country(places))
    dl = (dateline or "").lower()
    inside = _inside_counts(counts)

    def score(k: str) -> int:
        return len(counts[k]) + inside.get(k, 0)

    lede = _lede_end(analysis, dateline)

    dl_fold = fold_name(dl)

    def key(k: str) -> tuple:
        ps = counts[k]
        # as written or as the gazetteer spells it, accents folded ("BOGOTA —" is Bogotá's dateline)
        in_dateline = bool(dl) and any(fold_name(n) in dl_fold for n in (ps[0].name, ps[0].span.text))
        # a place the lede tells the news at beats the dateline's on a tie: "BAMAKO — Fighters stormed an army
        # post outside Niono ..." was filed in Bamako and happened at Niono
        in_lede = not in_dateline and ps[0].span.start < lede
        return (score(k), in_lede, in_dateline, -PRECISION_RANK.get(ps[0].precision, 6), -ps[0].span.start)

    if not counts:
        return None
    best = max(counts, key=key)
    p = counts[best][0]
    if p.precision == "province":  # one town holding half the province's mentions is where the article is
        towns = [k for k in counts if k != best and counts[k][0].admin1 == p.admin1
                 and counts[k][0].country == p.country and counts[k][0].precision not in ("province", "district")]
        top = max(towns, key=key, default=None)
        if top is not None and 2 * len(counts[top]) >= score(best):
            p = counts[top][0]
        p = _dateline_town_of(p, counts, dl_fold) or p
    # a stand-in for events that name no place must itself be sure: the best-resolved mention of it
    conf = max(q.confidence for q in counts[p.geonameid or p.name.lower()])
    return p if conf >= ARTICLE_PLACE_MIN_CONF else None



def _dateline_town_of(state: Place, counts: dict[str, list[Place]], dl_fold: str) -> Optional[Place]:
    """The dateline's town where the article's place came out as the state the dateline names after it ("KNOXVILLE,
    Tenn. -"): the state is named to say where the town is, and a report filed from a town of it is that town's
    news unless it names a place of its own for it; else None."""
    if state.precision != "province" or not dl_fold or fold_name(state.span.text) not in dl_fold:
        return None
    for ps in counts.values():
        q = ps[0]
        if q.precision not in ("province", "district", "country", "region") and q.country == state.country \
                and q.admin1 == state.admin1 and q.span.start < state.span.start \
                and fold_name(q.span.text) in dl_fold:
            return q
    return None


def unknown_site(p: Place) -> bool:
    """A place named as a site (a building, a facility) that the gazetteer could not resolve: it has no point."""
    return p.precision == "point" and not resolved(p)


def _heading_within(heading: Optional[Place], fine: Place, how: str) -> tuple[Place, str]:
    """The paragraph's heading town when it lies inside the clause's or sentence's place ("Atbara: drones struck ...,
    cutting power across River Nile state": the heading is more precise) or when the place is a province or district
    of its country the heading town lies outside ("Turbat: gunmen shot dead three labourers from Punjab province": the
    heading says where) or another place that cannot be its scene (``heading_place.astray``), else that place."""
    return (heading, "paragraph") if heading is not None and (inside(heading, fine) or astray(heading, fine)) \
        else (fine, how)


@dataclasses.dataclass
class PlaceScene:
    """What :func:`choose_place` reads of one event: its sentence, trigger, places and the actors' phrases; each
    method below makes one of its decisions."""
    g: Group
    primary: Trigger
    sent: Any
    onto: Ontology
    analysis: Analysis
    tok_of_place: Any
    actor_spans: list
    tplace: Optional[Place] = None

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        return self.sent.doc

    def tokens(self, p: Place) -> Optional[list[int]]:
        """The tokens of a place mention (None when the place has none)."""
        return next((ts for q, ts in self.tok_of_place if q is p), None)

    def usable(self, p: Place) -> bool:
        """A place named outside the actors' phrases (a name inside them never places the event), or a town that is
        by itself the whole of a side named as the object of a locative preposition ("air strikes on the outskirts of
        X", the town read as their target): it still says where."""
        return not any(overlaps(s, p.span.start, p.span.end) and not self.target_town(p, s) for s in self.actor_spans) \
            or self.site_town(p)

    def site_town(self, p: Place) -> bool:
        """``p`` is a town named as the label of a site inside a side's phrase ("the victims of the attack on the
        Saravan police station", "shelled the Kouri army base"): a compound of a site noun, it says where the site
        is, though the side's phrase (the police holding the station) holds it."""
        if p.precision not in ("town", "point"):
            return False
        ts = self.tokens(p)
        return bool(ts) and labels_site_noun(self.doc[ts[-1]])

    def target_town(self, p: Place, s) -> bool:  # type: ignore[no-untyped-def]
        """``p`` is a town whose mention is the whole of the side's span ``s`` and hangs on a locative preposition."""
        if (s.start, s.end) != (p.span.start, p.span.end) or p.precision not in ("town", "point"):
            return False
        ts = self.tokens(p)
        if not ts:
            return False
        last = self.doc[ts[-1]]
        return last.dep_ == "pobj" and last.head.lower_ in LOCATIVE_PREPS

    def pick(self, cands: list[Place]) -> Optional[Place]:
        """The best-ranked usable candidate: the place taken, then near ends before far ones, the most precise,
        resolved before unresolved, contained before container, nearest the trigger."""
        cands = [p for p in cands if self.usable(p)]
        if not cands:
            return None
        # a resolved place before an unresolved one of the same kind; an unresolved town still beats a country; a
        # facility the gazetteer does not know ("died at the University Medical Center") yields to a resolved town of
        # the clause ("a shooting in north Jackson"): it would leave the event with no point at all
        # the far end of a distance ranks after the other towns, but a town still before a province or a country: "a
        # village 15 km north of X in Y province" is coded at X, the nearest named town
        trig = self.primary.tok
        return min(cands, key=lambda p: (p is not self.tplace, place_rank(p) > PRECISION_RANK["town"], self.far_end(p),
                                         p.precision == "point" and not resolved(p),
                                         place_rank(p), not resolved(p), self.container(p), abs(p.span.start - trig.idx)))

    def far_end(self, p: Place) -> bool:
        """The far end of a distance ("70 kilometres from X"): after every other place (events/distance_ref)."""
        ts = self.tokens(p)
        return bool(ts) and distance_reference(self.doc, ts)

    def container(self, p: Place) -> bool:
        """The place named as what holds another of the sentence: "Kajuru Local Government Area of Kaduna State",
        "the Sur district of Diyarbakir" (the "of" phrase of a unit word that another place's name heads); not "the
        town of Khanaqin", which is the town itself."""
        doc = self.doc
        ts = self.tokens(p)
        if not ts:
            return False
        t = doc[ts[-1]]
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head  # "of Kaduna State": the name heads no phrase of its own
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            return False
        unit = t.head.head
        return any(q is not p and any(i == unit.i or doc[i].head.i == unit.i for i in ts2) for q, ts2 in self.tok_of_place)

    def located(self, ts: list[int]) -> bool:
        """A place mention that says where something is, not who acts or speaks ("Turkey said", "Britain-based")."""
        doc, sent, primary = self.doc, self.sent, self.primary
        first, last = doc[ts[0]], doc[ts[-1]]
        if any(doc[i].dep_ in ("nsubj", "nsubjpass", "poss") for i in ts) and last.head.pos_ != "ADP" \
                and not _city_side(last):
            return False
        if "-" in last.text or (last.i + 1 < len(doc) and doc[last.i + 1].text == "-"):
            return False  # "Britain-based", "Turkey-backed"
        if first.i == sent.start and last.i + 1 < len(doc) and doc[last.i + 1].text in (":", "—", "-", "/"):
            return False  # a dateline glued to the sentence
        if not locative(doc, ts, self.onto) or care_site(doc, ts):
            return False
        if home_town_mention(doc, ts):
            return False  # "a 24-year-old from X was shot in Y": where the victim lives (events/home_town)
        if town_of_one(doc, ts) and any(q and q[0] not in ts and sent.start <= q[0] < sent.end
                                        for _, q in self.tok_of_place):
            return False  # "A Reno man was killed ... east of Fernley": Fernley says where (events/home_town)
        if doers_origin(doc, ts):
            return False  # "insurgents who had moved from X attacked Y": where the doers came from (events/came_from)
        if journey_end(doc, ts):
            return False  # "a bus travelling from X to Y overturned": where it set out or was going (events/came_from)
        if last.dep_ in ("pobj", "conj") and not primary.tdef.own_place_only and not _locative_prep_of(last):
            return False  # "tensions with Turkey", "talks between Turkey and Russia": not where it happened
        if not primary.tdef.own_place_only and statement_site(doc, ts, primary.tok):
            return False  # "the town was shelled, officials said in Ankara": Ankara is where they spoke
        return not any(a.span.start <= doc[i].idx < a.span.end for a in self.speakers() for i in ts)

    def speakers(self) -> list:
        """The attributions whose claimant phrase may hold a place that is the speaker's, not the event's: not one
        whose phrase holds the event's own trigger ("The shelling of X by Y killed two, the governor said", parsed
        with the lede's subject as the speaker): a deed is never its own speaker, and its places stay the event's."""
        t = self.primary.tok.idx
        return [a for a in self.analysis.attributions if not a.span.start <= t < a.span.end]

    def located_in(self, idx: set[int]) -> list[Place]:
        """The located places whose mention starts in ``idx``, each as the town it stands for ("this North Darfur
        town": the town, not the province)."""
        return [unnamed_town(p, ts, self.doc, self.tok_of_place) or p
                for p, ts in self.tok_of_place if ts and ts[0] in idx and self.located(ts)]

    def in_pp(self, p: Place) -> bool:
        """A country or region places an event only as the object of a locative preposition ("in Syria"), or as
        the possessor of one ("in northern Myanmar's Waingmaw township", a township the gazetteer lacks); a subject
        or an addressee ("Turkey said", "urging Russia") says who, not where."""
        ts = self.tokens(p)
        if not ts:
            return False
        tok = self.doc[ts[-1]]
        if tok.dep_ == "poss" and p.precision in ("country", "region"):
            tok = tok.head  # "in northern Myanmar's Waingmaw township": the country holds the place it is in
        head = tok.head
        return tok.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in LOCATIVE_PREPS


def labels_site_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """The proper noun ``tok`` is a compound modifier, through at most two other compounds, of a site noun: a word of
    data/site_heads.tsv or a site of data/forces_sites.tsv ("Saravan" of "the Saravan police station")."""
    from sitrep.events.roles import forces_words
    from sitrep.events.site_name import site_heads

    sites = site_heads() | {w for w, k in forces_words().items() if k == "SITE"}
    t = tok
    for _ in range(3):
        if t.dep_ != "compound" or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in sites:
            return True
    return False


def _locative_prep_of(last) -> bool:  # type: ignore[no-untyped-def]
    """Whether the preposition a place name hangs on (through "and": "between Turkey and Russia") is locative, or is
    no preposition at all."""
    prep = last.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "between Turkey and Russia": the conjunct's preposition
    if prep.dep_ == "pobj":
        prep = prep.head
    return not (prep.pos_ == "ADP" and prep.lower_ not in LOCATIVE_PREPS)


def own_place_tokens(g: Group, clause: set[int], sent_idx: set[int], tok_of_place) -> set[int]:  # type: ignore[no-untyped-def]
    """Where an ``own_place_only`` event (a call, a meeting, talks) may find its place: its own clause, the place
    "where" points back to, and its conjunct's clause ("made a visit to Kyiv and met X")."""
    own = set(clause)
    h = g.head
    if h.dep_ == "relcl" and any(c.lower_ == "where" for c in h.children):
        before = [ts[0] for _, ts in tok_of_place if ts and ts[0] in sent_idx and ts[0] < h.i]
        if before:
            own.add(max(before))  # the place "where" points back to (the parser may hang it on a date)
    if h.dep_ == "conj":
        own |= {x.i for x in h.head.subtree} - {x.i for x in h.subtree}
    return own


def _set_aside_site(fine_clause: Optional[Place], fine_sent: Optional[Place]
                    ) -> tuple[Optional[Place], str, Optional[Place], Optional[Place]]:
    """A site the gazetteer does not know ("stormed the Hotel Sahel Palace") has no point: it is set aside (site, how
    it was found) so that a resolved town of the sentence, the paragraph's town or the article's place (where the
    report sets the site) places the event, and the site stays the answer only when none of them is there; returns
    (site, how, fine clause place, fine sentence place)."""
    site, site_how = None, "clause"
    if fine_clause is not None and unknown_site(fine_clause):
        site, fine_clause = fine_clause, None
        fine_sent = None if fine_sent is not None and unknown_site(fine_sent) else fine_sent
    elif fine_clause is None and fine_sent is not None and unknown_site(fine_sent):
        site, site_how, fine_sent = fine_sent, "sentence", None
    return site, site_how, fine_clause, fine_sent


def _paragraph_place(sc: PlaceScene, sent_idx: set[int], pa: int, pb: int, heading: Optional[Place],
                     coarse_any: Optional[Place]) -> Optional[Place]:
    """The paragraph's place for an event its sentence leaves unplaced: the one town the paragraph so far has
    named (resolved, confident), else the paragraph's heading, each in the country of the sentence's coarse place."""
    doc, sent = sc.doc, sc.sent
    # the paragraph's towns before this sentence, nearest first: resolved and confident ones only
    in_para = [p for p, ts in sc.tok_of_place if ts and pa <= p.span.start < pb and doc[ts[0]].i not in sent_idx
               and p.precision in ("point", "town") and resolved(p) and p.confidence >= ARTICLE_PLACE_MIN_CONF
               and sc.located(ts)]
    in_para = [p for p in in_para if sc.usable(p) and (coarse_any is None or p.country == coarse_any.country)]
    before = [p for p in in_para if p.span.start < sent.start_char]  # the paragraph so far, never ahead
    # a paragraph about one town places its unplaced events there; one that moves between towns does not
    if before and len({p.geonameid or p.name for p in before}) == 1:
        return max(before, key=lambda p: p.span.start)
    # a round-up's paragraph heading ("Nyala: an air strike hit the market"): where its events happened
    if heading is not None and (coarse_any is None or heading.country == coarse_any.country):
        return heading
    return None


def _last_resort(fallback_place: Optional[Place], site: Optional[Place], site_how: str,
                 coarse_any: Optional[Place]) -> tuple[Optional[Place], str]:
    """When nothing finer placed the event: the article's fine place (same country), the unknown site, the
    sentence's country or region, the article's coarse place, or none."""
    if fallback_place is not None and (coarse_any is None or fallback_place.country == coarse_any.country) \
            and fallback_place.precision not in COARSE:
        return fallback_place, "article"
    if site is not None:
        return site, site_how
    if coarse_any is not None:
        return coarse_any, "sentence"
    if fallback_place is not None:
        return fallback_place, "article"
    return None, "none"


def choose_place(g: Group, primary: Trigger, roles, clause: set[int], sent, sent_idx: set[int], onto: Ontology,  # type: ignore[no-untyped-def]
                 analysis: Analysis, tok_of_place, fallback_place: Optional[Place],
                 actor_spans: list) -> tuple[Optional[Place], str]:
    """The event's place and what placed it (:func:`_choose_place`); a name the gazetteer could not place, in a story
    about one city, is a part of that city (events/city_part)."""
    place, how = _choose_place(g, primary, roles, clause, sent, sent_idx, onto, analysis, tok_of_place,
                               fallback_place, actor_spans)
    if place is not None and not resolved(place) and not unknown_site(place) and not told_as_village(place, sent):
        place = story_city_place(place, analysis, fallback_place) or place
    return place, how


def _choose_place(g: Group, primary: Trigger, roles, clause: set[int], sent, sent_idx: set[int], onto: Ontology,  # type: ignore[no-untyped-def]
                  analysis: Analysis, tok_of_place, fallback_place: Optional[Place],
                  actor_spans: list) -> tuple[Optional[Place], str]:
    """The event's place and what placed it ("clause", "sentence", "article" or "none").

    A territorial event happens at the place taken; otherwise the most specific place of the clause,
    then of the sentence, then the article's main place (same country as a coarse sentence place),
    then a coarse (country/region) place of the sentence. Names inside the actors' phrases never place
    the event; types flagged ``own_place_only`` (calls, threats) never take the article's place."""
    sc = PlaceScene(g, primary, sent, onto, analysis, tok_of_place, actor_spans)
    sc.tplace = target_place(g, primary, roles, analysis.places, tok_of_place) if territorial_code(primary.tdef.code) else None
    in_clause = sc.located_in(clause)
    if primary.tdef.own_place_only:
        # "seized a highway in northwest Syria as talks ended": the talks were not there; but "were in Kyiv,
        # where they met X" and "made a visit to Kyiv and met X" place the meeting; nor did a phone call
        # between capitals happen on the article's battlefield
        fallback_place = None
        own = own_place_tokens(g, clause, sent_idx, tok_of_place)
    else:
        own = sent_idx
    in_sent = sc.located_in(own)
    fine_clause = sc.pick([p for p in in_clause if p.precision not in COARSE])
    fine_sent = sc.pick([p for p in in_sent if p.precision not in COARSE])
    coarse_any = sc.pick([p for p in in_clause if (p.precision not in COARSE or sc.in_pp(p)) and not unknown_site(p)]) or \
        sc.pick([p for p in in_sent if (p.precision not in COARSE or sc.in_pp(p)) and not unknown_site(p)])
    if sc.tplace is not None:
        return sc.tplace, "clause"
    site, site_how, fine_clause, fine_sent = _set_aside_site(fine_clause, fine_sent)
    pa, pb = paragraph_bounds(doc_text(sc.doc), sent.start_char, sent.end_char)
    heading = None if primary.tdef.own_place_only else paragraph_heading(sc.doc, tok_of_place, pa)
    if heading is not None and not sc.usable(heading):
        heading = None
    if fine_clause is not None:
        return _town_told_after(sc, *_heading_within(heading, fine_clause, "clause"))
    if fine_sent is not None:
        return _town_told_after(sc, *_heading_within(heading, fine_sent, "sentence"))
    if not primary.tdef.own_place_only:
        para = _paragraph_place(sc, sent_idx, pa, pb, heading, coarse_any)
        if para is not None:
            return para, "paragraph"
    if fallback_place is not None and _road_end_here(sc, fallback_place, sent_idx):
        fallback_place = None
    elif fallback_place is not None and not primary.tdef.own_place_only:
        road = road_first_end(sc.doc, sentence_mentions(tok_of_place, sent_idx, sc.usable), road_end)
        if road is not None:
            return road, "sentence"  # "on the road linking X and Y" under a dateline far from both: near X
    return _last_resort(fallback_place, site, site_how, coarse_any)


def _town_told_after(sc: PlaceScene, p: Place, how: str) -> tuple[Place, str]:
    """A county or district the event's sentence names yields to the one town the next lines name inside it
    ("a bus struck a bomb in Mandera County. ... shortly after leaving Elwak town"; events/county_town)."""
    if sc.primary.tdef.own_place_only:
        return p, how
    town = county_town(p, sc.doc, doc_text(sc.doc), sc.sent.end_char, sc.tok_of_place,
                       lambda ts: sc.located(ts) and sc.usable(next(q for q, t2 in sc.tok_of_place if t2 is ts)),
                       resolved, road_end)
    return (town, "paragraph") if town is not None else (p, how)


def _road_end_here(sc: PlaceScene, p: Place, sent_idx: set[int]) -> bool:
    """The article's place is named in the event's sentence only as an end of the road the deed was on ("attacked a
    convoy on the Kayes-Bamako highway" under "BAMAKO -"): the deed was somewhere along the road, not at its end."""
    key = p.geonameid or p.name
    here = [ts for q, ts in sc.tok_of_place if ts and ts[0] in sent_idx and (q.geonameid or q.name) == key]
    return bool(here) and all(road_end(sc.doc, ts) for ts in here) and not _distance_told_next(sc, key, sent_idx)


def _distance_told_next(sc: PlaceScene, key: str, sent_idx: set[int]) -> bool:
    """The sentence after the event's gives the deed's distance from that end of the road ("ambushed a bus on the
    Mocimboa-Mueda road. The bus was stopped about 20 kilometres from Mocimboa"): the text sets it near that town
    after all (the far end of a distance, events/distance_ref.py)."""
    doc, end = sc.doc, max(sent_idx, default=len(sc.doc)) + 1
    while end < len(doc) and doc[end].is_space:
        end += 1  # the blank line before the next paragraph
    if end >= len(doc):
        return False
    nxt = doc[end:doc[end].sent.end]
    return any(ts and nxt.start <= ts[0] < nxt.end and (q.geonameid or q.name) == key and distance_reference(doc, ts)
               for q, ts in sc.tok_of_place)
