"""Whether a country whose name opens with an article ("El Salvador") is named without it ("Salvador", a city
of Brazil), so that the match is no mention of the country (:func:`_article_dropped`)."""
from __future__ import annotations

import re


def _article_dropped(name: str, said: str, before: str) -> bool:
    """A country whose name opens with an article ("El Salvador") named without it ("Salvador", a city of Brazil):
    the name folding drops "al" / "el" (nlp/actor_lexicon), which for a country's own article changes the name.
    Not when a capitalised word runs right before it (``before``: the text before the match): the end of a longer
    name, "San Salvador", the country's capital, which tells the country as before."""
    first = name.split()[0].lower() if name.split() else ""
    if re.search(r"\b[A-Z][\w'-]*\s+$", before[-30:]):
        return False
    return len(name.split()) > 1 and first in ("el", "al") and not said.lower().lstrip().startswith(first)
