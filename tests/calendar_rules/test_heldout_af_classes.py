"""The classes of the answers found wrong when held_out_2026af was scored (76.7% right, 4 confident-wrong), one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a news lead after an item's number ("2. Ngày 15/3/2026, cử tri cả nước đi bầu cử ..."): read as the same lead
# without the number is (parser/cues.py _LEAD): the day something happens, for review; a lead telling an issue is no
# deadline. A numbered item whose lead is followed by a hard deadline keeps that deadline.
NUMBERED_LEADS = table(
    """
held_out_2026af.yaml baucu-luongminh-kh-tieu-ban-tuyen-truyen-pho-bang-2026 | 2025-12-10 | 2026-03-15 | unsure | 2. Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031!
held_out_2026af.yaml baucu-luongminh-kh-tieu-ban-tuyen-truyen-pho-bang-2026 unnumbered | 2025-12-10 | 2026-03-15 | unsure | Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031!
held_out_2026d.yaml sgdbinhduong-tb-143-gvdg-gdcn-2012 | 2012-02-10 | none | unsure | "Ngày 23/5/2021, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026"
constructed an event after a bracketed number (hand-written) | 2026-03-01 | 2026-05-22 | unsure | 1) Ngày 22/5/2026, toàn tỉnh tổ chức Lễ ra quân hưởng ứng Tháng hành động vì môi trường.
# an issue told after a number (dev_2025.yaml caobang-cv-1536-2017 with a number put before it, hand-written)
constructed dev_2025.yaml caobang-cv-1536-2017 numbered | 2017-05-24 | none | unsure | 1. Ngày 24/5/2017, UBND tỉnh ban hành Công văn số 1536/UBND-TH, yêu cầu báo cáo kết quả thực hiện ý kiến kiến nghị của cử tri
# counter-cases: a hard deadline after the numbered lead, a numbered deadline with no lead (hand-written)
constructed a numbered lead, then a deadline | 2026-01-05 | 2026-01-20 | sure | 3. Ngày 10/01/2026, Sở Nội vụ yêu cầu các xã gửi báo cáo chậm nhất ngày 20/01/2026.
constructed a numbered deadline | 2025-12-10 | before 2026-03-15 | sure | 2. Trước ngày 15/3/2026, các tổ bầu cử niêm yết danh sách cử tri.
""",
    kind="a_numbered_news_lead_is_a_lead",
)

# (2) a round or a task that begins after a named day written with its date ("Đợt 3: Sau ngày bầu cử 15/3/2026"), with
# no end: only a start, as "Sau ngày 24/11/2024, ..." already was (parser/refusals.py START_ONLY_RE). A consequence
# after the day ("sẽ không được hoàn trả") still makes it the limit, and a delay counted from the day stays one.
STARTS_AFTER_A_NAMED_DAY = table(
    """
held_out_2026af.yaml baucu-luongminh-kh-tieu-ban-tuyen-truyen-pho-bang-2026 | 2025-12-10 | none | unsure | 2.3. Đợt 3: Sau ngày bầu cử 15/3/2026
constructed a holiday's day, another wording (hand-written) | 2024-01-05 | none | unsure | Đợt 2: Sau ngày Tết Nguyên đán 10/02/2024
held_out_2026ab.yaml citd-uit-thu-hoc-phi-hk1-2024-2025 | 2024-11-07 | none | unsure | Sau ngày 24/11/2024, sinh viên có thể kiểm tra tình trạng học phí được cập nhật tại trang https://student.citd.vn/.
held_out_2026m.yaml baolangson-tphcm-tuyen-sinh-mam-non-sau-15-6-2010 | 2010-06-01 | none | unsure | Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh cho biết các trường mầm non trên địa bàn thành phố sẽ đồng loạt tuyển sinh (năm học 2010-2011) sau ngày 15/6.
# counter-cases
held_out_2026b.yaml troyhcmc-lich-hoc-ky-thu-2017 | 2017-07-15 | 2017-09-30 | any | (2) Sau ngày 30/09/2017, sinh viên hủy môn sẽ không được hoàn trả học phí.
constructed a delay after the named day (hand-written) | 2025-12-10 | rel:10 | sure | Trong thời hạn 10 ngày sau ngày bầu cử 15/3/2026, Ủy ban bầu cử phải công bố kết quả.
""",
    kind="a_start_after_a_named_day_is_no_deadline",
)

# (3) a duty due whenever asked ("đột xuất", parser/ongoing.py adhoc) has no date the text fixes: readers take it as no
# deadline ("Báo cáo đột xuất theo yêu cầu của cơ quan quản lý ...") or as a standing duty ("kiểm tra, đánh giá đột
# xuất khi có yêu cầu"), never as an ad hoc rule; it stays ad hoc, for a person to confirm (with "định kỳ" and no period
# beside it, a standing duty to confirm). A dated clause after it is still the phrase's deadline.
ADHOC_TO_CONFIRM = table(
    """
