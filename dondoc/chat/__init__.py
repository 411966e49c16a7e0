"""Answering a reminder from the chat it arrived in (Telegram, Zalo OA).

``replies`` reads the text (pure), ``handling`` maps a reply to the message it
answers and records the submission through ``dondoc.occurrence.actions``;
``telegram`` and ``zalo`` speak each provider's API; ``routes`` are the webhooks.
"""
