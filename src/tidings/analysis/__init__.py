"""Analysis over a store: dyad time series and the actor network (pure query functions)."""

from tidings.analysis.dyads import DyadSeries, dyad_events, dyad_series
from tidings.analysis.network import Network, network

__all__ = ["DyadSeries", "Network", "dyad_events", "dyad_series", "network"]
