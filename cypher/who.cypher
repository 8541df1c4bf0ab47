// title: Who held a post on a date
// description: The holders of one post on a day, with their tenure dates, from the public-record tenures.
//   Start and end days both count as in office, so a hand-over day can show two people; a post with several seats
//   (vice premier) shows every holder the records know. An end known only to the month holds through that month.
//   Inside a disputed window (a tenure that may have ended later, or begun earlier) the holder is 'uncertain'.
// param: post post = 'us-treasury-secretary'  -- the post: name, alias or id, e.g. us-trade-representative, cn-vice-premier
// param: at date = today  -- the date to ask about
// example: report run who --param post=cn-vice-premier --param at=2019-09-05
MATCH (post:Post {id: $post})<-[:OF_POST]-(t:Tenure)<-[:HELD]-(p:Person)
WHERE NOT t:Retracted AND coalesce(t.startEarliest, t.start) <= $at
  AND (t.end IS NULL OR coalesce(t.endLatest, t.end) >= $at)
RETURN p.name AS person, post.name AS post, t.start AS since, t.end AS until,
       CASE WHEN $at < t.start OR $at > t.end THEN 'uncertain' ELSE 'yes' END AS held, t.note AS note, t.id AS fact
ORDER BY since, person
