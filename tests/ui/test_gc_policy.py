"""The collector's policy: start-up's objects are frozen once, a later session's are not."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc
from leadeditor.gc_policy import freeze_long_lived
assert gc.get_freeze_count() == 0
kept = [[i] for i in range(1000)]  # alive at the first call: frozen with the rest
freeze_long_lived()
first = gc.get_freeze_count()
later = [[i] for i in range(1000)]  # a later session's objects stay collectable
freeze_long_lived()
print(first, gc.get_freeze_count(), len(kept) + len(later))
"""


def test_start_up_objects_are_frozen_once() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    first, second, _ = (int(x) for x in out.stdout.split())
    assert first >= 1000
    assert second == first
