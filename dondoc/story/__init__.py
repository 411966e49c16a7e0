"""The demo story: a year of chasing replayed on the example tree and plans."""
