"""The classes found when held_out_2026n.yaml was scored (71.2% right, 2 confident-wrong), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document (held_out_2026n.yaml
and the files before it are development data). Rows marked "constructed" are the same class in another shape (other
bodies, dates, word orders), written for this test; none comes from a held-out set still to be scored. The row format
is in tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a rule that repeats with no day written ("giao Sở Công thương hàng năm phối hợp ...", "tổ chức sơ kết hằng năm"):
# the end of the period is only a guess (the duty may be continuous, or due on a day set elsewhere), so the reading is
# never certain. A day, a month or a quarter written keeps the rule sure. (Since the tuning over the whole corpus, a
# frequency without a day in a sentence is continuous, its frequency kept as the review cycle: the corpus readers'
# convention, tests/calendar_rules/test_tuning_frequency_classes.py, class 1.)
BARE_PERIODS = table(
    """
held_out_2026n.yaml baodongnai-70-diem-hoi-cho-trien-lam-2024 | 2023-10-17 | continuous review every year at end | unsure | UBND tỉnh giao Sở Công thương hàng năm phối hợp với UBND các huyện, thành phố và các đơn vị liên quan tham mưu UBND tỉnh rà soát, bổ sung, cập nhật danh mục các địa điểm được tổ chức hội chợ, triển lãm thương mại trên địa bàn tỉnh.
dev_2025.yaml luatminhkhue-qd-55-2007-ninh-thuan | 2007-03-05 | every year at end | unsure | tổ chức sơ kết hằng năm
constructed a monthly check with no day | 2024-03-01 | continuous review every month at end | unsure | Hằng tháng, các đơn vị kiểm tra kho vật tư phòng chống thiên tai.
constructed a quarterly meeting with no day | 2024-03-01 | every quarter at end | unsure | Chi bộ họp mỗi quý một lần.
# a day or a month written keeps the rule sure
constructed a monthly report with its day | 2024-03-01 | every month at day:20 | sure | Các đơn vị báo cáo chậm nhất ngày 20 hằng tháng.
constructed a yearly report with its month | 2024-03-01 | every year at month:11 | sure | Các trường gửi báo cáo vào tháng 11 hằng năm.
""",
    kind="a_rule_with_no_day_written_is_never_certain",
)

# (2) a named campaign month or week described with its theme ("Tháng hành động phòng, chống ma túy từ ngày 01 –
# 30/6/2023 với chủ đề ..."): the span the campaign runs, no one's deadline. A duty given in the phrase keeps the span.
THEMED_PERIODS = table(
    """
held_out_2026n.yaml thuvienbinhthuan-thang-hanh-dong-pcmt-2023 | 2023-06-01 | none | unsure | Tháng hành động phòng, chống ma túy (PCMT) từ ngày 01 – 30/6/2023 với chủ đề “PCMT quyết liệt, hiệu quả, nâng cao trách nhiệm, chủ động phối hợp – Vì một cộng đồng sạch ma túy”.
constructed a national safety week with its message | 2024-04-20 | none | unsure | Tuần lễ quốc gia an toàn, vệ sinh lao động từ ngày 01 đến ngày 07/5/2024 với thông điệp “Lao động an toàn”.
constructed a youth month with its slogan | 2025-02-20 | none | unsure | - Tháng Thanh niên từ ngày 01/3 đến 31/3/2025 với khẩu hiệu “Tuổi trẻ xung kích”.
# a duty in the phrase keeps the span a deadline
constructed a campaign month with a report due | 2023-05-20 | 2023-06-30 | sure | Tháng hành động từ ngày 01 – 30/6/2023 với chủ đề “An toàn”, các đơn vị phải báo cáo kết quả.
""",
    kind="a_themed_campaign_period_is_no_deadline",
)

# (3) a weekday standing for "ngày", its year after a comma ("Thứ Hai, 12 tháng 6, 2024: hạn chót ..."): the day
# written, not the end of the month in the issue year.
WEEKDAY_DATES = table(
    """
