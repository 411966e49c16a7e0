"""Vietnamese time and its presentation: the one home of the time zone, the date formats and the
period labels.

Deadlines are counted in Asia/Ho_Chi_Minh; instants are stored in UTC and shown in local time.
pendulum has no Vietnamese locale, so day and month names come from Babel's ``vi`` locale.
Everything a person reads shows dates as dd/mm/yyyy and times as dd/mm/yyyy HH:MM.
"""

from __future__ import annotations

import datetime as dt
import enum
from zoneinfo import ZoneInfo

TIMEZONE = "Asia/Ho_Chi_Minh"
LOCAL_TZ = ZoneInfo(TIMEZONE)
DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry the Vietnamese text people read for them.

    A member is declared ``slug = "slug", "Vietnamese label"``: its value is the slug (what is
    stored and parsed), ``label`` the text shown, so no table beside the enum can fall out of step.
    """

    _value_: str
    label: str

    def __new__(cls, value: str, label: str | None = None) -> LabelledEnum:
        # ``label`` has a default only because type checkers read ``Kind("slug")``, the lookup by
        # value, as a call of this constructor; a member declared without its label is an error.
        if label is None:
            raise TypeError(f"{cls.__name__} member {value!r} needs its Vietnamese label")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


# the weekdays as a sentence names them, Monday first (index as ``date.weekday``)
WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def format_day(day: dt.date) -> str:
    """``30/06/2023``."""
    return day.strftime(DATE_FORMAT)


def format_local_time(moment: dt.datetime) -> str:
    """``30/06/2023 07:30``: an aware instant shown in Asia/Ho_Chi_Minh."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: give it a time zone")
    return moment.astimezone(LOCAL_TZ).strftime(DATETIME_FORMAT)


def local_instant(day: dt.date, hour: int = 0, minute: int = 0) -> dt.datetime:
    """The instant ``hour:minute`` of a local day, in UTC (what the store keeps)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ).astimezone(dt.UTC)


def local_day(moment: dt.datetime) -> dt.date:
    """The local (Asia/Ho_Chi_Minh) calendar day of an aware instant."""
    return moment.astimezone(LOCAL_TZ).date()


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def format_date_vi(day: dt.date) -> str:
    """``Thứ Sáu, 30/06/2023``: weekday and dd/mm/yyyy."""
    # Babel loads its locale machinery on import (~12 ms): only this label needs it, and every
    # command imports this module for the time zone and dd/mm/yyyy.
    from babel.dates import format_date

    return format_date(day, "EEEE, dd/MM/yyyy", locale="vi")


def format_short_date_vi(day: dt.date) -> str:
    """``30/06/2023``."""
    return format_day(day)


def period_label_vi(period: str) -> str:
    """Human label of a stable period key.

    Keys: ``2023`` (year), ``2023-H1`` (half), ``2023-Q2`` (quarter),
    ``2023-03`` (month), ``2023-03-15`` (a single day). Unknown shapes are
    returned unchanged so that a label is never lost.
    """
    parts = period.split("-")
    try:
        if len(parts) == 1:
            return f"Năm {int(parts[0])}"
        year = int(parts[0])
        if len(parts) == 2 and parts[1].startswith("Q"):
            return f"Quý {_ROMAN[int(parts[1][1:])]}/{year}"
        if len(parts) == 2 and parts[1].startswith("H"):
            half = int(parts[1][1:])
            return f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}"
        if len(parts) == 2:
            return f"Tháng {int(parts[1]):02d}/{year}"
        if len(parts) == 3:
            return f"Ngày {int(parts[2]):02d}/{int(parts[1]):02d}/{year}"
    except (KeyError, ValueError):
        pass
    return period


def days_phrase_vi(days: int) -> str:
    """``còn 3 ngày`` / ``hạn hôm nay`` / ``quá hạn 2 ngày``, days = due - today."""
    if days > 0:
        return f"còn {days} ngày"
    if days == 0:
        return "hạn hôm nay"
    return f"quá hạn {-days} ngày"
