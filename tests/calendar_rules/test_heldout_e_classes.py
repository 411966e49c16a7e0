"""The classes found when held_out_2026e.yaml was scored (76.9% right, 7 confident-wrong, 33 to review), one table
each.

Rows marked with a corpus file and a document id are phrases as printed in that public document (held_out_2026e.yaml
and the files before it are development data). Rows marked "constructed" are the same class in another shape,
written for this test, so that the family of wordings is read and not one phrase; none comes from a held-out set
still to be scored. The row format is in tests/support/readings.py.
"""

from __future__ import annotations

import pytest

from calendar_rules.parser.normalize import fold, spell_digits
from tests.support.readings import table, table_test

# (1) input normalisation: HTML entities left in page text are read unescaped; counts and ordinals spelled out in
# words are read as digits ("năm" only before "ngày làm việc": it is also "year"; "ngày thứ hai" is Monday)
NORMALISED = table(
    """
held_out_2026e.yaml dvc-laocai-tthc-117174-duoc-lieu | 2025-07-23 | rel:26 | any | 26 ng&agrave;y kể từ ng&agrave;y nhận được hồ sơ hợp lệ
constructed an entity in a date's words | 2024-03-01 | 2024-04-15 | certain | Các đơn vị gửi báo cáo chậm nhất ng&agrave;y 15/4/2024.
constructed a numeric entity | 2024-03-01 | rel:10 | certain | Trong thời hạn 10 ng&#224;y kể từ ngày nhận được hồ sơ, cơ quan phải trả lời.
held_out_2026e.yaml tvpl-hoidap-luat-cu-tru-2006-tam-tru working days | 2016-01-01 | rel:3:wd | sure | - Trưởng Công an xã, phường, thị trấn trong thời hạn ba ngày làm việc, kể từ ngày nhận đủ giấy tờ quy định tại khoản 3 Điều này phải cấp sổ tạm trú theo mẫu quy định của Bộ Công an.
held_out_2026e.yaml tvpl-hoidap-luat-cu-tru-2006-tam-tru days | 2016-01-01 | rel:30 | sure | - Người đang sinh sống, làm việc, lao động, học tập tại một địa điểm thuộc xã, phường, thị trấn nhưng không thuộc trường hợp được đăng ký thường trú tại địa phương đó thì trong thời hạn ba mươi ngày, kể từ ngày đến phải đăng ký tạm trú tại Công an xã, phường, thị trấn.
constructed tens and a unit | 2024-03-01 | rel:45 | sure | Trong thời hạn bốn mươi lăm ngày, kể từ ngày nhận đủ hồ sơ, cơ quan thuế phải giải quyết.
constructed "năm" before working days | 2024-03-01 | rel:5:wd | sure | Trong thời hạn năm ngày làm việc kể từ ngày nhận được đơn, Ủy ban phải trả lời.
constructed "mười" | 2024-03-01 | rel:10 | sure | Trong vòng mười ngày kể từ ngày ký, các bên phải bàn giao.
constructed a time word glued to the word before it | 2024-03-01 | 2024-04-14 | certain | Các đơn vị gửi báo cáotrước ngày 15/4/2024.
constructed a delay glued to the word before it | 2024-03-01 | rel:10 | sure | Cơ quan giải quyếttrong thời hạn 10 ngày kể từ ngày nhận đơn.
""",
    kind="input_normalisation",
)


