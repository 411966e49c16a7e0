"""The working-day calendar as the application configures it (override file from settings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dondoc.settings import Settings

if TYPE_CHECKING:
    from calendar_rules import WorkingCalendar


@lru_cache(maxsize=4)
def _load(path: Path | None) -> WorkingCalendar:
    from calendar_rules import load_calendar

    return load_calendar(path)


def working_calendar(settings: Settings) -> WorkingCalendar:
    """calendar_rules' WorkingCalendar with the operator's days-off file, if any."""
    return _load(settings.days_off_file)


def is_day_off_fn(settings: Settings) -> Callable[[date], bool]:
    return working_calendar(settings).is_day_off
