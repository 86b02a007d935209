"""Attribution: who claims what, with the cue and the span of the claim. Sentences written for these tests."""
import datetime as dt

import pytest

from sitrep.model import Analysis
from sitrep.nlp.actors import extract_entities
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.attribution import extract_attributions

DCT = dt.date(2020, 3, 4)


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def attributions(nlp, text, focus=("SY",)):
    ctx = DocContext(article_id="t", published=DCT, country_focus=list(focus))
    doc = nlp(text)
    an = Analysis("t")
    an.entities = extract_entities(doc, ctx, an)
    return extract_attributions(doc, ctx, an)


def claim(text, a):
    return text[a.claim_start : a.claim_end]


def test_spans_are_offsets_into_the_text(nlp):
    text = "The Syrian army said it had retaken two villages near Kafr Nabl, a war monitor said."
    for a in attributions(nlp, text):
        assert text[a.span.start : a.span.end] == a.span.text
        assert 0 <= a.claim_start < a.claim_end <= len(text)


def test_subject_said_that(nlp):
    text = "Turkey's defence ministry said that five soldiers were wounded in a mortar attack near Taftanaz."
    (a,) = attributions(nlp, text)
    assert a.span.text == "Turkey's defence ministry"
    assert a.claimant_id == "TUR_MOD" and a.cue == "said"
    assert claim(text, a) == "that five soldiers were wounded in a mortar attack near Taftanaz"


def test_trailing_said_with_apposition(nlp):
    text = ("Rebels shot down a helicopter over Nairab on Friday, the Syrian Observatory for Human Rights, "
            "a war monitor based in Britain, said.")
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["SOHR"]
    assert atts[0].span.text == "the Syrian Observatory for Human Rights"
    assert claim(text, atts[0]).startswith("Rebels shot down a helicopter")


def test_a_war_monitor_said(nlp):
    text = "Air strikes killed six people in a market in Ariha, a war monitor said."
    (a,) = attributions(nlp, text)
    assert a.claimant_id == "SOHR" and a.span.text == "a war monitor"
    assert claim(text, a) == "Air strikes killed six people in a market in Ariha"


def test_according_to_with_two_claimants(nlp):
    text = "According to the U.N. and the White Helmets, more than 40 civilians died in the shelling of Atarib."
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["UN", "WHITE_HELMETS"]
    assert all(a.cue == "according to" for a in atts)
    assert all(claim(text, a) == "more than 40 civilians died in the shelling of Atarib" for a in atts)


def test_told_agency_and_observatory_head(nlp):
    text = ('"The front line has not moved since dawn," observatory head Rami Abdul Rahman told AFP.')
    (a,) = attributions(nlp, text)
    assert a.claimant_id == "PERS_RAMI_ABDUL_RAHMAN"
    assert a.cue == "told AFP"
    assert claim(text, a) == "The front line has not moved since dawn"


def test_said_in_a_statement_and_on_twitter(nlp):
    text = ("The Russian defence ministry said in a statement that its jets hit no civilian sites. "
            "On Twitter, the Turkish presidency said the talks would go on.")
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["RUS_MOD", "TUR_PRESIDENCY"]
    assert atts[0].cue == "said in a statement"
    assert claim(text, atts[0]) == "that its jets hit no civilian sites"


def test_claim_deny_accuse_verbs(nlp):
    text = ("Hezbollah denied that its fighters were in the town. "
            "Moscow accused Ankara of arming the rebels. "
            "The SDF claimed to have captured twelve ISIS fighters.")
    atts = attributions(nlp, text)
    assert [(a.claimant_id, a.cue) for a in atts] == [("HEZBOLLAH", "denied"), ("RUS_GOV", "accused"),
                                                      ("SDF", "claimed")]
    assert claim(text, atts[1]) == "Ankara of arming the rebels"


def test_the_ministry_added(nlp):
    text = ("Turkey's defence ministry said 30 targets were hit overnight. "
            "The ministry added that two tanks had been destroyed.")
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["TUR_MOD", "TUR_MOD"]
    assert atts[1].span.text == "The ministry" and atts[1].cue == "added"


def test_state_agency_quoting_a_source(nlp):
    text = ('"These statements are empty and detached from reality," state news agency SANA quoted a source '
            'at the foreign ministry as saying.')
    atts = attributions(nlp, text)
    assert len(atts) == 1
    a = atts[0]
    assert a.claimant_id == "SANA" and a.span.text == "state news agency SANA"
    assert a.cue == "quoted a source at the foreign ministry as saying"
    assert claim(text, a) == "These statements are empty and detached from reality"


def test_reported_saying_is_one_attribution(nlp):
    text = "Syrian state media reported heavy clashes near the dam, saying militants had fired rockets."
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["SYR_STATE_MEDIA"]
    assert "saying militants had fired rockets" in claim(text, atts[0])


