"""Doers named in forms the attack sets covered thinly (issue 16, branch attackers16): a name's other form in brackets
inside the phrase ("Suspected RSF (Rapid Support Forces) fighters": events/bracketed_name), "when armed men believed
to be members of X opened fire" with "believed" parsed as the verb (events/believed_doer), a band named by its
leader ("gunmen from Dogo Vandu's group", "the attackers, said to be fighters loyal to X", "Gunmen loyal to X" after a
dateline's dash: events/commanders), "Members of a vigilante group known as X" (events/roles), "Members of <state>'s
<force>" after a dateline (events/membership), "arrested the suspected shooter, X, 22," with X hung on the verb
(events/charged_suspect), and a generic doer whose report has no one country taking the event's country
(events/generic_doers). Sentences written for these tests; people, villages and "the Red Dawn Front" made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    """Every name an asserted violent event (a mob's killing too) gives as actor1 or associate."""
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and (
        e.event_type in VIOLENT_EVENT_TYPES or e.sub_event_type == "Mob violence")]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [a.name for e in evs for a in [e.actor1, *e.associates] if a is not None]


# (text, a name that must be among the doers and associates of its asserted violent events)
CASES = [
    # a name's other form in brackets inside the phrase (events/bracketed_name)
    ("Suspected RSF (Rapid Support Forces) fighters shelled a market in Talodi on Monday, killing six civilians, "
     "medics said.", "Rapid Support Forces"),
    ("A farmer was killed on Saturday night when Border Security Force (BSF) personnel opened fire on a group of men "
     "near Dinhata, officials said.", "Border Security Force"),
    # "believed" parsed as the verb, the deed left with no subject (events/believed_doer)
    ("Three farmers were killed when armed men believed to be members of the Bangsamoro Islamic Freedom Fighters "
     "opened fire on them in a village near Datu Piang on Friday, the army said.",
     "Bangsamoro Islamic Freedom Fighters"),
    ("Two soldiers were killed when armed men believed to be members of the Red Dawn Front opened fire on a patrol "
     "near Kalvik on Monday.", "Red Dawn Front"),
    # a band named by its leader (events/commanders)
    ("Gunmen from Dogo Vandu's group on Wednesday night invaded a village near Rijau in Niger State, killing nine "
     "residents, police said.", "Dogo Vandu"),
    ("The attackers, said to be fighters loyal to the bandit leader Kachalla Burwa, stormed the village on "
     "motorcycles on Saturday, killing eight people.", "Kachalla Burwa"),
    ("Libya: three killed as gunmen storm checkpoint in Tripoli\n\nTRIPOLI, May 4 (Reuters) - Gunmen loyal to "
     "militia commander Salem al-Varni, better known as Varnawi, stormed a checkpoint held by a rival armed group in "
     "Tripoli's Souq al-Juma district late on Sunday, killing three people and wounding nine, the emergency service "
     "said.", "Salem al-Varni"),
    # "Members of a group known as X" (events/roles); "Members" after a dateline's dash (events/membership)
    ("Members of a local vigilante group known as Kungiyar Tsaro on Sunday killed six herders near Goronyo in Sokoto "
     "State, police said.", "Kungiyar Tsaro"),
    ("Forces fire on mourners\n\nDUBAI, May 4 (Reuters) - Members of Iran's Revolutionary Guards opened fire on "
     "mourners in the town of Kalvan on Monday, killing three people, a rights group said.",
     "Islamic Revolutionary Guard Corps"),
    # the arrested man's name hung on the verb instead of "the suspected shooter" (events/charged_suspect)
    ("A gunman killed two people at a bus stop in Mixco on Friday evening, police said. Officers arrested the "
     "suspected shooter, Walter Enrique Choc, 22, a few blocks away after a chase.", "Walter Enrique Choc"),
]


@pytest.mark.parametrize("text,doer", CASES)
def test_the_doer_named_in_a_thin_form(ann, text, doer):  # type: ignore[no-untyped-def]
    assert doer in _doers(ann, text)


def test_the_bracketed_name_leaves_no_bare_generic_noun(ann):  # type: ignore[no-untyped-def]
    assert "fighters" not in _doers(ann, CASES[0][0])


def test_a_bracketed_aside_that_is_no_name_stays_out():  # type: ignore[no-untyped-def]
    from sitrep.events.bracketed_name import _name_inside

    class T:  # a token as the helper reads it
        def __init__(self, text, pos):
            self.text, self.pos_, self.lower_ = text, pos, text.lower()
            self.is_punct, self.is_upper, self.is_alpha = False, text.isupper(), text.isalpha()

        def __len__(self):
            return len(self.text)

    assert _name_inside([T("ADF", "PROPN")])
    assert _name_inside([T("Rapid", "PROPN"), T("Support", "PROPN"), T("Forces", "PROPN")])
    assert not _name_inside([T("file", "NOUN"), T("photo", "NOUN")])
    assert not _name_inside([T(w, "PROPN") for w in "A B C D E F G".split()])


def test_police_who_believe_name_no_one_by_believing(ann):  # type: ignore[no-untyped-def]
    text = ("Police believed the dispute was over land. Two farmers were shot dead near Kalvik on Monday, police said.")
    assert "Police" not in " ".join(_doers(ann, text))


def test_motorcycle_riding_gunmen_are_unidentified(ann):  # type: ignore[no-untyped-def]
    text = ("Constable shot dead\n\nKARACHI: A police constable was shot dead by motorcycle-riding gunmen in Orangi "
            "Town on Tuesday night, police said. The attackers fled.")
    names = _doers(ann, text)
    assert "riding gunmen" not in names
    assert all(n.startswith("Unidentified") for n in names)
