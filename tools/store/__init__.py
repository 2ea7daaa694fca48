"""The guest store: a protocol, and the embedded SQLite default."""

from tools.store.protocol import GuestStore

__all__ = ["GuestStore"]