constructed a deadline row led by its weekday | 2023-05-01 | 2024-06-12 | sure | Thứ Hai, 12 tháng 6, 2024: hạn chót nộp hồ sơ
constructed a weekday, "ngày" and the year | 2025-10-01 | 2025-11-21 | sure | Thứ Sáu, ngày 21 tháng 11 năm 2025: hạn nộp báo cáo
constructed a deadline then its weekday | 2024-01-10 | 2024-03-05 | sure | Hạn chót: thứ Ba, 5 tháng 3 năm 2024.
constructed a Sunday deadline | 2024-01-10 | 2024-03-10 | sure | Nộp bài dự thi chậm nhất Chủ nhật, 10 tháng 3, 2024.
# (and "ngày" with its year after a comma: the year written, not the issue year's)
constructed a spelled day, its year after a comma | 2018-11-09 | 2024-12-04 | sure | Nộp hồ sơ trước ngày 5 tháng 12, 2024.
constructed a number after the comma is no year | 2018-11-09 | 2018-12-04 | inferred | Hoàn thành trước ngày 5 tháng 12, 20 đơn vị tham gia.
""",
    kind="a_weekday_then_its_day_is_that_day",
)

# (4) a duty asked of bodies in a news item with an urging verb and no time ("Thủ tướng ... yêu cầu các bộ, ngành ...
# bắt tay ngay vào công việc", "UBND TP cũng chỉ đạo các sở-ngành ... tăng cường tuyên truyền", "UBND huyện ... cần huy
# động ...", "Ủy ban MTTQ huyện mong muốn các cấp ủy ... đẩy mạnh ...", "Bộ trưởng ... vừa ban hành ba công điện, đề
# nghị ..."): continuous, for a person to confirm. "vừa" before the asking verb reports the request, not the duty done;
# "chỉ đạo" as a noun ("Thực hiện chỉ đạo của ...") or an item heading with a year stays no duty.
URGED_IN_NEWS = table(
    """
