// Name look-ups: one full-text index over the ids, names, aliases and titles of what a user names on the command
// line (people, posts, organizations, topics, countries, places, events). Parley matches exactly afterwards; the
// index finds the candidates, and its fuzzy search the suggestions for a misspelt name.
CREATE FULLTEXT INDEX parley_names IF NOT EXISTS
FOR (n:Person|Post|Organization|Topic|Country|Place|Event) ON EACH [n.id, n.name, n.aliases, n.title];
// Date ranges of the questions: events by date (timeline, channels), stances by the date they hold from (hawks).
CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE RANGE INDEX stance_valid_from IF NOT EXISTS FOR (n:Stance) ON (n.validFrom);
