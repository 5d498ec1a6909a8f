#!/usr/bin/env bash
# End-to-end benchmark of `guidelint check`, with ripgrep as the lexical lower bound.
#
#   scripts/bench.sh            # 10 000 files of about 5 KB (about 50 MB)
#   FILES=2000 RUNS=3 scripts/bench.sh
#
# Builds the release binary and the corpus generator, generates a deterministic corpus (seed 42),
# and prints throughput, the ratio to `rg`, single-file latency, peak RSS and the time for one file
# with 10 000 rules. Uses hyperfine when present (installs it, ripgrep and GNU time with apt-get
# when missing and possible), otherwise repeated runs timed with /usr/bin/time.
# Figures on a shared machine are noisy: compare medians, and prefer instruction counts
# (valgrind --tool=callgrind) when deciding about an optimisation.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-10000}
SIZE_KB=${SIZE_KB:-5}
SEED=${SEED:-42}
RUNS=${RUNS:-5}
RULES=${RULES:-10000}
WORK=${BENCH_DIR:-target/bench}
PATTERN='block|forbid|monitor|approval|consequence'

have() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
    have apt-get || return 1
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get install -y "$@" >/dev/null 2>&1 ||
        { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "$@" >/dev/null 2>&1; }
}
have rg || apt_install ripgrep || { echo "ripgrep (rg) is needed" >&2; exit 1; }
have hyperfine || apt_install hyperfine || echo "note: no hyperfine; timing with /usr/bin/time" >&2
[ -x /usr/bin/time ] || apt_install time || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }

echo "building (release)…" >&2
cargo build --release --quiet --bin guidelint --example gen_corpus
BIN=$PWD/target/release/guidelint
GEN=$PWD/target/release/examples/gen_corpus

rm -rf "$WORK"
mkdir -p "$WORK"
"$GEN" --seed "$SEED" --files "$FILES" --size-kb "$SIZE_KB" "$WORK/corpus"
"$GEN" --seed 7 --files 1 --rules "$RULES" "$WORK/big"
CORPUS=$WORK/corpus
SMALL=$(find "$CORPUS" -name '*.guideline' | sort | sed -n 1p)
BIG=$(find "$WORK/big" -name '*.guideline' | sed -n 1p)
BYTES=$(find "$CORPUS" -type f -name '*.guideline' -printf '%s\n' | awk '{s += $1} END {print s}')

# median_seconds RUNS COMMAND…: the median wall time of a command (its output discarded, its
# exit status ignored: guidelint exits 1 when it finds something).
median_seconds() {
    local runs=$1
    shift
    if have hyperfine; then
        local csv
        csv=$(mktemp)
        hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure -N \
            --export-csv "$csv" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 ||
            hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure \
                --export-csv "$csv" -- "$(printf '%q ' "$@") > /dev/null" >/dev/null
        # command,mean,stddev,median,user,system,min,max
        tail -n 1 "$csv" | awk -F, '{printf "%.4f\n", $4}'
        rm -f "$csv"
    else
        "$@" >/dev/null 2>&1 || true
        for _ in $(seq "$runs"); do
            /usr/bin/time -f '%e' "$@" 2>&1 >/dev/null | tail -n 1
        done | sort -n | awk '{a[NR] = $1} END {printf "%.4f\n", a[int((NR + 1) / 2)]}'
    fi
}

# peak_rss_kb COMMAND…: the peak resident set size in KB (exit status ignored).
peak_rss_kb() {
    { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null || true; } | tail -n 1
}

