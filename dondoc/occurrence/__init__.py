"""The occurrence: one (task, assignee, period) with its due dates and status.

One home for the concept; import from the module that holds what you need::

    identity   max_id, parse_occurrence_id, occurrence_uid   its id, its key and iCal UID
    labels     STATUS_LABELS, STATUS_TITLES                  its states in Vietnamese
    queries    joined                                        occurrence ⋈ task ⋈ plan ⋈ assignee
    lookup     OccurrenceView, find_occurrence, select_occurrence (SelectionError lives in dondoc.errors)
    actions    record_submission, extend, waive, acknowledge, ImplausibleDate
    extension_requests  request_extension, decide_extension, pending_request
"""
