"""The classes found when held_out_2026r.yaml was scored (70.9% right, 1 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a storm bulletin: the storm's position at an hour ("Đến 16 giờ ngày 11/10, vị trí tâm bão ở vào khoảng 15,0 độ Vĩ
# Bắc; 108,5 độ Kinh Đông"), the rain over some days ("có mưa rất to"), a tropical depression: weather news, no
# deadline. A duty given in a storm's words with no date stays a duty (continuous); a deadline beside the storm stays a
# date.
STORM_BULLETINS = table(
    """
held_out_2026r.yaml pctt-mard-bao-cao-nhanh-truc-ban-10-10-2020 | 2020-10-11 | none | unsure | Đến 16 giờ ngày 11/10, vị trí tâm bão ở vào khoảng 15,0 độ Vĩ Bắc; 108,5 độ Kinh Đông, trên đất liền các tỉnh từ Quảng Nam đến Bình Định.
held_out_2026r.yaml pctt-mard-bao-cao-nhanh-truc-ban-10-10-2020 | 2020-10-11 | none | unsure | Từ ngày 11/10 đến ngày 13/10, ở các tỉnh Trung Trung Bộ và Nam Trung Bộ có mưa rất to, có nơi đặc biệt to
held_out_2026p.yaml dantri-bcd-phong-thu-dan-su-ap-thap-28-11-2025 | 2025-11-28 | none | unsure | Lúc 13h hôm nay, vị trí tâm áp thấp nhiệt đới khoảng 4,1 độ Vĩ Bắc, 104,3 độ Kinh Đông; sức gió mạnh nhất vùng gần tâm áp thấp nhiệt đới mạnh cấp 6.
constructed a depression's position, other words | 2024-09-10 | none | unsure | Đến 7 giờ ngày 11/9, vị trí tâm áp thấp nhiệt đới ở khoảng 17,5 độ Vĩ Bắc; 110,2 độ Kinh Đông.
constructed rain over some days | 2024-09-10 | none | unsure | Từ ngày 12/9 đến ngày 14/9, khu vực Bắc Bộ có mưa to đến rất to.
constructed strong wind at an hour | 2024-09-10 | none | unsure | Từ chiều ngày 11/9, vùng biển Quảng Ninh có gió mạnh cấp 7, giật cấp 9.
# a duty given in the storm's or the weather's words, with no date, is a duty; a deadline beside a storm stays a date
held_out_2026r.yaml snnptnt-tthue-lich-thoi-vu-dong-xuan-2018-2019 | 2018-10-16 | continuous | unsure | Đề nghị các địa phương có phương án để chủ động đối phó, khắc phục những tác động xấu, bất thường của thời tiết khí hậu, nhất là tiêu úng kịp thời, dự phòng lúa giống,... để đảm bảo thực hiện đúng tiến độ gieo cấy lúa theo khung lịch thời vụ.
held_out_2026p.yaml vtcnews-ha-noi-cv-6166-ubnd-th-nhiem-vu-cuoi-nam-2025 | 2025-11-19 | continuous | unsure | Theo dõi tình hình, dự báo, cung cấp thông tin kịp thời, đầy đủ, chính xác về diễn biến, tác động của thiên tai, bão, mưa, lũ, nguy cơ sạt lở đất...
constructed a duty in the storm's area | 2024-09-10 | continuous | unsure | Các xã ở vùng tâm bão đi qua kịp thời chỉ đạo sơ tán người dân.
constructed a report beside a storm | 2024-09-10 | 2024-09-11 | sure | Các tỉnh báo cáo tình hình thiệt hại do bão về Ban Chỉ đạo trước 16 giờ ngày 11/9/2024.
constructed "Trung tâm Báo chí" is no storm's centre | 2023-06-01 | continuous | any | Thường xuyên rà soát thông tin báo chí để kịp thời phối hợp Trung tâm Báo chí thành phố cung cấp thông tin.
""",
    kind="a_storm_bulletin_is_no_deadline",
)

# (2) the page's own date: printed alone ("05/04/2021"), as a bare label ("Ngày: 03/05/2018"), after a title in brackets
# ("Cuộc thi Tìm hiểu pháp luật trực tuyến (28/07/2017)"), on the day the page was posted; the posting row of a draft
# ("Ngày đăng dự thảo: 28/6/2021"); a report's title with the day it covers ("Báo cáo nhanh công tác trực ban PCTT
# ngày 10/10/2020"), issued after that day. No deadline. A date ahead of the issue day, or with a deadline word, stays
# one.
PAGE_DATES = table(
    """
