"""The classes of the confident-wrong answers found when held_out_2026ac, ad and ae were scored (70.2%/2, 85.4%/6,
80.1%/7 confident-wrong), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a length granted or held, not a day to act by (parser/granted.py): how long a paper is valid for ("có giá trị 24
# tháng kể từ ngày cấp"), how long an extension may be with no event to count from ("Gia hạn một lần nhưng không quá 30
# ngày"), what holds once a period runs out in silence ("... thì được coi là đồng ý"), a proviso on a right ("với điều
# kiện đơn ... được nộp trong thời hạn sáu tháng"). A paper cancelled within a delay is a body's step and stays read.
LENGTHS_GRANTED = table(
    """
held_out_2026ae.yaml hr8cd-tt-21-2021-tt-bldtbxh-nguoi-lao-dong-di-lam-viec-nuoc-ngoai | 2021-12-15 | none | unsure | b) Giấy chứng nhận hoàn thành khóa học giáo dục định hướng có giá trị 24 tháng kể từ ngày cấp.
held_out_2026ad.yaml capphutho-faq-dang-ky-xe | 2026-02-14 | none | unsure | 1. Xe di chuyển (từ nhà máy, kho, cảng...): Giá trị sử dụng 15 ngày; được gia hạn một lần tối đa không quá 15 ngày.
dev_2026.yaml thuvienphapluat-tu-van-thu-y | 2020-01-01 | none | unsure | 4. Chứng chỉ hành nghề thú y có giá trị 05 năm.
held_out_2026ad.yaml capphutho-faq-khieu-nai-to-cao | 2026-02-14 | none | unsure | Vụ việc phức tạp: Gia hạn một lần nhưng không quá 30 ngày.
held_out_2026ad.yaml capphutho-faq-khieu-nai-to-cao twice | 2026-02-14 | none | unsure | Vụ việc đặc biệt phức tạp: Gia hạn hai lần, mỗi lần không quá 30 ngày.
held_out_2026ae.yaml hr8cd-nd-188-2025-nd-cp-bao-hiem-y-te | 2025-07-01 | none | unsure | Trường hợp quá thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản thông báo mà cơ quan bảo hiểm xã hội không có ý kiến thì được coi là đồng ý;
constructed deemed consent, another wording | 2025-07-01 | none | unsure | Nếu quá 10 ngày kể từ ngày nhận được hồ sơ mà Sở không trả lời thì coi như đã chấp thuận.
held_out_2026ad.yaml vietan-dang-ky-sang-che | 2023-05-09 | none | unsure | Sáng chế không bị coi là mất tính mới nếu được công bố trong các trường hợp sau đây với điều kiện đơn đăng ký sáng chế được nộp trong thời hạn sáu tháng kể từ ngày công bố:
# a paper cancelled within a delay; the other side's own delay to answer
held_out_2026ad.yaml capphutho-faq-xuat-nhap-canh | 2026-02-14 | rel:1:wd | sure | Kết quả: Giấy thông hành sẽ bị hủy giá trị sử dụng trong vòng 01 ngày làm việc sau khi cơ quan cấp nhận được thông báo từ Công an xã.
held_out_2026l.yaml luatmoitruong-tt-02-2022-btnmt-dieu-16-lay-y-kien-dtm | 2022-01-10 | rel:5:wd | sure | Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được văn bản lấy ý kiến của cơ quan thẩm định báo cáo đánh giá tác động môi trường, cơ quan nhà nước quản lý công trình thủy lợi có trách nhiệm có ý kiến bằng văn bản
""",
    kind="a_length_granted_or_held_is_no_deadline",
)

# (2) a day the text works out and restates after "tức (là)" (parser/restated.py): after a delay ("trong thời hạn 20
# ngày kể từ ngày kết thúc quý tức là chậm nhất vào ngày 20/4/2025") or a move off a holiday ("Do ngày 20/4/2025 rơi vào
# ngày nghỉ nên hạn nộp ... dời sang ngày làm việc tiếp theo ..., tức ngày 21/4/2025") that day is due, even after a
# cited circular. A lunar restatement is the same day in the other calendar and keeps its reading.
RESTATED_DAYS = table(
    """
