"""The classes found when held_out_2026p.yaml was scored (76.7% right, 5 confident-wrong), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document (held_out_2026p.yaml
and the files before it are development data). Rows marked "constructed" are the same class in another shape (other
bodies, dates, word orders), written for this test; none comes from a held-out set still to be scored. The row format
is in tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a page's last-edit stamp ("Cập nhật lần cuối vào 02/10/2024"): furniture, never a deadline. An update asked
# for by a day keeps its deadline.
LAST_EDIT_STAMPS = table(
    """
held_out_2026p.yaml hiu-tb-tuyen-sinh-sau-dai-hoc-dot-3-2024 | 2024-09-20 | none | unsure | Cập nhật lần cuối vào 02/10/2024
constructed an update stamp with a day word | 2023-05-02 | none | unsure | Cập nhật vào ngày 15/05/2023
constructed a last update at a time | 2023-05-02 | none | unsure | Lần cập nhật cuối lúc 09/06/2023
# an update to be made before a day is a duty (due the day before)
constructed an update asked for by a day | 2024-05-02 | 2024-05-19 | sure | Cập nhật số liệu lên hệ thống trước ngày 20/5/2024.
""",
    kind="a_last_edit_stamp_is_no_deadline",
)

# (2) the period a fee covers, priced by the month or "counted from" ("Đóng tiền cả năm học từ 15/08/2022 –
# 15/06/2023: 600.000đ x 10 tháng", "(tính từ 01/06/2021 đến 31/07/2021)"): not the days to pay in. A window to pay
# in, with no price by the month, stays a deadline.
FEE_PERIODS = table(
    """
held_out_2026p.yaml tdtu-ktx-tiep-nhan-noi-tru-dot-1-2022-2023 | 2022-07-20 | none | unsure | - Đóng tiền cả năm học từ 15/08/2022 – 15/06/2023: 600.000đ x 10 tháng = 6.000.000đ
held_out_2026p.yaml tdtu-ktx-dong-phi-hoc-ky-he-2020-2021 | 2021-05-15 | none | unsure | a. Đóng phí ở Ký túc xá học kỳ hè: (tính từ 01/06/2021 đến 31/07/2021)
constructed a fee by the month, other dates | 2024-08-01 | none | unsure | Thu tiền ăn bán trú từ 05/09/2024 đến 31/12/2024: 700.000 đồng/tháng.
constructed a fee counted from, other words | 2024-08-01 | none | unsure | Nộp học phí học kỳ 1 (tính từ ngày 05/9/2024 đến ngày 15/01/2025) theo mức quy định.
# the window to pay in keeps its dates (for review when no duty word is written, as any bare range)
constructed a window to pay in | 2022-07-20 | 2022-08-15 | any | Sinh viên đóng học phí từ ngày 01/8/2022 đến ngày 15/8/2022.
""",
    kind="the_period_a_fee_covers_is_no_deadline",
)

# (3) what the authority will post on a channel it names ("Danh sách ... sẽ được thông báo trên website Trường vào
# ngày 20/01/2022"): its own announcement, no duty for the reader. A deadline word keeps the date; a body's own duty
# to publish results ("Kết quả ... sẽ được công bố vào tháng 02/2022") stays dated.
ANNOUNCEMENTS = table(
    """
held_out_2026p.yaml due-udn-dang-ky-hoan-thi-hk1-2021-2022 | 2021-12-20 | none | unsure | Danh sách các trường hợp được xử lý hoãn thi/ vắng phép sẽ được thông báo trên website Trường vào ngày 20/01/2022.
constructed a list posted on a notice board | 2024-06-01 | none | unsure | Kết quả xét tuyển sẽ được thông báo tại bảng tin của Phòng Đào tạo vào ngày 15/7/2024.
constructed a schedule posted on the portal | 2024-06-01 | none | unsure | Lịch phỏng vấn sẽ được thông báo qua cổng thông tin điện tử ngày 10/6/2024.
# a deadline word, or a body's own duty to publish, keeps the date
constructed an announcement before a day | 2024-06-01 | 2024-06-09 | sure | Danh sách sẽ được thông báo trên website trước ngày 10/6/2024.
held_out_2026c.yaml fad-danang-tong-dieu-tra-kinh-te-giai-doan-2 | 2021-06-01 | 2022-02-28 | any | Kết quả chính thức của tổng điều tra sẽ được công bố vào tháng 02/2022.
""",
    kind="what_the_authority_will_post_is_no_deadline",
)

# (4) how little of a period is left ("thời gian còn lại của quý I không còn nhiều"): a reason to hurry, not the
# period's end as a deadline; the reading is for review.
TIME_LEFT = table(
    """
