"""Each failure class of issue 14, table-driven, on real phrases from the development corpus
(tests/fixtures/corpus/deadline_phrases.yaml) and the seed plans. Where the corpus holds no
real phrase of a spelling yet, the row says so and keeps the document's own wording style."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from calendar_rules import (
    Range,
    Recurring,
    Relative,
    expand,
    load_calendar,
    parse_canonical,
    parse_phrase,
    scan_deadlines,
)

CAL = load_calendar()


def first_due(phrase: str, issued: dt.date) -> tuple[dt.date | None, str]:
    result = parse_phrase(phrase, issued)
    assert result.rule is not None, result.reason
    occurrences = expand(result.rule, issued, issued + dt.timedelta(days=800), CAL)
    due = getattr(result.rule, "due", None) or (occurrences[0].due if occurrences else None)
    return due, result.confidence


RANGES = [  # (phrase, issued, start, due)
    (
        "Thí sinh nộp hồ sơ tại Sở GD - ĐT từ ngày 15/3 đến 17 giờ ngày 16/4",
        dt.date(2012, 3, 2),
        "2012-03-15",
        "2012-04-16",
    ),
    ("từ ngày 17-4 đến 17 giờ ngày 23-4-2012", dt.date(2012, 3, 15), "2012-04-17", "2012-04-23"),
    (
        "sẽ diễn ra từ ngày 7 đến 9-3-2017 tại Trung tâm hội nghị quốc gia Hà Nội",
        dt.date(2017, 2, 27),
        "2017-03-07",
        "2017-03-09",
    ),
    (
        "bắt đầu từ ngày 22/02/2021 và kết thúc vào 17 giờ 00 ngày 14/3/2021",
        dt.date(2021, 1, 18),
        "2021-02-22",
        "2021-03-14",
    ),
    ("Thời gian: từ 01/04/2015 đến 01/05/2015.", dt.date(2015, 3, 20), "2015-04-01", "2015-05-01"),
    ("từ tháng 3 đến tháng 5/2019", dt.date(2018, 10, 7), "2019-03-01", "2019-05-31"),
]


@pytest.mark.parametrize("phrase, issued, start, due", RANGES)
def test_a_range_is_due_at_its_end_and_keeps_its_start(phrase: str, issued: dt.date, start: str, due: str) -> None:
    result = parse_phrase(phrase, issued)
    assert isinstance(result.rule, Range), result
    assert (result.rule.start.isoformat(), result.rule.end.isoformat()) == (start, due)


RECURRING_DAYS = [  # (phrase, issued, canonical, first due)
    (
        "Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị phải cập nhật kết quả",
        dt.date(2012, 7, 9),
        "every month at day:5",
        "2012-08-05",
    ),
    (
        "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư tổng hợp báo cáo",
        dt.date(2012, 7, 9),
        "every month at day:10",
        "2012-07-10",
    ),
    ("báo cáo gửi trước ngày 20 hằng tháng", dt.date(2024, 1, 25), "every month at day:20 offset -1d", "2024-02-19"),
    (
        "gửi trước ngày 05 của tháng cuối mỗi quý",
        dt.date(2024, 1, 2),
        "every quarter at day:5 offset -1d",
        "2024-03-04",
    ),
    (
        "Báo cáo tháng gửi trước ngày 25 của tháng",
        dt.date(2024, 4, 1),
        "every month at day:25 offset -1d",
        "2024-04-24",
    ),
]


@pytest.mark.parametrize("phrase, issued, canonical, due", RECURRING_DAYS)
def test_recurring_rules_keep_their_day_and_read_truoc_ngay_as_one_off_rules_do(
    phrase: str, issued: dt.date, canonical: str, due: str
) -> None:
    result = parse_phrase(phrase, issued)
    assert isinstance(result.rule, Recurring), result
    assert str(result.rule) == canonical
    assert parse_canonical(canonical) == result.rule
    assert first_due(phrase, issued)[0] == dt.date.fromisoformat(due)


def test_truoc_ngay_means_the_day_before_in_recurring_and_one_off_rules_alike() -> None:
    one_off, _ = first_due("Trước ngày 18/10, các địa phương phải báo cáo Bộ GD&ĐT", dt.date(2010, 10, 14))
    recurring, _ = first_due("Trước ngày 18 hằng tháng, các địa phương phải báo cáo Bộ GD&ĐT", dt.date(2010, 10, 14))
    assert one_off == recurring == dt.date(2010, 10, 17)


def test_a_day_anchor_has_an_rrule_and_a_short_month_clamps_to_its_last_day() -> None:
    assert parse_canonical("every month at day:20 offset -1d").rrule() == "FREQ=MONTHLY;BYMONTHDAY=19"
    assert parse_canonical("every quarter at day:5").rrule() == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=5"
    rule = parse_canonical("every month at day:31")
    assert rule.rrule() is None  # "day 31" is the last day of short months: no single BYMONTHDAY
    dues = [o.due for o in expand(rule, dt.date(2024, 2, 1), dt.date(2024, 4, 30), CAL)]
    assert dues == [dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30)]


FUZZY = [  # (phrase, issued, due, the convention named in the warnings)
    ("tổ chức hội nghị sơ kết vào đầu tháng 7/2023", dt.date(2023, 1, 9), "2023-07-10", "đầu tháng"),
    ("tổ chức Đại hội điểm cấp xã vào giữa tháng 1/2019", dt.date(2018, 10, 7), "2019-01-20", "giữa tháng"),
    ("hoàn thành vào nửa cuối tháng 6/2023", dt.date(2023, 1, 9), "2023-06-30", "nửa cuối tháng"),
    ("nhận bài dự thi đến cuối tháng 11/2020", dt.date(2020, 10, 1), "2020-11-30", "cuối tháng"),
    ("tổ chức sơ kết vào đầu năm 2024", dt.date(2023, 9, 1), "2024-03-31", "đầu năm"),
]


@pytest.mark.parametrize("phrase, issued, due, convention", FUZZY)
def test_fuzzy_parts_of_periods_use_a_stated_convention_and_are_never_certain(
    phrase: str, issued: dt.date, due: str, convention: str
) -> None:
    result = parse_phrase(phrase, issued)
    assert getattr(result.rule, "due", None) == dt.date.fromisoformat(due), result
    assert result.confidence == "inferred"
    assert any(convention in warning for warning in result.warnings)


HARD_DEADLINES = [
    (
        "học sinh sẽ tựu trường sớm nhất vào ngày 1/8/2013, muộn nhất vào ngày 28/8/2013",
        dt.date(2013, 7, 1),
        "2013-08-28",
    ),
    (
        "Dự kiến ngày 15/12/2020 (chậm nhất ngày 22/12/2020) Ban tổ chức công bố kết quả",
        dt.date(2020, 11, 24),
        "2020-12-22",
    ),
]


@pytest.mark.parametrize("phrase, issued, due", HARD_DEADLINES)
def test_the_hard_deadline_wins_over_a_planned_or_earliest_date(phrase: str, issued: dt.date, due: str) -> None:
    assert first_due(phrase, issued)[0] == dt.date.fromisoformat(due)


SPELLINGS = [
    ("báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020", dt.date(2020, 7, 8), "2020-07-19"),
    ("Thời gian nhận hồ sơ kéo dài đến 17giờ ngày 16-4-2012", dt.date(2012, 3, 15), "2012-04-16"),
    (
        "Dự kiến, thời gian tổ chức Đại hội Mặt trận cấp cơ sở hoàn thành trong quý I-2019.",
        dt.date(2018, 10, 7),
        "2019-03-31",
    ),
    ("hoàn thành trong tháng 8.2015", dt.date(2015, 6, 1), "2015-08-31"),
    ("từ ngày 15.8 - 31.12.2016", dt.date(2016, 8, 1), "2016-12-31"),
    ("Chậm nhất là ngày 1 tháng 2 năm 2026 (42 ngày trước ngày bầu cử)", dt.date(2026, 1, 22), "2026-02-01"),
]


@pytest.mark.parametrize("phrase, issued, due", SPELLINGS)
def test_dotted_dashed_and_spelled_dates_are_read(phrase: str, issued: dt.date, due: str) -> None:
    assert first_due(phrase, issued)[0] == dt.date.fromisoformat(due)


def test_a_spelled_out_number_repeats_the_digits() -> None:
    result = parse_phrase("trong thời hạn 06 (sáu) tháng kể từ ngày Kế hoạch có hiệu quả", dt.date(2024, 1, 1))
    # "có hiệu quả" is not "có hiệu lực": the phrase is a delay of six months after an event
    assert isinstance(result.rule, Relative) and (result.rule.days, result.rule.months) == (6, True)
    assert result.rule.due_after(dt.date(2024, 8, 31)) == dt.date(2025, 2, 28)


NOT_DEADLINES = [
    "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn",
    "Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT",
    "Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình",
    "Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019, thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015",
    "Bộ Giáo dục và Đào tạo yêu cầu các trường không được tổ chức nhập học trước ngày 22/8.",
    "Cuộc thi do Nhà xuất bản Chính trị quốc gia Sự thật phát động từ ngày 17/4/2021",
    "giáo dục thường xuyên (dành cho THCS và THPT), có ít nhất 32 tuần thực học",
]


@pytest.mark.parametrize("phrase", NOT_DEADLINES)
def test_citations_effective_dates_starts_and_noun_phrases_are_not_deadlines(phrase: str) -> None:
    result = parse_phrase(phrase, dt.date(2021, 5, 27))
    assert result.rule is None and result.confidence == "unsure", result


def test_a_citation_inside_a_deadline_phrase_does_not_lend_its_date() -> None:
    result = parse_phrase("hoàn thành theo Kế hoạch 2191 ngày 03.7.2013, chậm nhất ngày 30/9/2013", dt.date(2013, 8, 1))
    assert str(result.rule) == "on 2013-09-30"


RELATIVES = [  # (phrase, days, working, event known)
    ("Trong thời hạn không quá 02 ngày, kể từ ngày hoàn thành các công việc quy định tại khoản 2", 2, False, True),
    ("Thời gian gửi báo cáo chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính.", 45, False, True),
    ("Chậm nhất 7 ngày sau buổi thi cuối cùng của kỳ thi, thí sinh phải nộp hồ sơ đặc cách", 7, False, True),
    ("không quá 15 ngày, cơ quan tiếp nhận hồ sơ phải hoàn thành việc thẩm định", 15, False, False),
    ("Trong thời hạn 20 ngày làm việc, kể từ ngày nhận được văn bản đề nghị của Sở", 20, True, True),
]


@pytest.mark.parametrize("phrase, days, working, known", RELATIVES)
def test_relative_deadlines_across_a_comma_and_without_an_event(
    phrase: str, days: int, working: bool, known: bool
) -> None:
    result = parse_phrase(phrase, dt.date(2024, 1, 1))
    assert isinstance(result.rule, Relative), result
    assert (result.rule.days, result.rule.working) == (days, working)
    # without a named event a person must say when the count starts
    assert result.confidence == ("certain" if known else "unsure")


LEADING_DASH = [
    ("- Thời gian: hằng tháng.", dt.date(2023, 1, 9), "every month at end"),
    (
        "- Đến năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 24%",
        dt.date(2020, 3, 27),
        "end 2025",
    ),
    ("-Thời gian thực hiện Quý I/2023.", dt.date(2023, 1, 9), "end 2023-Q1"),
]


@pytest.mark.parametrize("phrase, issued, canonical", LEADING_DASH)
def test_a_leading_bullet_dash_is_not_part_of_the_phrase(phrase: str, issued: dt.date, canonical: str) -> None:
    assert str(parse_phrase(phrase, issued).rule) == canonical


def test_parsing_is_linear_and_scanning_never_drops_a_deadline() -> None:
    started = time.perf_counter()
    parse_phrase("từ " * 10_000)
    assert time.perf_counter() - started < 2.0
    text = "".join(f"Nhiệm vụ {i}: hoàn thành trước ngày {i % 28 + 1}/{i % 12 + 1}/2023, " for i in range(1200))
    found = scan_deadlines(text, dt.date(2023, 1, 1))
    assert len(found) == 1200
    assert all(text[a:b].startswith("trước ngày") for a, b in (r.span for r in found))
