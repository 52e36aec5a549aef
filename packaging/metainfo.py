"""Write the AppStream metainfo with its <releases> generated from CHANGELOG.md and the one version.

    python packaging/metainfo.py OUT_FILE [--date YYYY-MM-DD]

resources/io.github.leadeditor.LeadEditor.metainfo.xml is the source (id, texts, screenshots, content
rating); its <releases> are replaced by one <release> per CHANGELOG section: `## [1.2.0] - 2027-01-31` gives
a stable release; `## [Unreleased]` gives the current version (leadeditor/version.py) as a development
release dated --date (default: today), so the package being built is always the newest release listed.
Each release's description is the section's bullets, plain text, first sentence of each.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "io.github.leadeditor.LeadEditor.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\](?:\s*-\s*(?P<date>\d{4}-\d{2}-\d{2}))?")


@dataclass
class Release:
    version: str
    date: str
    development: bool
    items: list[str] = field(default_factory=list)


def version() -> str:
    text = (ROOT / "leadeditor" / "version.py").read_text(encoding="utf-8")
    match = re.search(r'^VERSION = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("no VERSION in leadeditor/version.py")
    return match.group(1)


def plain(markdown: str) -> str:
    """A bullet as plain text: no emphasis, code marks or links; its first sentence only."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    text = re.sub(r"[*`]", "", text)
    text = " ".join(text.split())
    first = re.split(r"(?<=[a-z0-9)])\. ", text, maxsplit=1)[0]
    first = first.split(": ", 1)[0] if len(first) > 160 else first
    return first.rstrip(".") + "."


def releases(changelog: str, current: str, today: str) -> list[Release]:
    out: list[Release] = []
    bullet: list[str] | None = None
    for line in changelog.splitlines():
        heading = HEADING.match(line)
        if heading:
            name = heading.group("name")
            unreleased = name.lower() == "unreleased"
            out.append(Release(current if unreleased else name, heading.group("date") or today, unreleased))
            bullet = None
            continue
        if not out:
            continue
        if line.startswith("- "):
            bullet = [line[2:]]
            out[-1].items.append("")
        elif bullet is not None and line.startswith("  ") and line.strip():
            bullet.append(line.strip())
        else:
            bullet = None if not line.strip() or line.startswith("#") else bullet
        if bullet is not None and out[-1].items:
            out[-1].items[-1] = " ".join(bullet)
    # a section named after the current version wins over "Unreleased" (no duplicate release)
    seen: set[str] = set()
    unique = []
    for rel in sorted(out, key=lambda r: r.development):
        if rel.version not in seen:
            seen.add(rel.version)
            unique.append(rel)
    return sorted(unique, key=lambda r: r.date, reverse=True)


def build(today: str) -> ET.ElementTree:
    tree = ET.parse(SOURCE)
    root = tree.getroot()
    old = root.find("releases")
    if old is not None:
        root.remove(old)
    node = ET.SubElement(root, "releases")
    for rel in releases(CHANGELOG.read_text(encoding="utf-8"), version(), today):
        attrs = {"version": rel.version, "date": rel.date}
        if rel.development:
            attrs["type"] = "development"
        element = ET.SubElement(node, "release", attrs)
        if rel.items:
            description = ET.SubElement(element, "description")
            ul = ET.SubElement(description, "ul")
            for item in rel.items:
                ET.SubElement(ul, "li").text = plain(item)
    ET.indent(tree, space="  ")
    return tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--date", default=date.today().isoformat())
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    build(args.date).write(args.out, encoding="UTF-8", xml_declaration=True)
    print(f"metainfo: {args.out} (version {version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
