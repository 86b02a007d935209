"""The possessor of a noun of a deed done to a person ("X's assassination") that the tagger reads as an organisation
but that no actor of the dictionary names: victim or doer, the text does not say, so it is not read as the doer.

All sentences and names are written for these tests (Velandro is no real person or town).
"""
import pytest

from sitrep.events.nominal import Roles, noun_roles


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def deed_roles(nlp, text, word):
    doc = nlp(text)
    n = next(t for t in doc if t.lower_ == word)
    r = Roles()
    noun_roles(n, r)
    return doc, r


def test_an_unknown_name_tagged_org_owning_an_assassination_is_not_its_doer(nlp):
    doc, r = deed_roles(nlp, "After learning of Velandro's assassination, the guerrillas announced that they would "
                             "suspend the dialogue.", "assassination")
    poss = next(t for t in doc if t.dep_ == "poss")
    assert poss.ent_type_ == "ORG"  # the case this covers: a surname the tagger took for an organisation
    assert r.agent is None
    # a group of the dictionary owning the deed of an "of" phrase still did it
    _, r = deed_roles(nlp, "Hamas's kidnapping of two soldiers sparked a war.", "kidnapping")
    assert r.agent is not None and r.agent.text == "Hamas"
