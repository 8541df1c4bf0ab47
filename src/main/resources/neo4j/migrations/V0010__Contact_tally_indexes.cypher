// channels over all contacts counts monthly tallies (V0011) instead of every contact: a month's tallies are found by
// their month, and each month has one __ContactMonth node, taken as a lock by every write that counts the month again.
CREATE CONSTRAINT contact_month IF NOT EXISTS FOR (n:__ContactMonth) REQUIRE n.month IS UNIQUE;
CREATE RANGE INDEX contact_tally_month IF NOT EXISTS FOR (n:__ContactTally) ON (n.month);
