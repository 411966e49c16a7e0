"""`dondoc org import`: validate everything, write nothing on error, re-import is a no-op."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.cli import Cli
from tests.support.paths import EXAMPLES, REPO, written
from tests.support.stores import Store

SMALL = REPO / "tests" / "fixtures" / "org" / "small_tree.yaml"


def _snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of the tables an import touches, to prove nothing changed."""
    with store.engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in ("committee", "contact", "contact_channel", "history_event")
        }


BAD_FILES = {
    "unknown_parent": (
        """units:
  - id: a
    name: Tỉnh ủy A
    kind: tinh_uy
  - id: b
    name: Chi bộ B
    kind: chi_bo
    parent: khong-co
""",
        5,
        "khong-co",
    ),
    "duplicate_id": (
        """units:
  - id: a
    name: Tỉnh ủy A
    kind: tinh_uy
  - id: a
    name: Tỉnh ủy A lần hai
    kind: tinh_uy
""",
        5,
        "bị trùng",
    ),
    "cycle": (
        """units:
  - id: a
    name: A
    kind: thi_uy
    parent: b
  - id: b
    name: B
    kind: chi_bo
    parent: a
""",
        2,
        "vòng lặp",
    ),
    "unknown_kind": (
        """units:
  - id: a
    name: A
    kind: bo_chinh_tri
""",
        4,
        "loại đơn vị 'bo_chinh_tri'",
    ),
    "bad_channel_url": (
        """units:
  - id: a
    name: A
    kind: tinh_uy
    contacts:
      - name: Văn phòng
        channels:
          - outbox://a
          - fax://0123
""",
        9,
        "fax://",
    ),
    "malformed_yaml": (
        """units:
  - id: a
    name: [A
    kind: tinh_uy
""",
        4,
        "YAML không hợp lệ",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_import_error_names_file_and_line_exits_2_and_writes_nothing(
    case: str, cli: Cli, store: Store, tmp_path: Path
) -> None:
    assert cli("org", "import", str(SMALL)).code == 0
    before = _snapshot(store)
    content, line, words = BAD_FILES[case]
    bad = written(tmp_path / f"{case}.yaml", content)

    result = cli("org", "import", str(bad))

    assert result.code == 2, result.stderr
    assert f"{bad}:{line}:" in result.stderr
    assert words in result.stderr
    assert _snapshot(store) == before


def test_every_problem_is_listed_not_only_the_first(cli: Cli, tmp_path: Path) -> None:
    bad = written(
        tmp_path / "many.yaml",
        "units:\n  - id: a\n    name: A\n    kind: sao_hoa\n  - id: b\n    name: B\n    kind: chi_bo\n    parent: zz\n",
    )
    result = cli("org", "import", str(bad))
    assert result.code == 2
    assert f"{bad}:4:" in result.stderr and f"{bad}:5:" in result.stderr


def test_reimporting_the_same_file_changes_nothing(cli: Cli, store: Store) -> None:
    assert cli("org", "import", str(SMALL)).code == 0
    before = _snapshot(store)
    result = cli("org", "import", str(SMALL))
    assert result.code == 0
    assert "thêm 0, cập nhật 0" in result.stdout
    assert _snapshot(store) == before


def test_missing_units_are_reported_and_only_removed_with_prune(cli: Cli, store: Store, tmp_path: Path) -> None:
    assert cli("org", "import", str(SMALL)).code == 0
    smaller = tmp_path / "smaller.yaml"
    text_without_ward = SMALL.read_text(encoding="utf-8").split("  - id: dang-uy-phuong-nguyen-nghiem")[0]
    smaller.write_text(text_without_ward, encoding="utf-8")

    result = cli("org", "import", str(smaller))
    assert result.code == 0
    assert "dang-uy-phuong-nguyen-nghiem" in result.stdout and "--prune" in result.stdout
    assert "dang-uy-phuong-nguyen-nghiem" in cli("org", "tree").stdout

    result = cli("org", "import", "--prune", str(smaller))
    assert result.code == 0
    assert "dang-uy-phuong-nguyen-nghiem" not in cli("org", "tree").stdout
    with store.engine.connect() as conn:
        active = conn.execute(text("SELECT active FROM committee WHERE id = 'dang-uy-phuong-nguyen-nghiem'")).scalar()
    assert not active  # kept for the history, but no longer followed


def test_tree_json_and_show_hide_secrets(cli: Cli) -> None:
    assert cli("org", "import", str(SMALL)).code == 0
    tree = json.loads(cli("org", "tree", "--root", "thi-uy-duc-pho", "--json").stdout)
    assert tree[0]["id"] == "thi-uy-duc-pho"
    assert {c["id"] for c in tree[0]["children"]} == {"btg-thi-uy-duc-pho", "dang-uy-phuong-nguyen-nghiem"}
    shown = cli("org", "show", "thi-uy-duc-pho")
    assert shown.code == 0
    assert "Tỉnh ủy Quảng Ngãi" in shown.stdout
    assert "matkhau-bi-mat" not in shown.stdout
    assert "vanphong" in shown.stdout


def test_show_of_an_unknown_unit_is_one_line_and_non_zero(cli: Cli) -> None:
    result = cli("org", "show", "khong-ton-tai")
    assert result.code != 0
    assert result.stderr.strip().count("\n") == 0
    assert "khong-ton-tai" in result.stderr


def test_example_tree_imports_cleanly(cli: Cli) -> None:
    result = cli("org", "import", str(EXAMPLES / "org_tree.yaml"))
    assert result.code == 0, result.stderr
    units = json.loads(cli("org", "tree", "--json").stdout)

    def count(nodes: list[dict]) -> int:
        return sum(1 + count(n["children"]) for n in nodes)

    assert count(units) >= 40
