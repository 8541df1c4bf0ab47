// title: Holders of a post over time
// description: Everyone who held one post, in order, with tenure dates and the record's caveats;
//   an empty until means the holder was still in office at the end of the records (late 2025). seats: how many
//   hold the post at once (vice premier: several), empty for one.
// param: post post = 'us-treasury-secretary'  -- the post: name, alias or id
// example: report run holders --param post=cn-vice-premier
MATCH (post:Post {id: $post})<-[:OF_POST]-(t:Tenure)<-[:HELD]-(p:Person)
WHERE NOT t:Retracted
RETURN p.name AS person, p.id AS id, t.start AS since, t.end AS until, t.confirmed AS confirmed, post.seats AS seats,
       t.note AS note, t.id AS fact
ORDER BY since, person
