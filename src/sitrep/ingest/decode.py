"""Bytes -> text: encoding detection, binary rejection, mojibake repair.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything
else that is not valid UTF-8 is read as Windows-1252 (a superset of Latin-1 in
practice). ftfy then repairs mojibake ("Ã©" -> "é") without touching quotes
or widths, so the text stays what the page said.
"""
from __future__ import annotations

import codecs
import re

import ftfy

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


class DecodeError(ValueError):
    """The bytes are not text sitrep can read; the message says why."""


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes, or many control characters, in the first 8 KB."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    ctrl = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return ctrl / len(head) > 0.05


def decode_bytes(data: bytes, fix: bool = True) -> tuple[str, str]:
    """Decode ``data`` and (``fix``) repair mojibake; returns (text, encoding used).

    Raises :class:`DecodeError` for empty or binary input.
    """
    if not data.strip():
        raise DecodeError("empty file (no text)" if not data else "contains only white space")
    if looks_binary(data):
        raise DecodeError("binary file, not text (expected .txt, .html, .jsonl, .warc, RSS/Atom)")
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", "replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = data.decode("utf-16", "replace"), "utf-16"
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), "latin-1"
    return (repair(text) if fix else text), enc


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# invisible characters with no meaning in news text that split words ("Kram\u00adatorsk") and hide sentence ends:
# zero-width space, word joiner, BOM inside the text, soft hyphen. ZWJ/ZWNJ (needed in Persian, Indic scripts,
# emoji) and the bidi marks are kept.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))


def repair(text: str) -> str:
    """Fix mojibake, stray control and invisible characters; line breaks become ``\\n``."""
    if text.isascii():  # no mojibake possible: only line breaks and control characters to tidy
        return _ASCII_CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return ftfy.fix_text(text, _FTFY).translate(_INVISIBLE)
