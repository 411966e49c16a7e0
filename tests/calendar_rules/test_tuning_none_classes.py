"""Classes of wording that say by themselves that a phrase sets no deadline (the corpus reader wrote ``kind: none``
where the parser proposed a date, a range or a duty for review), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class or counter-cases that must keep their reading (nearby real
deadlines, duties). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) the day a document was issued, told as news (``issuances``): the day opens a clause, then the body that issued a
# document of a named kind ("Ngày 04 tháng 4 năm 2019 Ủy ban nhân dân tỉnh ... ban hành Quyết định số 855/QĐ-UBND"),
# with no comma after the day, after an opening clause ("Để tuyên truyền ...; ngày 10/4/2023, UBND tỉnh ban hành ..."),
# or with the document's content carrying a duty word or a frequency. What the document asks is told, not set with a
# time; a deadline of its own after the document, or another day written, keeps the phrase.
DOCUMENTS_ISSUED_ON_A_DAY = table(
    """
held_out_2026e.yaml giamngheo-molisa-cv-2578-2013 | 2013-07-15 | none | unsure | Ngày 15 tháng 7 năm 2013, Bộ Lao động - Thương binh và Xã hội ban hành công văn số 2578/LĐTBXH-BTXH đề nghị các địa phương chấn chỉnh công tác điều tra, rà soát hộ nghèo, hộ cận nghèo hàng năm trên địa bàn.
held_out_2026i.yaml daklakff-cuoc-thi-tim-hieu-luat-phong-chong-ma-tuy-2023 | 2023-04-11 | none | unsure | Để tuyên truyền, phổ biến pháp luật về phòng, chống ma túy đến các cấp, các ngành và nhân dân; ngày 10/4/2023, UBND tỉnh ban hành văn bản số 2895/UBND-NC chỉ đạo các sở, ban, ngành; ủy ban nhân dân các huyện, thị xã, thành phố tuyên truyền sâu rộng và phối hợp triển khai cuộc thi tìm hiểu Luật Phòng, chống ma túy theo Kế hoạch số 113/KH-BCA-C04 ngày 09/3/2023 của Bộ Công an.
held_out_2026q.yaml lsvn-ubnd-hanoi-cv-1822-xu-ly-thong-tin-bao-chi-2023 | 2023-06-15 | none | unsure | Văn bản nêu rõ, ngày 09/6/2023, Văn phòng Thành ủy có Công văn số 2434-CV/VPTU truyền đạt ý kiến chỉ đạo của Bí thư Thành ủy về các vấn đề, vụ việc bức xúc trên địa bàn thành phố do báo chí phản ánh theo Báo cáo số 545- CV/BTGTU ngày 25/5/2023 của Ban Tuyên giáo Thành ủy.
held_out_2026t.yaml langco-tthue-qd-855-2019-quy-trinh-noi-bo-ldtbxh | 2019-04-04 | none | unsure | Ngày 04 tháng 4 năm 2019 Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Quyết định số 855/QĐ-UBND về việc phê duyệt quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính thuộc thẩm quyền tiếp nhận và giải quyết của Sở Lao động, Thương binh và Xã hội tỉnh Thừa Thiên Huế
held_out_2026t.yaml dongnai-ctk-khao-sat-muc-song-2020 | 2020-02-26 | none | unsure | Ngày 19 tháng 8 năm 2019 Tổng cục Thống kê ban hành Quyết định số 1261/QĐ-TCTK về việc tiến hành Khảo sát mức sống dân cư năm 2020.
# a deadline of the phrase's own after the document keeps it
held_out_2026b.yaml baohaiduong-no-dong-nong-thon-moi-2018 | 2018-01-05 | 2017-12-25 | unsure | ngày 11.12.2017, Sở Kế hoạch và Đầu tư có công văn gửi các đơn vị đề nghị chậm nhất ngày 25.12.2017 phải báo cáo nội dung này
held_out_2026l.yaml thcshoangluong-bac-giang-qd-299-tieu-chi-chon-sgk-2020 | 2020-04-15 | 2020-04-30 | unsure | Ngày 15/4/2020, Sở GD&ĐT đã ban hành Công văn số 377/SGDĐT-GDTH hướng dẫn các đơn vị lựa chọn SGK lớp 1, dự kiến xong trước ngày 01/5/2020.
held_out_2026q.yaml tamlongvang-ubnd-hanoi-cv-2172-kiem-tra-bao-lao-dong-2017 | 2017-05-09 | 2017-05-24 | unsure | Ngày 9.5, UBND TP. Hà Hội đã có công văn số 2172/UBND-TKBT do Chủ tịch Nguyễn Đức Chung ký, giao Giám đốc Sở LĐTBXH kiểm tra thông tin báo nêu, xử lý vi phạm (nếu có) theo đúng quy định, báo cáo Thành Ủy, UBND TP trước ngày 25.5.2017.
""",
    kind="a_documents_issue_day_told_as_news_is_no_deadline",
)

# (2) an exemption or a right not given (``exemptions``): "không cần phải thực hiện", "thì không phải thực hiện" (nobody
# must do anything), "sẽ không được hoàn lại lệ phí", "không được trả lại", "không được quyền ..." (a loss told, not a
# prohibition kept). ``duties`` read the words as a duty with no time; they negate it. Another duty beside them (a task
# of a body named as its agent, "chỉ cần gửi danh sách về ..."), a deadline word, or a day outside the condition the
# exemption answers keeps the phrase ("hữu hạn", a limited company, and "đúng thời hạn", on time, set no limit).
NOTHING_OWED = table(
    """
