"""All-capitals wire text (old agency copy) parses into odd trees; reading it never fails."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def test_a_list_of_deeds_parsed_as_one_phrase_leaves_no_empty_group(ann):  # noqa: F811
    # the parser hangs every count of the list on "MURDERS": the murders' group takes all the triggers
    text = ("ACCORDING TO THE COMMITTEE, THERE HAVE BEEN 6 MURDERS, 3 CASES OF TORTURE, 2 CASES OF DISAPPEARANCES, "
            "AND 11 ARBITRARY ARRESTS SINCE GOMEZ ROSE TO POWER LAST 4 MAY.")
    assert analyse(ann, text).events  # it raised ValueError (max() of an empty trigger list) before
