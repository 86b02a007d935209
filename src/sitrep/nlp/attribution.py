"""Who said it: the claimant of each reported claim, with the cue and the text the claim covers.

Patterns, read off the dependency parse (cues from ``data/speech_cues.tsv``):

- "X said (that) ...", "..., X said.", "X told AFP ...", "X said in a statement ...",
  "X claimed / reported / announced / confirmed / denied / accused ...": the cue verb's
  ``nsubj`` is the claimant; its ``ccomp``/``xcomp`` (else the rest of the sentence) is the claim;
- "X reported ..., saying ...", "X dismissed ..., telling ...": a participle cue takes the subject
  of the cue verb it hangs from;
- "according to X (and Y)": the object of "according to" (each conjunct) is a claimant;
- "SANA quoted a source at the foreign ministry as saying ...": the claimant is SANA; the quoted
  source is kept in the cue ("quoted a source at the foreign ministry as saying").

Claimants are resolved to canonical actors through the entity mentions (the mention holding the
head word of the claimant phrase) or the :class:`~sitrep.nlp.actor_lexicon.ActorResolver`.
"he/she added" takes the most recent person claimant, unless another person was named in between;
"it/they" are left out. A quotation running over several sentences, or a fully quoted sentence
right after an attributed quote, carries that attribution. When the claimant cannot be resolved
with confidence the attribution is still reported with the claimant phrase but no id; a pronoun
that cannot be resolved is left out.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from sitrep.model import Attribution, Mention, Span
from sitrep.nlp.actor_lexicon import MINISTRY_ROLES, _read_tsv, get_resolver, people_noun
from sitrep.nlp.doctext import doc_attr, doc_sents, doc_text
from sitrep.nlp.fronted_country import fronted_country
from sitrep.nlp.cut_speakers import cut_off_speaker
from sitrep.nlp.group_nouns import group_nouns
from sitrep.nlp.told_before import TALLY_WORDS

_PRONOUNS_PERSON = {"he", "she"}
_PRONOUNS_ORG = {"it", "they"}  # only right after an organisation's claim, and only sentence-initially
_PRONOUNS_SKIP = {"we", "i", "you", "this", "that", "who", "which", "these", "those"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "punct", "cc", "mark", "dep"}
_QUOTE_OPEN = "\"“«„"
_QUOTE_CLOSE = "\"”»“"
_TRIM = " \t\n,;:—–-"
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s*\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]\s+")
_DOCUMENTS = {"statement", "report", "tally", "figure", "data", "estimate", "count", "toll", "source",
              "communique", "release", "tweet", "post", "update", "assessment", "survey", "document"}
_MEDIA = {"statement", "interview", "tweet", "twitter", "post", "message", "video", "letter", "briefing", "conference",
          "remark", "speech", "television", "tv", "radio", "telegram", "facebook", "x", "communique", "release",
          "series", "broadcast", "address", "note", "report"}


_text = doc_text  # ``doc.text`` rebuilds the string on every access: read it once per Doc


@functools.lru_cache(maxsize=1)
def speech_cues() -> dict[str, str]:
    """Cue lemma -> kind (say, claim, deny, accuse, report, quote, prep)."""
    return {r["cue"]: r["kind"] for r in _read_tsv("speech_cues.tsv")}


@dataclass
class _Claim:
    att: Attribution
    sent_i: int
    person: bool
    quote: bool  # the claim contains or is a direct quotation
    plural: bool = False  # the claimant phrase is plural ("Turkish officials")


def _is_cue(tok: Any) -> bool:
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _TALLY_VERBS:
        return tally_put(tok)
    if tok.pos_ in ("VERB", "AUX") and tally_revised(tok):
        return True
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech_cues() and speech_cues()[tok.lemma_.lower()] != "prep"


# "X put the figure at N", "X placed the death toll at N": the verb that gives a tally its number (issue 16: a
# claimant's count, like "X said N"); only with a tally noun as its object and "at" after it ("put out the fire",
# "put under curfew" are no cue)
_TALLY_VERBS = frozenset({"put", "place"})
_TALLY_NOUNS = TALLY_WORDS | {"toll"}


def tally_put(verb: Any) -> bool:
    """``verb`` ("put", "place") gives a tally noun its number: "the ministry put the toll at 52", "OCHA put the
    number of people displaced by the attack at 9,300" (the parser may hang "at" on a word of the object)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS), None)
    if obj is None:
        return False
    return any(t.lower_ == "at" and t.i > obj.i and any(c.like_num or c.pos_ == "NUM" for c in t.subtree)
               for t in verb.subtree)