held_out_2026r.yaml vinhyen-dang-ky-nvqs-tuoi-17-2021 | 2021-04-05 | none | unsure | 05/04/2021
held_out_2026r.yaml medioq-phutho-kh-lap-dieu-chinh-quy-hoach-tinh-2025 | 2025-10-09 | none | unsure | 09/10/2025
held_out_2026n.yaml thuydiendinhbinh-tb-chi-tra-co-tuc-2018 | 2018-05-03 | none | unsure | Ngày: 03/05/2018
held_out_2026r.yaml pbgdpl-cuoc-thi-tim-hieu-phap-luat-truc-tuyen-2017 | 2017-07-28 | none | unsure | Cuộc thi Tìm hiểu pháp luật trực tuyến (28/07/2017)
held_out_2026r.yaml gopyduthao-quangngai-tunghia-qhsdd-2030-2021 | 2021-06-28 | none | unsure | Ngày đăng dự thảo: 28/6/2021
held_out_2026r.yaml pctt-mard-bao-cao-nhanh-truc-ban-10-10-2020 | 2020-10-11 | none | unsure | Báo cáo nhanh công tác trực ban PCTT ngày 10/10/2020
constructed a stamp with dashes | 2024-03-05 | none | unsure | 05-03-2024
constructed a title and its date in brackets, other words | 2024-03-05 | none | unsure | Hội thi tin học trẻ cấp huyện (05/3/2024)
constructed minutes of a meeting | 2024-03-06 | none | unsure | Biên bản họp Ban chỉ đạo ngày 05/3/2024
constructed the day a bulletin was posted, other words | 2024-03-05 | none | unsure | Ngày đăng tin: 05/3/2024
# a date ahead of the issue day, or with a deadline word, stays for the grammar
constructed a bare date ahead | 2024-03-05 | 2024-03-20 | unsure | 20/03/2024
constructed a title with a day ahead in brackets | 2024-03-05 | 2024-03-20 | unsure | Hội thi tin học trẻ cấp huyện (20/3/2024)
constructed a report due on a day ahead | 2024-03-05 | 2024-03-10 | sure | Báo cáo kết quả gửi về Sở trước ngày 11/3/2024
constructed a deadline on the issue day | 2024-03-05 | 2024-03-05 | any | Hạn chót: 05/03/2024
""",
    kind="the_pages_own_date_is_no_deadline",
)

# (3) "quy" of "quy hoạch", "quy chế", "quy định" folds like "quý": "báo cáo quy hoạch tỉnh" is no quarterly report, and
# the deadline beside it is read. A quarterly report stays one.
QUARTER_WORDS = table(
    """
held_out_2026r.yaml medioq-phutho-kh-lap-dieu-chinh-quy-hoach-tinh-2025 | 2025-10-09 | 2025-12-14 | sure | 5. Rà soát, hoàn thiện báo cáo quy hoạch tỉnh, trình thẩm định: Hoàn thành trước ngày 15/12/2025.
constructed a plan's report, other words | 2024-03-01 | 2024-03-19 | sure | Hoàn thiện báo cáo quy hoạch tỉnh, trình thẩm định trước ngày 20/3/2024.
constructed a report on the rules | 2024-03-01 | 2024-03-29 | sure | Các đơn vị gửi báo cáo quy chế phối hợp trước ngày 30/3/2024.
# a quarterly report stays quarterly
constructed a quarterly report | 2024-03-01 | every quarter at day:15 offset -1d | sure | Các đơn vị gửi báo cáo quý trước ngày 15 của tháng cuối quý.
constructed each quarter | 2024-03-01 | continuous review every quarter at end | unsure | Định kỳ hằng quý, các xã báo cáo kết quả về UBND huyện.
""",
    kind="a_plans_report_is_no_quarterly_report",
)

# (4) the birth range of those bound by an obligation ("nam công dân đủ 17 tuổi, sinh từ ngày 01/01/2008 đến ngày
# 31/12/2008, ... phải đăng ký NVQS theo luật định"): who must act, not when; the duty has no time: continuous, for
# review. A deadline beside it stays the date; a birth range with no obligation is no deadline.
BIRTH_RANGES = table(
    """
