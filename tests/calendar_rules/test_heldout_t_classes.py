"""The classes found when held_out_2026t.yaml was scored (66.7% right, 2 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a duty that begins at a time and then recurs or goes on ("Bắt đầu từ tháng 2/2025, Bộ Tài chính thông báo công
# khai tiến độ ... hàng tuần"): continuous from then on, for review; the start is not due at the month's end. A
# recurrence the recurring reader reads ("hằng tháng") keeps its rule; a deadline after the start is the deadline.
DUTIES_FROM_A_START = table(
    """
held_out_2026t.yaml markettimes-tong-kiem-ke-tai-san-cong-2025 | 2025-02-15 | continuous | unsure | Bắt đầu từ tháng 2/2025, Bộ Tài chính thông báo công khai tiến độ tổng kiểm kê của các bộ, ngành, địa phương hàng tuần.
constructed from a month, every day | 2024-06-20 | continuous | unsure | Từ tháng 7/2024, các đơn vị cập nhật số liệu lên hệ thống hằng ngày.
constructed from a month, regularly | 2024-06-20 | continuous | unsure | Bắt đầu từ tháng 7/2024, Sở Y tế thường xuyên công bố tình hình dịch bệnh trên cổng thông tin.
constructed from a year, periodically | 2024-06-20 | continuous | unsure | - Kể từ năm 2025, Ủy ban nhân dân các xã định kỳ rà soát danh sách hộ nghèo.
# a deadline after the start is the deadline; a start alone is no deadline
constructed a deadline after the start | 2024-06-20 | 2024-09-29 | sure | Bắt đầu từ tháng 7/2024, các trường rà soát hồ sơ hàng tuần và hoàn thành trước ngày 30/9/2024.
constructed a start alone | 2024-06-20 | none | unsure | Bắt đầu từ ngày 01/7/2024, các trường nhận hồ sơ tuyển sinh.
""",
    kind="a_duty_from_a_start_goes_on",
)

# (2) a clause saying which people a duty covers, by when they were listed ("Trường tiểu học công lập tuyển sinh những
# trẻ được địa phương điều tra lập danh sách bổ sung từ ngày 15/5/2022 đến ngày 30/6/2022"): not the duty's window, no
# deadline. The duty's own window, or an obligation inside the clause, still reads.
PEOPLE_LISTED_BETWEEN = table(
    """
held_out_2026t.yaml linhchieu-thuduc-tb-tuyen-sinh-lop-1-2022 | 2022-06-15 | none | unsure | Trường tiểu học công lập tuyển sinh những trẻ được địa phương điều tra lập danh sách bổ sung từ ngày 15/5/2022 đến ngày 30/6/2022.
constructed people registered between two days | 2024-03-01 | none | unsure | Xã hỗ trợ những hộ gia đình được Ủy ban nhân dân xã xác nhận từ ngày 01/01/2024 đến ngày 29/02/2024.
constructed pupils admitted between two days | 2024-08-01 | none | unsure | Nhà trường miễn học phí cho những học sinh được công nhận hộ nghèo từ 01/7/2024 - 31/7/2024.
# real windows nearby keep their reading
held_out_2026t.yaml linhchieu-thuduc-tb-tuyen-sinh-lop-1-2022 | 2022-06-15 | 2022-07-30 | any | - Đợt 2: từ ngày 18 tháng 7 năm 2022 đến ngày 30 tháng 7 năm 2022.
constructed the duty's own window | 2024-05-01 | 2024-06-30 | sure | Các trường tiếp nhận hồ sơ của trẻ từ ngày 15/5/2024 đến ngày 30/6/2024.
constructed an obligation in the clause | 2024-05-01 | 2024-06-30 | any | Trường tuyển sinh những trẻ được phân tuyến, phải nộp hồ sơ từ ngày 15/5/2024 đến ngày 30/6/2024.
""",
    kind="people_listed_between_two_days_is_no_window",
)

test_each_class_reads_as_its_table_says = table_test(
    DUTIES_FROM_A_START,
    PEOPLE_LISTED_BETWEEN,
)
