// hawks ranks the top of a side from each person's score timeline (V0009) instead of from every stance of the side:
// people are sought by the date of their first assessment (rankedFrom), within a side or over all, and two people of
// one name in the answer are told apart by a seek on the name.
CREATE RANGE INDEX person_side_ranked_from IF NOT EXISTS FOR (n:Person) ON (n.side, n.rankedFrom);
CREATE RANGE INDEX person_ranked_from IF NOT EXISTS FOR (n:Person) ON (n.rankedFrom);
CREATE RANGE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
