"""Figures and disagreements: figures about the same quantity, compared across and inside articles.

Figures of one story are grouped by *quantity*: the same ``what`` (killed,
displaced, targets_hit…) and the same *group* - the side or population counted,
read from ``who`` with ``data/figure_groups.tsv`` ("regime personnel", "Syrian
soldiers" -> Syrian government forces), else the normalised ``who`` words. A
figure is either

* **cumulative** - it counts over a period (``since`` is set: "displaced since
  December", "killed in the past nine days") or counts a stock (displaced people,
  troops deployed): such figures are compared across time; or
* an **incident** figure - the toll of one event ("killed in the 3 Feb clash"):
  compared only with figures of the *same* incident, i.e. linked to the same merged
  event (through the event mentions' ``figures``/``fatalities``); figures tied to
  no event fall back to their ``as_of`` day. The fatalities of two different events
  are two quantities, never an update or a conflict of each other - except the events
  of one exchange between two states (a clash and the retaliation the same days, one of
  them not placed by its own sentence), whose tolls count the same dead: they are
  compared as one incident (a conflict, never an update).

Kinds:

* ``conflict``: figures of one incident (or of one cumulative count on one day)
  whose ranges do not overlap.
* ``scope`` for an incident: the values differ because one source counts a group
  separately - the smaller figure plus the figures listed beside it in the same
  clause ("seven soldiers and one contractor") add up to the other ("eight
  personnel").
* ``update``: a cumulative count changes from one day to a later one; the chain
  lists each distinct value at its first appearance. Periods that start within
  ``PERIOD_SLACK_DAYS`` of each other ("since December", "in the past two months")
  count as one period.
* ``scope``: a cumulative count over clearly different periods; a count for a group
  and a sub-group ("soldiers" vs "Turkish soldiers"); a period total next to the
  tolls of incidents that fall inside that period.
* ``scope``: people who fled abroad vs people displaced inside the country (read from the
  figure's sentence, ``context:`` rows of ``data/figure_groups.tsv``).
* stale: an article that gives two values of one cumulative count where one is
  older (an earlier ``as_of``, or first reported by an earlier article) is called out
  in an ``update`` whose explanation says the article repeats the stale figure.

Before comparing, a restatement of a figure in another unit right after it
("600 square kilometres (230 square miles)": same article, same ``what``, the second
in brackets right after the first, values within 5%) is dropped, and a figure with no
period that shares a clause with a period figure of the same ``what`` and claimant
("lost 14 soldiers in the past nine days and killed scores of troops") takes that
period.
"""
from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from sitrep.model import VIOLENT_EVENT_TYPES, Article, Disagreement, DisagreementValue, Event, Figure
from sitrep.resources import data_path
from sitrep.stories.describe import source_name

_DROP = {"the", "a", "an", "of", "some", "other", "more", "its", "their", "his", "her", "at", "least", "about"}
_NUMWORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
             "hundred", "hundreds", "thousand", "thousands", "million", "millions"}
# headcounts that measure no outcome ("thousands of people were at the station", "50% of residents"): never compared
UNCOMPARED = {"people", "civilians", "children", "women", "percent"}
STOCKS = {"displaced", "troops", "vehicles", "refugees", "returnees", "detained_total"}
PERIOD_SLACK_DAYS = 45
UNIT_RESTATEMENT_TOLERANCE = 0.05
CLAUSE_CHARS = 160
STALE_FLOOR_RATIO = 1.25  # "more than N" repeated next to a count at least this much larger is stale  # how far apart two figures of one clause may be
_GENERIC_MILITARY = re.compile(r"^(soldier|troop|personnel|serviceman|servicemen|men|member)s?$")


@functools.lru_cache(maxsize=65536)  # pure; the same group phrases recur across a story's figures
def who_key(who: Optional[str]) -> str:
    """Normalised group phrase: "the Turkish soldiers" -> "turkish soldier"."""
    if not who:
        return ""
    words = [w for w in re.findall(r"[\w'-]+", who.lower()) if w not in _DROP and w not in _NUMWORDS
             and not w.isdigit()]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=1)
def _group_rows() -> tuple[list[tuple[str, re.Pattern[str], str]], dict[str, str]]:
    rows: list[tuple[str, re.Pattern[str], str]] = []  # context rows first ("context:displaced"), then who rows
    owners: dict[str, str] = {}
    path = data_path("figure_groups.tsv")
    if not path.exists():
        return rows, owners
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        if parts[0] == "owner":
            owners[parts[1]] = parts[2]
        else:
            rows.append((parts[0], re.compile(parts[1]), parts[2]))
    return rows, owners


