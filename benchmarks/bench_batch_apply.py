"""A batch from a file against the sandbox with its cost model: a 10,000-row dry run, then the apply of the
rows that change, at the default pace (issue 14: dry run <= 2 requests a row, apply <= 4 a changed row).

Run: python benchmarks/bench_batch_apply.py [--rows N] [--changed C] [--rate R] [--key KEY] [--custom]
The sandbox runs in this process with ``--latency-ms 12 --row-latency-ms 2 --generate N`` (IDs from 1000); the
file holds every generated lead, C of them with a new city (the rest ask for the city they already hold:
`unchanged`, nothing sent). ``--custom`` maps the custom field `favorite_color` instead (the changed rows are
leads of list 101, the generated leads that record custom table 101; the others leave it empty: unchanged),
so every read asks for custom fields. Requests are counted from the sandbox's own request log. At the
default pace (5 requests a second) the apply of C changed rows takes about 3 * C / 5 seconds: that is the pace
working.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from leadeditor.editing.batch.engine import BatchEngine
from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.mapping import map_columns
from leadeditor.editing.batch.pace import DEFAULT_RATE
from leadeditor.editing.batch.plan import plan_rows
from leadeditor.editing.batch.reading import open_table
from leadeditor.editing.batch.report import BatchReport
from leadeditor.editing.batch.results import Outcome
from leadeditor.editing.journal import Journal, JournalContext
from leadeditor.editing.session import open_client
from leadeditor.sandbox import SandboxServer
from leadeditor.sandbox.request_log import LoggedRequest


def _functions(requests: list[LoggedRequest]) -> str:
    """How many requests of each API function (custom_fields=Y ones apart)."""
    counts = Counter(e.function + (" custom" if e.params.get("custom_fields") else "") for e in requests)
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=100)
    parser.add_argument("--rate", type=float, default=DEFAULT_RATE)
    parser.add_argument(
        "--key",
        choices=[KeyKind.LEAD_ID.value, KeyKind.VENDOR_LEAD_CODE.value],
        default=KeyKind.LEAD_ID.value,
    )
    parser.add_argument("--custom", action="store_true", help="map the custom field favorite_color")
    args = parser.parse_args()
    kind = KeyKind(args.key)
    server = SandboxServer(latency_ms=12, row_latency_ms=2, generate=args.rows).start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "fixes.csv"
            with path.open("w", newline="", encoding="utf-8") as fh:
                out = csv.writer(fh)
                field = "favorite_color" if args.custom else "city"
                out.writerow([kind.value, field])
                step = max(1, args.rows // max(1, args.changed))
                changes = 0
                for n in range(args.rows):
                    lead = server.lead(1000 + n) or {}
                    key = str(1000 + n) if kind is KeyKind.LEAD_ID else lead.get(kind.value) or ""
                    if args.custom:  # one lead of list 101 in every `step` rows
                        changed = (
                            changes < args.changed
                            and lead.get("entry_list_id") == "101"
                            and (n // step >= changes)
                        )
                        value = f"Color {n}" if changed else ""
                    else:
                        changed = n % step == 0 and n // step < args.changed
                        value = f"Town {n}" if changed else lead.get("city") or ""
                    changes += changed
                    out.writerow([key, value])
            table = open_table(path)
            assignments = ["favorite_color=custom:favorite_color"] if args.custom else []
            column_map = map_columns(table.columns, BatchKey(kind), assignments=assignments)
            plans = list(plan_rows(table.rows(), column_map))
            client = open_client(server.url, "6666", "1234")
            journal = Journal(Path(folder) / "journal.sqlite3")
            engine = BatchEngine(
                client,
                journal,
                JournalContext("bench", client.url, client.user),
                rate=args.rate,
                custom_fields=args.custom,
            )

            dry_mark, started = len(server.request_log), time.monotonic()
            dry = list(engine.dry_run(plans))
            dry_s, dry_requests = time.monotonic() - started, len(server.request_log) - dry_mark
            report = BatchReport()
            for r in dry:
                report.add(r)
            confirmed = [r for r in dry if r.outcome is Outcome.WOULD_UPDATE]
            print(f"dry run   {dry_s:.1f} s, " + _functions(server.request_log.since(dry_mark)))
            print(
                f"dry run   {len(dry):>6} rows  {dry_s:7.1f} s  {len(dry) / dry_s:7.1f} rows/s  "
                f"{dry_requests / len(dry):.2f} requests/row  "
                + ", ".join(f"{n} {o.value}" for o, n in sorted(report.counts.items()))
            )

            batch = engine.start(confirmed, source=path.name, fields=["city"])
            mark, started = len(server.request_log), time.monotonic()
            applied = list(engine.run(batch))
            apply_s, apply_requests = time.monotonic() - started, len(server.request_log) - mark
            updated = sum(1 for r in applied if r.outcome is Outcome.UPDATED)
            print(f"apply     {apply_s:.1f} s, " + _functions(server.request_log.since(mark)))
            print(
                f"apply     {len(applied):>6} rows  {apply_s:7.1f} s  {len(applied) / apply_s:7.1f} rows/s  "
                f"{apply_requests / max(1, len(applied)):.2f} requests/changed row  "
                f"{apply_requests / apply_s:.2f} requests/s (pace {args.rate:g})  {updated} updated"
            )
            print(
                f"whole file: {(dry_s + apply_s):.1f} s for {len(dry)} rows "
                f"({len(dry) / (dry_s + apply_s):.1f} rows/s); "
                f"most in flight {server.request_log.max_in_flight()}"
            )
            journal.close()
            client.close()
            ok = dry_requests <= 2 * len(dry) and apply_requests <= 4 * max(1, len(applied))
            return 0 if ok and updated == len(confirmed) else 1
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
