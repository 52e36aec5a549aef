"""Helpers for the batch window's tests: drive File → Correct many leads from a file… as a user would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from leadeditor.editing.batch.results import Outcome

# the stock sandbox: lead 3 alone on 3125550102 (Evanston), leads 4 and 5 on 3125550103, lead 6 in Naperville
FIXES = [
    ("3125550102", "Springfield"),  # would update lead 3
    ("3125550103", "Peoria"),  # leads 4 and 5: several leads
    ("3125550999", "Nowhere"),  # no lead
    ("3125550104", "Naperville"),  # lead 6 holds it already
]


def bom_crlf_csv(folder: Path, rows: list[tuple[str, str]] = FIXES, name: str = "fixes.csv") -> Path:
    """UTF-8 with a BOM and CRLF line ends, as spreadsheets save it."""
    text = "Phone Number,City\r\n" + "".join(f"{phone},{city}\r\n" for phone, city in rows)
    path = folder / name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def open_batch(window: Any) -> Any:
    window.actionBatch.trigger()
    batch = window.batchWindow
    assert batch is not None and batch.isVisible()
    batch.rate = None  # the test's sandbox is local: no pace needed to be polite
    return batch


def load(qtbot: Any, batch: Any, path: Path) -> None:
    """Type the path and press Enter, as a keyboard user would."""
    batch.filePage.pathInput.setText(str(path))
    qtbot.keyClick(batch.filePage.pathInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: batch.filePage.table is not None or bool(batch.filePage.problem), timeout=30000)


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dry_run(qtbot: Any, batch: Any) -> None:
    """From the file page: Next, Next, Dry run; wait for every row."""
    click(qtbot, batch.nextButton)  # to the mapping
    click(qtbot, batch.nextButton)  # to the key and scope
    click(qtbot, batch.nextButton)  # the dry run
    qtbot.waitUntil(
        lambda: batch.pages.currentIndex() == 3 and not batch.running and batch.engine is not None,
        timeout=60000,
    )


def outcomes(model: Any) -> dict[int, Outcome]:
    return {r.row: r.outcome for r in model.results}


def apply(qtbot: Any, batch: Any) -> None:
    click(qtbot, batch.nextButton)  # Review and confirm
    click(qtbot, batch.runPage.applyButton)
    qtbot.waitUntil(lambda: batch.batch_id is not None and not batch.running, timeout=60000)
