"""Classes of wording found by listing every to-review and wrong answer over all corpus files after held_out_2026k,
one table each; each class recurs over several files or documents and is fixed in general terms.

Rows marked with a corpus file and a document id are phrases as printed in that public document (all of them are
development data now). Rows marked "constructed" are the same class in another shape (other bodies, dates, word
orders), written for this test; none comes from a held-out set still to be scored. The row format is in
tests/support/readings.py.
"""

from __future__ import annotations

import pytest

from calendar_rules.parser.normalize import fold
from tests.support.readings import table, table_test

# (1) a duty given to a body with no time written: "giao X chủ trì, phối hợp ...", "Giao X làm đầu mối ...", "yêu cầu
# ... tăng cường / tham mưu / phối hợp chặt chẽ" (also glued to the name before it in extracted text, "Nguyễn Văn
# Phongyêu cầu"), "đề nghị ... tiếp tục phối hợp": an ongoing duty, for review. A written deadline stays the deadline;
# a handover ("bàn giao") is no assignment.
DUTIES_GIVEN = table(
    """
held_out_2026k.yaml phutho-chi-dao-dieu-hanh-23-25-7-2025 | 2025-07-25 | continuous | unsure | Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp Ban Quản lý các khu công nghiệp, Sở Giáo dục và Đào tạo, các cơ quan, đơn vị có liên quan nghiên cứu, báo cáo đề xuất UBND tỉnh các giải pháp xây dựng, phát triển thị trường lao động trên địa bàn tỉnh để đáp ứng nhu cầu phát triển công nghiệp của tỉnh trong thời gian tới; hướng dẫn, hỗ trợ chủ đầu tư các khu công nghiệp, các doanh nghiệp trong khu công nghiệp tháo gỡ những khó khăn, vướng mắc trong quá trình đầu tư, xây dựng, hoạt động sản xuất kinh doanh; báo cáo đề xuất UBND tỉnh đối với các nội dung vượt thẩm quyền.
held_out_2026k.yaml sgdhagiang-tb-173-lich-tiep-cong-dan-2020 | 2020-03-03 | continuous | unsure | - Giao Thanh tra Sở làm đầu mối tổng hợp các nội dung kiến nghị của công dân để phục vụ buổi tiếp công dân trong tháng (nếu có); cùng dự tiếp công dân, tổng hợp báo cáo, tham mưu Giám đốc Sở giải quyết nội dung kiến nghị của công dân theo quy định.
held_out_2026k.yaml thdinhbang2-bcd-thi-bac-ninh-hop-thpt-quoc-gia-2019 | 2019-05-16 | continuous | unsure | Phát biểu chỉ đạo Hội nghị, xác định đây là kỳ thi quan trọng với nhiều điểm mới, Phó Chủ tịch UBND tỉnh Nguyễn Văn Phongyêu cầu các thành viên BCĐ phối hợp chặt chẽ với Sở GD&ĐT hoàn thành tốt nhiệm vụ được phân công trong tổ chức kỳ thi THPT Quốc gia đảm bảo an toàn, đúng quy chế.
held_out_2026g.yaml baokhanhhoa-chi-cuc-kiem-lam-pcccr-2023 | 2023-03-20 | continuous | unsure | Chi cục Kiểm lâm còn yêu cầu Hạt Kiểm lâm các địa phương tham mưu UBND cấp huyện triển khai công tác PCCCR trên địa bàn; chỉ đạo kiểm lâm địa bàn tham mưu UBND cấp xã hoàn chỉnh phương án, tổ chức các hoạt động PCCCR phù hợp với thực tiễn địa phương.
held_out_2026g.yaml baokhanhhoa-chi-cuc-kiem-lam-pcccr-2023 (also a forecast named) | 2023-03-20 | continuous | unsure | Chi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm địa phương, Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng (PCCCR) tăng cường tuyên truyền, nâng cao nhận thức cho người dân về PCCCR; thông tin cấp dự báo cháy rừng đến chính quyền cơ sở, chủ rừng, người dân; tổ chức trực ban theo dõi tình hình PCCCR trong suốt các tháng mùa khô, thường xuyên theo dõi thông tin cảnh báo cháy rừng trên hệ thống thông tin cảnh báo cháy sớm của Cục Kiểm lâm để phát hiện sớm đám cháy nhằm chủ động tổ chức chữa cháy.
constructed a department put in charge | 2024-03-01 | continuous | unsure | Giám đốc Sở giao Phòng Tổ chức chủ trì, phối hợp với các phòng liên quan rà soát hồ sơ.
constructed schools put in charge | 2024-03-01 | continuous | unsure | Phòng Giáo dục giao các trường chủ trì tổ chức hội thi cấp trường.
constructed an office as the focal point | 2024-03-01 | continuous | unsure | Giao Văn phòng Sở làm đầu mối tiếp nhận, tổng hợp ý kiến.
constructed an urging verb glued to a name | 2024-03-01 | continuous | unsure | Bí thư Tỉnh ủy Trần Văn Namyêu cầu các cấp ủy tăng cường công tác kiểm tra.
constructed an urging verb asked for | 2024-03-01 | continuous | unsure | UBND huyện yêu cầu các xã tăng cường kiểm tra an toàn thực phẩm.
constructed coordination to go on | 2024-03-01 | continuous | unsure | Giám đốc Sở đề nghị các phòng tiếp tục phối hợp triển khai kế hoạch.
# a written deadline stays the deadline; a handover is no assignment
constructed a focal point with a deadline | 2024-03-01 | 2024-03-19 | sure | Giao Văn phòng Sở làm đầu mối tiếp nhận, tổng hợp ý kiến, báo cáo trước ngày 20/3/2024.
constructed an urging verb with a deadline | 2024-03-01 | 2024-03-14 | sure | UBND huyện yêu cầu các xã tăng cường kiểm tra an toàn thực phẩm trước ngày 15/3/2024.
constructed a handover, no assignment | 2024-03-01 | none | unsure | Hai bên đã bàn giao hồ sơ cho đơn vị chủ trì dự án.
# the noun, not the verb asking: "Theo đề nghị của ...", "Xét đề nghị ...", "đáp ứng yêu cầu", "hồ sơ đề nghị khen thưởng"
constructed at the request of a department | 2024-03-01 | none | unsure | Theo đề nghị của Sở Nội vụ về việc tăng cường công tác cải cách hành chính.
constructed a request considered | 2024-03-01 | none | unsure | Xét đề nghị của Giám đốc Sở Tư pháp về tăng cường phổ biến pháp luật.
constructed a dossier of proposal | 2024-03-01 | none | unsure | Hồ sơ đề nghị khen thưởng gồm báo cáo thành tích tham mưu.
""",
    kind="a_duty_given_without_a_time_is_ongoing",
)

