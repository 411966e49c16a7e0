"""Pure core of dondoc: deadline rules, the Vietnamese phrase parser, expansion,
working-day policy and iCal rendering.

Nothing in this package touches a database, the network or the clock: every
function that depends on the day takes it as a parameter.
"""
