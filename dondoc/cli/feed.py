"""``dondoc feed``: calendar subscription links (iCal) for a committee.

The token is printed once, at issue; the database keeps only its hash, so a
lost link is replaced by revoking and issuing again.
"""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    help="Liên kết lịch iCal (đăng ký trên Google Calendar, Outlook, Thunderbird, iPhone).", no_args_is_help=True
)

OrgArg = Annotated[
    str,
    typer.Argument(
        metavar="ĐƠN_VỊ", help="Mã đơn vị, ví dụ thi-uy-duc-pho (xem `dondoc org tree`).", show_default=False
    ),
]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Người thực hiện (mặc định: tên đăng nhập).")]


@app.command("token", help="Cấp một liên kết lịch mới cho đơn vị và in ra (chỉ in một lần).")
def token(org: OrgArg, actor: ActorOpt = None) -> None:
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.org.queries import get_committee
    from dondoc.settings import get_settings
    from dondoc.web.feed_tokens import feed_url, issue_token

    settings = get_settings()
    with session_scope(open_store(settings)) as session:
        secret = issue_token(session, org, utc_now(), actor=actor or actor_name())
        name = get_committee(session, org).name
    typer.echo(f"Đã cấp liên kết lịch cho {name}.")
    typer.echo(f"Mã: {secret}")
    typer.echo(f"Lịch của riêng đơn vị:             {feed_url(settings.base_url, secret)}")
    typer.echo(f"Lịch gồm cả các đơn vị trực thuộc: {feed_url(settings.base_url, secret, subtree=True)}")
    typer.echo(
        "Giữ kín liên kết này: ai có liên kết đều xem được lịch. Mã chỉ in một lần; "
        f"khi lộ hoặc mất, thu hồi bằng `dondoc feed revoke {org}` rồi cấp mới."
    )


@app.command("revoke", help="Thu hồi mọi liên kết lịch còn hiệu lực của đơn vị.")
def revoke(org: OrgArg, actor: ActorOpt = None) -> None:
    from dondoc.clock import actor_name, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.org.queries import get_committee
    from dondoc.web.feed_tokens import revoke_tokens

    with session_scope(open_store()) as session:
        count = revoke_tokens(session, org, utc_now(), actor=actor or actor_name())
        name = get_committee(session, org).name
    if count:
        typer.echo(f"Đã thu hồi {count} liên kết lịch của {name}; các lịch đã đăng ký sẽ không cập nhật được nữa.")
    else:
        typer.echo(f"{name} không có liên kết lịch nào còn hiệu lực.")


@app.command("list", help="Liệt kê các liên kết lịch: đơn vị, ngày cấp, ngày thu hồi (không bao giờ in mã).")
def list_(org: Annotated[str | None, typer.Option("--org", help="Chỉ một đơn vị.")] = None) -> None:
    from calendar_rules.vietnamese import format_local_time
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.web.feed_tokens import list_tokens

    with session_scope(open_store()) as session:
        rows = list_tokens(session, org)
    if not rows:
        typer.echo("Chưa có liên kết lịch nào (cấp bằng `dondoc feed token ĐƠN_VỊ`).")
        return
    typer.echo(f"{'Số':>4}  {'Đơn vị':<45}  {'Ngày cấp':<16}  Thu hồi")
    for row in rows:
        created = format_local_time(row.created_at)
        revoked = format_local_time(row.revoked_at) if row.revoked_at else "còn hiệu lực"
        unit = f"{row.committee_name} ({row.committee_id})"
        typer.echo(f"{row.id:>4}  {unit:<45}  {created:<16}  {revoked}")
    live = sum(1 for r in rows if r.revoked_at is None)
    typer.echo(f"Tổng: {len(rows)} liên kết, {live} còn hiệu lực.")
