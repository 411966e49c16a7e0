"""The classes of the answers found confident-wrong (and the reviews of held_out_2026ao and ap that are tuned) when
held_out_2026ao (96.4% right, 1 confident-wrong), held_out_2026aq (70.2%, 1) and held_out_2026ap (84.9%, 1) were
scored, then held_out_2026ar (92.7%, 1) and held_out_2026as (81.8%, 1), then held_out_2026at (95.9%, 1) and
held_out_2026au (67.6%, 2), then held_out_2026av (94.2%, 1) and held_out_2026aw (91.7%, none), then held_out_2026ax (80.0%, 1) and
held_out_2026ay (80.2%, none), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) what follows for whoever misses a day ("... nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng ... thì được xử lý
# theo quy định về chậm đóng"; parser/conditions.py ENTITLED_IF_RE): a transitional cut-off that says how arrears are
# treated, nobody is told to pay by it; a person decides. A duty written beside the consequence keeps its day.
CONSEQUENCES_OF_MISSING = table(
    """
held_out_2026ao.yaml hr8cd-luat-51-2024-qh15-sua-doi-luat-bhyt | 2024-11-27 | 2025-06-30 | unsure | nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng hoặc không đóng đầy đủ thì được xử lý theo quy định về chậm đóng của Luật này./.
constructed a registration left undone (hand-written) | 2024-03-01 | 2024-03-31 | unsure | Trước ngày 01/4/2024 mà chưa đăng ký thì bị xóa tên khỏi danh sách.
constructed a form not sent (hand-written) | 2024-03-01 | 2024-04-15 | unsure | Cơ sở nào đến ngày 15/4/2024 mà không gửi tờ khai thì sẽ bị xử phạt theo quy định.
# counter-cases: the duty is written too ("phải", "chậm nhất"), or the consequence sits in another sentence
constructed the duty and its consequence (hand-written) | 2024-03-01 | 2024-04-15 | certain | Các cơ sở phải gửi tờ khai đến hết ngày 15/4/2024, nếu quá hạn mà không gửi thì bị xử phạt.
constructed a hard limit and its consequence (hand-written) | 2024-03-01 | 2024-04-15 | certain | Chậm nhất đến hết ngày 15/4/2024 mà không gửi tờ khai thì bị xử phạt.
constructed the duty alone (hand-written) | 2024-03-01 | 2024-04-15 | certain | Các cơ sở gửi tờ khai đến hết ngày 15/4/2024.
""",
    kind="a_consequence_of_missing_a_day_is_unsure",
)

# (2) a delay in months counted from the decree's own entry into force, before the list of who does what ("Trong thời hạn
# tối đa 24 tháng kể từ ngày Nghị định này có hiệu lực: a) Bộ Nội vụ ..."; parser/furniture.py NOT_THE_EFFECT_RE):
# a delay, not the effective date; the day it counts from is written elsewhere, so a person confirms. The event ends at
# the colon. An effective date stays refused.
MONTHS_FROM_EFFECT = table(
    """
held_out_2026ao.yaml hr8cd-nd-138-2026-nd-cp-phat-trien-ky-nang-nghe | 2026-04-07 | rel:24:mo | unsure | Trong thời hạn tối đa 24 tháng kể từ ngày Nghị định này có hiệu lực: a) Bộ Nội vụ có trách nhiệm chủ trì, phối hợp với các bộ, ngành, địa phương tổ chức xây dựng, cập nhật, chỉnh sửa, thẩm định và công bố tiêu chuẩn kỹ năng nghề quốc gia
constructed a circular's six months (hand-written) | 2025-01-10 | rel:6:mo | unsure | Trong thời hạn 06 tháng kể từ ngày Thông tư này có hiệu lực, các Sở rà soát quy trình nội bộ.
# counter-cases: the effective dates themselves
constructed an effective date after a delay from signing (hand-written) | 2025-01-10 | none | any | Nghị định này có hiệu lực sau 6 tháng kể từ ngày ký.
constructed an effective date with its colon (hand-written) | 2025-01-10 | none | any | Thông tư có hiệu lực: ngày 01/3/2025.
""",
    kind="months_from_entry_into_force_are_a_delay",
)

# (3) a count back to the end of a term that the law cites ("chậm nhất 15 ngày trước khi hết thời hạn quy định tại khoản 3
# Điều này"; parser/patterns.py COUNT_BACK_RE): the citation's number ended the event's name, so the count was read as
# after an unnamed event; it is 15 days before the term's end.
COUNT_BACK_TO_A_CITED_TERM = table(
    """
