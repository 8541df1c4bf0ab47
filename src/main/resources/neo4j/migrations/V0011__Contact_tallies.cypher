// The contacts that channels counts, tallied per month: a __ContactTally per month, last month (the month a span
// ends in, else the same month), channel and contactSides holds how many contacts it counts (each its count, else
// 1) and whether one of them is a lower bound (countAtLeast). Only contacts that happened, are not retracted and have
// a date count, as in channels. Derived like the Contact label and kept by every write of Parley
// (org.parley.graph.ContactTallies repeats this from MERGE on, for the months a write touched); this tallies the
// contacts of an earlier store. The __ prefix keeps them out of backups, exports and the labels report. A month's
// __ContactMonth stays when its last contact goes: it is the lock of writes that may be waiting for it.
MATCH (e:Contact) WHERE e.date IS :: DATE NOT NULL
WITH DISTINCT date.truncate('month', e.date) AS month
ORDER BY month
MERGE (m:__ContactMonth {month: month})
// the month's lock, taken before its contacts are read: two writes that count one month again wait for each other
SET m.parleyLock = true REMOVE m.parleyLock
WITH m
CALL (m) {
  MATCH (old:__ContactTally {month: m.month})
  DELETE old
}
CALL (m) {
  MATCH (e:Event) WHERE e.date >= m.month AND e.date < m.month + duration('P1M')
    AND e:Contact AND NOT e:Retracted AND e.status = 'happened'
  WITH m, e {.datePrecision, .endDate, .contactSides, .channel, .count, .countAtLeast} AS x
  WITH m, x.channel AS channel, x.contactSides AS sides,
       CASE WHEN x.datePrecision = 'span' AND x.endDate IS :: DATE NOT NULL THEN date.truncate('month', x.endDate)
            ELSE m.month END AS last,
       sum(coalesce(x.count, 1)) AS contacts, any(v IN collect(x.countAtLeast) WHERE v) AS atLeast
  CREATE (:__ContactTally {month: m.month, lastMonth: last, channel: channel, sides: sides, contacts: contacts, atLeast: atLeast})
};
