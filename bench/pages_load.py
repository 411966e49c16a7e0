"""The load-test half of bench/bench_pages.py: feed tokens for sampled units, the first polls that
teach the clients their ETags, and the wrk processes (bench/wrk_rotate.lua) with their results."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import create_engine

from bench.support import fetch_rows

LUA = Path(__file__).resolve().parent / "wrk_rotate.lua"


def load_units(url: str) -> list[tuple[str, int, bool]]:
    """(id, depth, has units under it) of every active unit, in id order."""
    rows = fetch_rows(
        url,
        "SELECT c.id, c.depth, EXISTS (SELECT 1 FROM committee k WHERE k.parent_id = c.id)"
        " FROM committee c WHERE c.active ORDER BY c.id",
    )
    return [(str(i), int(d), bool(h)) for i, d, h in rows]


def issue_feed_paths(url: str, units: list[tuple[str, int, bool]]) -> list[str]:
    """A feed token for each unit (in-process, what `dondoc feed token` does); subtree for a unit with units under it."""
    from sqlmodel import Session

    from dondoc.web.feed_tokens import issue_token

    engine = create_engine(url)
    at = dt.datetime.now(dt.UTC)
    paths = []
    with Session(engine) as session:
        for unit, _depth, parent in units:
            token = issue_token(session, unit, at, actor="bench:pages")
            paths.append(f"/feeds/{token}.ics" + ("?include=subtree" if parent else ""))
        session.commit()
    engine.dispose()
    return paths


def prime(base: str, paths: list[str]) -> tuple[list[str], list[float], int]:
    """Each feed's first poll (gzip, no validator), two at a time: the ETags, seconds per poll, bytes."""
    with httpx.Client(base_url=base, timeout=120) as client:

        def first(path: str) -> tuple[str, float, int]:
            t0 = time.perf_counter()
            with client.stream("GET", path, headers={"Accept-Encoding": "gzip"}) as answer:
                size = sum(len(chunk) for chunk in answer.iter_raw())
            assert answer.status_code == 200 and answer.headers["etag"], (path, answer.status_code)
            return answer.headers["etag"], time.perf_counter() - t0, size

        with ThreadPoolExecutor(2) as pool:
            done = list(pool.map(first, paths))
    return [e for e, _, _ in done], [s for _, s, _ in done], sum(b for _, _, b in done)


def start_wrk(
    base: str,
    lines: list[str],
    rate: float,
    connections: int,
    duration: int,
    home: Path,
    name: str,
    cookie: str | None = None,
) -> subprocess.Popen[str]:
    listing = home / f"{name}.tsv"
    listing.write_text("".join(f"{line}\n" for line in lines))
    pause_ms = max(0, round(1000 * connections / rate))
    command = ["wrk", "-t", str(connections), "-c", str(connections), "-d", f"{duration}s", "--timeout", "30s"]
    command += ["-s", str(LUA), *(["-H", f"Cookie: {cookie}"] if cookie else []), base]
    shown = " ".join(f"'{part}'" if " " in part else part for part in command)
    if cookie:
        shown = shown.replace(cookie, "<the signed-in session>")  # a live session: not printed
    print(f"  $ {shown} -- {listing.name} {pause_ms} {connections}", flush=True)
    return subprocess.Popen(
        [*command, "--", str(listing), str(pause_ms), str(connections)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wrk_result(process: subprocess.Popen[str], duration: int) -> dict[str, str]:
    out, err = process.communicate(timeout=duration + 120)
    line = next((x for x in out.splitlines() if x.startswith("RESULT ")), None)
    if process.returncode != 0 or line is None:
        sys.exit(f"wrk failed ({process.returncode}):\n{out}\n{err}")
    return dict(item.split("=", 1) for item in line.split()[1:])


def ms(value: str | float) -> str:
    return f"{float(value) / 1000:,.1f} ms"
