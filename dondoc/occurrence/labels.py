"""An occurrence's states as people read them."""

from __future__ import annotations

STATUS_LABELS = {
    "open": "đang chờ báo cáo",
    "submitted": "đã nộp báo cáo",
    "waived": "đã được miễn",
    "cancelled": "đã hủy",
}
"""In a sentence: "kỳ báo cáo đã nộp báo cáo; không ghi nhận thêm"."""

STATUS_TITLES = {"open": "Chưa nộp", "submitted": "Đã nộp", "waived": "Được miễn", "cancelled": "Đã hủy"}
"""As a page's column or badge."""
