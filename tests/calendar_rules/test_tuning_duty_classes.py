"""Classes of duties the parser missed over the whole corpus (real duties read as nothing or as another kind, sent to
review), found by tuning on every corpus file at once; one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another count) or counter-cases that must keep
their reading (nearby real deadlines, clock times, none-lines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a delay of whole days written in hours ("trong thời hạn 24 giờ phải thông báo ...", "thông báo trước 24 giờ",
# "trước thời điểm ngừng cấp điện ít nhất 24 giờ", "trước 96 tiếng kể từ khi đăng ký"): service rules and procedures
# count short delays in hours; 24 hours after a word of delay is one day, read as the day readers read "trong 1 ngày".
# A clock time ("đến 24 giờ hằng ngày", "trước 24 giờ ngày 15/3"), a count that is no whole day, a forecast's "24 giờ
# tới", and a phrase with a second case counted in hours that are not whole days keep their reading.
DELAYS_IN_HOURS = table(
    """
held_out_2026ab.yaml trends-tuoitre-dang-ky-ca-thi-hsa-2025 | 2025-02-22 | rel:4 | unsure | Sau khi chọn ca thi thành công, thí sinh thanh toán lệ phí thi sau 1 tiếng và trước 96 tiếng kể từ khi đăng ký ca thi.
held_out_2026ab.yaml trends-tuoitre-dang-ky-ca-thi-hsa-2025 | 2025-02-22 | rel:1 | unsure | Sau khi hoàn thành việc nộp phí, thí sinh sẽ nhận được email thông báo xác nhận trạng thái thanh toán lệ phí thi trong 24 giờ.
held_out_2026u.yaml tracuuquyhoach-dien-luc-an-giang-thoi-han-thanh-toan-2025 | 2025-08-25 | rel:-1 | any | Khi thực hiện ngừng cấp điện, PCAG sẽ thông báo cho khách hàng trước thời điểm ngừng cấp điện ít nhất 24 giờ và không phải chịu trách nhiệm về các thiệt hại do việc ngừng cấp điện gây ra.
held_out_2026u.yaml npc-cskh-cau-hoi-ngung-cap-dien | 2020-01-01 | rel:-1 | any | Theo quy định KH nợ tiền điện sau 2 lần thông báo và trước khi cắt phải thông báo trước 24 giờ.
held_out_2026u.yaml npc-cskh-cau-hoi-ngung-cap-dien | 2020-01-01 | rel:1 | unsure | Trường hợp ngừng hoặc giảm mức cung cấp điện khẩn cấp do sự cố, do sự kiện bất khả kháng mà bên bán điện không kiểm soát được có nguy cơ làm mất an toàn nghiêm trọng cho người, trang thiết bị hoặc do thiếu nguồn điện đe dọa đến an toàn của hệ thống điện thì đơn vị phát điện, truyền tải điện, phân phối điện được ngừng hoặc giảm mức cung cấp điện đối với bên mua điện để xử lý và trong thời hạn 24 giờ phải thông báo cho bên mua điện biết nguyên nhân, dự kiến thời gian cấp điện trở lại.
constructed a company's register (Luật Doanh nghiệp's wording) | 2024-01-01 | rel:1 | sure | Công ty phải đăng ký thay đổi cổ đông trong sổ đăng ký cổ đông theo yêu cầu của cổ đông có liên quan trong thời hạn 24 giờ kể từ khi nhận được yêu cầu theo quy định tại Điều lệ công ty.
constructed a file returned in 48 hours | 2024-01-01 | rel:2 | sure | Hồ sơ được trả trong vòng 48 giờ kể từ khi nhận đủ hồ sơ hợp lệ.
# a clock time, a forecast, a second case in hours that are no whole day: kept
held_out_2026p.yaml nld-tphcm-gia-han-cap-cccd-den-het-thang-12-2021 (hours of service) | 2021-12-06 | continuous | unsure | Trong thời gian này, cơ quan công an sẽ tạo điều kiện cho người dân, kể cả người chưa đăng ký tạm trú, làm thủ tục cấp căn cước công dân gắn chip từ 7 giờ đến 24 giờ hằng ngày, kể cả thứ 7 và chủ nhật.
constructed midnight of a day | 2024-01-01 | 2024-03-15 | sure | Báo cáo gửi về Sở trước 24 giờ ngày 15/3/2024.
constructed a forecast | 2024-01-01 | none | unsure | Trong 24 giờ qua, mưa lớn kéo dài tại các tỉnh miền Trung.
constructed two cases in hours | 2024-01-01 | none | unsure | Quý khách có thể thực hiện đổi trả hàng trong thời hạn 24 giờ kể từ khi nhận hàng đối với Lan Hồ Điệp và 05 giờ kể từ khi nhận hàng đối với sản phẩm Hoa tươi.
""",
    kind="a_delay_in_whole_days_of_hours_is_its_days",
)

# (2) a count of days before an event, counted up to it ("phải được ban hành chậm nhất trước 10 (mười) ngày làm việc
# tính đến ngày văn bản quy phạm pháp luật ... có hiệu lực thi hành", "Trước thời hạn 10 ngày, tính đến ngày đăng ký
# ..."): decrees word a notice period so; "tính đến" (up to) leaves only a count back, N days before the event. It was
# refused as a statistic's "tính đến ngày" (as of); an age or a state as of a day still is.
COUNTED_UP_TO_AN_EVENT = table(
    """
