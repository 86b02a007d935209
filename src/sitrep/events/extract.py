"""Event mention extraction: who did what to whom, where, when, how many, according to whom.

For each sentence of a parsed article, :func:`extract_events` finds the trigger words and groups them by
clause (``triggers.py``), then :func:`_build` fills one event per clause by asking each decision in turn,
each in its own module with its evidence:

========================  =====================================================================
``triggers.py``           trigger sense: which words name an event, one group per clause
``subtype/``              the ACLED/PLOVER type, refined by weapon words and actors (a module a family)
``participants.py``       roles: actor1 (who acted), actor2 (acted on), associates
``place/``                where: clause, then sentence, then the article's main place (a module a decision)
``date/``                 when: the clause's date, a carried date, else the report's date (a module a decision)
``incident_date.py``      a one-incident report's day for the past acts of violence it left undated
``fronted_time.py``       a sentence opening on a past time ("In 2023, ...") sets its undated deeds then
``modality/``             asserted, denied, threatened, planned, background ... (a module a decision)
``reference.py``          whether an event word points at an incident told before, a series, a possibility
``weapon_habit.py``       "have used bombs in crowded places": a group's habit or capability, no incident
``toll.py``               the clause's figures and its fatality count (the toll's other decisions: ``toll_*.py``)
``claimant.py``           according to whom
``subtype_model.py``      the learned sub-type decision where the rules leave a generic type
``crime.py``              ordinary crime with no political actor is flagged outside ACLED
``merge.py``              restatements of one violent incident in one article become one mention
========================  =====================================================================

The evidence span of every event is its sentence, which contains the trigger.
"""
from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.events.accusation import accusation_modality, claim_restated, credit_accusations
from sitrep.events.charged_killing import accident_charge, killing_charge, reported_death
from sitrep.events.antecedent_weapon import antecedent_weapon_lemmas
from sitrep.events.carrier import carrier_lemmas
from sitrep.events.charged_suspect import charged_deed, credit_suspects, criminal_charge
from sitrep.events.member_doer import credit_member_group
from sitrep.events.planner_doer import credit_planner
from sitrep.events.private_deed import drop_force_of_private_deed
from sitrep.events.adjunct_blame import credit_adjunct_blame
from sitrep.events.own_phrase_target import drop_own_phrase_targets
from sitrep.events.claimant import claimant_told
from sitrep.events.crime import armed_side_killing, article_cues, ordinary_crime, petty_arrest
from sitrep.events.date import choose_date
from sitrep.nlp.time.dateline_day import in_dateline
from sitrep.events.fronted_time import share_fronted_time, take_opening_day
from sitrep.events.host_time import old_host
from sitrep.events.participle_background import share_head_background
from sitrep.events.weeks_before import mark_weeks_before
from sitrep.events.relative_background import share_antecedent_background
from sitrep.events.quoted_words import pronoun_deed_in_quote
from sitrep.events.verdict_report import verdict_quote, verdict_report
from sitrep.events.whole_year import mark_past_years
from sitrep.events.old_incident import date_old_retellings, mark_old_incidents
from sitrep.events.trend import compared_count, included_in_trend, ranked_in_series, trend_count
from sitrep.events.incident_date import fill_incident_dates, mark_older_incidents
from sitrep.events.court_report import date_court_deeds
from sitrep.events.deps import tokens_of
from sitrep.events.incident_steps import drop_policing_deployments, fold_steps
from sitrep.events.interception_fold import fold_interceptions
from sitrep.events.counter_takeover import fold_claimed_takeovers
from sitrep.events.merge import merge_restatements
from sitrep.events.merge_reference import assert_sole_reference
from sitrep.events.arrests_retold import fold_retold_arrests
from sitrep.events.pact_retold import fold_retold_pacts
from sitrep.events.named_retelling import credit_named_retelling
from sitrep.events.relation_named import credit_relation_names
from sitrep.events.suicide_doer_named import credit_suicide_doer
from sitrep.events.deal_terms import fold_deal_terms
from sitrep.events.kin_deaths import drop_kin_deaths
from sitrep.events.foiled_plot import fold_foiled_plots
from sitrep.events.spoils import fold_spoils
from sitrep.events.side_burning import fold_side_burnings
from sitrep.events.summed_round_up import drop_period_leads, drop_plural_references, drop_summed_round_ups
from sitrep.events.kin_victims import kin_civilians
from sitrep.events.no_harm import zero_tolls
from sitrep.events.shots_denied import deny_unfired_shootings
from sitrep.events.joined_burning import joined_burning
from sitrep.events.fatal_burning import retype_fatal_burnings
from sitrep.events.going_on import fighting_as_state, fighting_goes_on
from sitrep.events.region_setting import spread_perfect, where_war_goes_on
from sitrep.events.contested_blame import drop_contested_doers, drop_denied_and_returned
from sitrep.events.takeover_fight import fold_takeover_fights
from sitrep.events.other_deeds import other_deeds
from sitrep.events.protest_actors import acled_protest_sides
from sitrep.events.same_sides import drop_same_sides
from sitrep.events.protest_fold import fold_into_protests
from sitrep.events.demonstration_day import date_undated_demonstrations
from sitrep.events.modality import event_modality, series_span, state_of_war
from sitrep.events.reference import attack_record
from sitrep.events.munitions import less_lethal_lemmas
from sitrep.events.ontology import Ontology, TriggerPattern, TypeDef, load_ontology
from sitrep.events.one_side import one_side_each
from sitrep.events.generic_actors import name_generic_groups
from sitrep.events.generic_doers import unidentified_generic_doers
from sitrep.events.speaker_doers import drop_speaker_doers
from sitrep.events.vague_tolls import drop_open_vague_tolls
from sitrep.events.leader_forces import credit_leader_forces
from sitrep.events.claimed_attackers import credit_claimed_attackers
from sitrep.events.handover import handover_sides
from sitrep.events.body_blame import credit_body_blame
from sitrep.events.weapon_launcher import credit_weapon_launcher
from sitrep.events.headline_blame import credit_headline_blame
from sitrep.events.headline_line import headline as _headline
from sitrep.events.title_day import date_from_title
from sitrep.events.mutual_blame import drop_mutual_blame
from sitrep.events.ordered_men import credit_ordering_commander
from sitrep.events.blamed_deed import credit_blamed_deeds
from sitrep.events.described_doer import name_described_doers
from sitrep.events.claims import (claimant_forces, credit_bare_claims, credit_restated_doer, credit_told_doer,
                                  drop_own_boasts)
