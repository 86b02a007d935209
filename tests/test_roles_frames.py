"""Attackers that are not the subject of the trigger (events/participants.py, data/agent_frames.tsv), on sentences
written for these tests: a passive's by-phrase hung on a later word, the accused of "charged/indicted/accused ... for
the shooting", "responsible for", "its efforts to", participle clauses, dates that never act; negatives included."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def a1(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.span.text if ev.actor1 is not None and ev.actor1.span is not None else None


def a2(ev):  # type: ignore[no-untyped-def]
    return ev.actor2.span.text if ev.actor2 is not None and ev.actor2.span is not None else None


def test_a_by_phrase_hung_on_a_later_word_still_names_the_attacker(ann):
    ev = violent(ann, "Two farmers were shot dead outside their house by government soldiers on Monday.")[0]
    assert a1(ev) == "government soldiers"
    assert a2(ev) == "Two farmers"


def test_a_by_phrase_naming_a_place_names_no_attacker(ann):
    ev = violent(ann, "Two farmers were shot dead outside their house by the river.")[0]
    assert ev.actor1 is None


def test_the_one_indicted_for_a_shooting_is_its_actor_and_never_its_victim(ann):
    ev = violent(ann, "Prosecutors indicted the officer for the killing of a student last year.")[0]
    assert a1(ev) == "the officer"
    assert a2(ev) != "the officer"


def test_the_one_responsible_for_an_attack_is_its_actor(ann):
    ev = violent(ann, "Police said the rebels were responsible for the bombing of the market.")[0]
    assert a1(ev) == "the rebels"


def test_responsible_for_a_participle_and_engaged_in(ann):
    assert a1(violent(ann, "The rebels were responsible for killing the mayor.")[0]) == "The rebels"
    assert a1(violent(ann, "The army is engaged in shelling the town.")[0]) == "The army"


def test_someone_outraged_by_a_bombing_is_not_its_actor(ann):
    ev = violent(ann, "The senator was outraged by the bombing of the market.")[0]
    assert ev.actor1 is None


def test_the_possessor_of_efforts_to_kill_is_the_actor_through_its_antecedent(ann):
    ev = violent(ann, "Hamas renewed its efforts to kill the commander.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Hamas" and a1(ev) == "its"


def test_a_plan_with_no_owner_names_no_actor(ann):
    ev = violent(ann, "Analysts doubt the plan to bomb the embassy.")[0]
    assert ev.actor1 is None


def test_a_day_never_acts(ann):
    ev = violent(ann, "Militants carried out the Sunday attack on the base.")[0]
    assert a1(ev) == "Militants"
    ev = violent(ann, "Sunday's shooting at the club left five dead.")[0]
    assert ev.actor1 is None


def test_the_victim_of_a_nominal_killing_is_its_of_phrase_and_a_date_is_no_target(ann):
    ev = violent(ann, "The massacre of villagers by the militia shocked the country.")[0]
    assert a1(ev) == "the militia" and ev.actor2 is not None and ev.actor2.name == "Civilians"
    ev = violent(ann, "The shooting on Sunday killed four people.")[0]
    assert a2(ev) != "Sunday"


def test_a_person_named_like_a_town_is_still_the_victim(ann):
    ev = violent(ann, "A court indicted the officer for the fatal shooting of Sharon Brooks in 2019.")[0]
    assert a2(ev) == "Sharon Brooks"
    assert a1(ev) == "the officer"


def test_an_unknown_demonym_before_government_is_not_the_focus_country():
    from sitrep.nlp.actor_lexicon import get_resolver

    r = get_resolver()
    # (a demonym the dictionary lacks; "Kazakh" was one until branch subtypes17 added Kazakhstan)
    assert r.resolve("the Bhutanese government", ["SY"]) is None
    assert r.resolve("the Kazakh government", ["SY"]) == ("KAZ_GOV", "Government of Kazakhstan")
    assert r.resolve("the government", ["SY"]) == ("SYR_GOV", "Government of Syria")
    assert r.resolve("the Japanese government", ["US"]) == ("JPN_GOV", "Government of Japan")


def test_a_named_latin_american_guerrilla_group_is_the_attacker(ann):
    ev = violent(ann, "FMLN urban commandos attacked the army barracks in the capital on Tuesday night.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "FMLN"


def test_a_name_the_tagger_read_as_a_participle_after_by_is_still_the_agent(ann):
    ev = violent(ann, "Two policemen were killed by Shining Path guerrillas near the town.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "SHINING_PATH"
    ev = violent(ann, "The town was shaken by shelling that killed two people.")[0]
    assert ev.actor1 is None


def test_victims_named_by_a_religious_group_a_relative_pronoun_or_a_personal_pronoun(ann):
    ev = violent(ann, "The militia carried out a massacre of Christians in the north.")[0]
    assert a2(ev) == "Christians"
    ev = violent(ann, "The girl who was stabbed died in hospital.")[0]
    assert ev.actor2 is not None and ev.actor2.name == "Civilians" and a2(ev) == "The girl"
    evs = violent(ann, "Ahmed Saleh left his house on Monday. He was shot by gunmen at the checkpoint.")
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Ahmed Saleh" and a2(evs[0]) == "He"


def test_a_pronoun_victim_with_no_name_before_it_stays_blank(ann):
    ev = violent(ann, "The group said it killed them.")[0]
    assert ev.actor2 is None


def test_who_names_the_deed_did_not_do_it(ann):
    ev = violent(ann, "Officials called it sexual assault, but the family called it rape.")[0]
    assert ev.actor1 is None


def test_the_accused_of_a_list_of_deeds_is_their_actor_not_the_accuser(ann):
    ev = violent(ann, "The panel accused the militia of abductions, torture and killings of farmers.")[0]
    assert a1(ev) == "the militia"


def test_a_by_phrase_of_an_event_noun_hung_on_the_verb_that_takes_it(ann):
    ev = violent(ann, "Last month the region saw three shootings at markets by masked gunmen.")[0]
    assert a1(ev) == "masked gunmen"


def test_sports_fans_who_fight_are_the_actors(ann):
    # (a riot, no battle: ACLED Mob violence; branch protests4, subtype fan_clash)
    import datetime as dt

    from sitrep.nlp.annotate import DocContext

    evs = ann.annotate("The fans clashed with police outside the stadium.", DocContext("r1", published=dt.date(2023, 5, 6))).events
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert a1(evs[0]) == "The fans"


def test_a_group_led_assault_names_the_leading_group_even_when_tagged_as_a_common_noun(ann):
    ev = violent(ann, "An ISIS-led assault on the town killed 12 people.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "ISIS"


def test_an_unidentified_attacker_is_the_unidentified_armed_group_and_a_named_bomber_his_group(ann):
    ev = violent(ann, "A suicide bomber killed 20 people at a mosque in Kabul.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (Afghanistan)"
    ev = violent(ann, "A Taliban suicide bomber killed 20 people at a mosque in Kabul.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Taliban"
    ev = violent(ann, "Unknown attackers killed a teacher in a village of Kandahar province, Afghanistan.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (Afghanistan)"


def _parsed(words, heads, deps, pos, tags):  # type: ignore[no-untyped-def]
    """A Doc with a parse given by hand: the parser's own mistakes, reproduced exactly."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_participle_hung_on_the_object_before_its_comma_takes_the_main_subject():
    from sitrep.events.participants import subject_of

    # "The men hit the guards, beating them": the parser hung "beating" on "guards" as acl
    doc = _parsed(["The", "men", "hit", "the", "guards", ",", "beating", "them", "."],
                  [1, 2, 2, 4, 2, 4, 4, 6, 2],
                  ["det", "nsubj", "ROOT", "det", "dobj", "punct", "acl", "dobj", "punct"],
                  ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                  ["DT", "NNS", "VBD", "DT", "NNS", ",", "VBG", "PRP", "."])
    assert subject_of(doc[6]).text == "men"
    # without the comma the participle describes the guards ("the guards beating them"): no change
    doc = _parsed(["The", "men", "saw", "the", "guards", "beating", "them", "."],
                  [1, 2, 2, 4, 2, 4, 5, 2],
                  ["det", "nsubj", "ROOT", "det", "dobj", "acl", "dobj", "punct"],
                  ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
                  ["DT", "NNS", "VBD", "DT", "NNS", "VBG", "PRP", "."])
    assert subject_of(doc[5]).text == "guards"


