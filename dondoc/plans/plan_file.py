"""The reviewed plan file (YAML): reading and checking it, before anything touches the database.

It is the file ``dondoc plan extract`` proposes and a secretary corrects::

    plan:
      id: 91-kh-tu-duc-pho-2023        # slug, stable: the key of the plan
      number: 91-KH/TU
      title: Kế hoạch ...
      issuer: thi-uy-duc-pho
      issued: 2023-01-09
      source: 001.txt                  # optional
    defaults:                          # optional; each task may say otherwise
      report_to: thi-uy-duc-pho
      via: btg-thi-uy-duc-pho          # "qua Ban Tuyên giáo Thị ủy"
      policy: default
    tasks:
      - id: II.2.2-3                   # the section number as printed
        title: Báo cáo kết quả sinh hoạt chuyên đề
        deadline: hằng quý             # the phrase as written
        rule: every quarter at end     # canonical rule; when absent the phrase is parsed
        assignees:
          - btg-thi-uy-duc-pho                                   # a unit id
          - {children_of: thi-uy-duc-pho, kind: [dang_uy_co_so]} # direct children (of these kinds)
          - {under: thi-uy-duc-pho, kind: [chi_bo]}              # the whole branch (of these kinds)
          - {board_of: thi-uy-duc-pho, name: Ban Tuyên giáo}     # a board of a committee, by name
        report_to: thi-uy-duc-pho
        via: btg-thi-uy-duc-pho
        policy: default
        evidence: "Sau mỗi đợt sinh hoạt chuyên đề hằng quý, ..."
        line: 295
        cascade:                       # "chi bộ báo cáo đảng ủy cơ sở; đảng ủy cơ sở tổng hợp báo cáo Thị ủy"
          assignees: [{kind: [chi_bo]}]   # selected under each assignee of the task
          lead_working_days: 5            # due N working days before the upper due date
    review: [...]                      # the extractor's checklist; ignored here

Checking happens in two passes, each collecting every problem as ``FILE:LINE:
problem``: the file's shape (this module, no database) and the references to
units (``resolve``, against the committee tree in the database).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from calendar_rules import Continuous, Recurring, Rule, RulesError, parse_canonical
from calendar_rules.parser import parse_phrase
from dondoc.errors import ValidationFailed
from dondoc.plans.plan_parts import (
    SLUG,
    CascadeSpec,
    Problems,
    Selector,
    clean_text,
    parse_cascade,
    parse_selectors,
    unknown_keys,
)
from dondoc.yaml_lines import LinedDict, LinedList, load_yaml_file, load_yaml_text, unique_items

__all__ = ["CASCADE_SUFFIX", "CascadeSpec", "PlanSpec", "Selector", "TaskSpec", "load_plan_file", "parse_plan_text"]

_PLAN_KEYS = {"id", "number", "title", "issuer", "issued", "source"}
_DEFAULT_KEYS = {"report_to", "via", "policy"}
_TASK_KEYS = {
    "id",
    "title",
    "deadline",
    "rule",
    "assignees",
    "report_to",
    "via",
    "policy",
    "evidence",
    "line",
    "cascade",
}
CASCADE_SUFFIX = "/cấp dưới"
MAX_ID = 120  # the database's column sizes (dondoc.db.models), checked before it refuses
MAX_POLICY = 60
MAX_SOURCE_LINE = 10_000_000  # a line number of the source text; also keeps it in a 32-bit column


@dataclass(frozen=True)
class TaskSpec:
    code: str
    title: str
    rule: str  # canonical text
    phrase: str | None
    assignees: tuple[Selector, ...]
    report_to: str | None
    via: str | None
    policy: str
    evidence: str | None
    evidence_line: int | None
    cascade: CascadeSpec | None
    line: int  # line of the task in the plan file
    policy_line: int = 0  # where the policy was named (the task or the defaults)


@dataclass(frozen=True)
class PlanSpec:
    id: str
    number: str
    title: str
    issuer: str
    issued: dt.date
    source: str | None
    tasks: tuple[TaskSpec, ...]
    label: str  # the file name used in messages
    content_hash: str
    issuer_line: int = 1
    lines: dict[str, int] = field(default_factory=dict)


def load_plan_file(path: Path) -> PlanSpec:
    """Read and check a plan file; ValidationFailed lists every problem with its line."""
    text, document = load_yaml_file(path)
    return _plan_of(text, document, str(path))


def _unit_ref(raw: LinedDict, key: str, problems: Problems, what: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not SLUG.match(value) or len(value) > MAX_ID:
        problems.add(
            raw.line_of(key),
            f"{what} '{str(value)[:60]}' phải là mã đơn vị (chữ thường, số, gạch nối), ví dụ thi-uy-duc-pho",
        )
        return None
    return value


def parse_plan_text(text: str, label: str) -> PlanSpec:
    return _plan_of(text, load_yaml_text(text, label), label)


def _plan_of(text: str, document: Any, label: str) -> PlanSpec:
    problems = Problems(label)
    if not isinstance(document, LinedDict) or not isinstance(document.get("plan"), LinedDict):
        line = document.line if isinstance(document, LinedDict) else 1
        raise ValidationFailed(
            [f"{label}:{line}: cần khóa 'plan' (id, number, title, issuer, issued) và danh sách 'tasks'"]
        )
    unknown_keys(document, {"plan", "defaults", "tasks", "review"}, "tệp kế hoạch", problems)

    plan = document["plan"]
    unknown_keys(plan, _PLAN_KEYS, "mục plan", problems)
    plan_id = plan.get("id")
    if not isinstance(plan_id, str) or not SLUG.match(plan_id) or len(plan_id) > MAX_ID:
        problems.add(
            plan.line_of("id"),
            f"plan.id '{str(plan_id)[:60]}' phải là mã (chữ thường, số, gạch nối, tối đa {MAX_ID} ký tự), "
            "ví dụ 91-kh-tu-duc-pho-2023",
        )
    number = clean_text(plan.get("number"))
    if number is None:
        problems.add(plan.line_of("number"), "thiếu số hiệu kế hoạch (plan.number), ví dụ 91-KH/TU")
    elif len(number) > MAX_ID:
        problems.add(plan.line_of("number"), f"số hiệu kế hoạch dài {len(number)} ký tự, quá {MAX_ID}")
    title = clean_text(plan.get("title"))
    if title is None:
        problems.add(plan.line_of("title"), "thiếu tên kế hoạch (plan.title)")
    issuer = _unit_ref(plan, "issuer", problems, "đơn vị ban hành")
    if plan.get("issuer") is None:
        problems.add(plan.line_of("issuer"), "thiếu đơn vị ban hành (plan.issuer): mã đơn vị trong cây tổ chức")
    issued = plan.get("issued")
    if isinstance(issued, str):
        try:
            issued = dt.date.fromisoformat(issued)
        except ValueError:
            pass
    if not isinstance(issued, dt.date) or isinstance(issued, dt.datetime):
        problems.add(plan.line_of("issued"), f"ngày ban hành '{str(issued)[:60]}' phải có dạng YYYY-MM-DD")
        issued = None
    source = clean_text(plan.get("source"))

    defaults = document.get("defaults") or LinedDict()
    if not isinstance(defaults, LinedDict):
        problems.add(document.line_of("defaults"), "defaults phải là một bảng khóa: report_to, via, policy")
        defaults = LinedDict()
    if not hasattr(defaults, "line"):
        defaults.line, defaults.key_lines = document.line_of("defaults"), {}
    unknown_keys(defaults, _DEFAULT_KEYS, "defaults", problems)
    default_report_to = _unit_ref(defaults, "report_to", problems, "nơi nhận báo cáo")
    default_via = _unit_ref(defaults, "via", problems, "nơi nhận qua")
    default_policy = (clean_text(defaults.get("policy")) or "default", defaults.line_of("policy"))

    raw_tasks = document.get("tasks")
    tasks: list[TaskSpec] = []
    if raw_tasks is None:
        problems.add(document.line, "thiếu danh sách nhiệm vụ 'tasks'")
    elif not isinstance(raw_tasks, LinedList):
        problems.add(document.line_of("tasks"), "tasks phải là một danh sách nhiệm vụ")
    else:
        tasks = unique_items(
            raw_tasks,
            lambda raw, line: _parse_task(raw, line, problems, issued, default_report_to, default_via, default_policy),
            lambda task: task.code,
            problems.add,
            lambda code, first: f"mã nhiệm vụ '{code}' bị trùng (đã có ở dòng {first})",
        )
    if problems.items:
        raise ValidationFailed(problems.items)
    assert isinstance(plan_id, str) and number and title and issuer and isinstance(issued, dt.date)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return PlanSpec(
        plan_id,
        number,
        title,
        issuer,
        issued,
        source,
        tuple(tasks),
        label,
        digest,
        plan.line_of("issuer"),
        dict(plan.key_lines),
    )


def _parse_task(
    raw: object,
    line: int,
    problems: Problems,
    issued: dt.date | None,
    report_to: str | None,
    via: str | None,
    policy: tuple[str, int],
) -> TaskSpec | None:
    if not isinstance(raw, LinedDict):
        problems.add(line, "mỗi nhiệm vụ phải là một bảng khóa: id, title, deadline/rule, assignees")
        return None
    before = len(problems.items)
    unknown_keys(raw, _TASK_KEYS, "nhiệm vụ", problems)
    code = clean_text(raw.get("id"))
    if code is None:
        problems.add(line, "nhiệm vụ thiếu id (số mục như in trong văn bản, ví dụ II.3.2)")
    elif len(code) > 50:
        problems.add(raw.line_of("id"), f"id nhiệm vụ '{code[:60]}…' dài quá 50 ký tự")
    title = clean_text(raw.get("title"))
    if title is None:
        problems.add(line, f"nhiệm vụ '{code}' thiếu title")
    phrase = clean_text(raw.get("deadline"))
    rule_text = clean_text(raw.get("rule"))
    canonical: str | None = None
    if rule_text is not None:
        try:
            canonical = str(_from_issue(parse_canonical(rule_text), issued))
        except RulesError as exc:
            problems.add(raw.line_of("rule"), f"quy tắc thời hạn không hợp lệ: {exc}")
    elif phrase is not None:
        result = parse_phrase(phrase, issued)
        if result.rule is None:
            problems.add(
                raw.line_of("deadline"),
                f"không hiểu thời hạn '{phrase}' ({result.reason or 'không nhận ra mẫu câu'}): hãy ghi 'rule:' dạng chuẩn (xem dondoc rules explain)",
            )
        else:
            canonical = str(_from_issue(result.rule, issued))
    else:
        problems.add(line, f"nhiệm vụ '{code}' cần 'deadline' (câu trong văn bản) hoặc 'rule' (dạng chuẩn)")
    assignees = parse_selectors(raw, "assignees", problems, allow_relative=False)
    if assignees is not None and not assignees:
        problems.add(raw.line_of("assignees"), f"nhiệm vụ '{code}' chưa có đơn vị thực hiện (assignees)")
    task_report_to = _unit_ref(raw, "report_to", problems, "nơi nhận báo cáo") if "report_to" in raw else report_to
    task_via = _unit_ref(raw, "via", problems, "nơi nhận qua") if "via" in raw else via
    task_policy = (clean_text(raw.get("policy")), raw.line_of("policy")) if "policy" in raw else policy
    if task_policy[0] is None or len(task_policy[0]) > MAX_POLICY:
        problems.add(raw.line_of("policy"), f"policy phải là tên một chính sách đôn đốc, tối đa {MAX_POLICY} ký tự")
    evidence = clean_text(raw.get("evidence"))
    evidence_line = raw.get("line")
    if evidence_line is not None and (
        not isinstance(evidence_line, int)
        or isinstance(evidence_line, bool)
        or not 1 <= evidence_line <= MAX_SOURCE_LINE
    ):
        problems.add(raw.line_of("line"), f"line '{evidence_line}' phải là số dòng trong văn bản nguồn")
        evidence_line = None
    cascade = parse_cascade(raw, problems, canonical) if "cascade" in raw else None
    if len(problems.items) > before:
        return None
    assert code and title and canonical is not None and assignees is not None and task_policy[0]
    return TaskSpec(
        code,
        title,
        canonical,
        phrase,
        assignees,
        task_report_to,
        task_via,
        task_policy[0],
        evidence,
        evidence_line,
        cascade,
        line,
        task_policy[1],
    )


def _from_issue(rule: Rule, issued: dt.date | None) -> Rule:
    """A plan cannot ask for reports on periods that ended before it was issued:
    a recurring rule without ``from`` starts at the issue date."""
    if issued is None:
        return rule
    if isinstance(rule, Recurring) and rule.start is None:
        return replace(rule, start=issued)
    if isinstance(rule, Continuous) and rule.review is not None and rule.review.start is None:
        return Continuous(replace(rule.review, start=issued))
    return rule


def referenced_units(spec: PlanSpec) -> set[str]:
    """Every unit id the file names directly (for a single existence query)."""
    ids = {spec.issuer}
    for task in spec.tasks:
        ids.update(x for x in (task.report_to, task.via) if x)
        for selector in task.assignees:
            ids.update(x for x in (selector.unit, selector.children_of, selector.under, selector.board_of) if x)
    return ids


def as_dict(spec: PlanSpec) -> dict[str, Any]:
    """JSON-ready view (``plan show --json`` uses the database; this is for tests and tools)."""
    return {
        "id": spec.id,
        "number": spec.number,
        "title": spec.title,
        "issuer": spec.issuer,
        "issued": spec.issued.isoformat(),
        "tasks": [t.code for t in spec.tasks],
    }
