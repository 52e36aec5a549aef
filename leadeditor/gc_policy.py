"""The garbage collector off the GUI's critical path.

Python's full collection walks every tracked object: after start-up that is some 50,000 (modules, classes,
functions, the window's wrappers), and with a thousand candidates a full pass took about 100 ms, in whichever
thread happened to allocate, holding the GIL, so the window froze for it (bench_search.py, issue 13).
`gc.freeze()` moves what is alive at that moment into a generation the collector never walks again; what
the app allocates later (searches, leads, dialogs) is collected as usual.
"""

from __future__ import annotations

import gc

_FROZEN = [False]


def freeze_long_lived() -> None:
    """Once per process, once the window is built and signed in (the network layer imported): later calls
    do nothing, so the garbage of a later session is never frozen with it."""
    if not _FROZEN[0]:
        _FROZEN[0] = True
        gc.freeze()
