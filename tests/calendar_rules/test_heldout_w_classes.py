"""The classes found when held_out_2026w.yaml was scored (75.8% right, 1 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a legal basis ("Căn cứ Quyết định số ... ngày ... về việc ... trình Ban Bí thư, Ban Chỉ đạo cải cách tư pháp Trung
# ương, ... trong năm 2008;") cites what the text rests on: a body's name in the cited title ("Ban Chỉ đạo", "Bộ Giáo
# dục", "Sở Giao thông") is no clause of the phrase's own. A clause of its own after the basis keeps its deadline.
A_BODY_NAMED_IN_A_BASIS = table(
    """
held_out_2026w.yaml moj-vp-cv-143-vp-th-de-an-trinh-thang-6-2008 | 2008-05-27 | none | unsure | Căn cứ Quyết định số 140/QĐ-BTP ngày 01/02/2008 của Bộ trưởng Bộ Tư pháp về việc phân công các đơn vị thuộc Bộ Tư pháp soạn thảo đề án, văn bản trình Ban Bí thư, Ban Chỉ đạo cải cách tư pháp Trung ương, Chính phủ, Thủ tướng Chính phủ trong năm 2008;
constructed a steering committee reported to | 2024-03-01 | none | unsure | Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh về việc triển khai nhiệm vụ, báo cáo Ban Chỉ đạo tỉnh trong năm 2024;
constructed a ministry named | 2024-03-01 | none | unsure | Căn cứ Công văn số 45/SGDĐT-VP ngày 05/01/2024 về việc gửi báo cáo lên Bộ Giáo dục và Đào tạo, Ban Chỉ đạo 389 trong quý I/2024;
constructed a committee founded | 2024-03-01 | none | unsure | Căn cứ Quyết định số 20/QĐ-UBND ngày 10/01/2024 về việc thành lập Ban Chỉ đạo, Tổ giúp việc triển khai Đề án 06 năm 2024;
# a clause of the phrase's own after the basis keeps its deadline, the committee its subject or not
constructed the committee asks | 2024-03-01 | 2024-03-14 | sure | Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh, Ban Chỉ đạo huyện yêu cầu các xã báo cáo trước ngày 15/3/2024.
constructed a body directs | 2024-03-01 | 2024-03-31 | sure | Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh, UBND huyện chỉ đạo các xã hoàn thành rà soát trong tháng 3/2024.
constructed a department assigns | 2024-03-01 | 2024-03-19 | sure | Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Sở Giao thông vận tải, Sở Giáo dục giao các trường báo cáo trước ngày 20/3/2024.
""",
    kind="a_body_named_in_a_basis_is_no_clause_of_its_own",
)

# (2) a news lead after the clause that opens the sentence with its purpose or with the text it carries out ("Nhằm tăng
# cường ..., ngày 13/4, UBND phường ... tổ chức tiêm phòng ...", "Thực hiện Chương trình ...; Nghị quyết ..., ngày
# 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch ..."): read as a lead that opens the sentence is, the day of what is
# told (an issue, a day past), no deadline. A deadline after it is read, the lead's day blanked.
A_LEAD_AFTER_AN_OPENING_CLAUSE = table(
    """
