"""iCal feed serving: a 500-occurrence feed through the real app, uvicorn on loopback.

    .venv/bin/python bench/bench_feeds.py [--occurrences 500] [--requests 2000] [--database-url URL]

Seeds the example tree and one plan whose tasks give ``--occurrences``
occurrences to the units under Thị ủy Đức Phổ (SQLite in a temporary
DONDOC_HOME by default; ``--database-url`` points at a PostgreSQL database,
which is migrated and whose bench plan is replaced), issues a feed token, and
starts the app with uvicorn on 127.0.0.1 (``dondoc.web.server.run_in_thread``).

A load generator in a separate process (httpx, one keep-alive connection,
sequential requests, raw bytes not decoded) then measures:

1. 200 from the cache, identity and gzip (what every poll costs when nothing changed
   but the client sends no validator);
2. 304 for ``If-None-Match`` (what a well-behaved calendar client costs);

and, in this process, the cold render (the one SELECT, events, ``render_calendar``)
against a bare ``icalendar`` build and serialisation of the same events, plus a whole
cache miss (fingerprint, render, SHA-256, gzip). Prints a markdown table.

Goals: cached 200 median <= 5 ms, 304 median <= 2 ms, cold render <= 1.1x bare icalendar.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import free_port  # noqa: E402

PLAN_ID = "bench-feeds-2023"
ROOT_UNIT = "thi-uy-duc-pho"


# --------------------------------------------------------------------------- load generator (child process)


def client_main(url: str, requests: int) -> None:
    """Runs in the child: time each request on one keep-alive connection; print JSON."""
    import httpx

    def timed(headers: dict[str, str], expect: int) -> dict[str, float]:
        samples: list[float] = []
        with httpx.Client(http1=True, timeout=30) as client:
            for i in range(requests + 50):
                start = time.perf_counter()
                with client.stream("GET", url, headers=headers) as response:
                    size = sum(len(chunk) for chunk in response.iter_raw())
                elapsed = time.perf_counter() - start
                if response.status_code != expect:
                    raise SystemExit(f"expected {expect}, got {response.status_code} for {headers}")
                if i >= 50:  # warm-up: connection, caches, JIT-free but allocator-warm
                    samples.append(elapsed)
        samples.sort()
        total = sum(samples)
        return {
            "rps": len(samples) / total,
            "median_ms": statistics.median(samples) * 1000,
            "p99_ms": samples[int(len(samples) * 0.99) - 1] * 1000,
            "bytes": size,
        }

    with httpx.Client(timeout=30) as client:
        first = client.get(url, headers={"Accept-Encoding": "identity"})
        etag = first.headers["etag"]
    results = {
        "200 identity": timed({"Accept-Encoding": "identity"}, 200),
        "200 gzip": timed({"Accept-Encoding": "gzip"}, 200),
        "304": timed({"Accept-Encoding": "identity", "If-None-Match": etag}, 304),
    }
    print(json.dumps(results))


# --------------------------------------------------------------------------- seeding


def seed(engine, occurrences: int, today: dt.date) -> str:  # type: ignore[no-untyped-def]
    """The example tree, one plan with monthly tasks for the units under the Thị ủy; returns a token."""
    from sqlalchemy import delete
    from sqlmodel import Session, col, select

    from calendar_rules.periods import month_end
    from dondoc.db.models import Committee, FeedToken, Occurrence, Plan, Task, TaskAssignee
    from dondoc.org.importer import import_tree
    from dondoc.org.registry import load_org_file
    from dondoc.web.feed_tokens import issue_token

    at = dt.datetime.now(dt.UTC)
    with Session(engine) as session:
        import_tree(session, load_org_file(ROOT / "examples" / "org_tree.yaml"), at=at, actor="bench")
        session.commit()
    with Session(engine) as session:
        task_ids = select(Task.id).where(col(Task.plan_id) == PLAN_ID)
        session.execute(delete(Occurrence).where(col(Occurrence.task_id).in_(task_ids)))
        session.execute(delete(TaskAssignee).where(col(TaskAssignee.task_id).in_(task_ids)))
        session.execute(delete(Task).where(col(Task.plan_id) == PLAN_ID))
        session.execute(delete(Plan).where(col(Plan.id) == PLAN_ID))
        session.execute(delete(FeedToken).where(col(FeedToken.committee_id) == ROOT_UNIT))
        root = session.get(Committee, ROOT_UNIT)
        assert root is not None
        units = [
            c.id
            for c in session.exec(
                select(Committee).where(col(Committee.path).startswith(root.path)).order_by(col(Committee.id))
            ).all()
        ][:25]
        session.add(
            Plan(
                id=PLAN_ID,
                number="91-KH/TU",
                title="Thực hiện Chỉ thị 05-CT/TW (bench)",
                issuer_id=ROOT_UNIT,
                issued=dt.date(2023, 2, 10),
                content_hash="b" * 64,
                imported_at=at,
            )
        )
        session.flush()
        per_unit_task = -(-occurrences // len(units))  # periods per (unit, task), 1 task per 20 periods
        tasks_needed = -(-per_unit_task // 20)
        tasks = []
        for t in range(tasks_needed):
            task = Task(
                plan_id=PLAN_ID,
                code=f"{t + 1}",
                rule="monthly",
                title=f"Báo cáo kết quả thực hiện nội dung {t + 1}: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                report_to_id=ROOT_UNIT,
                via_id="btg-thi-uy-duc-pho",
                evidence="Định kỳ hằng tháng, các chi, đảng bộ trực thuộc báo cáo kết quả về Ban Thường vụ Thị ủy (qua Ban Tuyên giáo Thị ủy) trước ngày 25.",
                evidence_line=40 + t,
            )
            session.add(task)
            tasks.append(task)
        session.flush()
        first_month = (today.replace(day=1) - dt.timedelta(days=300)).replace(day=1)
        for unit in units:
            for task in tasks:
                session.add(TaskAssignee(task_id=task.id, committee_id=unit))
        rows = []
        for i in range(occurrences):
            unit = units[i % len(units)]
            slot = i // len(units)
            task = tasks[slot // 20]
            month_index = first_month.month - 1 + slot % 20
            year, month = first_month.year + month_index // 12, month_index % 12 + 1
            due = month_end(year, month)
            status = "submitted" if due < today and i % 3 else "open"
            rows.append(
                Occurrence(
                    task_id=task.id,
                    assignee_id=unit,
                    period=f"{year}-{month:02d}",
                    due=due,
                    adjusted_due=due,
                    current_due=due,
                    status=status,
                    submitted_on=due if status == "submitted" else None,
                    sequence=1 if status == "submitted" else 0,
                    updated_at=at,
                )
            )
        session.add_all(rows)
        token = issue_token(session, ROOT_UNIT, at, actor="bench")
        session.commit()
    return token


# --------------------------------------------------------------------------- cold render vs bare icalendar


def bare_icalendar(events) -> bytes:  # type: ignore[no-untyped-def]
    """What a straightforward icalendar build of the same events costs (no DB, no states)."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//bench//bare icalendar//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Hạn báo cáo — Thị ủy Đức Phổ và các đơn vị trực thuộc")
    stamp = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    for e in events:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", e.title)
        alarm.add("trigger", dt.timedelta(days=-e.alarm_days_before))
        # icalendar's constructor of an event from its fields (``Event.new``, RFC 5545 3.6.1)
        event = icalendar.Event.new(
            uid=e.uid,
            stamp=stamp,
            start=e.due,
            end=e.due + dt.timedelta(days=1),
            summary=e.title,
            sequence=e.sequence,
            last_modified=e.last_modified,
            description=f"{e.plan_number} — nhiệm vụ {e.task_code}\n{e.period_label}\n{e.assignee_name}\n{e.report_to_name or ''}\n{e.evidence or ''}\n{e.link or ''}",
            url=e.link or None,
            categories=list(e.categories),
            subcomponents=[alarm],
        )
        cal.add_component(event)
    return cal.to_ical()