held_out_2026z.yaml congbot-nd-63-2010-nd-cp-kiem-soat-thu-tuc-hanh-chinh | 2010-06-08 | rel:-10:wd | sure | Quyết định công bố thủ tục hành chính phải được ban hành chậm nhất trước 10 (mười) ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về thủ tục hành chính có hiệu lực thi hành.
held_out_2026z.yaml congbot-nd-48-2013-nd-cp-sua-doi-kiem-soat-tthc | 2013-05-14 | rel:-20:wd | sure | Quyết định công bố thủ tục hành chính của các cơ quan quy định tại Khoản 1 Điều 13 của Nghị định này phải được ban hành chậm nhất trước 20 (hai mươi) ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về thủ tục hành chính có hiệu lực thi hành.
held_out_2026z.yaml congbot-nd-48-2013-nd-cp-sua-doi-kiem-soat-tthc | 2013-05-14 | rel:-5:wd | sure | Quyết định công bố thủ tục hành chính của các cơ quan quy định tại các Khoản 2 và 3 Điều 13 của Nghị định này phải được ban hành chậm nhất trước 05 (năm) ngày làm việc tính đến ngày văn bản quy phạm pháp luật có quy định về thủ tục hành chính có hiệu lực thi hành.”.
# (the month the registration falls in is written too: a person confirms)
held_out_2026ab.yaml phapdien-nd-13-2016-nd-cp-dang-ky-nghia-vu-quan-su | 2016-02-19 | rel:-10 | unsure | a) Trước thời hạn 10 ngày, tính đến ngày đăng ký phục vụ trong ngạch dự bị, Ban Chỉ huy quân sự cấp xã có trách nhiệm chuyển Lệnh gọi đăng ký nghĩa vụ quân sự đến công dân thuộc đối tượng quy định tại Khoản 1, Khoản 2 Điều 18 Luật Nghĩa vụ quân sự vào tháng 4 hằng năm.
constructed calendar days, up to a meeting | 2024-01-01 | rel:-7 | sure | Tài liệu phải được gửi đến các đại biểu trước 07 ngày tính đến ngày khai mạc kỳ họp.
# "tính đến ngày" without a count back: an age, a state as of a day
held_out_2026i.yaml baoquangnam-nui-thanh-nop-ho-so-ung-cu-hdnd-2021 | 2021-02-26 | none | unsure | Theo đó, độ tuổi người ứng cử đại biểu HĐND huyện tính đến ngày bầu cử được công bố (23.5.2021) là công dân Việt Nam đủ 21 tuổi trở lên có đủ tiêu chuẩn theo quy định Luật Tổ chức chính quyền địa phương và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ.
held_out_2026v.yaml xongon-dieu-le-ban-marathon-thanh-pho-moi-binh-duong-2024 | 2024-06-01 | none | unsure | 1. Vận động viên (VĐV) phải đủ yêu cầu về độ tuổi tương ứng với các cự ly đăng ký. Tuổi được tính đến ngày thi đấu chính thức:
constructed a state as of a day | 2024-05-01 | none | unsure | Tính đến ngày 22/4/2024, toàn tỉnh có 120 xã hoàn thành.
""",
    kind="a_count_back_up_to_an_event_is_negative_days",
)

# (3) a count of working days no other reader took ("Thời gian hoàn thành: 03 ngày làm việc.", "Trong 01 ngày làm việc
# từ ngày nhận hồ sơ hợp lệ", a procedure list's cell glued to the procedure's name, "báo cáo UBND tỉnh trong 30 ngày
# làm việc"): working days are counted only for delays, so the count is a delay after the event named after it or, when
# none is, after one a person names (unsure either way). A rate ("02 ngày làm việc/năm"), the next working day of a
# rule, and the counts other readers take keep their reading.
BARE_COUNTS_OF_WORKING_DAYS = table(
    """
