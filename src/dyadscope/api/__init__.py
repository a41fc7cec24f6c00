"""REST API (FastAPI) over the core object: `create_app(ds)`."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
