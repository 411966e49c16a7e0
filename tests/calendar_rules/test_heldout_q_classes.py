"""The class found when held_out_2026q.yaml was scored (78.4% right, 8 confident-wrong), one table.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading. Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# A deadline in a year before the letter's is likely a slip of the year (the letters' own dates and what they answer
# put the deadline in the letter's year): the date is kept as written, for a person to confirm. A deadline earlier in
# the letter's own year, with a deadline word, keeps its confidence (a plan dated on the day it sets, a news item
# published after the letter it reports).
SLIPPED_YEAR = table(
    """
held_out_2026q.yaml quangtri-cv-6012-ubnd-kt-mo-set-ho-lay-2023 | 2023-11-14 | 2022-11-20 | unsure | Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường nghiên cứu, tham mưu UBND tỉnh giải quyết theo đúng quy định; hoàn thành trước ngày 21/11/2022.
held_out_2026q.yaml quangtri-cv-1159-ubnd-kt-nao-vet-cua-viet-2024 | 2024-03-11 | 2023-03-24 | unsure | Giao UBND huyện Gio Linh chủ trì, phối hợp với các Sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường kiểm tra, xác định sự cần thiết để đề xuất UBND tỉnh xem xét theo quy định của pháp luật; hoàn thành trước ngày 25/3/2023.
constructed a report due the year before the letter | 2025-02-10 | 2024-02-28 | unsure | Đề nghị các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất ngày 28/02/2024.
constructed the same deadline in the letter's year stays sure | 2025-02-10 | 2025-02-28 | sure | Đề nghị các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất ngày 28/02/2025.
""",
    kind="slipped-year",
)

test_each_class_reads_as_its_table_says = table_test(SLIPPED_YEAR)
