"""The classes found when held_out_2026v.yaml was scored (73.2% right, 5 confident-wrong) and in the tuning on it, one
table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a day written before "tháng M năm Y" without "ngày" ("Thời hạn cuối cùng: 15 tháng 8 năm 2021"): that day, not
# the end of the month. The year is required, so a count stays a count ("6 tháng 1 lần", "trong 15 tháng").
BARE_DAYS_BEFORE_A_MONTH = table(
    """
held_out_2026v.yaml cucdienanh-thong-bao-3-lhp-viet-nam-xxii-2021 | 2021-07-27 | 2021-08-15 | sure | Thời hạn cuối cùng:  15 tháng 8 năm 2021, căn cứ theo dấu bưu điện (nếu gửi qua đường bưu điện).
constructed a hard limit | 2024-03-01 | 2024-10-20 | sure | Hạn chót 20 tháng 10 năm 2024.
constructed before a bare day | 2023-01-10 | 2023-03-04 | sure | Các đơn vị gửi báo cáo trước 5 tháng 3 năm 2023.
constructed a year after a comma | 2024-03-01 | 2024-12-01 | sure | Hạn nộp hồ sơ: 1 tháng 12, 2024.
constructed a range of bare days | 2022-06-01 | 2022-07-15 | any | Nhận hồ sơ từ 01 tháng 7 năm 2022 đến 15 tháng 7 năm 2022.
# the same day with "ngày" reads as before, and a list of days is still read as its last
held_out_2026v.yaml cucdienanh-thong-bao-3-lhp-viet-nam-xxii-2021 | 2021-07-27 | 2021-11-19 | any | + Lễ Khai mạc vào ngày 19 tháng 11 năm 2021
constructed a list of days | 2020-06-01 | 2020-07-22 | any | Các đơn vị nộp bài trong các ngày 21, 22 tháng 7 năm 2020.
# a count before "tháng" is no day: a month with no day keeps its end-of-month reading
constructed a frequency, no year | 2024-03-01 | continuous review every half at end | unsure | Báo cáo 6 tháng 1 lần.
constructed a month and year only | 2024-03-01 | 2024-10-31 | sure | Hạn chót nộp báo cáo trong tháng 10 năm 2024.
""",
    kind="a_bare_day_before_a_month_is_that_day",
)

# (2) an appeal for gifts ("Kính mong Quí Nhà Hảo Tâm ... hổ trợ kinh phí để tổ chức đón trung thu vào đêm 14 tháng 9
# năm 2013"): nobody is set a day to give by. A deadline word keeps the phrase for the grammar.
APPEALS_FOR_GIFTS = table(
    """
held_out_2026v.yaml ctnhongthaptu-ke-hoach-tet-trung-thu-phu-vang-2013 | 2013-08-15 | none | unsure | Kính mong Quí Nhà Hảo Tâm các Mạnh Thường Quân hổ trợ kinh phí để tổ chức đón trung thu vào đêm 14 tháng 9 năm 2013.
constructed another appeal | 2024-08-01 | none | unsure | Rất mong các nhà hảo tâm ủng hộ để chương trình Tết Trung thu ngày 17/9/2024 được tổ chức chu đáo.
constructed an appeal to contribute | 2024-08-01 | none | unsure | Trân trọng mong quý phụ huynh đóng góp quà cho các cháu dịp 1/6/2024.
# a deadline word keeps the phrase, and a duty beside the appeal keeps its day
constructed an appeal with a limit | 2024-08-01 | 2024-09-09 | sure | Kính mong các đơn vị ủng hộ và gửi về Ban tổ chức trước ngày 10/9/2024.
constructed a duty for the same festival | 2013-08-15 | 2013-09-09 | sure | Các chi đội đăng ký tiết mục văn nghệ đón trung thu trước ngày 10 tháng 9 năm 2013.
""",
    kind="an_appeal_for_gifts_is_no_deadline",
)

# (3) an eligibility clause under a numbered item ("1- Đối tượng: Là cán bộ ...") and "trở về trước" (on or before: a
# qualifying condition, "đóng BHXH từ ngày 31/3/2017 trở về trước"): no deadline. "gửi về trước ngày" is still one.
QUALIFYING_CONDITIONS = table(
    """