held_out_2026t.yaml tthc-tthue-so-nong-nghiep-muc-do-2 | 2020-01-01 | rel:15:wd | unsure | 1Cấp giấy xác nhận nội dung quảng cáo thuốc thú y15 ngày làm việc
held_out_2026y.yaml luatvietan-thanh-lap-cong-ty-2023-copy-inter-news | 2023-01-15 | rel:3:wd | unsure | Thời gian hoàn thành: 03 ngày làm việc.
held_out_2026z.yaml congbot-binh-thuan-qd-1766-2020-tthc-nganh-tu-phap | 2020-08-03 | rel:1:wd | unsure | Trong 01 ngày làm việc từ ngày nhận hồ sơ hợp lệ
constructed a report asked for with a plain "trong" | 2021-08-20 | rel:30:wd | unsure | Sở Tài nguyên và Môi trường báo cáo UBND tỉnh trong 30 ngày làm việc.
# a rate, the next working day of a rule, a delay that ``relative`` reads
held_out_2026s.yaml hf-truro7-tt-01-2021-btp-boi-duong-cong-chung-vien | 2021-02-03 | none | unsure | Khoản 1. thời gian tham gia bồi dưỡng nghiệp vụ tối thiểu là 02 ngày làm việc/năm (16 giờ/năm).
held_out_2026z.yaml taxlegal-nd-52-2021-nd-cp-gia-han-nop-thue-2021 | 2021-04-19 | none | unsure | 6. Trường hợp ngày cuối cùng của thời hạn nộp thuế được gia hạn trùng với ngày nghỉ theo quy định thì ngày cuối cùng của thời hạn được tính là ngày làm việc tiép theo của ngày nghỉ đó.
held_out_2026e.yaml sotttt-vinhphuc-lich-tiep-cong-dan-2018 | 2018-09-17 | every month at day:15 | sure | Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)
held_out_2026y.yaml luatvietan-thay-doi-dang-ky-kinh-doanh-copy-inter-news | 2022-06-01 | rel:3:wd | sure | Trong vòng 03 ngày làm việc kể từ khi nhận hồ sơ, Phòng Đăng ký kinh doanh xử lý hồ sơ hợp lệ sẽ bổ sung, thay đổi thông tin của doanh nghiệp trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.
""",
    kind="a_bare_count_of_working_days_is_a_delay",
)

# (4) the steps of a procedure, with no time ("Bước 2: Phòng QLCL tiếp nhận đăng ký ...", "- Kiểm tra, hướng dẫn, tiếp
# nhận hồ sơ, gửi phiếu hẹn trả ...", "Nếu hồ sơ không đạt yêu cầu, Trả lại hồ sơ ...", "Nhà sản xuất gửi hồ sơ ... đến
# Sở ..."): an administrative procedure or a school's guide lists who does what each time it runs, a standing duty
# (continuous, unsure). A step keeps to "the time announced" ("theo thời gian đã thông báo", "đã nêu rõ trong thông
# báo"), a participle, no report of what was done. A step's condition ("Bước 4: Nếu có khiếu nại ..."), the office's
# hours, what is no longer received, a dated step and the news of a body starting to receive files keep their reading.
PROCEDURE_STEPS = table(
    """