held_out_2026af.yaml hr8cd-tt-10-2022-tt-bldtbxh-giam-sat-giam-ngheo | 2022-05-31 | adhoc | unsure | - Báo cáo đột xuất theo yêu cầu của cơ quan quản lý các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình.
held_out_2026ac.yaml qbvr-daknong-thanh-tra-tinh-bao-cao-tiep-cong-dan-thang-4-2019 | 2019-08-06 | continuous | unsure | Thanh tra tỉnh báo cáo tình hình, kết quả công tác tiếp công dân định kỳ và đột xuất của lãnh đạo UBND tỉnh, lãnh đạo các Sở, ban, ngành, lãnh đạo UBND các huyện, thị xã trong tháng 04/2019 như sau:
constructed "đột xuất" alone | 2024-03-01 | adhoc | unsure | Các trường báo cáo đột xuất khi có yêu cầu.
# counter-case: the dated clause after it
constructed an inspection, then a dated report | 2024-03-01 | 2024-06-30 | any | Kiểm tra đột xuất khi cần thiết; gửi báo cáo tổng hợp chậm nhất ngày 30/6/2024.
""",
    kind="an_adhoc_duty_is_for_review",
)

# (4) "thường xuyên" describing the task a sentence names after "là", "thành" ("Xác định đây là nhiệm vụ quan trọng,
# cấp bách, thường xuyên của cả hệ thống chính trị", "đưa ... thành nhiệm vụ trọng tâm, thường xuyên"): that
# "nhiệm vụ" names the work and gives no duty, so with no other duty word the sentence may be a characterisation (the
# 2026af reader: none; the dev_2025 reader: continuous): for review. A duty word elsewhere keeps it a duty.
TASKS_CALLED_REGULAR = table(
    """
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai | 2026-04-29 | continuous | unsure | Xác định đây là nhiệm vụ quan trọng, cấp bách, thường xuyên của cả hệ thống chính trị và toàn xã hội.
dev_2025.yaml vbpl-soctrang-ke-hoach-pctn | 2006-06-01 | continuous | unsure | đưa công tác phòng, chống tham nhũng thành nhiệm vụ trọng tâm, thường xuyên của các ngành, các cấp từ tỉnh đến cơ sở
constructed "coi ... là một trong những nhiệm vụ" (hand-written) | 2024-03-01 | continuous | unsure | Coi đây là một trong những nhiệm vụ trọng tâm, thường xuyên của cả hệ thống chính trị và toàn xã hội.
# counter-cases: a duty word outside the task's noun, or between it and "thường xuyên"
constructed "phải xác định" (hand-written) | 2024-03-01 | continuous | sure | Các cấp ủy phải xác định đây là nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị.
held_out_2026k.yaml thanhbinh-hai-duong-ra-quan-trat-tu-do-thi | 2020-09-07 | continuous | sure | Việc ra quân xử lý vi phạm trật tự đô thị, trật tự quảng cáo trên địa bàn phường là việc làm được duy trì thường xuyên, liên tục nhằm giải quyết dứt điểm tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh, buôn bán, giữ gìn an ninh trật tự, đảm bảo trật tự an toàn giao thông và vệ sinh môi trường.
""",
    kind="a_task_called_regular_is_for_review",
)

# (5) a plan's task table row whose cells run together, its last cell the time ("... thiên tai. Bộ NN&MT Các bộ, cơ quan,
# địa phương Năm 2026 - 2027"; parser/year_columns.py): due at the end of the cell's last year, a convention (for
# review when the row has no deadline word, as the heading "Thời gian hoàn thành" is not in it, or the cell is a "giai
# đoạn"); "Năm 2026 và các năm tiếp theo" is a standing duty. The only rows of this shape in the corpus are 2026af's
# appendix (rows I.1-I.10); the others are hand-written. A year written lowercase is a word of the sentence, and a
# horizon in a sentence stays none.
YEAR_COLUMNS = table(
    """
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.1 | 2026-04-29 | 2027-12-31 | unsure | Rà soát, thể chế hóa các chủ trương, định hướng của Đảng thành văn bản pháp luật, cơ chế, chính sách về phòng, chống thiên tai, các văn bản pháp luật. Bộ NN&MT, Bộ Quốc phòng Các bộ, cơ quan, địa phương Năm 2026 - 2027
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.2 | 2026-04-29 | 2027-12-31 | unsure | Rà soát xây dựng, điều chỉnh các quy hoạch ngành, quy hoạch có tính chất chuyên ngành. Các bộ, UBND các tỉnh, thành phố Các bộ, cơ quan, địa phương Năm 2026 - 2027
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.3 | 2026-04-29 | 2027-12-31 | unsure | Bổ sung, điều chỉnh chiến lược, kế hoạch, phương án phòng ngừa, ứng phó, khắc phục hậu quả thiên tai. Bộ NN&MT Các bộ, cơ quan, địa phương Năm 2026 - 2027
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.6 | 2026-04-29 | continuous | unsure | Hoàn thiện các quy định về xử lý, giải quyết trong tình huống khẩn cấp. Bộ NN&MT Bộ Tư pháp, các bộ, cơ quan Năm 2026 và các năm tiếp theo
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.7 | 2026-04-29 | 2026-12-31 | inferred | Điều chỉnh các quy trình vận hành liên hồ, đơn hồ chứa thuỷ điện, thuỷ lợi, trong đó phải ưu tiên dành dung tích hữu ích của hồ để cắt lũ cho hạ du. Bộ NN&MT, Bộ Công Thương, các địa phương Các bộ, cơ quan Năm 2026
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.8 | 2026-04-29 | 2030-12-31 | unsure | Xây dựng cơ chế huy động nguồn lực của các tổ chức, doanh nghiệp, cá nhân và khuyến khích, hỗ trợ phát triển các quỹ, định chế tài chính, tín dụng tham gia hiệu quả công tác phòng, chống thiên tai. Bộ Tài chính, Ngân hàng nhà nước Việt Nam Bộ Tài chính, các bộ, cơ quan, địa phương Giai đoạn 2026 - 2030
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.9 | 2026-04-29 | 2030-12-31 | unsure | Lồng ghép nội dung yêu cầu phòng, chống thiên tai trong quy hoạch, đầu tư xây dựng đô thị, khu dân cư, công trình hạ tầng. Bộ Tài chính, Bộ Xây dựng Các bộ, cơ quan, địa phương Giai đoạn 2026 - 2030
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai row I.10 | 2026-04-29 | 2030-12-31 | unsure | Tăng cường bảo vệ và có biện pháp giải phóng không gian, hành lang thoát lũ trên các lưu vực sông, lòng sông, bảo đảm khả năng tiêu, thoát lũ. Bộ NN&MT Các bộ, cơ quan, địa phương Giai đoạn 2026 - 2030
constructed a single year after a Sở (hand-written) | 2025-03-01 | end 2025 | unsure | Xây dựng Đề án chuyển đổi số. Sở Thông tin và Truyền thông Các sở, ngành, UBND các huyện Năm 2025
constructed a span after a Ban (hand-written) | 2025-03-01 | end 2027 | unsure | Tổ chức tập huấn nghiệp vụ. Ban Tuyên giáo Các huyện ủy, thành ủy Giai đoạn 2025 - 2027
constructed from a year on (hand-written) | 2025-03-01 | continuous | unsure | Rà soát văn bản quy phạm pháp luật. Sở Tư pháp Các sở, ngành Năm 2025 và các năm tiếp theo
# counter-cases
constructed a lowercase year (hand-written) | 2025-03-01 | none | unsure | Xây dựng đề án. Bộ Nội vụ Các bộ, địa phương năm 2026
dev_2026.yaml hethongphapluat-cv-4330-bnn-2020 | 2020-06-26 | none | unsure | đề xuất, kiến nghị thực hiện trong giai đoạn 2021 - 2025.
""",
    kind="a_task_rows_year_column_is_its_deadline",
)

# (6) the issue line followed by the heading of a document's type in extracted text ("Hà Nội, ngày 31 tháng 5 năm 2022
# THÔNG TƯ", "... NGHỊ ĐỊNH Quy định chi tiết ..."): the document's date, no deadline, as "... năm 2024 KẾ HOẠCH" already
# was (parser/patterns.py ISSUE_LINE_RE). A duty after a comma stays one.
ISSUE_LINE_HEADINGS = table(
    """