held_out_2026ao.yaml hr8cd-nd-142-2026-nd-cp-luat-tri-tue-nhan-tao | 2026-04-30 | rel:-15 | any | Trường hợp có nhu cầu gia hạn thời gian vận hành chuyển tiếp, chậm nhất 15 ngày trước khi hết thời hạn quy định tại khoản 3 Điều này, tổ chức, cá nhân gửi đề nghị đến cơ quan đã cấp Giấy xác nhận hoàn thành thử nghiệm có kiểm soát.
constructed a permit's renewal (hand-written) | 2025-01-10 | rel:-30 | sure | Chậm nhất 30 ngày trước khi hết thời hạn quy định tại khoản 2 Điều 5, doanh nghiệp nộp hồ sơ gia hạn giấy phép.
# counter-case: the term's end without a citation
constructed the same without a citation (hand-written) | 2025-01-10 | rel:-30 | sure | Chậm nhất 30 ngày trước khi hết thời hạn, doanh nghiệp nộp hồ sơ gia hạn giấy phép.
""",
    kind="a_count_back_to_a_cited_term",
)

# (4) a figure "as worked out by" a cited rule ("quỹ thời giờ làm việc tiêu chuẩn trong năm (TQ) đã tính theo hướng dẫn tại
# Điều 3"; parser/states.py PASSIVE_RE): a participle, not work reported as done, so the yearly duty after it is read.
WORKED_OUT_BY_A_RULE = table(
    """
held_out_2026ao.yaml hr8cd-tt-18-2021-tt-bldtbxh-thoi-gio-lam-viec-thoi-vu | 2021-12-15 | continuous | any | Hằng năm, căn cứ vào quỹ thời giờ làm việc tiêu chuẩn trong năm (TQ) đã tính theo hướng dẫn tại Điều 3 Thông tư này, người sử dụng lao động lập kế hoạch xác định số giờ làm việc tiêu chuẩn hằng ngày của người lao động
constructed a figure fixed by a rule (hand-written) | 2024-01-10 | continuous | any | Hằng năm, căn cứ định mức đã xác định theo quy định tại Thông tư này, các đơn vị lập dự toán kinh phí.
# counter-case: work told as done is still refused
constructed work told as done (hand-written) | 2024-01-10 | none | any | Hằng năm, các đơn vị đã lập dự toán kinh phí đúng quy định.
""",
    kind="a_figure_worked_out_by_a_rule_is_no_report",
)

# (5) a period that names a council's session ("... để trình tại kỳ họp bất thường và kỳ họp cuối năm 2018";
# parser/two_readings.py SESSION_NAME_RE): the papers are due before the session, by the law's limit, not by the year's
# end; a person decides. A day written for the step keeps it.
SESSION_NAMES = table(
    """
held_out_2026aq.yaml baovinhlong-tt-hdnd-chuan-bi-ky-hop-cuoi-nam-2018 | 2018-09-14 | 2018-12-31 | unsure | UBND tỉnh trình các Ban HĐND tỉnh thẩm tra đúng thời hạn luật định các tờ trình để trình tại kỳ họp bất thường và kỳ họp cuối năm 2018 của HĐND tỉnh.
constructed a mid-year session (hand-written) | 2024-03-01 | 2024-06-30 | unsure | Các phòng chuẩn bị báo cáo trình kỳ họp thường lệ giữa năm 2024.
# counter-case: the step's own day, with the session named after it
held_out_2026f.yaml (the registration for the mid-year session) | 2020-05-06 | 2020-05-15 | certain | Thời gian đăng ký chậm nhất là ngày 15 tháng 5 năm 2020 (qua Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện) để tổng hợp, báo cáo Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc huyện thống nhất nội dung trước khi tổ chức kỳ họp giữa năm 2020 theo quy định.
""",
    kind="a_period_naming_a_session_is_unsure",
)

# (6) markdown italics around a date ("báo cáo Thủ tướng Chính phủ trước *ngày 13 tháng 12 năm 2025*"; parser/phrase.py
# EMPHASIS_RE): the star stood between "trước" and "ngày", so the day was read as due on itself; italic marks are blanked
# like bold ones, and "trước ngày D" is D-1.
ITALIC_DATES = table(
    """
held_out_2026ap.yaml tnt305-cd-224-cd-ttg-2025-khanh-thanh-khoi-cong-19-12 | 2025-11-20 | 2025-12-12 | certain | xây dựng báo cáo trung tâm, bài phát biểu của Thủ tướng Chính phủ, báo cáo Thủ tướng Chính phủ trước *ngày 13 tháng 12 năm 2025*.
held_out_2026ap.yaml tnt305-cd-224-cd-ttg-2025-khanh-thanh-khoi-cong-19-12 | 2025-11-20 | 2025-12-02 | certain | **4.** Đài truyền hình Việt Nam chủ trì đạo diễn, phối hợp với các bộ ngành, địa phương liên quan xây dựng Chương trình, kịch bản và tổ chức Chương trình theo kịch bản, truyền hình trực tiếp giữa các điểm cầu, gửi Bộ Xây dựng trước *ngày 03 tháng 12 năm 2025* để tổng hợp báo cáo Thủ tướng Chính phủ.
constructed an italic day and month (hand-written) | 2025-03-01 | 2025-03-14 | certain | Các đơn vị gửi báo cáo trước *ngày 15/3/2025*.
# counter-case: bold, as before
constructed a bold date (hand-written) | 2025-03-01 | 2025-03-14 | certain | Các đơn vị gửi báo cáo trước ngày **15/3/2025**.
""",
    kind="italic_marks_are_blanked",
)

# (7) a day in a clause that says what cannot be done then ("25 lớp ... không thể bố trí được phòng dạy bù ngày
# 04/05/2024, giảng viên chủ động bố trí lịch dạy bù"; parser/two_readings.py CANNOT_BEFORE_RE): the day the classes
# lack a room, not the lecturers' deadline; a person decides. A duty's own day stays certain.
DAYS_OF_WHAT_CANNOT_BE_DONE = table(
    """
