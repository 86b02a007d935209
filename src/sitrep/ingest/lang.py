"""Language identification (py3langid, offline) on the clean text."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

CONFIDENT = 0.9  # probability above which a short text's language is trusted
LONG_WORDS = 40  # texts at least this long are trusted whatever the probability


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, bool]:
    """(ISO 639-1 language code, whether the guess is confident enough to act on)."""
    sample = text[:1000]  # a few paragraphs decide the language; longer samples only cost time
    lang, prob = _identifier().classify(sample)
    return str(lang), prob >= CONFIDENT or len(sample.split()) >= LONG_WORDS
