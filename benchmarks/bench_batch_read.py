"""How long a 100,000-row correction file takes to read, map and validate offline, and how much memory.

Run: python benchmarks/bench_batch_read.py [--rows N] [--xlsx]
Files made here: UTF-8 with a BOM and CRLF (comma), Windows-1252 with semicolons (its encoding guessed), and
with --xlsx a workbook with numeric phones and ZIP codes formatted 00000. Each is opened (encoding, delimiter,
header), mapped by header names, and every row planned (key checks, refusals, predicted stored values). The
time is measured without tracemalloc; the peak memory in a second run with it (tracemalloc slows Python).
"validated" is the offline pass that finds every problem of the file (predictions are made lazily, when the
dry run or the preview asks); "validated + predicted" also computes every predicted stored value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import tracemalloc
from pathlib import Path

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.batch.mapping import map_columns
from leadeditor.editing.batch.plan import PlanSummary, plan_rows
from leadeditor.editing.batch.reading import open_table

HEADER = ["Lead ID", "First Name", "Last Name", "City", "Postal Code", "Date of birth", "Comments", "Status"]
NAMES = ["José", "Müller", "Anne-Marie", "O'Brien", "Zoë", "Łucja"]


def row(n: int) -> list[str]:
    return [
        str(1000 + n),
        NAMES[n % len(NAMES)] if n % 3 else "",
        f"Smith{n}",
        "--BLANK--" if n % 50 == 0 else "Köln",
        f"{n % 99999:05d}",
        "1980-05-17" if n % 7 else "05/17/1980",  # one row in seven refused (not YYYY-MM-DD)
        f"called {n} times, left a message",
        "SALE",
    ]


def write_text(path: Path, rows: int, *, encoding: str, delimiter: str, end: str) -> None:
    with path.open("w", encoding=encoding, newline="", errors="replace") as fh:
        fh.write(delimiter.join(HEADER) + end)
        for n in range(rows):
            cells = row(n)
            cells[6] = f'"{cells[6]}"'
            fh.write(delimiter.join(cells) + end)


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Leads")
    sheet.append([*HEADER, "Phone"])
    for n in range(rows):
        cells: list[object] = row(n)
        cells[0] = 1000 + n
        zip_cell = WriteOnlyCell(sheet, value=n % 99999)
        zip_cell.number_format = "00000"
        cells[4] = zip_cell
        cells[5] = dt.date(1980, 5, 17)
        sheet.append([*cells, 7185550000 + n])
    book.save(path)


def run(path: Path, *, predict: bool = False) -> tuple[PlanSummary, str]:
    table = open_table(path)
    column_map = map_columns(table.columns, BatchKey(KeyKind.LEAD_ID))
    assert column_map.ok, column_map.problems
    summary = PlanSummary()
    for plan in plan_rows(table.rows(), column_map, summary=summary):
        if predict:  # what the dry run asks of each row it sends to the server
            for change in plan.changes:
                _ = change.predicted
    detected = table.encoding.encoding if table.encoding else f"sheet {table.sheet}"
    if table.delimiter:
        detected += f", {table.delimiter.delimiter!r}"
    return summary, detected


def measure(label: str, path: Path, *, predict: bool = False) -> None:
    started = time.perf_counter()
    summary, detected = run(path, predict=predict)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    run(path, predict=predict)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = path.stat().st_size / 2**20
    what = "validated + predicted" if predict else "validated"
    print(
        f"{label:26} {what:22} {size:5.1f} MiB {summary.rows:7,} rows {seconds:6.2f} s "
        f"{summary.rows / seconds:7,.0f} rows/s  peak {peak / 2**20:5.1f} MiB  "
        f"({detected}; {summary.with_changes:,} to change, {summary.invalid_rows:,} invalid)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true", help="also a workbook (slow to make)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        utf8 = Path(folder, "utf8-bom-crlf.csv")
        write_text(utf8, args.rows, encoding="utf-8-sig", delimiter=",", end="\r\n")
        measure("UTF-8 + BOM, CRLF, comma", utf8)
        measure("UTF-8 + BOM, CRLF, comma", utf8, predict=True)
        western = Path(folder, "cp1252-semicolon.csv")
        write_text(western, args.rows, encoding="cp1252", delimiter=";", end="\n")
        measure("Windows-1252, semicolon", western)
        if args.xlsx:
            book = Path(folder, "numbers.xlsx")
            write_xlsx(book, args.rows)
            measure("XLSX, numeric phone/ZIP", book)


if __name__ == "__main__":
    main()