held_out_2026v.yaml socongthuong-daklak-hoi-thao-cbcnvcld-lan-x-2017 | 2017-04-12 | none | unsure | 1- Đối tượng: Là cán bộ, đoàn viên, CNVCLĐ đang làm việc, sinh hoạt tại các CĐCS trực thuộc Công đoàn ngành Công Thương và CĐCS Công ty CP Bia Sài Gòn - Miền Trung, có thời gian công tác tham gia đóng Bảo hiểm xã hội (BHXH) từ ngày 31/3/2017 trở về trước; đảm bảo sức khoẻ.
constructed a lettered item | 2024-03-01 | none | unsure | a) Đối tượng: sinh viên nhập học từ ngày 01/9/2021 trở về trước.
constructed a dashed item | 2024-03-01 | none | unsure | 2- Đối tượng tham gia là công chức được tuyển dụng từ ngày 31/12/2020 trở về trước.
constructed on or before, no item | 2024-03-01 | none | unsure | Cán bộ có thời gian đóng BHXH từ ngày 31/12/2015 trở về trước được xét nâng lương.
# a limit in the clause is read; "gửi về trước ngày" (send back by) is a deadline
constructed on or before, then a limit | 2024-03-01 | 2024-06-29 | sure | Sinh viên nhập học từ ngày 01/9/2020 trở về trước phải hoàn thành học phí trước ngày 30/6/2024.
constructed a limit in the clause | 2024-03-01 | 2024-04-14 | sure | 1- Đối tượng: sinh viên năm cuối, nộp hồ sơ trước ngày 15/4/2024.
constructed sent back by a day | 2024-03-01 | 2024-03-14 | sure | Các trường tổng hợp danh sách, gửi về trước ngày 15/3/2024.
""",
    kind="a_qualifying_condition_is_no_deadline",
)

# (4) when an entry must have been made, licensed or deposited ("Ảnh được chụp trong thời gian từ tháng 4/2021 đến tháng
# 9/2021", "Phim ... được cấp Giấy phép phổ biến phim ... trong khoảng thời gian từ ...", "... xác nhận nộp lưu chiểu trong
# khoảng thời gian từ ..."): a condition of entry, not a deadline; the day entries are due stays one.
WHEN_ENTRIES_WERE_MADE = table(
    """
held_out_2026v.yaml phunu-khanhhoa-cuoc-thi-anh-check-in-nha-trang-2021 | 2021-04-15 | none | unsure | - Ảnh được chụp tại địa điểm du lịch, nghỉ dưỡng, vui chơi, ẩm thực, danh lam thắng cảnh, di tích lịch sử, văn hóa độc đáo tại Khánh Hòa. Ảnh được chụp trong thời gian từ tháng 4/2021 đến tháng 9/2021.
constructed works composed | 2024-03-01 | none | unsure | Tác phẩm được sáng tác từ ngày 01/01/2023 đến ngày 31/12/2023.
constructed works filmed | 2024-03-01 | none | unsure | Video được ghi hình trong năm 2024, thời lượng không quá 5 phút.
held_out_2026v.yaml cucdienanh-thong-bao-3-lhp-viet-nam-xxii-2021 | 2021-07-27 | none | unsure | Phim tham dự Liên hoan Phim Việt Nam lần thứ XXII được cấp Giấy phép phổ biến phim hoặc có Quyết định phát sóng trên Đài Truyền hình trong khoảng thời gian từ ngày 11 tháng 9 năm 2019 đến ngày 10 tháng 8 năm 2021.
held_out_2026v.yaml thactrang-giai-sach-quoc-gia-lan-7-de-cu-2024 | 2024-06-12 | none | unsure | Sách viết bằng tiếng Việt, dịch từ tiếng nước ngoài sang tiếng Việt và sách chuyển ngữ Hán - Nôm hoặc từ tiếng dân tộc ít người sang tiếng Việt, được Cục Xuất bản, In và Phát hành xác nhận nộp lưu chiểu trong khoảng thời gian từ ngày 1/11/2022 đến ngày 31/10/2023.
constructed films licensed | 2024-03-01 | none | unsure | Phim được cấp Giấy phép phổ biến từ ngày 01/01/2023 đến ngày 31/12/2023.
constructed books deposited | 2024-03-01 | none | unsure | Sách đã nộp lưu chiểu trong thời gian từ ngày 1/1/2023 đến ngày 31/12/2023.
# the day entries are due stays a deadline, after the window too
constructed a hard limit after the window | 2024-03-01 | 2024-05-30 | sure | Ảnh được chụp từ tháng 1/2024, gửi về Ban tổ chức trước ngày 31/5/2024.
constructed entries sent by a day | 2021-04-15 | 2021-09-30 | sure | Tác giả gửi ảnh dự thi đến hết ngày 30/9/2021.
constructed licensed, then a limit | 2024-03-01 | 2024-04-14 | any | Phim được cấp Giấy phép phổ biến trong năm 2023, gửi về Ban tổ chức trước ngày 15/4/2024.
constructed the window to file for a licence | 2024-03-01 | 2024-04-30 | sure | Hồ sơ xin cấp giấy phép nộp từ ngày 1/4/2024 đến ngày 30/4/2024.
""",
    kind="when_an_entry_was_made_is_no_deadline",
)

# (5) where or how entries are handed in, with no time written ("Thí sinh gửi bài dự thi trực tiếp tại trường ...",
# "Người tham gia đăng ký và gửi bài viết ... thông qua Form", "Mỗi đơn vị ... nộp toàn bộ hồ sơ đăng ký ..."): a standing
# instruction, continuous for a person to confirm. What one may do, has not done, or a requirement on the act named as a
# noun, is not such an instruction; a date written keeps its reading.
HANDING_IN_WHERE = table(
    """
