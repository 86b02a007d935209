"""The data model of sitrep: one module, plain dataclasses.

Every extracted value points back at characters of an article's clean text
through a :class:`Span` (``start``/``end`` are offsets into ``Article.text``).
Objects serialise to plain JSON-able dicts with :func:`to_dict` and come back
with :func:`from_dict`; the store, the exports and the Spark runner all use
these two functions, so the model is defined here and nowhere else.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

# Vocabularies (kept as plain strings in the objects so JSON stays simple).
PUBLISHED_HOW = ("header", "html-meta", "text", "corrected", "inferred", "unknown")
DATE_PRECISIONS = ("day", "week", "month", "quarter", "year", "decade", "unknown")
ENTITY_KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
PLACE_PRECISIONS = ("point", "town", "district", "province", "country", "region")
# "claimed": told only as one side's claim or accusation ("X accused Y of shelling"); "disputed": asserted by a
# source of the article and denied by another in the same article. Neither is an event that surely happened.
MODALITIES = ("asserted", "denied", "threatened", "planned", "conditional", "background", "claimed", "disputed")
DISAGREEMENT_KINDS = ("conflict", "update", "scope")
# Figure.what values that count people harmed (the fatality count of an event) or uprooted
KILLED_WHAT = frozenset({"killed", "dead", "deaths", "death", "fatalities", "killed_or_wounded"})
HUMANITARIAN_WHAT = frozenset({"displaced", "refugees", "in_need", "need_aid", "homeless", "fled", "returned"})
HARMED_WHAT = KILLED_WHAT | {"wounded", "injured", "missing", "detained", "arrested"}
# ACLED event types of violence (the ones that have tolls and perpetrators)
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
ARTICLE_STATUSES = ("ok", "skipped", "duplicate")


@dataclass
class Span:
    """A stretch of an article's clean text: ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Removed:
    """A piece of the raw input that the cleaner cut, kept for audit.

    Offsets are into ``Article.raw_text`` (the decoded input before cleaning).
    """

    start: int
    end: int
    reason: str  # "junk:captcha", "junk:vote-counter", "repeat", "boilerplate", ...
    text: str


@dataclass
class Article:
    id: str  # hash of the normalised clean text
    text: str  # clean text; every Span points into it
    source_path: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    byline: Optional[str] = None
    dateline: Optional[str] = None
    published: Optional[_dt.date] = None
    published_precision: str = "unknown"  # day, month, unknown
    published_how: str = "unknown"  # one of PUBLISHED_HOW
    # the date the header (metadata, byline) gave when the text showed it wrong and ``published`` was
    # corrected (published_how "corrected"); None otherwise
    published_header: Optional[_dt.date] = None
    wires: list[str] = field(default_factory=list)
    language: Optional[str] = None
    raw_text: str = ""  # decoded input before cleaning (what `removed` points into)
    removed: list[Removed] = field(default_factory=list)
    duplicate_of: Optional[str] = None  # id of the article this one copies (near-duplicate, wire copy)
    status: str = "ok"  # one of ARTICLE_STATUSES
    status_reason: Optional[str] = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Mention:
    """An entity mention: a name or an agent phrase ("regime forces")."""

    span: Span
    kind: str  # one of ENTITY_KINDS
    entity_id: Optional[str] = None  # canonical actor id ("SYR_GOV_FORCES") or a normalised id for unseen names
    name: Optional[str] = None  # canonical name
    label_hint: Optional[str] = None  # spaCy's NER label, a hint only


@dataclass
class TimeExpr:
    span: Span
    value: str  # TimeML-style value: 2020-02-27, 2020-W07, 2020-02, P2M, PAST_REF, XXXX-XX-XX
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    start: Optional[_dt.date] = None  # resolved interval (inclusive)
    end: Optional[_dt.date] = None
    precision: str = "unknown"  # one of DATE_PRECISIONS
    anchor: Optional[str] = None  # "dct:2020-02-27", "time:<start>", "unresolved"
    relative: bool = False  # True when the value depends on an anchor (weekday, "last week")
    future: bool = False  # clause is about the future


