"""``dondoc expand``: keep the occurrences of every imported plan materialised for a window."""

from __future__ import annotations

from typing import Annotated

import typer

from calendar_rules.vietnamese import format_day
from dondoc.cli.options import optional_day


def register(app: typer.Typer) -> None:
    app.command(
        "expand",
        help=(
            "Lập các kỳ báo cáo (nhiệm vụ × đơn vị × kỳ) trong cơ sở dữ liệu cho một khoảng thời gian "
            "(mặc định từ một năm trước đến hai năm tới). Chạy lại không thêm gì; kế hoạch đã sửa thì các kỳ "
            "từ hôm nay trở đi được cập nhật, các kỳ đã qua giữ nguyên."
        ),
    )(expand)


def expand(
    from_: Annotated[
        str | None, typer.Option("--from", help="Ngày đầu khoảng (dd/mm/yyyy); mặc định một năm trước hôm nay.")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Ngày cuối khoảng (dd/mm/yyyy); mặc định hai năm sau hôm nay.")
    ] = None,
    plan: Annotated[list[str] | None, typer.Option("--plan", help="Chỉ kế hoạch này (lặp lại được).")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Chỉ các đơn vị thuộc nhánh này.")] = None,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Ngày tính là hôm nay (dd/mm/yyyy); các kỳ trước ngày này không bị sửa."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Không hiện thanh tiến độ.")] = False,
) -> None:
    from sqlmodel import Session

    from dondoc.clock import actor_name, local_today, utc_now
    from dondoc.db.models import Committee
    from dondoc.db.store import open_store
    from dondoc.errors import NotFound
    from dondoc.plans.materialise import materialise
    from dondoc.settings import get_settings
    from dondoc.workcal import working_calendar

    day = optional_day(today, "today") or local_today()
    start, end = optional_day(from_, "from"), optional_day(to, "to")
    settings = get_settings()
    engine = open_store(settings)
    prefix = None
    if org:
        with Session(engine) as session:
            unit = session.get(Committee, org)
            if unit is None:
                raise NotFound(f"không có đơn vị '{org}' trong cây tổ chức")
            prefix = unit.path
    bar = None
    shown = 0

    def progress(done: int, total: int) -> None:
        nonlocal bar, shown
        if quiet or total < 100_000:
            return
        if bar is None:
            bar = typer.progressbar(length=total, label="Lập kỳ báo cáo", file=None)
            bar.__enter__()
        bar.update(done - shown)
        shown = done

    try:
        report = materialise(
            engine,
            today=day,
            calendar=working_calendar(settings),
            at=utc_now(),
            actor=actor_name(),
            start=start,
            end=end,
            plan_ids=plan or None,
            path_prefix=prefix,
            progress=progress,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    typer.echo(
        f"Khoảng {format_day(report.start)}–{format_day(report.end)}: {report.wanted} kỳ báo cáo từ {report.tasks} nhiệm vụ; "
        f"thêm {report.inserted}, dời hạn {report.rescheduled}, mở lại {report.reopened}, hủy {report.cancelled}, liên kết cấp trên {report.linked}."
    )
    for problem in report.skipped_rules:
        typer.echo(f"Bỏ qua: {problem}", err=True)
