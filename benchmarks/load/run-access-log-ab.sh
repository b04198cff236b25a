#!/usr/bin/env bash
# The access log's cost end to end: the burger shop's GET /quick with the default access log, the same with
# --no-access-log, and raw Netty's JSON route (RawNettyServer), all started once, pinned to CPU 0 with one loop;
# wrk on CPU 1; after a 15 s warm-up each, short bursts alternate between them; medians of the per-round ratios.
#
# Usage (from the repository root, after ./mvnw -q -pl examples/burger-shop,benchmarks -am package -DskipTests):
#   benchmarks/load/run-access-log-ab.sh [--rounds R] [--duration S] [--path /quick]
# The goal (issue 16): log/nolog >= 0.95.
set -euo pipefail

ROUNDS=10 DURATION=4 PATH_=/quick
while (( $# > 0 )); do
    case $1 in
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --path) PATH_=$2; shift 2 ;;
        *) echo "run-access-log-ab: unknown option $1" >&2; exit 2 ;;
    esac
done
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=find-java.sh
source benchmarks/load/find-java.sh
JAVA=$(find_java)
SHOP=examples/burger-shop/target/burger-shop.jar
BENCH=benchmarks/target/benchmarks.jar
[[ -f $SHOP && -f $BENCH ]] || { echo "run-access-log-ab: build $SHOP and $BENCH first" >&2; exit 1; }
LOG=$(mktemp)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; wait 2>/dev/null; rm -f "$LOG"' EXIT
taskset -c 0 "$JAVA" -jar "$SHOP" --host 127.0.0.1 --port 28801 --loops 1 >"$LOG" 2>&1 & PIDS+=($!)
taskset -c 0 "$JAVA" -jar "$SHOP" --host 127.0.0.1 --port 28802 --loops 1 --no-access-log >/dev/null 2>&1 & PIDS+=($!)
taskset -c 0 "$JAVA" -cp "$BENCH" io.griddle.benchmarks.RawNettyServer --host 127.0.0.1 --port 28803 --loops 1 \
    >/dev/null 2>&1 & PIDS+=($!)
for port in 28801 28802 28803; do
    for (( i = 0; i < 150; i++ )); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.2
    done
done
rate() { taskset -c 1 wrk -t1 -c64 -d"$2s" "http://127.0.0.1:$1$PATH_" | awk '/Requests\/sec/ { print $2 }'; }
for port in 28801 28802 28803; do rate "$port" 15 >/dev/null; done
LOG_RAW="" NOLOG_RAW="" LOG_NOLOG=""
for (( round = 1; round <= ROUNDS; round++ )); do
    log=$(rate 28801 "$DURATION") nolog=$(rate 28802 "$DURATION") raw=$(rate 28803 "$DURATION")
    r1=$(awk -v a="$log" -v b="$raw" 'BEGIN { printf "%.3f", a / b }')
    r2=$(awk -v a="$nolog" -v b="$raw" 'BEGIN { printf "%.3f", a / b }')
    r3=$(awk -v a="$log" -v b="$nolog" 'BEGIN { printf "%.3f", a / b }')
    LOG_RAW+="$r1 " NOLOG_RAW+="$r2 " LOG_NOLOG+="$r3 "
    echo "round $round: log $log, nolog $nolog, raw $raw requests/s; log/raw $r1, nolog/raw $r2, log/nolog $r3"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "medians over $ROUNDS rounds: log/raw $(echo "$LOG_RAW" | median), nolog/raw $(echo "$NOLOG_RAW" | median)," \
    "log/nolog $(echo "$LOG_NOLOG" | median) (goal >= 0.95); access lines written: $(grep -c "GET $PATH_" "$LOG")"
