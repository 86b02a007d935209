"""The actor dictionary and the matcher over folded words; the reusable :class:`ActorResolver`.

Data (reviewed like code, each line with its source):

- ``data/actors.jsonl``: canonical actors with aliases, type, ACLED inter code, country, parent.
- ``data/agent_phrases.tsv``: generic agent phrases ("regime forces", "rebels") mapped to roles.
- ``data/actor_roles.tsv``: how a role plus a country becomes an actor (``SYR_MIL``, ``MLI_OPP``).
- ``data/org_words.tsv``: head words that mark an unseen name as an organisation.

Text is compared as a sequence of *units*: words folded with :func:`sitrep.textnorm.fold_name`
(so al-/el-, q/k, e/i, doubled letters and apostrophes do not matter), with the Arabic article
and English determiners dropped and a possessive "'s" remembered rather than kept. Matching is a
longest-match walk over a dict of unit tuples: linear in the length of the text.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence

from sitrep.nlp.force_organ import local_administration
from sitrep.nlp.group_branch import branch_owner
from sitrep.resources import data_path
from sitrep.textnorm import fold_name, strip_accents

_WORD = re.compile(r"[^\W_]+(?:['’‘`ʼ][^\W_]+)*")
_POSS = re.compile(r"['’‘`ʼ]s$", re.I)
_APOS = "'’‘`ʼ"  # the apostrophes of _POSS
_DROP = {"the", "a", "an"}
_ARABIC_ARTICLE = {"al", "el"}
# spelling variants folded before transliteration folding (defence/defense, organisation/organization)
_SPELL = [(re.compile(r"ence$"), "ense"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1")]
PREPOSITIONS = {"of", "in", "at", "from", "for", "near", "on", "to", "with", "by", "under", "inside", "into", "outside"}
MINISTRY_ROLES = ("MOD", "MFA", "MOI", "MOH")
LEADER_ROLES = ("GOV", "MIL", "MILITIA_PROGOV")  # roles a leader's name may prefix ("Assad's forces")
UNK_PREFIX = "unk:"
_SPONSOR = {"backed", "led", "allied", "aligned", "supported", "sponsored", "linked", "affiliated", "funded", "armed"}


@dataclass(slots=True)
class Unit:
    """One folded word of a text, with its character offsets in that text."""

    key: str
    start: int
    end: int  # end of the word without a possessive 's
    raw: str
    possessive: bool = False
    hyphen_after: bool = False
    joins_prev: bool = False  # only spaces, hyphens or a dropped article separate it from the previous unit
    bracket_prev: bool = False  # an opening bracket alone separates it from the previous unit ("India (Maoist")


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fold one word: spelling variants, then transliteration folding."""
    w = word.lower()
    for pat, rep in _SPELL:
        w = pat.sub(rep, w)
    return fold_name(w, drop_article=False).replace(" ", "")


_JOIN_GAP = re.compile(r"^(?:[ \t\-\u2010\u2011]|\b(?:al|el|the|a|an)\b)*$", re.I)


@functools.lru_cache(maxsize=4096)
def _joining_gap(gap: str) -> bool:
    """``_JOIN_GAP`` matches ``gap`` (remembered: the gaps between words are few strings, read for every word)."""
    return bool(_JOIN_GAP.match(gap))


_HYPHENS = ("-", "\u2010", "\u2011")


def to_units(text: str, base: int = 0) -> list[Unit]:
    """Split ``text`` into folded word units; offsets are ``base`` + offsets into ``text``."""
    out: list[Unit] = []
    append = out.append
    prev_end: Optional[int] = None
    prev_raw = ""
    article_start: Optional[int] = None
    n = len(text)
    for m in _WORD.finditer(text):
        raw = m.group()
        start, mend = m.span()
        end = mend
        poss = False
        if len(raw) > 2 and raw[-1] in "sSſ" and raw[-2] in _APOS:  # _POSS.search(raw), without a regex call
            raw = raw[:-2]
            end = start + len(raw)
            poss = True
        low = raw.lower()
        if low in _DROP:
            continue
        nxt = text[mend : mend + 1]
        if low in _ARABIC_ARTICLE and nxt in ("-", " ", "\u2010", "\u2011") and mend + 1 < n:
            following = text[mend + 1 : mend + 2]
            if following.isalpha():
                article_start = start  # the next word's span starts at "al-"
                continue
        key = fold_word(raw)
        if not key:
            continue
        joins = bracket = False
        if prev_end is not None:
            gap = text[prev_end:start]
            # (one space, the usual gap, is a joining gap: no regex call for it)
            joins = gap == " " or _joining_gap(gap) or (gap in (".", ". ") and len(prev_raw) == 1 and prev_raw.isupper())
            bracket = not joins and gap in (" (", "(")
        if article_start is not None:
            start, article_start = article_start, None
        append(Unit(key, base + start, base + end, raw, poss, nxt in _HYPHENS, joins, bracket))
        prev_end, prev_raw = mend, raw
    return out


# A country's name followed by one of these words names another place: a state or city of another country ("Niger
# State", "Benin City", "Panama City, Florida"), a river, delta, valley or basin ("the Niger Delta", "the Jordan
# Valley") or a street ("Togo Road"). Capitals spelt with "City" ("Kuwait City") are aliases of their own, matched first.
_OTHER_PLACE_WORDS = frozenset({
    "state", "city", "river", "delta", "valley", "basin", "road", "street", "avenue", "boulevard", "highway",
    "county", "bay", "lake", "creek",
})


_STATE_OUTLETS = frozenset({"media", "television", "tv", "news", "radio", "broadcaster", "agency", "run", "owned"})


