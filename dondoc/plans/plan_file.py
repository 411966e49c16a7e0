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
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from calendar_rules import Continuous, Recurring, Rule, RulesError, parse_canonical
from calendar_rules.parser import parse_phrase
from dondoc.db.models import CommitteeKind
from dondoc.errors import ValidationFailed
from dondoc.yaml_lines import LinedDict, LinedList, YamlSyntaxError, load_yaml_with_lines, read_text_file

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
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
_CASCADE_KEYS = {"assignees", "lead_working_days", "title"}
_SELECTOR_KEYS = {"children_of": {"kind"}, "under": {"kind"}, "board_of": {"name"}}
_KINDS = {k.value for k in CommitteeKind}
CASCADE_SUFFIX = "/cấp dưới"


@dataclass(frozen=True)
class Selector:
    """Which units a task names: one id, or a rule over the tree resolved at import."""

    unit: str | None = None  # an explicit id
    children_of: str | None = None
    under: str | None = None
    board_of: str | None = None
    kinds: tuple[str, ...] = ()
    name: str | None = None
    line: int = 0

    def describe(self) -> str:
        kinds = f" loại {', '.join(self.kinds)}" if self.kinds else ""
        if self.unit:
            return self.unit
        if self.children_of:
            return f"đơn vị trực thuộc {self.children_of}{kinds}"
        if self.under:
            return f"mọi đơn vị thuộc {self.under}{kinds}"
        if self.board_of:
            return f"ban '{self.name}' của {self.board_of}"
        return f"đơn vị trực thuộc mỗi đơn vị thực hiện{kinds}"


@dataclass(frozen=True)
class CascadeSpec:
    assignees: tuple[Selector, ...]
    lead_working_days: int
    title: str | None
    line: int


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


class _Problems:
    def __init__(self, label: str):
        self.label = label
        self.items: list[str] = []

    def add(self, line: int, message: str) -> None:
        self.items.append(f"{self.label}:{line}: {message}")


def load_plan_file(path: Path) -> PlanSpec:
    """Read and check a plan file; ValidationFailed lists every problem with its line."""
    label = str(path)
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        raise ValidationFailed([f"{label}: không tìm thấy tệp"]) from None
    except UnicodeDecodeError as exc:
        raise ValidationFailed([f"{label}:1: tệp không phải UTF-8 ({exc.reason})"]) from None
    return parse_plan_text(text, label)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        cleaned = " ".join(str(value).split())
        return cleaned or None
    return None


def _unknown_keys(raw: LinedDict, allowed: set[str], what: str, problems: _Problems) -> None:
    for key in raw:
        if key not in allowed:
            problems.add(raw.line_of(key), f"khóa '{key}' không dùng trong {what} (dùng: {', '.join(sorted(allowed))})")


