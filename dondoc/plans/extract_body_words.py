"""The words plans use to name bodies: group phrases and the kinds they stand for, the heads
of unit names ("Ban", "Ủy ban Kiểm tra", ...), and the words that end a name. Data for
extract_bodies.BodyResolver; compared on folded text (see dondoc.text.fold)."""

from __future__ import annotations

import re

# Kinds a group phrase stands for. Direct children of a town/district committee that
# are cells are "chi_bo_co_so"; those of a grassroots committee are "chi_bo".
GRASSROOTS = ["dang_uy_co_so", "chi_bo_co_so"]
CELLS = ["chi_bo_co_so", "chi_bo"]
ALL_PARTY = ["dang_uy_co_so", "chi_bo_co_so", "chi_bo"]
MASS = ["mat_tran", "doan_the"]
BOARDS = ["ban", "uy_ban_kiem_tra", "van_phong"]

S = r"\s*"
W = r"\s+"
# An optional reference to the level the group belongs to: "trực thuộc Thị ủy", "trong Đảng bộ Khối".
LEVEL = (
    r"(?:\s+(?:truc\s+thuoc|co\s+so|trong|thuoc))?"
    r"(?:\s+(?:dang\s+bo|dang\s+uy|thi\s+uy|huyen\s+uy|thanh\s+uy|tinh\s+uy|quan\s+uy|chi\s+bo)"
    r"(?:\s+(?:khoi|so|xa|phuong|thi\s+tran|co\s+so))?)?"
)
PLACE = r"(?:\s+(?:thi\s+xa|huyen|thanh\s+pho|tinh|xa|phuong|thi\s+tran|khoi|quan))?"

# (pattern on folded text, selector mode, kinds, label)
GROUPS: list[tuple[re.Pattern[str], str, list[str]]] = [
    (
        re.compile(r"(?:cac|moi)\s+chi\s+bo\s+(?:truc\s+thuoc|thuoc|cua)\s+(?:cac\s+)?dang\s+(?:uy|bo)\s+co\s+so"),
        "under",
        ["chi_bo"],
    ),
    (
        re.compile(
            r"(?:cac\s+)?(?:dang\s+uy|dang\s+bo)\s+co\s+so\s*(?:,|va|;)\s*(?:cac\s+)?chi\s+bo\s+co\s+so" + LEVEL
        ),
        "children_of",
        GRASSROOTS,
    ),
    (
        re.compile(r"(?:cac\s+)?(?:dang\s+uy|dang\s+bo)\s+co\s+so(?:\s+truc\s+thuoc)?" + LEVEL),
        "children_of",
        ["dang_uy_co_so"],
    ),
    (re.compile(r"(?:cac\s+)?chi\s+bo\s+co\s+so(?:\s+truc\s+thuoc)?" + LEVEL), "children_of", ["chi_bo_co_so"]),
    (
        re.compile(
            r"(?:cac|moi)\s+(?:chi\s*,\s*dang\s+bo|chi\s*,\s*dang\s+uy|dang\s+uy\s*,\s*chi\s+bo|dang\s+bo\s*,\s*chi\s+bo|chi\s+bo\s*,\s*dang\s+bo|chi\s+bo\s*,\s*dang\s+uy)(?:\s+co\s+so)?"
            + LEVEL
        ),
        "children_of",
        ALL_PARTY,
    ),
    (
        re.compile(r"(?:cac\s+)?(?:cap\s+uy\s+(?:cac\s+)?)?(?:to\s+chuc\s+co\s+so\s+dang|tccs\s+dang|tccsd)" + LEVEL),
        "children_of",
        GRASSROOTS,
    ),
    (
        re.compile(r"(?:cac\s+|moi\s+)?cap\s+uy(?:\s+(?:dang|chi\s+bo))?\s+co\s+so(?:\s+dang)?" + LEVEL),
        "children_of",
        GRASSROOTS,
    ),
    (
        re.compile(
            r"(?:cac\s+|moi\s+)?cap\s+uy(?:\s*,\s*(?:to\s+chuc\s+dang|uy\s+ban\s+kiem\s+tra|chi\s+bo|co\s+quan\s*,\s*don\s+vi))?\s+cac\s+cap"
        ),
        "under",
        ALL_PARTY,
    ),
    (re.compile(r"(?:cac\s+|moi\s+)?cap\s+uy\s+cac\s+chi\s+bo"), "under", CELLS),
    (
        re.compile(
            r"(?:cac|moi)\s+(?:chi\s+uy\s*,\s*)?chi\s+bo(?:\s+dang)?(?:\s+truc\s+thuoc)?(?:\s+(?:dang\s+bo|dang\s+uy)(?:\s+(?:so|khoi|xa|phuong|co\s+so))?)?"
        ),
        "children_of",
        CELLS,
    ),
    (re.compile(r"cap\s+uy\s+dang\s*,\s*chi\s+bo|cap\s+uy\s*,\s*chi\s+bo"), "children_of", CELLS),
    (
        re.compile(r"(?:cac|moi)\s+dang\s+(?:uy|bo)(?:\s+co\s+so)?(?:\s+truc\s+thuoc)" + LEVEL),
        "children_of",
        ["dang_uy_co_so"],
    ),
    (re.compile(r"(?:cac|moi)\s+cap\s+uy"), "under", ALL_PARTY),
    (
        re.compile(
            r"mat\s+tran(?:\s+to\s+quoc)?(?:\s+viet\s+nam)?"
            + PLACE
            + r"\s*(?:,|-|va|;)\s*(?:cac\s+)?(?:to\s+chuc\s+chinh\s+tri\s*-\s*xa\s+hoi|doan\s+the(?:\s+chinh\s+tri\s*-\s*xa\s+hoi)?)"
            + PLACE
        ),
        "children_of",
        MASS,
    ),
    (
        re.compile(
            r"(?:cac|moi)\s+(?:to\s+chuc\s+chinh\s+tri\s*-\s*xa\s+hoi|doan\s+the(?:\s+chinh\s+tri\s*-\s*xa\s+hoi)?)"
            + PLACE
        ),
        "children_of",
        ["doan_the"],
    ),
    (re.compile(r"(?:cac\s+)?co\s+quan\s+tham\s+muu\s*,\s*giup\s+viec" + LEVEL), "children_of", BOARDS),
]
VAGUE = re.compile(
    r"(?:cac|moi)\s+(?:co\s+quan|dia\s+phuong|don\s+vi|nganh)(?:\s*[,;]?\s*(?:va\s+)?(?:co\s+quan|don\s+vi|dia\s+phuong|ban|nganh|to\s+chuc))*(?:\s+(?:tren\s+dia\s+ban|lien\s+quan)[\w\s]{0,20})?"
)
PEOPLE = re.compile(
    r"(?:moi\s+|cac\s+|toan\s+the\s+)?(?:dong\s+chi\s+)?(?:can\s+bo|dang\s+vien|cong\s+chuc|vien\s+chuc|doan\s+vien|hoi\s+vien|nguoi\s+dung\s+dau|uy\s+vien|bi\s+thu|chien\s+si|nguoi\s+lao\s+dong)"
    r"(?:\s*[,;]?\s*(?:va\s+)?(?:can\s+bo|dang\s+vien|cong\s+chuc|vien\s+chuc|doan\s+vien|hoi\s+vien|chien\s+si|luc\s+luong\s+vu\s+trang|lao\s+dong|nguoi\s+lao\s+dong|nguoi\s+dung\s+dau))*"
)