held_out_2026w.yaml haiphong-thuynguyen-kh-42-cai-cach-hanh-chinh-2011 | 2011-05-13 | none | unsure | Thực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ Thành ủy về đẩy mạnh  cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý của bộ máy nhà nước; Nghị quyết Đại hội Đảng bộ Thuỷ Nguyên lần thứ XXIII và chủ đề năm 2011 của huyện “Phát triển đô thị, xây dựng nông thôn mới và đảm bảo an sinh xã hội”, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011.
held_out_2026w.yaml badinh-phucxa-tiem-phong-dai-cho-meo-dot-1-2019 | 2019-04-17 | none | unsure | Nhằm tăng cường hiệu quả quản lý đàn vật nuôi và chủ động kiểm soát đối với tình hình bệnh dại trên địa bàn phường, ngày 13/4, UBND phường Phúc Xá phối hợp với Trạm thú y quận tổ chức tiêm phòng dại cho đàn chó, mèo trên địa bàn phường.
constructed a purpose, a day without its year | 2024-03-20 | none | unsure | Để chuẩn bị cho năm học mới, ngày 15/3, Phòng Giáo dục tổ chức hội nghị tập huấn cho cán bộ quản lý.
constructed a purpose, a day past | 2024-03-20 | none | unsure | Nhằm đảm bảo an toàn giao thông, ngày 18/3/2024, Công an huyện ra quân kiểm tra xe vi phạm.
constructed in answer to a call | 2024-03-20 | none | unsure | Hưởng ứng Ngày Nước thế giới, sáng ngày 18/3, Đoàn xã tổ chức ra quân dọn vệ sinh kênh mương.
# a deadline after the lead is read; a day still ahead with a duty keeps its reading
constructed a deadline after the lead | 2024-03-20 | 2024-03-29 | sure | Nhằm kịp thời tổng hợp, ngày 15/3/2024, UBND huyện yêu cầu các xã báo cáo trước ngày 30/3/2024.
constructed a request after the lead | 2024-03-20 | 2024-04-04 | sure | Để chuẩn bị cho năm học mới, ngày 15/3, Phòng Giáo dục tổ chức hội nghị, đề nghị các trường hoàn thành kế hoạch trước ngày 5/4/2024.
constructed a duty on a day ahead | 2024-03-20 | 2024-03-30 | sure | Để kịp tiến độ, ngày 30/3/2024, các xã phải gửi báo cáo về UBND huyện.
constructed a hard limit after a purpose | 2024-03-20 | 2024-03-30 | sure | Nhằm đảm bảo tiến độ, chậm nhất ngày 30/3/2024, các xã gửi báo cáo về UBND huyện.
""",
    kind="a_lead_after_an_opening_clause_is_the_day_told",
)

# (3) the whole of a year ("tổ chức trong cả năm 2025", "trong suốt năm 2025", "suốt cả năm 2025") is read as "trong năm
# 2025" is: the year's last day. "cả năm 2024" alone names a report's period, no time set.
THE_WHOLE_OF_A_YEAR = table(
    """
held_out_2026w.yaml xuanmai-hanoi-ubmttq-thang-cao-diem-vi-nguoi-ngheo-2025 | 2025-10-16 | 2025-12-31 | sure | Theo kế hoạch, Việc triển khai vận động ủng hộ Quỹ "Vì người nghèo" và các hoạt động hỗ trợ người nghèo tổ chức trong cả năm 2025.
constructed throughout the year | 2025-10-16 | 2025-12-31 | any | Các hoạt động được tổ chức trong suốt năm 2025.
constructed all through the year | 2025-10-16 | 2025-12-31 | sure | Các hoạt động tuyên truyền được triển khai suốt cả năm 2025.
constructed within the year, as before | 2025-10-16 | 2025-12-31 | sure | Việc triển khai vận động ủng hộ Quỹ và các hoạt động hỗ trợ người nghèo tổ chức trong năm 2025.
# a report's period, the figures of a year: no time set
constructed a report's period | 2025-03-16 | none | unsure | Báo cáo kết quả thực hiện cả năm 2024.
constructed figures of a whole year | 2025-03-16 | none | unsure | Tổng kết cả năm 2024, toàn huyện có 15 xã đạt chuẩn.
""",
    kind="the_whole_of_a_year_is_due_at_its_end",
)

# (4) a duty asked in a clause of its own after the clauses that cite a dated document ("Công văn nêu rõ, thực hiện
# Công văn số 8239-CV/BTGTW, ngày 16/3/2020 của ..., Ban Tuyên giáo Tỉnh ủy đề nghị ... tổ chức triển khai Cuộc thi
# ...", "1. Trên cơ sở ... Chỉ thị số 32-CT/TW ngày 09/12/2003 ..., đề nghị các sở ... tiếp tục quan tâm ..."): the
# cited date is not the duty's, which has none of its own: continuous, unsure. Carrying out the cited document itself,
# or a deadline of the clause's own, as before.
A_DUTY_AFTER_A_DATED_CITATION = table(
    """
