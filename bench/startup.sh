#!/usr/bin/env bash
# Start-up benchmark: wall time from `java -jar` to the first line `status` prints and to the process's exit, on a
# fresh home, on an existing home (median of RUNS; also for `who`), attached to a running `serve`, with -Xmx512m, in a JVM started
# already tuned, and with the JVM tuning off. The start-up cache goes to a directory of its own (PARLEY_CACHE_DIR), removed at the end.
# Usage: bench/startup.sh [RUNS]   (after `mvn -B -q -DskipTests package`; prints a Markdown table)
set -euo pipefail
RUNS=${1:-5}
source "$(dirname "$0")/scratch.sh"

seconds() { # runs a command; prints "seconds-to-first-stdout-line seconds-to-exit"
  local start first end
  start=$(date +%s.%N)
  first=$("$@" 2>/dev/null | { read -r _; date +%s.%N; cat > /dev/null; })
  end=$(date +%s.%N)
  echo "$(echo "$first - $start" | bc) $(echo "$end - $start" | bc)"
}
median() { # median of each of the two columns
  local rows; rows=$(cat)
  mid() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$(echo "$rows" | cut -d' ' -f1 | mid) $(echo "$rows" | cut -d' ' -f2 | mid)"
}
row() { set -- "$1" $2; printf '| %s | %.1f s | %.1f s |\n' "$1" "$2" "$3"; }

export PARLEY_BOLT_PORT=0
echo "| one-shot \`status\` | first output | exit |"
echo "|---|---|---|"
# a start-up cache of its own: the first row writes it, and nobody else's archive is touched
export PARLEY_CACHE_DIR=$WORK/cache
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
export PARLEY_HOME=$WORK/fresh
row "fresh home, first run after a build (creates the store, seeds it, writes the class-data archive)" \
  "$(seconds java -jar "$JAR" status)"
export PARLEY_HOME=$WORK/fresh2
row "fresh home (creates the store and seeds it)" "$(seconds java -jar "$JAR" status)"
export PARLEY_HOME=$WORK/fresh
row "existing home, median of $RUNS" "$(for i in $(seq "$RUNS"); do seconds java -jar "$JAR" status; done | median)"
row "existing home, \`who \"Treasury Secretary\" --at 2019-07-30\` instead of \`status\`, median of $RUNS" \
  "$(for i in $(seq "$RUNS"); do seconds java -jar "$JAR" who "Treasury Secretary" --at 2019-07-30; done | median)"
row "existing home, -Xmx512m, median of $RUNS" \
  "$(for i in $(seq "$RUNS"); do seconds java -Xmx512m -jar "$JAR" status; done | median)"
ARCHIVE=$(ls "$PARLEY_CACHE_DIR"/*.jsa 2>/dev/null || true)   # none with PARLEY_CDS=off: the row is left out
# huge pages as the launcher asks for them: where the kernel gives them on request only (HugePages.java)
THP=$(grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && echo "-XX:+UseTransparentHugePages" || true)
[ -z "$ARCHIVE" ] || row "existing home, JVM started tuned (-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 ${THP:+$THP }-XX:SharedArchiveFile=...: no child JVM), median of $RUNS" \
  "$(for i in $(seq "$RUNS"); do seconds java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC $THP -Xlog:cds=off -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" status; done | median)"
row "existing home, PARLEY_JVM_TUNING=off, median of $RUNS" \
  "$(for i in $(seq "$RUNS"); do PARLEY_JVM_TUNING=off seconds java -jar "$JAR" status; done | median)"
PARLEY_BOLT_PORT=0 java -jar "$JAR" serve > "$WORK/serve.out" 2>&1 &
SERVE=$!
for i in $(seq 120); do grep -q '^Serving' "$WORK/serve.out" 2>/dev/null && break; sleep 1; done
row "attached to a running \`serve\` on the same home, median of $RUNS" \
  "$(for i in $(seq "$RUNS"); do seconds java -jar "$JAR" status; done | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
