"""The phrase parser reads deadlines as a careful secretary would, damage included."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calendar_rules import Conventions, expand, load_calendar, parse_phrase, scan_deadlines

CAL = load_calendar()
D001 = dt.date(2023, 1, 9)  # 91-KH/TU, Đức Phổ
D003 = dt.date(2021, 9, 6)  # bloc committee plan for 2021-2025 (no issue line; latest cited document)
D004 = dt.date(2021, 11, 1)  # Đảng ủy Sở KH&ĐT plan for 2022

# (phrase as it appears in the seed, issued, canonical rule, first nominal due or None)
SEED_PHRASES = [
    ("Thời gian thực hiện Quý I/2023.", D001, "end 2023-Q1", "2023-03-31"),
    ("chậm nhất cuối quý I/2023", D001, "end 2023-Q1", "2023-03-31"),
    ("trong tháng 4/2023", D001, "end 2023-04", "2023-04-30"),
    ("thời gian hoàn thành trong tháng 5/2023", D001, "end 2023-05", "2023-05-31"),
    ("trước ngày 30/4/2023", D001, "before 2023-04-30", "2023-04-29"),
    ("trước ngày 30/01/2023", D001, "before 2023-01-30", "2023-01-29"),
    ("hằng quý", D001, "every quarter at end", "2023-03-31"),
    ("Quý II/2023", D001, "end 2023-Q2", "2023-06-30"),
    ("tháng 12/2023", D001, "end 2023-12", "2023-12-31"),
    ("thường xuyên", D001, "continuous", None),
    ("quý I hằng năm", D003, "every year at month:3", "2022-03-31"),
    ("quý I hằng năm (tính từ năm 2022)", D003, "every year at month:3 from 2022-01-01", "2022-03-31"),
    ("tháng 12 của năm trước đó", D003, "every year at prevyear-month:12", "2021-12-31"),
    (
        "quý \nIII hằng năm (riêng năm 2021 báo cáo vào tháng 12/2021)",
        D003,
        "every year at month:9 from 2021-01-01 override 2021=2021-12-31",
        "2021-12-31",
    ),
    ("định kỳ 6 tháng, hàng năm", D003, "every half at end", "2021-12-31"),
    ("vào quý II năm 2023", D003, "end 2023-Q2", "2023-06-30"),
    ("vào quý IV năm \n2025", D003, "end 2025-Q4", "2025-12-31"),
    ("định kỳ hằng tháng", D003, "every month at end", "2021-09-30"),
    ("đột xuất", D003, "adhoc", None),
    ("Trước 30/11/2021", D004, "before 2021-11-30", "2021-11-29"),
    ("Quý III/2022", D004, "end 2022-Q3", "2022-09-30"),
    ("Quý IV hằng năm", D004, "every year at month:12", "2021-12-31"),
    ("Bắt đầu từ tháng 12/2021 và thường xuyên", D004, "continuous", None),
    ("Thường xuyên, liên tục", D004, "continuous", None),
]


@pytest.mark.parametrize("phrase, issued, canonical, due", SEED_PHRASES)
def test_seed_phrases_read_as_a_careful_reader_would(
    phrase: str, issued: dt.date, canonical: str, due: str | None
) -> None:
    result = parse_phrase(phrase, issued)
    assert result.rule is not None, result.reason
    assert str(result.rule) == canonical
    occurrences = expand(result.rule, issued, dt.date(2026, 12, 31), CAL)
    assert (occurrences[0].due.isoformat() if occurrences else None) == due


@pytest.mark.parametrize(
    "phrase, canonical",
    [
        ("hoàn thành trước ngày 15/12/2024", "before 2024-12-15"),
        ("QUÝ II NĂM 2024", "end 2024-Q2"),
        ("quí 2/2024", "end 2024-Q2"),
        ("trong quy ii/2024", "end 2024-Q2"),
        ("ngày 30 tháng 4 năm 2024", "on 2024-04-30"),
        ("chậm nhất ngày 30.4.2024", "on 2024-04-30"),
        ("6 tháng đầu năm 2024", "end 2024-H1"),
        ("6 tháng cuối năm 2024", "end 2024-H2"),
        ("giữa năm 2024", "on 2024-06-30"),
        ("cuối năm 2024", "end 2024"),
        ("từ ngày 01/3/2024 đến ngày 30/4/2024", "range 2024-03-01..2024-04-30"),
        ("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", "after 'ngày nhận được văn bản' +15wd"),
        ("hằng tháng", "every month at end"),
        ("quý IV năm trước", "every year at prevyear-month:12"),
        ("ngày 10 tháng 3 âm lịch năm 2024", "on 2024-04-18"),
        ("tu tuong", None),
    ],
)
def test_unseen_phrases_of_the_same_family(phrase: str, canonical: str | None) -> None:
    result = parse_phrase(phrase, dt.date(2024, 1, 15))
    assert (str(result.rule) if result.rule else None) == canonical
    if canonical is None:
        assert result.kind == "unparsed" and result.reason


def test_a_year_taken_from_the_document_date_is_inferred_with_a_warning() -> None:
    result = parse_phrase("trong quý III", dt.date(2023, 1, 9))
    assert str(result.rule) == "end 2023-Q3"
    assert result.confidence == "inferred"
    assert any("2023" in w for w in result.warnings)


def test_lenient_reading_of_before_is_a_convention() -> None:
    assert (
        str(parse_phrase("trước ngày 30/4/2023", None, Conventions(before_is_inclusive=True)).rule)
        == "before 2023-04-30 lenient"
    )


def test_span_points_at_the_original_damaged_text() -> None:
    text = "Các chi bộ báo cáo kết quả trong quý\nII/2023 về Ban Tuyên giáo"
    [found] = scan_deadlines(text, D001)
    assert str(found.rule) == "end 2023-Q2"
    assert text[found.span[0] : found.span[1]].replace("\n", " ").endswith("II/2023")


def test_citations_of_other_documents_and_the_issue_line_are_not_deadlines() -> None:
    assert scan_deadlines("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", D001) == []
    assert scan_deadlines("Đức Phổ, ngày 09 tháng 01 năm 2023", D001) == []
    assert scan_deadlines("Chuyên đề năm 2023 của tỉnh", D001) == []


@settings(max_examples=300, deadline=None)
@given(st.text(), st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_the_parser_never_raises_on_arbitrary_text(text: str, issued: dt.date | None) -> None:
    result = parse_phrase(text, issued)
    assert result.kind in {"fixed", "recurring", "range", "relative", "continuous", "adhoc", "unparsed"}
    assert isinstance(scan_deadlines(text, issued), list)
