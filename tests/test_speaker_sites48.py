"""Where a statement was made is not where the act it tells of happened (branch places48, issue 14): "a statement
issued in X" says where it was made, as "said in X" does; and a reaction (a condemnation, a vow, a demand) placed
only by its speaker's phrase ("The presidency in X condemned ...", "In X, the presidency called ...") at a place
far from every act told before it takes no place. Sentences written for these tests; the people are made up."""


def _at(evs, name):
    return [e for e in evs if e.place is not None and e.place.span.text == name]


def test_a_statement_issued_in_a_capital_is_where_it_was_made(events):
    evs = events("Raiders burned a granary in Damasak on Monday. The army said in a statement issued in Sokoto "
                 "that two of the raiders had been shot dead in a later gunfight.")
    assert evs and not _at(evs, "Sokoto")
    assert _at(evs, "Damasak")


def test_a_condemnation_by_the_presidency_in_a_capital_takes_no_place(events):
    evs = events("Gunmen killed four herders in Kankara on Saturday. The presidency in Sokoto condemned the "
                 "killings in a statement.")
    assert evs and not _at(evs, "Sokoto")
    assert _at(evs, "Kankara")


def test_a_fronted_capital_before_a_reaction_takes_no_place(events):
    evs = events("Bandits killed six villagers in Funtua on Friday. In Sokoto, the presidency called the killings "
                 "cowardly and vowed to hunt down the gunmen.")
    assert evs and not _at(evs, "Sokoto")
    # a local appeal where the act happened keeps its place: the police there speak of their own town
    evs = events("A cyclist died when a van struck him in Ennis on Sunday. Gardai at Ennis appealed for witnesses "
                 "to come forward.")
    assert len(_at(evs, "Ennis")) == len(evs)


def test_a_call_by_officials_of_a_town_near_the_act_told_after_it_keeps_its_place(events):
    # the act is told later in the same sentence, in a town 20 km off: the officials speak of their own town
    evs = events("Council officials in Kramatorsk urged families on Monday to leave the town, a day after shelling "
                 "hit a school in nearby Druzhkivka.")
    calls = [e for e in evs if e.trigger is not None and e.trigger.text == "urged"]
    assert calls and _at(calls, "Kramatorsk")
