"""Deterministic ids: the same text always gets the same id."""

import hashlib


def article_id(text: str) -> str:
    """Content hash of an article's text (first 16 hex digits of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def derived_id(*parts: object) -> str:
    """Id of a finding inside an article, from the article id and offsets."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