held_out_2026w.yaml baoyenbai-btgtu-cv-1231-cuoc-thi-90-nam-tuyen-giao-2020 | 2020-03-25 | continuous | unsure | Công văn nêu rõ, thực hiện Công văn số 8239-CV/BTGTW, ngày 16/3/2020 của Ban Tuyên giáo Trung ương về việc tổ chức Cuộc thi trắc nghiệm "Tìm hiểu 90 năm Ngày truyền thống ngành tuyên giáo của Đảng", để cuộc thi tạo sức lan tỏa, thiết thực, Ban Tuyên giáo Tỉnh ủy đề nghị ban tuyên giáo (tuyên huấn) các huyện, thị, thành ủy, đảng ủy trực thuộc; Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh chỉ đạo, tổ chức triển khai Cuộc thi ở địa phương, cơ quan, đơn vị mình.
held_out_2026w.yaml sotuphap-backan-vb-473-stp-pbgdpl-2020 | 2020-03-25 | continuous | unsure | 1. Trên cơ sở kết quả tổng kết 15 năm thực hiện Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư Trung ương Đảngvề tăng cường sự lãnh đạo của Đảng trong công tác PBGDPL, nâng cao ý thức chấp hành pháp luật của cán bộ, nhân dân(Chỉ thị số 32-CT/TW),đề nghị các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thành phố tiếp tục quan tâm lãnh đạo, chỉ đạo; tổ chức thực hiện các giải pháp nâng cao chất lượng, hiệu quả công tác PBGDPL, đáp ứng yêu cầu đặt ra của công tác này trong tình hình mới và nhiệm vụ chính trị của các sở, ngành, địa phương; bám sát chỉ đạo của Ban Bí thư Trung ương Đảng về kết quả tổng kết (sau khi Ban Bí thư có ý kiến).
constructed a plan carried out | 2024-03-01 | continuous | unsure | Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh, UBND huyện yêu cầu các xã tăng cường tuyên truyền về phòng chống cháy rừng.
constructed a propaganda board's guidance | 2024-03-01 | continuous | unsure | Triển khai Hướng dẫn số 05-HD/BTGTW, ngày 10/01/2024 của Ban Tuyên giáo Trung ương, Ban Thường vụ Huyện ủy đề nghị các chi bộ quán triệt đến đảng viên.
constructed an obligation after the basis | 2024-03-01 | continuous | unsure | Theo Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh, các xã phải hoàn thành việc rà soát.
# a deadline of the clause's own; carrying the cited document out; the subject of the cited text
constructed a deadline of its own | 2024-03-01 | 2024-03-14 | sure | Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh, UBND huyện yêu cầu các xã báo cáo kết quả trước ngày 15/3/2024.
constructed carrying a directive out | 2024-03-01 | none | unsure | Tiếp tục quán triệt thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị.
constructed the cited text named after the duty | 2024-03-01 | none | unsure | UBND huyện yêu cầu các xã thực hiện nghiêm Công văn số 15/UBND-VP ngày 12/01/2024 của UBND tỉnh.
held_out_2026w.yaml luatvietnam-cv-8405-bnv-tcbc-bien-che-2026-2031 | 2025-09-24 | none | unsure | Công văn 8405/BNV-TCBC nhằm thực hiện Kết luận số 174-KL/TW ngày 04/7/2025 của Bộ Chính trị, Ban Bí thư về việc tiếp tục xây dựng tổ chức, hoạt động của đơn vị hành chính 2 cấp bảo đảm thông suốt, hiệu quả.
""",
    kind="a_duty_after_a_dated_citation_is_continuous",
)

# (5) a request to bodies listed over a semicolon ("đề nghị ban tuyên giáo các huyện, ..., đảng ủy trực thuộc; Mặt trận Tổ
# quốc và các đoàn thể ... chỉ đạo, tổ chức triển khai ..."): the list of those asked goes on after the ";", and so does
# the request. A clause of another kind after the ";" is not the request's.
ADDRESSEES_OVER_A_SEMICOLON = table(
    """
held_out_2026w.yaml baoyenbai-btgtu-cv-1231-cuoc-thi-90-nam-tuyen-giao-2020 | 2020-03-25 | continuous | unsure | Công văn nêu rõ, thực hiện Công văn số 8239-CV/BTGTW, ngày 16/3/2020 của Ban Tuyên giáo Trung ương về việc tổ chức Cuộc thi trắc nghiệm "Tìm hiểu 90 năm Ngày truyền thống ngành tuyên giáo của Đảng", để cuộc thi tạo sức lan tỏa, thiết thực, Ban Tuyên giáo Tỉnh ủy đề nghị ban tuyên giáo (tuyên huấn) các huyện, thị, thành ủy, đảng ủy trực thuộc; Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh chỉ đạo, tổ chức triển khai Cuộc thi ở địa phương, cơ quan, đơn vị mình.
constructed departments; districts | 2024-03-01 | continuous | unsure | Sở Nội vụ đề nghị các sở, ban, ngành; UBND các huyện, thị xã tăng cường kiểm tra công vụ.
constructed departments; committees | 2024-03-01 | continuous | unsure | Sở Nội vụ đề nghị các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố triển khai thực hiện nghiêm túc.
# the request's verb before the ";", as before; a dated request keeps its date
constructed the verb before the list goes on | 2024-03-01 | continuous | unsure | Sở đề nghị các đơn vị tăng cường tuyên truyền; các trường học phối hợp thực hiện.
constructed a request with its date | 2024-03-01 | 2024-03-19 | sure | Sở Nội vụ đề nghị các sở, ban, ngành; UBND các huyện báo cáo kết quả trước ngày 20/3/2024.
""",
    kind="a_request_goes_on_over_a_semicolon",
)

# (6) a plan's tasks under their label ("Nội dung thực hiện gồm: Đẩy mạnh tuyên truyền ...", "Nhiệm vụ trọng tâm: Tăng
# cường ...", "Giải pháp: Nâng cao ..."): a verb of doing right after the label is a task with no time, continuous,
# unsure. A person after the label ("Báo cáo viên"), a verb of no task, or a time written, as before.
TASKS_UNDER_THEIR_LABEL = table(
    """
