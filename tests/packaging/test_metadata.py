"""One version everywhere; the SPDX license; the AppStream releases generated from CHANGELOG.md; the desktop
entry and the generated metainfo validate; the icon set is built from the SVG."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from testkit.children import REPO, require

import leadeditor
from leadeditor.version import VERSION


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / "metainfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


metainfo = _load("leadeditor_packaging_metainfo")


def test_the_version_is_defined_once() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "leadeditor.version.VERSION"}
    assert leadeditor.__version__ == VERSION == metainfo.version()


def test_the_license_is_an_spdx_string() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert not [c for c in project.get("classifiers", []) if c.startswith("License ::")]


CHANGELOG = """# Changelog

## [Unreleased]

### Added
- **Installers**: a `.deb` and a tarball. More text follows here.
- A [link](https://example.invalid) and a wrapped
  second line.

## [0.0.9] - 2026-10-01

### Fixed
- Something old.
"""


def test_releases_come_from_the_changelog() -> None:
    rels = metainfo.releases(CHANGELOG, "0.1.0", "2026-12-01")
    assert [(r.version, r.date, r.development) for r in rels] == [
        ("0.1.0", "2026-12-01", True),
        ("0.0.9", "2026-10-01", False),
    ]
    assert [metainfo.plain(i) for i in rels[0].items] == [
        "Installers: a .deb and a tarball.",
        "A link and a wrapped second line.",
    ]
    assert [metainfo.plain(i) for i in rels[1].items] == ["Something old."]


def test_a_released_section_of_the_current_version_wins_over_unreleased() -> None:
    text = CHANGELOG.replace("## [0.0.9] - 2026-10-01", "## [0.1.0] - 2026-11-30")
    rels = metainfo.releases(text, "0.1.0", "2026-12-01")
    assert [(r.version, r.date, r.development) for r in rels] == [("0.1.0", "2026-11-30", False)]


def test_generated_metainfo_names_this_version_and_validates(tmp_path: Path) -> None:
    out = tmp_path / "io.github.leadeditor.LeadEditor.metainfo.xml"
    assert metainfo.main([str(out), "--date", "2026-12-01"]) == 0
    root = ET.parse(out).getroot()
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == VERSION
    assert root.find("content_rating") is not None and root.findall("screenshots/screenshot")
    require("appstreamcli", "desktop-file-validate")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    done = subprocess.run(
        ["desktop-file-validate", str(REPO / "resources" / "leadeditor.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_icon_set_is_built_from_the_svg(tmp_path: Path) -> None:
    if importlib.util.find_spec("PIL") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI must build the icons: Pillow (the packaging extra) is not installed")
        pytest.skip("Pillow (pip install -e '.[packaging]') is not installed")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build_icons.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "leadeditor.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # the drawing, not an empty canvas
        assert image.pixelColor(0, 0).alpha() < 255  # the rounded corner stays transparent
    ico = (tmp_path / "leadeditor.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") >= 6  # several sizes
    icns = (tmp_path / "leadeditor.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