held_out_2026v.yaml baogialai-thanh-nien-gia-lai-khoi-nghiep-sang-tao-2025 | 2025-09-10 | continuous | unsure | Các cá nhân và nhóm dự thi đăng ký và nộp hồ sơ về các xã, phường và Đoàn các trường đại học, cao đẳng.
held_out_2026v.yaml baomoi-dai-su-van-hoa-doc-hue-2025 | 2025-03-19 | continuous | unsure | Ban tổ chức vòng sơ khảo tại TP. Huế sau đó sẽ chọn tối đa bài đạt từ giải Nhất gửi về Vụ Thư viện - Bộ Văn hóa, Thể thao và Du lịch để tham gia vòng chung kết tại Hà Nội.
held_out_2026v.yaml cet-vnu-thi-ket-thuc-hoc-phan-trung-tam-khao-thi-hk2-2021-2022 | 2022-04-01 | continuous | unsure | Sinh viên đăng ký ca thi trực tuyến tại địa chỉ http://hpc.vnu.edu.vn.
held_out_2026v.yaml hiff-cuoc-thi-phe-binh-phim-tre-cau-truc-2024 | 2024-01-11 | continuous | unsure | Người tham gia đăng ký và gửi bài viết tham gia cuộc thi thông qua Form.
held_out_2026v.yaml phunu-khanhhoa-cuoc-thi-anh-check-in-nha-trang-2021 | 2021-04-15 | continuous | unsure | - Cá nhân gửi tác phẩm dự thi và ghi rõ thông tin của người dự thi, gồm: Họ và tên, năm sinh, địa chỉ, số điện thoại/email về Ban Tổ chức Cuộc thi theo địa chỉ thư điện tử: banbientap@khanhhoa.gov.vn (nội dung ghi rõ tham dự Cuộc thi ảnh "Check in Nha Trang, Khánh Hòa").
held_out_2026v.yaml qnu-phuc-khao-tuyen-sinh-thac-si-2016 | 2016-06-01 | continuous | unsure | 1.     Thí sinh nộp đơn xin phúc khảo bài thi (theo mẫu dưới đây) về Hội đồng tuyển sinh theo đúng thời hạn quy định;
held_out_2026v.yaml rcp2017-cach-viet-va-nop-tom-tat | 2017-06-01 | continuous | unsure | Tất cả các tóm tắt nộp về địa chỉ email: RCP2017vn@gmail.com bằng file đính kèm.
held_out_2026v.yaml sgddt-brvt-nop-ho-so-cuoc-thi-khkt-cap-tinh-2019-2020 | 2019-12-06 | continuous | unsure | Mỗi đơn vị phòng GDĐT, trường THPT, TT GDTX nộp toàn bộ hồ sơ đăng ký của đơn vị mình, bao gồm:
held_out_2026v.yaml svvn-huong-dan-xac-nhan-nhap-hoc-2022 | 2022-09-15 | continuous | unsure | Cơ sở đào tạo gửi giấy báo trúng tuyển cho những thí sinh trúng tuyển, trong đó ghi rõ những thủ tục cần thiết đối với thí sinh khi nhập học và phương thức nhập học của thí sinh.
held_out_2026v.yaml thuvien-tayninh-dai-su-van-hoa-doc-2020 | 2020-02-19 | continuous | unsure | ☎️ Thí sinh gửi bài dự thi trực tiếp tại trường nơi các em đang học. (Trường tập hợp bài dự thi về Phòng Giáo dục hoặc Thư viện huyện, thành phố) và bài dự thi sẽ được gửi về Thư viện tỉnh Tây Ninh, số 83 đường Phạm Tung, Khu phố 1, Phường 3 Thành phố Tây Ninh - ĐT: 0276.3815419.
held_out_2026v.yaml tlu-thoi-gian-nop-hoc-phi-hk1-2018-2019 | 2018-08-15 | continuous | unsure | - Sinh viên khóa 53 trở về trước trình độ Đại học và toàn bộ sinh viên trình độ Cao đẳng, sinh viên trình độ Cao đẳng liên thông lên đại học hệ chính quy nộp học phí tại Phòng tài vụ (Tầng 2 - P.217 - Nhà A1).
held_out_2026q.yaml nhandan-btdkt-cv-38-lay-y-kien-anh-hung-llvtnd-2018 | 2018-01-12 | continuous | unsure | Các ý kiến đóng góp gửi về Ban Thi đua - Khen thưởng T.Ư để tổng hợp báo cáo Hội đồng Thi đua-Khen thưởng T.Ư.
held_out_2026m.yaml baonghean-truong-thpt-cong-bo-diem-chuan-lop-10-2021 | 2021-07-20 | continuous | unsure | Đồng thời nhập và gửi dữ liệu trực tuyến để Sở theo dõi và quản lý.
constructed by post | 2024-03-01 | continuous | unsure | Tác giả gửi tác phẩm về Ban Tổ chức qua đường bưu điện.
constructed handed in at an office | 2024-03-01 | continuous | unsure | Hồ sơ nộp trực tiếp tại Văn phòng Khoa.
constructed to the organisers by e-mail | 2024-03-01 | continuous | unsure | Các đội gửi danh sách vận động viên cho Ban tổ chức qua email.
# a date written keeps its reading
constructed a day to hand in by | 2024-03-01 | 2024-05-14 | sure | Thí sinh nộp hồ sơ tại Phòng Đào tạo trước ngày 15/5/2024.
constructed a hard limit | 2024-03-01 | 2024-06-30 | sure | Tác giả gửi tác phẩm về Ban Tổ chức chậm nhất ngày 30/6/2024.
# what one may do, has done or has not done, a requirement on the act as a noun, a procedure's bare item, "về" meaning
# about, "gửi lời": no instruction
held_out_2026v.yaml rcp2017-cach-viet-va-nop-tom-tat | 2017-06-01 | none | unsure | Với tư cách là tác giả chính, bạn có thể gửi tối đa 2 bài trình bày tới Hội thảo (bao gồm cả trình bày tại tiểu ban, poster và hội nghị chuyên đề).
held_out_2026v.yaml vieclamgiaoduc-benh-vien-c-da-nang-tuyen-vien-chuc-2023 | 2023-09-29 | none | unsure | Thí sinh chỉ được đăng ký dự tuyển vào một vị trí việc làm tại một đơn vị có nhu cầu tuyển dụng, nếu thí sinh nào đăng ký dự tuyển từ hai vị trí việc làm trở lên trong kỳ tuyển dụng sẽ bị xóa tên trong danh sách dự tuyển hoặc hủy kết quả xét tuyển.
held_out_2026v.yaml tlu-thoi-gian-nop-hoc-phi-hk1-2018-2019 | 2018-08-15 | none | unsure | Những sinh viên chưa nộp đủ tiền vào tài khoản thẻ ATM, Ngân hàng sẽ không quét thẻ, coi như sinh viên vẫn chưa nộp học phí.
dev_2026.yaml hethongphapluat-kh-130-ninh-binh-2022 | 2022-07-13 | none | unsure | việc gửi báo cáo về cơ quan phụ trách phải đúng biểu mẫu, đúng thời hạn.
held_out_2026t.yaml hf-dangdocao-nd-11-2020-kiem-soat-chi-kho-bac | 2020-01-20 | none | unsure | a) Gửi hồ sơ và nhận kết quả trực tiếp tại trụ sở Kho bạc Nhà nước.
held_out_2026v.yaml vieclamgiaoduc-benh-vien-c-da-nang-tuyen-vien-chuc-2023 | 2023-09-29 | none | unsure | Người đăng ký dự tuyển phải chịu hoàn toàn trách nhiệm trước pháp luật về tính hợp pháp của những giấy tờ, văn bản trong hồ sơ đăng ký dự tuyển.
constructed entries already sent | 2024-03-01 | none | unsure | Các tác phẩm đã gửi về Ban Tổ chức được chấm vòng sơ khảo.
constructed what one may send | 2024-03-01 | none | unsure | Mỗi tác giả có thể gửi tối đa 3 tác phẩm về Ban Tổ chức.
constructed thanks sent | 2024-03-01 | none | unsure | Ông Nam gửi lời cảm ơn tới các đơn vị tại hội nghị.
""",
    kind="where_entries_are_handed_in_is_a_standing_instruction",
)

# (6) keeping to the rules, doing a task as laid down, getting ready ("- Nghiêm chỉnh chấp hành Luật Kéo co ...", "Các
# câu lạc bộ tham gia giải chấp hành nghiêm Luật", "tuyển chọn lực lượng theo đúng đối tượng nêu trên", "đi thi đúng
# thời gian quy định", "cần chuẩn bị phòng máy tính"): continuous, for a person to confirm. Not the executive committee
# ("Ban Chấp hành"); a date written keeps its reading.
KEEPING_TO_THE_RULES = table(
    """
