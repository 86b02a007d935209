"""nlp/attribution is a package of one module per decision (branch split14); every name of the former
nlp/attribution.py stays importable from ``sitrep.nlp.attribution`` and is the one object its module defines, so that
importers (nlp/annotate, nlp/cut_speakers, nlp/figure_count_action, bench/actors_speed.py, the tests) and the functions
of the package read the same functions and word lists. Structure only: the outputs are checked by the benches
(bench/README.md, split14)."""
from __future__ import annotations

from package_split import assert_modules_documented_and_small, assert_one_object_each, package_modules

import sitrep.nlp.attribution as attribution

# every name the former module defined (81e9ab6c:src/sitrep/nlp/attribution.py)
OLD_NAMES = """
_CLAUSE_DEPS _Claim _DATELINE _DOCUMENTS _MEDIA _PRONOUNS_ORG _PRONOUNS_PERSON _PRONOUNS_SKIP _QUOTE_CHARS
_QUOTE_CLOSE _QUOTE_OPEN _REVISE_VERBS _Resolver _Scan _TALLY_NOUNS _TALLY_VERBS _TRIM _according_to_claims
_armed_group_head _carry_quotes _char_range _claim_range _clip_paragraph _cue_claim _cue_subject _cue_text _cue_words
_is_cue _line_bounds _line_start_token _named_claim _named_speaker _other_speaker _phrase_bounds _pronoun_claim
_put_tally _quotation_source _semicolon_between _sentence_bounds _sentence_claims _speaker_after_semicolon _subject
_subject_start _text _told_on _trim extract_attributions quote_spans speech_cues tally_put tally_revised
""".split()


def test_every_old_name_is_importable_from_the_package_as_the_one_object_its_module_defines():
    assert sorted(attribution.__all__) == sorted([*OLD_NAMES, "_read_tsv"])  # _read_tsv: a test reads it from here
    assert [n for n in OLD_NAMES if not hasattr(attribution, n)] == []
    # _text is nlp.doctext's doc_text under the old module's alias: one object, defined outside the package
    assert_one_object_each(attribution, [n for n in OLD_NAMES if n != "_text"])
    assert all(m.__dict__.get("_text", attribution._text) is attribution._text
               for m in package_modules(attribution).values())
    # speech_cues is an lru_cache wrapper, not a function: one module defines it all the same (one cache)
    from sitrep.nlp.attribution import speech_cues

    assert speech_cues is attribution.cues.speech_cues
    assert speech_cues.__wrapped__.__module__ == attribution.cues.__name__


def test_importers_and_the_package_read_the_same_objects():
    import sitrep.nlp.actor_lexicon as lexicon
    import sitrep.nlp.doctext as doctext

    assert attribution._read_tsv is lexicon._read_tsv
    assert attribution._text is doctext.doc_text
    # the entry point reads the package's one copy of each step
    steps = attribution.extract.extract_attributions.__globals__
    for name in ("_Resolver", "_Scan", "quote_spans", "_carry_quotes", "_sentence_claims", "_text"):
        assert steps[name] is getattr(attribution, name), name
    sentence = attribution.extract._sentence_claims.__globals__
    for name in ("_according_to_claims", "_cue_claim", "_is_cue"):
        assert sentence[name] is getattr(attribution, name), name
    # the shared tables and helpers are one object wherever they are read
    for fn, names in ((attribution.trim._trim, ("_TRIM", "_QUOTE_OPEN", "_QUOTE_CLOSE", "_char_range")),
                      (attribution.carry_quotes._carry_quotes, ("_TRIM", "_QUOTE_OPEN", "_QUOTE_CLOSE", "_text")),
                      (attribution.paragraph._clip_paragraph, ("_TRIM",)),
                      (attribution.cues._is_cue, ("_TALLY_VERBS", "tally_put", "tally_revised", "speech_cues")),
                      (attribution.tally._put_tally, ("_TALLY_VERBS", "_TALLY_NOUNS")),
                      (attribution.cue_subject._cue_subject, ("_PRONOUNS_PERSON", "_PRONOUNS_ORG", "_subject")),
                      (attribution.cue_claim._cue_claim, ("_PRONOUNS_PERSON", "_PRONOUNS_ORG", "_claim_range")),
                      (attribution.other_speaker._other_speaker, ("_is_cue", "_subject"))):
        for name in names:
            assert fn.__globals__[name] is getattr(attribution, name), (fn.__qualname__, name)


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(attribution)