@pytest.mark.parametrize(
    "text, digits",
    [
        ("ngày thứ ba mươi của quý", "ngày thứ 30      của quý"),
        ("ngày thứ chín mươi, kể từ", "ngày thứ 90       , kể từ"),
        ("tháng thứ ba kể từ", "tháng thứ 3  kể từ"),
        ("sáu tháng đầu năm", "6   tháng đầu năm"),
        ("hai mươi mốt ngày", "21           ngày"),
        ("một trăm hai mươi ngày", "120               ngày"),
        ("một trăm linh năm ngày", "105               ngày"),
        ("ngày thứ một trăm hai mươi, kể từ", "ngày thứ 120              , kể từ"),
        ("hai trăm năm lịch sử", "hai trăm năm lịch sử"),
        # not counts: "năm" (year), "hai mươi năm" (twenty years), "ngày thứ hai" (Monday)
        ("Năm ngày qua", "Năm ngày qua"),
        ("hai mươi năm qua", "hai mươi năm qua"),
        ("vào ngày thứ hai", "vào ngày thứ hai"),
    ],
)
def test_spelled_counts_and_ordinals_keep_their_length(text: str, digits: str) -> None:
    assert spell_digits(text) == digits
    assert len(spell_digits(text)) == len(text)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Thời gian diễn ra liên hoantrong 2 ngày", "thoi gian dien ra lien hoan trong 2 ngay"),
        ("gửi báo cáotrước ngày 5/6", "gui bao cao truoc ngay 5/6"),
        # a syllable of seven letters or fewer is one word ("nghiêng", "trường", "hướng")
        ("nghiêng trường hướng", "nghieng truong huong"),
    ],
)
def test_a_time_word_glued_to_the_word_before_is_cut(text: str, folded: str) -> None:
    assert fold(text).text == folded


# (2) standing regulations: a day and month without a year, in a periodic report or a duty given to a whole level of
# government, or "của năm sau", is a yearly rule (the one-off reading took the document's year), for review
STANDING = table(
    """
held_out_2026e.yaml dvc-haiphong-bao-cao-atvsld half-year | 2013-01-01 | every year at date:07-05 offset -1d | unsure | - Báo cáo 6 tháng đầu năm gửi trước ngày 05 tháng 7.
held_out_2026e.yaml dvc-haiphong-bao-cao-atvsld next year | 2013-01-01 | every year at after:1:day:10 offset -1d | any | Báo cáo phải gửi trước ngày 10 tháng 01 của năm sau.
held_out_2026e.yaml luatbvmt-sites-dieu-118-bao-cao district | 2015-01-01 | every year at date:01-31 offset -1d | unsure | a) Ủy ban nhân dân cấp huyện báo cáo Hội đồng nhân dân cung cấp và Ủy ban nhân dân cấp tỉnh trước ngày 31 tháng 01;
held_out_2026e.yaml luatbvmt-sites-dieu-118-bao-cao province | 2015-01-01 | every year at date:02-15 offset -1d | unsure | c) Ủy ban nhân dân cấp tỉnh báo cáo Hội đồng nhân dân cấp tỉnh và Bộ Tài nguyên và Môi trường trước ngày 15 tháng 02;
held_out_2026e.yaml hse-bao-cao-atvsld-tt07-2016 | 2017-01-01 | every year at date:01-25 offset -1d | any | 3. Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương tổng hợp tình hình thực hiện công tác an toàn, vệ sinh lao động của các cơ sở sản xuất, kinh doanh đóng trên địa bàn, gửi Bộ Lao động-Thương binh và Xã hội theo mẫu quy định tại Phụ lục III ban hành kèm theo Thông tư này trước ngày 25 tháng 01 hằng năm.
held_out_2026e.yaml aresen-bao-cao-cong-tac-bvmt | 2022-03-01 | every year at after:1:day:5 offset -1d | any |  • Chủ dự án đầu tư, cơ sở sản xuất, kinh doanh, dịch vụ (kỳ báo cáo tính từ ngày 01/01 đến hết ngày 31/12) trước ngày 05/01 của năm tiếp theo;
held_out_2026e.yaml lawnet-tt07-2019-bvhttdl-thi-dua | 2022-04-26 | every year at after:2:day:25 offset -1d | any | Đối với danh hiệu “Tập thể Lao động xuất sắc” cho đối tượng quy định tại điểm đ khoản 1 Điều 2 Thông tư này; danh hiệu “Chiến sĩ thi đua cấp Bộ” cho cá nhân trong cơ quan, đơn vị thuộc Bộ và “Bằng khen của Bộ” cho đối tượng quy định tại các điểm đ và e khoản 1 Điều 2 Thông tư này: Tiếp nhận hồ sơ trước ngày 25 tháng 02 của năm sau liền kề (tính theo dấu bưu điện);
constructed a yearly report, "chậm nhất" | 2024-03-01 | every year at date:12-20 | unsure | Báo cáo năm gửi về Sở chậm nhất ngày 20 tháng 12.
constructed a commune level | 2024-03-01 | every year at date:10-15 offset -1d | unsure | Ủy ban nhân dân cấp xã tổng hợp, báo cáo Ủy ban nhân dân cấp huyện trước ngày 15/10.
constructed a year written stays one-off | 2024-03-01 | 2024-07-04 | sure | Báo cáo 6 tháng đầu năm 2024 gửi trước ngày 05/7/2024.
constructed a single body stays one-off | 2024-03-01 | 2024-04-14 | inferred | UBND huyện Mộ Đức báo cáo kết quả trước ngày 15/4.
""",
    kind="standing_regulations_are_yearly",
)


