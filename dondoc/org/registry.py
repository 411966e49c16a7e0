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
            channels: [folder://thi-uy-duc-pho]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dondoc.db.models import ChannelKind, CommitteeKind
from dondoc.errors import ValidationFailed
from dondoc.org.channels import BadChannelUrl, check_channel_url
from dondoc.org.tree import child_path, depth_of
from dondoc.yaml_lines import LinedDict, LinedList, load_yaml_file, load_yaml_text, unique_items

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The database's column sizes (dondoc.db.models): checked here, so PostgreSQL
# never refuses what SQLite would have taken silently.
MAX_ID = 120
MAX_NAME = 300
MAX_ROLE = 120
# The materialised path is indexed; PostgreSQL's btree refuses entries over ~2.7 kB.
MAX_PATH = 2000
_UNIT_KEYS = {"id", "name", "kind", "parent", "contacts", "aliases"}
_Report = Callable[[int, str], None]  # adds one FILE:LINE problem
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
    paths: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {unit.id: unit for unit in self.units}
        self.paths = {}
        for unit in self.units:  # parents first: each path extends its parent's
            self.paths[unit.id] = child_path(self.paths[unit.parent] if unit.parent else None, unit.id)

    def path_of(self, unit_id: str) -> str:
        return self.paths[unit_id]


def load_org_file(path: Path) -> OrgTree:
    """Read and validate a tree file; raise ValidationFailed listing every problem."""
    _, document = load_yaml_file(path)
    return _tree_of(document, str(path))


def parse_org_text(text: str, label: str) -> OrgTree:
    return _tree_of(load_yaml_text(text, label), label)


def _tree_of(document: object, label: str) -> OrgTree:
    problems: list[str] = []

    def problem(line: int, message: str) -> None:
        flat = message.replace("\r", "\\r").replace("\n", "\\n")  # one problem, one line
        problems.append(f"{label}:{line}: {flat}")

    if not isinstance(document, LinedDict) or not isinstance(document.get("units"), LinedList):
        line = document.line if isinstance(document, LinedDict) else 1
        raise ValidationFailed([f"{label}:{line}: cần khóa 'units' chứa danh sách các đơn vị"])

    units = unique_items(
        document["units"],
        lambda raw, line: _parse_unit(raw, line, problem),
        lambda unit: unit.id,
        problem,
        lambda unit_id, first: f"mã đơn vị '{unit_id}' bị trùng (đã khai báo ở dòng {first})",
    )

    by_id = {unit.id: unit for unit in units}
    for unit in units:
        if unit.parent is not None and unit.parent not in by_id:
            problem(unit.line, f"đơn vị cấp trên '{unit.parent}' của '{unit.id}' không có trong tệp")
    problems.extend(_cycle_problems(units, by_id, label))
    if problems:
        raise ValidationFailed(problems)
    tree = OrgTree(_parents_first(units, by_id))
    _check_paths(tree, problem)
    if problems:
        raise ValidationFailed(problems)
    return tree


def _one_line_name(value: object) -> str | None:
    """A name as people write it on one line, or None when it is not one."""
    if not isinstance(value, str) or not value.strip() or "\n" in value.strip() or "\r" in value:
        return None
    return value.strip()


def _known_keys(table: LinedDict, known: set[str], problem: _Report, message: Callable[[str], str]) -> bool:
    """True when every key of ``table`` is one of ``known``; any other key is a problem at its own line."""
    unknown = [key for key in table if key not in known]
    for key in unknown:
        problem(table.line_of(key), message(key))
    return not unknown


def _parse_unit(raw: object, line: int, problem: _Report) -> UnitSpec | None:
    if not isinstance(raw, LinedDict):
        problem(line, "mỗi đơn vị phải là một bảng khóa: id, name, kind, parent, contacts")
        return None
    allowed = ", ".join(sorted(_UNIT_KEYS))
    ok = _known_keys(raw, _UNIT_KEYS, problem, lambda key: f"khóa '{key}' không được hỗ trợ (chỉ dùng: {allowed})")
    unit_id = raw.get("id")
    if not isinstance(unit_id, str) or not _SLUG.match(unit_id) or len(unit_id) > MAX_ID:
        problem(
            raw.line_of("id"),
            f"mã đơn vị '{str(unit_id)[:60]}' không hợp lệ: cần chữ thường không dấu, số và dấu '-', "
            f"tối đa {MAX_ID} ký tự (ví dụ thi-uy-duc-pho)",
        )
        ok = False
    name = _one_line_name(raw.get("name"))
    if name is None:
        problem(raw.line_of("name"), f"đơn vị '{str(unit_id)[:60]}' thiếu tên (name) trên một dòng")
        ok = False
    elif len(name) > MAX_NAME:
        problem(raw.line_of("name"), f"tên đơn vị dài {len(name)} ký tự, quá {MAX_NAME}")
        ok = False
    kind_raw = raw.get("kind")
    kinds = {k.value: k for k in CommitteeKind}
    kind = kinds.get(kind_raw) if isinstance(kind_raw, str) else None
    if kind is None:
        problem(
            raw.line_of("kind"),
            f"loại đơn vị '{str(kind_raw)[:60]}' không hợp lệ (chọn một trong: {', '.join(kinds)})",
        )
        ok = False
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        problem(raw.line_of("parent"), "parent phải là mã của một đơn vị")
        ok = False
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(_one_line_name(a) and len(a) <= MAX_NAME for a in aliases):
        problem(raw.line_of("aliases"), f"aliases phải là danh sách tên, mỗi tên một dòng, tối đa {MAX_NAME} ký tự")
        ok = False
    contacts = _parse_contacts(raw.get("contacts") or [], raw.line_of("contacts"), problem)
    if not ok or contacts is None or kind is None or name is None:
        return None
    return UnitSpec(
        id=str(unit_id),
        name=name,
        kind=kind,
        parent=parent,
        line=line,
        aliases=tuple(a.strip() for a in aliases),
        contacts=contacts,
    )


def _parse_contacts(raw: object, line: int, problem: _Report) -> tuple[ContactSpec, ...] | None:
    if not isinstance(raw, list):
        problem(line, "contacts phải là danh sách")
        return None
    lines = raw.item_lines if isinstance(raw, LinedList) else [line] * len(raw)
    contacts: list[ContactSpec] = []
    names: dict[str, int] = {}
    ok = True
    for item, item_line in zip(raw, lines, strict=False):
        contact = _parse_contact(item, item_line, problem)
        if contact is None:
            ok = False
            continue
        if contact.name in names:
            problem(item_line, f"liên hệ '{contact.name}' bị trùng trong đơn vị (đã có ở dòng {names[contact.name]})")
            ok = False
            continue
        names[contact.name] = item_line
        contacts.append(contact)
    return tuple(contacts) if ok else None


def _parse_contact(item: object, line: int, problem: _Report) -> ContactSpec | None:
    name = _one_line_name(item.get("name")) if isinstance(item, LinedDict) else None
    if not isinstance(item, LinedDict) or name is None:
        problem(line, "mỗi liên hệ cần có name (một dòng) và channels")
        return None
    ok = _known_keys(item, _CONTACT_KEYS, problem, lambda key: f"khóa '{key}' của liên hệ không được hỗ trợ")
    if len(name) > MAX_NAME:
        problem(item.line_of("name"), f"tên liên hệ dài {len(name)} ký tự, quá {MAX_NAME}")
        ok = False
    role = item.get("role")
    if role is not None and (_one_line_name(role) is None or len(role) > MAX_ROLE):
        problem(item.line_of("role"), f"role của '{name}' phải là một chữ trên một dòng, tối đa {MAX_ROLE} ký tự")
        ok = False
    urls = item.get("channels") or []
    if not isinstance(urls, list):
        problem(item.line_of("channels"), f"channels của '{name}' phải là danh sách địa chỉ kênh")
        return None
    url_lines = urls.item_lines if isinstance(urls, LinedList) else [item.line_of("channels")] * len(urls)
    channels: list[ChannelSpec] = []
    seen: dict[str, int] = {}
    for url, url_line in zip(urls, url_lines, strict=False):
        if not isinstance(url, str):
            problem(url_line, f"kênh của '{name}' phải là một địa chỉ (chuỗi), không phải '{str(url)[:60]}'")
            ok = False
            continue
        if url in seen:
            problem(url_line, f"kênh của '{name}' bị trùng (đã có ở dòng {seen[url]})")
            ok = False
            continue
        seen[url] = url_line
        try:
            check = check_channel_url(url)
        except BadChannelUrl as exc:
            problem(url_line, f"kênh của '{name}': {exc}")
            ok = False
            continue
        channels.append(ChannelSpec(url=url, kind=check.kind, redacted=check.redacted))
    if not ok:
        return None
    return ContactSpec(name=name, role=role.strip() if isinstance(role, str) else None, channels=tuple(channels))


def _cycle_problems(units: list[UnitSpec], by_id: dict[str, UnitSpec], label: str) -> list[str]:
    problems: list[str] = []
    reported: set[str] = set()
    done: set[str] = set()  # units whose chain is known to end at a root: walks stay linear
    for unit in units:
        seen: list[str] = []
        on_path: set[str] = set()
        current: str | None = unit.id
        while current is not None and current in by_id and current not in done:
            if current in on_path:
                cycle = [*seen[seen.index(current) :], current]
                if not reported.intersection(cycle):
                    first = by_id[cycle[0]]
                    problems.append(f"{label}:{first.line}: quan hệ cấp trên tạo vòng lặp: {' → '.join(cycle)}")
                    reported.update(cycle)
                break
            seen.append(current)
            on_path.add(current)
            current = by_id[current].parent
        else:
            done.update(seen)
    return problems


def _parents_first(units: list[UnitSpec], by_id: dict[str, UnitSpec]) -> list[UnitSpec]:
    """Order units so each parent precedes its children, without recursion: a
    chain a thousand units deep must not reach Python's recursion limit."""
    ordered: list[UnitSpec] = []
    placed: set[str] = set()
    for unit in units:
        chain: list[UnitSpec] = []
        current: UnitSpec | None = unit
        while current is not None and current.id not in placed:
            chain.append(current)
            current = by_id[current.parent] if current.parent is not None else None
        for member in reversed(chain):
            placed.add(member.id)
            ordered.append(member)
    return ordered


def _check_paths(tree: OrgTree, problem: _Report) -> None:
    """The materialised path of each unit must fit its indexed column."""
    for unit in tree.units:
        path = tree.path_of(unit.id)
        if len(path) > MAX_PATH:
            depth = depth_of(path) + 1
            problem(unit.line, f"đơn vị '{unit.id}' nằm sâu {depth} cấp: đường dẫn quá {MAX_PATH} ký tự, không nhận")
            return