def same_work(dondoc_body: bytes, bare_body: bytes) -> None:
    """The baseline writes the same calendar: the same events (UIDs), each with the same start day."""

    def events_of(body: bytes) -> dict[str, str]:
        import icalendar

        cal = icalendar.Calendar.from_ical(body)
        return {str(e["uid"]): str(e.decoded("dtstart")) for e in cal.walk("VEVENT")}

    ours, bare = events_of(dondoc_body), events_of(bare_body)
    assert ours and ours == bare, f"the baseline's events differ: {len(ours)} ours, {len(bare)} bare"


def median_time(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def cold(engine, settings, today: dt.date, repeat: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from sqlmodel import Session

    from dondoc.db.models import Committee
    from dondoc.web import feed_query, feed_render, feeds

    with Session(engine) as session:
        root = session.get(Committee, ROOT_UNIT)
        assert root is not None
        scope = feeds.FeedScope(root.id, root.name, root.path, True)
        rows = feeds.feed_rows(session, scope, today)
        events = feeds.build_events(
            rows, today=today, link_at=feeds.link_instant(today, settings.timezone), subtree=True, settings=settings
        )
        # the same events render_feed writes: the rows' events, then a subtree feed's summary events
        events += feed_render.summary_events(
            feed_query.summary_rows(session, scope, today), today=today, settings=settings
        )
        same_work(feeds.render_feed(session, scope, today=today, settings=settings), bare_icalendar(events))
        render = median_time(lambda: feeds.render_feed(session, scope, today=today, settings=settings), repeat)

        def miss() -> None:
            cache = feeds.FeedCache()
            feeds.current_feed(session, cache, scope, today=today, settings=settings)

        whole_miss = median_time(miss, repeat)
        query = median_time(lambda: feeds.feed_rows(session, scope, today), repeat)
        fingerprint = median_time(lambda: feeds.fingerprint(session, scope, today), repeat)
    bare = median_time(lambda: bare_icalendar(events), repeat)
    return {
        "events": len(events),
        "render": render,
        "miss": whole_miss,
        "query": query,
        "fingerprint": fingerprint,
        "bare": bare,
    }


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--occurrences", type=int, default=500)
    parser.add_argument("--requests", type=int, default=2000, help="timed requests per kind (after 50 warm-up)")
    parser.add_argument("--repeat", type=int, default=20, help="cold-render repetitions (median)")
    parser.add_argument(
        "--database-url", default=None, help="a PostgreSQL URL (default: SQLite in a temporary DONDOC_HOME)"
    )
    parser.add_argument("--client", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        client_main(args.client[0], int(args.client[1]))
        return

    home = tempfile.mkdtemp(prefix="dondoc-bench-feeds-")
    os.environ["DONDOC_HOME"] = home
    os.environ.pop("DONDOC_DATABASE_URL", None)
    if args.database_url:
        os.environ["DONDOC_DATABASE_URL"] = args.database_url
    from dondoc.clock import local_today
    from dondoc.db import migrate
    from dondoc.db.engine import get_engine
    from dondoc.settings import get_settings
    from dondoc.web.server import run_in_thread

    settings = get_settings()
    engine = get_engine(settings.effective_database_url)
    migrate.upgrade(engine)
    today = local_today(settings.timezone)
    token = seed(engine, args.occurrences, today)
    cold_times = cold(engine, settings, today, args.repeat)

    port = free_port()
    handle = run_in_thread("127.0.0.1", port, settings)
    url = f"{handle.url}/feeds/{token}.ics?include=subtree"
    try:
        start = time.perf_counter()
        import httpx

        first = httpx.get(url, headers={"Accept-Encoding": "identity"}, timeout=30)
        first_ms = (time.perf_counter() - start) * 1000
        assert first.status_code == 200, first.status_code
        served = first.content.count(b"BEGIN:VEVENT")
        proc = subprocess.run(
            [sys.executable, __file__, "--client", url, str(args.requests)], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise SystemExit(f"load generator failed: {proc.stderr}")
        results = json.loads(proc.stdout)
    finally:
        handle.stop()

    backend = engine.dialect.name
    goals = {"200 identity": 5.0, "200 gzip": 5.0, "304": 2.0}
    ratio = cold_times["render"] / cold_times["bare"]
    print(
        f"Feed: {served} events (subtree of {ROOT_UNIT}), {backend}, uvicorn on 127.0.0.1, load generator: httpx in a separate process, "
        f"one keep-alive connection, sequential, {args.requests} timed requests per row. Python {sys.version.split()[0]}."
    )
    print()
    print("| request | answer size | requests/s | median | p99 | goal |")
    print("|---|---:|---:|---:|---:|---|")
    ok = True
    for name, r in results.items():
        met = r["median_ms"] <= goals[name]
        ok &= met
        print(
            f"| {name} (cached) | {r['bytes']:,} B | {r['rps']:,.0f} | {r['median_ms']:.2f} ms | {r['p99_ms']:.2f} ms | median ≤ {goals[name]:g} ms: {'met' if met else 'NOT met'} |"
        )
    print(f"| first request (cold, over HTTP) | {len(first.content):,} B | | {first_ms:.1f} ms | | |")
    print()
    print(f"| cold work (in process, median of {args.repeat}) | time |")
    print("|---|---:|")
    print(f"| fingerprint query | {cold_times['fingerprint'] * 1000:.2f} ms |")
    print(f"| feed SELECT (joins, one statement) | {cold_times['query'] * 1000:.2f} ms |")
    print(f"| dondoc render (SELECT + events + render_calendar) | {cold_times['render'] * 1000:.1f} ms |")
    print(
        f"| bare icalendar build + to_ical, same {cold_times['events']} events | {cold_times['bare'] * 1000:.1f} ms |"
    )
    print(f"| **ratio dondoc / bare** | **{ratio:.2f}×** (goal ≤ 1.1×: {'met' if ratio <= 1.1 else 'NOT met'}) |")
    print(f"| whole cache miss (fingerprint + render + SHA-256 + gzip) | {cold_times['miss'] * 1000:.1f} ms |")
    ok &= ratio <= 1.1
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