def _unit_ref(raw: LinedDict, key: str, problems: _Problems, what: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not _SLUG.match(value):
        problems.add(
            raw.line_of(key), f"{what} '{value}' phải là mã đơn vị (chữ thường, số, gạch nối), ví dụ thi-uy-duc-pho"
        )
        return None
    return value


def parse_plan_text(text: str, label: str) -> PlanSpec:
    problems = _Problems(label)
    try:
        document = load_yaml_with_lines(text)
    except YamlSyntaxError as exc:
        raise ValidationFailed([f"{label}:{exc.line}: {exc.problem}"]) from None
    if not isinstance(document, LinedDict) or not isinstance(document.get("plan"), LinedDict):
        line = document.line if isinstance(document, LinedDict) else 1
        raise ValidationFailed(
            [f"{label}:{line}: cần khóa 'plan' (id, number, title, issuer, issued) và danh sách 'tasks'"]
        )
    _unknown_keys(document, {"plan", "defaults", "tasks", "review"}, "tệp kế hoạch", problems)

    plan = document["plan"]
    _unknown_keys(plan, _PLAN_KEYS, "mục plan", problems)
    plan_id = plan.get("id")
    if not isinstance(plan_id, str) or not _SLUG.match(plan_id):
        problems.add(
            plan.line_of("id"),
            f"plan.id '{plan_id}' phải là mã (chữ thường, số, gạch nối), ví dụ 91-kh-tu-duc-pho-2023",
        )
    number = _text(plan.get("number"))
    if number is None:
        problems.add(plan.line_of("number"), "thiếu số hiệu kế hoạch (plan.number), ví dụ 91-KH/TU")
    title = _text(plan.get("title"))
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
        problems.add(plan.line_of("issued"), f"ngày ban hành '{issued}' phải có dạng YYYY-MM-DD")
        issued = None
    source = _text(plan.get("source"))

    defaults = document.get("defaults") or LinedDict()
    if not isinstance(defaults, LinedDict):
        problems.add(document.line_of("defaults"), "defaults phải là một bảng khóa: report_to, via, policy")
        defaults = LinedDict()
    if not hasattr(defaults, "line"):
        defaults.line, defaults.key_lines = document.line_of("defaults"), {}
    _unknown_keys(defaults, _DEFAULT_KEYS, "defaults", problems)
    default_report_to = _unit_ref(defaults, "report_to", problems, "nơi nhận báo cáo")
    default_via = _unit_ref(defaults, "via", problems, "nơi nhận qua")
    default_policy = _text(defaults.get("policy")) or "default"

    raw_tasks = document.get("tasks")
    tasks: list[TaskSpec] = []
    if raw_tasks is None:
        problems.add(document.line, "thiếu danh sách nhiệm vụ 'tasks'")
    elif not isinstance(raw_tasks, LinedList):
        problems.add(document.line_of("tasks"), "tasks phải là một danh sách nhiệm vụ")
    else:
        seen: dict[str, int] = {}
        for raw, line in zip(raw_tasks, raw_tasks.item_lines):
            task = _parse_task(raw, line, problems, issued, default_report_to, default_via, default_policy)
            if task is None:
                continue
            if task.code in seen:
                problems.add(line, f"mã nhiệm vụ '{task.code}' bị trùng (đã có ở dòng {seen[task.code]})")
                continue
            seen[task.code] = line
            tasks.append(task)
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
    problems: _Problems,
    issued: dt.date | None,
    report_to: str | None,
    via: str | None,
    policy: str,
) -> TaskSpec | None:
    if not isinstance(raw, LinedDict):
        problems.add(line, "mỗi nhiệm vụ phải là một bảng khóa: id, title, deadline/rule, assignees")
        return None
    before = len(problems.items)
    _unknown_keys(raw, _TASK_KEYS, "nhiệm vụ", problems)
    code = _text(raw.get("id"))
    if code is None:
        problems.add(line, "nhiệm vụ thiếu id (số mục như in trong văn bản, ví dụ II.3.2)")
    elif len(code) > 50:
        problems.add(raw.line_of("id"), f"id nhiệm vụ '{code[:60]}…' dài quá 50 ký tự")
    title = _text(raw.get("title"))
    if title is None:
        problems.add(line, f"nhiệm vụ '{code}' thiếu title")
    phrase = _text(raw.get("deadline"))
    rule_text = _text(raw.get("rule"))
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
    assignees = _parse_selectors(raw, "assignees", problems, allow_relative=False)
    if assignees is not None and not assignees:
        problems.add(raw.line_of("assignees"), f"nhiệm vụ '{code}' chưa có đơn vị thực hiện (assignees)")
    task_report_to = _unit_ref(raw, "report_to", problems, "nơi nhận báo cáo") if "report_to" in raw else report_to
    task_via = _unit_ref(raw, "via", problems, "nơi nhận qua") if "via" in raw else via
    task_policy = _text(raw.get("policy")) or policy
    evidence = _text(raw.get("evidence"))
    evidence_line = raw.get("line")
    if evidence_line is not None and (
        not isinstance(evidence_line, int) or isinstance(evidence_line, bool) or evidence_line < 1
    ):
        problems.add(raw.line_of("line"), f"line '{evidence_line}' phải là số dòng trong văn bản nguồn")
        evidence_line = None
    cascade = _parse_cascade(raw, problems, canonical) if "cascade" in raw else None
    if len(problems.items) > before:
        return None
    assert code and title and canonical is not None and assignees is not None
    return TaskSpec(
        code,
        title,
        canonical,
        phrase,
        assignees,
        task_report_to,
        task_via,
        task_policy,
        evidence,
        evidence_line,
        cascade,
        line,
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


def _parse_cascade(raw: LinedDict, problems: _Problems, canonical: str | None) -> CascadeSpec | None:
    spec = raw["cascade"]
    line = raw.line_of("cascade")
    if not isinstance(spec, LinedDict):
        problems.add(line, "cascade phải là một bảng khóa: assignees, lead_working_days")
        return None
    _unknown_keys(spec, _CASCADE_KEYS, "cascade", problems)
    selectors = _parse_selectors(spec, "assignees", problems, allow_relative=True)
    if selectors is not None and not selectors:
        problems.add(spec.line_of("assignees"), "cascade cần assignees: các đơn vị cấp dưới phải báo cáo trước")
    lead = spec.get("lead_working_days", 0)
    if not isinstance(lead, int) or isinstance(lead, bool) or not 0 <= lead <= 60:
        problems.add(
            spec.line_of("lead_working_days"), f"lead_working_days '{lead}' phải là số ngày làm việc từ 0 đến 60"
        )
        lead = 0
    if canonical is not None and canonical.split()[0] in ("after", "adhoc"):
        problems.add(line, "cascade chỉ dùng cho nhiệm vụ có hạn theo lịch (không dùng với 'after' hay 'adhoc')")
    if selectors is None:
        return None
    return CascadeSpec(selectors, lead, _text(spec.get("title")), line)


def _parse_selectors(
    raw: LinedDict, key: str, problems: _Problems, allow_relative: bool
) -> tuple[Selector, ...] | None:
    value = raw.get(key)
    line = raw.line_of(key)
    if value is None:
        problems.add(line, "thiếu danh sách đơn vị thực hiện 'assignees'")
        return None
    if isinstance(value, (str, LinedDict)):
        value, lines = [value], [line]
    elif isinstance(value, LinedList):
        lines = value.item_lines
    else:
        problems.add(line, "assignees phải là danh sách mã đơn vị hoặc bộ chọn {children_of|under|board_of: ...}")
        return None
    selectors: list[Selector] = []
    ok = True
    for item, item_line in zip(value, lines):
        selector = _parse_selector(item, item_line, problems, allow_relative)
        if selector is None:
            ok = False
        else:
            selectors.append(selector)
    return tuple(selectors) if ok else None


def _parse_selector(item: object, line: int, problems: _Problems, allow_relative: bool) -> Selector | None:
    if isinstance(item, str):
        if not _SLUG.match(item):
            problems.add(line, f"'{item}' không phải mã đơn vị (chữ thường, số, gạch nối)")
            return None
        return Selector(unit=item, line=line)
    if not isinstance(item, LinedDict):
        problems.add(line, f"đơn vị thực hiện '{item}' phải là mã đơn vị hoặc bộ chọn")
        return None
    heads = [k for k in _SELECTOR_KEYS if k in item]
    if len(heads) > 1 or (not heads and not (allow_relative and "kind" in item)):
        expected = "children_of, under hoặc board_of" + (" (hoặc chỉ kind, trong cascade)" if allow_relative else "")
        problems.add(line, f"bộ chọn {dict(item)} cần đúng một trong {expected}")
        return None
    head = heads[0] if heads else None
    allowed = ({head} | _SELECTOR_KEYS[head]) if head else {"kind"}
    for key in item:
        if key not in allowed:
            problems.add(
                item.line_of(key),
                f"khóa '{key}' không dùng trong bộ chọn {head or 'kind'} (dùng: {', '.join(sorted(allowed))})",
            )
            return None
    target = item.get(head) if head else None
    if head and (not isinstance(target, str) or not _SLUG.match(target)):
        problems.add(line, f"{head}: '{target}' phải là mã đơn vị")
        return None
    kinds_raw = item.get("kind", [])
    kinds = [kinds_raw] if isinstance(kinds_raw, str) else list(kinds_raw) if isinstance(kinds_raw, list) else None
    if kinds is None or any(k not in _KINDS for k in kinds):
        bad = [k for k in (kinds or [kinds_raw]) if k not in _KINDS]
        problems.add(item.line_of("kind"), f"loại đơn vị {bad} không hợp lệ (dùng: {', '.join(sorted(_KINDS))})")
        return None
    name = _text(item.get("name"))
    if head == "board_of" and name is None:
        problems.add(line, "board_of cần 'name': tên ban, ví dụ Ban Tuyên giáo")
        return None
    return Selector(
        children_of=target if head == "children_of" else None,
        under=target if head == "under" else None,
        board_of=target if head == "board_of" else None,
        kinds=tuple(kinds),
        name=name,
        line=line,
    )


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
