"""The ``dondoc`` command.

Each command lives in its own module, imported only when that command runs: ``dondoc --help`` and
``dondoc rules explain`` must not pay for the migrations, the Prefect client or the senders. The
table below is the one list of commands, with the one-line help that ``--help`` shows; a test checks
that every entry imports and builds its command. Domain errors become one readable line and a
non-zero exit.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import typer
from typer._click.core import Command, Context  # typer carries its own click

# typer vendors click; its exceptions are these classes, not the ones of a separate ``click``.
from typer._click.exceptions import ClickException, UsageError
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup

from dondoc.errors import DondocError, FieldError, SelectionError, ValidationFailed


@dataclass(frozen=True)
class CommandEntry:
    """Where a command lives. ``group``: the module's ``app`` is a sub-command group; otherwise the
    module's ``register(app)`` adds the command (and maybe its siblings) to the top level."""

    module: str
    help: str
    group: bool = False


COMMANDS: dict[str, CommandEntry] = {
    "db": CommandEntry("dondoc.cli.db", "Cơ sở dữ liệu: nâng cấp lược đồ.", group=True),
    "org": CommandEntry("dondoc.cli.org", "Cây tổ chức: nhập, xem cây, xem một đơn vị.", group=True),
    "rules": CommandEntry("dondoc.cli.rules", "Quy tắc thời hạn: giải thích một cụm từ.", group=True),
    "plan": CommandEntry("dondoc.cli.plan", "Kế hoạch: trích xuất, nhập, xem.", group=True),
    "notify": CommandEntry("dondoc.cli.notify", "Kênh thông báo: gửi thử.", group=True),
    "outbox": CommandEntry("dondoc.cli.outbox", "Hàng đợi tin nhắn: xem, gửi, gửi lại.", group=True),
    "chat": CommandEntry("dondoc.cli.chat", "Trả lời từ Telegram/Zalo: nhận tin, địa chỉ webhook.", group=True),
    "audit": CommandEntry("dondoc.cli.audit", "Lịch sử: kiểm tra chuỗi, xem, xuất.", group=True),
    "feed": CommandEntry("dondoc.cli.feed", "Lịch iCal: cấp, xem, thu hồi đường dẫn.", group=True),
    "user": CommandEntry("dondoc.cli.user", "Người dùng web: thêm, xem, khóa.", group=True),
    "api": CommandEntry("dondoc.cli.api", "Mã truy cập API cho văn phòng điện tử: cấp, thu hồi.", group=True),
    "demo": CommandEntry("dondoc.cli.demo", "Chạy thử một năm trên dữ liệu mẫu."),
    "expand": CommandEntry("dondoc.cli.expand", "Sinh các kỳ báo cáo từ quy tắc."),
    "status": CommandEntry("dondoc.cli.status", "Tình hình báo cáo của một đơn vị."),
    "submit": CommandEntry("dondoc.cli.record", "Ghi nhận đơn vị đã gửi báo cáo."),
    "extend": CommandEntry("dondoc.cli.record", "Gia hạn một kỳ báo cáo."),
    "waive": CommandEntry("dondoc.cli.record", "Miễn một kỳ báo cáo."),
    "ack": CommandEntry("dondoc.cli.record", "Ghi nhận đơn vị hẹn nộp đến một ngày."),
    "chase": CommandEntry("dondoc.cli.chase", "Đôn đốc: quyết định và xếp tin nhắn cho một ngày."),
    "serve": CommandEntry("dondoc.cli.serve", "Đăng ký và chạy các flow theo lịch."),
    "web": CommandEntry("dondoc.cli.web", "Chạy ứng dụng web."),
    "doctor": CommandEntry("dondoc.cli.doctor", "Kiểm tra cài đặt và lịch chạy."),
    "generate-national": CommandEntry("dondoc.cli.national", "Sinh cây tổ chức cỡ toàn quốc."),
    "simulate": CommandEntry("dondoc.cli.national", "Mô phỏng các ngày đôn đốc."),
}


