import json

from tidings.schema import document_schema
from paths import ROOT


def test_schema_committed_copy_matches_models():
    committed = json.loads((ROOT / "docs" / "schema.json").read_text())
    assert committed == document_schema(), "run: python -m tidings.schema > docs/schema.json"


def test_schema_names_every_contract_list():
    props = document_schema()["properties"]
    for field in ("sentences", "actors", "events", "quotes", "quantities", "places"):
        assert props[field]["type"] == "array"
