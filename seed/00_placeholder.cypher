// Placeholder until the negotiator graph lands: the two sides of the first corpus.
MERGE (us:Country {id: 'US'})
SET us.name = 'United States';

MERGE (cn:Country {id: 'CN'})
SET cn.name = 'China';