held_out_2026t.yaml dichvucong-longan-cong-nhan-co-so-su-dung-lao-dong-khuyet-tat | 2022-01-01 | continuous | unsure | + Nếu hồ sơ đầy đủ, hợp lệ thì công chức tiếp nhận ghi biên nhận hồ sơ, hẹn ngày trả kết quả cho cơ sở.
held_out_2026t.yaml diendanphapluat-thu-tuc-cap-gcn-buon-ban-phan-bon | 2022-01-01 | continuous | unsure | Nếu hồ sơ không đạt yêu cầu, Trả lại hồ sơ và nêu rõ lý do
held_out_2026t.yaml langco-tthue-qd-855-2019-quy-trinh-noi-bo-ldtbxh | 2019-04-04 | continuous | unsure | - Kiểm tra, hướng dẫn, tiếp nhận hồ sơ, gửi phiếu hẹn trả cho cá nhân/tổ chức.
held_out_2026t.yaml text123docz-tthc-cong-bo-rau-qua-che-an-toan | 2012-01-01 | continuous | unsure | Nhà sản xuất gửi hồ sơ công bố sản phẩm rau, quả, chè an toàn đến Sở Nông nghiệp và Phát triển nông thôn nơi sản xuất;
held_out_2026y.yaml nlu-qmo-dang-ky-hoan-thi-hk2-2020-2021-dot-2 | 2021-07-01 | continuous | unsure | Bước 2: Phòng QLCL tiếp nhận đăng ký và các minh chứng, trình Ban Giám hiệu xem xét, quyết định.
held_out_2026u.yaml huflit-huong-dan-gia-han-hoc-phi | 2020-01-01 | continuous | unsure | - Bước 3: Nộp đơn đã điền đủ thông tin về văn phòng Khoa theo thời gian đã nêu rõ trong thông báo đóng học phí.
held_out_2026x.yaml vnuf2-quy-trinh-dang-ky-hoc-phan | 2018-01-01 | continuous | unsure | Bước 2: Đăng ký đợt 1 – Sinh viên đăng ký học phần đợt 1 tại trang cá nhân theo thời gian đã thông báo.
# a step's condition, the office's hours, what is no longer received, a dated step, a start reported
held_out_2026x.yaml vnuf2-quy-trinh-dang-ky-hoc-phan | 2018-01-01 | none | unsure | Bước 4: Nếu có khiếu nại, thắc mắc về kết quả Đăng ký học phần, Sinh viên liên hệ bộ phận kế hoạch, phòng Đào tạo (P. 105, nhà A1) để được xem xét giải quyết.
held_out_2026c.yaml vnptigate-gio-tiep-nhan-ho-so-xa | 2024-01-01 | none | unsure | Thời gian tiếp nhận hồ sơ và trả kết quả: Sáng từ 07 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ từ thứ hai đến thứ sáu hàng tuần (trừ ngày lễ, tết).
held_out_2026ab.yaml citd-uit-xet-tot-nghiep-dot-3-2025 | 2025-10-31 | none | unsure | Sau thời gian trên Phòng đào tạo sẽ không tiếp nhận hồ sơ sinh viên sẽ chuyển qua xét đợt 1/2026 khi có thông báo.
held_out_2026m.yaml hcmus-tb-dang-ky-hoc-cai-thien-hk2-2019-2020 | 2020-03-30 | 2020-04-09 | sure | Bước 3: Kiểm tra lại kết quả đăng ký trên Portal vào ngày 09/04/2020.
held_out_2026o.yaml dulieuphaply-tphcm-tb-15-ubbc-nhan-ho-so-ung-cu-2021 | 2021-02-22 | none | unsure | Từ ngày 22/02/2021, Ủy ban bầu cử TP.HCM bắt đầu tiếp nhận hồ sơ ứng cử đại biểu Quốc hội và đại biểu HĐND TP.HCM.
constructed the office's name | 2024-01-01 | none | unsure | Bộ phận tiếp nhận hồ sơ và trả kết quả đặt tại tầng 1 trụ sở UBND xã.
""",
    kind="a_procedures_step_without_a_time_is_a_standing_duty",
)

# (5) a duty done every week ("... công khai tiến độ ... vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần", "Ban tư vấn sẽ trả
# lời ... hàng tuần", "Tất cả các thứ Hai đầu tuần ..."): the rules have no weekly frequency, and a task repeated each
# week with no date holds while the document applies, as a daily one does: continuous, unsure. An office's weekly hours
# ("Sáng từ 07 giờ đến 11 giờ 30, ... từ thứ hai đến thứ sáu hàng tuần") and a weekly slot inside a dated window keep
# their reading; a daily habit in hours is still one.
WEEKLY_DUTIES = table(
    """