held_out_2026n.yaml viettimes-thu-tuong-ngay-lam-viec-dau-tien-sau-tet | 2025-02-03 | continuous | unsure | Trong ngày làm việc đầu tiên sau kỳ nghỉ Tết, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành và Văn phòng Chính phủ bắt tay ngay vào công việc với tinh thần quyết liệt, hiệu quả, làm việc nào dứt việc đó, không để chậm trễ, tồn đọng.
held_out_2026n.yaml voh-hcm-giai-quyet-ho-so-cap-giay-chung-nhan-ton-dong-2018 | 2018-11-10 | continuous | unsure | UBND TP cũng chỉ đạo các sở-ngành liên quan và UBND quận-huyện tăng cường tuyên truyền pháp luật về đất đai và pháp luật có liên quan như Luật quy hoạch, Luật khiếu nại, Luật tố cáo, Luật tiếp công dân.
held_out_2026n.yaml kinhtemoitruong-dinh-quan-phu-xanh-dat-trong-2022 | 2022-08-13 | continuous | unsure | Với nhiệm vụ trồng 2,5 triệu cây xanh, UBND huyện Định Quán cần huy động cả hệ thống chính trị, rà soát, đánh giá những diện tích giao khoán, trồng những nơi có đất, trồng bổ sung diện tích rừng chưa phủ xanh.
held_out_2026n.yaml mattran-muong-ang-phat-dong-quy-vi-nguoi-ngheo-2023 | 2023-11-14 | continuous | unsure | Trong tháng cao điểm vì người nghèo, Ủy ban MTTQ huyện mong muốn các cấp ủy, tổ chức đảng, cơ quan, tổ chức, đơn vị, doanh nghiệp đẩy mạnh công tác tuyên truyền; vận động cán bộ, hội viên, người lao động tích cực tham gia ủng hộ Quỹ “Vì người nghèo” các cấp; thực hiện các hoạt động từ thiện, nhân đạo, an sinh xã hội, giúp đỡ các hộ nghèo, hộ cận nghèo
held_out_2026n.yaml vneconomy-cong-dien-hoi-cho-mua-thu-2025 | 2025-10-08 | continuous | unsure | Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên vừa ban hành ba công điện liên tiếp, đề nghị các bộ, ngành, hiệp hội và địa phương khẩn trương phối hợp hoàn thiện công tác chuẩn bị Hội chợ Mùa Thu 2025, bảo đảm tiến độ, quy mô và an toàn tuyệt đối cho sự kiện.
constructed a province directing districts to step up | 2024-03-01 | continuous | unsure | UBND tỉnh chỉ đạo các huyện đẩy mạnh kiểm tra an toàn thực phẩm.
constructed a ministry that just asked provinces | 2024-03-01 | continuous | unsure | Bộ Y tế vừa có văn bản yêu cầu các tỉnh tăng cường giám sát dịch sốt xuất huyết.
constructed a body that needs to set things right | 2024-03-01 | continuous | unsure | Các trường cần chấn chỉnh việc thu các khoản ngoài quy định.
# what is not a duty given: a direction as a noun, a direction already carried out, an item heading with its year
constructed a direction done | 2024-03-01 | none | unsure | Sở đã chỉ đạo các trường tăng cường kiểm tra.
held_out_2026m.yaml anlao-hoi-lhpn-huyen-nhiem-vu-2016 | 2016-02-25 | none | unsure | Chỉ đạo các hội cơ sở, tổ chức tổng kết năm 2015 và triển khai nhiệm vụ năm 2016.
dev_2026.yaml travinh-cv-1127-hu-cang-long-2022 | 2022-05-27 | none | unsure | quan tâm chỉ đạo thực hiện đảm bảo yêu cầu, nội dung và thời gian theo quy định./.
""",
    kind="a_duty_urged_in_the_news_is_continuous",
)

# (5) a past word in a clause of its own before the duty ("Đối với các địa phương đã và đang có dịch bệnh động vật, Bộ
# NN&PTNT yêu cầu cần thực hiện ...", "... diện tích đất nông nghiệp đã thực hiện xong việc dồn điền đổi thửa, Sở ...
# đề nghị UBND các huyện ... tập trung ...") tells what the subject is, not the duty done: the duty given with no time
# is continuous, for a person to confirm. A past word in the duty's own clause ("Sở đã yêu cầu ...") is still a report.
PAST_IN_ANOTHER_CLAUSE = table(
    """
held_out_2026m.yaml moitruong-bo-nnptnt-cong-bo-dich-benh-dong-vat | 2019-06-01 | continuous | unsure | Đối với các địa phương đã và đang có dịch bệnh động vật, Bộ NN&PTNT yêu cầu cần thực hiện việc công bố dịch cấp huyện, cấp tỉnh và tổ chức chống dịch theo đúng quy định, bảo đảm xử lý dứt điểm các ổ dịch.
held_out_2026n.yaml cand-ha-noi-cap-giay-chung-nhan-dat-nong-nghiep-sau-don-dien | 2020-07-01 | continuous | unsure | Được biết, để bảo đảm thực hiện hoàn thành việc cấp lại, cấp đổi giấy chứng nhận đối với diện tích đất nông nghiệp đã thực hiện xong việc dồn điền đổi thửa, Sở Tài nguyên và Môi trường Hà Nội đề nghị UBND các huyện, thị xã tập trung chỉ đạo, triển khai đồng bộ các giải pháp theo quy định của pháp luật; đồng thời vận động, tuyên truyền người dân tuân thủ để công tác cấp giấy chứng nhận quyền sử dụng đất nông nghiệp sau dồn điền đổi thửa bảo đảm tiến độ, hiệu quả...
constructed schools that have had cases, then a request | 2024-03-01 | continuous | unsure | Với các trường đã có học sinh mắc bệnh, Sở Y tế yêu cầu phối hợp khử khuẩn lớp học.
# a past word in the duty's own clause still reports what was done
constructed a request already made | 2024-03-01 | none | unsure | Sở Y tế đã yêu cầu các trường phối hợp khử khuẩn lớp học.
""",
    kind="a_past_word_in_another_clause_is_no_report_of_the_duty",
)

# (6) more shapes of a duty given with no time: a request in a letter ("Lãnh đạo TP Cần Thơ tiếp tục ra văn bản yêu
# cầu chủ đầu tư chấn chỉnh ...": "văn bản yêu cầu" is the verb asking, not a noun), an item opening with making
# something public ("Công khai danh sách ...", "Niêm yết ..."), bodies working with others to step up a task ("Mặt trận
# các cấp phối hợp với ... tăng cường tuyên truyền ..."), bodies told to keep to the rules ("Các Chi hội ... thực hiện
# đúng quy định: ..."): continuous, for a person to confirm. A time written, a report of work done ("đã"), or a year
# beside a weaker sign keeps them out.
DUTY_SHAPES = table(
    """
