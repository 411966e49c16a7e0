"""`dondoc plan extract` on real letters: documents without numbered sections.

The fixtures are public texts (tests/fixtures/letters/README.md lists their sources).
The expectations were written by reading each letter as a secretary would: which
sentence asks whom to do or send what by when, and to whom it goes; they are data,
not the extractor's output. Without a tree, a named body is proposed as the slug
of its name (the person confirms it), so the expected ids are those slugs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from dondoc.cli.main import app
from dondoc.plans import extract_deadlines
from dondoc.plans.extract import PlanDraft, extract_plan
from dondoc.plans.extract_bodies import Assignee
from dondoc.plans.readers import read_document

LETTERS = Path(__file__).resolve().parents[2] / "fixtures" / "letters"
D = dt.date


def _extract(name: str, issued: dt.date | None = None) -> PlanDraft:
    document = read_document(LETTERS / name)
    return extract_plan(document, extract_deadlines.scan, extract_deadlines.parse, issued=issued)


def _extract_text(path: Path, text: str) -> PlanDraft:
    """The draft of a letter written to ``path``."""
    path.write_text(text, encoding="utf-8")
    return extract_plan(read_document(path), extract_deadlines.scan, extract_deadlines.parse)


def _dated(draft: PlanDraft) -> dict[dt.date | None, tuple[list[Assignee], str | None, str | None]]:
    return {task.due: (task.assignees, task.report_to, task.via) for task in draft.tasks}


def test_huyen_uy_cong_van_summary_gives_its_dated_tasks_issuer_and_date() -> None:
    draft = _extract("huyen_uy_cang_long_1127.txt")
    assert draft.head.issued == D(2022, 5, 27)  # "Ngày 27 tháng 5 năm 2022, ... đã ký ban hành Công văn"
    assert not draft.head.issued_inferred
    assert draft.head.issuer_name == "Huyện ủy Càng Long"
    assert draft.head.number == "1127-CV/HU"
    party = [{"children_of": draft.head.issuer, "kind": ["dang_uy_co_so"]}]  # "các Đảng bộ trực thuộc Huyện ủy"
    assert _dated(draft) == {
        D(2022, 6, 30): (party, None, None),  # đại hội ... hoàn thành trong tháng 6 năm 2022
        D(2022, 6, 29): (party, "co-quan-to-chuc-noi-vu", None),  # báo cáo gửi về ... trước ngày 30/6/2022
    }
    start = [r for r in draft.review if "07/6/2022" in r.reason]
    assert start and "bắt đầu" in start[0].reason  # "bắt đầu từ ngày 07/6/2022" is a start, not a deadline


def test_so_noi_vu_cong_van_summary_gives_each_level_its_deadline_and_the_report_its_recipient() -> None:
    draft = _extract("so_noi_vu_bac_kan_tong_ket_bau_cu.txt")
    assert draft.head.issued == D(2021, 6, 2)  # the page's date line, flagged for the person to check
    assert any("ngày đăng tin" in r.reason for r in draft.review)
    assert draft.head.issuer_name == "Sở Nội vụ"
    asked = ["uy-ban-bau-cu-cac-huyen-thanh-pho", "uy-ban-bau-cu-cac-xa-phuong-thi-tran"]
    assert _dated(draft) == {
        D(2021, 6, 9): (["cap-xa"], None, None),  # Cấp xã hoàn thành trước ngày 10/6/2021
        D(2021, 6, 13): (["cap-huyen"], None, None),  # cấp huyện hoàn thành trước ngày 14/6/2021
        D(2021, 6, 7): (asked, "uy-ban-bau-cu-tinh", "so-noi-vu"),  # gửi về UBBC tỉnh (qua Sở Nội vụ)
    }
    # "Công văn số 731/HĐBCQG-VP ngày 29/5/2021" is a citation, not a task
    assert all(task.due != D(2021, 5, 29) for task in draft.tasks)


def test_election_notice_with_several_dated_items_never_takes_the_motto_as_issuer() -> None:
    draft = _extract("vp_hdbcqg_64_tiep_tuc_trien_khai.txt")
    assert draft.head.issued == D(2021, 2, 24)  # "Hà Nội, ngày 24 tháng 2 năm 2021"
    assert draft.head.title.startswith("Về việc tiếp tục triển khai")
    # the published text starts at the motto: no issuer, and the person is asked for one
    assert draft.head.issuer is None and draft.head.issuer_name is None
    assert any("đơn vị ban hành" in r.reason for r in draft.review)
    dues = [task.due for task in draft.tasks]
    assert dues == [D(2021, 3, 4), D(2021, 3, 14)]  # "chậm nhất là ngày 4 tháng 3 năm 2021", "... 14 tháng 3 ..."
    assert draft.tasks[0].assignees == ["uy-ban-bau-cu-o-tinh-o-huyen-o-xa"]
    assert draft.tasks[1].assignees == ["cac-co-quan-to-chuc-o-dia-phuong"]  # the letter's "đề nghị ..."


def test_kinh_gui_list_is_who_must_act_when_the_sentence_says_cac_don_vi() -> None:
    draft = _extract("pgd_binh_chanh_quy_phong_chong_thien_tai.txt", issued=D(2016, 3, 18))
    assert [task.due for task in draft.tasks] == [D(2016, 3, 23)]  # "thực hiện trước ngày 24/3/2016"
    assert draft.tasks[0].assignees == [
        "hieu-truong-cac-truong-mn-mg-cl-ncl",
        "hieu-truong-cac-truong-tieu-hoc",
        "hieu-truong-cac-truong-thcs",
        "thu-truong-cac-don-vi-truc-thuoc",
    ]
    assert any("Kính gửi" in r.reason for r in draft.review if r.line == draft.tasks[0].line)


def test_issue_date_written_with_dashes_in_the_header_is_the_issue_date(tmp_path: Path) -> None:
    """ "Ngày 07-9-2015" heads the letter; the deadline in its text does not replace it."""
    draft = _extract_text(
        tmp_path / "cv.txt",
        "HUYỆN ỦY ĐỨC PHỔ\nSố: 12-CV/HU\nNgày 07-9-2015\nV/v báo cáo sơ kết\n"
        "Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ cơ sở báo cáo sơ kết gửi về Văn phòng Huyện ủy "
        "trước ngày 30/9/2015 để tổng hợp.\n",
    )
    assert draft.head.issued == D(2015, 9, 7)
    assert draft.head.issuer_name == "HUYỆN ỦY ĐỨC PHỔ" and draft.head.number == "12-CV/HU"
    assert [(t.due, t.report_to) for t in draft.tasks] == [(D(2015, 9, 29), "van-phong-huyen-uy")]


def test_noi_nhan_list_is_who_must_act_when_the_letter_names_nobody_else(tmp_path: Path) -> None:
    draft = _extract_text(
        tmp_path / "tb.txt",
        "HUYỆN ỦY ĐỨC PHỔ\nSố: 15-TB/HU\nĐức Phổ, ngày 02 tháng 10 năm 2015\nTHÔNG BÁO\n"
        "Báo cáo kết quả kiểm điểm cuối năm gửi về Ban Tổ chức Huyện ủy trước ngày 15/12/2015 để tổng hợp.\n"
        "Nơi nhận:\n- Như trên;\n- Các chi, đảng bộ cơ sở;\n- Lưu Văn phòng Huyện ủy.\nT/M BAN THƯỜNG VỤ\n",
    )
    assert draft.head.issued == D(2015, 10, 2) and draft.head.issuer_name == "HUYỆN ỦY ĐỨC PHỔ"
    assert [(t.due, t.report_to) for t in draft.tasks] == [(D(2015, 12, 14), "ban-to-chuc-huyen-uy")]
    (group,) = draft.tasks[0].assignees  # "Các chi, đảng bộ cơ sở" of the Nơi nhận list
    assert isinstance(group, dict) and group["children_of"] == draft.head.issuer
    assert {"dang_uy_co_so", "chi_bo_co_so"} <= set(group["kind"])  # type: ignore[call-overload]
    assert any("Nơi nhận" in r.reason for r in draft.review if r.line == draft.tasks[0].line)


def test_cli_reads_a_letter_in_process() -> None:
    result = CliRunner().invoke(app, ["plan", "extract", str(LETTERS / "so_noi_vu_bac_kan_tong_ket_bau_cu.txt")])
    assert result.exit_code == 0, result.output
    assert "uy-ban-bau-cu-tinh" in result.output
    assert "Tìm thấy 3 nhiệm vụ có thời hạn" in result.output


def test_letter_task_read_by_a_convention_names_the_convention_for_review(tmp_path: Path) -> None:
    """ "cuối tháng 11/2015" is read by the parser's convention (the month's last day): the
    letter's task says so, as a plan's does, so the person reviewing it sees why it is not certain."""
    draft = _extract_text(
        tmp_path / "cv.txt",
        "HUYỆN ỦY ĐỨC PHỔ\nSố: 14-CV/HU\nNgày 05-10-2015\nV/v báo cáo tổng kết\n"
        "Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ cơ sở hoàn thành báo cáo tổng kết, gửi về Văn phòng "
        "Huyện ủy chậm nhất cuối tháng 11/2015.\n",
    )
    (task,) = draft.tasks
    assert task.due == D(2015, 11, 30)
    (note,) = [n for n in task.notes if "độ tin cậy" in n]
    assert "'inferred'" in note and "'cuối tháng' đọc là ngày cuối cùng của tháng" in note
    assert any(r.reason == note for r in draft.review if r.line == task.line)
