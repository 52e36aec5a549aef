"""`leadeditor.vicidial` is light: importing an error type or an enum loads neither the client nor the
catalogue (issue 9). Checked in a fresh process, since this test session has imported everything already."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("requests", "leadeditor.vicidial.client", "leadeditor.vicidial.fields", "leadeditor.vicidial.models")


def _loaded_after(statement: str) -> set[str]:
    script = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_an_error_type_or_an_enum_costs_nothing() -> None:
    loaded = _loaded_after("from leadeditor.vicidial import TlsError, UnknownOutcome, MatchMethod, Scope")
    assert "leadeditor.vicidial.errors" in loaded and "leadeditor.lead_keys" in loaded
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_the_client_still_loads_on_first_use() -> None:
    loaded = _loaded_after("from leadeditor.vicidial import VicidialClient, BLANK, LeadRecord")
    assert {"requests", "leadeditor.vicidial.client", "leadeditor.vicidial.fields"} <= loaded


def test_every_public_name_resolves() -> None:
    import leadeditor.vicidial as vicidial

    missing = [name for name in vicidial.__all__ if getattr(vicidial, name, None) is None]
    assert missing == []
    assert vicidial.MatchMethod.LEAD_ID.value == "LEAD_ID" and repr(vicidial.BLANK) == "BLANK"
