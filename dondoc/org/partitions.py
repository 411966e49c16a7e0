"""Cutting the committee tree into independent pieces of work for Prefect to run in parallel.

A partition is a subtree (every unit whose path starts with ``prefix``) or a
single unit (``exact``). The cut used by the flows: each root on its own, then
one subtree per child of a root. Every unit is in exactly one partition, so
the partitions of one run never touch the same occurrence or message, and a
national tree (one root, ~70 provinces and blocs under it) gives ~70 pieces.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from dondoc.db.models import Committee


@dataclass(frozen=True)
class Partition:
    unit_id: str
    prefix: str
    exact: bool = False

    @property
    def label(self) -> str:
        return f"{self.unit_id}{'' if self.exact else '/*'}"


def tree_partitions(session: Session) -> list[Partition]:
    roots = session.exec(
        select(Committee.id, Committee.path).where(col(Committee.parent_id).is_(None), Committee.active == True)
    ).all()
    result: list[Partition] = []
    for root_id, root_path in sorted(roots):
        result.append(Partition(root_id, root_path, exact=True))
        children = session.exec(
            select(Committee.id, Committee.path).where(Committee.parent_id == root_id).order_by(Committee.id)
        ).all()
        result.extend(Partition(child_id, child_path) for child_id, child_path in children)
    return result
