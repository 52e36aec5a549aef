"""Mappings saved by name, in the app's one settings object (section ``batch_templates``).

Kept as a list of objects, not a dict by name: a header or a template name is the user's text, and the
settings refuse password-like keys (a column called "Password" must not break saving).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from leadeditor.editing.batch.key import BatchKey, KeyKind
from leadeditor.editing.search import SearchScope
from leadeditor.settings import Settings
from leadeditor.vicidial.fields import BLANK_TOKEN

__all__ = [
    "SECTION",
    "MappingTemplate",
    "delete_template",
    "load_template",
    "save_template",
    "template_names",
]

SECTION: Final = "batch_templates"


@dataclass(frozen=True)
class MappingTemplate:
    key: BatchKey
    assignments: tuple[tuple[str, str], ...]  # (header, field) pairs as `map_columns` takes them
    blank_token: str = BLANK_TOKEN

    def to_json(self, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "key": self.key.kind.value,
            "scope": self.key.scope.value,
            "list": self.key.list_id,
            "blank_token": self.blank_token,
            "assignments": [list(pair) for pair in self.assignments],
        }

    @classmethod
    def from_json(cls, data: Any) -> MappingTemplate | None:
        """The template in ``data``, None when it is damaged (hand-edited, from another version)."""
        try:
            key = BatchKey(KeyKind(data["key"]), SearchScope(data["scope"]), str(data.get("list", "")))
            pairs = tuple((str(h), str(t)) for h, t in data["assignments"])
            token = str(data.get("blank_token") or BLANK_TOKEN)
        except (KeyError, TypeError, ValueError):
            return None
        return cls(key, pairs, token)


def _entries(settings: Settings) -> list[dict[str, Any]]:
    raw = settings.get(SECTION, [])
    return (
        [e for e in raw if isinstance(e, dict) and isinstance(e.get("name"), str)]
        if isinstance(raw, list)
        else []
    )


def template_names(settings: Settings) -> list[str]:
    return sorted((e["name"] for e in _entries(settings)), key=str.casefold)


def save_template(settings: Settings, name: str, template: MappingTemplate) -> None:
    """Save (or replace) the template called ``name`` and write the settings file."""
    kept = [e for e in _entries(settings) if e["name"] != name]
    settings.set(SECTION, [*kept, template.to_json(name)])
    settings.save()


def load_template(settings: Settings, name: str) -> MappingTemplate | None:
    entry = next((e for e in _entries(settings) if e["name"] == name), None)
    return None if entry is None else MappingTemplate.from_json(entry)


def delete_template(settings: Settings, name: str) -> bool:
    entries = _entries(settings)
    kept = [e for e in entries if e["name"] != name]
    if len(kept) == len(entries):
        return False
    settings.set(SECTION, kept)
    settings.save()
    return True
