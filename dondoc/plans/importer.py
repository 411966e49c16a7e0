"""A checked plan file → the plan, its tasks and their resolved assignees in the database.

Selectors are resolved here, against the committee tree as imported, so a
typo in a unit id or a selector that matches nobody is a ``FILE:LINE``
problem before anything is written. Re-importing the same file changes
nothing; an edited file updates the tasks in place (same plan id and task
code → same task row, so occurrences keep their identity and history) and
deactivates tasks that disappeared. Occurrences themselves are the business
of ``dondoc.plans.materialise``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import delete, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dondoc.chase.policy import configured_policies
from dondoc.db.models import Committee, Plan, Task, TaskAssignee
from dondoc.errors import ValidationFailed
from dondoc.history import append_event
from dondoc.history.events import plan_import_event
from dondoc.org.tree import Node, Tree, node_of
from dondoc.plans.plan_file import CASCADE_SUFFIX, PlanSpec, TaskSpec, referenced_units


class UnitIndex(Tree[Node]):
    """The active tree in memory (ids, kinds, paths, names): enough to resolve every selector."""

    @classmethod
    def load(cls, session: Session) -> UnitIndex:
        rows = session.execute(
            sa_select(
                col(Committee.id),
                col(Committee.name),
                col(Committee.kind),
                col(Committee.parent_id),
                col(Committee.path),
                col(Committee.aliases),
            ).where(col(Committee.active) == True)
        ).all()
        return cls(sorted((node_of(*row) for row in rows), key=lambda n: n.id))  # siblings in id order


@dataclass
class ResolvedTask:
    spec: TaskSpec
    assignees: list[str]
    cascade_assignees: list[str] = field(default_factory=list)


@dataclass
class PlanImportReport:
    plan_id: str
    created: bool = False
    plan_updated: bool = False
    tasks_added: list[str] = field(default_factory=list)
    tasks_updated: list[str] = field(default_factory=list)
    tasks_removed: list[str] = field(default_factory=list)
    assignments: int = 0
    task_ids: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return (
            self.created
            or self.plan_updated
            or bool(self.tasks_added or self.tasks_updated or self.tasks_removed or self.assignments)
        )


def resolve_plan(
    session: Session, spec: PlanSpec, index: UnitIndex | None = None, policies: Collection[str] | None = None
) -> list[ResolvedTask]:
    """Resolve every reference; ValidationFailed lists what the tree (or the policy folder) does not have.

    ``policies`` are the chase policy names known (default: the configured
    ones); a task naming another one is refused, not chased by ``default``."""
    index = index or UnitIndex.load(session)
    known_policies = set(configured_policies() if policies is None else policies)
    problems: list[str] = []
    label = spec.label

    def missing(unit_id: str | None, line: int, what: str) -> None:
        if unit_id and unit_id not in index.by_id:
            problems.append(
                f"{label}:{line}: {what} '{unit_id}' không có trong cây tổ chức (nhập cây bằng dondoc org import, hoặc sửa mã)"
            )

    missing(spec.issuer, spec.issuer_line, "đơn vị ban hành")
    resolved: list[ResolvedTask] = []
    for task in spec.tasks:
        if task.policy not in known_policies:
            problems.append(
                f"{label}:{task.policy_line or task.line}: chính sách đôn đốc '{task.policy}' không có "
                f"(có: {', '.join(sorted(known_policies))})"
            )
        missing(task.report_to, task.line, "nơi nhận báo cáo")
        missing(task.via, task.line, "nơi nhận qua")
        assignees: list[str] = []
        for selector in task.assignees:
            anchor = selector.unit or selector.children_of or selector.under or selector.board_of
            if anchor not in index.by_id:
                missing(anchor, selector.line, "đơn vị")
                continue
            found = index.select(selector)
            if not found:
                problems.append(
                    f"{label}:{selector.line}: nhiệm vụ '{task.code}': không có đơn vị nào khớp '{selector.describe()}'"
                )
            assignees.extend(u for u in found if u not in assignees)
        item = ResolvedTask(task, assignees)
        if task.cascade is not None:
            upper = set(assignees)
            for selector in task.cascade.assignees:
                anchor = selector.unit or selector.children_of or selector.under or selector.board_of
                if anchor and anchor not in index.by_id:
                    missing(anchor, selector.line, "đơn vị")
                    continue
                found = (
                    [u for a in assignees for u in index.select(selector, around=a)]
                    if anchor is None
                    else index.select(selector)
                )
                orphans = [u for u in found if index.nearest_in(u, upper) is None]
                if orphans:
                    problems.append(
                        f"{label}:{selector.line}: cascade của '{task.code}': {', '.join(orphans[:5])} không thuộc đơn vị thực hiện nào của nhiệm vụ"
                    )
                item.cascade_assignees.extend(u for u in found if u not in item.cascade_assignees and u not in upper)
            if not item.cascade_assignees and not problems:
                problems.append(
                    f"{label}:{task.cascade.line}: cascade của '{task.code}': không có đơn vị cấp dưới nào khớp"
                )
        resolved.append(item)
    if problems:
        raise ValidationFailed(problems)
    return resolved


def _task_values(spec: PlanSpec, task: TaskSpec) -> dict[str, object]:
    return {
        "title": task.title,
        "rule": task.rule,
        "phrase": task.phrase,
        "report_to_id": task.report_to,
        "via_id": task.via,
        "policy": task.policy,
        "evidence": task.evidence,
        "evidence_line": task.evidence_line,
        "parent_task_id": None,
        "lead_working_days": 0,
        "active": True,
    }


def import_plan(
    session: Session,
    spec: PlanSpec,
    *,
    at: dt.datetime,
    actor: str,
    index: UnitIndex | None = None,
    policies: Collection[str] | None = None,
) -> PlanImportReport:
    """Make the database hold ``spec``; the caller's transaction commits it."""
    resolved = resolve_plan(session, spec, index, policies)
    report = PlanImportReport(spec.id)
    plan = session.get(Plan, spec.id)
    plan_values = {
        "number": spec.number,
        "title": spec.title,
        "issuer_id": spec.issuer,
        "issued": spec.issued,
        "source_file": spec.source,
        "content_hash": spec.content_hash,
    }
    if plan is None:
        session.add(Plan(id=spec.id, imported_at=at, **plan_values))  # type: ignore[arg-type]
        report.created = True
    elif any(getattr(plan, key) != value for key, value in plan_values.items()):
        for key, value in plan_values.items():
            setattr(plan, key, value)
        plan.imported_at = at
        session.add(plan)
        report.plan_updated = True
    session.flush()

    existing = {t.code: t for t in session.exec(select(Task).where(Task.plan_id == spec.id)).all()}
    wanted_codes: set[str] = set()
    for item in resolved:
        task = item.spec
        row = _upsert_task(session, existing, spec.id, task.code, _task_values(spec, task), report)
        report.assignments += _sync_assignees(session, row, item.assignees)
        wanted_codes.add(task.code)
        if task.cascade is not None:
            child_code = f"{task.code}{CASCADE_SUFFIX}"
            values = _task_values(spec, task) | {
                "title": task.cascade.title or f"{task.title} (đơn vị cấp dưới báo cáo trước)",
                "report_to_id": None,  # each lower unit reports to the unit above it (its parent occurrence's assignee)
                "via_id": None,
                "parent_task_id": row.id,
                "lead_working_days": task.cascade.lead_working_days,
            }
            child = _upsert_task(session, existing, spec.id, child_code, values, report)
            report.assignments += _sync_assignees(session, child, item.cascade_assignees)
            wanted_codes.add(child_code)
    for code, row in sorted(existing.items()):
        if code not in wanted_codes and row.active:
            row.active = False
            session.add(row)
            report.tasks_removed.append(code)
    session.flush()
    report.task_ids = [
        t.id
        for t in session.exec(select(Task).where(Task.plan_id == spec.id, Task.active == True)).all()
        if t.id is not None
    ]
    if report.changed:  # a re-import of the same file against the same tree records nothing
        append_event(
            session,
            plan_import_event(
                at=at,
                actor=actor,
                source=spec.label,
                plan_id=spec.id,
                issuer=spec.issuer,
                changes={
                    "number": spec.number,
                    "created": report.created,
                    "tasks_added": report.tasks_added,
                    "tasks_updated": report.tasks_updated,
                    "tasks_removed": report.tasks_removed,
                    "assignments_changed": report.assignments,
                },
            ),
        )
    return report


