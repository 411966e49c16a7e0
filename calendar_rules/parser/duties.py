"""Duties given with no time written: obligations, prohibitions, instructions and bodies put in charge.

A plan's or a directive's item often gives a duty and no time at all: "tàu thuyền không được xuất bến", "các đơn vị
phải nhanh chóng thông báo ...", "yêu cầu lãnh đạo các địa phương thông báo cho tàu thuyền ...", "Điều 2. Sở Lao
động ... chủ trì, phối hợp ...", "Chính phủ giao Bộ Công an phối hợp ...", "3. Vận động 100% cán bộ ... cài đặt ...",
"các địa phương cần thực hiện chặt chẽ ...". Such a duty holds for as long as the document applies: a careful reader
files it as continuous. The wording is only a sign that a duty is given, never proof (a news item tells what someone
"phải" do, a description says what is "không được" allowed), so the reading is always ``unsure``: a person confirms it.

Only a phrase with no date, hour, frequency or count written (a cited document's date included) is read here,
and only when no other reader read it (it runs last): a dated duty keeps its date. A year may name a school year or
a programme ("năm học 2020-2021", "Phương án điều tra ... năm 2016", with no time cue before it) beside a strong sign (an obligation, a prohibition, a request); the weaker signs (a
task item opening with a verb, "chủ trì", "có trách nhiệm", "chủ động", a body named as a clause's subject and its task,
where or how entries are handed in, keeping to the rules)
are read only when no year is written either (outside a cited document's number: "Quyết định số 12 năm 2018").
A duty done every day ("gửi báo cáo nhanh ... trước 17 giờ hàng ngày") is continuous too, its hour written or not.
A past practice ("Thời gian qua, ..."), a report of what was done ("đã"), a question and a noun's use of the words
("Theo đề nghị của ...", "hồ sơ đề nghị") are not duties; nor are conditions worded like one: who may not take part
("... không được tham gia"), what is not granted ("không được cấp"), what an entry must be ("phải có giá trị cao").
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from calendar_rules.parser.articles import EXECUTIVE_ARTICLE_RE
from calendar_rules.parser.citations import CLAUSE_CUE, mask_citations
from calendar_rules.parser.dates import find_date
from calendar_rules.parser.durations import mask_round_the_clock
from calendar_rules.parser.normalize import Folded, fold
from calendar_rules.parser.numbering import blank_number_years, blank_section_number
from calendar_rules.parser.ongoing import FREQUENCY_RE
from calendar_rules.parser.patterns import (
    BARE_YEAR_RE,
    ITEM_NUMBER,
    ITEM_OPENING,
    PAST_PRACTICE_RE,
    TIME_TOKEN_RE,
    WRITTEN_DATE_RE,
    WRITTEN_TIME_RE,
    YEAR_CUE_BEFORE,
    YEAR_WRITTEN_RE,
    any_of,
)
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.parser.states import PASSIVE_RE, PAST_RE, mask_birth_years
from calendar_rules.parser.steps import PROCEDURE_STEP_RE
from calendar_rules.parser.weekly import OPENING_HOURS_RE, WEEKLY_RE
from calendar_rules.rules import Continuous, Rule

# (verbs of a duty given: what the body must go on doing)
_ACT = (
    r"(?:thuc\s*hien|trien\s*khai|to\s*chuc|thong\s*bao|huong\s*dan|phoi\s*hop|chu\s*tri|chi\s*dao|theo\s*doi"
    r"|cap\s*nhat|quan\s*triet|tuyen\s*truyen|van\s*dong|kiem\s*tra|ra\s*soat|bao\s*cao|de\s*xuat|xu\s*ly|tham\s*muu"
    r"|chu\s*dong|kip\s*thoi|tiep\s*tuc|khan\s*truong|quan\s*ly|bao\s*dam|dam\s*bao|tuan\s*thu|xay\s*dung)"
)
# (and the verbs of a duty urged: what the body must step up, set right, gather or make public)
_URGED = (
    rf"(?:{_ACT}|tang\s*cuong|day\s*manh|day\s*nhanh|tap\s*trung|chan\s*chinh|bat\s*tay|huy\s*dong|khac\s*phuc|nang\s*cao"
    r"|lap\s*danh\s*sach|tong\s*hop|niem\s*yet|cong\s*khai|rut\s*kinh\s*nghiem|pho\s*bien"
    # (asked to take part, to comment, to care for, to complete a file: "đề nghị các UBND huyện ... tham gia ý kiến đóng
    # góp", "đề nghị tất cả đoàn viên thanh niên tham gia đầy đủ ...", "yêu cầu các đơn vị quan tâm đến đời sống ...",
    # "gửi văn bản yêu cầu UBND cấp xã bổ sung cho hợp lệ")
    rf"|{any_of('tham gia', 'gop y', 'cho y kien', 'quan tam', 'bo sung', 'chuan bi')})"
)
DUTY_GIVEN_RE = re.compile(
    # a prohibition: "tàu thuyền không được xuất bến", "nghiêm cấm ..."
    # (not who may not enter, nor what is not granted or allowed: "Học sinh ... lớp chuyên toán ... không được đăng ký
    # tham gia bảng thi C2", "Nhân viên tòa soạn ... không được tham gia", "sinh viên không được cấp Giấy chứng nhận",
    # "việc nộp lại abstract ... là không được cho phép": conditions of entry and of status, nobody's task)
    # (taking part in a contest, that is, not in an act: "không được tham gia thu phí" is a prohibition)
    r"\bkhong\s*duoc\b(?!\s*(?:qua|it\s*hon|vuot|duoi|tren|du\s*thi|dang\s*ky\s*du|cap|cho\s*phep|xet|cong\s*nhan"
    r"|huong|chap\s*nhan)\b|\s*(?:dang\s*ky\s*)?tham\s*gia\s*(?:$|[.,;]|(?:du\s*thi|cuoc\s*thi|giai|bang|vong|doi)\b))"
    r"|\bnghiem\s*cam\b|\bcam\s*(?:tuyet\s*doi|cac)\b"
    # an obligation: "các đơn vị phải nhanh chóng thông báo", "thuyền trưởng phải điện báo ngay" (not "phải chăng"; nor
    # what an entry must be or a candidate must bear: "tác phẩm ... phải có giá trị cao về nội dung", "sinh viên phải
    # chấp nhận" a result, "phải chịu hoàn toàn trách nhiệm trước pháp luật")
    r"|\bphai\s*(?!(?:chang|la|do|dung|chap\s*nhan|co\s*(?:gia\s*tri|chat\s*luong|noi\s*dung)"
    r"|dat\s*(?:yeu\s*cau|tieu\s*chuan|chat\s*luong)|chiu\s*(?:hoan\s*toan\s*)?trach\s*nhiem\s*(?:truoc|ve))\b)[a-z]"
    # asked of someone: "yêu cầu lãnh đạo các địa phương, đơn vị thông báo ...", "Yêu cầu hiệu trưởng các trường triển
    # khai ...", "đề nghị các sở, ngành ... phối hợp" (the verb, not the noun: "theo đề nghị của", "hồ sơ đề nghị")
    # (also glued to the name before it in extracted text: "Nguyễn Văn Phongyêu cầu các xã ...")
    # (and "chỉ đạo", "mong muốn" asking the same: "UBND TP cũng chỉ đạo các sở-ngành ... tăng cường tuyên truyền", not
    # the noun: "Thực hiện chỉ đạo của Bảo hiểm xã hội Việt Nam")
    rf"|(?<!theo )(?<!xet )(?<!ung )(?<!bao )(?<!cua )(?<!ho so )(?<!hien )"
    rf"(?:yeu\s*cau|\bde\s*nghi|\bmong\s*muon)\b"
    rf"(?!\s*(?:cua|khen|xet|nhiem\s*vu|ve|nay|tren|do|la|tai|chuyen)\b)(?:[^.;]|;(?=[^.;]{{0,120}}?\b(?:cac|ubnd|uy\s*ban|so|ban)\b)){{0,160}}?\b{_URGED}\b"
    # (a body directing bodies named after it; an item opening "Chỉ đạo các hội cơ sở ..." is the weaker sign below)
    rf"|(?<=[a-z] )(?<!quan tam )(?<!hien )(?<!theo )\bchi\s*dao\s*(?:cho\s*)?cac\b[^.;]{{0,160}}?\b{_URGED}\b"
    # a body put in charge: "Điều 2. X chủ trì, phối hợp ...", "Giao các Sở: ... hướng dẫn ...", "Chính phủ giao Bộ
    # Công an phối hợp ..." (not "bàn giao", a handover, nor "giao thông", "giáo dục")
    r"|\bchu\s*tri\s*,?\s*(?:va\s*)?phoi\s*hop\b|^\s*dieu\s*\d{1,2}\s*[.:]\s*giao\b"
    rf"|(?<!ban )(?<!tuyen )\bgiao\s(?!\s*(?:duc|vien|an|trinh|thong|ban|nhan|luu|dich|tiep|dien|hang)\b)[^.;]{{2,80}}?\b{_ACT}\b"
    # a duty worded with "cần" and a verb of doing: "các địa phương cần thực hiện chặt chẽ", "cần kịp thời báo cáo"; what
    # a plan must set out or finish soon ("Phương án sắp xếp cần nêu rõ việc quản lý ...", "Cần sớm hoàn chỉnh các thủ
    # tục ...")
    rf"|\bcan\s*(?:phai\s*)?(?:som\s*)?(?:{_URGED}|neu\s*ro|lam\s*ro|hoan\s*(?:chinh|thien|thanh))\b"
    # done in time, whenever needed: "các địa phương ... kịp thời chỉ đạo ...", "kịp thời đề xuất với UBND tỉnh ..."
    rf"|\bkip\s*thoi\s*(?!\s*(?:nhat|hon)\b){_ACT}?\s*[a-z]"
    # going on: "tiếp tục quán triệt ...", "cần tiếp tục ..." (other verbs than ``goes_on``'s)
    rf"|\btiep\s*tuc\s*{_ACT}\b"
    # enforcement announced ("Ngoài ra, tỉnh sẽ xử phạt những tàu cá không mở thiết bị ...", "sẽ xử lý nghiêm"), and a
    # task kept up for a whole period ("Việc công bố công khai ... được thực hiện trong suốt thời gian của kỳ quy hoạch")
    r"|\bse\s*(?:xu\s*phat|xu\s*ly|cuong\s*che)\b"
    rf"|\b(?:{_ACT}|cong\s*khai|niem\s*yet)\b[^.;]{{0,40}}?\btrong\s*suot\s*(?:thoi\s*gian|qua\s*trinh|thoi\s*ky|ky)\b"
    # urged: "Sinh viên nhanh chóng liên hệ giảng viên hướng dẫn ...", "..., khẩn trương nhập hồi cứu ..." (not what
    # spreads fast: "lây lan nhanh chóng")
    rf"|\b(?:nhanh\s*chong|khan\s*truong)\s*(?:{_ACT}|lien\s*he|hoan\s*(?:thanh|chinh|thien)|gui|nop|nhap|khac\s*phuc|dang\s*ky)\b"
    # an item urging the pace of a named task, the year naming the task ("đẩy nhanh tiến độ Tổng điều tra kinh tế năm
    # 2017;", a list's item after "UBND tỉnh tập trung chỉ đạo ...")
    rf"|(?:{ITEM_OPENING}{ITEM_NUMBER}|;\s*)day\s*nhanh\s*tien\s*do\b"
)
# where a clause opens: the phrase's start (a bullet, a number), a comma or a colon, a connective ("Theo đó,", "Đồng
# thời", "Ngoài ra", "Cùng với đó", "thì" after a condition)
_CLAUSE_OPENING = (
    rf"(?:{ITEM_OPENING}{ITEM_NUMBER}|[,:]\s*|\b(?:theo\s*do|dong\s*thoi|ngoai\s*ra|cung\s*voi\s*do|thi)\s*,?\s*)"
)
# a body that is given tasks: "UBND (các huyện)", "Ủy ban nhân dân cấp tỉnh", "các trường", "các đơn vị", "các địa phương"
_BODY = (
    r"(?:ubnd|uy\s*ban\s*nhan\s*dan|ban\s*quan\s*ly|bql|trung\s*tam"
    r"|cac\s*(?:truong|don\s*vi|dia\s*phuong|co\s*quan|xa|huyen|so|nganh)"
    # (and the state bodies a legal text charges with a standing duty or a procedure's step: "Kho bạc Nhà nước định kỳ
    # báo cáo ...", "Tổng cục Thống kê chỉ đạo ...", "Cục Đăng kiểm Việt Nam cấp Giấy chứng nhận ...", "Chi Cục bảo vệ
    # thực vật cấp tỉnh trả lời bằng văn bản ...")
    r"|kho\s*bac|(?:tong\s*|chi\s*)?cuc\s*(?!\s*(?:bo|ky|dien|than|nong)\b)[a-z]+)"
)
# the task such a body is given
_TASK = (
    r"(?:ra\s*soat|lap\s*(?:ke\s*hoach|danh\s*sach)|to\s*chuc\s*lay\s*y\s*kien|thuc\s*hien|bao\s*cao|trien\s*khai"
    r"|khan\s*truong|xay\s*dung|tham\s*muu|huong\s*dan|kiem\s*tra"
    # (a step of a procedure or a plan: "Ủy ban nhân dân cấp huyện chuyển hồ sơ ... lên Ủy ban nhân dân cấp tỉnh", "Ủy ban
    # nhân dân cấp tỉnh ban hành Quyết định thành lập Hội đồng ...", "UBND cấp huyện trả lại hồ sơ", "các huyện, thành phố
    # chọn ngày cao điểm ... tùy theo tình hình thực tế")
    rf"|{any_of('chuyen ho so', 'tra lai ho so', 'ban hanh', 'chon')}"
    # (and a legal text's standing steps: "Kho bạc Nhà nước tiếp nhận, kiểm soát ...", "... làm thủ tục thanh toán ...",
    # "Cục ... cấp Giấy chứng nhận ...", "... trả lời bằng văn bản và nêu rõ lý do", "Tổng cục ... chỉ đạo ...")
    rf"|{any_of('tiep nhan', 'lam thu tuc', 'cap giay', 'tra loi bang van ban', 'chi dao', 'thong bao cho')})"
)
# handing in, and where or how: to a body or the people it is for ("về", "cho"), at a place ("tại"), through a channel
# ("thông qua", "qua email", "theo địa chỉ", "bằng file", "trực tiếp", "trực tuyến"); not "gửi lời", "gửi tặng"
# (what one is told to do, not what one may do, has not done or must not do: "bạn có thể gửi tối đa 2 bài", "Thí sinh chỉ
# được đăng ký ... tại một đơn vị", "sinh viên chưa nộp đủ tiền"; nor a requirement on the act named as a noun, "việc
# gửi báo cáo về ... phải đúng biểu mẫu"; nor a bare item of a procedure's list, "a) Gửi hồ sơ ... tại trụ sở ...")
_SUBMIT = (
    r"(?<=[a-z] )(?<!co the )(?<!duoc )(?<!chua )(?<!khong )(?<!da )(?<!viec )(?<!neu )"
    r"\b(?:nop|gui(?!\s*(?:loi|gam|tang|tam|tien\s*tiet\s*kiem)\b)|dang\s*ky)\b"
)
_PLACE = (
    r"(?:phong|truong|tru\s*so|van\s*phong|dia\s*chi|bo\s*phan|ban|so|trung\s*tam|uy\s*ban|ubnd|cac|noi|website"
    r"|trang|cong|hoi\s*dong|thu\s*vien|khoa|nha|quay|diem|bo\s*mon|vien|buu\s*dien|link|duong\s*link"
    r"|bo|vu|cuc|tong\s*cuc|doan|hoi|btc|toa\s*soan|email|hop\s*thu|co\s*quan|don\s*vi|xa|huyen|thanh\s*pho)"
)
# (to a body or an address, not "về" meaning about: "chịu trách nhiệm ... về tính hợp pháp")
_CHANNEL = (
    rf"\b(?:(?:ve|tai)\s*{_PLACE}\b"
    rf"|{any_of('thong qua', 'qua email', 'qua thu', 'qua duong', 'qua form', 'theo dia chi', 'bang file')}"
    # (or to the people it is for: "Cơ sở đào tạo gửi giấy báo trúng tuyển cho những thí sinh trúng tuyển")
    rf"|cho\s*(?:{any_of('cac', 'nhung', 'thi sinh', 'sinh vien', 'hoc sinh', 'nguoi')})\b"
    rf"|{any_of('truc tiep', 'truc tuyen')})"
)
# who hands entries in, and what: "Mỗi đơn vị ... nộp toàn bộ hồ sơ", "Thí sinh nộp đơn ..."
_SUBMITTER = (
    rf"(?:{ITEM_OPENING}{ITEM_NUMBER}|[,:]\s*)(?:{any_of('moi don vi', 'cac don vi', 'thi sinh', 'sinh vien')}"
    rf"|{any_of('hoc vien', 'nguoi tham gia', 'nguoi du thi', 'tac gia', 'ca nhan', 'tap the')})\b"
)
# a body deciding on the basis of a rule, a procedure's step ("UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số
# 118/2025/NĐ-CP xác định số lượng điểm tiếp nhận ...", "Các trường căn cứ hướng dẫn ... xây dựng kế hoạch ..."): a strong
# sign, the year in the rule's number no time of the step
BASED_STEP_RE = re.compile(
    rf"{_CLAUSE_OPENING}{_BODY}\b[^.;]{{0,40}}?\bcan\s*cu\s*(?:vao\s*)?(?:quy\s*dinh|huong\s*dan)\b[^.;]{{0,160}}?"
    rf"\b(?:{_TASK}|xac\s*dinh|quyet\s*dinh|lua\s*chon|bo\s*tri)\b"
)
_ENTRY = rf"\b(?:{any_of('ho so', 'bai', 'tac pham', 'don', 'hoc phi', 'le phi', 'tom tat', 'bao cao')})\b"
# weaker signs, read only when no year is written either (a year or a term of office, "nhiệm kỳ 2022-2027", may be the
# time the item is for, which a person weighs)
WEAK_DUTY_RE = re.compile(
    # an item opening with a verb of doing, as a plan's list of tasks does: "3. Vận động 100% cán bộ ... cài đặt ...",
    # "- Chỉ đạo các trường học thực hiện nghiêm ...", "Phối hợp với Công an huyện ...", "Duy trì nghiêm chế độ trực ban"
    # (not "Hướng dẫn ... ban hành kèm theo Công văn này", the title of a guidance)
    rf"{ITEM_OPENING}(?:\d{{1,2}}\s*[.)]\s*|[a-z]\)\s*)?(?:van\s*dong|tuyen\s*truyen|quan\s*triet|chi\s*dao|phoi\s*hop"
    r"|duy\s*tri|bo\s*tri|(?:dam|bao)\s*(?:bao|dam)|nghiem\s*tuc|ra\s*soat|chuan\s*bi|tham\s*muu"
    # (and an item carrying on a task: "Tiếp tục kiện toàn Ban Chỉ huy ...")
    r"|tiep\s*tuc\s*(?:kien\s*toan|cung\s*co|nang\s*cao|day\s*manh|hoan\s*thien|ung\s*dung|doi\s*moi)"
    r"|to\s*chuc\s*(?:tuyen|thuc|trien|kiem|ra|van|quan|tap|thuc)|theo\s*doi"
    # (and what a plan's item holds: "Tổ chức ngày hiến máu tình nguyện cho đối tượng là ĐVTN ...", "Tổ chức các hoạt
    # động ...", "Tổ chức lớp tập huấn ...")
    rf"|to\s*chuc\s*(?:ngay\s*(?:{any_of('hoi', 'hien', 'chu nhat')})"
    rf"|(?:cac\s*)?(?:{any_of('hoat dong', 'lop', 'buoi', 'dot')}))"
    # (or making something public: "Công khai danh sách các cơ sở mất an toàn về PCCC ...", "Niêm yết ...")
    r"|cong\s*khai|niem\s*yet)\b"
    # a plan's tasks under their label ("Nội dung thực hiện gồm: Đẩy mạnh tuyên truyền ...", "Nhiệm vụ trọng tâm: Tăng cường
    # ...", "Giải pháp: tiếp tục ..."): a verb of doing right after the label (not a person: "Báo cáo viên trình bày ...")
    rf"|{ITEM_OPENING}{ITEM_NUMBER}(?:{any_of('noi dung', 'nhiem vu', 'giai phap')})(?:\s*[a-z]+){{0,3}}\s*:\s*"
    rf"{_URGED}\b(?!\s*vien\b)"
    # a step of a plan that drafts and submits, opening the item or a clause of it ("1. Phê duyệt nội dung ...; Xây dựng
    # và trình thẩm định, phê duyệt dự toán ...")
    rf"|(?:{ITEM_OPENING}{ITEM_NUMBER}|;\s*)xay\s*dung\s*(?:va\s*)?(?:trinh|ban\s*hanh)\b"
    # bodies working with others to step up a task ("Mặt trận các cấp phối hợp với các cơ quan thông tấn báo chí tăng
    # cường tuyên truyền ..."), or told to keep to the rules ("Các Chi hội ... thực hiện đúng quy định: ...")
    # (and to carry out a plan: "Ban vận động HMTN xã sẽ phối hợp chặt chẽ với các ban ngành, đoàn thể triển khai kế
    # hoạch ...")
    r"|\bphoi\s*hop\s*(?:chat\s*che\s*)?voi\b[^.;]{0,120}?\b(?:tang\s*cuong|day\s*manh|day\s*nhanh|trien\s*khai)\b"
    # units told to send something in ("Đồng thời các đơn vị lập danh sách ... gửi về phòng Văn hóa và Thông tin ...",
    # "các cơ quan, đơn vị liên quan tổng hợp danh sách ... gửi về Phòng Y tế ...")
    r"|\bcac\s*(?:don\s*vi|co\s*quan)\b[^.;]{0,120}?\b(?:lap|tong\s*hop)\b[^.;]{0,80}?\bgui\s*ve\b"
    r"|\bthuc\s*hien\s*(?:dung|nghiem)\s*(?:tuc\s*)?(?:quy\s*dinh|cac\s*quy\s*dinh|chi\s*dao|huong\s*dan)\b"
    # how or where a plan's task is done, told under its label with who does it ("- Hình thức tổ chức: UBND xã giao cho
    # cán bộ thú y ... trực tiếp đến các hộ ... để tiêm phòng", "Địa điểm tiêm: Thú y viên sẽ đến từng nhà dân để tiêm
    # phòng"; not a bare place or form: "Địa điểm: Hội trường UBND xã", "Hình thức: trực tuyến")
    rf"|{ITEM_OPENING}{ITEM_NUMBER}(?:{any_of('hinh thuc', 'dia diem', 'phuong thuc', 'cach thuc')})\b"
    r"[^:.;]{0,30}:"
    r"[^.;]{0,120}?\b(?:se\s*[a-z]+|truc\s*tiep\s*(?:den|xuong|toi)|den\s*tung|giao\s*cho)"
    # a body in charge ("Sở Y tế chủ trì hướng dẫn ...", not a meeting chaired: "chủ trì cuộc họp"), a responsibility
    # ("UBND các huyện có trách nhiệm chỉ đạo các xã"), acting of one's own accord ("Các xã chủ động nắm bắt ...")
    r"|\bchu\s*tri\b(?!\s*(?:cuoc|hoi|phien|buoi|le|ky|tiep|lam\s*viec|dai)\b)|\bco\s*trach\s*nhiem\b|\bchu\s*dong\b"
    # a charge ("Trưởng thôn chịu trách nhiệm lập danh sách ...", not liability "chịu trách nhiệm trước pháp luật"), a
    # matter forwarded to a body to handle ("Văn phòng ... chuyển nội dung nêu trên đến Ban Quản lý ... để nghiên cứu,
    # xử lý"), a decision's executive article ("Điều 2. Giám đốc Sở ... tổ chức triển khai thực hiện Quyết định này.")
    r"|\bchiu\s*trach\s*nhiem\b(?!\s*truoc\b)"
    r"|\bchuyen\b[^.;]{0,120}?\b(?:den|cho|ve)\b[^.;]{0,120}?\bde\s*(?:nghien\s*cuu|xu\s*ly|giai\s*quyet|tham\s*muu|xem\s*xet)\b"
    r"|^\s*dieu\s*\d{1,2}\s*[.:][^.;]{0,160}?\b(?:thuc\s*hien|thi\s*hanh)\s*(?:quyet\s*dinh|chi\s*thi|ke\s*hoach|nghi\s*quyet)\s*nay\b"
    # a body named as a clause's subject, then a task ("Các trường tiểu học, THCS lập kế hoạch tuyển sinh ...", "Theo đó,
    # UBND các địa phương: Khánh Sơn, ..., Cam Ranh rà soát ...", "..., Ủy ban nhân dân cấp tỉnh quan tâm, tổ chức lấy ý
    # kiến ...", "trường hợp ... thì UBND huyện báo cáo, đề xuất ..."; not a cited title, "... về việc đôn đốc thực hiện")
    rf"|{_CLAUSE_OPENING}{_BODY}\b(?:(?!\bve\s*viec\b)[^.;]){{0,120}}?\b{_TASK}\b"
    # keeping to the rules ("- Nghiêm chỉnh chấp hành Luật Kéo co, điều lệ thi đấu ...", "Các câu lạc bộ tham gia giải
    # chấp hành nghiêm Luật", "tuân thủ nghiêm nội quy"; not the executive committee, "Ban Chấp hành", nor serving a
    # sentence, "chấp hành án")
    rf"|\bnghiem\s*chinh\s*(?:chap\s*hanh|tuan\s*thu|thuc\s*hien)\b"
    rf"|(?<!ban )\b(?:chap\s*hanh|tuan\s*thu)\s*(?:nghiem|dung|day\s*du|tot|cac\s*quy\s*dinh|quy\s*dinh|luat"
    rf"|noi\s*quy|quy\s*che|dieu\s*le|su\s*(?:dieu\s*hanh|dieu\s*dong|huong\s*dan|phan\s*cong))\b"
    # (and doing a task as laid down: "tuyển chọn lực lượng theo đúng đối tượng nêu trên", "để đi thi đúng thời gian
    # quy định")
    rf"|\btheo\s*dung\s*(?:doi\s*tuong|quy\s*dinh|lich\s*trinh|huong\s*dan|mau|the\s*le|dieu\s*le|ke\s*hoach)\b"
    rf"|\bdung\s*(?:thoi\s*gian|thoi\s*han|gio)\s*(?:da\s*)?quy\s*dinh\b"
    # where or how entries are handed in ("Thí sinh gửi bài dự thi trực tiếp tại trường ...", "Người tham gia đăng ký và
    # gửi bài viết ... thông qua Form", "Tất cả các tóm tắt nộp về địa chỉ email: ..."), or who hands what in ("Mỗi đơn
    # vị ... nộp toàn bộ hồ sơ đăng ký ..."): the standing instruction of a call for entries
    rf"|{_SUBMIT}[^.;]{{0,120}}?{_CHANNEL}|{_SUBMITTER}[^.;]{{0,80}}?{_SUBMIT}\s*(?:toan\s*bo\s*|day\s*du\s*)?{_ENTRY}"
)
# a duty done every day, maybe by an hour: "gửi báo cáo nhanh ... trước 17 giờ hàng ngày"
DAILY_RE = re.compile(r"\b(?:hang|moi)\s*ngay\b")
# the end of a clause, as written
CLAUSE_BREAK_RE = re.compile(r"[,;:]")
# the verb asking someone for a duty, as written
ASKING_RE = re.compile(r"(?i)(?<!\w)(?:yêu cầu|đề nghị|chỉ đạo|giao)(?!\w)")
# a question, or what something is not ("không được phép" as the state a rule describes is still a duty)
NOT_GIVEN_RE = re.compile(r"\?\s*$|\b(?:neu|trong\s*truong\s*hop)\b[^,;]{0,60}\bkhong\s*duoc\b")


def duty_given(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
    """A duty, prohibition or instruction given with no time written: continuous, for a person to confirm."""
    text = phrase.text
    daily = DAILY_RE.search(text) or (not OPENING_HOURS_RE.search(text) and WEEKLY_RE.search(text))  # (``weekly``)
    if daily and not (
        find_date(text) or WRITTEN_DATE_RE.search(fold(phrase.original).text) or NOT_GIVEN_RE.search(text)
    ):
        found.spans.append(daily.span())
        found.doubt("việc làm hằng ngày, không có hạn chót: đọc là nhiệm vụ thường xuyên, cần xác nhận")
        return Continuous(None)
    match = DUTY_GIVEN_RE.search(text) or BASED_STEP_RE.search(text)
    strong = match is not None
    timing = blank_number_years(text)  # (a cited document's number, "72/2013/NĐ-CP", writes no time: ``numbering``)
    if not match and not YEAR_WRITTEN_RE.search(timing):
        match = WEAK_DUTY_RE.search(text) or PROCEDURE_STEP_RE.search(text) or EXECUTIVE_ARTICLE_RE.search(text)
    if not match or _timed(timing, strong) or FREQUENCY_RE.search(text):
        return None
    written = mask_birth_years(mask_round_the_clock(blank_section_number(fold(phrase.original).text)))
    if WRITTEN_TIME_RE.search(written) and not (strong and _asked_after_citations(written)):
        return None  # (hours of duty round the clock, "24/24 giờ", and the birth days of those bound are no time of it)
    reported = _reports(phrase.original, phrase.span(*match.span())[0])
    if NOT_GIVEN_RE.search(text) or PAST_PRACTICE_RE.search(phrase.original) or reported:
        return None  # "Thời gian qua, ...", "Sở đã yêu cầu ...": what was done, not a duty given
    found.spans.append(match.span())
    a, b = phrase.span(*match.span())
    words = " ".join(phrase.original[a:b].strip(" ,-+•*").split())[:60]
    found.doubt(f"'{words}' giao việc không ghi thời hạn: đọc là nhiệm vụ thường xuyên, cần xác nhận")
    return Continuous(None)


def _asked_after_citations(written: str) -> bool:
    """Whether every time written is a cited document's date in the clauses that open the phrase, and the duty is given
    after them in a clause of its own: "Công văn nêu rõ, thực hiện Công văn số 8239-CV/BTGTW, ngày 16/3/2020 của ...,
    Ban Tuyên giáo Tỉnh ủy đề nghị ... chỉ đạo, tổ chức triển khai Cuộc thi ...", "1. Trên cơ sở kết quả tổng kết ...
    Chỉ thị số 32-CT/TW ngày 09/12/2003 ..., đề nghị các sở ... tiếp tục quan tâm lãnh đạo ..." (not what carries the
    cited document out: "Tiếp tục quán triệt thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010")."""
    masked = mask_citations(written)
    if WRITTEN_TIME_RE.search(masked):
        return False
    last = max(m.end() for m in islice(WRITTEN_TIME_RE.finditer(written), 20))
    own = CLAUSE_CUE.search(masked, last)  # the phrase's own clause: "đề nghị", "yêu cầu", "phải", "giao" ...
    if not own or not CLAUSE_BREAK_RE.search(written, last, own.start()) or DUTY_GIVEN_RE.search(masked, 0, last):
        return False
    return bool(DUTY_GIVEN_RE.search(masked, own.start()))


def _reports(original: str, start: int) -> bool:
    """Whether a past word tells the duty as done ("Sở đã yêu cầu ..."), not something else in the phrase.
    A participle is no report ("phương án ... đã được phê duyệt tại quyết định này", the plan approved); nor is "vừa"
    before the asking verb, news of a fresh request ("Bộ ... vừa ban hành công điện, đề nghị các bộ ... khẩn trương
    phối hợp ..."); nor a past word in a clause of its own before the duty ("Đối với các địa phương đã và đang có dịch
    bệnh, Bộ ... yêu cầu cần thực hiện ...", "... đã thực hiện xong việc dồn điền đổi thửa, Sở ... đề nghị ..."); nor one
    after the duty's sign in its clause, describing what the task is about ("khẩn trương rà soát các trường đã đăng ký
    ...", "khẩn trương nhập hồi cứu đối tượng đã tiêm chủng ...")."""
    asked = ASKING_RE.search(original)
    for past in PAST_RE.finditer(original):
        if PASSIVE_RE.match(original, past.start()):
            continue
        if asked and past.start() < asked.start() and past.group(0).lower() == "vừa":
            continue
        if past.end() <= start and CLAUSE_BREAK_RE.search(original, past.end(), start):
            continue
        if past.start() > start and not CLAUSE_BREAK_RE.search(original, start, past.start()):
            continue  # "yêu cầu các đơn vị khẩn trương rà soát các trường đã đăng ký ...": who the task is about
        return True
    return False


def _timed(text: str, strong: bool) -> bool:
    """Whether the phrase writes a time of its own. Beside a strong sign, a bare year with no time cue before it names
    what the duty is about, not when it is due: "UBND thành phố giao các sở ... tổng kết công tác phòng, chống thiên
    tai năm 2021", "Sở ... chủ trì, phối hợp ... triển khai Phương án điều tra ... năm 2016" ("trong năm 2021",
    "hoàn thành năm 2021" are times, read by the dated readers first)."""
    rest = text
    for token in islice(TIME_TOKEN_RE.finditer(text), 20):
        named = strong and BARE_YEAR_RE.fullmatch(token.group(0).strip())
        if not named or YEAR_CUE_BEFORE.search(text, max(0, token.start() - 24), token.start()):
            return True
        rest = rest[: token.start()] + " " * (token.end() - token.start()) + rest[token.end() :]
    return bool(find_date(rest))
