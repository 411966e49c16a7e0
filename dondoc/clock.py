"""The one place dondoc reads the wall clock.

Only entry points (CLI commands, flows, web handlers) call these; everything
below them receives the day or instant as a parameter, so tests fix the clock
by passing a value, not by patching.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from calendar_rules.vietnamese import TIMEZONE


def utc_now() -> dt.datetime:
    import pendulum  # its import costs commands that only need today's date (rules explain)

    return pendulum.now("UTC")


def local_today(timezone: str = TIMEZONE) -> dt.date:
    """Today in Asia/Ho_Chi_Minh, where every deadline is counted."""
    return dt.datetime.now(ZoneInfo(timezone)).date()


def actor_name() -> str:
    """Who is running this command, for the history (``cli:<login>``)."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no login name in some containers
        return "cli:unknown"
