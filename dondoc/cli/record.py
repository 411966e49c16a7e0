"""``dondoc submit | extend | waive | ack``: recording what people do about a deadline.

Each command names one occurrence, by its id (``#1234`` or ``1234``, as lists
show it) or by selectors (``--org ĐƠN_VỊ --task MÃ --period 2023-Q2 [--plan
KẾ_HOẠCH]``), and records who did it (``--actor``, default the login name).
The domain work is in ``dondoc.occurrence.actions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, TypeVar

import typer
from sqlmodel import Session

from calendar_rules.vietnamese import format_day
from dondoc.chase.dates import parse_user_date
from dondoc.clock import actor_name, local_today, utc_now
from dondoc.db.engine import session_scope
from dondoc.db.store import open_store
from dondoc.errors import DondocError
from dondoc.occurrence import actions
from dondoc.occurrence.identity import parse_occurrence_id
from dondoc.occurrence.lookup import OccurrenceView, find_occurrence, select_occurrence

T = TypeVar("T")

OccurrenceArg = Annotated[
    str | None, typer.Argument(metavar="[KỲ]", help="Mã kỳ báo cáo, ví dụ #1234 hoặc 1234.", show_default=False)
]
OrgOpt = Annotated[str | None, typer.Option("--org", help="Mã đơn vị thực hiện (thay cho mã kỳ).")]
TaskOpt = Annotated[str | None, typer.Option("--task", help="Mã nhiệm vụ trong kế hoạch.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", help="Kỳ báo cáo, ví dụ 2023-Q2, 2023-H1, 2023-03, 2023.")]
PlanOpt = Annotated[str | None, typer.Option("--plan", help="Mã kế hoạch (khi mã nhiệm vụ trùng giữa các kế hoạch).")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Người ghi nhận (mặc định: tên đăng nhập).")]


def register(app: typer.Typer) -> None:
    app.command("submit", help="Ghi nhận đơn vị đã gửi báo cáo (số, ký hiệu; ngày gửi). Sau hạn thì ghi là nộp chậm.")(
        submit
    )
    app.command("extend", help="Gia hạn một kỳ báo cáo: hạn mới và lý do; việc đôn đốc tính lại từ hạn mới.")(extend)
    app.command("waive", help="Miễn một kỳ báo cáo (có lý do): dừng đôn đốc.")(waive)
    app.command("ack", help="Ghi nhận đơn vị hẹn nộp đến một ngày: tạm dừng báo cáo cấp trên đến hết ngày đó.")(ack)


def _find(
    session: Session, occurrence: str | None, org: str | None, task: str | None, period: str | None, plan: str | None
) -> OccurrenceView:
    """The occurrence the user named: its id as typed (``#1234``, ``1234``) or the selectors, not both."""
    if occurrence is None:
        if all(v is None for v in (org, task, period, plan)):
            raise DondocError(
                "cần mã kỳ báo cáo (#1234) hoặc bộ chọn --org ĐƠN_VỊ --task MÃ --period KỲ [--plan KẾ_HOẠCH]"
            )
        return select_occurrence(session, org=org, task=task, period=period, plan=plan)
    if any(v is not None for v in (org, task, period, plan)):
        raise DondocError("chỉ dùng mã kỳ báo cáo (#1234) hoặc bộ chọn --org/--task/--period/--plan, không dùng cả hai")
    return find_occurrence(session, parse_occurrence_id(occurrence))


def _act(
    occurrence: str | None,
    selectors: tuple[str | None, str | None, str | None, str | None],
    work: Callable[[Session, OccurrenceView], T],
) -> tuple[OccurrenceView, T]:
    """One occurrence found by id or by the selectors (org, task, period, plan), and the action on it,
    in one transaction."""
    org, task, period, plan = selectors
    with session_scope(open_store()) as session:
        view = _find(session, occurrence, org, task, period, plan)
        return view, work(session, view)


def _required_day(text: str, field: str, missing: str) -> dt.date:
    if not text:
        raise typer.BadParameter(missing, param_hint=f"--{field}")
    return parse_user_date(text, field)


def submit(
    occurrence: OccurrenceArg = None,
    ref: Annotated[str, typer.Option("--ref", help="Số, ký hiệu báo cáo, ví dụ 'Báo cáo số 12-BC/ĐU'.")] = "",
    on: Annotated[str | None, typer.Option("--on", help="Ngày gửi báo cáo dd/mm/yyyy (mặc định: hôm nay).")] = None,
    org: OrgOpt = None,
    task: TaskOpt = None,
    period: PeriodOpt = None,
    plan: PlanOpt = None,
    actor: ActorOpt = None,
) -> None:
    today = local_today()
    day = parse_user_date(on, "on") if on else today
    view, submission = _act(
        occurrence,
        (org, task, period, plan),
        lambda session, view: actions.record_submission(
            session, view, ref=ref, on=day, today=today, actor=actor or actor_name(), at=utc_now()
        ),
    )
    timeliness = f"nộp chậm {(day - view.current_due).days} ngày" if submission.late else "đúng hạn"
    typer.echo(f"Đã ghi nhận báo cáo '{submission.ref}' ngày {format_day(day)} ({timeliness}) cho {view.label()}.")


def extend(
    occurrence: OccurrenceArg = None,
    to: Annotated[str, typer.Option("--to", help="Hạn mới dd/mm/yyyy.")] = "",
    reason: Annotated[str, typer.Option("--reason", help="Lý do gia hạn.")] = "",
    org: OrgOpt = None,
    task: TaskOpt = None,
    period: PeriodOpt = None,
    plan: PlanOpt = None,
    actor: ActorOpt = None,
) -> None:
    new_due = _required_day(to, "to", "cần hạn mới, ví dụ --to 15/07/2023")
    view, _ = _act(
        occurrence,
        (org, task, period, plan),
        lambda session, view: actions.extend(
            session, view, to=new_due, reason=reason, actor=actor or actor_name(), at=utc_now()
        ),
    )
    typer.echo(f"Đã gia hạn {view.label()} đến {format_day(new_due)}. Lý do: {reason.strip()}")


def waive(
    occurrence: OccurrenceArg = None,
    reason: Annotated[str, typer.Option("--reason", help="Lý do miễn báo cáo.")] = "",
    org: OrgOpt = None,
    task: TaskOpt = None,
    period: PeriodOpt = None,
    plan: PlanOpt = None,
    actor: ActorOpt = None,
) -> None:
    view, _ = _act(
        occurrence,
        (org, task, period, plan),
        lambda session, view: actions.waive(session, view, reason=reason, actor=actor or actor_name(), at=utc_now()),
    )
    typer.echo(f"Đã miễn {view.label()}. Lý do: {reason.strip()}")


def ack(
    occurrence: OccurrenceArg = None,
    until: Annotated[str, typer.Option("--until", help="Ngày đơn vị hẹn nộp dd/mm/yyyy.")] = "",
    reason: Annotated[str, typer.Option("--reason", help="Ghi chú (không bắt buộc).")] = "",
    org: OrgOpt = None,
    task: TaskOpt = None,
    period: PeriodOpt = None,
    plan: PlanOpt = None,
    actor: ActorOpt = None,
) -> None:
    promised = _required_day(until, "until", "cần ngày hẹn nộp, ví dụ --until 10/07/2023")
    view, _ = _act(
        occurrence,
        (org, task, period, plan),
        lambda session, view: actions.acknowledge(
            session, view, until=promised, today=local_today(), reason=reason, actor=actor or actor_name(), at=utc_now()
        ),
    )
    typer.echo(
        f"Đã ghi nhận hẹn nộp đến {format_day(promised)} cho {view.label()}; tạm dừng báo cáo cấp trên đến hết ngày đó."
    )
