"""Working days in Việt Nam and the adjustment policy of BLDS 2015 Điều 148.

When the last day of a period falls on a weekly day off or a public holiday,
the period ends at the end of the next working day (khoản 5): that is policy
``next``, the default. ``previous`` (some organisations want reports before
the break) and ``none`` are available. The calendar is the ``holidays``
package's VN holidays corrected by an operator-editable override file.

The package's days are read from a snapshot shipped beside the override file
(``data/holidays_vn.json``, 2015–2040): importing ``holidays`` loads all of its
250 countries (about 0.1 s, more than the rest of ``dondoc rules explain``'s
work). A test checks the snapshot against the installed package;
``python -c "from calendar_rules.workdays import write_baseline; write_baseline()"``
rewrites it after an upgrade.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from calendar_rules.errors import RulesError

POLICIES = ("next", "previous", "none")
DEFAULT_OVERRIDES = Path(__file__).parent / "data" / "days_off_vn.yaml"
BASELINE_FILE = Path(__file__).parent / "data" / "holidays_vn.json"
FIRST_YEAR, LAST_YEAR = 2015, 2040


@dataclass(frozen=True)
class DayOverride:
    day: dt.date
    kind: str  # "off" or "work"
    reason: str
    decision: str


class WorkingCalendar:
    """Answers 'is this a day off?' in O(1) and moves dates by working days in O(log n)."""

    def __init__(
        self,
        holidays: dict[dt.date, str],
        overrides: Sequence[DayOverride] = (),
        reviewed_years: frozenset[int] = frozenset(),
    ):
        self.names: dict[dt.date, str] = dict(holidays)
        self.extra_work: set[dt.date] = set()
        for row in overrides:
            if row.kind == "off":
                self.names[row.day] = row.reason
                self.extra_work.discard(row.day)
            else:
                self.extra_work.add(row.day)
                self.names.pop(row.day, None)
        self.overrides = list(overrides)
        self.reviewed_years = reviewed_years
        self._off: set[dt.date] = set(self.names)
        self._working_ordinals: list[int] | None = None

    def is_day_off(self, day: dt.date) -> bool:
        if day in self._off:
            return True
        return day.weekday() >= 5 and day not in self.extra_work

    def reason(self, day: dt.date) -> str | None:
        if day in self.names:
            return self.names[day]
        if self.is_day_off(day):
            return "Thứ Bảy" if day.weekday() == 5 else "Chủ nhật"
        return None

    def adjust(self, day: dt.date, policy: str = "next") -> dt.date:
        if policy == "none":
            return day
        if policy not in POLICIES:
            raise RulesError(f"chính sách '{policy}' không hợp lệ (next, previous, none)")
        step = dt.timedelta(days=1 if policy == "next" else -1)
        while self.is_day_off(day):
            day += step
        return day

    def _ordinals(self) -> list[int]:
        if self._working_ordinals is None:
            start, end = dt.date(FIRST_YEAR - 1, 1, 1).toordinal(), dt.date(LAST_YEAR + 1, 12, 31).toordinal()
            self._working_ordinals = [o for o in range(start, end + 1) if not self.is_day_off(dt.date.fromordinal(o))]
        return self._working_ordinals

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after ``day`` (before it when n < 0); n = 0 gives ``day``
        itself if it is a working day, else the next working day."""
        ordinals = self._ordinals()
        o = day.toordinal()
        if n >= 0:
            index = bisect.bisect_left(ordinals, o) if n == 0 else bisect.bisect_right(ordinals, o) + n - 1
        else:
            index = bisect.bisect_left(ordinals, o) + n
        if not 0 <= index < len(ordinals):
            raise RulesError(f"ngày {day.isoformat()} ± {n} ngày làm việc nằm ngoài lịch {FIRST_YEAR}–{LAST_YEAR}")
        return dt.date.fromordinal(ordinals[index])

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        ordinals = self._ordinals()
        a, b = start.toordinal(), end.toordinal()
        if b >= a:
            return bisect.bisect_right(ordinals, b) - bisect.bisect_right(ordinals, a)
        return -(bisect.bisect_right(ordinals, a) - bisect.bisect_right(ordinals, b))

    def nth_working_day(self, first: dt.date, last: dt.date, n: int) -> dt.date:
        """The n-th working day of [first, last] (n < 0 counts from the end)."""
        day = self.add_working_days(first, 0) if n > 0 else self.add_working_days(last + dt.timedelta(days=1), -1)
        day = self.add_working_days(day, n - 1) if n > 0 else self.add_working_days(day, n + 1)
        if not first <= day <= last:
            raise RulesError(f"kỳ {first.isoformat()}–{last.isoformat()} không có ngày làm việc thứ {n}")
        return day

    def days_off_in(self, year: int) -> list[dt.date]:
        day, result = dt.date(year, 1, 1), []
        while day.year == year:
            if self.is_day_off(day):
                result.append(day)
            day += dt.timedelta(days=1)
        return result


