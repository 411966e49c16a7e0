"""``expand-calendars``: keep occurrences materialised for the window (daily)."""

from __future__ import annotations

import datetime as dt

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from flows.runtime import resolve_day, store


def default_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """One year back to two years ahead, the window the calendars promise."""
    return today - dt.timedelta(days=365), today + dt.timedelta(days=730)


@task(name="materialise-occurrences", retries=3, retry_delay_seconds=[10, 60, 300])
def materialise_window(today_iso: str, start_iso: str, end_iso: str) -> dict[str, int]:
    from dondoc.plans.materialise import materialise
    from dondoc.workcal import working_calendar

    settings, engine = store()
    report = materialise(
        engine,
        dt.date.fromisoformat(start_iso),
        dt.date.fromisoformat(end_iso),
        today=dt.date.fromisoformat(today_iso),
        calendar=working_calendar(settings),
    )
    return {k: v for k, v in vars(report).items() if isinstance(v, int)}


@flow(name="expand-calendars", log_prints=True)
def expand_calendars(day: dt.date | None = None) -> dict[str, int]:
    today = resolve_day(day)
    start, end = default_window(today)
    counts = materialise_window(today.isoformat(), start.isoformat(), end.isoformat())
    lines = "\n".join(f"| {k} | {v} |" for k, v in counts.items())
    create_markdown_artifact(
        key="expand-calendars",
        markdown=f"## Mở rộng lịch hạn {start.strftime('%d/%m/%Y')} – {end.strftime('%d/%m/%Y')}\n\n| chỉ số | số lượng |\n|---|---|\n{lines}\n",
        description="Kết quả mở rộng lịch hạn gần nhất",
    )
    return counts
