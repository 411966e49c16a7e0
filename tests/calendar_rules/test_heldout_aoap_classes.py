"""The classes of the answers found confident-wrong when held_out_2026ao (96.4% right, 1 confident-wrong) and
held_out_2026ap were scored, one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording) or counter-cases that must keep their reading
(nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) what follows for whoever misses a day ("... nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng ... thì được xử lý
# theo quy định về chậm đóng"; parser/conditions.py ENTITLED_IF_RE): a transitional cut-off that says how arrears are
# treated, nobody is told to pay by it; a person decides. A duty written beside the consequence keeps its day.
CONSEQUENCES_OF_MISSING = table(
    """
held_out_2026ao.yaml hr8cd-luat-51-2024-qh15-sua-doi-luat-bhyt | 2024-11-27 | 2025-06-30 | unsure | nhưng đến hết ngày 30 tháng 6 năm 2025 mà không đóng hoặc không đóng đầy đủ thì được xử lý theo quy định về chậm đóng của Luật này./.
constructed a registration left undone (hand-written) | 2024-03-01 | 2024-03-31 | unsure | Trước ngày 01/4/2024 mà chưa đăng ký thì bị xóa tên khỏi danh sách.
constructed a form not sent (hand-written) | 2024-03-01 | 2024-04-15 | unsure | Cơ sở nào đến ngày 15/4/2024 mà không gửi tờ khai thì sẽ bị xử phạt theo quy định.
# counter-cases: the duty is written too ("phải", "chậm nhất"), or the consequence sits in another sentence
constructed the duty and its consequence (hand-written) | 2024-03-01 | 2024-04-15 | certain | Các cơ sở phải gửi tờ khai đến hết ngày 15/4/2024, nếu quá hạn mà không gửi thì bị xử phạt.
constructed a hard limit and its consequence (hand-written) | 2024-03-01 | 2024-04-15 | certain | Chậm nhất đến hết ngày 15/4/2024 mà không gửi tờ khai thì bị xử phạt.
constructed the duty alone (hand-written) | 2024-03-01 | 2024-04-15 | certain | Các cơ sở gửi tờ khai đến hết ngày 15/4/2024.
""",
    kind="a_consequence_of_missing_a_day_is_unsure",
)

test_each_class_reads_as_its_table_says = table_test(CONSEQUENCES_OF_MISSING)
