"""The synthetic committee tree: levels scaled from the real organisation, fan-outs drawn from a
seeded generator, so the same ``(units, seed)`` always gives the same tree."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from dondoc.errors import FieldError
from dondoc.org.tree import child_path, depth_of
from dondoc.scale.names import (
    _BIG,
    CENTRAL_BLOCS,
    CITIES,
    _chi_bo_name,
    _grassroots_name,
    _Names,
    _province_names,
)
from dondoc.scale.unit import ROOT_ID, Unit
from dondoc.text import slugify

DEFAULT_UNITS = 60_000
DEFAULT_SEED = 2024
MIN_UNITS = 30
# At 60,000 units (the real organisation has ~52,000 grassroots units and ~270,000 chi bộ;
# the synthetic tree keeps its levels and fan-outs and scales the bottom down).
_FULL_PROVINCES, _FULL_BLOCS, _FULL_DISTRICTS = 63, 4, 705
_GRASSROOTS_SHARE = 0.2  # đảng ủy cơ sở + chi bộ cơ sở, of all units
_PARTY_COMMITTEE_SHARE = 0.75  # of grassroots units under a district: đảng ủy cơ sở (with chi bộ) vs chi bộ cơ sở


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


@dataclass
class _Builder:
    rng: random.Random
    names: _Names
    units: list[Unit] = field(default_factory=list)
    by_id: dict[str, Unit] = field(default_factory=dict)

    def add(self, unit_id: str, name: str, kind: str, parent: Unit | None) -> Unit:
        path = child_path(parent.path if parent else None, unit_id)
        unit = Unit(
            unit_id,
            self.names.unique(parent.id if parent else "", name),
            kind,
            parent.id if parent else None,
            path,
            depth_of(path),
        )
        self.units.append(unit)
        self.by_id[unit_id] = unit
        return unit


def level_sizes(units: int) -> dict[str, int]:
    """How many units each level gets for a tree of ``units`` (the full shape at 60,000)."""
    if units < MIN_UNITS:
        raise FieldError("units", f"cần ít nhất {MIN_UNITS} đơn vị (nhận {units})")
    share = units / DEFAULT_UNITS
    provinces = max(2, min(_FULL_PROVINCES, round(_FULL_PROVINCES * share)))
    blocs = max(1, min(_FULL_BLOCS, round(_FULL_BLOCS * share)))
    districts = max(provinces, min(_FULL_DISTRICTS, round(_FULL_DISTRICTS * share)))
    grassroots = max(provinces + districts, round(units * _GRASSROOTS_SHARE))
    chi_bo = units - 1 - blocs - provinces * 2 - districts - grassroots  # each province also has one Đảng ủy khối
    if chi_bo < 0:
        raise FieldError("units", f"{units} đơn vị quá ít cho một cây toàn quốc (cần ít nhất {units - chi_bo})")
    return {
        "root": 1,
        "provinces": provinces,
        "blocs": blocs,
        "districts": districts,
        "grassroots": grassroots,
        "chi_bo": chi_bo,
    }


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
    for (province, place_name, city), count in zip(provinces, per_province, strict=True):
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
    for (parent, level), count in zip(parents, per_parent, strict=True):
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
    for committee, count in zip(party_committees, per_committee, strict=True):
        for i in range(count):
            b.add(
                f"{committee.id}-cb{i + 1:02d}",
                _chi_bo_name(committee, i, b.names, rng),
                "chi_bo",
                b.by_id[committee.id],
            )
    assert len(b.units) == units, (len(b.units), units)
    return b.units