def group_of(fig: Figure, text: str = "") -> str:
    """The side or population a figure counts (see ``data/figure_groups.tsv``)."""
    rows, owners = _group_rows()
    who = (fig.who or "").lower().strip()
    sentence = clause_around(text, fig.span.start, fig.span.end) if text else ""
    for what, pat, grp in rows:
        if what.startswith("context:"):
            if what[8:] == fig.what and sentence and pat.search(sentence):
                return grp
        elif what in ("*", fig.what) and pat.search(who):
            return grp
    key = who_key(who)
    if fig.what in _RESTATED:  # "36 injured people" counts the people the 30 wounded of another report count
        key = " ".join(w for w in key.split() if w not in _RESTATED[fig.what])
    if key and _GENERIC_MILITARY.match(key.split()[-1]) and len(key.split()) == 1 and fig.claimant and text:
        before = text[max(0, fig.span.start - 60):fig.span.start].lower()
        if re.search(r"\b(lost|losing|lose)\b", before):  # a claimant counting its own losses
            for prefix, grp in owners.items():
                if fig.claimant.upper().startswith(prefix):
                    return grp
    if not key and fig.what in _PERSON_COUNTS:  # "the toll rose to 57": people, unless a group is named
        return "people"
    return key


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (split at ". ", "! ", "? " and new lines)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
             text.rfind("? ", 0, start))
    his = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[lo + 1:min(his) if his else len(text)]


