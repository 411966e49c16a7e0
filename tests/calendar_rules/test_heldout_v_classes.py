"""The classes found when held_out_2026v.yaml was scored (73.2% right, 5 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a day written before "tháng M năm Y" without "ngày" ("Thời hạn cuối cùng: 15 tháng 8 năm 2021"): that day, not
# the end of the month. The year is required, so a count stays a count ("6 tháng 1 lần", "trong 15 tháng").
BARE_DAYS_BEFORE_A_MONTH = table(
    """
held_out_2026v.yaml cucdienanh-thong-bao-3-lhp-viet-nam-xxii-2021 | 2021-07-27 | 2021-08-15 | sure | Thời hạn cuối cùng:  15 tháng 8 năm 2021, căn cứ theo dấu bưu điện (nếu gửi qua đường bưu điện).
constructed a hard limit | 2024-03-01 | 2024-10-20 | sure | Hạn chót 20 tháng 10 năm 2024.
constructed before a bare day | 2023-01-10 | 2023-03-04 | sure | Các đơn vị gửi báo cáo trước 5 tháng 3 năm 2023.
constructed a year after a comma | 2024-03-01 | 2024-12-01 | sure | Hạn nộp hồ sơ: 1 tháng 12, 2024.
constructed a range of bare days | 2022-06-01 | 2022-07-15 | any | Nhận hồ sơ từ 01 tháng 7 năm 2022 đến 15 tháng 7 năm 2022.
# the same day with "ngày" reads as before, and a list of days is still read as its last
held_out_2026v.yaml cucdienanh-thong-bao-3-lhp-viet-nam-xxii-2021 | 2021-07-27 | 2021-11-19 | any | + Lễ Khai mạc vào ngày 19 tháng 11 năm 2021
constructed a list of days | 2020-06-01 | 2020-07-22 | any | Các đơn vị nộp bài trong các ngày 21, 22 tháng 7 năm 2020.
# a count before "tháng" is no day: a month with no day keeps its end-of-month reading
constructed a frequency, no year | 2024-03-01 | every half at end | unsure | Báo cáo 6 tháng 1 lần.
constructed a month and year only | 2024-03-01 | 2024-10-31 | sure | Hạn chót nộp báo cáo trong tháng 10 năm 2024.
""",
    kind="a_bare_day_before_a_month_is_that_day",
)

# (2) an appeal for gifts ("Kính mong Quí Nhà Hảo Tâm ... hổ trợ kinh phí để tổ chức đón trung thu vào đêm 14 tháng 9
# năm 2013"): nobody is set a day to give by. A deadline word keeps the phrase for the grammar.
APPEALS_FOR_GIFTS = table(
    """
held_out_2026v.yaml ctnhongthaptu-ke-hoach-tet-trung-thu-phu-vang-2013 | 2013-08-15 | none | unsure | Kính mong Quí Nhà Hảo Tâm các Mạnh Thường Quân hổ trợ kinh phí để tổ chức đón trung thu vào đêm 14 tháng 9 năm 2013.
constructed another appeal | 2024-08-01 | none | unsure | Rất mong các nhà hảo tâm ủng hộ để chương trình Tết Trung thu ngày 17/9/2024 được tổ chức chu đáo.
constructed an appeal to contribute | 2024-08-01 | none | unsure | Trân trọng mong quý phụ huynh đóng góp quà cho các cháu dịp 1/6/2024.
# a deadline word keeps the phrase, and a duty beside the appeal keeps its day
constructed an appeal with a limit | 2024-08-01 | 2024-09-09 | sure | Kính mong các đơn vị ủng hộ và gửi về Ban tổ chức trước ngày 10/9/2024.
constructed a duty for the same festival | 2013-08-15 | 2013-09-09 | sure | Các chi đội đăng ký tiết mục văn nghệ đón trung thu trước ngày 10 tháng 9 năm 2013.
""",
    kind="an_appeal_for_gifts_is_no_deadline",
)

# (3) an eligibility clause under a numbered item ("1- Đối tượng: Là cán bộ ...") and "trở về trước" (on or before: a
# qualifying condition, "đóng BHXH từ ngày 31/3/2017 trở về trước"): no deadline. "gửi về trước ngày" is still one.
QUALIFYING_CONDITIONS = table(
    """
