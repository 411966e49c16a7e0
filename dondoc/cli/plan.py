"""``dondoc plan``: plans (Kế hoạch) — propose a plan file from a document, import it, list and show plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from dondoc.errors import DondocError

app = typer.Typer(help="Kế hoạch: đọc văn bản kế hoạch (PDF, Word, văn bản) thành tệp YAML để rà soát.", no_args_is_help=True)


@app.command(
    "extract",
    help=(
        "Đọc văn bản kế hoạch (.txt, .pdf, .docx) và in ra bản đề xuất tệp kế hoạch (YAML) để rà soát "
        "trước khi nhập: các nhiệm vụ có thời hạn, đơn vị thực hiện, nơi nhận báo cáo, và danh sách "
        "những chỗ cần kiểm tra (review) kèm số dòng. Ví dụ: dondoc plan extract kehoach.pdf --tree cay.yaml > kehoach.yaml"
    ),
)
def extract(
    document: Annotated[Path, typer.Argument(help="Văn bản kế hoạch: .txt, .pdf (có lớp chữ) hoặc .docx.")],
    tree: Annotated[Optional[Path], typer.Option("--tree", help="Tệp YAML cây tổ chức để đối chiếu tên đơn vị (xem examples/org_tree.yaml).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="In bản tóm tắt dạng JSON thay cho YAML.")] = False,
    issued: Annotated[Optional[str], typer.Option("--issued", help="Ngày ban hành YYYY-MM-DD, khi văn bản không ghi hoặc ghi sai.")] = None,
    issuer: Annotated[Optional[str], typer.Option("--issuer", help="Mã đơn vị ban hành, khi văn bản không ghi rõ.")] = None,
) -> None:
    """Propose the plan file for DOCUMENT on stdout; progress and the review count go to stderr."""
    from dondoc.org.registry import load_org_file
    from dondoc.plans import extract_deadlines
    from dondoc.plans.draft_yaml import to_json, to_yaml
    from dondoc.plans.extract import extract_plan
    from dondoc.plans.readers import read_document

    issued_day: dt.date | None = None
    if issued is not None:
        try:
            issued_day = dt.date.fromisoformat(issued)
        except ValueError:
            raise typer.BadParameter(f"'{issued}' không phải ngày dạng YYYY-MM-DD", param_hint="--issued") from None
    org_tree = load_org_file(tree) if tree is not None else None
    source = read_document(document)
    typer.echo(f"Đã đọc {len(source.lines)} dòng từ {document} ({source.format}).", err=True)
    try:
        draft = extract_plan(source, extract_deadlines.scan, extract_deadlines.parse, tree=org_tree, issued=issued_day, issuer=issuer)
    except extract_deadlines.CalendarRulesMissing as exc:
        raise DondocError(f"chưa đọc được thời hạn: bộ phân tích calendar_rules chưa sẵn sàng ({exc})") from None
    typer.echo(to_json(draft) if as_json else to_yaml(draft).rstrip("\n"))
    unresolved = sum(1 for task in draft.tasks if not task.assignees)
    typer.echo(
        f"Tìm thấy {len(draft.tasks)} nhiệm vụ có thời hạn ({unresolved} chưa có đơn vị thực hiện); "
        f"{len(draft.review)} chỗ cần kiểm tra (mục review).",
        err=True,
    )
