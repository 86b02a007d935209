"""tolls18: a deed dated by its own possessive in a report's lead is its news, "took a stray bullet in the arm" is a
hurt, "charged a man with murder" with the "with" phrase on the man names the charge (issue 16). Sentences written
for these tests; names and places made up (Tessor and Quarnby are no real towns)."""
from __future__ import annotations

from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)
from test_tolls12 import hurt_of


def _figs(an):  # type: ignore[no-untyped-def]
    return [(f.what, f.low, f.span.text) for f in an.figures]


def test_victims_of_a_dated_deed_in_the_lead_are_the_news(ann):
    an = read(ann, "Police have named the victims of Friday night's stabbing outside a cafe on Mill Street in "
                   "Tessor. Tomas Verrin, 27, died at the scene. Jon Aldous, 30, was taken to hospital with stab "
                   "wounds.")
    assert 1.0 in deaths_of(an), (_figs(an), [(e.modality, e.event_type) for e in an.events])
    assert 1.0 in hurt_of(an), _figs(an)


def test_victims_of_a_dated_deed_after_the_lead_stay_a_reference(ann):
    # nothing new in a later sentence: the possessive names the deed the lead told
    an = read(ann, "A man was stabbed to death outside a cafe in Tessor on Friday night, police said. "
                   "Officers have since named the victims of Friday night's stabbing.")
    mods = [e.modality for e in an.events if e.sentence.start > 60 and e.event_type != "Political"]
    assert "asserted" not in mods, [(e.modality, e.sentence.start) for e in an.events]


def test_took_a_stray_bullet_in_the_arm_is_hurt(ann):
    an = read(ann, "Two gunmen opened fire on a shop in Quarnby on Monday. A customer, a 61-year-old man, took a "
                   "stray bullet in the leg and was treated at a clinic.")
    assert 1.0 in hurt_of(an), _figs(an)


def test_took_a_bullet_from_the_wall_is_no_hurt(ann):
    an = read(ann, "Detectives took a bullet from the wall of the shop in Quarnby on Monday after shots were fired.")
    assert not [f for f in an.figures if f.what == "wounded"], _figs(an)


def test_charged_a_man_with_murder_reads_the_killing(ann):
    an = read(ann, "Police in Tessor have charged a 52-year-old man with murder after his brother died from "
                   "injuries he allegedly suffered in an assault at their farm.")
    assert 1.0 in deaths_of(an), (_figs(an), [(e.modality, e.event_type, e.trigger.text) for e in an.events])