# breaks between the clauses of one sentence that tell two counts ("some 28,000 in the county were displaced, and
# that the number displaced across the country had passed 130,000"; "..., while ..."; "...; ...")
_CLAUSE_BREAK = re.compile(r"; |, and that |, while |, whereas ")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of the sentence holding text[start:end]: the sentence cut at a break before and after it (see
    ``_CLAUSE_BREAK``), so that words of a whole country in the other clause are not this count's."""
    sentence = sentence_around(text, start, end)
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("! ", 0, start),
             text.rfind("? ", 0, start)) + 1
    a, b = start - lo, end - lo
    if a < 0 or b > len(sentence):
        return sentence
    cuts = [m for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max((m.end() for m in cuts if m.end() <= a), default=0)
    right = min((m.start() for m in cuts if m.start() >= b), default=len(sentence))
    return sentence[left:right]


# words of a group phrase that restate what the figure counts ("36 *injured* people" of a wounded count): no group
_RESTATED = {"wounded": frozenset({"injured", "wounded", "hurt"}), "killed": frozenset({"dead", "killed", "slain"})}
_PERSON_COUNTS = {"killed", "wounded", "missing", "detained", "displaced", "evacuated", "injured"}


@dataclass
class _F:
    fig: Figure
    article_id: str
    t: Optional[_dt.date]  # as_of or publication date
    seq: int  # article order (tie-breaker: which report came first)
    group: str = ""
    since: Optional[_dt.date] = None
    incident: Optional[str] = None  # merged event id, or "day:<as_of>"; None for cumulative figures
    when: Optional[_dt.date] = None  # the incident's date (event date), else t
    siblings: list["_F"] = field(default_factory=list)
    event: Optional[str] = None  # the merged event the figure belongs to (incident figures)

    @property
    def lo(self) -> float:
        return self.fig.low if self.fig.low is not None else (self.fig.high or 0.0)

    @property
    def hi(self) -> float:
        return self.fig.high if self.fig.high is not None else float("inf")

    def value(self) -> tuple[Optional[float], Optional[float]]:
        return (self.fig.low, self.fig.high)


def fmt_value(low: Optional[float], high: Optional[float]) -> str:
    """A figure's range in words: "7", "at least 4", "up to 10", "855,000–950,000"."""
    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"

    if low is None and high is None:
        return "an unknown number"
    if high is None:
        return f"at least {n(low)}"  # type: ignore[arg-type]
    if low is None:
        return f"up to {n(high)}"
    if low == high:
        return n(low)
    return f"{n(low)}–{n(high)}"


def _day(d: Optional[_dt.date]) -> str:
    return f"{d.day} {d.strftime('%b %Y')}" if d else "an unknown date"


def _overlap(a: _F, b: _F) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _rounded(a: _F) -> bool:
    """A band around a rounded number ("nearly one million": 900,000-1,000,000), not an exact count or open bound."""
    return a.fig.low is not None and a.fig.high is not None and a.fig.low < a.fig.high


def _contains(a: _F, b: _F) -> bool:
    return a.lo <= b.lo and b.hi <= a.hi


def _fv(f: _F) -> str:
    """A figure's value for an explanation; an open-ended one keeps its own words ("more than 300")."""
    if f.fig.high is None and f.fig.low is not None and f.fig.span.text and not f.fig.span.text.isdigit():
        return f"“{f.fig.span.text}”"
    return fmt_value(f.fig.low, f.fig.high)


def _did(kind: str, figs: Iterable[_F]) -> str:
    h = hashlib.sha1((kind + "|" + "|".join(sorted(f.fig.id for f in figs))).encode("utf-8")).hexdigest()
    return "dis-" + h[:12]


def _dv(f: _F) -> DisagreementValue:
    return DisagreementValue(low=f.fig.low, high=f.fig.high, as_of=f.when or f.t,
                             claimant=f.fig.claimant_name or f.fig.claimant, article_id=f.article_id,
                             figure_id=f.fig.id)


class _Namer:
    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles

    def who(self, f: _F) -> str:
        src = source_name(self.articles.get(f.article_id), f.article_id)
        cl = f.fig.claimant_name or f.fig.claimant
        return f"{src} citing {cl}" if cl else src

    def val(self, f: _F) -> str:
        when = f" as of {_day(f.t)}" if f.t else ""
        return f"{_fv(f)}{when} ({self.who(f)})"

    def ival(self, f: _F) -> str:
        """An incident figure: value, the incident's date, source."""
        when = f" for {_day(f.when)}" if f.when else ""
        return f"{_fv(f)}{when} ({self.who(f)})"


def _subject(what: str, who: str, since: Optional[_dt.date]) -> str:
    s = what.replace("_", " ")
    if who:
        s = f"{who} {s}" if what in ("killed", "wounded", "displaced", "detained", "missing") else f"{s} ({who})"
    if since:
        s += f" since {_day(since)}"
    return s


# ------------------------------------------------------------------ preparation

def _text_of(articles: dict[str, Article], aid: str) -> str:
    a = articles.get(aid)
    return a.text if a else ""


def _is_restatement(first: Figure, second: Figure, text: str) -> bool:
    """``second`` restates ``first`` in another unit: "(230 square miles)" right after "600 square kilometres"."""
    if first.what != second.what or second.span.start < first.span.end:
        return False
    gap = text[first.span.end:second.span.start] if text else ""
    if len(gap) > 4 or "(" not in gap:
        return False
    a = first.low if first.low is not None else first.high
    b = second.low if second.low is not None else second.high
    if a is None or b is None or max(abs(a), abs(b)) == 0:
        return False
    return abs(a - b) / max(abs(a), abs(b)) <= UNIT_RESTATEMENT_TOLERANCE


def _same_clause(a: Figure, b: Figure, text: str) -> bool:
    lo, hi = sorted((a.span.start, b.span.start))
    if hi - lo > CLAUSE_CHARS:
        return False
    between = text[lo:hi] if text else ""
    return not re.search(r"[.!?]\s+[A-Z\"“]", between)


INCIDENT_SLACK_DAYS = 2


def _incident_ids(events: Optional[list[Event]]) -> dict[str, str]:
    """Event id -> incident id: events of one type at one named place within INCIDENT_SLACK_DAYS are one
    incident (a toll reported "a day after the strike" may be dated by its report and not merge)."""
    by: dict[tuple[str, str], list[Event]] = defaultdict(list)
    out: dict[str, str] = {}
    for e in events or []:
        out[e.id] = e.id
        if e.place is not None and e.place.name and e.date_start is not None:
            by[(e.event_type, e.place.name.lower())].append(e)
    for evs in by.values():
        evs.sort(key=lambda e: e.date_start)  # type: ignore[arg-type,return-value]
        cur, last = evs[0].id, evs[0].date_start
        for e in evs[1:]:
            if (e.date_start - last).days > INCIDENT_SLACK_DAYS:  # type: ignore[operator]
                cur = e.id
            out[e.id] = cur
            last = e.date_start
    return out


def _exchange_ids(events: Optional[list[Event]], incident_of: dict[str, str]) -> set[str]:
    """Join the incidents of one exchange between two states (see :func:`_exchanges`), in place; returns the
    ids of the events joined so (their tolls are compared, but never read as updates of each other)."""
    joined: set[str] = set()
    _exchanges(events or [], incident_of, joined)
    return joined


_STATE_SIDE = re.compile(r"^([A-Z]{3})_(GOV|MIL|MOD)\b")


def _sides(e: Event) -> Optional[frozenset[str]]:
    """The two states an event sets against each other ("TUR", "SYR"), from its actors' ids; else None."""
    sides = set()
    for a in (e.actor1, e.actor2):
        m = _STATE_SIDE.match((a.entity_id or "") if a is not None else "")
        if m is None:
            return None
        sides.add(m.group(1))
    return frozenset(sides) if len(sides) == 2 else None


def _weakly_placed(e: Event) -> bool:
    """True when no mention names the event's place in its own sentence (the place was borrowed)."""
    return e.place is None or e.place.precision in ("province", "region", "country") or not any(
        m.place is not None and m.sentence.start <= m.place.span.start < m.sentence.end for m in e.mentions)


def _exchanges(events: list[Event], out: dict[str, str], joined: set[str]) -> None:
    """One exchange between two states is one incident: "the 3 Feb clash" and "Turkey's retaliation that week"
    count the same dead, so their tolls are compared. Violent events join when they set the same two states
    against each other, their dates overlap and at least one of them is not placed by its own sentence (two
    strikes in named towns on one day stay two incidents)."""
    by_pair: dict[frozenset[str], list[Event]] = defaultdict(list)
    for e in events:
        if e.event_type in VIOLENT_EVENT_TYPES and e.date_start is not None and (sides := _sides(e)) is not None:
            by_pair[sides].append(e)
    for evs in by_pair.values():
        evs.sort(key=lambda e: (e.date_start, e.id))  # type: ignore[arg-type,return-value]
        for i, a in enumerate(evs):
            a_end = a.date_end or a.date_start
            for b in evs[i + 1:i + 50]:  # bounded: one pair of states rarely has 50 tolled events in a week
                if b.date_start > a_end:  # type: ignore[operator]
                    break
                if out[b.id] != b.id or not (_weakly_placed(a) or _weakly_placed(b)):
                    continue
                out[b.id] = out[a.id]
                joined.add(b.id)


def _event_links(events: Optional[list[Event]]) -> dict[str, Event]:
    out: dict[str, Event] = {}
    for e in events or []:
        for m in e.mentions:
            ids = list(m.figures) + ([m.fatalities.id] if m.fatalities is not None else [])
            for fid in ids:
                out.setdefault(fid, e)
    return out


def _undated_mention_figures(events: Optional[list[Event]]) -> set[str]:
    """Ids of figures carried by mentions with no time expression of their own ("claim to have killed scores"):
    such a figure may take the period of a figure in its clause ("lost 14 soldiers in the past nine days")."""
    out: set[str] = set()
    for e in events or []:
        for m in e.mentions:
            if m.time is None:
                out.update(m.figures)
                if m.fatalities is not None:
                    out.add(m.fatalities.id)
    return out




def _sentence_events(events: Optional[list[Event]]) -> dict[str, list[tuple[int, int, Event]]]:
    """article id -> (sentence start, end, event) of its violent event mentions."""
    out: dict[str, list[tuple[int, int, Event]]] = defaultdict(list)
    for e in events or []:
        if e.event_type in VIOLENT_EVENT_TYPES:
            for m in e.mentions:
                out[m.article_id].append((m.sentence.start, m.sentence.end, e))
    return out


def _event_of_sentence(index: dict[str, list[tuple[int, int, Event]]], aid: str, fig: Figure) -> Optional[Event]:
    """A toll the event layer did not attach ("the number killed in Friday's strike has risen to 57"): the one
    violent event told in the same sentence, if there is exactly one."""
    if fig.what not in ("killed", "wounded"):
        return None
    hits = {e.id: e for a, b, e in index.get(aid, ()) if a <= fig.span.start < b}
    if len(hits) == 1:
        return next(iter(hits.values()))
    if not hits:  # no event in the sentence: the article's one violent event that has a toll, if only one
        tolled = {e.id: e for _a, _b, e in index.get(aid, ()) if e.fatalities_best is not None}
        if len(tolled) == 1:
            return next(iter(tolled.values()))
    return None


def _prepare(figures: list[tuple[Figure, str]], articles: dict[str, Article], seq: dict[str, int],
             events: Optional[list[Event]]) -> list[_F]:
    links = _event_links(events)
    undated_links = _undated_mention_figures(events)
    incident_of = _incident_ids(events)
    exchange_joined = _exchange_ids(events, incident_of)
    sentence_events = _sentence_events(events)
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for fig, aid in figures:
        if fig.low is None and fig.high is None:
            continue
        by_article[aid].append(fig)
    out: list[_F] = []
    for aid, figs in by_article.items():
        text = _text_of(articles, aid)
        figs = sorted(figs, key=lambda f: f.span.start)
        kept: list[Figure] = []
        for f in figs:
            if kept and _is_restatement(kept[-1], f, text):
                continue
            kept.append(f)
        a = articles.get(aid)
        fs: list[_F] = []
        for f in kept:
            t = f.as_of or (a.published if a else None)
            fs.append(_F(f, aid, t, seq.get(aid, 0), group=group_of(f, text), since=f.since))
        # a figure with no period takes the period of a figure of its clause (same what and claimant)
        for x in fs:
            if x.since is None and (x.fig.id not in links or x.fig.id in undated_links):
                for y in fs:
                    if (y is not x and y.fig.since is not None and y.fig.what == x.fig.what
                            and y.fig.claimant == x.fig.claimant and _same_clause(x.fig, y.fig, text)):
                        x.since = y.fig.since
                        break
        for x in fs:
            ev = links.get(x.fig.id) or _event_of_sentence(sentence_events, aid, x.fig)
            if x.since is None and x.fig.what not in STOCKS:
                if ev is not None:
                    x.incident, x.when = incident_of.get(ev.id, ev.id), ev.date_start
                    x.event = ev.id if ev.id in exchange_joined else x.incident
                else:
                    x.incident, x.when = f"day:{x.t}", x.t
        for x in fs:  # incident figures of the same what listed in the same clause
            if x.incident is not None:
                x.siblings = [y for y in fs if y is not x and y.fig.what == x.fig.what and y.incident is not None
                              and _same_clause(x.fig, y.fig, text)]
        out.extend(fs)
    return out


# ------------------------------------------------------------------ comparison

def find_disagreements(figures: list[tuple[Figure, str]], articles: dict[str, Article],
                       seq: Optional[dict[str, int]] = None,
                       events: Optional[list[Event]] = None) -> list[Disagreement]:
    """Disagreements among the figures of one story; ``figures`` are (figure, article id) pairs.

    ``events``: the story's merged events; a figure linked to one of them is that event's figure.
    """
    seq = seq or {}
    namer = _Namer(articles)
    items = _prepare(figures, articles, seq, events)
    cumulative: dict[tuple[str, str], list[_F]] = defaultdict(list)
    incidents: dict[tuple[str, str, str], list[_F]] = defaultdict(list)
    for f in items:
        if f.fig.what in UNCOMPARED:
            continue
        if f.incident is None:
            cumulative[(f.fig.what, f.group)].append(f)
        elif not f.fig.background:
            incidents[(f.fig.what, f.group, f.incident)].append(f)
    out: list[Disagreement] = []
    for (what, grp, _inc), fs in incidents.items():
        out.extend(_incident(what, grp, fs, namer))
    for (what, grp), fs in cumulative.items():
        out.extend(_cumulative(what, grp, fs, namer))
    out.extend(_scope_by_who(cumulative, namer))
    out.extend(_scope_displacement(cumulative, namer))
    out.extend(_scope_treatment(items, namer))
    out.extend(_period_vs_incidents(cumulative, incidents, namer))
    return out


def _incident(what: str, grp: str, fs: list[_F], namer: _Namer) -> list[Disagreement]:
    """Figures of one incident: equal, a group counted apart (scope), or a conflict."""
    fs = sorted(fs, key=lambda f: (f.seq, f.fig.span.start))
    distinct: list[_F] = []
    for f in fs:
        if not any(_overlap(f, g) for g in distinct):
            distinct.append(f)
    if len(distinct) < 2:
        # "at least 30" on the first day and 52 the next are compatible as intervals, but the toll rose
        chain = _chain(sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq, f.fig.span.start)))
        if (len(chain) >= 2 and len({f.t for f in chain}) >= 2
                and all(b.lo > a.lo for a, b in zip(chain, chain[1:]))):
            distinct = chain
        else:
            return []
    subject = _subject(what, grp, None) + (f" on {_day(distinct[0].when)}" if distinct[0].when else "")
    small, big = sorted(distinct[:2], key=lambda f: f.lo)
    if small.siblings and len(distinct) == 2:
        total = small.lo + sum(s.lo for s in small.siblings)
        if big.lo <= total <= big.hi:
            parts = " and ".join([f"{fmt_value(small.fig.low, small.fig.high)} {small.fig.who or grp}"] + [
                f"{fmt_value(s.fig.low, s.fig.high)} {s.fig.who or s.group}" for s in small.siblings])
            expl = (f"{namer.who(small)} counts {parts} ({fmt_value(total, total)} in all), while {namer.who(big)} "
                    f"counts {fmt_value(big.fig.low, big.fig.high)} {big.fig.who or grp}: the totals agree, the "
                    f"sources differ in who they count among {grp or what.replace('_', ' ')}.")
            return [Disagreement(id=_did("scope-count", [small, big]), subject=subject, kind="scope",
                                 explanation=expl, values=[_dv(small), _dv(big)])]
    chain = _chain(sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq, f.fig.span.start)))
    one_event = len({f.event for f in distinct}) <= 1  # tolls of two events of one exchange never update each other
    if one_event and len({f.t for f in chain}) >= 2 and all(b.lo >= a.lo for a, b in zip(chain, chain[1:])):
        steps = ", then ".join(namer.val(f) for f in chain)
        expl = (f"The toll for {subject} rises as reports come in: {steps}; the latest, "
                f"{_fv(chain[-1])}, supersedes the earlier ones.")
        return [Disagreement(id=_did("update", chain), subject=subject, kind="update", explanation=expl,
                             values=[_dv(f) for f in chain])]
    vals = "; ".join(namer.ival(f) for f in distinct)
    expl = f"Sources disagree on {subject}: {vals}."
    return [Disagreement(id=_did("conflict", distinct), subject=subject, kind="conflict", explanation=expl,
                         values=[_dv(f) for f in distinct])]


