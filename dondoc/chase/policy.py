"""Escalation policies: named ladders of chase steps, read from YAML files people edit.

A policy file looks like ``policies/default.yaml``::

    name: default
    steps:
      - id: remind-7          # stable: part of every message key
        days: -7              # or working_days: 3 (negative = before the due date)
        target: assignee      # assignee | report_to | {ancestor: N} | {above_report_to: N} | {board: NAME}
        template: upcoming    # upcoming | due_today | overdue | escalation
        channels: [email]     # optional: channel kinds (email, telegram, zalo, folder); default every active channel
        repeat: {every_days: 7, limit: 8}   # optional

Offsets count from the occurrence's *current* due date (the adjusted due date,
or the date an extension moved it to). Targets:

- ``assignee``: the unit that must report.
- ``report_to``: where the task says the report goes. When the plan routes the
  report through a board ("báo cáo ... về Ban Thường vụ Thị ủy (qua Ban Tuyên
  giáo Thị ủy)", ``Task.via_id``), the board is the target: it is the office that
  follows up and chases for the committee. Without ``report_to`` on the task,
  the assignee's parent (cấp trên trực tiếp).
- ``ancestor: N``: the N-th ancestor of the assignee (1 = its parent).
- ``above_report_to: N``: the N-th ancestor of the report_to committee (not of
  the via board): "the level above that" of the ladder in docs/domain.md.
- ``board: NAME``: a board under the report_to committee, by id, name or alias.

A repeat must have a limit (default 8, at most 520): an unbounded ladder would
make every old open occurrence a candidate every day, and a limit is what a
committee means anyway ("nhắc lại tối đa ... lần").

Every problem is reported as ``FILE:LINE: problem`` in Vietnamese.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dondoc.errors import ValidationFailed
from dondoc.yaml_lines import LinedDict, LinedList, load_yaml_file, load_yaml_text, unique_items

BUILTIN_DIR = Path(__file__).parent / "policies"
DEFAULT_POLICY = "default"
TEMPLATES = ("upcoming", "due_today", "overdue", "escalation")
CHANNEL_KINDS = ("email", "telegram", "zalo", "folder", "other")
OLD_CHANNEL_KINDS = {"outbox": "folder"}  # older names still read, with a warning: "outbox" is the queue
TARGET_KINDS = ("assignee", "report_to", "ancestor", "above_report_to", "board")
DEFAULT_REPEAT_LIMIT = 8
MAX_REPEAT_LIMIT = 520
MAX_OFFSET = 366
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")

# records one problem at a line of the document being validated
Problem = Callable[[int, str], None]


@dataclass(frozen=True)
class Target:
    """Whom a step addresses; ``n`` for ancestor/above_report_to, ``board`` for board."""

    kind: str
    n: int = 0
    board: str | None = None

    @property
    def is_assignee(self) -> bool:
        return self.kind == "assignee"

    @property
    def level(self) -> int:
        """How far up the tree the message goes (1 = the committee the report goes to)."""
        if self.kind == "assignee":
            return 0
        if self.kind == "ancestor":
            return self.n
        if self.kind == "above_report_to":
            return 1 + self.n
        return 1

    def describe(self) -> str:
        if self.kind == "ancestor":
            return f"ancestor:{self.n}"
        if self.kind == "above_report_to":
            return f"above_report_to:{self.n}"
        if self.kind == "board":
            return f"board:{self.board}"
        return self.kind


@dataclass(frozen=True)
class Repeat:
    every_days: int
    limit: int


@dataclass(frozen=True)
class Step:
    """One rung of the ladder. ``working`` says whether ``offset`` counts working days."""

    id: str
    offset: int
    working: bool
    target: Target
    template: str
    channels: tuple[str, ...] | None = None
    repeat: Repeat | None = None
    line: int = 0

    @property
    def escalates(self) -> bool:
        """Escalations (any target above the assignee) are what an acknowledgement pauses."""
        return not self.target.is_assignee


@dataclass(frozen=True)
class Policy:
    name: str
    steps: tuple[Step, ...]
    description: str = ""
    source: str = ""

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


def parse_policy_text(text: str, label: str) -> Policy:
    """Validate one policy document; raise ValidationFailed listing every problem."""
    return policy_from_document(load_yaml_text(text, label), label)


def policy_from_document(document: object, label: str) -> Policy:
    """A policy from its parsed YAML (the one bounded loader), or ValidationFailed listing every problem."""
    problems: list[str] = []

    def problem(line: int, message: str) -> None:
        problems.append(f"{label}:{line}: {message}")

    def warn(line: int, message: str) -> None:
        """Shown to whoever runs the command as ``FILE:LINE: FutureWarning: message`` and that line of
        the file; the file is still read."""
        warnings.warn_explicit(message, FutureWarning, filename=label, lineno=line)

    if not isinstance(document, LinedDict):
        raise ValidationFailed([f"{label}:1: cần một bảng (mapping) có 'name' và 'steps'"])
    for key in document:
        if key not in ("name", "description", "steps"):
            problem(document.line_of(key), f"khóa '{key}' không hợp lệ (dùng: name, description, steps)")
    name = document.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        problem(document.line_of("name"), "thiếu 'name' hoặc tên không hợp lệ (chữ thường không dấu, số, '-' hoặc '_')")
        name = ""
    description = document.get("description") or ""
    raw_steps = document.get("steps")
    steps: list[Step] = []
    if not isinstance(raw_steps, LinedList) or not raw_steps:
        problem(document.line_of("steps"), "cần 'steps': danh sách ít nhất một bước")
    else:
        steps = unique_items(
            raw_steps,
            lambda raw, line: _parse_step(raw, line, problem, warn),
            lambda step: step.id,
            problem,
            lambda step_id, first: f"mã bước '{step_id}' bị lặp (đã dùng ở dòng {first})",
        )
    if problems:
        raise ValidationFailed(problems)
    return Policy(name=name, steps=tuple(steps), description=str(description), source=label)


def _parse_step(raw: object, line: int, problem: Problem, warn: Problem) -> Step | None:
    if not isinstance(raw, LinedDict):
        problem(line, "mỗi bước phải là một bảng có id, days/working_days, target, template")
        return None
    ok = True

    def bad(key: str, message: str) -> None:
        nonlocal ok
        ok = False
        problem(raw.line_of(key), message)

    for key in raw:
        if key not in ("id", "days", "working_days", "target", "template", "channels", "repeat"):
            bad(
                key,
                f"khóa '{key}' không hợp lệ trong một bước (dùng: id, days, working_days, target, template, channels, repeat)",
            )
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not _ID.match(step_id):
        bad("id", "thiếu 'id' hoặc mã bước không hợp lệ (chữ thường không dấu, số, '-', '_'; tối đa 40 ký tự)")
    has_days, has_working = "days" in raw, "working_days" in raw
    offset, working = 0, False
    if has_days == has_working:
        bad("days" if has_days else "id", "cần đúng một trong 'days' (ngày lịch) hoặc 'working_days' (ngày làm việc)")
    else:
        key = "days" if has_days else "working_days"
        value = raw[key]
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_OFFSET:
            bad(key, f"'{key}' phải là số nguyên từ -{MAX_OFFSET} đến {MAX_OFFSET} (âm là trước hạn)")
        else:
            offset, working = value, key == "working_days"
    target = _parse_target(raw.get("target"), raw.line_of("target"), problem)
    if target is None:
        ok = False
    template = raw.get("template")
    if template not in TEMPLATES:
        bad("template", f"'template' phải là một trong: {', '.join(TEMPLATES)}")
    channels: tuple[str, ...] | None = None
    if "channels" in raw:
        value = _renamed_kinds(raw["channels"], raw.line_of("channels"), warn)
        if not isinstance(value, list) or not value or any(c not in CHANNEL_KINDS for c in value):
            bad("channels", f"'channels' phải là danh sách loại kênh: {', '.join(CHANNEL_KINDS)}")
        else:
            channels = tuple(dict.fromkeys(value))
    repeat = None
    if "repeat" in raw:
        repeat = _parse_repeat(raw["repeat"], raw.line_of("repeat"), problem)
        if repeat is None:
            ok = False
    if not ok:
        return None
    assert target is not None and isinstance(step_id, str) and isinstance(template, str)
    return Step(
        id=step_id,
        offset=offset,
        working=working,
        target=target,
        template=template,
        channels=channels,
        repeat=repeat,
        line=line,
    )


def _renamed_kinds(value: object, line: int, warn: Problem) -> object:
    """``value`` with the older channel kind names replaced by today's, each old one warned about once;
    anything else is left to the caller's check."""
    if not isinstance(value, list):
        return value
    for old in dict.fromkeys(c for c in value if isinstance(c, str) and c in OLD_CHANNEL_KINDS):
        new = OLD_CHANNEL_KINDS[old]
        warn(line, f"loại kênh '{old}' là tên cũ, nay gọi là '{new}' (vẫn được hiểu là '{new}'); hãy sửa thành '{new}'")
    return [OLD_CHANNEL_KINDS.get(c, c) if isinstance(c, str) else c for c in value]


