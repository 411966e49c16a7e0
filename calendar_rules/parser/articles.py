"""A decision's or a resolution's executive article, in the wordings ``duties`` did not know: "Điều 3. Chánh Văn
phòng ...; Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành", "Điều 2. Bộ Tài chính trình Thủ
tướng Chính phủ ban hành Quyết định quy định về ...".

The last articles of a decision say who carries it out ("chịu trách nhiệm thi hành Quyết định này", "căn cứ Quyết định
thi hành") and what a body is charged with next ("Bộ Tài chính trình ...", "Sở ... hướng dẫn ..."): a duty with no
time, continuous, for a person to confirm (``duties`` reads it, as a weaker sign: only when no year is written). The
article on when the decision takes effect ("Điều 2. Quyết định này có hiệu lực ...") names no body and no task.
"""

from __future__ import annotations

import re

from calendar_rules.parser.patterns import any_of

# a body named first in the article: a ministry, a department, a committee, its head
_ARTICLE_BODY = (
    rf"(?:{any_of('bo', 'so', 'uy ban', 'ubnd', 'tong cuc', 'cuc', 'ban', 'chu tich', 'giam doc', 'thu truong')}"
    rf"|{any_of('chanh van phong', 'van phong', 'hieu truong', 'truong phong')})"
)
# what it is charged with
_ARTICLE_TASK = (
    rf"(?:{any_of('trinh', 'chu tri', 'huong dan', 'to chuc', 'thuc hien', 'trien khai', 'theo doi', 'kiem tra')}"
    rf"|{any_of('ban hanh', 'xay dung', 'bao cao', 'phoi hop', 'quy dinh chi tiet')})"
)
EXECUTIVE_ARTICLE_RE = re.compile(
    # "căn cứ Quyết định (này) thi hành", "căn cứ Nghị quyết thực hiện": who carries the document out
    rf"\bcan\s*cu\s*(?:{any_of('quyet dinh', 'nghi quyet', 'chi thi', 'thong tu')})\s*(?:nay\s*)?"
    r"(?:thi\s*hanh|thuc\s*hien)\b"
    # "Điều 2. Bộ Tài chính trình ...": a body, then its task
    rf"|^\s*dieu\s*\d{{1,2}}\s*[.:]\s*{_ARTICLE_BODY}\b[^.;]{{0,80}}?\b{_ARTICLE_TASK}\b"
)
