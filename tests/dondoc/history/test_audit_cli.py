"""``dondoc audit verify | log | export`` through the CLI, on SQLite and PostgreSQL.

Tampering is done the way an insider would: SQL straight into the database.
The history is written in-process with the CLI's own DONDOC_HOME, so the key
and the checkpoints are the ones the CLI reads.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from dondoc.history import Event, append_events
from dondoc.settings import reset_settings_cache
from tests.support.cli import Cli
from tests.support.stores import Store

T0 = dt.datetime(2023, 7, 3, 0, 30, tzinfo=dt.UTC)  # 07:30 on 03/07/2023 in Hà Nội time


@pytest.fixture
def home(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The CLI, with this process writing history under the same DONDOC_HOME."""
    monkeypatch.setenv("DONDOC_HOME", str(cli.home))
    reset_settings_cache()
    return cli


def _event(hours: int, kind: str, actor: str, occurrence_id: int, committee_id: str, **rest: Any) -> Event:
    """One history event of the filled chain, ``hours`` after T0 (#7 is of plan 91, #8 of plan 45)."""
    plan_id = {7: "91-kh-tu", 8: "45-kh-dukcq"}[occurrence_id]
    return Event(T0 + dt.timedelta(hours=hours), kind, actor, occurrence_id, plan_id, committee_id, **rest)


def _fill(store: Store) -> None:
    at = {"t": T0.replace(tzinfo=None) if store.backend == "sqlite" else T0}
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO committee (id, name, kind, path, depth, aliases, active, updated_at) VALUES ('thi-uy', 'Thị ủy Đức Phổ', 'thi_uy', '/thi-uy/', 0, '', true, :t)"
            ),
            at,
        )
        conn.execute(
            text(
                "INSERT INTO committee (id, name, kind, path, parent_id, depth, aliases, active, updated_at) VALUES ('pho-an', 'Đảng ủy xã Phổ An', 'dang_uy_co_so', '/thi-uy/pho-an/', 'thi-uy', 1, '', true, :t)"
            ),
            at,
        )
        for occurrence_id, assignee, status in ((7, "pho-an", "submitted"), (8, "thi-uy", "open")):
            conn.execute(
                text(
                    "INSERT INTO occurrence (id, task_id, assignee_id, period, due, adjusted_due, current_due, status, sequence, updated_at) "
                    "VALUES (:id, 1, :a, '2023-Q2', '2023-06-30', '2023-06-30', '2023-06-30', :s, 0, :t)"
                ),
                {"id": occurrence_id, "a": assignee, "s": status, **at},
            )
        conn.execute(
            text(
                "INSERT INTO submission (occurrence_id, ref, submitted_on, late, actor, recorded_at) "
                "VALUES (7, '12-BC/ĐU', '2023-07-06', true, 'cli:van-thu', :t)"
            ),
            at,
        )
    queued, late = "đã đưa vào hộp thư đi", "đã nộp ngày 06/07/2023, chậm 6 ngày"
    events = [
        _event(
            0, "step_due", "flow:chase", 7, "pho-an", channel="folder", outcome=queued, details={"step": "overdue-1"}
        ),
        _event(48, "escalation", "flow:chase", 7, "thi-uy", channel="email", outcome=queued),
        _event(74, "submission", "cli:van-thu", 7, "pho-an", outcome=late),
        _event(96, "step_due", "flow:chase", 8, "thi-uy", outcome=queued),
    ]
    with Session(store.engine) as session:
        append_events(session, events)
        session.commit()


def test_verify_passes_on_a_clean_history(home: Cli, store: Store) -> None:
    _fill(store)
    result = home("audit", "verify", "--full")
    assert result.code == 0, result.stderr
    assert "Lịch sử toàn vẹn: đã kiểm tra 4 dòng, 1 mốc kiểm tra; trạng thái khớp lịch sử." in result.stdout
    assert "Phạm vi: kiểm tra toàn bộ.\n" in result.stdout
    last = result.stdout.split("Mã băm cuối: ")[1].split()[0]
    with store.engine.connect() as conn:
        assert last == conn.execute(text("SELECT hash FROM history_event ORDER BY id DESC LIMIT 1")).scalar_one()
    assert "(dòng #4)" in result.stdout