held_out_2026ap.yaml kyanh-hust-lich-hoc-bu-04-05-2024 | 2024-04-15 | 2024-05-04 | unsure | 25 lớp LT, BT bị trùng TKB và không thể bố trí được phòng dạy bù ngày 04/05/2024, giảng viên chủ động bố trí lịch dạy bù (đăng ký dạy bù trên qldt) và thông báo cho sinh viên
constructed a room that cannot be booked (hand-written) | 2024-04-15 | 2024-05-11 | unsure | Các lớp không thể xếp phòng thi ngày 11/5/2024, khoa tự bố trí lịch thi.
# counter-case: the duty's own day
constructed the make-up classes' day to register by (hand-written) | 2024-04-15 | 2024-04-30 | certain | Giảng viên đăng ký lịch dạy bù trên qldt chậm nhất ngày 30/4/2024.
""",
    kind="a_day_of_what_cannot_be_done_is_unsure",
)

# (8) a time that had passed on the issue date, then a hard limit ("... nhà cửa bị thiệt hại do đợt mưa lũ từ ngày
# 16-22/11/2025, gửi ... trước ngày 03/12/2025"; parser/phrase.py _past_before_a_limit): the first span is what happened,
# the limit after it is the deadline. Without a limit after it nothing is due.
PAST_BEFORE_A_LIMIT = table(
    """
held_out_2026ap.yaml tnt305-cd-234-cd-ttg-2025-chien-dich-quang-trung | 2025-11-30 | 2025-12-02 | certain | Báo cáo kế hoạch thực hiện cụ thể và nhu cầu hỗ trợ từ ngân sách trung ương (nếu có) để xây dựng, sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ **từ ngày 16-22/11/2025**, gửi Văn phòng Chính phủ và Bộ Tài chính** trước ngày 03/12/2025** để tổng hợp, báo cáo Thủ tướng Chính phủ.
constructed a storm's day, then the limit (hand-written) | 2024-09-12 | 2024-09-20 | certain | Thống kê thiệt hại do bão số 3 ngày 07/9/2024, gửi Sở Nông nghiệp chậm nhất ngày 20/9/2024.
# counter-case: a past span and no limit after it (refused as what happened)
constructed a past span alone (hand-written) | 2025-11-30 | none | any | Thống kê thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025.
""",
    kind="a_past_time_before_a_limit_is_what_happened",
)

# (9) a review class of earlier parts, tuned in the same round: a span of years written with a dash after a time label
# ("Thời gian thực hiện: Từ năm 2026 - 2030."; parser/year_spans.py): due at the end of its last year, a convention. A
# programme's period without a label, and the "tư" of "Thông tư Năm 2026 - 2028", are not such a label.
LABELLED_YEAR_SPANS = table(
    """
held_out_2026an.yaml tnt305-kh-0134-kh-ubnd-dak-lak-2025-quan-trac-moi-truong-thuy-san | 2025-11-25 | 2030-12-31 | inferred | **3. Thời gian thực hiện: **Từ năm 2026 - 2030.
held_out_2026aj.yaml congbot-nq-494-ubtvqh13-2012-giam-sat-nguoi-co-cong | 2012-05-18 | 2013-12-31 | inferred | cân đối ngân sách để thực hiện cơ bản xong trong hai năm 2012 - 2013.
constructed a completion time (hand-written) | 2025-01-10 | 2027-12-31 | inferred | Thời gian hoàn thành: 2025 - 2027
# counter-cases: a programme's period; the range written with "đến năm" (the range reader's, certain)
constructed a programme's period (hand-written) | 2025-01-10 | none | any | Triển khai Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025.
constructed the written range (hand-written) | 2025-01-10 | 2030-12-31 | certain | Thời gian thực hiện: từ năm 2026 đến năm 2030.
""",
    kind="a_labelled_span_of_years_is_due_at_its_end",
)

# (10) a review class of earlier parts, tuned in the same round: a count of weeks back from a moment written without "so
# với" ("đóng form đăng ký trước 3 tuần thời điểm đăng ký lớp cho học kỳ tiếp theo"; parser/patterns.py COUNT_BACK_RE):
# 21 days before that moment; its name stops before a purpose ("để tổng hợp ...").
WEEKS_BEFORE_A_MOMENT = table(
    """
held_out_2026an.yaml kyanh-hust-dang-ky-tich-hop-ky-su-chuyen-sau-k65-20232 | 2024-05-31 | rel:-21 | sure | - Ban Đào tạo đóng form đăng ký trước 3 tuần thời điểm đăng ký lớp cho học kỳ tiếp theo
constructed two weeks before a moment, with a purpose (hand-written) | 2024-07-01 | rel:-14 | sure | Các khoa gửi danh sách trước 2 tuần thời điểm tổ chức thi để phòng Đào tạo xếp lịch.
# counter-case: "so với", as before
constructed the same with "so với" (hand-written) | 2024-07-01 | rel:-14 | sure | Các khoa gửi danh sách trước 2 tuần so với thời điểm tổ chức thi.
""",
    kind="weeks_before_a_moment_count_back",
)

# (11) review classes of earlier parts, tuned in the same round: "ngày N của tháng" naming no month (parser/recurring.py
# OF_THE_MONTH_RE) is day N of each month, a convention; "bãi bỏ" in a list of a task's verbs ("rà soát, sửa đổi, ban
# hành, bãi bỏ Tháng 5/2026", a task table's row) is no repeal's date (parser/refusals.py).
MONTH_DAYS_AND_TASK_VERBS = table(
    """