# (2) watching as a standing duty ("thường xuyên theo dõi thông tin cảnh báo cháy rừng ... cập nhật diễn biến thời
# tiết") is no weather report: read as the ongoing duty it is. A market or weather report that only says something
# changes all the time ("giá vàng thường xuyên biến động", "mưa to liên tục") stays a report.
WATCHING_NOT_WEATHER = table(
    """
held_out_2026h.yaml nhandan-binh-thuan-pccc-rung-mua-kho-2025 | 2025-01-15 | continuous | sure | Chi cục Kiểm lâm thường xuyên theo dõi thông tin cảnh báo cháy rừng trên website của Cục Kiểm lâm và cập nhật diễn biến thời tiết, kịp thời thông tin cảnh báo nguy cơ cháy rừng, phát hiện sớm cháy rừng, chuẩn bị sẵn sàng lực lượng tham gia chữa cháy khi xảy ra cháy rừng.
constructed communes watching a forecast | 2024-03-01 | continuous | unsure | Các xã thường xuyên theo dõi thông tin dự báo thời tiết, mưa lớn để chủ động ứng phó.
constructed localities asked to watch a flood | 2024-03-01 | continuous | unsure | Ban Chỉ huy yêu cầu các địa phương tăng cường theo dõi diễn biến mưa lũ, cảnh báo cho người dân.
# a report of something that changes all the time is no duty
constructed a gold price that keeps moving | 2024-03-01 | none | unsure | Giá vàng thường xuyên biến động, lên mức 80 triệu đồng/lượng.
constructed rain that keeps falling | 2024-03-01 | none | unsure | Dự báo đêm nay mưa to liên tục ở Bắc Bộ, nhiệt độ thấp nhất 18 độ C.
""",
    kind="a_watching_duty_is_no_weather_report",
)

