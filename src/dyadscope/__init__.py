"""dyadscope: news articles in; political events, actors and relations measures out.

import dyadscope
for doc in dyadscope.extract(["articles/"]):      # paths, folders, globs or texts
    for event in doc.events:
        print(event.event_type, event.to_dict()["source"])
ds = dyadscope.open("sqlite:///dyadscope.db")      # a store, as the CLI and API see it
"""

from __future__ import annotations

import logging

from .config import Options, load_options
from .records import Actor, Document, Event, Mention, Quote, Sentence
from .workflow import extract

__version__ = "0.1.0"

# The library logs, it never prints: applications (and the CLI) decide what reaches the user.
logging.getLogger(__name__).addHandler(logging.NullHandler())


def open(db_url: str | None = None, options: Options | None = None):  # noqa: A001
    """The store at `db_url` (default: the embedded SQLite file) as a `Dyadscope` object."""
    from .core import open as open_core

    return open_core(db_url, options)


__all__ = [
    "Actor",
    "Document",
    "Event",
    "Mention",
    "Options",
    "Quote",
    "Sentence",
    "extract",
    "load_options",
    "open",
]
