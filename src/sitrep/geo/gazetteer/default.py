"""The process-wide gazetteer (:func:`get_gazetteer`): opened once, built first where the file is missing or
outdated, one process building while the others wait."""
from __future__ import annotations

import logging
from typing import Optional

from sitrep.geo.gazetteer.build_file import build
from sitrep.geo.gazetteer.fingerprint import _is_current
from sitrep.geo.gazetteer.query import Gazetteer
from sitrep.geo.gazetteer.schema import default_path

log = logging.getLogger("sitrep.geo.gazetteer")  # the name the messages always had


_DEFAULT: Optional[Gazetteer] = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer; builds ``build/gazetteer.sqlite`` first if it is missing or outdated."""
    global _DEFAULT
    if _DEFAULT is None:
        path = default_path()
        if not path.exists() or not _is_current(path):
            import fcntl

            # several processes (analysis workers, a second run) may start at once: one builds, the others wait
            with open(path.with_name(path.name + ".lock"), "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                if not path.exists() or not _is_current(path):
                    log.warning("sitrep: building the gazetteer at %s (once, about a minute)", path)
                    build(path)
        _DEFAULT = Gazetteer(path)
    return _DEFAULT