held_out_2026ag.yaml hr8cd-nd-191-2026-nd-cp-quy-che-lam-viec-chinh-phu | 2026-05-29 | every month at day:20 offset -1d | inferred | Căn cứ thời hạn trình quy định tại chương trình công tác, các bộ, cơ quan, địa phương chủ trì đề án phải trình trước ngày 20 của tháng, trừ trường hợp có chỉ đạo khác của Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ.
held_out_2026ak.yaml hr8cd-nq-97-nq-cp-2026-bo-sung-nhiem-vu-nq-66-tw | 2026-04-06 | 2026-05-31 | any | Báo cáo tình hình và giải pháp tiếp tục rà soát, sửa đổi, ban hành, bãi bỏ Tháng 5/2026
# "ngày N của tháng M" is that day of that month (parser/patterns.py LONG_DATE_RE), "trước" the day before
constructed a day of a named month (hand-written) | 2026-05-04 | 2026-05-19 | sure | Các đơn vị nộp báo cáo trước ngày 20 của tháng 5.
# counter-cases: a monthly report's own wording, certain; a repeal's date stays refused
constructed a monthly report (hand-written) | 2026-05-04 | every month at day:20 offset -1d | certain | Báo cáo tháng gửi trước ngày 20 hằng tháng.
dev_2026.yaml (a metadata row) | 2010-01-01 | none | any | - Ngày bị bãi bỏ, thay thế: 08-01-2007
""",
    kind="month_days_and_task_verbs",
)

# (12) held_out_2026ar: a whole calendar year each year ("Thông tin trong sổ được ghi theo thứ tự thời gian từ ngày 01
# tháng 01 đến ngày 31 tháng 12 hằng năm"; parser/two_readings.py WHOLE_YEAR_SPAN_RE): the period a register covers,
# not a day to report by; a person decides. A yearly report's own day stays.
WHOLE_YEARS_EACH_YEAR = table(
    """
held_out_2026ar.yaml hr8cd-tt-15-2022-tt-bldtbxh-chung-chi-gdqpan | 2022-08-30 | 2022-12-31 | unsure | Thông tin trong sổ được ghi theo thứ tự thời gian từ ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm.
constructed a book kept by the year (hand-written) | 2024-02-01 | 2024-12-31 | unsure | Sổ theo dõi được lập từ ngày 1/1 đến ngày 31/12 hằng năm.
# counter-case: the next sentence of the same circular, a yearly report's day
held_out_2026ar.yaml hr8cd-tt-15-2022-tt-bldtbxh-chung-chi-gdqpan | 2022-08-30 | 2022-12-30 | any | Trước ngày 31 tháng 12 hằng năm, trường cao đẳng, trung tâm giáo dục quốc phòng và an ninh báo cáo Bộ Lao động - Thương binh và Xã hội (qua Tổng cục Giáo dục nghề nghiệp), Sở Lao động - Thương binh và Xã hội, cơ quan chủ quản số lượng phôi Chứng chỉ đã in, sử dụng, số lượng Chứng chỉ đã cấp, cấp lại, cấp đổi, thu hồi, hủy bỏ trong năm.
""",
    kind="a_whole_year_each_year_is_unsure",
)

# (13) held_out_2026as: a session moved to another room ("* **Thứ 7 (27/9/2025) – Ca 4:** Chuyển từ phòng B1.12 sang
# B1.16"; parser/two_readings.py MOVED_ROOM_RE): the exam's day told with its new room, no duty; a person decides. A
# file sent by a day stays certain.
MOVED_ROOMS = table(
    """
held_out_2026as.yaml citd-lich-thi-ky-ten-do-an-hk3-2024-2025 | 2025-09-18 | 2025-09-27 | unsure | * **Thứ 7 (27/9/2025) – Ca 4:** Chuyển từ phòng B1.12 sang B1.16
constructed a meeting moved to a hall (hand-written) | 2025-09-18 | 2025-09-30 | unsure | Thứ Ba (30/9/2025): đổi địa điểm họp từ phòng 201 sang hội trường A.
# counter-case: a file to send by a day
constructed files sent by a day (hand-written) | 2025-09-18 | 2025-09-27 | certain | Các khoa chuyển hồ sơ sang phòng Đào tạo chậm nhất ngày 27/9/2025.
""",
    kind="a_moved_room_is_unsure",
)

# (14) a review class of earlier parts, tuned in the same round: a numbered task-table row whose last cell is a bare year
# or span of years after the agencies ("6 Kế hoạch huy động ... Bộ trưởng Bộ Ngoại giao 2026";
# parser/year_columns.py BARE_YEAR_CELL_RE): due at the end of its last year, a convention. A school year or a
# programme's period closing a sentence is no cell.
BARE_YEAR_CELLS = table(
    """
