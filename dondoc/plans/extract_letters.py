"""Letters → PlanDraft: công văn, thông báo and news summaries of them.

A letter has no numbered sections: its duties are sentences ("đề nghị các Đảng bộ
trực thuộc ... hoàn thành trong tháng 6 năm 2022", "Báo cáo tổng kết gửi về Ủy ban
bầu cử tỉnh (qua Sở Nội vụ) trước ngày 8/6/2021"). Each sentence (or ";" clause)
holding a deadline with a cue word ("trước", "chậm nhất", "hoàn thành", "trong",
"gửi", "báo cáo") becomes a task:

* who: the body the clause opens with ("Cấp xã hoàn thành ..."), else the body that
  stands before its verb ("... các đơn vị hoàn chỉnh báo cáo"), else the last body
  the letter asked ("đề nghị X", "yêu cầu X"), else the "Kính gửi:" list, else the
  "Nơi nhận:" list (noted for review), else nobody (review);
* to whom: "gửi về / báo cáo về / nộp về X (qua Y)";
* start dates ("bắt đầu từ ngày ...") and dates long before the letter are mentions.

Names resolve against the tree when one is given; without one, a named body is
proposed as the slug of its name with a review note, as the issuer is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from calendar_rules.vietnamese import format_day
from dondoc.errors import BadValue, ValidationFailed
from dondoc.org.registry import OrgTree
from dondoc.plans.extract_bodies import Assignee, BodyResolver, fold_same_length, issuer_guess_id
from dondoc.plans.extract_deadlines import Deadline, Scanner
from dondoc.plans.extract_letter_header import LetterHeader, is_not_issuer, read_letter_header
from dondoc.plans.extract_model import (
    DraftHead,
    DraftTask,
    PlanDraft,
    ReviewItem,
    draft_plan_id,
    draft_task,
    plan_draft,
)
from dondoc.plans.readers import SourceDocument, SourceLine
from dondoc.plans.structure import Paragraph, split_paragraphs
from dondoc.text import fold, squash

_BODY_START = (
    r"(?:(?:các\s+|cấp\s+|ban\s+thường\s+vụ\s+)?(?:cấp|ủy\s+ban|uỷ\s+ban|ubnd|ban|sở|phòng|đảng\s+bộ|đảng\s+ủy|chi\s+bộ|"
    r"cơ\s+quan|văn\s+phòng|hội\s+đồng|trường|đơn\s+vị|huyện\s+ủy|tỉnh\s+ủy|thị\s+ủy|thành\s+ủy|mặt\s+trận|"
    r"công\s+an|bộ)\b|các\s+(?:đơn\s+vị|tổ\s+chức|địa\s+phương)\b)"
)
_VERBS = (
    r"(?:hoàn\s+thành|hoàn\s+chỉnh|hoàn\s+thiện|tiến\s+hành|thực\s+hiện|báo\s+cáo|gửi|nộp|triển\s+khai|"
    r"xây\s+dựng|quan\s+tâm|rà\s+soát|tổng\s+hợp|chuẩn\s+bị|khẩn\s+trương|chủ\s+động|phối\s+hợp|chỉ\s+đạo|"
    r"lập|cung\s+cấp|đăng\s+ký|khi|tiếp\s+tục)\b"
)
_SUBJECT = re.compile(r"(?P<s>" + _BODY_START + r".{0,160}?)\s*,?\s+" + _VERBS, re.IGNORECASE)
_ASKED = re.compile(r"\b(?:đề\s+nghị|yêu\s+cầu|giao)\s+(?P<s>" + _BODY_START + r".{0,200}?)\s+" + _VERBS, re.I)
_CUT = re.compile(r"\s+(?:trên\s+cơ\s+sở|theo|căn\s+cứ|sau\s+khi|ở\s+đơn\s+vị)\b.*$|[\s,;:]+$", re.IGNORECASE)
_CUE = re.compile(
    r"(?:truoc|cham\s+nhat|hoan\s+thanh|xong|trong|han|gui|bao\s+cao|nop|den\s+ngay|ket\s+thuc|thoi\s+gian)"
)
_START = re.compile(r"(?:bat\s+dau|ke)\s+(?:tu\s+)?(?:ngay\s*)?$")
_REPORT = re.compile(
    r"\b(?:gửi\s+về|gửi\s+cho|gửi|báo\s+cáo\s+về|báo\s+cáo|nộp\s+về|nộp)\s+(?P<to>"
    + _BODY_START
    + r"[^(,.;]{0,100}?)\s*(?:\(qua\s+(?P<via>[^)]{3,80})\))?(?=\s+(?:trước|chậm|để|trong|vào|theo)\b|[,.;]|$)",
    re.IGNORECASE,
)
# "các đơn vị", "các địa phương": the letter's addressees, not a body of their own.
_VAGUE = re.compile(r"^cac\s+(?:don\s+vi|dia\s+phuong|co\s+quan)(?:\s+(?:con\s+lai|lien\s+quan|truc\s+thuoc))?$")
_LIST_HEAD = re.compile(r"^\s*(kính\s+gửi|nơi\s+nhận)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_NOT_RECIPIENT = re.compile(r"^(?:nhu\s+tren|luu|luu\s*:|lưu|vt\b)")


@dataclass
class _Context:
    resolver: BodyResolver
    issued: dt.date
    addressed: list[Assignee]
    copied: list[Assignee]
    review: list[ReviewItem]


def is_letter(body_kinds: set[str]) -> bool:
    """A document with no roman or numbered section is read as a letter."""
    return not (body_kinds & {"roman", "number"})


def extract_letter(
    document: SourceDocument,
    scanner: Scanner,
    tree: OrgTree | None,
    issued: dt.date | None,
    issuer: str | None,
) -> PlanDraft:
    """Propose the plan file for a letter; ``issued``/``issuer`` override its header."""
    paragraphs = split_paragraphs(document.lines)
    body_first = _body_first(document.lines)
    header = read_letter_header(document.lines, body_first)
    review: list[ReviewItem] = []
    day = _issue_day(document, header, issued, review)
    issuer_id, issuer_name = _issuer(header, tree, issuer, review)
    resolver = BodyResolver(tree, issuer_id, issuer_name)
    context = _Context(resolver, day, [], [], review)
    body = _recipients(paragraphs, context)
    tasks = _tasks(body, scanner, header, context)
    defaults = {"report_to": issuer_id, "policy": "default"} if issuer_id else {"policy": "default"}
    head = DraftHead(
        plan_id=draft_plan_id(header.number, header.place, issuer_id, day.year, unnumbered="cong-van"),
        number=header.number,
        title=header.title,
        issuer=issuer_id,
        issuer_name=issuer_name,
        issued=day,
        issued_inferred=False,
    )
    return plan_draft(head, document, tree, tasks, defaults, review)


def _body_first(lines: list[SourceLine]) -> int:
    """The first line of the letter's text: a long line that is not "Kính gửi:" nor "V/v"."""
    for line in lines:
        if len(line.text.split()) < 14 or _LIST_HEAD.match(line.text) or fold(line.text).startswith("v/v"):
            continue
        if not is_not_issuer(line.text):
            return line.number
    return 1


