"""Ctrl+C stops ``dondoc serve`` and the Prefect server it started, at once and without a traceback.

A terminal's Ctrl+C sends SIGINT to the whole foreground process group. When the local Prefect
server shared serve's group, it went down at the same moment, and serve's runner spent a minute
retrying to pause its deployments against it, then exited 1 with three tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

from dondoc.cli.serve import answers, wait_for_api
from tests.support.cli import Cli
from tests.support.paths import EXAMPLES, REPO
from tests.support.prefect_servers import child_env, deployments, stop, wait_for
from tests.support.servers import free_port

pytestmark = pytest.mark.slow


def _serve(tmp_path: Path, port: int, out: IO[bytes], **popen: Any) -> subprocess.Popen[bytes]:
    """`dondoc serve --no-web` as an operator starts it (no PREFECT_API_URL: its own local Prefect server on ``port``),
    in its own session, its output to ``out``."""
    return subprocess.Popen(
        [sys.executable, "-m", "dondoc", "serve", "--no-web", "--prefect-port", str(port)],
        cwd=REPO,
        env=child_env(tmp_path),
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own group, as a terminal gives a foreground job
        **popen,
    )


def test_ctrl_c_stops_serve_and_its_local_prefect_server_within_seconds(tmp_path: Path) -> None:
    imported = Cli(tmp_path / "dondoc", None)("org", "import", str(EXAMPLES / "org_tree.yaml"))
    assert imported.code == 0, imported.stderr
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    log = tmp_path / "serve.out"
    with log.open("wb") as out:
        process = _serve(
            tmp_path,
            port,
            out,
            # a test runner's worker may ignore SIGINT, and its children would inherit that; a shell does not
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            wait_for_api(api, 120, process)
            wait_for("serve's deployments", lambda: len(deployments(api)) >= 4 or None, 120)
            wait_for("serve to start serving", lambda: b"Prefect UI" in log.read_bytes() or None, 60)
            started = time.monotonic()
            os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C does: the whole foreground group
            code = process.wait(30)
            took = time.monotonic() - started
        finally:
            stop(process)
    text = log.read_text()
    assert code == 0, text
    assert took < 15, f"serve took {took:.0f} s to stop"
    assert "Traceback" not in text, text
    assert not answers(api), "the local Prefect server outlived serve"


def test_a_killed_serve_takes_its_local_prefect_server_along(tmp_path: Path) -> None:
    """SIGKILL runs no cleanup, and the local server lives in a session of its own (for Ctrl+C, above): the kernel
    stops it when serve dies, so no orphan server keeps the port and the database."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    log = tmp_path / "serve.out"
    with log.open("wb") as out:
        process = _serve(tmp_path, port, out)
        try:
            wait_for_api(api, 120, process)
            os.kill(process.pid, signal.SIGKILL)  # serve alone: its server is not in its group
            process.wait(10)
            wait_for("the local Prefect server to stop with the killed serve", lambda: not answers(api), 30, every=0.5)
        finally:
            stop(process)
            # an orphan left by a failure is not left running beside the rest of the suite
            subprocess.run(["pkill", "-f", f"prefect server start --host 127.0.0.1 --port {port}"], check=False)
