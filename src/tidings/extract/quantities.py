"""Numbers with what they count, their unit, range and change."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.models import Quantity


def extract_quantities(doc: Doc) -> list[Quantity]:
    return []
