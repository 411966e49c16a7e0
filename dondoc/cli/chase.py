"""``dondoc chase``: one chase run now, the same logic the ``chase`` flow runs, without Prefect."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command(
        "chase",
        help="Chạy đôn đốc một lần cho một ngày: tìm bước đến hạn, xếp tin vào hộp thư đi và gửi (--dry-run: chỉ xếp, không gửi).",
    )(chase)


def chase(
    today: Annotated[
        str | None, typer.Option("--today", help="Ngày đôn đốc (dd/mm/yyyy); mặc định hôm nay (giờ Việt Nam).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Chỉ quyết định và xếp tin, không gửi.")] = False,
    org: Annotated[str | None, typer.Option("--org", help="Chỉ nhánh dưới đơn vị này.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Gửi cả ngoài giờ làm việc.")] = False,
) -> None:

    from dondoc.chase.dates import parse_user_date
    from dondoc.chase.policy import configured_policies
    from dondoc.chase.run import run_chase
    from dondoc.clock import actor_name, local_today, utc_now
    from dondoc.db.store import open_store
    from dondoc.outbox.sending import send_now
    from dondoc.settings import get_settings
    from dondoc.workcal import working_calendar

    day = parse_user_date(today, "--today") if today else local_today()
    settings = get_settings()
    engine = open_store(settings)
    calendar = working_calendar(settings)
    if calendar.is_day_off(day):
        typer.echo(f"{day.strftime('%d/%m/%Y')} là ngày nghỉ: không nhắc việc.")
        return
    run = run_chase(
        engine,
        day=day,
        at=utc_now(),
        policies=configured_policies(),
        calendar=calendar,
        actor=actor_name(),
        base_url=settings.base_url,
        org_root=org,
    )
    typer.echo(
        f"Ngày {day.strftime('%d/%m/%Y')}: {len(run.found.candidates)} bước đến hạn, xếp {run.report.queued} tin mới"
        f" ({run.report.already_queued} tin đã có từ trước, {len(run.report.skipped)} bỏ qua)."
    )
    if dry_run:
        typer.echo("Chạy thử: chưa gửi tin nào (`dondoc outbox list` để xem).")
        return
    report = send_now(settings, engine, actor=actor_name(), respect_quiet_hours=not force)
    if report is None:
        typer.echo(
            "Ngoài giờ gửi tin: các tin chờ trong hộp thư đi (`dondoc outbox send` trong giờ làm việc, hoặc --force)."
        )
        return
    typer.echo(f"Đã gửi {report.sent}, hẹn gửi lại {report.retried}, lỗi {report.failed}.")
