"""Reading a reply's text: the command, the phrase with or without diacritics, and the rest."""

from __future__ import annotations

import pytest

from dondoc.chat.replies import submitted_ref


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("/nop Báo cáo số 12-BC/CB", "Báo cáo số 12-BC/CB"),
        ("/nop@dondoc_bot  Báo cáo số 12-BC/CB ", "Báo cáo số 12-BC/CB"),
        ("Đã nộp Báo cáo số 12-BC/CB", "Báo cáo số 12-BC/CB"),
        ("đã gửi: Báo cáo số 3-BC/ĐU", "Báo cáo số 3-BC/ĐU"),
        ("Da nop Bao cao so 12-BC/CB", "Bao cao so 12-BC/CB"),
        ("ĐÃ NỘP\nBáo cáo số 12-BC/CB", "Báo cáo số 12-BC/CB"),
    ],
)
def test_a_report_sent_reply_gives_its_reference(text: str, ref: str) -> None:
    assert submitted_ref(text) == ref


@pytest.mark.parametrize("text", ["", "/nop", "Đã nộp", "Dạ, chi bộ sẽ nộp sớm", "đã nộpBáo cáo", "/nope 12"])
def test_anything_else_is_not_a_submission(text: str) -> None:
    assert submitted_ref(text) is None
