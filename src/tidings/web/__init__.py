"""The HTTP API and the analyst's web page: ``create_app(store_url)`` and ``serve(db, host=, port=)``."""

from tidings.web.app import create_app, serve

__all__ = ["create_app", "serve"]
