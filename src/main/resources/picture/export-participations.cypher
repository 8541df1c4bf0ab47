// Everyone who took part in the events $ids (people and organisations), with the attributes analysts filter on:
// side and post of the participant, channel, date, its precision, status and number of evidence records of the event.
UNWIND $ids AS eid
MATCH (e:Event {id: eid})<-[r:PARTICIPATED_IN]-(x)
WHERE x:Person OR x:Organization
RETURN x.id AS who, coalesce(x.name, x.id) AS name, CASE WHEN x:Person THEN 'person' ELSE 'organization' END AS kind,
       x.side AS side, e.id AS event, coalesce(e.title, e.id) AS title, e.channel AS channel, toString(e.date) AS date,
       e.datePrecision AS precision, e.status AS status, COUNT { (e)-[:EVIDENCED_BY]->() } AS evidence,
       r.role AS role, r.post AS post, r.side AS asSide
ORDER BY e.date, e.id, who
