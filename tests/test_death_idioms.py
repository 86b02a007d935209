"""Deaths told in a force's own idiom (nlp/death_idioms.py, data/death_idioms.tsv; issue 16, branch tolls6): "paid
the supreme price", "embraced shahadat", "laid down their lives", "made the ultimate sacrifice". Sentences written
for these tests; people and events made up (towns real)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_a_forces_idiom_counts_its_dead(ann):  # noqa: F811
    assert deaths(ann, "Two soldiers paid the supreme price when gunmen attacked an army post near Kumba on Tuesday, "
                       "the army said.") == 2
    assert deaths(ann, "Three policemen embraced shahadat during an exchange of fire with militants near Bannu on "
                       "Monday, police said.") == 3
    assert deaths(ann, "Five soldiers laid down their lives when insurgents ambushed a patrol near Kumba on Monday, "
                       "the army said.") == 5
    assert deaths(ann, "Two troopers made the ultimate sacrifice when gunmen attacked a camp near Kumba on Monday, "
                       "the army said.") == 2
    assert deaths(ann, "A sepoy made the supreme sacrifice while fighting terrorists near Kupwara on Monday, the army "
                       "said.") == 1
    # the same words with no qualifier, or another object: no death
    assert deaths(ann, "Gunmen attacked a market near Kumba on Monday and the traders paid a heavy price, police "
                       "said.") is None
    assert deaths(ann, "Forty fighters laid down their arms near Kumba on Monday, the army said.") is None
