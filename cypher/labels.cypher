// title: Nodes per label
// description: How many nodes carry each label, most common first
//   (Parley's own bookkeeping labels, starting with __, are left out).
// param: min integer = 1 in 0..  -- leave out labels with fewer nodes than this
// example: report run labels --param min=10 --format csv
MATCH (n)
UNWIND labels(n) AS label
WITH label, count(*) AS nodes
WHERE nodes >= $min AND NOT label STARTS WITH '__'
RETURN label, nodes
ORDER BY nodes DESC, label