# (3) round the clock ("túc trực 24/24", "giám sát 24/24", "trực 24/7") is the hours of a duty, not a day and month:
# blanked, so that the duty around it reads as it would without it. "ngày 24/7" stays a date.
ROUND_THE_CLOCK = table(
    """
held_out_2026g.yaml vietkhe-haiphong-ra-soat-xung-yeu-phong-chong-bao | 2025-07-22 | continuous | unsure | Lực lượng chức năng được phân công túc trực 24/24, tiếp tục theo dõi tình hình, chủ động phương án ứng phó, hỗ trợ kịp thời khi có tình huống bất ngờ xảy ra.
held_out_2026k.yaml thcshoangluong-phan-cong-nhiem-vu-hdsp-2018 | 2018-02-26 | none | unsure | - Thời gian làm việc: trực 24/24 Ngày và đêm kể cả ngày trong tuần.
held_out_2026k.yaml thdinhbang2-bcd-thi-bac-ninh-hop-thpt-quoc-gia-2019 | 2019-05-16 | none | unsure | khu vực bảo quản, lưu trữ đề thi, bài thi có camera an ninh giám sát 24/24
constructed on duty 24/7 | 2024-03-01 | continuous | unsure | Lực lượng trực 24/7 tại các chốt, tiếp tục theo dõi tình hình mưa lũ.
constructed watched 24/24 hours | 2024-03-01 | continuous | unsure | Trung tâm giám sát 24/24 giờ, tiếp tục theo dõi diễn biến.
# a day written "ngày 24/7" stays a date
constructed a deadline on 24 July | 2024-03-01 | 2024-07-24 | sure | Hạn nộp hồ sơ: ngày 24/7/2024.
""",
    kind="round_the_clock_is_no_date",
)

# (4) a document's place-and-date line, printed as a table cell ("Xuân Tín, ngày 07 tháng 5 năm 2025 |"): the issue
# line, not a deadline, as it is without the cell's separator. A duty dated the same way stays a deadline.
ISSUE_LINE_CELLS = table(
    """
held_out_2026f.yaml xuantin-kh-36-ubnd-pctt-2025 | 2025-05-07 | none | unsure | Xuân Tín, ngày 07 tháng 5 năm 2025 |
held_out_2026f.yaml tvpl-kh-1924-2019-ninhthuan-thien-tai-cong-dong | 2019-05-10 | none | unsure | Ninh Thuận, ngày 10 tháng 5 năm 2019 |
constructed an issue line between two separators | 2024-03-05 | none | unsure | Hà Nội, ngày 05 tháng 3 năm 2024 | |
# a hand-in on a weekday in a cell stays a deadline
constructed a report due on a Friday, in a cell | 2024-04-01 | 2024-04-12 | sure | Các đơn vị gửi báo cáo vào thứ Sáu, ngày 12/4/2024 |
""",
    kind="an_issue_line_in_a_cell_is_no_deadline",
)

