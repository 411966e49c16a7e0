"""The classes found when held_out_2026ab.yaml was scored (88.1% right, 2 confident-wrong), one table each.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class (another wording, another date) or counter-cases that must keep
their reading (nearby real deadlines). Format: tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a document's own effective clause after its number ("Nghị định 109/2024/NĐ-CP có hiệu lực thi hành kể từ ngày
# 01/9/2024 đến hết ngày 30/11/2024"): the citation of the number stops before "có hiệu lực", whose span is when the
# decree applies, no deadline. A cited document's date still belongs to it, and a deadline after it is still read.
EFFECTIVE_CLAUSES_AFTER_A_NUMBER = table(
    """
held_out_2026ab.yaml trends-xaydungchinhsach-nd-109-2024-le-phi-truoc-ba-o-to | 2024-08-30 | none | unsure | Nghị định 109/2024/NĐ-CP có hiệu lực thi hành kể từ ngày 01/9/2024 đến hết ngày 30/11/2024.
constructed a decision's window | 2024-03-01 | none | unsure | Quyết định số 12/2024/QĐ-UBND có hiệu lực từ ngày 15/3/2024 đến hết ngày 31/12/2024.
constructed a circular from a day | 2024-03-01 | none | unsure | Thông tư 05/2024/TT-BTC có hiệu lực kể từ ngày 01/4/2024.
# a cited document's own date, then a deadline of the phrase
constructed a citation, then a deadline | 2024-03-01 | 2024-06-29 | sure | Thực hiện Nghị định số 15/2020/NĐ-CP ngày 03/02/2020, các đơn vị báo cáo trước ngày 30/6/2024.
""",
    kind="a_documents_effective_clause_is_no_deadline",
)

# (2) a rate in force over a span ("từ ngày 1/9/2024 đến hết ngày 30/11/2024, mức thu lệ phí trước bạ bằng 50% mức thu
# quy định"): when the reduced fee applies, not a day to pay by ("trước bạ" is the fee's name, not "before"). A hard
# limit beside it keeps the deadline.
RATES_IN_FORCE = table(
    """
held_out_2026ab.yaml trends-xaydungchinhsach-nd-109-2024-le-phi-truoc-ba-o-to | 2024-08-30 | none | unsure | Theo đó, từ ngày 1/9/2024 đến hết ngày 30/11/2024, mức thu lệ phí trước bạ bằng 50% mức thu quy định.
constructed a tax cut | 2024-06-01 | none | unsure | Từ ngày 01/7/2024 đến hết ngày 31/12/2024, mức thuế bảo vệ môi trường đối với xăng giảm 50%.
constructed a fee kept low | 2024-06-01 | none | unsure | Từ 01/7 đến hết 31/12/2024, mức phí còn 70% mức thu hiện hành.
# a hard limit beside the rate keeps its deadline
constructed a deadline beside the rate | 2024-06-01 | 2024-11-30 | sure | Các hộ nộp lệ phí chậm nhất ngày 30/11/2024; mức thu bằng 50% mức quy định.
""",
    kind="a_rate_in_force_over_a_span_is_no_deadline",
)

test_each_class_reads_as_its_table_says = table_test(EFFECTIVE_CLAUSES_AFTER_A_NUMBER, RATES_IN_FORCE)
