"""stories/totals is a package of one module per decision (branch split7); every name of the former
stories/totals.py stays importable from ``sitrep.stories.totals`` and is the one object its module defines, so that
importers (stories/__init__, stories/describe, export/brief, the tests) and the functions of the package read the
same functions and constants. Structure only: the outputs are checked by the benches (bench/README.md, split7)."""
from __future__ import annotations

from package_split import assert_modules_documented_and_small, assert_one_object_each

import sitrep.stories.totals as totals

# every name the former module defined (74ad3016:src/sitrep/stories/totals.py)
OLD_NAMES = """
Claim FORCE_ON_PROTEST HURT_IN_INCIDENTS MAX_TWICE PEOPLE_FIRST RETOLD_MIN ROUNDING_HEDGES ROUND_UP_SLACK_DAYS
SAME_COUNT_MIN TOLLED_TYPES UPDATE_DAYS _DEED_BEFORE _LOCAL_OR_NATIONAL _NAME _ONE_NAME _QUOTES _RIVAL _SENTENCE_END
_about_counts_differ _about_nominal _absorb_round_ups _all_apart _articles _before_count _carry_side_claims _claims
_compatible _count_above_floor _count_for_rounded_bound _count_key _count_once _count_sentences _count_spans
_counted_by_another _counts_own_dead _dateline_only_abroad _day _figure_groups _fold_rounded_periods _force_on_protest
_how_counted _incident_groups _incident_tolls _known_actor _large_count_retold _later_fuller _later_named_count
_latest_claims _most_reports _named_twice _named_victims _nominal _one_count_rounded _one_deed_two_days _one_in_region
_only_count _own_losses_low _own_side_count _party_losses_low _people_retold _place_key _placed_by_article_only _quoted
_r_takes_in _relayed_side _rival_claims _round_bound _rounded_to _roundings_as_counts _same_count_twice _sides_apart
_sides_only _sole_claimant _story_incident _tally_since _telling_articles _told_twice _update_claim _update_claims
_updated_incident _victim_groups _within_round_up_days counted_population figure_group fmt incident_toll key_figures
story_totals total_sentence
""".split()


def test_every_old_name_is_importable_from_the_package():
    assert sorted(totals.__all__) == sorted(OLD_NAMES)
    for name in OLD_NAMES:
        assert hasattr(totals, name), name


def test_each_name_is_the_one_object_its_module_defines():
    assert_one_object_each(totals, OLD_NAMES)


def test_importers_read_the_package_objects():
    import sitrep.stories as stories
    import sitrep.stories.describe as describe
    import sitrep.export.brief as brief

    assert stories.story_totals is totals.story_totals is totals.story_total.story_totals
    assert stories.key_figures is totals.key_figures is totals.figure_groups.key_figures
    assert describe.story_totals is totals.story_totals and describe.total_sentence is totals.total_sentence
    assert brief.PEOPLE_FIRST is totals.PEOPLE_FIRST
    # the functions of the package read the package's one copy of each shared constant and helper
    assert totals.story_total.story_totals.__globals__["TOLLED_TYPES"] is totals.TOLLED_TYPES
    assert totals.grouping._updated_incident.__globals__["UPDATE_DAYS"] == totals.UPDATE_DAYS
    assert totals.told_twice._same_count_twice.__globals__["_compatible"] is totals.places._compatible


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(totals)
