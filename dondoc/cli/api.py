"""``dondoc api token ORG | revoke ORG``: tokens for e-office systems calling ``/api/v1``."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(help="Mã truy cập API cho hệ thống văn phòng điện tử (mỗi đơn vị một mã).", no_args_is_help=True)
OrgArg = Annotated[str, typer.Argument(metavar="ĐƠN_VỊ", help="Mã đơn vị, ví dụ thi-uy-duc-pho.")]


@app.command("token", help="Cấp mã API mới cho đơn vị (thay mã cũ); mã chỉ hiện một lần.")
def token(org: OrgArg) -> None:
    from dondoc.api.tokens import issue_api_token
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.settings import get_settings

    settings = get_settings()
    with session_scope(open_store(settings)) as session:
        value = issue_api_token(session, org, utc_now(), actor=actor_name())
    typer.echo(f"Đã cấp mã API cho {org} (chỉ hiện một lần, hãy lưu lại):")
    typer.echo(value)
    typer.echo(f"Địa chỉ API: {settings.base_url.rstrip('/')}/api/v1  (tài liệu: /api/v1/docs)")


@app.command("revoke", help="Thu hồi mã API của đơn vị.")
def revoke(org: OrgArg) -> None:
    from dondoc.api.tokens import revoke_api_tokens
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store

    with session_scope(open_store()) as session:
        count = revoke_api_tokens(session, org, utc_now(), actor=actor_name())
    typer.echo(f"Đã thu hồi {count} mã API của {org}." if count else f"{org} không có mã API nào còn hiệu lực.")
