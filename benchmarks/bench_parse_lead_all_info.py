"""How long the client takes to turn a 1,000-lead `lead_all_info` answer into `LeadRecord`s.

Run: python benchmarks/bench_parse_lead_all_info.py
The body is what `lead_all_info&phone_number=…&stage=pipe&header=YES` returns for 1,000 leads: the header line
is repeated before every record (PROTOCOL §3.1). One lead in fifty has a `|` inside its comments, which makes
the record ambiguous (the client then needs `lead_field_info` for it; that network part is not timed here).
"""

from __future__ import annotations

import statistics
import time

from leadeditor.vicidial.answers import record as _record
from leadeditor.vicidial.lead_rows import split_lead_all_info
from leadeditor.vicidial.models import LEAD_ALL_INFO_COLUMNS

LEADS = 1000
ROUNDS = 20


def build_body(leads: int = LEADS) -> bytes:
    header = "|".join(LEAD_ALL_INFO_COLUMNS).encode()
    lines: list[bytes] = []
    for n in range(leads, 0, -1):
        comments = "called twice | no answer" if n % 50 == 0 else f"note {n}!Nsecond line"
        row = (
            f"NEW||VLC{n:05d}|SRC-A|101|-6.00|1|3125550100|Mr|José|Q|Muñoz-{n}|{n} Main St|Apt {n % 7}||"
            f"Chicago|IL||60601|USA|M|1980-05-17|3125559100|john{n}@example.com||{comments}|0|"
            f"2008-01-01 00:00:00|0||101|{n}"
        )
        lines += [header, row.encode()]
    return b"\n".join(lines) + b"\n"


def parse(body: bytes) -> int:
    _, rows = split_lead_all_info(body)
    parsed = 0
    for row in rows:
        values = row.values()
        if values is not None:
            _record(row.header, values, ())
            parsed += 1
    return parsed


def main() -> None:
    body = build_body()
    parsed = parse(body)
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        parse(body)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"lead_all_info body: {LEADS} leads, {len(body) / 1024:.0f} KiB; {parsed} parsed directly, "
        f"{LEADS - parsed} ambiguous (a '|' in comments)"
    )
    print(
        f"parse to LeadRecord: median {statistics.median(times):.1f} ms, best {min(times):.1f} ms "
        f"({ROUNDS} rounds), {statistics.median(times) * 1000 / LEADS:.0f} µs per lead"
    )


if __name__ == "__main__":
    main()
