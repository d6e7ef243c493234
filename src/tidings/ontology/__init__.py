"""Ontology tables shipped as data files, loaded with importlib.resources.

``data/actors/`` countries, demonyms, capitals, IGOs, institutions, titles (actors.py);
``data/events/`` PLOVER types, modes, contexts, CAMEO mapping, trigger lexicon (events.py);
``data/places/`` the curated gazetteer additions (places.py); ``data/quotes/`` quote marks and
cues (quotes.py); ``data/speech/`` the reporting verbs shared by quotes and event status
(speech.py); ``data/dates/`` month, weekday and relative-date words (dates.py). Each folder has
a README naming its sources and licences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.ontology.actors import ActorTables, load_actor_tables
from tidings.ontology.events import EventTables, load_event_tables


@dataclass(frozen=True)
class Ontology:
    actors: ActorTables
    events: EventTables


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Read-only tables, loaded once per process and shared by the components."""
    return Ontology(actors=load_actor_tables(), events=load_event_tables())


@lru_cache(maxsize=1)
def load_gazetteer():
    """The place index used by the geoparser (built once, cached on disk)."""
    from tidings.ontology.places import load_gazetteer as _load

    return _load()
