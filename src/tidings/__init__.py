"""tidings: news articles in, evidence-backed event data out."""

__all__ = ["extract", "extract_many", "ingest", "clusters", "mentions", "cluster_of", "ClusterFilter"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The API pulls in spaCy; load it only when asked for, so `import tidings` stays cheap.
    if name in __all__:
        from tidings import api

        return getattr(api, name)
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")
