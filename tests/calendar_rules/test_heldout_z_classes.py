"""The classes found when held_out_2026z.yaml was scored (200/267 right, 8 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another count) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a paper's age in a bracket after its name ("Bản sao chứng thực (trong vòng 3 tháng kể từ ngày nộp hồ sơ) Thẻ
# CCCD;"): how recent the copy must be, no delay anyone acts by; the bracket is blanked. A deadline beside it stays; a
# delay that is no bracket after a paper's name stays a delay.
PAPER_AGES = table(
    """
held_out_2026z.yaml json2md-hust-ctsv-hoc-bong-tran-dai-nghia-hk2023-2 | 2024-03-15 | none | unsure | Bản sao chứng thực (trong vòng 3 tháng kể từ ngày nộp hồ sơ) Thẻ CCCD;
constructed a health paper | 2024-03-15 | none | unsure | Giấy khám sức khỏe (không quá 6 tháng);
constructed "cấp trong" | 2024-03-15 | none | unsure | Giấy xác nhận của địa phương (cấp trong vòng 30 ngày tính đến ngày nộp hồ sơ);
# a deadline beside the bracket; a delay of a duty
constructed a deadline beside it | 2024-03-15 | 2024-03-29 | sure | Nộp bản sao chứng thực (trong vòng 3 tháng kể từ ngày nộp hồ sơ) trước ngày 30/3/2024.
constructed an authority's delay | 2024-03-15 | rel:15 | sure | Cơ quan cấp giấy chứng nhận trong vòng 15 ngày kể từ ngày nhận hồ sơ hợp lệ.
""",
    kind="a_papers_age_is_no_deadline",
)

# (2) a record that expires before a day, for whom the consequence says does not qualify ("Những sinh viên nào có điểm
# ngoại ngữ hết hạn trước ngày 11/8/2024 ... sẽ không đủ điều kiện ..."): a condition, not a day to act by. A duty beside
# it keeps the phrase (and its other day makes it unsure).
EXPIRY_CONDITIONS = table(
    """
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-tot-nghiep-dot-2023-2b | 2024-07-29 | none | unsure | Những sinh viên nào có điểm ngoại ngữ hết hạn trước ngày 11/8/2024 hoặc cập nhật điểm thi ngoại ngữ lên CTT sau ngày 11/8/2024 sẽ không đủ điều kiện ngoại ngữ xét tốt nghiệp.
constructed a certificate | 2024-07-29 | none | unsure | Thí sinh có chứng chỉ hết hạn trước ngày 30/8/2024 sẽ không được xét miễn thi.
# a duty beside the expiry
constructed a duty beside it | 2024-07-29 | 2024-08-29 | unsure | Sinh viên có chứng chỉ hết hạn trước ngày 30/8/2024 phải nộp chứng chỉ mới trước ngày 15/8/2024.
""",
    kind="an_expiry_condition_is_no_deadline",
)

# (3) a delay opening the phrase, then a condition and what then holds by itself ("Sau 03 tháng kể từ ngày có quyết định
# kỷ luật, nếu sinh viên không tái phạm ... thì đương nhiên được chấm dứt hiệu lực ..."): when a sanction lapses, no
# one's deadline. A duty after "thì" keeps the delay.
LAPSES_AFTER_A_DELAY = table(
    """
