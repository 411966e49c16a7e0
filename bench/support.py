"""What several benchmarks share: a free loopback port, an SMTP server that only counts what it
accepts (in this process, or in a child process that also notes each message's Message-ID and
recipients), and the end of a PostgreSQL seed written with COPY. Nothing here comes from tests/."""

from __future__ import annotations

import multiprocessing
import re
import socket
import threading
from multiprocessing.connection import Connection
from typing import Any

from dondoc.db.scratch import create_database as _create_database
from dondoc.db.scratch import drop_database

__all__ = [
    "CountingSmtpServer",
    "SmtpProcess",
    "create_database",
    "drop_database",
    "fetch_rows",
    "finish_copy_seed",
    "free_port",
]


def create_database(admin_url: str) -> str:
    """A throwaway database for one benchmark run; returns its URL."""
    return _create_database(admin_url, "dondoc_bench")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class CountingSmtpServer:
    """aiosmtpd on a free loopback port that accepts every message and counts it (no storing)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = free_port(host)
        self.received = 0
        self._lock = threading.Lock()
        self._controller: Any = None

    def url(self, *, to: str) -> str:
        return f"mailto://{self.host}:{self.port}?from=nhacviec@dondoc.test&to={to}&mode=insecure"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            self.received += 1
        return "250 2.0.0 Message accepted"

    def __enter__(self) -> CountingSmtpServer:
        from aiosmtpd.controller import Controller

        self._controller = Controller(self, hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)


def _serve_smtp(port: int, conn: Connection) -> None:
    """A child process: aiosmtpd on ``port`` noting (Message-ID, recipients) of each message it accepts;
    ``conn`` answers "take" with what arrived since the last take, and ends the server on "stop"."""
    from aiosmtpd.controller import Controller

    arrived: list[tuple[str, tuple[str, ...]]] = []
    lock = threading.Lock()

    class Noter:
        async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
            head = envelope.original_content.split(b"\r\n\r\n", 1)[0]
            found = _MESSAGE_ID.search(head)
            with lock:
                arrived.append((found.group(1).decode() if found else "", tuple(envelope.rcpt_tos)))
            return "250 2.0.0 Message accepted"

    controller = Controller(Noter(), hostname="127.0.0.1", port=port)
    controller.start()
    conn.send("ready")
    while conn.recv() == "take":
        with lock:
            taken = arrived[:]
            arrived.clear()
        conn.send(taken)
    controller.stop()


class SmtpProcess:
    """An aiosmtpd server in its own process (so it competes with neither dondoc nor the baseline for
    the GIL) that accepts every message; ``take()`` returns the (Message-ID, recipients) that arrived
    since the last call, in arrival order, so a bench can assert that two senders delivered the same."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.port = free_port()
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve_smtp, args=(self.port, child), daemon=True)

    def __enter__(self) -> SmtpProcess:
        self._process.start()
        if not self._conn.poll(60) or self._conn.recv() != "ready":
            raise RuntimeError("the SMTP server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self._process.join(10)

    def take(self) -> list[tuple[str, tuple[str, ...]]]:
        self._conn.send("take")
        return list(self._conn.recv())


def finish_copy_seed(raw: Any, cur: Any) -> None:
    """After the COPYs of a seed: move the task id sequence past the copied ids, commit, ANALYZE."""
    cur.execute("SELECT setval(pg_get_serial_sequence('task', 'id'), 1000)")
    raw.commit()
    cur.execute("ANALYZE")
    raw.commit()


def fetch_rows(db: Any, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
    """Every row of one text query; ``db`` is an engine, or a URL whose engine lives for this query only."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db) if isinstance(db, str) else db
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params or {}).all())
    finally:
        if engine is not db:
            engine.dispose()


def requeue_messages(engine: Any, *, channel_kind: str | None = None) -> None:
    """Put sent messages back in the queue, as never tried, so a second sender run sends the same rows."""
    from sqlalchemy import text

    where = " WHERE channel_kind = :kind" if channel_kind else ""
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE message SET status = 'queued', sent_at = NULL, attempts = 0, claimed_by = NULL,"
                " claimed_at = NULL, next_attempt_at = NULL, provider_answer = NULL, provider_id = NULL" + where
            ),
            {"kind": channel_kind} if channel_kind else {},
        )


def keep_or_drop(keep: bool, admin_url: str, url: str, home: Any) -> None:
    """At a bench's end: say where its database and DONDOC_HOME are, or drop both."""
    import shutil

    if keep:
        print(f"kept: {url} and DONDOC_HOME {home}")
    else:
        drop_database(admin_url, url)
        shutil.rmtree(home, ignore_errors=True)
