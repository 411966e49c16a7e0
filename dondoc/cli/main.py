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

# (module, group name); a module missing while a feature is being built is skipped.
_GROUPS: list[tuple[str, str]] = [
    ("dondoc.cli.db", "db"),
    ("dondoc.cli.org", "org"),
    ("dondoc.cli.rules", "rules"),
    ("dondoc.cli.demo", "demo"),
]

for _module_name, _group in _GROUPS:
    try:
        _module = importlib.import_module(_module_name)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module_name:
            raise
        continue
    app.add_typer(_module.app, name=_group)


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
