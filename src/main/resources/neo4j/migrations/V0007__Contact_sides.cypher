// A Contact event carries the sides of the people who took part in it actively (contactSides, sorted; neither a mere
// subject nor a reporter), so channels over all contacts reads one property instead of every event's participations.
// Derived like the label and kept with it by every write of Parley (org.parley.graph.Contacts appends this to the
// label's rule, null where an event is no contact); this sets it on the contacts of an earlier store.
MATCH (e:Contact)
SET e.contactSides = COLLECT { MATCH (e)<-[r:PARTICIPATED_IN]-(:Person) WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter'] RETURN DISTINCT r.side AS side ORDER BY side };
