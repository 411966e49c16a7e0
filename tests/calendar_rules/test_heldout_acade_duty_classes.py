"""Classes of real duties the parser missed in held_out_2026ac, ad and ae (answers sent to review), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines, none-lines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a past word naming the case a procedure's time limit is for ("Nếu bạn đã có thẻ Căn cước ...: Thời gian không
# quá 03 ngày làm việc"), or the thing it is about ("Điều chỉnh nội dung đã ghi trên Sổ ..."): no report of work done,
# so the limit is read (conditions.py). A past word outside a condition still tells what happened.
PASTS_IN_A_CONDITION = table(
    """
held_out_2026ad.yaml capphutho-faq-dinh-danh-xac-thuc | 2026-02-14 | rel:3:wd | unsure | Trường hợp 1: Nếu bạn đã có thẻ Căn cước công dân gắn chip hoặc thẻ căn cước còn hiệu lực: Thời gian không quá 03 ngày làm việc.
held_out_2026ad.yaml capphutho-faq-can-cuoc | 2026-02-14 | rel:3:wd | unsure | 03 ngày làm việc: Nếu thông tin số CMND 9 số của bạn đã có trong Cơ sở dữ liệu quốc gia về dân cư,.
held_out_2026ad.yaml vietan-dich-vu-bao-hiem-xa-hoi | 2023-05-09 | rel:5 | any | Điều chỉnh nội dung đã ghi trên Sổ Bảo hiểm xã hội: không quá 05 ngày kể từ ngày nhận đủ hồ sơ theo quy định.
held_out_2026y.yaml luatvietan-dang-ky-kieu-dang-cong-nghiep-copy-inter-news | 2022-06-01 | rel:3:mo | any | Một số tài liệu có thể nộp trong thời hạn 03 tháng kể từ ngày nộp đơn như: Bản tiếng Việt của bản mô tả kiểu dáng công nghiệp, nếu trong đơn đã có bản tiếng Anh/Pháp/Nga của tài liệu đó; Chứng từ nộp phí nộp đơn và phí công bố đơn.
# a past word of its own ("Các trường hợp ... đã xảy ra", a noun, no condition; "Ban chỉ đạo huyện đã vận động") is a report
held_out_2026d.yaml nguoihanoi-tong-dieu-tra-dan-so-2019 | 2019-03-22 | none | unsure | Các trường hợp chết của hộ dân cư đã xảy ra từ ngày 16/02/2018 đến hết ngày 31/03/2019 và nhà ở của hộ dân cư.
held_out_2026s.yaml baobinhduong-phugiao-ke-hoach-hien-mau-2015 | 2015-01-20 | none | unsure | Năm 2014, Ban chỉ đạo huyện đã vận động và tổ chức được 7 đợt hiến máu tình nguyện và đã thu được 1.035 đơn vị máu.
constructed a condition closed by a comma, then a report | 2024-03-01 | none | unsure | Nếu có vướng mắc, Sở đã hướng dẫn các đơn vị hoàn thành trước ngày 15/02/2024.
""",
    kind="a_past_word_in_a_condition_is_no_report",
)

# (2) a step due the day after an event ("phải thông báo trước 08 giờ sáng ngày hôm sau", "nộp hồ sơ khai thuế ... trong
# ngày tiếp theo sau khi cổng thông tin điện tử ... tiếp tục hoạt động"): one day after the event, whose day is not
# written, for review (next_day.py). A count of days ("05 ngày tiếp theo"), a next working day, and a shift off a holiday
# beside a day of the month keep their readings.
NEXT_DAYS = table(
    """
