"""MySQL collation keys the emulated functions compare with (``utf8_unicode_ci``, PAD SPACE)."""

from __future__ import annotations

import unicodedata

__all__ = ["vendor_key"]


def vendor_key(text: str) -> str:
    """utf8_unicode_ci with PAD SPACE, roughly: case and accents ignored, trailing spaces ignored."""
    if text.isascii():  # the common case, and searches compare every row's code: keep it cheap
        return text.rstrip(" ").lower()
    decomposed = unicodedata.normalize("NFD", text.rstrip(" "))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