held_out_2026r.yaml phuocloc-tuyphuoc-dang-ky-nvqs-tuoi-17-2025 | 2025-04-16 | continuous | unsure | Theo đó, nam công dân đủ 17 tuổi, sinh từ ngày 01/01/2008 đến ngày 31/12/2008, có hộ khẩu thường trú tại địa phương chưa đăng ký NVQS lần đầu phải đăng ký NVQS theo luật định.
constructed another birth range bound | 2024-03-01 | continuous | unsure | Công dân sinh từ ngày 01/01/2007 đến ngày 31/12/2007 phải đăng ký nghĩa vụ quân sự theo quy định.
constructed a birth range and a deadline | 2024-03-01 | 2024-04-29 | sure | Công dân sinh từ ngày 01/01/2007 đến ngày 31/12/2007 phải đăng ký nghĩa vụ quân sự trước ngày 30/4/2024.
constructed a birth range, no obligation | 2024-03-01 | none | unsure | Công dân sinh từ ngày 01/01/2007 đến ngày 31/12/2007 thuộc diện đăng ký nghĩa vụ quân sự lần đầu.
""",
    kind="a_birth_range_is_who_is_bound_not_when",
)

# (5) duties given with no time, in more wordings: a body named as a clause's subject, then its task ("Các trường tiểu
# học, THCS lập kế hoạch tuyển sinh ...", "Theo đó, UBND các địa phương: ... rà soát ...", "trường hợp ... thì UBND
# huyện báo cáo, đề xuất ...", "Cùng với đó, BQL ... khẩn trương hoàn chỉnh hồ sơ"), after "Căn cứ" what a body weighs
# (no legal basis: "Căn cứ điều kiện cụ thể địa phương, Ủy ban nhân dân cấp tỉnh ... tổ chức lấy ý kiến ..."), what a plan
# must set out or finish soon ("cần nêu rõ", "Cần sớm hoàn chỉnh"), enforcement announced ("tỉnh sẽ xử phạt những tàu
# cá ..."), a task kept up for a whole period ("được thực hiện trong suốt thời gian của kỳ quy hoạch"); a document cited
# by its number and year ("theo Quyết định số 12 năm 2018 của Thủ tướng") is a citation, not the duty's year.
# Continuous, for review. A time written stays the deadline; a report of what was done, a title, a legal basis and a
# consequence for the public ("sẽ bị xử phạt") give no duty.
DUTIES_WITHOUT_TIME = table(
    """
