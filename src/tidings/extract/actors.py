"""Actors learned from the text: countries, capitals as governments, titled people, IGOs."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.models import Actor, Place


def extract_actors(doc: Doc, *, ontology, places: list[Place]) -> list[Actor]:
    return []
