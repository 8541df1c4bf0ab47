#!/usr/bin/env bash
# Draws the README's pictures (docs/images/) from the seed: run it from anywhere after
# `mvn -B -q -DskipTests package`, and again whenever seed/ changes. It seeds a throw-away home from the project's
# seed/, so your own ~/.parley is not touched, and runs every command in one Parley (a command file).
set -euo pipefail
project="$(cd "$(dirname "$0")/../.." && pwd)"
images="$project/docs/images"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
cat > "$home/commands.txt" <<COMMANDS
draw Mnuchin --depth 2 --at 2019-06-30 --out $images/draw-mnuchin.png --force
draw Mnuchin --depth 2 --at 2019-06-30 --out $images/draw-mnuchin.svg --force
draw Bessent --depth 2 --out $images/draw-bessent.png --force
chart channels --by quarter --out $images/channels-by-quarter.png --force
chart channels --by quarter --out $images/channels-by-quarter.svg --force
chart timeline "Liu He" --out $images/timeline-liu-he.png --force
COMMANDS
cd "$project"
PARLEY_HOME="$home" PARLEY_SEED_DIR="$project/seed" PARLEY_BOLT_PORT=0 PARLEY_HTTP_PORT=0 \
  java -jar "$project/target/parley.jar" --file "$home/commands.txt"
