"""Analysis over a store: dyad time series (``dyads``), the actor network (``network``) and
cross-article deduplication (``dedup``). Import from the modules: this package imports nothing, so
that the store can use its pure parts (``clusters_rows``) without a cycle."""