def _issue_day(
    document: SourceDocument, header: LetterHeader, forced: dt.date | None, review: list[ReviewItem]
) -> dt.date:
    if forced is not None:
        return forced
    if header.issued is None:
        raise ValidationFailed(
            [
                f"{document.path}:1: không tìm thấy ngày ban hành (dòng như 'Hà Nội, ngày 24 tháng 2 năm 2021' "
                "hoặc 'Ngày 07-9-2015'); hãy dùng --issued"
            ]
        )
    if header.issued_note and header.issued_line:
        review.append(ReviewItem(header.issued_line, f"{format_day(header.issued)}", header.issued_note))
    return header.issued


def _issuer(
    header: LetterHeader, tree: OrgTree | None, forced: str | None, review: list[ReviewItem]
) -> tuple[str | None, str | None]:
    if forced:
        if tree is not None and forced not in tree.by_id:
            raise BadValue("issuer", f"không có đơn vị '{forced}' trong cây tổ chức")
        return forced, tree.by_id[forced].name if tree is not None else header.issuer_name
    name = header.issuer_name
    if name is None:
        review.append(ReviewItem(1, "", "không tìm thấy đơn vị ban hành; hãy điền plan.issuer (hoặc dùng --issuer)"))
        return None, None
    if tree is not None:
        unit, note = BodyResolver(tree, None, None).resolve_name(name)
        if isinstance(unit, str):
            return unit, tree.by_id[unit].name
        review.append(ReviewItem(header.issuer_line, name, f"đơn vị ban hành: {note or 'không xác định được'}"))
        return None, name
    guess = issuer_guess_id(name)
    review.append(
        ReviewItem(
            header.issuer_line,
            name,
            f"mã đơn vị ban hành '{guess}' được đặt theo tên, chưa đối chiếu cây tổ chức (dùng --tree)",
        )
    )
    return guess, name


