"""Duties done every week: "Bộ Tài chính sẽ định kỳ công khai tiến độ ... vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần.",
"Ban tư vấn sẽ trả lời các câu hỏi ... hàng tuần, trực tiếp trên website.", "Tất cả các thứ Hai đầu tuần trong Tháng
Thanh niên ...", "Thời điểm chốt số liệu được xác định vào 17 giờ ngày Thứ Hai và Thứ Năm hàng tuần."

The rules have no weekly frequency; a task repeated each week, with no date written, holds for as long as the document
applies, as a duty done every day does ("gửi báo cáo nhanh ... trước 17 giờ hàng ngày"): continuous, for a person to
confirm (``duties`` reads both). An office's hours each week are no duty: "Thời gian tiếp nhận hồ sơ và trả kết quả:
Sáng từ 07 giờ đến 11 giờ 30, ... từ thứ hai đến thứ sáu hàng tuần" (a span of hours beside the week; a daily span
of hours may still be a habit asked: "hạn chế ... trong khoảng thời gian cao điểm hàng ngày từ 11h đến 14h").
One weekday each week with a task ("báo cáo ... vào thứ Sáu hàng tuần") is read by ``each_week``: its first occurrence.
"""

from __future__ import annotations

import re

# "hàng tuần", "mỗi tuần", "các thứ Hai (đầu tuần)", "tất cả các ngày thứ Bảy"
WEEKLY_RE = re.compile(
    r"\b(?:hang|moi)\s*tuan\b|\bcac\s*(?:ngay\s*)?thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])\b(?!\s*(?:,|va)\s*ngay\s*\d)"
)
# a span of hours: "từ 07 giờ đến 11 giờ 30", "Sáng từ 7h00 đến 11h00"
OPENING_HOURS_RE = re.compile(r"\btu\s*\d{1,2}\s*(?:gio|h)\b[^.;]{0,12}?\bden\s*\d{1,2}\s*(?:gio|h)\b")
