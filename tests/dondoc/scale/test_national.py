"""The national generator (shape, determinism, bulk write on both stores) and the
``generate-national`` / ``simulate`` commands end to end on a small tree."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from calendar_rules import parse_canonical
from dondoc.db.models import Task
from dondoc.history import verify_chain
from dondoc.scale.catalogue import CATALOGUE, rule_kind
from dondoc.scale.national import generate_national
from dondoc.scale.tree import generate_tree, level_sizes
from dondoc.scale.unit import GRASSROOTS_KINDS, ROOT_ID
from dondoc.scale.write import write_national
from tests.support.cli import Cli
from tests.support.stores import Store

AT = dt.datetime(2024, 1, 2, 1, 0, tzinfo=dt.UTC)
SMALL = 500


def _count(store: Store, sql: str, **params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


# ───────────────────────────── the generator, in memory ─────────────────────────────


def test_small_tree_has_the_national_levels_and_consistent_paths() -> None:
    national = generate_national(SMALL, seed=7)
    units = national.units
    by_id = {u.id: u for u in units}
    assert len(units) == SMALL and len(by_id) == SMALL
    roots = [u for u in units if u.parent_id is None]
    assert [r.id for r in roots] == [ROOT_ID] and roots[0].path == f"/{ROOT_ID}/" and roots[0].depth == 0
    for unit in units[1:]:
        parent = by_id[unit.parent_id]  # type: ignore[index]
        assert unit.path == f"{parent.path}{unit.id}/"
        assert unit.depth == parent.depth + 1 == unit.path.count("/") - 2
    position = {u.id: i for i, u in enumerate(units)}  # parents come first: the order the bulk write needs on SQLite
    assert all(position[u.parent_id] < position[u.id] for u in units if u.parent_id)  # type: ignore[index]
    assert max(u.depth for u in units) == 4
    # kinds sit where they belong
    parent_kind = {u.id: by_id[u.parent_id].kind for u in units if u.parent_id}  # type: ignore[index]
    assert {parent_kind[u.id] for u in units if u.kind == "chi_bo"} == {"dang_uy_co_so"}
    assert {parent_kind[u.id] for u in units if u.kind in ("huyen_uy", "thi_uy")} == {"tinh_uy"}
    assert {u.depth for u in units if u.kind == "tinh_uy"} == {1}
    assert {parent_kind[u.id] for u in units if u.kind in ("dang_uy_co_so", "chi_bo_co_so")} <= {
        "huyen_uy",
        "thi_uy",
        "dang_uy_khoi",
    }
    # fan-out varies, as it does in the real organisation
    chi_bo_per_committee = Counter(u.parent_id for u in units if u.kind == "chi_bo")
    assert min(chi_bo_per_committee.values()) >= 2 and max(chi_bo_per_committee.values()) >= 2 * min(
        chi_bo_per_committee.values()
    )
    grassroots_per_parent = Counter(u.parent_id for u in units if u.kind in ("dang_uy_co_so", "chi_bo_co_so"))
    assert len(set(grassroots_per_parent.values())) > 1
    # Vietnamese names with diacritics, unique among siblings
    assert any("Đảng ủy xã" in u.name or "Đảng ủy phường" in u.name for u in units)
    assert any(u.name.startswith(("Tỉnh ủy", "Thành ủy")) for u in units)
    siblings = Counter((u.parent_id, u.name) for u in units)
    assert max(siblings.values()) == 1


def test_full_size_tree_matches_the_country() -> None:
    sizes = level_sizes(60_000)
    assert sizes["provinces"] == 63 and sizes["districts"] == 705
    units = generate_tree(60_000, seed=2024)
    kinds = Counter(u.kind for u in units)
    assert len(units) == 60_000
    assert kinds["tinh_uy"] == 63 and kinds["huyen_uy"] + kinds["thi_uy"] == 705
    assert kinds["dang_uy_khoi"] == 63 + 4  # one per province and the central blocs
    assert 10_000 < kinds["dang_uy_co_so"] + kinds["chi_bo_co_so"] < 14_000
    assert {u.name for u in units if u.kind == "tinh_uy"} >= {
        "Thành ủy Hà Nội",
        "Tỉnh ủy Quảng Ngãi",
        "Thành ủy Thành phố Hồ Chí Minh",
    }
    districts_per_province = Counter(u.parent_id for u in units if u.kind in ("huyen_uy", "thi_uy"))
    assert min(districts_per_province.values()) >= 3 and max(districts_per_province.values()) >= 18


def test_same_seed_same_tree_and_plans_other_seed_other_tree() -> None:
    first, again, other = (
        generate_national(SMALL, seed=11),
        generate_national(SMALL, seed=11),
        generate_national(SMALL, seed=12),
    )
    assert (
        first.units == again.units
        and first.tasks == again.tasks
        and list(first.assignments()) == list(again.assignments())
    )
    assert first.units != other.units


def test_forty_tasks_per_unit_from_a_mix_of_rule_kinds() -> None:
    national = generate_national(SMALL, seed=7, tasks=40)
    per_unit = Counter(unit for _task, unit in national.assignments())
    assert ROOT_ID not in per_unit
    assert set(per_unit.values()) == {40} and len(per_unit) == SMALL - 1
    assert national.assignment_count() == 40 * (SMALL - 1)
    kinds = Counter(rule_kind(t.rule) for t in national.tasks if t.plan_id == national.plans[1].id)
    assert sum(kinds.values()) == 40
    for family in ("monthly", "quarterly", "semiannual", "annual", "one_off", "continuous"):
        assert any(k.startswith(family) for k in kinds), family
    assert sum(n for k, n in kinds.items() if k.endswith("+offset")) >= 5
    for template in CATALOGUE:  # every rule is canonical text the expander reads
        parse_canonical(template.rule.format(year=2024))


# ───────────────────────────── the bulk write, on both stores ─────────────────────────────


def test_write_national_on_both_stores(store: Store) -> None:
    national = generate_national(SMALL, seed=7)
    report = write_national(store.engine, national, at=AT, actor="test")
    assert (report.units, report.contacts, report.plans) == (SMALL, SMALL, len(national.plans))
    assert report.tasks == 40 * len(national.plans) and report.assignments == 40 * (SMALL - 1)
    assert _count(store, "SELECT count(*) FROM committee") == SMALL
    # every path is its parent's path plus its own id, and depth follows
    assert (
        _count(
            store,
            "SELECT count(*) FROM committee c JOIN committee p ON p.id = c.parent_id WHERE c.path <> p.path || c.id || '/' OR c.depth <> p.depth + 1",
        )
        == 0
    )
    assert _count(store, "SELECT count(*) FROM committee WHERE parent_id IS NULL AND path = '/tw/' AND depth = 0") == 1
    # one folder channel per unit, named after it
    assert (
        _count(
            store,
            "SELECT count(*) FROM contact_channel h JOIN contact c ON c.id = h.contact_id WHERE h.kind = 'folder' AND h.url = 'folder://' || c.committee_id",
        )
        == SMALL
    )
    # every grassroots unit (indeed every unit but the root) has exactly 40 tasks
    with store.engine.connect() as conn:
        per_unit = dict(
            conn.execute(
                text(
                    "SELECT c.kind, count(*) FROM task_assignee a JOIN committee c ON c.id = a.committee_id GROUP BY c.id, c.kind"
                )
            ).all()
        )
        counts = {row[0] for row in conn.execute(text("SELECT count(*) FROM task_assignee GROUP BY committee_id"))}
        grassroots = conn.execute(
            text("SELECT count(*) FROM committee WHERE kind IN ('dang_uy_co_so', 'chi_bo_co_so', 'chi_bo')")
        ).scalar_one()
        grassroots_with_40 = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT a.committee_id FROM task_assignee a JOIN committee c ON c.id = a.committee_id WHERE c.kind IN ('dang_uy_co_so', 'chi_bo_co_so', 'chi_bo') GROUP BY a.committee_id HAVING count(*) = 40) x"
            )
        ).scalar_one()
        rules = [r[0] for r in conn.execute(text("SELECT rule FROM task"))]
    assert per_unit and counts == {40} and grassroots == grassroots_with_40 > 0
    assert set(GRASSROOTS_KINDS) <= set(per_unit)
    assert {rule_kind(r) for r in rules} >= {
        "monthly",
        "quarterly",
        "quarterly+offset",
        "semiannual",
        "annual",
        "one_off",
        "continuous",
    }
    with Session(store.engine) as session:
        assert verify_chain(session).ok
        # explicit ids were written: the sequences moved past them, so ordinary inserts still work
        session.add(Task(plan_id=national.plans[0].id, code="X.1", title="Nhiệm vụ bổ sung", rule="every year at end"))
        session.commit()


# ───────────────────────────── the commands ─────────────────────────────


def _folder_files(cli: Cli) -> list[Path]:
    root = cli.home / "folder"
    return [p for p in root.rglob("*.json")] if root.exists() else []


def test_generate_national_then_simulate_sends_each_message_once(cli: Cli, store: Store) -> None:
    made = cli("generate-national", "--units", "300", "--seed", "5")
    assert made.code == 0, made.stderr
    assert "300 đơn vị" in made.stdout and "40 nhiệm vụ mỗi đơn vị" in made.stdout and "dondoc simulate" in made.stdout

    refused = cli("generate-national", "--units", "300")
    assert refused.code == 1
    assert (
        refused.stderr.strip().count("\n") == 0 and "đã có dữ liệu" in refused.stderr and "--replace" in refused.stderr
    )
    assert _count(store, "SELECT count(*) FROM committee") == 300

    first = cli("simulate", "--from", "24/06/2024", "--to", "27/06/2024", "--quiet")
    assert first.code == 0, first.stderr
    assert "Lập kỳ báo cáo 24/06/2024–27/06/2024" in first.stdout and "24/06/2024" in first.stdout
    sent = _count(store, "SELECT count(*) FROM message WHERE status = 'sent'")
    assert sent > 0 and _count(store, "SELECT count(*) FROM message") == sent
    files = _folder_files(cli)
    assert len(files) == sent  # one file per message, none twice
    keys = [json.loads(f.read_text(encoding="utf-8"))["key"] for f in files]
    assert len(set(keys)) == len(keys)
    assert re.search(r"tin xếp mới / tin đã gửi: [\d.]+ / [\d.]+ / [\d.]+", first.stdout)
    submitted = _count(store, "SELECT count(*) FROM occurrence WHERE status = 'submitted'")
    assert submitted > 0
    assert (
        _count(store, "SELECT count(*) FROM submission")
        == submitted
        == _count(store, "SELECT count(*) FROM history_event WHERE kind = 'submission'")
    )

    history = _count(store, "SELECT count(*) FROM history_event")
    again = cli("simulate", "--from", "24/06/2024", "--to", "27/06/2024", "--quiet")
    assert again.code == 0, again.stderr
    assert re.search(r"tin xếp mới / tin đã gửi: [\d.]+ / 0 / 0", again.stdout), again.stdout
    assert _count(store, "SELECT count(*) FROM message") == sent and len(_folder_files(cli)) == sent
    assert _count(store, "SELECT count(*) FROM history_event") == history
    verify = cli("audit", "verify")
    assert verify.code == 0 and "toàn vẹn" in verify.stdout

    replaced = cli("generate-national", "--units", "120", "--replace")
    assert replaced.code == 0, replaced.stderr
    assert _count(store, "SELECT count(*) FROM committee") == 120 and _count(store, "SELECT count(*) FROM message") == 0
    assert _folder_files(cli) == []


def test_simulate_refuses_bad_dates_and_an_empty_database(cli: Cli) -> None:
    empty = cli("simulate", "--from", "01/01/2024", "--to", "05/01/2024")
    assert empty.code == 1 and "generate-national" in empty.stderr
    backwards = cli("simulate", "--from", "05/01/2024", "--to", "01/01/2024")
    assert backwards.code == 1 and "ở trước ngày đầu" in backwards.stderr
    wrong = cli("simulate", "--from", "2024/13/01", "--to", "01/01/2024")
    assert wrong.code == 2 and "dd/mm/yyyy" in wrong.stderr
