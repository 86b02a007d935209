"""Scaffold: replaced by the real annotator (see the issue that owns this module)."""
from __future__ import annotations

from typing import Any


def extract_attributions(doc: Any, ctx: Any, analysis: Any) -> list:
    return []