held_out_2026w.yaml xuanmai-hanoi-ubmttq-thang-cao-diem-vi-nguoi-ngheo-2025 | 2025-10-16 | continuous | unsure | Nội dung thực hiện gồm: Đẩy mạnh tuyên truyền về mục đích, ý nghĩa của Tháng cao điểm "Vì người nghèo", hoạt động của Quỹ "Vì người nghèo", vận động các tầng lớp Nhân dân, các cơ quan, đơn vị, doanh nghiệp, các nhà hảo tâm, cán bộ, đảng viên, công chức, viên chức, hội viên, đoàn viên, người lao động và Nhân dân ủng hộ Quỹ "Vì người nghèo", các hoạt động an sinh xã hội tại địa phương.
constructed main tasks | 2024-03-01 | continuous | unsure | Nhiệm vụ trọng tâm: Tăng cường công tác kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.
constructed a numbered solution | 2024-03-01 | continuous | unsure | 2. Giải pháp: Nâng cao chất lượng sinh hoạt chi bộ, gắn với thực hiện nhiệm vụ chính trị.
constructed a dashed content | 2024-03-01 | continuous | unsure | - Nội dung: Tổ chức tuyên truyền phổ biến pháp luật về an toàn giao thông cho học sinh.
# a person, a verb of no task, a time written
constructed a speaker | 2024-03-01 | none | unsure | Nội dung: Báo cáo viên trình bày chuyên đề về chuyển đổi số.
constructed a contest's content | 2024-03-01 | none | unsure | Nội dung thi: Tìm hiểu lịch sử Đảng bộ tỉnh.
constructed a task with its limit | 2024-03-01 | 2024-04-29 | sure | Nội dung thực hiện: Đẩy mạnh tuyên truyền, hoàn thành trước ngày 30/4/2024.
""",
    kind="tasks_under_their_label_are_continuous",
)

# (7) a body deciding on the basis of a rule ("UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số 118/2025/NĐ-CP xác
# định số lượng điểm ...", "Các trường căn cứ hướng dẫn ... xây dựng kế hoạch ..."): a procedure's standing step, its
# rule's number no time of it: continuous, unsure. A time of its own, or a report of what was done, as before.
A_STEP_ON_THE_BASIS_OF_A_RULE = table(
    """
held_out_2026w.yaml ninhbinh-haithinh-vpubnd-986-trung-tam-phuc-vu-hcc-cap-xa-2025 | 2025-06-20 | continuous | unsure | UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số 118/2025/NĐ-CP xác định số lượng điểm tiếp nhận và trả kết quả thuộc Trung tâm Phục vụ hành chính công cấp xã.
constructed schools on a guidance | 2024-03-01 | continuous | unsure | Các trường căn cứ hướng dẫn của Sở Giáo dục xây dựng kế hoạch dạy học phù hợp.
# a limit of its own; what was done
constructed with a limit | 2024-03-01 | 2024-03-14 | sure | Các trường căn cứ hướng dẫn của Sở xây dựng kế hoạch, gửi về Sở trước ngày 15/3/2024.
constructed done already | 2024-03-01 | none | unsure | UBND huyện đã căn cứ quy định tại Nghị định số 30/2020/NĐ-CP ban hành quyết định.
""",
    kind="a_step_on_the_basis_of_a_rule_is_continuous",
)

test_each_class_reads_as_its_table_says = table_test(
    A_BODY_NAMED_IN_A_BASIS,
    A_LEAD_AFTER_AN_OPENING_CLAUSE,
    THE_WHOLE_OF_A_YEAR,
    A_DUTY_AFTER_A_DATED_CITATION,
    ADDRESSEES_OVER_A_SEMICOLON,
    TASKS_UNDER_THEIR_LABEL,
    A_STEP_ON_THE_BASIS_OF_A_RULE,
)
