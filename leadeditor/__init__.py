"""Lead Editor: find a VICIdial lead and correct it safely through the Non-Agent API."""

__version__ = "0.1.0"
APP_NAME = "Lead Editor"