# "OCHA has revised down its estimate of people in need to 1.1 million", "the ministry raised its count to 40": the
# verbs that give a claimant's tally a new number (issue 16, branch figures14: a claimant's own figure, like "put")
_REVISE_VERBS = frozenset({"revise", "raise", "lower", "cut"})


def tally_revised(verb: Any) -> bool:
    """``verb`` ("revise", "raise", "lower", "cut") gives its tally noun object a number "to N"."""
    if verb.lemma_.lower() not in _REVISE_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS), None)
    if obj is None:
        return False
    return any(t.lower_ == "to" and t.i > obj.i and any(c.like_num or c.pos_ == "NUM" for c in t.subtree)
               for t in verb.subtree)


def _subject(verb: Any) -> Optional[Any]:
    """The subject of a verb; of two adjacent subjects ("state news agency SANA") the right one."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subj:
        return None
    if len(subj) > 1 and subj[-1].left_edge.i == subj[-2].i + 1:
        return subj[-1]
    return subj[0]


def _subject_start(subj: Any) -> int:
    """First token of the subject phrase, including an adjacent second subject on its left."""
    left = subj.left_edge.i
    for c in subj.head.children:
        if c.dep_ == "nsubj" and c.i < subj.i and c.i == left - 1:
            left = c.left_edge.i
    return left


def _phrase_bounds(head: Any) -> tuple[int, int]:
    """Token range of a claimant phrase: the head with its left modifiers and tight right modifiers.

    Appositions, relative clauses and anything after a comma are left out:
    "the Syrian Observatory for Human Rights, a war monitor," -> "the Syrian Observatory for Human Rights".
    """
    left = head.left_edge.i
    right = head.i
    for c in head.rights:
        if c.dep_ == "appos" and c.i == right + 1 and c.left_edge.i == c.i:
            right = c.i  # "state news agency SANA": an apposition with no comma is part of the name
            continue
        if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        right = max(right, c.right_edge.i)
    return left, right + 1


def _line_start_token(doc: Any, i: int, head_i: int) -> int:
    """Move a phrase start past any line break before its head (headings glued to a sentence)."""
    for k in range(head_i - 1, i - 1, -1):
        if "\n" in doc[k].text_with_ws or "\n" in doc[k].text:
            return k + 1
    return i


def _char_range(doc: Any, i: int, j: int) -> tuple[int, int]:
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


class _Resolver:
    """Resolves a claimant phrase to an actor through the article's mentions, then the dictionary."""

    def __init__(self, doc: Any, ctx: Any, mentions: Sequence[Mention]):
        self.doc, self.ctx = doc, ctx
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self._starts = [m.span.start for m in self.mentions]
        self.res = get_resolver()
        self.focus = list(getattr(ctx, "country_focus", None) or [])
        if not self.focus:
            from collections import Counter

            cnt: Counter[str] = Counter()
            for m in mentions:
                if m.entity_id:
                    e = self.res.actors.get(m.entity_id)
                    # a world news agency ("MOGADISHU (AP)") lends no country, as in nlp.actors.country_focus: "a
                    # military officer said" in its report is no officer of the agency's country
                    if e and e.get("country") and e.get("lends_country", True) is not False:
                        cnt[e["country"]] += 1
            self.focus = [c for c, _ in cnt.most_common()]

    def in_span(self, start: int, end: int, with_id: bool = True) -> list[Mention]:
        k = bisect.bisect_left(self._starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].span.start < end:
            m = self.mentions[k]
            if m.span.end <= end and (m.entity_id or not with_id):
                out.append(m)
            k += 1
        return out

    def resolve(self, head: Any, start: int, end: int) -> tuple[Optional[str], Optional[str], bool]:
        """(id, name, is_person) of the claimant phrase [start, end) whose syntactic head is ``head``."""
        inside = self.in_span(start, end)
        hs, he = head.idx, head.idx + len(head)
        for m in inside:
            if m.span.start <= hs and he <= m.span.end:
                entry = self.res.actors.get(m.entity_id or "")
                if entry and entry.get("type") == "country":  # a country that speaks is its government
                    gid, gname = self.res.role_actor(entry["country"], "GOV", getattr(self.ctx, "published", None))
                    return gid, gname, False
                return m.entity_id, m.name, m.kind == "PERSON"
        # the head is a common noun ("correspondent", "head") modified by one actor ("an AFP correspondent")
        text = _text(self.doc)[start:end]
        # "In Moscow, the defence ministry claimed": the fronted capital's country first (nlp.fronted_country)
        sent_start = head.sent.start_char
        fronted = fronted_country(_text(self.doc)[sent_start:start]) if start > sent_start else None
        focus = [fronted, *[c for c in self.focus if c != fronted]] if fronted else self.focus
        hit = self.res.resolve(text, focus, when=getattr(self.ctx, "published", None))
        if hit and _armed_group_head(head) and (self.res.get(hit[0]) or {}).get("type") in ("state", "state_forces"):
            return None, None, False  # "the Burundian rebel group said": a nationality's group, not its state
        if hit:
            entry = self.res.get(hit[0])
            return hit[0], hit[1], entry.get("type") == "person"
        if len(inside) == 1 and head.pos_ in ("NOUN", "PROPN") and not (
                head.text.islower() and people_noun(head.text)):  # "Malian villagers said": no state, no country
            m = inside[0]
            return m.entity_id, m.name, m.kind == "PERSON"
        return None, None, False