held_out_2026v.yaml cungvhld-hcm-ke-hoach-dieu-le-giai-keo-co-cnvc-2019 | 2019-06-17 | continuous | unsure | - Nghiêm chỉnh chấp hành Luật Kéo co, điều lệ thi đấu, các quy định của Ban Tổ chức và sự điều hành của Trọng tài.
held_out_2026v.yaml vabisgroup-giai-cuoi-ngua-vuot-dia-hinh-2025 | 2025-07-15 | continuous | unsure | – Các câu lạc bộ tham gia giải chấp hành nghiêm Luật,
held_out_2026v.yaml dongthap-svhttdl-dieu-chinh-hoi-dien-tieng-hat-cong-nhan-2022 | 2022-06-15 | continuous | unsure | - Mỗi huyện, thành phố thành lập 01 Đội văn nghệ quần chúng, tuyển chọn lực lượng theo đúng đối tượng nêu trên.
held_out_2026v.yaml vku-lich-thi-ket-thuc-hoc-phan-hoc-ky-he-2023-2024 | 2024-07-15 | continuous | unsure | - Sinh viên chú ý thời gian vào phòng thi theo link file đính kèm này để đi thi đúng thời gian quy định.
held_out_2026v.yaml tinhoctre-ho-tro-hoi-thi-cap-tinh-2023 | 2023-03-08 | continuous | unsure | Tỉnh, thành Đoàn cần chuẩn bị phòng máy tính, lực lượng coi thi và cung cấp danh sách thí sinh đăng ký dự thi Hội thi cấp tỉnh.
constructed the house rules | 2024-03-01 | continuous | unsure | Các vận động viên tuân thủ nghiêm nội quy của Ban Tổ chức.
constructed the referee's direction | 2024-03-01 | continuous | unsure | Các đội chấp hành đúng sự điều hành của trọng tài.
constructed as the guidance says | 2024-03-01 | continuous | unsure | Các trường tổ chức thi theo đúng hướng dẫn của Sở.
constructed on time as laid down | 2024-03-01 | continuous | unsure | Thí sinh có mặt đúng thời gian quy định.
constructed getting ready | 2024-03-01 | continuous | unsure | Các trường cần chuẩn bị cơ sở vật chất cho kỳ thi.
# the executive committee is no duty; a date written keeps its reading
constructed the executive committee | 2024-03-01 | none | unsure | Ban Chấp hành Đoàn trường gồm 15 đồng chí.
constructed the rules, then a day | 2024-03-01 | 2024-06-09 | sure | Các đội tuân thủ quy định, nộp danh sách trước ngày 10/6/2024.
constructed getting ready by a day | 2024-03-01 | 2024-05-19 | sure | Các trường cần chuẩn bị cơ sở vật chất trước ngày 20/5/2024.
""",
    kind="keeping_to_the_rules_is_a_standing_duty",
)

# (7) conditions of entry and of status, worded like a duty: who may not take part ("Nhân viên tòa soạn ... không được
# tham gia", "... không được đăng ký tham gia bảng thi C2"), what is not granted or allowed ("sinh viên không được cấp
# Giấy chứng nhận", "... là không được cho phép"), what an entry must be or a candidate must bear ("tác phẩm ... phải có
# giá trị cao", "sinh viên phải chấp nhận", "phải chịu hoàn toàn trách nhiệm trước pháp luật"): no deadline, no task.
# A prohibition of an act and a duty stay continuous.
CONDITIONS_WORDED_AS_DUTIES = table(
    """
