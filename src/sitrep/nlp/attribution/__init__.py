"""Who said it: the claimant of each reported claim, with the cue and the text the claim covers.

Patterns, read off the dependency parse (cues from ``data/speech_cues.tsv``):

- "X said (that) ...", "..., X said.", "X told AFP ...", "X said in a statement ...",
  "X claimed / reported / announced / confirmed / denied / accused ...": the cue verb's
  ``nsubj`` is the claimant; its ``ccomp``/``xcomp`` (else the rest of the sentence) is the claim;
- "X reported ..., saying ...", "X dismissed ..., telling ...": a participle cue takes the subject
  of the cue verb it hangs from;
- "according to X (and Y)": the object of "according to" (each conjunct) is a claimant;
- "SANA quoted a source at the foreign ministry as saying ...": the claimant is SANA; the quoted
  source is kept in the cue ("quoted a source at the foreign ministry as saying").

Claimants are resolved to canonical actors through the entity mentions (the mention holding the
head word of the claimant phrase) or the :class:`~sitrep.nlp.actor_lexicon.ActorResolver`.
"he/she added" takes the most recent person claimant, unless another person was named in between;
"it/they" are left out. A quotation running over several sentences, or a fully quoted sentence
right after an attributed quote, carries that attribution. When the claimant cannot be resolved
with confidence the attribution is still reported with the claimant phrase but no id; a pronoun
that cannot be resolved is left out.

One module per decision; where an attribution came out as it did, look in the module that decides it (start at
``extract.extract_attributions``, the entry point, which reads each sentence, then the carried quotations):

===================  ===============================================================================================
module               decides
===================  ===============================================================================================
``extract``          the entry point: the claims of each sentence, one per "according to" and per speech cue, then
                     the carried quotations, in text order (:func:`extract_attributions`, :func:`_sentence_claims`)
``cues``             which verb is a speech cue (:func:`speech_cues`, :func:`_is_cue`)
``tally``            a verb that gives a claimant's tally its number ("put the toll at 52", "revised its estimate
                     to ..."), the tally noun it gives it to (:func:`tally_put`, :func:`tally_revised`,
                     :func:`_put_tally`)
``according_to``     the claimants of "according to X (and Y)", the source of a document (:func:`_according_to_claims`)
``cue_claim``        the claim of a speech cue: its claimant phrase, its words, whom it names (:func:`_cue_claim`)
``cue_subject``      which word is a cue's claimant, a cut-off speaker's name; none for a passive, a pronoun naming
                     nobody, a participle of another cue (:func:`_cue_subject`, :func:`_named_speaker`)
``subject``          a verb's subject, the right one of two adjacent ones (:func:`_subject`)
``claimant_phrase``  which tokens a claimant phrase spans (:func:`_phrase_bounds`, :func:`_subject_start`,
                     :func:`_line_start_token`)
``cue_words``        the cue as reported ("told AFP", "quoted a source ... as saying": :func:`_cue_words`,
                     :func:`_cue_text`)
``pronoun_claim``    whom "he/she added", "It/They said" names (:func:`_pronoun_claim`)
``named_claim``      whom a named claimant phrase names; a bare "the ministry added" (:func:`_named_claim`)
``resolver``         which actor a claimant phrase names (:class:`_Resolver`)
``armed_group``      a demonym before an armed group's noun: no state speaking (:func:`_armed_group_head`)
``claim_range``      which words a cue's claim covers (:func:`_claim_range`, :func:`_line_bounds`)
``other_speaker``    where another speaker takes the word inside a claim (:func:`_other_speaker`,
                     :func:`_speaker_after_semicolon`, :func:`_semicolon_between`)
``told_on``          a clause the speaker goes on to tell after his attribution (:func:`_told_on`)
``trim``             where a claim's characters begin and end: no punctuation, no dateline (:func:`_trim`)
``paragraph``        a claim kept inside its attribution's paragraph (:func:`_clip_paragraph`)
``quotes``           where the quotations of a text are (:func:`quote_spans`)
``carry_quotes``     which sentences carry a quotation's claimant (:func:`_carry_quotes`, :func:`_quotation_source`,
                     :func:`_sentence_bounds`)
``scan``             what every claim of one article is read against: whether a claim holds a quotation, whether
                     another person is named between two places (:class:`_Scan`)
``claim``            no decision: a claim as collected (:class:`_Claim`)
``words``            no decision: tables and helpers more than one module reads (``_TRIM``, the quotation marks,
                     ``_text``, :func:`_char_range`)
===================  ===============================================================================================

Every name of the former ``nlp/attribution.py`` stays importable from here (private ones too), and so does
``_read_tsv``, which a test reads from here. Its code moved verbatim (split14).
"""
from __future__ import annotations