def _armed_group_head(head: Any) -> bool:
    """Whether a claimant phrase's head is an armed group's noun described as armed before it ("the Burundian rebel
    group", "a Nigerian militant movement"): a demonym there says where the group is from, not that a state speaks."""
    from sitrep.events.described_group import armed_descriptors  # events -> nlp at import time: imported here

    # the nouns of a group of data/group_nouns.tsv this reading takes ("claimant"; described_group and antecedents
    # take other subsets of the same list, see its header)
    return head.lemma_.lower() in group_nouns("claimant") and any(
        c.lower_ in armed_descriptors() for c in head.lefts if c.dep_ in ("amod", "compound"))


def _line_bounds(doc: Any, sent: Any, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the line (within the sentence) holding tokens lo..hi-1."""
    line_lo, line_hi = sent.start, sent.end
    texts, spaces = doc_attr(doc, "text"), doc_attr(doc, "whitespace_")  # (text_with_ws, from the Doc's lists)
    for k in range(lo - 1, sent.start - 1, -1):
        if "\n" in texts[k] or "\n" in spaces[k]:
            line_lo = k + 1
            break
    for k in range(max(hi - 1, sent.start), sent.end):
        if "\n" in texts[k] or "\n" in spaces[k]:
            line_hi = k + 1
            break
    return line_lo, line_hi


def _claim_range(doc: Any, sent: Any, cue: Any, attr_lo: int, attr_hi: int) -> tuple[int, int]:
    """Character range of the claim: the cue's complement clause, else the sentence outside the attribution."""
    line_lo, line_hi = _line_bounds(doc, sent, attr_lo, attr_hi)
    tally = _put_tally(cue, attr_hi)
    if tally is not None:
        # "Scores were arrested; officials put the figure at 64": the tally the cue gives its number is the claim, never
        # the clause the parser hangs on it (the count told before is no claim of the speaker's)
        return _trim(doc, tally.left_edge.i, min(line_hi, cue.right_edge.i + 1))
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp") and c.right_edge.i < attr_lo and _semicolon_between(doc, c.right_edge.i, attr_lo):
            continue  # "officials said eight died; the rebels said thirty": what stands before the semicolon is not
            # the rebels' claim (the parser may hang "eight died" on the rebels' "said")
        if c.dep_ in ("ccomp", "xcomp") and (c.right_edge.i < attr_lo or c.left_edge.i >= attr_hi):
            end = min(line_hi, c.right_edge.i + 1, _other_speaker(c, cue), _speaker_after_semicolon(doc, c, cue))
            if c.right_edge.i < attr_lo and end == c.right_edge.i + 1:
                end = min(line_hi, _told_on(cue, attr_hi) or end)
            return _trim(doc, max(line_lo, c.left_edge.i), end)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "obj") and c.i >= attr_hi), None)
    if obj is not None and (obj.like_num or any(t.like_num for t in obj.subtree)):
        # "while the rebels claimed thirty", "the army gave a toll of 12": the count the cue takes is the claim
        return _trim(doc, attr_hi, min(line_hi, cue.right_edge.i + 1))
    if cue.dep_ in ("parataxis", "ccomp") and line_lo <= cue.head.i < cue.i:
        # "X seized the town, the monitor said": the head clause before the attribution
        return _trim(doc, max(line_lo, cue.head.left_edge.i), attr_lo)
    before = (line_lo, attr_lo)
    after = (attr_hi, line_hi)
    lo, hi = before if (before[1] - before[0]) >= (after[1] - after[0]) else after
    if hi <= lo:
        return _trim(doc, line_lo, line_hi)
    return _trim(doc, lo, hi)