held_out_2026.yaml vinhuni-doan-truong-dong-phuc-thang-thanh-nien-2020 | 2020-03-02 | continuous | unsure | Tất cả các thứ Hai đầu tuần trong Tháng Thanh niên từ khi công văn này ban hành.
held_out_2026t.yaml tbtc-cv-2961-btc-cong-khai-tien-do-kiem-ke-2026 | 2026-03-12 | continuous | unsure | Để bảo đảm hoàn thành công tác tổng kiểm kê năm 2026 theo đúng kế hoạch, Bộ Tài chính sẽ định kỳ công khai tiến độ thực hiện của các bộ, cơ quan trung ương và địa phương vào sáng Thứ Ba và sáng Thứ Sáu hàng tuần.
held_out_2026t.yaml tbtc-cv-2961-btc-cong-khai-tien-do-kiem-ke-2026 | 2026-03-12 | continuous | unsure | Thời điểm chốt số liệu được xác định vào 17 giờ ngày Thứ Hai và Thứ Năm hàng tuần.
held_out_2026t.yaml hf-chillies-tt-04-2010-bca-dan-chu-xay-dung-luc-luong | 2010-02-05 | continuous | unsure | 1. Những việc sau đây phải thông báo công khai, kịp thời cho cán bộ, chiến sĩ biết: a) Chương trình, kế hoạch công tác hàng tuần, tháng, quý, sáu tháng, một năm của đơn vị;
held_out_2026z.yaml daksong-the-le-cuoc-thi-sang-kien-vi-cong-dong-lan-2 | 2017-09-15 | continuous | unsure | Ban tư vấn sẽ trả lời các câu hỏi tiêu biểu của các cá nhân, tổ chức quan tâm hàng tuần, trực tiếp trên website.
# an office's weekly hours, a weekly slot in a dated window, a daily habit in hours
held_out_2026c.yaml vnptigate-gio-tiep-nhan-ho-so-xa | 2024-01-01 | none | unsure | Thời gian tiếp nhận hồ sơ và trả kết quả: Sáng từ 07 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ từ thứ hai đến thứ sáu hàng tuần (trừ ngày lễ, tết).
held_out_2026m.yaml utc-tb-cap-giay-xac-nhan-vay-von-nhcsxh-2016 | 2016-08-20 | 2016-10-10 | any | 2.  Thời gian: Chiều thứ 2, sáng thứ 4 hàng tuần từ 22/8 đến hết 10/10/2016
held_out_2026n.yaml doisongphapluat-lich-cat-dien-ha-noi-25-5-2023 | 2023-05-24 | continuous | unsure | EVNHANOI khuyến nghị các khách hàng sử dụng điện một cách tiết kiệm và hiệu quả, đồng thời hạn chế việc sử dụng các thiết bị tiêu thụ nhiều điện trong khoảng thời gian cao điểm hàng ngày từ 11h đến 14h và từ 18h đến 23h.
""",
    kind="a_duty_done_every_week_is_continuous",
)

# (6) a deadline before the Lunar New Year of a year written ("phải hoàn thành trước Tết Nguyên đán 2018", "trước Tết
# Nguyên đán Bính Ngọ 2026"): Tết is the first day of that lunar year, a solar date that moves (16/2/2018, 17/2/2026);
# "trước" it is the day before, as "trước ngày D" is. Without a year ("xét hỗ trợ trước Tết") the Tết meant is not
# written, and the other readers keep the phrase.
BEFORE_THE_LUNAR_NEW_YEAR = table(
    """
