"""A domain error said on a web page: a refused field is named by its form label."""

from __future__ import annotations

from dondoc.errors import DondocError, FieldError

_LABELS = {
    "submitted_on": "Ngày nộp",
    "ref": "Số, ký hiệu báo cáo",
    "evidence": "Tệp minh chứng",
    "reason": "Lý do",
    "to": "Hạn mới",
    "until": "Ngày hẹn nộp",
    "note": "Ý kiến",
    "start": "Từ ngày",
    "end": "Đến ngày",
}


def phrase(exc: DondocError) -> str:
    """A domain error as one sentence; a refused field is named by its label ("Tệp minh chứng: Nội
    dung tệp …."), unless the problem already starts with it ("Ngày nộp 01/01/2020 ở trước …")."""
    if not isinstance(exc, FieldError):
        return _sentence(str(exc))
    label = _LABELS.get(exc.field)
    if label is None or exc.problem.lower().startswith(label.lower()):
        return _sentence(exc.problem)
    return f"{label}: {_sentence(exc.problem)}"


def _sentence(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}."
