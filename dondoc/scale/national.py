"""A deterministic, national-size synthetic tree and its plans, written in bulk.

Shape (at the default 60,000 units; every level is scaled down proportionally
for smaller sizes, so a 500-unit tree has the same levels and kinds)::

    depth 0  Ban Chấp hành Trung ương (1)
    depth 1  63 Tỉnh ủy / Thành ủy trực thuộc Trung ương + 4 central Đảng ủy khối
    depth 2  ~705 Huyện ủy / Quận ủy / Thị ủy / Thành ủy thuộc tỉnh, one provincial
             Đảng ủy khối per province; the central blocs' grassroots units sit here
    depth 3  ~12,000 grassroots units (tổ chức cơ sở đảng): đảng ủy cơ sở, chi bộ cơ sở
    depth 4  ~47,000 chi bộ trực thuộc đảng ủy cơ sở

Fan-out varies the way the real one does (a province has 7 to 30 districts, a
commune's đảng ủy from 2 to 20-odd chi bộ) and is drawn from a seeded
``random.Random``: the same ``(units, seed)`` always gives the same tree, ids
and names, so benchmark runs are comparable and tests can assert exact counts.

Plans: the centre issues one plan to the provinces and blocs; each province and
bloc issues one plan to every unit under it. Each plan has ``tasks`` tasks
(default 40) drawn from a catalogue mixing the rule kinds plans really use
(monthly, quarterly, half-yearly, annual, one-off dates, offsets, continuous
work with periodic review), so every unit but the root has exactly ``tasks``
tasks. Assignees are written resolved (``task_assignee``), as the plan importer
would after resolving ``under:`` selectors.

Writing never builds one ORM object per row: PostgreSQL gets ``COPY``, SQLite
(small sizes, tests) gets Core ``executemany``; the whole write is one
transaction with one ``org_import`` and one ``plan_import`` history event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel

from dondoc.db.models import Committee, Contact, ContactChannel, Plan, Task, TaskAssignee
from dondoc.errors import DondocError
from dondoc.history import Event, append_events
from dondoc.plans.extract_text import slugify

DEFAULT_UNITS = 60_000
DEFAULT_TASKS = 40
DEFAULT_SEED = 2024
DEFAULT_YEAR = 2024
MIN_UNITS = 30
ROOT_ID = "tw"
GRASSROOTS_KINDS = ("dang_uy_co_so", "chi_bo_co_so", "chi_bo")

# At 60,000 units (the real organisation has ~52,000 grassroots units and ~270,000 chi bộ;
# the synthetic tree keeps its levels and fan-outs and scales the bottom down).
_FULL_PROVINCES, _FULL_BLOCS, _FULL_DISTRICTS = 63, 4, 705
_GRASSROOTS_SHARE = 0.2  # đảng ủy cơ sở + chi bộ cơ sở, of all units
_PARTY_COMMITTEE_SHARE = 0.75  # of grassroots units under a district: đảng ủy cơ sở (with chi bộ) vs chi bộ cơ sở

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


@dataclass(frozen=True)
class Unit:
    """One committee row: the tree is plain data until it is written."""

    id: str
    name: str
    kind: str
    parent_id: str | None
    path: str
    depth: int


@dataclass(frozen=True)
class TaskTemplate:
    """A task of the catalogue; ``rule`` may contain ``{year}``."""

    code: str
    title: str
    phrase: str
    rule: str


@dataclass(frozen=True)
class PlanRow:
    id: str
    number: str
    title: str
    issuer_id: str
    assignee_root: str  # every unit under it (exclusive) gets the plan's tasks; the root: its direct children


@dataclass(frozen=True)
class TaskRow:
    id: int
    plan_id: str
    code: str
    title: str
    phrase: str
    rule: str


@dataclass
class National:
    """A generated tree and its plans. ``assignments()`` streams the (task, unit) pairs."""

    units: list[Unit]
    plans: list[PlanRow]
    tasks: list[TaskRow]
    seed: int
    year: int
    tasks_per_unit: int
    children: dict[str, list[str]] = field(init=False, repr=False)
    by_id: dict[str, Unit] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {u.id: u for u in self.units}
        self.children = {}
        for unit in self.units:
            if unit.parent_id is not None:
                self.children.setdefault(unit.parent_id, []).append(unit.id)

    def descendants(self, unit_id: str) -> list[str]:
        """Every unit under ``unit_id`` (exclusive), parents before children."""
        out: list[str] = []
        stack = list(reversed(self.children.get(unit_id, [])))
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(self.children.get(current, [])))
        return out

    def plan_assignees(self, plan: PlanRow) -> list[str]:
        if plan.assignee_root == ROOT_ID:
            return list(self.children.get(ROOT_ID, []))
        return self.descendants(plan.assignee_root)

    def assignments(self) -> Iterator[tuple[int, str]]:
        """(task id, committee id) for every task of every plan, plan by plan."""
        by_plan: dict[str, list[TaskRow]] = {}
        for task in self.tasks:
            by_plan.setdefault(task.plan_id, []).append(task)
        for plan in self.plans:
            units = self.plan_assignees(plan)
            for task in by_plan.get(plan.id, []):
                for unit_id in units:
                    yield (task.id, unit_id)

    def assignment_count(self) -> int:
        per_plan = {p.id: len(self.plan_assignees(p)) for p in self.plans}
        return sum(per_plan[t.plan_id] for t in self.tasks)

    def kind_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for unit in self.units:
            counts[unit.kind] = counts.get(unit.kind, 0) + 1
        return counts


# ───────────────────────────── the task catalogue ─────────────────────────────

CATALOGUE: tuple[TaskTemplate, ...] = (
    # I. hằng tháng
    TaskTemplate(
        "I.1", "Báo cáo tình hình tư tưởng của cán bộ, đảng viên và dư luận xã hội", "hằng tháng", "every month at end"
    ),
    TaskTemplate(
        "I.2", "Báo cáo kết quả thu, nộp đảng phí", "trước ngày 10 tháng sau", "every month at end offset +10d"
    ),
    # II. hằng quý
    TaskTemplate("II.1", "Báo cáo kết quả sinh hoạt chuyên đề", "hằng quý", "every quarter at end"),
    TaskTemplate("II.2", "Báo cáo công tác phát triển đảng viên", "hằng quý", "every quarter at end"),
    TaskTemplate(
        "II.3",
        "Báo cáo tiến độ thực hiện nghị quyết của cấp ủy",
        "trước ngày 25 tháng cuối quý",
        "every quarter at end offset -5d",
    ),
    TaskTemplate(
        "II.4", "Báo cáo kết quả công tác dân vận", "15 ngày sau khi kết thúc quý", "every quarter at end offset +15d"
    ),
    TaskTemplate(
        "II.5",
        "Báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "hằng quý",
        "every quarter at end",
    ),
    TaskTemplate(
        "II.6", "Báo cáo công tác quản lý đảng viên", "cuối tháng thứ hai của quý", "every quarter at month:2"
    ),
    TaskTemplate(
        "II.7",
        "Báo cáo thực hiện Quy chế dân chủ ở cơ sở",
        "10 ngày sau khi kết thúc quý",
        "every quarter at end offset +10d",
    ),
    TaskTemplate(
        "II.8",
        "Báo cáo tình hình an ninh chính trị, trật tự an toàn xã hội",
        "trước ngày 20 tháng cuối quý",
        "every quarter at end offset -10d",
    ),
    TaskTemplate("II.9", "Báo cáo công tác cải cách hành chính trong Đảng", "hằng quý", "every quarter at end"),
    TaskTemplate(
        "II.10",
        "Báo cáo tình hình tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo",
        "5 ngày sau khi kết thúc quý",
        "every quarter at end offset +5d",
    ),
    # III. sáu tháng
    TaskTemplate(
        "III.1",
        "Báo cáo sơ kết 6 tháng công tác xây dựng Đảng",
        "trước ngày 15/6 và 15/12",
        "every half at end offset -15d",
    ),
    TaskTemplate("III.2", "Báo cáo kết quả thực hiện Chỉ thị 05-CT/TW", "6 tháng một lần", "every half at end"),
    TaskTemplate(
        "III.3", "Báo cáo công tác kiểm tra, giám sát 6 tháng", "cuối tháng 5 và tháng 11", "every half at month:5"
    ),
    TaskTemplate("III.4", "Báo cáo công tác tuyên giáo 6 tháng", "6 tháng một lần", "every half at end"),
    TaskTemplate(
        "III.5",
        "Báo cáo tình hình tổ chức cơ sở đảng và đảng viên",
        "10 ngày sau khi kết thúc 6 tháng",
        "every half at end offset +10d",
    ),
    TaskTemplate(
        "III.6", "Báo cáo thực hiện nhiệm vụ phòng, chống tham nhũng, tiêu cực", "6 tháng một lần", "every half at end"
    ),
    TaskTemplate(
        "III.7", "Báo cáo quyết toán ngân sách đảng 6 tháng", "trước ngày 25/6 và 25/12", "every half at end offset -5d"
    ),
    # IV. hằng năm
    TaskTemplate(
        "IV.1",
        "Báo cáo kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên",
        "trước ngày 15/12 hằng năm",
        "every year at date:12-15",
    ),
    TaskTemplate(
        "IV.2", "Báo cáo tổng kết công tác xây dựng Đảng năm", "trước ngày 30/11 hằng năm", "every year at date:11-30"
    ),
    TaskTemplate(
        "IV.3", "Báo cáo kết quả thực hiện kế hoạch năm", "trước ngày 21/12 hằng năm", "every year at end offset -10d"
    ),
    TaskTemplate(
        "IV.4",
        "Báo cáo công tác quốc phòng, quân sự địa phương",
        "trước ngày 31/10 hằng năm",
        "every year at date:10-31",
    ),
    TaskTemplate("IV.5", "Báo cáo công tác bảo vệ chính trị nội bộ", "tháng 9 hằng năm", "every year at month:9"),
    TaskTemplate(
        "IV.6", "Báo cáo kết quả công tác dân vận năm", "trước ngày 15/11 hằng năm", "every year at date:11-15"
    ),
    TaskTemplate(
        "IV.7",
        "Báo cáo thống kê số lượng, chất lượng đảng viên",
        "trước ngày 15/01 hằng năm",
        "every year at date:01-15",
    ),
    TaskTemplate("IV.8", "Báo cáo công tác thi đua, khen thưởng", "tháng 10 hằng năm", "every year at month:10"),
    TaskTemplate("IV.9", "Báo cáo kết quả sinh hoạt chính trị đầu năm", "tháng 3 hằng năm", "every year at month:3"),
    TaskTemplate(
        "IV.10", "Báo cáo sơ kết công tác kiểm tra của chi bộ", "trước ngày 30/4 hằng năm", "every year at date:04-30"
    ),
    TaskTemplate(
        "IV.11",
        "Báo cáo kết quả kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam",
        "trước ngày 10/02 hằng năm",
        "every year at date:02-10",
    ),
    TaskTemplate(
        "IV.12",
        "Báo cáo công tác bồi dưỡng lý luận chính trị cho đảng viên",
        "tháng 6 hằng năm",
        "every year at month:6",
    ),
    TaskTemplate(
        "IV.13", "Báo cáo kết quả thực hiện công tác cán bộ", "trước ngày 15/7 hằng năm", "every year at date:07-15"
    ),
    TaskTemplate(
        "IV.14", "Báo cáo tổng hợp ý kiến, kiến nghị của đảng viên", "tháng 8 hằng năm", "every year at month:8"
    ),
    # V. một lần
    TaskTemplate(
        "V.1", "Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội", "ngày 30/6/{year}", "on {year}-06-30"
    ),
    TaskTemplate("V.2", "Báo cáo công tác chuẩn bị đại hội chi bộ", "trước ngày 02/9/{year}", "before {year}-09-02"),
    TaskTemplate(
        "V.3",
        "Báo cáo kết quả đợt sinh hoạt chính trị chuyên đề",
        "từ ngày 01/3 đến ngày 30/4/{year}",
        "range {year}-03-01..{year}-04-30",
    ),
    TaskTemplate(
        "V.4", "Báo cáo tổng kết 10 năm thực hiện Chỉ thị của Ban Bí thư", "trong quý III/{year}", "end {year}-Q3"
    ),
    # VI. thường xuyên, có kỳ báo cáo
    TaskTemplate(
        "VI.1",
        "Thực hiện công tác tuyên truyền miệng",
        "thường xuyên; báo cáo 6 tháng",
        "continuous review every half at end",
    ),
    TaskTemplate(
        "VI.2",
        "Nắm tình hình tư tưởng, dư luận xã hội",
        "thường xuyên; báo cáo hằng quý",
        "continuous review every quarter at end offset +5d",
    ),
    TaskTemplate(
        "VI.3",
        "Kiểm tra việc chấp hành Điều lệ Đảng",
        "thường xuyên; báo cáo trước ngày 10/12 hằng năm",
        "continuous review every year at date:12-10",
    ),
)


def rule_kind(rule: str) -> str:
    """The family a canonical rule belongs to, for the mix figures and the tests."""
    words = rule.split()
    if words[0] == "continuous":
        return "continuous"
    if words[0] in ("on", "before", "range", "end"):
        return "one_off"
    if words[0] == "every":
        base = {"month": "monthly", "quarter": "quarterly", "half": "semiannual", "year": "annual"}[words[1]]
        return f"{base}+offset" if "offset" in words else base
    return words[0]


def task_templates(count: int, year: int) -> list[TaskTemplate]:
    """``count`` tasks from the catalogue, in order, cycling (with a suffixed code) past its end."""
    out: list[TaskTemplate] = []
    for i in range(count):
        base = CATALOGUE[i % len(CATALOGUE)]
        lap = i // len(CATALOGUE)
        code = base.code if lap == 0 else f"{base.code}-{lap + 1}"
        title = base.title if lap == 0 else f"{base.title} (đợt {lap + 1})"
        out.append(TaskTemplate(code, title, base.phrase.format(year=year), base.rule.format(year=year)))
    return out


# ───────────────────────────── the tree ─────────────────────────────


def _apportion(total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (largest remainder), each ≥ ``minimum``."""
    n = len(weights)
    if n == 0:
        return []
    minimum = min(minimum, total // n)
    rest = total - minimum * n
    scale = sum(weights)
    raw = [w * rest / scale for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(n), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[: rest - sum(parts)]:
        parts[i] += 1
    return [minimum + p for p in parts]


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


@dataclass
class _Builder:
    rng: random.Random
    names: _Names
    units: list[Unit] = field(default_factory=list)
    by_id: dict[str, Unit] = field(default_factory=dict)

    def add(self, unit_id: str, name: str, kind: str, parent: Unit | None) -> Unit:
        path = f"{parent.path if parent else '/'}{unit_id}/"
        unit = Unit(
            unit_id,
            self.names.unique(parent.id if parent else "", name),
            kind,
            parent.id if parent else None,
            path,
            path.count("/") - 2,
        )
        self.units.append(unit)
        self.by_id[unit_id] = unit
        return unit


def level_sizes(units: int) -> dict[str, int]:
    """How many units each level gets for a tree of ``units`` (the full shape at 60,000)."""
    if units < MIN_UNITS:
        raise DondocError(f"--units: cần ít nhất {MIN_UNITS} đơn vị (nhận {units})")
    share = units / DEFAULT_UNITS
    provinces = max(2, min(_FULL_PROVINCES, round(_FULL_PROVINCES * share)))
    blocs = max(1, min(_FULL_BLOCS, round(_FULL_BLOCS * share)))
    districts = max(provinces, min(_FULL_DISTRICTS, round(_FULL_DISTRICTS * share)))
    grassroots = max(provinces + districts, round(units * _GRASSROOTS_SHARE))
    chi_bo = units - 1 - blocs - provinces * 2 - districts - grassroots  # each province also has one Đảng ủy khối
    if chi_bo < 0:
        raise DondocError(f"--units: {units} đơn vị quá ít cho một cây toàn quốc (cần ít nhất {units - chi_bo})")
    return {
        "root": 1,
        "provinces": provinces,
        "blocs": blocs,
        "districts": districts,
        "grassroots": grassroots,
        "chi_bo": chi_bo,
    }


def _province_names(count: int, rng: random.Random) -> list[str]:
    """The five centrally-run cities first, then provinces; a deterministic sample when fewer are wanted."""
    if count >= len(CITIES) + len(PROVINCES):
        return list(CITIES) + list(PROVINCES)
    cities = min(len(CITIES), max(1, round(count * len(CITIES) / (len(CITIES) + len(PROVINCES)))))
    return list(CITIES[:cities]) + sorted(rng.sample(PROVINCES, count - cities), key=PROVINCES.index)


def generate_tree(units: int = DEFAULT_UNITS, seed: int = DEFAULT_SEED) -> list[Unit]:
    """The national tree, parents before children, exactly ``units`` long."""
    sizes = level_sizes(units)
    rng = random.Random(seed)
    b = _Builder(rng, _Names(rng))
    root = b.add(ROOT_ID, "Ban Chấp hành Trung ương Đảng", "co_quan", None)

    provinces: list[tuple[Unit, str, bool]] = []  # (unit, place name, centrally-run city)
    for name in _province_names(sizes["provinces"], rng):
        city = name in CITIES
        slug = slugify(name.removeprefix("Thành phố "))
        provinces.append(
            (b.add(f"tu-{slug}", f"{'Thành ủy' if city else 'Tỉnh ủy'} {name}", "tinh_uy", root), name, city)
        )
    blocs = [b.add(bid, bname, "dang_uy_khoi", root) for bid, bname in CENTRAL_BLOCS[: sizes["blocs"]]]

    # depth 2: districts (7 to 30 per province) and one Đảng ủy khối per province
    per_province = _apportion(
        sizes["districts"], [rng.uniform(7, 27) * _BIG.get(place, 1.0) for _, place, _ in provinces], minimum=1
    )
    districts: list[Unit] = []
    khoi: list[Unit] = []
    for (province, place_name, city), count in zip(provinces, per_province):
        slug = province.id.removeprefix("tu-")
        for i in range(count):
            place = b.names.place()
            roll = rng.random()
            if i == 0:
                name, kind = (f"Quận ủy {place}", "huyen_uy") if city else (f"Thành ủy {place}", "thi_uy")
            elif city and roll < 0.45:
                name, kind = f"Quận ủy {place}", "huyen_uy"
            elif roll < 0.12:
                name, kind = f"Thị ủy {place}", "thi_uy"
            else:
                name, kind = f"Huyện ủy {place}", "huyen_uy"
            districts.append(b.add(f"{slug}-h{i + 1:02d}", name, kind, province))
        area = "thành phố" if city else "tỉnh"
        khoi.append(
            b.add(
                f"{slug}-khoi",
                f"Đảng ủy Khối Cơ quan và Doanh nghiệp {area} {place_name.removeprefix('Thành phố ')}",
                "dang_uy_khoi",
                province,
            )
        )

    # grassroots: under districts, provincial blocs and central blocs
    parents = [(d, "district") for d in districts] + [(k, "khoi") for k in khoi] + [(c, "central") for c in blocs]
    spread = {"district": (10, 28), "khoi": (5, 14), "central": (25, 60)}
    per_parent = _apportion(sizes["grassroots"], [rng.uniform(*spread[level]) for _, level in parents], minimum=1)
    party_committees: list[Unit] = []
    for (parent, level), count in zip(parents, per_parent):
        for i in range(count):
            # the first grassroots unit of a parent is a đảng ủy, so even a tiny tree has homes for chi bộ
            is_committee = i == 0 or rng.random() < (_PARTY_COMMITTEE_SHARE if level == "district" else 0.5)
            name = _grassroots_name(parent, level, is_committee, b.names, rng)
            unit = b.add(
                f"{parent.id}-cs{i + 1:03d}", name, "dang_uy_co_so" if is_committee else "chi_bo_co_so", parent
            )
            if is_committee:
                party_committees.append(unit)

    # chi bộ: a skewed fan-out (most đảng ủy xã have 4–8 chi bộ, some agencies 20 and more)
    weights = [rng.lognormvariate(0, 0.55) for _ in party_committees]
    per_committee = _apportion(sizes["chi_bo"], weights, minimum=2)
    for committee, count in zip(party_committees, per_committee):
        for i in range(count):
            b.add(
                f"{committee.id}-cb{i + 1:02d}",
                _chi_bo_name(committee, i, b.names, rng),
                "chi_bo",
                b.by_id[committee.id],
            )
    assert len(b.units) == units, (len(b.units), units)
    return b.units


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


def generate_national(
    units: int = DEFAULT_UNITS, tasks: int = DEFAULT_TASKS, seed: int = DEFAULT_SEED, year: int = DEFAULT_YEAR
) -> National:
    """The tree and its plans: one central plan, one plan per province and bloc."""
    if tasks < 1:
        raise DondocError(f"--tasks: cần ít nhất 1 nhiệm vụ (nhận {tasks})")
    tree = generate_tree(units, seed)
    templates = task_templates(tasks, year)
    plans = [
        PlanRow(
            f"kh-tw-{year}",
            "01-KH/TW",
            f"Kế hoạch thực hiện nhiệm vụ công tác xây dựng Đảng năm {year}",
            ROOT_ID,
            ROOT_ID,
        )
    ]
    for number, unit in enumerate((u for u in tree if u.depth == 1), start=1):
        code = "TU" if unit.kind == "tinh_uy" else "ĐU"
        plans.append(
            PlanRow(
                f"kh-{unit.id}-{year}",
                f"{number + 10:02d}-KH/{code}",
                f"Kế hoạch công tác xây dựng Đảng năm {year} của {unit.name}",
                unit.id,
                unit.id,
            )
        )
    task_rows: list[TaskRow] = []
    for plan in plans:
        for template in templates:
            task_rows.append(
                TaskRow(len(task_rows) + 1, plan.id, template.code, template.title, template.phrase, template.rule)
            )
    return National(tree, plans, task_rows, seed, year, tasks)


# ───────────────────────────── writing ─────────────────────────────


def _tables() -> list[str]:
    return [t.name for t in SQLModel.metadata.sorted_tables]


def database_is_empty(engine: Engine) -> bool:
    """True when no dondoc table holds a row (the schema itself may exist)."""
    with engine.connect() as conn:
        for table in _tables():
            if conn.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() is not None:
                return False
    return True


def clear_database(engine: Engine) -> None:
    """Delete every row of every dondoc table (``--replace``), keeping the schema and its revision."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in _tables()) + " RESTART IDENTITY CASCADE"))
            return
        for table in reversed(_tables()):
            conn.execute(text(f'DELETE FROM "{table}"'))
        if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first():
            conn.execute(text("DELETE FROM sqlite_sequence"))


@dataclass
class WriteReport:
    units: int = 0
    contacts: int = 0
    plans: int = 0
    tasks: int = 0
    assignments: int = 0


def _contact_name(unit: Unit) -> tuple[str, str]:
    if unit.depth <= 2:
        return f"Văn phòng {unit.name.removeprefix('Ban Chấp hành ')}", "van_phong"
    return f"Đồng chí Bí thư {unit.name}", "bi_thu"


def _rows(national: National, at: dt.datetime) -> dict[str, tuple[list[str], Iterator[tuple]]]:
    """Column lists and row iterators per table, in foreign-key order."""
    plans = national.plans

    def committees() -> Iterator[tuple]:
        for u in national.units:
            yield (u.id, u.name, u.kind, u.parent_id, u.path, u.depth, "", True, None, at)

    def contacts() -> Iterator[tuple]:
        for i, u in enumerate(national.units, start=1):
            name, role = _contact_name(u)
            yield (i, u.id, name, role, True)

    def channels() -> Iterator[tuple]:
        for i, u in enumerate(national.units, start=1):
            url = f"outbox://{u.id}"
            yield (i, i, "outbox", url, url, True)

    def plan_rows() -> Iterator[tuple]:
        for p in plans:
            digest = hashlib.sha256(f"{p.id}|{national.seed}|{national.tasks_per_unit}".encode()).hexdigest()
            yield (
                p.id,
                p.number,
                p.title,
                p.issuer_id,
                dt.date(national.year, 1, 5),
                f"dondoc generate-national --seed {national.seed}",
                digest,
                at,
            )

    def task_rows() -> Iterator[tuple]:
        for t in national.tasks:
            yield (t.id, t.plan_id, t.code, t.title, t.rule, t.phrase, None, None, "default", None, None, None, 0, True)

    return {
        "committee": (
            ["id", "name", "kind", "parent_id", "path", "depth", "aliases", "active", "source_line", "updated_at"],
            committees(),
        ),
        "contact": (["id", "committee_id", "name", "role", "active"], contacts()),
        "contact_channel": (["id", "contact_id", "kind", "url", "url_redacted", "active"], channels()),
        "plan": (
            ["id", "number", "title", "issuer_id", "issued", "source_file", "content_hash", "imported_at"],
            plan_rows(),
        ),
        "task": (
            [
                "id",
                "plan_id",
                "code",
                "title",
                "rule",
                "phrase",
                "report_to_id",
                "via_id",
                "policy",
                "evidence",
                "evidence_line",
                "parent_task_id",
                "lead_working_days",
                "active",
            ],
            task_rows(),
        ),
        "task_assignee": (["task_id", "committee_id"], national.assignments()),
    }


_MODELS = {
    "committee": Committee,
    "contact": Contact,
    "contact_channel": ContactChannel,
    "plan": Plan,
    "task": Task,
    "task_assignee": TaskAssignee,
}


def _copy(conn: Connection, table: str, columns: list[str], rows: Iterator[tuple]) -> int:
    raw = conn.connection.driver_connection
    count = 0
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        with cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def _executemany(conn: Connection, table: str, columns: list[str], rows: Iterator[tuple], batch: int = 5000) -> int:
    """Core executemany in batches: the column types (UTC instants) still apply, no ORM object is built."""
    statement = _MODELS[table].__table__.insert()  # type: ignore[attr-defined]
    count = 0
    chunk: list[dict[str, object]] = []
    for row in rows:
        chunk.append(dict(zip(columns, row)))
        if len(chunk) >= batch:
            conn.execute(statement, chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        conn.execute(statement, chunk)
        count += len(chunk)
    return count


def write_national(engine: Engine, national: National, *, at: dt.datetime, actor: str) -> WriteReport:
    """Write the tree, its contacts (one ``outbox://<id>`` channel each) and the plans, in one transaction."""
    report = WriteReport()
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        for table, (columns, rows) in _rows(national, at).items():
            written = _copy(conn, table, columns, rows) if postgres else _executemany(conn, table, columns, rows)
            if table == "committee":
                report.units = written
            elif table == "contact":
                report.contacts = written
            elif table == "plan":
                report.plans = written
            elif table == "task":
                report.tasks = written
            elif table == "task_assignee":
                report.assignments = written
        if postgres:  # explicit ids were written: move the sequences past them
            for table in ("contact", "contact_channel", "task"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM {table}), false)"
                    )
                )
        with Session(bind=conn, join_transaction_mode="rollback_only") as session:
            source = f"dondoc generate-national --units {len(national.units)} --tasks {national.tasks_per_unit} --seed {national.seed} --year {national.year}"
            append_events(
                session,
                [
                    Event(
                        at=at,
                        kind="org_import",
                        actor=actor,
                        details={
                            "source": source,
                            "added": report.units,
                            "updated": 0,
                            "pruned": [],
                            "contacts_changed": report.contacts,
                        },
                    ),
                    Event(
                        at=at,
                        kind="plan_import",
                        actor=actor,
                        details={
                            "source": source,
                            "plans": report.plans,
                            "tasks": report.tasks,
                            "assignments": report.assignments,
                        },
                    ),
                ],
            )
            session.flush()
    if postgres:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return report