held_out_2026n.yaml cantho24h-tag-toi-hau-thu | 2017-06-01 | 2018-02-15 | any | Với việc tăng lên 6 làn xe chạy cao tốc, Thứ trưởng Bộ Giao thông Vận tải Nguyễn Nhật ra “tối hậu thư” cho Dự án đầu tư nâng cấp tuyến đường Pháp Vân - Cầu Giẽ phải hoàn thành trước Tết Nguyên đán 2018, nhằm giải tỏa giao thông ở cửa ngõ phía Nam của Thủ đô Hà Nội.
constructed a year's animal named | 2025-12-01 | 2026-02-16 | inferred | Các đơn vị hoàn thành chi trả trợ cấp trước Tết Nguyên đán Bính Ngọ 2026.
constructed "năm" before the year | 2020-11-01 | 2021-02-11 | inferred | Chủ đầu tư bàn giao nhà cho các hộ dân trước Tết năm 2021.
# no year written, a dated deadline beside Tết
held_out_2026e.yaml anninhthudo-cd-giao-duc-ho-tro-tet-2015 | 2015-01-05 | 2015-01-15 | sure | Từ nay đến 15-1-2015, Công đoàn cơ sở sẽ lập danh sách để ngành GD-ĐT xét hỗ trợ trước Tết.
held_out_2026p.yaml vietnamplus-thu-tuong-sua-nha-truoc-30-11-xay-nha-truoc-31-1-2026 | 2025-11-23 | 2026-01-30 | sure | xây dựng đề án dựng nhà cho người mất nhà cửa do mưa lũ, xong trước 31/1/2026 để đến trước Tết, người dân có nhà.
dev_2026.yaml hoitruongson-van-kien-dai-hoi-2021 | 2021-02-24 | none | unsure | (văn bản dự thảo này đã được gửi tới các đồng chí Ủy viên BCH và 95 đầu mối trực thuộc từ trước Tết Tân Sửu để nghiên cứu, thảo luận, góp ý)
""",
    kind="before_the_lunar_new_year_of_a_year_is_the_day_before_it",
)

# (7) a decision's executive article in two standard wordings ("... Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ
# Quyết định thi hành", "Điều 2. Bộ Tài chính trình Thủ tướng Chính phủ ban hành ..."): who carries the decision out,
# and what a body is charged with next, with no time: continuous, unsure. The article on when the decision takes effect,
# or what it replaces, names no body and no task; an article giving a year's targets keeps its year.
EXECUTIVE_ARTICLES = table(
    """
held_out_2026t.yaml hf-tvpl-dieu-qd-2309-2019-quangninh-ke-hoach-su-dung-dat-ba-che | 2019-06-06 | continuous | unsure | Điều 3. Chánh Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân huyện Ba Chẽ Giám đốc các Sở: Tài nguyên và Môi trường, Xây dựng, Tài chính, Cục Thuế tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành
held_out_2026z.yaml taxlegal-nq-7-nq-cp-2023-giam-tien-thue-dat-2022 | 2023-01-30 | continuous | unsure | Điều 2. Bộ Tài chính trình Thủ tướng Chính phủ ban hành Quyết định quy định về giảm tiền thuê đất, thuê mặt nước theo nội dung quy định tại Điều 1 Nghị quyết này.
constructed "căn cứ Quyết định này thi hành" | 2024-01-01 | continuous | unsure | Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ngành và Chủ tịch UBND các huyện căn cứ Quyết định này thi hành.
# when it takes effect, what it replaces, a year's targets
held_out_2026y.yaml tlu-bot-qd-215-quy-che-tuyen-sinh-dai-hoc-2023 | 2023-02-22 | none | unsure | Điều 2. Quyết định này có hiệu lực kể từ ngày ký và áp dụng đối với các khóa học tuyển sinh từ năm 2023.
held_out_2026h.yaml hieuluat-qd1689-tld-quy-che-khen-thuong-2019 | 2019-11-12 | none | unsure | Điều 2. Quyết định này thay thế Quyết định số 2106/QĐ-TLĐ ngày 28 tháng 12 năm 2017 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam và có hiệu lực kể từ ngày ký ban hành.
held_out_2026t.yaml hf-tvpl-dieu-qd-2537-2022-backan-chi-tieu-ldtbxh-2023 | 2022-12-26 | 2023-12-31 | any | Điều 1. Giao chỉ tiêu kế hoạch phát triển thuộc lĩnh vực Lao động - Thương binh và Xã hội năm 2023 cho Ủy ban nhân dân các huyện, thành phố như Biểu kèm theo.
""",
    kind="a_decisions_executive_article_is_a_standing_duty",
)

# (8) numbers that write no time of a duty: the year in a legal document's number ("Nghị định số 72/2013/NĐ-CP") or in a
# law's name ("Luật Phòng, chống tham nhũng 2018"), and a section's number opening the item ("1.1. Tiếp tục ..."): a
# duty with no time of its own that cites its legal basis or is numbered as a plan's section is still a duty without a
# time (continuous, unsure). A year or a month of the duty's own, a legal basis ("Căn cứ ..."), a birth date and a start
# keep their reading.
NUMBERS_THAT_WRITE_NO_TIME = table(
    """
