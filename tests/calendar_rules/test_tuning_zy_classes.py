"""Classes of wording found in the tuning on held_out_2026z, y and n (development files now), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another number) or counter-cases that must keep
their reading. Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a deadline at an hour of a day ("trước 12h00 Thứ 2 ngày 01/4/2024", "trước 16 giờ 30 ngày ...") after a number
# that is a desk's or a room's ("bàn số 3"), or after a cited document: the citation of "số N ... ngày D" stops at
# "trước <giờ>", a deadline cue as "trước ngày" is, so the day is the phrase's own deadline (that day: a time on it).
HOUR_CUE_AFTER_A_NUMBER = table(
    """
held_out_2026z.yaml json2md-hust-ctsv-hoc-bong-tran-dai-nghia-hk2023-2 | 2024-03-15 | 2024-04-01 | certain | Sinh viên đăng ký xét học bổng TẠI ĐÂY và hoàn thành việc nộp hồ sơ bản giấy tại bàn số 3 phòng 103 nhà C1 trước 12h00 Thứ 2 ngày 01/4/2024.
constructed a room's number, hour in words | 2024-03-01 | 2024-03-15 | certain | Nộp tại phòng số 5 trước 16 giờ 30 ngày 15/3/2024.
constructed after a cited letter | 2024-03-01 | 2024-03-15 | certain | Các đơn vị gửi báo cáo theo Công văn số 123 trước 17h00 ngày 15/3/2024.
constructed a comma before the day | 2024-03-01 | 2024-03-15 | certain | Nộp tại phòng số 5 trước 16h30, ngày 15/3/2024.
# a cited document's own date stays a citation
held_out_2026z.yaml json2md-hust-khcn-de-xuat-de-tai-cap-bo-gddt-2025 | 2024-02-23 | none | unsure | Đề xuất theo Mẫu 1, Phụ lục Thông tư số 11/2016/TT-BGDĐT ngày 11/4/2016:
constructed a cited plan's date | 2024-03-01 | none | unsure | Thực hiện Kế hoạch số 15 ngày 10/3/2024 của UBND huyện.
""",
    kind="an_hour_cue_after_a_number_is_no_citation",
)

# (2) a month written "M/YYYY" without "tháng", in brackets, after a colon or a time word, as a stage's or a plan's
# time: the month (a range of two such months: its second), by a convention said in a warning. A document's number, a
# batch ("đợt 1/2026") and a day's date are not months.
BARE_MONTHS = table(
    """
held_out_2026z.yaml daksong-the-le-cuoc-thi-sang-kien-vi-cong-dong-lan-2 | 2017-09-15 | 2018-04-30 | any | Giai đoạn 2: Xét chọn (3/2018 - 4/2018)
held_out_2026z.yaml daksong-the-le-cuoc-thi-sang-kien-vi-cong-dong-lan-2 | 2017-09-15 | 2018-05-31 | any | Giai đoạn 3: Tổ chức hội thảo, Ngày hội sáng kiến và Lễ tuyên dương, trao giải (5/2018).
held_out_2026u.yaml baothuathienhue-dai-hoi-tdtt-co-so-2017 | 2017-06-16 | 2017-12-31 | inferred | Khả năng ĐHTDTT cấp cơ sở hoàn thành sớm hơn kế hoạch đề ra (12/2017).
held_out_2026.yaml baothanhhoa-dai-hoi-phu-nu-cac-cap-2025 | 2025-09-25 | 2025-11-30 | inferred | đại hội đại biểu phụ nữ tỉnh tháng trong 11/2025.
constructed after a colon | 2024-03-01 | 2024-06-30 | inferred | Thời gian hoàn thành: 6/2024.
constructed after a time word | 2024-03-01 | 2024-09-30 | inferred | Các xã hoàn thành việc rà soát trong 9/2024.
# a document's number, a batch and a day keep their readings
held_out_2026ab.yaml citd-uit-xet-tot-nghiep-dot-3-2025 | 2025-10-31 | none | unsure | Sau thời gian trên Phòng đào tạo sẽ không tiếp nhận hồ sơ sinh viên sẽ chuyển qua xét đợt 1/2026 khi có thông báo.
constructed a resolution's number in brackets | 2017-09-15 | none | unsure | Thực hiện Nghị quyết (05/2017) về việc phát triển du lịch.
constructed a plan's number after a colon | 2018-01-10 | none | unsure | Kế hoạch số: 3/2018 về việc tổ chức hội thi.
constructed a day's date | 2018-01-10 | 2018-03-15 | certain | Hoàn thành trước ngày 16/3/2018.
""",
    kind="a_bare_month_and_year_is_that_month",
)

# (3) a notice period that names no event: a list item opening with the minimum count, then the case it is for ("Ít nhất
# 45 ngày nếu làm việc theo HĐLĐ không xác định thời hạn;", the Labour Code's art. 35-36 lists under "phải báo trước"), or
# "báo trước ... ít nhất N ngày": counted back from the act given notice of, unsure (its day is not written). A count
# before or after a named event keeps its reading. Rows marked "Bộ luật Lao động 2019" are the law's own points as
# published (the corpus holds only one document of this class).
NOTICE_PERIODS = table(
    """