held_out_2026r.yaml plo-quan12-thu-nhan-hoc-sinh-truong-cong-2017 | 2017-03-15 | continuous | unsure | Các trường tiểu học, THCS lập kế hoạch tuyển sinh và thu nhận tất cả học sinh có hộ khẩu thường trú, KT2, tạm trú trong phường, sau đó mới nhận học sinh các phường khác theo kế hoạch phân tuyến.
held_out_2026r.yaml tin247-khanhhoa-btd-ra-soat-nguoi-co-uy-tin-2020 | 2020-10-30 | continuous | unsure | Theo đó, UBND các địa phương: Khánh Sơn, Khánh Vĩnh, Cam Lâm, Diên Khánh, Ninh Hòa, Cam Ranh rà soát, đưa ra khỏi danh sách, bổ sung người có uy tín theo Quyết định số 12 năm 2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
held_out_2026r.yaml tin247-khanhhoa-btd-ra-soat-nguoi-co-uy-tin-2020 | 2020-10-30 | continuous | unsure | trường hợp thôn không đủ điều kiện theo quy định, các thôn có tính chất đặc thù riêng khác thì UBND huyện báo cáo, đề xuất UBND tỉnh xem xét, quyết định số lượng người có uy tín...
held_out_2026p.yaml cand-khan-truong-dua-vao-su-dung-cau-vuot-bo-hanh | 2013-01-15 | continuous | unsure | Cùng với đó, BQL các dự án trọng điểm phát triển đô thị khẩn trương hoàn chỉnh hồ sơ, thủ tục theo quy định để bàn giao hồ sơ hoàn công và các tài liệu liên quan.
held_out_2026n.yaml trangbom-phong-vhtt-hoi-thi-van-hoa-lich-su-dong-nai-2018 | 2018-06-25 | continuous | unsure | - Thư viện - Nhà truyền thống huyện, Trung tâm VHTT-HTCĐ các xã thực hiện việc niêm yết nội dung thể lệ cuộc thi tại đơn vị mình để người dân biết và tham gia.
held_out_2026r.yaml pbgdpl-gop-y-du-thao-qd-xa-chuan-tiep-can-phap-luat-2021 | 2021-03-05 | continuous | unsure | Căn cứ điều kiện cụ thể địa phương, Ủy ban nhân dân cấp tỉnh quan tâm, tổ chức lấy ý kiến của đối tượng chịu sự tác động trực tiếp của dự thảo Quyết định trên địa bàn và tổng hợp ý kiến trong văn bản góp ý của Ủy ban nhân dân.
held_out_2026r.yaml hf-summary-dataset-btnmt-gop-y-sap-xep-dvhc-an-giang-2023 | 2023-11-15 | continuous | unsure | 2. Phương án sắp xếp cần nêu rõ việc quản lý, bảo quản hồ sơ địa chính trong quá trình thực hiện sắp xếp, tránh việc thất lạc, hư hỏng các hồ sơ địa chính.
held_out_2026r.yaml baotayninh-xa-diem-ntm-hoan-chinh-thu-tuc-2017 | 2017-03-22 | continuous | unsure | Cần sớm hoàn chỉnh các thủ tục để được công nhận xã đạt chuẩn nông thôn mới
held_out_2026r.yaml sggp-brvt-lap-vms-tau-ca-2019 | 2019-06-01 | continuous | unsure | Ngoài ra, tỉnh sẽ xử phạt những tàu cá không mở thiết bị giám sát hành trình 24/24 giờ, không báo cáo hoạt động, không ghi nhật ký khai thác, thu mua và chuyển tải không chấp hành quy định kiểm tra, kiểm soát của cơ quan chức năng.
held_out_2026r.yaml csdlvungmien-hoidap-cong-bo-qhsdd-5737 | 2010-01-01 | continuous | unsure | Việc công bố công khai tại trụ sở Ủy ban nhân dân và cơ quan quản lý đất đai được thực hiện trong suốt thời gian của kỳ quy hoạch, kế hoạch sử dụng đất có hiệu lực
constructed a school's task, other words | 2024-03-01 | continuous | unsure | Các trường mầm non lập danh sách trẻ trong độ tuổi và thông báo cho phụ huynh.
constructed a connective, then the body | 2024-03-01 | continuous | unsure | Đồng thời, UBND các xã rà soát, cập nhật danh sách hộ nghèo.
constructed a condition, then the body | 2024-03-01 | continuous | unsure | Nếu phát hiện sai phạm thì UBND xã báo cáo ngay UBND huyện để xử lý.
constructed a cited decision by number and year | 2024-03-01 | continuous | unsure | Các sở, ngành thực hiện theo Quyết định số 25 năm 2023 của UBND tỉnh về quy chế phối hợp.
constructed what the body weighs, other words | 2024-03-01 | continuous | unsure | Căn cứ tình hình thực tế, các xã chủ động xây dựng kế hoạch phòng chống dịch.
constructed what a file must set out | 2024-03-01 | continuous | unsure | Hồ sơ đề nghị cần nêu rõ quá trình công tác của cá nhân.
constructed finishing soon, other words | 2024-03-01 | continuous | unsure | Cần sớm hoàn thiện hồ sơ để trình UBND tỉnh phê duyệt.
constructed enforcement, other words | 2024-03-01 | continuous | unsure | Sau thời gian này, cơ quan chức năng sẽ xử lý nghiêm các trường hợp vi phạm.
constructed a posting kept up | 2024-03-01 | continuous | unsure | Danh sách được niêm yết công khai trong suốt thời gian lấy ý kiến.
# a time written stays the deadline; a report, a title, a legal basis, a consequence for the public give no duty
constructed a school's task by a day | 2024-03-01 | 2024-06-29 | sure | Các trường tiểu học lập kế hoạch tuyển sinh, hoàn thành trước ngày 30/6/2024.
constructed what the body weighs, then a deadline | 2024-03-01 | 2024-03-14 | sure | Căn cứ tình hình thực tế, UBND huyện yêu cầu các xã báo cáo trước ngày 15/3/2024.
constructed finishing soon by a day | 2024-03-01 | 2024-04-14 | sure | Cần sớm hoàn thiện hồ sơ trước ngày 15/4/2024.
constructed a posting over its dates | 2024-03-01 | 2024-03-20 | any | Việc niêm yết được thực hiện trong suốt thời gian từ ngày 05/3/2024 đến ngày 20/3/2024.
constructed a task told as done | 2024-03-01 | none | unsure | Các trường đã lập kế hoạch tuyển sinh và thu nhận học sinh.
constructed a decision's title | 2024-03-01 | none | unsure | UBND tỉnh vừa ban hành Quyết định về việc thực hiện chương trình chuyển đổi số.
constructed a legal basis stays one | 2024-03-01 | none | unsure | Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh về việc ban hành quy chế;
constructed a consequence for the public | 2024-03-01 | none | unsure | Các trường hợp vi phạm sẽ bị xử phạt theo quy định.
""",
    kind="a_duty_given_without_time_is_continuous",
)

# (6) a sanction after a day, inside the sentence ("tỉnh ... chỉ đạo ... nếu sau ngày 30/7/2022, số tàu cá ... chưa lắp
# đặt thiết bị ..., sẽ bị đình chỉ hoạt động"): what must be done is due that day, for review, as when the sentence opens
# with "Sau ngày D". A condition without a sanction, or a start, stays no deadline.
SANCTION_AFTER_A_DAY = table(
    """
