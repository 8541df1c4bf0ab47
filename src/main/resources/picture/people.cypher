// Each person of $ids with their side and the post they held on $at; without one that day, the last post they
// left before it (so turnover shows: a former holder is drawn as such).
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL CALL (p) {
  MATCH (p)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
  WHERE NOT t:Retracted AND t.start <= $at
  RETURN post.name AS post, t.end AS until
  ORDER BY CASE WHEN t.end IS NULL OR t.end >= $at THEN 0 ELSE 1 END, t.end DESC, t.start DESC
  LIMIT 1
}
RETURN p.id AS id, p.name AS name, p.side AS side, post, until