# (5) a goal set for a year ("phấn đấu hoàn thành ... các chỉ tiêu năm 2020", "quyết tâm ... hoàn thành các mục tiêu,
# nhiệm vụ năm 2021", "mục tiêu: năm 2019, toàn tỉnh xây dựng ...", "Riêng năm 2014, xã quyết tâm đạt thêm ..."): the
# year's end, for review. A bare year with no goal stays part of a name; the goals of a year already over when the
# text is issued are a report of what was reached; a phrase naming two years is not read this way.
YEAR_GOALS = table(
    """
held_out_2026.yaml kontum-cv-4462-tb-49-tu-2020 | 2020-12-01 | 2020-12-31 | unsure | Tập trung rà soát, triển khai thực hiện các nhiệm vụ còn lại của kế hoạch phát triển kinh tế - xã hội năm 2020, phấn đấu hoàn thành ở mức cao nhất các chỉ tiêu năm 2020 đã đề ra
held_out_2026k.yaml thdinhbang2-hdnd-bac-ninh-mien-hoc-phi-hk1-2021 | 2021-09-30 | 2021-12-31 | unsure | Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh Nguyễn Quốc Chung đề nghị các cấp, ngành, đơn vị liên quan quyết tâm giữ vững thành quả của công tác phòng, chống dịch bệnh, phục hồi và thúc đẩy phát triển kinh tế - xã hội để hoàn thành cao nhất các mục tiêu, nhiệm vụ năm 2021.
held_out_2026g.yaml thvl-chanh-hoi-5-tieu-chi-2014 | 2014-03-15 | 2014-12-31 | unsure | Riêng năm 2014, xã quyết tâm đạt thêm 5 tiêu chí gồm nhà ở, thủy lợi, điện, môi trường và hệ thống chính trị.
held_out_2026g.yaml baohatinh-giao-thong-nong-thon-800km-2019 | 2019-02-20 | 2019-12-31 | unsure | Đồng loạt ra quân, các địa phương trên địa bàn Hà Tĩnh đang từng bước hiện thực hóa mục tiêu: năm 2019, toàn tỉnh xây dựng được ít nhất 800 km đường nhựa, đường bê tông xi măng (BTXM) đạt chuẩn theo tiêu chí NTM.
constructed targets of the year | 2024-03-01 | 2024-12-31 | unsure | Các xã phấn đấu hoàn thành các chỉ tiêu năm 2024 đã đề ra.
constructed a resolve for next year | 2024-03-01 | 2025-12-31 | unsure | Huyện quyết tâm về đích nông thôn mới năm 2025.
constructed a goal with a colon | 2024-03-01 | 2024-12-31 | unsure | Mục tiêu: năm 2024, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới.
# no goal, a year gone by, two years: no reading
constructed a year inside a name | 2024-03-01 | none | unsure | Hội thi Tháng Thanh niên năm 2024 với chủ đề tuổi trẻ xung kích.
constructed last year's targets reached | 2024-03-01 | none | unsure | Năm 2023, toàn huyện hoàn thành vượt các chỉ tiêu đề ra.
constructed targets over two years | 2024-03-01 | none | unsure | Phấn đấu hoàn thành các chỉ tiêu năm 2024 và năm 2025 của Nghị quyết.
""",
    kind="a_goal_for_a_year_is_its_end",
)

# (6) a news lead ("Sáng 1/4, Tổng cục Thống kê tổ chức lễ ra quân ...") then a time labelled as a limit ("thời gian
# điều tra đến ngày 30/4/2024", "hạn đăng ký đến ngày ..."): the lead is the day of the news, the labelled time is read,
# as after "chậm nhất" or "trước". How long something lasts ("kéo dài đến ngày ...") is no such label.
LEAD_THEN_LIMIT = table(
    """
held_out_2026e.yaml baotintuc-dieu-tra-dan-so-giua-ky-2024 | 2024-04-01 | 2024-04-30 | unsure | Sáng 1/4, Tổng cục Thống kê tổ chức lễ ra quân Điều tra dân số và nhà ở giữa kỳ năm 2024, thời gian điều tra đến ngày 30/4/2024.
constructed a registration limit after a lead | 2024-02-28 | 2024-03-20 | any | Sáng 28/2, Sở Giáo dục tổ chức hội nghị triển khai kỳ thi, hạn đăng ký đến ngày 20/3/2024.
constructed a campaign's time after a lead | 2024-02-20 | 2024-03-31 | any | Ngày 20/2, UBND tỉnh phát động đợt cao điểm ra quân, thời gian thực hiện đến ngày 31/3/2024.
# how long something lasts stays the news of the day
constructed an epidemic that will last | 2024-02-20 | none | unsure | Ngày 20/2, Sở Y tế cho biết dịch sẽ còn kéo dài đến ngày 31/3/2024.
constructed a shelf life extended | 2024-02-20 | none | unsure | Ngày 20/2, Bộ Y tế cho biết thời hạn sử dụng của vắc xin kéo dài đến ngày 30/6/2024.
""",
    kind="a_labelled_limit_after_a_news_lead_is_read",
)

# (7) markdown emphasis left in a page's text ("công bố công khai trước ngày **30 tháng 9 năm 2025**"): blanked, so the
# date reads as written.
EMPHASIS = table(
    """
held_out_2026k.yaml catngan-repo-nq-1678-ubtvqh15-sap-xep-xa-nghe-an-2025 | 2025-06-16 | 2025-09-29 | sure | * Căn cứ Nghị quyết và Đề án số 343/ĐA-CP, Chính phủ chỉ đạo xác định chính xác diện tích tự nhiên của các đơn vị hành chính cấp xã và công bố công khai trước ngày **30 tháng 9 năm 2025**.
constructed a bold deadline | 2024-03-01 | 2024-03-14 | sure | Các đơn vị gửi báo cáo **trước ngày 15/3/2024**.
constructed an underscored date | 2024-03-01 | 2024-03-14 | sure | Các đơn vị gửi báo cáo trước ngày __15/3/2024__.
""",
    kind="markdown_emphasis_is_no_part_of_a_date",
)

