"""Deterministic synthetic leads (``--generate N``, ``--shared-phone PHONE:COUNT``) for benchmarks and tests.

The same N gives the same leads on every machine: realistic names and addresses, US numbers with area codes
the sandbox's GMT table knows (so ``gmt_offset_now`` matches the number), the sample's lists and campaigns,
vendor codes, statuses with call counts that fit them, entry dates that grow with the lead ID. Rows are
produced as tuples in the caller's column order, ready for one ``executemany``.
"""

from __future__ import annotations

import random
import sys
from array import array
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TypeVar

from leadeditor.sandbox.gmt import AREA_CODES

__all__ = ["CONSTANTS", "SEED", "generated_rows", "shared_phone_slots"]

T = TypeVar("T")

SEED = 20240101  # fixed: the data set is part of what a benchmark measures
# (list, entry_list_id): the sample's lists, active ones more often; list 101 keeps its custom-field link
_LISTS: tuple[tuple[str, str], ...] = (
    ("101", "101"),
    ("102", "0"),
    ("201", "0"),
    ("101", "101"),
    ("102", "0"),
    ("998", "0"),
    ("201", "0"),
    ("999", "0"),
)
_FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Lisa",
    "Daniel",
    "Nancy",
    "Matthew",
    "Betty",
    "Anthony",
    "Sandra",
    "Mark",
    "Margaret",
    "Donald",
    "Ashley",
    "Steven",
    "Kimberly",
    "Andrew",
    "Emily",
    "Paul",
    "Donna",
    "Joshua",
    "Michelle",
    "Kenneth",
    "Carol",
    "Kevin",
    "Amanda",
    "Brian",
    "Melissa",
    "George",
    "Deborah",
    "Timothy",
    "Stephanie",
    "Ronald",
    "Rebecca",
    "Jason",
    "Laura",
    "Edward",
    "Sharon",
    "Jeffrey",
    "Cynthia",
    "Ryan",
    "Kathleen",
    "Jacob",
    "Amy",
    "Gary",
    "Angela",
    "Nicholas",
    "Shirley",
    "Eric",
    "Anna",
    "Jonathan",
    "Brenda",
    "Stephen",
    "Pamela",
    "Larry",
    "Emma",
    "Justin",
    "Nicole",
    "Scott",
    "Helen",
    "Brandon",
    "Samantha",
    "Benjamin",
    "Katherine",
    "Samuel",
    "Christine",
    "Gregory",
    "Debra",
    "Alexander",
    "Rachel",
    "Patrick",
    "Carolyn",
    "Frank",
    "Janet",
    "Raymond",
    "Maria",
    "Jack",
    "Olivia",
    "José",
    "Zoë",
    "Renée",
    "Łukasz",
    "Siobhán",
    "Nguyễn",
]
_LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Gomez",
    "Phillips",
    "Evans",
    "Turner",
    "Diaz",
    "Parker",
    "Cruz",
    "Edwards",
    "Collins",
    "Reyes",
    "Stewart",
    "Morris",
    "Morales",
    "Murphy",
    "Cook",
    "Rogers",
    "Gutierrez",
    "Ortiz",
    "Morgan",
    "Cooper",
    "Peterson",
    "Bailey",
    "Reed",
    "Kelly",
    "Howard",
    "Ramos",
    "Kim",
    "Cox",
    "Ward",
    "Richardson",
    "Watson",
    "Brooks",
    "Chavez",
    "Wood",
    "James",
    "Bennett",
    "Gray",
    "Mendoza",
    "Ruiz",
    "Hughes",
    "Price",
    "Alvarez",
    "Castillo",
    "Sanders",
    "Patel",
    "Myers",
    "Long",
    "Ross",
    "Foster",
    "Connor",
    "Muñoz",
    "Dubois",
    "Kowalski",
    "McAllister",
]
_STREETS = [
    "Main",
    "Oak",
    "Pine",
    "Maple",
    "Cedar",
    "Elm",
    "Washington",
    "Lake",
    "Hill",
    "Park",
    "Walnut",
    "Sunset",
    "Lincoln",
    "Jackson",
    "River",
]
_SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way")
_STATUSES = (("NEW", 55), ("NA", 12), ("B", 6), ("A", 6), ("DROP", 4), ("CALLBK", 5), ("SALE", 4), ("NI", 6))
_SOURCES = ("WEB", "IMPORT", "REFERRAL", "EVENT", "PARTNER")
_START = datetime(2023, 1, 2, 8, 0, 0)
# Columns every generated lead has the same value in: the INSERT writes them as literals (fewer bindings).
CONSTANTS = {
    "phone_code": "1",
    "address3": "",
    "province": "",
    "country_code": "USA",
    "alt_phone": "",
    "security_phrase": "",
    "comments": "",
    "rank": "0",
    "owner": "",
}
_NEVER_CALLED = "2008-01-01 00:00:00"  # vicidial_list's default last_local_call_time


