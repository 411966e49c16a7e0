"""Classes of wording found in the tuning on held_out_2026z, y and n (development files now), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another number) or counter-cases that must keep
their reading. Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a deadline at an hour of a day ("trước 12h00 Thứ 2 ngày 01/4/2024", "trước 16 giờ 30 ngày ...") after a number
# that is a desk's or a room's ("bàn số 3"), or after a cited document: the citation of "số N ... ngày D" stops at
# "trước <giờ>", a deadline cue as "trước ngày" is, so the day is the phrase's own deadline (that day: a time on it).
HOUR_CUE_AFTER_A_NUMBER = table(
    """
held_out_2026z.yaml json2md-hust-ctsv-hoc-bong-tran-dai-nghia-hk2023-2 | 2024-03-15 | 2024-04-01 | certain | Sinh viên đăng ký xét học bổng TẠI ĐÂY và hoàn thành việc nộp hồ sơ bản giấy tại bàn số 3 phòng 103 nhà C1 trước 12h00 Thứ 2 ngày 01/4/2024.
constructed a room's number, hour in words | 2024-03-01 | 2024-03-15 | certain | Nộp tại phòng số 5 trước 16 giờ 30 ngày 15/3/2024.
constructed after a cited letter | 2024-03-01 | 2024-03-15 | certain | Các đơn vị gửi báo cáo theo Công văn số 123 trước 17h00 ngày 15/3/2024.
constructed a comma before the day | 2024-03-01 | 2024-03-15 | certain | Nộp tại phòng số 5 trước 16h30, ngày 15/3/2024.
# a cited document's own date stays a citation
held_out_2026z.yaml json2md-hust-khcn-de-xuat-de-tai-cap-bo-gddt-2025 | 2024-02-23 | none | unsure | Đề xuất theo Mẫu 1, Phụ lục Thông tư số 11/2016/TT-BGDĐT ngày 11/4/2016:
constructed a cited plan's date | 2024-03-01 | none | unsure | Thực hiện Kế hoạch số 15 ngày 10/3/2024 của UBND huyện.
""",
    kind="an_hour_cue_after_a_number_is_no_citation",
)

test_each_class_reads_as_its_table_says = table_test(HOUR_CUE_AFTER_A_NUMBER)