def _chain(fs: list[_F], chain: Optional[list[_F]] = None) -> list[_F]:
    """Each distinct value at its first appearance (``fs`` in report order).

    A value adds nothing when it equals one already listed, when it is a bare lower
    bound the list already satisfies ("more than 500,000" after 700,000), or when it
    is vaguer than one listed (a range containing it), or when it and a listed value are
    both bands around rounded numbers that overlap ("nearly one million" and "almost
    950,000": one count rounded two ways, not an update). A precise value inside an
    earlier vague one (109 after "more than 100") is kept: it refines the count.
    """
    chain = list(chain or [])
    for f in fs:
        if any(c.value() == f.value() for c in chain):
            continue
        if f.fig.high is None:  # a bare lower bound adds something only when it raises the floor
            if any(c.lo >= f.lo for c in chain):
                continue
        elif any(_overlap(c, f) and (_contains(f, c) or _rounded(c) and _rounded(f)) for c in chain):
            continue  # vaguer than a listed value, or one count rounded two ways ("nearly one million", "almost 950,000")
        chain.append(f)
    return chain


def _periods(fs: list[_F]) -> list[list[_F]]:
    """Split cumulative figures into periods: starts within PERIOD_SLACK_DAYS are one period."""
    starts = sorted({f.since for f in fs if f.since is not None})
    buckets: list[list[_dt.date]] = []
    for s in starts:
        if buckets and (s - buckets[-1][-1]).days <= PERIOD_SLACK_DAYS:
            buckets[-1].append(s)
        else:
            buckets.append([s])
    if not buckets:
        return [fs]
    out: list[list[_F]] = [[f for f in fs if f.since is not None and f.since in b] for b in buckets]
    undated = [f for f in fs if f.since is None]
    if undated:  # a count with no period given joins the period most of its quantity's figures count
        max(out, key=len).extend(undated)
    return out


