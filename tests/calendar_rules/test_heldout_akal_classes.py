"""The classes of the answers found confident-wrong when held_out_2026ak (90.3% right, 1 confident-wrong) and
held_out_2026al (87.0% right, 2 confident-wrong) were scored, one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a day that had passed when the document was issued (parser/audit.py): nobody is given it by this document (an
# earlier notice's task listed as overdue in an annex, a slip of the year, a deadline an article retells), so even with
# its deadline word it is sent to a person, never certain. A day ahead keeps its reading.
DAYS_PASSED_AT_ISSUE = table(
    """
held_out_2026al.yaml tnt305-tb-624-tb-vpcp-2025-ban-chi-dao-khcn-dmst-cds-de-an-06 | 2025-11-16 | 2025-10-17 | unsure | gửi về Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo trước ngày 18/10/2025
constructed an overdue report listed again, the same year (hand-written) | 2024-03-20 | 2024-03-09 | unsure | Các đơn vị chưa gửi báo cáo về Sở Nội vụ trước ngày 10/3/2024 theo Công văn số 215/SNV-TCBC.
constructed a day before the issue day (hand-written) | 2024-05-15 | 2024-05-14 | unsure | Hoàn thành rà soát danh sách chậm nhất ngày 14/5/2024.
# counter-cases: the same wordings with a day ahead
constructed a report ahead (hand-written) | 2025-11-16 | 2025-12-17 | certain | gửi về Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo trước ngày 18/12/2025
constructed the issue day itself (hand-written) | 2024-05-14 | 2024-05-14 | certain | Hoàn thành rà soát danh sách chậm nhất ngày 14/5/2024.
""",
    kind="a_day_passed_at_issue_is_never_certain",
)

# (2) the issue line of a markdown copy, in emphasis ("*Cần Thơ, ngày 17 tháng 11 năm 2025*"; parser/patterns.py
# ISSUE_LINE_RE): the document's place and date, no deadline, as without the marks. A duty in emphasis keeps its day.
ISSUE_LINES_IN_EMPHASIS = table(
    """
held_out_2026al.yaml tnt305-kh-153-kh-ubnd-can-tho-2025-chuong-trinh-phong-chong-ma-tuy | 2025-11-17 | none | any | *Cần Thơ, ngày 17 tháng 11 năm 2025*
held_out_2026al.yaml tnt305-kh-141-kh-ubnd-bac-ninh-2025-nang-cao-nang-luc-xay-dung-phap-luat | 2025-11-20 | none | any | *Bắc Ninh, ngày 20 tháng 11 năm 2025*
held_out_2026al.yaml tnt305-kh-308-kh-ubnd-ha-noi-2025-nghi-quyet-214-du-lieu | 2025-11-17 | none | any | *Hà Nội, ngày 17 tháng 11 năm 2025*
held_out_2026al.yaml tnt305-kh-552-kh-ubnd-dong-thap-2025 | 2025-11-19 | none | any | *Đồng Tháp, ngày 19 tháng 11 năm 2025*
constructed strong emphasis (hand-written) | 2023-01-09 | none | any | **Đức Phổ, ngày 09 tháng 01 năm 2023**
# counter-case: a deadline in emphasis
constructed a duty in emphasis (hand-written) | 2024-04-01 | 2024-04-12 | sure | *Các đơn vị gửi báo cáo vào thứ Sáu, ngày 12/4/2024*
""",
    kind="an_issue_line_in_emphasis_is_no_deadline",
)

# (3) a report's data cut-off as a label ("Thời gian chốt số liệu báo cáo: Từ ngày ... đến hết ngày 15 tháng 4 năm
# 2022"; parser/states.py CUTOFF_LABEL_RE): the period the figures cover, no deadline. A hand-in time after the label's
# value is read.
DATA_CUTOFF_LABELS = table(
    """
held_out_2026ak.yaml hr8cd-tt-10-2021-tt-nhnn-tai-cap-von-ngan-hang-chinh-sach-xa-hoi | 2021-07-21 | none | any | - Thời gian chốt số liệu báo cáo: Từ ngày bắt đầu nhận giải ngân tiền vay tái cấp vốn đến hết ngày 15 tháng 4 năm 2022.
constructed a moment label (hand-written) | 2024-06-01 | none | any | b) Thời điểm chốt số liệu: đến hết ngày 30/6/2024.
# counter-case: the hand-in time after the cut-off
constructed a cut-off, then when to send (hand-written) | 2024-06-01 | every month at day:28 offset -1d | sure | Thời gian chốt số liệu: ngày 25 hằng tháng, gửi báo cáo về Sở trước ngày 28 hằng tháng.
""",
    kind="a_data_cutoff_label_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(DAYS_PASSED_AT_ISSUE, ISSUE_LINES_IN_EMPHASIS, DATA_CUTOFF_LABELS)
