"""The doer of an attack named after the deed (issue 16, branch attackers14): a few sentences on ("prosecutors said the
shooting was the work of a cell of X", "police said the gunmen belonged to X": events/claims.credit_told_doer), in
the group's own words ("X said in a statement that it was behind the attack": credit_bare_claims), or after an
apposition ("X, the armed gang led by Y that controls the valley, carried out the attack": credit_claims);
a demonym before a fighter noun in a war abroad (events/irregulars.forces_abroad); an alias whose last word the
press writes in lower case ("Amba boys": nlp/actor_lexicon._case_ok). Reports written for these tests with
made-up names and villages."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

CELL = ("Gunmen burst into a restaurant in Tepalcorvo in Mexico's Guanajuato state late on Friday and opened fire, "
        "killing five people, state prosecutors said.\n\n"
        "The attackers escaped in a pickup truck before soldiers arrived. Among the dead was the cook, Tomas Reyval.\n\n"
        "On Saturday the prosecutors said the massacre was the work of a cell of the Jalisco New Generation Cartel, "
        "which has fought a rival gang in the area for years.")
BELONGED = ("Four men were shot dead on Friday night when gunmen opened fire on a group outside a bar in Vargem Seca "
            "in Brazil's Amazonas state, police said.\n\n"
            "Detectives believe the victims sold drugs for a rival faction. Police said on Saturday that the gunmen "
            "belonged to the Comando Vermelho and that one suspect had been arrested.")
OWN_WORDS = ("Four Iranian border guards were killed on Sunday in an attack on their post near Kelmaro in "
             "Sistan-Baluchestan province, state media said.\n\n"
             "Gunmen fired on the post from a hill, the agency said. Two passers-by were wounded.\n\n"
             "The Sunni militant group Jaish al-Adl said in a statement posted on Telegram that it was behind the attack.")
SNIPER_WAR = ("A Russian sniper shot dead a 60-year-old woman in the Ukrainian city of Kherson on Tuesday, the "
              "governor said. Russian forces hold the east bank of the river and shell the city daily.")
SNIPER_NO_ARMY = "A Russian sniper shot dead a 60-year-old woman in the Ukrainian city of Kherson on Tuesday, the governor said."
MILITANT_HOME = ("A Chadian militant shot dead two herders near Mongo in Chad on Tuesday, the governor said. Chadian "
                 "soldiers later searched the area.")


def _names(ann, text):  # type: ignore[no-untyped-def]
    return [name(e) for e in violent(ann, text) if e.modality == "asserted"]


def test_the_work_of_a_cell_of_a_group_three_sentences_on(ann):  # type: ignore[no-untyped-def]
    assert "Jalisco New Generation Cartel" in _names(ann, CELL)


def test_the_gunmen_belonged_to_a_gang_named_two_sentences_on(ann):  # type: ignore[no-untyped-def]
    assert "Comando Vermelho" in _names(ann, BELONGED)


def test_a_group_that_says_it_was_behind_the_attack(ann):  # type: ignore[no-untyped-def]
    assert "Jaish al-Adl" in _names(ann, OWN_WORDS)


def test_a_group_that_carried_out_the_attack_after_an_apposition():  # type: ignore[no-untyped-def]
    from sitrep.events.claims import _DOER_BEFORE

    assert _DOER_BEFORE.match(", the armed gang led by Wilner Dorval that controls much of the valley, carried out the ")
    assert not _DOER_BEFORE.match(", the armed gang led by Wilner Dorval, said the ")


def test_a_demonym_sniper_in_a_war_abroad_is_the_states_forces(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of Russia" in _names(ann, SNIPER_WAR)


def test_a_demonym_sniper_with_no_army_named_stays_unidentified(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of Russia" not in _names(ann, SNIPER_NO_ARMY)


def test_a_demonym_militant_at_home_is_no_state_force(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of Chad" not in _names(ann, MILITANT_HOME)


def test_an_alias_with_a_lower_case_last_word(ann):  # type: ignore[no-untyped-def]
    from sitrep.nlp.actor_lexicon import get_resolver, to_units

    res = get_resolver()
    assert [m.actor_id for m in res.match_units(to_units("Amba boys shot a teacher"))] == ["AMBAZONIA"]
    assert res.match_units(to_units("amba boys shot a teacher")) == []  # the name's own word stays capitalised
