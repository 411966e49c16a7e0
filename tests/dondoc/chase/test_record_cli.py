"""``dondoc submit | extend | waive | ack`` as a user runs them, on both stores."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import Session, select

from dondoc.db.models import Adjustment, Occurrence, Submission
from tests.support.cli import Cli
from tests.support.scenario import Q2_DUE, add_occurrence, events, seed_plan, seed_tree
from tests.support.stores import Store


def _occurrence(store: Store, occ_id: int) -> Occurrence:
    with Session(store.engine) as session:
        row = session.get(Occurrence, occ_id)
        assert row is not None
        return row


def test_submit_by_id_on_time_then_refuses_a_second_time(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), "dang-uy-xa-pho-an", Q2_DUE)
    result = cli(
        "submit", f"#{occ}", "--ref", "Báo cáo số 12-BC/ĐU", "--on", "29/06/2023", "--actor", "cli:chanh-van-phong"
    )
    assert result.code == 0, result.stderr
    assert "Đã ghi nhận báo cáo 'Báo cáo số 12-BC/ĐU' ngày 29/06/2023 (đúng hạn)" in result.stdout
    assert f"#{occ} Đảng ủy xã Phổ An" in result.stdout and "Quý II/2023" in result.stdout
    row = _occurrence(store, occ)
    assert (str(row.status.value if hasattr(row.status, "value") else row.status), row.submitted_on, row.sequence) == (
        "submitted",
        dt.date(2023, 6, 29),
        1,
    )
    (event,) = events(store.engine, "submission")
    assert (
        event.actor == "cli:chanh-van-phong"
        and event.occurrence_id == occ
        and json.loads(event.details)["late"] is False
    )
    again = cli("submit", str(occ), "--ref", "Báo cáo số 13-BC/ĐU", "--on", "30/06/2023")
    assert again.code == 1 and "kỳ báo cáo đã nộp báo cáo" in again.stderr and again.stderr.startswith("Lỗi:")


def test_submit_after_the_due_date_is_kept_as_late(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), "dang-uy-xa-pho-an", Q2_DUE)
    result = cli("submit", str(occ), "--ref", "Báo cáo số 20-BC/ĐU", "--on", "2023-07-03")
    assert result.code == 0, result.stderr
    assert "nộp chậm 3 ngày" in result.stdout
    with Session(store.engine) as session:
        (submission,) = session.exec(select(Submission)).all()
    assert submission.late and submission.submitted_on == dt.date(2023, 7, 3)


def test_selectors_find_one_or_say_why_not(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    task = seed_plan(store.engine)
    q2 = add_occurrence(store.engine, task, "dang-uy-xa-pho-an", Q2_DUE)
    add_occurrence(store.engine, task, "dang-uy-xa-pho-an", dt.date(2023, 9, 29), period="2023-Q3")
    ambiguous = cli("waive", "--org", "dang-uy-xa-pho-an", "--task", "1", "--reason", "Sáp nhập")
    assert ambiguous.code == 4 and "có nhiều kỳ báo cáo khớp --org dang-uy-xa-pho-an, --task 1" in ambiguous.stderr
    empty = cli("waive", "--org", "dang-uy-xa-pho-an", "--task", "9", "--period", "2023-Q2", "--reason", "Sáp nhập")
    assert empty.code == 4 and "không có kỳ báo cáo nào khớp" in empty.stderr
    nothing = cli("waive", "--reason", "Sáp nhập")  # neither an id nor a selector: the CLI says how to name one
    assert nothing.code == 1 and "cần mã kỳ báo cáo (#1234) hoặc bộ chọn --org ĐƠN_VỊ" in nothing.stderr
    missing = cli("waive", "#99999", "--reason", "Sáp nhập")
    assert missing.code == 4 and "không có kỳ báo cáo #99999" in missing.stderr
    no_reason = cli("waive", "--org", "dang-uy-xa-pho-an", "--task", "1", "--period", "2023-Q2")
    assert no_reason.code == 1 and "cần nêu lý do" in no_reason.stderr
    done = cli(
        "waive",
        "--org",
        "dang-uy-xa-pho-an",
        "--task",
        "1",
        "--period",
        "2023-Q2",
        "--plan",
        "91-kh-tu-2023",
        "--reason",
        "Đơn vị sáp nhập",
    )
    assert done.code == 0, done.stderr
    assert f"Đã miễn #{q2}" in done.stdout
    assert (
        str(
            _occurrence(store, q2).status.value
            if hasattr(_occurrence(store, q2).status, "value")
            else _occurrence(store, q2).status
        )
        == "waived"
    )
    assert [e.kind for e in events(store.engine, "waiver")] == ["waiver"]


def test_extend_and_ack_move_the_dates(cli: Cli, store: Store) -> None:
    seed_tree(store.engine)
    occ = add_occurrence(store.engine, seed_plan(store.engine), "dang-uy-xa-pho-an", Q2_DUE)
    earlier = cli("extend", str(occ), "--to", "20/06/2023", "--reason", "nhầm")
    assert earlier.code == 1 and "phải sau hạn hiện tại 30/06/2023" in earlier.stderr
    bad = cli("extend", str(occ), "--to", "31/02/2023", "--reason", "nhầm")
    assert bad.code == 2 and "ngày '31/02/2023' không tồn tại" in bad.stderr
    moved = cli("extend", f"#{occ}", "--to", "14/07/2023", "--reason", "Chờ số liệu của Ban Tổ chức")
    assert moved.code == 0, moved.stderr
    assert "đến 14/07/2023" in moved.stdout
    row = _occurrence(store, occ)
    assert row.current_due == dt.date(2023, 7, 14) and row.due == Q2_DUE and row.sequence == 1
    # the promise must be in the future; use a date after the real today (entry points read the clock)
    promised = dt.date.today() + dt.timedelta(days=20)
    acked = cli("ack", str(occ), "--until", promised.strftime("%d/%m/%Y"))
    assert acked.code == 0, acked.stderr
    assert "tạm dừng báo cáo cấp trên" in acked.stdout
    row = _occurrence(store, occ)
    assert row.ack_until == promised and row.sequence == 2 and row.updated_at.tzinfo is not None
    past = cli("ack", str(occ), "--until", "01/01/2020")
    assert past.code == 1 and "đã qua" in past.stderr
    with Session(store.engine) as session:
        kinds = [
            str(a.kind.value if hasattr(a.kind, "value") else a.kind)
            for a in session.exec(select(Adjustment).order_by(Adjustment.id)).all()
        ]  # type: ignore[arg-type]
    assert kinds == ["extension", "acknowledgement"]
    assert [e.kind for e in events(store.engine, "extension", "acknowledgement")] == ["extension", "acknowledgement"]


def test_help_is_in_vietnamese(cli: Cli, store: Store) -> None:
    result = cli("submit", "--help")
    assert result.code == 0 and "Ghi nhận đơn vị đã gửi báo cáo" in result.stdout and "--ref" in result.stdout
    assert "Số, ký hiệu báo cáo" in result.stdout
