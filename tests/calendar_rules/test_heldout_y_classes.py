"""The classes found when held_out_2026y.yaml was scored (131/202 right, 5 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another count) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) "at least" right after "trước", before the count and the event it is counted from ("Trước ít nhất 30 ngày kể từ
# ngày dự kiến sử dụng người lao động nước ngoài, ..."): only a count back (negative days), as sure as its wording.
# "trước N ngày kể từ ..." without it, or "tối thiểu trước ...", stays for a person to confirm.
AT_LEAST_AFTER_BEFORE = table(
    """
held_out_2026y.yaml luatvietan-giay-phep-lao-dong-copy-inter-news | 2021-06-01 | rel:-30 | sure | Trước ít nhất 30 ngày kể từ ngày dự kiến sử dụng người lao động nước ngoài, người sử dụng lao động (trừ nhà thầu) gửi báo cáo giải trình về nhu cầu sử dụng người lao động nước ngoài đến Bộ Lao động – Thương binh và Xã hội hoặc Chủ tịch Ủy ban nhân dân cấp tỉnh.
held_out_2026y.yaml luatvietan-giay-phep-lao-dong-copy-inter-news | 2021-06-01 | rel:-15:wd | sure | Trước ít nhất 15 ngày làm việc, kể từ ngày người lao động nước ngoài dự kiến bắt đầu làm việc cho người sử dụng lao động thì người sử dụng lao động phải khai thông tin vào tờ khai và nộp hồ sơ đề nghị cấp giấy phép lao động theo quy định đến cơ quan cấp giấy phép lao động qua cổng thông tin điện tử.
constructed "tối thiểu" | 2024-03-01 | rel:-10 | sure | Trước tối thiểu 10 ngày kể từ ngày khai giảng, nhà trường thông báo lịch học cho sinh viên.
constructed weeks | 2024-03-01 | rel:-14 | sure | Trước ít nhất 02 tuần kể từ ngày thi, khoa công bố danh sách dự thi.
# without "at least" after "trước": either reading, a person confirms
constructed "trước N ngày kể từ" | 2024-03-01 | rel:90 | unsure | Thời hạn trước 90 ngày kể từ ngày có kết quả.
constructed "tối thiểu trước" | 2024-03-01 | rel:-14 | unsure | Tối thiểu trước 2 tuần kể từ môn thi đầu tiên, sinh viên nộp đơn.
constructed within, counted from | 2024-03-01 | rel:30 | sure | Trong vòng 30 ngày kể từ ngày được cấp giấy chứng nhận, chi nhánh kê khai và nộp thuế môn bài.
""",
    kind="at_least_after_before_counts_back",
)

# (2) a day inside an opening condition ("Nếu chi nhánh thành lập trước ngày 01/07 hàng năm thì nộp đủ thuế môn bài là:
# ..."), with no time after its "thì": the day may only say when the case applies (a fee's tier, a rule's scope) or be an
# implicit deadline; the reading stays, unsure. A time after "thì" is the consequence's deadline; a condition without
# "thì" is no condition of this shape.
CONDITION_ONLY = table(
    """
held_out_2026y.yaml luatvietan-thanh-lap-chi-nhanh-cong-ty-copy-inter-news | 2022-06-01 | every year at date:07-01 offset -1d | unsure | Nếu chi nhánh thành lập trước ngày 01/07 hàng năm thì nộp đủ thuế môn bài là: 1.000.000 đồng/năm.
constructed a scope of a fee | 2022-06-01 | 2022-09-30 | unsure | Trường hợp doanh nghiệp thành lập trước ngày 01/10/2022 thì được miễn lệ phí môn bài.
constructed an implicit deadline | 2022-06-01 | 2022-07-15 | unsure | Nếu đến ngày 15/7 chưa nộp hồ sơ thì sẽ bị hủy kết quả.
# a time after "thì", no "thì"
constructed a time after "thì" | 2022-06-01 | 2022-06-29 | sure | Trường hợp nộp hồ sơ trực tuyến thì nộp trước ngày 30/6/2022.
constructed no "thì" | 2022-06-01 | 2022-06-29 | sure | Nếu có thay đổi, các đơn vị gửi báo cáo trước ngày 30/6/2022.
""",
    kind="a_day_only_in_a_condition_is_unsure",
)

# (3) "liên tục" after a count of years, months, days, spelled or not ("không được sử dụng trong thời hạn năm năm liên
# tục", "ba năm liên tục"): in a row, not a duty that goes on. "liên tục" qualifying a verb stays continuous.
IN_A_ROW = table(
    """
