"""Classes of wording found by listing every to-review and wrong answer over all corpus files after held_out_2026k,
one table each; each class recurs over several files or documents and is fixed in general terms.

Rows marked with a corpus file and a document id are phrases as printed in that public document (all of them are
development data now). Rows marked "constructed" are the same class in another shape (other bodies, dates, word
orders), written for this test; none comes from a held-out set still to be scored. The row format is in
tests/support/readings.py.
"""

from __future__ import annotations

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

test_each_class_reads_as_its_table_says = table_test(
    DUTIES_GIVEN,
    WATCHING_NOT_WEATHER,
    ROUND_THE_CLOCK,
    ISSUE_LINE_CELLS,
)
