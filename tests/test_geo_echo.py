"""A place the article names, repeated inside an organisation's name, is a reference to that place (mention
"embedded"), never an event's place; sentences written for these tests. Uses the real gazetteer, the spaCy model
and the committed place ranker."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _embedded(places):
    return [p for p in places if p.mention == "embedded"]


def test_a_named_town_echoed_in_a_police_department_is_that_town(run):
    text = ("Two men were arrested in Pittsburgh, Pennsylvania, on Saturday after a chase. "
            "The Pittsburgh Bureau of Police said both were held overnight.")
    ps = run(text)
    named = [p for p in ps if p.span.text == "Pittsburgh" and p.mention == "name"]
    echoes = [p for p in _embedded(ps) if p.span.text == "Pittsburgh"]
    assert named and named[0].lat is not None
    assert len(echoes) == 1 and text[echoes[0].span.start:echoes[0].span.end + 7] == "Pittsburgh Bureau"
    assert (echoes[0].lat, echoes[0].lon) == (named[0].lat, named[0].lon)


def test_a_county_named_alone_then_in_an_office_name(run):
    ps = run("Storms hit Montgomery County, Maryland, on Monday. "
             "The Montgomery County Fire Department said crews worked all night.")
    echoes = [p for p in _embedded(ps) if p.span.text == "Montgomery County"]
    assert echoes and echoes[0].precision == "district" and echoes[0].country == "US"


def test_no_echo_without_the_place_named_on_its_own(run):
    ps = run("A spokesman for the Springfield Youth Orchestra said the concert was sold out.")
    assert not any(p.span.text == "Springfield" and p.lat is not None for p in ps)


def test_a_repeat_that_is_not_inside_a_longer_name_is_no_echo(run):
    ps = run("Protesters gathered in Pittsburgh, Pennsylvania, on Friday. Police said. Pittsburgh. Rain fell.")
    assert not _embedded(ps)


def test_an_echo_never_places_an_event():
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    text = ("Police in Pittsburgh, Pennsylvania, said on Sunday that gunmen killed two men outside a bar. "
            "The Pittsburgh Bureau of Police said a third man was wounded.")
    an = annotate_doc(load_pipeline()(text), DocContext(article_id="t"))
    assert any(p.mention == "embedded" for p in an.places)
    for e in an.events:
        assert e.place is None or e.place.mention == "name"


def test_an_organisation_s_place_is_the_one_the_article_names(run):
    # alone, "Portland" inside a bureau's name would be read as the Jamaican parish of that name
    ps = run("Storms hit Portland, Oregon, on Monday. The Portland Fire Bureau said crews worked all night.")
    emb = [p for p in _embedded(ps) if p.span.text == "Portland"]
    assert emb and all(p.lat is None or p.country == "US" for p in emb)