held_out_2026y.yaml luatvietan-trinh-tu-dang-ky-nhan-hieu-copy-inter-news | 2022-06-01 | none | unsure | Nếu nhãn hiệu không được sử dụng trong thời hạn năm năm liên tục sẽ bị chủ thể khác yêu cầu chấm dứt hiệu lực.
constructed three years in a row | 2024-03-01 | none | unsure | Doanh nghiệp có ba năm liên tục đạt danh hiệu.
constructed twelve months, in digits | 2024-03-01 | none | unsure | Nếu nhãn hiệu không được sử dụng trong 12 tháng liên tục sẽ bị chấm dứt hiệu lực.
# the verb's "liên tục"
constructed a duty that goes on | 2024-03-01 | continuous | unsure | Các đơn vị tuyên truyền liên tục trên các phương tiện thông tin.
constructed among other manners | 2024-03-01 | continuous | any | Ban Chấp hành TƯ Hội yêu cầu đẩy mạnh tuyên truyền sâu rộng, thường xuyên, liên tục, có hệ thống.
""",
    kind="a_count_in_a_row_is_no_ongoing_duty",
)

# (4) a financial statement named by its period ("nộp báo cáo tài chính cuối năm cho năm hoạt động", "báo cáo tài chính
# năm 2022", "BCTC quý I/2023"): the books it closes, not when it is due; the period is blanked. A due date written beside
# it is read; a year's end told as a time ("hoàn thành ... cuối năm 2023") stays.
STATEMENT_PERIODS = table(
    """
held_out_2026y.yaml luatvietan-thanh-lap-cong-ty-2023-copy-inter-news | 2023-01-15 | continuous | unsure | Đối với báo cáo tài chính cuối năm: Doanh nghiệp lưu ý dù công ty không phát sinh hoạt động kinh doanh vẫn phải lập và nộp báo cáo tài chính cuối năm cho năm hoạt động.
constructed a year named | 2023-03-01 | none | unsure | Doanh nghiệp nộp báo cáo tài chính năm 2022.
# a due date beside it; a year's end as a time
constructed a year, then its due date | 2023-03-01 | 2023-03-30 | sure | Doanh nghiệp nộp báo cáo tài chính năm 2022 trước ngày 31/3/2023.
constructed a quarter, then its due date | 2023-03-01 | 2023-04-29 | sure | Doanh nghiệp nộp báo cáo tài chính quý I/2023 trước ngày 30/4/2023.
constructed a year's end as a time | 2023-03-01 | 2023-12-31 | sure | Các đơn vị hoàn thành báo cáo tổng kết cuối năm 2023.
""",
    kind="a_statement_period_is_no_deadline",
)

# (5) a span of counts before the event it is counted from ("trong khoảng thời gian từ 2-3 tháng kể từ ngày đóng lệ phí",
# "từ 3 đến 5 ngày sau khi sinh viên thực hiện đăng ký"): a delay, due by its longer count, as after a delay word ("sau 07
# đến 10 ngày"). A span of counts with no event is a length: no date.
COUNT_SPANS_FROM_AN_EVENT = table(
    """
held_out_2026y.yaml luatvietan-trinh-tu-dang-ky-nhan-hieu-copy-inter-news | 2022-06-01 | rel:3:mo | sure | Cục Sở hữu trí tuệ sẽ cấp văn bằng bảo hộ độc quyền nhãn hiệu trong khoảng thời gian từ 2-3 tháng kể từ ngày đóng lệ phí.
held_out_2026y.yaml luatvietan-dang-ky-kieu-dang-cong-nghiep-copy-inter-news | 2022-06-01 | rel:3:mo | sure | Thời hạn cấp văn bằng: 02-03 tháng kể từ ngày nộp lệ phí cấp văn bằng.
held_out_2026y.yaml hcmut-bksi-hoan-thi-giua-ky-cuoi-ky | 2025-08-01 | rel:5 | sure | Thời gian xử lý: từ 3 đến 5 ngày sau khi sinh viên thực hiện đăng ký hoãn thi tại MyBK >> Ứng dụng cho Sinh viên >> Đăng ký Hoãn thi >> Chọn môn Đăng ký hoãn thi.
constructed working days | 2024-03-01 | rel:15:wd | sure | Hồ sơ được giải quyết 10 - 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
# a delay word before the span; a length with no event
constructed a delay word | 2024-03-01 | rel:10 | unsure | Kết quả được niêm yết sau 07 đến 10 ngày.
constructed a length | 2024-03-01 | none | unsure | Thời gian tập huấn từ 3 đến 5 ngày.
""",
    kind="a_span_of_counts_from_an_event_is_due_by_the_longer",
)

# (6) a time counted in weeks or months into a school term ("trong 4 tuần đầu của học kỳ", "trong tuần đầu tiên của HK
# dự thính", "tuần thứ 04 tính từ đầu học kỳ", "Kết thúc ở tuần 5 của học kỳ", "vào tháng thứ 3 của học kỳ 1"): that
# many weeks (7 days each) or months after the term's start, which the phrase does not date: unsure. A date written is
# the deadline.
WEEKS_INTO_A_TERM = table(
    """
