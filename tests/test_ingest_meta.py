"""Metadata written in the text: header dates, bylines, titles, datelines, wire and outlet credits."""
import datetime as dt

from sitrep.ingest.clean import clean
from sitrep.ingest.dates import parse_date
from sitrep.ingest.records import Record
from sitrep.ingest.article import build_article
from sitrep.ingest.tables import outlet_from_url, outlet_name, wire_name
from sitrep.ingest.textmeta import extract

PARA = (
    "Rescue teams searched collapsed houses in the hill villages on Sunday after the earthquake, "
    "the regional governor told reporters at a briefing in the provincial capital."
)


def _art(text: str, **kw):
    return build_article(Record(source="t.txt", source_path="t.txt", key="k", text=text, **kw))


def test_header_date_line_and_section_are_metadata():
    m = extract(" date 2021-03-04 Quick Reads\n\n" + PARA)
    assert (m.published, m.precision, m.how) == (dt.date(2021, 3, 4), "day", "header")
    text, _ = clean(" date 2021-03-04 Quick Reads\n\n" + PARA, m.cuts)
    assert text == PARA


def test_header_with_byline_relative_time_and_body_on_one_line():
    raw = " date 2021-03-04 By By Maria Lopez 3 hours ago in Science " + PARA
    a = _art(raw)
    assert a.published == dt.date(2021, 3, 4) and a.published_how == "header"
    assert a.byline == "Maria Lopez"
    assert a.text == PARA


def test_relative_time_alone_gives_no_date():
    a = _art("By Maria Lopez 3 hours ago in Science\n\n" + PARA)
    assert a.published is None and a.published_how == "unknown" and a.published_precision == "unknown"


def test_wire_byline_with_date_title_and_caps_dateline():
    raw = (
        "Home > World\n\nQuake survivors wait for aid in hill villages\n\n"
        "By AFP - Mar 5,2021 - Last updated at Mar 6,2021\n\n"
        "People queue for water beside a damaged mosque on Saturday (AFP)\n\n"
        "ANKARA/ MALATYA — " + PARA
    )
    a = _art(raw)
    assert a.title == "Quake survivors wait for aid in hill villages"
    assert (a.published, a.published_how) == (dt.date(2021, 3, 5), "text")
    assert a.wires == ["AFP"] and a.dateline == "ANKARA/ MALATYA"
    assert a.text.startswith("ANKARA/ MALATYA — Rescue teams")
    assert "Home >" not in a.text and "(AFP)" not in a.text


def test_colon_dateline_and_with_inputs_credit():
    a = _art("Malatya: " + PARA + "\n(With inputs from Reuters)")
    assert a.dateline == "Malatya" and a.wires == ["Reuters"]
    assert "inputs" not in a.text and a.published is None


def test_wire_in_parentheses_dateline():
    a = _art("MALATYA, Turkey (AP) — " + PARA)
    assert a.dateline == "MALATYA, Turkey" and a.wires == ["AP"]


def test_source_credit_line_names_outlet_and_agencies():
    a = _art(PARA + "\n\nSource: TRTWorld and agencies")
    assert a.outlet == "TRT World" and a.wires == ["agencies"]
    assert not a.text.endswith("agencies")


def test_not_a_dateline():
    assert _art("Update: " + PARA).dateline is None


def test_tables():
    assert outlet_from_url("https://www.trtworld.com/mea/some-story-123") == "TRT World"
    assert outlet_from_url("https://unknown.example/x") is None
    assert outlet_name("trt world") == "TRT World" and outlet_name("Some  Local Paper") == "Some Local Paper"
    assert wire_name("Associated Press") == "AP" and wire_name("(AFP)") == "AFP" and wire_name("Monday") is None


def test_parse_date_forms():
    assert parse_date("2022-04-08T10:15:00Z") == (dt.date(2022, 4, 8), "day")
    assert parse_date("Fri, 08 Apr 2022 10:15:00 GMT") == (dt.date(2022, 4, 8), "day")
    assert parse_date("Apr 8,2022") == (dt.date(2022, 4, 8), "day")
    assert parse_date("2022-04") == (dt.date(2022, 4, 1), "month")
    assert parse_date("yesterday") is None and parse_date("2 hours ago") is None