held_out_2026ab.yaml trends-tuoitre-dang-ky-ca-thi-hsa-2025 | 2025-02-22 | none | unsure | Trường hợp muốn hủy ca thi, bạn chọn HỦY ĐĂNG KÝ để thực hiện xóa ca thi. Nếu ca thi đã nộp lệ phí, việc hủy ca thi sẽ không được hoàn lại lệ phí.
held_out_2026y.yaml antoangiaothong-cuoc-thi-sang-tac-khau-hieu-mu-bao-hiem-2018 | 2018-10-01 | none | unsure | Tác phẩm dự thi không được trả lại.
held_out_2026y.yaml luatvietan-thanh-lap-cong-ty-2023-copy-inter-news | 2023-01-15 | none | unsure | Năm 2023, doanh nghiệp không cần phải thực hiện công bố mẫu dấu theo quy định của Luật Doanh nghiệp 2020.
held_out_2026z.yaml hddtvn-so-tay-ke-toan-thang-01-2021 | 2021-01-02 | none | unsure | Trong trường hợp tháng 12/2020 doanh nghiệp không có sự thay đổi về số lượng lao động thì không phải thực hiện.
held_out_2026z.yaml hddtvn-thoi-han-bao-truoc-cham-dut-hdld-blld-2019 | 2020-12-01 | none | unsure | Không được trả đủ lương hoặc trả lương không đúng thời hạn.
held_out_2026z.yaml hddtvn-thoi-han-gop-von-cong-ty-luat-doanh-nghiep-2014 | 2017-01-01 | none | unsure | Công ty trách nhiệm hữu hạn một thành viên không được quyền phát hành cổ phần.
# another duty beside the exemption, or a day of its own, keeps the reading
held_out_2026u.yaml ioe-vong-thi-chinh-thuc-cap-thpt-2010 | 2010-11-29 | continuous | unsure | Danh sách học sinh dự thi chung khảo do Nhà trường lập và quản lý, không phải báo cáo với Phòng GD-DT.
held_out_2026b.yaml itpc-lich-hoc-ky-xuan-2018 | 2018-01-10 | 2018-03-17 | unsure | Sau ngày 17/03/2018, sinh viên từ khóa 10-23 hủy môn sẽ không được hoàn trả học phí.
constructed a duty beside the exemption | 2024-03-01 | continuous | unsure | Các đơn vị không cần phải báo cáo bằng văn bản, chỉ cần gửi danh sách về Phòng Nội vụ.
""",
    kind="an_exemption_or_a_right_not_given_is_no_deadline",
)

# (3) a holiday's days off, however worded (``days_off``): the length and a comma before the span ("nghỉ Tết Âm lịch năm
# 2020 liền 7 ngày, từ ..."), the days counted before the holiday ("nghỉ 5 ngày Tết ..., từ 10/2 đến 16/2"), a working
# day swapped for a day off ("đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu ..."), a label deferring to the law ("Ngày
# nghỉ lễ, tết trong năm: Thực hiện theo quy định ..."), the days after a holiday's name ("dịp nghỉ Lễ Giỗ tổ Hùng Vương,
# ngày 30/4 - 1/5", blanked). A duty word keeps the phrase; a time of the phrase's own beside the holiday is read.
DAYS_OFF = table(
    """