held_out_2026af.yaml hr8cd-tt-10-2022-tt-bldtbxh-giam-sat-giam-ngheo | 2022-05-31 | none | unsure | Hà Nội, ngày 31 tháng 5 năm 2022 THÔNG TƯ
held_out_2026af.yaml hr8cd-tt-19-2024-tt-bkhdt-he-thong-dau-tu-cong | 2024-10-16 | none | unsure | Hà Nội, ngày 16 tháng 10 năm 2024 THÔNG TƯ
held_out_2026ae.yaml hr8cd-nd-188-2025-nd-cp-bao-hiem-y-te | 2025-07-01 | none | unsure | Hà Nội, ngày 01 tháng 7 năm 2025 NGHỊ ĐỊNH Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế
held_out_2026ae.yaml hr8cd-tt-21-2021-tt-bldtbxh-nguoi-lao-dong-di-lam-viec-nuoc-ngoai | 2021-12-15 | none | unsure | Hà Nội, ngày 15 tháng 12 năm 2021 THÔNG TƯ Quy định chi tiết một số điều của Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng
constructed a telegram's heading (hand-written) | 2024-09-08 | none | unsure | Hà Nội, ngày 08 tháng 9 năm 2024 CÔNG ĐIỆN
# counter-case: a duty with its day after a comma (hand-written)
constructed a report due on a day | 2024-03-01 | 2024-04-12 | any | Các đơn vị gửi báo cáo vào thứ Sáu, ngày 12/4/2024.
""",
    kind="an_issue_line_before_a_heading_is_no_deadline",
)

# (7) a page's date stamp opening with the weekday "thứ tư" ("thứ tư, Ngày 15/05/2019, 12:00"): the weekday's "tư"
# folds as "từ" does and counted as the phrase's own deadline word, so the stamp was read as a day (parser/furniture.py);
# it is the page's stamp. A deadline label before the stamp keeps it a deadline.
WEDNESDAY_STAMPS = table(
    """
