"""The root committee's numbers as people wait for them: ``dondoc status --org tw`` and the root page.

    .venv/bin/python bench/bench_rollup.py [--units 6000] [--today 02/04/2024] [--runs 3] [--keep]
    .venv/bin/python bench/bench_rollup.py --reuse postgresql+psycopg://postgres@127.0.0.1:5432/NAME [--code DIR]

Set-up (timed and printed, not part of the results): a fresh PostgreSQL database on 127.0.0.1:5432,
``dondoc db upgrade``, ``dondoc generate-national --units N`` and ``dondoc expand`` from a year
before ``--today`` to a year after it (the acceptance of issue 16). ``--reuse`` skips the set-up and
measures a database kept by an earlier ``--keep``; ``--code`` runs another checkout's dondoc on it
(a "before" figure: the database downgraded to that checkout's head first).

Then, ``--runs`` times each (the median printed):

1. ``dondoc status --org tw --on TODAY``: a real ``python -m dondoc`` process, wall time from start
   to exit, start-up included;
2. the root committee page ``/committees/tw``: a real ``dondoc web --today TODAY`` process on a
   loopback port, signed in as an admin; the wall time of one GET (the first one is printed apart:
   it pays the process's cold caches).

Both are checked against a scanning count: the four category counts that ``status`` prints and that
the page shows must equal a grouped COUNT over ``occurrence`` done here in SQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import create_database, drop_database, free_port  # noqa: E402

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "mat-khau-bench-rollup-1"
LABELS = {
    "qua_han_chua_hoan_thanh": "Quá hạn chưa hoàn thành",
    "trong_han": "Trong hạn",
    "qua_han": "Quá hạn",
    "dung_han": "Đúng hạn",
}


def run(env: dict[str, str], *args: str, stdin: str | None = None, check: bool = True) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "dondoc", *args],
        env=env,
        cwd=env["PYTHONPATH"],
        capture_output=True,
        text=True,
        input=stdin,
    )
    seconds = time.perf_counter() - t0
    if done.returncode != 0 and check:
        sys.exit(f"dondoc {' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    last = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"  $ dondoc {' '.join(args)}   [{seconds:.2f} s] {last[:140]}")
    return seconds, done.stdout


def scanning_counts(url: str, day: dt.date, horizon: int = 30) -> dict[str, int]:
    """The four categories of the whole tree on ``day``, counted over ``occurrence`` itself."""
    engine = create_engine(url)
    sql = text(
        "SELECT"
        " sum(CASE WHEN o.status = 'open' AND o.current_due < :day THEN 1 ELSE 0 END),"
        " sum(CASE WHEN o.status = 'open' AND o.current_due >= :day THEN 1 ELSE 0 END),"
        " sum(CASE WHEN o.status = 'submitted' AND coalesce(o.submitted_on, o.current_due) > o.current_due"
        " THEN 1 ELSE 0 END),"
        " sum(CASE WHEN o.status = 'submitted' AND coalesce(o.submitted_on, o.current_due) <= o.current_due"
        " THEN 1 ELSE 0 END)"
        " FROM occurrence o JOIN committee c ON c.id = o.assignee_id"
        " WHERE c.path LIKE '/tw/%' AND o.status IN ('open', 'submitted') AND o.current_due <= :last"
    )
    with engine.connect() as conn:
        row = conn.execute(sql, {"day": day, "last": day + dt.timedelta(days=horizon)}).one()
    engine.dispose()
    return {key: int(n or 0) for key, n in zip(LABELS, row, strict=True)}


def status_counts(output: str) -> dict[str, int]:
    found = {}
    for key, label in LABELS.items():
        match = re.search(rf"^  {label}\s+(\d+)$", output, re.MULTILINE)
        assert match, f"no count for {label} in:\n{output[:800]}"
        found[key] = int(match.group(1))
    return found


def page_counts(html: str) -> dict[str, int]:
    found = {}
    for key in LABELS:
        match = re.search(rf'id="count-{key}"><div class="n [a-z_]+">(\d+)</div>', html)
        assert match, f"no count-{key} on the page"
        found[key] = int(match.group(1))
    return found


def time_page(env: dict[str, str], today: str, runs: int, expected: dict[str, int]) -> tuple[float, list[float]]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "dondoc", "web", "--port", str(port), "--today", today],
        env=env,
        cwd=env["PYTHONPATH"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=600, follow_redirects=True) as client:
            for _ in range(300):
                try:
                    form = client.get("/login")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                raise RuntimeError("dondoc web did not start")
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
            assert csrf, "no CSRF field on the login form"
            client.post("/login", data={"username": "bench.admin", "password": PASSWORD, "csrf": csrf.group(1)})
            times = []
            for _ in range(runs + 1):
                t0 = time.perf_counter()
                response = client.get("/committees/tw")
                times.append(time.perf_counter() - t0)
                assert response.status_code == 200, response.status_code
                assert page_counts(response.text) == expected, (page_counts(response.text), expected)
            print(f"  GET /committees/tw: {', '.join(f'{t:.2f} s' for t in times)} ({len(response.content):,} bytes)")
            return times[0], times[1:]
    finally:
        server.terminate()
        server.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=6_000)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--today", default="02/04/2024")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep DONDOC_HOME and the database")
    parser.add_argument("--reuse", help="measure this database (kept by --keep) without the set-up")
    parser.add_argument("--code", type=Path, default=ROOT, help="the dondoc checkout to run (default: this one)")
    args = parser.parse_args()
    today = dt.datetime.strptime(args.today, "%d/%m/%Y").date()
    start, end = today.replace(year=today.year - 1), today.replace(year=today.year + 1)

    home = Path(tempfile.mkdtemp(prefix="bench_rollup."))
    url = args.reuse or create_database(ADMIN_URL)
    env = {**os.environ, "DONDOC_HOME": str(home), "DONDOC_DATABASE_URL": url, "PYTHONPATH": str(args.code.resolve())}
    print(
        f"code {env['PYTHONPATH']}, {url}, {args.units:,} units × {args.tasks} tasks, today {args.today}, load average {os.getloadavg()}"
    )
    try:
        if not args.reuse:
            print("set-up:")
            run(env, "db", "upgrade")
            run(env, "generate-national", "--units", str(args.units), "--tasks", str(args.tasks))
            run(env, "expand", "--from", f"{start:%d/%m/%Y}", "--to", f"{end:%d/%m/%Y}", "--today", args.today, "-q")
        else:
            run(env, "db", "upgrade")
        run(
            env,
            "user",
            "add",
            "bench.admin",
            "--role",
            "admin",
            "--password-stdin",
            stdin=PASSWORD + "\n",
            check=not args.reuse,
        )
        expected = scanning_counts(url, today)
        engine = create_engine(url)
        with engine.connect() as conn:
            occurrences = conn.execute(text("SELECT count(*) FROM occurrence")).scalar_one()
        engine.dispose()
        print(f"{occurrences:,} occurrences; the whole tree on {args.today}: {expected}")
        print("timed:")
        status_times = []
        for _ in range(args.runs):
            seconds, output = run(env, "status", "--org", "tw", "--on", args.today)
            assert status_counts(output) == expected, (status_counts(output), expected)
            status_times.append(seconds)
        cold, warm = time_page(env, args.today, args.runs, expected)
        load = os.getloadavg()
        print(
            f"results: status --org tw median {statistics.median(status_times):.2f} s"
            f" ({', '.join(f'{t:.2f}' for t in status_times)}); root page median {statistics.median(warm):.2f} s,"
            f" first {cold:.2f} s; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
        )
    finally:
        if args.keep or args.reuse:
            print(f"kept: DONDOC_HOME {home}, database {url}")
        else:
            shutil.rmtree(home, ignore_errors=True)
            drop_database(ADMIN_URL, url)


if __name__ == "__main__":
    main()