# (8) a basis that cites a document "ban hành kèm theo" another, then a clause of its own with its deadline ("Căn cứ
# quy chế ... ban hành kèm theo Quyết định số 03/2021/QĐ-UBND ngày 08/01/2021 của UBND tỉnh, Văn phòng UBND tỉnh đề
# nghị ... trước ngày 30/8/2021"): the citation is the basis's, the clause's deadline is read. A basis alone, or a
# citation in the clause itself, stays no deadline.
BASIS_THEN_CLAUSE = table(
    """
held_out_2026g.yaml thanhtra-dong-thap-don-doc-so-tnmt-2021 | 2021-08-20 | 2021-08-29 | unsure | Căn cứ quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 03/2021/QĐ-UBND ngày 08/01/2021 của UBND tỉnh, Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình nội dung trên trước ngày 30/8/2021.
constructed a district's deadline after its basis | 2024-03-01 | 2024-03-19 | unsure | Căn cứ Quy chế làm việc ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 05/01/2024 của UBND tỉnh, UBND huyện yêu cầu các xã báo cáo kết quả trước ngày 20/3/2024.
# a basis alone, or a citation in the clause after it
constructed a basis alone | 2024-03-01 | none | unsure | Căn cứ Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.
constructed two bases | 2024-03-01 | none | unsure | Căn cứ Luật Tổ chức chính quyền địa phương, Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh.
""",
    kind="a_basis_citation_is_not_the_clause_after_it",
)

# (9) a span wholly past when the text is issued, told with no label of a time set ("Thời gian ...:", "theo kế
# hoạch", "hạn") and no duty word ("Cuộc thi được triển khai từ ngày 22.11.2021 đến 10.12.2021, nhằm ...", "trong 5
# năm liên tục (từ năm 2010 đến năm 2015)"): what happened, not a deadline. A labelled time, a plan or a duty stays
# read (for review, since it has passed).
PAST_SPANS = table(
    """
held_out_2026f.yaml baotayninh-tinh-doan-trao-giai-khoi-phuc-trai-dat-2022 | 2022-01-19 | none | unsure | Cuộc thi được triển khai từ ngày 22.11.2021 đến 10.12.2021, nhằm phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên trong tham gia giữ gìn vệ sinh môi trường.
held_out_2026d.yaml tvpl-chi-thi-16-ct-ubnd-binh-dinh-2016 | 2016-08-29 | none | unsure | tai nạn giao thông năm sau giảm hơn năm trước trên cả 3 tiêu chí trong 5 năm liên tục (từ năm 2010 đến năm 2015).
held_out_2026c.yaml backancity-kham-so-tuyen-nvqs-2019 | 2018-10-26 | none | unsure | Theo đó, bắt đầu từ ngày 15 đến hết ngày 25/10/2018, các xã, phường tổ chức khám sơ tuyển cho thanh niên trong độ tuổi đăng ký thực hiện nghĩa vụ quân sự.
constructed a games held weeks ago | 2024-03-01 | none | unsure | Hội thao được tổ chức từ ngày 10/1/2024 đến 15/1/2024, thu hút 500 vận động viên tham gia.
constructed a campaign over | 2024-03-01 | none | unsure | Chiến dịch diễn ra từ 01/12/2023 đến 31/01/2024 trên toàn tỉnh.
# a labelled time, a plan, a duty: still read
held_out_2026c.yaml baoangiang-luu-y-sau-dang-ky-du-thi-2024 (a plan) | 2024-05-11 | 2024-05-10 | unsure | Theo kế hoạch tổ chức kỳ thi tốt nghiệp THPT năm 2024, từ ngày 2/5 đến 17 giờ ngày 10/5, cổng đăng ký trực tuyến kỳ thi tốt nghiệp THPT năm 2024 mở phục vụ cho thí sinh đăng ký dự thi chính thức.
constructed a labelled registration time | 2024-03-01 | 2024-02-25 | unsure | Thời gian đăng ký: từ ngày 10/2 đến 25/2/2024.
constructed a duty over a span | 2024-03-01 | 2024-02-25 | unsure | Các đơn vị phải nộp hồ sơ từ ngày 10/2 đến 25/2/2024.
""",
    kind="a_past_span_without_a_label_is_no_deadline",
)

