"""The steps of a procedure, written with no time: "Bước 2: Phòng QLCL tiếp nhận đăng ký và các minh chứng, trình Ban
Giám hiệu xem xét, quyết định.", "- Kiểm tra, hướng dẫn, tiếp nhận hồ sơ, gửi phiếu hẹn trả cho cá nhân/tổ chức.",
"+ Nếu hồ sơ đầy đủ, hợp lệ thì công chức tiếp nhận ghi biên nhận hồ sơ, hẹn ngày trả kết quả cho cơ sở.", "Nhà sản xuất
gửi hồ sơ công bố ... đến Sở Nông nghiệp và Phát triển nông thôn nơi sản xuất;".

An administrative procedure (thủ tục hành chính) or a school's guide lists who does what, step by step; a step without
a time holds each time the procedure runs, as a standing duty: continuous, for a person to confirm (``duties`` reads
it, as a weaker sign: only when no year is written). The signs: a step's label ("Bước 2:") before what is done (not a
condition: "Bước 4: Nếu có khiếu nại, ... liên hệ ..."), and the handling of a file (receiving it, recording its receipt,
setting the day its result is returned, returning it, sending it to the body that decides), not the office's name
("Bộ phận Tiếp nhận hồ sơ và Trả kết quả") nor the hours it is open ("Thời gian tiếp nhận hồ sơ: ...").
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import ITEM_OPENING

PROCEDURE_STEP_RE = re.compile(
    # a step's label, then what is done
    rf"{ITEM_OPENING}buoc\s*\d{{1,2}}\s*[:.]\s*(?!neu\b|trong\s*truong\s*hop\b)[a-z]"
    # receiving, recording or returning a file (not the office, its hours, or what is no longer received)
    r"|(?<!bo phan )(?<!thoi gian )(?<!khong )(?<!han )(?<!dung )(?<!ngung )"
    r"\b(?:tiep\s*nhan|ghi\s*bien\s*nhan|tra\s*lai)\s*ho\s*so\b"
    # setting the day its result is returned ("hẹn ngày trả kết quả", "gửi phiếu hẹn trả")
    r"|\bhen\s*(?:ngay\s*)?tra\b"
    # sending it to the body that decides
    r"|\bgui\s*ho\s*so\b[^.;]{0,100}?\bden\s*(?:so|phong|uy\s*ban|ubnd|co\s*quan|bo\s*phan|trung\s*tam|cuc|chi\s*cuc)\b"
)
