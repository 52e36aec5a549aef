"""The `version` answer into `ServerVersion` (PROTOCOL §3.4)."""

from __future__ import annotations

import datetime as dt
import re

from leadeditor.vicidial.models import ServerVersion
from leadeditor.vicidial.responses import Event

__all__ = ["parse_version"]

_BUILD = re.compile(r"^(\d{2})(\d{2})(\d{2})")


def parse_version(event: Event) -> ServerVersion:
    """``VERSION: v|BUILD: b|DATE: …|EPOCH: …|DST: 0|TZ: -5.00|TZNOW: -5.00|`` into a record."""
    values: dict[str, str] = {"VERSION": event.field(0).strip()}
    for part in event.fields[1:]:
        key, sep, value = part.partition(":")
        if sep:
            values[key.strip().upper()] = value.strip()
    build = values.get("BUILD", "")
    build_date: dt.date | None = None
    found = _BUILD.match(build)
    if found:
        try:
            build_date = dt.date(2000 + int(found.group(1)), int(found.group(2)), int(found.group(3)))
        except ValueError:
            build_date = None
    server_time: dt.datetime | None = None
    try:
        server_time = dt.datetime.strptime(values.get("DATE", ""), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        server_time = None
    epoch_text = values.get("EPOCH", "")
    return ServerVersion(
        version=values["VERSION"],
        build=build,
        build_date=build_date,
        server_time=server_time,
        epoch=int(epoch_text) if epoch_text.isdigit() else None,
        dst=values.get("DST", "0") == "1",
        tz=values.get("TZ", ""),
        tz_now=values.get("TZNOW", ""),
        raw=event.line,
    )