# (10) an event held on the very day the text is issued, with no duty word ("Chiều ngày 12/4/2024 Xã đoàn tổ chức hội
# nghị tổng kết ..." in the news of 12/4/2024): the day's news, not a deadline. An event ahead stays read for review;
# a duty word ("phải") is no news of an event.
SAME_DAY_EVENTS = table(
    """
held_out_2026h.yaml tinhdoanphutho-doan-hung-so-ket-2020 | 2020-05-18 | none | unsure | Ngày 18/5/2020 BTV Huyện đoàn Đoan Hùng tổ chức Hội nghị sơ kết giữa nhiệm kỳ triển khai thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI, Đại hội Đoàn các cấp nhiệm kỳ 2017 – 2022.
held_out_2026h.yaml tuoitregiongrieng-ngoc-chuc-thang-thanh-nien-2024 | 2024-04-12 | none | unsure | Chiều ngày 12/4/2024 Xã đoàn tổ chức hội nghị tổng kết tháng Thanh niên năm 2024 lồng ghép sơ kết công tác Đoàn, Hội và phong trào TTN quý I và đề ra chương trình công tác quý II năm 2024.
held_out_2026h.yaml baothuathienhue-nq10-tu-sinh-hoat-chi-bo-2017 | 2017-08-30 | none | unsure | 4 nội dung, 6 giải pháp quan trọng của Nghị quyết 10 - NQ/TU, ngày 10/8/2017 về nâng cao chất lượng sinh hoạt chi bộ tổ dân phố trên địa bàn TP. Huế được Ban Thường vụ Thành ủy Huế quán triệt, triển khai trong đội ngũ bí thư các chi bộ tổ dân phố chiều 30/8.
held_out_2026k.yaml xangocson-kham-so-tuyen-nvqs-2019 | 2018-11-07 | none | unsure | Sáng ngày 07/11 Hội đồng nghĩa vụ quân sự xã Ngọc Sơn phối hợp với Trung tâm Y tế huyện và Trạm y tế xã tổ chức khám sơ tuyển thanh niên trong độ tuổi thực hiện nghĩa vụ quân sự thuộc diện đủ điều kiện khám sức khỏe nghĩa vụ quân sự năm 2019.
held_out_2026k.yaml qpvn-le-giao-nhan-quan-2017 | 2017-02-13 | none | unsure | Thực hiện kế hoạch bàn giao, tiếp nhận chiến sĩ mới năm 2017, sáng ngày 13/02/2017, các địa phương tổ chức trang trọng, vui tươi lễ bàn giao thanh niên trúng tuyển nghĩa vụ quân sự cho các đơn vị nhận quân.
constructed a summing-up held that morning | 2024-03-15 | none | unsure | Sáng ngày 15/3/2024, Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2023.
constructed a contest opened that afternoon | 2024-03-15 | none | unsure | Chiều 15/3, Sở Y tế tổ chức khai mạc hội thi điều dưỡng giỏi.
# an event ahead stays read, for review
constructed a conference ahead | 2024-03-15 | 2024-03-20 | unsure | Hội nghị sẽ được tổ chức vào ngày 20/3/2024.
""",
    kind="an_event_on_the_issue_day_is_the_days_news",
)

# (11) a meeting's day written without its year, already past when the text is issued ("... quyết định tại Kỳ họp thứ
# 3, HĐND tỉnh ... tổ chức ngày 29/9" on 30/9): the meeting was held, as with a written year; not next year's meeting.
# A deadline word keeps it a duty's (read for next year, for review); a meeting ahead stays read.
HELD_MEETINGS = table(
    """
held_out_2026k.yaml thdinhbang2-hdnd-bac-ninh-mien-hoc-phi-hk1-2021 | 2021-09-30 | none | unsure | Đó là một trong những nội dung được thảo luận và quyết định tại Kỳ họp thứ 3, HĐND tỉnh Bắc Ninh khoá XIX (nhiệm kỳ 2021 – 2026) tổ chức ngày 29/9.
constructed a district council's session | 2024-03-01 | none | unsure | Đó là nội dung được thảo luận tại kỳ họp thứ 5 HĐND huyện tổ chức ngày 20/2.
constructed a committee's conference | 2024-03-01 | none | unsure | Nội dung này được thống nhất tại hội nghị Ban Chấp hành họp ngày 15/1.
# a deadline word, or a meeting ahead
constructed papers due before a meeting | 2024-03-01 | 2025-02-09 | unsure | Các đơn vị gửi báo cáo phục vụ hội nghị trước ngày 10/2.
constructed a conference ahead | 2024-03-01 | 2024-03-20 | unsure | Hội nghị sẽ tổ chức vào ngày 20/3.
""",
    kind="a_meetings_past_day_without_its_year_was_held",
)