held_out_2026p.yaml plo-tong-bi-thu-chuong-trinh-lam-viec-quy-1-2026 | 2026-03-04 | 2026-03-31 | unsure | Tuy nhiên, thời gian còn lại của quý I không còn nhiều, trong khi số lượng công việc cần phải giải quyết rất lớn, Tổng Bí thư đề nghị Văn phòng Trung ương Đảng và các cơ quan tham mưu tập trung cao độ hoàn thành các nhiệm vụ.
constructed the rest of a year, other words | 2024-10-01 | 2024-12-31 | unsure | Thời gian còn lại của năm 2024 không nhiều, các sở, ngành phải hoàn thành các chỉ tiêu được giao trong năm 2024.
""",
    kind="the_time_left_of_a_period_is_for_review",
)

# (5) a span during which a thing is stopped ("tạm dừng thu nhận hồ sơ ... kể từ ngày 25/6/2024 đến hết ngày
# 30/6/2024", places listed with ";" between): the pause, no deadline (held_out_2026o's suspensions, too). A duty word
# keeps the span for review.
SUSPENSIONS = table(
    """
held_out_2026p.yaml congan-hatinh-tb-tam-dung-thu-nhan-cccd-2024 | 2024-06-20 | none | unsure | Theo đó Công an tỉnh Hà Tĩnh tạm dừng thu nhận hồ sơ cấp thẻ Căn cước công dân gắn chíp trên địa bàn toàn tỉnh kể từ ngày 25/6/2024 đến hết ngày 30/6/2024.
held_out_2026p.yaml nld-binh-duong-dong-nai-tam-ngung-thu-nhan-cccd-2024 | 2024-06-22 | none | unsure | Công an tỉnh Bình Dương thông báo tạm dừng thu nhận hồ sơ cấp Căn cước công dân gắn chip tại Phòng Cảnh sát quản lý hành chính về trật tự xã hội; Trung tâm phục vụ hành chính công TP Thủ Dầu Một và trụ sở Công an các huyện, thành phố trên địa bàn tỉnh từ ngày 25 đến hết ngày 30-6 và bắt đầu thu nhận hồ sơ cấp thẻ Căn cước từ ngày 1-7 (tại các địa điểm như trên).
constructed a paused service, other words | 2025-01-10 | none | unsure | Bưu điện tỉnh tạm ngừng tiếp nhận bưu phẩm quốc tế từ ngày 25/01/2025 đến ngày 02/02/2025.
constructed a postponed outage | 2025-01-10 | none | unsure | Điện lực huyện hoãn cắt điện từ 20/01/2025 đến 31/01/2025.
# a duty word ("phải") keeps the span for the grammar, for review as a suspension (held_out_2026o)
constructed a pause one must make | 2025-01-10 | 2025-02-10 | unsure | Các trường phải tạm dừng thu học phí từ ngày 01/02/2025 đến ngày 10/02/2025.
""",
    kind="a_suspension_span_is_no_deadline",
)

# (6) a period already past, then only so many received ("Đến hết quý 1/2022, Sở ... mới nhận được 183/287 báo cáo"):
# figures reached, no deadline. A duty to send keeps the period's end.
STATES_BY_A_PERIOD = table(
    """
held_out_2026p.yaml sotnmt-sonla-don-doc-bao-cao-bvmt-2021 | 2022-04-05 | none | unsure | Đến hết quý 1/2022, Sở Tài nguyên và Môi trường mới nhận được 183/287 báo cáo của các đơn vị.
constructed a month past, other body | 2024-07-10 | none | unsure | Đến hết tháng 6/2024, Phòng Nội vụ mới chỉ nhận được 12/30 hồ sơ của các xã.
# a duty word keeps the deadline
constructed a period ahead with a duty | 2024-03-01 | 2024-06-30 | any | Đến hết quý 2/2024, các xã phải gửi đủ báo cáo về Phòng Nội vụ.
""",
    kind="a_state_by_a_period_past_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    LAST_EDIT_STAMPS, FEE_PERIODS, ANNOUNCEMENTS, TIME_LEFT, SUSPENSIONS, STATES_BY_A_PERIOD
)