def _recipients(paragraphs: list[Paragraph], context: _Context) -> list[Paragraph]:
    """Collect "Kính gửi:" and "Nơi nhận:" lists; return the paragraphs of the letter's text."""
    body: list[Paragraph] = []
    target: list[Assignee] | None = None
    for paragraph in paragraphs:
        head = _LIST_HEAD.match(paragraph.text)
        if head:
            target = context.addressed if fold(head.group(1)).startswith("kinh") else context.copied
            _add_recipients(head.group("rest"), target, paragraph, context)
            continue
        if target is not None and len(paragraph.text.split()) < 25 and paragraph.kind == "bullet":
            _add_recipients(paragraph.text, target, paragraph, context)
            continue
        target = None
        if fold(paragraph.text[:12]).startswith(("t/m", "tm ", "kt ", "k/t")):
            break
        body.append(paragraph)
    return body


def _add_recipients(text: str, target: list[Assignee], paragraph: Paragraph, context: _Context) -> None:
    for part in re.split(r"\s*;\s*|^\s*[-+]\s*", text):
        name = squash(part).strip("-+.,: ")
        if len(name.split()) < 2 or _NOT_RECIPIENT.match(fold(name)):
            continue
        for assignee in _resolve(name, paragraph.first_line, context):
            if assignee not in target:
                target.append(assignee)


def _resolve(name: str, line: int, context: _Context) -> list[Assignee]:
    """Bodies a name stands for: the tree's units or groups, else the slug of the name (noted)."""
    bodies = [b for b in context.resolver.subjects(name) if b.assignee is not None]
    covered = sum(b.end - b.start for b in bodies)
    if bodies and covered >= 0.6 * len(name):
        return [b.assignee for b in bodies if b.assignee is not None]
    out: list[Assignee] = []
    for part in re.split(r"\s+và\s+(?=" + _BODY_START + ")", name, flags=re.IGNORECASE):
        part = squash(part).strip(" ,;")
        if context.resolver.tree is not None:
            unit, _note = context.resolver.resolve_name(part)
            if isinstance(unit, str):
                out.append(unit)
                continue
        guess = issuer_guess_id(part)
        out.append(guess)
        context.review.append(
            ReviewItem(line, part, f"mã đơn vị '{guess}' được đặt theo tên, chưa đối chiếu cây tổ chức (dùng --tree)")
        )
    return out


def _tasks(body: list[Paragraph], scanner: Scanner, header: LetterHeader, context: _Context) -> list[DraftTask]:
    tasks: list[DraftTask] = []
    asked: list[Assignee] = []
    for paragraph in body:
        found = scanner(paragraph.text, context.issued)
        position = 0
        for deadline in found:
            asked = _asked_before(paragraph.text[position : deadline.end], paragraph, context) or asked
            position = deadline.end
            line = paragraph.line_at(deadline.start)
            if line == header.issued_line and deadline.due == context.issued:
                continue  # the issue date itself
            verdict = _classify(paragraph.text, deadline, context.issued)
            if verdict is not None:
                clause = _clause(paragraph.text, deadline)[0]
                context.review.append(ReviewItem(line, clause, f"'{deadline.phrase}': {verdict}"))
                continue
            tasks.append(_task(len(tasks) + 1, paragraph, deadline, asked, context))
        asked = _asked_before(paragraph.text[position:], paragraph, context) or asked
    return tasks


