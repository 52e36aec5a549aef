"""`docs/reliability.md` is the matrix these tests ran: a case added, renamed or removed without running
`pytest tests/faults` (which writes the document) fails here."""

from __future__ import annotations

from fault_matrix import DOC, EXPECTED, Observed, declare_all, documented_faults, ordered_cases, render


def test_the_document_lists_every_fault_of_the_matrix_in_order() -> None:
    declare_all()
    published = documented_faults(DOC.read_text(encoding="utf-8"))
    assert published == [EXPECTED[c] for c in ordered_cases()], (
        "docs/reliability.md is out of date: `python -m pytest -q tests/faults` rewrites it; commit it"
    )


def test_the_table_renders_one_row_per_observation() -> None:
    row = Observed("x", "a fault", "no", "Nothing was sent \\| twice", "yes", "no (nothing sent)")
    text = render([row])
    assert text.endswith("| a fault | no | Nothing was sent \\| twice | yes | no (nothing sent) |\n")
    assert documented_faults(text) == ["a fault"]
