"""The Vietnamese calendar of days off, checked against the official announcements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calendar_rules import RulesError, load_calendar, review_warnings
from tests.support.paths import written

CAL = load_calendar()
SNAPSHOT = Path(__file__).parent / "snapshots" / "days_off_2023_2026.txt"


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    "first, last, what",
    [
        ("2023-01-20", "2023-01-26", "Tết Quý Mão 2023"),
        ("2024-02-08", "2024-02-14", "Tết Giáp Thìn 2024"),
        ("2025-01-25", "2025-02-02", "Tết Ất Tỵ 2025"),
        ("2026-02-14", "2026-02-22", "Tết Bính Ngọ 2026"),
        ("2023-04-29", "2023-05-03", "Giỗ Tổ, 30/4, 1/5 năm 2023"),
        ("2024-04-27", "2024-05-01", "30/4–1/5/2024 với ngày 29/4 hoán đổi"),
        ("2025-04-30", "2025-05-04", "30/4–1/5/2025 với ngày 2/5 hoán đổi"),
        ("2023-09-01", "2023-09-04", "Quốc khánh 2023"),
        ("2024-08-31", "2024-09-03", "Quốc khánh 2024"),
        ("2025-08-30", "2025-09-02", "Quốc khánh 2025"),
        ("2026-01-01", "2026-01-04", "Tết Dương lịch 2026 với ngày 2/1 hoán đổi (12729/VPCP-KGVX)"),
        ("2026-08-29", "2026-09-02", "Quốc khánh 2026 với ngày 31/8 hoán đổi (Thông báo 9441 của Bộ Nội vụ)"),
    ],
)
def test_official_breaks_are_days_off(first: str, last: str, what: str) -> None:
    day = d(first)
    while day <= d(last):
        assert CAL.is_day_off(day), f"{day} should be off ({what})"
        day += dt.timedelta(days=1)


@pytest.mark.parametrize("day", ["2024-04-18", "2025-04-07", "2026-04-27"])
def test_gio_to_hung_vuong_is_a_day_off(day: str) -> None:
    assert CAL.is_day_off(d(day))


@pytest.mark.parametrize("day", ["2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22"])
def test_swapped_saturdays_are_working_days(day: str) -> None:
    assert d(day).weekday() == 5 and not CAL.is_day_off(d(day))


def test_days_off_2023_to_2026_match_the_committed_snapshot() -> None:
    lines = [f"{day.isoformat()} {CAL.reason(day)}" for year in range(2023, 2027) for day in CAL.days_off_in(year)]
    assert "\n".join(lines) + "\n" == SNAPSHOT.read_text(encoding="utf-8")


def test_working_day_arithmetic_skips_weekends_and_holidays() -> None:
    assert CAL.add_working_days(d("2023-06-30"), 1) == d("2023-07-03")
    assert CAL.add_working_days(d("2023-06-30"), 3) == d("2023-07-05")
    assert CAL.add_working_days(d("2024-02-07"), 1) == d("2024-02-15")  # across Tết
    assert CAL.add_working_days(d("2024-02-15"), -1) == d("2024-02-07")
    assert CAL.add_working_days(d("2023-07-01"), 0) == d("2023-07-03")
    assert CAL.working_days_between(d("2023-06-30"), d("2023-07-05")) == 3


def test_review_warns_when_the_coming_year_is_not_reviewed() -> None:
    assert review_warnings(CAL, d("2025-11-01")) == []
    [warning] = review_warnings(CAL, d("2026-11-22"))
    assert "2027" in warning


def test_an_override_row_without_a_decision_is_refused(tmp_path: Path) -> None:
    bad = written(tmp_path / "days.yaml", 'days:\n  - {date: 2027-01-02, kind: "off", reason: "nghỉ bù"}\n')
    with pytest.raises(RulesError, match="decision"):
        load_calendar(bad)


def test_an_operator_can_add_and_remove_days_off(tmp_path: Path) -> None:
    custom = written(
        tmp_path / "days.yaml",
        "reviewed_years: [2027]\ndays:\n"
        '  - {date: 2027-03-05, kind: "off", reason: "Nghỉ theo quyết định", decision: "QĐ 1/QĐ-UBND"}\n'
        '  - {date: 2027-03-06, kind: "work", reason: "Làm bù", decision: "QĐ 1/QĐ-UBND"}\n',
    )
    cal = load_calendar(custom)
    assert cal.is_day_off(d("2027-03-05")) and not cal.is_day_off(d("2027-03-06"))


def test_every_2025_and_2026_row_cites_a_decision_and_where_it_was_read() -> None:
    import yaml

    from calendar_rules.workdays import DEFAULT_OVERRIDES

    rows = yaml.safe_load(DEFAULT_OVERRIDES.read_text(encoding="utf-8"))["days"]
    recent = [r for r in rows if r["date"].year in (2025, 2026)]
    assert len(recent) == 6
    assert all(r["decision"] and "chưa đối chiếu" not in r["decision"] for r in recent)
    assert all(str(r["source"]).startswith(("http://", "https://")) for r in recent)
    assert 2027 not in CAL.reviewed_years  # nothing announced yet: doctor must warn in 2026


def test_doctor_warns_in_2026_that_2027_has_no_reviewed_row() -> None:
    from dondoc.doctor import check_holidays
    from dondoc.settings import Settings

    finding = check_holidays(Settings(), d("2026-12-01"))
    assert finding.warning and "chưa được rà soát cho năm 2027" in finding.detail
    assert not check_holidays(Settings(), d("2025-12-01")).warning


def test_the_shipped_baseline_is_the_holidays_package_s_calendar() -> None:
    """load_calendar reads a snapshot of the holidays package (importing the package costs ~0.1 s a
    command): it must hold exactly the package's VN days, names included, for every year it covers."""
    from calendar_rules.workdays import FIRST_YEAR, LAST_YEAR, package_holidays, read_baseline

    baseline = read_baseline()
    assert baseline == package_holidays()
    assert {day.year for day in baseline} == set(range(FIRST_YEAR, LAST_YEAR + 1))
    assert baseline[d("2024-09-02")] == "Quốc khánh"
