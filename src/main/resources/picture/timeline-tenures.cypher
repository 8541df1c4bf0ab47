// A person's tenures, oldest first, for the bands of the timeline.
MATCH (:Person {id: $id})-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
WHERE NOT t:Retracted AND t.start IS NOT NULL
RETURN post.name AS post, t.start AS start, t.end AS until
ORDER BY t.start
LIMIT 50
