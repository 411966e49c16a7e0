"""Reading plans back for people: the list, and one plan with its tasks and how far along they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from calendar_rules import parse_canonical
from calendar_rules.parser.explain import describe_rule_vi
from calendar_rules.vietnamese import format_day
from dondoc.db.models import Committee, Occurrence, Plan, Task, TaskAssignee
from dondoc.errors import NotFound


@dataclass(frozen=True)
class PlanSummary:
    id: str
    number: str
    title: str
    issuer_id: str
    issuer_name: str
    issued: dt.date
    tasks: int
    occurrences: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "issuer": self.issuer_id,
            "issuer_name": self.issuer_name,
            "issued": self.issued.isoformat(),
            "tasks": self.tasks,
            "occurrences": self.occurrences,
        }


def list_plans(session: Session) -> list[PlanSummary]:
    task_counts = dict(
        session.execute(
            select(col(Task.plan_id), func.count()).where(col(Task.active) == True).group_by(col(Task.plan_id))
        ).all()
    )
    occ_counts = dict(
        session.execute(
            select(Task.plan_id, func.count())
            .select_from(Occurrence)
            .join(Task, col(Task.id) == Occurrence.task_id)
            .where(Occurrence.status != "cancelled")
            .group_by(Task.plan_id)
        ).all()
    )
    rows = session.execute(
        select(Plan, Committee.name)
        .join(Committee, col(Committee.id) == Plan.issuer_id)
        .order_by(col(Plan.issued), col(Plan.id))
    ).all()
    return [
        PlanSummary(
            p.id, p.number, p.title, p.issuer_id, name, p.issued, task_counts.get(p.id, 0), occ_counts.get(p.id, 0)
        )
        for p, name in rows
    ]


def describe_rule(canonical: str) -> str:
    """The Vietnamese reading of a canonical rule, as ``dondoc rules explain`` words it."""
    return describe_rule_vi(parse_canonical(canonical))


def plan_detail(session: Session, plan_id: str) -> dict[str, Any]:
    plan = session.get(Plan, plan_id)
    if plan is None:
        known = (
            ", ".join(session.exec(select(col(Plan.id)).order_by(col(Plan.id))).all()[:10]) or "chưa có kế hoạch nào"
        )
        raise NotFound(f"không có kế hoạch '{plan_id}' (có: {known})")
    issuer = session.get(Committee, plan.issuer_id)
    tasks = session.exec(select(Task).where(Task.plan_id == plan_id, Task.active == True).order_by(col(Task.id))).all()
    task_ids = [t.id for t in tasks]
    assignees: dict[int, list[str]] = {}
    for task_id, unit in session.execute(
        select(TaskAssignee.task_id, TaskAssignee.committee_id)
        .where(col(TaskAssignee.task_id).in_(task_ids))
        .order_by(col(TaskAssignee.committee_id))
    ):
        assignees.setdefault(task_id, []).append(unit)
    counts: dict[tuple[int, str], int] = {}
    for task_id, status, n in session.execute(
        select(Occurrence.task_id, Occurrence.status, func.count())
        .where(col(Occurrence.task_id).in_(task_ids))
        .group_by(col(Occurrence.task_id), col(Occurrence.status))
    ):
        counts[(task_id, str(getattr(status, "value", status)))] = n
    code_of = {t.id: t.code for t in tasks}
    return {
        "id": plan.id,
        "number": plan.number,
        "title": plan.title,
        "issuer": plan.issuer_id,
        "issuer_name": issuer.name if issuer else None,
        "issued": plan.issued.isoformat(),
        "source": plan.source_file,
        "tasks": [
            {
                "id": t.code,
                "title": t.title,
                "deadline": t.phrase,
                "rule": t.rule,
                "rule_vi": describe_rule(t.rule),
                "assignees": assignees.get(t.id or 0, []),
                "report_to": t.report_to_id,
                "via": t.via_id,
                "policy": t.policy,
                "evidence": t.evidence,
                "line": t.evidence_line,
                "cascade_of": code_of.get(t.parent_task_id) if t.parent_task_id else None,
                "lead_working_days": t.lead_working_days,
                "occurrences": {
                    status: counts.get((t.id or 0, status), 0)
                    for status in ("open", "submitted", "waived", "cancelled")
                },
            }
            for t in tasks
        ],
    }


def render_plan(detail: dict[str, Any]) -> str:
    lines = [
        f"Kế hoạch {detail['number']} [{detail['id']}]",
        f"  {detail['title']}",
        f"  Ban hành: {detail['issuer_name']} [{detail['issuer']}], ngày {format_day(dt.date.fromisoformat(detail['issued']))}",
    ]
    if detail["source"]:
        lines.append(f"  Văn bản: {detail['source']}")
    lines.append(f"  {len(detail['tasks'])} nhiệm vụ:")
    for task in detail["tasks"]:
        lines.append("")
        lines.append(f"  {task['id']}: {task['title']}")
        lines.append(f"    Thời hạn: {task['deadline'] or '—'} → {task['rule_vi']} [{task['rule']}]")
        units = task["assignees"]
        shown = ", ".join(units[:6]) + (f" … (+{len(units) - 6})" if len(units) > 6 else "")
        lines.append(f"    Thực hiện ({len(units)}): {shown}")
        if task["cascade_of"]:
            lines.append(
                f"    Báo cáo lên đơn vị cấp trên trước {task['lead_working_days']} ngày làm việc (nhiệm vụ {task['cascade_of']})"
            )
        else:
            to = task["report_to"] or "cấp trên trực tiếp"
            lines.append(f"    Báo cáo về: {to}" + (f" (qua {task['via']})" if task["via"] else ""))
        if task["evidence"]:
            where = f"dòng {task['line']}: " if task["line"] else ""
            lines.append(f"    Căn cứ: {where}“{task['evidence']}”")
        occ = task["occurrences"]
        lines.append(
            f"    Kỳ báo cáo: {occ['open']} đang chờ, {occ['submitted']} đã nộp, {occ['waived']} được miễn, {occ['cancelled']} đã hủy"
        )
    return "\n".join(lines)