def _names_other_place(units: Sequence[Unit], j: int) -> bool:
    word = units[j].raw
    w = word.lower()
    if w not in _OTHER_PLACE_WORDS:
        return False
    if word[:1].isupper():
        return True
    # a lower-case "state" too ("Niger state police"), but not a state's outlet ("Iran state television said")
    nxt = units[j + 1].raw.lower() if j + 1 < len(units) else ""
    return w == "state" and nxt not in _STATE_OUTLETS


def _hyphen_name_tail(units: Sequence[Unit], i: int) -> bool:
    """Unit ``i`` (a country's name) ends a longer hyphenated name: "Ittehad-ul-Mujahideen Pakistan", "Tehreek-e-Labbaik
    Pakistan" (a capitalised word that closes a hyphenated compound joins it in front): a group, not the country."""
    return i >= 2 and units[i].joins_prev and not units[i - 1].hyphen_after and units[i - 2].hyphen_after \
        and units[i - 1].raw[:1].isupper()


def _joined(units: Sequence[Unit], i: int, j: int) -> bool:
    """Units i..j-1 form one stretch of text (no punctuation or line break between them)."""
    return all(units[k].joins_prev for k in range(i + 1, j))


def _bracket_offsets(units: Sequence[Unit]) -> tuple[int, ...]:
    """The offsets (from the first unit) of the units an opening bracket alone separates from the one before."""
    return tuple(k for k in range(1, len(units)) if units[k].bracket_prev)


def _joined_as(units: Sequence[Unit], i: int, j: int, brackets: tuple[int, ...]) -> bool:
    """Units i..j-1 form one stretch of text whose only breaks are opening brackets at ``brackets`` (offsets from
    ``i``): the breaks of an alias written with a bracket ("Communist Party of India (Maoist)", "CPI (Maoist)")."""
    return all(units[k].bracket_prev if k - i in brackets else units[k].joins_prev for k in range(i + 1, j))


@functools.lru_cache(maxsize=65536)
def unit_keys(text: str) -> tuple[str, ...]:
    """The folded keys of ``text``'s words (remembered, as :func:`fold_word` is: names recur across articles)."""
    return tuple(u.key for u in to_units(text))


def _acronym_only(raw: str) -> bool:
    return raw.isupper() and len(raw) <= 5


@functools.lru_cache(maxsize=1)
def _lower_tails() -> frozenset[str]:
    """data/alias_tail_nouns.tsv: last words of an alias the press may write in lower case ("Amba boys")."""
    return frozenset(r["word"].strip().lower() for r in _read_tsv("alias_tail_nouns.tsv"))


def _case_ok(pattern_raw: Sequence[str], units: Sequence[Unit]) -> bool:
    """Capitalised alias words need capitalised text words; acronyms need upper case ("US" is not "us"); except the
    last word of a longer alias, after capitalised words, when it is a group or member noun ("Amba boys" for "Amba
    Boys", data/alias_tail_nouns.tsv)."""
    last = len(pattern_raw) - 1
    for k, (p, u) in enumerate(zip(pattern_raw, units)):
        if _acronym_only(p) and any(c.isalpha() for c in p):
            if not u.raw.isupper():
                return False
        elif p[:1].isupper() and not u.raw[:1].isupper():
            if not (k == last and k > 0 and u.raw.islower() and p.lower() in _lower_tails()
                    and all(q[:1].isupper() for q in pattern_raw[:k])):
                return False
    return True


@functools.lru_cache(maxsize=65536)
def _plain(s: str) -> str:
    """``s`` without accents, lower case (cached: the same words are compared over and over)."""
    return strip_accents(s).lower()


def _exact(pattern_raw: Sequence[str], units: Sequence[Unit]) -> bool:
    return all(_plain(p) == _plain(u.raw) for p, u in zip(pattern_raw, units))


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Match:
    """A stretch of units naming an actor (or a country / capital / demonym used as a prefix)."""

    i: int  # first unit
    j: int  # one past the last unit
    what: str  # "actor", "country", "capital", "demonym", "phrase"
    actor_id: Optional[str] = None  # for "actor"/"country"/"capital"/"demonym": the dictionary id
    country: Optional[str] = None  # ISO2 for prefixed roles
    target: Optional[str] = None  # phrase target ("MIL", "id:SOHR", "ANTECEDENT:MINISTRY")
    phrase: Optional[dict[str, str]] = None
    prefix: Optional["Match"] = None


