"""Reading the tree back: subtrees by materialised path, ancestors, rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from dondoc.db.models import Committee, CommitteeKind, Contact, ContactChannel
from dondoc.errors import NotFound
from dondoc.org.tree import ancestor_ids


def get_committee(session: Session, committee_id: str) -> Committee:
    row = session.get(Committee, committee_id)
    if row is None:
        raise NotFound(f"không có đơn vị '{committee_id}' (xem `dondoc org tree`)")
    return row


def subtree(session: Session, root_id: str, *, include_inactive: bool = False) -> list[Committee]:
    """The unit and everything under it, parents before children."""
    root = get_committee(session, root_id)
    query = select(Committee).where(col(Committee.path).startswith(root.path))
    if not include_inactive:
        query = query.where(Committee.active == True)
    return list(session.exec(query.order_by(col(Committee.depth), col(Committee.id))).all())


def ancestors(session: Session, committee_id: str) -> list[Committee]:
    """From the direct parent up to the root."""
    unit = get_committee(session, committee_id)
    ids = ancestor_ids(unit.path)
    rows = {c.id: c for c in session.exec(select(Committee).where(col(Committee.id).in_(ids))).all()}
    return [rows[i] for i in ids if i in rows]


@dataclass
class TreeNode:
    unit: Committee
    children: list[TreeNode] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.unit.id,
            "name": self.unit.name,
            "kind": str(self.unit.kind),
            "children": [child.to_json() for child in self.children],
        }


def build_forest(units: list[Committee]) -> list[TreeNode]:
    nodes = {u.id: TreeNode(u) for u in units}
    roots: list[TreeNode] = []
    for unit in sorted(units, key=lambda u: (u.depth, u.name)):
        node = nodes[unit.id]
        parent = nodes.get(unit.parent_id) if unit.parent_id else None
        (parent.children if parent else roots).append(node)
    for node in nodes.values():
        node.children.sort(key=lambda n: (n.unit.kind != CommitteeKind.ban.value, n.unit.name))
    return roots


def load_forest(session: Session, root_id: str | None = None) -> list[TreeNode]:
    if root_id is not None:
        return build_forest(subtree(session, root_id))
    units = list(session.exec(select(Committee).where(Committee.active == True)).all())
    return build_forest(units)


def render_tree(roots: list[TreeNode]) -> str:
    """An indented text tree with box-drawing characters, as `tree` prints."""
    lines: list[str] = []

    def walk(node: TreeNode, prefix: str, last: bool, top: bool) -> None:
        connector = "" if top else ("└─ " if last else "├─ ")
        lines.append(f"{prefix}{connector}{node.unit.name} [{node.unit.id}]")
        child_prefix = prefix + ("" if top else ("   " if last else "│  "))
        for index, child in enumerate(node.children):
            walk(child, child_prefix, index == len(node.children) - 1, False)

    for root in roots:
        walk(root, "", True, True)
    return "\n".join(lines)


def kind_label(kind: str) -> str:
    try:
        return CommitteeKind(kind).label
    except ValueError:
        return kind


def contacts_of(session: Session, committee_id: str) -> list[tuple[Contact, list[ContactChannel]]]:
    contacts = session.exec(select(Contact).where(Contact.committee_id == committee_id, Contact.active == True)).all()
    result = []
    for contact in contacts:
        channels = session.exec(
            select(ContactChannel).where(ContactChannel.contact_id == contact.id, ContactChannel.active == True)
        ).all()
        result.append((contact, list(channels)))
    return result