held_out_2026ad.yaml tnt305-han-chot-nop-bao-cao-tai-chinh-quy-1-2025 | 2025-04-10 | 2025-04-20 | sure | Theo đó, đối với tổ chức niêm yết cổ phiếu, công ty đại chúng quy mô lớn phải công bố báo cáo tài chính quý trong thời hạn 20 ngày kể từ ngày kết thúc quý tức là chậm nhất vào ngày 20/4/2025.
held_out_2026ad.yaml tnt305-han-chot-nop-bao-cao-tai-chinh-quy-1-2025 moved | 2025-04-10 | 2025-04-21 | sure | Lưu ý: Do ngày 20/4/2025 rơi vào ngày nghỉ nên hạn nộp Báo cáo tài chính quý 1 năm 2025 sẽ được dời sang ngày làm việc tiếp theo theo quy định tại Điều 86 Thông tư 80/2021/TT-BTC, tức ngày 21/4/2025.
constructed a delay in months, restated | 2025-01-05 | 2025-03-31 | sure | Doanh nghiệp phải nộp báo cáo trong thời hạn 90 ngày kể từ ngày kết thúc năm tài chính, tức là ngày 31/3/2025.
# a lunar restatement
held_out_2026g.yaml hoikhuyenhoc-hungyen-cv-14-hoc-bong-to-hieu-2018 | 2018-02-07 | 2018-03-18 | unsure | - Thời gian: ngày 18/03/2018 ( tức ngày 2/2 âm lịch)
""",
    kind="a_day_restated_after_tuc_la_is_due",
)

# (3) a reading the words give but a careful reader may take otherwise (parser/two_readings.py): the length of an
# extension from an event (two readers of the same wording in 2026z and 2026ad answered a delay and no deadline), two
# times for two duties in one sentence (the corpus lists the sentence once for each), a delay from the document's own
# entry into force (its day is in the closing article), how long a monthly regime lasts, a span of one whole calendar
# year (a term of cover), a span labelled only by a group of people, a duty both periodic with no period and ad hoc
# (read since as a standing duty, parser/ongoing.py adhoc). Each keeps its reading for a person to confirm.
READINGS_TO_CONFIRM = table(
    """
held_out_2026ad.yaml vietan-dich-vu-bao-cao-thue | 2023-05-09 | rel:3:mo | unsure | Thời gian gia hạn là 03 tháng, kể từ ngày kết thúc thời hạn nộp thuế thu nhập doanh nghiệp theo quy định của pháp luật về quản lý thuế.
held_out_2026z.yaml taxlegal-nd-82-2025-nd-cp-gia-han-nop-thue-2025 | 2025-04-02 | rel:5:mo | unsure | Thời gian gia hạn là 05 tháng, kể từ ngày kết thúc thời hạn nộp thuế thu nhập doanh nghiệp theo quy định của pháp luật về quản lý thuế.
held_out_2026ae.yaml hr8cd-tt-116-2025-tt-btc-co-che-tai-chinh-bhxh | 2025-12-15 | every quarter at after:1:day:20 | unsure | Trong thời hạn 20 ngày đầu quý sau liền kề và 60 ngày đầu năm sau, Bảo hiểm xã hội Quân đội, Bảo hiểm xã hội Công an nhân dân và tổ chức bảo hiểm thất nghiệp, tổ chức thuộc ngành Nội vụ thực hiện báo cáo định kỳ hàng quý, hàng năm về tình hình thu, chi các quỹ bảo hiểm và tình hình chi tổ chức và hoạt động theo quy định tại khoản 1 Điều 13 Nghị định số 233/2025/NĐ-CP gửi Bảo hiểm xã hội Việt Nam.
held_out_2026ae.yaml hr8cd-tt-05-2023-tt-bkhdt-giam-sat-danh-gia-dau-tu | 2023-06-30 | rel:1:wd | unsure | a) Người sử dụng phải đổi mật khẩu ban đầu trong vòng 01 ngày làm việc kể từ khi nhận được tài khoản và định kỳ hằng quý phải đổi mật khẩu để đảm bảo tính bảo mật.
held_out_2026ae.yaml hr8cd-tt-116-2025-tt-btc-co-che-tai-chinh-bhxh effect | 2025-12-15 | rel:3:mo | unsure | Trong thời hạn 03 tháng kể từ khi Thông tư có hiệu lực thi hành, Bảo hiểm xã hội Quân đội, Bảo hiểm xã hội Công an nhân dân phải hoàn thành trách nhiệm theo quy định tại khoản 7 Điều 8 Thông tư này.
held_out_2026ae.yaml hddtvn-6-cong-viec-ke-toan-thang-8-2019 | 2019-08-01 | rel:12:mo | unsure | Việc báo cáo tình hình sử dụng hóa đơn theo tháng được thực hiện trong thời gian 12 tháng kể từ ngày thành lập hoặc kể từ ngày chuyển sang diện mua hóa đơn của cơ quan thuế.
held_out_2026ad.yaml hust-thong-bao-mua-bhyt-nam-2024 | 2023-09-29 | 2024-12-31 | unsure | 1. Thời gian mua bảo hiểm: từ 01/01/2024 đến 31/12/2024 (12 tháng).
held_out_2026ac.yaml sldtbxh-daknong-ke-hoach-ky-thi-tieng-han-eps-2019 | 2019-05-08 | 2019-07-31 | unsure | + Ngành sản xuất chế tạo và xây dựng: từ ngày 02/07 đến ngày 31/07/2019
held_out_2026ac.yaml krongno-ct-14-ct-ttg-2019-an-toan-an-ninh-mang | 2019-07-30 | continuous | unsure | Đối với công tác kiểm tra, đánh giá an toàn thông tin mạng cho hệ thống thông tin thuộc quyền quản lý phải lựa chọn tổ chức, doanh nghiệp độc lập với tổ chức, doanh nghiệp giám sát, bảo vệ để định kỳ kiểm tra, đánh giá an toàn thông tin mạng đối với hệ thống thông tin cấp độ 3 trở lên thuộc quyền quản lý hoặc kiểm tra, đánh giá đột xuất khi có yêu cầu theo quy định của pháp luật.
# nearby real deadlines keep their confidence: a delay from a licence's (not the document's) effect, a labelled window
# with a task, a window shorter than the year
held_out_2026t.yaml hf-turbo-e5-readme-thong-tu-trang-ttdt-tong-hop | 2014-08-19 | rel:90 | sure | 5. Sau 90 (chín mươi) ngày, kể từ ngày giấy phép có hiệu lực, nếu tổ chức, doanh nghiệp được cấp phép không thiết lập trang thông tin điện tử tổng hợp, mạng xã hội thì giấy phép không còn giá trị.
held_out_2026ac.yaml sldtbxh-daknong-ke-hoach-ky-thi-tieng-han-eps-2019 registration | 2019-05-08 | 2019-05-17 | sure | Thời gian đăng ký: tổ chức chung một đợt tiếp nhận hồ sơ dự thi cho cả ba ngành từ ngày 15 - 17/5/2019 (3 ngày)
""",
    kind="a_reading_a_reader_may_take_otherwise_is_for_review",
)

# (4) a tax or a return named by the period it declares (parser/tax_periods.py): "tờ khai thuế GTGT quý 3/2024", "số
# thuế ... tạm nộp của quý 1, quý 2 kỳ tính thuế ... năm 2022" name the tax's month or quarter, not when it is due; a due
# date beside it is read (now with confidence: the period is no unused date). A quarter without its year ("Tờ khai quý
# 1: Hạn chậm nhất là ngày 30/04") tells a yearly rule and is left as it was.
TAX_PERIODS = table(
    """