held_out_2026z.yaml uetqa-dhqghn-quy-che-cong-tac-sinh-vien | 2016-01-01 | none | unsure | Đối với sinh viên bị kỷ luật khiển trách: Sau 03 tháng kể từ ngày có quyết định kỷ luật, nếu sinh viên không tái phạm hoặc không có những vi phạm đến mức phải xử lý kỷ luật thì đương nhiên được chấm dứt hiệu lực của quyết định kỷ luật và được hưởng quyền lợi của sinh viên kể từ ngày quyết định kỷ luật chấm dứt hiệu lực.
constructed a warning that lapses | 2016-01-01 | none | unsure | Sau 06 tháng kể từ ngày bị cảnh cáo, nếu không tái phạm thì được xóa kỷ luật.
# a duty after "thì"
constructed a duty after "thì" | 2016-01-01 | rel:15 | any | Sau 15 ngày kể từ ngày nhận hồ sơ, nếu không có ý kiến thì cơ quan thuế phải trả lời bằng văn bản.
""",
    kind="a_lapse_after_a_delay_is_no_deadline",
)

# (4) the day records are read from a system ("Thời điểm quét điểm ngoại ngữ xét tốt nghiệp là ngày 11/8/2024:"), a
# reference moment like "thời điểm chốt số liệu": blanked. A moment a step ends stays a deadline.
RECORD_MOMENTS = table(
    """
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-tot-nghiep-dot-2023-2b | 2024-07-29 | none | unsure | Thời điểm quét điểm ngoại ngữ xét tốt nghiệp là ngày 11/8/2024:
constructed "lấy dữ liệu" | 2024-07-29 | none | unsure | Thời điểm lấy dữ liệu điểm rèn luyện là ngày 20/8/2024.
# a step's end
constructed the end of a step | 2024-07-29 | 2024-08-11 | sure | Thời điểm kết thúc nhận hồ sơ là ngày 11/8/2024.
""",
    kind="a_record_reading_moment_is_no_deadline",
)

# (5) "về trước" closing a cohort's words ("K67 về trước: sinh viên tự đăng ký lớp từ 15/1/2024."): and earlier, no
# "trước" of a deadline; the phrase is then a bare start. "gửi về trước ngày ..." keeps its cue.
COHORTS_AND_EARLIER = table(
    """
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-lop-hoc-ky-20232-k63-k67 | 2024-01-10 | none | unsure | K67 về trước: sinh viên tự đăng ký lớp từ 15/1/2024.
constructed a year and earlier | 2024-01-10 | none | unsure | Khóa 2020 về trước, sinh viên đăng ký học lại từ ngày 20/1/2024.
# "gửi về trước ngày", "trở về trước" after a day
constructed sent in before a day | 2024-01-10 | 2024-01-14 | sure | Các đơn vị gửi báo cáo về trước ngày 15/1/2024.
constructed in the words of the sentence | 2024-01-10 | 2024-01-15 | unsure | Sinh viên K65 về trước đăng ký từ ngày 15/1/2024.
""",
    kind="a_cohort_and_earlier_is_no_before",
)

# (6) a moment after which something stops ("Lưu ý: Sau thời gian 23h55’ ngày 10/03/2024 Hệ thống sẽ KHÔNG nhận hồ
# sơ đề xuất."): the reader marked it none (the consequence of the deadline told before), yet it reads as a hard
# cut-off; so it is that day, unsure, a person decides. A deadline stated as such stays certain.
CUT_OFFS_AFTER_A_MOMENT = table(
    """
held_out_2026z.yaml json2md-hust-khcn-de-xuat-de-tai-cap-bo-gddt-2025 | 2024-02-23 | 2024-03-10 | unsure | Lưu ý: Sau thời gian 23h55’ ngày 10/03/2024 Hệ thống sẽ KHÔNG nhận hồ sơ đề xuất.
constructed an hour, no "thời gian" | 2024-02-23 | 2024-03-10 | unsure | Sau 17h ngày 10/03/2024 hệ thống sẽ không nhận hồ sơ.
# a deadline stated as such
constructed the deadline itself | 2024-02-23 | 2024-03-10 | sure | Hạn chót nộp hồ sơ là 17h ngày 10/03/2024.
""",
    kind="a_cut_off_after_a_moment_is_unsure",
)

# (7) two sentences, one counting its duty's time from an event ("... ngay sau khi kết thúc hội nghị. Báo cáo ... chậm
# nhất ngày 03/02/2026."): the dated reading may not be the duty meant; unsure. One sentence with its date stays sure.
ANOTHER_SENTENCE_FROM_AN_EVENT = table(
    """
held_out_2026z.yaml baucu-luongminh-kh-mttq-hoi-nghi-hiep-thuong-hdnd-xa-2026 | 2025-11-25 | 2026-02-03 | unsure | Gửi Biên bản và báo cáo tình hình hiệp thương về Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị. Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.
constructed "ngay sau khi", a day before | 2025-11-25 | 2025-12-20 | unsure | Các thôn nộp biên bản ngay sau khi họp xong. Xã tổng hợp báo cáo huyện trước ngày 21/12/2025.
constructed a count from the event read first | 2025-11-25 | rel:3 | unsure | Các thôn nộp biên bản trong vòng 3 ngày kể từ ngày họp. Xã tổng hợp báo cáo huyện trước ngày 21/12/2025.
# one sentence; a second sentence without a time from an event
constructed one sentence | 2025-11-25 | 2026-02-03 | sure | Báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 03/02/2026.
constructed a second sentence untimed | 2025-11-25 | 2026-02-03 | sure | Các xã tổng hợp kết quả. Báo cáo Ban Thường trực Ủy ban MTTQ tỉnh chậm nhất ngày 03/02/2026.
""",
    kind="another_sentence_timed_from_an_event_is_unsure",
)

# (8) a law named by its title and its year or the day it was passed ("Luật Giáo dục ngày 14 tháng 6 năm 2019;", "Luật
# Nghĩa vụ quân sự năm 2015"): a citation, blanked; so a yearly window written in it is read as each year's. "kỷ luật",
# "pháp luật" are no law's name; a deadline after a law cited stays.
LAWS_BY_THEIR_YEAR = table(
    """