class ActorResolver:
    """Canonical actors: the dictionary, generic roles, and the matcher over folded units.

    Use :func:`get_resolver` to get the one instance of the process.
    """

    def __init__(self) -> None:
        self.actors: dict[str, dict[str, Any]] = {}
        self.by_country_role: dict[tuple[str, str], list[str]] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.country_name: dict[str, str] = {}
        self.roles: dict[str, dict[str, str]] = {r["role"]: r for r in _read_tsv("actor_roles.tsv")}
        self.phrases: dict[tuple[str, ...], dict[str, str]] = {}
        self.org_words = {fold_word(r["word"]) for r in _read_tsv("org_words.tsv")}
        civil = _read_tsv("civil_body_words.tsv")
        self.civil_heads = frozenset(fold_word(r["word"]) for r in civil if r["kind"] == "head")
        self.state_organ_words = frozenset(fold_word(r["word"]) for r in civil if r["kind"] == "state")
        # alias trie: key tuple -> list of (raw words, kind, actor id)
        self.aliases: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]] = {}
        self.max_len = 1
        self.bracketed: dict[tuple[str, ...], tuple[int, ...]] = {}  # key of an alias with a bracket -> where
        # key of an alias with a possessive inside ("New People's Army", "Lord's Resistance Army") -> which of its
        # inner units carry one (a text's inner possessive matches only an alias that has it there)
        self.inner_possessive: dict[tuple[str, ...], set[tuple[bool, ...]]] = {}
        self.first_len: dict[str, int] = {}  # first unit of an alias -> longest alias starting with it
        self.phrase_first_len: dict[str, int] = {}
        self.leader_prefix: dict[tuple[str, ...], str] = {}  # key -> ISO2 (heads of state/government)
        self._load()
        self._complete()
        self._leader_first = {k[0] for k in self.leader_prefix}  # first units of leaders' names (see _match_at)
        # every beginning of an alias's, a phrase's and a leader's key: the walks of _alias_at, _phrase_at and
        # _match_at lengthen a key one unit at a time while it begins one, instead of trying every length
        self._alias_prefixes = _prefixes(self.aliases)
        self._phrase_prefixes = _prefixes(self.phrases)
        self._leader_prefixes = _prefixes(self.leader_prefix)
        self._fuzzy_keys = list({" ".join(k): None for k in self.aliases if len(" ".join(k)) >= 6})
        self._fuzzy_memo: dict[tuple[str, float], Optional[str]] = {}  # one article's answers (forget_article)
        # the same keys sorted by length (of one length, in the list's order), each with its place in the list, and
        # where each length begins in them (fuzzy: the keys of a range of lengths are one slice)
        order = sorted(range(len(self._fuzzy_keys)), key=lambda k: len(self._fuzzy_keys[k]))
        self._fuzzy_sorted = [self._fuzzy_keys[k] for k in order]
        self._fuzzy_places = order
        self._fuzzy_lens = [len(key) for key in self._fuzzy_sorted]

    def forget_article(self) -> None:
        """Drop what :meth:`fuzzy` remembered: answers are kept for one article (a name recurs in it), so a
        benchmark reading the same texts again times fresh searches."""
        self._fuzzy_memo.clear()

    # ------------------------------------------------------------------ loading
    def _add_alias(self, text: str, kind: str, actor_id: str) -> None:
        units = to_units(text)
        if not units:
            return
        key = tuple(u.key for u in units)
        raw = tuple(u.raw for u in units)
        brackets = _bracket_offsets(units)
        if brackets and _joined_as(units, 0, len(units), brackets):
            self.bracketed[key] = brackets  # "CPI (Maoist)": matched in a text only with its bracket
        inner = tuple(u.possessive for u in units[:-1])
        if any(inner):
            self.inner_possessive.setdefault(key, set()).add(inner)
        self.first_len[key[0]] = max(self.first_len.get(key[0], 0), len(key))
        lst = self.aliases.setdefault(key, [])
        if (raw, kind, actor_id) not in lst:
            lst.append((raw, kind, actor_id))
        self.max_len = max(self.max_len, len(key))

    def _load(self) -> None:
        with open(data_path("actors.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                self.actors[d["id"]] = d
        for d in self.actors.values():
            aid = d["id"]
            if d["type"] == "country":
                iso2 = d["country"]
                self.iso2_to_iso3[iso2] = aid
                self.country_name[iso2] = d["name"]
                for n in [d["name"], *d.get("aliases", [])]:
                    self._add_alias(n, "country", aid)
                for n in d.get("demonyms", []):
                    self._add_alias(n, "demonym", aid)
                caps = d.get("capital") or []
                for cap in [caps] if isinstance(caps, str) else caps:
                    self._add_alias(cap, "capital", aid)
                continue
            for n in [d["name"], *d.get("aliases", [])]:
                self._add_alias(n, "actor", aid)
            if d.get("country") and d.get("role"):
                self.by_country_role.setdefault((d["country"], d["role"]), []).append(aid)
            if d["type"] == "person" and d.get("role") in ("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT") and d.get("country"):
                for n in [d["name"], *d.get("aliases", [])]:
                    units = to_units(n)
                    if units:
                        self.leader_prefix[tuple(u.key for u in units)] = d["country"]
        for r in _read_tsv("agent_phrases.tsv"):
            key = unit_keys(r["phrase"])
            if key:
                self.phrases[key] = r
                self.phrase_first_len[key[0]] = max(self.phrase_first_len.get(key[0], 0), len(key))
        self.max_len = max(self.max_len, max(len(k) for k in self.phrases))

    def _complete(self) -> None:
        """Every ISO country's code and name, and its generic role actors (data/actor_roles.tsv), made here once:
        made on first use instead, an article's answer hung on what the process read before it (``actors.get(
        "PER_MIL")`` was None until some earlier article had named Peru's army, so "the government said it would
        send soldiers" stayed the government's in one run and was its forces' in another)."""
        try:
            import pycountry

            isos = [c.alpha_2 for c in pycountry.countries]
        except ImportError:  # pragma: no cover - pycountry is a dependency
            isos = []
        for iso2 in isos:
            self.country_iso3(iso2)
        for iso2 in list(self.iso2_to_iso3):
            for role in self.roles:
                self._synth(iso2, role)

    # ------------------------------------------------------------------ entries
    def get(self, actor_id: str) -> dict[str, Any]:
        """The dictionary entry of ``actor_id`` (generic roles and unseen names are synthesised)."""
        if actor_id in self.actors:
            return self.actors[actor_id]
        if actor_id.startswith(UNK_PREFIX):
            return {"id": actor_id, "name": actor_id[len(UNK_PREFIX):].replace("-", " "), "aliases": [],
                    "type": "unknown", "inter": None, "country": None, "parent": None, "source": "unseen name"}
        iso3, _, role = actor_id.partition("_")
        iso2 = next((k for k, v in self.iso2_to_iso3.items() if v == iso3), None)
        if iso2 and role in self.roles:
            self._synth(iso2, role)
            return self.actors[actor_id]
        raise KeyError(actor_id)

    def country_iso3(self, iso2: str) -> Optional[str]:
        if iso2 in self.iso2_to_iso3:
            return self.iso2_to_iso3[iso2]
        try:
            import pycountry

            c = pycountry.countries.get(alpha_2=iso2)
        except (ImportError, LookupError, KeyError):  # pragma: no cover
            c = None
        if c is None:
            return None
        self.iso2_to_iso3[iso2] = c.alpha_3
        self.country_name[iso2] = getattr(c, "common_name", None) or c.name
        return c.alpha_3

    def role_actor(self, iso2: str, role: str, when: Optional[_dt.date] = None) -> tuple[Optional[str], Optional[str]]:
        """The actor of ``role`` for country ``iso2`` (a dictionary entry, or a synthesised one)."""
        ids = self.by_country_role.get((iso2, role), [])
        if ids:
            aid = self._pick_in_office(ids, when)
            if aid:
                return aid, self.actors[aid]["name"]
        aid = self._synth(iso2, role, when)
        return (aid, self.actors[aid]["name"]) if aid else (None, None)

    def _synth(self, iso2: str, role: str, when: Optional[_dt.date] = None) -> Optional[str]:
        """Create (once) the generic actor ``{ISO3}_{role}`` from data/actor_roles.tsv."""
        iso3 = self.country_iso3(iso2)
        spec = self.roles.get(role)
        if not iso3 or not spec:
            return None
        aid = f"{iso3}_{role}"
        if aid not in self.actors:
            parent = None
            if spec["parent_role"]:
                parent = self.role_actor(iso2, spec["parent_role"], when)[0]
            self.actors[aid] = {
                "id": aid, "name": spec["name_template"].format(country=self.country_name.get(iso2, iso2)),
                "aliases": [], "type": spec["type"], "inter": int(spec["inter"]) if spec["inter"] else None,
                "country": iso2, "parent": parent, "role": role, "source": "data/actor_roles.tsv: " + spec["source"],
            }
        return aid

    def _pick_in_office(self, ids: list[str], when: Optional[_dt.date]) -> Optional[str]:
        """Among actors holding a role, the one in office at ``when`` (persons carry a ``term``)."""
        if len(ids) == 1 and not self.actors[ids[0]].get("term"):
            return ids[0]
        best: Optional[str] = None
        best_start = ""
        for aid in ids:
            term = self.actors[aid].get("term") or [None, None]
            start, end = term[0] or "0000", term[1]
            if when is not None:
                w = when.isoformat()
                if start <= w and (end is None or w < end):
                    return aid
            elif end is None and start >= best_start:
                best, best_start = aid, start
        return best

    # ------------------------------------------------------------------ matching
    def match_units(self, units: Sequence[Unit], until: Optional[int] = None) -> list[Match]:
        """Longest non-overlapping matches of aliases, prefixed roles and generic phrases (only those that start
        before unit ``until`` where given: the same as the whole walk's, which goes left to right)."""
        out: list[Match] = []
        i, n = 0, len(units)
        if until is not None:
            n = min(n, until)
        while i < n:
            m = self._match_at(units, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.j
        return out

    def _alias_keys(self, units: Sequence[Unit], i: int) -> list[tuple[int, tuple[str, ...]]]:
        """The lengths and keys of the aliases the units from ``i`` spell, longest first (whatever else decides)."""
        return _keys_at(units, i, self._alias_prefixes, self.aliases, self.first_len.get(units[i].key, 0))

    def _alias_at(self, units: Sequence[Unit], i: int, kinds: Optional[set[str]] = None,
                  keys: Optional[list[tuple[int, tuple[str, ...]]]] = None) -> Optional[Match]:
        for ln, key in self._alias_keys(units, i) if keys is None else keys:
            cands = self.aliases[key]
            brackets = self.bracketed.get(key)
            if not (_joined(units, i, i + ln) if brackets is None
                    else _joined(units, i, i + ln) or _joined_as(units, i, i + ln, brackets)):
                continue
            # a possessive may only end the alias ("Turkey's"), and no unit inside may carry one unless the alias
            # has it there ("New People's Army")
            inner = tuple(u.possessive for u in units[i : i + ln - 1])
            if any(inner) and (inner not in self.inner_possessive.get(key, ())
                               or (i > 0 and units[i].joins_prev and units[i - 1].raw[:1].isupper())):
                continue  # ... nor when a capitalised word joins it in front: the tail of a longer name ("Sudan
                # People's Liberation Army", "Uganda People's Defence Force" are not China's army nor Myanmar's PDF)
            for raw, kind, aid in cands:
                if kinds is not None and kind not in kinds:
                    continue
                if not _case_ok(raw, units[i : i + ln]):
                    continue
                # place names and short one-word aliases must match letter for letter ("Read" is not Riyadh)
                if (kind != "actor" or (ln == 1 and len(raw[0]) <= 4)) and not _exact(raw, units[i : i + ln]):
                    continue
                return Match(i, i + ln, kind, actor_id=aid)
        return None

    def _phrase_at(self, units: Sequence[Unit], i: int) -> Optional[tuple[int, dict[str, str]]]:
        for ln, key in _keys_at(units, i, self._phrase_prefixes, self.phrases, self.phrase_first_len.get(units[i].key, 0)):
            ph = self.phrases[key]
            if _joined(units, i, i + ln) and not any(u.possessive for u in units[i : i + ln - 1]):
                return i + ln, ph
        return None

    def _match_at(self, units: Sequence[Unit], i: int) -> Optional[Match]:
        # most words begin no alias, leader's name or phrase: say so at once (the walks below build key tuples)
        k = units[i].key
        if k not in self.first_len and k not in self.phrase_first_len and k not in self._leader_first:
            return None
        keys = self._alias_keys(units, i)
        alias = self._alias_at(units, i, keys=keys) if keys else None
        if alias is not None and alias.what == "country" and alias.j < len(units) and units[alias.j].joins_prev \
                and _names_other_place(units, alias.j):
            return None  # "Niger State", "Benin City", "the Niger Delta", "Jordan Valley": another place
        if alias is not None and alias.what == "country" and _hyphen_name_tail(units, i):
            return None
        best: Optional[Match] = alias
        # a country, demonym or leader prefix followed by a generic phrase: "Turkish soldiers", "Assad's forces"
        prefix_country: Optional[str] = None
        pj = i
        pre = self._alias_at(units, i, {"country", "demonym", "capital"}, keys) if keys else None
        if pre is not None:
            prefix_country = self.actors[pre.actor_id]["country"]  # type: ignore[index]
            pj = pre.j
        elif k in self._leader_first:
            for ln, key in _keys_at(units, i, self._leader_prefixes, self.leader_prefix, 4):
                prefix_country, pj = self.leader_prefix[key], i + ln
                break
        if prefix_country is not None and pj < len(units) and units[pj].joins_prev:
            ph = self._phrase_at(units, pj)
            if ph is not None:
                j, row = ph
                is_leader = pre is None
                if not is_leader or row["target"] in LEADER_ROLES:
                    if best is None or j > best.j:
                        best = Match(i, j, "phrase", country=prefix_country, target=row["target"], phrase=row,
                                     prefix=pre)
        ph = self._phrase_at(units, i)
        if ph is not None and (best is None or ph[0] > best.j):
            j, row = ph
            best = Match(i, j, "phrase", target=row["target"], phrase=row)
        return best

    def fuzzy(self, text: str, cutoff: float = 90.0) -> Optional[str]:
        """The actor whose alias is closest to ``text`` (folded), if close enough; None otherwise."""
        from rapidfuzz import fuzz, process

        key = " ".join(unit_keys(text))
        if len(key) < 6:
            return None
        memo = (key, cutoff)
        if memo in self._fuzzy_memo:
            return self._fuzzy_memo[memo]
        if len(self._fuzzy_memo) > 10_000:
            self._fuzzy_memo.clear()
        found: Optional[str] = None
        # ratio = 100 * (1 - indel / (len1 + len2)) and indel >= |len1 - len2|: an alias shorter than c/(2-c) or
        # longer than (2-c)/c times the key (c = cutoff / 100) never reaches the cutoff, so only the lengths between
        # (a character wider each side) are searched, in one call over their slice of the keys sorted by length;
        # the best score wins, and of equal scores the first in the whole list, as one search over the list gives
        # (a sixth of the work)
        c = cutoff / 100.0
        lo = bisect_left(self._fuzzy_lens, max(1, int(len(key) * c / (2 - c)) - 1))
        hi = bisect_left(self._fuzzy_lens, int(len(key) * (2 - c) / c) + 2)
        best: Optional[tuple[float, int, str]] = None
        for hit, score, k in process.extract(key, self._fuzzy_sorted[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff,
                                             limit=None):
            place = self._fuzzy_places[lo + k]
            if best is None or score > best[0] or score == best[0] and place < best[1]:
                best = (score, place, hit)
        if best is not None:
            cands = self.aliases[tuple(best[2].split(" "))]
            found = next((aid for _raw, kind, aid in cands if kind == "actor"), None)
        self._fuzzy_memo[memo] = found
        return found

    def resolve_match(self, m: Match, focus: Sequence[str], when: Optional[_dt.date] = None,
                      agent: bool = True) -> tuple[Optional[str], Optional[str]]:
        """The canonical actor of a match; ``agent`` says a country/capital name is used as an actor."""
        if m.what == "actor":
            return m.actor_id, self.actors[m.actor_id]["name"]
        if m.what in ("country", "capital", "demonym"):
            d = self.actors[m.actor_id]
            if agent:
                return self.role_actor(d["country"], "GOV", when)
            return (m.actor_id, d["name"]) if m.what == "country" else (None, None)
        row = m.phrase or {}
        target = m.target or ""
        if not self._applies(row, m.country, focus):
            target = (row.get("elsewhere") or "").strip()  # "militants" where they are not Islamist: unidentified
            if not target:
                return None, None
        if target.startswith("id:"):
            aid = target[3:]
            return aid, self.actors[aid]["name"]
        if target.startswith("ANTECEDENT:"):
            return None, None  # decided by the caller, who knows the earlier mentions
        country = m.country
        if country is None:
            if row.get("needs_country") == "yes" or not focus or getattr(focus, "tied", False):
                return None, None  # (a tie at the top of the focus: whose it is would be a guess)
            country = focus[0]
        if target == "MIL" and not self.has_bare_army(country):
            return None, None  # "Palestinian forces", "the army" in a Gaza report: no state army of that country
        return self.role_actor(country, target, when)

    @staticmethod
    def _applies(row: dict[str, str], country: Optional[str], focus: Sequence[str]) -> bool:
        """Whether a phrase row holds in the article: ``only_in`` lists the countries (ISO2) of the story's focus where
        it does; ``not_in`` those where it does not, judged on the phrase's own country ("Indian militants") else
        the focus."""
        only_in = [c for c in (row.get("only_in") or "").split(",") if c]
        if only_in and not any(c in focus[:2] for c in only_in):
            return False
        not_in = [c for c in (row.get("not_in") or "").split(",") if c]
        return not (not_in and any(c in ([country] if country else focus[:1]) for c in not_in))

    def civil_body_end(self, units: Sequence[Unit], pre: Match, stop: int, covered: Iterable[int] = ()) -> Optional[int]:
        """Where the name of a civil body led by ``pre`` (a country, capital or demonym) ends (a unit index), else None:
        the capitalised words that follow the prefix, joined by spaces and linking words ("of", "on"), before
        ``stop``, hold a head word of data/civil_body_words.tsv that no other match (``covered`` units) takes
        ("Ethiopian Human Rights Commission", "Kenya National Commission on Human Rights", "Nigerian Red Cross
        Society"), and no word that keeps it a state organ ("Libyan Presidential Council"). Such a body,
        independent or state-funded, is no government nor its forces."""
        if pre.what not in ("country", "capital", "demonym"):
            return None
        covered = covered if isinstance(covered, (set, frozenset)) else set(covered)
        head_at = None
        last = pre.j
        for k in range(pre.j, stop):
            u = units[k]
            if not u.joins_prev or not (u.raw[:1].isupper() or u.raw.lower() in _NAME_LINKS):
                break  # the name ends: "Ethiopian troops shelled the Church" is no body's name
            if u.key in self.state_organ_words:
                return None
            if u.raw[:1].isupper():
                last = k + 1
                if head_at is None and u.key in self.civil_heads and (
                        k not in covered or self._international_at(units, pre.j, stop, k)):
                    head_at = k
        return last if head_at is not None else None

    def _international_at(self, units: Sequence[Unit], start: int, stop: int, k: int) -> bool:
        """Unit ``k`` lies in a match of an international body's own alias among ``units[start:stop]`` (matched
        from ``start``): no other match takes it in :meth:`civil_body_end` (a country before "Red Cross" names its
        national society, "the Ukrainian Red Cross", not the ICRC; issue 16, branch actors5). The walk stops past
        ``k``: the matches that start after it cannot hold it, and those before it are found as the whole walk
        finds them."""
        return any(m.what == "actor" and self.actors[m.actor_id].get("type") == "international"
                   and start + m.i <= k < start + m.j for m in self.match_units(units[start:stop], until=k - start + 1))

    def names_civil_body(self, units: Sequence[Unit], matches: Sequence[Match], cut: int) -> bool:
        """Whether a phrase (up to unit ``cut``) opens with a country, capital or demonym that leads a civil body's
        name (``civil_body_end``)."""
        pre = next((m for m in matches if m.i < cut), None)
        if pre is None:
            return False
        covered = {k for m in matches if m is not pre for k in range(m.i, m.j)}
        return self.civil_body_end(units, pre, cut, covered) is not None

    def has_bare_army(self, iso2: str) -> bool:
        """Whether a generic phrase of armed forces ("the army", "Ruritanian troops") may name the military forces of
        ``iso2``: not where the country's entry says ``"bare_army": false`` (a state without an army of its own, whose
        armed men in the news are armed groups: Palestine); its forces named by their own alias still resolve."""
        entry = self.actors.get(self.iso2_to_iso3.get(iso2, ""), {})
        return bool(entry.get("bare_army", True))

    # ------------------------------------------------------------------ public API
    def resolve(self, text: str, country_focus: Sequence[str] = (), when: Optional[_dt.date] = None,
                allow_unknown: bool = False) -> Optional[tuple[str, str]]:
        """Canonical ``(id, name)`` of an actor phrase ("regime forces", "Turkey's defence ministry").

        The head of the phrase decides: the last match before a trailing prepositional phrase
        ("a source at the foreign ministry" names no actor). Country names count as their
        government. ``allow_unknown`` gives an unseen proper name a stable ``unk:`` id.
        """
        units = to_units(text)
        if not units:
            return None
        matches = self.match_units(units)
        covered = set()
        for m in matches:
            covered.update(range(m.i, m.j))
        cut = _phrase_cut(units, covered)
        # "Russian-backed separatists": a name before -backed/-led is a sponsor, never the head
        head = [m for m in matches if m.j <= cut and not (
            m.j < len(units) and units[m.j - 1].hyphen_after and units[m.j].raw.lower() in _SPONSOR)]
        focus = list(country_focus)
        if self.names_civil_body(units, matches, cut):
            return (unknown_id(text), text.strip()) if allow_unknown else None
        owner = branch_owner(self, units, matches)
        if owner is not None:  # "the Islamic State's Somalia branch": the group's, not Somalia's (nlp/group_branch)
            return owner, self.actors[owner]["name"]
        if head:
            return self._resolve_head(text, units, matches, covered, head, cut, focus, when)
        aid = self.fuzzy(text)
        if aid:
            return aid, self.actors[aid]["name"]
        if allow_unknown and any(u.raw[:1].isupper() for u in units):
            uid = unknown_id(text)
            return uid, text.strip()
        return None

    def _resolve_head(self, text: str, units: Sequence[Unit], matches: Sequence[Match], covered: set[int],
                      head: list[Match], cut: int, focus: list[str],
                      when: Optional[_dt.date]) -> Optional[tuple[str, str]]:
        """The actor of a phrase by its head match (the last of ``head``): none for people of a nation ("Malian
        villagers"); the group of its members ("RSF fighters", "Islamic State-linked gunmen"); the formation the
        words before it name ("a Russian artillery unit"); a generic role's owner by its prefix ("Russian riot
        police"), none where an unknown prefix or a name owns it; a fuzzy match where part of the phrase is
        unmatched; else the match's own actor."""
        m = head[-1]
        if m.what in ("demonym", "country") and _people_after(units, m.j, cut, covered):
            return None  # "Malian villagers", "Nigerian traders": people of the nation, not its state
        named = _group_before_members(self, head) or _linked_group_members(self, units, matches, m)
        if named is not None:  # "RSF fighters", "al-Shabaab militants": the group's members are the group;
            return named, self.actors[named]["name"]  # "Islamic State-linked gunmen": the group's too
        if _party_opposition(units, covered, m, cut):
            return None  # "opposition supporters", "the opposition Chadema party": the political opposition
        if local_administration(units, covered, head):
            return None  # "the regional military administration": a town's or region's civil body (nlp/force_organ)
        if _formation_of_whom(units, covered, head):
            m = head[-2]  # "a Russian artillery unit", "a police patrol", "a UN patrol": a formation of whom
            # the words before it name
        if m.what == "phrase" and m.country is None and m.i > 0 \
                and not (m.target or "").startswith("id:"):
            owner = prefix_owner(units, matches, m)
            if owner == "":
                # "the Kazakh government": a prefix the dictionary does not know, not the focus country; "the
                # Lindqvist regime": a name that is no country's prefix (a person, a group) says whose it is,
                # never the focus
                return None
            if owner is not None:  # "Russian riot police": the demonym's, with a word between, not the focus's
                m = Match(m.i, m.j, m.what, m.actor_id, self.actors[owner]["country"], m.target, m.phrase,
                          m.prefix)
        if sum(h.j - h.i for h in head) < cut:  # part of the phrase is unmatched: a misspelt name?
            fid = self.fuzzy(text)
            if fid:
                return fid, self.actors[fid]["name"]
        aid, name = self.resolve_match(m, focus, when, agent=True)
        if aid:
            return aid, name
        return None


def _prefixes(table: Any) -> frozenset[tuple[str, ...]]:
    """Every beginning (one unit or more) of the keys of ``table``, the keys included."""
    return frozenset(key[:k] for key in table for k in range(1, len(key) + 1))


def _keys_at(units: Sequence[Unit], i: int, prefixes: frozenset[tuple[str, ...]], table: Any,
             most: int) -> list[tuple[int, tuple[str, ...]]]:
    """The keys of ``table`` (non-empty values only) that the units from ``i`` spell, at most ``most`` units long,
    each with its length, longest first: the key is lengthened one unit at a time while it begins a key of the
    table (``prefixes``), so a word that begins none costs one set test."""
    found: list[tuple[int, tuple[str, ...]]] = []
    end = min(len(units), i + most)
    key: tuple[str, ...] = ()
    for k in range(i, end):
        key = key + (units[k].key,)
        if key not in prefixes:
            break
        if table.get(key):
            found.append((k - i + 1, key))
    found.reverse()
    return found


def _phrase_cut(units: Sequence[Unit], covered: set[int]) -> int:
    """Where the phrase's head part ends: at the first preposition no match covers, after the first unit ("a source
    at the foreign ministry" names no actor by "foreign ministry"); the whole phrase without one."""
    for k, u in enumerate(units):
        if k not in covered and u.raw.lower() in PREPOSITIONS and k > 0:
            return k
    return len(units)


_OPPOSITION_WORDS = frozenset({"opposition", "oppositions"})


def _party_opposition(units: Sequence[Unit], covered: set[int], m: Match, cut: int) -> bool:
    """The bare word "opposition" (data/agent_phrases.tsv reads it as the armed opposition) before a word no match
    takes: it modifies that word ("opposition supporters", "opposition activists", "the opposition march", "the
    opposition Chadema party"), and names the political opposition, its people or its party, not rebels. "The
    opposition" alone and the armed phrases ("opposition fighters", "armed opposition") are read as before."""
    return m.what == "phrase" and (m.target or "") == "OPP" and m.j < cut and m.j not in covered \
        and " ".join(u.raw.lower() for u in units[m.i:m.j]) in _OPPOSITION_WORDS


def _formation_of_whom(units: Sequence[Unit], covered: set[int], head: Sequence[Match]) -> bool:
    """The last head match is a generic formation that needs a country ("unit", "patrol") and the match right before
    it, with only lower-case unmatched words between, names whose it is ("a Russian artillery unit", "a police
    patrol", "a UN patrol"): that match is the head."""
    if len(head) < 2:
        return False
    m = head[-1]
    return m.what == "phrase" and m.country is None and head[-2].what in ("phrase", "actor") \
        and (m.phrase or {}).get("needs_country") == "yes" \
        and not any(k in covered or units[k].raw[:1].isupper() for k in range(head[-2].j, m.i))

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


_NAME_LINKS = frozenset({"of", "for", "on", "and", "the", "&"})  # "Commission on Human Rights"
_NOT_OWNER = frozenset({"pro", "anti", "non", "ex"})  # "pro-Russian separatists" are no Russian body


@functools.lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Singular nouns of people a demonym qualifies (data/people_nouns.tsv and the ontology's civilian_words)."""
    from sitrep.events.ontology import load_ontology  # the events layer's ontology, read once

    words = {r["word"].strip().lower() for r in _read_tsv("people_nouns.tsv")}
    return frozenset(words | {w.lower() for w in load_ontology().cue("civilian_words")})


def people_noun(word: str) -> bool:
    """``word`` (as written, singular or plural: "villagers", "fishermen", "children") is a noun of people by trade or
    condition ("trader", "villager"): a demonym before it names people of a nation, not its state."""
    w = word.lower()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-3] + "man" if w.endswith("men") else w, "child" if w == "children" else w}
    return bool(forms & _people_nouns())


def _people_after(units: Sequence[Unit], j: int, cut: int, covered: set[int]) -> bool:
    """The words from unit ``j`` to ``cut`` are nouns of people in lower case, matched by nothing ("villagers",
    "traders and farmers"), the last one a noun of people: "Salvadoran national guardsmen" is no such phrase."""
    rest = range(j, cut)
    if not rest or not units[j].joins_prev or any(k in covered for k in rest):
        return False
    if not all(units[k].raw.islower() and (people_noun(units[k].raw) or units[k].raw in ("and", "or")) for k in rest):
        return False
    return people_noun(units[cut - 1].raw)


def prefix_owner(units: Sequence[Unit], matches: Sequence[Match], m: Match, lo: int = 0) -> Optional[str]:
    """Whose body a generic role phrase ``m`` ("police", "special forces") is by the words before it (from unit ``lo``,
    where its noun phrase starts), when the phrase match did not take them as its prefix: the id of a demonym or
    country one or two lower-case words before it ("Russian riot police", "Syria's riot police"); "" when a
    capitalised word that gives no country comes right before it or before those words ("the Kazakh government",
    "Georgian riot police": a prefix the dictionary does not know; "the Lindqvist regime", "the Taliban riot police":
    a name, a group), so that the focus country does not stand in; None when nothing there says whose ("the police";
    "Turkish-backed rebel forces", "pro-Ruritanian militias": a sponsor or a side taken is no owner)."""
    covered = {i for p in matches for i in range(p.i, p.j)}
    k = m.i
    while k > lo and m.i - k < 2 and (k - 1) not in covered and units[k - 1].raw[:1].islower() \
            and units[k - 1].raw.lower() not in _DETERMINERS and units[k - 1].raw.lower() not in PREPOSITIONS:
        k -= 1
    if k == lo:
        return None
    p = next((x for x in matches if x.j == k and x.i >= lo), None)
    if k < m.i and p is not None and p.what in ("demonym", "country") and p.actor_id:
        sponsor = units[k - 1].hyphen_after and units[k].raw.lower() in _SPONSOR  # "Turkish-backed rebel forces"
        against = p.i > 0 and units[p.i - 1].hyphen_after and units[p.i - 1].raw.lower() in _NOT_OWNER
        return None if sponsor or against else p.actor_id
    if units[k - 1].raw[:1].isupper() and units[k - 1].raw.lower() not in _DETERMINERS:
        return ""
    if p is not None and p.what == "actor" and units[p.i].raw[:1].isupper():
        return ""  # "Russian military police": a body of the dictionary before it, not the focus country's
    return None


_GENERIC_TAIL = {"group", "militia", "movement", "faction", "brigade", "brigades", "organisation", "organization",
                 "network", "battalion", "forces", "fighters"}


_ARMED_TYPES = frozenset({"rebel", "militia", "state_forces"})  # dictionary types of armed bodies
_MEMBER_ROLES = frozenset({"OPP", "ISLAMIST", "UNIDENT", "MILITIA_PROGOV", "MIL"})  # generic words for armed men


def _group_before_members(res: "ActorResolver", head: Sequence[Match]) -> Optional[str]:
    """The armed group of the dictionary named just before a generic word for armed men at the phrase's head ("JNIM
    fighters", "RSF troops", "al-Shabaab militants", "M23 rebels" when no alias covers both): the men are the
    group's, never the unnamed militants or the army of the report's country. A country or demonym before the word
    is no group ("Malian soldiers" is read by the phrase itself)."""
    if len(head) < 2:
        return None
    m, prev = head[-1], head[-2]
    if m.what != "phrase" or m.country is not None or (m.target or "") not in _MEMBER_ROLES:
        return None
    if prev.what != "actor" or prev.j != m.i or not prev.actor_id:
        return None
    return prev.actor_id if res.actors.get(prev.actor_id, {}).get("type") in _ARMED_TYPES else None


# the words after "<group>-" that make armed men the group's own ("Islamic State-linked gunmen", "al Qaeda-affiliated
# fighters"); "-backed", "-led", "-allied", "-aligned" and the other sponsors name a patron, not the men's group
_TIED = frozenset({"linked", "affiliated"})


def _linked_group_members(res: "ActorResolver", units: Sequence[Unit], matches: Sequence[Match],
                          m: Match) -> Optional[str]:
    """The armed group of the dictionary named just before "-linked"/"-affiliated" and a generic word for armed men
    at the phrase's head ("Islamic State-linked gunmen"): the men are the group's (its local branch or cell), never
    the unnamed gunmen or the militants of the report's country."""
    if m.what != "phrase" or m.country is not None or (m.target or "") not in _MEMBER_ROLES or m.i < 2:
        return None
    if units[m.i - 1].raw.lower() not in _TIED or not units[m.i - 2].hyphen_after:
        return None
    prev = next((p for p in matches if p.j == m.i - 1 and p.what == "actor" and p.actor_id), None)
    if prev is None or res.actors.get(prev.actor_id, {}).get("type") not in _ARMED_TYPES:
        return None
    return prev.actor_id


def unknown_id(name: str) -> str:
    """A stable id for an unseen name: the folded name, so variants of the same spelling agree.

    A trailing lower-case head word ("the X group") is left out, so "X" and "the X group" agree.
    """
    units = to_units(name)
    while len(units) > 1 and units[-1].raw in _GENERIC_TAIL:
        units.pop()
    key = " ".join(u.key for u in units) or fold_name(name)
    return UNK_PREFIX + key.replace(" ", "-")


@functools.lru_cache(maxsize=1)
def get_resolver() -> ActorResolver:
    """The process-wide :class:`ActorResolver` (loaded once)."""
    return ActorResolver()


def iter_units_text(units: Iterable[Unit]) -> str:  # pragma: no cover - debugging aid
    return " ".join(u.key for u in units)
