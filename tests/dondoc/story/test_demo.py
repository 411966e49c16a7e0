"""README command 1: the demo tells the year's story on the embedded SQLite, and a second run adds nothing."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import Cli


@pytest.fixture
def home_cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    # end to end, as README command 1 runs it: a real process on the embedded default
    return Cli(home, None, in_process=False)


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.slow
def test_demo_replays_the_year_and_its_summary_matches_the_database(home_cli: Cli) -> None:
    first = home_cli("demo", timeout=300)
    assert first.code == 0, first.stderr
    out = first.stdout
    db = home_cli.home / "dondoc.sqlite3"
    assert "Cây tổ chức mẫu: 66 đơn vị (thêm 66)" in out
    assert out.count("đã nhập.") == 3
    # every month of the year is reported, and the scripted extension and acknowledgement happened
    assert all(f"Tháng {m:02d}/2023" in out for m in range(1, 13))
    assert "gia hạn cho" in out and "hẹn nộp trước" in out
    # the summary's figures are the database's
    sent = _count(db, "SELECT count(*) FROM message WHERE status = 'sent'")
    steps = {
        m.group(1): int(m.group(2))
        for m in re.finditer(
            r"^  (Nhắc trước hạn 7 ngày|Báo quá hạn cho đơn vị|Báo cấp trên bậc 1)[^\n]*?(\d+)$", out, re.M
        )
    }
    # a message lists several items; the history keeps one row per (occurrence, step, recipient)
    items_sent = (
        "SELECT count(*) FROM history_event h JOIN message m ON m.key = json_extract(h.details, '$.key') "
        "WHERE m.status = 'sent' AND h.kind IN ('step_due', 'escalation') AND json_extract(h.details, '$.step') = '{}'"
    )
    assert steps["Nhắc trước hạn 7 ngày"] == _count(db, items_sent.format("remind-7"))
    assert steps["Báo cấp trên bậc 1"] == _count(db, items_sent.format("escalate-3"))
    assert sent > 0 and steps["Báo quá hạn cho đơn vị"] > 0
    folder_files = list((home_cli.home / "folder").rglob("*"))
    assert len([f for f in folder_files if f.is_file()]) == sent  # one file per message sent to the folder channel
    on_time = int(re.search(r"^  Đúng hạn\s+(\d+)$", out, re.M).group(1))  # type: ignore[union-attr]
    late = int(re.search(r"^  Quá hạn\s+(\d+)$", out, re.M).group(1))  # type: ignore[union-attr]
    assert on_time == _count(
        db,
        "SELECT count(*) FROM occurrence WHERE status = 'submitted' AND submitted_on <= current_due AND current_due <= '2023-12-31'",
    )
    assert late == _count(
        db,
        "SELECT count(*) FROM occurrence WHERE status = 'submitted' AND submitted_on > current_due AND current_due <= '2023-12-31'",
    )
    assert "Tỷ lệ nộp đúng hạn theo khối" in out and "Thị ủy Đức Phổ" in out
    assert "dondoc serve" in out and f"(kênh thư mục folder://): {home_cli.home / 'folder'}" in out

    history = _count(db, "SELECT count(*) FROM history_event")
    messages = _count(db, "SELECT count(*) FROM message")
    second = home_cli("demo", timeout=300)
    assert second.code == 0, second.stderr
    assert "đã được mô phỏng trước đây" in second.stdout
    assert _count(db, "SELECT count(*) FROM history_event") == history
    assert _count(db, "SELECT count(*) FROM message") == messages
    verify = home_cli("audit", "verify")
    assert verify.code == 0 and "toàn vẹn" in verify.stdout