held_out_2026r.yaml danviet-quangngai-han-lap-vms-tau-ca-2022 | 2022-07-15 | 2022-07-30 | unsure | Trong thông báo phát đi, tỉnh Quảng Ngãi chỉ đạo cho cấp ngành chức năng nếu sau ngày 30/7/2022, số tàu cá có chiều dài 15m trở lên chưa lắp đặt thiết bị giám sát hành trình (VMS), sẽ bị đình chỉ hoạt động; xử lý nghiêm khắc theo quy định hiện hành của pháp luật.
constructed another sanction inside the sentence | 2024-06-01 | 2024-06-30 | unsure | UBND tỉnh chỉ đạo nếu sau ngày 30/6/2024, các cơ sở chưa hoàn thành đăng ký sẽ bị đình chỉ hoạt động.
constructed the sentence opening with the day | 2024-06-01 | 2024-06-30 | unsure | Sau ngày 30/6/2024, các cơ sở chưa đăng ký sẽ bị xử phạt.
# a condition without a sanction, or a start, is no deadline
constructed a condition, no sanction | 2024-06-01 | none | unsure | Nếu sau ngày 30/6/2024 vẫn còn tồn đọng, UBND huyện báo cáo UBND tỉnh.
constructed a start | 2024-06-01 | none | unsure | Từ sau ngày 30/6/2024, các cơ sở được phép hoạt động trở lại.
""",
    kind="a_sanction_after_a_day_sets_that_day",
)

# (7) "trong thời gian N ngày (làm việc)" is a delay's limit, as "trong thời hạn" is ("Ban Thường vụ Thành ủy xem xét,
# quyết định việc miễn nhiệm, cho từ chức trong thời gian 10 ngày làm việc", "xin ý kiến của Nhân dân trong thời gian
# 03 ngày"): relative, for review when its event is not named. A minimum length stays no deadline.
DELAYS_WITHIN = table(
    """
held_out_2026r.yaml hf-doc2query-quy-trinh-mien-nhiem-tu-chuc-can-bo-thanh-uy | 2020-01-01 | rel:10:wd | unsure | 2. Ban Thường vụ Thành ủy xem xét, quyết định việc miễn nhiệm, cho từ chức trong thời gian 10 ngày làm việc
held_out_2026g.yaml moha-lay-y-kien-khen-thuong-tap-chi-tdkt-2021 | 2021-05-14 | rel:3 | unsure | Cổng Thông tin điện tử Bộ Nội vụ trân trọng thông báo và xin ý kiến của Nhân dân trong thời gian 03 ngày trên Cổng thông tin điện tử của Bộ Nội vụ.
constructed another delay within | 2024-06-01 | rel:5:wd | unsure | UBND xã xem xét, giải quyết hồ sơ trong thời gian 05 ngày làm việc.
constructed a delay with its event | 2024-06-01 | rel:15 | sure | Hội đồng thẩm định hồ sơ trong thời gian 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
constructed a minimum length | 2024-06-01 | none | unsure | Thời gian lấy ý kiến ít nhất là 20 ngày.
""",
    kind="a_delay_within_a_time_is_relative",
)

# (8) who gave the direction told before, and where ("Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh ... tại cuộc họp ...,
# diễn ra vào sáng 22.3."): a report of what was said, the meeting's day and the programme's year are no deadline. A
# deadline in the same sentence stays one.
ATTRIBUTIONS = table(
    """
