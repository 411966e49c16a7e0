"""Explaining a parse to a person (Vietnamese) and to programs (the JSON contract)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calendar_rules import rules
from calendar_rules.expansion import Occurrence
from calendar_rules.parser.phrase import ParseResult
from calendar_rules.vietnamese import format_date_vi, period_label_vi

from ..vietnamese import format_day

FREQ_VI = {"monthly": "hằng tháng", "quarterly": "hằng quý", "semiannual": "6 tháng một lần", "annual": "hằng năm"}
CONFIDENCE_VI = {"certain": "chắc chắn", "inferred": "suy ra", "unsure": "chưa chắc"}


def _describe(result: ParseResult) -> str:
    rule = result.rule
    if isinstance(rule, rules.EndOfPeriod):
        return f"cuối {period_label_vi(rule.period)[0].lower() + period_label_vi(rule.period)[1:]}"
    if isinstance(rule, rules.Before):
        return f"trước ngày {format_day(rule.day)}" + (" (tính cả ngày đó)" if rule.lenient else "")
    if isinstance(rule, rules.FixedDate):
        return "ngày cụ thể"
    if isinstance(rule, rules.Range):
        return f"từ {format_day(rule.start)} đến {format_day(rule.end)}"
    if isinstance(rule, rules.Recurring):
        return f"định kỳ {FREQ_VI[rule.freq]}"
    if isinstance(rule, rules.Continuous):
        return "thường xuyên" + (f", rà soát {FREQ_VI[rule.review.freq]}" if rule.review else ", không có hạn chót")
    if isinstance(rule, rules.Relative):
        unit = "tháng" if rule.months else ("ngày làm việc" if rule.working else "ngày")
        return f"{rule.days} {unit} sau sự kiện “{rule.event}”"
    if isinstance(rule, rules.AdHoc):
        return "đột xuất, không có lịch trước"
    return ""


def describe_rule_vi(rule: rules.Rule) -> str:
    """A rule in a few Vietnamese words ("định kỳ hằng quý", "cuối quý II/2023")."""
    return _describe(ParseResult(str(rule), rule, rule.kind, "certain", (0, 0)))


def explain_vi(result: ParseResult, occurrences: Sequence[Occurrence] = ()) -> str:
    if result.rule is None:
        return f"Không hiểu thời hạn “{result.phrase.strip()}”: {result.reason}"
    lines = []
    if occurrences:
        first = occurrences[0]
        lines.append(f"Hạn: {format_date_vi(first.due)} ({_describe(result)})")
        for occ in occurrences:
            moved = f" → dời đến {format_date_vi(occ.adjusted_due)} (ngày nghỉ)" if occ.adjusted_due != occ.due else ""
            lines.append(f"  - {period_label_vi(occ.period)}: {format_date_vi(occ.due)}{moved}")
    else:
        lines.append(f"Thời hạn: {_describe(result)} (không có ngày hạn trong khoảng đã chọn)")
    lines.append(f"Quy tắc chuẩn: {result.rule}")
    lines.append(f"Độ tin cậy: {CONFIDENCE_VI[result.confidence]}")
    lines.extend(f"Lưu ý: {w}" for w in result.warnings)
    return "\n".join(lines)


def explain_json(result: ParseResult, occurrences: Sequence[Occurrence] = ()) -> dict[str, Any]:
    rule = result.rule
    due = occurrences[0].due if occurrences else getattr(rule, "due", None)
    return {
        "phrase": result.phrase,
        "kind": result.kind,
        "confidence": result.confidence,
        "canonical": str(rule) if rule is not None else None,
        "span": list(result.span),
        "start": rule.start.isoformat() if isinstance(rule, rules.Range) else None,
        "due": due.isoformat() if due else None,
        "frequency": rules.frequency_of(rule) if rule is not None else None,
        "rrule": rules.rrule_of(rule) if rule is not None else None,
        "occurrences": [
            {"period": o.period, "due": o.due.isoformat(), "adjusted_due": o.adjusted_due.isoformat()}
            for o in occurrences
        ],
        "warnings": list(result.warnings),
        "reason": result.reason,
    }
