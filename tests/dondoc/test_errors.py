"""Domain errors carry the refused field; each surface names it its own way."""

from __future__ import annotations

from dondoc.cli.main import option_of
from dondoc.errors import BadValue, DondocError, FieldError
from dondoc.occurrence.actions import ImplausibleDate
from dondoc.web.phrasing import phrase


def test_a_field_error_keeps_the_field_and_the_problem_apart() -> None:
    error = FieldError("ref", "cần số, ký hiệu của báo cáo")
    assert (error.field, error.problem, error.exit_code) == ("ref", "cần số, ký hiệu của báo cáo", 1)
    assert str(error) == "ref: cần số, ký hiệu của báo cáo"
    assert BadValue("to", "x").exit_code == 2 and ImplausibleDate("submitted_on", "x").exit_code == 2


def test_the_cli_names_the_option() -> None:
    assert [option_of(f) for f in ("submitted_on", "ref", "until", "dry_run")] == [
        "--on",
        "--ref",
        "--until",
        "--dry-run",
    ]


def test_the_web_names_the_form_label_once() -> None:
    assert phrase(FieldError("evidence", "nội dung tệp 'a.pdf' không phải PDF")) == (
        "Tệp minh chứng: Nội dung tệp 'a.pdf' không phải PDF."
    )
    assert phrase(ImplausibleDate("submitted_on", "ngày nộp 01/01/2030 ở sau hôm nay")) == (
        "Ngày nộp 01/01/2030 ở sau hôm nay."
    )
    assert phrase(FieldError("unknown_field", "không hợp lệ")) == "Không hợp lệ."
    assert phrase(DondocError("không thể gia hạn cho #1: kỳ báo cáo đã nộp báo cáo")) == (
        "Không thể gia hạn cho #1: kỳ báo cáo đã nộp báo cáo."
    )