held_out_2026z.yaml chatbotrag-nd-84-2020-nd-cp-luat-giao-duc-hoc-bong-chinh-sach | 2020-07-17 | none | unsure | Luật Giáo dục ngày 14 tháng 6 năm 2019;
held_out_2026z.yaml tailieu-can-tho-kh-16-kh-ubnd-tuyen-quan-2026-so-tuyen | 2025-08-01 | every year at date:12-31 | sure | Theo quy định tại khoản 5 Điều 40 Luật Nghĩa vụ quân sự năm 2015 (được sửa đổi bởi khoản 16 Điều 4 Luật sửa đổi 11 Luật về quân sự, quốc phòng 2025) thì thời gian khám sức khoẻ nghĩa vụ quân sự là từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm.
constructed "Bộ luật" | 2021-03-01 | none | unsure | Bộ luật Lao động năm 2019;
constructed a window after a law's year | 2021-03-01 | every year at date:06-30 | sure | Theo Luật Thuế thu nhập cá nhân năm 2007, thời gian quyết toán là từ ngày 01 tháng 4 đến hết ngày 30 tháng 6 hằng năm.
# a deadline after a law cited; no law's name
constructed a deadline after a law | 2024-03-01 | 2024-06-29 | sure | Thực hiện Luật Đất đai năm 2024, các hộ gia đình đăng ký trước ngày 30/6/2024.
constructed "pháp luật" | 2024-03-01 | 2024-12-31 | any | Các đơn vị tuyên truyền pháp luật trong năm 2024.
""",
    kind="a_law_named_by_its_year_is_a_citation",
)

# (9) a window written with an hour before each date and a dash glued to the second hour ("Đăng ký lớp: 16h 15/1/2024
# -14h 22/1/2024"): a range, due at its end, as "đến 14h ngày 22/1/2024" is. A single date with its hour stays that day.
HOURS_IN_A_DASHED_WINDOW = table(
    """
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-lop-hoc-ky-20232-k63-k67 | 2024-01-10 | 2024-01-22 | sure | Đăng ký lớp: 16h 15/1/2024 -14h 22/1/2024
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-lop-hoc-ky-20232-k63-k67 | 2024-01-10 | 2024-02-05 | sure | Đăng ký điều chỉnh: 16h 22/1/2024 -14h 05/2/2024
held_out_2026z.yaml json2md-hust-dtdh-dang-ky-lop-hoc-ky-20232-k63-k67 | 2024-01-10 | 2024-02-17 | sure | Đăng ký thêm: 16h 05/2/2024 -14h 17/2/2024
constructed a spaced dash, the first year left out | 2024-01-10 | 2024-01-22 | sure | Đăng ký lớp: 8h 15/1 - 17h 22/1/2024
# "đến" with its hours; a single date with its hour
constructed "đến" | 2024-01-10 | 2024-01-22 | sure | Đăng ký lớp: 16h ngày 15/1/2024 đến 14h ngày 22/1/2024
constructed one date | 2024-01-10 | 2024-01-22 | sure | Hạn đăng ký lớp: 14h ngày 22/1/2024
""",
    kind="hours_in_a_dashed_window_make_a_range",
)

# (10) a sanction or breach incurred in a period that bars someone from something ("Sinh viên bị kỷ luật trong năm 2024
# không được xét học bổng", noticed in the tuning on 2026z): a condition, no deadline; a duty beside it is still read.
SANCTIONS_THAT_BAR = table(
    """
held_out_2026y.yaml hcmut-285-quy-dinh-hoc-vu-phien-ban-hop-nhat-2022 | 2022-07-28 | none | unsure | Sinh viên bị kỷ luật buộc thôi học, trong thời hạn tối thiểu 05 năm, sẽ không được tham dự tuyển sinh vào trường.
constructed a year | 2024-03-01 | none | unsure | Sinh viên bị kỷ luật trong năm 2024 không được xét học bổng.
constructed after "thì" | 2024-03-01 | none | unsure | Đảng viên bị kỷ luật trong năm 2023 thì không được xét khen thưởng.
constructed a quarter | 2024-03-01 | none | unsure | Cá nhân vi phạm trong quý I/2024 sẽ không được bình xét thi đua.
# a duty beside the sanction, or a report about sanctions, keeps its deadline
constructed a duty beside it | 2024-03-01 | 2024-06-29 | sure | Đơn vị có cán bộ bị kỷ luật phải báo cáo trước ngày 30/6/2024.
constructed a report on sanctions | 2024-03-01 | 2024-12-14 | sure | Các đơn vị gửi báo cáo kỷ luật trước ngày 15/12/2024.
""",
    kind="a_sanction_that_bars_someone_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    PAPER_AGES,
    EXPIRY_CONDITIONS,
    LAPSES_AFTER_A_DELAY,
    RECORD_MOMENTS,
    COHORTS_AND_EARLIER,
    CUT_OFFS_AFTER_A_MOMENT,
    ANOTHER_SENTENCE_FROM_AN_EVENT,
    LAWS_BY_THEIR_YEAR,
    HOURS_IN_A_DASHED_WINDOW,
    SANCTIONS_THAT_BAR,
)