held_out_2026z.yaml hddtvn-thoi-han-bao-truoc-cham-dut-hdld-blld-2019 | 2020-12-01 | rel:-45 | unsure | Ít nhất 45 ngày nếu làm việc theo HĐLĐ không xác định thời hạn;
held_out_2026z.yaml hddtvn-thoi-han-bao-truoc-cham-dut-hdld-blld-2019 | 2020-12-01 | rel:-30 | unsure | Ít nhất 30 ngày nếu làm việc theo HĐLĐ xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;
held_out_2026z.yaml hddtvn-thoi-han-bao-truoc-cham-dut-hdld-blld-2019 | 2020-12-01 | rel:-3:wd | unsure | Ít nhất 03 ngày làm việc nếu làm việc theo HĐLĐ xác định thời hạn có thời hạn dưới 12 tháng;
Bộ luật Lao động 2019 art. 35.1.a | 2019-11-20 | rel:-45 | unsure | a) Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;
Bộ luật Lao động 2019 art. 36.2.a | 2019-11-20 | rel:-45 | unsure | a) Ít nhất 45 ngày đối với hợp đồng lao động không xác định thời hạn;
Bộ luật Lao động 2019 art. 35.1 retold | 2019-11-20 | rel:-45 | unsure | Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn.
# a count before or after a named event, a duration, a dated notice keep their readings
held_out_2026.yaml ntu-quy-trinh-hoi-thao-quoc-te | 2020-01-01 | rel:-30 | sure | Ít nhất 30 ngày trước khai mạc
held_out_2026b.yaml hiu-quy-dinh-thu-hoc-phi-2022 | 2022-09-18 | rel:15 | unsure | Sinh viên có ít nhất 15 ngày để nộp học phí kể từ ngày hoàn tất Đăng ký môn học.
held_out_2026ab.yaml trends-tuoitre-dang-ky-ca-thi-hsa-2025 | 2025-02-22 | none | unsure | Thí sinh được chọn 2 ca thi/năm; thời gian giữa 2 ca thi (gồm cả ngày thi) cách nhau tối thiểu 28 ngày.
""",
    kind="a_notice_period_without_its_event_counts_back",
)

# (4) "mùng" (or "mồng") before a day of a solar date, the colloquial word for days 1-10: "vào ngày mùng 2 hằng tháng" is
# every month on the 2nd, "từ ngày mùng 1-3/7" the days of July. A lunar phrase ("âm lịch", "tháng Giêng", "Tết") keeps
# its reading.
SOLAR_MUNG = table(
    """
held_out_2026n.yaml dantri-lich-chi-tra-luong-huu-thang-9-2025 | 2025-08-21 | every month at day:2 | certain | Thực hiện chỉ đạo của Bảo hiểm xã hội Việt Nam, cơ quan Bảo hiểm xã hội trực tiếp chuyển tiền chi trả lương hưu, trợ cấp hằng tháng qua tài khoản cá nhân cho người hưởng vào ngày mùng 2 hằng tháng.
held_out_2026m.yaml vov-ha-noi-tuyen-sinh-dau-cap-2019-2020 | 2019-07-01 | 2019-07-03 | inferred | Thời gian đăng ký tuyển sinh trực tuyến lớp 1 từ ngày mùng 1-3/7
constructed a report day each month | 2024-03-01 | every month at day:5 | certain | Các đơn vị nộp báo cáo vào ngày mồng 5 hàng tháng.
# lunar days keep their readings
held_out_2026d.yaml baobaclieu-nghi-tet-at-ty-2025 | 2025-01-10 | none | unsure | Cụ thể, học sinh các cơ sở giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên công lập được nghỉ từ ngày 20/1 đến hết ngày 2/2/2025 (nhằm ngày 21 tháng Chạp năm Giáp Thìn đến hết ngày mùng 5 tháng Giêng năm Ất Tỵ), đi học trở lại vào ngày 3/2/2025.
""",
    kind="mung_before_a_solar_day_is_that_day",
)

# (5) a yearly day written in the lunar calendar ("ngày 10 tháng 3 âm lịch hằng năm"): a recurring rule counts solar
# days, so the solar 10 March it would give is wrong every year; a person gives the days (unsure). Not in the corpus as a
# rule (its one lunar holiday line is a none-line): the rows are constructed, with a real solar yearly day as counter.
LUNAR_YEARLY_DAYS = table(
    """
