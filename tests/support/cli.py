"""The ``dondoc`` command as a test drives it: in-process by default, as a subprocess on request.

In-process calls go through the same entry point as the installed script (``dondoc.cli.main.run``),
with the environment, ``argv``, stdin, stdout and stderr of a real call, so a test sees the same exit
code and the same text. They save about a second of interpreter and import start-up per call. The
subprocess form stays for the end-to-end tests that need a real process (signals, crashes, start-up).
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dondoc.db.engine import dispose_engines
from dondoc.settings import reset_settings_cache

from .paths import REPO


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(overrides: dict[str, str | None]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in overrides}
    try:
        for key, value in overrides.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _exit_code(exc: SystemExit, err: io.StringIO) -> int:
    """What the interpreter would make of ``sys.exit(code)``."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=err)
    return 1


class Cli:
    """Runs ``dondoc`` as a user would, with its own DONDOC_HOME and database."""

    def __init__(self, home: Path, database_url: str | None, *, in_process: bool = True):
        self.home = home
        self.database_url = database_url
        self.in_process = in_process

    def env(self) -> dict[str, str]:
        """The environment of a subprocess call: the test's, with dondoc's own variables replaced."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("DONDOC_")}
        env["DONDOC_HOME"] = str(self.home)
        if self.database_url:
            env["DONDOC_DATABASE_URL"] = self.database_url
        env["PYTHONIOENCODING"] = "utf-8"
        return env

    def subprocess(self, *args: str, input: str | None = None, timeout: float = 300) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "dondoc", *args],
            cwd=REPO,
            env=self.env(),
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    def killed_when(self, *args: str, until: Callable[[], bool], timeout: float, what: str) -> None:
        """Start ``dondoc args`` as a real process and SIGKILL it as soon as ``until()`` holds.

        It must still be running then (``what`` names it in the failure): the test is about a crash.
        """
        proc = subprocess.Popen(
            [sys.executable, "-m", "dondoc", *args],
            cwd=REPO,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while not until() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.002)
        assert proc.poll() is None, f"{what} ended before the kill: {proc.communicate()}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    def __call__(self, *args: str, input: str | None = None, timeout: float = 300) -> CliResult:
        if not self.in_process:
            return self.subprocess(*args, input=input, timeout=timeout)
        return self._in_process(list(args), input)

    def _in_process(self, args: list[str], input: str | None) -> CliResult:
        from dondoc.cli.main import run

        dondoc_vars = {k: None for k in os.environ if k.startswith("DONDOC_")}
        overrides: dict[str, str | None] = {**dondoc_vars, "DONDOC_HOME": str(self.home)}
        if self.database_url:
            overrides["DONDOC_DATABASE_URL"] = self.database_url
        out, err = io.StringIO(), io.StringIO()
        saved_argv, saved_stdin, saved_cwd = sys.argv, sys.stdin, os.getcwd()
        code = 0
        with _environment(overrides), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            reset_settings_cache()
            dispose_engines()
            sys.argv = ["dondoc", *args]
            sys.stdin = io.StringIO(input or "")
            os.chdir(REPO)
            try:
                run()
            except SystemExit as exc:
                code = _exit_code(exc, err)
            except BaseException:  # an uncaught error is what a user would see as a traceback
                traceback.print_exc(file=err)
                code = 1
            finally:
                sys.argv, sys.stdin = saved_argv, saved_stdin
                os.chdir(saved_cwd)
                reset_settings_cache()
                dispose_engines()
        return CliResult(code, out.getvalue(), err.getvalue())