def _stale(what: str, grp: str, fs: list[_F], namer: _Namer) -> tuple[list[Disagreement], set[str]]:
    out: list[Disagreement] = []
    stale_ids: set[str] = set()
    first_seen: dict[tuple[Optional[float], Optional[float]], _F] = {}
    for f in sorted(fs, key=lambda f: (f.t or _dt.date.max, f.seq)):
        first_seen.setdefault(f.value(), f)
    by_article: dict[str, list[_F]] = defaultdict(list)
    for f in fs:
        by_article[f.article_id].append(f)
    for aid, afs in by_article.items():
        if len({f.value() for f in afs}) < 2:
            continue

        def age(f: _F) -> tuple:
            first = first_seen[f.value()]
            return (f.t or _dt.date.max, first.t or _dt.date.max, first.seq, -f.hi if f.hi != float("inf") else -f.lo)

        ordered = sorted(afs, key=age)
        old, new = ordered[0], ordered[-1]
        if old.value() == new.value():
            continue
        if _overlap(old, new) and not (old.fig.high is None and new.lo >= STALE_FLOOR_RATIO * old.lo):
            continue  # consistent values; but a bare "more than N" far below the new count is stale
        fo = first_seen[old.value()]
        if not ((old.t and new.t and old.t < new.t) or (fo.article_id != aid and (fo.t and new.t and fo.t < new.t))):
            continue
        stale_ids.add(old.fig.id)
        src = source_name(namer.articles.get(aid), aid)
        since_txt = f" (dated {_day(old.t)})" if old.t and old.t != new.t else ""
        earlier = ""
        if fo.article_id != aid:
            earlier = f", first reported by {namer.who(fo)}" + (f" on {_day(fo.t)}" if fo.t else "")
        expl = (f"{src} repeats a stale figure for {_subject(what, grp, old.since)}: "
                f"{_fv(old)}{since_txt}{earlier}, next to the newer "
                f"{namer.val(new)}; the newer figure supersedes it.")
        out.append(Disagreement(id=_did("stale", [old, new]), subject=_subject(what, grp, old.since),
                                kind="update", explanation=expl, values=[_dv(old), _dv(new)]))
    return out, stale_ids


