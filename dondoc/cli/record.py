"""``dondoc submit | extend | waive | ack``: recording what people do about a deadline.

Each command names one occurrence, by its id (``#1234`` or ``1234``, as lists
show it) or by selectors (``--org ĐƠN_VỊ --task MÃ --period 2023-Q2 [--plan
KẾ_HOẠCH]``), and records who did it (``--actor``, default the login name).
The domain work is in ``dondoc.occurrence.actions``.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
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
RefOpt = Annotated[str, typer.Option("--ref", help="Số, ký hiệu báo cáo, ví dụ 'Báo cáo số 12-BC/ĐU'.")]
OnOpt = Annotated[str | None, typer.Option("--on", help="Ngày gửi báo cáo dd/mm/yyyy (mặc định: hôm nay).")]
NewDueOpt = Annotated[str, typer.Option("--to", help="Hạn mới dd/mm/yyyy.")]
PromisedOpt = Annotated[str, typer.Option("--until", help="Ngày đơn vị hẹn nộp dd/mm/yyyy.")]
ExtendReasonOpt = Annotated[str, typer.Option("--reason", help="Lý do gia hạn.")]
WaiveReasonOpt = Annotated[str, typer.Option("--reason", help="Lý do miễn báo cáo.")]
NoteOpt = Annotated[str, typer.Option("--reason", help="Ghi chú (không bắt buộc).")]


def register(app: typer.Typer) -> None:
    app.command("submit", help="Ghi nhận đơn vị đã gửi báo cáo (số, ký hiệu; ngày gửi). Sau hạn thì ghi là nộp chậm.")(
        submit
    )
    app.command("extend", help="Gia hạn một kỳ báo cáo: hạn mới và lý do; việc đôn đốc tính lại từ hạn mới.")(extend)
    app.command("waive", help="Miễn một kỳ báo cáo (có lý do): dừng đôn đốc.")(waive)
    app.command("ack", help="Ghi nhận đơn vị hẹn nộp đến một ngày: tạm dừng báo cáo cấp trên đến hết ngày đó.")(ack)


@dataclass(frozen=True)
class _Named:
    """The occurrence a command names, by its id as typed (``#1234``, ``1234``) or by the selectors
    (not both), and who records the action."""

    occurrence: str | None
    org: str | None
    task: str | None
    period: str | None
    plan: str | None
    actor: str | None

    def act(self, work: Callable[[Session, OccurrenceView, str], T]) -> tuple[OccurrenceView, T]:
        """The occurrence found and ``work(session, view, actor)`` on it, in one transaction."""
        with session_scope(open_store()) as session:
            view = self._find(session)
            return view, work(session, view, self.actor or actor_name())

    def _find(self, session: Session) -> OccurrenceView:
        selectors = {"org": self.org, "task": self.task, "period": self.period, "plan": self.plan}
        if self.occurrence is None:
            if all(v is None for v in selectors.values()):
                raise DondocError(
                    "cần mã kỳ báo cáo (#1234) hoặc bộ chọn --org ĐƠN_VỊ --task MÃ --period KỲ [--plan KẾ_HOẠCH]"
                )
            return select_occurrence(session, **selectors)
        if any(v is not None for v in selectors.values()):
            raise DondocError(
                "chỉ dùng mã kỳ báo cáo (#1234) hoặc bộ chọn --org/--task/--period/--plan, không dùng cả hai"
            )
        return find_occurrence(session, parse_occurrence_id(self.occurrence))


def _naming(
    occurrence: OccurrenceArg = None,
    org: OrgOpt = None,
    task: TaskOpt = None,
    period: PeriodOpt = None,
    plan: PlanOpt = None,
    actor: ActorOpt = None,
) -> _Named:
    return _Named(occurrence, org, task, period, plan, actor)


def _on_occurrence(command: Callable[..., None]) -> Callable[..., None]:
    """``command(named, **options)`` as a typer command: the occurrence argument, the command's own
    options, then the selectors and ``--actor`` that every recording command shares."""
    own = list(inspect.signature(command, eval_str=True).parameters.values())[1:]
    shared = list(inspect.signature(_naming, eval_str=True).parameters.values())
    naming = {p.name for p in shared}

    @functools.wraps(command)
    def run(**options: str | None) -> None:
        command(_naming(**{n: options.pop(n) for n in naming}), **options)

    run.__signature__ = inspect.Signature([shared[0], *own, *shared[1:]], return_annotation=None)  # type: ignore[attr-defined]
    return run


def _required_day(text: str, field: str, missing: str) -> dt.date:
    if not text:
        raise typer.BadParameter(missing, param_hint=f"--{field}")
    return parse_user_date(text, field)


@_on_occurrence
def submit(named: _Named, ref: RefOpt = "", on: OnOpt = None) -> None:
    today = local_today()
    day = parse_user_date(on, "on") if on else today
    view, submission = named.act(
        lambda session, view, actor: actions.record_submission(
            session, view, ref=ref, on=day, today=today, actor=actor, at=utc_now()
        )
    )
    timeliness = f"nộp chậm {(day - view.current_due).days} ngày" if submission.late else "đúng hạn"
    typer.echo(f"Đã ghi nhận báo cáo '{submission.ref}' ngày {format_day(day)} ({timeliness}) cho {view.label()}.")


@_on_occurrence
def extend(named: _Named, to: NewDueOpt = "", reason: ExtendReasonOpt = "") -> None:
    new_due = _required_day(to, "to", "cần hạn mới, ví dụ --to 15/07/2023")
    view, _ = named.act(
        lambda session, view, actor: actions.extend(session, view, to=new_due, reason=reason, actor=actor, at=utc_now())
    )
    typer.echo(f"Đã gia hạn {view.label()} đến {format_day(new_due)}. Lý do: {reason.strip()}")


@_on_occurrence
def waive(named: _Named, reason: WaiveReasonOpt = "") -> None:
    view, _ = named.act(
        lambda session, view, actor: actions.waive(session, view, reason=reason, actor=actor, at=utc_now())
    )
    typer.echo(f"Đã miễn {view.label()}. Lý do: {reason.strip()}")


@_on_occurrence
def ack(named: _Named, until: PromisedOpt = "", reason: NoteOpt = "") -> None:
    promised = _required_day(until, "until", "cần ngày hẹn nộp, ví dụ --until 10/07/2023")
    view, _ = named.act(
        lambda session, view, actor: actions.acknowledge(
            session, view, until=promised, today=local_today(), reason=reason, actor=actor, at=utc_now()
        )
    )
    typer.echo(
        f"Đã ghi nhận hẹn nộp đến {format_day(promised)} cho {view.label()}; tạm dừng báo cáo cấp trên đến hết ngày đó."
    )