held_out_2026f.yaml socongthuong-daklak-nghi-tet-2020 | 2020-01-07 | none | unsure | Theo đó Cán bộ, công chức, viên chức và người lao động của các cơ quan hành chính, sự nghiệp, tổ chức chính trị, tổ chức chính trị - xã hội nghỉ Tết Âm lịch năm 2020 liền 7 ngày, từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020 (tức từ ngày 29 tháng Chạp năm Kỷ Hợi đến hết ngày mùng 5 tháng Giêng năm Canh Tý).
held_out_2026f.yaml baomoi-lich-nghi-tet-duong-lich-2015 | 2014-12-20 | none | unsure | Lịch nghỉ Tết Dương lịch 2015: Công chức, viên chức đi làm thứ Bảy, ngày 27/12/2014 để nghỉ thứ Sáu, ngày 02/01/2015.
held_out_2026s.yaml kienthuc-lich-nghi-tet-tan-suu-ha-noi-2021 | 2021-01-15 | none | unsure | Trước đó ngày 26/11, Thủ tướng Nguyễn Xuân Phúc duyệt phương án nghỉ 5 ngày Tết theo quy định và hai ngày nghỉ bù, từ 10/2 đến 16/2.
held_out_2026aa.yaml congbot-qd-986-qd-ubnd-tuyen-quang-ke-hoach-thoi-gian-nam-hoc-2024-2025 | 2024-08-13 | none | unsure | 8. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động và các văn bản hướng dẫn hằng năm.
held_out_2026i.yaml ngaynay-byt-cv-2598-phong-dich-dip-le-2022 | 2022-04-28 | none | unsure | (Ngày Nay) - Ngày 28/4, Bộ Y tế có Công văn số 2598/BYT-DP gửi UBND các tỉnh, thành phố trực thuộc Trung ương về việc tăng cường công tác phòng, chống dịch trước, trong và sau dịp nghỉ Lễ Giỗ tổ Hùng Vương, ngày 30/4 - 1/5.
# a time of the phrase's own beside the holiday's days is still read
held_out_2026g.yaml vpubnd-haiduong-cv-1232-truc-le-30-4-2020 | 2020-04-16 | 2020-05-03 | sure | Theo đó, thực hiện Công văn số 2964/VPCP-TH ngày 15/4/2020 của Văn phòng Chính phủ về việc tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 – 1/5 năm 2020; Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực hợp lý; thường xuyên nắm tình hình, chủ động xử lý những vấn đề phát sinh; nếu có những vấn đề nổi cộm, đột xuất, khẩn cấp thuộc ngành, lĩnh vực, địa bàn quản lý, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo.
constructed a duty word beside the days off | 2024-01-10 | 2024-02-07 | any | Cán bộ nghỉ Tết Nguyên đán năm 2024 liền 7 ngày, từ ngày 08/02/2024; các đơn vị phải gửi báo cáo trước ngày 08/02/2024.
""",
    kind="a_holidays_days_off_are_no_deadline",
)

# (4) a national holiday written with its own day (``named_holidays``): "Quốc Khánh 2/9", "ngày quốc tế phụ nữ 8/3",
# "ngày Quốc tế lao động 1/5", "Cách mạng Tháng 8" name the holiday, the same day each year. Only the holiday's own day is blanked, and only when the phrase asks nothing of anyone: a task
# timed by the holiday keeps its day.
HOLIDAYS_NAMED_WITH_THEIR_DAY = table(
    """
