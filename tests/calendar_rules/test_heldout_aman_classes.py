"""The classes of the answers found confident-wrong when held_out_2026am (92.5% right, 0 confident-wrong) and
held_out_2026an (85.9% right, 3 confident-wrong) were scored, one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a label that names a start ("Thời gian bắt đầu nộp: ngày 23/8/2023"; parser/cues.py STARTS_LABEL_RE): the day
# something opens, not a deadline; the day is read but sent to a person. The same label without "bắt đầu" is a deadline.
START_LABELS = table(
    """
held_out_2026an.yaml kyanh-hust-huong-dan-nop-phi-dau-khoa-k68 | 2023-08-23 | 2023-08-23 | unsure | Thời gian bắt đầu nộp: ngày 23/8/2023.
constructed a registration's first day (hand-written) | 2024-08-01 | 2024-09-01 | unsure | Ngày bắt đầu đăng ký: 01/9/2024
# counter-case: a label of when to hand in
constructed the same label without a start (hand-written) | 2023-08-14 | 2023-08-23 | certain | Thời gian nộp: ngày 23/8/2023.
""",
    kind="a_start_label_is_no_deadline",
)

# (2) a table cell that is only an hour and a day ("16h ngày 07/07/2024"; parser/cues.py BARE_MOMENT_RE): the cell does
# not say whether the window opens or closes then, so a person decides. A cell with "đến" keeps its deadline.
BARE_MOMENTS = table(
    """
held_out_2026an.yaml kyanh-hust-dang-ky-lop-hoc-ky-he-2023-3 | 2024-07-01 | 2024-07-07 | unsure | 16h ngày 07/07/2024
constructed a bulleted hour and day (hand-written) | 2024-08-01 | 2024-08-15 | unsure | - 8h00 ngày 15/8/2024
constructed a bare date (hand-written) | 2024-06-01 | 2024-06-30 | unsure | 30/6/2024
# counter-case: the next cell of the same table
held_out_2026an.yaml kyanh-hust-dang-ky-lop-hoc-ky-he-2023-3 | 2024-07-01 | 2024-07-11 | certain | đến 14h ngày 11/07/2024
""",
    kind="a_bare_moment_is_never_certain",
)

# (3) the term a charge buys cover for ("tiền mua bảo hiểm y tế bắt buộc cho 15 tháng/56.700đ (thời gian từ 01/10/2023-
# 31/12/2024)"; parser/refusals.py FEE_PERIOD_RE): the months insured, no deadline. A day to pay the charge by is one,
# with the term beside it too.
TERMS_OF_COVER = table(
    """
held_out_2026an.yaml kyanh-hust-huong-dan-nop-phi-dau-khoa-k68 | 2023-08-23 | none | any | là tiền mua bảo hiểm y tế bắt buộc cho 15 tháng/56.700đ (thời gian từ 01/10/2023-31/12/2024)
constructed a year of cover (hand-written) | 2024-11-01 | none | any | Tiền mua bảo hiểm y tế cho 12 tháng (từ 01/01/2025 đến 31/12/2025).
# counter-cases: the day to pay it by, with or without the term beside it (and a priced school year with its day)
constructed paying for the cover by a day (hand-written) | 2023-08-14 | 2023-09-14 | certain | Sinh viên nộp tiền mua bảo hiểm y tế trước ngày 15/9/2023.
constructed the term and the day to pay by (hand-written) | 2023-08-14 | 2023-09-14 | certain | Sinh viên nộp tiền mua bảo hiểm y tế cho 12 tháng trước ngày 15/9/2023.
constructed a priced school year and the day to pay by (hand-written) | 2023-08-14 | 2023-09-14 | certain | Đóng tiền cả năm học: 600.000đ x 10 tháng, nộp trước ngày 15/9/2023.
""",
    kind="a_term_of_cover_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(START_LABELS, BARE_MOMENTS, TERMS_OF_COVER)