held_out_2026y.yaml hcmut-bksi-dang-ky-mon-hoc-2025-2026 | 2025-08-01 | rel:28 | unsure | Thời gian nộp đơn tạm dừng: trong 4 tuần đầu của học kỳ.
held_out_2026y.yaml hcmut-bksi-hoc-phi | 2025-08-01 | rel:7 | unsure | Học phí các HK dự thính: trong tuần đầu tiên của HK dự thính.
held_out_2026y.yaml hcmut-bksi-hoc-phi | 2025-08-01 | rel:7 | unsure | Học phí HK hè và HK dự thính hè: trong tuần đầu tiên của HK hè.
held_out_2026y.yaml hcmut-bksi-hoc-phi | 2025-08-01 | rel:35 | unsure | 100% học phí: Kết thúc ở tuần 5 của học kỳ (thời gian thanh toán trong 1 tuần).
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | rel:28 | unsure | Thời điểm nộp hồ sơ nghỉ học tạm thời vì lý do cá nhân chậm nhất là tuần thứ 04 tính từ đầu học kỳ.
held_out_2026y.yaml scribd-nlu-quy-dinh-seminar-chuyen-nganh-thac-si | 2009-09-01 | rel:3:mo | unsure | Sau khi đã sửa chữa xong và được sự đồng ný của CBHD thì HV nộp cho CB phụ trách chương trình sau đại học (SĐH) của Khoa chuyên môn vào tháng thứ 3 của học kỳ 1; nếu không thì phải hoàn tất ở học kỳ 2.
constructed the school year | 2024-08-01 | rel:14 | unsure | Sinh viên đăng ký ở ký túc xá trong 2 tuần đầu của năm học.
constructed an ordinal week of HK | 2024-08-01 | rel:42 | unsure | Hạn rút môn học: tuần thứ 6 của HK 1.
# a date written
constructed a date written | 2022-07-28 | 2022-09-14 | sure | Sinh viên nộp học phí trong tuần đầu học kỳ 1 năm học 2022-2023, trước ngày 15/9/2022.
""",
    kind="weeks_into_a_term_count_from_its_start",
)

# (7) a count of weeks back from an event, said in calendar weeks or against the event ("trước khi học 01 (một) tuần theo
# lịch", "chậm nhất 01 (một) tuần (theo lịch) trước ngày nộp thu hoạch ...", "trước 01 tuần theo lịch thi môn ...",
# "trước 02 tuần so với tuần kết thúc học kỳ"): that many days back. A second deadline joined by "và trước" makes it
# unsure (which clause, a person decides).
CALENDAR_WEEKS_BACK = table(
    """
