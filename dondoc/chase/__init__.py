"""Chasing: escalation policies, the pure decision, the candidate query and message
planning (what people record about an occurrence is ``dondoc.occurrence.actions``).

Public API::

    Policy, Step, Target, load_policies, configured_policies      dondoc.chase.policy
    OccurrenceState, DueStep, due_steps, due_dates_for_day        dondoc.chase.decide
    Candidate, find_due_steps                                     dondoc.chase.candidates
    plan_messages, queue_planned, plan_and_queue, PlanReport      dondoc.chase.queueing
    run_chase                                                     dondoc.chase.run
"""

from dondoc.chase.decide import DueStep, OccurrenceState, due_dates_for_day, due_steps
from dondoc.chase.policy import Policy, Step, Target, configured_policies, load_policies

__all__ = [
    "DueStep",
    "OccurrenceState",
    "Policy",
    "Step",
    "Target",
    "configured_policies",
    "due_dates_for_day",
    "due_steps",
    "load_policies",
]