held_out_2026ak.yaml hr8cd-qd-893-qd-ttg-2026-de-an-nhan-luc-nang-luong-nguyen-tu | 2026-05-20 | 2026-12-31 | inferred | 6 Kế hoạch huy động, thu hút người Việt Nam ở nước ngoài tham gia hoạt động trong lĩnh vực năng lượng nguyên tử Bộ Ngoại giao Bộ Khoa học và Công nghệ và các bộ, ngành có liên quan Bộ trưởng Bộ Ngoại giao 2026
held_out_2026ak.yaml hr8cd-qd-893-qd-ttg-2026-de-an-nhan-luc-nang-luong-nguyen-tu | 2026-05-20 | 2035-12-31 | inferred | 5 Đào tạo chuyên sâu cán bộ thẩm định nhà máy điện hạt nhân theo hình thức tại chỗ Bộ Khoa học và Công nghệ Các cơ quan có liên quan Bộ trưởng Bộ Khoa học và Công nghệ 2026 - 2035
held_out_2026am.yaml hr8cd-nq-100-nq-cp-2026-chuong-trinh-hanh-dong-ct-49-tw | 2026-04-06 | 2030-12-31 | inferred | 5. Xây dựng và chuẩn hóa bộ tiêu chí đánh giá hiệu quả hoạt động của tổ chức phi chính phủ nước ngoài, bảo đảm phù hợp với quy định hiện hành. Bộ Ngoại giao Các bộ, ngành liên quan Bộ tiêu chí 2026 - 2030
# a document's number is no month and year ("Thông tư 34/2014/TT-BKHCN": no month 34; parser/patterns.py TIME_TOKEN_RE),
# so the "tư" before it is no "từ" of a start
held_out_2026ak.yaml hr8cd-qd-893-qd-ttg-2026-de-an-nhan-luc-nang-luong-nguyen-tu | 2026-05-20 | 2026-12-31 | inferred | 2 Xây dựng Thông tư quy định về đào tạo an toàn bức xạ, chuyên môn, nghiệp vụ đối với nhân viên bức xạ, người phụ trách an toàn và nhân viên thực hiện dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử (thay thế Thông tư 34/2014/TT-BKHCN) Bộ Khoa học và Công nghệ Các bộ, ngành có liên quan Bộ trưởng Bộ Khoa học và Công nghệ 2026
# counter-cases: a school year and a programme's period at a sentence's end
constructed a school year (hand-written) | 2025-08-01 | none | any | 3 Tổ chức khai giảng theo hướng dẫn của Sở Giáo dục và Đào tạo năm học 2025 - 2026
constructed a programme's period (hand-written) | 2025-08-01 | none | any | 4 Triển khai Chương trình của Bộ Y tế giai đoạn 2021 - 2025
""",
    kind="a_numbered_row_ending_in_years_is_due_at_its_end",
)

# (15) a review class of held_out_2026ar, tuned: a count back from an expiry ("... trong thời hạn tối thiểu 15 ngày trước
# ngày hết hiệu lực của chứng chỉ"; parser/cues.py EFFECT_DATE_RE): the expiry is the event counted from, not a
# document's expiry date to refuse. An expiry date itself stays refused.
COUNT_BACK_FROM_AN_EXPIRY = table(
    """
held_out_2026ar.yaml hr8cd-tt-02-2024-tt-bkhdt-chung-chi-nghiep-vu-dau-thau | 2024-03-06 | rel:-15 | sure | Cá nhân thực hiện đăng ký gia hạn hiệu lực chứng chỉ trên Hệ thống trong thời hạn tối thiểu 15 ngày trước ngày hết hiệu lực của chứng chỉ.
constructed a permit renewed before it expires (hand-written) | 2024-01-10 | rel:-30 | sure | Doanh nghiệp nộp hồ sơ gia hạn giấy phép ít nhất 30 ngày trước khi hết hiệu lực.
# counter-case: an expiry date
constructed a decision's expiry (hand-written) | 2024-01-10 | none | any | Quyết định này hết hiệu lực kể từ ngày 31/12/2025.
""",
    kind="a_count_back_from_an_expiry",
)

# (16) review classes of held_out_2026ar and earlier parts, tuned: a duty periodic with no period written and ad hoc
# ("d) Chỉ đạo, hướng dẫn, kiểm tra định kỳ hoặc đột xuất việc cập nhật ..."; parser/ongoing.py adhoc) is a standing duty,
# for a person to confirm; "đột xuất" alone stays a duty due when asked.
PERIODIC_AND_AD_HOC = table(
    """