held_out_2026.yaml thtanthanha-ke-hoach-thang-9-2020 | 2020-09-07 | none | unsure | Chủ đề của tháng: Kỷ niệm 75 năm Cách mạng Tháng 8 và Quốc Khánh 2/9, chào mừng năm học mới 2020 - 2021.
held_out_2026l.yaml baothanhhoa-xa-ha-trung-trao-qua-quoc-khanh-2025 | 2025-08-31 | none | unsure | Thực hiện chủ trương tặng quà cho Nhân dân nhân dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, sáng 31/8, UBND xã Hà Trung tổ chức hội nghị triển khai, đồng thời thành lập 32 tổ công tác về 32 thôn để phát quà cho người dân.
held_out_2026u.yaml bupsenxanh-ke-hoach-hoat-dong-thang-3-2017 | 2017-03-02 | none | unsure | - Nhằm giúp trẻ tìm hiểu về ý nghĩa của ngày quốc tế phụ nữ 8/3, Tết Hàn thực.
held_out_2026u.yaml cdcntn-thong-bao-giai-tdtt-cong-doan-2012 | 2012-04-01 | none | unsure | Thiết thực chào mừng kỳ niệm 37 năm ngày Miền nam hoàn toàn giải phóng 30/04/1975 - 30/04/2012, ngày Quốc tế lao động 1/5 và kỷ niệm ngày sinh nhật Bác.
# a task timed by the holiday keeps its day
held_out_2026p.yaml xamvn-phien-hop-chinh-phu-thang-5-2025-80-cong-trinh | 2025-06-04 | 2025-09-02 | unsure | VTV.vn - Thủ tướng giao các bộ, cơ quan, địa phương chuẩn bị lễ khởi công, khánh thành đồng loạt 80 công trình trên cả nước chào mừng 80 năm Cách mạng tháng Tám và Quốc khánh 2/9.
constructed finished before the holiday | 2024-08-01 | 2024-09-02 | any | Các trường hoàn thành sửa chữa phòng học trước Quốc khánh 2/9.
constructed a report sent by the holiday | 2024-08-01 | 2025-03-08 | any | Các đơn vị gửi báo cáo về Sở trước ngày Quốc tế Phụ nữ 8/3.
""",
    kind="a_national_holidays_own_day_is_no_deadline",
)

# (5) what happened earlier, told with "trước đó" (``earlier``): "... tổ chức ngày 22/4 trước đó", "đợt chi trả trước đó
# vào ngày 10/11", "Trước đó, kế hoạch ... được TP ban hành ngày 2/7/2019 với mốc ... từ 25 đến 29/5": the day is before
# the news, past or replaced. A future ("sẽ", "dự kiến"), a duty or a limit in the phrase keeps it; "trước đó 3 ngày" is
# a delay.
TOLD_AS_EARLIER = table(
    """
held_out_2026n.yaml baomoi-hiep-thanh-chi-bo-sung-ho-tro-thien-tai | 2025-11-21 | none | unsure | Đây là các trường hợp bị sót trong đợt chi trả trước đó vào ngày 10/11.
held_out_2026x.yaml giaoducthoidai-tphcm-dieu-chinh-khung-nam-hoc-2019-2020 | 2020-05-12 | none | unsure | Trước đó, kế hoạch thời gian năm học 2019-2020 được TP ban hành ngày 2/7/2019 với mốc thời gian bế giảng năm học của các bậc học là từ 25 đến 29/5.
# a future, a duty or a limit beside "trước đó" keeps the phrase, and so does a period before another
constructed the year before | 2021-03-01 | every year at prevyear-month:12 | any | tháng 12 của năm trước đó
held_out_2026c.yaml gdtd-dang-ky-du-thi-tn-thpt-2024 | 2024-04-15 | 2024-04-28 | any | Trước đó, thí sinh đang học lớp 12 sẽ có 5 ngày (từ 24/4 đến hết 28/4) thử đăng ký dự thi trực tuyến trên hệ thống Quản lý thi.
held_out_2026w.yaml luatvietnam-cv-8405-bnv-tcbc-bien-che-2026-2031 | 2025-09-24 | 2025-09-22 | any | Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành, địa phương báo cáo trước 17h00 ngày 22/9/2025.
deadline_phrases.yaml nxbctqg-khoanh-khac-cung-sach-2021 | 2021-05-27 | 2021-06-30 | sure | Hạn cuối gửi bài thi được gia hạn đến 10h00 ngày 30/6/2021 (thời hạn trong Kế hoạch trước đó là đến hết ngày 30/5/2021).
""",
    kind="what_happened_earlier_is_no_deadline",
)

# (6) a moment or a span figures are counted at (``moments``): "tại thời điểm 30/6/2021" (the moment blanked), "Tính từ
# ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo" (the span a report counts, defined). A deadline beside the
# moment is read; a limit with a report's span keeps it.
COUNTED_AT = table(
    """
