"""Each event dated by its own words, by family (sentences written for these tests; the full per-article analysis,
mentions kept apart so that each one's date can be read).

Families: the incident's day told before or after an undated act of violence (a report of one incident); the one
recent past day a report tells when no act of violence is dated; a time told before a noun by a verb that is not
the event ("on Thursday condemned the killings"); "according to X today" as a telling; bare clock times as the
hour, on the day told; a past-tense clause never naming a day after its report; anniversaries ("N years ago
today")."""
from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import unmerged_mentions

from sitrep.nlp.annotate import Annotator

TUE = dt.date(2021, 3, 9)  # a Tuesday
SUN = dt.date(2021, 3, 7)


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def mentions(annotator, text: str, published=TUE):
    """Every clause's event mention, restatements not folded together."""
    return unmerged_mentions(annotator, text, published)


def dated_by_report(annotator, text: str, word: str, published=TUE) -> bool:
    return by_trigger(mentions(annotator, text, published), word).date_precision == "reported"


def by_trigger(evs, word: str):
    hits = [e for e in evs if e.trigger.text == word]
    assert hits, [e.trigger.text for e in evs]
    return hits[0]


# -- the incident's day, told before or after ------------------------------------------------------------------

def test_an_undated_act_of_violence_far_down_a_one_incident_report_takes_its_day(annotator):
    text = ("A shopkeeper was shot dead on Sunday night outside his store in the old market, police said. "
            "Officers arrived within minutes and closed the street to traffic while they searched the area. "
            "Neighbours described the victim as a quiet man who had run the store for twenty years and knew "
            "every family in the street by name. Relatives gathered outside the hospital late into the night. "
            "The city council said it would discuss street lighting and more patrols for the market at its next "
            "meeting, and shop owners asked for cameras at both ends of the street. "
            "The gunman also wounded a passer-by as he fled on a motorcycle.")
    fired = by_trigger(mentions(annotator, text), "wounded")
    assert (fired.date_start, fired.date_precision) == (SUN, "day")
    assert fired.time is not None and "Sunday" in fired.time.span.text  # the evidence is the incident's own words


def test_the_incident_day_told_after_the_lead_dates_the_lead(annotator):
    text = ("A taxi driver was stabbed to death in the port district, police said. "
            "The attack happened early Sunday near the ferry terminal.")
    stabbed = by_trigger(mentions(annotator, text), "stabbed")
    assert (stabbed.date_start, stabbed.date_precision) == (SUN, "day")


def test_a_round_up_of_several_days_fills_nothing(annotator):
    assert dated_by_report(annotator, "Militiamen killed a farmer on Saturday near the river. On Monday soldiers "
                           "killed two herders in the hills. A teacher was also wounded in the village.", "wounded")


def test_a_present_perfect_count_is_not_dated_by_the_incident(annotator):
    text = ("A soldier was shot dead on Sunday at a checkpoint outside the town. "
            "More than 300 fighters have been killed in the region since the spring.")
    evs = mentions(annotator, text)
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert all(e.date_start != SUN for e in killed)


def test_other_attacks_are_not_the_incident(annotator):
    text = ("A bus driver was shot dead on Sunday in the northern suburbs. "
            "Other attacks carried out by the gang left several drivers wounded.")
    evs = mentions(annotator, text)
    other = [e for e in evs if e.trigger.text == "attacks"]
    assert all(e.date_precision != "day" or e.date_start != SUN for e in other)


# -- the one recent past day a report tells -------------------------------------------------------------------

def test_with_no_act_of_violence_dated_the_one_past_day_told_dates_them(annotator):
    text = ("The retired judge died at a clinic on Sunday. He was shot in the neck while he opened his shop.")
    shot = by_trigger(mentions(annotator, text), "shot")
    assert (shot.date_start, shot.date_precision) == (SUN, "day")


def test_a_day_of_telling_is_not_the_day_told(annotator):
    text = ("Police said on Monday that a guard had been shot at the depot. He was shot twice in the legs.")
    evs = mentions(annotator, text)
    assert all(e.date_start != dt.date(2021, 3, 8) or e.date_precision == "reported" for e in evs
               if e.trigger.text == "shot")


def test_a_day_months_back_is_background_not_the_incident_day(annotator):
    assert dated_by_report(annotator, "The protest marked the anniversary of the riots of 9 October 2020. "
                           "Two marchers were injured when the crowd was dispersed.", "injured")