def _put_tally(cue: Any, attr_hi: int) -> Optional[Any]:
    """The tally noun after the attribution to which a "put"/"place" cue gives its number ("officials put the figure at
    64"), or None for any other cue."""
    if not (cue.lemma_.lower() in _TALLY_VERBS and tally_put(cue) or tally_revised(cue)):
        return None
    return next((c for c in cue.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TALLY_NOUNS
                 and c.left_edge.i >= attr_hi), None)


def _told_on(cue: Any, attr_hi: int) -> Optional[int]:
    """The end (token index) of a clause the speaker goes on to tell after his attribution: "X killed 14 people, a
    regional official said on Monday, and about 2,000 residents fled": the parser makes "fled" a conjunct of "said";
    a conjunct after "and", with a subject of its own and no verb of speech, is still the official's word. None when
    there is none."""
    for c in cue.children:
        if c.dep_ == "conj" and c.i > attr_hi and c.pos_ in ("VERB", "AUX") and not _is_cue(c) \
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) \
                and any(k.dep_ == "cc" and k.lower_ == "and" and attr_hi <= k.i < c.i for k in cue.children):
            return c.right_edge.i + 1
    return None


def _other_speaker(clause: Any, cue: Any) -> int:
    """The token index where a clause inside the claim gives another speaker the word ("eight died, *while the rebels
    claimed thirty*"): the claim stops there (the end of ``clause`` when no other speaker)."""
    end = clause.right_edge.i + 1
    for t in clause.subtree:
        if t.i > clause.i and t is not cue and t.dep_ in ("advcl", "conj", "parataxis") and _is_cue(t) \
                and _subject(t) is not None:
            end = min(end, t.left_edge.i)
    return end


def _semicolon_between(doc: Any, i: int, j: int) -> bool:
    """A semicolon among the tokens strictly between ``i`` and ``j``."""
    return any(doc[k].text == ";" for k in range(i + 1, j))


def _speaker_after_semicolon(doc: Any, clause: Any, cue: Any) -> int:
    """The token index of a semicolon inside the claim ``clause`` after which another speaker takes the word ("eight
    died; the rebels said thirty", however the parser hung the second "said"): the claim stops there (the end of
    ``clause`` when there is none). A semicolon with no speech verb of its own subject after it ("eight died; ten were
    hurt") leaves the claim whole."""
    end = clause.right_edge.i + 1
    semis = [k for k in range(max(clause.left_edge.i, cue.i + 1), end) if doc[k].text == ";"]
    for k in semis:
        if any(_is_cue(t) and t is not cue and (subj := _subject(t)) is not None and subj.i > k
               for t in doc[k + 1:end]):
            return k
    return end


def _trim(doc: Any, i: int, j: int) -> tuple[int, int]:
    s, e = _char_range(doc, i, j)
    text = _text(doc)
    while s < e and text[s] in _TRIM:
        s += 1
    if s == 0 or text[s - 1] == "\n":  # a dateline opening the line is not part of the claim
        dm = _DATELINE.match(text, s, e)
        if dm:
            s = dm.end()
    while e > s and text[e - 1] in _TRIM + ".":
        e -= 1
    # keep a closing quotation mark that belongs to the claim
    if e < len(text) and text[e : e + 1] in _QUOTE_CLOSE and text[s : s + 1] in _QUOTE_OPEN:
        e += 1
    return s, e


def _clip_paragraph(text: str, lo: int, hi: int, anchor: int) -> tuple[int, int]:
    """Keep a claim inside the paragraph of its attribution (captions are often glued to the next paragraph)."""
    p_start = text.rfind("\n", 0, anchor)
    p_end = text.find("\n", anchor)
    if p_start >= 0 and lo < p_start + 1 <= hi:
        lo = p_start + 1
    if p_end >= 0 and lo <= p_end < hi:
        hi = p_end
    while lo < hi and text[lo] in _TRIM:
        lo += 1
    return lo, max(lo, hi)


