"""The spaCy side: one Language with tidings' components registered as factories."""

from tidings.nlp.pipeline import build_nlp

__all__ = ["build_nlp"]
