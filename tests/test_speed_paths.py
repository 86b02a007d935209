"""The speed-ups (per-Doc token lists and entities, per-article lookup memos, skipped checks) give the answers of
the plain readings they replace, on sentences written for these tests.

Uses the spaCy model and the real gazetteer (built into build/ on first use)."""
import pytest

from sitrep.nlp.annotate import DocContext

TEXTS = [
    "Rebels shell Idlib town\n\nSyrian government forces shelled the town of Saraqib in Idlib province on Monday, "
    "killing four civilians, a monitor said. Turkey's defence ministry said its troops near Aleppo were not hit.\n\n"
    "The Syrian Observatory for Human Rights, a Britain-based monitor, said Russian jets struck al-Bara village.",
    "Police in Springfield, Ill., said a man was shot dead on Elm Street late on Friday. Mr. Lincoln, 41, of "
    "Chicago was taken to the University of Illinois hospital, where he died.",
    "KABUL, March 3 (Reuters) - Taliban fighters attacked a checkpoint in Kunduz province, officials said. "
    "Two soldiers were wounded.\n\nGunmen seize trucks\n\nThe gunmen seized two trucks on the Kabul-Jalalabad highway.",
    "Protesters marched through central Nairobi on Tuesday. The Kenyan police fired tear gas; the crowd's leaders "
    "called the response despicable and warned that they would return.",
]


@pytest.fixture(scope="module")
def nlp():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.nlp.models import load_pipeline

    get_gazetteer()
    return load_pipeline()


def test_doc_caches_hold_what_spacy_gives(nlp):
    from sitrep.nlp.doctext import doc_attr, doc_ents

    for text in TEXTS:
        doc = nlp(text)
        assert doc_ents(doc) == tuple(doc.ents) and doc_ents(doc) is doc_ents(doc)
        for name in ("text", "lower_", "idx", "is_alpha", "is_space", "is_punct", "whitespace_", "pos_", "tag_"):
            assert doc_attr(doc, name) == [getattr(t, name) for t in doc]


def test_name_runs_are_found_once_and_given_as_fresh_lists(nlp):
    from sitrep.geo.name_runs import find_name_runs, name_runs

    doc = nlp(TEXTS[0])
    runs = name_runs(doc)
    assert runs == find_name_runs(doc) and runs
    runs.clear()  # a caller's list is its own
    assert name_runs(doc) == find_name_runs(doc)


def _cands(nlp, text):
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.nlp.actors import extract_entities
    from sitrep.model import Analysis

    doc = nlp(text)
    ctx = DocContext(article_id="t")
    an = Analysis(article_id="t")
    an.entities = extract_entities(doc, ctx, an)
    gaz = get_gazetteer()
    cs = _recognizer(gaz).candidates(doc, ctx, an, focus=_text_focus(doc, gaz, ctx))
    return [(c.start, c.end, c.text, [(e.id, e.primary) for e in c.entries], c.match, c.cue, c.label, c.suffix_end,
             c.weak, dict(c.scores)) for c in cs]


def test_place_candidates_are_the_same_without_the_per_article_lookup_memo(nlp, monkeypatch):
    from sitrep.geo.recognize import Recognizer

    fast = [_cands(nlp, t) for t in TEXTS]
    assert any(c[2] == "Saraqib" for c in fast[0]) and any(c[2] == "Kunduz province" for c in fast[2])
    monkeypatch.setattr(Recognizer, "_doc_lookup", lambda self: self.lookup)
    assert fast == [_cands(nlp, t) for t in TEXTS]


def _units_plain(doc):
    """events.extract._units as it read Spans and Tokens (the reference)."""
    from sitrep.nlp.doctext import doc_sents

    for sent in doc_sents(doc):
        start = sent.start
        for tok in sent:
            if (tok.is_space and "\n\n" in tok.text) or "\n\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                piece = doc[start:end]
                if piece.text.strip():
                    yield piece
                start = tok.i + 1
        piece = doc[start: sent.end]
        if piece.text.strip():
            yield piece


