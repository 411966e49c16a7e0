"""Prefect flows: thin orchestration over tested functions.

Each flow reads the clock once (its entry point), then calls plain functions of
``dondoc`` that take the day as a parameter. Work is batched inside a few
tasks — never one Prefect task per occurrence or per message — and tasks retry
on transient failures. Exactly-once sending is the database's job (the outbox
claim), not Prefect's: a retried task re-runs safely.
"""
