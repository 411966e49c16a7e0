"""The top-level command: every listed command loads, and help imports none of them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dondoc.cli.main import COMMANDS, load_command
from tests.support.paths import REPO


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_listed_command_imports_and_builds(name: str) -> None:
    command = load_command(name)
    assert command is not None, f"{name}: {COMMANDS[name].module} does not define it"
    assert command.name == name


def test_an_unknown_name_loads_nothing() -> None:
    assert load_command("khong-co") is None


def test_top_level_help_lists_every_command_without_importing_them() -> None:
    probe = (
        "import sys\n"
        "from dondoc.cli.main import run\n"
        "sys.argv = ['dondoc', '--help']\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'prefect', 'apprise', 'fastapi') if m in sys.modules]\n"
        "loaded = [m for m in sys.modules if m.startswith('dondoc.cli.') and m != 'dondoc.cli.main']\n"
        "print('HEAVY', heavy, 'LOADED', loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    listed = " ".join(out.stdout.split())  # help lines may wrap
    for name, entry in COMMANDS.items():
        assert name in listed and entry.help in listed
    assert "HEAVY [] LOADED []" in out.stdout
