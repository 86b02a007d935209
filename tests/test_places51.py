"""Issue 14, branch places51 (story_sets26 a07, story_sets24 y02): a small town matched as written only by an
alternate spelling of its own name, far from every other town of the text, keeps no point (geo/variant_towns.py).
Sentences written for these tests; people and incidents
made up, places real and public."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def annotate(nlp):
    from sitrep.nlp.annotate import DocContext, annotate_doc

    def _run(text, **ctx):
        return annotate_doc(nlp(text), DocContext(article_id="t", **ctx))

    return _run


def test_an_alternate_spelling_of_a_far_small_town_is_no_place(annotate):
    # "Bule" is an other name of Bulle, Switzerland (23,000 people); the report's towns are Congolese
    an = annotate("BUNIA - Armed men burned a school near Bule, in Djugu territory, on Friday night, the local "
                  "administrator of Djugu said.", dateline="BUNIA")
    ps = [p for p in an.places if p.span.text == "Bule"]
    assert ps and all(p.lat is None or p.country != "CH" for p in ps)



def test_a_town_spelled_as_its_own_other_name_keeps_its_point_where_the_text_names_its_country(annotate):
    # "Dhusamareb" is an other name of GeoNames' Dhuusamarreeb, 500 km from a Mogadishu dateline; the sentence names
    # Somalia and its Galmudug state, so the article's country is known and the town is that country's
    an = annotate("MOGADISHU - A roadside bomb hit a minibus on the edge of Dhusamareb, the capital of Somalia's "
                  "Galmudug state, on Monday morning, a district official told reporters.", dateline="MOGADISHU")
    ps = [p for p in an.places if p.span.text == "Dhusamareb"]
    assert ps and all(p.lat is not None and p.country == "SO" for p in ps)
