"""Translations: the built .qm files live here (scripts/build-translations); `pseudo` makes the
test locale."""
