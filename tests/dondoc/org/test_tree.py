"""The committee tree over plain records: paths, boards, name matching and target resolution."""

from __future__ import annotations

import pytest

from dondoc.chase.policy import Target
from dondoc.db.models import CommitteeKind
from dondoc.org.tree import (
    BOARD_KINDS,
    Node,
    Tree,
    ancestor_ids,
    branch_of,
    child_path,
    depth_of,
    match_name,
    nearest_ancestor,
    node_of,
    parse_aliases,
    path_ids,
    resolve_target,
)
from dondoc.plans.extract_body_words import BOARDS
from dondoc.plans.plan_parts import Selector


def _node(id: str, name: str, kind: str, parent: Node | None, aliases: tuple[str, ...] = ()) -> Node:
    return Node(id, name, kind, parent.id if parent else None, child_path(parent.path if parent else None, id), aliases)


TU = _node("tu", "Tỉnh ủy Quảng Ngãi", "tinh_uy", None, ("Ban Thường vụ Tỉnh ủy",))
BTG_TU = _node("btg-tu", "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi", "ban", TU, ("Ban Tuyên giáo Tỉnh ủy",))
THI = _node("thi-uy", "Thị ủy Đức Phổ", "thi_uy", TU, ("Ban Thường vụ Thị ủy",))
BTG = _node("btg-thi-uy", "Ban Tuyên giáo Thị ủy Đức Phổ", "ban", THI, ("Ban Tuyên giáo Thị ủy",))
BTO = _node("bto-thi-uy", "Ban Tổ chức Thị ủy Đức Phổ", "ban", THI)
UBKT = _node("ubkt-thi-uy", "Ủy ban Kiểm tra Thị ủy Đức Phổ", "uy_ban_kiem_tra", THI, ("UBKT Thị ủy",))
VP = _node("vp-thi-uy", "Văn phòng Thị ủy Đức Phổ", "van_phong", THI)
TTCT = _node("ttct", "Trung tâm Chính trị thị xã Đức Phổ", "co_quan", THI)
XA_A = _node("xa-a", "Đảng ủy xã Phổ An", "dang_uy_co_so", THI)
CB_1 = _node("xa-a-cb1", "Chi bộ thôn An Thạch", "chi_bo", XA_A)
XA_B = _node("xa-b", "Chi bộ cơ sở xã Phổ Châu", "chi_bo_co_so", THI)
NODES = [TU, BTG_TU, THI, BTG, BTO, UBKT, VP, TTCT, XA_A, CB_1, XA_B]
TREE = Tree(sorted(NODES, key=lambda n: n.id))


# ───────────────────────────── paths ─────────────────────────────


@pytest.mark.parametrize(
    ("path", "ids", "ancestors", "depth", "branch"),
    [
        ("/tu/", ["tu"], [], 0, "tu"),
        ("/tu/thi-uy/", ["tu", "thi-uy"], ["tu"], 1, "thi-uy"),
        ("/tu/thi-uy/xa-a/xa-a-cb1/", ["tu", "thi-uy", "xa-a", "xa-a-cb1"], ["xa-a", "thi-uy", "tu"], 3, "thi-uy"),
    ],
)
def test_paths(path: str, ids: list[str], ancestors: list[str], depth: int, branch: str) -> None:
    assert path_ids(path) == ids
    assert ancestor_ids(path) == ancestors
    assert depth_of(path) == depth
    assert branch_of(path) == branch


@pytest.mark.parametrize(
    ("parent", "unit", "path"),
    [(None, "tu", "/tu/"), ("/tu/", "thi-uy", "/tu/thi-uy/"), ("/tu/thi-uy/", "xa-a", "/tu/thi-uy/xa-a/")],
)
def test_child_path(parent: str | None, unit: str, path: str) -> None:
    assert child_path(parent, unit) == path


@pytest.mark.parametrize(
    ("path", "candidates", "nearest"),
    [
        ("/tu/thi-uy/xa-a/xa-a-cb1/", {"xa-a", "tu"}, "xa-a"),  # the closest wins
        ("/tu/thi-uy/xa-a/xa-a-cb1/", {"tu"}, "tu"),
        ("/tu/thi-uy/xa-a/xa-a-cb1/", {"xa-a-cb1"}, None),  # the unit itself is not its own ancestor
        ("/tu/", {"tu"}, None),
        ("/tu/thi-uy/", set(), None),
    ],
)
def test_nearest_ancestor(path: str, candidates: set[str], nearest: str | None) -> None:
    assert nearest_ancestor(path, candidates) == nearest


