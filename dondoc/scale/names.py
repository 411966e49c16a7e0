"""Vietnamese place and unit names for the synthetic tree: real province names, plausible
commune and chi bộ names, unique among siblings."""

from __future__ import annotations

import random

from dondoc.scale.unit import Unit

CITIES = ("Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
PROVINCES = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)
# The largest provinces by number of districts get a heavier weight (Hà Nội has 30, Thanh Hóa 27).
_BIG = {
    "Hà Nội": 2.2,
    "Thanh Hóa": 2.0,
    "Nghệ An": 1.7,
    "Thành phố Hồ Chí Minh": 1.6,
    "Gia Lai": 1.3,
    "Quảng Nam": 1.3,
    "Đắk Lắk": 1.2,
}
CENTRAL_BLOCS = (
    ("dukcq-tw", "Đảng ủy Khối các cơ quan Trung ương"),
    ("dukdn-tw", "Đảng ủy Khối Doanh nghiệp Trung ương"),
    ("du-ngoai-nuoc", "Đảng ủy Ngoài nước"),
    ("du-cong-an-tw", "Đảng ủy Công an Trung ương"),
)
_FIRST = (
    "An",
    "Bình",
    "Tân",
    "Phước",
    "Hòa",
    "Phú",
    "Long",
    "Mỹ",
    "Thạnh",
    "Vĩnh",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Xuân",
    "Hưng",
    "Quảng",
    "Nghĩa",
    "Đức",
    "Hải",
    "Cẩm",
    "Yên",
    "Kim",
    "Gia",
    "Thuận",
    "Thanh",
    "Trung",
    "Hồng",
    "Minh",
    "Lộc",
)
_SECOND = (
    "Sơn",
    "Hiệp",
    "Bình",
    "Phú",
    "Minh",
    "Hưng",
    "Lập",
    "Mỹ",
    "Lộc",
    "Hòa",
    "Thành",
    "An",
    "Thắng",
    "Châu",
    "Thủy",
    "Lợi",
    "Phong",
    "Tiến",
    "Hải",
    "Lâm",
    "Điền",
    "Trung",
    "Nghĩa",
    "Thịnh",
    "Khánh",
    "Tân",
    "Quang",
    "Xuân",
    "Đông",
    "Hà",
)
_DEPARTMENTS = (
    "Nội vụ",
    "Tài chính",
    "Kế hoạch và Đầu tư",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Xây dựng",
    "Giao thông vận tải",
    "Nông nghiệp và Phát triển nông thôn",
    "Tài nguyên và Môi trường",
    "Công Thương",
    "Tư pháp",
    "Văn hóa, Thể thao và Du lịch",
    "Lao động - Thương binh và Xã hội",
    "Khoa học và Công nghệ",
    "Thông tin và Truyền thông",
)
_ENTERPRISES = (
    "Điện lực",
    "Cấp thoát nước",
    "Xây dựng",
    "Môi trường đô thị",
    "Cao su",
    "Lương thực",
    "Dược phẩm",
    "Vận tải",
    "Thủy lợi",
    "Khoáng sản",
)
_CENTRAL_BODIES = ("Bộ", "Tổng cục", "Cục", "Tập đoàn", "Tổng công ty", "Học viện", "Viện", "Báo")


class _Names:
    """Unique names among siblings: a repeated name gets a number, as real lists do ("Chi bộ thôn Tân Lập 2")."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: dict[str, set[str]] = {}

    def place(self) -> str:
        while True:
            first, second = self.rng.choice(_FIRST), self.rng.choice(_SECOND)
            if first != second:
                return f"{first} {second}"

    def unique(self, parent: str, name: str) -> str:
        used = self.seen.setdefault(parent, set())
        candidate, k = name, 2
        while candidate in used:
            candidate = f"{name} {k}"
            k += 1
        used.add(candidate)
        return candidate


def _province_names(count: int, rng: random.Random) -> list[str]:
    """The five centrally-run cities first, then provinces; a deterministic sample when fewer are wanted."""
    if count >= len(CITIES) + len(PROVINCES):
        return list(CITIES) + list(PROVINCES)
    cities = min(len(CITIES), max(1, round(count * len(CITIES) / (len(CITIES) + len(PROVINCES)))))
    return list(CITIES[:cities]) + sorted(rng.sample(PROVINCES, count - cities), key=PROVINCES.index)


def _grassroots_name(parent: Unit, level: str, committee: bool, names: _Names, rng: random.Random) -> str:
    place = names.place()
    if level == "district":
        urban = parent.name.startswith(("Quận", "Thành", "Thị"))
        if committee:
            roll = rng.random()
            if urban and roll < 0.7:
                return f"Đảng ủy phường {place}"
            if roll < 0.1:
                return f"Đảng ủy thị trấn {place}"
            if roll < 0.85 or urban:
                return f"Đảng ủy xã {place}"
            return f"Đảng ủy Công ty Cổ phần {rng.choice(_ENTERPRISES)} {place}"
        return rng.choice(
            (
                f"Chi bộ Trường Trung học phổ thông {place}",
                f"Chi bộ Trung tâm Y tế {place}",
                f"Chi bộ Chi cục Thuế khu vực {place}",
                f"Chi bộ Trường Trung học cơ sở {place}",
                f"Chi bộ Ngân hàng Chính sách xã hội {place}",
                f"Chi bộ Kho bạc Nhà nước {place}",
            )
        )
    if level == "khoi":
        if committee:
            return rng.choice(
                (
                    f"Đảng ủy Sở {rng.choice(_DEPARTMENTS)}",
                    f"Đảng ủy Công ty {rng.choice(_ENTERPRISES)} {place}",
                    f"Đảng ủy Bệnh viện Đa khoa {place}",
                )
            )
        return rng.choice(
            (
                f"Chi bộ Ban Quản lý dự án {place}",
                f"Chi bộ Sở {rng.choice(_DEPARTMENTS)}",
                f"Chi bộ Trường Cao đẳng {place}",
            )
        )
    body = rng.choice(_CENTRAL_BODIES)
    field_ = rng.choice(_DEPARTMENTS + _ENTERPRISES)
    return f"Đảng ủy {body} {field_}" if committee else f"Chi bộ {body} {field_}"


def _chi_bo_name(parent: Unit, index: int, names: _Names, rng: random.Random) -> str:
    if parent.name.startswith("Đảng ủy phường"):
        return rng.choice(
            (
                f"Chi bộ tổ dân phố số {index + 1}",
                f"Chi bộ khu phố {names.place()}",
                "Chi bộ Quân sự phường",
                "Chi bộ Công an phường",
            )
        )
    if parent.name.startswith(("Đảng ủy xã", "Đảng ủy thị trấn")):
        roll = rng.random()
        if roll < 0.7:
            return f"Chi bộ thôn {names.place()}"
        return rng.choice(
            (
                "Chi bộ Quân sự",
                "Chi bộ Công an",
                f"Chi bộ Trường Tiểu học {names.place()}",
                "Chi bộ Trạm Y tế",
                f"Chi bộ Trường Mầm non {names.place()}",
            )
        )
    return rng.choice(
        (
            f"Chi bộ Phòng {rng.choice(_DEPARTMENTS)}",
            "Chi bộ Văn phòng",
            f"Chi bộ Phân xưởng số {index + 1}",
            f"Chi bộ Phòng Kế hoạch - Tổng hợp {index + 1}",
        )
    )


# ───────────────────────────── the plans ─────────────────────────────
