"""The enemy-noun table is read in one place (sitrep.nlp.enemy_nouns) by the figure reader and the story layer."""
from sitrep.nlp.enemy_nouns import enemy_nouns


def test_plural_and_singular_forms():
    words = enemy_nouns()
    assert {"gunmen", "gunman", "enemies", "enemy", "raiders", "raider"} <= words
    assert all(w == w.lower() for w in words)


def test_figure_reader_takes_raiders_as_people():
    import spacy

    nlp = spacy.blank("en")
    tok = nlp("raiders")[0]
    from sitrep.nlp.figure_what import _people_noun

    assert _people_noun(tok)
