"""The cue as reported: the verb with a short object or setting ("told AFP", "said in a statement"), "quoted"
with its object and "as saying" (:func:`_cue_words`, :func:`_cue_text`)."""
from __future__ import annotations

from typing import Any


_MEDIA = {"statement", "interview", "tweet", "twitter", "post", "message", "video", "letter", "briefing", "conference",
          "remark", "speech", "television", "tv", "radio", "telegram", "facebook", "x", "communique", "release",
          "series", "broadcast", "address", "note", "report"}


def _cue_text(doc: Any, cue: Any) -> tuple[str, int]:
    """The cue as written, with a short object or setting: "told AFP", "said in a statement"."""
    words = [cue.text]
    last = cue.i
    for c in cue.rights:
        if c.dep_ == "dobj" and c.i == last + 1 and c.right_edge.i - c.i < 3 and cue.lemma_.lower() == "tell":
            words.append(doc[c.i : c.right_edge.i + 1].text)
            last = c.right_edge.i
        elif c.dep_ == "prep" and c.i == last + 1 and c.lower_ in ("in", "on", "via") and c.right_edge.i - c.i <= 5 \
                and any(t.lemma_.lower() in _MEDIA for t in doc[c.i : c.right_edge.i + 1]):
            words.append(doc[c.i : c.right_edge.i + 1].text)
            last = c.right_edge.i
        else:
            break
    return " ".join(words), last


def _cue_words(doc: Any, cue: Any) -> tuple[str, int]:
    """The cue as reported and its last token: "quoted" takes its object and "as saying" with it ("quoted a
    source at the foreign ministry as saying")."""
    cue_text, cue_last = _cue_text(doc, cue)
    if cue.lemma_.lower() == "quote":
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        as_ = next((c for c in cue.children if c.lower_ == "as"), None)
        if obj is not None:
            end_i = (as_.right_edge.i if as_ is not None else obj.right_edge.i)
            if as_ is not None:
                ving = next((c for c in as_.children if c.tag_ == "VBG"), None)
                end_i = ving.i if ving is not None else as_.i
            cue_text = doc[cue.i : end_i + 1].text
            cue_last = end_i
    return cue_text, cue_last