@dataclass
class Place:
    span: Span
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[str] = None  # GeoNames id, or "sup:<id>" for the supplement
    country: Optional[str] = None  # ISO 3166-1 alpha-2
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    feature_class: Optional[str] = None  # GeoNames class/code, e.g. "P.PPL", "A.ADM1", "R.RD"
    precision: str = "town"  # one of PLACE_PRECISIONS
    confidence: float = 0.0
    # "name": the text names the place; "demonym": an adjective standing for a country or continent ("Russian
    # troops", "European airlines"); "embedded": the place an organisation is named after ("the Texas Rangers",
    # "Seattle police"). Both are kept as references to the place and never used as where an event happened.
    mention: str = "name"


@dataclass
class Attribution:
    span: Span  # the claimant phrase
    cue: str  # "said", "according to", "told AFP"
    claimant_id: Optional[str] = None
    claimant_name: Optional[str] = None
    claim_start: Optional[int] = None  # the stretch of text the attribution covers
    claim_end: Optional[int] = None


@dataclass
class Figure:
    id: str
    span: Span
    what: str  # killed, wounded, displaced, detained, soldiers, targets, tanks, area_km2, people, ...
    who: Optional[str] = None  # civilians, Turkish soldiers, regime personnel
    low: Optional[float] = None
    high: Optional[float] = None
    as_of: Optional[_dt.date] = None
    since: Optional[_dt.date] = None  # start of the period counted ("since December")
    claimant: Optional[str] = None  # canonical claimant id
    claimant_name: Optional[str] = None
    unit: Optional[str] = None  # people, km2, ...
    background: bool = False  # restates old context
    # the count the words give where the bounds alone do not say it: N of "about N" / "nearly N" (whose bounds are
    # the band 0.9N..1.1N / 0.9N..N), the low end of a range or of a plural number word ("between 10 and 20": 10,
    # "thousands": 2,000); None for an exact count or a bound ("at least N": low N, high None)
    best: Optional[float] = None
    hedge: Optional[str] = None  # the qualifier: approx, near, gt, ge, le, lt, range, vague (nlp/numbers.py rules)


@dataclass
class ActorRef:
    entity_id: str
    name: str
    span: Optional[Span] = None
    role: str = "primary"  # primary, associate
    confidence: Optional[float] = None  # actor1: how surely the sentence names it as the one who acted


@dataclass
class EventMention:
    id: str
    article_id: str
    sentence: Span  # the evidence: the sentence (or clause) the event was read from
    event_type: str  # ACLED event_type, or "Political" for PLOVER-only events
    sub_event_type: Optional[str] = None
    plover: Optional[str] = None
    trigger: Optional[Span] = None
    actor1: Optional[ActorRef] = None
    actor2: Optional[ActorRef] = None
    associates: list[ActorRef] = field(default_factory=list)
    place: Optional[Place] = None
    place_source: str = ""  # what placed it: "clause", "sentence", or "article" (the article's main place)
    time: Optional[TimeExpr] = None
    date_start: Optional[_dt.date] = None
    date_end: Optional[_dt.date] = None
    date_precision: str = "unknown"  # day, week, month, ..., "reported" when only the publication date is known
    fatalities: Optional[Figure] = None
    figures: list[str] = field(default_factory=list)  # Figure ids
    claimant: Optional[str] = None
    claimant_name: Optional[str] = None
    modality: str = "asserted"  # one of MODALITIES
    confidence: float = 0.5
    # not an ACLED event (a disaster, an accident, ordinary crime): "natural_disaster", "man_made_disaster", "crime";
    # such events have event_type "Outside ACLED" and are kept apart from political violence
    outside: Optional[str] = None
    # every span of the article that tells this same incident again ("the attack", "the explosion", "killed",
    # "wounded" in later sentences), besides ``sentence`` (events/merge.py)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Analysis:
    """Everything the per-article stages found in one article."""

    article_id: str
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)


