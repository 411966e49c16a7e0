"""``dondoc chase``: one chase run now, the same logic the ``chase`` flow runs, without Prefect."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from calendar_rules.vietnamese import format_day

if TYPE_CHECKING:
    from dondoc.chase.run import ChaseRun


def register(app: typer.Typer) -> None:
    app.command(
        "chase",
        help="Chạy đôn đốc một lần cho một ngày (và các ngày bị lỡ kể từ lần đôn đốc trước): tìm bước đến hạn, xếp tin vào hộp thư đi và gửi (--dry-run: chỉ in ra các tin sẽ gửi, không ghi gì).",
    )(chase)


def chase(
    today: Annotated[
        str | None, typer.Option("--today", help="Ngày đôn đốc (dd/mm/yyyy); mặc định hôm nay (giờ Việt Nam).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Chỉ in ra các tin sẽ gửi; không xếp tin, không ghi lịch sử, không gửi.")
    ] = False,
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

    day = parse_user_date(today, "today") if today else local_today()
    settings = get_settings()
    engine = open_store(settings)
    calendar = working_calendar(settings)
    if calendar.is_day_off(day):
        typer.echo(f"{format_day(day)} là ngày nghỉ: không nhắc việc.")
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
        dry_run=dry_run,
        catch_up_days=settings.chase_catch_up_days,
    )
    if dry_run:
        _print_dry_run(run, day)
        return
    typer.echo(
        f"Ngày {format_day(day)}: {len(run.found.candidates)} bước đến hạn, xếp {run.report.queued} tin mới"
        f" ({run.report.already_queued} tin đã có từ trước, {len(run.report.skipped)} bỏ qua)."
    )
    report = send_now(settings, engine, actor=actor_name(), respect_quiet_hours=not force)
    if report is None:
        typer.echo(
            "Ngoài giờ gửi tin: các tin chờ trong hộp thư đi (`dondoc outbox send` trong giờ làm việc, hoặc --force)."
        )
        return
    typer.echo(f"Đã gửi {report.sent}, hẹn gửi lại {report.retried}, lỗi {report.failed}.")


def _print_dry_run(run: ChaseRun, day: dt.date) -> None:
    """What a dry run would send, one line per message, then its items (nothing was written)."""
    from calendar_rules.vietnamese import format_day

    window = f"từ {format_day(run.since)} " if run.since and run.since < day else ""
    typer.echo(
        f"Chạy thử ngày {format_day(day)} ({window}đến {format_day(day)}): {len(run.found.candidates)} bước đến hạn,"
        f" sẽ gửi {len(run.would_send)} tin, {len(run.report.skipped)} bước bỏ qua. Không ghi gì vào cơ sở dữ liệu"
        " và hộp thư đi."
    )
    kinds = {"reminder": "nhắc hạn", "overdue": "quá hạn", "escalation": "báo cấp trên"}
    for planned in run.would_send:
        message = planned.message
        typer.echo(f"- {planned.recipient_name} ({message.channel_kind}, {kinds[planned.kind]}): {message.subject}")
        for item in planned.items:
            d = item.deadline
            typer.echo(f"    · {d.assignee} — {d.plan_number}: {d.task} — kỳ {d.period} — hạn {format_day(d.due_date)}")
    for skipped in run.report.skipped:
        typer.echo(f"- bỏ qua #{skipped.occurrence_id} {skipped.step_key}: {skipped.reason}")
