"""Jinja2 pages: one environment for the app, Vietnamese date filters, one ``page`` helper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from calendar_rules.vietnamese import format_day, format_local_time, period_label_vi
from dondoc.web.csrf import csrf_token

TEMPLATE_DIR = Path(__file__).parent / "templates"


def _day(value: dt.date | None) -> str:
    return format_day(value) if value else ""


def _moment(value: dt.datetime | None) -> str:
    return format_local_time(value) if value else ""


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%".replace(".", ",")


templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
templates.env.filters.update(day=_day, moment=_moment, percent=_percent, period=period_label_vi)
templates.env.globals.update(csrf_token=csrf_token)


def page(request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200) -> HTMLResponse:
    """Render ``name`` with the signed-in user (if any) available to the layout."""
    values = {"user": getattr(request.state, "user", None), **(context or {})}
    return templates.TemplateResponse(request, name, values, status_code=status_code)
