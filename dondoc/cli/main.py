"""The ``dondoc`` command. Each sub-command group lives in its own module and is
registered here; domain errors become one readable line and a non-zero exit."""

from __future__ import annotations

import importlib
import sys

import typer

from dondoc.errors import DondocError, ValidationFailed

app = typer.Typer(
    name="dondoc",
    help="dondoc (đôn đốc): deadlines from committee plans, calendars, reminders and escalation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Sub-command groups: (module, group name). Each module defines ``app = typer.Typer()``.
_GROUPS: list[tuple[str, str]] = [
    ("dondoc.cli.db", "db"),
    ("dondoc.cli.org", "org"),
    ("dondoc.cli.rules", "rules"),
    ("dondoc.cli.plan", "plan"),
    ("dondoc.cli.notify", "notify"),
    ("dondoc.cli.outbox", "outbox"),
    ("dondoc.cli.audit", "audit"),
    ("dondoc.cli.feed", "feed"),
    ("dondoc.cli.user", "user"),
    ("dondoc.cli.api", "api"),
]

# Top-level commands: modules that define ``register(app)`` (dondoc expand, status, submit, ...).
_COMMANDS: list[str] = [
    "dondoc.cli.demo",
    "dondoc.cli.expand",
    "dondoc.cli.status",
    "dondoc.cli.record",
    "dondoc.cli.chase",
    "dondoc.cli.serve",
    "dondoc.cli.web",
    "dondoc.cli.doctor",
    "dondoc.cli.national",
]


def _optional_module(name: str):  # type: ignore[no-untyped-def]
    """Import a CLI module; one that does not exist yet is skipped, any other error is raised."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


for _module_name, _group in _GROUPS:
    _module = _optional_module(_module_name)
    if _module is not None:
        app.add_typer(_module.app, name=_group)

for _module_name in _COMMANDS:
    _module = _optional_module(_module_name)
    if _module is not None:
        _module.register(app)


def _error_line(exc: BaseException) -> str:
    return f"Lỗi: {exc}"


def run() -> None:
    """Entry point: run the app, turning domain errors into one line on stderr."""
    try:
        result = app(standalone_mode=False)
    except ValidationFailed as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        sys.exit(exc.exit_code)
    except DondocError as exc:
        typer.echo(_error_line(exc), err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Đã hủy.", err=True)
        sys.exit(1)
    except Exception as exc:  # click usage errors carry their own exit code
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    # click returns the exit code instead of raising when not standalone
    sys.exit(result if isinstance(result, int) else 0)