def _headline_plain(unit):
    words = [t for t in unit if not t.is_space and not t.is_punct]
    text = unit.text.strip()
    if not text or text[-1] in '.!?"\'”’)»…':
        return False
    after = unit.doc.text[unit.end_char: unit.end_char + 2] if unit.end < len(unit.doc) else "\n"
    return len(words) <= 10 and (after.startswith("\n") or unit.end >= len(unit.doc))


def test_sentence_units_and_headlines_read_from_token_lists_are_the_span_readings(nlp):
    from sitrep.events.extract import _headline, _units

    heads = []
    for text in TEXTS + ["\n\nShort line\n\n\nA sentence.  \n\nLast words"]:
        doc = nlp(text)
        fast, plain = list(_units(doc)), list(_units_plain(doc))
        assert [(u.start, u.end) for u in fast] == [(u.start, u.end) for u in plain]
        assert [_headline(u) for u in fast] == [_headline_plain(u) for u in plain]
        heads += [u.text for u in fast if _headline(u)]
    assert "Rebels shell Idlib town" in heads and "Gunmen seize trucks" in heads


def test_trigger_prefilter_drops_no_trigger(nlp, monkeypatch):
    from sitrep.events import triggers as T
    from sitrep.events.triggers import find as F
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.doctext import doc_sents

    onto = load_ontology()

    def found():
        out = []
        for text in TEXTS:
            for sent in doc_sents(nlp(text)):
                out.append([(t.tok.i, t.pattern.tdef.code) for t in T.find_triggers(sent, onto, [], ())])
        return out

    fast = found()
    assert sum(map(len, fast)) >= 6  # shelled, killing, struck, attacked, seized, fired, called...
    monkeypatch.setattr(F, "_could_trigger_at", lambda lemmas, lowers, poss, i, pos, onto: True)
    assert fast == found()


def test_trigger_prefilter_from_token_lists_is_the_token_reading(nlp):
    from sitrep.events.triggers import find as F
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.doctext import doc_attr

    onto = load_ontology()
    seen = 0
    for text in TEXTS + ["The Ahmadis were attacked; Sheikh Jarrahs residents succumbed and took the hills."]:
        doc = nlp(text)
        lemmas, lowers, poss = doc_attr(doc, "lemma_"), doc_attr(doc, "lower_"), doc_attr(doc, "pos_")
        for t in doc:
            for pos in ("VERB", "NOUN"):
                got = F._could_trigger_at(lemmas, lowers, poss, t.i, pos, onto)
                assert got == F.could_trigger(t, pos, onto), (t.text, pos)
                seen += got
    assert seen >= 6


def _to_units_plain(text):
    """actor_lexicon.to_units with its regular expressions for possessives and gaps (the reference)."""
    from sitrep.nlp import actor_lexicon as L

    out, prev_end, prev_raw, article_start = [], None, "", None
    for m in L._WORD.finditer(text):
        raw, start, end, poss = m.group(), m.start(), m.end(), False
        pm = L._POSS.search(raw)
        if pm and len(raw) > 2:
            raw, poss = raw[: pm.start()], True
            end = start + len(raw)
        low, nxt = raw.lower(), text[m.end(): m.end() + 1]
        if low in L._DROP:
            continue
        if low in L._ARABIC_ARTICLE and nxt in ("-", " ", "\u2010", "\u2011") and m.end() + 1 < len(text):
            if text[m.end() + 1: m.end() + 2].isalpha():
                article_start = start
                continue
        key = L.fold_word(raw)
        if not key:
            continue
        joins = bracket = False
        if prev_end is not None:
            gap = text[prev_end:start]
            joins = bool(L._JOIN_GAP.match(gap)) or (gap in (".", ". ") and len(prev_raw) == 1 and prev_raw.isupper())
            bracket = not joins and gap in (" (", "(")
        if article_start is not None:
            start, article_start = article_start, None
        out.append(L.Unit(key, start, end, raw, poss, nxt in ("-", "\u2010", "\u2011"), joins, bracket))
        prev_end, prev_raw = m.end(), raw
    return out