# -- a time told before a noun, by a verb that is not the event --------------------------------------------------

def test_a_reaction_dated_before_the_noun_does_not_date_the_killing(annotator):
    # Monday dates the talks; nothing else dates the shelling
    assert dated_by_report(annotator, "The ministers on Monday discussed the shelling of the border villages.", "shelling")


def test_a_light_verb_lends_its_time_to_the_attack(annotator):
    evs = mentions(annotator, "Rebels launched an attack on the garrison on Sunday.")
    attack = by_trigger(evs, "attack")
    assert (attack.date_start, attack.date_precision) == (SUN, "day")


def test_a_time_after_the_noun_is_its_own(annotator):
    evs = mentions(annotator, "Investigators are looking into the bombing of the bridge on Sunday.")
    bombing = by_trigger(evs, "bombing")
    assert (bombing.date_start, bombing.date_precision) == (SUN, "day")


def test_according_to_sources_today_is_the_day_of_the_telling(annotator):
    assert dated_by_report(annotator, "According to army officers today, two drivers were killed by gunmen near "
                           "the quarry.", "killed")


# -- clock times: the hour, on the day told ------------------------------------------------------------------------

def test_a_bare_clock_takes_the_day_told_before_it_and_keeps_the_hour(annotator):
    text = ("Gunmen attacked a police post outside the town on Sunday. "
            "A bomb exploded at 1830 near the gate, the police said.")
    ev = by_trigger(mentions(annotator, text), "exploded")
    assert (ev.date_start, ev.date_precision) == (SUN, "day")
    assert ev.time is not None and ev.time.value == "2021-03-07T18:30" and ev.time.span.text == "1830"


def test_a_bare_clock_alone_is_the_hour_not_a_day(annotator):
    text = ("Witnesses said the fighting of 4 March had left the town empty. "
            "Two men were abducted at 2:15 a.m. from a farm outside the town.")
    ev = by_trigger(mentions(annotator, text), "abducted")
    assert ev.time is not None and ev.time.span.text == "2:15 a.m."
    assert ev.date_start != TUE or ev.date_precision == "reported"  # never the report's day claimed as the day


def test_military_clock_forms_are_times_not_years_or_counts():
    from sitrep.nlp.time import find_times

    def found(s):
        return [(t.span.text, t.value) for t in find_times(s, TUE)]
    assert found("The guard was stabbed at approximately 1400 (1900 GMT).") == [("1400", "2021-03-09T14:00"),
                                                                              ("1900 GMT", "2021-03-09T19:00")]
    assert found("They were seized between 0630 and 0700 on the road.") == [("0630", "2021-03-09T06:30"),
                                                                           ("0700", "2021-03-09T07:00")]
    assert found("Between 1500 and 1700 people fled the town.") == []
    assert found("About 1500 people fled.") == []


# -- normalisation: past clauses, anniversaries ------------------------------------------------------------------

def test_a_past_clause_never_names_a_day_after_its_report(annotator):
    evs = mentions(annotator, "As a commander she led a 21 October attack on the army depot.", published=dt.date(2021, 8, 24))
    attack = by_trigger(evs, "attack")
    assert (attack.date_start, attack.date_precision) == (dt.date(2020, 10, 21), "day")  # last October's


def test_years_ago_today_is_that_day():
    from sitrep.nlp.time import find_times
    t = find_times("Nine years ago today, the president's plane went down.", dt.date(2021, 5, 18))
    assert [(x.span.text, x.value, x.precision) for x in t] == [("Nine years ago today", "2012-05-18", "day")]


# -- clauses: relative clauses, later deeds, tellings -------------------------------------------------------------

def test_an_act_in_a_relative_clause_takes_its_event_nouns_day(annotator):
    text = "The council condemned the 7 March attack in which a bomb exploded outside the court."
    ev = by_trigger(mentions(annotator, text), "exploded")
    assert (ev.date_start, ev.date_precision) == (SUN, "day")


def test_a_later_deeds_time_does_not_date_the_killing(annotator):
    evs = mentions(annotator, "The priest was murdered and his body was found on Monday near the river.")
    murdered = by_trigger(evs, "murdered")
    assert murdered.date_start != dt.date(2021, 3, 8) or murdered.date_precision == "reported"


def test_an_admission_dates_the_telling_not_the_killing(annotator):
    assert dated_by_report(annotator, "The army admitted on Monday that soldiers killed four farmers near the border.",
                           "killed")


