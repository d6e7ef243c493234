"""The JSON Schema of the Document contract, generated from the pydantic models.

``python -m tidings.schema > docs/schema.json`` regenerates the committed copy.
"""

from __future__ import annotations

import json

from tidings.models import Document


def document_schema() -> dict:
    return Document.model_json_schema()


def render() -> str:
    return json.dumps(document_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