def test_verify_names_an_edited_row(home: Cli, store: Store) -> None:
    """Row #3 is before the checkpoint (#4) and not re-hashed: only ``--full`` re-reads it."""
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET outcome = 'đã nộp đúng hạn' WHERE id = 3"))
    result = home("audit", "verify", "--full")
    assert result.code == 1
    assert "chuỗi lịch sử bị phá vỡ tại dòng #3 (06/07/2023 09:30, Ghi nhận báo cáo)" in result.stderr
    assert "nội dung dòng đã bị sửa" in result.stderr and "Đã kiểm tra 3 dòng" in result.stderr


def test_verify_says_which_rows_are_missing(home: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event WHERE id = 2"))
    middle = home("audit", "verify")  # by default too: the checkpoint counted 4 rows up to #4
    assert middle.code == 1 and "LỖI: lịch sử bị xóa: thiếu dòng #2 (đã bị xóa)." in middle.stderr
    assert "Phạm vi: kiểm tra toàn bộ (các mốc kiểm tra gần nhất không còn khớp mã băm hoặc số dòng)." in middle.stderr
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM history_event"))
    emptied = home("audit", "verify")
    assert emptied.code == 1
    assert "thiếu các dòng 1..4: bảng lịch sử trống (theo mốc kiểm tra)" in emptied.stderr


def test_verify_detects_reordered_rows(home: Cli, store: Store) -> None:
    """Rows swapped before the checkpoint leave its head and count intact: only ``--full`` sees them."""
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE history_event SET id = 2 WHERE id = 3"))
        conn.execute(text("UPDATE history_event SET id = 3 WHERE id = 100"))
    result = home("audit", "verify", "--full")
    assert result.code == 1 and "tại dòng #2" in result.stderr and "đổi thứ tự" in result.stderr


def test_verify_starts_from_the_checkpoint_and_names_an_edit_after_it(home: Cli, store: Store) -> None:
    _fill(store)
    clean = home("audit", "verify")
    assert clean.code == 0, clean.stderr
    assert "Lịch sử toàn vẹn: đã kiểm tra 0 dòng, 1 mốc kiểm tra; trạng thái khớp lịch sử." in clean.stdout
    assert "Phạm vi: kiểm tra từ mốc #1 (07/07/2023 07:30): dòng #4 còn mang mã băm của mốc" in clean.stdout
    with Session(store.engine) as session:
        append_events(session, [_event(120, "step_due", "flow:chase", 8, "thi-uy", outcome="đã gửi")])
        session.commit()
    checkpoints = home.home / "checkpoints" / "history.jsonl"
    checkpoints.write_text(checkpoints.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    with store.engine.begin() as conn:  # row #5 came after the last checkpoint (the process died in between)
        conn.execute(text("UPDATE history_event SET outcome = 'không gửi' WHERE id = 5"))
    edited = home("audit", "verify")
    assert edited.code == 1 and "chuỗi lịch sử bị phá vỡ tại dòng #5" in edited.stderr
    assert "Đã kiểm tra 1 dòng" in edited.stderr and "Phạm vi: kiểm tra từ mốc #1 (07/07/2023 07:30)" in edited.stderr


def test_verify_reports_a_status_changed_without_its_history_event(home: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE occurrence SET status = 'submitted' WHERE id = 8"))
        conn.execute(text("UPDATE occurrence SET current_due = '2023-08-31' WHERE id = 7"))
    result = home("audit", "verify")
    assert result.code == 1
    assert "LỖI: kỳ báo cáo #7: hạn 31/08/2023 không do sự kiện gia hạn nào đặt." in result.stderr
    assert "LỖI: kỳ báo cáo #8: trạng thái 'đã nộp' không có sự kiện lịch sử." in result.stderr
    assert "chuỗi lịch sử bị phá vỡ" not in result.stderr  # the chain itself is intact


def test_verify_expect_checks_a_hash_noted_by_hand(home: Cli, store: Store) -> None:
    _fill(store)
    with store.engine.connect() as conn:
        noted = conn.execute(text("SELECT hash FROM history_event WHERE id = 2")).scalar_one()
    ok = home("audit", "verify", "--expect", noted)
    assert ok.code == 0 and f"Mã băm {noted} có trong chuỗi." in ok.stdout
    missing = home("audit", "verify", "--expect", "ab" * 32)
    assert missing.code == 1 and "không dòng nào mang mã băm được nêu" in missing.stderr
    bad = home("audit", "verify", "--expect", "xyz")
    assert bad.code == 1 and "--expect: 'xyz' không phải mã băm" in bad.stderr


def test_log_filters_by_the_unit_concerned_and_by_the_recipient(home: Cli, store: Store) -> None:
    _fill(store)
    table = home("audit", "log", "--org", "pho-an")
    assert table.code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["#", "Thời", "điểm"]
    body = [line for line in lines[2:] if line and line[0].isdigit() and "sự kiện" not in line]
    assert lines[-1] == "3 sự kiện (giờ Việt Nam)."
    assert "03/07/2023 07:30" in body[0] and "Báo cấp trên" in body[1] and "Ghi nhận báo cáo" in body[2]
    escalations = json.loads(home("audit", "log", "--org", "pho-an", "--kind", "escalation", "--json").stdout)
    assert [(r["id"], r["committee_id"], r["kind_label"]) for r in escalations] == [(2, "thi-uy", "Báo cấp trên")]
    by_label = json.loads(home("audit", "log", "--org", "pho-an", "--kind", "báo cấp trên", "--json").stdout)
    assert by_label == escalations
    sent_to = json.loads(home("audit", "log", "--recipient", "thi-uy", "--json").stdout)
    assert [r["id"] for r in sent_to] == [2, 4]
    subtree = home("audit", "log", "--org", "thi-uy", "--json")
    assert [r["id"] for r in json.loads(subtree.stdout)] == [1, 2, 3, 4]
    by_day = json.loads(home("audit", "log", "--from", "05/07/2023", "--to", "06/07/2023", "--json").stdout)
    assert [r["id"] for r in by_day] == [2, 3]
    bad = home("audit", "log", "--kind", "nope")
    assert bad.code == 1 and "--kind: loại 'nope' không có" in bad.stderr and "escalation (Báo cấp trên)" in bad.stderr
    assert home("audit", "log", "--org", "khong-co").code == 4


def test_export_csv_has_a_bom_and_both_exports_carry_the_chain(home: Cli, store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "lich-su.csv"
    result = home("audit", "export", "--format", "csv", "--out", str(out))
    assert result.code == 0 and "Đã xuất 4 dòng lịch sử" in result.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs it for Vietnamese
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert all(rows[i]["prev_hash"] == rows[i - 1]["hash"] for i in range(1, 4))
    assert rows[0]["prev_hash"] == "0" * 64 and rows[2]["outcome"] == "đã nộp ngày 06/07/2023, chậm 6 ngày"
    assert rows[1]["kind_label"] == "Báo cấp trên" and len(rows[1]["mac"]) == 64
    jsonl = home("audit", "export", "--format", "jsonl")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert (
        len(records) == 4 and records[0]["details"] == {"step": "overdue-1"} and records[3]["hash"] == rows[3]["hash"]
    )
    wrong = home("audit", "export", "--format", "xml")
    assert wrong.code == 1 and "không hỗ trợ" in wrong.stderr