from sitrep.events.participants import armed_branch, assign_actors, battle_dead_no_side, credit_claims, read_roles
from sitrep.events.place import article_place, choose_place
from sitrep.events.place.speaker_site import speaker_site
from sitrep.events.roles import ActorFinder, lemma
from sitrep.events.subtype import armed_pair, event_type
from sitrep.events.civilian_convoy import civilian_convoy
from sitrep.events.surnamed import credit_surnamed_suspect
from sitrep.events.suspected_of import credit_suspected_of
from sitrep.events.official_speakers import drop_official_doers
from sitrep.events.subtype_model import decide
from sitrep.events.told_blast import retype_told_blasts
from sitrep.events.another_deed import retype_another_deed
from sitrep.events.told_harm import drop_hazard_harm, retype_disaster_killing, retype_told_harm
from sitrep.events.hit_hurt import hit_none_died_hurt
from sitrep.events.hospital_hurt import hospital_counts_hurt
from sitrep.events.first_count import drop_first_account_counts
from sitrep.events.hurt_only import hurt_only_tolls
from sitrep.events.attacker_death import add_attacker_death, add_attacker_wound
from sitrep.events.killer_slain import add_slain_killer
from sitrep.events.killers_killed import add_killers_killed
from sitrep.events.hurt_one_by_one import add_hurt_one_by_one
from sitrep.events.hurt_died import (drop_hurt_own_toll, drop_hurt_since_died, drop_hurt_who_died,
                                     drop_lone_hurt_who_died, drop_victim_told_hurt)
from sitrep.events.hedged_doer import assert_hedged_killings, assert_hedged_retold
from sitrep.events.officer_hurt import add_officer_hurt
from sitrep.events.murder_suicide import add_doer_suicide_told_after, recount_suicide_victims
from sitrep.events.ordinal_body import fold_ordinal_bodies
from sitrep.events.hurt_lists import widen_hurt_lists
from sitrep.events.hurt_later import add_later_hurt
from sitrep.events.toll import (add_doer_suicide, attach_orphan_tolls, attach_orphan_wounds, clause_figures, drop_told_wound_deaths, fatality_count,
                                move_reaction_tolls, add_also_tolls, share_fuller_tolls, split_counted_deeds,
                                unshare_sentence_tolls, fold_toll_updates)
from sitrep.events.triggers import SPEECH_ACTS, Group, Trigger, clause_tokens, find_triggers, group_triggers, month_name
from sitrep.events.word_senses import aircraft_not_instrument, dug_mine, forced_march
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, Analysis, EventMention, Place, Span
from sitrep.nlp.doctext import doc_attr, doc_sents, doc_text

_BLOCK_KINDS = ("PERSON", "ORG", "GPE", "FAC", "LOC")


def _units(doc):  # type: ignore[no-untyped-def]
    """Sentences, cut again at blank lines (headlines and datelines the sentence splitter glued on)."""
    text, idx, texts = doc_text(doc), doc_attr(doc, "idx"), doc_attr(doc, "text")
    spaces, wss = doc_attr(doc, "is_space"), doc_attr(doc, "whitespace_")

    def blank(a: int, b: int) -> bool:  # tokens [a, b) hold only white space (token lists, no Span built)
        return a >= b or not text[idx[a]:idx[b - 1] + len(texts[b - 1])].strip()

    for sent in doc_sents(doc):
        start = sent.start
        for i in range(sent.start, sent.end):
            if (spaces[i] and "\n\n" in texts[i]) or "\n\n" in wss[i]:
                end = i if spaces[i] else i + 1
                if not blank(start, end):
                    yield doc[start:end]
                start = i + 1
        if not blank(start, sent.end):
            yield doc[start : sent.end]


def _titles(doc, ctx, headlines) -> list[str]:  # type: ignore[no-untyped-def]
    """The article's title (cut off by ingest), its headline lines, and a first line with no final punctuation."""
    text = doc_text(doc)
    out = [ctx.title] if getattr(ctx, "title", None) else []
    out += [text[h.start_char:h.end_char] for h in headlines]
    first = next(iter(_units(doc)), None)
    if first is not None and text[first.start_char:first.end_char].strip()[-1:] not in tuple('.!?"\'”’)»…'):
        out.append(text[first.start_char:first.end_char])
    return out


@dataclass
class _Article:
    """What every clause of one article is read against, built once by :func:`_article`."""

    doc: Any
    ctx: Any
    analysis: Analysis  # its places only those named by a name
    onto: Ontology
    finder: ActorFinder
    aid: str
    published: Optional[_dt.date]
    blocked: list[tuple[int, int]]  # entity and place spans no trigger is read inside
    place_spans: tuple[tuple[int, int], ...]  # places finer than a country or a region
    fallback_place: Optional[Place]  # the article's main place
    times: list  # type: ignore[type-arg]  # the article's times, less the dateline's date
    tok_of_time: list  # type: ignore[type-arg]  # (time, its token indexes)
    tok_of_place: list  # type: ignore[type-arg]  # (place, its token indexes)
    tok_of_fig: list  # type: ignore[type-arg]  # (figure, its token indexes)
    killed_toks: frozenset[int]  # tokens of the counts of dead
    crime_cues: Any  # events/crime.article_cues


