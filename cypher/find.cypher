// title: Find nodes by label and text
// description: Nodes with a label whose id or name contains the text (ignoring case),
//   or one of whose aliases is the text.
// param: label string = Country  -- the label to look in, e.g. Person, Post, Event
// param: text string = ''  -- part of an id or name; empty finds every node with the label
// param: limit integer = 25 in 1..100000  -- at most this many rows
// example: report run find --param label=Person --param text=xi
MATCH (n)
WHERE $label IN labels(n)
  AND (toLower(toString(coalesce(n.id, ''))) CONTAINS toLower($text)
    OR toLower(toString(coalesce(n.name, ''))) CONTAINS toLower($text)
    OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($text)))
RETURN n AS node, n.name AS name, labels(n) AS labels
ORDER BY coalesce(n.name, n.id)
LIMIT $limit