echo "timing (median of $RUNS runs each)…" >&2
T_HUMAN=$(median_seconds "$RUNS" "$BIN" check --no-config "$CORPUS")
T_JSON=$(median_seconds "$RUNS" "$BIN" check --no-config --format json "$CORPUS")
T_ONE=$(median_seconds "$RUNS" "$BIN" check --no-config --threads 1 "$CORPUS")
T_RG=$(median_seconds "$RUNS" rg -c "$PATTERN" "$CORPUS")
T_SMALL=$(median_seconds 30 "$BIN" check --no-config "$SMALL")
T_SMALL_RG=$(median_seconds 30 rg -c "$PATTERN" "$SMALL")
T_BIG=$(median_seconds 3 "$BIN" check --no-config "$BIG")
T_BIG_JSON=$(median_seconds 3 "$BIN" check --no-config --format json "$BIG")
RSS=$(peak_rss_kb "$BIN" check --no-config "$CORPUS")
RSS_JSON=$(peak_rss_kb "$BIN" check --no-config --format json "$CORPUS")
RSS_BIG=$(peak_rss_kb "$BIN" check --no-config "$BIG")
RSS_SARIF=$(peak_rss_kb "$BIN" check --no-config --format sarif "$CORPUS")
RSS_JUNIT=$(peak_rss_kb "$BIN" check --no-config --format junit "$CORPUS")
RSS_HTML=$(peak_rss_kb "$BIN" check --no-config --format html "$CORPUS")
# How much guidelint has to say about the corpus: the findings and the bytes of output.
OUT_HUMAN=$({ "$BIN" check --no-config "$CORPUS" || true; } | wc -c)
SUMMARY=$({ "$BIN" check --no-config --format json "$CORPUS" || true; } | tee >(wc -c >"$WORK/json-bytes") |
    tail -n 8 | tr -d ' ,\n')
OUT_JSON=$(cat "$WORK/json-bytes")
FINDINGS=$(echo "$SUMMARY" | awk -F'"' '{
    for (i = 1; i <= NF; i++) if ($i ~ /^(errors|warnings|infos)$/) { split($(i + 1), v, /[^0-9]+/); n += v[2] }
} END { print n + 0 }')

awk -v bytes="$BYTES" -v files="$FILES" -v human="$T_HUMAN" -v json="$T_JSON" -v one="$T_ONE" \
    -v rg="$T_RG" -v small="$T_SMALL" -v small_rg="$T_SMALL_RG" -v big="$T_BIG" \
    -v big_json="$T_BIG_JSON" -v rss="$RSS" -v rss_json="$RSS_JSON" -v rss_big="$RSS_BIG" \
    -v rss_sarif="$RSS_SARIF" -v rss_junit="$RSS_JUNIT" -v rss_html="$RSS_HTML" \
    -v rules="$RULES" -v big_bytes="$(stat -c %s "$BIG")" -v cores="$(nproc)" \
    -v out_human="$OUT_HUMAN" -v out_json="$OUT_JSON" -v findings="$FINDINGS" '
function mbs(t) { return t > 0 ? bytes / 1e6 / t : 0 }
BEGIN {
    printf "corpus: %d files, %.1f MB; %d cores\n", files, bytes / 1e6, cores
    printf "output: %d findings; %.1f MB human, %.1f MB json\n\n", findings, out_human / 1e6, out_json / 1e6
    printf "%-44s %10s %10s %8s\n", "measurement", "time", "MB/s", "vs rg"
    printf "%-44s %9.3fs %10.1f %7.2fx\n", "guidelint check (human), all cores", human, mbs(human), human / rg
    printf "%-44s %9.3fs %10.1f %7.2fx\n", "guidelint check --format json, all cores", json, mbs(json), json / rg
    printf "%-44s %9.3fs %10.1f %7.2fx\n", "guidelint check (human), 1 thread", one, mbs(one), one / rg
    printf "%-44s %9.3fs %10.1f %8s\n", "rg -c \"" "block|forbid|…" "\" (lower bound)", rg, mbs(rg), "1.00x"
    printf "%-44s %8.1fms %10s %7.2fx\n", "one small file: guidelint", small * 1000, "", small / small_rg
    printf "%-44s %8.1fms\n", "one small file: rg", small_rg * 1000
    printf "%-44s %9.3fs   (%.1f MB)\n", "one file with " rules " rules (human)", big, big_bytes / 1e6
    printf "%-44s %9.3fs\n", "one file with " rules " rules (json)", big_json
    printf "%-44s %8.1f MB\n", "peak RSS, corpus (human)", rss / 1024
    printf "%-44s %8.1f MB\n", "peak RSS, corpus (json)", rss_json / 1024
    printf "%-44s %8.1f MB\n", "peak RSS, corpus (sarif)", rss_sarif / 1024
    printf "%-44s %8.1f MB\n", "peak RSS, corpus (junit)", rss_junit / 1024
    printf "%-44s %8.1f MB\n", "peak RSS, corpus (html)", rss_html / 1024
    printf "%-44s %8.1f MB\n", "peak RSS, " rules "-rule file", rss_big / 1024
}'
