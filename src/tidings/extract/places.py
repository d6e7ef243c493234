"""Places named in the text, geocoded offline."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.models import Place


def extract_places(doc: Doc, *, gazetteer) -> list[Place]:
    return []
