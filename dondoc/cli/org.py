"""``dondoc org``: the committee tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from calendar_rules.vietnamese import format_local_time
from dondoc.clock import actor_name, utc_now
from dondoc.db.engine import session_scope
from dondoc.db.store import open_store
from dondoc.org.channels import unflag_channels
from dondoc.org.importer import import_tree
from dondoc.org.queries import ancestors, contacts_of, get_committee, kind_label, load_forest, render_tree, subtree
from dondoc.org.registry import load_org_file

app = typer.Typer(help="Cây tổ chức: nhập, xem cây, xem một đơn vị, gỡ cờ kênh.", no_args_is_help=True)


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Tệp YAML của cây tổ chức (xem examples/org_tree.yaml).")],
    prune: Annotated[bool, typer.Option("--prune", help="Ngừng theo dõi các đơn vị không còn trong tệp.")] = False,
) -> None:
    """Validate the whole file, then import it; on any error print FILE:LINE: problem and write nothing (exit 2)."""
    tree = load_org_file(file)
    engine = open_store()
    with session_scope(engine) as session:
        report = import_tree(session, tree, at=utc_now(), actor=actor_name(), prune=prune, source=str(file))
    typer.echo(
        f"Đã nhập {len(tree.units)} đơn vị từ {file}: thêm {len(report.added)}, cập nhật {len(report.updated)}, "
        f"không đổi {report.unchanged}, liên hệ/kênh thay đổi {report.contacts_changed}."
    )
    if report.missing:
        verb = "đã ngừng theo dõi" if prune else "không có trong tệp (dùng --prune để ngừng theo dõi)"
        typer.echo(f"{len(report.missing)} đơn vị {verb}: {', '.join(report.missing)}")


@app.command()
def tree(
    root: Annotated[str | None, typer.Option("--root", help="Chỉ hiện nhánh dưới đơn vị này.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    """Show the committee tree (or the branch under --root)."""
    engine = open_store()
    with session_scope(engine) as session:
        forest = load_forest(session, root)
        if as_json:
            typer.echo(json.dumps([node.to_json() for node in forest], ensure_ascii=False, indent=2))
        elif not forest:
            typer.echo("Chưa có đơn vị nào. Nhập cây tổ chức bằng `dondoc org import TỆP`.")
        else:
            typer.echo(render_tree(forest))


@app.command()
def show(unit_id: Annotated[str, typer.Argument(help="Mã đơn vị, ví dụ thi-uy-duc-pho.")]) -> None:
    """Show one unit: kind, place in the tree, units under it, contacts and channels (secrets hidden)."""
    engine = open_store()
    with session_scope(engine) as session:
        unit = get_committee(session, unit_id)
        chain = ancestors(session, unit_id)
        below = subtree(session, unit_id)
        typer.echo(f"{unit.name} [{unit.id}]")
        typer.echo(f"  Loại: {kind_label(unit.kind)}")
        typer.echo(f"  Trực thuộc: {' → '.join(a.name for a in chain) or '(cấp cao nhất)'}")
        if unit.aliases:
            typer.echo(f"  Tên khác: {'; '.join(unit.aliases.splitlines())}")
        children = [c for c in below if c.parent_id == unit.id]
        typer.echo(f"  Đơn vị trực thuộc: {len(children)} (toàn nhánh: {len(below) - 1})")
        for child in children:
            typer.echo(f"    - {child.name} [{child.id}]")
        typer.echo(f"  Trạng thái: {'đang theo dõi' if unit.active else 'đã ngừng theo dõi'}")
        for contact, channels in contacts_of(session, unit_id):
            typer.echo(f"  Liên hệ: {contact.name}")
            for channel in channels:
                flag = ""
                if channel.flagged_at:
                    flag = (
                        f" — ĐÃ GẮN CỜ từ {format_local_time(channel.flagged_at)}: {channel.flag_reason}"
                        f" (gỡ cờ: dondoc org channel-reset {unit.id} {channel.id})"
                    )
                typer.echo(f"    #{channel.id} {channel.kind}: {channel.url_redacted}{flag}")


@app.command("channel-reset")
def channel_reset(
    unit_id: Annotated[str, typer.Argument(help="Mã đơn vị, ví dụ thi-uy-duc-pho.")],
    channel: Annotated[
        str | None, typer.Argument(help="Số kênh (như trong `dondoc org show`) hoặc loại kênh; mặc định: mọi kênh.")
    ] = None,
) -> None:
    """Gỡ cờ lỗi vĩnh viễn của kênh liên lạc, để nhắc việc được gửi lại qua kênh đó."""
    engine = open_store()
    with session_scope(engine) as session:
        unit = get_committee(session, unit_id)
        reset = unflag_channels(session, unit.id, channel=channel, at=utc_now(), actor=actor_name())
    if not reset:
        which = f" khớp với '{channel}'" if channel else ""
        typer.echo(f"{unit.name} [{unit.id}] không có kênh nào bị gắn cờ{which}.")
        return
    typer.echo(f"Đã gỡ cờ {len(reset)} kênh của {unit.name} [{unit.id}]:")
    for f in reset:
        typer.echo(f"  #{f.id} {f.kind}: {f.redacted} (lỗi trước đó: {f.reason})")
    typer.echo("Các tin đã lỗi có thể đưa lại hàng chờ bằng `dondoc outbox retry`.")
