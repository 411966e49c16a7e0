"""The committee tree file: reading, validating, and the in-memory tree.

Validation collects every problem before anything is written, each as
``FILE:LINE: problem`` in Vietnamese, so a secretary can fix the whole file in
one pass. Format (flat list, parent before or after child, ids are slugs)::

    units:
      - id: thi-uy-duc-pho
        name: Thị ủy Đức Phổ
        kind: thi_uy
        parent: tinh-uy-quang-ngai
        aliases: [Ban Thường vụ Thị ủy]
        contacts:
          - name: Văn phòng Thị ủy
            role: van_phong
            channels: [outbox://thi-uy-duc-pho]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dondoc.db.models import ChannelKind, CommitteeKind
from dondoc.errors import ValidationFailed
from dondoc.org.channels import BadChannelUrl, check_channel_url
from dondoc.yaml_lines import LinedDict, LinedList, YamlSyntaxError, load_yaml_with_lines, read_text_file

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_UNIT_KEYS = {"id", "name", "kind", "parent", "contacts", "aliases"}
_CONTACT_KEYS = {"name", "role", "channels"}


@dataclass(frozen=True)
class ChannelSpec:
    url: str
    kind: ChannelKind
    redacted: str


@dataclass(frozen=True)
class ContactSpec:
    name: str
    role: str | None
    channels: tuple[ChannelSpec, ...]


@dataclass(frozen=True)
class UnitSpec:
    id: str
    name: str
    kind: CommitteeKind
    parent: str | None
    line: int
    aliases: tuple[str, ...] = ()
    contacts: tuple[ContactSpec, ...] = ()


@dataclass
class OrgTree:
    """A validated tree: units in an order where every parent precedes its children."""

    units: list[UnitSpec]
    by_id: dict[str, UnitSpec] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {unit.id: unit for unit in self.units}

    def path_of(self, unit_id: str) -> str:
        parts: list[str] = []
        current: str | None = unit_id
        while current is not None:
            parts.append(current)
            current = self.by_id[current].parent
        return "/" + "/".join(reversed(parts)) + "/"


def load_org_file(path: Path) -> OrgTree:
    """Read and validate a tree file; raise ValidationFailed listing every problem."""
    label = str(path)
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        raise ValidationFailed([f"{label}: không tìm thấy tệp"]) from None
    except UnicodeDecodeError as exc:
        raise ValidationFailed([f"{label}:1: tệp không phải UTF-8 ({exc.reason})"]) from None
    return parse_org_text(text, label)


def parse_org_text(text: str, label: str) -> OrgTree:
    problems: list[str] = []

    def problem(line: int, message: str) -> None:
        problems.append(f"{label}:{line}: {message}")

    try:
        document = load_yaml_with_lines(text)
    except YamlSyntaxError as exc:
        raise ValidationFailed([f"{label}:{exc.line}: {exc.problem}"]) from None

    if not isinstance(document, LinedDict) or not isinstance(document.get("units"), LinedList):
        line = document.line if isinstance(document, LinedDict) else 1
        raise ValidationFailed([f"{label}:{line}: cần khóa 'units' chứa danh sách các đơn vị"])

    units: list[UnitSpec] = []
    first_line: dict[str, int] = {}
    for raw, line in zip(document["units"], document["units"].item_lines):
        unit = _parse_unit(raw, line, problem)
        if unit is None:
            continue
        if unit.id in first_line:
            problem(line, f"mã đơn vị '{unit.id}' bị trùng (đã khai báo ở dòng {first_line[unit.id]})")
            continue
        first_line[unit.id] = line
        units.append(unit)

    by_id = {unit.id: unit for unit in units}
    for unit in units:
        if unit.parent is not None and unit.parent not in by_id:
            problem(unit.line, f"đơn vị cấp trên '{unit.parent}' của '{unit.id}' không có trong tệp")
    problems.extend(_cycle_problems(units, by_id, label))
    if problems:
        raise ValidationFailed(problems)
    return OrgTree(_parents_first(units, by_id))


def _parse_unit(raw: object, line: int, problem) -> UnitSpec | None:  # type: ignore[no-untyped-def]
    if not isinstance(raw, LinedDict):
        problem(line, "mỗi đơn vị phải là một bảng khóa: id, name, kind, parent, contacts")
        return None
    ok = True
    for key in raw:
        if key not in _UNIT_KEYS:
            problem(raw.line_of(key), f"khóa '{key}' không được hỗ trợ (chỉ dùng: {', '.join(sorted(_UNIT_KEYS))})")
            ok = False
    unit_id = raw.get("id")
    if not isinstance(unit_id, str) or not _SLUG.match(unit_id):
        problem(
            raw.line_of("id"),
            f"mã đơn vị '{unit_id}' không hợp lệ: cần chữ thường không dấu, số và dấu '-' (ví dụ thi-uy-duc-pho)",
        )
        ok = False
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        problem(raw.line_of("name"), f"đơn vị '{unit_id}' thiếu tên (name)")
        ok = False
    kind_raw = raw.get("kind")
    try:
        kind = CommitteeKind(kind_raw)
    except ValueError:
        known = ", ".join(k.value for k in CommitteeKind)
        problem(raw.line_of("kind"), f"loại đơn vị '{kind_raw}' không hợp lệ (chọn một trong: {known})")
        ok = False
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        problem(raw.line_of("parent"), "parent phải là mã của một đơn vị")
        ok = False
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        problem(raw.line_of("aliases"), "aliases phải là danh sách tên")
        ok = False
    contacts = _parse_contacts(raw.get("contacts") or [], raw.line_of("contacts"), problem)
    if not ok or contacts is None:
        return None
    return UnitSpec(
        id=unit_id,  # type: ignore[arg-type]
        name=name.strip(),  # type: ignore[union-attr]
        kind=kind,
        parent=parent,
        line=line,
        aliases=tuple(a.strip() for a in aliases),
        contacts=contacts,
    )


def _parse_contacts(raw: object, line: int, problem) -> tuple[ContactSpec, ...] | None:  # type: ignore[no-untyped-def]
    if not isinstance(raw, list):
        problem(line, "contacts phải là danh sách")
        return None
    lines = raw.item_lines if isinstance(raw, LinedList) else [line] * len(raw)
    contacts: list[ContactSpec] = []
    ok = True
    for item, item_line in zip(raw, lines):
        if not isinstance(item, LinedDict) or not isinstance(item.get("name"), str):
            problem(item_line, "mỗi liên hệ cần có name và channels")
            ok = False
            continue
        for key in item:
            if key not in _CONTACT_KEYS:
                problem(item.line_of(key), f"khóa '{key}' của liên hệ không được hỗ trợ")
                ok = False
        urls = item.get("channels") or []
        url_lines = urls.item_lines if isinstance(urls, LinedList) else [item.line_of("channels")] * len(urls)
        channels: list[ChannelSpec] = []
        for url, url_line in zip(urls, url_lines):
            try:
                check = check_channel_url(url)
            except BadChannelUrl as exc:
                problem(url_line, f"kênh của '{item['name']}': {exc}")
                ok = False
                continue
            channels.append(ChannelSpec(url=url, kind=check.kind, redacted=check.redacted))
        contacts.append(ContactSpec(name=item["name"].strip(), role=item.get("role"), channels=tuple(channels)))
    return tuple(contacts) if ok else None


def _cycle_problems(units: list[UnitSpec], by_id: dict[str, UnitSpec], label: str) -> list[str]:
    problems: list[str] = []
    reported: set[str] = set()
    for unit in units:
        seen: list[str] = []
        current: str | None = unit.id
        while current is not None and current in by_id:
            if current in seen:
                cycle = seen[seen.index(current) :] + [current]
                if not reported.intersection(cycle):
                    first = by_id[cycle[0]]
                    problems.append(f"{label}:{first.line}: quan hệ cấp trên tạo vòng lặp: {' → '.join(cycle)}")
                    reported.update(cycle)
                break
            seen.append(current)
            current = by_id[current].parent
    return problems


def _parents_first(units: list[UnitSpec], by_id: dict[str, UnitSpec]) -> list[UnitSpec]:
    ordered: list[UnitSpec] = []
    placed: set[str] = set()

    def place(unit: UnitSpec) -> None:
        if unit.id in placed:
            return
        if unit.parent is not None:
            place(by_id[unit.parent])
        placed.add(unit.id)
        ordered.append(unit)

    for unit in units:
        place(unit)
    return ordered