from sitrep.nlp.actor_lexicon import _read_tsv
from sitrep.nlp.attribution.according_to import _DOCUMENTS, _according_to_claims
from sitrep.nlp.attribution.armed_group import _armed_group_head
from sitrep.nlp.attribution.carry_quotes import _carry_quotes, _quotation_source, _sentence_bounds
from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.claim_range import _claim_range, _line_bounds
from sitrep.nlp.attribution.claimant_phrase import _line_start_token, _phrase_bounds, _subject_start
from sitrep.nlp.attribution.cue_claim import _cue_claim
from sitrep.nlp.attribution.cue_subject import _PRONOUNS_SKIP, _cue_subject, _named_speaker
from sitrep.nlp.attribution.cue_words import _MEDIA, _cue_text, _cue_words
from sitrep.nlp.attribution.cues import _is_cue, speech_cues
from sitrep.nlp.attribution.extract import _sentence_claims, extract_attributions
from sitrep.nlp.attribution.named_claim import _named_claim
from sitrep.nlp.attribution.other_speaker import _other_speaker, _semicolon_between, _speaker_after_semicolon
from sitrep.nlp.attribution.paragraph import _clip_paragraph
from sitrep.nlp.attribution.pronoun_claim import _PRONOUNS_ORG, _PRONOUNS_PERSON, _pronoun_claim
from sitrep.nlp.attribution.quotes import _QUOTE_CHARS, quote_spans
from sitrep.nlp.attribution.resolver import _Resolver
from sitrep.nlp.attribution.scan import _Scan
from sitrep.nlp.attribution.subject import _subject
from sitrep.nlp.attribution.tally import _REVISE_VERBS, _TALLY_NOUNS, _TALLY_VERBS, _put_tally, tally_put, tally_revised
from sitrep.nlp.attribution.told_on import _told_on
from sitrep.nlp.attribution.trim import _DATELINE, _trim
from sitrep.nlp.attribution.words import _CLAUSE_DEPS, _QUOTE_CLOSE, _QUOTE_OPEN, _TRIM, _char_range, _text

__all__ = [
    "_CLAUSE_DEPS", "_Claim", "_DATELINE", "_DOCUMENTS", "_MEDIA", "_PRONOUNS_ORG", "_PRONOUNS_PERSON",
    "_PRONOUNS_SKIP", "_QUOTE_CHARS", "_QUOTE_CLOSE", "_QUOTE_OPEN", "_REVISE_VERBS", "_Resolver", "_Scan",
    "_TALLY_NOUNS", "_TALLY_VERBS", "_TRIM", "_according_to_claims", "_armed_group_head", "_carry_quotes",
    "_char_range", "_claim_range", "_clip_paragraph", "_cue_claim", "_cue_subject", "_cue_text", "_cue_words",
    "_is_cue", "_line_bounds", "_line_start_token", "_named_claim", "_named_speaker", "_other_speaker",
    "_phrase_bounds", "_pronoun_claim", "_put_tally", "_quotation_source", "_read_tsv", "_semicolon_between",
    "_sentence_bounds", "_sentence_claims", "_speaker_after_semicolon", "_subject", "_subject_start", "_text",
    "_told_on", "_trim", "extract_attributions", "quote_spans", "speech_cues", "tally_put", "tally_revised",
]