@dataclass
class Event:
    id: str
    event_type: str
    sub_event_type: Optional[str] = None
    plover: Optional[str] = None
    date_start: Optional[_dt.date] = None
    date_end: Optional[_dt.date] = None
    date_precision: str = "unknown"
    place: Optional[Place] = None
    actor1: Optional[ActorRef] = None
    actor2: Optional[ActorRef] = None
    fatalities_best: Optional[float] = None
    fatalities_low: Optional[float] = None
    fatalities_high: Optional[float] = None
    mentions: list[EventMention] = field(default_factory=list)
    n_sources: int = 0
    n_independent_sources: int = 0
    modality: str = "asserted"
    summary: str = ""


@dataclass
class DisagreementValue:
    low: Optional[float]
    high: Optional[float]
    as_of: Optional[_dt.date]
    claimant: Optional[str]
    article_id: str
    figure_id: str  # the figure compared, or the event mention that holds a claim
    claim: Optional[str] = None  # a claim that is no number: who is responsible ("Military Forces of Russia")


@dataclass
class Disagreement:
    id: str
    subject: str
    kind: str  # one of DISAGREEMENT_KINDS
    explanation: str
    values: list[DisagreementValue] = field(default_factory=list)


@dataclass
class TimelineEntry:
    date: Optional[_dt.date]
    precision: str
    text: str
    event_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass
class IncidentToll:
    """One distinct incident's deaths, from every claim about it (stories/totals.py)."""

    event_ids: list[str]
    place: Optional[str] = None
    date: Optional[_dt.date] = None
    best: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    claimant: Optional[str] = None  # set when one claimant alone gives the count: that party's claim
    n_claims: int = 0


@dataclass
class ClaimValue:
    """One claimant's latest value of a key figure (stories/totals.py)."""

    claimant: str  # who is quoted, else the reporting outlet ("" when the report names none)
    low: Optional[float]
    high: Optional[float]
    as_of: Optional[_dt.date]
    figure_id: str
    article_id: str
    quoted: bool = True  # False: nobody is quoted, the claim is the outlet's own


@dataclass
class KeyFigure:
    """What is counted, for whom, since when, and each claimant's latest claim (stories/totals.py decides; the
    report and the web view show it)."""

    what: str
    group: str
    claims: list[ClaimValue] = field(default_factory=list)
    since: Optional[_dt.date] = None  # a period total ("since December"): never grouped with incident counts
    n_articles: int = 0
    # a death count over a period with no start date ("since the war began", "the offensive has by now killed 900"):
    # never grouped with incident counts either
    period: bool = False
    kind: str = "agree"  # agree: one value; differ: claimants differ; incidents: counts that may be of several incidents


@dataclass
class StoryTotal:
    """A story's total over distinct incidents, with how it was made (stories/totals.py)."""

    what: str
    best: float
    low: float
    high: float
    n_incidents: int
    how: str
    incidents: list[IncidentToll] = field(default_factory=list)
    party_claims: list[IncidentToll] = field(default_factory=list)  # counted only by the acting side: not added


@dataclass
class Story:
    id: str
    title: str = ""
    article_ids: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    summary: str = ""
    totals: Optional[StoryTotal] = None  # deaths over distinct incidents (stories/totals.py)
    key_figures: list[KeyFigure] = field(default_factory=list)  # latest claim per claimant, per what and group


# --------------------------------------------------------------------------- serialisation


def event_id_of(mention_id: str) -> str:
    """The id an event gets when ``mention_id`` is its first mention (``Event.id``). Every mention of an event
    also names it this way in the store's aliases, so an id stays answerable after relinking renames it."""
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:12]


def to_dict(obj: Any) -> Any:
    """Turn a model object (or list/dict of them) into JSON-able data; dates become ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_convert(inner, v) for v in value]
    if origin is dict:
        return dict(value)
    if tp is _dt.date:
        return value if isinstance(value, _dt.date) else _dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a model object of class ``cls`` from :func:`to_dict` output (unknown keys are ignored)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)
