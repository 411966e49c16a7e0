"""The four categories Văn phòng Chính phủ uses to report on assigned tasks.

A person reads every report in these words, so they are computed in one place
(pure: ``today`` is a parameter) and shared by ``dondoc status``, the digest,
the flows' artifacts and the web pages.
"""

from __future__ import annotations

import datetime as dt
import enum


class Category(str, enum.Enum):
    on_time = "dung_han"  # done, on or before the due date
    late = "qua_han"  # done, after the due date
    in_time = "trong_han"  # not done, not yet past due
    overdue = "qua_han_chua_hoan_thanh"  # not done and past due


CATEGORY_LABELS: dict[Category, str] = {
    Category.on_time: "Đúng hạn",
    Category.late: "Quá hạn",
    Category.in_time: "Trong hạn",
    Category.overdue: "Quá hạn chưa hoàn thành",
}

CATEGORY_ORDER = (Category.overdue, Category.in_time, Category.late, Category.on_time)


def categorise(status: str, current_due: dt.date, submitted_on: dt.date | None, today: dt.date) -> Category | None:
    """The category of one occurrence on ``today``; None when it no longer counts (waived, cancelled).

    A report sent on the due date itself is on time; an open occurrence is overdue
    only from the day after its (adjusted, possibly extended) due date.
    """
    if status in ("waived", "cancelled"):
        return None
    if status == "submitted":
        done = submitted_on or current_due
        return Category.on_time if done <= current_due else Category.late
    return Category.in_time if today <= current_due else Category.overdue
