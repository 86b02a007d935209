"""The cleaner: junk lines, repeated blocks, white space, and the never-invents-text property."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest.clean import clean, sentence_spans

BODY = (
    "Engineers reopened the river crossing at Dunmore on Monday after a week of repairs, the county council said.\n\n"
    "The old stone bridge had been closed since floodwater undermined its eastern pier.\n\n"
)


def _nonspace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def test_junk_lines_are_cut_and_recorded():
    raw = (
        "You are here\n\n" + BODY + "Read: Council approves new budget for roads\n"
        "12 users have voted.\n\nAdd new comment\n"
        "This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.\n"
        "3 + 4 =\nSolve this simple math problem and enter the result. E.g. for 1+3, enter 4.\n\n"
        "Get top stories and blog posts emailed to you each day."
    )
    text, removed = clean(raw)
    assert text == (
        "Engineers reopened the river crossing at Dunmore on Monday after a week of repairs, the county council said."
        "\n\nThe old stone bridge had been closed since floodwater undermined its eastern pier."
    )
    reasons = {r.reason for r in removed}
    assert {"junk:nav", "junk:related", "junk:vote", "junk:comments", "junk:captcha", "junk:newsletter"} <= reasons
    for r in removed:
        assert raw[r.start : r.end] == r.text


def test_photo_caption_with_agency_credit_is_cut():
    raw = BODY + "Workers stand on the repaired bridge at Dunmore on Monday (AFP photo)\n\nTraffic resumed at noon."
    text, removed = clean(raw)
    assert "AFP" not in text and "Traffic resumed at noon." in text
    assert [r.reason for r in removed] == ["junk:caption"]


def test_more_about_links_glued_to_last_paragraph_are_cut():
    raw = "The ferry will stop running once the bridge is open again. More about Dunmore, bridges More news from Dunmore"
    text, removed = clean(raw)
    assert text == "The ferry will stop running once the bridge is open again."
    assert removed[0].reason == "junk:related"


def test_repeated_block_with_small_changes_and_lost_spaces_is_cut_once():
    block = [
        "The county council said the repair cost about two million pounds in total.",
        "Divers inspected every pier before the lorries were allowed back on the road.",
        "Local shops had complained that the closure cut their trade by half in a week.",
        "A temporary ferry carried about four hundred people a day across the river.",
    ]
    first = " ".join(block)
    # the copy lost the spaces between sentences and changed a word
    copy = "".join(block).replace("about four hundred", "roughly four hundred")
    raw = "Dunmore bridge reopens after repairs. " + first + " Officials thanked residents for their patience." + copy
    text, removed = clean(raw)
    assert text.count("Divers inspected every pier") == 1
    assert "Officials thanked residents for their patience." in text
    assert any(r.reason == "repeat" for r in removed)
    assert len(text) < 0.65 * len(raw)


def test_distinct_sentences_with_shared_words_are_kept():
    raw = (
        "The ministry said ten soldiers were killed on Monday near the border crossing. "
        "The ministry said twelve soldiers were wounded on Tuesday in a separate attack."
    )
    text, removed = clean(raw)
    assert text == raw and removed == []


def test_white_space_is_normalised_and_lost_space_restored():
    raw = "  First line of the report.\t\t Second   sentence here.\n\n\n\nNew paragraph.Next sentence starts here.  "
    text, _ = clean(raw)
    assert text == "First line of the report. Second sentence here.\n\nNew paragraph. Next sentence starts here."


def test_sentence_spans_keep_abbreviations_together():
    s = "Gen. Ali Rahimi spoke in the U.S. on Monday. Then he left."
    spans = [s[a:b].strip() for a, b in sentence_spans(s, 0, len(s))]
    assert spans == ["Gen. Ali Rahimi spoke in the U.S. on Monday.", "Then he left."]


def test_precuts_are_removed_with_their_reason():
    raw = "HEADER LINE\nThe body of the report follows here."
    text, removed = clean(raw, [(0, 12, "meta:header")])
    assert text == "The body of the report follows here."
    assert removed[0].reason == "meta:header" and removed[0].text == "HEADER LINE\n"


def test_one_line_brief_taken_for_a_title_is_kept_as_text():
    from sitrep.ingest.textmeta import extract

    raw = "Two men were arrested on Tuesday after a shop in Carlow was set on fire overnight, police said. Report 2"
    meta = extract(raw)
    assert meta.cuts and meta.cuts[0][2] == "meta:title"  # the guess this test is about
    text, removed = clean(raw, meta.cuts)
    assert text == raw and removed == []


def test_lone_unpunctuated_snippet_is_kept():
    from sitrep.ingest.textmeta import extract

    raw = "Rebel fighters seized the hill town of Varenka from government troops after two days of clashes"
    text, _ = clean(raw, extract(raw).cuts)
    assert text == raw


def test_a_title_above_a_body_is_still_cut():
    from sitrep.ingest.textmeta import extract

    raw = "Dunmore bridge reopens\n\n" + BODY
    text, removed = clean(raw, extract(raw).cuts)
    assert text.startswith("Engineers reopened") and removed[0].reason == "meta:title"


def test_prose_taken_for_junk_is_not_emptied_but_junk_only_text_is():
    from sitrep.ingest.clean import reads_as_prose

    # a one-sentence report ending in a photo-agency credit looks like a caption; alone, it is the report
    raw = "Firefighters rescued four people from a burning hotel in the centre of Dunmore early on Sunday. (AFP)"
    text, _ = clean(raw)
    assert text == raw
    assert reads_as_prose("Firefighters rescued four people from a burning hotel on Sunday.")
    assert not reads_as_prose("Home > World > Europe")
    assert not reads_as_prose("x = 1; y = 2; z = x + y;")
    text, removed = clean("You are here\n12 users have voted.\nAdd new comment")
    assert text == "" and len(removed) == 3


_lines = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
        st.sampled_from(["You are here", "5 users have voted.", "Add new comment", "2 + 2 =", "Read: other story"]),
        st.sampled_from(["The same sentence repeats here again and again.", "A copy.Lost space here now."]),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_lines, st.sampled_from(["\n", "\n\n", " ", ""]))
def test_cleaner_never_invents_text(lines, sep):
    raw = sep.join(lines)
    text, removed = clean(raw)
    # every non-space character of the clean text comes from the raw text, in order
    assert _is_subsequence(_nonspace(text), _nonspace(raw))
    # and nothing is lost without a record: kept + removed covers the raw text's non-space characters
    cut = sum(len(_nonspace(r.text)) for r in removed)
    assert len(_nonspace(text)) + cut == len(_nonspace(raw))
    for r in removed:
        assert 0 <= r.start < r.end <= len(raw)
        assert raw[r.start : r.end] == r.text
    assert text == text.strip()
    assert not re.search(r"[ \t]{2,}|\n{3,}", text)


_meta_lines = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=50),
        st.sampled_from([
            " date 2021-01-02 Briefs", "By By Ann Lee 2 hours ago in World The rest follows here.",
            "By AFP - Jan 2,2021 - Last updated at Jan 3,2021", "Source: Harbour Times and agencies",
            "(With inputs from AP)", "BERLIN — A line with a dateline at its start.", "Berlin: Another one.",
            "Updated 01/02/2021", "A short headline here",
        ]),
    ),
    max_size=10,
)


@settings(max_examples=150, deadline=None)
@given(_meta_lines)
def test_metadata_cuts_keep_the_cleaner_honest(lines):
    from sitrep.ingest.textmeta import extract

    raw = "\n".join(lines)
    meta = extract(raw)
    for s, e, _ in meta.cuts:
        assert 0 <= s <= e <= len(raw)
    text, removed = clean(raw, meta.cuts)
    assert _is_subsequence(_nonspace(text), _nonspace(raw))
    assert len(_nonspace(text)) + sum(len(_nonspace(r.text)) for r in removed) == len(_nonspace(raw))
    for r in removed:
        assert raw[r.start : r.end] == r.text
