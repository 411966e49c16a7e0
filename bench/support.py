"""What several benchmarks share: a free loopback port, an SMTP server that only counts what it
accepts, and the end of a PostgreSQL seed written with COPY. Nothing here comes from tests/."""

from __future__ import annotations

import socket
import threading
from typing import Any

from dondoc.db.scratch import create_database as _create_database
from dondoc.db.scratch import drop_database

__all__ = ["CountingSmtpServer", "create_database", "drop_database", "finish_copy_seed", "free_port"]


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


def finish_copy_seed(raw: Any, cur: Any) -> None:
    """After the COPYs of a seed: move the task id sequence past the copied ids, commit, ANALYZE."""
    cur.execute("SELECT setval(pg_get_serial_sequence('task', 'id'), 1000)")
    raw.commit()
    cur.execute("ANALYZE")
    raw.commit()
