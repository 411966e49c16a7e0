"""Zalo OA API error codes and what dondoc does about each (permanent, transient, refresh the token).

The codes are a table transcribed from Zalo's own (developers.zalo.me, OA API "bảng mã lỗi"), so they
live as one in ``zalo_codes.csv`` beside this module, a row a code: adding a code Zalo documents is
adding a row. The table is read and checked once, at import, and a malformed row stops the import
with its line number rather than turning into a wrong verdict on a live message.
Unknown codes are transient: retrying a few times with backoff is cheap, while wrongly marking a
contact channel dead hides reminders from a unit.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

CODES_FILE = Path(__file__).with_name("zalo_codes.csv")
_COLUMNS = ["code", "meaning", "permanent", "retry_after", "expired_token"]
_YES_NO = {"yes": True, "no": False}


@dataclass(frozen=True)
class ZaloCode:
    meaning: str
    permanent: bool
    retry_after: float | None = None
    expired_token: bool = False


def _yes_no(row: dict[str, str], column: str, where: str) -> bool:
    value = row[column].strip()
    if value not in _YES_NO:
        raise ValueError(f"{where}: {column} must be yes or no, not {value!r}")
    return _YES_NO[value]


def read_codes(path: Path) -> dict[int, ZaloCode]:
    """The table in ``path``: code → what it means and what to do about it."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != _COLUMNS:
            raise ValueError(f"{path}:1: the header must be {','.join(_COLUMNS)}")
        codes: dict[int, ZaloCode] = {}
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row.values() or None in row:
                raise ValueError(f"{where}: expected the {len(_COLUMNS)} columns {','.join(_COLUMNS)}")
            try:
                code = int(row["code"])
                retry_after = float(row["retry_after"]) if row["retry_after"].strip() else None
            except (TypeError, ValueError):
                raise ValueError(f"{where}: code and retry_after must be numbers") from None
            if code in codes:
                raise ValueError(f"{where}: code {code} is listed twice")
            codes[code] = ZaloCode(
                meaning=row["meaning"].strip(),
                permanent=_yes_no(row, "permanent", where),
                retry_after=retry_after,
                expired_token=_yes_no(row, "expired_token", where),
            )
    return codes


ZALO_ERRORS: dict[int, ZaloCode] = read_codes(CODES_FILE)