held_out_2026n.yaml cantho24h-tag-toi-hau-thu | 2017-06-01 | continuous | unsure | Lãnh đạo TP Cần Thơ tiếp tục ra văn bản yêu cầu chủ đầu tư chấn chỉnh đơn vị thi công trong việc đào đường để lắp đặt hệ thống thoát nước.
held_out_2026n.yaml plo-bo-cong-an-cong-dien-tong-kiem-tra-pccc-2018 | 2018-04-01 | continuous | unsure | Công khai danh sách các cơ sở mất an toàn về PCCC và có chế tài xử lý nghiêm.
held_out_2026n.yaml baophuyen-mttq-thang-cao-diem-vi-nguoi-ngheo-2012 | 2012-10-10 | continuous | unsure | Mặt trận các cấp phối hợp với các cơ quan thông tấn báo chí tăng cường tuyên truyền về cuộc vận động “Ngày vì người nghèo”; nêu gương các tập thể, cá nhân điển hình ủng hộ Qũy Vì người nghèo; động viên, biểu dương các địa phương, cơ sở có nhiều thành tích trong phấn đấu hoàn thành chương trình xóa nhà ở tạm, nhà dột nát cho các hộ nghèo trong tỉnh…
held_out_2026n.yaml hnb-bacninh-tb-nhan-tac-pham-giai-ngo-gia-tu-2016 | 2017-01-18 | continuous | unsure | Các Chi hội: Báo Bắc Ninh, Đài PT-TH Bắc Ninh, Tạp chí Người Kinh Bắc thực hiện đúng quy định: Tập hợp tác phẩm của hội viên và hoàn tất việc chấm sơ khảo trước khi gửi tác phẩm về Ban tổ chức.
constructed a letter asking to speed up | 2024-03-01 | continuous | unsure | Sở Xây dựng có văn bản yêu cầu các chủ đầu tư đẩy nhanh tiến độ thi công.
constructed a list posted for all to see | 2024-03-01 | continuous | unsure | Niêm yết công khai danh sách hộ nghèo tại trụ sở UBND xã.
constructed farmers' unions stepping up with a sector | 2024-03-01 | continuous | unsure | Hội Nông dân các cấp phối hợp với ngành nông nghiệp đẩy mạnh chuyển giao kỹ thuật.
constructed schools keeping strictly to the rules | 2024-03-01 | continuous | unsure | Các trường thực hiện nghiêm các quy định về dạy thêm, học thêm.
# a time written is the deadline; work done or a year beside a weaker sign is no duty given
constructed making public by a day | 2024-03-01 | 2024-06-14 | sure | Công khai danh sách trước ngày 15/6/2024.
constructed stepping up already done | 2024-03-01 | none | unsure | Hội đã phối hợp với các ngành tăng cường tuyên truyền.
constructed making public a year's accounts | 2024-03-01 | none | unsure | Công khai tài chính năm 2023 theo quy định.
""",
    kind="more_shapes_of_a_duty_given_are_continuous",
)

# (7) an event's day without its year, passed days or weeks before the text was issued ("Kỳ thi diễn ra ngày 30/5 ...",
# "Ngày 28/1: Công bố ngày bầu cử"): the event was held, so next year's day (the date rolled on) is no one's deadline.
# A January event in a December plan (a few weeks ahead once rolled), a future voice ("sẽ") or a duty word stays a
# date for review.
HELD_EVENTS = table(
    """
