"""Password hashing at a test's cost: argon2id still, with the least work argon2-cffi allows.

The web app hashes with argon2-cffi's defaults (RFC 9106: 3 passes over 64 MiB, 4 lanes), about
0.1 s a hash or a verify on the 2-core test machine, and more under load. The page tests add three
users each and log in many times: those hashes were a third of the web tests' time, and none of
them is about the cost. The one test that checks the production parameters asks for them with the
``production_password_cost`` marker (tests/conftest.py).
"""

from __future__ import annotations

from argon2 import PasswordHasher

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
CHEAP_DUMMY_HASH = CHEAP_HASHER.hash("dondoc: no such user")
