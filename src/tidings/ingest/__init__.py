"""Readers: turn files, directories and stdin into Articles. No NLP here."""

from tidings.ingest.ids import article_id
from tidings.ingest.walk import read_paths

__all__ = ["article_id", "read_paths"]
