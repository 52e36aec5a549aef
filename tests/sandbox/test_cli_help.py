"""``python -m leadeditor.sandbox --help`` documents the cost model, generated data and fault selectors."""

from __future__ import annotations

import subprocess
import sys


def test_help_names_every_new_flag_and_the_selectors() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leadeditor.sandbox", "--help"], capture_output=True, text=True, timeout=30
    )
    text = " ".join(done.stdout.split())  # argparse wraps lines
    assert done.returncode == 0
    for flag in ("--latency-ms A", "--row-latency-ms B", "--generate N", "--shared-phone PHONE:COUNT"):
        assert flag in text
    assert "--fault NAME[:count][@function]" in text
    assert "@write only the update_lead calls that write (not no_update=Y)" in text
    assert "1,000 lines cost 1,000*B ms" in text