held_out_2026y.yaml ftu-quy-dinh-thu-nop-hoc-phi | 2018-01-01 | rel:-7 | sure | + Học kỳ hè (nếu có): trước khi học 01 (một) tuần theo lịch
held_out_2026y.yaml ftu-quy-dinh-thu-nop-hoc-phi | 2018-01-01 | rel:-7 | sure | + Riêng học kỳ cuối cùng của khoá học, tất cả các sinh viên/học viên phải đóng học phí và lệ phí (nếu có) chậm nhất 01 (một) tuần (theo lịch) trước ngày nộp thu hoạch thực tập tốt nghiệp/khoá luận tốt nghiệp/luận văn tốt nghiệp.
held_out_2026y.yaml hcmut-bksi-hoan-thi-giua-ky-cuoi-ky | 2025-08-01 | rel:-7 | sure | Sinh viên tải mẫu đơn “PHIẾU ĐĂNG KÝ THI ĐỂ THAY THẾ ĐIỂM HOÃN THI” + đính kèm bảng photo quyết định, nộp cho PĐT hoặc Văn phòng Đào tạo quốc tế (đối với SV các chương trình ĐTQT) trước 01 tuần theo lịch thi môn cần xóa điểm HT (môn phải có lịch thi trong học kỳ cần xóa), để PĐT cấp giấy cho phép thi.
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | rel:-14 | unsure | Việc rút đăng ký học phần phải được thực hiện trước 02 tuần so với tuần kết thúc học kỳ và trước ngày thi đối với các học phần có tổ chức thi.
constructed an exam's schedule | 2024-03-01 | rel:-7 | sure | Sinh viên nộp đơn đăng ký thi lại trước 01 tuần theo lịch thi của môn học.
constructed "(theo lịch)", two weeks | 2024-03-01 | rel:-14 | sure | Các lớp đăng ký danh sách chậm nhất 02 tuần (theo lịch) trước ngày khai mạc hội thao.
constructed a second "và trước" | 2024-03-01 | rel:-7 | unsure | Việc hủy đăng ký phải thực hiện trước 01 tuần so với tuần thi và trước ngày thi đối với môn thi cuối kỳ.
# a count after the event, as before
constructed days after the event | 2024-03-01 | rel:-5 | sure | Các lớp đăng ký thi đấu trước khi khai mạc 05 ngày.
""",
    kind="calendar_weeks_before_an_event_count_back",
)

# (8) a fee, a confirmation, a request due before a term or a school's meeting begins ("được thu trước khi bắt đầu học",
# "xác nhận nhập học ..., trước khi nhập học tại Trường", "làm đơn nộp cho ... trước khi nhà trường tổ chức họp xét",
# "phải trước thời gian đăng ký Khóa luận"): zero days before that undated start, unsure. A step before the next step
# ("nộp phí ... trước khi liên hệ với Ban quản lý") stays a duty with no time.
BEFORE_A_START = table(
    """
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | rel:0 | unsure | Học phí các học kỳ phụ, các lớp tối, lớp dự thính được thu trước khi bắt đầu học.
held_out_2026y.yaml tlu-bot-qd-215-quy-che-tuyen-sinh-dai-hoc-2023 | 2023-02-22 | rel:0 | unsure | 2.  Thí sinh xác nhận nhập học bằng hình thức trực tuyến trên hệ thống, trước khi nhập học tại Trường.
held_out_2026y.yaml cs2-ftu-faq-xet-dieu-kien-khoa-luan-thuc-tap | 2022-01-01 | rel:0 | unsure | Lưu ý: Sinh viên chưa tốt nghiệp cùng khóa học, muốn được xét điều kiện Thực tập tốt nghiệp cùng với khóa sau phải làm đơn nộp cho Chuyên viên phụ trách Khóa của Ban QLĐT trước khi nhà trường tổ chức họp xét.
held_out_2026y.yaml hcmut-bksi-ky-nang-cntt-2025 | 2025-09-01 | rel:0 | unsure | Nộp bất kỳ lúc nào để xét đạt chuẩn nhưng phải trước thời gian đăng ký Khóa luận tốt nghiệp.
constructed a term's start | 2024-03-01 | rel:0 | unsure | Sinh viên nộp học phí trước khi bắt đầu học kỳ.
constructed a graduation meeting | 2024-03-01 | rel:0 | unsure | Các đơn vị gửi danh sách về Phòng Đào tạo trước khi nhà trường tổ chức họp xét tốt nghiệp.
# a step before the next one; the day before an event's day
constructed a step before the next | 2024-03-01 | continuous | unsure | Sinh viên nộp phí nội trú tại Phòng Tài chính trước khi liên hệ với Ban quản lý Ký túc xá.
constructed before the event's day | 2024-03-01 | rel:-1 | unsure | Các trường hoàn thành hồ sơ trước ngày nhập học.
""",
    kind="due_before_a_term_or_meeting_starts_is_zero_days",
)

# (9) a task done by someone else's schedule, with no time written ("thực hiện theo kế hoạch chung của Bộ ...", "được thu
# theo lịch học vụ", "nộp đoàn phí theo thông báo", "Thời gian đăng ký: Theo lịch thông báo ..."): continuous, unsure.
# What was done by a plan is no duty; a date written is the deadline.
SET_BY_ANOTHER_SCHEDULE = table(
    """