def test_he_added_takes_the_last_person_claimant(nlp):
    text = ("Foreign Minister Sergei Lavrov said the talks had been useful. "
            '"We will meet again next week," he added.')
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["PERS_LAVROV", "PERS_LAVROV"]
    assert atts[1].span.text == "he"


def test_he_is_left_out_when_another_person_intervenes(nlp):
    text = ("Sergei Lavrov said the talks had been useful. Mevlut Cavusoglu arrived later in the evening. "
            '"We will meet again," he said.')
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts] == ["PERS_LAVROV"]


def test_it_and_they_are_left_out(nlp):
    text = "Sergei Lavrov and Mevlut Cavusoglu met. They said the town was quiet. It said nothing."
    atts = attributions(nlp, text)
    assert all(a.span.text.lower() not in ("it", "they") for a in atts)


def test_multi_sentence_quote_is_carried(nlp):
    text = ('Kremlin spokesman Dmitry Peskov said: "Our position has not changed. The deal must be honoured. '
            'We expect our partners to keep their word." '
            'Separately, the army said it had opened a corridor.')
    atts = attributions(nlp, text)
    peskov = [a for a in atts if a.claimant_id == "PERS_PESKOV"]
    covered = " ".join(claim(text, a) for a in peskov)
    assert "Our position has not changed" in covered
    assert "The deal must be honoured" in covered
    assert "We expect our partners to keep their word" in covered
    army = [a for a in atts if a.span.text == "the army"]
    assert army and army[0].claimant_id == "SYR_MIL"
    assert "opened a corridor" in claim(text, army[0])


def test_quote_continued_after_attribution(nlp):
    text = ('"We were hit at night," Erdogan told reporters in Ankara. "Nobody warned us. We answered at once."\n'
            "Prices rose in the capital.")
    atts = attributions(nlp, text)
    erd = [a for a in atts if a.claimant_id == "PERS_ERDOGAN"]
    covered = " ".join(claim(text, a) for a in erd)
    assert "We were hit at night" in covered and "Nobody warned us" in covered and "We answered at once" in covered
    assert not any("Prices rose" in claim(text, a) for a in atts)


def test_it_and_they_right_after_an_organisation(nlp):
    text = ("The Russian defence ministry said its jets struck depots in Idlib. It added that no civilians were hurt. "
            "Turkish officials said two posts were shelled. They also said the posts would stay.")
    atts = attributions(nlp, text)
    assert [(a.span.text, a.claimant_id) for a in atts] == [
        ("The Russian defence ministry", "RUS_MOD"), ("It", "RUS_MOD"),
        ("Turkish officials", "TUR_GOV"), ("They", "TUR_GOV")]


def test_it_is_left_out_without_a_single_organisation_before(nlp):
    text = "Sergei Lavrov spoke to reporters on Monday. It said nothing new."
    atts = attributions(nlp, text)
    assert all(a.span.text != "It" for a in atts)


def test_ministry_added_prefers_the_ministry_that_spoke(nlp):
    text = ("Turkey's defence ministry said 20 targets were hit. The Russian foreign ministry was not reachable. "
            "The ministry added that two tanks had been destroyed.")
    atts = attributions(nlp, text)
    assert [a.claimant_id for a in atts if a.span.text == "The ministry"] == ["TUR_MOD"]


def test_according_to_a_statement_from(nlp):
    text = ("According to a statement from the Turkish defence ministry, three soldiers died. "
            "Five more died later, according to the ministry.")
    atts = attributions(nlp, text)
    assert [(a.span.text, a.claimant_id) for a in atts] == [
        ("the Turkish defence ministry", "TUR_MOD"), ("the ministry", "TUR_MOD")]
    assert claim(text, atts[1]) == "Five more died later"


def test_inverted_said_and_curly_quotes(nlp):
    text = "“We will not withdraw,” said Hulusi Akar. “Our posts stay where they are. Nobody will move them.”"
    atts = attributions(nlp, text)
    assert {a.claimant_id for a in atts} == {"PERS_HULUSI_AKAR"}
    covered = " ".join(claim(text, a) for a in atts)
    assert "We will not withdraw" in covered and "Nobody will move them" in covered


def test_dateline_is_not_part_of_the_claim(nlp):
    text = "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv overnight, Ukraine's military said."
    atts = attributions(nlp, text, focus=("UA",))
    assert [a.claimant_id for a in atts] == ["UKR_MIL"]
    assert claim(text, atts[0]) == "Russian forces shelled Kharkiv overnight"


@pytest.mark.parametrize("agency", ["AP", "Reuters"])
def test_a_wire_agency_lends_no_country_to_a_generic_speaker(nlp, agency):
    # branch tolls4: with no country focus given, the speaker's country came from the actors named, the agency of
    # the dateline too: "a military officer" of a report filed from Velmora by AP was the US military
    text = f"VELMORA ({agency}) — A roadside bomb killed two soldiers near the town on Saturday, a military officer said."
    got = [a for a in attributions(nlp, text, focus=()) if a.span.text == "a military officer"]
    assert got and all(a.claimant_id in (None, "a military officer") for a in got)
