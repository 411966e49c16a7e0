"""An eligibility condition: the state a person must be in to be entitled, with the time it must hold, not a deadline.

A decision on support lists who qualifies, each condition a bare state with no subject and no one acting by a day:

- "1. Ở thuê, ở trọ trong khoảng thời gian từ ngày 01 tháng 02 năm 2022 đến ngày 30 tháng 6 năm 2022." (renting
  during the span);
- "Có hợp đồng lao động không xác định thời hạn hoặc hợp đồng lao động xác định thời hạn từ 01 tháng trở lên được
  giao kết và bắt đầu thực hiện trước ngày 01 tháng 4 năm 2022." (a contract begun before the day);
- "1.2. Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15 tháng 6 năm 2013 ... tại nhà ở mà ..."
  (residence registered before the day).

The condition opens the phrase (after an item's number): a state of residence ("ở thuê", "ở trọ", "sinh sống", "cư
trú", "thường trú", "tạm trú"), of work ("có hợp đồng lao động", "đang làm việc tại"), of insurance ("đang tham gia bảo
hiểm", "có tên trong danh sách", "có thời gian đóng ..."). A duty word anywhere ("phải", "có trách nhiệm", "nộp",
"gửi", "báo cáo", "chậm nhất", "hoàn thành") makes it a task after all ("có biện pháp quản lý ..., báo cáo về Bộ ...
trước ngày 31/12/2016" keeps its deadline); so does a time label ("Thời gian thực hiện: ..."), which opens no state.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import ITEM_MARK
from calendar_rules.parser.wordings import Wording

_STATE = (
    r"o\s*(?:thue|tro)|thue\s*nha|sinh\s*song|cu\s*tru|thuong\s*tru|tam\s*tru"
    r"|lam\s*viec\s*(?:tai|trong|o)|co\s*hop\s*dong\s*lao\s*dong"
    r"|co\s*dang\s*ky\s*(?:ho\s*khau|thuong\s*tru|tam\s*tru)"
    r"|(?:co\s*)?tham\s*gia\s*bao\s*hiem|co\s*ten\s*trong\s*danh\s*sach"
    r"|co\s*thoi\s*gian\s*(?:dong|tham\s*gia|cong\s*tac|lam\s*viec)"
)
STATE_OPENING_RE = re.compile(rf"{ITEM_MARK}(?:dang\s*)?(?:{_STATE})\b")
# what makes the sentence a task after all
_TASK_RE = re.compile(
    r"\b(?:phai|can|co\s*trach\s*nhiem|yeu\s*cau|de\s*nghi|cham\s*nhat|muon\s*nhat|han\s*(?:chot|cuoi)"
    r"|nop|gui|bao\s*cao|hoan\s*thanh|thoi\s*han\s*(?:nop|gui|thuc\s*hien))\b"
)


# why the phrase is a condition a person must meet (a state, and when it holds)
eligibility_condition = Wording(
    STATE_OPENING_RE,
    "điều kiện để được hưởng (ở thuê, có hợp đồng lao động ... trong khoảng thời gian đó): không phải hạn chót",
    limit=_TASK_RE,
    opens=True,
    dated=True,
)