held_out_2026m.yaml thuviennhadat-kh-1576-ubnd-hcm-danh-gia-hai-long-2019 | 2019-04-15 | continuous | unsure | 1. Sở, ban, ngành, Ủy ban nhân dân quận-huyện, xã, phường, thị trấn thực hiện đúng yêu cầu, tiến độ tại Kế hoạch, bảo đảm tiến độ vận hành chính thức Hệ thống đánh giá hài lòng theo quy định tại Nghị định số 61/2018/NĐ-CP.
held_out_2026t.yaml hf-turbo-e5-readme-thong-tu-trang-ttdt-tong-hop | 2014-08-19 | continuous | unsure | 4. Trang thông tin điện tử tổng hợp khi trích dẫn lại thông tin phải tuân theo quy định về nguồn tin được quy định tại khoản 18 Điều 3, khoản 2 Điều 20 Nghị định số 72/2013/NĐ-CP; không đăng tải ý kiến nhận xét, bình luận của độc giả về nội dung tin, bài được trích dẫn (trừ trang thông tin điện tử tổng hợp của cơ quan báo chí).
held_out_2026z.yaml tailieu-tuyen-quang-kh-130-kh-ubnd-ke-khai-tai-san-2025 | 2025-12-03 | continuous | unsure | 1.1. Tiếp tục tổ chức quán triệt, phổ biến sâu rộng các quy định về kê khai, công khai, kiểm soát tài sản, thu nhập theo Quyết định 56-QĐ/TW, Luật Phòng, chống tham nhũng 2018 và các văn bản hướng dẫn thi hành.
# a time of the duty's own, a legal basis, a birth date, a start
constructed a year of its own beside a number | 2024-01-01 | 2024-12-31 | sure | Các đơn vị triển khai thực hiện theo Nghị định số 61/2018/NĐ-CP, hoàn thành trong năm 2024.
held_out_2026l.yaml thcshoangluong-pgd-hiep-hoa-kh-20-tu-danh-gia-2020-2021 | 2020-10-07 | 2020-11-30 | any | 1.1. Trong tháng 11/2020 Sở GD&ĐT sẽ tổ chức kiểm tra việc triển khai thực hiện công tác tự đánh giá của các các trường trực thuộc Phòng GD&ĐT Hiệp Hòa.
constructed a legal basis | 2024-01-01 | none | unsure | Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;
held_out_2026i.yaml xxbth-vff-dieu-le-giai-hang-ba-2009 | 2009-09-01 | none | unsure | 3.1 T 16 tui tr ln (sinh trc ngy 1/1/1994)
held_out_2026e.yaml baobariavungtau-luat-cu-tru-chau-duc-2022 | 2022-11-15 | none | unsure | Theo quy định tại Luật Cư trú 2020, từ ngày 1/1/2023 toàn bộ sổ hộ khẩu, sổ tạm trú bằng giấy sẽ không còn giá trị sử dụng.
""",
    kind="a_documents_number_or_a_sections_number_is_no_time",
)

# (9) a periodic report's frequency field ("1.3. Tần suất thực hiện báo cáo: Theo quý", "Theo tháng hoặc quý"): a list
# of periodic reports (a ministry's "danh mục báo cáo định kỳ") gives how often each recurs in one field and its day in
# another; the frequency field alone sets no deadline: continuous, unsure. The deadline field keeps its rule, and a
# frequency written as "hằng năm" keeps its frequency as the review cycle of a continuous duty (the convention for a
# frequency without a day, test_tuning_frequency_classes.py, class 1).
FREQUENCY_FIELDS = table(
    """
