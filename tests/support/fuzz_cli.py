"""The ``dondoc`` command in-process, exactly as ``run()`` phrases errors (one
line, exit code), under a memory limit.

The limit is real: while the command runs, the process may map at most
``HEADROOM`` bytes more than it had (``RLIMIT_AS``), so an input that makes
the loader allocate without bound fails the test with MemoryError instead of
passing slowly. ``trace=True`` also measures the peak with tracemalloc (slower).
"""

from __future__ import annotations

import contextlib
import io
import resource
import sys
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass

from dondoc.cli.main import run
from dondoc.db.engine import dispose_engines
from dondoc.settings import reset_settings_cache

HEADROOM = 256 * 1024 * 1024


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    peak_bytes: int  # 0 unless traced


def _mapped_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


@contextlib.contextmanager
def memory_limit(headroom: int = HEADROOM) -> Iterator[None]:
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _mapped_bytes() + headroom
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def dondoc(*args: str, trace: bool = False, limit: bool = True) -> Outcome:
    """Run ``dondoc ARGS`` through ``run()``; a traceback escapes as the exception itself."""
    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["dondoc", *args]
    reset_settings_cache()
    if trace:
        tracemalloc.start()
    code, peak = 0, 0
    try:
        with (
            memory_limit() if limit else contextlib.nullcontext(),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            run()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        if trace:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        sys.argv = argv
        dispose_engines()
    return Outcome(code, out.getvalue(), err.getvalue(), peak)
