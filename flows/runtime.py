"""What every flow needs: settings, the store, the day it runs for, dondoc's log lines."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from prefect import Task, task
from sqlalchemy.engine import Engine

from calendar_rules.vietnamese import TIMEZONE
from dondoc.chase.dates import parse_user_date
from dondoc.db.store import open_store
from dondoc.errors import DondocError
from dondoc.settings import Settings, get_settings

DAY_HELP = (
    "Ngày chạy, dạng dd/mm/yyyy (như trên dòng lệnh; yyyy-mm-dd cũng được). "
    "Bỏ trống: ngày theo giờ dự kiến của lần chạy, giờ Asia/Ho_Chi_Minh."
)


P = ParamSpec("P")
R = TypeVar("R")


def partition_task(name: str, run_name: str, *, tag: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """The task a flow maps over the tree's partitions: named per partition (``run_name`` is a
    template of its parameters), tagged, and retried three times, after 10 s, 1 min and 5 min."""
    return task(name=name, task_run_name=run_name, retries=3, retry_delay_seconds=[10, 60, 300], tags=[tag])


def store() -> tuple[Settings, Engine]:
    route_dondoc_logs()
    settings = get_settings()
    return settings, open_store(settings)


def resolve_day(day: dt.date | str | None) -> dt.date:
    """The flow's day: the parameter when given (re-runs, tests), else the day of the run's
    scheduled start in Asia/Ho_Chi_Minh, so a scheduled run that starts late (a busy worker,
    a server that was down) still works for the day it was scheduled for."""
    if isinstance(day, dt.date):
        return day
    if day:
        return parse_user_date(day, "day")
    from zoneinfo import ZoneInfo

    from prefect.runtime import flow_run

    return flow_run.scheduled_start_time.astimezone(ZoneInfo(TIMEZONE)).date()


def run_name(prefix: str) -> str:
    """``chase-2024-01-05``: a flow run is named by its day (and its subtree, for a partition run)."""
    from prefect.runtime import flow_run

    parameters = flow_run.parameters
    try:
        day = resolve_day(parameters.get("day")).isoformat()
    except DondocError:  # the run itself fails on the bad day, under a name that shows it
        day = str(parameters.get("day"))
    name = f"{prefix}-{day}"
    return f"{name}-{parameters['org_root']}" if parameters.get("org_root") else name


def route_dondoc_logs() -> None:
    """Ship the ``dondoc`` loggers' lines to the Prefect run's log, wherever the run executes
    (``serve``, a pool's worker, a test), as PREFECT_LOGGING_EXTRA_LOGGERS=dondoc would."""
    target = logging.getLogger("dondoc")
    for handler in logging.getLogger("prefect.extra").handlers:
        if handler not in target.handlers:
            target.addHandler(handler)
    if target.level == logging.NOTSET or target.level > logging.INFO:
        target.setLevel(logging.INFO)