def _cue_text(doc: Any, cue: Any) -> tuple[str, int]:
    """The cue as written, with a short object or setting: "told AFP", "said in a statement"."""
    words = [cue.text]
    last = cue.i
    for c in cue.rights:
        if c.dep_ == "dobj" and c.i == last + 1 and c.right_edge.i - c.i < 3 and cue.lemma_.lower() == "tell":
            words.append(doc[c.i : c.right_edge.i + 1].text)
            last = c.right_edge.i
        elif c.dep_ == "prep" and c.i == last + 1 and c.lower_ in ("in", "on", "via") and c.right_edge.i - c.i <= 5 \
                and any(t.lemma_.lower() in _MEDIA for t in doc[c.i : c.right_edge.i + 1]):
            words.append(doc[c.i : c.right_edge.i + 1].text)
            last = c.right_edge.i
        else:
            break
    return " ".join(words), last


_QUOTE_CHARS = re.compile('[\n“«„”»"]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (straight quotes toggle; paragraph breaks close an open quote)."""
    spans: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    for m in _QUOTE_CHARS.finditer(text):  # every other character changes nothing below
        k = m.start()
        ch = text[k]
        if ch == "\n" and open_at is not None and text[k : k + 2] == "\n\n":
            spans.append((open_at, k))
            open_at = None
        elif ch in "“«„" and open_at is None:
            open_at = k
        elif ch in "”»" and open_at is not None:
            spans.append((open_at, k + 1))
            open_at = None
        elif ch == '"':
            if open_at is None:
                open_at = k
            else:
                spans.append((open_at, k + 1))
                open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


@dataclass
class _Scan:
    """What every claim of one article is read against: its parse, its id, the claimant resolver and the
    character spans of its quotations (:func:`quote_spans`, in text order)."""
    doc: Any
    aid: str
    rv: _Resolver
    quotes: list[tuple[int, int]]
    q_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.q_starts = [q[0] for q in self.quotes]

    def has_quote(self, s: int, e: int) -> bool:
        """Whether a quotation overlaps the characters ``s``..``e`` (a claim that holds or is a direct quote)."""
        k = bisect.bisect_left(self.q_starts, e)  # quotes starting before e; quotes do not overlap each other
        return k > 0 and self.quotes[k - 1][1] > s

    def person_between(self, after: int, before: int, eid: Optional[str]) -> bool:
        """Whether a person other than ``eid`` is named between the characters ``after`` and ``before``."""
        return any(m.kind == "PERSON" and m.entity_id != eid for m in self.rv.in_span(after, before, with_id=False))

    def attribution(self, s: int, e: int, cue: str, eid: Optional[str], name: Optional[str],
                    c_lo: int, c_hi: int) -> Attribution:
        """The attribution of the claimant phrase at characters ``s``..``e`` to the claim ``c_lo``..``c_hi``."""
        return Attribution(Span(self.aid, s, e, _text(self.doc)[s:e]), cue, eid, name, c_lo, c_hi)


def extract_attributions(doc: Any, ctx: Any, analysis: Any) -> list[Attribution]:
    """Attributions of one parsed article: claimant span, cue, canonical claimant, claim range.

    Args:
        doc: the spaCy ``Doc`` of the article's clean text.
        ctx: the :class:`~sitrep.nlp.annotate.DocContext`.
        analysis: the article's analysis so far; its ``entities`` are used to resolve claimants.

    Returns:
        :class:`~sitrep.model.Attribution` objects in text order: those of each sentence
        (:func:`_sentence_claims`), then the sentences that carry a quotation's claimant (:func:`_carry_quotes`).
    """
    mentions = list(getattr(analysis, "entities", None) or [])
    rv = _Resolver(doc, ctx, mentions)
    quotes = quote_spans(_text(doc))
    scan = _Scan(doc, ctx.article_id, rv, quotes)
    sents = doc_sents(doc)
    claims: list[_Claim] = []
    lowers, poss = doc_attr(doc, "lower_"), doc_attr(doc, "pos_")
    for si, sent in enumerate(sents):
        claims.extend(_sentence_claims(scan, sent, si, claims, lowers, poss))
    claims.extend(_carry_quotes(doc, sents, claims, quotes))
    claims.sort(key=lambda c: (c.att.claim_start or 0, c.att.span.start))
    return [c.att for c in claims]


def _sentence_claims(scan: _Scan, sent: Any, si: int, claims: list[_Claim], lowers: Sequence[str],
                     poss: Sequence[str]) -> list[_Claim]:
    """The claims of sentence ``si``, in token order: one per claimant of each "according to", one per speech
    cue with a claimant (``claims``: those of the sentences before, for pronouns and "the ministry")."""
    doc = scan.doc
    found_here: list[_Claim] = []
    for ti in range(sent.start, sent.end):
        if lowers[ti] != "according" and poss[ti] not in ("VERB", "AUX"):
            continue  # neither "according to" nor a speech verb (_is_cue): no Token built
        tok = doc[ti]
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            found_here.extend(_according_to_claims(scan, sent, si, tok))
            continue
        if not _is_cue(tok):
            continue
        claim = _cue_claim(scan, sent, si, tok, claims, found_here)
        if claim is not None:
            found_here.append(claim)
    return found_here


def _according_to_claims(scan: _Scan, sent: Any, si: int, tok: Any) -> list[_Claim]:
    """ "according to X (and Y)": each conjunct of the object is a claimant (the source of a document: "according
    to a statement from the ministry": the ministry), all of one claim; none when "to" has no object."""
    doc = scan.doc
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return []
    first = objs[0]
    if first.lemma_.lower() in _DOCUMENTS:  # "according to a statement from the ministry"
        src = [g for c in first.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
               for g in c.children if g.dep_ == "pobj"]
        if src:
            first = src[0]
    # "according to the Observatory and Al Watan newspaper": each conjunct is a claimant,
    # wherever the parser hung the conjunction inside the first phrase
    conj = [t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    ccs = [t.i for t in first.subtree if t.dep_ == "cc" and t.i > first.i]
    heads = [first] + conj
    lo_tok = tok.i
    hi_tok = first.right_edge.i + 1
    c_lo, c_hi = _claim_range(doc, sent, tok, lo_tok, hi_tok)
    c_lo, c_hi = _clip_paragraph(_text(doc), c_lo, c_hi, tok.idx)
    out: list[_Claim] = []
    for h in heads:
        i, j = _phrase_bounds(h)
        if h is first and ccs:
            j = min(j, ccs[0])
        elif h is not first:
            i = max(i, (ccs[0] + 1) if ccs else i)
        i = _line_start_token(doc, i, h.i)
        s, e = _char_range(doc, i, j)
        eid, name, person = scan.rv.resolve(h, s, e)
        att = scan.attribution(s, e, "according to", eid, name, c_lo, c_hi)
        out.append(_Claim(att, si, person, scan.has_quote(c_lo, c_hi)))
    return out


def _named_speaker(head: Any) -> Optional[Any]:
    """The person named in apposition to a cut-off speaker's title ("a police spokesman, Peter Wafula"), else the
    title itself: one speaker is one claimant, under the name his later reports give him."""
    if head is None:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)


def _cue_subject(cue: Any) -> Optional[tuple[Any, bool]]:
    """The claimant word of a speech cue and whether it is borrowed from the verb the cue is a conjunct of
    ("Russia hit back and accused ..."); None when the cue names no claimant: a participle hanging from another
    cue ("SANA reported ..., saying ..."), a pronoun that names nobody ("we", "someone"),
    a passive ("it was reported")."""
    subj = _subject(cue) or _named_speaker(cut_off_speaker(cue))  # "..., a police spokesman, Peter Wafula, said"
    inherited = False
    if subj is None and cue.dep_ == "conj" and _subject(cue.head) is not None:
        subj, inherited = _subject(cue.head), True  # "Russia hit back and accused ..."
    elif subj is None and cue.dep_ in ("advcl", "pcomp", "xcomp") and cue.tag_ == "VBG":
        base = cue.head if cue.dep_ != "pcomp" else cue.head.head
        if _is_cue(base):  # "SANA reported ..., saying ..." / "quoted ... as saying"
            return None
    if subj is None or subj.lower_ in _PRONOUNS_SKIP:
        return None
    if subj.pos_ in ("PRON", "DET", "NUM") and subj.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_ORG:
        return None  # "nobody warned", "someone said", "one said": no claimant to name
    if cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children):
        return None  # "it was reported"
    return subj, inherited