held_out_2026v.yaml aao-hcmut-dang-ky-mon-hoc-quy-dinh-2018 | 2018-06-12 | none | unsure | - Trong thời gian tạm dừng học, sinh viên không được cấp Giấy chứng nhận sinh viên.
held_out_2026v.yaml photo-vnexpress-the-le-cuoc-thi-anh-nghe-thuat-2014 | 2014-08-28 | none | unsure | Cuộc thi được mở ra cho mọi công dân trong và ngoài nước, không giới hạn độ tuổi. Nhân viên tòa soạn VnExpress cùng người thân không được tham gia.
held_out_2026v.yaml hn-ams-mo-dang-ky-vong-so-khao-tin-hoc-tre-2023 | 2023-04-01 | none | unsure | Học sinh đang học các lớp chuyên toán, chuyên tin, chuyên toán – tin không được đăng ký tham gia bảng thi C2.
held_out_2026v.yaml vatld-danang2015-huong-dan-nop-bao-cao-tom-tat | 2015-01-15 | none | unsure | - Một abstract chỉ được nộp 1 lần: việc nộp lại abstract có cùng nội dung là không được cho phép.
held_out_2026v.yaml drt-danang-giai-thuong-vhnt-da-nang-lan-4-2021 | 2021-11-13 | none | unsure | Theo đó, tác phẩm, công trình văn học nghệ thuật tham dự phải có giá trị cao về nội dung, tư tưởng, chất lượng nghệ thuật, được giải thưởng từ các hội chuyên ngành trở lên.
held_out_2026v.yaml phuxuan-phuc-khao-thi-tot-nghiep-dot-2-2015 | 2015-10-20 | none | unsure | – Kết quả điểm phúc khảo có thể cao hơn hoặc thấp thua điểm đã công bố, sinh viên phải chấp nhận.
constructed judges may not enter | 2024-03-01 | none | unsure | Thành viên Ban Giám khảo và người thân không được tham gia dự thi.
constructed a standard to meet | 2024-03-01 | none | unsure | Bài dự thi phải đạt yêu cầu về chất lượng.
constructed not considered | 2024-03-01 | none | unsure | Sinh viên bị kỷ luật không được xét học bổng.
# a prohibition of an act, a duty, a charge: continuous; a limit after a condition keeps its day
constructed a prohibition | 2024-03-01 | continuous | unsure | Tàu thuyền không được xuất bến.
constructed not taking part in an act | 2024-03-01 | continuous | unsure | Các đơn vị không được tham gia thu phí khi chưa được phép.
constructed a duty to report | 2024-03-01 | continuous | unsure | Các đơn vị phải báo cáo kết quả về Sở.
constructed a charge | 2024-03-01 | continuous | unsure | Trưởng thôn phải chịu trách nhiệm lập danh sách hộ nghèo.
constructed a condition, then a limit | 2024-03-01 | 2024-04-29 | sure | Tác phẩm dự thi phải có giá trị nghệ thuật, gửi về Ban tổ chức trước ngày 30/4/2024.
""",
    kind="a_condition_worded_as_a_duty_is_no_deadline",
)

# (8) page and letter furniture: a posting's release row ("Ngày phát hành: 29/09/2023") and a letter's place and date
# with the comma lost ("Eah’leo ngày 10 tháng 9 năm 2010", every word of the place capitalised); an event's day or a
# deadline in the same shape keeps its reading.
RELEASE_ROWS_AND_PLACE_LINES = table(
    """