def _article(doc, ctx, analysis: Analysis) -> _Article:  # type: ignore[no-untyped-def]
    """The article's parts the clauses are read against: its actors, places, times and figures by token."""
    onto = load_ontology()
    if any(p.mention != "name" for p in analysis.places):
        # a demonym ("Turkish troops") refers to a country but never says where an event happened
        analysis = copy.copy(analysis)
        analysis.places = [p for p in analysis.places if p.mention == "name"]
    # the story's focus when the caller knows it, else the article's own country where the article is unambiguous
    # about it (ActorFinder.report_country): "police opened fire" in a report set in one country is its police
    finder = ActorFinder(analysis, onto, getattr(ctx, "country_focus", []) or [], doc=doc)
    published: Optional[_dt.date] = getattr(ctx, "published", None)
    blocked = [(m.span.start, m.span.end) for m in analysis.entities if m.kind in _BLOCK_KINDS]
    place_spans = tuple((p.span.start, p.span.end) for p in analysis.places if p.precision not in ("country", "region"))
    blocked += [(p.span.start, p.span.end) for p in analysis.places]
    fallback_place = article_place(analysis, getattr(ctx, "dateline", None), doc)
    # a dateline's date ("PESHAWAR, Pakistan, 14 November 2025 —") is when the copy was filed: it dates no deed
    times = [t for t in analysis.times if not in_dateline(doc_text(doc), t)]
    tok_of_time = [(t, tokens_of(doc, t.span.start, t.span.end)) for t in times]
    tok_of_place = [(p, tokens_of(doc, p.span.start, p.span.end)) for p in analysis.places]
    tok_of_fig = [(f, tokens_of(doc, f.span.start, f.span.end)) for f in analysis.figures]
    widen_hurt_lists(analysis.figures, tok_of_fig, doc)  # "a woman and her two daughters were injured": three
    killed_toks = frozenset(i for f, ts in tok_of_fig if f.what in KILLED_WHAT for i in ts)
    return _Article(doc, ctx, analysis, onto, finder, ctx.article_id, published, blocked, place_spans, fallback_place,
                    times, tok_of_time, tok_of_place, tok_of_fig, killed_toks, article_cues(doc))


