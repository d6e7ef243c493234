"""Exceptions raised by the library; the CLI and web layers turn them into messages."""


class TidingsError(Exception):
    """Base class for every error tidings raises on purpose."""


class ReadError(TidingsError):
    """An input could not be read as an article; names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(TidingsError):
    """The store could not be opened or written."""


class ConfigError(TidingsError):
    """A setting has a value tidings cannot use."""
