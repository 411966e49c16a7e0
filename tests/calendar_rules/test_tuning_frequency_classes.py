"""Classes of wording tuned over the whole corpus, one family: duties given with a frequency or a span but no day.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class or counter-cases that must keep their reading. Format:
tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a frequency without a day in a sentence ("Trình Ủy ban nhân dân cấp tỉnh kế hoạch giám sát hằng năm.", "Định kỳ
# hằng tháng chủ đầu tư ... thực hiện nhập, gửi ..."): the corpus readers' convention is a standing duty, continuous,
# the frequency kept as its review cycle, unsure (frequency_only.py). The period's end stays the reading of a plan's
# time cell ("hằng quý"), of the period's own review or its named end ("tổ chức sơ kết hằng năm", "... cuối kỳ"), of a
# meeting once a period ("Chi bộ họp mỗi quý một lần"), and where a day is written that no anchor reads ("vào ngày làm
# việc đầu tiên của quý sau").
FREQUENCIES_WITHOUT_A_DAY = table(
    """
held_out_2026af.yaml hr8cd-tt-10-2022-tt-bldtbxh-giam-sat-giam-ngheo | 2022-05-31 | continuous review every year at end | unsure | Trình Ủy ban nhân dân cấp tỉnh kế hoạch giám sát hằng năm.
held_out_2026af.yaml hr8cd-tt-10-2022-tt-bldtbxh-giam-sat-giam-ngheo | 2022-05-31 | continuous review every half at end | unsure | a) Thu thập và tổng hợp định kỳ 6 tháng, hằng năm: Biểu số 01, Biểu số 02, Biểu số 04, Biểu số 05, Biểu số 06, Biểu số 07, Biểu số 08, Biểu số 09, Biểu số 10, Biểu số 11, Biểu số 12, Biểu số 13, Biểu số 14, Biểu số 15 Phụ lục III ban hành kèm theo Thông tư này.
held_out_2026af.yaml hr8cd-tt-19-2024-tt-bkhdt-he-thong-dau-tu-cong | 2024-10-16 | continuous review every month at end | unsure | Định kỳ hằng tháng chủ đầu tư, chủ dự án thành phần được giao quản lý dự án thực hiện nhập, gửi trên Hệ thống khối lượng thực hiện trong kỳ của chương trình, nhiệm vụ, dự án, đối tượng đầu tư công khác.
held_out_2026af.yaml hr8cd-nq-116-nq-cp-2026-ke-hoach-kl-213-thien-tai | 2026-04-29 | continuous review every year at end | unsure | Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan, địa phương theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này, định kỳ hằng năm báo cáo Chính phủ, Thủ tướng Chính phủ và đề xuất các biện pháp cần thiết để bảo đảm thực hiện đồng bộ và có hiệu quả.
held_out_2026ae.yaml hr8cd-tt-18-2026-tt-bxd-chuong-trinh-an-toan-hang-khong | 2026-04-30 | continuous review every quarter at end | unsure | Các tổ chức, cá nhân theo quy định tại khoản 1 Điều 9 có trách nhiệm thực hiện các yêu cầu tại khoản 4 Điều này và báo cáo Cục Hàng không Việt Nam định kỳ hàng quý, kiến nghị các biện pháp để cải thiện và nâng cao an toàn hàng không dân dụng Việt Nam.
held_out_2026ac.yaml snv-daknong-nd-24-2019-ra-soat-tre-em-lam-con-nuoi | 2019-04-22 | continuous | unsure | Cụ thể, trường hợp trẻ em bị bỏ rơi, trẻ em mồ côi cả cha và mẹ, trẻ em không nơi nương tựa đang được cá nhân, gia đình, tổ chức tạm thời nuôi dưỡng hoặc chăm sóc thay thế theo quy định của pháp luật, UBND cấp xã hàng tháng rà soát, đánh giá việc trẻ em cần được nhận làm con nuôi.
held_out_2026t.yaml hf-vohuutridung-qd-829-btnmt-2018-phat-ngon | 2018-01-01 | continuous | unsure | - Ít nhất 03 tháng một lần tổ chức họp báo để cung cấp thông tin cho báo chí.
held_out_2026x.yaml vnexpress-giai-dap-bao-hiem-that-nghiep-p9 | 2021-08-01 | continuous | unsure | Hàng tháng, người lao động phải đến trung tâm dịch vụ việc làm thực hiện thông báo tìm kiếm việc làm theo quy định.
constructed a yearly report in a plan | 2024-03-01 | continuous review every year at end | unsure | Hằng năm, các chi bộ báo cáo kết quả về Đảng ủy Sở.
constructed two sessions a period fix no day | 2024-03-01 | continuous | unsure | Mỗi năm học tổ chức 2 lần kiểm tra.
# the period's end stays: a time cell, the period's review or named end, a meeting once a period, a day written
constructed a plan's time cell | 2024-03-01 | every quarter at end | unsure | hằng quý
constructed a labelled time cell | 2024-03-01 | every year at end | unsure | - Thời gian thực hiện: Hằng năm.
dev_2025.yaml luatminhkhue-qd-55-2007-ninh-thuan | 2007-03-05 | 2007-12-31 | unsure | tổ chức sơ kết hằng năm
dev_2026.yaml hethongphapluat-kh-130-ninh-binh-2022 | 2022-07-13 | 2022-12-31 | unsure | Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết.
dev_2026.yaml doluong-quy-dinh-08-tu-sinh-hoat-chi-bo-2021 | 2021-11-03 | 2021-12-31 | unsure | sinh hoạt chuyên đề mỗi quý 1 kỳ.
dev_2026.yaml dangcongsan-hoi-dap-sinh-hoat-dang-bo-2024 | 2024-07-09 | 2024-12-31 | unsure | - Đảng bộ cơ sở họp thường lệ mỗi năm hai lần vào dịp đánh giá công tác 6 tháng đầu năm và tổng kết công tác cuối năm, họp bất thường khi cần.
constructed a meeting once a quarter | 2024-03-01 | every quarter at end | unsure | Chi bộ họp mỗi quý một lần.
constructed a day no anchor reads | 2024-03-01 | every quarter at end | unsure | Báo cáo quý gửi vào ngày làm việc đầu tiên của quý sau.
constructed a monthly day keeps its rule | 2024-03-01 | every month at day:20 | sure | Các đơn vị báo cáo chậm nhất ngày 20 hằng tháng.
""",
    kind="a_frequency_without_a_day_is_a_standing_duty",
)

# (2) a duty that lasts from one event to another, with no date written ("Thời gian thực hiện: Từ khi thành lập đến khi
# kết thúc nhiệm vụ của Ủy ban bầu cử ..."): continuous for the span, unsure (event_spans.py). A span with a day is due at
# its end, a count of days is a delay, a count of years a validity, and "từ khi ... đến nay" a report.
SPANS_BETWEEN_EVENTS = table(
    """
