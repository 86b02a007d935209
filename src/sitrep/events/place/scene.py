"""One event's reading of its places (:class:`PlaceScene`): which mentions are usable and located, and how the
candidates rank (:meth:`PlaceScene.pick`)."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional

from sitrep.events.came_from import doers_origin, journey_end
from sitrep.events.deps import overlaps
from sitrep.events.distance_ref import distance_reference
from sitrep.events.home_town import home_town_mention, town_of_one
from sitrep.events.ontology import Ontology
from sitrep.events.place.care_sites import care_site
from sitrep.events.place.court_sites import court_site
from sitrep.events.place.funeral_sites import funeral_site
from sitrep.events.place.locative import LOCATIVE_PREPS, _city_side, _locative_prep_of, labels_site_noun, locative
from sitrep.events.place.ranks import PRECISION_RANK, place_rank, resolved
from sitrep.events.place.speech_site import statement_site
from sitrep.events.place.targets import unnamed_town
from sitrep.events.triggers import Group, Trigger
from sitrep.model import Analysis, Place


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
        if funeral_site(doc, ts) or court_site(doc, ts):
            return False  # "the body was brought to X for a funeral", "a court in X convicted": the aftermath's place
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
