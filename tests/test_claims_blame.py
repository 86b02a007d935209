"""A blame that names an armed group and no deed ("Local officials blamed the 3R group, an armed movement ...") lays
the incident told just before on it (branch attackers10, events/claims.credit_bare_claims); never when the group
denies it in the report (contested: blank; measured on terror_reports2 u08). Sentences written for these tests; towns and people made up."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on


def test_a_blame_with_no_deed_names_the_doer(ann):  # type: ignore[no-untyped-def]
    text = ("Ten villagers were killed on Sunday when armed men attacked Zorvane in the north-west of the Central "
            "African Republic, an official said. Local officials blamed the 3R group, a mostly Fulani armed movement "
            "active near the Cameroonian border.")
    evs = violent(ann, text)
    assert name(on(evs, "attacked")) == "Return, Reclamation and Rehabilitation", [(e.trigger.text, name(e)) for e in evs]