held_out_2026v.yaml vieclamgiaoduc-benh-vien-c-da-nang-tuyen-vien-chuc-2023 | 2023-09-29 | none | unsure | Ngày phát hành: 29/09/2023
held_out_2026v.yaml 123docz-lien-doi-th-nguyen-hue-dem-hoi-trang-ram-2010 | 2010-09-10 | none | unsure | Eah’leo ngày 10 tháng 9 năm 2010
held_out_2026t.yaml hethongphapluat-qd-02-bcdtw-tong-duyet-dan-so-2018 | 2018-08-15 | none | unsure | Hà Nội ngày 15 tháng 8 năm 2018
constructed a publication row | 2024-03-12 | none | unsure | Ngày xuất bản: 12/03/2024
constructed a city of several words | 2024-03-05 | none | unsure | TP. Hồ Chí Minh ngày 5 tháng 3 năm 2024
# an event's day, a deadline, a hand-in day in the same shape keep their reading
constructed an event's day | 2024-03-01 | 2024-09-10 | unsure | Khai mạc ngày 10 tháng 9 năm 2024
constructed a hard limit in capitals | 2024-03-01 | 2024-09-10 | sure | Hạn Chót Ngày 10 tháng 9 năm 2024
constructed a hand-in day | 2024-03-01 | 2024-09-10 | sure | Nộp hồ sơ ngày 10 tháng 9 năm 2024
constructed a body's event | 2023-11-01 | 2023-11-20 | any | Phòng Giáo dục tổ chức hội thi ngày 20 tháng 11 năm 2023
""",
    kind="a_release_row_or_a_place_line_is_no_deadline",
)

# (9) a count of weeks is its days, after an event and before one ("Trong khoảng thời gian 01 tuần sau khi kết thúc hạn
# nộp đơn": 7 days; "đăng ký trước ngày thi 2 tuần để ...": 14 days before, a purpose clause after it). "trước N ngày kể
# từ ..." reads both ways ("thời hạn trước 90 ngày kể từ ngày có kết quả": within 90 days; "tối thiểu trước 2 tuần kể từ
# môn thi": two weeks before), so it is always unsure; "at least" counts back.
WEEKS_AND_COUNTS_BEFORE = table(
    """