held_out_2026ad.yaml capphutho-faq-cu-tru | 2026-02-14 | rel:1 | unsure | Trường hợp người đến lưu trú sau 23 giờ, thì phải thông báo trước 08 giờ sáng ngày hôm sau.
held_out_2026ad.yaml tnt305-han-chot-nop-to-khai-thue-quy-3-2024 | 2024-10-01 | rel:1 | unsure | Trường hợp người nộp thuế khai thuế thông qua giao dịch điện tử trong ngày cuối cùng của thời hạn nộp hồ sơ khai thuế mà cổng thông tin điện tử của cơ quan thuế gặp sự cố thì người nộp thuế nộp hồ sơ khai thuế, chứng từ nộp thuế điện tử trong ngày tiếp theo sau khi cổng thông tin điện tử của cơ quan thuế tiếp tục hoạt động.
held_out_2026m.yaml dsa-ctu-giay-xac-nhan-vay-von-nd-157 | 2021-09-15 | rel:1 | unsure | + Sinh viên đăng ký trong buổi sáng từ thứ hai đến thứ năm: Sẽ nhận vào buổi chiều từ 16 giờ ngày hôm sau
constructed results the next afternoon | 2024-03-01 | rel:1 | unsure | Hồ sơ nhận buổi sáng thì trả kết quả vào buổi chiều ngày hôm sau.
# a count of days, a next working day, a day of the month with its holiday shift
constructed a count of next days | 2024-03-01 | rel:5 | unsure | Các đơn vị hoàn thiện hồ sơ trong 05 ngày tiếp theo kể từ ngày nhận thông báo.
constructed the next working day | 2024-03-01 | none | unsure | Nếu hạn nộp trùng ngày nghỉ thì hạn nộp là ngày làm việc tiếp theo.
held_out_2026j.yaml sotuphap-haugiang-cv-747-sinh-hoat-chi-bo-2023 | 2023-02-26 | every month at day:1 | certain | 1. Chi bộ trong các cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể, cơ quan hành chính, đơn vị sự nghiệp, lực lượng vũ trang, doanh nghiệp Nhà nước tổ chức sinh hoạt chi bộ vào buổi sáng ngày 01 của tháng, sau Lễ chào cờ (Lễ chào cờ hàng tháng được tổ chức vào lúc 6 giờ 45 phút; nếu ngày 01 trùng với ngày thứ Bảy, Chủ Nhật hoặc ngày nghỉ lễ, Tết thì chuyển sang ngày tiếp theo).
""",
    kind="a_step_due_the_next_day_after_an_event",
)

# (3) one period set apart from a return's rule in brackets ("Hằng quý, trước ngày 10 của tháng đầu quý tiếp theo (riêng
# quý IV là vào ngày 10 tháng 02 năm sau) ..."): the rule is the one outside the brackets, for review, since the
# bracket's period is due otherwise (set_apart.py); read whole, the bracket's day of the next year hid the quarterly
# rule. A bracket that sets apart a group of pupils, and the rules written without a bracket, keep their readings.
PERIODS_SET_APART = table(
    """
held_out_2026ae.yaml hr8cd-tt-05-2023-tt-bkhdt-giam-sat-danh-gia-dau-tu | 2023-06-30 | every quarter at after:1:day:10 offset -1d | unsure | Hằng quý, trước ngày 10 của tháng đầu quý tiếp theo (riêng quý IV là vào ngày 10 tháng 02 năm sau) phải xác nhận dữ liệu đã cập nhật trên Hệ thống thông tin nghiệp vụ.
held_out_2026ae.yaml hr8cd-tt-05-2023-tt-bkhdt-giam-sat-danh-gia-dau-tu | 2023-06-30 | every quarter at after:1:day:15 offset -1d | unsure | Hằng quý, trước ngày 15 của tháng đầu quý tiếp theo (riêng quý IV là vào ngày 15 tháng 02 năm sau) phải xác nhận dữ liệu đã cập nhật trên Hệ thống thông tin nghiệp vụ của các chương trình, dự án do các chủ dự án thành phần, chủ đầu tư thuộc phạm vi quản lý cập nhật trên Hệ thống thông tin nghiệp vụ.
constructed a month set apart | 2024-03-01 | every month at after:1:day:5 | unsure | Hằng tháng, chậm nhất ngày 05 của tháng tiếp theo (riêng tháng 12 gửi trước ngày 20 tháng 12) các đơn vị gửi báo cáo.
# a group of pupils set apart; the rules without a bracket
held_out_2026i.yaml baoninhthuan-qd-1435-khung-nam-hoc-2017-2018 | 2017-07-20 | 2018-05-19 | certain | (riêng khối lớp 9 và lớp 12 hoàn thành vào ngày 19-5-2018).
constructed a yearly return | 2024-03-01 | every year at after:1:day:15 | certain | Báo cáo năm gửi chậm nhất ngày 15 tháng 01 năm sau.
constructed a quarterly return | 2024-03-01 | every quarter at after:1:day:15 offset -1d | certain | Các đơn vị gửi báo cáo trước ngày 15 tháng đầu quý sau.
""",
    kind="a_period_set_apart_in_brackets_leaves_the_rule_outside",
)

# (4) a campaign's or contest's span given to someone as a task ("UBND tỉnh giao Sở ... chủ trì, ... tổ chức triển khai
# phát động phong trào từ ngày 20/11/2018 đến 01/8/2019"), or labelled as its time ("Thời gian nhận tác phẩm từ ngày phát
# động 23-6-2022 đến 15-5-2023"): a window due at its end, like an event given as a task, for review (campaigns.py). The
# span a campaign runs, told by who launched it, stays no deadline.
CAMPAIGNS_GIVEN_AS_TASKS = table(
    """