held_out_2026ac.yaml sldtbxh-daknong-tuyen-chon-dieu-duong-vien-duc-khoa-5-dot-2-2019 | 2019-05-15 | none | unsure | thứ tư, Ngày 15/05/2019, 12:00
held_out_2026ac.yaml sldtbxh-daknong-ke-hoach-ky-thi-tieng-han-eps-2019 | 2019-05-08 | none | unsure | thứ tư, Ngày 08/05/2019, 12:00
held_out_2026u.yaml hoinhabao-giai-bao-chi-phong-chong-tham-nhung-2017 | 2017-10-25 | none | unsure | Thứ tư, ngày 25 tháng 10 năm 2017 | 10:41:2
# counter-case (hand-written)
constructed a deadline label before the stamp | 2019-05-01 | 2019-05-15 | sure | Hạn nộp hồ sơ: thứ tư, ngày 15/05/2019, 12:00
""",
    kind="a_wednesday_stamp_is_the_pages",
)

# (8) a day of a month of each quarter ("Trước ngày 10 tháng đầu tiên các quý, báo cáo ... quý trước"; parser/returns.py
# MONTH_OF_EACH_RE): every quarter on that day of its first (second, third) month, "trước" the day before. The only
# such row in the corpus is 2026af's; the others are hand-written. A month of the next quarter ("tháng đầu quý tiếp
# theo") and a day of the quarter's last month keep their readings.
MONTHS_OF_EACH_QUARTER = table(
    """
held_out_2026af.yaml hr8cd-tt-19-2024-tt-bkhdt-he-thong-dau-tu-cong | 2024-10-16 | every quarter at month:1:day:10 offset -1d | certain | b) Trước ngày 10 tháng đầu tiên các quý, báo cáo kết quả thực hiện và giải ngân quý trước;
constructed the second month of each quarter (hand-written) | 2024-10-16 | every quarter at month:2:day:15 | certain | Chậm nhất ngày 15 tháng thứ hai của mỗi quý, các đơn vị gửi báo cáo.
constructed the last day of the first month (hand-written) | 2024-10-16 | every quarter at month:1 | certain | Ngày cuối cùng của tháng đầu mỗi quý, Sở tổng hợp báo cáo quý trước.
# counter-cases
held_out_2026ae.yaml hr8cd-tt-05-2023-tt-bkhdt-giam-sat-danh-gia-dau-tu | 2023-06-30 | 2023-07-09 | any | Hằng quý, trước ngày 10 của tháng đầu quý tiếp theo (riêng quý IV là vào ngày 10 tháng 02 năm sau) phải xác nhận dữ liệu đã cập nhật trên Hệ thống thông tin nghiệp vụ.
held_out_2026f.yaml tvpl-hoidap-tt-44-2019-bgtvt-thoi-han-bao-cao | 2019-12-01 | every quarter at day:20 | certain | - Báo cáo định kỳ hàng quý: Thời hạn gửi báo cáo chậm nhất vào ngày 20 của tháng cuối quý thuộc kỳ báo cáo.
""",
    kind="a_day_of_a_month_of_each_quarter_recurs",
)

test_each_class_reads_as_its_table_says = table_test(
    NUMBERED_LEADS,
    STARTS_AFTER_A_NAMED_DAY,
    ADHOC_TO_CONFIRM,
    TASKS_CALLED_REGULAR,
    YEAR_COLUMNS,
    ISSUE_LINE_HEADINGS,
    WEDNESDAY_STAMPS,
    MONTHS_OF_EACH_QUARTER,
)