def test_a_participle_misread_as_a_conjunct_of_a_noun_takes_the_main_subject():
    from sitrep.events.participants import subject_of

    # "The army took the town with tactics, shelling it": "shelling" read as a conjunct of "tactics"
    doc = _parsed(["The", "army", "took", "the", "town", "with", "tactics", ",", "shelling", "it", "."],
                  [1, 2, 2, 4, 2, 2, 5, 6, 6, 8, 2],
                  ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "conj", "dobj", "punct"],
                  ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                  ["DT", "NN", "VBD", "DT", "NN", "IN", "NNS", ",", "VBG", "PRP", "."])
    assert subject_of(doc[8]).text == "army"


def test_speakers_and_relatives_are_never_the_ones_held_responsible(ann):
    ev = violent(ann, "The mother of the victim said the gunmen were responsible for the shooting.")[0]
    assert a1(ev) == "the gunmen" and ev.actor1.confidence >= 0.7
    ev = violent(ann, "A spokesman for the army said two soldiers were shot dead in their barracks by militants.")[0]
    assert a1(ev) == "militants"
    ev = violent(ann, "Residents of the town were killed in their homes by the shelling.")[0]
    assert ev.actor1 is None


def test_a_group_claiming_the_attack_next_door_is_the_attacker_of_an_unnamed_one(ann):
    evs = violent(ann, "A suicide bomber killed 20 people at a mosque in Kabul on Friday. "
                       "The Taliban claimed responsibility for the attack.")
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Taliban" and evs[0].actor1.confidence == 0.6
    evs = violent(ann, "Gunmen killed five villagers in Zamfara state on Monday. Boko Haram claimed the attack.")
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Boko Haram"


