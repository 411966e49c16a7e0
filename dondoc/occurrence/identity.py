"""An occurrence's identity: its row id, and its key (task, assignee, period).

The key is unique in the table (``uq_occurrence_key``) and outlives the id: a
rebuilt database gives new ids but the same keys. Outside the database the
task is (plan, task code), so the key is (plan, task code, assignee, period),
and the iCal UID is derived from it by the pure core
(``calendar_rules.ical.occurrence_uid``), which the rest of dondoc reaches
through this module.
"""

from __future__ import annotations

from calendar_rules.ical import occurrence_uid
from dondoc.errors import DondocError

__all__ = ["MAX_ID", "max_id", "occurrence_uid", "parse_occurrence_id"]

MAX_ID = 2**63 - 1  # the largest id SQLite's INTEGER holds
_MAX_IDS = {"postgresql": 2**31 - 1}  # the id column is INTEGER: 32 bits on PostgreSQL


def max_id(dialect: str) -> int:
    """The largest id the occurrence table can hold on this database: a larger one names nothing."""
    return _MAX_IDS.get(dialect, MAX_ID)


def parse_occurrence_id(text: str) -> int:
    """What a person types for an occurrence, ``#1234`` or ``1234``, as its id 1234."""
    cleaned = text.strip().lstrip("#")
    if not cleaned.isdigit():
        raise DondocError(f"mã kỳ báo cáo '{text}' không hợp lệ (dạng #1234 hoặc 1234)")
    return int(cleaned)