held_out_2026ar.yaml hr8cd-tt-09-2024-tt-bkhdt-co-so-du-lieu-hop-tac-xa | 2024-05-16 | continuous | unsure | d) Chỉ đạo, hướng dẫn, kiểm tra định kỳ hoặc đột xuất việc cập nhật, khai thác và quản lý Cơ sở dữ liệu về hợp tác xã ở các bộ, ngành, địa phương;
constructed periodic and ad hoc checks (hand-written) | 2024-05-16 | continuous | unsure | Sở Y tế định kỳ, đột xuất kiểm tra các cơ sở khám bệnh trên địa bàn.
# counter-case: ad hoc alone
constructed an ad hoc report (hand-written) | 2024-05-16 | adhoc | unsure | Các đơn vị báo cáo đột xuất khi có yêu cầu.
""",
    kind="periodic_and_ad_hoc_is_a_standing_duty",
)

# (17) held_out_2026at: a task-table row whose completion cell "Năm 2026" ran into the row before a sub-step's own time
# ("... toàn quốc Năm 2026 1. Bộ Tài chính tổng kết ... (trong Quý II/2026)"; parser/audit.py, year_columns.year_cell_at):
# the capitalised cell is a time the reading did not use, so a person decides. "năm 2026" inside a sentence stays a name.
YEAR_CELLS_BESIDE_A_STEP = table(
    """
held_out_2026at.yaml hr8cd-nq-109-nq-cp-chuong-trinh-hanh-dong-2026 | 2026-04-16 | 2026-06-30 | unsure | 4 Thể chế hoá các cơ chế, chính sách đặc thù tại một số địa phương được thực tiễn chứng minh là đúng, có hiệu quả để áp dụng trên phạm vi toàn quốc Năm 2026 1. Bộ Tài chính tổng kết, đánh giá cơ chế, chính sách đặc thù (trong Quý II/2026). 2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất trong quá trình sửa đổi các quy định Các địa phương và cơ quan, đơn vị liên quan
constructed a row with a step's quarter (hand-written) | 2026-04-16 | 2026-09-30 | unsure | 3 Hoàn thiện quy chế phối hợp giữa các cơ quan Năm 2026 1. Bộ Nội vụ trình dự thảo (trong Quý III/2026).
# counter-case: a year in the sentence, a name
constructed a year in a sentence (hand-written) | 2026-04-16 | 2026-06-30 | certain | Tổng kết chương trình hè năm 2026 trong Quý II/2026.
""",
    kind="a_year_cell_beside_a_steps_time_is_unsure",
)

# (18) held_out_2026au: a page's stamp, a time label with the issue day and an hour ("Thời gian: 19/09/2022 17:00";
# parser/furniture.py STAMP_LABEL_RE), and a time at the end of an aim's clause ("... giải pháp nhằm thúc đẩy giải ngân ...
# trong các tháng cuối năm"; parser/purposes.py AIM_CLAUSE_RE): a person decides. The same label before a later day is a
# deadline; "để" before a task's own time keeps it.
STAMPS_AND_AIMS = table(
    """
held_out_2026au.yaml socongthuong-haiphong-le-hoi-tinh-hoa-lang-nghe-2022 | 2022-09-19 | 2022-09-19 | unsure | Thời gian: 19/09/2022 17:00
held_out_2026au.yaml baodauthau-bkhdt-bao-cao-giai-ngan-dau-tu-cong-2018 | 2018-05-15 | 2018-12-31 | unsure | Bộ KH&ĐT cũng đề nghị UBND cấp tỉnh báo cáo khó khăn, vướng mắc trong thực hiện và giải ngân kế hoạch đầu tư công năm 2018, nguyên nhân của những vướng mắc, khó khăn đó; những nhiệm vụ, giải pháp và kiến nghị, đề xuất nhằm thúc đẩy giải ngân kế hoạch đầu tư công năm 2018 trong các tháng cuối năm.
# counter-cases
constructed a labelled later day and hour (hand-written) | 2022-09-12 | 2022-09-19 | any | Thời gian: 19/09/2022 17:00
constructed a task's own time after "để" (hand-written) | 2024-05-02 | 2024-05-19 | certain | Các đơn vị gửi hồ sơ về Sở để tổng hợp trước ngày 20/5/2024.
""",
    kind="a_stamp_or_an_aims_time_is_unsure",
)

# (19) a review class of held_out_2026aw (22/24, 91.7%, none confident-wrong when scored), tuned: a time label before
# "cả năm 2015" (the whole year; parser/patterns.py YEAR_CUE_BEFORE) is due at the year's end. A report on the whole
# year's results keeps no deadline of its own.
WHOLE_YEAR_LABELS = table(
    """
held_out_2026aw.yaml btp-qd-173-qd-btp-2015-ke-hoach-phoi-hop-ubdt-btp | 2015-01-29 | 2015-12-31 | sure | - Thời gian thực hiện: Cả năm 2015.
# counter-case: the results of the whole year
constructed a whole year's results (hand-written) | 2025-01-10 | none | any | Kết quả cả năm 2024 được tổng hợp trong báo cáo.
""",
    kind="a_label_before_the_whole_year",
)

# (20) held_out_2026av: a lapsed term opening the phrase and the step taken then ("Hết thời hạn 03 ngày kể từ ngày nhận
# được lệnh ... mà người bị cấm ... không trình diện thì Trưởng Công an cấp xã triệu tập ..."; parser/conditions.py
# ENTITLED_IF_RE): what follows a missed term, no deadline set; a person decides. The same term as a duty's own stays.
LAPSED_TERMS = table(
    """