held_out_2026r.yaml baotayninh-xa-diem-ntm-hoan-chinh-thu-tuc-2017 | 2017-03-22 | none | unsure | Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh Trần Văn Chiến đối với 5/8 xã điểm trong xây dựng nông thôn mới (XDNTM) năm 2017 tại cuộc họp Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Tây Ninh, giai đoạn 2016-2020, diễn ra vào sáng 22.3.
constructed a direction at a working session | 2024-06-01 | none | unsure | Đây là ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Cam Lộ chiều 31/5.
constructed a conclusion at a conference | 2024-06-01 | none | unsure | Đó là kết luận của Ban Thường vụ tại hội nghị ngày 30/5/2024.
constructed a requirement with its deadline | 2024-06-01 | 2024-06-29 | sure | Đó là yêu cầu của Chủ tịch UBND tỉnh: các xã phải hoàn thành trước ngày 30/6/2024.
""",
    kind="who_gave_a_direction_is_no_deadline",
)

# (9) the window in which a crop heads ("để đảm bảo lúa vụ Đông Xuân trổ tập trung từ 10/4 đến 25/4"): a stage of
# growth a sowing calendar aims at, nobody's act. A sowing window before it stays the farmers' deadline.
CROP_STAGES = table(
    """
held_out_2026r.yaml snnptnt-tthue-lich-thoi-vu-dong-xuan-2018-2019 | 2018-10-16 | none | unsure | Bố trí khung lịch thời vụ để đảm bảo lúa vụ Đông Xuân trổ tập trung từ 10/4 đến 25/4; tuỳ thời gian sinh trưởng của từng loại giống và điều kiện thực tế của địa phương để bố trí thời gian gieo cấy phù hợp.
constructed a heading month | 2018-10-16 | none | unsure | Lúa Hè Thu trổ tập trung trong tháng 6/2019, tránh mưa bão.
constructed the sowing window before the heading | 2018-10-16 | 2018-12-10 | any | Gieo sạ từ ngày 01/12 đến ngày 10/12/2018 để lúa trổ vào tháng 3/2019.
held_out_2026r.yaml danviet-binhdinh-lich-gieo-sa-dong-xuan-2013 | 2013-10-05 | 2013-12-10 | any | với chân ruộng sản xuất 3 vụ trà chính, thời gian xuống giống tập trung từ ngày 1- 10.12
""",
    kind="a_crops_heading_window_is_no_deadline",
)

# (10) a step ordered after an event, with no count, when the phrase gives a duty ("3. Sau khi thực hiện sắp xếp ..., Ủy
# ban nhân dân tỉnh An Giang chỉ đạo và tổ chức thực hiện ...", "sau khi ban hành các văn bản ..., đề nghị đơn vị kịp
# thời gửi ..."), and a plan's step that drafts and submits ("1. Phê duyệt ...; Xây dựng và trình thẩm định ..."): duties
# without a time, continuous, for review. "Ngay sau khi" (right after) stays due on the event's day; a count stays the
# delay; a time written stays the deadline.
STEPS_WITHOUT_TIME = table(
    """
