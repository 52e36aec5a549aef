"""The pseudo-locale: every source text made about 40 % longer, with accents and brackets, so a layout that
clips, overlaps or hard-codes English shows itself. Generated from a .ts file, never written by hand.

Placeholders (``{name}``, ``{0:g}``, ``%n``, ``%1``), HTML tags, entities and the ``&`` of a mnemonic are kept
as they are: only the words around them change.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

ACCENTS = dict(zip("aceinorsuyzACEINOUSYZ", "àçéîñöŕšüýžÀÇÉÎÑÖÛŠÝŽ", strict=True))
# what must survive untouched: placeholders, tags, entities, URLs
_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d+|<[^<>]+>|&[a-zA-Z]+;|&#\d+;|https?://\S+|[\w.-]+@[\w.-]+)")
GROWTH = 0.4
FILLER = " ~ẋẋ"


def pseudo_text(text: str) -> str:
    """``text`` accented, bracketed and padded to about 140 % of its length."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(part if i % 2 else "".join(ACCENTS.get(c, c) for c in part) for i, part in enumerate(parts))
    visible = len(_KEEP.sub("", text))
    pad = max(1, round(visible * GROWTH) - 2)  # the brackets count too
    padding = (FILLER * (pad // len(FILLER) + 1))[:pad]
    return f"⟦{out}{padding}⟧"


def pseudo_ts(ts_xml: str) -> str:
    """A complete pseudo-locale .ts built from the sources of the messages in ``ts_xml``."""
    root = ET.fromstring(ts_xml)
    root.set("language", "en")  # English plural rules: one form for 1, one for the rest
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        for old in message.findall("translation"):
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
