"""Pieces of the plan file's checking that stand on their own: the problem
list, text cleaning, and the assignee selectors (``children_of``, ``under``,
``board_of``) with the cascade that uses them. ``dondoc.plans.plan_file``
reads the whole file with them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.db.models import CommitteeKind
from dondoc.yaml_lines import LinedDict, LinedList

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CASCADE_KEYS = {"assignees", "lead_working_days", "title"}
_SELECTOR_KEYS = {"children_of": {"kind"}, "under": {"kind"}, "board_of": {"name"}}
_KINDS = {k.value for k in CommitteeKind}


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


class Problems:
    def __init__(self, label: str):
        self.label = label
        self.items: list[str] = []

    def add(self, line: int, message: str) -> None:
        """One problem, one line: a value quoted in the message cannot break it."""
        flat = message.replace("\r", "\\r").replace("\n", "\\n")
        self.items.append(f"{self.label}:{line}: {flat}")


def clean_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        cleaned = " ".join(str(value).split())
        return cleaned or None
    return None


def unknown_keys(raw: LinedDict, allowed: set[str], what: str, problems: Problems) -> None:
    for key in raw:
        if key not in allowed:
            problems.add(raw.line_of(key), f"khóa '{key}' không dùng trong {what} (dùng: {', '.join(sorted(allowed))})")


def parse_cascade(raw: LinedDict, problems: Problems, canonical: str | None) -> CascadeSpec | None:
    spec = raw["cascade"]
    line = raw.line_of("cascade")
    if not isinstance(spec, LinedDict):
        problems.add(line, "cascade phải là một bảng khóa: assignees, lead_working_days")
        return None
    unknown_keys(spec, _CASCADE_KEYS, "cascade", problems)
    selectors = parse_selectors(spec, "assignees", problems, allow_relative=True)
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
    return CascadeSpec(selectors, lead, clean_text(spec.get("title")), line)


def parse_selectors(raw: LinedDict, key: str, problems: Problems, allow_relative: bool) -> tuple[Selector, ...] | None:
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
    for item, item_line in zip(value, lines, strict=False):
        selector = _parse_selector(item, item_line, problems, allow_relative)
        if selector is None:
            ok = False
        else:
            selectors.append(selector)
    return tuple(selectors) if ok else None


def _parse_selector(item: object, line: int, problems: Problems, allow_relative: bool) -> Selector | None:
    if isinstance(item, str):
        if not SLUG.match(item):
            problems.add(line, f"'{item[:80]}' không phải mã đơn vị (chữ thường, số, gạch nối)")
            return None
        return Selector(unit=item, line=line)
    if not isinstance(item, LinedDict):
        problems.add(line, f"đơn vị thực hiện '{str(item)[:80]}' phải là mã đơn vị hoặc bộ chọn")
        return None
    heads = [k for k in _SELECTOR_KEYS if k in item]
    if len(heads) > 1 or (not heads and not (allow_relative and "kind" in item)):
        expected = "children_of, under hoặc board_of" + (" (hoặc chỉ kind, trong cascade)" if allow_relative else "")
        problems.add(line, f"bộ chọn {str(dict(item))[:80]} cần đúng một trong {expected}")
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
    if head and (not isinstance(target, str) or not SLUG.match(target)):
        problems.add(line, f"{head}: '{str(target)[:80]}' phải là mã đơn vị")
        return None
    kinds_raw = item.get("kind", [])
    kinds = [kinds_raw] if isinstance(kinds_raw, str) else list(kinds_raw) if isinstance(kinds_raw, list) else None
    if kinds is None or any(not isinstance(k, str) or k not in _KINDS for k in kinds):
        bad = [str(k)[:60] for k in (kinds or [kinds_raw]) if not isinstance(k, str) or k not in _KINDS]
        problems.add(item.line_of("kind"), f"loại đơn vị {bad} không hợp lệ (dùng: {', '.join(sorted(_KINDS))})")
        return None
    name = clean_text(item.get("name"))
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