def test_a_clause_that_does_not_tell_a_plan_never_takes_a_day_after_the_report(annotator):
    evs = mentions(annotator, "The siege of the town, which rebels broke in the autumn, left hundreds dead.",
                   published=dt.date(2021, 3, 9))
    assert all(e.date_start is None or e.date_start <= dt.date(2021, 3, 9) for e in evs)


def test_a_clock_followed_by_its_gmt_time_is_a_clock():
    from sitrep.nlp.time import find_times
    t = find_times("The offensive began at 2000 (0200 GMT) in the capital.", TUE)
    assert [(x.span.text, x.value) for x in t] == [("2000", "2021-03-09T20:00"), ("0200 GMT", "2021-03-09T02:00")]


def test_a_round_up_paragraph_telling_one_incident_dates_its_undated_acts(annotator):
    text = ("Militiamen killed a farmer on Saturday near the river.\n\n"
            "On Monday soldiers shot dead two herders in the hills. A boy was wounded as the herders fled.")
    hurt = by_trigger(mentions(annotator, text), "wounded")
    assert (hurt.date_start, hurt.date_precision) == (dt.date(2021, 3, 8), "day")


def test_n_days_after_an_event_counts_back_from_the_day_told(annotator):
    text = "Workers on Saturday swept up broken glass from the platforms, a day after a missile attack killed 52 people."
    attack = by_trigger(mentions(annotator, text, published=dt.date(2021, 3, 13)), "attack")
    assert (attack.date_start, attack.date_precision) == (dt.date(2021, 3, 12), "day")
    text = "Officials urged residents on Sunday to leave the city, two days after the missile strike on the station."
    strike = by_trigger(mentions(annotator, text, published=dt.date(2021, 3, 14)), "strike")
    assert (strike.date_start, strike.date_precision) == (dt.date(2021, 3, 12), "day")


# -- the incident named again by a noun; days told in a noun of violence; "now" is no day told --------------------

GUARDS = "Two guards were shot dead on Sunday outside the grain depot, police said. "


def on_sunday(annotator, text: str, word: str) -> bool:
    ev = by_trigger(mentions(annotator, text), word)
    return (ev.date_start, ev.date_precision) == (SUN, "day")


def test_a_definite_noun_naming_the_incident_takes_its_day(annotator):
    assert on_sunday(annotator, GUARDS + "No armed group has so far claimed responsibility for the attack.", "attack")


def test_a_plural_or_an_earlier_attack_is_not_the_incident(annotator):
    assert dated_by_report(annotator, GUARDS + "No armed group has so far claimed responsibility for the recent "
                           "attacks on granaries.", "attacks")
    assert dated_by_report(annotator, GUARDS + "No armed group has so far claimed responsibility for the previous "
                           "attack.", "attack")


def test_a_present_perfect_lead_with_an_indefinite_noun_is_the_incident(annotator):
    assert on_sunday(annotator, "There has been a bomb attack on the main ferry terminal. The device exploded on "
                     "Sunday shortly before noon, police said.", "attack")


def test_now_or_currently_is_no_day_of_the_incident(annotator):
    assert dated_by_report(annotator, "A baker was shot dead in the market district, residents said. The current "
                           "situation in the district is tense, the mayor said.", "shot")


def test_a_day_told_in_a_noun_of_violence_is_the_incident_day(annotator):
    assert on_sunday(annotator, "The rebels denied any link with the assassination of the minister two days ago. "
                     "He was shot three times as he left his office.", "shot")


def test_a_blast_that_destroyed_something_takes_the_day_of_the_damage(annotator):
    assert on_sunday(annotator, "On Sunday, the fuel depot was destroyed by two dynamite blasts detonated by rebels.",
                     "blasts")



# -- parse and tagger slips (round four) ---------------------------------------------------------------------

def test_a_support_verb_the_lemmatiser_gets_wrong_still_lends_its_time(annotator):
    # the small model lemmatises "staged" as "stag": its time would be set aside as another verb's
    ev = by_trigger(mentions(annotator, "The insurgents this morning staged an assault on the barracks."), "assault")
    assert (ev.date_start, ev.date_precision) == (TUE, "day")


def test_lemmas_give_the_bare_forms_of_regular_inflection(annotator):
    from sitrep.events.date import lemmas

    doc = annotator.nlp("They staged raids, shelled towns and stopped trucks.")
    by = {t.text: lemmas(t) for t in doc}
    assert "stage" in by["staged"] and "shell" in by["shelled"] and "stop" in by["stopped"]
    assert "raid" in by["raids"] and "truck" in by["trucks"]