# (12) "đã" in what a cited document directs ("các nội dung UBND tỉnh đã chỉ đạo tại Công văn số ...", "Sở đã hướng dẫn
# tại ..."): a participle, like "các chỉ tiêu đã đề ra", not a report of work done, so the duty around it is read. Any
# other "đã" in the phrase still makes it a report.
CITED_DIRECTIONS = table(
    """
held_out_2026k.yaml daknong-ubnd-ung-pho-bao-so-6-2019 | 2019-11-09 | continuous | unsure | 2. Theo dõi chặt chẽ diễn biến cơn bão, chủ động chỉ đạo, triển khai các biện pháp, các nội dung UBND tỉnh đã chỉ đạo tại Công văn số 4486/UBND-KTN ngày 18/9/2019, Công văn số 3790/UBND-KTN ngày 08/8/2019, Công văn số 3794/UBND-KTN ngày 09/8/2019; Chỉ thị số 06/CT-UBND ngày 03/7/2019; Công văn số 248/PCTT ngày 31 tháng 10 năm 2019 của Ban Chỉ huy phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh và các văn bản khác có liên quan để đảm bảo an toàn tuyệt đối về người và tài sản trong mọi tình huống./.
constructed guidance to go on with | 2024-03-01 | continuous | unsure | Tiếp tục thực hiện nghiêm các nội dung Sở đã hướng dẫn tại Công văn số 125/SGDĐT-VP ngày 10/01/2024.
constructed guidance with a deadline | 2024-03-01 | 2024-03-19 | unsure | Các trường triển khai các nội dung Sở đã hướng dẫn tại Công văn số 125/SGDĐT-VP ngày 10/01/2024, báo cáo trước ngày 20/3/2024.
# a later "đã" of work done stays a report
constructed work reported done after the direction | 2024-03-01 | none | unsure | UBND tỉnh đã chỉ đạo tại Công văn số 12/UBND ngày 05/01/2024 và các địa phương đã hoàn thành trước ngày 20/2/2024.
""",
    kind="a_cited_direction_is_no_report",
)

# (13) a word glued after the number of a month or day in extracted text ("trong tháng8này"): cut, as a time word glued
# to the word before it already is ("liên hoantrong"), so the month reads; a unit after the number ("8h00") is kept.
GLUED_AFTER_NUMBERS = table(
    """
held_out_2026f.yaml baohaiduong-dai-hoi-hoi-khuyen-hoc-2020 | 2020-08-05 | 2020-08-31 | unsure | Số còn lại sẽ đại hội trong tháng8này.
constructed a report due this month, glued | 2024-03-01 | 2024-03-31 | sure | Các đơn vị nộp báo cáo trong tháng 3này.
constructed a month glued to its year word | 2024-03-01 | 2024-12-31 | sure | Hạn nộp là tháng 12năm 2024.
""",
    kind="a_word_glued_after_a_months_number_is_cut",
)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("trong tháng8này", "trong thang 8 nay"),
        ("trong tháng 3này", "trong thang 3 nay"),
        # a unit after the number stays glued to it
        ("lúc 8h00 ngày 15/3", "luc 8h00 ngay 15/3"),
        ("ngày 15h", "ngay 15h"),
    ],
)
def test_a_word_glued_after_a_months_number_is_cut(text: str, folded: str) -> None:
    """The cut is a space in the folded text only (the original keeps its characters)."""
    assert fold(text).text == folded


test_each_class_reads_as_its_table_says = table_test(
    DUTIES_GIVEN,
    WATCHING_NOT_WEATHER,
    ROUND_THE_CLOCK,
    ISSUE_LINE_CELLS,
    YEAR_GOALS,
    LEAD_THEN_LIMIT,
    EMPHASIS,
    BASIS_THEN_CLAUSE,
    PAST_SPANS,
    SAME_DAY_EVENTS,
    HELD_MEETINGS,
    CITED_DIRECTIONS,
    GLUED_AFTER_NUMBERS,
)
