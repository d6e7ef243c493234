"""Typed loaders for the actor tables in data/actors/."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActorTables:
    pass


def load_actor_tables() -> ActorTables:
    return ActorTables()
