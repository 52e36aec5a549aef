"""Which text encoding a CSV/TSV file uses: its BOM, else strict UTF-8 over the whole file, else a guess.

The guess (`charset-normalizer`) is shown to the user and can be overridden. On the short, mostly-ASCII
samples correction files give it, it often names a cousin of Windows-1252 (cp1250 for "José Müller") or even a
CJK code page; Windows-1252 is what Western spreadsheet exports use, so it wins whenever it reads the same
text, or reads only Latin letters where the guess reads another script.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Final

__all__ = ["EncodingChoice", "EncodingSource", "detect_encoding", "python_codec"]

_CHUNK: Final = 1 << 20
_GUESS_SAMPLE: Final = 64 * 1024  # bytes of non-ASCII lines handed to the guesser
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN: Final = "cp1252"
_LINE_END: Final = re.compile(rb"\r\n|\r|\n")
_ALTERNATIVES: Final = 6


class EncodingSource(Enum):
    BOM = "bom"  # the file says so
    UTF8 = "utf8"  # every byte of the file is valid UTF-8
    GUESSED = "guessed"  # charset-normalizer (or the Windows-1252 preference above): show it, let it change
    USER = "chosen"  # chosen by the user


@dataclass(frozen=True)
class EncodingChoice:
    encoding: str  # a Python codec name; "utf-8-sig" and "utf-16"/"utf-32" consume their BOM
    source: EncodingSource
    alternatives: tuple[str, ...] = ()  # other plausible encodings, for the chooser


def python_codec(name: str) -> str | None:
    """The canonical codec name for a user's choice ("Windows-1252", "latin1"), None when unknown."""
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _bom(head: bytes) -> str | None:
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    return None


def _scan(fh: BinaryIO) -> tuple[bool, bytes]:
    """Whether the whole stream is UTF-8, and (when not) a sample of its lines holding non-ASCII bytes."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    utf8 = True
    sample = bytearray()
    tail = b""
    while chunk := fh.read(_CHUNK):
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
        if not utf8:
            lines = _LINE_END.split(tail + chunk)  # CR-only files too
            tail = lines.pop()
            for line in lines:
                if len(sample) >= _GUESS_SAMPLE:
                    return False, bytes(sample)
                if max(line, default=0) >= 0x80:
                    sample += line + b"\n"
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if not utf8 and tail and max(tail) >= 0x80:
        sample += tail
    return utf8, bytes(sample[:_GUESS_SAMPLE])


def _only_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha() and ord(ch) > 127)


def _western_words(western: str, guessed: str) -> bool:
    """Whether the Windows-1252 reading looks like Western words where the two readings differ: every such
    character a Latin letter (Polish "ł" reads "³" there), and accented letters a minority among the letters
    (a Cyrillic or Greek text read as Windows-1252 is made of accented letters only)."""
    differing = [w for w, g in zip(western, guessed, strict=True) if w != g]
    if not all(ch.isalpha() for ch in differing) or not _only_latin("".join(differing)):
        return False
    letters = [ch for ch in western if ch.isalpha()]
    accented = sum(ord(ch) > 127 for ch in letters)
    return accented * 2 < len(letters)


def _prefer_western(sample: bytes, guess: str | None) -> bool:
    """Whether Windows-1252 beats the guesser's pick: it reads the same text; or the pick is a multi-byte
    code page (CJK) where Windows-1252 reads only Latin letters; or a single-byte one (cp1250 for "Muñoz")
    where Windows-1252 reads Western words."""
    try:
        western = sample.decode(_WESTERN)
    except UnicodeDecodeError:
        return False
    if guess is None:
        return True
    try:
        guessed = sample.decode(guess)
    except UnicodeDecodeError:
        return True
    if guessed == western:
        return True
    if len(guessed) < len(sample):
        return _only_latin(western)
    return len(guessed) == len(western) and _western_words(western, guessed)


def _guess(sample: bytes) -> EncodingChoice:
    from charset_normalizer import from_bytes  # a few hundred ms of import: only for non-UTF-8 files

    found = [m.encoding for m in from_bytes(sample)]
    best = found[0] if found else None
    if _prefer_western(sample, best):
        best = _WESTERN
    if best is None:
        best = "latin-1"  # every byte is a character: the user sees the text and can pick another encoding
    best = codecs.lookup(best).name
    others = tuple(dict.fromkeys(codecs.lookup(e).name for e in (*found, _WESTERN, "latin-1")))
    return EncodingChoice(best, EncodingSource.GUESSED, tuple(e for e in others if e != best)[:_ALTERNATIVES])


def detect_encoding(path: Path) -> EncodingChoice:
    """The encoding of a text file (raises OSError when it cannot be read)."""
    with path.open("rb") as fh:
        bom = _bom(fh.read(4))
        if bom is not None:
            return EncodingChoice(bom, EncodingSource.BOM)
        fh.seek(0)
        utf8, sample = _scan(fh)
    if utf8:
        return EncodingChoice("utf-8", EncodingSource.UTF8, (_WESTERN,))
    return _guess(sample)
