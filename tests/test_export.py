import csv
import io
import json

import duckdb
import pytest

from factories import make_document
from tidings.export import export
from tidings.export.gdelt import COLUMNS


@pytest.fixture
def filled(store):
    store.write([make_document(cameo="0311")])
    return store


def test_export_plover_jsonl_has_plover_fields_and_offsets(filled):
    out = io.StringIO()
    assert export(filled, "plover-jsonl", out) == 1
    record = json.loads(out.getvalue())
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_start", "text_end"):
        assert key in record
    doc = make_document()
    assert record["actor"] == ["DEU"] and record["recipient"] == ["BRA"] and record["event"] == "SANCTION"
    assert doc.text[record["text_start"]:record["text_end"]] == record["event_text"]


def test_export_gdelt_keeps_leading_zeros_and_column_order(filled):
    out = io.StringIO()
    export(filled, "gdelt-tsv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert rows[0] == COLUMNS and len(COLUMNS) == 61
    row = dict(zip(rows[0], rows[1]))
    assert row["EventCode"] == "0311" and row["EventRootCode"] == "03"
    assert row["SQLDATE"] == "20260504" and row["QuadClass"] == "4" and row["GoldsteinScale"] == "-6"
    assert row["Actor1CountryCode"] == "DEU" and row["Actor2CountryCode"] == "BRA"
    assert row["ActionGeo_FullName"] == "Berlin"


@pytest.mark.parametrize("table", ["events", "quotes", "articles", "event_actors"])
def test_export_csv_and_parquet_hold_the_same_rows(filled, tmp_path, table):
    out = io.StringIO()
    n = export(filled, "csv", out, table=table)
    csv_rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    path = str(tmp_path / f"{table}.parquet")
    assert export(filled, "parquet", path, table=table) == n == len(csv_rows)
    parquet_rows = duckdb.connect().execute(f"SELECT * FROM read_parquet('{path}')").fetchall()
    assert len(parquet_rows) == n


def test_export_parquet_keeps_cameo_as_text(filled, tmp_path):
    path = str(tmp_path / "e.parquet")
    export(filled, "parquet", path)
    [(code,)] = duckdb.connect().execute(f"SELECT cameo FROM read_parquet('{path}')").fetchall()
    assert code == "0311"