def _load_module(module: str) -> ModuleType:
    """One explicit import per command module, made only when that command runs: a typo fails ruff
    and mypy and the test of every entry, instead of dropping a command without a word."""
    match module:
        case "dondoc.cli.db":
            from dondoc.cli import db

            return db
        case "dondoc.cli.org":
            from dondoc.cli import org

            return org
        case "dondoc.cli.rules":
            from dondoc.cli import rules

            return rules
        case "dondoc.cli.plan":
            from dondoc.cli import plan

            return plan
        case "dondoc.cli.notify":
            from dondoc.cli import notify

            return notify
        case "dondoc.cli.outbox":
            from dondoc.cli import outbox

            return outbox
        case "dondoc.cli.chat":
            from dondoc.cli import chat

            return chat
        case "dondoc.cli.audit":
            from dondoc.cli import audit

            return audit
        case "dondoc.cli.feed":
            from dondoc.cli import feed

            return feed
        case "dondoc.cli.user":
            from dondoc.cli import user

            return user
        case "dondoc.cli.api":
            from dondoc.cli import api

            return api
        case "dondoc.cli.demo":
            from dondoc.cli import demo

            return demo
        case "dondoc.cli.expand":
            from dondoc.cli import expand

            return expand
        case "dondoc.cli.status":
            from dondoc.cli import status

            return status
        case "dondoc.cli.record":
            from dondoc.cli import record

            return record
        case "dondoc.cli.chase":
            from dondoc.cli import chase

            return chase
        case "dondoc.cli.serve":
            from dondoc.cli import serve

            return serve
        case "dondoc.cli.web":
            from dondoc.cli import web

            return web
        case "dondoc.cli.doctor":
            from dondoc.cli import doctor

            return doctor
        case "dondoc.cli.national":
            from dondoc.cli import national

            return national
        case _:
            raise KeyError(module)


def load_command(name: str) -> Command | None:
    """Import the module of ``name`` and build its click command (None for an unknown name)."""
    entry = COMMANDS.get(name)
    if entry is None:
        return None
    module: Any = _load_module(entry.module)
    holder = typer.Typer(add_completion=False)
    holder.callback()(lambda: None)  # a callback makes typer build a group even for one command
    if entry.group:
        holder.add_typer(module.app, name=name)
    else:
        module.register(holder)
    group = typer.main.get_command(holder)
    return group.commands.get(name) if isinstance(group, TyperGroup) else None


class LazyGroup(TyperGroup):
    """The top-level group: knows every command by name and help, imports one only to run it."""

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        return load_command(cmd_name)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        rows = [(name, entry.help) for name, entry in COMMANDS.items()]
        with formatter.section("Lệnh"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="dondoc",
    cls=LazyGroup,
    help="dondoc (đôn đốc): deadlines from committee plans, calendars, reminders and escalation.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    """dondoc (đôn đốc): thời hạn từ kế hoạch của cấp ủy, lịch iCal, nhắc việc và báo cáo cấp trên."""


def _error_line(exc: BaseException | str) -> str:
    return f"Lỗi: {exc}"


# the options whose name is not the domain's field name; any other field ``x_y`` is ``--x-y``
_OPTIONS = {"submitted_on": "--on"}


def option_of(field: str) -> str:
    """The option the user typed for a domain field: ``submitted_on`` → ``--on``, ``ref`` → ``--ref``."""
    return _OPTIONS.get(field, "--" + field.replace("_", "-"))


def _field_line(exc: FieldError) -> str:
    return _error_line(f"{option_of(exc.field)}: {exc.problem}")


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
    except FieldError as exc:
        typer.echo(_field_line(exc), err=True)
        sys.exit(exc.exit_code)
    except SelectionError as exc:
        typer.echo(_error_line(exc.phrase(option_of)), err=True)
        sys.exit(exc.exit_code)
    except DondocError as exc:
        typer.echo(_error_line(exc), err=True)
        sys.exit(exc.exit_code)
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
    except Exception as exc:
        # imported here, not at the top: the pure core costs half a second that --help must not pay
        from calendar_rules import RulesError

        if not isinstance(exc, RulesError):
            raise
        typer.echo(_error_line(exc), err=True)  # a rule or period the calendar cannot hold (Vietnamese)
        sys.exit(2)
    # click returns the exit code instead of raising when not standalone
    sys.exit(result if isinstance(result, int) else 0)
