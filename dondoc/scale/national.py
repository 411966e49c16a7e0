"""A deterministic, national-size synthetic tree and its plans, written in bulk.

Shape (at the default 60,000 units; every level is scaled down proportionally
for smaller sizes, so a 500-unit tree has the same levels and kinds)::

    depth 0  Ban Chấp hành Trung ương (1)
    depth 1  63 Tỉnh ủy / Thành ủy trực thuộc Trung ương + 4 central Đảng ủy khối
    depth 2  ~705 Huyện ủy / Quận ủy / Thị ủy / Thành ủy thuộc tỉnh, one provincial
             Đảng ủy khối per province; the central blocs' grassroots units sit here
    depth 3  ~12,000 grassroots units (tổ chức cơ sở đảng): đảng ủy cơ sở, chi bộ cơ sở
    depth 4  ~47,000 chi bộ trực thuộc đảng ủy cơ sở

Fan-out varies the way the real one does (a province has 7 to 30 districts, a
commune's đảng ủy from 2 to 20-odd chi bộ) and is drawn from a seeded
``random.Random``: the same ``(units, seed)`` always gives the same tree, ids
and names, so benchmark runs are comparable and tests can assert exact counts.

Plans: the centre issues one plan to the provinces and blocs; each province and
bloc issues one plan to every unit under it. Each plan has ``tasks`` tasks
(default 40) drawn from a catalogue mixing the rule kinds plans really use
(monthly, quarterly, half-yearly, annual, one-off dates, offsets, continuous
work with periodic review), so every unit but the root has exactly ``tasks``
tasks. Assignees are written resolved (``task_assignee``), as the plan importer
would after resolving ``under:`` selectors.

Writing never builds one ORM object per row: PostgreSQL gets ``COPY``, SQLite
(small sizes, tests) gets Core ``executemany``; the whole write is one
transaction with one ``org_import`` and one ``plan_import`` history event.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from dondoc.errors import FieldError
from dondoc.org.tree import Tree
from dondoc.scale.catalogue import task_templates
from dondoc.scale.tree import DEFAULT_SEED, DEFAULT_UNITS, generate_tree
from dondoc.scale.unit import ROOT_ID, Unit

DEFAULT_TASKS = 40
DEFAULT_YEAR = 2024


@dataclass(frozen=True)
class PlanRow:
    id: str
    number: str
    title: str
    issuer_id: str
    assignee_root: str  # every unit under it (exclusive) gets the plan's tasks; the root: its direct children


@dataclass(frozen=True)
class TaskRow:
    id: int
    plan_id: str
    code: str
    title: str
    phrase: str
    rule: str


@dataclass
class National:
    """A generated tree and its plans. ``assignments()`` streams the (task, unit) pairs."""

    units: list[Unit]
    plans: list[PlanRow]
    tasks: list[TaskRow]
    seed: int
    year: int
    tasks_per_unit: int
    tree: Tree[Unit] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.tree = Tree(self.units)

    def descendants(self, unit_id: str) -> list[str]:
        """Every unit under ``unit_id`` (exclusive), parents before children."""
        return [u.id for u in self.tree.walk(unit_id)]

    def plan_assignees(self, plan: PlanRow) -> list[str]:
        if plan.assignee_root == ROOT_ID:
            return [u.id for u in self.tree.children_of(ROOT_ID)]
        return self.descendants(plan.assignee_root)

    def assignments(self) -> Iterator[tuple[int, str]]:
        """(task id, committee id) for every task of every plan, plan by plan."""
        by_plan: dict[str, list[TaskRow]] = {}
        for task in self.tasks:
            by_plan.setdefault(task.plan_id, []).append(task)
        for plan in self.plans:
            units = self.plan_assignees(plan)
            for task in by_plan.get(plan.id, []):
                for unit_id in units:
                    yield (task.id, unit_id)

    def assignment_count(self) -> int:
        per_plan = {p.id: len(self.plan_assignees(p)) for p in self.plans}
        return sum(per_plan[t.plan_id] for t in self.tasks)

    def kind_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for unit in self.units:
            counts[unit.kind] = counts.get(unit.kind, 0) + 1
        return counts


def generate_national(
    units: int = DEFAULT_UNITS, tasks: int = DEFAULT_TASKS, seed: int = DEFAULT_SEED, year: int = DEFAULT_YEAR
) -> National:
    """The tree and its plans: one central plan, one plan per province and bloc."""
    if tasks < 1:
        raise FieldError("tasks", f"cần ít nhất 1 nhiệm vụ (nhận {tasks})")
    tree = generate_tree(units, seed)
    templates = task_templates(tasks, year)
    plans = [
        PlanRow(
            f"kh-tw-{year}",
            "01-KH/TW",
            f"Kế hoạch thực hiện nhiệm vụ công tác xây dựng Đảng năm {year}",
            ROOT_ID,
            ROOT_ID,
        )
    ]
    for number, unit in enumerate((u for u in tree if u.depth == 1), start=1):
        code = "TU" if unit.kind == "tinh_uy" else "ĐU"
        plans.append(
            PlanRow(
                f"kh-{unit.id}-{year}",
                f"{number + 10:02d}-KH/{code}",
                f"Kế hoạch công tác xây dựng Đảng năm {year} của {unit.name}",
                unit.id,
                unit.id,
            )
        )
    task_rows: list[TaskRow] = []
    for plan in plans:
        for template in templates:
            task_rows.append(
                TaskRow(len(task_rows) + 1, plan.id, template.code, template.title, template.phrase, template.rule)
            )
    return National(tree, plans, task_rows, seed, year, tasks)