held_out_2026r.yaml hf-summary-dataset-btnmt-gop-y-sap-xep-dvhc-an-giang-2023 | 2023-11-15 | continuous | unsure | 3. Sau khi thực hiện sắp xếp đơn vị hành chính cấp xã, Ủy ban nhân dân tỉnh An Giang chỉ đạo và tổ chức thực hiện việc chỉnh lý hồ sơ địa chính đối với các đơn vị hành chính cấp xã sau khi thực hiện sắp xếp để thành lập đơn vị hành chính mới
held_out_2026q.yaml taichinh-danang-cv-2482-stttt-tuyen-truyen-covid-2021 | 2021-08-27 | continuous | unsure | sau khi ban hành các văn bản chỉ đạo, điều hành liên quan đến công tác phòng, chống dịch COVID-19 trong lĩnh vực đơn vị phụ trách, đề nghị đơn vị kịp thời gửi văn bản có số kèm file word cho Sở Thông tin và Truyền thông qua email: ttbcxb@danang.gov.vn
held_out_2026r.yaml medioq-phutho-kh-lap-dieu-chinh-quy-hoach-tinh-2025 | 2025-10-09 | continuous | unsure | 1. Phê duyệt nội dung điều chỉnh quy hoạch tỉnh; Xây dựng và trình thẩm định, phê duyệt dự toán lập điều chỉnh quy hoạch tỉnh.
constructed a step after a file is received | 2024-06-01 | continuous | unsure | Sau khi nhận được hồ sơ, UBND xã tổ chức kiểm tra, xác minh.
constructed a request after the results | 2024-06-01 | continuous | unsure | Sau khi có kết quả, đề nghị các đơn vị kịp thời báo cáo Sở.
constructed a draft to submit | 2024-06-01 | continuous | unsure | 2. Xây dựng và trình UBND tỉnh ban hành kế hoạch thực hiện.
# right after, a count, a date keep their readings; a sentence about building is no task
constructed right after the event | 2024-06-01 | rel:0 | unsure | Ngay sau khi có quyết định sáp nhập, Công an tỉnh sẽ phối hợp với các xã cấp lại giấy tờ.
constructed a count after the event | 2024-06-01 | rel:5:wd | unsure | Sau khi có kết quả, các đơn vị báo cáo Sở trong thời hạn 05 ngày làm việc.
constructed a draft to submit by a day | 2024-06-01 | 2024-06-29 | any | 2. Xây dựng và trình UBND tỉnh ban hành kế hoạch thực hiện trước ngày 30/6/2024.
constructed building as a subject | 2024-06-01 | none | unsure | Xây dựng nông thôn mới là nhiệm vụ của cả hệ thống chính trị.
""",
    kind="a_step_without_time_is_continuous",
)

# (11) an occasion's day written with a dot and no year ("để kịp thảm nhựa và thông xe kỹ thuật dịp 2.9."): a day and a
# month after "dịp", read (for review: a purpose, an occasion). A holiday's name with its day stays unread as a deadline.
OCCASION_DAYS = table(
    """
held_out_2026r.yaml cafef-hue-gpmb-duong-dan-cau-vuot-bien-2025 | 2025-08-12 | 2025-09-02 | unsure | để kịp thảm nhựa và thông xe kỹ thuật dịp 2.9.
constructed an opening on the occasion | 2024-08-12 | 2024-09-02 | unsure | Phấn đấu khánh thành công trình vào dịp 2.9.
held_out_2026n.yaml nld-doi-thoi-han-giai-sang-tac-hoc-tap-bac-2015 | 2015-05-25 | none | unsure | Lễ trao giải được dời lại vào dịp kỷ niệm 70 năm ngày Quốc khánh 2-9.
""",
    kind="an_occasions_day_is_read",
)

# (12) a length in months from a start month ("Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2024"): the months run from
# the start to the end of the last (``inferred``), not the end of the start month. An end written beside them is read
# first.
MONTHS_FROM_A_MONTH = table(
    """
constructed four months from September | 2024-06-01 | 2024-12-31 | inferred | Thời gian thực hiện trong 4 tháng, bắt đầu từ tháng 9/2024.
constructed six months over a year's end | 2024-06-01 | 2025-04-30 | inferred | Thực hiện trong 6 tháng, bắt đầu từ tháng 11/2024.
held_out_2026r.yaml medioq-phutho-kh-lap-dieu-chinh-quy-hoach-tinh-2025 | 2025-10-09 | 2025-12-31 | any | Thời gian thực hiện lập điều chỉnh quy hoạch tỉnh Phú Thọ thời kỳ 2021-2030, tầm nhìn đến năm 2050: Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2025; kết thúc vào 31/12/2025.
""",
    kind="months_from_a_start_month_end_with_the_last",
)

test_each_class_reads_as_its_table_says = table_test(
    STORM_BULLETINS,
    PAGE_DATES,
    QUARTER_WORDS,
    BIRTH_RANGES,
    DUTIES_WITHOUT_TIME,
    SANCTION_AFTER_A_DAY,
    DELAYS_WITHIN,
    ATTRIBUTIONS,
    CROP_STAGES,
    STEPS_WITHOUT_TIME,
    OCCASION_DAYS,
    MONTHS_FROM_A_MONTH,
)
