"""Dates as people type them on the command line: dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd)."""

from __future__ import annotations

import datetime as dt
import re

from dondoc.errors import BadValue

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_user_date(text: str, option: str) -> dt.date:
    """``30/06/2023`` → date; anything else is a BadValue (exit 2) naming the field and the expected form."""
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise BadValue(option, f"'{text}' không phải ngày hợp lệ (cần dạng dd/mm/yyyy, ví dụ 30/06/2023)")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(option, f"ngày '{text}' không tồn tại") from None
