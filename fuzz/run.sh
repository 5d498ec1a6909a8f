#!/usr/bin/env bash
# Runs one fuzz target for a while, niced, with the seed corpus and the keyword dictionary:
#   fuzz/run.sh TARGET SECONDS
# New inputs go to fuzz/work/TARGET (not committed); crashes to fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1
seconds=${2:-60}
cargo fuzz build -s none "$target"
mkdir -p "fuzz/work/$target" "fuzz/artifacts/$target"
dict=()
if [ "$target" != config ]; then dict=(-dict=fuzz/guideline.dict); fi
exec /usr/bin/time -v nice -n 19 \
  "fuzz/target/x86_64-unknown-linux-gnu/release/$target" \
  "fuzz/work/$target" "fuzz/corpus/$target" \
  "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/"
