"""``dondoc demo``: the main job on the embedded default, as README command 1 runs it.

It loads the example committee tree into the database the settings point at
(the embedded SQLite under DONDOC_HOME by default) and shows it. Each step is
idempotent, so running the demo again changes nothing that is already there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dondoc.clock import actor_name, utc_now
from dondoc.db.engine import session_scope
from dondoc.db.store import open_store
from dondoc.org.importer import import_tree
from dondoc.org.queries import load_forest, render_tree
from dondoc.org.registry import load_org_file
from dondoc.settings import get_settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

def register(app: typer.Typer) -> None:
    app.command("demo", help="Chạy bản trình diễn trên cơ sở dữ liệu nhúng: nạp cây tổ chức mẫu (không nhập lại những gì đã có) và hiển thị.")(demo)


def demo(
    examples: Annotated[Optional[Path], typer.Option("--examples", help="Thư mục dữ liệu mẫu.")] = None,
) -> None:
    """Load the example tree (idempotently) and show it."""
    folder = examples or EXAMPLES
    settings = get_settings()
    engine = open_store(settings)
    typer.echo(f"Cơ sở dữ liệu: {engine.url.render_as_string(hide_password=True)}")
    tree = load_org_file(folder / "org_tree.yaml")
    with session_scope(engine) as session:
        report = import_tree(session, tree, at=utc_now(), actor=actor_name(), source=str(folder / "org_tree.yaml"))
    typer.echo(f"Cây tổ chức mẫu: {len(tree.units)} đơn vị (thêm {len(report.added)}, cập nhật {len(report.updated)}).")
    with session_scope(engine) as session:
        typer.echo(render_tree(load_forest(session)))
    typer.echo(f"\nDữ liệu nằm trong {settings.home}. Xem thêm: `.venv/bin/dondoc org show thi-uy-duc-pho`.")