def _cumulative(what: str, grp: str, fs: list[_F], namer: _Namer) -> list[Disagreement]:
    out: list[Disagreement] = []
    periods = _periods(fs)
    live_periods: list[list[_F]] = []
    for pfs in periods:
        stale, stale_ids = _stale(what, grp, pfs, namer)
        out.extend(stale)
        live_periods.append([f for f in pfs if f.fig.id not in stale_ids])
    for pfs in live_periods:
        since = min((f.since for f in pfs if f.since), default=None)
        subject = _subject(what, grp, since)
        by_day: dict[_dt.date, list[_F]] = defaultdict(list)
        for f in pfs:
            if f.t is not None:
                by_day[f.t].append(f)
        chain: list[_F] = []
        for day in sorted(by_day):
            dfs = sorted(by_day[day], key=lambda f: (f.seq, f.fig.span.start))
            distinct: list[_F] = []
            for f in dfs:
                if not any(_overlap(f, g) for g in distinct):
                    distinct.append(f)
            sources = {f.article_id for f in distinct} | {f.fig.claimant for f in distinct}
            if len(distinct) >= 2 and len(sources) >= 2 and len({f.since for f in distinct}) == 1:
                vals = "; ".join(namer.val(f) for f in distinct)
                expl = f"Sources disagree on {subject} on {_day(day)}: {vals}."
                out.append(Disagreement(id=_did("conflict", distinct), subject=subject, kind="conflict",
                                        explanation=expl, values=[_dv(f) for f in distinct]))
            chain = _chain(dfs, chain)
        if len({f.t for f in chain}) >= 2:  # an update needs a later day; same-day splits are conflicts
            steps = ", then ".join(namer.val(f) + (f" since {_day(f.since)}" if f.since and f.since != since else "")
                                   for f in chain)
            latest = chain[-1]
            expl = (f"The figure for {subject} changes over time: {steps}; the latest, "
                    f"{fmt_value(latest.fig.low, latest.fig.high)}, supersedes the earlier ones.")
            out.append(Disagreement(id=_did("update", chain), subject=subject, kind="update", explanation=expl,
                                    values=[_dv(f) for f in chain]))
    if len(live_periods) >= 2:
        reps = [max(p, key=lambda f: (f.t or _dt.date.min, f.seq)) for p in live_periods if p]
        parts = []
        for f in reps:
            per = f"since {_day(f.since)}" if f.since else "with no period given"
            parts.append(f"{fmt_value(f.fig.low, f.fig.high)} {per} ({namer.who(f)})")
        expl = (f"Figures for {_subject(what, grp, None)} count different periods, so they are not comparable "
                f"as they stand: " + "; ".join(parts) + ".")
        out.append(Disagreement(id=_did("scope-period", reps), subject=_subject(what, grp, None), kind="scope",
                                explanation=expl, values=[_dv(f) for f in reps]))
    return out


