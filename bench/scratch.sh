# Sourced by the bench scripts (not run on its own): checks that the jar is built, sets JAR to it and WORK to a new
# scratch directory, made the working directory (no ./seed or ./cypher there: the packaged copies are used), and
# removes WORK at exit, stopping the `serve` whose pid the script keeps in SERVE, if any.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=$PWD/target/parley.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
SERVE=
# under set -e a failing command in the trap ends it: serve's exit status after the kill (143) is no failure here
trap 'if [ -n "$SERVE" ]; then kill "$SERVE" 2>/dev/null || true; wait "$SERVE" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
cd "$WORK"
