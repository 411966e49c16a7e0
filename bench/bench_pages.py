"""The web pages and feeds as people wait for them, end to end over HTTP, on a national-shaped tree.

    .venv/bin/python bench/bench_pages.py [--units 6000] [--today 01/07/2024] [--cold 3] [--warm 5]
                                          [--subscribers 60000] [--duration 60] [--no-load] [--keep]

Set-up (each a real ``python -m dondoc`` process, timed and printed): a throwaway PostgreSQL
database (``dondoc_bench_…`` on ``--pg-url``), ``db upgrade``, ``generate-national --units N
--year Y`` (Y the year of ``--today``) and ``expand`` from a year before ``--today`` to a year
after it (``--today`` given explicitly, so the figures do not depend on the wall clock; no chase
runs, so every deadline before that day is open and overdue: the worst case for the overdue lists
and the subtree feed). Then ``user add bench.tw --role committee --org tw`` (the central office,
which may read every unit) and ``feed token ha-noi-h09``.

The server is ``dondoc web --today D`` (uvicorn, one process, loopback), the day pinned the same
way. Timed over HTTP with httpx (identity bodies, read to the end), for ``--cold`` fresh server
processes: the root committee page ``/committees/tw``, a province page, a district page, and the
``ha-noi-h09`` subtree feed. "Cold" is the first request of each in a fresh server (the feed cache
empty; PostgreSQL's and the OS's caches stay warm across restarts); "warm" the ``--warm`` requests
after it. Targets (issue 16): root ≤ 2 s, feed ≤ 3 s and ≤ 5 MB at 6,000 units; 3× at 60,000.

Load test (Debian's ``wrk``; ``apt-get install -y wrk``): ``--subscribers`` calendar clients each
polling once an hour is ``subscribers / 3600`` feed GETs a second. The bench issues feed tokens for
``--feeds`` sampled units (a unit with units under it is polled with ``?include=subtree``): more
than the server's 256-entry LRU feed cache, so a walk through them misses the cache on every
poll, as 60,000 distinct subscriptions would (each miss renders the feed again, then answers 304). It polls each once to learn its gzip ETag (the
first polls, timed), then runs two wrk processes at once for ``--duration`` seconds: the feeds, paced to that
rate, each request with ``Accept-Encoding: gzip`` and the ``If-None-Match`` a calendar client that
already has the feed sends (so the answer is 304 unless the feed changed), and committee pages of
sampled province, district and grassroots units, signed in, paced to ``--page-rate`` a second.
wrk measures closed-loop per connection (a connection waits for its answer, then the pause), so
the achieved rate is reported next to the target. Any socket error, timeout or status other than
200/304 fails the bench.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pages_load import issue_feed_paths, load_units, ms, prime, start_wrk, wrk_result  # noqa: E402
from bench.support import create_database, fetch_rows, free_port, keep_or_drop  # noqa: E402

DEFAULT_PG = os.environ.get("DONDOC_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
USER, PASSWORD = "bench.tw", "bench-pages-mat-khau-dai"
ROOT_UNIT, PROVINCE, DISTRICT = "tw", "tu-ha-noi", "ha-noi-h09"
INSTALL_WRK = "wrk is not installed: on Debian/Ubuntu run `apt-get install -y wrk` (as root), then run the bench again."


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "dondoc", *args], env=env, cwd=ROOT, input=stdin, capture_output=True, text=True
    )
    last = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"  $ dondoc {' '.join(args)}   [{time.perf_counter() - t0:.1f} s] {last[:140]}", flush=True)
    if done.returncode != 0:
        sys.exit(f"dondoc {' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    return done.stdout


def day_text(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def year_from(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


@contextmanager
def server(env: dict[str, str], today: dt.date) -> Iterator[tuple[str, int]]:
    """``dondoc web --today`` in its own process on a free loopback port; yields (base URL, pid)."""
    port = free_port()
    command = [sys.executable, "-m", "dondoc", "web", "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryFile(mode="w+") as log:  # a file, not a pipe: a full pipe would stall the server
        process = subprocess.Popen(
            [*command, "--today", day_text(today)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    sys.exit(f"dondoc web exited ({process.returncode}): {log.read()[-3000:]}")
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    sys.exit("dondoc web did not answer /healthz within 60 s")
                time.sleep(0.1)
            yield base, process.pid
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sign_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    form = client.get("/login")
    found = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert found, "no CSRF field on /login"
    answer = client.post("/login", data={"username": USER, "password": PASSWORD, "csrf": found.group(1), "next": "/"})
    assert answer.status_code == 303, (answer.status_code, answer.text[:300])
    return client


def timed_get(client: httpx.Client, path: str, marker: str) -> tuple[float, int]:
    """Seconds to the last byte of an identity body, and its size; asserts a 200 that holds ``marker``."""
    t0 = time.perf_counter()
    answer = client.get(path, headers={"Accept-Encoding": "identity"})
    seconds = time.perf_counter() - t0
    assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])
    assert marker in answer.text, (path, marker)
    return seconds, len(answer.content)


def unit_names(url: str, ids: tuple[str, ...]) -> dict[str, str]:
    rows = fetch_rows(url, "SELECT id, name FROM committee WHERE id = ANY(:ids)", {"ids": list(ids)})
    return {str(k): str(v) for k, v in rows}


def measure(env: dict[str, str], today: dt.date, targets: list[tuple[str, str, str]], rounds: int, warm: int) -> dict:
    """Cold (first in a fresh server) and warm timings of each target; sizes; the feed's events and gzip size."""
    found: dict[str, dict] = {label: {"cold": [], "warm": []} for label, _, _ in targets}
    for round_ in range(rounds):
        with server(env, today) as (base, pid):
            with closing(sign_in(base)) as client:
                for label, path, marker in targets:
                    seconds, found[label]["bytes"] = timed_get(client, path, marker)
                    found[label]["cold"].append(seconds)
                for _ in range(warm):
                    for label, path, marker in targets:
                        found[label]["warm"].append(timed_get(client, path, marker)[0])
                label, path, _ = targets[-1]
                body = client.get(path, headers={"Accept-Encoding": "identity"}).content
                found[label]["events"] = body.count(b"BEGIN:VEVENT")
                with client.stream("GET", path, headers={"Accept-Encoding": "gzip"}) as answer:
                    found[label]["gzip"] = sum(len(chunk) for chunk in answer.iter_raw())
            rss = peak_rss_mb(pid)
        cold = ", ".join(f"{label} {found[label]['cold'][-1]:.2f} s" for label, _, _ in targets)
        print(f"  server {round_ + 1}/{rounds}: cold {cold}; server peak RSS {rss:,.0f} MB", flush=True)
    return found


