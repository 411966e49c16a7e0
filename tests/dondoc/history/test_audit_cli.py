"""``dondoc audit verify | log | export`` through the CLI, on SQLite and PostgreSQL.

Tampering is done the way an insider would: SQL straight into the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from dondoc.history import Event, append_events
from tests.conftest import Cli, Store

T0 = dt.datetime(2023, 7, 3, 0, 30, tzinfo=dt.UTC)  # 07:30 on 03/07/2023 in Hà Nội time


def _fill(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO committee (id, name, kind, path, depth, aliases, active, updated_at) VALUES ('thi-uy', 'Thị ủy Đức Phổ', 'thi_uy', '/thi-uy/', 0, '', true, :t)"
            ),
            {"t": T0.replace(tzinfo=None) if store.backend == "sqlite" else T0},
        )
        conn.execute(
            text(
                "INSERT INTO committee (id, name, kind, path, parent_id, depth, aliases, active, updated_at) VALUES ('pho-an', 'Đảng ủy xã Phổ An', 'dang_uy_co_so', '/thi-uy/pho-an/', 'thi-uy', 1, '', true, :t)"
            ),
            {"t": T0.replace(tzinfo=None) if store.backend == "sqlite" else T0},
        )
    with Session(store.engine) as session:
        append_events(
            session,
            [
                Event(
                    at=T0,
                    kind="step_due",
                    actor="flow:chase",
                    occurrence_id=7,
                    plan_id="91-kh-tu",
                    committee_id="pho-an",
                    channel="outbox",
                    outcome="đã đưa vào hộp thư đi",
                    details={"step": "overdue-1"},
                ),
                Event(
                    at=T0 + dt.timedelta(days=2),
                    kind="escalation",
                    actor="flow:chase",
                    occurrence_id=7,
                    plan_id="91-kh-tu",
                    committee_id="thi-uy",
                    channel="email",
                    outcome="đã đưa vào hộp thư đi",
                ),
                Event(
                    at=T0 + dt.timedelta(days=3, hours=2),
                    kind="submission",
                    actor="cli:van-thu",
                    occurrence_id=7,
                    plan_id="91-kh-tu",
                    committee_id="pho-an",
                    outcome="đã nộp ngày 06/07/2023, chậm 6 ngày",
                ),
                Event(
                    at=T0 + dt.timedelta(days=4),
                    kind="step_due",
                    actor="flow:chase",
                    occurrence_id=8,
                    plan_id="45-kh-dukcq",
                    committee_id="thi-uy",
                    outcome="đã đưa vào hộp thư đi",
                ),
            ],
        )
        session.commit()


def test_verify_passes_on_a_clean_history(cli: Cli, store: Store) -> None:
    _fill(store)
    result = cli("audit", "verify")
    assert result.code == 0, result.stderr
    assert "Chuỗi lịch sử toàn vẹn: đã kiểm tra 4 dòng." in result.stdout
    last = result.stdout.split("Mã băm cuối: ")[1].strip()
    with store.engine.connect() as conn:
        assert last == conn.execute(text("SELECT hash FROM history_event ORDER BY id DESC LIMIT 1")).scalar_one()


def test_verify_names_an_edited_row(cli: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET outcome = 'đã nộp đúng hạn' WHERE id = 3"))
    result = cli("audit", "verify")
    assert result.code == 1
    assert "chuỗi lịch sử bị phá vỡ tại dòng #3 (06/07/2023 09:30, Ghi nhận báo cáo)" in result.stderr
    assert "nội dung dòng đã bị sửa" in result.stderr and "Đã kiểm tra 3 dòng" in result.stderr


def test_verify_names_the_row_after_a_deleted_one(cli: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id = 2"))
    result = cli("audit", "verify")
    assert result.code == 1 and "tại dòng #3" in result.stderr and "bị xóa, chèn thêm hoặc đổi thứ tự" in result.stderr


def test_verify_detects_reordered_rows(cli: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE history_event SET id = 2 WHERE id = 3"))
        conn.execute(text("UPDATE history_event SET id = 3 WHERE id = 100"))
    result = cli("audit", "verify")
    assert result.code == 1 and "tại dòng #2" in result.stderr


def test_log_filters_and_shows_local_times(cli: Cli, store: Store) -> None:
    _fill(store)
    table = cli("audit", "log", "--org", "pho-an")
    assert table.code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["#", "Thời", "điểm"]
    body = [line for line in lines[2:] if line and line[0].isdigit() and "sự kiện" not in line]
    assert lines[-1] == "2 sự kiện (giờ Việt Nam)."

    assert len(body) == 2 and "03/07/2023 07:30" in body[0] and "Ghi nhận báo cáo" in body[1]
    subtree = cli("audit", "log", "--org", "thi-uy", "--json")
    assert [r["id"] for r in json.loads(subtree.stdout)] == [1, 2, 3, 4]  # the Thị ủy and the units under it
    by_plan = json.loads(cli("audit", "log", "--plan", "91-kh-tu", "--kind", "escalation", "--json").stdout)
    assert [(r["id"], r["at_local"]) for r in by_plan] == [(2, "05/07/2023 07:30")]
    by_day = json.loads(cli("audit", "log", "--from", "05/07/2023", "--to", "06/07/2023", "--json").stdout)
    assert [r["id"] for r in by_day] == [2, 3]
    bad = cli("audit", "log", "--kind", "nope")
    assert bad.code == 1 and "--kind: loại 'nope' không có" in bad.stderr
    unknown_org = cli("audit", "log", "--org", "khong-co")
    assert unknown_org.code == 4


def test_export_csv_and_jsonl_carry_the_chain(cli: Cli, store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "lich-su.csv"
    result = cli("audit", "export", "--format", "csv", "--out", str(out))
    assert result.code == 0 and "Đã xuất 4 dòng lịch sử" in result.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert all(rows[i]["prev_hash"] == rows[i - 1]["hash"] for i in range(1, 4))
    assert rows[0]["prev_hash"] == "0" * 64 and rows[2]["outcome"] == "đã nộp ngày 06/07/2023, chậm 6 ngày"
    jsonl = cli("audit", "export", "--format", "jsonl")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert (
        len(records) == 4 and records[0]["details"] == {"step": "overdue-1"} and records[3]["hash"] == rows[3]["hash"]
    )
    wrong = cli("audit", "export", "--format", "xml")
    assert wrong.code == 1 and "không hỗ trợ" in wrong.stderr