held_out_2026ac.yaml krongno-kh-613-kh-ubnd-daknong-chong-rac-thai-nhua-2018 | 2018-11-22 | 2019-08-01 | unsure | Để triển khai thực hiện tốt kế hoạch này, UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với các Sở, Ban, ngành, đoàn thể, các tổ chức chính trị, xã hội, UBND các huyện, thị xã tổ chức triển khai phát động phong trào từ ngày 20/11/2018 đến 01/8/2019.
held_out_2026k.yaml dulichbinhduong-the-le-cuoc-thi-net-dep-hau-giang-2024 | 2024-05-10 | 2024-08-14 | unsure | - Thời gian thi: Cuộc thi được phát động và tiếp nhận tác phẩm dự thi từ tháng 5 năm 2024 đến ngày 14 tháng 8 năm 2024.
held_out_2026y.yaml hanoipr-cuoc-thi-anh-thieng-lieng-co-to-quoc-2022-2023 | 2023-01-20 | 2023-05-15 | unsure | – Thời gian nhận tác phẩm từ ngày phát động 23-6-2022 đến 15-5-2023.
# the span a campaign runs, told by who launched it
held_out_2026.yaml phunukontum-gia-han-lang-nghe-con-noi-2023 | 2023-08-10 | none | unsure | do Đoàn Chủ tịch TW Hội Liên hiệp phụ nữ Việt Nam phát động từ ngày 01/5/2023 – 15/8/2023 (theo kế hoạch số 289/KH-ĐCT ngày 28/04/2023).
constructed a movement's span | 2024-03-01 | none | unsure | Phong trào thi đua do Tỉnh đoàn phát động từ ngày 01/3/2024 đến ngày 30/4/2024.
""",
    kind="a_campaign_given_as_a_task_is_a_window",
)

# (5) a whole sentence in quotation marks that sets a limit or a duty ("“100% giáo viên dạy lớp 1 ... phải được bồi dưỡng
# ... trước ngày 30/7”.", "“Trước ngày 15 tháng 01 hằng năm báo cáo Sở ...”"): a provision quoted word for word, read as
# written, not a quoted name whose dates belong to it (quoted.py). A quoted name inside a sentence, and a whole slogan
# with no limit nor duty (a banner), are still blanked.
QUOTED_PROVISIONS = table(
    """
held_out_2026ac.yaml thquangtrung-camau-truoc-30-7-boi-duong-gv-lop-1-2020 | 2020-05-21 | 2020-07-29 | any | “100% giáo viên dạy lớp 1 năm học 2020-2021 phải được bồi dưỡng hướng dẫn thực hiện chương trình Giáo dục phổ thông 2018 trước ngày 30/7”.
held_out_2026z.yaml hddtvn-so-tay-ke-toan-thang-01-2021 | 2021-01-02 | every year at date:01-15 offset -1d | any | “Trước ngày 15 tháng 01 hằng năm báo cáo Sở Lao động – Thương binh và Xã hội về tình hình tham gia bảo hiểm thất nghiệp của năm trước”
held_out_2026z.yaml hddtvn-so-tay-ke-toan-thang-01-2021 | 2021-01-02 | every month at day:3 offset -1d | any | “Trước ngày 03 hằng tháng, người sử dụng lao động phải thông báo theo Mẫu số 29 ban hành kèm theo Thông tư này với trung tâm dịch vụ việc làm nơi đặt trụ sở làm việc về tình hình biến động lao động làm việc tại đơn vị nếu có (tính theo tháng dương lịch của tháng liền trước thời điểm thông báo).”
# a quoted name in a sentence; a banner's slogan
held_out_2026u.yaml haugiang-long-my-thang-nhan-dao-2019 | 2019-04-25 | 2019-05-31 | unsure | “Tháng nhân đạo” năm 2019 bắt đầu từ ngày 1 đến 31-5,
held_out_2026d.yaml sgdbinhduong-tb-143-gvdg-gdcn-2012 | 2012-02-10 | none | unsure | "Ngày 23/5/2021, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026"
constructed a project's name | 2024-03-01 | none | unsure | Đề án “Đào tạo nghề cho lao động nông thôn đến năm 2025”
""",
    kind="a_whole_sentence_quoted_is_a_provision",
)

# (6) a roadmap's step set for a year that opens its clause, with the organising verb right after it and no one named
# ("Năm 2020, tổ chức thành công đại hội đảng bộ ...", "Nghị quyết nêu rõ, năm 2019 tiến hành rà soát, ..."): the plan's
# task due by the end of that year, for review (roadmaps.py), as a goal of a year is. A subject after the year (news of
# what someone does), a year already over when issued, and what was done ("tổ chức được") are no such step.
ROADMAP_STEPS = table(
    """
