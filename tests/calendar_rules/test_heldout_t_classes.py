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

# (3) a legal text's standing duty of a state body named as the clause's subject, with no time ("2. Kho bạc Nhà nước
# định kỳ báo cáo tình hình ...", "Kho bạc Nhà nước tiếp nhận, kiểm soát ...", "Tổng cục Thống kê chỉ đạo ...", "...,
# Cục Đăng kiểm Việt Nam cấp Giấy chứng nhận ...", "Chi Cục bảo vệ thực vật cấp tỉnh trả lời bằng văn bản ..."):
# continuous, for review. The same body with a deadline keeps it; its step told as done is a report, not a duty.
STATE_BODIES_STANDING_DUTIES = table(
    """
held_out_2026t.yaml vietjack-nd-60-2003-ngan-sach-chuong-5 | 2003-06-06 | continuous | unsure | 2. Kho bạc Nhà nước định kỳ báo cáo tình hình thực hiện dự toán thu, chi ngân sách cho các cơ quan hữu quan theo quy định của Bộ trưởng Bộ Tài chính.
held_out_2026t.yaml hethongphapluat-qd-02-bcdtw-tong-duyet-dan-so-2018 | 2018-08-15 | continuous | unsure | Tổng cục Thống kê chỉ đạo 4 Cục Thống kê tỉnh, thành phố nêu tại Điều 1 và các đơn vị thuộc Tổng cục Thống kê tổ chức thực hiện Điều tra tổng duyệt theo đúng Phương án quy định.
held_out_2026t.yaml hf-dangdocao-nd-11-2020-kiem-soat-chi-kho-bac | 2020-01-20 | continuous | unsure | Kho bạc Nhà nước tiếp nhận, kiểm soát tính hợp pháp, hợp lệ và các điều kiện chi theo chế độ quy định.
held_out_2026t.yaml vinabase-tthc-cap-lai-gcn-buon-ban-thuoc-bvtv | 2013-06-01 | continuous | unsure | c) Trường hợp không cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật, Chi Cục bảo vệ thực vật cấp tỉnh trả lời bằng văn bản và nêu rõ lý do.
constructed another Cục, a certificate | 2024-01-01 | continuous | unsure | Nếu hồ sơ hợp lệ, Cục Quản lý dược cấp Giấy phép lưu hành cho cơ sở đề nghị.
constructed a provincial treasury | 2024-01-01 | continuous | unsure | - Kho bạc Nhà nước tỉnh làm thủ tục chi trả cho đơn vị thụ hưởng theo quy định.
# the same body with a deadline keeps it; its step told as done is no duty given
constructed a deadline of the body | 2024-01-01 | 2024-01-15 | sure | Kho bạc Nhà nước báo cáo tình hình giải ngân chậm nhất ngày 15/01/2024.
constructed a step told as done | 2024-01-01 | none | unsure | Cục Thống kê tỉnh đã tiếp nhận hồ sơ của các doanh nghiệp.
""",
    kind="a_state_bodys_standing_duty_is_continuous",
)

test_each_class_reads_as_its_table_says = table_test(
    DUTIES_FROM_A_START,
    PEOPLE_LISTED_BETWEEN,
    STATE_BODIES_STANDING_DUTIES,
)
