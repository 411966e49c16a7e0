"""PlanDraft → the plan file a secretary reviews (YAML), or the JSON summary.

The YAML is the shared plan format that ``dondoc plan import`` reads: block style,
Vietnamese unescaped, keys in the order a person reads them, and comments that
say where each task comes from, what its deadline means and what to check. The
``review`` list at the end is ignored by the importer; it is the checklist.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml

from calendar_rules.vietnamese import format_date_vi
from dondoc.plans.extract import DraftTask, PlanDraft

_KIND_VI = {
    "fixed": "một lần",
    "recurring": "định kỳ",
    "range": "khoảng thời gian",
    "relative": "theo sự kiện",
    "continuous": "thường xuyên (không có hạn chót)",
    "adhoc": "đột xuất",
    "unparsed": "chưa hiểu",
}


class _Flow(dict):
    """A selector written on one line: {children_of: thi-uy-duc-pho, kind: [dang_uy_co_so]}."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)  # indent list items under their key


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_Dumper.add_representer(_Flow, _represent_flow)


def _dump(data: Any, indent: int = 0, width: int = 110) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=width)
    pad = " " * indent
    return "".join(pad + line + "\n" if line else "\n" for line in text.rstrip("\n").split("\n"))


def _format_date(day: dt.date) -> str:
    return format_date_vi(day)


def task_mapping(task: DraftTask) -> dict[str, Any]:
    """One task as the plan format has it (only keys that say something)."""
    data: dict[str, Any] = {"id": task.id, "title": task.title, "deadline": task.deadline}
    if task.canonical:
        data["rule"] = task.canonical
    data["assignees"] = [_Flow(a) if isinstance(a, dict) else a for a in task.assignees]
    if task.report_to:
        data["report_to"] = task.report_to
    if task.via:
        data["via"] = task.via
    data["evidence"] = task.evidence
    data["line"] = task.line
    return data


def to_yaml(draft: PlanDraft) -> str:
    """The reviewable plan file, with comments."""
    out: list[str] = []
    out.append(f"# Bản đề xuất do `dondoc plan extract` đọc từ {draft.source}.")
    out.append("# Hãy đối chiếu với văn bản, sửa những chỗ cần sửa (xem danh sách review ở cuối tệp),")
    out.append("# rồi nhập bằng `dondoc plan import TỆP`. Số dòng là số dòng trong văn bản nguồn.")
    if not draft.resolved_with_tree:
        out.append("# Chưa đối chiếu tên đơn vị với cây tổ chức: chạy lại với --tree TỆP_CÂY để có mã đơn vị.")
    head = draft.head
    plan: dict[str, Any] = {"id": head.plan_id}
    if head.number:
        plan["number"] = head.number
    plan["title"] = head.title
    plan["issuer"] = head.issuer
    plan["issued"] = head.issued
    plan["source"] = draft.source
    block = _dump({"plan": plan})
    if head.issued_inferred:
        block = block.replace(
            f"  issued: {head.issued.isoformat()}\n",
            f"  issued: {head.issued.isoformat()}  # văn bản không ghi ngày ban hành: ngày này là suy đoán, hãy sửa\n",
        )
    if not head.issuer:
        block = block.replace(
            "  issuer: null\n", "  issuer: null  # chưa xác định được đơn vị ban hành: hãy điền mã đơn vị\n"
        )
    out.append(block.rstrip("\n"))
    out.append("# Áp dụng cho mọi nhiệm vụ, trừ khi nhiệm vụ ghi khác.")
    out.append(_dump({"defaults": draft.defaults}).rstrip("\n"))
    if not draft.tasks:
        out.append("tasks: []  # không tìm thấy nhiệm vụ có thời hạn; xem review")
    else:
        out.append("tasks:")
    for task in draft.tasks:
        out.append("")
        lines = sorted(set(task.deadline_lines))
        where = ", ".join(str(n) for n in lines)
        due = f"; hạn đầu tiên: {_format_date(task.due)}" if task.due else ""
        out.append(f"  # {task.id} — dòng {where}: {_KIND_VI.get(task.kind, task.kind)}{due}")
        if not task.assignees:
            out.append("  # CHƯA có đơn vị thực hiện: hãy điền assignees (xem review)")
        for note in task.notes:
            out.append(f"  # cần kiểm tra: {note}")
        out.append(_dump([task_mapping(task)], indent=2).rstrip("\n"))
    out.append("")
    out.append("# Những chỗ chương trình chưa chắc chắn (dòng, đoạn văn, lý do). `dondoc plan import` bỏ qua mục này.")
    if draft.review:
        out.append(
            _dump(
                {"review": [_Flow(line=r.line, text=r.text, reason=r.reason) for r in draft.review]}, width=4096
            ).rstrip("\n")
        )
    else:
        out.append("review: []")
    return "\n".join(out) + "\n"


def to_json_data(draft: PlanDraft) -> dict[str, Any]:
    """The ``--json`` shape: plan summary, tasks (kind/due as in ``rules explain --json``), review."""
    default_report_to = draft.defaults.get("report_to")
    return {
        "plan": {
            "number": draft.head.number,
            "title": draft.head.title,
            "issuer": draft.head.issuer,
            "issued": draft.head.issued.isoformat(),
        },
        "tasks": [
            {
                "id": task.id,
                "title": task.title,
                "kind": task.kind,
                "canonical": task.canonical,
                "due": task.due.isoformat() if task.due else None,
                "assignees": list(task.assignees),
                "report_to": task.report_to or default_report_to,
                "line": task.line,
            }
            for task in draft.tasks
        ],
        "review": [{"line": r.line, "text": r.text, "reason": r.reason} for r in draft.review],
    }


def to_json(draft: PlanDraft) -> str:
    return json.dumps(to_json_data(draft), ensure_ascii=False, indent=2)