# two days of each year six months apart: a half-yearly rule
TWICE_A_YEAR = table(
    """
held_out_2026e.yaml scribd-bao-cao-hang-nam-doanh-nghiep (line breaks as spaces) | 2020-07-01 | every half at month:5:day:25 offset -1d | any | Theo quy định tại thông tư 23/2014/TT – BLĐBTXH của Bộ lao động thương binh xã hội, hàng năm, doanh nghiệp phải thực hiện báo cáo tình hình thay đổi lao động 6 tháng 1 lần (trước ngày 25 tháng 5 và ngày 25 tháng 11 hằng năm)
constructed day and month in digits | 2024-03-01 | every half at month:6:day:15 offset -1d | certain | Doanh nghiệp báo cáo trước ngày 15/6 và 15/12 hằng năm.
constructed "định kỳ 6 tháng một lần" | 2024-03-01 | every half at month:6:day:20 | certain | Định kỳ 6 tháng một lần, vào ngày 20/6 và 20/12, các đơn vị gửi báo cáo.
constructed two days not six months apart are no half-year | 2024-03-01 | every year at date:03-15 offset -1d | unsure | Các đơn vị báo cáo trước ngày 15/3 và 15/10 hằng năm.
""",
    kind="two_days_each_year_six_months_apart",
)


# (3) tax-style returns: the N-th day of the next period, "N ngày đầu của tháng kế tiếp", the N-th day after an event
RETURNS = table(
    """
held_out_2026e.yaml danketoan-tt28-2011-thoi-han-khai-thue quarterly | 2012-06-01 | every quarter at end offset +30d | any | b) Thời hạn nộp hồ sơ khai thuế quý chậm nhất là ngày thứ ba mươi của quý tiếp theo quý phát sinh nghĩa vụ thuế.
held_out_2026e.yaml danketoan-tt28-2011-thoi-han-khai-thue yearly | 2012-06-01 | every year at after:1:day:30 | any | c) Thời hạn nộp hồ sơ khai thuế cả năm chậm nhất là ngày thứ ba mươi của tháng đầu tiên của năm dương lịch hoặc năm tài chính.
held_out_2026e.yaml danketoan-tt28-2011-thoi-han-khai-thue each time | 2012-06-01 | rel:10 | any | d) Thời hạn nộp hồ sơ khai thuế theo từng lần phát sinh nghĩa vụ thuế chậm nhất là ngày thứ mười, kể từ ngày phát sinh nghĩa vụ thuế.
held_out_2026e.yaml danketoan-tt28-2011-thoi-han-khai-thue settlement | 2012-06-01 | rel:90 | any | e) Thời hạn nộp hồ sơ quyết toán thuế năm chậm nhất là ngày thứ chín mươi, kể từ ngày kết thúc năm dương lịch hoặc năm tài chính.
held_out_2026e.yaml ilovetranslation-hop-dong-bao-cao-thang | 2019-01-01 | every month at after:1:day:5 | any | Bên B có trách nhiệm báo cáo đầy đủ các lịch trình và chi phí phát sinh thực tế trong tháng . Lấy chữ ký của bên A , nộp cho bên A trong vòng 5 ngày đầu của tháng kế tiếp.
constructed digits, the next quarter | 2024-03-01 | every quarter at end offset +20d | any | Tờ khai quý nộp chậm nhất là ngày thứ 20 của quý tiếp theo.
constructed the first days of the next quarter | 2024-03-01 | every quarter at after:1:day:10 | any | Báo cáo quý gửi trong 10 ngày đầu của quý sau.
constructed the N-th day after an event | 2024-03-01 | rel:15 | any | Hồ sơ nộp chậm nhất là ngày thứ 15 kể từ ngày có quyết định.
""",
    kind="tax_style_returns",
)


