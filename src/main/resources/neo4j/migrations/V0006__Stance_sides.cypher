// A Stance carries the side of the person it is OF (personSide) and whether it is COMPARED_WITH a person (compares),
// so hawks --side seeks a side's stances by index. Both are derived from the stance's relationships and kept by every
// write of Parley (org.parley.graph.StanceSides holds the rule); this sets them on the stances of an earlier store.
MATCH (s:Stance)
SET s.personSide = head(COLLECT { MATCH (s)-[:OF]->(p:Person) RETURN p.side AS side ORDER BY side }),
    s.compares = EXISTS { (s)-[:COMPARED_WITH]->(:Person) };
