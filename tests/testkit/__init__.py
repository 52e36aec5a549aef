"""Helpers the root conftest builds its fixtures from; tests may import them too
(`from testkit.tls import make_tls_files`).

`tests/` is on `sys.path` because the root conftest lives there (pytest's default import mode)."""