def _period_vs_incidents(cumulative: dict[tuple[str, str], list[_F]],
                         incidents: dict[tuple[str, str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """A period total next to the tolls of incidents inside that period: a difference of scope."""
    by_q: dict[tuple[str, str], list[_F]] = defaultdict(list)
    for (what, grp, _inc), fs in incidents.items():
        if grp:
            by_q[(what, grp)].extend(fs)
    out: list[Disagreement] = []
    for (what, grp), cfs in cumulative.items():
        inc = by_q.get((what, grp))
        if not inc:
            continue
        for c in cfs:
            if c.since is None or c.t is None:
                continue
            inside = [f for f in inc if f.when is not None and c.since <= f.when <= c.t]
            if not inside:
                continue
            seen: dict[object, _F] = {}
            claims: set[tuple] = set()
            for f in sorted(inside, key=lambda f: (f.when, f.seq)):
                claim = (f.value(), f.fig.claimant)
                if f.incident in seen or (f.fig.claimant and claim in claims):  # one claim, several reports
                    continue
                claims.add(claim)
                seen[f.incident] = f
            parts = "; ".join(namer.ival(f) for f in seen.values())
            total = sum(f.lo for f in seen.values())
            note = (" The incident figures add up to more than the period total."
                    if c.fig.high is not None and total > c.fig.high else "")
            expl = (f"{namer.who(c)} gives {fmt_value(c.fig.low, c.fig.high)} {grp} {what.replace('_', ' ')} "
                    f"from {_day(c.since)} to {_day(c.t)}, a period total; other figures count single incidents "
                    f"within it: {parts}.{note}")
            out.append(Disagreement(id=_did("scope-incidents", [c, *seen.values()]),
                                    subject=_subject(what, grp, c.since), kind="scope", explanation=expl,
                                    values=[_dv(c)] + [_dv(f) for f in seen.values()]))
    return out


def _scope_by_who(groups: dict[tuple[str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """Same ``what`` for a group and a sub-group ("soldiers" vs "Turkish soldiers"): a difference of scope."""
    by_what: dict[str, list[str]] = defaultdict(list)
    for what, who in groups:
        if who:
            by_what[what].append(who)
    out = []
    for what, whos in by_what.items():
        whos = sorted(whos, key=len)[:30]  # a story has a handful of groups per quantity; cap the pairs
        for i, narrow in enumerate(whos):
            nw = set(narrow.lower().split())
            for wide in whos[:i]:
                ww = set(wide.lower().split())
                if not ww < nw:
                    continue
                a = _latest(groups[(what, wide)])
                b = _latest(groups[(what, narrow)])
                if a is None or b is None or _overlap(a, b):
                    continue
                expl = (f"Different groups are counted for {what.replace('_', ' ')}: {namer.val(a)} counts "
                        f"all {wide}, while {namer.val(b)} counts only {narrow}.")
                out.append(Disagreement(id=_did("scope-who", [a, b]), subject=f"{what.replace('_', ' ')}: {wide} "
                                        f"vs {narrow}", kind="scope", explanation=expl, values=[_dv(a), _dv(b)]))
    return out


_DISPLACED_SCOPES = ("refugees abroad", "internally displaced")


def _scope_displacement(groups: dict[tuple[str, str], list[_F]], namer: _Namer) -> list[Disagreement]:
    """People who fled abroad and people displaced inside the country are two populations: a difference of
    scope, never an update of one count by the other."""
    present = {grp: fs for (what, grp), fs in groups.items() if what == "displaced" and fs}
    out = []
    for i, a_grp in enumerate(_DISPLACED_SCOPES):
        for b_grp in [g for g in present if g != a_grp and (g not in _DISPLACED_SCOPES or
                                                           _DISPLACED_SCOPES.index(g) > i)]:
            if a_grp not in present:
                continue
            a, b = _latest(present[a_grp]), _latest(present[b_grp])
            if a is None or b is None:
                continue
            expl = (f"Two populations are counted: {namer.val(a)} counts {a_grp}, while {namer.val(b)} counts "
                    f"{b_grp}; neither figure updates the other.")
            out.append(Disagreement(id=_did("scope-displaced", [a, b]), subject=f"displaced: {a_grp} vs {b_grp}",
                                    kind="scope", explanation=expl, values=[_dv(a), _dv(b)]))
    return out


def _scope_treatment(items: list[_F], namer: _Namer) -> list[Disagreement]:
    """Everyone wounded and those still in treatment are two quantities: a difference of scope."""
    wounded = [f for f in items if f.fig.what == "wounded" and not f.fig.background]
    treated = [f for f in items if f.fig.what == "in_treatment" and not f.fig.background]
    a, b = _latest(wounded), _latest(treated)
    if a is None or b is None:
        return []
    expl = (f"Two quantities are counted: {namer.val(a)} counts everyone wounded, while {namer.val(b)} counts "
            f"those still in treatment; neither figure updates the other.")
    return [Disagreement(id=_did("scope-treatment", [a, b]), subject="people wounded: total vs still in treatment",
                         kind="scope", explanation=expl, values=[_dv(a), _dv(b)])]


def _latest(fs: list[_F]) -> Optional[_F]:
    return max(fs, key=lambda f: (f.t or _dt.date.min, f.seq)) if fs else None