def _parse_target(value: object, line: int, problem: Problem) -> Target | None:
    expected = "'target' phải là assignee, report_to, {ancestor: N}, {above_report_to: N} hoặc {board: TÊN BAN}"
    if value in ("assignee", "report_to"):
        return Target(kind=str(value))
    if isinstance(value, dict) and len(value) == 1:
        ((kind, arg),) = value.items()
        if kind in ("ancestor", "above_report_to"):
            if isinstance(arg, int) and not isinstance(arg, bool) and 1 <= arg <= 20:
                return Target(kind=kind, n=arg)
            problem(line, f"'{kind}' cần một số từ 1 đến 20 (1 = cấp trên trực tiếp)")
            return None
        if kind == "board":
            if isinstance(arg, str) and arg.strip():
                return Target(kind="board", board=arg.strip())
            problem(line, "'board' cần mã, tên hoặc tên khác của một ban thuộc nơi nhận báo cáo")
            return None
    problem(line, expected)
    return None


def _parse_repeat(value: object, line: int, problem: Problem) -> Repeat | None:
    if not isinstance(value, dict):
        problem(line, "'repeat' phải là bảng {every_days: N, limit: M}")
        return None
    unknown = [k for k in value if k not in ("every_days", "limit")]
    if unknown:
        problem(line, f"khóa '{unknown[0]}' không hợp lệ trong 'repeat' (dùng every_days, limit)")
        return None
    every = value.get("every_days")
    limit = value.get("limit", DEFAULT_REPEAT_LIMIT)
    if not isinstance(every, int) or isinstance(every, bool) or not 1 <= every <= 366:
        problem(line, "'repeat.every_days' phải là số ngày từ 1 đến 366")
        return None
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_REPEAT_LIMIT:
        problem(line, f"'repeat.limit' phải là số lần từ 1 đến {MAX_REPEAT_LIMIT}")
        return None
    return Repeat(every_days=every, limit=limit)


