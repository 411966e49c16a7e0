"""The ``dondoc`` command. Each sub-command group lives in its own module and is
registered here; domain errors become one readable line and a non-zero exit."""

from __future__ import annotations

import importlib
import re
import sys

import typer

# typer vendors click; its exceptions are these classes, not the ones of a separate ``click``.
from typer._click.exceptions import ClickException, UsageError

from calendar_rules import RulesError
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


def _error_line(exc: BaseException | str) -> str:
    return f"Lỗi: {exc}"


# click's usage messages, said in Vietnamese: (English pattern, Vietnamese template).
_USAGE_MESSAGES = [
    (r"No such command '(.*)'\.", "không có lệnh '{0}'"),
    (r"No such option: (\S+).*", "không có tùy chọn {0}"),
    (r"Missing argument '(.*)'\.", "thiếu tham số {0}"),
    (r"Missing option '(.*)'\.", "thiếu tùy chọn {0}"),
    (r"Option '(.*)' requires an argument\.", "tùy chọn {0} cần một giá trị"),
    (r"Got unexpected extra arguments? \((.*)\)", "thừa tham số: {0}"),
    (r"Invalid value for '(.*?)': .*(?:integer|int).*", "giá trị không hợp lệ cho {0}: cần một số nguyên"),
    (r"Invalid value for '(.*?)': (.*)", "giá trị không hợp lệ cho {0}: {1}"),
]


def _usage_line(exc: UsageError) -> tuple[str, str]:
    """One line saying what is wrong, and the hint: which ``--help`` to read."""
    message = exc.format_message()
    for pattern, template in _USAGE_MESSAGES:
        match = re.fullmatch(pattern, message.strip(), flags=re.DOTALL)
        if match:
            message = template.format(*(g or "" for g in match.groups()))
            break
    path = exc.ctx.command_path if exc.ctx is not None else "dondoc"
    return f"Lỗi: {' '.join(message.split())}", f"Xem `{path} --help`."


def run() -> None:
    """Entry point: run the app, turning domain errors into one line on stderr."""
    try:
        result = app(prog_name="dondoc", standalone_mode=False)
    except ValidationFailed as exc:
        for problem in exc.problems:
            typer.echo(problem, err=True)
        sys.exit(exc.exit_code)
    except DondocError as exc:
        typer.echo(_error_line(exc), err=True)
        sys.exit(exc.exit_code)
    except RulesError as exc:  # a rule or period the calendar cannot hold (its message is Vietnamese)
        typer.echo(_error_line(exc), err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Đã hủy.", err=True)
        sys.exit(1)
    except UsageError as exc:  # an unknown command or option, a missing argument: exit 2
        for line in _usage_line(exc):
            typer.echo(line, err=True)
        sys.exit(2)
    except ClickException as exc:
        typer.echo(_error_line(exc.format_message()), err=True)
        sys.exit(exc.exit_code)
    # click returns the exit code instead of raising when not standalone
    sys.exit(result if isinstance(result, int) else 0)