def test_a_claim_never_replaces_a_named_attacker_nor_reaches_an_event_it_does_not_claim(ann):
    evs = violent(ann, "The army killed five militants on Monday. The Taliban claimed the attack.")
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith("Military Forces")
    evs = violent(ann, "Gunmen killed five villagers in Zamfara state on Monday. "
                       "Police said later that Boko Haram fighters attacked a base in Borno.")
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith("Unidentified Armed Group")
    evs = violent(ann, "Two gunmen opened fire in a hotel lobby on Tuesday, as in the bombings in Paris in 2015. "
                       "ISIS claimed that massacre.")
    assert evs[0].actor1 is None or evs[0].actor1.name != "Islamic State"


def test_a_which_clause_hung_on_the_wrong_noun_gives_the_name_before_its_comma():
    from sitrep.events.participants import subject_of

    # "the campaign led by Moscow, which kept shelling it": the parser hung "which kept" on "campaign"
    words = ["the", "campaign", "led", "by", "Moscow", ",", "which", "kept", "shelling", "it"]
    doc = _parsed(words, [1, 1, 1, 2, 3, 1, 7, 1, 7, 8],
                  ["det", "ROOT", "acl", "agent", "pobj", "punct", "nsubj", "relcl", "xcomp", "dobj"],
                  ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "VERB", "PRON"],
                  ["DT", "NN", "VBN", "IN", "NNP", ",", "WDT", "VBD", "VBG", "PRP"])
    assert subject_of(doc[8]).text == "Moscow"
    # no name before the comma: the noun the clause hangs on
    words = ["the", "army", ",", "which", "kept", "shelling", "it"]
    doc = _parsed(words, [1, 1, 1, 4, 1, 4, 5],
                  ["det", "ROOT", "punct", "nsubj", "relcl", "xcomp", "dobj"],
                  ["DET", "NOUN", "PUNCT", "PRON", "VERB", "VERB", "PRON"],
                  ["DT", "NN", ",", "WDT", "VBD", "VBG", "PRP"])
    assert subject_of(doc[5]).text == "army"


# ---- "X is behind the attack" (frame "behind" of data/agent_frames.tsv)

def test_the_one_said_to_be_behind_an_attack_is_its_actor(ann):
    assert a1(violent(ann, "Officials said the Kurdish militants were behind the bombing of the depot.")[0]) \
        == "the Kurdish militants"
    assert "jihadist" in a1(violent(ann, "A jihadist cell is thought to be behind the attack on the checkpoint.")[0])


def test_the_group_behind_an_attack_is_its_actor(ann):
    assert a1(violent(ann, "Police said the gang behind the attack on the bank fled north.")[0]) == "the gang"


def test_behind_a_wall_or_an_unnamed_one_behind_an_attack_names_no_actor(ann):
    assert violent(ann, "Villagers sheltered behind the mosque during the shelling.")[0].actor1 is None
    assert violent(ann, "It is unclear who is behind the ambush on the patrol.")[0].actor1 is None


# ---- armed men are attackers, never civilians (data/armed_modifiers.tsv)