def load_policy_file(path: Path) -> Policy:
    """Read a policy file through the one YAML loader: its size, encoding and YAML limits give
    one ``FILE:LINE: problem`` each, like the org and plan files."""
    _, document = load_yaml_file(path)
    return policy_from_document(document, str(path))


def load_policies(extra_dir: Path | None = None) -> dict[str, Policy]:
    """The built-in policies plus every ``*.yaml``/``*.yml`` in ``extra_dir``.

    A policy in ``extra_dir`` with the name of a built-in one replaces it (an
    organisation can redefine ``default``); two files in the folder with the same
    name are an error. All problems of all files are reported together.
    """
    policies: dict[str, Policy] = {}
    for path in sorted(BUILTIN_DIR.glob("*.yaml")):
        policy = load_policy_file(path)
        policies[policy.name] = policy
    if extra_dir is None:
        return policies
    if not extra_dir.is_dir():
        raise ValidationFailed([f"{extra_dir}: không phải thư mục chính sách đôn đốc"])
    problems: list[str] = []
    from_folder: dict[str, str] = {}
    for path in sorted([*extra_dir.glob("*.yaml"), *extra_dir.glob("*.yml")]):
        try:
            policy = load_policy_file(path)
        except ValidationFailed as exc:
            problems.extend(exc.problems)
            continue
        if policy.name in from_folder:
            problems.append(f"{path}:1: chính sách '{policy.name}' đã được khai báo trong {from_folder[policy.name]}")
            continue
        from_folder[policy.name] = str(path)
        policies[policy.name] = policy
    if problems:
        raise ValidationFailed(problems)
    return policies


def configured_policies_dir() -> Path | None:
    """The operator's policy folder: setting ``DONDOC_POLICIES_DIR`` (``Settings.policies_dir``)."""
    from dondoc.settings import get_settings

    value = get_settings().policies_dir
    return Path(value) if value else None


@lru_cache(maxsize=4)
def _cached(extra_dir: Path | None) -> dict[str, Policy]:
    return load_policies(extra_dir)


def configured_policies(extra_dir: Path | None = None) -> dict[str, Policy]:
    """Policies for an entry point: a CLI option wins over the setting."""
    return _cached(extra_dir or configured_policies_dir())
