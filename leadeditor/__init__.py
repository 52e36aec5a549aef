"""Lead Editor: find a VICIdial lead and correct it safely through the Non-Agent API."""

from leadeditor.version import VERSION as __version__

APP_NAME = "Lead Editor"

__all__ = ["APP_NAME", "__version__"]