def test_armed_or_masked_men_who_attack_are_the_actor(ann):
    ev = violent(ann, "Masked men shot dead a money changer near the port.")[0]
    assert a1(ev) == "Masked men" and ev.actor1.entity_id != "CIVILIANS"
    ev = violent(ann, "Three men armed with machetes attacked the farmers at dawn.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id != "CIVILIANS" and "armed" in ev.actor1.name


def test_plain_men_who_shoot_are_no_civilians_and_armed_victims_are_not_civilians(ann):
    # a report that names no country leaves them an unidentified armed group of no country (never "Civilians")
    ev = violent(ann, "Two men shot a shopkeeper near the port.")[0]
    assert ev.actor1 is None or ev.actor1.name == "Unidentified Armed Group"
    ev = violent(ann, "Soldiers killed four armed men near the border post.")[0]
    assert ev.actor2 is not None and ev.actor2.entity_id != "CIVILIANS"


# ---- "I" and "we" inside an attributed quotation are its speaker (events/antecedents.quoted_speaker)

def test_i_in_a_quotation_is_the_person_quoted(ann):
    ev = violent(ann, '"I stabbed him because he owed me money," Peter Larsen told the court on Tuesday.')[0]
    assert ev.actor1 is not None and ev.actor1.name == "Peter Larsen" and a1(ev) == "I"


def test_i_outside_a_quotation_or_quoted_from_a_body_names_no_actor(ann):
    assert violent(ann, "I shot the intruder in the hallway last night.")[0].actor1 is None
    ev = violent(ann, '"I shot the guard at the gate," the interior ministry announced on Tuesday.')[0]
    assert ev.actor1 is None or ev.actor1.span.text != "I"


# ---- a charge held by its subject: "X faces charges of murder in the stabbing" (frames charge_noun, holds_charge)

def test_the_one_facing_charges_for_a_deed_is_its_actor(ann):
    ev = violent(ann, "Dario Pellegrini faces two counts of murder in the shooting of his roommates.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Dario Pellegrini"
    ev = violent(ann, "The officer faces charges of murder in the killing of two farmers.")[0]
    assert a1(ev) == "The officer"


def test_charges_of_something_else_after_an_attack_name_no_actor(ann):
    assert violent(ann, "The mayor faces charges of corruption after the bombing.")[0].actor1 is None


# ---- a person named by relation in a role (data/relation_nouns.tsv)

def test_a_relative_named_by_the_by_phrase_or_as_subject_is_the_actor(ann):
    assert a1(violent(ann, "The nurse was shot by her boyfriend outside the clinic.")[0]) == "her boyfriend"
    ev = violent(ann, "His neighbour stabbed him twice during an argument.")[0]
    assert a1(ev) == "His neighbour"


def test_a_relative_who_speaks_is_not_the_attacker_and_a_killed_wife_is_the_victim(ann):
    assert violent(ann, "His mother said he was shot outside a bar.")[0].actor1 is None
    ev = violent(ann, "Police said Omar Haddad stabbed his wife at their home.")[0]
    assert a2(ev) == "his wife" and ev.actor1 is not None and ev.actor1.name == "Omar Haddad"


# ---- "he" far from its name: the one person the article names (events/antecedents.only_person_before)

_FILLER = ("The harbour town has long lived from fishing and from the summer visitors who fill its narrow streets. "
           "The old market hall was rebuilt twice in the last century and now houses a library and a small museum. "
           "Ferries leave twice a day for the islands, weather permitting, and the crossing takes about an hour. "
           "Local schools have struggled to keep teachers, and the council has promised new housing for staff. ")


def test_he_far_from_the_only_person_named_is_that_person(ann):
    text = "Tomas Varga grew up in the harbour town. " + _FILLER * 2 + "Last week he stabbed a ferry worker at the pier."
    ev = [e for e in violent(ann, text) if e.trigger.text == "stabbed"][0]
    assert ev.actor1 is not None and ev.actor1.name == "Tomas Varga" and a1(ev) == "he"


def test_he_far_from_two_people_named_stays_blank(ann):
    text = ("Tomas Varga and Maria Lopez grew up in the harbour town. " + _FILLER * 2
            + "Last week he stabbed a ferry worker at the pier.")
    ev = [e for e in violent(ann, text) if e.trigger.text == "stabbed"][0]
    assert ev.actor1 is None


# ---- a generic attacker phrase that says whose it is stands for that group (events/roles.ActorFinder.actor)

def test_a_bomber_from_a_named_group_or_militants_loyal_to_it_are_that_group(ann):
    ev = violent(ann, "A suicide bomber from the Islamic State blew himself up at a mosque in Herat.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"
    ev = violent(ann, "Militants loyal to the Islamic State beheaded two hostages.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"


def test_gunmen_from_a_village_stay_gunmen(ann):
    ev = violent(ann, "Gunmen from the village attacked the checkpoint.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Gunmen"


# ---- the by-phrase of a deed's participle on a weapon or event noun (frame deed_participle)

def test_a_bomb_planted_by_a_group_names_the_attacker(ann):
    ev = violent(ann, "A bomb planted by PKK militants exploded near a bus in Van.")[0]
    assert ev.actor1 is not None and "PKK" in ev.actor1.span.text


def test_a_reporting_participle_names_no_attacker(ann):
    ev = violent(ann, "The shelling reported by residents lasted all night.")[0]
    assert ev.actor1 is None


# ---- "it" never stands for two actors named together (events/antecedents.coordinated)

def test_it_after_one_group_is_that_group_but_not_after_two(ann):
    evs = violent(ann, "Hamas fired rockets at Sderot on Monday. It also attacked a checkpoint near Gaza.")
    assert evs[-1].actor1 is not None and evs[-1].actor1.name == "Hamas"
    evs = violent(ann, "Hamas and Islamic Jihad fired rockets at Sderot on Monday. It also attacked a checkpoint near Gaza.")
    assert evs[-1].actor1 is None