# Words that open the name of a body (folded). Longest first when matching.
HEADS = sorted(
    [
        "ban thuong vu",
        "thuong truc",
        "ban chap hanh",
        "ban",
        "uy ban kiem tra",
        "uy ban nhan dan",
        "uy ban mat tran",
        "uy ban",
        "van phong",
        "dang uy",
        "dang bo",
        "chi bo",
        "thi uy",
        "huyen uy",
        "thanh uy",
        "tinh uy",
        "quan uy",
        "hoi dong nhan dan",
        "hoi",
        "thi doan",
        "huyen doan",
        "tinh doan",
        "doan",
        "phong",
        "trung tam",
        "co quan",
        "mat tran",
        "cong doan",
        "lien doan",
        "so",
        "ubnd",
        "hdnd",
        "mttq",
        "btg",
        "ubkt",
        "btv",
        "cong an",
        "truong",
        "toa an",
        "vien kiem sat",
        "dang uy khoi",
        "bo chi huy",
    ],
    key=len,
    reverse=True,
)
# Lower-case words that occur inside names ("Ban Tuyên giáo", "Cơ quan Tổ chức - Nội vụ thị xã").
NAME_WORDS = {
    "giao",
    "van",
    "chuc",
    "kiem",
    "tra",
    "nhan",
    "dan",
    "quoc",
    "uy",
    "xa",
    "huyen",
    "tinh",
    "phuong",
    "thi",
    "tran",
    "khoi",
    "co",
    "quan",
    "so",
    "dang",
    "dung",
    "vu",
    "noi",
    "hoa",
    "the",
    "thao",
    "tin",
    "thong",
    "sat",
    "chinh",
    "tri",
    "hoi",
    "bo",
    "doan",
    "to",
    "su",
    "an",
    "ninh",
    "nghiep",
    "nong",
    "lao",
    "dong",
    "phu",
    "nu",
    "cuu",
    "chien",
    "binh",
    "thanh",
    "nien",
    "truyen",
    "hanh",
    "cac",
    "tuong",
    "vien",
    "tong",
    "hop",
    "ke",
    "hoach",
    "dau",
    "tu",
    "tai",
    "giam",
}
STOP_AFTER = {"tham", "chu", "phoi", "tiep", "xay", "to", "bao", "huong", "theo", "thuc", "tang", "can", "tap", "cu"}
