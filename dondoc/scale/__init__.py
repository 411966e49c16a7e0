"""National scale: a synthetic tree the size of the whole Party organisation, and a
simulation of a year of chase days on it.

They exist to answer one question with numbers instead of guesses: does the
same code that runs a district run the country (60,000 units, millions of
occurrences) on one PostgreSQL server? ``national`` builds the data,
``simulate`` replays working days through the real chase and outbox, and
``bench/bench_national.py`` prints the figures.
"""
