"""The actors of one sentence or article, extracted on the real model with the shared tables,
each checked to point at its own text, for the actor tests."""

from __future__ import annotations

from tidings.extract.actors import extract_actors
from tidings.ontology import load_gazetteer, load_ontology


def actors_in(nlp, text: str):
    doc = nlp(text)
    actors = extract_actors(doc, ontology=load_ontology(), places=doc._.places or [], sets=True,
                            gazetteer=load_gazetteer())
    for actor in actors:
        assert doc.text[actor.start:actor.end] == actor.text
    return actors