held_out_2026af.yaml baucu-luongminh-kh-mttq-bac-cam-ranh-kiem-tra-giam-sat-bau-cu-2026 | 2025-11-15 | continuous | unsure | * Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử và các tổ chức phụ trách bầu cử của phường.
held_out_2026af.yaml baucu-luongminh-kh-mttq-bac-cam-ranh-kiem-tra-giam-sat-bau-cu-2026 | 2025-11-15 | continuous | unsure | - Công tác tuyên truyền bầu cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử.
held_out_2026af.yaml baucu-luongminh-kh-mttq-bac-cam-ranh-kiem-tra-giam-sat-bau-cu-2026 | 2025-11-15 | continuous | unsure | * Thời gian thực hiện: Từ ngày thành lập Uỷ ban bầu cử đến ngày kết thúc cuộc bầu cử.
constructed a duty from the opening to the closing | 2024-03-01 | continuous | unsure | Tổ thường trực làm việc từ khi khai mạc đến khi bế mạc Đại hội.
# a span with a day, a delay, a validity, a report
held_out_2026ab.yaml citd-uit-thu-hoc-phi-hk1-2024-2025 | 2024-11-07 | 2024-11-24 | any | Từ ngày ra thông báo đến hết ngày 24/11/2024.
constructed a delay between two events | 2024-03-01 | rel:5:wd | unsure | Từ khi nhận hồ sơ đến khi trả kết quả không quá 05 ngày làm việc.
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | none | any | Thời hạn công nhận chứng chỉ: trong thời hạn 02 năm tính từ ngày cấp cho đến ngày đăng ký xác nhận đạt chuẩn.
constructed since then, a report | 2024-03-01 | none | any | Từ khi thành lập đến nay, Hội đã tổ chức nhiều hoạt động.
""",
    kind="a_span_between_two_events_is_a_standing_duty",
)

test_each_class_reads_as_its_table_says = table_test(FREQUENCIES_WITHOUT_A_DAY, SPANS_BETWEEN_EVENTS)
