// title: A person's posts over time
// description: The posts one person held, oldest first, with the organization, tenure dates and the record's caveats;
//   an empty until means still in office at the end of the records (late 2025).
// param: person person = 'peter-navarro'  -- the person: name, alias or id, e.g. steven-mnuchin
// example: report run roles --param person=liu-he
MATCH (p:Person {id: $person})-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
WHERE NOT t:Retracted
OPTIONAL MATCH (post)-[:IN]->(org:Organization)
RETURN post.name AS post, org.name AS organization, t.start AS since, t.end AS until, t.note AS note, t.id AS fact
ORDER BY since, post