def _cue_words(doc: Any, cue: Any) -> tuple[str, int]:
    """The cue as reported and its last token: "quoted" takes its object and "as saying" with it ("quoted a
    source at the foreign ministry as saying")."""
    cue_text, cue_last = _cue_text(doc, cue)
    if cue.lemma_.lower() == "quote":
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        as_ = next((c for c in cue.children if c.lower_ == "as"), None)
        if obj is not None:
            end_i = (as_.right_edge.i if as_ is not None else obj.right_edge.i)
            if as_ is not None:
                ving = next((c for c in as_.children if c.tag_ == "VBG"), None)
                end_i = ving.i if ving is not None else as_.i
            cue_text = doc[cue.i : end_i + 1].text
            cue_last = end_i
    return cue_text, cue_last


def _cue_claim(scan: _Scan, sent: Any, si: int, cue: Any, claims: list[_Claim],
               found_here: list[_Claim]) -> Optional[_Claim]:
    """The claim of a speech cue: its claimant phrase (:func:`_cue_subject`), the words it claims (what follows
    the cue, for a borrowed subject; none when the cue ends the text), and whom the claimant names: a pronoun
    the speaker before it (:func:`_pronoun_claim`), else the resolved phrase (:func:`_named_claim`)."""
    doc = scan.doc
    found = _cue_subject(cue)
    if found is None:
        return None
    subj, inherited = found
    i, j = _phrase_bounds(subj)
    i = min(i, _subject_start(subj))
    i = _line_start_token(doc, i, subj.i)
    s, e = _char_range(doc, i, j)
    cue_text, cue_last = _cue_words(doc, cue)
    attr_lo = min(i, cue.i) if not inherited else cue.i
    attr_hi = max(j, cue_last + 1)
    if inherited:  # "... and accused the Turks of failing": the claim is what follows the cue
        if cue_last + 1 >= len(doc):
            return None  # the cue ends the text: nothing is claimed
        c_lo, c_hi = _trim(doc, cue_last + 1, min(len(doc), max(cue.right_edge.i + 1, cue_last + 2)))
    else:
        c_lo, c_hi = _claim_range(doc, sent, cue, attr_lo, attr_hi)
    c_lo, c_hi = _clip_paragraph(_text(doc), c_lo, c_hi, s)
    if subj.lower_ in _PRONOUNS_PERSON or subj.lower_ in _PRONOUNS_ORG:
        return _pronoun_claim(scan, sent, si, subj, claims, s, e, cue_text, c_lo, c_hi)
    return _named_claim(scan, si, subj, claims, found_here, s, e, cue_text, c_lo, c_hi)


