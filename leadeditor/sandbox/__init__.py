"""An embedded VICIdial-compatible server (``non_agent_api.php``) for tests and the demo mode.

    from leadeditor.sandbox import SandboxServer, Fault
    with SandboxServer() as srv:
        print(srv.url)

See ``leadeditor/sandbox/README.md`` for what is emulated.
"""

from leadeditor.sandbox.faults import WRITE, Fault
from leadeditor.sandbox.request_log import RequestLog
from leadeditor.sandbox.server import LoggedRequest, SandboxServer

__all__ = ["WRITE", "Fault", "LoggedRequest", "RequestLog", "SandboxServer"]
