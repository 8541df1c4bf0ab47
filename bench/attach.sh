#!/usr/bin/env bash
# Attached one-shot benchmark: wall time of `who "Treasury Secretary" --at 2019-07-30` handed to a running `serve`
# through $PARLEY_HOME/parley.sock, the same command with PARLEY_ATTACH=off (attached over Bolt, as before), and the
# same query by the official JavaScript Bolt driver (Node; `npm install neo4j-driver` in NODE_DIR first), in one run.
# Usage: bench/attach.sh [RUNS] [NODE_DIR]   (after `mvn -B -q -DskipTests package`; prints a Markdown table)
set -euo pipefail
RUNS=${1:-5}
NODE_DIR=${2:-}
source "$(dirname "$0")/scratch.sh"
export PARLEY_HOME=$WORK/home PARLEY_BOLT_PORT=${PARLEY_BOLT_PORT:-0}
java -jar "$JAR" status > /dev/null 2>&1   # creates and seeds the store
java -jar "$JAR" serve > serve.out 2>&1 &
SERVE=$!
for i in $(seq 300); do grep -q '^Serving' serve.out 2>/dev/null && [ -S "$PARLEY_HOME/parley.sock" ] && break; sleep 1; done
URI=$(sed -n 's/^Serving .* at //p' serve.out)

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { for i in $(seq "$RUNS"); do seconds "$@"; done | median; }

WHO=(who "Treasury Secretary" --at 2019-07-30)
java -jar "$JAR" "${WHO[@]}" > /dev/null   # the server's first command warms its JIT and query plans
echo "| \`who \"Treasury Secretary\" --at 2019-07-30\` with \`serve\` running, median of $RUNS | wall |"
echo "|---|---|"
printf '| attached through parley.sock | %.2f s |\n' "$(measure java -jar "$JAR" "${WHO[@]}")"
printf '| PARLEY_ATTACH=off (a JVM of its own, attached over Bolt) | %.2f s |\n' \
  "$(PARLEY_ATTACH=off measure java -jar "$JAR" "${WHO[@]}")"
if [ -n "$NODE_DIR" ]; then
  cat > "$NODE_DIR/parley-who.js" <<JS
const neo4j = require('neo4j-driver');
const driver = neo4j.driver('$URI', neo4j.auth.none());
driver.executeQuery(\`MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post {id: 'us-treasury-secretary'})
  WHERE t.start <= date(\$at) AND (t.end IS NULL OR t.end >= date(\$at))
  RETURN p.name AS person, post.name AS post, t.start AS since, t.end AS until\`, { at: '2019-07-30' })
  .then(r => { for (const rec of r.records) console.log(rec.get('person')); return driver.close(); })
  .catch(e => { console.error(e.message); process.exit(1); });
JS
  node "$NODE_DIR/parley-who.js" > /dev/null
  printf '| JavaScript Bolt driver (node, neo4j-driver), the same query | %.2f s |\n' \
    "$(measure node "$NODE_DIR/parley-who.js")"
fi
printf '| `java -version` (the JVM alone) | %.2f s |\n' "$(measure java -version)"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
