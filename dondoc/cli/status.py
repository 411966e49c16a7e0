"""``dondoc status``: where the occurrences stand, in the four categories of Văn phòng Chính phủ."""

from __future__ import annotations

import json
from typing import Annotated

import typer

MAX_HORIZON_DAYS = 3660  # ten years ahead: beyond it the date arithmetic leaves the calendar
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 15  # rows of each list in the text report


def _check_range(value: int, option: str, low: int, high: int, unit: str) -> None:
    """A usage error (exit 2, one line) instead of an overflow deep in date arithmetic."""
    if not low <= value <= high:
        raise typer.BadParameter(f"{value} nằm ngoài khoảng {low}–{high} {unit}", param_hint=f"'{option}'")


def register(app: typer.Typer) -> None:
    app.command(
        "status",
        help=(
            "Tình hình thực hiện: số kỳ báo cáo đúng hạn, quá hạn, trong hạn, quá hạn chưa hoàn thành; "
            "danh sách quá hạn, sắp đến hạn và đã nộp gần đây."
        ),
    )(status)


def status(
    org: Annotated[str | None, typer.Option("--org", help="Đơn vị (cùng các đơn vị trực thuộc).")] = None,
    plan: Annotated[str | None, typer.Option("--plan", help="Chỉ một kế hoạch.")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Tính tại ngày (dd/mm/yyyy); mặc định hôm nay.")] = None,
    horizon: Annotated[int, typer.Option("--horizon", help="Tính cả các kỳ có hạn trong chừng này ngày tới.")] = 30,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            help="Số dòng tối đa mỗi danh sách (mặc định 15; với --json mặc định liệt kê đủ mọi kỳ).",
            show_default=False,
        ),
    ] = None,
) -> None:
    from dondoc.chase.dates import parse_user_date
    from dondoc.clock import local_today
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.status.report import build_status, build_status_summary, render_status

    _check_range(horizon, "--horizon", 0, MAX_HORIZON_DAYS, "ngày")
    if limit is not None:
        _check_range(limit, "--limit", 1, MAX_LIMIT, "dòng")
    day = parse_user_date(on, "on") if on else local_today()
    engine = open_store()
    with session_scope(engine) as session:
        if as_json and limit is None:  # every occurrence, listed: what a script reading the JSON expects
            report = build_status(session, on=day, org_id=org, plan_id=plan, horizon_days=horizon)
        else:  # the counts and the first rows of each list: no occurrence loaded beyond those
            shown = limit if limit is not None else DEFAULT_LIMIT
            report = build_status_summary(session, on=day, org_id=org, plan_id=plan, horizon_days=horizon, limit=shown)
    if as_json:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_status(report, limit=limit if limit is not None else DEFAULT_LIMIT))
