"""Typed loaders for the event tables in data/events/."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventTables:
    pass


def load_event_tables() -> EventTables:
    return EventTables()