def _pronoun_claim(scan: _Scan, sent: Any, si: int, subj: Any, claims: list[_Claim], s: int, e: int,
                   cue_text: str, c_lo: int, c_hi: int) -> Optional[_Claim]:
    """A pronoun's claimant, else None: "he/she added" the last person claimant, at most three sentences back
    and with no other person named since; "It added ..." / "They also said ..." the one organisation that spoke
    in the sentence before, when the pronoun opens the sentence and agrees in number."""
    if subj.lower_ in _PRONOUNS_PERSON:
        prev = next((c for c in reversed(claims) if c.person), None)
        if prev is None or si - prev.sent_i > 3:
            return None
        if scan.person_between(prev.att.span.end, s, prev.att.claimant_id):
            return None
        att = scan.attribution(s, e, cue_text, prev.att.claimant_id, prev.att.claimant_name, c_lo, c_hi)
        return _Claim(att, si, True, scan.has_quote(c_lo, c_hi))
    prev_claims = [c for c in claims if c.sent_i == si - 1 and c.att.claimant_id]
    if subj.i != sent.start + (1 if sent[0].is_punct or sent[0].is_space else 0) and subj.i != sent.start:
        return None
    if len({c.att.claimant_id for c in prev_claims}) != 1:
        return None
    prev = prev_claims[-1]
    if prev.person or prev.plural != (subj.lower_ == "they"):
        return None
    att = scan.attribution(s, e, cue_text, prev.att.claimant_id, prev.att.claimant_name, c_lo, c_hi)
    return _Claim(att, si, False, scan.has_quote(c_lo, c_hi), prev.plural)