def _upsert_task(
    session: Session,
    existing: dict[str, Task],
    plan_id: str,
    code: str,
    values: dict[str, object],
    report: PlanImportReport,
) -> Task:
    row = existing.get(code)
    if row is None:
        row = Task(plan_id=plan_id, code=code, **values)  # type: ignore[arg-type]
        session.add(row)
        session.flush()
        existing[code] = row
        report.tasks_added.append(code)
    elif any(getattr(row, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(row, key, value)
        session.add(row)
        session.flush()
        report.tasks_updated.append(code)
    return row


def _sync_assignees(session: Session, task: Task, wanted: list[str]) -> int:
    """Set-based: one delete of the units no longer assigned, one insert of the new ones."""
    assert task.id is not None
    current = set(session.exec(select(TaskAssignee.committee_id).where(TaskAssignee.task_id == task.id)).all())
    target = set(wanted)
    gone, new = current - target, target - current
    if gone:
        session.execute(
            delete(TaskAssignee).where(col(TaskAssignee.task_id) == task.id, col(TaskAssignee.committee_id).in_(gone))
        )
    if new:
        session.execute(insert(TaskAssignee), [{"task_id": task.id, "committee_id": unit} for unit in sorted(new)])
    return len(gone) + len(new)


def check_references_exist(session: Session, spec: PlanSpec) -> list[str]:
    """Ids named directly in the file that the tree does not have (used by ``plan import --check``)."""
    known = set(session.exec(select(Committee.id).where(col(Committee.id).in_(referenced_units(spec)))).all())
    return sorted(referenced_units(spec) - known)
