"""``build_nlp``: the one place the spaCy pipeline is assembled."""

from __future__ import annotations

import spacy
from spacy.language import Language

from tidings.config import Settings
from tidings.errors import ConfigError
from tidings.nlp.extensions import set_extensions

COMPONENTS = ("tidings_places", "tidings_actors", "tidings_quantities", "tidings_quotes", "tidings_events")


def build_nlp(settings: Settings | None = None, *, components: tuple[str, ...] = COMPONENTS) -> Language:
    """Load the English model and add tidings' extractors after it.

    ``components=()`` gives the bare model, which benchmarks use as the baseline. With
    extractors, paragraph starts are also sentence starts (``tidings_paragraphs``, before the parser),
    and the model's attribute ruler is matched by ``tidings_attributes`` (same annotations, about
    a quarter of its time; ``tidings.nlp.attributes``).
    """
    settings = settings or Settings()
    set_extensions()
    import tidings.nlp.attributes  # noqa: F401  (registers the factories)
    import tidings.nlp.components  # noqa: F401

    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise ConfigError(f"spaCy model {settings.model!r} is not installed: {exc}") from exc
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    if components and "parser" in nlp.pipe_names:
        nlp.add_pipe("tidings_paragraphs", before="parser")
    if components and "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("tidings_attributes", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    for name in components:
        nlp.add_pipe(name)
    return nlp