# (4) delays in other wordings: "kể ngày", "sau N ngày", a span of counts after a delay word (its longer count),
# counted back with the count after the event, a citation's subject that runs into the phrase's own delay
DELAYS = table(
    """
held_out_2026e.yaml luatviet-thoi-han-tu-nguyen-thi-hanh-an | 2016-01-01 | rel:10 | any | Thời hạn tự nguyện thi hành án là 10 ngày, kể ngày người phải thi hành án nhận được quyết định thi hành án hoặc được thông báo hợp lệ quyết định thi hành án.
held_out_2026e.yaml cfl-agu-chung-chi-quoc-gia results | 2015-01-01 | rel:10 | unsure | 1. Kết quả điểm thi được niêm yết sau 07 đến 10 ngày tại văn phòng Trung tâm.
held_out_2026e.yaml cfl-agu-chung-chi-quoc-gia cards | 2015-01-01 | rel:-2 | any | 1. Thí sinh nhận thẻ dự thi trước 2 ngày diễn ra kỳ thi (thứ Sáu và sáng thứ Bảy)
held_out_2026e.yaml lhu-nnth-lich-thi-chung-chi-2021 | 2021-04-01 | rel:-2 | any | Sinh viên xem số báo danh và phòng thi trước ngày thi 2 ngày tại đây.
held_out_2026e.yaml cand-khai-sinh-qua-han-nd158 | 2015-01-01 | rel:60 | any | Trả lời: Điều 14 Nghị định 158/2005/NĐ-CP ngày 27/12/2005 về đăng ký và quản lý hộ tịch quy định trong thời hạn 60 ngày kể từ ngày sinh con, cha, mẹ có trách nhiệm đi khai sinh cho con; nếu cha, mẹ không thể đi khai sinh, thì ông, bà hoặc những người thân thích khác đi khai sinh cho trẻ em.
constructed "kể ngày" with working days | 2024-03-01 | rel:5:wd | any | Thời hạn giải quyết là 05 ngày làm việc, kể ngày nhận đủ hồ sơ hợp lệ.
constructed a span of counts after "trong vòng" | 2024-03-01 | rel:5 | any | Kết quả được trả trong vòng 3 - 5 ngày kể từ ngày nộp hồ sơ.
constructed a span of counts without a delay word stays no date | 2024-03-01 | none | any | Khóa học kéo dài từ 3 đến 6 tháng, bắt đầu từ ngày 15/4/2024.
constructed counted back, "so với" | 2024-03-01 | rel:-15 | any | Đơn vị gửi đăng ký trước 15 ngày so với ngày tổ chức hội nghị.
constructed counted back before the opening | 2024-03-01 | rel:-3 | any | Các đội nộp danh sách trước 3 ngày khai mạc giải.
""",
    kind="delays_in_other_wordings",
)