def _cut_doc(annotator, words, pos, heads, starts):
    from spacy.tokens import Doc

    return Doc(annotator.nlp.vocab, words=words, pos=pos, heads=heads, deps=["dep"] * len(words), sent_starts=starts)


def test_a_time_cut_off_its_sentence_at_a_line_break_dates_the_last_clause(annotator):
    # upper-case wire copy: the parse ends the sentence at the line break and leaves the time on a fragment
    from sitrep.events.date import cut_off

    doc = _cut_doc(annotator, ["A", "JUDGE", "WAS", "MURDERED", "AT", "0915", "THIS", "MORNING", "."],
                   ["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "DET", "NOUN", "PUNCT"],
                   [1, 3, 3, 3, 4, 4, 7, 4, 4], [1, 0, 0, 0, 1, 0, 0, 0, 0])
    first = next(iter(doc.sents))
    assert cut_off(first, [(None, [5, 6, 7])], doc[3]) == set(range(4, 9))
    # a verb after the trigger: the time belongs to that later clause, not to the murder
    doc = _cut_doc(annotator, ["A", "JUDGE", "WAS", "MURDERED", "AND", "FOUND", "AT", "0915", "."],
                   ["DET", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NUM", "PUNCT"],
                   [1, 3, 3, 3, 3, 3, 6, 6, 6], [1, 0, 0, 0, 0, 0, 1, 0, 0])
    assert cut_off(next(iter(doc.sents)), [(None, [7])], doc[3]) == set()


def test_a_fragment_that_opens_on_another_word_lends_no_time(annotator):
    from sitrep.events.date import cut_off

    doc = annotator.nlp("THE PLAN INCLUDES THE MURDER OF OFFICIALS, AS THE MINISTER\nCHARGED ON 4 MARCH.")
    sents = list(doc.sents)
    trig = next(t for t in doc if t.text == "MURDER")
    assert all(not cut_off(s, [], trig) for s in sents)


def test_a_telling_before_a_deed_does_not_take_the_deed_s_time(annotator):
    # upper-case copy: the tagger reads "EXPLODED" as a name and the parse hangs "TONIGHT" on the telling
    from spacy.tokens import Doc

    from sitrep.events.date import speech_time

    words = ["POLICE", "REPORTED", "THAT", "A", "BOMB", "EXPLODED", "TONIGHT", "."]
    doc = Doc(annotator.nlp.vocab, words=words, pos=["NOUN", "VERB", "SCONJ", "DET", "PROPN", "PROPN", "NOUN", "PUNCT"],
              heads=[1, 1, 5, 4, 5, 1, 1, 1], deps=["nsubj", "ROOT", "mark", "det", "compound", "ccomp", "npadvmod", "punct"],
              lemmas=["police", "report", "that", "a", "bomb", "EXPLODED", "tonight", "."])
    assert not speech_time(doc, [6], doc[5])  # the explosion's night, not the day of the report
    assert speech_time(doc, [6], doc[4])  # a noun the telling governs: "reported the bombing tonight"


def test_a_present_perfect_lead_takes_the_day_told_later(annotator):
    text = ("Gunmen have killed a local councillor in the south of the country, police said.\n\n"
            "The councillor was driving home on Sunday evening when he was ambushed at a crossroads.")
    ev = by_trigger(mentions(annotator, text), "killed")
    assert (ev.date_start, ev.date_precision) == (SUN, "day")


def test_a_present_perfect_count_over_a_period_is_no_lead(annotator):
    text = ("Some 40 villagers have been killed across the valley so far. "
            "A mortar shell hit a school on Sunday, wounding three pupils.")
    assert dated_by_report(annotator, text, "killed")


def test_a_present_perfect_lead_is_not_filled_after_a_later_sentence(annotator):
    # only the sentence that introduced the incident: a present perfect further down is a count or a record
    text = ("A mortar shell hit a school on Sunday, wounding three pupils. "
            "The rebels have killed dozens of civilians in the province.")
    assert dated_by_report(annotator, text, "killed")


# -- a day told by the verb of a blast's effect, a phrasal verb, or a fragment the parse cut off (round 5) -------

def test_a_day_told_by_a_phrasal_verb_of_a_blast_dates_the_report_s_undated_act(annotator):
    text = ("Three traders were wounded in the covered market, a hospital official said. "
            "The device went off near the fish stalls on Sunday.")
    hurt = by_trigger(mentions(annotator, text), "wounded")
    assert (hurt.date_start, hurt.date_precision) == (SUN, "day")


def test_riddled_with_bullets_tells_the_incident_s_day(annotator):
    text = ("Farm unions condemned the killing of a cooperative leader. "
            "He was riddled with bullets outside his home on Sunday.")
    kill = by_trigger(mentions(annotator, text), "killing")
    assert (kill.date_start, kill.date_precision) == (SUN, "day")


def test_a_day_told_in_a_fragment_cut_off_at_a_line_break_dates_the_incident(annotator):
    text = ("TWO PARTIES HAVE DENOUNCED THE MURDER OF A COOPERATIVE LEADER.  THE LEADER WAS RIDDLED WITH BULLETS OUTSIDE THE\n"
            "CENTRAL BUS TERMINAL THIS MORNING.  THE MAYOR ASKED FOR CALM.")
    kill = by_trigger(mentions(annotator, text), "MURDER")
    assert (kill.date_start, kill.date_precision) == (TUE, "day")


def test_a_day_of_another_deed_after_a_full_stop_is_no_incident_day(annotator):
    text = ("Farm unions condemned the killing of a cooperative leader. "
            "His family met the regional governor on Sunday.")
    assert dated_by_report(annotator, text, "killing")


# -- a day told right after a noun of violence, hung by the parse on a verb that cannot take it ------------------

def test_a_past_day_after_a_noun_of_violence_is_not_a_present_perfect_s(annotator):
    text = ("THE NEIGHBOURING GOVERNMENT HAS REJECTED ANY TIES TO THE KILLING OF OPPOSITION EDITOR JUAN PEREZ 8 DAYS AGO, "
            "A CHARGE MADE BY THE ARMY.")
    evs = mentions(annotator, text)
    kill = by_trigger(evs, "KILLING")
    assert (kill.date_start, kill.date_precision) == (dt.date(2021, 3, 1), "day")
    assert by_trigger(evs, "REJECTED").date_precision == "reported"  # the day is the killing's, not the rejection's


def test_a_second_day_after_a_noun_of_violence_is_the_noun_s(annotator):
    text = ("Four soldiers were detained in the last few hours over their suspected role in the murder of two "
            "farmers on 3 March. A military court will hear the case.")
    kill = by_trigger(mentions(annotator, text), "murder")
    assert (kill.date_start, kill.date_precision) == (dt.date(2021, 3, 3), "day")


def test_a_day_after_a_noun_that_names_no_violence_tells_no_incident_day(annotator):
    text = ("The government has denied any role in the arrest of the editor eight days ago. "
            "Unknown men wounded a guard outside the newspaper's office.")
    assert dated_by_report(annotator, text, "wounded")


# -- a time before a noun, the parse giving it no verb: a past form of another deed between them dates that deed --

def test_a_condemnation_s_day_is_not_the_attack_s_when_the_parse_finds_no_verb(annotator):
    text = "THE ECUADORAN GOVERNMENT TODAY CONDEMNED THE GRENADE ATTACK ON A POLICE STATION IN QUITO."
    attack = by_trigger(mentions(annotator, text), "ATTACK")
    assert attack.date_precision == "reported" and attack.time is None


def test_a_light_verb_between_a_time_and_a_noun_still_lends_it_the_time(annotator):
    text = "Armed men on Sunday staged an attack on a police post in the valley."
    attack = by_trigger(mentions(annotator, text), "attack")
    assert (attack.date_start, attack.date_precision) == (SUN, "day")


def test_a_day_told_of_a_separate_attack_is_not_the_day_of_the_acts_before_it(annotator):
    # branch tolls4: the only asserted act with a day is marked as another incident ("In a separate attack on
    # Monday"); the attack told before it ("Sunday's bombing", read as planned) is no Monday attack
    text = ("Police arrested two men suspected of helping to plan Sunday's bombing of a cafe in Pellow. The attack "
            "killed nine people and the bomber.\n\nIn a separate attack on Monday, a roadside bomb killed two soldiers "
            "near the town, a police officer said.")
    evs = mentions(annotator, text, published=dt.date(2021, 3, 10))
    assert by_trigger(evs, "attack").date_start != dt.date(2021, 3, 8)
