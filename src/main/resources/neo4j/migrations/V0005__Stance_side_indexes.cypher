// hawks --side reads one side's stances from an index instead of every stance up to the date: each Stance carries
// the side of the person it is OF (personSide) and whether it compares them with someone (compares), V0006 sets both.
CREATE RANGE INDEX stance_person_side IF NOT EXISTS FOR (n:Stance) ON (n.personSide, n.validFrom);
CREATE RANGE INDEX stance_compares IF NOT EXISTS FOR (n:Stance) ON (n.compares, n.validFrom);