# (5) dates that are not a duty's deadline: a condition's day (the consequence's delay is the deadline), a holiday
# closure named with its holiday, a sentence leading into a list whose time names the schedule listed, an event's
# span reported as news (for review)
NOT_A_DUTY = table(
    """
held_out_2026e.yaml tvpl-hoidap-tt09-2024-cong-khai | 2024-07-10 | rel:10:wd | any | Trường hợp nội dung công khai có thay đổi hoặc đến ngày 30 tháng 6 hằng năm chưa có thông tin do nguyên nhân khách quan hoặc do quy định khác của pháp luật thì phải được cập nhật, bổ sung chậm nhất sau 10 ngày làm việc kể từ ngày thay đổi thông tin hoặc từ ngày có thông tin chính thức;
constructed "Nếu ... thì" with a date after | 2024-03-01 | 2024-05-20 | any | Nếu đến ngày 15/5/2024 đơn vị chưa nộp hồ sơ thì phải nộp bổ sung chậm nhất ngày 20/5/2024.
constructed a condition without a time after "thì" keeps its date | 2024-03-01 | 2024-05-15 | any | Trường hợp cần thiết thì gửi báo cáo trước ngày 16/5/2024.
held_out_2026e.yaml congan-tet-binh-ngo-2026 | 2025-12-10 | none | any | (CAO) Theo đó, công chức, viên chức sẽ nghỉ Tết âm lịch từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026 (tức mùng 6 tháng Giêng, năm Bính Ngọ), tổng cộng 9 ngày liên tục.
constructed the holiday with its year | 2024-12-01 | none | any | Người lao động được nghỉ Tết Nguyên đán Ất Tỵ 2025 từ ngày 25/01/2025 đến hết ngày 02/02/2025.
constructed a holiday with its days | 2024-03-01 | none | any | Học sinh nghỉ lễ 30/4 và 1/5 từ ngày 27/4/2024 đến hết ngày 01/5/2024.
held_out_2026e.yaml baoninhthuan-hdnd-tiep-cong-dan-q3-2019 | 2019-06-25 | none | any | Thực hiện Kế hoạch số 03/KH-HĐND ngày 15/01/2019 của Thường trực HĐND tỉnh về tiếp công dân của đại biểu HĐND tỉnh năm 2019; trên cơ sở đăng ký tiếp công dân của các Tổ đại biểu HĐND tỉnh; thực hiện chỉ đạo của Thường trực HĐND tỉnh, Văn phòng HĐND tỉnh thông báo lịch tiếp công dân quý III/2019 của đại biểu HĐND tỉnh như sau:
constructed a schedule for a month, leading into a list | 2024-03-01 | none | any | Ban Giám hiệu thông báo lịch công tác tháng 4/2024 như sau:
constructed a duty leading into a list is for review | 2024-03-01 | 2024-04-30 | unsure | Các đơn vị hoàn thành trước ngày 01/5/2024 các nội dung như sau:
held_out_2026e.yaml baobaclieu-hoi-thao-cnvcld-2012 | 2012-07-20 | 2012-07-22 | unsure | Hội thao diễn ra trong 3 ngày (từ 20 - 22/7/2012), có 400 VĐV của 40 đội thuộc các Công đoàn trực thuộc LĐLĐ tỉnh tham gia thi đấu các môn: bóng đá mi ni, quần vợt, cầu lông, bóng chuyền.
constructed an event's span written as it takes place is for review | 2024-04-15 | 2024-04-17 | unsure | Hội diễn văn nghệ diễn ra từ ngày 15/4 đến ngày 17/4/2024 tại Nhà văn hóa tỉnh.
held_out_2026e.yaml baolamdong-thi-tot-nghiep-2026 | 2025-12-08 | none | any | Lễ khai giảng diễn ra vào ngày 5/9/2025.
constructed an event held, "được tổ chức" | 2024-06-01 | none | any | Hội nghị tổng kết được tổ chức vào ngày 15/5/2024 tại hội trường UBND huyện.
constructed an event ahead stays a date | 2024-03-01 | 2024-05-15 | any | Hội nghị tổng kết được tổ chức vào ngày 15/5/2024 tại hội trường UBND huyện.
constructed days listed before one month are for review | 2024-03-20 | 2024-06-28 | unsure | Kỳ thi diễn ra trong 2 ngày 27 và 28/6/2024.
constructed three days before one month | 2024-03-20 | 2024-04-07 | unsure | Hội trại tổ chức vào các ngày 5, 6 và 7/4/2024.
constructed an event's span ahead, without a duty word, is for review (test_heldout_fg_classes) | 2024-03-01 | 2024-04-17 | unsure | Hội diễn văn nghệ diễn ra từ ngày 15/4 đến ngày 17/4/2024 tại Nhà văn hóa tỉnh.
constructed an event's span ahead, given as a duty, keeps its confidence | 2024-03-01 | 2024-04-17 | certain | Các đơn vị hoàn thành hội diễn văn nghệ cấp cơ sở từ ngày 15/4 đến ngày 17/4/2024.
""",
    kind="dates_that_are_not_a_duty",
)