def read_overrides(path: Path) -> tuple[list[DayOverride], frozenset[int]]:
    """Read an override file; every problem names the file and the row."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: không đọc được bảng ngày nghỉ: {exc}") from None
    rows: list[DayOverride] = []
    for index, row in enumerate(data.get("days") or [], start=1):
        try:
            day = row["date"] if isinstance(row["date"], dt.date) else dt.date.fromisoformat(str(row["date"]))
            kind = str(row["kind"])
            if kind not in ("off", "work"):
                raise ValueError(f"kind '{kind}' phải là off hoặc work")
            decision = str(row.get("decision") or "").strip()
            if not decision:
                raise ValueError("thiếu văn bản quyết định (decision)")
            rows.append(DayOverride(day, kind, str(row.get("reason") or ""), decision))
        except (KeyError, TypeError, ValueError) as exc:
            raise RulesError(f"{path}: dòng thứ {index} của days: {exc}") from None
    years = frozenset(int(y) for y in data.get("reviewed_years") or [])
    return rows, years


def package_holidays() -> dict[dt.date, str]:
    """The ``holidays`` package's VN holidays, FIRST_YEAR to LAST_YEAR, in Vietnamese (what the snapshot holds)."""
    import holidays as holidays_package

    base = holidays_package.country_holidays("VN", years=range(FIRST_YEAR, LAST_YEAR + 1), language="vi")
    return {day: str(name) for day, name in sorted(base.items())}


def read_baseline(path: Path = BASELINE_FILE) -> dict[dt.date, str]:
    """The snapshot of ``package_holidays()`` shipped with calendar_rules."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {dt.date.fromisoformat(day): str(name) for day, name in data["days"].items()}


def write_baseline(path: Path = BASELINE_FILE) -> int:
    """Rewrite the snapshot from the installed ``holidays`` package; the number of days written."""
    import holidays as holidays_package

    days = package_holidays()
    data = {
        "source": f"holidays {holidays_package.__version__}, country_holidays('VN', language='vi')",
        "years": [FIRST_YEAR, LAST_YEAR],
        "days": {day.isoformat(): name for day, name in days.items()},
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(days)


def load_calendar(override_file: Path | None = None) -> WorkingCalendar:
    """The VN calendar: `holidays` baseline (its snapshot) plus the override table (default: the shipped one)."""
    overrides, reviewed = read_overrides(override_file or DEFAULT_OVERRIDES)
    return WorkingCalendar(read_baseline(), overrides, reviewed)


def review_warnings(calendar: WorkingCalendar, today: dt.date) -> list[str]:
    """Warn when the coming year's days off have not been checked against the decisions."""
    coming = today.year + 1
    if coming not in calendar.reviewed_years:
        return [
            f"bảng ngày nghỉ chưa được rà soát cho năm {coming}: đối chiếu thông báo nghỉ lễ, Tết của Chính phủ rồi thêm {coming} vào reviewed_years"
        ]
    return []
