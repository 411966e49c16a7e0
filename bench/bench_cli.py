"""The CLI as a user runs it: real ``python -m dondoc`` processes on a national-shaped tree.

    .venv/bin/python bench/bench_cli.py [--units 6000] [--store postgresql|sqlite] [--profile]

Set-up (timed and printed, not part of the results): a fresh database (PostgreSQL database
``bench_cli`` on 127.0.0.1:5432, dropped and created; or an embedded SQLite), ``dondoc db upgrade``
and ``dondoc generate-national --units N`` (every unit has ``--tasks`` tasks and one folder channel).
Then, each a separate process timed by the wall clock from start to exit (interpreter start-up and
imports included, as a user waits for them):

1. ``dondoc expand`` of 2024 (``--today 01/01/2024``);
2. ``dondoc chase --today 02/04/2024 --force``: decision, queueing and delivery to the folder channel;
3. ``dondoc status --on 02/04/2024`` over the whole tree;
4. ``dondoc outbox send --force`` of N emails to a real local SMTP server (aiosmtpd, in a child
   process, counting messages). Every unit's channel is switched to its own ``mailto://`` address on
   that server, then ``dondoc chase --today 16/04/2024`` (also timed) queues them outside the sending
   window, so the send command is the one that delivers them. Then a raw ``smtplib`` loop sends the
   same N messages (the rows the CLI sent: same recipients, subjects, text and HTML parts) over one
   connection: building each MIME message in the loop, and the pure protocol floor (pre-built bytes).
   The bench asserts that the server counted N messages each time, and prints the ratios (the goal:
   the CLI at ≥ 0.8× raw smtplib). Last, the same emails are queued again and sent with
   ``--inflight 500`` (the default is 100, ``SEND_INFLIGHT``), to show how much of the time is paid per chunk.

``--profile`` then queues the same emails again and runs ``outbox send`` under cProfile, printing its
top functions by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.support import requeue_messages  # noqa: E402

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
PG_DATABASE = "bench_cli"
EMAIL_DAY = "03/04/2024"  # the chase that queues the emails (the day after the first chase)
WIDE_INFLIGHT = 500  # a second send with bigger chunks: how much of the time is per chunk (claim, mark, history)
SENDER = "nhacviec@dondoc.test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_smtp(port: int, count: Synchronized[int], ready: Any, stop: Any) -> None:
    """A child process: an aiosmtpd server that counts the messages it accepts."""
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            with count.get_lock():
                count.value += 1
            return "250 2.0.0 Message accepted"

    controller = Controller(Counter(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


class SmtpCounter:
    """The counting SMTP server in its own process (so it competes with neither the CLI nor smtplib)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.port = free_port()
        self.count: Synchronized[int] = context.Value("q", 0)
        self._ready, self._stop = context.Event(), context.Event()
        self._process = context.Process(target=_serve_smtp, args=(self.port, self.count, self._ready, self._stop))

    def __enter__(self) -> SmtpCounter:
        self._process.start()
        if not self._ready.wait(60):
            raise RuntimeError("the SMTP server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(10)

    def take(self) -> int:
        """Messages counted since the last call."""
        with self.count.get_lock():
            value, self.count.value = self.count.value, 0
        return int(value)


class Cli:
    """Runs ``python -m dondoc`` in a fresh process with the bench's environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def run(self, *args: str, extra_env: dict[str, str] | None = None, python: tuple[str, ...] = ()) -> float:
        command = [sys.executable, *python, "-m", "dondoc", *args]
        t0 = time.perf_counter()
        done = subprocess.run(
            command, env={**self.env, **(extra_env or {})}, cwd=ROOT, capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - t0
        last = (done.stdout.strip().splitlines() or [""])[-1]
        print(f"  $ dondoc {' '.join(args)}   [{seconds:.2f} s] {last[:160]}")
        if done.returncode != 0:
            sys.exit(
                f"dondoc {' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
            )
        self.last_stdout = done.stdout
        return seconds


def _pg_admin(*statements: str) -> None:
    admin = create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    admin.dispose()


def fresh_store(kind: str, home: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{home / 'bench_cli.sqlite'}"
    _pg_admin(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)", f"CREATE DATABASE {PG_DATABASE}")
    return f"{PG_SERVER}/{PG_DATABASE}"


def counts(engine: Engine, sql: str) -> dict[str, int]:
    with engine.connect() as conn:
        return {str(k): int(v) for k, v in conn.execute(text(sql)).all()}


def closed_window() -> dict[str, str]:
    """Working hours that exclude now (a one-minute window twelve hours away): a chase then only queues."""
    hour = (dt.datetime.now(dt.UTC).hour + 7 + 12) % 24
    return {"DONDOC_WORKING_HOURS_START": f"{hour:02d}:00", "DONDOC_WORKING_HOURS_END": f"{hour:02d}:01"}


def to_email(engine: Engine, port: int) -> None:
    """Every unit's channel becomes its own mailto:// address on the local server."""
    url = f"'mailto://127.0.0.1:{port}?from={SENDER}&to=' || c.committee_id || '@dondoc.test&mode=insecure'"
    with engine.begin() as conn:
        conn.execute(
            text(
                f"UPDATE contact_channel SET kind = 'email', url = {url}, url_redacted = {url}"
                " FROM contact c WHERE c.id = contact_channel.contact_id"
            )
        )


def sent_emails(engine: Engine) -> list[tuple[str, str, str, str, str | None]]:
    """(key, to, subject, text, html) of the emails the CLI sent, in id order."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.key, ch.url, m.subject, m.body_text, m.body_html FROM message m"
                " JOIN contact_channel ch ON ch.id = m.channel_id"
                " WHERE m.channel_kind = 'email' AND m.status = 'sent' ORDER BY m.id"
            )
        ).all()
    return [(key, parse_qs(urlsplit(url).query)["to"][0], s, body, html) for key, url, s, body, html in rows]


def mime(key: str, to: str, subject: str, body: str, html: str | None) -> bytes:
    mail = EmailMessage(policy=SMTP_POLICY)
    mail["Subject"] = subject
    mail["From"] = SENDER
    mail["To"] = to
    mail["Message-ID"] = f"<{key}@dondoc.test>"
    mail.set_content(body)
    if html:
        mail.add_alternative(html, subtype="html")
    return mail.as_bytes()


def raw_smtplib(port: int, messages: list[tuple[str, str, str, str, str | None]], prebuilt: bool) -> float:
    """One connection, one sendmail per message; MIME built in the loop unless ``prebuilt``."""
    ready = [(to, mime(*m)) for m in messages for to in [m[1]]] if prebuilt else []
    t0 = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        if prebuilt:
            for to, data in ready:
                smtp.sendmail(SENDER, [to], data)
        else:
            for m in messages:
                smtp.sendmail(SENDER, [m[1]], mime(*m))
    return time.perf_counter() - t0


def profile_send(cli: Cli, engine: Engine, home: Path) -> None:
    import pstats

    requeue_messages(engine, channel_kind="email")
    out = home / "outbox-send.prof"
    print("profile (cProfile) of `dondoc outbox send --force`, the same emails queued again:")
    cli.run("outbox", "send", "--force", python=("-m", "cProfile", "-o", str(out)))
    stats = pstats.Stats(str(out))
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=6_000)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--store", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--profile", action="store_true", help="profile `outbox send` afterwards (cProfile)")
    parser.add_argument("--keep", action="store_true", help="keep DONDOC_HOME and the database after the run")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="bench_cli."))
    url = fresh_store(args.store, home)
    env = {**os.environ, "DONDOC_HOME": str(home), "DONDOC_DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    env.pop("DONDOC_WORKING_HOURS_START", None)
    env.pop("DONDOC_WORKING_HOURS_END", None)
    cli = Cli(env)
    engine = create_engine(url)
    load = os.getloadavg()[0]
    print(f"store {args.store} ({url}), {args.units:,} units × {args.tasks} tasks, load average {load:.1f}")
    try:
        with SmtpCounter() as smtp:
            print("set-up:")
            start_up = cli.run("outbox", "send", "--help")
            cli.run("db", "upgrade")
            cli.run("generate-national", "--units", str(args.units), "--tasks", str(args.tasks))
            print("timed commands:")
            expand = cli.run("expand", "--from", "01/01/2024", "--to", "31/12/2024", "--today", "01/01/2024", "-q")
            occurrences = counts(engine, "SELECT 'all', count(*) FROM occurrence")["all"]
            chase = cli.run("chase", "--today", "02/04/2024", "--force")
            delivered = counts(engine, "SELECT status, count(*) FROM message GROUP BY status")
            files = sum(1 for f in (home / "folder").rglob("*") if f.is_file())
            status = cli.run("status", "--on", "02/04/2024")
            to_email(engine, smtp.port)
            queue = cli.run("chase", "--today", EMAIL_DAY, extra_env=closed_window())
            queued = counts(engine, "SELECT status, count(*) FROM message WHERE channel_kind = 'email' GROUP BY status")
            emails = queued.get("queued", 0)
            assert emails > 0, f"the second chase queued no email: {queued}"
            smtp.take()
            send = cli.run("outbox", "send", "--force")
            arrived = smtp.take()
            outcome = counts(
                engine, "SELECT status, count(*) FROM message WHERE channel_kind = 'email' GROUP BY status"
            )
            assert arrived == emails == outcome.get("sent"), f"queued {emails}, server {arrived}, rows {outcome}"
            messages = sent_emails(engine)
            assert len(messages) == emails
            raw = raw_smtplib(smtp.port, messages, prebuilt=False)
            assert smtp.take() == emails
            floor = raw_smtplib(smtp.port, messages, prebuilt=True)
            assert smtp.take() == emails
            requeue_messages(engine, channel_kind="email")
            wide = cli.run("outbox", "send", "--force", "--inflight", str(WIDE_INFLIGHT))
            assert smtp.take() == emails

            print(f"\nresults ({args.store}, {args.units:,} units; wall time of each process, start-up included):")
            print(f"  start-up and imports of the send command (`dondoc outbox send --help`): {start_up:.2f} s")
            print(f"  expand 2024: {occurrences:,} occurrences in {expand:.1f} s = {occurrences / expand:,.0f} occ/s")
            sent = delivered.get("sent", 0)
            print(
                f"  chase 02/04/2024 (decide, queue, deliver to folder): {sent:,} messages ({files:,} files) in {chase:.1f} s"
            )
            print(f"  status of the whole tree: {status:.2f} s")
            print(f"  chase {EMAIL_DAY} outside the sending window (decide, queue): {emails:,} emails in {queue:.1f} s")
            print(
                f"  outbox send: {emails:,} emails in {send:.2f} s = {emails / send:,.0f} msg/s;"
                f" raw smtplib, one connection, MIME built in the loop: {raw:.2f} s = {emails / raw:,.0f} msg/s"
                f" (pre-built bytes: {floor:.2f} s = {emails / floor:,.0f} msg/s)"
            )
            print(
                f"  outbox send --inflight {WIDE_INFLIGHT} (the same emails queued again):"
                f" {wide:.2f} s = {emails / wide:,.0f} msg/s, {raw / wide:.2f}× raw smtplib"
            )
            print(
                f"  ratio CLI / raw smtplib: {raw / send:.2f}× (against pre-built bytes {floor / send:.2f}×); goal ≥ 0.8×"
            )
            if args.profile:
                profile_send(cli, engine, home)
                assert smtp.take() == emails
    finally:
        engine.dispose()
        if args.keep:
            print(f"DONDOC_HOME kept: {home}, database {url}")
        else:
            shutil.rmtree(home, ignore_errors=True)
            if args.store == "postgresql":
                _pg_admin(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")


if __name__ == "__main__":
    main()
