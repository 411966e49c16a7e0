"""The classes found when held_out_2026d.yaml was scored (3 confident-wrong, 24 to review), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document
(held_out_2026d.yaml and the files before it are development data). Rows marked "constructed" are the
same class in another shape, written for this test, so that the family of wordings is read and not one
phrase; none comes from a held-out set still to be scored. The row format is in tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) lengths and ranges: the end of a range is the time right after "đến"; a span of counts is no date;
# a length written with its start ends on its last day (the start counted as the first)
LENGTHS_AND_RANGES = table(
    """
held_out_2026d.yaml inpc-giai-bong-da-vien-hlkhcn-2023 | 2023-03-20 | none | any | Thời gian thi đấu: Dự kiến diễn ra từ 15 đến 20 ngày, bắt đầu từ ngày 06/04/2023.
constructed a span of months, then a start | 2024-03-01 | none | any | Khóa học kéo dài từ 3 đến 6 tháng, bắt đầu từ ngày 15/4/2024.
constructed a span of days written with a dash | 2024-05-01 | none | any | Kỳ thi diễn ra trong 2-3 ngày, từ ngày 5/6/2024.
held_out_2026d.yaml daidoanket-tong-dieu-tra-dan-so-2019 | 2018-06-27 | 2019-04-25 | inferred | Thời gian thu thập thông tin của cuộc Tổng điều tra là 25 ngày, bắt đầu từ ngày 1/4/2019.
constructed the start first, then the length | 2024-04-01 | 2024-05-24 | any | Đợt kiểm tra bắt đầu từ ngày 10/5/2024, kéo dài 15 ngày.
constructed a length in months | 2024-03-01 | 2024-06-30 | inferred | Thời gian thực hiện là 3 tháng, bắt đầu từ ngày 01/4/2024.
constructed a time of day before the start | 2024-03-01 | 2024-04-16 | inferred | Thời gian thực hiện là 2 ngày, bắt đầu từ 8 giờ ngày 15/4/2024.
constructed a time of day before the start of an event (for review: an event's date) | 2024-03-01 | 2024-04-16 | unsure | Hội thi diễn ra trong 2 ngày, bắt đầu từ 8 giờ ngày 15/4/2024.
constructed the start first, "vào ngày" | 2024-03-01 | 2024-04-17 | inferred | Hội thi bắt đầu vào ngày 15/4/2024, kéo dài 3 ngày.
constructed a start alone is for review | 2024-03-01 | 2024-04-15 | unsure | Hội thi bắt đầu vào ngày 15/4/2024.
held_out_2026d.yaml anninhthudo-tong-dieu-tra-dan-so-2019 window | 2019-03-19 | 2019-04-25 | any | Thời gian thu thập thông tin tại địa bàn trong 25 ngày, bắt đầu từ 7 giờ 30 phút ngày 1-4-2019 và kết thúc chậm nhất vào ngày 25-4-2019.
held_out_2026c.yaml hust-thu-hoc-phi-hk2-2016-2017 | 2017-03-01 | 2017-03-17 | any | - Đợt 1: Từ 8h00 thứ 4 ngày 08/3/2017 đến 17h00 thứ 6, ngày 17/3/2017, sinh viên phải hoàn thành tối thiểu 65% học phí của HK20162 và toàn bộ dư nợ học phí của các học kỳ trước.
dev_2026.yaml trunghoc-online-the-le-2018 | 2018-11-25 | 2018-12-22 | any | -Thời gian bài đăng được tính từ 0h00, 1/12/2018 đến 24h00, ngày 22/12/2018.
constructed an end after "đến" within its clause | 2024-03-01 | 2024-04-10 | certain | Các đơn vị nộp hồ sơ từ ngày 01/4/2024 đến hết ngày 10/4/2024.
held_out_2026d.yaml thptnguyenthuonghien-lich-kiem-tra-hk1-2020 | 2020-11-30 | 2020-12-19 | unsure | III/ KIỂM TRA TẠI LỚP: Thời gian kiểm tra từ 07/12 à 19/12/2020.
constructed "à" is no separator before a word | 2024-03-01 | 2024-03-20 | certain | Các đơn vị gửi báo cáo chậm nhất ngày 20/3/2024 à.
held_out_2026d.yaml baohaiduong-xong-dai-hoi-doan-cap-huyen-2022 | 2022-08-12 | 2022-10-14 | any | Dự kiến Đại hội Đoàn cấp tỉnh tổ chức không quá 2 ngày, hoàn thành trước ngày 15.10.2022.
constructed a ban on acting before a day stays refused | 2024-03-01 | none | any | Không tổ chức khai giảng trước ngày 05/9/2024.
""",
    kind="lengths_and_ranges",
)


# counted back before an event anywhere in the phrase; a second delay for another case is for review
COUNTED_BACK = table(
    """
held_out_2026d.yaml tdkt-quangnam-thoi-gian-trinh-khen-thuong | 2015-05-14 | rel:-7 | unsure | Các trường hợp khen thưởng tổng kết các chương trình mục tiêu (khen thưởng chuyên đề) gởi trước ngày trao thưởng ít nhất 07 ngày, trường hợp khen thưởng đột xuất trước 03 ngày.
constructed counted back mid-phrase | 2024-03-01 | rel:-10 | certain | Hồ sơ gửi trước ngày khai mạc ít nhất 10 ngày.
constructed counted back, then a clause | 2024-03-01 | rel:-5:wd | sure | Đơn vị đăng cai gửi giấy mời trước hội nghị ít nhất 05 ngày làm việc, kèm theo chương trình.
""",
    kind="counted_back_anywhere",
)


# a delay from a day the text writes: the day after it is the first counted (BLDS Điều 147), for review
DELAY_FROM_A_DAY = table(
    """
constructed days from a written day | 2024-03-01 | 2024-04-06 | unsure | Trong thời hạn 05 ngày kể từ ngày 01/4/2024, các đơn vị nộp hồ sơ.
constructed working days from a written day stay a delay | 2024-03-01 | rel:5:wd | unsure | Trong thời hạn 05 ngày làm việc, kể từ ngày 01/4/2024, các đơn vị nộp hồ sơ.
constructed days from an event stay a delay | 2024-03-01 | rel:30 | certain | Chậm nhất 30 ngày kể từ ngày ký Quyết định này.
""",
    kind="a_delay_from_a_written_day",
)


# (2) dates that are not when to act: a reference moment of a census or a count (blanked with its time, so that a
# deadline beside it is read), the date of a meeting already held, a past span of years
NOT_WHEN_TO_ACT = table(
    """
held_out_2026d.yaml anninhthudo-tong-dieu-tra-dan-so-2019 | 2019-03-19 | none | any | Cuộc tổng điều tra sẽ được thực hiện trên toàn quốc đối với tất cả các đơn vị điều tra. Thời điểm điều tra là 0 giờ ngày 1-4-2019.
constructed the moment of an inventory | 2024-12-01 | none | any | Thời điểm kiểm kê là 0 giờ ngày 01/01/2025.
constructed a report's cut-off alone | 2024-03-01 | none | any | Thời gian chốt số liệu: ngày 15/6/2024.
held_out_2026d.yaml vanbanphapluat-cv-2618-bhxh-2010 | 2010-06-28 | every month at day:28 offset -1d | sure | - Về báo cáo tháng theo các chỉ tiêu từ A1 đến B4, thời gian chốt số liệu ngày 25 tháng báo cáo, gửi về Bảo hiểm xã hội Việt Nam trước ngày 28 hàng tháng.
constructed a cut-off, then the deadline | 2024-06-01 | 2024-06-19 | any | Số liệu chốt số liệu đến ngày 15/6/2024, các đơn vị gửi báo cáo trước ngày 20/6/2024.
constructed the period of figures, then the deadline | 2024-03-01 | 2024-08-14 | certain | Kỳ báo cáo: 6 tháng đầu năm (số liệu tính từ 15/12/2023 đến 14/6/2024); thời hạn gửi báo cáo trước ngày 15/8/2024.
constructed the period of figures alone | 2024-03-01 | none | any | Số liệu báo cáo tính từ ngày 01/01/2024 đến ngày 30/6/2024.
constructed a period of figures whose end is not read stays refused | 2024-03-01 | none | any | Số liệu tính từ 15/12/2023 đến thời điểm 14/6/2024.
held_out_2026d.yaml societynewstech-kl-127-kltw-2025 undamaged | 2025-02-28 | none | any | Tại phiên họp ngày 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo về các nội dung, Bộ Chính trị, Ban Bí thư có ý kiến như sau:
held_out_2026b.yaml baoquangbinh-ket-luan-dai-hoi-diem-2015 | 2015-04-08 | none | any | tại Hội nghị rút kinh nghiệm đại hội điểm cấp cơ sở, nhiệm kỳ 2015-2020, ngày 7-4-2015.
held_out_2026d.yaml nhansu-nq-406-ncp-2025 | 2025-12-10 | none | any | Trên cơ sở thảo luận của các Thành viên Chính phủ, ý kiến các đại biểu dự họp và kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 11 năm 2025, tổ chức vào ngày 06 tháng 12 năm 2025.
held_out_2026d.yaml baoninhthuan-nq-phien-hop-thang-8-2015 | 2015-09-05 | none | any | Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2015
constructed a working session already held | 2024-05-20 | none | any | Tại buổi làm việc ngày 15/5/2024, Chủ tịch UBND tỉnh ghi nhận kết quả của huyện.
held_out_2026d.yaml (a date after "vào dịp chào mừng", for review) | 2019-07-01 | 2019-07-28 | unsure | Liên đoàn Lao động tỉnh chấm và trao giải cuộc thi tại cấp tỉnh vào dịp chào mừng kỷ niệm 90 năm, Ngày thành lập Công đoàn Việt Nam 28.7.2019.
constructed a date after "chào mừng" may name the occasion | 2024-10-01 | 2024-10-20 | unsure | Tổ chức các hoạt động chào mừng ngày 20/10.
constructed a meeting already held, then a period to finish in | 2024-03-01 | 2024-12-31 | sure | Tại Hội nghị ngày 28/2/2024, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy hoàn thành các chỉ tiêu trong năm 2024.
constructed a meeting's range already over | 2024-03-01 | none | any | Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 2 đến ngày 7/10/2023.
constructed a licence's term | 2024-03-01 | none | any | Giấy phép có thời hạn đến ngày 31/12/2025.
constructed a meeting ahead keeps its deadline | 2024-05-01 | 2024-05-14 | any | Các đơn vị gửi báo cáo trước ngày 15/5/2024 để phục vụ hội nghị sơ kết.
constructed a meeting already held, then a deadline | 2024-05-20 | 2024-05-31 | any | Tại hội nghị ngày 15/5/2024, Ban Thường vụ yêu cầu các chi bộ hoàn thành kiểm điểm chậm nhất ngày 31/5/2024.
""",
    kind="dates_that_are_not_when_to_act",
)


# (3) text whose diacritics were damaged (two tone marks on one word, or a whole sentence without any) reads from
# its fold, always for review
DAMAGED_DIACRITICS = table(
    """
held_out_2026d.yaml societynewstech-kl-127-kltw-2025 | 2025-02-20 | 2025-02-28 | unsure | Tạĩ phĩên họp ngàỷ 28/2/2025, sãù khỉ nghé Bàn Tổ chức Trũng ương báỏ cáọ về các nộĩ đụng, nhíệm vụ và tíến độ thờỉ gĩân tríển khăỉ nghịên cứù
constructed a deadline in damaged text | 2025-03-01 | 2025-03-14 | unsure | Cạc đơn vị gửị báo cáọ về Sở trước ngày 15/3/2025.
constructed a sentence without any diacritic | 2024-03-01 | 2024-03-14 | unsure | Cac don vi gui bao cao ve So truoc ngay 15/3/2024.
constructed a short unmarked cell is no damage | 2024-03-01 | 2024-03-14 | certain | Truoc ngay 15/3/2024
constructed one odd accent is no damage | 2025-03-01 | 2025-03-14 | certain | Các đơn vị gửi báo cáo về Sở trước ngày 15/3/2025.
""",
    kind="damaged_diacritics_are_read_for_review",
)


# (4) returns due after the period they report on (tax, statistics, insurance): day N of the following month,
# of the first month of the following quarter, the last day of the M-th month after the year
RETURNS_AFTER_THE_PERIOD = table(
    """
held_out_2026d.yaml misa-thoi-han-khai-thue-ho-kinh-doanh monthly | 2023-01-01 | every month at after:1:day:20 | certain | - Tờ khai tháng: chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế.
held_out_2026d.yaml misa-thoi-han-khai-thue-ho-kinh-doanh quarterly | 2023-01-01 | every quarter at after:1 | certain | - Tờ khai quý: chậm nhất là ngày cuối cùng của tháng đầu quý tiếp theo liền kề quý phát sinh nghĩa vụ thuế.
held_out_2026d.yaml otofun-han-nop-thue-quy | 2020-01-01 | every quarter at after:1:day:10 | certain | Hạn nộp là ngày 10 của tháng kế tiếp 1 quý.
held_out_2026d.yaml pso-hcm-che-do-bao-cao-thong-ke-co-so | 2012-02-07 | every month at after:1:day:12 | certain | Ngày 12 tháng sau tháng tháng báo cáo
constructed the yearly return | 2024-01-01 | every year at after:3 | certain | Hồ sơ quyết toán thuế năm chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch.
constructed a day of the year after, for a yearly report | 2024-01-01 | every year at after:1:day:15 | certain | Báo cáo năm gửi chậm nhất ngày 15 tháng 01 năm sau.
constructed a day of the year after, one-off, for review | 2024-03-01 | 2025-01-15 | unsure | Các đơn vị gửi hồ sơ chậm nhất ngày 15 tháng 01 năm sau.
constructed the second month of the next quarter | 2024-01-01 | every quarter at after:2:day:15 | certain | Báo cáo gửi chậm nhất ngày 15 tháng thứ hai của quý tiếp theo.
constructed the N-th day after the quarter's end | 2024-01-01 | every quarter at end offset +10d | unsure | Báo cáo tình hình sử dụng hóa đơn nộp chậm nhất là ngày thứ 10 kể từ ngày kết thúc quý.
constructed the last working day of each month | 2024-03-01 | every month at workday:-1 | certain | Hằng tháng, vào ngày làm việc cuối cùng của tháng, các đơn vị gửi báo cáo.
constructed the N-th working day of each month | 2024-03-01 | every month at workday:5 | certain | Ngày làm việc thứ 5 hằng tháng, các đơn vị nộp báo cáo.
constructed the first working day of the next quarter has no anchor: for review | 2024-03-01 | every quarter at end | unsure | Báo cáo quý gửi vào ngày làm việc đầu tiên của quý sau.
held_out_2026b.yaml ilovetranslation-thoi-han-bao-cao-quy (N days after the period's end stays a delay) | 2020-01-01 | rel:90 | any | đối với các tổng công ty thời hạn gửi báo cáo quý là 90 ngày kể từ ngày kết thúc quý
constructed "trước ngày N tháng sau", monthly | 2024-01-01 | every month at after:1:day:5 offset -1d | certain | Báo cáo tháng gửi về Phòng Thống kê trước ngày 05 tháng sau.
constructed the period from the phrase's frequency | 2024-01-01 | every quarter at after:1:day:15 | certain | Định kỳ hằng quý, các đơn vị gửi báo cáo chậm nhất ngày 15 của tháng tiếp theo.
constructed no period named | 2024-01-01 | every month at after:1:day:15 | unsure | Các xã gửi kết quả về huyện chậm nhất ngày 15 tháng sau.
constructed "tháng sau khi" is no following month (an event, for review) | 2024-01-01 | rel:0 | unsure | Ngày 15 tháng sau khi có kết quả, Hội đồng họp xét.
""",
    kind="returns_after_the_period",
)


# (5) page furniture and schedule rows: an issue line with its day left blank, a weekday line with the year after
# a comma, a table's metadata row; a schedule row headed by its date; a day of the year before; an anniversary
# span written with dots
SHAPES = table(
    """
constructed a plan's cell "Đầu tháng 10/2024" is no page date | 2024-03-01 | 2024-10-10 | inferred | Đầu tháng 10/2024
constructed a plan's cell for the whole year | 2024-03-01 | 2024-12-31 | inferred | Trong năm
constructed "Cả năm" may be a standing duty: for review | 2024-03-01 | 2024-12-31 | unsure | - Cả năm 2024.
constructed a bare date may be a page's date | 2024-03-01 | 2024-04-15 | unsure | 15/4/2024
held_out_2026d.yaml dangbo-tnut-hd-ket-nap-dang-vien-2021 | 2021-10-15 | none | any | Thái Nguyên, ngày       tháng 10 năm 2021
constructed a blank template line | 2024-03-01 | none | any | Hà Nội, ngày … tháng … năm 2024
held_out_2026d.yaml nguoihanoi-tong-dieu-tra-dan-so-2019 | 2019-03-22 | none | any | Thứ sáu, ngày 22 tháng 3 , 2019
held_out_2026d.yaml nhansu-nq-406-ncp-2025 row | 2025-12-10 | none | any | | Ngày ban hành | 10/12/2025 |
constructed a table row of the effective date | 2025-12-10 | none | any | | Ngày có hiệu lực | 01/01/2026 |
held_out_2026d.yaml vietnamplus-cac-moc-bau-cu-2026 | 2025-12-30 | 2026-01-04 | sure | Ngày 04/01/2026: Chậm nhất 70 ngày trước bầu cử , các Ban bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp được thành lập.
constructed a schedule row with a delay after an event | 2024-01-02 | 2024-02-15 | sure | 15/02/2024: trong thời hạn 10 ngày kể từ ngày nhận hồ sơ, Ban Thường vụ xem xét.
held_out_2026d.yaml nhanhieuhanghoa-tthc-hoi-cho-nuoc-ngoai | 2015-01-01 | every year at date:11-01 offset -1d | any | - Trước ngày 01/11 của năm trước năm tổ chức (trong trường đăng ký theo hướng dẫn tại điểm a Khoản 1 Mục 3 Thông tư liên tịch số 07/2007/TTLT-BTM-BTC)
constructed the year before the plan's year | 2024-01-01 | every year at date:07-20 | sure | Các đơn vị lập dự toán gửi Sở Tài chính ngày 20 tháng 7 năm trước năm kế hoạch.
held_out_2026d.yaml baohaiduong-ngay-hoi-dai-doan-ket-1-18-11-2022 | 2022-10-20 | 2022-11-18 | any | Theo hướng dẫn của Uỷ ban MTTQ tỉnh, các địa phương tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 92 năm Ngày truyền thống MTTQ Việt Nam (18.11.1930-18.11.2022) từ ngày 1-18.11.
held_out_2026d.yaml baotayninh-giai-thuong-15-thang-10-2024 | 2024-10-05 | 2024-10-13 | any | Theo kế hoạch của Uỷ ban Trung ương Hội LHTN Việt Nam, Giải thưởng “15 tháng 10” năm 2024 sẽ được trao tại chương trình kỷ niệm 68 năm Ngày truyền thống Hội LHTN Việt Nam (15.10.1956 - 15.10.2024), diễn ra vào ngày 13.10, tại thành phố Đà Nẵng.
""",
    kind="furniture_rows_and_spans",
)


test_each_class_reads_as_its_table_says = table_test(
    LENGTHS_AND_RANGES,
    COUNTED_BACK,
    DELAY_FROM_A_DAY,
    NOT_WHEN_TO_ACT,
    DAMAGED_DIACRITICS,
    RETURNS_AFTER_THE_PERIOD,
    SHAPES,
)