def test_article_id_is_hash_of_normalised_clean_text():
    a, b = _art(PARA), _art("  " + PARA.replace(" ", "  ") + "\n")
    assert a.id == b.id and len(a.id) == 16


def test_non_english_is_skipped_with_reason():
    a = _art(
        "Les équipes de secours ont fouillé les maisons effondrées dans les villages de montagne dimanche, "
        "a déclaré le gouverneur régional lors d'un point de presse dans la capitale provinciale."
    )
    assert a.status == "skipped" and a.language == "fr" and "fr" in a.status_reason


def test_prose_paragraph_ending_in_wire_credit_is_kept():
    raw = PARA + " Aid lorries were expected on Monday, officials said. (AFP)"
    a = _art(raw)
    assert a.wires == ["AFP"] and a.text.endswith("officials said.") and "Aid lorries" in a.text


def test_container_title_line_is_cut_only_when_repeated():
    a = _art("Hill villages count the cost\n\n" + PARA, title="Hill villages count the cost | Daily Bugle")
    assert a.text == PARA and a.title.startswith("Hill villages")
    b = _art("Survivors speak\n\n" + PARA, title="Earthquake: the first day")
    assert b.text.startswith("Survivors speak")


def test_date_lines_in_the_header_zone():
    cases = {
        "Published: 8 April 2022\n\n": dt.date(2022, 4, 8),
        "Posted on April 8, 2022 by admin\n\n": dt.date(2022, 4, 8),
        "Quake hits hills\nApril 8, 2022\n\n": dt.date(2022, 4, 8),
        "By Jane Smith | 8 April 2022 | 14:05\n\n": dt.date(2022, 4, 8),
        "Updated 28/04/2022 14:05 GMT\n\n": dt.date(2022, 4, 28),
        "Updated 08/04/2022 14:05 GMT\n\n": None,  # day-month or month-day: not guessed
    }
    for head, want in cases.items():
        a = _art(head + PARA)
        assert a.published == want, head
        assert a.text == PARA, head
        assert (a.published_how == "text") == (want is not None)


def test_reuters_style_dateline_with_day():
    a = _art("KYIV, April 8 (Reuters) - " + PARA)
    assert a.dateline == "KYIV" and a.wires == ["Reuters"] and a.published is None


def test_byline_without_a_name():
    a = _art("By staff reporters\n\n" + PARA)
    assert a.byline == "staff reporters" and a.title is None and a.text == PARA


def test_header_label_is_the_outlet_only_when_nothing_better():
    assert _art(" date 2021-03-04 Daily Bugle\n\n" + PARA).outlet == "Daily Bugle"
    assert _art(" date 2021-03-04 Daily Bugle\n\n" + PARA + "\nSource: TRTWorld and agencies").outlet == "TRT World"


def test_dateline_with_a_written_date_gives_the_place_and_the_report_date():
    a = _art("Corvanta, June 13th 2025 - " + PARA)
    assert a.dateline == "Corvanta" and a.published == dt.date(2025, 6, 13)
    a = _art("CORVANTA, 4 May 2024: " + PARA)
    assert a.dateline == "CORVANTA" and a.published == dt.date(2024, 5, 4)
    # words that are no date between the comma and the dash: no dateline
    assert _art("Corvanta, the river town - " + PARA).dateline is None


def test_dateline_after_a_byline_line_of_its_own():
    a = _art("Floods close the valley road\n\nOur Valley Correspondent\n\nLindrava: " + PARA)
    assert a.dateline == "Lindrava" and a.byline == "Our Valley Correspondent"
    assert "Correspondent" not in a.text
    a = _art("Floods close the valley road\n\nBy Staff Reporter\nLindrava: " + PARA)
    assert a.dateline == "Lindrava"
