"""Which delimiter a text file uses (comma, semicolon or tab), checked against many rows.

`csv.Sniffer` guesses from a short sample and is often wrong (a comma inside "Smith, John" or a decimal comma
in a European file). Here every candidate splits up to `SAMPLE_ROWS` records; the winner gives the header more
than one column and the most rows the header's width.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Final

__all__ = ["CANDIDATES", "SAMPLE_ROWS", "DelimiterChoice", "DelimiterSource", "detect_delimiter"]

CANDIDATES: Final = (",", ";", "\t")
SAMPLE_ROWS: Final = 500


class DelimiterSource(Enum):
    DETECTED = "detected"
    USER = "chosen"  # by the user


@dataclass(frozen=True)
class DelimiterChoice:
    delimiter: str
    source: DelimiterSource
    columns: int  # cells in the header row with this delimiter
    consistent_rows: int  # sampled data rows with exactly the header's width
    sampled_rows: int  # non-empty data rows looked at

    @property
    def consistent(self) -> bool:
        return self.consistent_rows == self.sampled_rows


def _measure(text: str, delimiter: str, source: DelimiterSource) -> DelimiterChoice:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    sampled = consistent = 0
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = record
                continue
            sampled += 1
            consistent += len(record) == len(header)
    except csv.Error:
        pass  # a damaged sample scores what it read; reading the file reports the damage with its row
    return DelimiterChoice(delimiter, source, len(header or ()), consistent, sampled)


def _sample(lines: Iterable[str]) -> str:
    """The first `SAMPLE_ROWS` + 1 physical lines (a quoted line break only makes a record span two)."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if n > SAMPLE_ROWS:
            break
        out.append(line)
    return "".join(out)


def detect_delimiter(
    lines: Iterable[str], *, preferred: str = ",", forced: str | None = None
) -> DelimiterChoice:
    """The delimiter of the text whose lines (with their line ends) are given.

    ``preferred`` breaks ties (tab for a .tsv file); ``forced`` is the user's choice, still measured so that
    the preview can say how many rows fit it.
    """
    text = _sample(lines)
    if forced is not None:
        return _measure(text, forced, DelimiterSource.USER)
    scored = [_measure(text, d, DelimiterSource.DETECTED) for d in CANDIDATES]

    def score(choice: DelimiterChoice) -> tuple[bool, float, bool, int]:
        share = choice.consistent_rows / choice.sampled_rows if choice.sampled_rows else 1.0
        return (choice.columns > 1, share, choice.delimiter == preferred, choice.columns)

    return max(scored, key=score)