held_out_2026ac.yaml dakrlap-nq-32-nq-cp-2019-sap-xep-don-vi-hanh-chinh-huyen-xa | 2019-08-08 | 2019-12-31 | unsure | Nghị quyết nêu rõ, năm 2019 tiến hành rà soát, sửa đổi, bổ sung, ban hành mới các quy định pháp luật liên quan đến sắp xếp các đơn vị hành chính cấp huyện, cấp xã; cơ bản hoàn thành việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã có diện tích tự nhiên và quy mô dân số chưa đạt 50% tiêu chuẩn theo quy định.
held_out_2026ac.yaml dakrlap-nq-32-nq-cp-2019-sap-xep-don-vi-hanh-chinh-huyen-xa | 2019-08-08 | 2020-12-31 | unsure | Năm 2020, tổ chức thành công đại hội đảng bộ cấp huyện, cấp xã nhiệm kỳ 2020 - 2025 tại những đơn vị hành chính mới hình thành sau khi sắp xếp; tiến hành sắp xếp, bố trí đội ngũ cán bộ lãnh đạo, quản lý và giải quyết chế độ, chính sách đối với những người dôi dư sau đại hội đảng bộ cấp huyện, cấp xã nhiệm kỳ 2020 - 2025 tại những đơn vị hành chính cấp huyện, cấp xã mới hình thành sau khi sắp xếp.
held_out_2026ac.yaml dakrlap-nq-32-nq-cp-2019-sap-xep-don-vi-hanh-chinh-huyen-xa | 2019-08-08 | 2021-12-31 | unsure | Năm 2021, tổ chức thành công cuộc bầu cử đại biểu hội đồng nhân dân và kiện toàn tổ chức của hội đồng nhân dân, UBND cấp huyện, cấp xã nhiệm kỳ 2021 - 2026 tại những đơn vị hành chính mới hình thành sau khi sắp xếp.
constructed a plan's step | 2024-03-01 | 2025-12-31 | unsure | - Năm 2025, hoàn thành việc số hóa hồ sơ hộ tịch trên địa bàn huyện.
# someone named after the year; a year gone by; what was done
held_out_2026x.yaml giaoducthoidai-le-phi-thi-dgnl-dhqg-hcm-2023 | 2023-02-01 | none | unsure | Năm 2023, ĐH Quốc gia TP.HCM tổ chức 2 đợt thi đánh giá năng lực, kỳ thi vẫn giữ ổn định như năm 2022.
held_out_2026e.yaml hnmvn-cv-133-vhcs-hoi-dien-2021 | 2021-03-08 | none | unsure | Năm 2021, Hội người mù Việt Nam sẽ tổ chức Hội diễn nghệ thuật quần chúng “Tiếng hát từ trái tim” lần thứ VI năm 2021 (theo Kế hoạch số 46/HNM-TVG, ngày 26 tháng 02 năm 2021).
constructed a year gone by | 2024-03-01 | none | unsure | Năm 2023, tổ chức thành công đại hội chi bộ nhiệm kỳ 2023 - 2025.
constructed what was done | 2024-03-01 | none | unsure | Năm 2024, tổ chức được 7 đợt hiến máu tình nguyện.
""",
    kind="a_roadmaps_step_is_due_by_its_years_end",
)

# (7) "không" inside a noun ("Cục Hàng không Việt Nam", "phòng không", "không gian", "không khí", "không quân") is no
# "not": a duty of the aviation authority before a day is no ban on acting before it (refusals). A ban stays refused.
KHONG_IN_NOUNS = table(
    """
