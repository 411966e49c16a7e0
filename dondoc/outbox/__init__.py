"""The outbox: messages are recorded before they are sent, claimed by a conditional
update, sent, and their outcome recorded (see delivery.py)."""
