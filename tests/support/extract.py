"""Helpers shared by the extractor tests: the fixtures' trees, and an independent expansion of assignee selectors
against a tree so expectations can be written as a secretary reads the plan."""

from __future__ import annotations

from dondoc.org.registry import OrgTree, load_org_file
from tests.support.paths import EXAMPLES, REPO

PLANS = REPO / "tests" / "fixtures" / "plans"


def example_tree() -> OrgTree:
    return load_org_file(EXAMPLES / "org_tree.yaml")


def heldout_tree() -> OrgTree:
    return load_org_file(PLANS / "heldout_tree.yaml")


def units(tree: OrgTree, assignees: list) -> set[str]:
    """The unit ids a list of ids/selectors stands for (plan file semantics)."""
    out: set[str] = set()
    for item in assignees:
        if isinstance(item, str):
            out.add(item)
            continue
        kinds = item.get("kind")
        kinds = {kinds} if isinstance(kinds, str) else set(kinds or [])
        if "children_of" in item:
            pool = [u for u in tree.units if u.parent == item["children_of"]]
        elif "under" in item:
            prefix = tree.path_of(item["under"])
            pool = [u for u in tree.units if u.id != item["under"] and tree.path_of(u.id).startswith(prefix)]
        elif "board_of" in item:
            pool = [
                u
                for u in tree.units
                if u.parent == item["board_of"] and (u.name.startswith(item["name"]) or item["name"] in u.aliases)
            ]
        else:
            raise AssertionError(f"unknown selector {item}")
        out |= {u.id for u in pool if not kinds or u.kind.value in kinds}
    return out


def children(tree: OrgTree, parent: str, *kinds: str) -> set[str]:
    return {u.id for u in tree.units if u.parent == parent and u.kind.value in kinds}


def below(tree: OrgTree, root: str, *kinds: str) -> set[str]:
    prefix = tree.path_of(root)
    return {
        u.id for u in tree.units if u.id != root and tree.path_of(u.id).startswith(prefix) and u.kind.value in kinds
    }
