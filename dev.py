#!/usr/bin/env python3
"""The two commands of the README, needing nothing but python3.

    python3 dev.py run    # set up .venv, then run the demo on the embedded SQLite
    python3 dev.py test   # set up .venv, check lint, format and types, then run the whole test suite
    python3 dev.py coverage  # the same suite under coverage.py (the README's coverage figure)

Both are idempotent: the environment in ``.venv/`` is rebuilt only when
``requirements.lock`` or ``pyproject.toml`` changed since it was installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / ".dondoc-installed"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def _say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def ensure_environment() -> None:
    """Create .venv and install the locked dependencies plus dondoc itself (editable)."""
    wanted = _fingerprint()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if sys.version_info < (3, 11):  # noqa: UP036 -- dev.py runs under whatever python3 the machine has
        sys.exit(f"dondoc cần Python >= 3.11 (đang có {sys.version.split()[0]})")
    if not PYTHON.exists():
        _say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    _say("installing locked dependencies (requirements.lock); the first time takes a minute or two")
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(ROOT / "requirements.lock")], check=True, cwd=ROOT)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True, cwd=ROOT)
    STAMP.write_text(wanted)
    _say("environment ready: .venv/bin/dondoc")


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in {"run", "test", "setup", "coverage"}:
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return 0
    if command == "run":
        return subprocess.call([str(BIN / "dondoc"), "demo", *rest], cwd=ROOT)
    checks = run_checks()
    if checks != 0:
        return checks
    # Two workers (pytest-xdist): the suite is dominated by real servers (Prefect, SMTP,
    # PostgreSQL, Chromium); one worker per core. Work stealing: each worker starts with a
    # share of the collected tests, the long ones (marked slow) dealt to the head of every
    # share (tests/support/order.py), and a worker that has finished its share takes tests not
    # yet started from the other's queue: neither sits idle at the end while the other works.
    parallel = [] if any(arg.startswith("-n") or arg == "--numprocesses" for arg in rest) else ["-n", "2"]
    if not any(arg.startswith(("--dist", "-d")) for arg in rest):
        parallel += ["--dist", "worksteal"]
    if command == "coverage":
        # Sources and report are configured in pyproject.toml ([tool.coverage.*]).
        parallel += ["--cov", "--cov-report=term:skip-covered"]
    return subprocess.call([str(PYTHON), "-m", "pytest", *parallel, *rest], cwd=ROOT)


def run_checks() -> int:
    """ruff (lint and format) and mypy, as configured in pyproject.toml; the first failure stops."""
    for name, command in (
        ("ruff check", [str(BIN / "ruff"), "check", "."]),
        ("ruff format --check", [str(BIN / "ruff"), "format", "--check", "."]),
        ("mypy", [str(BIN / "mypy")]),
    ):
        _say(name)
        code = subprocess.call(command, cwd=ROOT)
        if code != 0:
            _say(f"{name} failed (exit {code})")
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