def _named_claim(scan: _Scan, si: int, subj: Any, claims: list[_Claim], found_here: list[_Claim], s: int, e: int,
                 cue_text: str, c_lo: int, c_hi: int) -> _Claim:
    """The claim of a claimant phrase, resolved to an actor; a bare "the ministry added" is the ministry that
    spoke last, if one did."""
    eid, name, person = scan.rv.resolve(subj, s, e)
    if subj.lower_ == "ministry" and not any(t.pos_ in ("ADJ", "PROPN") for t in subj.lefts):
        # "the ministry added": the ministry that spoke last, if one did
        prev_min = next((c for c in reversed(claims + found_here) if c.att.claimant_id
                         and scan.rv.res.actors.get(c.att.claimant_id, {}).get("role") in MINISTRY_ROLES), None)
        if prev_min is not None:
            eid, name = prev_min.att.claimant_id, prev_min.att.claimant_name
    att = scan.attribution(s, e, cue_text, eid, name, c_lo, c_hi)
    return _Claim(att, si, person, scan.has_quote(c_lo, c_hi), subj.tag_ in ("NNS", "NNPS"))


def _sentence_bounds(text: str, sents: Sequence[Any], quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence's (start, end) characters, a sentence that begins with the closing mark of the previous quote,
    or blank lines, starting after them."""
    sent_bounds = []
    for s in sents:
        ss = s.start_char
        while ss < s.end_char and (text[ss].isspace() or any(qe == ss + 1 for _qs, qe in quotes)):
            ss += 1
        sent_bounds.append((ss, s.end_char))
    return sent_bounds


def _quotation_source(qspan: tuple[int, int], by_attr_start: Sequence[_Claim],
                      att_starts: Sequence[int]) -> Optional[_Claim]:
    """The claim a quotation ``qspan`` is told by: the first (by claim start) quoted attribution elsewhere inside
    the same quotation, or one attached to it (within three characters of its ends)."""
    lo_k = bisect.bisect_left(att_starts, qspan[0] - 3)
    hi_k = bisect.bisect_right(att_starts, qspan[1] + 3)
    for c in by_attr_start[lo_k:hi_k]:
        cs, ce = c.att.claim_start or 0, c.att.claim_end or 0
        if c.quote and cs < qspan[1] and qspan[0] < ce:
            return c
        if abs(c.att.span.start - qspan[1]) <= 3 or abs(c.att.span.end - qspan[0]) <= 3:
            return c
    return None


def _carry_quotes(doc: Any, sents: Sequence[Any], claims: Sequence[_Claim],
                  quotes: Sequence[tuple[int, int]]) -> list[_Claim]:
    """Sentences inside an attributed quotation, or fully quoted right after one, inherit its claimant."""
    by_sent: dict[int, list[_Claim]] = {}
    for c in claims:
        by_sent.setdefault(c.sent_i, []).append(c)
    out: list[_Claim] = []
    q_starts = [q[0] for q in quotes]
    # candidate sources of a quotation: attributions whose claimant or claim touches it
    by_attr_start = sorted(claims, key=lambda c: c.att.claim_start or 0)
    att_starts = [c.att.claim_start or 0 for c in by_attr_start]
    text = _text(doc)
    sent_bounds = _sentence_bounds(text, sents, quotes)
    last_quoted: Optional[_Claim] = None
    last_i = -10
    for si, (ss, se) in enumerate(sent_bounds):
        here = by_sent.get(si)
        if here:
            q = [c for c in here if c.quote]
            last_quoted, last_i = (q[-1], si) if q else (None, -10)
            continue
        # the quotation that this sentence sits in, if any (quotations do not overlap: bisect)
        k = bisect.bisect_right(q_starts, ss + 2)
        qspan = quotes[k - 1] if k > 0 and quotes[k - 1][1] >= se - 2 else None
        starts_quote = any(qs == ss for qs, _qe in quotes)
        src = _quotation_source(qspan, by_attr_start, att_starts) if qspan is not None else None
        if src is None and last_quoted is not None and si - last_i == 1:
            lq_lo, lq_hi = last_quoted.att.claim_start or 0, last_quoted.att.claim_end or 0
            same_quote = qspan is not None and lq_lo < qspan[1] and qspan[0] < lq_hi
            if starts_quote or same_quote:
                src = last_quoted
        if src is None:
            last_quoted, last_i = None, -10
            continue
        lo, hi = _clip_paragraph(text, ss, se, ss)
        while lo < hi and text[lo] in _QUOTE_OPEN + _TRIM:
            lo += 1
        while hi > lo and text[hi - 1] in _TRIM + _QUOTE_CLOSE:
            hi -= 1
        att = Attribution(src.att.span, src.att.cue, src.att.claimant_id, src.att.claimant_name, lo, hi)
        c = _Claim(att, si, src.person, True)
        out.append(c)
        last_quoted, last_i = c, si
    return out