held_out_2026v.yaml socongthuong-daklak-hoi-thao-cbcnvcld-lan-x-2017 | 2017-04-12 | none | unsure | 1- Đối tượng: Là cán bộ, đoàn viên, CNVCLĐ đang làm việc, sinh hoạt tại các CĐCS trực thuộc Công đoàn ngành Công Thương và CĐCS Công ty CP Bia Sài Gòn - Miền Trung, có thời gian công tác tham gia đóng Bảo hiểm xã hội (BHXH) từ ngày 31/3/2017 trở về trước; đảm bảo sức khoẻ.
constructed a lettered item | 2024-03-01 | none | unsure | a) Đối tượng: sinh viên nhập học từ ngày 01/9/2021 trở về trước.
constructed a dashed item | 2024-03-01 | none | unsure | 2- Đối tượng tham gia là công chức được tuyển dụng từ ngày 31/12/2020 trở về trước.
constructed on or before, no item | 2024-03-01 | none | unsure | Cán bộ có thời gian đóng BHXH từ ngày 31/12/2015 trở về trước được xét nâng lương.
# a limit in the clause is read; "gửi về trước ngày" (send back by) is a deadline
constructed on or before, then a limit | 2024-03-01 | 2024-06-29 | sure | Sinh viên nhập học từ ngày 01/9/2020 trở về trước phải hoàn thành học phí trước ngày 30/6/2024.
constructed a limit in the clause | 2024-03-01 | 2024-04-14 | sure | 1- Đối tượng: sinh viên năm cuối, nộp hồ sơ trước ngày 15/4/2024.
constructed sent back by a day | 2024-03-01 | 2024-03-14 | sure | Các trường tổng hợp danh sách, gửi về trước ngày 15/3/2024.
""",
    kind="a_qualifying_condition_is_no_deadline",
)

# (4) when an entry must have been made ("Ảnh được chụp trong thời gian từ tháng 4/2021 đến tháng 9/2021"): a condition
# of entry, not a deadline; the day entries are due stays one.
WHEN_ENTRIES_WERE_MADE = table(
    """
held_out_2026v.yaml phunu-khanhhoa-cuoc-thi-anh-check-in-nha-trang-2021 | 2021-04-15 | none | unsure | - Ảnh được chụp tại địa điểm du lịch, nghỉ dưỡng, vui chơi, ẩm thực, danh lam thắng cảnh, di tích lịch sử, văn hóa độc đáo tại Khánh Hòa. Ảnh được chụp trong thời gian từ tháng 4/2021 đến tháng 9/2021.
constructed works composed | 2024-03-01 | none | unsure | Tác phẩm được sáng tác từ ngày 01/01/2023 đến ngày 31/12/2023.
constructed works filmed | 2024-03-01 | none | unsure | Video được ghi hình trong năm 2024, thời lượng không quá 5 phút.
# the day entries are due stays a deadline, after the window too
constructed a hard limit after the window | 2024-03-01 | 2024-05-30 | sure | Ảnh được chụp từ tháng 1/2024, gửi về Ban tổ chức trước ngày 31/5/2024.
constructed entries sent by a day | 2021-04-15 | 2021-09-30 | sure | Tác giả gửi ảnh dự thi đến hết ngày 30/9/2021.
""",
    kind="when_an_entry_was_made_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    BARE_DAYS_BEFORE_A_MONTH,
    APPEALS_FOR_GIFTS,
    QUALIFYING_CONDITIONS,
    WHEN_ENTRIES_WERE_MADE,
)
