"""One committee of the synthetic tree, as plain data, and the ids every level shares."""

from __future__ import annotations

from dataclasses import dataclass

ROOT_ID = "tw"
GRASSROOTS_KINDS = ("dang_uy_co_so", "chi_bo_co_so", "chi_bo")


@dataclass(frozen=True)
class Unit:
    """One committee row: the tree is plain data until it is written."""

    id: str
    name: str
    kind: str
    parent_id: str | None
    path: str
    depth: int
    aliases: tuple[str, ...] = ()  # generated names are unique: no other names (``dondoc.org.tree.Record``)
