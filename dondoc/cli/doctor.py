"""``dondoc doctor``: what is wrong with this installation, in plain words."""

from __future__ import annotations

import os

import typer

from dondoc.clock import local_today, utc_now
from dondoc.doctor import run_checks
from dondoc.settings import get_settings


def register(app: typer.Typer) -> None:
    app.command(
        "doctor",
        help="Kiểm tra cấu hình từ đầu đến cuối: cơ sở dữ liệu, Prefect, deployment, kênh liên lạc, bảng ngày nghỉ.",
    )(doctor)


def doctor() -> None:
    findings = run_checks(get_settings(), local_today(), os.environ.get("PREFECT_API_URL"), utc_now())
    failed = 0
    for finding in findings:
        mark = "OK " if finding.ok and not finding.warning else ("!  " if finding.ok else "LỖI")
        failed += not finding.ok
        typer.echo(f"{mark} {finding.name}: {finding.detail}")
    if failed:
        typer.echo(f"\n{failed} mục cần sửa.")
        raise typer.Exit(1)
    typer.echo("\nMọi kiểm tra đều đạt.")
