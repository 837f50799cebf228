"""SQLite engine with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> URL:
    # URL.create quotes nothing by hand: Vietnamese letters and spaces in the path just work.
    return URL.create("sqlite", database=str(path))


def make_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path), future=True)
    event.listen(engine, "connect", on_connect)
    return engine


def on_connect(dbapi_connection: Any, _record: Any) -> None:
    """The pragmas every connection to a workspace needs."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
