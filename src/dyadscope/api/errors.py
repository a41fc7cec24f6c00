"""One error shape for every API error (datasette's `error_body`):

    {"error": {"status": 400, "code": "E006", "message": "E006 bad dyad 'X': ..."}}

The status comes from the exception class (`DyadscopeError.status`); FastAPI's validation
errors become 400s with the same shape, and anything unexpected a 500 that says so without
leaking a traceback. Dashboard pages get the same facts as an HTML page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from ..errors import DyadscopeError, message

LOGGER = logging.getLogger(__name__)


def error_body(status: int, code: str | None, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def _respond(request: Request, status: int, code: str | None, message: str) -> Response:
    if request.url.path.startswith("/api") or request.url.path in ("/openapi.json",):
        return JSONResponse(error_body(status, code, message), status_code=status)
    from ..web.views import render_error

    return render_error(request, status, message) or HTMLResponse(message, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        name = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        value = err.get("input")
        shown = f" {value!r}" if value is not None and not isinstance(value, dict) else ""
        parts.append(f"bad value{shown} for {name or 'request'}: {err.get('msg', 'invalid')}")
    return "E301 " + "; ".join(parts)


def _http_message(request: Request, exc: HTTPException) -> tuple[str | None, str]:
    """Starlette's own 404 and 405 in the words of the error catalogue."""
    if exc.status_code == 404:
        detail = str(exc.detail)
        return "E009", message("E009", what=request.url.path if detail == "Not Found" else detail)
    if exc.status_code == 405:
        return "E301", message("E301", name="method", value=request.method, expected="GET")
    return None, str(exc.detail)


def install(app: FastAPI) -> None:
    @app.exception_handler(DyadscopeError)
    async def _dyadscope(request: Request, exc: DyadscopeError) -> Response:
        if exc.status >= 500:
            LOGGER.error("%s: %s", request.url.path, exc)
        return _respond(request, exc.status, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 400, "E301", _validation_message(exc))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        code, message = _http_message(request, exc)
        return _respond(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        LOGGER.exception("unexpected error on %s", request.url.path)
        return _respond(request, 500, "E500", f"E500 internal error: {type(exc).__name__}")
