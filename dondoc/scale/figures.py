"""What a simulated day cost: timings and counts per day, and their Vietnamese summary."""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal, get_args

from calendar_rules import vietnamese
from calendar_rules.vietnamese import format_day
from dondoc.story.days import DayCounts, Replay
from dondoc.story.days import working_days as working_days  # the day loop's, shared with the demo

# ``day`` at ``hour:minute`` in Vietnam, as the UTC instant the database stores: the core's helper
local_instant = vietnamese.local_instant


def spread(days: Sequence[dt.date], count: int) -> list[dt.date]:
    """``count`` days spread evenly over ``days`` (all of them when there are fewer)."""
    if count >= len(days):
        return list(days)
    if count <= 1:
        return [days[len(days) // 2]] if count == 1 else []
    step = (len(days) - 1) / (count - 1)
    return [days[round(i * step)] for i in range(count)]


def peak_rss_kb() -> int:
    """This process's peak resident memory in kB.

    ``VmHWM`` where /proc has it: ``getrusage``'s ``ru_maxrss`` survives
    ``execve`` on Linux, so a worker spawned by a 1 GB parent would report the
    parent's gigabyte instead of its own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


Phase = Literal["decide", "queue", "send", "submit"]
"""The timed phases of a simulated day: the decision, the queueing, the delivery, the reports recorded."""


@dataclass
class DayFigures(DayCounts):
    """What one simulated day did (the demo's counts and more) and how long each phase took (wall clock)."""

    rows_read: int = 0
    already_queued: int = 0
    skipped: int = 0
    phase_seconds: dict[Phase, float] = field(default_factory=lambda: dict.fromkeys(get_args(Phase), 0.0))

    @contextmanager
    def timed(self, phase: Phase) -> Iterator[None]:
        """Add the wall-clock time of the ``with`` block to ``phase``: a phase timed twice in a day
        (the reports recorded at 07:00 and at 10:00) adds up, and no caller keeps start times."""
        start = time.perf_counter()
        yield
        self.phase_seconds[phase] += time.perf_counter() - start

    @property
    def seconds(self) -> float:
        return sum(self.phase_seconds.values())


@dataclass
class SimulationReport(Replay[DayFigures]):
    workers: int = 1
    main_rss_kb: int = 0
    worker_rss_kb: int = 0  # the largest peak of any worker process (the main process when workers == 1)

    def seconds(self, phase: Phase) -> float:
        return sum(d.phase_seconds[phase] for d in self.days)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile; enough for a handful of days."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[index]


def vn_number(value: float) -> str:
    """12345 → "12.345", as Vietnamese writes numbers."""
    return f"{value:,.0f}".replace(",", ".")


def timing_summary(report: SimulationReport) -> list[tuple[str, str]]:
    """(label, value) lines in Vietnamese for the end of a run."""
    days = report.days
    if not days:
        return [("Ngày làm việc đã mô phỏng", "0")]
    decide = [d.phase_seconds["decide"] for d in days]
    total = [d.seconds for d in days]
    sent, send_s = report.total("sent"), report.seconds("send")
    queued, queue_s = report.total("queued"), report.seconds("queue")
    busiest = max(days, key=lambda d: d.queued)
    n = vn_number
    return [
        ("Ngày làm việc đã mô phỏng", f"{len(days)} ({format_day(days[0].day)}–{format_day(days[-1].day)})"),
        (
            "Bước đến hạn / tin xếp mới / tin đã gửi",
            f"{n(report.total('due_steps'))} / {n(queued)} / {n(sent)} (lỗi {n(report.total('failed'))})",
        ),
        ("Báo cáo các đơn vị đã nộp (mô phỏng)", n(report.total("submitted"))),
        (
            "Thời gian quyết định mỗi ngày (giây)",
            f"trung vị {statistics.median(decide):.3f}, p95 {percentile(decide, 0.95):.3f}, lớn nhất {max(decide):.3f}",
        ),
        (
            "Thời gian cả ngày (giây)",
            f"trung vị {statistics.median(total):.1f}, p95 {percentile(total, 0.95):.1f}, lớn nhất {max(total):.1f}",
        ),
        ("Ngày bận nhất", f"{format_day(busiest.day)}: {n(busiest.queued)} tin trong {busiest.seconds:.1f} giây"),
        ("Xếp tin (tin/giây)", n(queued / queue_s) if queue_s else "—"),
        ("Gửi tin (tin/giây)", n(sent / send_s) if send_s else "—"),
        (
            "Bộ nhớ đỉnh",
            f"tiến trình chính {n(report.main_rss_kb / 1024)} MB; mỗi tiến trình làm việc tối đa {n(report.worker_rss_kb / 1024)} MB ({report.workers} tiến trình)",
        ),
    ]
