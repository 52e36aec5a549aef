"""HTTPS with a certificate, in-process --db persistence, and the Python interface used by other tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from leadeditor.sandbox import SandboxServer


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_https(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    with SandboxServer(certfile=str(cert), keyfile=str(key)) as srv:
        assert srv.url.startswith("https://127.0.0.1:")
        response = requests.get(srv.url + "?function=version", verify=str(cert), timeout=10)
        assert response.content.startswith(b"VERSION: 2.14-202|")
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(srv.url + "?function=version", timeout=10)  # self-signed: refused by default
        assert requests.get(srv.url + "?function=version", verify=str(cert), timeout=10).status_code == 200


def test_db_path_keeps_changes(tmp_path: Path) -> None:
    db = str(tmp_path / "world.sqlite")
    first = SandboxServer(db_path=db)
    with first:
        requests.get(
            first.url + "?user=6666&pass=1234&source=t1&function=update_lead&lead_id=3&comments=%C3%A9%E9",
            timeout=10,
        )
    first.close()
    second = SandboxServer(db_path=db)
    assert second.lead(3)["comments"] == "é\udce9"  # type: ignore[index]  # bytes kept, even invalid UTF-8
    assert second.custom_value(6, "favorite_color") == "dark green"
    second.close()


def test_python_interface() -> None:
    srv = SandboxServer()
    assert srv.lead(99999) is None
    lead = srv.lead(2)
    assert lead is not None and lead["last_name"] == "O'Brien" and lead["date_of_birth"] is None
    assert lead["gmt_offset_now"] == "-6.00" and lead["address2"] == "Apt 3" and lead["address3"] == ""
    before = lead["modify_date"]
    srv.set_lead_field(2, "city", "Evanston")
    assert srv.lead(2)["city"] == "Evanston"  # type: ignore[index]
    srv.set_lead_field(2, "modify_date", before)
    assert srv.lead(2)["modify_date"] == before  # type: ignore[index]
    with pytest.raises(KeyError):
        srv.set_lead_field(2, "no_such_column", "x")
    assert srv.custom_value(1, "favorite_color") == "blue"
    assert srv.custom_value(2, "favorite_color") is None
    srv.php8_errors = False
    srv.non_latin = True
    with srv:
        assert (
            b"|O'Brien|"
            in requests.get(
                srv.url + "?user=6666&pass=1234&source=t1&function=lead_all_info&lead_id=2", timeout=10
            ).content
        )
    srv.close()
