"""The one place the version is written. pyproject.toml reads it (`tool.setuptools.dynamic`), and so do
`--version`, Help → About, the bundle names and the AppStream release."""

VERSION = "0.1.0"
