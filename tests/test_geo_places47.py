"""A South Asian colon dateline with its province ("LARKANA, Sindh:") and a council whose name towns abroad share,
vouched for by the article's own towns (issue 14, branch places47; seen in tests/data/geo_reports29 r06, geo_reports30
r01/r02/r16/r18/r20 and geo_reports24 r15 read without its dateline). Sentences written for these tests; people and
incidents are made up."""
import datetime as dt

import pytest

from sitrep.ingest.textmeta import opening_dateline
from sitrep.nlp.annotate import DocContext


@pytest.mark.parametrize("text, place", [
    ("LARKANA, Sindh: Three shops were set on fire in the main bazaar on Friday night, police said.", "LARKANA, Sindh"),
    ("MADURAI, Tamil Nadu: A bus fell into a canal near the town on Monday.", "MADURAI, Tamil Nadu"),
    ("KADUNA, Kaduna State: Gunmen abducted nine travellers on the highway on Sunday.", "KADUNA, Kaduna State"),
    ("NAKURU, Kenya: Two traders were robbed at a market on Friday.", "NAKURU, Kenya"),
    # the day, not a province, after the comma; a lone capital before the colon as before
    ("RAIPUR, Sep 22: Four jawans were hurt in a blast.", "RAIPUR"),
    ("PESHAWAR: Two policemen were shot dead on Monday.", "PESHAWAR"),
])
def test_a_colon_dateline_keeps_its_province_or_country(text, place):
    dl = opening_dateline(text)
    assert dl is not None and dl.place == place
    assert text[dl.end:dl.end + 1].isupper()


def test_the_colon_datelines_town_is_where_the_shooting_was_not_its_province():
    from sitrep.ingest.article import build_article
    from sitrep.ingest.records import Record
    from sitrep.nlp.annotate import Annotator

    text = ("LARKANA, Sindh: Two brothers were shot dead outside their shop on Station Road late on Tuesday, police "
            "said. The killers fled on a motorbike. A police officer said the shooting was linked to an old feud with "
            "a family from Jacobabad. The provincial minister, speaking in Karachi, ordered an inquiry.")
    rec = Record(source="t", source_path="t", key="t", text=text, published=dt.date(2026, 3, 4),
                 published_precision="day", published_how="given")
    art = build_article(rec)
    assert art.dateline == "LARKANA, Sindh"
    an = Annotator().annotate(art.text, DocContext(article_id="t", published=art.published, dateline=art.dateline))
    shot = [e for e in an.events if e.place is not None and e.place.lat is not None]
    assert shot and abs(shot[0].place.lat - 27.56) < 0.2 and abs(shot[0].place.lon - 68.21) < 0.2


def test_the_articles_own_towns_vouch_for_a_council_that_towns_abroad_share(ann):
    # "Dundee" (a council that South Africa's Dundee shares) beside Dunkeld, whose biggest reading is Scotland's:
    # Perth is Scotland's
    for text in ("A motorcyclist was badly hurt on the A9 by Dunkeld late on Friday. He was flown to hospital in "
                 "Dundee. A traffic officer in Perth appealed for dashcam footage.",
                 "Sheep were stolen from a farm outside Dunkeld last week. The stolen animals were later found at a "
                 "market in Dundee. Detectives in Perth said three men had been questioned, and farmers from Perth to "
                 "Inverness were warned."):
        ps = ann.annotate(text, DocContext(article_id="t")).places
        assert [p.country for p in ps if p.span.text == "Perth"] == ["GB"] * text.count("Perth"), text


def test_a_town_bigger_abroad_vouches_for_no_council(ann):
    # Halifax is Nova Scotia's first: it does not vouch for England's Bedford council
    text = "HALIFAX - A cyclist, 30, was hurt when a car struck her near Bedford on Monday, police said."
    ps = ann.annotate(text, DocContext(article_id="t", dateline="HALIFAX")).places
    assert [p.country for p in ps if p.span.text in ("HALIFAX", "Bedford")] == ["CA", "CA"]


@pytest.mark.parametrize("text, name", [
    # a common word that is also a town's name, capitalised alone after "in" / "from": the town, even where the
    # same text uses the word in lower case
    ("A pensioner was robbed at a cash machine in Reading on Tuesday. Detectives are reading statements from "
     "shoppers who saw the attack.", "Reading"),
    ("The van's driver, a 28-year-old man from Reading, was not hurt; police were still reading the crash data.",
     "Reading"),
    ("A teenager was shot outside a store in Mobile on Saturday; officers said his mobile phone was taken.", "Mobile"),
])
def test_a_common_word_after_in_or_from_is_the_town(ann, text, name):
    ps = ann.annotate(text, DocContext(article_id="t")).places
    assert any(p.span.text == name and p.lat is not None for p in ps)


@pytest.mark.parametrize("text", [
    "She was reading in Union Station when the train left.",  # a longer capitalised name
    "Reading the letter aloud, the judge paused.",  # the gerund opening a sentence
])
def test_no_town_of_a_common_word_without_the_locative(ann, text):
    ps = ann.annotate(text, DocContext(article_id="t")).places
    assert not any(p.span.text in ("Reading", "Union") and p.lat is not None for p in ps)
