"""The cheap first tests of the annotators' per-sentence checks (nlp/span_words) and the noun phrases read once per
head (events/roles.np_tokens): each gives the answer of the slow walk it stands before, on made-up sentences."""
from sitrep.events.roles import _np_tokens, np_tokens
from sitrep.nlp.span_words import lemma_lowers, names_any, span_words


def test_span_words_are_the_lemmas_and_forms_of_each_sentence(ann):
    doc = ann.nlp("Gunmen killed two herders near Olvari. The Drummond militia denied it on Tuesday.")
    for sent in doc.sents:
        want = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        assert span_words(doc, sent.start, sent.end) == want
        assert span_words(doc, sent.start, sent.end) is span_words(doc, sent.start, sent.end)  # built once
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]


def test_names_any_agrees_with_the_walk_over_tokens(ann):
    doc = ann.nlp("Troops stormed mock trenches at the Kestrel firing range. Nobody was hurt in Pellow.")
    for sent in doc.sents:
        for words in ({"kill"}, {"storm"}, {"stormed"}, {"range", "nobody"}, {"hurt"}, {"pellow"}, set()):
            walk = any(t.lemma_.lower() in words or t.lower_ in words for t in sent)
            assert names_any(sent, frozenset(words)) == walk


def test_span_words_on_a_stand_in_doc():
    class Tok:
        def __init__(self, text):
            self.lower_, self.lemma_ = text.lower(), text.rstrip("s")

    class Doc(list):
        pass

    doc = Doc([Tok("Raids"), Tok("Ended")])
    assert span_words(doc, 0, 2) == {"raid", "raids", "ended"}
    assert lemma_lowers(doc) == ["raid", "ended"]


def test_np_tokens_read_once_per_head_give_the_walk_s_phrase(ann):
    doc = ann.nlp("Fighters of the Velmar Brigade attacked a convoy of the Ostrava Liberation Front near Kessel.")
    for tok in doc:
        first = np_tokens(tok)
        assert [t.i for t in first] == [t.i for t in _np_tokens(tok)]
        again = np_tokens(tok)
        assert [t.i for t in again] == [t.i for t in first] and again is not first  # a new list each time