held_out_2026y.yaml tlu-bot-thong-bao-tuyen-sinh-2024-ha-noi | 2024-04-12 | continuous | unsure | Các phương thức còn lại thực hiện theo kế hoạch chung của Bộ giáo dục và Đào tạo.
held_out_2026y.yaml tlu-bot-thong-bao-tuyen-sinh-2022 | 2022-05-30 | continuous | unsure | -Phương thức xét tuyển dựa vào kết quả kỳ thi đánh giá tư duy, phương thức dựa trên kết quả thi tốt nghiệp THPT thực hiện theo kế hoạch của Bộ Giáo dục và Đào tạo.
held_out_2026y.yaml tlu-bot-thong-tin-tuyen-sinh-2025 | 2025-04-27 | continuous | unsure | Thời gian đăng ký xét tuyên theo lịch và hướng dân chung của Bộ GD&amp;ĐT.
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | continuous | unsure | Học phí các học kỳ chính, lớp chính quy được thu theo lịch học vụ.
held_out_2026y.yaml hcmut-bksi-rut-mon-hoc | 2025-08-01 | continuous | unsure | Thời gian đăng ký: Theo lịch thông báo gởi qua tin nhắn BKel/LMS vào đầu học kỳ.
held_out_2026y.yaml cvct3-thu-nop-doan-phi-2018 | 2018-05-01 | continuous | unsure | Ban chấp hành các chi đoàn trực thuộc triển khai thu và nộp đoàn phí theo thông báo.
constructed a training plan | 2024-03-01 | continuous | unsure | Việc đăng ký học phần thực hiện theo kế hoạch đào tạo của nhà trường.
# done by a plan; a date written
constructed done by a plan | 2024-03-01 | none | unsure | Các trường đã tổ chức thực hiện theo kế hoạch của Sở.
constructed a date written | 2024-03-01 | 2024-03-29 | sure | Các chi đoàn nộp đoàn phí theo thông báo trước ngày 30/3/2024.
""",
    kind="a_task_by_another_schedule_is_continuous",
)

# (10) the day and month after an observance's name ("hưởng ứng Ngày sách Việt Nam 21/4", "hưởng ứng ngày Quốc tế Trẻ
# em gái 11/10", "chào mừng ngày Nhà giáo Việt Nam 20/11"): part of the name, blanked. A deadline beside it, or the
# observance's day written as a time of its own ("vào ngày 23/6/2024"), is read.
OBSERVANCE_DAYS = table(
    """
held_out_2026y.yaml vietnamnet-hoi-lhpn-hanoi-cuoc-thi-viet-gia-dinh-thoi-nay-2021 | 2021-09-26 | none | unsure | Cuộc thi được tổ chức nhằm hưởng ứng ngày Quốc tế Trẻ em gái 11/10, Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2021.
held_out_2026y.yaml thcsmyanhunga-ngay-sach-van-hoa-doc-2022 | 2022-04-19 | none | unsure | – Thư viện tham mưu với Ban giám hiệu kế hoạch, kinh phí cho các hoạt động hưởng ứng Ngày sách Việt Nam 21/4.
constructed "chào mừng" | 2024-10-01 | none | unsure | Nhà trường tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11.
# a deadline beside it; the day written as a time
constructed a deadline beside it | 2024-03-01 | 2024-03-29 | unsure | Liên đội tổ chức kỷ niệm ngày thành lập Đoàn 26-3, các chi đội nộp báo cáo trước ngày 30/3/2024.
constructed a day of its own | 2024-03-01 | 2024-06-23 | sure | Các đơn vị tổ chức hội thao hưởng ứng Ngày Olympic, vào ngày 23/6/2024.
""",
    kind="an_observance_names_its_day",
)

test_each_class_reads_as_its_table_says = table_test(
    AT_LEAST_AFTER_BEFORE,
    CONDITION_ONLY,
    IN_A_ROW,
    STATEMENT_PERIODS,
    COUNT_SPANS_FROM_AN_EVENT,
    WEEKS_INTO_A_TERM,
    CALENDAR_WEEKS_BACK,
    BEFORE_A_START,
    SET_BY_ANOTHER_SCHEDULE,
    OBSERVANCE_DAYS,
)
