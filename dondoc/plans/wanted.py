"""What the occurrence table should hold: tasks read once with how many units each has, every distinct
rule expanded once for the window; the units themselves are read a batch of tasks at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from calendar_rules import Expander, RulesError, WorkingCalendar, parse_canonical
from dondoc.counts import Counts
from dondoc.org.tree import nearest_ancestor

ROW_CHANGES = ("inserted", "rescheduled", "reopened", "cancelled")
"""The counters of occurrence rows an expand writes anew or changes."""


@dataclass
class ExpandReport(Counts):
    start: dt.date
    end: dt.date
    tasks: int = 0
    wanted: int = 0
    """Occurrences the rules call for in the window, whether they were stored already or not."""
    inserted: int = 0
    rescheduled: int = 0
    reopened: int = 0
    """Cancelled occurrences the rules want again, open once more (only those still to come)."""
    cancelled: int = 0
    linked: int = 0
    """Occurrences tied, or tied anew, to the occurrence of the upper committee's task they feed."""
    skipped_rules: list[str] = field(default_factory=list)

    @property
    def rows_changed(self) -> int:
        """Occurrence rows written anew or changed (``linked`` only sets a parent): what the history records."""
        return sum(self.counts(*ROW_CHANGES).values())

    @property
    def changed(self) -> bool:
        return bool(self.rows_changed or self.linked)


@dataclass(frozen=True)
class TaskRow:
    id: int
    rule: str
    parent_task_id: int | None
    lead_working_days: int


def load_tasks(conn: Connection, plan_ids: list[str] | None) -> dict[int, TaskRow]:
    sql = "SELECT t.id, t.rule, t.parent_task_id, t.lead_working_days FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.active"
    params: dict[str, object] = {}
    statement = text(sql + (" AND t.plan_id IN :plan_ids" if plan_ids else ""))
    if plan_ids:
        statement = statement.bindparams(bindparam("plan_ids", expanding=True))
        params["plan_ids"] = plan_ids
    return {r[0]: TaskRow(r[0], r[1], r[2], r[3] or 0) for r in conn.execute(statement, params)}


def _assignee_sql(columns: str, path_prefix: str | None, path_exact: bool) -> str:
    sql = f"SELECT {columns} FROM task_assignee a JOIN committee c ON c.id = a.committee_id WHERE c.active"
    if path_prefix:
        sql += " AND c.path = :path_prefix" if path_exact else " AND c.path LIKE :path_prefix"
    return sql + " AND a.task_id IN :ids"


def _assignee_rows(
    conn: Connection, sql: str, task_ids: list[int], path_prefix: str | None, path_exact: bool
) -> Iterator[Any]:
    """The rows of ``sql`` for the tasks, 5,000 task ids a query, streamed (a server-side cursor on
    PostgreSQL: the driver would otherwise hold a whole result of millions of rows)."""
    statement = text(sql).bindparams(bindparam("ids", expanding=True)).execution_options(yield_per=20_000)
    for chunk_start in range(0, len(task_ids), 5000):
        params: dict[str, object] = {"ids": task_ids[chunk_start : chunk_start + 5000]}
        if path_prefix:
            params["path_prefix"] = path_prefix if path_exact else path_prefix + "%"
        yield from conn.execute(statement, params)


def count_assignees(
    conn: Connection, task_ids: list[int], path_prefix: str | None, path_exact: bool = False
) -> dict[int, int]:
    """task id → how many active units (optionally inside one subtree, or one unit) it is assigned to."""
    sql = _assignee_sql("a.task_id, count(*)", path_prefix, path_exact) + " GROUP BY a.task_id"
    return {task_id: units for task_id, units in _assignee_rows(conn, sql, task_ids, path_prefix, path_exact)}


def load_assignees(
    conn: Connection, task_ids: list[int], path_prefix: str | None, path_exact: bool = False
) -> dict[int, list[tuple[str, str]]]:
    """task id → [(assignee id, assignee path)] of active units, optionally inside one subtree (or one unit)."""
    result: dict[int, list[tuple[str, str]]] = {}
    units_seen: dict[str, tuple[str, str]] = {}
    sql = _assignee_sql("a.task_id, a.committee_id, c.path", path_prefix, path_exact)
    for task_id, unit_id, path in _assignee_rows(conn, sql, task_ids, path_prefix, path_exact):
        # one tuple per unit, shared by all its tasks: a plan's 40 tasks name the same
        # units, and a tuple (with its two strings) per (task, unit) was most of the memory
        pair = units_seen.get(unit_id)
        if pair is None:
            pair = units_seen[unit_id] = (unit_id, path)
        result.setdefault(task_id, []).append(pair)
    for units in result.values():
        units.sort()
    return result


