"""spaCy component factories. Each one only stores what a pure extractor returns."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.extract.actors import extract_actors
from tidings.extract.events import extract_events
from tidings.extract.places import extract_places
from tidings.extract.quantities import extract_quantities
from tidings.extract.quotes import extract_quotes
from tidings.nlp.sentences import break_paragraphs
from tidings.ontology import load_gazetteer, load_ontology

Language.component("tidings_paragraphs")(break_paragraphs)


class _Component:
    def __init__(self, nlp: Language, name: str):
        self.name = name


@Language.factory("tidings_places", assigns=["doc._.places"], requires=["doc.ents"])
class PlacesComponent(_Component):
    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = extract_places(doc, gazetteer=self.gazetteer)
        return doc


@Language.factory("tidings_actors", assigns=["doc._.actors"], requires=["doc.ents", "doc._.places"])
class ActorsComponent(_Component):
    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.ontology = load_ontology()
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = extract_actors(doc, ontology=self.ontology, places=doc._.places or [], sets=True,
                                      gazetteer=self.gazetteer)
        return doc


@Language.factory("tidings_quantities", assigns=["doc._.quantities"], requires=["doc.ents"])
class QuantitiesComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = extract_quantities(doc)
        return doc


@Language.factory("tidings_quotes", assigns=["doc._.quotes"], requires=["doc._.actors"])
class QuotesComponent(_Component):
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, actors=doc._.actors or [])
        return doc


@Language.factory(
    "tidings_events",
    assigns=["doc._.events"],
    requires=["doc._.actors", "doc._.places", "doc._.quantities", "doc._.quotes"],
)
class EventsComponent(_Component):
    def __init__(self, nlp: Language, name: str):
        super().__init__(nlp, name)
        self.ontology = load_ontology()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(
            doc,
            ontology=self.ontology,
            actors=doc._.actors or [],
            places=doc._.places or [],
            quantities=doc._.quantities or [],
            quotes=doc._.quotes or [],
            published=doc._.published,
        )
        return doc