def extract_events(doc, ctx, analysis: Analysis, merge: bool = True) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """Event mentions of one parsed article (see the module docstring); ``merge=False`` keeps every clause's
    mention (restatements of one incident not folded together).

    The stages, in this order: read each sentence's clauses, retype deeds by what the report tells of them, read a
    charge of killing where no violent deed is told, drop deaths told twice, share the tolls, date the incidents,
    credit the doers, then (with ``merge``) fold restatements, count the tolls, fold the steps of protests and
    attacks, drop contested blame."""
    art = _article(doc, ctx, analysis)
    out, headlines = _read_units(art)
    _retype(out, doc)
    if not any(e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" for e in out):
        # "X was charged with murder after a woman was found dead": the charge tells the killing
        # (events/charged_killing; a background deed alone, "The killings are the city's seventh and eighth
        # homicides", tells none)
        _read_charged_killing(art, out)
    if not any(e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" for e in out):
        assert_hedged_killings(out, analysis.figures)  # "for allegedly killing his wife" ... "was pronounced dead"
    else:
        assert_hedged_retold(out)  # "allegedly killed his brother and nephew" ... "fired at them, both of whom died"
    out = drop_hazard_harm(_drop_deaths_told_twice(out, doc), doc)  # "Lightning killed 21. Nine were hurt."
    unshare_sentence_tolls(out, doc)  # one count outside every clause, taken by two events: whose dead is not said
    if not verdict_report(art.doc):  # (a verdict's report names its old case by reference: no news, events/verdict_report)
        assert_sole_reference(out, art.published)  # a report that tells its incident only by reference reports it
    _share_tolls(out, doc)
    _date_incidents(out, doc, art.times, art.published)
    date_from_title(out, doc, art.times, getattr(ctx, "title", None), art.published)  # "Sunday market bombing ..." over an undated body
    titles = _titles(doc, ctx, headlines)
    _credit_doers(out, art, titles)
    if not merge:
        out = unidentified_generic_doers(out, art.finder, doc)  # "Assailants killed five": an unidentified armed group
        drop_speaker_doers(out)  # "The spokesperson ... said the raiders ... struck": who tells is not who did
        drop_same_sides(out)  # "The army personnel killed six subversives": the army is not its own target
        return out
    out = drop_period_leads(out)  # "... killed five over the past day" before the incidents told one by one
    out = _fold_restatements(out)
    out = fold_claimed_takeovers(out, doc)  # "repelled an attack ... the RSF said its forces had taken the town": one fight
    out = fold_deal_terms(out, doc)  # "signed a truce ..., agreeing to share wells": the truce's terms, no second deal
    out = _count_tolls(out, art.analysis, doc)
    drop_open_vague_tolls(out)  # "the army killed dozens of the attackers": no count (not 24)
    credit_suicide_doer(out, doc, art.aid)  # "shot his wife ... They found X, 52, his wife Y ... dead": X
    out = drop_policing_deployments(out, doc)  # "police deployed 3,000 officers", "sent to protect the town"
    out = _fold_steps(out)
    date_undated_demonstrations(out, doc)  # "Police fired tear gas in Dakar on Thursday ... In Kaolack, supporters marched"
    out = _drop_contested_blame(out, doc_text(doc), titles)
    zero_tolls(out, [s.start for s in art.analysis.sentences], doc_text(doc))  # "... There were no casualties.": 0
    deny_unfired_shootings(out, doc_text(doc))  # "a message saying guests had been shot ... 'No shots were fired'"
    hurt_only_tolls(out, art.analysis.figures)  # "threw a grenade into a bar, wounding five people": 0 dead
    out = kin_civilians(out)  # "killed ... and his younger brother wounded" by a named side: Civilians
    out = unidentified_generic_doers(out, art.finder, doc)  # "Assailants killed five" naming no one: an unidentified group
    drop_speaker_doers(out)  # "The spokesperson ... said the raiders ... struck": who tells is not who did
    drop_same_sides(out)  # "The army personnel killed six subversives": the army is not its own target
    out = drop_summed_round_ups(out)  # "In all, 36 were killed in the three incidents" after each: their sum
    return drop_plural_references(out)  # "The attacks come two weeks after ..." after two incidents: those told


def _read_units(art: _Article) -> tuple[list[EventMention], list]:  # type: ignore[type-arg]
    """The mentions of each sentence, and the headlines, which are read only where the body tells no violence."""
    out: list[EventMention] = []
    headlines = []
    for sent in _units(art.doc):
        if _headline(sent):
            headlines.append(sent)  # told again in the body: read only where the body tells no violence
            continue
        _read_unit(sent, art, out)
    if headlines and not any(e.event_type in VIOLENT_EVENT_TYPES for e in out):
        # a headline alone ("Man shot dead in Kell"), or a body that only reacts to it: the headline's deed
        n = len(out)
        for sent in headlines:
            _read_unit(sent, art, out)
        if len(out) > n:
            out.sort(key=lambda e: e.trigger.start)
    return out, headlines


def _retype(out: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Deeds whose type the report's other sentences tell: a bomb's blast, a stampede's hurt, a fire's dead."""
    retype_another_deed(out, doc)  # "an air strike killed 11 ... another strike hit a school": an air strike
    retype_told_blasts(out, doc)  # "A bomb went off ... Four were hurt in the blast": the bomb's blast, no accident
    retype_told_harm(out, doc)  # "A stampede killed four. Twenty people were injured.": the stampede's, no attack
    retype_disaster_killing(out, doc)  # "A fire swept through a factory, killing 52": the fire's dead, no attack
    retype_fatal_burnings(out, doc)  # "were burnt to death after unknown people set their house on fire": an attack


def _drop_deaths_told_twice(out: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """Deaths that are another deed's end or a speaker's background, not incidents of their own."""
    out = drop_told_wound_deaths(out, doc)  # "X was shot ... He died of gunshot wounds": the shooting, not two
    return drop_kin_deaths(out, doc)  # "said X, whose two sisters were killed in ...": X's background, no incident


def _share_tolls(out: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Tolls told of one incident in several sentences, given to the mentions of it."""
    move_reaction_tolls(out)
    share_fuller_tolls(out)  # "the murder of X" ... "X was killed along with two guards": 3 on both
    add_also_tolls(out, doc)  # "X was murdered. Two of her guards were also killed.": 3


def _date_incidents(out: list[EventMention], doc, times, published: Optional[_dt.date]) -> None:  # type: ignore[no-untyped-def]
    """The one incident's day for its undated deeds, and the past deeds marked background."""
    date_old_retellings(out, published)  # "killed in the 2019 bombings. Suicide bombers struck three churches": 2019
    fill_incident_dates(out, doc, times, published)
    date_court_deeds(out, doc, published)  # a trial's "stabbed to death, a jury heard": the case's day, never the report's
    mark_older_incidents(out, published)  # "A man was shot Tuesday. Last month, two were killed nearby.": 1
    mark_past_years(out, published)  # "defended the town in 1991, when it was shelled": a past year is no news
    mark_old_incidents(out, published)  # "jailed over the bombing of 14 June 2022": an incident months back is no news
    share_fronted_time(out)  # "In 2023, a march was broken up by police, who arrested 12 students": all in 2023
    take_opening_day(out, doc, times, published)  # "On Sunday, clashes had sent families ...; two were killed": Sunday
    mark_weeks_before(out, doc)  # "The bombing came four weeks after a suicide bomber rammed ...": an older deed
    share_head_background(out, doc)  # "gunmen attacked ... in 2023, killing 1,200 and taking 251 hostages": all old
    share_antecedent_background(out, doc, times, published)  # "the killings in March 2005, in which attackers opened fire": old too


def _credit_doers(out: list[EventMention], art: _Article, titles: list[str]) -> None:
    """The doer of a deed told in another sentence: a claim, a restatement, an accusation, a charge, a headline."""
    doc, finder = art.doc, art.finder
    drop_own_phrase_targets(out, doc)  # "operatives of X, known as Y, engaged them": Y is X, not its target
    credit_claims(out, finder, doc_text(doc))  # "The Taliban claimed the attack" names the attacker next door
    credit_restated_doer(out, finder, doc_text(doc))  # "X may have been poisoned." ... "X was poisoned by Y": Y
    credit_told_doer(out, finder, doc_text(doc))  # "A bomb killed 12. It was carried out by X.": X
    credit_adjunct_blame(out, doc, finder)  # "A strike killed 14, in an attack that medics attributed to X": X
    credit_bare_claims(out, finder, doc_text(doc), doc=doc)  # "Gunmen killed 4 ... . X claimed responsibility.": X
    credit_claimed_attackers(out, finder, doc_text(doc))  # "X said its fighters attacked ... The attackers ...": X
    credit_ordering_commander(out, doc, finder)  # "A commander of X ordered his men to attack ...": X
    drop_own_boasts(out)  # "... X claimed it had killed nine soldiers": the bombing told before, in X's words
    credit_accusations(out, doc_text(doc))  # "... and blamed the rebels for it": the rebels did the deed told before
    credit_blamed_deeds(out, doc_text(doc), finder)  # "Rebels attacked ... . The minister blamed X for the assault": X
    name_described_doers(out, doc, finder, doc_text(doc))  # "Fighters from the Somali Islamist group": al-Shabaab
    name_generic_groups(out, finder, doc)  # "FARC guerrillas ... the guerrillas attacked": the FARC
    credit_suspects(out, doc, art.analysis.entities, art.aid)  # "A man was shot ... X, 24, was charged with murder": X
    credit_surnamed_suspect(out, doc, art.aid)  # "A man surnamed Park was detained": Park
    credit_suspected_of(out, doc, art.onto, art.aid)  # "X, 47, is suspected of strangling his mother": X
    credit_named_retelling(out, doc)  # "A man shot his sister ... . X, 26, opened fire on his sister": X
    credit_relation_names(out, doc, art.aid)  # "set on fire by her husband ... Her husband, K. Srinivas (31),": him
    credit_member_group(out, doc, finder, art.aid)  # "Police arrested X ... He was a member of the Y gang": Y, X
    credit_planner(out, doc)  # "X was shot dead ... . Y had planned the killing and hired the shooter": Y
    credit_headline_blame(out, titles, finder, art.onto)  # "X blamed for ambush" over "militants": X
    credit_body_blame(out, doc, finder)  # "A bomb killed 5 ... . Officials said they suspected X militants.": X
    credit_weapon_launcher(out, doc, finder)  # "Drones struck a market ... . the drones had been launched by X": X
    drop_official_doers(out, doc)  # "district police chief X said the victim ...": X told the deed, never did it
    credit_leader_forces(out)  # "Hemedti's fighters shelled ...": the RSF, whose leader he is
    drop_force_of_private_deed(out, doc, finder, art.aid)  # "A police constable shot his wife": not the police force


def _fold_restatements(out: list[EventMention]) -> list[EventMention]:
    """Restatements of one incident become one mention; a fight, an arrest's retelling, a plot, spoils fold in."""
    out = merge_restatements(out)
    out = fold_takeover_fights(out)  # "recaptured the town ... killed in the battle": the taking, with its dead
    out = fold_retold_arrests(out)  # "arrested three men ... The men were detained on Wednesday": one arrest
    out = fold_retold_pacts(out)  # "signed a ceasefire on Monday ... signed the document at a hotel": one deal
    out = fold_foiled_plots(out)  # "foiled a terror plot with the arrest of three men": the arrests
    out = fold_interceptions(out)  # "intercepted a missile ... the Houthis said they had fired the missile": one
    out = fold_spoils(out)  # "arrested three gunmen ... Four rifles were recovered": the arrest's (or fight's) spoils
    return fold_side_burnings(out)  # "ambushed the bus ... and set it on fire": the ambush's damage


def _count_tolls(out: list[EventMention], analysis: Analysis, doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """The merged incidents' tolls: updates, counts told apart, the hurt who died, the doers' own deaths."""
    sent_starts = [s.start for s in analysis.sentences]
    out = fold_toll_updates(out, analysis.figures, sent_starts, doc)  # "the toll rose to 9"
    drop_first_account_counts(out, analysis.figures, doc)  # "had initially said three were killed": the lede's two
    fold_ordinal_bodies(out, analysis.figures, sent_starts, doc)  # "the bodies of nine ... and a tenth body was found"
    attach_orphan_tolls(out, analysis.figures, sent_starts, doc)
    hospital_counts_hurt(out, analysis.figures, doc)  # "Five others were being treated": the wounded, none else told
    attach_orphan_wounds(out, analysis.figures, sent_starts, doc)  # "Four others were hurt."
    drop_hurt_who_died(out, analysis.figures, doc)  # "A third person has died from injuries": one hurt fewer
    drop_hurt_since_died(out, analysis.figures, doc)  # "Four died and seven were hurt" ... "one of the wounded died"
    drop_lone_hurt_who_died(out, analysis.figures)  # "He was taken to hospital ... where he succumbed": no one hurt
    drop_hurt_own_toll(out, analysis.figures, doc)  # "Four ... were injured ... one of the injured died": three hurt
    drop_victim_told_hurt(out, analysis.figures)  # "A woman ... succumbed ... the victim had sustained burns": none
    hit_none_died_hurt(out, analysis.figures, doc)  # "Two men were stabbed ..." and no death told: two hurt
    recount_suicide_victims(out, doc, analysis.figures)  # "killed the children before taking his own life": 2, not "his"
    add_doer_suicide(out, doc, analysis.figures)  # "shot and killed his wife before turning the gun on himself": 2
    add_doer_suicide_told_after(out, doc, analysis.figures)  # "shot dead his wife. [...] He turned the gun on himself."
    add_attacker_death(out, analysis.figures, doc_text(doc), doc)  # "killed two ... before he was shot dead by police": 3
    add_slain_killer(out, analysis.figures, doc)  # "A man who shot dead his wife and her sister was killed by police": 3
    add_killers_killed(out, analysis.figures, doc)  # "Two gunmen who shot dead a businessman were themselves killed": 3
    add_hurt_one_by_one(out, analysis.figures, doc)  # "Their mother was treated for burns. A neighbour was treated ...": 2
    add_attacker_wound(out, analysis.figures, doc_text(doc), doc)  # "wounded a neighbor before police shot and wounded him": 2
    add_officer_hurt(out, analysis.figures, doc)  # "another woman has been injured ..., and a police officer was hurt": 2
    add_later_hurt(out, analysis.figures, doc)  # "two others were wounded ... Two more victims later arrived at hospitals": 4
    return out


def _fold_steps(out: list[EventMention]) -> list[EventMention]:
    """A protest's side events and an attack's steps folded into the protest or the attack."""
    out = fold_into_protests(out)  # "Police said three officers were injured and 12 people detained": the riot's
    acled_protest_sides(out)  # "police fired tear gas at marchers": Protesters (X) acted, the police intervened
    return fold_steps(out)  # "surrounded the church and opened fire", "troops were sent to the area": the attack's


def _drop_contested_blame(out: list[EventMention], text: str, titles: list[str]) -> list[EventMention]:
    """No doer where the sides blame each other or the one blamed denies it and blames back."""
    out = drop_contested_doers(out, text)  # "The army accused X of firing ... X said the army fired": no doer
    out = drop_denied_and_returned(out, text)  # "X denied it and accused the army of the killing": no doer
    return drop_mutual_blame(out, text, titles)  # "Twelve killed; army and rebels blame each other": no doer


def _read_unit(sent, art: _Article, out: list[EventMention]) -> None:  # type: ignore[no-untyped-def]
    """The event mentions of one sentence (or headline), appended to ``out``."""
    onto, finder = art.onto, art.finder
    trigs = find_triggers(sent, onto, art.blocked, art.place_spans)
    if not trigs:
        return
    groups = split_counted_deeds(group_triggers(trigs, onto), onto, art.killed_toks)
    all_heads = {t.i for g in groups for t in g.heads()}
    clauses = [clause_tokens(g, all_heads) for g in groups]
    sent_idx = set(range(sent.start, sent.end))
    for gi, g in enumerate(groups):
        ev = _build(g, clauses, gi, sent, sent_idx, art, out)
        if ev is not None and ev.outside is None and ordinary_crime(
                ev.sub_event_type, ev.event_type, sent,
                finder.is_state(ev.actor1) is not None or finder.is_state(ev.actor2) is False, art.crime_cues):
            ev.outside = "crime"  # a robbery, a domestic killing: outside ACLED, kept apart
        if ev is not None and not petty_arrest(ev.sub_event_type, sent, art.crime_cues):  # "held for shoplifting"
            out.append(ev)


def _read_charged_killing(art: _Article, out: list[EventMention]) -> None:
    """A report that tells a death and no violent deed, but a charge or a police inquiry of murder: the crime noun
    of the first such charge is the killing (an asserted attack), its toll the report's first count of dead."""
    death = reported_death(art.analysis.figures)
    if death is None or verdict_report(art.doc):
        return  # (a report of a verdict: the charge names the case's old deed, events/verdict_report)
    finder = art.finder
    for sent in _units(art.doc):
        tok = None if _headline(sent) else next((t for t in sent if killing_charge(t)), None)
        if tok is None or accident_charge(tok, out):
            continue  # (a charge of manslaughter after a ferry sank: the accident's dead, no killing)
        g = Group(tok, [Trigger(tok, TriggerPattern(lemma(tok), (), "NOUN", art.onto.types["vac.attack"]))])
        ev = _build(g, [clause_tokens(g, set())], 0, sent, set(range(sent.start, sent.end)), art)
        if ev is None:
            return
        ev.modality = "asserted"  # the charge holds that the deed was done
        if ev.fatalities is None:
            ev.fatalities = death
            ev.figures.append(death.id)
        if ev.outside is None and ordinary_crime(ev.sub_event_type, ev.event_type, sent, finder.is_state(
                ev.actor1) is not None or finder.is_state(ev.actor2) is False, art.crime_cues):
            ev.outside = "crime"
        out.append(ev)
        return


def _build(g: Group, clauses: list[set[int]], gi: int, sent, sent_idx: set[int], art: _Article,  # type: ignore[no-untyped-def]
           prev: Optional[list[EventMention]] = None) -> Optional[EventMention]:
    """One event mention from one clause group: each field from its own decision module, in this order: whether
    the clause tells a deed at all, its actors, its type, its sides, where, when, its modality, its toll, who
    tells it."""
    onto, finder, analysis, published = art.onto, art.finder, art.analysis, art.published
    clause = clauses[gi]
    other_clauses = set().union(*[c for j, c in enumerate(clauses) if j != gi]) if len(clauses) > 1 else set()
    primary = g.primary(onto)
    trig = primary.tok
    prev = prev or []
    if _no_deed_of_its_own(trig, prev):
        return None
    roles = read_roles(g, primary, analysis.places)
    actor1, actor2, associates = assign_actors(g, primary, roles, finder, analysis, onto, prev, sent, art.aid)
    tdef = _clause_type(g, primary, clause, other_clauses, sent, onto, finder, actor1, actor2)
    if joined_burning(trig, tdef.sub_event_type, prev):
        return None  # "killed three civilians and burned twenty houses": the burning is the attack's (ACLED)
    actor1, actor2 = _typed_sides(tdef, primary, actor1, actor2, roles, trig, finder.actor)

    actor_spans = [a.span for a in [actor1, actor2, *associates] if a is not None and a.span is not None]
    place, place_level = choose_place(g, primary, roles, clause, sent, sent_idx, onto, analysis, art.tok_of_place,
                                      art.fallback_place, actor_spans)
    if speaker_site(place, primary, art.tok_of_place, prev):
        place, place_level = None, "none"  # "The presidency in Abuja condemned the killings": not where they were

    clause_times = [t for t, ts in art.tok_of_time if ts and ts[0] in clause]
    time, date_start, date_end, precision, toll, clause = choose_date(
        primary, clause, other_clauses, sent, sent_idx, art.tok_of_time, onto.cue("toll_verbs"), published, prev)

    figs = clause_figures(art.tok_of_fig, clause)
    mod, actor1 = _modality(g, primary, tdef, clause, clause_times, time, figs, place, actor1, art)
    if mod in UNREALISED:
        place, place_level, time, date_start, date_end, precision = unrealised_where_when(
            place, place_level, time, date_start, date_end, precision, clause_times, published)
    fatalities = _fatalities(figs, trig, mod, sent_idx, other_clauses, art.tok_of_fig)
    claimant, claimant_name, said_as = claimant_told(sent, trig, g, analysis.attributions, finder)
    if actor1 is None and mod == "asserted" and tdef.event_type in VIOLENT_EVENT_TYPES:
        actor1 = claimant_forces(claimant, actor2, finder, said_as)  # "the ministry said 35 enemy soldiers were killed"
    conf = _confidence(g, primary, onto, actor1, actor2, place_level, time)

    return _mention(art, sent, trig, tdef, actor1=actor1, actor2=actor2, associates=associates, place=place,
                    place_source=place_level if place is not None else "", time=time, date_start=date_start,
                    date_end=date_end, date_precision=precision, fatalities=fatalities, figures=[f.id for f in figs],
                    claimant=claimant, claimant_name=claimant_name, modality=mod, confidence=conf)


def _mention(art: _Article, sent, trig, tdef: TypeDef, **fields) -> EventMention:  # type: ignore[no-untyped-def]
    """The EventMention record of a built event: its id, trigger and sentence spans from the trigger's token and
    its sentence, its type and outside mark from its type definition; ``fields`` are what ``_build``'s decision
    modules chose (actors, place, date, modality, toll, claimant, confidence)."""
    aid = art.aid
    tspan = Span(aid, trig.idx, trig.idx + len(trig.text), trig.text)
    return EventMention(
        id=f"{aid}:ev:{tspan.start}-{tspan.end}",
        article_id=aid,
        sentence=Span(aid, sent.start_char, sent.end_char, doc_text(sent.doc)[sent.start_char:sent.end_char]),
        event_type=tdef.event_type,
        sub_event_type=tdef.sub_event_type,
        plover=tdef.plover,
        trigger=tspan,
        outside=tdef.outside,
        **fields,
    )


def _no_deed_of_its_own(trig, prev: list[EventMention]) -> bool:  # type: ignore[no-untyped-def]
    """A charge: a legal step, or the name of a killing told before; no deed of its own."""
    if charged_deed(trig) and any(e.event_type in VIOLENT_EVENT_TYPES for e in prev):
        return True  # "booked on suspicion of murder" after the killing is told: the charge names it, no deed of its own
    return bool(criminal_charge(trig))  # "X was charged with murder": a legal step, no political accusation (no PLOVER ACCUSE)


def _clause_type(g: Group, primary, clause: set[int], other_clauses: set[int], sent, onto: Ontology,  # type: ignore[no-untyped-def]
                 finder: ActorFinder, actor1, actor2):
    """The clause's type: the rules over its words and actors, then the learned decision where they leave it generic."""
    doc = sent.doc
    trig = primary.tok
    # (a month is no protest march: "ousted in a military coup in March")
    # ("were deported or marched to their deaths": people made to march, no protest march)
    # ("killed 11 miners at a small mine": the pit where they worked, no landmine; word_senses.dug_mine)
    toks = [doc[i] for i in clause]  # (each Token built once)
    clause_lemmas = {lemma(t) for t in toks if not month_name(t) and not forced_march(t) and not dug_mine(t)}
    air = clause_lemmas & onto.cue("instrument_air")
    if air and all(aircraft_not_instrument(t) for t in toks if lemma(t) in air):
        # "opened fire on a passenger plane", "attacked with anti-aircraft guns": the aircraft is no instrument
        clause_lemmas -= air
    # "fired teargas shells at the students": police kit for crowds, no shelling (events/munitions)
    clause_lemmas -= less_lethal_lemmas(toks)
    # "an explosive dropped from a drone hit a house, killing two": the killing's weapon is told by the clause it
    # follows (events/carrier)
    clause_lemmas |= carrier_lemmas(trig, onto, lemma, frozenset(other_clauses))
    # "the suicide bomber who killed six policemen": the relative clause's weapon is its noun's (events/antecedent_weapon)
    clause_lemmas |= antecedent_weapon_lemmas(trig, onto, lemma)
    state1, state2 = finder.is_state(actor1), finder.is_state(actor2)
    # "the rebels killed four herders and stole their cattle": a known armed side's killing, no crime (events/crime)
    primary = armed_side_killing(g, primary, onto, state1) or primary
    trig = primary.tok
    tdef = event_type(g, primary, onto, clause_lemmas, state1, actor2, SPEECH_ACTS, state2, actor1)
    # the learned decision, where the rules leave a generic type (not to a weapon named only in another deed's clause;
    # not a fight of two sides both known armed into a one-sided attack: it reads words, not who the sides are)
    return decide(onto, tdef, sent, trig, other=frozenset(other_clauses),
                  armed_sides=armed_pair(state1, actor1, state2, actor2),
                  civilian_target=tdef.code == "vac.attack" and civilian_convoy(trig, onto))


def _typed_sides(tdef, primary, actor1, actor2, roles, trig, actor_of):  # type: ignore[no-untyped-def]
    """The two sides as the type reads them: who holds whom, who takes a place handed over, a side's armed
    branch, one side each."""
    if tdef.code == "sd.arrests" and primary.tdef.code == "sd.agreement":
        actor1, actor2 = actor2, actor1  # "X surrendered to officers": the officers hold X
    # "peacekeepers handed over the camp to the army": the army takes it over (events/handover)
    actor1, actor2 = handover_sides(trig, tdef.sub_event_type, actor1, actor2, actor_of)
    actor1 = armed_branch(actor1, tdef.event_type, tdef.plover)
    actor2 = armed_branch(battle_dead_no_side(tdef.event_type, actor2, roles), tdef.event_type, tdef.plover, victim=True)
    return one_side_each(actor1, actor2, trig.idx)


def _modality(g: Group, primary, tdef, clause: set[int], clause_times, time, figs, place, actor1,  # type: ignore[no-untyped-def]
              art: _Article):
    """(modality, actor1): events/modality's reading, then background where the deed is the war's state, a run of
    deeds, a statistic, a speaker's words or another deed than the incident (whose blamed doer is then dropped)."""
    trig = primary.tok
    mod = event_modality(g, primary, tdef, art.onto, clause_times, time, figs, actor1, art.published)
    mod = "background" if mod == "asserted" and _told_as_background(g, trig, clause, clause_times, figs, place,
                                                                       art) else mod
    if tdef.event_type in VIOLENT_EVENT_TYPES:
        mod = accusation_modality(trig, mod)  # "accused X of bombing Y": the deed is the accuser's claim
        if mod in ("asserted", "claimed") and attack_record(trig, art.onto):
            mod = "background"  # "the county has seen several attacks blamed on X": its history, not an incident
        if other_deeds(trig):  # "similar attacks", "earlier blasts": other deeds than the incident
            # blamed on someone ("blamed earlier blasts on X"), they name whom the blame is about, not the incident's doer
            mod, actor1 = "background", (None if mod == "claimed" else actor1)
    if mod in ("asserted", "claimed") and trig.dep_ == "ccomp" and claim_restated(trig):
        mod = "background"  # "X claimed the attack, saying it had seized weapons": the claimed deed told again
    return mod, actor1


def _told_as_background(g: Group, trig, clause: set[int], clause_times, figs, place, art: _Article) -> bool:  # type: ignore[no-untyped-def]
    """An asserted deed told as the war's state, an old host's, a run of deeds, a speaker's words or a statistic
    (the first reading that holds; the later ones are not asked)."""
    tok_of_time = art.tok_of_time
    return bool(
        state_of_war(trig, g.head, place, clause_times, figs)
        # "in X, where the army is fighting insurgents", "have planted bombs on several routes": the region's war and
        # a run of deeds, not the incident (events/region_setting)
        or where_war_goes_on(trig, clause_times, figs) or spread_perfect(trig, clause_times, figs)
        # "as fighting between the factions went on in the city", "fighting continues": the war's state (events/going_on)
        or fighting_goes_on(trig, art.onto, {i for _, ts in tok_of_time for i in ts}, figs)
        # "Fighting in the region has displaced thousands since 2022", "the cartel is fighting a rival gang for
        # control of the trade": the war's state, not a clash (events/going_on)
        or fighting_as_state(trig, art.onto, {i for _, ts in tok_of_time for i in ts}, figs)
        or old_host(g.head, tok_of_time, art.published)
        # "attacks by the group in recent years", "killings over the past decade": a run of deeds (events/modality)
        or series_span(trig, [t for t, _ in tok_of_time])
        # '"They fought to the last bullet," said X': a speaker's words, no incident (events/quoted_words)
        or pronoun_deed_in_quote(trig, clause, clause_times, figs)
        # '"He was killed for money," she said' in a report of a verdict: words about the case (events/verdict_report)
        or verdict_quote(trig, clause_times, figs)
        or trend_count(trig)  # "kidnappings rose": a statistic
        or included_in_trend(trig)  # "attacks rose to 612 last year, including nine killings": a share of it
        # "5,741 people were murdered in the quarter, down from 6,523": a period's figure against an earlier one
        or compared_count(trig)
        # "the fourth teenager shot dead in the city this month", "its 30th homicide of the year": a rank in a count
        or ranked_in_series(trig))


def _fatalities(figs, trig, mod: str, sent_idx: set[int], other_clauses: set[int], tok_of_fig):  # type: ignore[no-untyped-def]
    """The clause's count of dead; none for a deed threatened or planned ("a plot to kill the judge")."""
    fatalities = fatality_count(figs, trig, tok_of_fig, sent_idx, other_clauses)
    if mod == "threatened" or (mod == "planned" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in trig.children)):
        # "a plot to kill the judge", "threatened to kill the hostages": no one has died of it (a deed in question,
        # "an inquiry to determine whether gunmen murdered X", keeps the dead it names)
        return None
    return fatalities


UNREALISED = frozenset({"planned", "threatened"})


def unrealised_where_when(place, place_level, time, date_start, date_end, precision, clause_times, published):  # type: ignore[no-untyped-def]
    """Where and when of a deed still to come ("residents hurried to leave before an expected assault", "it will
    be harder to leave once the fighting starts"): only what its own clause says. The article's main place
    (often the dateline, where the reporter is) is not where a plan will be carried out, and a day told by
    another clause of the sentence dates that clause, not the plan: blank place, the report's date."""
    if place_level == "article":
        place, place_level = None, ""
    if time is not None and time not in clause_times:
        time = None
        date_start = date_end = published
        precision = "reported" if published is not None else "unknown"
    return place, place_level, time, date_start, date_end, precision


def _confidence(g: Group, primary, onto: Ontology, actor1, actor2, place_level: str, time) -> float:  # type: ignore[no-untyped-def]
    """How much of the event the clause itself says: an actor, a place of its own, a date, a specific pattern."""
    conf = 0.45
    conf += 0.15 if actor1 is not None else 0.0
    conf += 0.05 if actor2 is not None else 0.0
    conf += {"clause": 0.1, "sentence": 0.05}.get(place_level, 0.0)
    conf += 0.1 if time is not None else 0.0
    conf += 0.05 if primary.pattern.deps else 0.0
    if primary.tok.lemma_.lower() in onto.cue("kill_lemmas") and len(g.triggers) == 1:
        conf -= 0.05
    return round(max(0.05, min(0.95, conf)), 2)
