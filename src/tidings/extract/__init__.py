"""Pure extractor functions over a spaCy Doc: one module per kind of finding."""
