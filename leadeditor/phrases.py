"""Sentences that Qt-free layers write themselves (what the server will store and why, a search in words):
each template is a literal marked with ``QT_TR_NOOP(...)`` so that `pyside6-lupdate` extracts it
into the same .ts as `ui.texts`, and `say` fills it in after the phrasebook translated it.

Without a window (the command line, the tests of these layers) the phrasebook is the identity, so the
sentences are the English templates. `ui.texts.install_phrasebook` puts Qt's translation in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for extraction; returns it unchanged (translation happens in `say`)."""
    return text


_phrasebook: Callable[[str], str] = str


def set_phrasebook(translate: Callable[[str], str]) -> None:
    global _phrasebook
    _phrasebook = translate


def say(template: str, **facts: Any) -> str:
    """``template`` in the user's language, with ``facts`` filled in (``str.format`` fields)."""
    return _phrasebook(template).format(**facts)


def word(text: str) -> str:
    """A word or label in the user's language when the .ts has it (a field label), else as given."""
    return _phrasebook(text)
