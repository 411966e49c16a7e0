"""The API's reference page (Swagger UI), served from this app's own files.

FastAPI's default page loads Swagger UI from a CDN and starts it with an inline script: the app's
Content-Security-Policy (``script-src 'self'``, ``default-src 'none'``) blocks both, so the page stayed
blank, and an office network may not reach the CDN at all. Here the assets come from the
``fastapi-swagger`` package (Swagger UI 5, which reads the OpenAPI 3.1 that FastAPI writes), the start-up is a script file of ours that reads the spec's address
from the page, and the page's own policy adds only ``connect-src 'self'`` (Swagger UI fetches the spec).
"""

from __future__ import annotations

from html import escape
from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)
START_SCRIPT = """\
window.addEventListener("load", function () {
  var page = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: page.dataset.spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
  });
});
"""


def install(api: FastAPI, *, title: str) -> None:
    """Serve ``/docs`` (the page), ``/docs/start.js`` and ``/docs/assets/*`` on ``api``, which FastAPI
    is told not to serve its own docs page for (``docs_url=None``)."""
    assets = files("fastapi_swagger") / "resources"
    api.mount(ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")

    async def start_script() -> Response:
        return Response(START_SCRIPT, media_type="text/javascript")

    async def page(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        spec = escape(f"{root}{api.openapi_url}")
        html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(title)}: tài liệu API</title>
<link rel="stylesheet" href="{root}{ASSETS}/swagger-ui.css">
<link rel="icon" href="{root}{ASSETS}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-spec="{spec}"></div>
<script src="{root}{ASSETS}/swagger-ui-bundle.js"></script>
<script src="{root}/docs/start.js"></script>
</body>
</html>
"""
        return HTMLResponse(html, headers={"content-security-policy": PAGE_POLICY})

    api.get("/docs/start.js", include_in_schema=False)(start_script)
    api.get("/docs", include_in_schema=False, response_class=HTMLResponse)(page)
