"""``dondoc plan``: plans (Kế hoạch) — propose a plan file from a document, import it, list and show plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from calendar_rules.vietnamese import format_day
from dondoc.cli.options import optional_day

app = typer.Typer(
    help="Kế hoạch: đọc văn bản kế hoạch (PDF, Word, văn bản) thành tệp YAML để rà soát, nhập tệp đã rà soát, xem danh sách và chi tiết.",
    no_args_is_help=True,
)


@app.command(
    "extract",
    help=(
        "Đọc văn bản kế hoạch (.txt, .pdf, .docx) — cả công văn, thông báo không chia mục, và PDF bản quét "
        "(nhận dạng chữ OCR) — và in ra bản đề xuất tệp kế hoạch (YAML) để rà soát "
        "trước khi nhập: các nhiệm vụ có thời hạn, đơn vị thực hiện, nơi nhận báo cáo, và danh sách "
        "những chỗ cần kiểm tra (review) kèm số dòng. Ví dụ: dondoc plan extract kehoach.pdf --tree cay.yaml > kehoach.yaml"
    ),
)
def extract(
    document: Annotated[
        Path, typer.Argument(help="Văn bản kế hoạch hoặc công văn: .txt, .pdf (có lớp chữ hoặc bản quét) hoặc .docx.")
    ],
    tree: Annotated[
        Path | None,
        typer.Option("--tree", help="Tệp YAML cây tổ chức để đối chiếu tên đơn vị (xem examples/org_tree.yaml)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In bản tóm tắt dạng JSON thay cho YAML.")] = False,
    issued: Annotated[
        str | None, typer.Option("--issued", help="Ngày ban hành (dd/mm/yyyy), khi văn bản không ghi hoặc ghi sai.")
    ] = None,
    issuer: Annotated[
        str | None, typer.Option("--issuer", help="Mã đơn vị ban hành, khi văn bản không ghi rõ.")
    ] = None,
) -> None:
    """Propose the plan file for DOCUMENT on stdout; progress and the review count go to stderr."""
    from dondoc.org.registry import load_org_file
    from dondoc.plans import extract_deadlines
    from dondoc.plans.draft_yaml import to_json, to_yaml
    from dondoc.plans.extract import extract_plan
    from dondoc.plans.readers import read_document

    issued_day: dt.date | None = None
    if issued is not None:
        issued_day = optional_day(issued, "issued")
    org_tree = load_org_file(tree) if tree is not None else None
    source = read_document(document)
    typer.echo(f"Đã đọc {len(source.lines)} dòng từ {document} ({source.format}).", err=True)
    for line, warning in source.warnings:
        typer.echo(f"{document}:{line}: cảnh báo: {warning}", err=True)
    draft = extract_plan(
        source, extract_deadlines.scan, extract_deadlines.parse, tree=org_tree, issued=issued_day, issuer=issuer
    )
    typer.echo(to_json(draft) if as_json else to_yaml(draft).rstrip("\n"))
    unresolved = sum(1 for task in draft.tasks if not task.assignees)
    typer.echo(
        f"Tìm thấy {len(draft.tasks)} nhiệm vụ có thời hạn ({unresolved} chưa có đơn vị thực hiện); "
        f"{len(draft.review)} chỗ cần kiểm tra (mục review).",
        err=True,
    )


@app.command(
    "import",
    help=(
        "Nhập tệp kế hoạch đã rà soát (YAML). Kiểm tra toàn bộ tệp trước: có lỗi thì in TỆP:DÒNG: lỗi và không ghi gì (mã thoát 2). "
        "Nhập lại cùng tệp không thay đổi gì; tệp đã sửa thì cập nhật các kỳ báo cáo từ hôm nay trở đi, giữ nguyên các kỳ đã qua. "
        "Sau khi nhập, các kỳ báo cáo được lập ngay (trừ khi --no-expand)."
    ),
)
def import_(
    files: Annotated[list[Path], typer.Argument(help="Một hoặc nhiều tệp kế hoạch YAML (xem examples/plans/).")],
    no_expand: Annotated[bool, typer.Option("--no-expand", help="Chỉ nhập kế hoạch, chưa lập các kỳ báo cáo.")] = False,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Ngày tính là hôm nay (dd/mm/yyyy): các kỳ trước ngày này không bị sửa."),
    ] = None,
) -> None:
    from dondoc.clock import actor_name, local_today, utc_now
    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.errors import ValidationFailed
    from dondoc.plans.importer import UnitIndex, import_plan
    from dondoc.plans.materialise import materialise
    from dondoc.plans.plan_file import load_plan_file
    from dondoc.settings import get_settings
    from dondoc.workcal import working_calendar

    day = optional_day(today, "today") or local_today()
    specs, problems = [], []
    for file in files:
        try:
            specs.append(load_plan_file(file))
        except ValidationFailed as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationFailed(problems)
    settings = get_settings()
    engine = open_store(settings)
    at, actor = utc_now(), actor_name()
    with session_scope(engine) as session:
        index = UnitIndex.load(session)
        reports = [import_plan(session, spec, at=at, actor=actor, index=index) for spec in specs]
    for spec, report in zip(specs, reports, strict=True):
        if not report.changed:
            typer.echo(f"{spec.id} ({spec.number}): không có gì thay đổi.")
            continue
        verb = "Đã nhập" if report.created else "Đã cập nhật"
        typer.echo(
            f"{verb} kế hoạch {spec.number} [{spec.id}] từ {spec.label}: {len(spec.tasks)} nhiệm vụ "
            f"(thêm {len(report.tasks_added)}, sửa {len(report.tasks_updated)}, bỏ {len(report.tasks_removed)}), "
            f"{report.assignments} phân công thay đổi."
        )
    if no_expand:
        typer.echo("Chưa lập kỳ báo cáo: chạy `dondoc expand` khi sẵn sàng.")
        return
    result = materialise(
        engine, today=day, calendar=working_calendar(settings), at=at, actor=actor, plan_ids=[s.id for s in specs]
    )
    typer.echo(
        f"Kỳ báo cáo ({format_day(result.start)}–{format_day(result.end)}): thêm {result.inserted}, "
        f"dời hạn {result.rescheduled}, mở lại {result.reopened}, hủy {result.cancelled} (kỳ trước {format_day(day)} giữ nguyên)."
    )


@app.command(
    "list",
    help="Danh sách kế hoạch đã nhập: mã, số hiệu, đơn vị ban hành, ngày ban hành, số nhiệm vụ và số kỳ báo cáo.",
)
def list_(as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False) -> None:
    import json

    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.plans.queries import list_plans

    engine = open_store()
    with session_scope(engine) as session:
        plans = list_plans(session)
    if as_json:
        typer.echo(json.dumps([p.to_json() for p in plans], ensure_ascii=False, indent=2))
        return
    if not plans:
        typer.echo("Chưa có kế hoạch nào. Nhập bằng `dondoc plan import TỆP` (xem examples/plans/).")
        return
    for p in plans:
        typer.echo(
            f"{p.id}  {p.number}  {format_day(p.issued)}  {p.issuer_name}: {p.tasks} nhiệm vụ, {p.occurrences} kỳ báo cáo — {p.title}"
        )


@app.command(
    "show",
    help="Chi tiết một kế hoạch: các nhiệm vụ, quy tắc thời hạn (diễn giải tiếng Việt), đơn vị thực hiện, nơi nhận báo cáo, căn cứ trong văn bản.",
)
def show(
    plan_id: Annotated[str, typer.Argument(help="Mã kế hoạch (xem dondoc plan list).")],
    as_json: Annotated[bool, typer.Option("--json", help="In dạng JSON.")] = False,
) -> None:
    import json

    from dondoc.db.engine import session_scope
    from dondoc.db.store import open_store
    from dondoc.plans.queries import plan_detail, render_plan

    engine = open_store()
    with session_scope(engine) as session:
        detail = plan_detail(session, plan_id)
    typer.echo(json.dumps(detail, ensure_ascii=False, indent=2) if as_json else render_plan(detail))
