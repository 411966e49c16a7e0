"""``dondoc demo``: the main job on the embedded default, as README command 1 runs it.

The whole story on the example tree and the three reviewed seed plans: import
the tree and the plans, expand them for 2023, then replay 2023 working day by
working day (some units report on time, some late, some never; one gets an
extension, one promises a date) with every reminder and escalation written to
the folder channel (``folder://``), and end with a summary and where to look next. Every
step is idempotent: a second run finds the year already told and only prints
the summary.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Annotated

import typer

from calendar_rules.vietnamese import format_day

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
YEAR_START, YEAR_END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
DONE_KEY = "demo:story-2023"


def register(app: typer.Typer) -> None:
    app.command(
        "demo",
        help=(
            "Trình diễn toàn bộ trên cơ sở dữ liệu nhúng: nạp cây tổ chức và ba kế hoạch mẫu, lập kỳ báo cáo năm 2023, "
            "mô phỏng từng ngày làm việc của năm (nhắc việc, báo quá hạn, báo cấp trên; tin gửi vào thư mục folder), "
            "rồi tóm tắt kết quả. Chạy lại không ghi thêm gì."
        ),
    )(demo)


def demo(
    examples: Annotated[
        Path | None, typer.Option("--examples", help="Thư mục dữ liệu mẫu (org_tree.yaml và plans/).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Chỉ mô phỏng đến ngày này (dd/mm/yyyy), mặc định 31/12/2023.")
    ] = None,
) -> None:
    from sqlmodel import Session

    from dondoc.chase.dates import parse_user_date
    from dondoc.chase.policy import configured_policies
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.models import KeyValue
    from dondoc.db.store import open_store
    from dondoc.org.importer import import_tree
    from dondoc.org.registry import load_org_file
    from dondoc.outbox.sending import send_now
    from dondoc.plans.importer import UnitIndex, import_plan
    from dondoc.plans.materialise import materialise
    from dondoc.plans.plan_file import load_plan_file
    from dondoc.settings import get_settings
    from dondoc.story.simulate import simulate_year
    from dondoc.story.summary import render_summary
    from dondoc.workcal import working_calendar

    started = time.monotonic()
    folder = examples or EXAMPLES
    end = parse_user_date(until, "until") if until else YEAR_END
    settings = get_settings()
    engine = open_store(settings)
    calendar = working_calendar(settings)
    typer.echo(f"Cơ sở dữ liệu: {engine.url.render_as_string(hide_password=True)}")

    tree = load_org_file(folder / "org_tree.yaml")
    plan_files = sorted((folder / "plans").glob("*.yaml"))
    specs = [load_plan_file(path) for path in plan_files]
    at = utc_now()
    with session_scope(engine) as session:
        org = import_tree(session, tree, at=at, actor=actor_name(), source=str(folder / "org_tree.yaml"))
        index = UnitIndex.load(session)
        reports = [import_plan(session, spec, at=at, actor=actor_name(), index=index) for spec in specs]
    typer.echo(f"1. Cây tổ chức mẫu: {len(tree.units)} đơn vị (thêm {len(org.added)}).")
    for spec, report in zip(specs, reports, strict=True):
        state = "đã nhập" if report.created else ("đã cập nhật" if report.changed else "đã có")
        typer.echo(f"2. Kế hoạch {spec.number} ({len(spec.tasks)} nhiệm vụ): {state}.")
    expanded = materialise(
        engine,
        today=YEAR_START,
        calendar=calendar,
        at=at,
        actor=actor_name(),
        start=YEAR_START,
        end=YEAR_END,
        plan_ids=[s.id for s in specs],
    )
    typer.echo(f"3. Kỳ báo cáo năm 2023: {expanded.wanted} (thêm {expanded.inserted}).")

    with Session(engine) as session:
        done = session.get(KeyValue, DONE_KEY)
    if done is not None:
        typer.echo(
            f"4. Năm 2023 đã được mô phỏng trước đây (đến {format_day(dt.date.fromisoformat(done.value))}): không ghi thêm gì."
        )
    else:
        typer.echo(
            f"4. Mô phỏng từng ngày làm việc {format_day(YEAR_START)}–{format_day(end)} (tin gửi vào {settings.folder_dir}):"
        )
        month: dict[str, object] = {"label": None, "sent": 0, "submitted": 0}

        def flush() -> None:
            if month["label"] is not None:
                typer.echo(
                    f"   Tháng {month['label']}: {month['sent']} tin đã gửi, {month['submitted']} báo cáo đã nộp"
                )

        def on_day(result) -> None:
            label = result.day.strftime("%m/%Y")
            if label != month["label"]:
                flush()
                month.update(label=label, sent=0, submitted=0)
            month["sent"] = int(month["sent"]) + result.sent  # type: ignore[call-overload]
            month["submitted"] = int(month["submitted"]) + result.submitted  # type: ignore[call-overload]

        policies = configured_policies()
        year = simulate_year(
            engine,
            settings,
            start=YEAR_START,
            end=end,
            calendar=calendar,
            policies=policies,
            send=lambda now: send_now(settings, engine, actor="demo:deliver", respect_quiet_hours=False, now=now),
            on_day=on_day,
        )
        flush()
        for note in year.twists:
            typer.echo(f"   {note}")
        with session_scope(engine) as session:
            session.add(KeyValue(key=DONE_KEY, value=end.isoformat(), updated_at=utc_now()))
    with Session(engine) as session:
        typer.echo("")
        typer.echo(render_summary(session, start=YEAR_START, end=end, folder=settings.folder_dir))
    typer.echo(f"\n(Thời gian chạy: {time.monotonic() - started:.0f} giây.)")
