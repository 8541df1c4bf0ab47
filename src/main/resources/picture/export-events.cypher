// The events to export: those any of $people took part in (or every event when $people is null), not retracted,
// in [$from, $to], oldest first; at most $limit, with how many there were.
CALL () {
  UNWIND coalesce($people, []) AS pid
  MATCH (:Person {id: pid})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  UNWIND CASE WHEN $people IS NULL THEN [true] ELSE [] END AS everything
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE NOT e:Retracted
  AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
WITH e ORDER BY e.date, e.id
WITH collect(e.id) AS found
RETURN size(found) AS total, found[0..$limit] AS ids
