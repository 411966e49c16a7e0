"""``dondoc generate-national`` and ``dondoc simulate``: the national-scale tree and a year of chase days on it.

``generate-national`` fills an empty database with a synthetic tree the size
of the whole Party organisation (dondoc.scale.national); ``simulate`` expands
a window and replays its working days through the real chase decision and the
outbox (dondoc.scale.simulate), then prints how long each day took. Both work
on any configured store; the national sizes are meant for PostgreSQL.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from calendar_rules.vietnamese import format_day

PER_DAY_LINES = 31  # up to a month of days is listed day by day, longer runs by month


def register(app: typer.Typer) -> None:
    app.command(
        "generate-national",
        help=(
            "Sinh cây tổ chức tổng hợp quy mô toàn quốc (mặc định 60.000 đơn vị: Trung ương, tỉnh ủy, huyện ủy, "
            "tổ chức cơ sở đảng, chi bộ; mỗi đơn vị một kênh thư mục folder://) cùng các kế hoạch (mỗi đơn vị 40 nhiệm vụ), "
            "vào cơ sở dữ liệu đang cấu hình. Cơ sở dữ liệu phải trống, trừ khi dùng --replace."
        ),
    )(generate_national)
    app.command(
        "simulate",
        help=(
            "Mô phỏng các ngày làm việc trong một khoảng: lập kỳ báo cáo cho khoảng đó, rồi mỗi ngày chạy đôn đốc thật "
            "(quyết định, xếp tin, gửi vào thư mục folder) và ghi nhận báo cáo các đơn vị nộp; cuối cùng in thời gian từng ngày. "
            "Chạy lại một ngày không gửi thêm tin nào."
        ),
    )(simulate)


def _n(value: int) -> str:
    """12345 → "12.345", as Vietnamese writes numbers."""
    return f"{value:,}".replace(",", ".")


def generate_national(
    units: Annotated[int, typer.Option("--units", min=30, help="Số đơn vị của cây (mặc định 60.000).")] = 60_000,
    tasks: Annotated[int, typer.Option("--tasks", min=1, help="Số nhiệm vụ mỗi đơn vị (mặc định 40).")] = 40,
    seed: Annotated[int, typer.Option("--seed", help="Hạt giống ngẫu nhiên: cùng hạt giống, cùng cây.")] = 2024,
    year: Annotated[
        int,
        typer.Option("--year", min=2000, max=2100, help="Năm của các kế hoạch (các mốc một lần nằm trong năm này)."),
    ] = 2024,
    replace: Annotated[
        bool, typer.Option("--replace", help="Xóa toàn bộ dữ liệu đang có (cả thư mục folder) rồi sinh lại.")
    ] = False,
) -> None:
    import shutil

    from dondoc.clock import actor_name, utc_now
    from dondoc.db.store import open_store
    from dondoc.errors import DondocError
    from dondoc.scale.national import generate_national as build
    from dondoc.scale.write import clear_database, database_is_empty, write_national
    from dondoc.settings import get_settings

    settings = get_settings()
    engine = open_store(settings)
    where = engine.url.render_as_string(hide_password=True)
    if not database_is_empty(engine):
        if not replace:
            raise DondocError(
                f"cơ sở dữ liệu {where} đã có dữ liệu: không sinh đè lên (dùng --replace để xóa toàn bộ và sinh lại)"
            )
        clear_database(engine)
        if settings.folder_dir.exists():
            shutil.rmtree(
                settings.folder_dir
            )  # its files are keyed by the ids just deleted: they would shadow new messages
        typer.echo(f"Đã xóa toàn bộ dữ liệu cũ của {where} và thư mục {settings.folder_dir}.")
    started = time.monotonic()
    national = build(units=units, tasks=tasks, seed=seed, year=year)
    built = time.monotonic() - started
    report = write_national(engine, national, at=utc_now(), actor=actor_name())
    written = time.monotonic() - started - built
    kinds = national.kind_counts()
    typer.echo(f"Cơ sở dữ liệu: {where}")
    typer.echo(
        f"Cây toàn quốc: {_n(report.units)} đơn vị, sâu {max(u.depth for u in national.units)} cấp — "
        f"{_n(kinds.get('tinh_uy', 0))} tỉnh ủy, thành ủy; {_n(kinds.get('dang_uy_khoi', 0))} đảng ủy khối; "
        f"{_n(kinds.get('huyen_uy', 0) + kinds.get('thi_uy', 0))} huyện ủy, quận ủy, thị ủy, thành ủy; "
        f"{_n(kinds.get('dang_uy_co_so', 0))} đảng ủy cơ sở; {_n(kinds.get('chi_bo_co_so', 0))} chi bộ cơ sở; {_n(kinds.get('chi_bo', 0))} chi bộ."
    )
    typer.echo(f"Liên hệ: {_n(report.contacts)} (mỗi đơn vị một kênh folder://<mã đơn vị>).")
    typer.echo(
        f"Kế hoạch năm {year}: {_n(report.plans)} kế hoạch, {_n(report.tasks)} nhiệm vụ, {_n(report.assignments)} lượt giao ({tasks} nhiệm vụ mỗi đơn vị)."
    )
    typer.echo(f"Thời gian: sinh {built:.1f} giây, ghi {written:.1f} giây (hạt giống {seed}).")
    typer.echo(f"Tiếp theo: dondoc simulate --from 01/01/{year} --to 31/12/{year}")


def simulate(
    from_: Annotated[str, typer.Option("--from", help="Ngày đầu (dd/mm/yyyy).")],
    to: Annotated[str, typer.Option("--to", help="Ngày cuối (dd/mm/yyyy).")],
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Số tiến trình xếp và gửi tin song song (PostgreSQL).")
    ] = 1,
    no_expand: Annotated[
        bool, typer.Option("--no-expand", help="Không lập kỳ báo cáo (đã lập từ lần chạy trước).")
    ] = False,
    no_submissions: Annotated[
        bool, typer.Option("--no-submissions", help="Không mô phỏng việc các đơn vị nộp báo cáo.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Không hiện thanh tiến độ.")] = False,
) -> None:
    from sqlmodel import Session, select

    from calendar_rules.vietnamese import format_day
    from dondoc.chase.dates import parse_user_date
    from dondoc.chase.policy import configured_policies
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.models import Task
    from dondoc.db.store import open_store
    from dondoc.errors import DondocError, FieldError
    from dondoc.plans.materialise import materialise
    from dondoc.scale.figures import timing_summary, working_days
    from dondoc.scale.simulate import simulate_days
    from dondoc.settings import get_settings
    from dondoc.workcal import working_calendar

    start, end = parse_user_date(from_, "from"), parse_user_date(to, "to")
    if end < start:
        raise FieldError("to", f"ngày cuối {format_day(end)} ở trước ngày đầu {format_day(start)}")
    settings = get_settings()
    engine = open_store(settings)
    calendar = working_calendar(settings)
    with Session(engine) as session:
        if session.exec(select(Task.id).limit(1)).first() is None:
            raise DondocError(
                "cơ sở dữ liệu chưa có kế hoạch nào: chạy `dondoc generate-national` (hoặc nhập kế hoạch) trước"
            )
    if workers > 1 and engine.dialect.name != "postgresql":
        typer.echo("SQLite chỉ có một tiến trình ghi: chạy với 1 tiến trình.")
        workers = 1
    typer.echo(f"Cơ sở dữ liệu: {engine.url.render_as_string(hide_password=True)}; tin gửi vào {settings.folder_dir}")

    if not no_expand:
        t0 = time.monotonic()
        expanded = materialise(
            engine, today=start, calendar=calendar, at=utc_now(), actor=actor_name(), start=start, end=end
        )
        typer.echo(
            f"Lập kỳ báo cáo {format_day(start)}–{format_day(end)}: {_n(expanded.wanted)} kỳ từ {_n(expanded.tasks)} nhiệm vụ "
            f"(thêm {_n(expanded.inserted)}) trong {time.monotonic() - t0:.1f} giây."
        )
    days = working_days(start, end, calendar)
    if not days:
        typer.echo("Không có ngày làm việc nào trong khoảng này.")
        return

    bar = None if quiet else typer.progressbar(length=len(days), label="Mô phỏng các ngày làm việc", show_pos=True)
    if bar is not None:
        bar.__enter__()

    def on_day(_figures) -> None:
        if bar is not None:
            bar.update(1)

    try:
        report = simulate_days(
            engine,
            settings,
            days=days,
            calendar=calendar,
            policies=configured_policies(),
            workers=workers,
            submissions=not no_submissions,
            on_day=on_day,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)

    typer.echo("")
    typer.echo(_table(report.days))
    typer.echo("")
    for label, value in timing_summary(report):
        typer.echo(f"{label}: {value}")


def _table(days) -> str:
    """Day by day for up to a month, else month by month (a year is 250 lines otherwise)."""
    head = f"{'Ngày':<10}  {'bước':>9}  {'tin mới':>9}  {'đã gửi':>9}  {'đã nộp':>8}  {'quyết định':>10}  {'xếp tin':>8}  {'gửi tin':>8}  {'cả ngày':>8}"
    lines = [head, "-" * len(head)]
    if len(days) <= PER_DAY_LINES:
        groups = [(format_day(d.day), [d]) for d in days]
    else:
        by_month: dict[str, list] = {}
        for d in days:
            by_month.setdefault(d.day.strftime("%m/%Y"), []).append(d)
        groups = [(f"T{label}", group) for label, group in by_month.items()]
    for label, group in groups:
        lines.append(
            f"{label:<10}  {_n(sum(d.due_steps for d in group)):>9}  {_n(sum(d.queued for d in group)):>9}  {_n(sum(d.sent for d in group)):>9}  "
            f"{_n(sum(d.submitted for d in group)):>8}  {sum(d.phase_seconds['decide'] for d in group):>9.3f}s  {sum(d.phase_seconds['queue'] for d in group):>7.1f}s  "
            f"{sum(d.phase_seconds['send'] for d in group):>7.1f}s  {sum(d.seconds for d in group):>7.1f}s"
        )
    return "\n".join(lines)