held_out_2026j.yaml thcshoangluong-hiep-hoa-hsg-tinh-thcs-2020 | 2020-06-05 | none | unsure | Kỳ thi diễn ra ngày 30/5 tại các huyện, TP thu hút gần 700 thí sinh là học sinh lớp 9 tham gia.
held_out_2026f.yaml ninhthuan-mttq-lich-trinh-bau-cu-2016 | 2016-02-26 | none | unsure | Ngày 28/1: Công bố ngày bầu cử
constructed a tournament opened last month | 2024-04-10 | none | unsure | Giải bóng đá khai mạc ngày 20/3 tại sân vận động huyện.
# an event a few weeks ahead, a future voice, a duty: a date for review
constructed a January exam in a December plan | 2023-12-01 | 2024-01-15 | unsure | Kỳ thi diễn ra ngày 15/1 tại các huyện.
constructed a contest that will open | 2024-03-20 | 2025-03-10 | unsure | Hội thi sẽ khai mạc ngày 10/3 tại Nhà văn hóa.
constructed schools that must hold an exam | 2020-06-05 | 2021-05-30 | unsure | Các trường phải tổ chức thi ngày 30/5.
""",
    kind="an_event_just_held_is_no_deadline_next_year",
)

# (8) a share register's record and ex-rights days ("Ngày đăng ký cuối cùng: 09/08/2021", "Ngày giao dịch không hưởng
# quyền: 06/08/2021", "ngày chốt danh sách cổ đông"): the day holders are counted, as a census's reference moment is,
# not a deadline. A holder's duty with its own date stays a deadline.
SHARE_REGISTER_DAYS = table(
    """
held_out_2026n.yaml thuydiendinhbinh-tb-chi-tra-co-tuc-2018 | 2018-05-03 | none | unsure | + Ngày đăng ký cuối cùng: 11/5/2018
held_out_2026n.yaml tinnhanhchungkhoan-dp1-co-tuc-2020-bang-tien | 2021-07-28 | none | unsure | - Ngày giao dịch không hưởng quyền: 06/08/2021
held_out_2026n.yaml tinnhanhchungkhoan-dp1-co-tuc-2020-bang-tien (the record day) | 2021-07-28 | none | unsure | - Ngày đăng ký cuối cùng: 09/08/2021
constructed a shareholders' list closed for a meeting | 2024-03-01 | none | unsure | Ngày chốt danh sách cổ đông để tham dự Đại hội: 15/3/2024
# a holder's duty with its own date is a deadline
constructed a proxy form due | 2024-03-01 | 2024-03-19 | sure | Cổ đông gửi giấy ủy quyền trước ngày 20/3/2024.
""",
    kind="a_share_registers_record_day_is_no_deadline",
)

# (9) units told to send something in ("Đồng thời các đơn vị lập danh sách ... gửi về phòng Văn hóa và Thông tin ...",
# "các cơ quan, đơn vị liên quan tổng hợp danh sách ... gửi về Phòng Y tế ..."), and a request to spread the word ("Đề
# nghị Đài Truyền thanh huyện: phổ biến, phát động ..."): a duty with no time, continuous, for a person to confirm. A
# day to send it by is the deadline; a year beside the weaker sign keeps it out.
SEND_IN_DUTIES = table(
    """
