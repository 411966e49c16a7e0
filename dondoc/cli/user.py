"""``dondoc user``: accounts of the web pages (committee status, occurrence timeline, audit).

Roles: ``committee`` reads its own unit and every unit under it; ``auditor``
reads everything and the audit history; ``admin`` likewise. Passwords are
hashed with argon2id; they are never shown or stored in clear.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from dondoc.errors import FieldError

app = typer.Typer(help="Tài khoản đăng nhập trang web (đơn vị, kiểm toán, quản trị).", no_args_is_help=True)

ROLE_HELP = "Vai trò: committee (xem đơn vị mình và các đơn vị trực thuộc), auditor (xem mọi đơn vị và lịch sử kiểm toán), admin."


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise FieldError("password_stdin", "không đọc được mật khẩu từ đầu vào chuẩn")
        return line.rstrip("\r\n")
    return str(typer.prompt("Mật khẩu", hide_input=True, confirmation_prompt="Nhập lại mật khẩu"))


@app.command(
    "add", help="Thêm tài khoản. Mật khẩu được hỏi khi chạy (hoặc đọc một dòng từ stdin với --password-stdin)."
)
def add(
    username: Annotated[
        str, typer.Argument(metavar="TÊN_ĐĂNG_NHẬP", help="Chữ thường không dấu, ví dụ vp.thiuy", show_default=False)
    ],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)] = "committee",
    org: Annotated[str | None, typer.Option("--org", help="Mã đơn vị (bắt buộc với vai trò committee).")] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Đọc mật khẩu từ một dòng của stdin (dùng trong kịch bản).")
    ] = False,
) -> None:
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.models import UserRole
    from dondoc.db.store import open_store
    from dondoc.web.users import ROLE_LABELS, add_user

    try:
        chosen = UserRole(role)
    except ValueError:
        raise FieldError("role", f"'{role}' không có (chọn committee, auditor hoặc admin)") from None
    password = _read_password(password_stdin)
    with session_scope(open_store()) as session:
        add_user(session, username, password, chosen, org, at=utc_now(), actor=actor_name())
    where = f" của đơn vị {org}" if org else ""
    typer.echo(f"Đã thêm tài khoản {username} (vai trò {ROLE_LABELS[chosen]}){where}.")


@app.command("list", help="Liệt kê các tài khoản.")
def list_() -> None:
    from calendar_rules.vietnamese import format_local_time
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.web.users import ROLE_LABELS, list_users

    with session_scope(open_store()) as session:
        users = list_users(session)
        if not users:
            typer.echo("Chưa có tài khoản nào. Thêm bằng `dondoc user add TÊN --role committee --org ĐƠN_VỊ`.")
            return
        typer.echo(f"{'Tên đăng nhập':<24}{'Vai trò':<12}{'Đơn vị':<44}{'Tạo lúc':<18}Trạng thái")
        for user, unit in users:
            where = f"{unit} ({user.committee_id})" if user.committee_id else "—"
            state = "đang dùng" if user.active else "đã khóa"
            typer.echo(
                f"{user.username:<24}{ROLE_LABELS[user.role]:<12}{where:<44}{format_local_time(user.created_at):<18}{state}"
            )


@app.command("disable", help="Khóa tài khoản (có hiệu lực ngay, kể cả phiên đang đăng nhập).")
def disable(username: Annotated[str, typer.Argument(metavar="TÊN_ĐĂNG_NHẬP", show_default=False)]) -> None:
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.web.users import disable_user

    with session_scope(open_store()) as session:
        disable_user(session, username, at=utc_now(), actor=actor_name())
    typer.echo(f"Đã khóa tài khoản {username}.")