def upper_units(conn: Connection, task_ids: list[int]) -> dict[int, set[str]]:
    """task id → its active units over the whole tree (the upper tasks of cascades)."""
    result: dict[int, set[str]] = {}
    sql = _assignee_sql("a.task_id, a.committee_id", None, False)
    for task_id, unit_id in _assignee_rows(conn, sql, task_ids, None, False):
        result.setdefault(task_id, set()).add(unit_id)
    return result


@dataclass
class TaskWanted:
    """What one task should have: every unit × every period, the same periods for all its units.

    ``periods`` holds (period, due, adjusted due); a cascade's dates are already moved
    ``lead_working_days`` before the upper task's, and ``uppers`` are the units of the
    upper task, among which each unit's nearest ancestor is the one it feeds.
    """

    task_id: int
    unit_count: int
    periods: list[tuple[str, dt.date, dt.date]]
    parent_task_id: int | None = None
    uppers: set[str] = field(default_factory=set)
    units: list[tuple[str, str]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.units) * len(self.periods)

    def upper_of(self, path: str) -> str | None:
        return nearest_ancestor(path, self.uppers) if self.parent_task_id is not None else None


def wanted_tasks(
    tasks: dict[int, TaskRow],
    unit_counts: dict[int, int],
    upper_assignees: dict[int, set[str]],
    start: dt.date,
    end: dt.date,
    calendar: WorkingCalendar,
    report: ExpandReport,
    today: dt.date,
    started: set[int],
) -> list[TaskWanted]:
    """Every task that wants occurrences in the window, upper tasks before the cascades they feed.

    A task that already has occurrences gets no new ones before ``today``: a
    changed rule or a new assignee does not create obligations in the past.
    A task expanded for the first time gets its whole window (its history).
    Small: one entry per task, its ``units`` left empty (the caller reads them a batch
    of tasks at a time, ``load_assignees``).
    """
    expander = Expander(calendar)
    parsed: dict[str, object] = {}
    result: list[TaskWanted] = []
    for task in tasks.values():
        if not unit_counts.get(task.id):
            continue
        rule_text = task.rule
        if task.parent_task_id is not None:
            parent = tasks.get(task.parent_task_id)
            if parent is None:
                continue
            rule_text = parent.rule
        rule = parsed.get(rule_text)
        if rule is None:
            try:
                rule = parsed[rule_text] = parse_canonical(rule_text)
            except RulesError as exc:
                report.skipped_rules.append(f"task {task.id}: {exc}")
                continue
        occurrences = expander(rule, start, end)  # type: ignore[arg-type]
        if task.id in started:
            occurrences = tuple(occ for occ in occurrences if occ.adjusted_due >= today)
        if not occurrences:
            continue
        report.tasks += 1
        if task.parent_task_id is None:
            periods = [(occ.period, occ.due, occ.adjusted_due) for occ in occurrences]
            result.append(TaskWanted(task.id, unit_counts[task.id], periods))
            continue
        # a cascade: the lower unit's date is N working days before the upper one's
        shifted = []
        for occ in occurrences:
            due = occ.adjusted_due
            if task.lead_working_days:
                due = calendar.add_working_days(due, -task.lead_working_days)
            shifted.append((occ.period, due, due))
        uppers = upper_assignees.get(task.parent_task_id, set())
        result.append(TaskWanted(task.id, unit_counts[task.id], shifted, task.parent_task_id, uppers))
    depth = {t.task_id: _depth(tasks, t.task_id) for t in result}
    result.sort(key=lambda t: depth[t.task_id])  # stable: the tasks' order within a level is kept
    return result


def _depth(tasks: dict[int, TaskRow], task_id: int) -> int:
    """How many upper tasks stand above this one (a cycle, which plans cannot make, stops the count)."""
    depth, seen = 0, {task_id}
    parent = tasks[task_id].parent_task_id
    while parent is not None and parent in tasks and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = tasks[parent].parent_task_id
    return depth


def estimate_rows(
    tasks: dict[int, TaskRow],
    unit_counts: dict[int, int],
    start: dt.date,
    end: dt.date,
    calendar: WorkingCalendar,
) -> int:
    """Cheap size of the work, for the progress bar."""
    expander = Expander(calendar)
    total = 0
    for task in tasks.values():
        units = unit_counts.get(task.id)
        rule_text = (
            tasks[task.parent_task_id].rule if task.parent_task_id and task.parent_task_id in tasks else task.rule
        )
        if not units:
            continue
        try:
            total += units * len(expander(parse_canonical(rule_text), start, end))
        except RulesError:
            continue
    return total