held_out_2026av.yaml hr8cd-tt-56-2026-tt-bca-cam-di-khoi-noi-cu-tru | 2026-05-15 | rel:3 | unsure | Hết thời hạn 03 ngày kể từ ngày nhận được lệnh cấm đi khỏi nơi cư trú mà người bị cấm đi khỏi nơi cư trú không trình diện thì Trưởng Công an cấp xã triệu tập người bị cấm đi khỏi nơi cư trú đến trụ sở Công an cấp xã để làm giấy cam đoan về việc chấp hành nghĩa vụ.
constructed a lapsed term for a reply (hand-written) | 2026-05-15 | rel:10:wd | unsure | Quá thời hạn 10 ngày làm việc kể từ ngày nhận được văn bản mà cơ quan được hỏi chưa trả lời thì coi như đồng ý.
# counter-case: the term as the duty's own, with the consequence after a semicolon
constructed a duty's own term (hand-written) | 2026-05-15 | rel:5:wd | sure | Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản, cơ quan được hỏi phải trả lời bằng văn bản.
""",
    kind="a_lapsed_term_and_its_consequence_is_unsure",
)

# (21) a review class of held_out_2026ai, tuned: forms "ban hành kèm theo Nghị định số 20/2021/NĐ-CP" named in a duty that
# writes its own hard limit after them ("... trước ngày 15 tháng 6 và 15 tháng 12 hằng năm"; parser/refusals.py) are a
# citation, not a document's date to refuse; the two days a year are a half-yearly rule. Forms named alone stay refused.
FORMS_ATTACHED_THEN_A_LIMIT = table(
    """
held_out_2026ai.yaml hr8cd-tt-02-2021-tt-bldtbxh-tro-giup-xa-hoi | 2021-06-24 | 2021-12-14 | any | c) Tổng hợp, báo cáo định kỳ kết quả thực hiện chính sách trợ giúp xã hội trên địa bàn và gửi kèm theo bảng tổng hợp số liệu kết quả thực hiện chính sách theo các mẫu 10a, 10b, 10c và 10d ban hành kèm theo Nghị định số 20/2021/NĐ-CP về Phòng Lao động - Thương binh và Xã hội và Ủy ban nhân dân cấp huyện trước ngày 15 tháng 6 và 15 tháng 12 hằng năm;
held_out_2026ai.yaml hr8cd-tt-02-2021-tt-bldtbxh-tro-giup-xa-hoi | 2021-06-24 | 2021-06-29 | any | d) Tổng hợp, báo cáo định kỳ kết quả thực hiện chính sách trợ giúp xã hội trên địa bàn và gửi kèm theo bảng tổng hợp số liệu kết quả thực hiện chính sách theo các mẫu 10a, 10b, 10c và 10d ban hành kèm theo Nghị định số 20/2021/NĐ-CP về Sở Lao động - Thương binh và Xã hội và Ủy ban nhân dân cấp tỉnh trước ngày 30 tháng 6 và ngày 31 tháng 12 hằng năm;
held_out_2026ai.yaml hr8cd-tt-02-2021-tt-bldtbxh-tro-giup-xa-hoi | 2021-06-24 | 2021-07-14 | any | d) Tổng hợp, báo cáo định kỳ về kết quả thực hiện chính sách trên địa bàn và gửi kèm theo bảng tổng hợp số liệu kết quả thực hiện chính sách theo các mẫu 10a, 10b, 10c và 10d ban hành kèm theo Nghị định số 20/2021/NĐ-CP về Bộ Lao động - Thương binh và Xã hội trước ngày 15 tháng 01 và 15 tháng 7 hằng năm;
# counter-case: the attached forms' date alone
constructed the forms' decree and its date (hand-written) | 2024-01-10 | none | any | Mẫu báo cáo ban hành kèm theo Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021.
""",
    kind="forms_attached_then_a_limit",
)

# (22) a review class of held_out_2026av, tuned: "ít nhất 01 lần/quý" (at least once a quarter; parser/patterns.py
# RECUR_QUARTER) is a frequency with no day, so a standing duty by the corpus convention; "mỗi quý một lần" too.
ONCE_A_QUARTER = table(
    """
held_out_2026av.yaml hr8cd-nd-160-2026-nd-cp-csdl-thi-hanh-an-hinh-su | 2026-05-15 | continuous | unsure | đ) Kiểm tra, đánh giá định kỳ ít nhất 01 lần/quý việc bảo đảm an toàn, an ninh đối với cơ sở dữ liệu về thi hành án hình sự;
constructed a check once a quarter (hand-written) | 2026-05-15 | continuous | unsure | Kiểm tra định kỳ ít nhất 01 lần/quý.
""",
    kind="once_a_quarter_is_a_standing_duty",
)

# (23) held_out_2026ay (65/81, 80.2%, none confident-wrong when scored), its largest review class: a consolidated text's
# bracketed note of an amendment ("[Cụm từ này bị thay thế bởi ... Thông tư 23/2025/TT-BNNMT có hiệu lực từ ngày
# 01/07/2025]"; parser/citations.py AMENDMENT_NOTE) is masked as a citation, so its effective date no longer refuses the
# duty around it; and a qualifier "trước ngày Thông tư này có hiệu lực," before the clause's own limit
# (parser/furniture.py NOT_THE_EFFECT_RE) is no effective date. An effective date alone stays refused.
AMENDMENT_NOTES = table(
    """
