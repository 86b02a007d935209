"""The text of a parsed Doc, built once: spaCy's ``Doc.text`` joins every token's text on each access, so an
annotator that reads it once per candidate (a place name, an actor phrase) turns quadratic in the article."""
from __future__ import annotations

from typing import Any


def doc_text(doc: Any) -> str:
    """``doc.text``, cached in ``doc.user_data``."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text
