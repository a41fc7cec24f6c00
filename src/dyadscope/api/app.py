"""The web application: REST API under /api (OpenAPI at /docs) and the dashboard at /.

Everything it serves is local: the OpenAPI page uses the Swagger UI 5 files shipped in the
`swagger-ui-bundle-v2` package (module `swagger_ui_bundle`), the dashboard the Plotly bundle
of the `plotly` package, so it works on a machine with no network.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from ..core import Dyadscope
from . import errors, routes

SWAGGER = "/vendor/swagger"


def create_app(ds: Dyadscope) -> FastAPI:
    """An app over one core object; the dashboard renders the same results the API answers."""
    from ..web import views

    app = FastAPI(
        title="dyadscope",
        summary="Political events and bilateral-relations measures from news articles.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.ds = ds
    errors.install(app)
    app.include_router(routes.router)
    _install_docs(app)
    views.install(app)
    return app


def _install_docs(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount(SWAGGER, StaticFiles(directory=swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="dyadscope API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
        )