def test_node_of_reads_the_committee_columns() -> None:
    assert node_of("btg", "Ban Tuyên giáo", CommitteeKind.ban, "tu", "/tu/btg/", "BTG\n  \n Ban TG \n") == Node(
        "btg", "Ban Tuyên giáo", "ban", "tu", "/tu/btg/", ("BTG", "Ban TG")
    )
    assert parse_aliases(None) == () and parse_aliases("") == ()


# ───────────────────────────── boards ─────────────────────────────


@pytest.mark.parametrize(
    ("kind", "is_board"),
    [
        ("ban", True),
        ("uy_ban_kiem_tra", True),
        ("van_phong", True),
        ("co_quan", False),  # HĐND, UBND, Trung tâm Chính trị: they report, nothing is reported through them
        ("mat_tran", False),
        ("doan_the", False),
        ("thi_uy", False),
        ("dang_uy_co_so", False),
    ],
)
def test_board_kinds(kind: str, is_board: bool) -> None:
    assert (kind in BOARD_KINDS) is is_board


def test_one_board_vocabulary() -> None:
    """The extractor's "cơ quan tham mưu, giúp việc" are the boards; every board kind is a committee kind."""
    assert set(BOARDS) == set(BOARD_KINDS)
    assert set(BOARD_KINDS) <= {k.value for k in CommitteeKind}


def test_boards_of_a_committee() -> None:
    assert [b.id for b in TREE.boards("thi-uy")] == ["btg-thi-uy", "bto-thi-uy", "ubkt-thi-uy", "vp-thi-uy"]
    assert [b.id for b in TREE.boards("tu")] == ["btg-tu"]
    assert TREE.boards("xa-a") == []


# ───────────────────────────── names ─────────────────────────────

THI_BOARDS = [VP, UBKT, BTO, BTG]  # not in id order: the match does not depend on it


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("Ban Tuyên giáo Thị ủy Đức Phổ", "btg-thi-uy"),  # the name
        ("Ban Tuyên giáo Thị ủy", "btg-thi-uy"),  # an alias
        ("btg-thi-uy", "btg-thi-uy"),  # the id
        ("BAN TUYÊN GIÁO THỊ ỦY", "btg-thi-uy"),  # any case
        ("Ban Tuyen giao Thi uy", "btg-thi-uy"),  # no diacritics
        ("Ban  Tuyên giáo,  Thị ủy", "btg-thi-uy"),  # punctuation and spaces
        ("Ban Tuyên giáo", "btg-thi-uy"),  # the start of the name
        ("Tuyên giáo", "btg-thi-uy"),  # words inside the name
        ("ủy ban kiểm tra", "ubkt-thi-uy"),
        ("UBKT Thị ủy", "ubkt-thi-uy"),
        ("Văn phòng", "vp-thi-uy"),
        ("Ban", "btg-thi-uy"),  # several start so: the first by id
        ("Ban Tuyên gi", None),  # not a word
        ("Ban Dân vận", None),
        ("Trung tâm Chính trị", None),  # not among the records given
        ("", None),
        ("  ", None),
    ],
)
def test_match_name(wanted: str, expected: str | None) -> None:
    found = match_name(wanted, THI_BOARDS)
    assert (found.id if found else None) == expected


def test_an_exact_name_beats_an_earlier_prefix() -> None:
    short = _node("a-ban", "Ban Tuyên giáo mở rộng", "ban", THI)
    exact = _node("z-ban", "Ban Tuyên giáo", "ban", THI)
    found = match_name("Ban Tuyên giáo", [short, exact])
    assert found is not None and found.id == "z-ban"
    words = _node("a-ban", "Tiểu ban Tuyên giáo", "ban", THI)
    start = _node("z-ban", "Ban Tuyên giáo Thị ủy", "ban", THI)
    found = match_name("Ban Tuyên giáo", [words, start])
    assert found is not None and found.id == "z-ban"  # the start of a name beats words inside another


# ───────────────────────────── walks ─────────────────────────────


def test_descendants_and_walk() -> None:
    assert [n.id for n in TREE.descendants("xa-a")] == ["xa-a-cb1"]
    under = [n.id for n in TREE.descendants("thi-uy")]
    assert under == sorted(under, key=lambda i: TREE.by_id[i].path) and len(under) == 8
    walked = [n.id for n in TREE.walk("thi-uy")]
    assert set(walked) == set(under)
    assert walked.index("xa-a") + 1 == walked.index("xa-a-cb1")  # depth first: parent then its children
    assert list(TREE.walk("xa-b")) == []


# ───────────────────────────── a plan's assignees ─────────────────────────────


