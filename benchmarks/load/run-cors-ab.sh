#!/usr/bin/env bash
# CORS end to end: BindingApp without and with the built-in Cors middleware, both started once, pinned to one CPU
# with one loop, wrk on another, short bursts alternating between them, medians of the per-round ratios.
#
# Usage (from the repository root, after ./mvnw -q -pl benchmarks -am package -DskipTests):
#   benchmarks/load/run-cors-ab.sh [--rounds R] [--duration S] [--warmup S] [--path PATH]
# Every request carries Origin: https://shop.example, so the CORS server mirrors it and adds Vary.
set -euo pipefail

ROUNDS=10 DURATION=5 WARMUP=15 PATH_=/items/7?q=x
while (( $# > 0 )); do
    case $1 in
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --path) PATH_=$2; shift 2 ;;
        *) echo "run-cors-ab: unknown option $1" >&2; exit 2 ;;
    esac
done
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}
JAR=benchmarks/target/benchmarks.jar
[[ -f $JAR ]] || { echo "run-cors-ab: build $JAR first" >&2; exit 1; }
ORIGIN=https://shop.example
PLAIN_PORT=28501 CORS_PORT=28502
taskset -c 0 "$JAVA" -cp "$JAR" io.griddle.benchmarks.BindingApp --port $PLAIN_PORT --loops 1 --no-access-log \
    >/tmp/cors-ab-plain.log 2>&1 &
PLAIN=$!
taskset -c 0 "$JAVA" -Dbench.cors=$ORIGIN -cp "$JAR" io.griddle.benchmarks.BindingApp --port $CORS_PORT --loops 1 \
    --no-access-log >/tmp/cors-ab-cors.log 2>&1 &
CORS=$!
trap 'kill $PLAIN $CORS 2>/dev/null || true' EXIT
for port in $PLAIN_PORT $CORS_PORT; do
    for (( i = 0; i < 150; i++ )); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/quick" && break
        sleep 0.2
    done
done
curl -fsi -H "origin: $ORIGIN" "http://127.0.0.1:$CORS_PORT$PATH_" | grep -qi '^access-control-allow-origin' \
    || { echo "run-cors-ab: the CORS server does not answer CORS" >&2; exit 1; }
rate() { taskset -c 1 wrk -t1 -c64 -d"$2"s -H "origin: $ORIGIN" "http://127.0.0.1:$1$PATH_" | awk '/Requests\/sec/ { print $2 }'; }
rate $PLAIN_PORT "$WARMUP" >/dev/null
rate $CORS_PORT "$WARMUP" >/dev/null
ratios=()
for (( r = 1; r <= ROUNDS; r++ )); do
    if (( r % 2 )); then a=$(rate $PLAIN_PORT "$DURATION"); b=$(rate $CORS_PORT "$DURATION")
    else b=$(rate $CORS_PORT "$DURATION"); a=$(rate $PLAIN_PORT "$DURATION"); fi
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')
    ratios+=("$ratio")
    echo "round $r: plain $a, cors $b requests/s, cors/plain $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "median cors/plain %.3f over %d rounds (goal: >= 0.97)\n", m, NR }'
