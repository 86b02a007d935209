"""Place: where an event happened, chosen from its clause, then its sentence, then its paragraph, then the article.

A newcomer looking for why an event got a wrong place starts here: :func:`choose_place` takes its stages in
order (:meth:`PlaceScene.pick` ranks the candidates, :meth:`PlaceScene.located` drops mentions that say who
rather than where, :func:`_paragraph_place` and :func:`_last_resort` are the fallbacks), :func:`target_place`
finds what a territorial trigger acts on, :func:`locative` rejects names that do not say where something is
(datelines, "the X deal", "urging Ankara", "said in Moscow" for an act that happened elsewhere), and
:func:`article_place` is the article's main place, used as a last resort only when it is confident. A place
the resolver left without coordinates (too unsure) still names where the event is: it blocks the fallbacks
(a country's centroid, the article's place) and the event keeps the name without a point.

The package, one module a job: :mod:`~sitrep.events.place.choose` (the stages of :func:`choose_place`),
:mod:`~sitrep.events.place.scene` (:class:`PlaceScene`: usable and located mentions, the ranking),
:mod:`~sitrep.events.place.locative`, :mod:`~sitrep.events.place.dateline_mention`,
:mod:`~sitrep.events.place.speech_site`, :mod:`~sitrep.events.place.care_sites` (mentions that do not say where),
:mod:`~sitrep.events.place.targets` (what a territorial trigger takes; the town a province's name qualifies),
:mod:`~sitrep.events.place.article` (the article's main place) and :mod:`~sitrep.events.place.ranks` (how
specific, whether resolved). Every name the module had is importable from here as before.
"""
from __future__ import annotations

from sitrep.events.place.article import (  # noqa: F401
    DATELINE_CHARS, _counted_places, _dateline_town_of, _focus_country, _inside_counts, _lede_end, article_place,
)
from sitrep.events.place.care_sites import (  # noqa: F401
    _care_site, care_site, care_words,
)
from sitrep.events.place.choose import (  # noqa: F401
    _choose_place, _distance_told_next, _heading_within, _last_resort, _paragraph_place, _road_end_here,
    _set_aside_site, _town_told_after, choose_place, own_place_tokens, paragraph_bounds,
)
from sitrep.events.place.dateline_mention import (  # noqa: F401
    _DATELINE_TAIL, _in_caps_dateline, dateline_mention,
)
from sitrep.events.place.locative import (  # noqa: F401
    ADDRESS_VERBS, FRONT_HEADS, LOCATIVE_PREPS, NON_LOCATIVE_HEADS, _HYPHENS, _city_side, _locative_prep_of,
    _seat_of_rulers, labels_site_noun, locative, road_end, seat_nouns,
)
from sitrep.events.place.ranks import (  # noqa: F401
    ARTICLE_PLACE_MIN_CONF, COARSE, PRECISION_RANK, place_rank, resolved, unknown_site,
)
from sitrep.events.place.scene import (  # noqa: F401
    PlaceScene,
)
from sitrep.events.place.speech_site import (  # noqa: F401
    SPEECH_VERBS, _fronted_pp, _reported_clause_pp, statement_site,
)
from sitrep.events.place.targets import (  # noqa: F401
    BRIDGE_CHARS, TERRITORIAL, target_place, territorial_code, unnamed_town,
)