@pytest.mark.parametrize(
    ("selector", "around", "expected"),
    [
        (Selector(unit="xa-a"), None, ["xa-a"]),
        (Selector(unit="nowhere"), None, []),
        (Selector(children_of="thi-uy", kinds=("dang_uy_co_so", "chi_bo_co_so")), None, ["xa-a", "xa-b"]),
        (Selector(children_of="tu"), None, ["btg-tu", "thi-uy"]),
        (Selector(under="thi-uy", kinds=("chi_bo",)), None, ["xa-a-cb1"]),
        (Selector(under="nowhere"), None, []),
        (Selector(board_of="thi-uy", name="Ban Tuyên giáo"), None, ["btg-thi-uy"]),
        (Selector(board_of="thi-uy", name="Ủy ban Kiểm tra"), None, ["ubkt-thi-uy"]),
        (Selector(board_of="tu", name="Ban Tuyên giáo"), None, ["btg-tu"]),  # the board of that committee
        (Selector(board_of="thi-uy", name="Trung tâm Chính trị"), None, []),  # co_quan: not a board
        (Selector(board_of="thi-uy", name="Đảng ủy xã Phổ An"), None, []),  # a child, not a board
        (Selector(kinds=("chi_bo",)), "xa-a", ["xa-a-cb1"]),  # a cascade's kind-only selector
        (Selector(kinds=("chi_bo",)), None, []),
    ],
)
def test_select(selector: Selector, around: str | None, expected: list[str]) -> None:
    assert TREE.select(selector, around=around) == expected


# ───────────────────────────── a ladder's targets ─────────────────────────────


@pytest.mark.parametrize(
    ("target", "assignee", "report_to", "via", "expected", "reason"),
    [
        (Target("assignee"), "xa-a", None, None, "xa-a", ""),
        (Target("report_to"), "xa-a", None, None, "thi-uy", ""),  # default: the parent
        (Target("report_to"), "xa-a", "tu", None, "tu", ""),
        (Target("report_to"), "xa-a", "thi-uy", "btg-thi-uy", "btg-thi-uy", ""),  # through the board
        (Target("report_to"), "tu", None, None, None, "nhiệm vụ không có nơi nhận báo cáo và đơn vị không có cấp trên"),
        (Target("ancestor", n=1), "xa-a-cb1", None, None, "xa-a", ""),
        (Target("ancestor", n=3), "xa-a-cb1", None, None, "tu", ""),
        (Target("ancestor", n=4), "xa-a-cb1", None, None, None, "Chi bộ thôn An Thạch không có cấp trên thứ 4"),
        (Target("above_report_to", n=1), "xa-a", None, None, "tu", ""),
        (Target("above_report_to", n=2), "xa-a", None, None, None, "Thị ủy Đức Phổ không có cấp trên thứ 2"),
        (Target("board", board="Ban Tuyên giáo Thị ủy"), "xa-a", None, None, "btg-thi-uy", ""),
        (Target("board", board="ban tuyen giao"), "xa-a", "thi-uy", None, "btg-thi-uy", ""),
        (Target("board", board="Ban Tuyên giáo"), "thi-uy", None, None, "btg-tu", ""),  # under the report-to
        (Target("board", board="bto-thi-uy"), "xa-b", None, None, "bto-thi-uy", ""),
        (
            Target("board", board="Trung tâm Chính trị"),
            "xa-a",
            None,
            None,
            None,
            "không có ban 'Trung tâm Chính trị' thuộc nơi nhận báo cáo 'thi-uy'",
        ),
        (Target("assignee"), "nowhere", None, None, None, "không có đơn vị 'nowhere'"),
        (Target("sideways"), "xa-a", None, None, None, "đích 'sideways' không hợp lệ"),
    ],
)
def test_resolve_target(
    target: Target, assignee: str, report_to: str | None, via: str | None, expected: str | None, reason: str
) -> None:
    found, why = resolve_target(TREE, target, assignee_id=assignee, report_to_id=report_to, via_id=via)
    assert (found.id if found else None) == expected
    if expected is None:
        assert why == reason


@pytest.mark.parametrize(
    "name",
    ["Ban Tuyên giáo", "Ban Tuyên giáo Thị ủy", "Ủy ban Kiểm tra", "Văn phòng Thị ủy", "Ban", "Trung tâm Chính trị"],
)
def test_a_plan_and_a_ladder_name_the_same_board(name: str) -> None:
    """``board_of`` in a plan and ``board:`` in a ladder are one match over one set of boards."""
    planned = TREE.select(Selector(board_of="thi-uy", name=name))
    laddered, _ = resolve_target(TREE, Target("board", board=name), assignee_id="xa-a")
    assert planned == ([laddered.id] if laddered else [])