held_out_2026ae.yaml hr8cd-tt-18-2026-tt-bxd-chuong-trinh-an-toan-hang-khong | 2026-04-30 | 2027-01-14 | any | Chỉ tiêu thực hiện an toàn hàng không đối với từng chỉ số thực hiện an toàn hàng không được Cục Hàng không Việt Nam xác định và công bố bằng văn bản trước 15 tháng 01 hàng năm đáp ứng các yêu cầu sau:
constructed an airline's report | 2026-03-01 | 2026-05-14 | sure | Các hãng hàng không gửi báo cáo trước ngày 15/5/2026.
# a ban on acting before a day
deadline_phrases.yaml thuonghieucongluan-xet-tuyen-2025 | 2025-07-16 | none | unsure | Bộ Giáo dục và Đào tạo yêu cầu các trường không được tổ chức nhập học trước ngày 22/8.
held_out_2026v.yaml baomoi-han-cuoi-xac-nhan-nhap-hoc-dai-hoc-2023 | 2023-09-08 | none | unsure | Theo quy định của Bộ GD&ĐT, các cơ sở đào tạo không được kết thúc xác nhận nhập học hoặc kết thúc nhập học trước 17h ngày 8/9 (kể cả đối với các chương trình liên kết đào tạo với nước ngoài).
""",
    kind="khong_inside_a_noun_is_no_ban",
)

# (8) a yearly day written without "ngày" ("trước 15 tháng 01 hàng năm", "chậm nhất 31 tháng 3 hằng năm"): the rule's
# day, not the month's end (yearly_day.py; read whole, only "tháng 01 hàng năm" was seen). A count of months is no day.
YEARLY_DAYS_WITHOUT_NGAY = table(
    """
held_out_2026ae.yaml hr8cd-tt-18-2026-tt-bxd-chuong-trinh-an-toan-hang-khong | 2026-04-30 | every year at date:01-15 offset -1d | any | Chỉ tiêu thực hiện an toàn hàng không đối với từng chỉ số thực hiện an toàn hàng không được Cục Hàng không Việt Nam xác định và công bố bằng văn bản trước 15 tháng 01 hàng năm đáp ứng các yêu cầu sau:
constructed by a day of March | 2024-03-01 | every year at date:03-31 | any | Báo cáo gửi chậm nhất 31 tháng 3 hằng năm.
constructed with "ngày" | 2024-03-01 | every year at date:01-15 offset -1d | any | Các đơn vị công bố trước ngày 15 tháng 01 hằng năm.
""",
    kind="a_yearly_day_without_ngay",
)

# (9) months counted back "trong vòng" (within) the months before an event ("trong vòng 06 tháng trước khi kết thúc kỳ
# hạn hiệu lực chủ văn bằng bảo hộ phải nộp ..."), as days are ("trong vòng 30 ngày trước khi ..."): negative months, the
# event up to the duty's "phải" (delays.py). The other wordings of months back keep their readings.
MONTHS_WITHIN_BEFORE = table(
    """
held_out_2026ad.yaml vietan-dang-ky-sang-che | 2023-05-09 | rel:-6:mo | any | Để được duy trì hiệu lực văn bằng bảo hộ, trong vòng 06 tháng trước khi kết thúc kỳ hạn hiệu lực chủ văn bằng bảo hộ phải nộp yêu cầu duy trì hiệu lực.
constructed within three months before | 2024-03-01 | rel:-3:mo | any | Trong thời hạn 03 tháng trước khi hết hạn giấy phép, tổ chức phải nộp hồ sơ gia hạn.
# days within, months at the latest
constructed days within | 2024-03-01 | rel:-30 | any | Chủ văn bằng phải nộp yêu cầu trong vòng 30 ngày trước khi kết thúc kỳ hạn hiệu lực.
constructed a month at the latest | 2024-03-01 | rel:-1:mo | any | Phòng Đào tạo thông báo chậm nhất 1 tháng trước khi bắt đầu học kỳ.
""",
    kind="months_within_before_an_event",
)

test_each_class_reads_as_its_table_says = table_test(
    PASTS_IN_A_CONDITION,
    NEXT_DAYS,
    PERIODS_SET_APART,
    CAMPAIGNS_GIVEN_AS_TASKS,
    QUOTED_PROVISIONS,
    ROADMAP_STEPS,
    KHONG_IN_NOUNS,
    YEARLY_DAYS_WITHOUT_NGAY,
    MONTHS_WITHIN_BEFORE,
)