def load_test(args: argparse.Namespace, env: dict[str, str], url: str, today: dt.date, home: Path) -> None:
    rate = args.subscribers / 3600
    units = load_units(url)
    rng = random.Random(args.seed)
    count = min(len(units), args.feeds)
    feeds = rng.sample(units, count)
    pages = rng.sample([u for u in units if 1 <= u[1] <= 3], min(300, len(units)))
    t0 = time.perf_counter()
    paths = issue_feed_paths(url, feeds)
    print(f"  issued {len(paths):,} feed tokens in {time.perf_counter() - t0:.1f} s", flush=True)
    with server(env, today) as (base, pid):
        t0 = time.perf_counter()
        etags, seconds, primed_bytes = prime(base, paths)
        took = time.perf_counter() - t0
        subtree = sum(1 for u in feeds if u[2])
        print(
            f"  first polls: {len(paths):,} feeds ({subtree:,} subtree) in {took:.1f} s, 2 at a time ="
            f" {len(paths) / took:,.1f} feeds/s; per poll median {statistics.median(seconds):.3f} s,"
            f" max {max(seconds):.2f} s; {primed_bytes / len(paths) / 1024:,.0f} KiB gzip on average",
            flush=True,
        )
        with closing(sign_in(base)) as client:
            cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        load_before = os.getloadavg()
        feed_run = start_wrk(
            base,
            [f"{p}\t{e}" for p, e in zip(paths, etags, strict=True)],
            rate,
            args.feed_connections,
            args.duration,
            home,
            "feeds",
        )
        page_run = start_wrk(
            base,
            [f"/committees/{u[0]}\t" for u in pages],
            args.page_rate,
            args.page_connections,
            args.duration,
            home,
            "pages",
            cookie,
        )
        results = {"feeds": wrk_result(feed_run, args.duration), "pages": wrk_result(page_run, args.duration)}
        load_after = os.getloadavg()
        rss = peak_rss_mb(pid)
    print(
        f"\nLoad test: {args.subscribers:,} subscribers polling hourly = {rate:.1f} feed GETs/s target,"
        f" with committee pages at {args.page_rate:g}/s target, {args.duration} s, one uvicorn process"
        f" (peak RSS {rss:,.0f} MB); load average {load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min)\n"
    )
    print("| wrk run | connections | requests | achieved rate | 200 | 304 | other | errors | p50 | p90 | p99 | max |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    failed = []
    for name, r in results.items():
        errors = sum(int(r[k]) for k in ("connect", "read", "write", "timeout")) + int(r["other"])
        connections = args.feed_connections if name == "feeds" else args.page_connections
        achieved = int(r["requests"]) / (int(r["duration_us"]) / 1e6)
        print(
            f"| {name} | {connections} | {int(r['requests']):,} | {achieved:,.1f}/s | {int(r['ok']):,} |"
            f" {int(r['not_modified']):,} | {int(r['other']):,} ({r['other_statuses']}) | {errors} |"
            f" {ms(r['p50_us'])} | {ms(r['p90_us'])} | {ms(r['p99_us'])} | {ms(r['max_us'])} |"
        )
        if errors:
            failed.append(f"{name}: {r}")
    assert not failed, f"the load test saw errors: {failed}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=6_000)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--today", default="01/07/2024", help="the day pages, feeds and the expand count as today")
    parser.add_argument("--pg-url", default=DEFAULT_PG, help="the server to create the throwaway database on")
    parser.add_argument("--database-url", help="reuse a database this bench set up and kept (skips generate, expand)")
    parser.add_argument("--cold", type=int, default=3, help="fresh server processes (cold requests)")
    parser.add_argument("--warm", type=int, default=5, help="warm requests of each target per server")
    parser.add_argument("--subscribers", type=int, default=60_000, help="feed subscribers polling once an hour")
    parser.add_argument("--duration", type=int, default=60, help="seconds of the load test")
    parser.add_argument(
        "--feeds",
        type=int,
        default=320,
        help="distinct feeds the clients poll in turn (default 320: more than the server's 256-entry LRU feed"
        " cache, so a round-robin walk misses the cache on every poll, as 60,000 distinct subscriptions would)",
    )
    parser.add_argument("--feed-connections", type=int, default=8)
    parser.add_argument("--page-rate", type=float, default=2.0, help="committee pages a second during the load test")
    parser.add_argument("--page-connections", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-load", action="store_true", help="skip the wrk load test")
    parser.add_argument("--keep", action="store_true", help="keep the database and DONDOC_HOME (prints where)")
    args = parser.parse_args()
    if not args.no_load and shutil.which("wrk") is None:
        sys.exit(INSTALL_WRK)
    command = "    .venv/bin/python " + " ".join(["bench/bench_pages.py", *sys.argv[1:]])
    today = dt.datetime.strptime(args.today, "%d/%m/%Y").date()
    home = Path(tempfile.mkdtemp(prefix="dondoc_bench_pages_"))
    url = args.database_url or create_database(args.pg_url)
    env = {**os.environ, "DONDOC_HOME": str(home), "DONDOC_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    print(f"{url}, {args.units:,} units, today {args.today}, load average {os.getloadavg()[0]:.1f}", flush=True)
    try:
        print("set-up:")
        if not args.database_url:
            cli(env, "db", "upgrade")
            cli(
                env,
                "generate-national",
                "--units",
                str(args.units),
                "--tasks",
                str(args.tasks),
                "--year",
                str(today.year),
            )
            first, last = year_from(today, -1), year_from(today, 1)
            cli(env, "expand", "--from", day_text(first), "--to", day_text(last), "--today", args.today, "-q")
            cli(
                env,
                "user",
                "add",
                USER,
                "--role",
                "committee",
                "--org",
                ROOT_UNIT,
                "--password-stdin",
                stdin=PASSWORD + "\n",
            )
        engine = create_engine(url)
        with engine.connect() as conn:
            occurrences = conn.execute(text("SELECT count(*) FROM occurrence")).scalar_one()
            units = conn.execute(text("SELECT count(*) FROM committee")).scalar_one()
        engine.dispose()
        issued = cli(env, "feed", "token", DISTRICT)
        token = re.search(r"/feeds/([A-Za-z0-9_-]+)\.ics\?include=subtree", issued)
        assert token, issued
        names = unit_names(url, (ROOT_UNIT, PROVINCE, DISTRICT))
        targets = [
            ("root page /committees/tw", f"/committees/{ROOT_UNIT}", names[ROOT_UNIT]),
            (f"province page /committees/{PROVINCE}", f"/committees/{PROVINCE}", names[PROVINCE]),
            (f"district page /committees/{DISTRICT}", f"/committees/{DISTRICT}", names[DISTRICT]),
            (f"{DISTRICT} subtree feed", f"/feeds/{token.group(1)}.ics?include=subtree", "END:VCALENDAR"),
        ]
        print(f"pages and feed over HTTP ({args.cold} fresh servers, {args.warm} warm requests each):", flush=True)
        load_before = os.getloadavg()
        found = measure(env, today, targets, args.cold, args.warm)
        load_after = os.getloadavg()
        factor = 1 if args.units <= 6_000 else 3
        goals = {targets[0][0]: 2.0 * factor, targets[3][0]: 3.0 * factor}
        print(
            f"\n{units:,} units, {occurrences:,} occurrences (PostgreSQL), today {args.today}; load average"
            f" {load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min)\n"
        )
        print("| request | body | cold median (max) | warm median | target |")
        print("|---|---:|---:|---:|---|")
        for label, _, _ in targets:
            f = found[label]
            body = f"{f['bytes'] / 1e6:,.2f} MB" if f["bytes"] > 1e5 else f"{f['bytes'] / 1e3:,.1f} kB"
            if "events" in f:
                body += f" ({f['events']:,} events; gzip {f['gzip'] / 1e6:,.2f} MB)"
            cold, warm = statistics.median(f["cold"]), statistics.median(f["warm"])
            goal = ""
            if label in goals:
                met = max(cold, warm) <= goals[label] and (label != targets[3][0] or f["bytes"] <= 5e6 * factor)
                size = f" and ≤ {5 * factor} MB" if label == targets[3][0] else ""
                goal = f"≤ {goals[label]:g} s{size}: {'met' if met else 'NOT met'}"
            print(f"| {label} | {body} | {cold:.2f} s ({max(f['cold']):.2f} s) | {warm:.3f} s | {goal} |")
        if not args.no_load:
            print("\nload test:", flush=True)
            load_test(args, env, url, today, home)
        print("\nReproduce with:\n")
        print(command)
    finally:
        keep_or_drop(bool(args.keep or args.database_url), args.pg_url, url, home)


if __name__ == "__main__":
    main()
