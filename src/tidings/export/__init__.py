"""Writing the store out: PLOVER JSONL, GDELT-style TSV, CSV, Parquet."""

from tidings.export.writers import FORMATS, export

__all__ = ["FORMATS", "export"]