# (6) targets: "phấn đấu" sets a target even in a sentence that reports a meeting just held ("vừa diễn ra"), and "các
# chỉ tiêu ... đã đề ra" is a participle (the targets set), not a past report
TARGETS = table(
    """
held_out_2026e.yaml reatimes-dong-anh-gia-lam-len-quan-2024 | 2024-03-15 | 2024-12-31 | any | Trong phiên họp vừa diễn ra, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh nhấn mạnh, phấn đấu đưa hai huyện Đông Anh và Gia Lâm được công nhận thành quận vào cuối năm 2024.
held_out_2026e.yaml tuyenquangtv-ubnd-hop-thuong-ky-thang-6-2022 | 2022-06-22 | 2022-12-31 | any | 6 tháng cuối năm, cần nỗ lực trên tinh thần quyết tâm, đổi mới, sáng tạo để phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2022 đã đề ra.
constructed a target within the year | 2024-03-15 | 2024-12-31 | unsure | Trong phiên họp vừa diễn ra, Chủ tịch UBND tỉnh nhấn mạnh, phấn đấu hoàn thành giải ngân 100% vốn đầu tư công trong năm 2024.
constructed a quarter's targets set | 2024-04-02 | 2024-06-30 | any | Quý II/2024, các đơn vị cần tập trung hoàn thành các chỉ tiêu đã đề ra.
constructed a past striving stays no deadline | 2024-01-10 | none | any | Năm 2023, huyện đã phấn đấu hoàn thành 15 xã nông thôn mới.
""",
    kind="targets_set_in_reported_speech",
)


# more of the families above, in the shapes a national regulation and a holiday notice take
MORE_OF_THE_FAMILIES = table(
    """
constructed a province-level office of every province | 2024-03-01 | every year at date:12-20 | unsure | Chậm nhất ngày 20 tháng 12, Sở Tài chính các tỉnh báo cáo Bộ Tài chính.
constructed ministries | 2024-03-01 | every year at date:11-30 offset -1d | unsure | Các Bộ, cơ quan ngang Bộ gửi báo cáo về Bộ Nội vụ trước ngày 30 tháng 11.
constructed a year-end report | 2024-03-01 | every year at date:12-15 offset -1d | unsure | Báo cáo tổng kết năm gửi về Sở trước ngày 15/12.
constructed a half-year review | 2024-03-01 | every year at date:06-15 offset -1d | unsure | Báo cáo sơ kết 6 tháng gửi trước ngày 15/6.
constructed a named holiday | 2024-03-01 | none | any | Cán bộ, công chức nghỉ lễ Giỗ Tổ Hùng Vương vào thứ Năm 18/4/2024.
constructed Reunification Day | 2024-03-01 | none | any | Người lao động được nghỉ lễ Chiến thắng 30/4 và Quốc tế Lao động 1/5 từ ngày 27/4/2024 đến hết ngày 01/5/2024.
constructed a monthly tax return, spelled | 2024-03-01 | every month at after:1:day:20 | certain | Thời hạn nộp tờ khai thuế tháng chậm nhất là ngày thứ hai mươi của tháng tiếp theo tháng phát sinh nghĩa vụ thuế.
constructed a settlement, spelled with a unit | 2024-03-01 | rel:45 | any | chậm nhất là ngày thứ bốn mươi lăm, kể từ ngày kết thúc năm tài chính
constructed a span of working days after "sau" | 2024-03-01 | rel:7:wd | unsure | Kết quả được thông báo sau 5 - 7 ngày làm việc.
""",
    kind="more_of_the_families",
)


test_each_class_reads_as_its_table_says = table_test(
    NORMALISED, TWICE_A_YEAR, STANDING, RETURNS, DELAYS, NOT_A_DUTY, TARGETS, MORE_OF_THE_FAMILIES
)
