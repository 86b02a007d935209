"""A fight against the doers of a deed told before, named again by a word that points back ("police exchanged fire
with the attackers"), lends the deed neither its doer nor its kind when the merge folds it in (attack_reports3 c03,
branch ledes2: the cartel's massacre at a party became an armed clash by the police). Sentences written for these
tests; the gang is made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse

TEXT = ("Gunmen of the Vortan Cartel killed seven people and wounded two others when they opened fire on a "
        "birthday party in Celaya late on Sunday, officials said.\n\nMunicipal police who responded exchanged fire "
        "with the attackers as they fled, killing one of the gunmen and detaining another.")


def test_the_foe_of_the_attackers_is_no_doer_of_their_attack(ann):  # noqa: F811
    first = next(e for e in analyse(ann, TEXT).events if e.sentence.start == 0)
    assert first.sub_event_type == "Attack"
    assert first.actor1 is None or "Police" not in first.actor1.name