def test_word_units_without_regex_calls_are_the_same():
    from sitrep.nlp.actor_lexicon import to_units

    for text in TEXTS + ["Turkey’s army and the PKK'S fighters; it'ſ odd. J. Smith -- al-Qaeda's  men, the  US.\tUN's CPI (Maoist) cadres, X(Y)"]:
        assert to_units(text) == _to_units_plain(text)
    assert [u.possessive for u in to_units("Turkey’s army, the PKK'S men, It'ſ")] == [True, False, True, False, True]


def test_word_units_from_the_remembered_word_readings_are_the_same():
    from sitrep.nlp.actor_lexicon import units as U

    texts = ["The al-Wadi brigade and El Norte's men; an El-7 drone, al 5, Al", "the A team of a THE An AL el- Ola",
             "Al-Bara’s Defence Organisation"]
    U._WORD_INFO.clear()  # read afresh, then again from what was remembered, then with the memo full
    for _ in range(2):
        for text in texts:
            assert U.to_units(text) == _to_units_plain(text)
    assert "al" in U._WORD_INFO and U._WORD_INFO["The"][0] == 1
    U._WORD_INFO.update((f"w{i}", (0, f"w{i}")) for i in range(131072 - len(U._WORD_INFO)))
    fresh = "Qarlo Vennik's unit of the Zubayr al-Fennel group"  # words not read yet: the full memo starts afresh
    assert U.to_units(fresh) == _to_units_plain(fresh)
    assert len(U._WORD_INFO) < 1000


def test_remembered_fuzzy_actor_answers_are_the_searched_ones():
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    names = ["Hayat Tahrir al-Sham", "Hayat Tahrir al Shams", "Islamic State group", "Mr Nobody Atall"]
    res.forget_article()
    first = [res.fuzzy(n) for n in names]
    assert first == [res.fuzzy(n) for n in names]  # remembered
    res.forget_article()
    assert first == [res.fuzzy(n) for n in names]  # searched again
    assert first[0] is not None and first[-1] is None



def test_quote_spans_read_only_quote_marks_and_line_breaks():
    from sitrep.nlp.attribution import quote_spans

    def quoted(text):
        return [text[s:e] for s, e in quote_spans(text)]

    assert quoted('He said "we will stay" and «nous partons».\n\n“Open quote\n\nnext') == [
        '"we will stay"', "«nous partons»", "“Open quote"]  # a paragraph break closes an open quote
    assert quoted('"a\n"b"') == ['"a\n"', '"']  # a single line break does not; straight quotes toggle
    assert quoted("„x“ y”") == ["„x“ y”"]
    assert quoted('a "b\n\nc" d') == ['"b', '" d']


_VICTIM_TEXTS = [
    "A 34-year-old man was found dead in his flat in Northam on Sunday. A neighbour was left seriously wounded and "
    "a fatal stabbing left the street quiet; the dead man's brother was badly hurt, the injured woman said.",
    "The attack left two guards dead and claimed the lives of three pupils. A wounded officer is in a stable "
    "condition; the deceased were named as Tomas Verel and Ana Petrak.",
]


def test_victim_reading_skips_only_nouns_and_adjectives_it_cannot_read(nlp):
    """The list prefilter of nlp/victims/counts (a noun with no death row, an adjective :func:`adjective_may_tell`
    refuses) drops only words the full reading gives nothing for."""
    from sitrep.nlp.figure_words import figure_lexicon
    from sitrep.nlp.victims.category import _category, adjective_may_tell
    from sitrep.nlp.victims.death_nouns import DEATH_ROW, _death_noun

    lex = figure_lexicon()
    adjectives = read = 0
    for text in TEXTS + _VICTIM_TEXTS:
        for t in nlp(text):
            if t.pos_ == "ADJ":
                adjectives += 1
                if not adjective_may_tell(t.lemma_.lower(), t.lower_):
                    assert _category(t, lex.verbs) is None, t.text
                else:
                    read += 1
            if t.pos_ == "NOUN" and lex.nouns.get(t.lemma_.lower()) != DEATH_ROW:
                assert not _death_noun(t, lex.nouns), t.text
    assert adjectives >= 10 and read >= 1