def _asked_before(text: str, paragraph: Paragraph, context: _Context) -> list[Assignee]:
    """The bodies the last "đề nghị / yêu cầu X ..." in ``text`` asks."""
    matches = list(_ASKED.finditer(text))
    if not matches:
        return []
    name = _CUT.sub("", matches[-1].group("s"))
    return _resolve(name, paragraph.first_line, context) if len(name.split()) >= 2 else []


def _classify(text: str, deadline: Deadline, issued: dt.date) -> str | None:
    """None when the date is a deadline, else why it is only a mention (Vietnamese)."""
    if deadline.kind == "unparsed":
        return f"không hiểu cụm thời hạn: {deadline.reason or 'không rõ'}"
    folded = fold_same_length(text)
    _clause_text, start = _clause(folded, deadline)
    before = folded[start : deadline.start]
    if _START.search(before):
        return "ngày bắt đầu, không phải thời hạn"
    if deadline.due is not None and deadline.due < issued - dt.timedelta(days=31):
        return f"mốc {format_day(deadline.due)} đã qua trước ngày ban hành, không phải thời hạn"
    if deadline.kind == "relative" or _CUE.search(before[-80:]) or _CUE.match(folded[deadline.start :]):
        return None
    return "mốc thời gian không có từ chỉ thời hạn (trước, chậm nhất, hoàn thành, gửi...)"


def _clause(text: str, deadline: Deadline) -> tuple[str, int]:
    """The sentence or ";" clause holding the deadline, and where it starts."""
    before = text[: deadline.start]
    start = max(before.rfind(". ") + 1, before.rfind("; ") + 1, before.rfind(": ") + 1, 0)
    match = re.compile(r"\.(?:\s|$)|;").search(text, deadline.end)
    end = match.start() if match else len(text)
    return squash(text[start:end]).lstrip("-+• "), start


def _task(number: int, paragraph: Paragraph, deadline: Deadline, asked: list[Assignee], context: _Context) -> DraftTask:
    clause = _clause(paragraph.text, deadline)[0]
    line = paragraph.line_at(deadline.start)
    assignees, note = _who(clause, asked, line, context)
    to = _report_to(clause, line, context)
    title = squash(clause.replace(deadline.phrase, "")).rstrip(" ,.;:/") or deadline.phrase
    title = re.sub(r"\s+(?:trước|chậm nhất là|chậm nhất|trong|vào)$", "", title, flags=re.IGNORECASE)
    lines = (line, sorted({line, paragraph.line_at(max(0, deadline.end - 1))}))
    who = (assignees, [note] if note else [])
    return draft_task(f"CV-{number}", title[:160], deadline, who, to, clause, lines, context.review)


def _who(clause: str, asked: list[Assignee], line: int, context: _Context) -> tuple[list[Assignee], str | None]:
    text = re.sub(r"^[^:]{0,60}:\s*", "", clause)  # "Về thời gian tổng kết: Cấp xã hoàn thành ..."
    subject = _SUBJECT.match(text)
    if subject is not None and not re.match(r"(?:đề|yêu)", text[subject.end("s") :].lstrip(), re.IGNORECASE):
        name = _CUT.sub("", subject.group("s"))
        if len(name.split()) >= 2 and not _VAGUE.match(fold(name)):
            return _resolve(name, line, context), None
    if asked:
        return list(asked), None
    if context.addressed:
        return list(context.addressed), "đơn vị thực hiện lấy theo danh sách 'Kính gửi', cần kiểm tra"
    if context.copied:
        return list(context.copied), "đơn vị thực hiện lấy theo 'Nơi nhận', cần kiểm tra"
    return [], "chưa xác định được đơn vị thực hiện"


def _report_to(clause: str, line: int, context: _Context) -> tuple[str | None, str | None]:
    match = _REPORT.search(clause)
    if match is None:
        return None, None
    return _one_unit(_CUT.sub("", match.group("to")), line, context), (
        _one_unit(squash(match.group("via")), line, context) if match.group("via") else None
    )


def _one_unit(name: str, line: int, context: _Context) -> str:
    """A report goes to one unit: the tree's, else the slug of the name (a board selector is not a unit)."""
    found = next((unit for unit in _resolve(name, line, context) if isinstance(unit, str)), None)
    return found or issuer_guess_id(name)