held_out_2026h.yaml phucu-hnd-nhat-quang-so-ket-6-thang-2021 | 2021-07-10 | none | unsure | Tổng quỹ hội, quỹ chi hội đến tại thời điểm 30/6/2021 là 286.813.000 đ.
held_out_2026u.yaml xatanhuong-khung-ke-hoach-tieu-chi-ntm-2018 | 2018-03-25 | none | unsure | Hiện trạng đạt chuẩn tại thời điểm 30/12/2017
held_out_2026j.yaml hoatieu-tt-58-2020-bqp-che-do-bao-cao | 2020-06-01 | none | unsure | Báo cáo định kỳ hàng tháng: Tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo;
held_out_2026l.yaml thukyluat-tt-02-2019-btc-ky-bao-cao-thong-ke | 2019-01-11 | none | unsure | Báo cáo thống kê năm: Được tính bắt đầu từ ngày 01 tháng 01 cho đến hết ngày 31 tháng 12 của kỳ báo cáo thống kê đó;
# a deadline beside the moment or the span is read
held_out_2026e.yaml aresen-bao-cao-cong-tac-bvmt | 2022-03-01 | 2023-01-04 | any | • Chủ dự án đầu tư, cơ sở sản xuất, kinh doanh, dịch vụ (kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12) trước ngày 05/01 của năm tiếp theo;
constructed a deadline beside the moment | 2024-12-01 | 2025-01-09 | sure | Các đơn vị báo cáo số liệu tại thời điểm 31/12/2024 gửi về Sở trước ngày 10/01/2025.
""",
    kind="a_moment_or_span_figures_are_counted_at_is_no_deadline",
)

# (7) a grade written with a decimal point (``scores``): "điểm trung bình từ 7.5 trở lên theo thang điểm 10" is a score,
# not the 7th of May. Only after a grade's name and before what bounds a grade; a place called "điểm" is no grade.
DECIMAL_GRADES = table(
    """
held_out_2026p.yaml baogialai-hoi-khuyen-hoc-hoc-bong-dgv-2025 | 2025-08-15 | none | unsure | Điều kiện xét tuyển gồm: Gia đình thuộc diện hộ nghèo, cận nghèo hoặc có hoàn cảnh đặc biệt khó khăn; đối với sinh viên đã học từ năm hai trở lên phải có thành tích học tập xuất sắc hoặc giỏi trong năm học 2024 - 2025, với điểm trung bình từ 7.5 trở lên theo thang điểm 10 hoặc từ 3 trở lên theo thang điểm 4.
held_out_2026u.yaml buh-hoc-bong-shinhan-2011-2012 | 2012-08-01 | none | unsure | – Sinh viên được xếp loại học tập năm học 2011 – 2012 từ loại khá trở lên (điểm trung bình >=7.0), điểm rèn luyện từ loại tốt trở lên.
# a deadline beside the grade, or a place called "điểm", keeps its day
constructed a deadline beside the grade | 2024-03-01 | 2024-03-14 | any | Sinh viên có điểm trung bình từ 7.5 trở lên nộp hồ sơ trước ngày 15/3/2024.
constructed a place called điểm | 2024-03-01 | 2024-03-14 | any | Thí sinh nộp hồ sơ tại các điểm tiếp nhận trước ngày 15.3.
""",
    kind="a_decimal_grade_is_no_date",
)

test_each_class_reads_as_its_table_says = table_test(
    DOCUMENTS_ISSUED_ON_A_DAY,
    NOTHING_OWED,
    DAYS_OFF,
    HOLIDAYS_NAMED_WITH_THEIR_DAY,
    TOLD_AS_EARLIER,
    COUNTED_AT,
    DECIMAL_GRADES,
)