held_out_2026ay.yaml btc-tt-12-2015-tt-btc-dai-ly-thu-tuc-hai-quan | 2015-01-30 | rel:5 | any | Trong thời hạn 05 ngày kể từ ngày nhận đủ hồ sơ, Tổng cục trưởng Tổng cục Hải quan cấp mã số nhân viên đại lý làm thủ tục hải quan theo  [Khoản này được sửa đổi bởi Khoản 6 Điều 1 Thông tư 22/2019/TT-BTC có hiệu lực từ ngày 01/07/2019]mẫu số 08 ban hành kèm Thông tư này.
held_out_2026ay.yaml btnmt-tt-08-2024-tt-btnmt-thong-ke-kiem-ke-dat-dai | 2024-07-31 | 2025-06-29 | any | c) Bộ Tài nguyên và Môi trường [Cụm từ này bị thay thế bởi Điểm a Khoản 2 Điều 10 Thông tư 23/2025/TT-BNNMT có hiệu lực từ ngày 01/07/2025] tổng hợp kết quả thống kê đất đai hằng năm của cả nước và công bố trước ngày 30 tháng 6 của hằng năm.
held_out_2026ay.yaml btc-tt-12-2015-tt-btc-dai-ly-thu-tuc-hai-quan qualifier | 2015-01-30 | 2015-09-29 | any | 1. Đại lý làm thủ tục hải quan đã được công nhận trước ngày Thông tư này có hiệu lực, trước ngày 30/9/2015, Cục Hải quan tỉnh, thành phố lập Danh sách đề nghị Tổng cục Hải quan ra quyết định công nhận lại.
# counter-case: an effective date
constructed a circular's effective date (hand-written) | 2015-01-30 | none | any | Thông tư này có hiệu lực thi hành kể từ ngày 15/3/2015.
""",
    kind="amendment_notes_and_effect_qualifiers",
)

# (24) held_out_2026ax (64/80, 80.0%, 1 confident-wrong when scored): a case past a limit ("đ) Hồ sơ nộp bổ sung quá thời
# hạn 10 ngày làm việc kể từ ngày Cục Hải quan gửi thông báo ..."; parser/two_readings.py PAST_THE_LIMIT_RE), a ground
# listed, is unsure; and its largest review class, the interval of a periodic check in years ("Thời hạn kiểm định kỹ
# thuật an toàn định kỳ là 05 (năm) năm"; parser/ongoing.py periodic_interval), is a standing duty to confirm. A delay
# given ("trong thời hạn 10 ngày làm việc") stays sure.
PAST_LIMITS_AND_INTERVALS = table(
    """
held_out_2026ax.yaml hr8cd-tt-06-2026-tt-btc-hai-quan-so-huu-tri-tue | 2026-01-26 | rel:10:wd | unsure | đ) Hồ sơ nộp bổ sung quá thời hạn 10 ngày làm việc kể từ ngày Cục Hải quan gửi thông báo nộp bổ sung quy định tại điểm a khoản 1 Điều này.
held_out_2026ax.yaml hr8cd-tt-17-2021-tt-bldtbxh-kiem-dinh-chai-khi | 2021-11-15 | continuous | unsure | Thời hạn kiểm định kỹ thuật an toàn định kỳ là 05 (năm) năm.
held_out_2026ax.yaml hr8cd-tt-12-2021-tt-bldtbxh-kiem-dinh-thang-may | 2021-09-30 | continuous | unsure | Thời hạn kiểm định kỹ thuật an toàn định kỳ đối với thang máy lắp đặt tại các tòa nhà chung cư, văn phòng, trung tâm thương mại, bệnh viện, khách sạn, nhà máy sản xuất hay tại khu vực công cộng là hai (02) năm một lần.
# counter-case: a delay given
constructed a delay given (hand-written) | 2024-01-10 | rel:10:wd | sure | Trong thời hạn 10 ngày làm việc kể từ ngày nhận được thông báo, tổ chức nộp hồ sơ bổ sung.
""",
    kind="past_limits_and_check_intervals",
)

test_each_class_reads_as_its_table_says = table_test(
    CONSEQUENCES_OF_MISSING,
    MONTHS_FROM_EFFECT,
    COUNT_BACK_TO_A_CITED_TERM,
    WORKED_OUT_BY_A_RULE,
    SESSION_NAMES,
    ITALIC_DATES,
    DAYS_OF_WHAT_CANNOT_BE_DONE,
    PAST_BEFORE_A_LIMIT,
    LABELLED_YEAR_SPANS,
    WEEKS_BEFORE_A_MOMENT,
    MONTH_DAYS_AND_TASK_VERBS,
    WHOLE_YEARS_EACH_YEAR,
    MOVED_ROOMS,
    BARE_YEAR_CELLS,
    COUNT_BACK_FROM_AN_EXPIRY,
    PERIODIC_AND_AD_HOC,
    YEAR_CELLS_BESIDE_A_STEP,
    STAMPS_AND_AIMS,
    WHOLE_YEAR_LABELS,
    LAPSED_TERMS,
    FORMS_ATTACHED_THEN_A_LIMIT,
    ONCE_A_QUARTER,
    AMENDMENT_NOTES,
    PAST_LIMITS_AND_INTERVALS,
)