def shared_phone_slots(count: int, shared: Sequence[tuple[str, int]]) -> dict[int, str]:
    """Which generated leads (by index) get which shared phone: spread over the whole range, no overlaps."""
    for phone, number in shared:
        if not (phone.isascii() and phone.isdigit() and 6 <= len(phone) <= 18) or number < 1:
            raise ValueError(f"bad shared phone {phone}:{number} (6 to 18 digits, a count of at least 1)")
    wanted = sum(number for _, number in shared)
    if wanted > count:
        raise ValueError(f"--shared-phone asks for {wanted} leads but only {count} are generated")
    picker = random.Random(SEED + 1)
    indexes = picker.sample(range(count), wanted)
    slots: dict[int, str] = {}
    for phone, number in shared:
        for index in sorted(indexes[:number]):
            slots[index] = phone
        indexes = indexes[number:]
    return slots


def generated_rows(
    count: int, first_id: int, columns: Sequence[str], shared: Sequence[tuple[str, int]] = ()
) -> Iterator[tuple[object, ...]]:
    """``count`` leads with IDs from ``first_id``, each a tuple in ``columns`` order (lead_id an int, the
    rest str; ``CONSTANTS`` are not among the columns). Built column by column, one batch of random bytes
    per column: fast enough for 100,000."""
    rng = random.Random(SEED)
    slots = shared_phone_slots(count, shared)
    ids = range(first_id, first_id + count)
    areas = _picks(rng, AREA_CODES, count)
    by_code = {area.code: area for area in AREA_CODES}
    for index, phone in slots.items():  # a shared number's lead lives where its area code says
        areas[index] = by_code.get(phone[:3], areas[index])
    firsts = _picks(rng, _FIRST, count)
    lasts = _picks(rng, _LAST, count)
    statuses = _picks(rng, [s for s, weight in _STATUSES for _ in range(weight)], count)
    calls = [
        0 if status == "NEW" else n
        for status, n in zip(statuses, _picks(rng, range(1, 10), count), strict=False)
    ]
    step = max(1, int(2 * 365 * 86400 / max(count, 1)))
    entered = [str(_START + timedelta(seconds=step * i)) for i in range(count)]
    last_calls = [
        _NEVER_CALLED if n == 0 else str(_START + timedelta(seconds=step * i, days=days))
        for i, (n, days) in enumerate(zip(calls, _picks(rng, range(1, 61), count), strict=False))
    ]
    lines = _picks(rng, range(10000), count)
    phones = [
        slots.get(i) or f"{a.code}555{n:04d}" for i, (a, n) in enumerate(zip(areas, lines, strict=True))
    ]
    apartments = _picks(rng, range(-120, 41), count)  # three in four leads have no second address line
    data: dict[str, list[str] | list[int]] = {
        "lead_id": list(ids),
        "entry_date": entered,
        "modify_date": entered,
        "status": statuses,
        "user": ["" if n == 0 else "6666" for n in calls],
        "vendor_lead_code": [f"GEN{i:07d}" for i in ids],
        "source_id": _picks(rng, _SOURCES, count),
        "list_id": [_LISTS[i % len(_LISTS)][0] for i in range(count)],
        "gmt_offset_now": [a.gmt for a in areas],
        "called_since_last_reset": ["N" if n == 0 else "Y" for n in calls],
        "phone_number": phones,
        "title": _picks(rng, ("", "", "Mr", "Ms", "Mrs", "Dr"), count),
        "first_name": firsts,
        "middle_initial": _picks(rng, ("", "", "A", "J", "M", "R"), count),
        "last_name": lasts,
        "address1": [
            f"{n} {street} {suffix}"
            for n, street, suffix in zip(
                _picks(rng, range(1, 10000), count),
                _picks(rng, _STREETS, count),
                _picks(rng, _SUFFIXES, count),
                strict=False,
            )
        ],
        "address2": [f"Apt {n}" if n > 0 else "" for n in apartments],
        "city": [a.city for a in areas],
        "state": [a.state for a in areas],
        "postal_code": [f"{a.postal_prefix}{n % 100:02d}" for a, n in zip(areas, lines, strict=True)],
        "gender": _picks(rng, ("M", "F", "U"), count),
        "date_of_birth": [
            f"{y}-{m:02d}-{d:02d}"
            for y, m, d in zip(
                _picks(rng, range(1940, 2004), count),
                _picks(rng, range(1, 13), count),
                _picks(rng, range(1, 29), count),
                strict=False,
            )
        ],
        "email": [
            f"{_ascii(f)}.{_ascii(la)}{i}@example.com" for f, la, i in zip(firsts, lasts, ids, strict=True)
        ],
        "called_count": [str(n) for n in calls],
        "last_local_call_time": last_calls,
        "entry_list_id": [_LISTS[i % len(_LISTS)][1] for i in range(count)],
    }
    return zip(*(data[column] for column in columns), strict=True)


def _picks(rng: random.Random, options: Sequence[T], count: int) -> list[T]:
    """``count`` picks from ``options``: two random bytes each, read as little-endian on every machine (much
    faster than ``rng.choices``; the modulo bias is irrelevant for test data)."""
    raw = array("H", rng.randbytes(2 * count))
    if sys.byteorder == "big":
        raw.byteswap()
    size = len(options)
    return [options[value % size] for value in raw]


@lru_cache(maxsize=512)
def _ascii(name: str) -> str:
    """The name as it goes into a generated e-mail address: ASCII letters, lower case."""
    return "".join(ch for ch in name if ch.isascii() and ch.isalpha()).lower() or "lead"
