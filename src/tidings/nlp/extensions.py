"""Every ``Doc._`` attribute tidings uses, declared in one idempotent place."""

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "published": None,   # "YYYY-MM-DD" of the article, set before the pipeline runs
    "doc_id": None,      # the article's id, set before the pipeline runs (event ids derive from it)
    "places": None,      # list[Place]
    "actors": None,      # list[Actor]
    "quantities": None,  # list[Quantity]
    "quotes": None,      # list[Quote]
    "events": None,      # list[Event]
}


def set_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