held_out_2026z.yaml taxlegal-qd-1421-qd-btc-danh-muc-bao-cao-dinh-ky-thue-2022 | 2022-07-15 | continuous | unsure | 1.3. Tần suất thực hiện báo cáo: Theo quý
held_out_2026z.yaml taxlegal-qd-1421-qd-btc-danh-muc-bao-cao-dinh-ky-thue-2022 | 2022-07-15 | continuous | unsure | 4.3. Tần suất thực hiện báo cáo: Theo tháng
held_out_2026z.yaml taxlegal-qd-1421-qd-btc-danh-muc-bao-cao-dinh-ky-thue-2022 | 2022-07-15 | continuous | unsure | 5.3. Tần suất thực hiện báo cáo: Theo tháng hoặc quý. Riêng đối với trường hợp bán xăng dầu cho khách hàng thì thực hiện theo ngày.
constructed the field without "thực hiện" | 2022-07-15 | continuous | unsure | Tần suất báo cáo: theo năm.
# the deadline field of the same list, a yearly frequency written with "hằng"
constructed the deadline field | 2022-07-15 | every quarter at after:1:day:20 | sure | 1.4. Thời hạn gửi báo cáo: Chậm nhất ngày 20 của tháng đầu quý sau
constructed "hằng năm" | 2022-07-15 | continuous review every year at end | unsure | Tần suất báo cáo: Hằng năm.
""",
    kind="a_reports_frequency_field_sets_no_deadline",
)

# (10) a past word inside the task, describing what it is about ("yêu cầu các đơn vị khẩn trương rà soát các trường đã
# đăng ký xây dựng trường chuẩn ...", "rà soát các hộ đã được hỗ trợ"): in the duty's clause, after its sign, it is no
# report of what was done; the duty stands (continuous, unsure). A past word before the asking verb, or in a clause of
# its own after the duty (a result), keeps the sentence a report.
PAST_WORDS_INSIDE_THE_TASK = table(
    """
held_out_2026x.yaml cand-ha-noi-truong-cong-lap-dat-chuan-2019 | 2019-01-15 | continuous | unsure | Sở Giáo dục và Đào tạo yêu cầu các đơn vị khẩn trương rà soát các trường đã đăng ký xây dựng trường chuẩn năm 2018 và lộ trình triển khai năm 2019 để hoàn thành đúng tiến độ; thực hiện các giải pháp để giảm áp lực về sĩ số học sinh/lớp...
constructed households already helped | 2024-01-01 | continuous | unsure | UBND huyện yêu cầu các xã rà soát các hộ đã được hỗ trợ nhà ở.
# a report, a result in a clause of its own
constructed a past request | 2024-03-01 | none | unsure | Sở đã yêu cầu các trường thông báo cho phụ huynh.
constructed a result after the request | 2024-01-01 | none | unsure | Sở yêu cầu các trường báo cáo kết quả, các trường đã gửi đủ báo cáo.
""",
    kind="a_past_word_inside_the_task_is_no_report",
)

test_each_class_reads_as_its_table_says = table_test(
    DELAYS_IN_HOURS,
    COUNTED_UP_TO_AN_EVENT,
    BARE_COUNTS_OF_WORKING_DAYS,
    PROCEDURE_STEPS,
    WEEKLY_DUTIES,
    BEFORE_THE_LUNAR_NEW_YEAR,
    EXECUTIVE_ARTICLES,
    NUMBERS_THAT_WRITE_NO_TIME,
    FREQUENCY_FIELDS,
    PAST_WORDS_INSIDE_THE_TASK,
)