held_out_2026ad.yaml tnt305-han-chot-nop-to-khai-thue-quy-3-2024 | 2024-10-01 | none | unsure | Như vậy, căn cứ theo quy định nêu trên thì chỉ được gia hạn thời hạn nộp thuế GTGT mà không được gia hạn thời hạn nộp tờ khai thuế GTGT quý 3/2024.
held_out_2026ad.yaml vietan-dich-vu-bao-cao-thue | 2023-05-09 | none | unsure | Gia hạn thời hạn nộp thuế đối với số thuế thu nhập doanh nghiệp tạm nộp của quý 1, quý 2 kỳ tính thuế thu nhập doanh nghiệp năm 2022 của doanh nghiệp.
# the due date beside the period
held_out_2026ad.yaml tnt305-han-chot-nop-to-khai-thue-quy-3-2024 may | 2024-10-01 | 2024-11-20 | certain | Thời hạn nộp thuế giá trị gia tăng của kỳ tính thuế tháng 5 năm 2024 chậm nhất là ngày 20 tháng 11 năm 2024.
held_out_2026ae.yaml hddtvn-6-cong-viec-ke-toan-nhan-su-thang-11-2019 | 2019-11-01 | 2019-11-20 | certain | Như vậy, kế toán nhân sự cần chuẩn bị và nộp hồ sơ khai thuế TNCN tháng 10/2019 trước ngày 21/11/2019.
held_out_2026y.yaml luatvietan-thanh-lap-cong-ty-2023-copy-inter-news | 2023-01-15 | 2023-04-30 | unsure | Tờ khai quý 1: Hạn chậm nhất là ngày 30/04;
""",
    kind="a_tax_period_is_no_deadline",
)

# (5) an exemption after a condition with no opening word (parser/exemptions.py): "Doanh nghiệp không có biến động ...
# trong tháng 10/2019 thì không phải gửi thông báo." (the month and its "trong" are the condition's); a duty after "thì"
# keeps the phrase.
BARE_CONDITION_EXEMPTIONS = table(
    """
held_out_2026ae.yaml hddtvn-6-cong-viec-ke-toan-nhan-su-thang-11-2019 | 2019-11-01 | none | unsure | Doanh nghiệp không có biến động về số lượng người lao động trong tháng 10/2019 thì không phải gửi thông báo.
constructed a school, another month | 2024-03-01 | none | unsure | Trường không phát sinh học sinh chuyển đi trong tháng 3/2024 thì không cần báo cáo.
constructed a duty after thì | 2024-03-01 | 2024-04-04 | any | Trường có học sinh chuyển đi trong tháng 3/2024 thì phải báo cáo trước ngày 05/4/2024.
""",
    kind="an_exemption_after_a_bare_condition_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(
    LENGTHS_GRANTED, RESTATED_DAYS, READINGS_TO_CONFIRM, TAX_PERIODS, BARE_CONDITION_EXEMPTIONS
)
