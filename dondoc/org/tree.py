"""The committee tree as plain records: paths, walks, boards, name matching and target resolution.

Pure: no database, no clock. Callers load the committees they need (a plan
import loads the whole active tree, a chase batch a few hundred rows) into
``Node`` records, or any record with the same attributes, and ask here which
units a plan's assignee selector or a ladder step's target names, so a plan's
``board_of`` and a ladder's ``board:`` can never pick different boards.

A committee's materialised ``path`` lists the ids from the root down to it,
``/tinh-uy-quang-ngai/thi-uy-duc-pho/``: ancestors, subtrees and branches are
read from it without walking parent links.

**Boards** (``BOARD_KINDS``) are the advisory and support bodies of a committee
(cơ quan tham mưu, giúp việc): its bans, its Ủy ban Kiểm tra and its Văn
phòng, the offices reports go through ("báo cáo về Ban Thường vụ Thị ủy (qua
Ban Tuyên giáo Thị ủy)", docs/domain.md). ``co_quan`` ("Cơ quan, đơn vị": the
HĐND, the UBND and its Phòng, the Trung tâm Chính trị of the example tree) is
not a board: those bodies carry out tasks and report, nothing is reported
through them. The plan extractor reads "các cơ quan tham mưu, giúp việc" as
exactly these three kinds (``dondoc.plans.extract_body_words.BOARDS``).

**Names** are compared folded (``dondoc.text.fold``: no
diacritics, any case, punctuation as spaces), so "Ban Tuyên giáo Thị ủy",
"BAN TUYEN GIAO THI UY" and "Ban Tuyên giáo" (the start of the name) all name
the same board.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from dondoc.text import fold

BOARD_KINDS: tuple[str, ...] = ("ban", "uy_ban_kiem_tra", "van_phong")


# ───────────────────────────── paths ─────────────────────────────


def child_path(parent_path: str | None, unit_id: str) -> str:
    """The path of ``unit_id`` under a parent's path (a root's when there is none)."""
    return f"{parent_path or '/'}{unit_id}/"


def path_ids(path: str) -> list[str]:
    """The ids on a path, root first, the unit itself last."""
    return [part for part in path.strip("/").split("/") if part]


def ancestor_ids(path: str) -> list[str]:
    """The ancestors of the unit at ``path``: its parent first, the root last."""
    return list(reversed(path_ids(path)[:-1]))


def depth_of(path: str) -> int:
    """0 for a root, 1 for its children, ..."""
    return path.count("/") - 2


def branch_of(path: str) -> str:
    """The committee directly under the root that a unit belongs to (the root itself at the top)."""
    ids = path_ids(path)
    return ids[1] if len(ids) > 1 else ids[0]


def nearest_ancestor(path: str, candidates: set[str] | frozenset[str]) -> str | None:
    """The closest ancestor of the unit at ``path`` that is one of ``candidates``."""
    return next((a for a in ancestor_ids(path) if a in candidates), None)


# ───────────────────────────── records ─────────────────────────────


class Record(Protocol):
    """What the tree needs of a committee (``Node``, or a generator's own row type)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def parent_id(self) -> str | None: ...
    @property
    def path(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Node:
    """One committee as plain data."""

    id: str
    name: str
    kind: str
    parent_id: str | None
    path: str
    aliases: tuple[str, ...] = ()

    def ancestor_ids(self) -> list[str]:
        """Parent first, root last."""
        return ancestor_ids(self.path)


def kind_text(kind: object) -> str:
    """A committee kind as its slug, whether the row holds the enum member or the string."""
    return str(getattr(kind, "value", kind))


def parse_aliases(column: str | None) -> tuple[str, ...]:
    """The ``aliases`` column (one name a line) as a tuple of names."""
    return tuple(a.strip() for a in (column or "").splitlines() if a.strip())


def node_of(id: str, name: str, kind: object, parent_id: str | None, path: str, aliases: str | None) -> Node:
    """A ``Node`` from the committee table's columns."""
    return Node(id, name, kind_text(kind), parent_id, path, parse_aliases(aliases))


# ───────────────────────────── names ─────────────────────────────

R = TypeVar("R", bound=Record)


def _words_in(key: str, text: str) -> bool:
    return f" {key} " in f" {text} "


def match_name(wanted: str, records: Iterable[R]) -> R | None:
    """The record ``wanted`` names, compared folded; the first in id order within the best tier:

    1. its id, its name or one of its aliases is ``wanted``;
    2. its name or an alias starts with the words of ``wanted`` ("Ban Tuyên giáo" → "Ban Tuyên giáo Thị ủy");
    3. its name or an alias contains the words of ``wanted`` ("Tuyên giáo" → "Ban Tuyên giáo Thị ủy").
    """
    key = fold(wanted)
    if not key:
        return None
    ordered = sorted(records, key=lambda r: r.id)
    names = [(r, [fold(n) for n in (r.name, *r.aliases)]) for r in ordered]
    for record, folded in names:
        if key == fold(record.id) or key in folded:
            return record
    for record, folded in names:
        if any(n.startswith(key + " ") for n in folded):
            return record
    for record, folded in names:
        if any(_words_in(key, n) for n in folded):
            return record
    return None


# ───────────────────────────── the tree ─────────────────────────────


class SelectorLike(Protocol):
    """A plan's assignee selector (``dondoc.plans.plan_parts.Selector``)."""

    @property
    def unit(self) -> str | None: ...
    @property
    def children_of(self) -> str | None: ...
    @property
    def under(self) -> str | None: ...
    @property
    def board_of(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...


class TargetLike(Protocol):
    """A ladder step's target (``dondoc.chase.policy.Target``)."""

    @property
    def kind(self) -> str: ...
    @property
    def n(self) -> int: ...
    @property
    def board(self) -> str | None: ...
    def describe(self) -> str: ...


class Tree(Generic[R]):
    """Records by id and children by parent; children keep the order the records come in."""

    def __init__(self, records: Iterable[R]):
        self.by_id: dict[str, R] = {}
        self.children: dict[str, list[R]] = {}
        for record in records:
            self.by_id[record.id] = record
            if record.parent_id is not None:
                self.children.setdefault(record.parent_id, []).append(record)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self.by_id

    def get(self, unit_id: str | None) -> R | None:
        return self.by_id.get(unit_id) if unit_id is not None else None

    def children_of(self, unit_id: str) -> list[R]:
        return self.children.get(unit_id, [])

    def descendants(self, unit_id: str) -> list[R]:
        """Every unit under ``unit_id`` (exclusive) by path prefix, in path order."""
        prefix = self.by_id[unit_id].path
        return sorted(
            (r for r in self.by_id.values() if r.path.startswith(prefix) and r.id != unit_id), key=lambda r: r.path
        )

    def walk(self, unit_id: str) -> Iterator[R]:
        """Every unit under ``unit_id`` (exclusive) by parent links, depth first, parents before children."""
        stack = list(reversed(self.children.get(unit_id, [])))
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(self.children.get(current.id, [])))

    def boards(self, unit_id: str) -> list[R]:
        """The boards of a committee (its children of ``BOARD_KINDS``)."""
        return [r for r in self.children.get(unit_id, []) if r.kind in BOARD_KINDS]

    def board(self, unit_id: str | None, name: str) -> R | None:
        """The board of ``unit_id`` that ``name`` names (``match_name``)."""
        return match_name(name, self.boards(unit_id)) if unit_id is not None else None

    def nearest_in(self, unit_id: str, candidates: set[str]) -> str | None:
        """The closest ancestor of ``unit_id`` that is one of ``candidates``."""
        return nearest_ancestor(self.by_id[unit_id].path, candidates)

    def select(self, selector: SelectorLike, around: str | None = None) -> list[str]:
        """Unit ids a plan's assignee selector names; ``around`` anchors a cascade's kind-only selector."""
        kinds = set(selector.kinds)
        if selector.unit:
            return [selector.unit] if selector.unit in self.by_id else []
        if selector.children_of:
            pool = self.children.get(selector.children_of, [])
        elif selector.under:
            pool = self.descendants(selector.under) if selector.under in self.by_id else []
        elif selector.board_of:
            board = self.board(selector.board_of, selector.name or "")
            return [board.id] if board is not None else []
        elif around is not None:
            pool = self.descendants(around)
        else:
            return []
        return [r.id for r in pool if not kinds or r.kind in kinds]


def resolve_target(
    tree: Tree[R],
    target: TargetLike,
    *,
    assignee_id: str,
    report_to_id: str | None = None,
    via_id: str | None = None,
) -> tuple[R | None, str]:
    """The committee a ladder step addresses, or None and why not (in Vietnamese).

    ``report_to_id`` defaults to the assignee's parent; ``via_id`` is the board
    the report goes through, which a ``report_to`` step addresses instead.
    """
    assignee = tree.get(assignee_id)
    if assignee is None:
        return None, f"không có đơn vị '{assignee_id}'"
    report_to_id = report_to_id or assignee.parent_id
    if target.kind == "assignee":
        return assignee, ""
    if target.kind == "report_to":
        unit_id = via_id or report_to_id
        if unit_id is None:
            return None, "nhiệm vụ không có nơi nhận báo cáo và đơn vị không có cấp trên"
        return tree.get(unit_id), f"không có đơn vị '{unit_id}'"
    if target.kind in ("ancestor", "above_report_to"):
        base = assignee if target.kind == "ancestor" else tree.get(report_to_id)
        if base is None:
            return None, "nhiệm vụ không có nơi nhận báo cáo"
        ancestors = ancestor_ids(base.path)
        if len(ancestors) < target.n:
            return None, f"{base.name} không có cấp trên thứ {target.n}"
        return tree.get(ancestors[target.n - 1]), "không có đơn vị cấp trên"
    if target.kind == "board":
        board = tree.board(report_to_id, target.board or "")
        if board is None:
            return None, f"không có ban '{target.board}' thuộc nơi nhận báo cáo '{report_to_id}'"
        return board, ""
    return None, f"đích '{target.describe()}' không hợp lệ"