held_out_2026v.yaml vimaru-ctsv-phuc-tra-va-khieu-nai-diem | 2018-01-01 | rel:7 | any | Trong khoảng thời gian 01 tuần sau khi kết thúc hạn nộp đơn, đơn vị tổ chức thi cùng Bộ môn liên quan phải tổ chức chấm phúc tra cho sinh viên một cách nghiêm túc, công bằng, chính xác.
held_out_2026v.yaml 123doc-huong-dan-thi-chung-chi-ung-dung-cntt | 2017-01-01 | rel:-14 | any | Học viên đăng ký trước ngày thi 2 tuần để trung tâm sắp xếp thủ tục dự thi
held_out_2026p.yaml 24hbinhphuoc-sinh-vien-no-hoc-phi-truoc-2-tuan-mon-thi | 2023-11-15 | rel:-14 | unsure | Nhà trường khuyến cáo, sinh viên phải đóng học phí học kỳ 1 năm học này và các học kỳ còn nợ tối thiểu trước 2 tuần kể từ môn thi đầu tiên theo kế hoạch chung của trường (không áp dụng đối với lịch thi của môn Tin học, Thể dục) thì mới được dự thi.
held_out_2026e.yaml lhu-nnth-lich-thi-chung-chi-2021 | 2021-04-01 | rel:90 | unsure | Nhớ giữ lại biên lai trong trường hợp thi không đạt có thể cầm biên lai tới trung tâm nhận lại lệ phí cấp chứng chỉ 75.000 (chỉ giải quyết trường hợp còn biên nhận và thời hạn trước 90 ngày kể từ ngày có kết quả)
constructed weeks from an event | 2024-03-01 | rel:14 | sure | Trong thời hạn 2 tuần kể từ ngày nhận đơn, đơn vị phải trả lời.
constructed at least, in days | 2024-03-01 | rel:-14 | unsure | Sinh viên phải đóng học phí tối thiểu trước 14 ngày kể từ môn thi đầu tiên.
constructed before a count, either way | 2024-03-01 | rel:10 | unsure | Hồ sơ gửi trước 10 ngày kể từ ngày khai mạc.
# a plain delay keeps its certainty; weeks with no event are a period, no delay
constructed a plain delay | 2024-03-01 | rel:10 | sure | Trong thời hạn 10 ngày kể từ ngày khai mạc.
constructed weeks alone | 2024-03-01 | none | unsure | Các lớp học trong 2 tuần.
""",
    kind="weeks_are_days_and_a_count_before_reads_both_ways",
)

# (10) a day is lunar by its own words ("mùng 5 Tết", "10 tháng Giêng", "tháng Chạp") or "âm lịch" in the phrase, not by
# "chấp" in another word ("... được chấp nhận trước ngày 30 tháng 07 năm 2015") nor a festival named elsewhere in the
# phrase ("Chương trình ĐÓN TẾT TRUNG THU ngày 14 tháng 9 năm 2013": the programme's solar day)
LUNAR_ONLY_BY_ITS_OWN_WORDS = table(
    """
held_out_2026v.yaml vmrs-thong-bao-so-2-spms2015 | 2015-07-01 | 2015-07-29 | any | 2.    BTC sẽ thông báo các báo cáo được chấp nhận trước ngày 30 tháng 07 năm 2015.
held_out_2026v.yaml ctnhongthaptu-ke-hoach-tet-trung-thu-phu-vang-2013 | 2013-08-15 | 2013-09-14 | unsure | DỰ KIẾN Chương trình ĐÓN TẾT TRUNG THU ngày 14 tháng 9 năm 2013
constructed carried out as accepted | 2024-01-05 | 2024-07-30 | any | Các đội chấp hành quyết định của trọng tài, gửi biên bản đến ngày 30 tháng 7 năm 2024.
# the lunar words keep a lunar day
constructed the first lunar month | 2024-01-05 | 2024-02-19 | sure | Lễ hội tổ chức vào mùng 10 tháng Giêng năm 2024.
constructed the last lunar month | 2024-01-05 | 2025-01-14 | sure | Ngày 15 tháng Chạp năm 2024 tổng kết.
constructed a day of Tết | 2024-01-05 | 2024-02-14 | any | Nghỉ từ mùng 5 Tết.
constructed âm lịch | 2024-01-05 | 2024-04-18 | any | Hội làng ngày 10/3 âm lịch.
""",
    kind="a_day_is_lunar_only_by_its_own_words",
)

# (11) "hôm nay" named as the last day ("Thí sinh lưu ý, hôm nay là hạn cuối xác nhận nhập học đại học 2023", "Hạn chót
# nộp hồ sơ là hôm nay"): the issue day, unsure (a news page's day may be approximate). "Hôm nay" alone is no deadline.
TODAY_IS_THE_LAST_DAY = table(
    """
