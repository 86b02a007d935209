"""Decides the one country a report is about (:meth:`_ReportCountry.report_country`,
:meth:`_ReportCountry.named_countries`) and what it gives a phrase that names no one: "police fired", "soldiers shot" in
a report set in one country are its forces (:meth:`_ReportCountry._of_report_country`,
:meth:`_ReportCountry.report_forces`, data/bare_forces.tsv); "the regime" in a report that names no country is a state's
rulers of no country (:meth:`_ReportCountry._unnamed_state`). A part of :class:`ActorFinder`. Tests:
tests/test_actor_naming_country.py, tests/test_actor_loyalties.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.bare_state import bare_state_noun, state_of_bare_noun
from sitrep.events.roles.words import bare_forces, police_unit_patterns
from sitrep.model import ActorRef, Span


# actor types whose country says who reports or speaks, not where a report is set (ActorFinder.report_country)
_NO_COUNTRY_TYPES = frozenset({"media", "ngo", "monitor", "international"})


# armed groups that fight across borders ("JNIM", a Malian group, in Burkina Faso): their country does not unsettle
# a report set in one country whose own state is named in it (report_country)
_CROSSING_TYPES = frozenset({"rebel", "militia"})


class _ReportCountry:
    """The part of :class:`ActorFinder` that reads the report's one country."""

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

    def _police_security_forces(self, tok, ref: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "Security forces killed ten rebels" read as a state's military, in a report that names a unit of that
        state's police ("a team of the Central Reserve Police Force", "commandos of the District Reserve Guard") and
        no army, soldiers or troops (data/police_units.tsv): that state's police. None otherwise."""
        if ref is None or not ref.entity_id.endswith("_MIL") or tok.lower_ != "forces" \
                or not any(c.lower_ == "security" for c in tok.lefts):
            return None
        got = getattr(self, "_police_only", None)
        if got is None:
            police, army = police_unit_patterns()
            text = tok.doc.text
            got = self._police_only = bool(police.search(text)) and not army.search(text)
        res = getattr(self.resolve, "__self__", None)
        entry = res.actors.get(ref.entity_id) if got and res is not None else None
        if not entry or not entry.get("country"):
            return None
        aid, name = res.role_actor(entry["country"], "POLICE")
        return ActorRef(aid, name, ref.span, ref.role, ref.confidence) if aid else None

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
