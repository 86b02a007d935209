"""The Assam Rifles are India's force (issue 16, branch attackers13; data/actors.jsonl, an alias of the Military
Forces of India): spaCy tags the name as a law, and without the entry the side of an encounter with them went
unnamed. Sentences written for these tests with made-up villages."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

ENCOUNTER = ("Two militants were killed in an encounter with the Assam Rifles near Lamkhojang in Manipur's "
             "Tengnoupal district on Friday, a defence spokesperson said.")
DOERS = "Personnel of the Assam Rifles shot dead two militants near Lamkhojang in Manipur on Friday, officials said."


def test_an_encounter_with_the_assam_rifles_is_indias_forces_deed(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of India" in [name(e) for e in violent(ann, ENCOUNTER)]


def test_the_assam_rifles_as_doers_are_indias_forces(ann):  # type: ignore[no-untyped-def]
    assert "Military Forces of India" in [name(e) for e in violent(ann, DOERS)]