held_out_2026m.yaml soyte-bariavungtau-tong-hop-danh-sach-tiem-chung | 2021-07-01 | continuous | unsure | Theo đó các cơ quan, đơn vị liên quan tổng hợp danh sách đối tượng tiêm chủng gửi về Phòng Y tế huyện, thị xã, thành phố trực thuộc UBND để tổng hợp theo quy định.
held_out_2026n.yaml trangbom-phong-vhtt-hoi-thi-van-hoa-lich-su-dong-nai-2018 | 2018-06-25 | continuous | unsure | Đồng thời các đơn vị lập danh sách tên người và số lượng bài tham gia Hội thi gửi về phòng Văn hóa và Thông tin để tổng hợp, báo cáo cấp trên theo quy định.
held_out_2026n.yaml trangbom-phong-vhtt-hoi-thi-van-hoa-lich-su-dong-nai-2018 | 2018-06-25 | continuous | unsure | 1. Đề nghị Đài Truyền thanh huyện: phổ biến, phát động rộng rãi cuộc Hội thi Tìm hiểu giá trị văn hóa - lịch sử Đồng Nai năm 2018 trên hệ thống đài truyền thanh từ huyện đến cơ sở.
constructed schools compiling a list to send | 2024-03-01 | continuous | unsure | Các đơn vị tổng hợp danh sách học sinh khuyết tật gửi về Sở Giáo dục và Đào tạo.
constructed a request to spread a rule | 2024-03-01 | continuous | unsure | Đề nghị các xã phổ biến quy định mới đến người dân.
# a day to send it by is the deadline; a year beside the weaker sign keeps it out
constructed a list to send by a day | 2024-03-01 | 2024-03-19 | sure | Các đơn vị lập danh sách gửi về Sở trước ngày 20/3/2024.
constructed a list of a year to send | 2024-03-01 | none | unsure | Các đơn vị lập danh sách năm 2023 gửi về Sở.
""",
    kind="units_told_to_send_something_in_are_continuous",
)

# (10) an outage notice's label ("Thời gian ngừng điện (dự kiến): ...", "Lịch cắt điện: ...", "Thời gian tạm ngừng cấp
# nước: ..."): when a service is cut, told to the people it serves, no deadline. A duty about the service keeps its date.
OUTAGES = table(
    """
held_out_2026n.yaml thuanloi-tb-ngung-cung-cap-dien-21-11-2025 | 2025-11-19 | none | unsure | Thời gian ngừng điện (dự kiến): Thứ S Sáu, ngày 21 tháng 11 năm 2025.
constructed a power cut schedule | 2024-03-01 | none | unsure | - Lịch cắt điện: từ 7h00 đến 17h00 ngày 12/3/2024
constructed a water supply paused | 2024-03-01 | none | unsure | Thời gian tạm ngừng cấp nước: ngày 5/4/2024.
# a duty about the service keeps its date
constructed households registering for power | 2024-03-01 | 2024-03-19 | sure | Các hộ dân đăng ký lắp đặt điện trước ngày 20/3/2024.
""",
    kind="an_outage_notice_is_no_deadline",
)

# (11) a blog engine's stamp, its month before its day and the year after a comma ("Bởi admin Tháng Mười Hai 5, 2018
# 01:54"): the page's date, no deadline (no Vietnamese deadline writes its month first).
BLOG_STAMPS = table(
    """
held_out_2026n.yaml hotnew-binh-chon-nhu-mot-loi-tri-an-2018 | 2018-12-05 | none | unsure | Bởi admin Tháng Mười Hai 5, 2018 01:54
constructed a stamp signed by the editors | 2024-03-01 | none | unsure | Đăng bởi Ban biên tập Tháng Ba 12, 2024
""",
    kind="a_blog_stamp_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    BARE_PERIODS,
    THEMED_PERIODS,
    WEEKDAY_DATES,
    URGED_IN_NEWS,
    PAST_IN_ANOTHER_CLAUSE,
    DUTY_SHAPES,
    HELD_EVENTS,
    SHARE_REGISTER_DAYS,
    SEND_IN_DUTIES,
    OUTAGES,
    BLOG_STAMPS,
)
