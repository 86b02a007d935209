"""tolls33: "Both" as the count of the hurt after a pair told by role (nlp/both_hurt), "N others died" beside a count
of dead told before it in the same sentence (events/toll_others), a death among the hurt told with initials
(events/hurt_died._HURT_DIED), "One of them ... died" opening the sentence after the hurt's count
(nlp/hurt_who_died._told_hurt_then_died) and a toll raised by it far on in a one-incident report
(events/toll_far_update). Sentences written for these tests; names and places made up (Tessor, Marwick: no
gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # the pair by role, then "Both were rushed to ...": two hurt
    ("TESSOR - A bouncer was shot dead outside a nightclub in Tessor on Saturday night, police said. The barman, "
     "Mr Olu Danfa, and a customer who was queueing at the door were hit by stray bullets. Both were rushed to the "
     "district hospital, where they are said to be in critical condition.", 1.0, 2.0),
    # a fire's dead, then the pair "taken to hospital" and "Both are said to be seriously hurt"
    ("Two boys have died after fire broke out at their home in Marwick overnight, police said. Their grandmother "
     "and a lodger who had tried to reach them were taken to the county hospital. Both are said to be seriously "
     "hurt.", 2.0, 2.0),
    # "Both" of the dead: no one hurt
    ("TESSOR - Gunmen opened fire on a car in Tessor on Sunday, police said. Officers found the driver and his "
     "brother slumped in their seats. Both were declared dead at the scene.", None, None),
    # "Both" arrested: no one hurt
    ("TESSOR - A shopkeeper was stabbed to death in Tessor on Monday, police said. A teenager and his uncle were "
     "detained near the market. Both were taken to the central police station.", 1.0, None),
])
def test_both_hurt(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
    assert wounded(an) == hurt, show(an)


@pytest.mark.parametrize("text,dead", [
    # "Six ... died on the spot and three others died on the way": nine
    ("MARWICK - Six people died on the spot and three others died on the way to hospital when a bus collided with "
     "a fuel tanker near Marwick yesterday morning, police said.", 9.0),
    ("TESSOR - Four passengers were killed instantly and two others died in hospital after gunmen ambushed a minibus "
     "near Tessor on Friday, police said.", 6.0),
])
def test_others_died_added(ann, text, dead):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)


def test_hurt_died_with_initials(ann):
    an = read(ann, "TESSOR - Gunmen killed two people and wounded five others at a cafe in Tessor late on Tuesday, "
                   "officials said.\n\nOn Wednesday the governor's office said one of the wounded, identified only "
                   "by the initials K.T., had died, bringing the death toll to three.")
    assert deaths(an) == 3.0, show(an)
    assert wounded(an) == 4.0, show(an)


@pytest.mark.parametrize("text,dead,hurt", [
    # the hurt counted alone, the next sentence opens "One of them, ..., died": three hurt
    ("TESSOR - Gunmen killed five people at a bakery in Tessor on Tuesday afternoon, prosecutors said. Four more "
     "people were wounded. One of them, a 22-year-old cashier, died on Wednesday at the city clinic, raising the "
     "death toll to six.", 6.0, 3.0),
    # the update four sentences on, "The injured were taken to ..." between: three dead, 11 hurt
    ("MARWICK - Two people were killed and 12 others injured when gunmen opened fire at a wedding party in "
     "Marwick yesterday, police said. The dead were identified as Omar Tesfa and Yusuf Kiri. "
     "Guests said the music had just stopped when the men walked in from the road. The injured were taken to "
     "the district hospital. One of them, Ali Bora, 40, died while undergoing treatment this morning, raising the "
     "death toll to three.", 3.0, 11.0),
])
def test_hurt_then_one_of_them_died(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
    assert wounded(an) == hurt, show(an)