held_out_2026v.yaml baomoi-han-cuoi-xac-nhan-nhap-hoc-dai-hoc-2023 | 2023-09-08 | 2023-09-08 | unsure | Thí sinh lưu ý, hôm nay là hạn cuối xác nhận nhập học đại học 2023
constructed the limit is today | 2024-03-01 | 2024-03-01 | unsure | Hạn chót nộp hồ sơ là hôm nay.
constructed today is the last day | 2024-03-01 | 2024-03-01 | unsure | Hôm nay là ngày cuối cùng để đăng ký.
# today alone, a written day, an hour today keep their reading
constructed today alone | 2024-03-01 | none | unsure | Hôm nay, Sở tổ chức hội nghị.
constructed the last day written | 2023-09-01 | 2023-09-08 | any | Thí sinh lưu ý, hạn cuối xác nhận nhập học là ngày 8/9/2023.
constructed an hour today | 2024-03-01 | 2024-03-01 | unsure | Các tàu thuyền phải về bờ trước 20h tối nay.
""",
    kind="today_named_as_the_last_day_is_the_issue_day",
)

# (12) what is done after an event that sets nobody a day: what the organisers will make public ("Tất cả ảnh dự thi sẽ
# được công bố sau khi chấm dứt góp ảnh dự thi ..."), what is no longer accepted ("Không tiếp nhận bổ sung ... sau khi
# công bố kết quả tuyển dụng"): no deadline. "Ngay sau khi" and a count after the event keep their reading.
NOTHING_SET_AFTER_AN_EVENT = table(
    """
held_out_2026v.yaml vnphoto-forum-chu-de-thang-9-cu-qua-hat-2016 | 2016-09-05 | none | unsure | - Tất cả ảnh dự thi sẽ được công bố sau khi chấm dứt góp ảnh dự thi mà không ghi tên tác giả để đảm bảo công bằng.
held_out_2026v.yaml vieclamgiaoduc-benh-vien-c-da-nang-tuyen-vien-chuc-2023 | 2023-09-29 | none | unsure | Không tiếp nhận bổ sung các giấy tờ xác nhận đối tượng ưu tiên sau khi công bố kết quả tuyển dụng
constructed results made known | 2024-03-01 | none | unsure | Kết quả sẽ được thông báo sau khi kết thúc vòng sơ khảo.
constructed no entries accepted | 2024-03-01 | none | unsure | Ban tổ chức không nhận bài sau khi kết thúc thời hạn.
# right after an event, a count after it: as before
constructed right after | 2024-03-01 | rel:0 | unsure | Ngay sau khi có quyết định, Sở Nội vụ thông báo cho các đơn vị.
constructed a count after the event | 2024-03-01 | rel:5 | sure | Trong thời hạn 5 ngày sau khi công bố kết quả, thí sinh nộp đơn phúc khảo.
""",
    kind="nothing_set_after_an_event_is_no_deadline",
)

# (13) a count back that ends the phrase with no event named, after a duty to tell or hand in ("Con số đi tham dự chính
# thức thông báo cho Văn phòng (...) trước 3 ngày."): that many days before the document's own event, unsure (the event
# is not named). Without a duty, or with an event or a date, as before.
A_COUNT_BACK_WITHOUT_ITS_EVENT = table(
    """
held_out_2026v.yaml thoduonghanoi-giao-luu-trinh-dien-tho-chua-thay-2015 | 2015-08-02 | rel:-3 | unsure | Con số đi tham dự chính thức thông báo cho Văn phòng ( ông Mỹ , ĐT: 0122 335 0989 ) trước 3 ngày.
constructed working days | 2024-03-01 | rel:-5:wd | unsure | Các đội đăng ký trước 5 ngày làm việc.
constructed a week | 2024-03-01 | rel:-7 | unsure | Các đơn vị gửi danh sách trước 1 tuần.
# no duty, an event named, a date written: as before
constructed no duty | 2024-03-01 | none | unsure | Thời gian tập huấn trước 3 ngày.
constructed the event named | 2024-03-01 | rel:-10 | sure | Các đơn vị gửi hồ sơ trước khai mạc ít nhất 10 ngày.
constructed a date written | 2024-03-01 | 2024-03-14 | sure | Các đơn vị gửi hồ sơ trước ngày 15/3/2024.
""",
    kind="a_count_back_without_its_event_is_unsure",
)

test_each_class_reads_as_its_table_says = table_test(
    BARE_DAYS_BEFORE_A_MONTH,
    APPEALS_FOR_GIFTS,
    QUALIFYING_CONDITIONS,
    WHEN_ENTRIES_WERE_MADE,
    HANDING_IN_WHERE,
    KEEPING_TO_THE_RULES,
    CONDITIONS_WORDED_AS_DUTIES,
    RELEASE_ROWS_AND_PLACE_LINES,
    WEEKS_AND_COUNTS_BEFORE,
    LUNAR_ONLY_BY_ITS_OWN_WORDS,
    TODAY_IS_THE_LAST_DAY,
    NOTHING_SET_AFTER_AN_EVENT,
    A_COUNT_BACK_WITHOUT_ITS_EVENT,
)