constructed a festival on a lunar day, yearly | 2025-01-01 | every year at date:03-10 | unsure | Giỗ Tổ Hùng Vương tổ chức vào ngày 10 tháng 3 âm lịch hằng năm.
constructed a report before a lunar day | 2025-01-01 | every year at date:03-10 offset -1d | unsure | Các đơn vị nộp báo cáo trước ngày 10 tháng 3 âm lịch hằng năm.
constructed mùng and the lunar month | 2025-01-01 | every year at month:3 | unsure | Lễ hội tổ chức hằng năm vào mùng 10 tháng 3 âm lịch.
# solar yearly days keep their readings
held_out_2026ae.yaml hr8cd-tt-18-2026-tt-bxd-chuong-trinh-an-toan-hang-khong | 2026-04-30 | every year at date:12-17 offset -1d | certain | c) Báo cáo an toàn định kỳ hàng năm trước ngày 17 tháng 12 hàng năm;
""",
    kind="a_yearly_lunar_day_is_for_a_person",
)

# (6) two quarters listed as one time ("Quý IV/2025 và Quý I/2026", "trong Quý 1 và Quý 2 năm 2024"), the second with its
# year: one span, due at the last quarter's end, as months listed are, for a person to confirm. Quarters named
# as tax periods and a list that goes back keep their readings.
QUARTER_LISTS = table(
    """
held_out_2026z.yaml baucu-luongminh-kh-16-mttq-cong-tac-bau-cu-2026 | 2025-11-18 | 2026-03-31 | unsure | Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;
held_out_2026j.yaml vinhlinh-dai-hoi-mttq-cac-cap-2024 | 2023-09-14 | 2024-06-30 | unsure | Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy và Ban Thường vụ Huyện uỷ Vĩnh Linh, trong Quý 1 và Quý 2 năm 2024, trên địa bàn huyện Vĩnh Linh sẽ tiến hành tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp cơ sở, tiến tới Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XVII, nhiệm kỳ 2024- 2029.
constructed two quarters of one year | 2025-03-01 | 2025-12-31 | unsure | Thời gian hoàn thành: Quý III và Quý IV/2025;
# tax periods, one quarter, a list going back
held_out_2026ad.yaml vietan-dich-vu-bao-cao-thue | 2023-05-09 | none | unsure | Gia hạn thời hạn nộp thuế đối với số thuế thu nhập doanh nghiệp tạm nộp của quý 1, quý 2 kỳ tính thuế thu nhập doanh nghiệp năm 2022 của doanh nghiệp.
held_out_2026z.yaml baucu-luongminh-kh-16-mttq-cong-tac-bau-cu-2026 | 2025-11-18 | 2025-12-31 | any | Thời gian hoàn thành: Quý IV/2025;
constructed a list going back | 2025-03-01 | 2025-12-31 | unsure | Thời gian hoàn thành: Quý IV/2025 và Quý I/2025;
constructed a written day beside the quarters | 2025-01-01 | 2025-07-14 | any | Hoàn thành trong quý I và quý II năm 2025, báo cáo trước ngày 15/7/2025.
constructed two years and a day | 2025-01-01 | 2026-12-14 | certain | Báo cáo kết quả thực hiện năm 2025 và năm 2026 trước ngày 15/12/2026.
""",
    kind="quarters_listed_are_one_span",
)

# (7) a step finished before the diploma is received ("hoàn thành trước khi nhận bằng"), a start in the school's calendar
# as "trước khi nhập học", "trước khi bắt đầu học" are: zero days before that undated event, unsure; also in a bracket.
BEFORE_THE_DIPLOMA = table(
    """
held_out_2026z.yaml json2md-hust-ctsv-le-tot-nghiep-thang-5-2024 | 2024-04-25 | rel:0 | unsure | Làm thủ tục thanh toán công nợ (nếu có) và khảo sát việc làm sau tốt nghiệp (hoàn thành trước khi nhận bằng) tại đây: http://ctsv.hust.edu.vn/#/cong-no (http://ctsv.hust.edu.vn/#/cong-no)
constructed a fee before the diploma | 2024-04-25 | rel:0 | unsure | Sinh viên đóng lệ phí trước khi nhận bằng tốt nghiệp.
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | rel:0 | unsure | Học phí các học kỳ phụ, các lớp tối, lớp dự thính được thu trước khi bắt đầu học.
""",
    kind="a_step_before_the_diploma_is_zero_days_before",
)

test_each_class_reads_as_its_table_says = table_test(
    HOUR_CUE_AFTER_A_NUMBER,
    BARE_MONTHS,
    NOTICE_PERIODS,
    SOLAR_MUNG,
    LUNAR_YEARLY_DAYS,
    QUARTER_LISTS,
    BEFORE_THE_DIPLOMA,
)
