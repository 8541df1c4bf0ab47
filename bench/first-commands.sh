#!/usr/bin/env bash
# First commands after `serve` starts: each command below run attached twice in a row, on SERVES fresh starts of
# `serve` on one seeded scratch home; the first run of a kind pays for loading its classes and planning its queries
# in the serving JVM, the second shows the warm figure.
# Usage: bench/first-commands.sh [SERVES]   (after `mvn -B -q -DskipTests package`; prints a Markdown table)
set -euo pipefail
SERVES=${1:-3}
source "$(dirname "$0")/scratch.sh"
export PARLEY_HOME=$WORK/home PARLEY_BOLT_PORT=${PARLEY_BOLT_PORT:-0} PARLEY_HTTP_PORT=0
java -jar "$JAR" status > /dev/null 2>&1   # creates and seeds the store
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

seconds() { local start end; start=$(date +%s.%N); java -jar "$JAR" "$@" > /dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
COMMANDS=('who|Treasury Secretary|--at|2019-07-30' 'roles|Liu He' 'hawks|--side|CN' 'channels|--by|year')
for s in $(seq "$SERVES"); do
  java -jar "$JAR" serve > serve.out 2>&1 &
  SERVE=$!
  for i in $(seq 300); do grep -q '^Serving' serve.out 2>/dev/null && [ -S "$PARLEY_HOME/parley.sock" ] && break; sleep 1; done
  for c in "${!COMMANDS[@]}"; do
    IFS='|' read -r -a words <<< "${COMMANDS[$c]}"
    echo "$c first $(seconds "${words[@]}")" >> times
    echo "$c second $(seconds "${words[@]}")" >> times
  done
  kill "$SERVE"; wait "$SERVE" 2>/dev/null || true; SERVE=
done

range() { awk -v c="$1" -v k="$2" '$1 == c && $2 == k {v[n++] = $3} END {
  min = v[0]; max = v[0]; for (i in v) { if (v[i] < min) min = v[i]; if (v[i] > max) max = v[i] }
  printf "%.2f-%.2f s", min, max }' times; }
echo "| command (in this order, attached) | first run after \`serve\` started | second run |"
echo "|---|---|---|"
for c in "${!COMMANDS[@]}"; do
  shown=$(sed 's/|/ /g' <<< "${COMMANDS[$c]}")
  echo "| \`$shown\` | $(range "$c" first) | $(range "$c" second) |"
done
echo
echo "$SERVES starts of serve; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
