#!/usr/bin/env bash
# SSE fan-out: one server streaming RATE events a second to CLIENTS connected clients on one event loop.
#
# Usage (from the repository root, after ./mvnw -q -pl benchmarks -am package -DskipTests):
#   benchmarks/load/run-sse-fanout.sh [--clients N] [--seconds S] [--rate R]      (defaults 5000, 60, 10)
#
# The server (io.griddle.benchmarks.SseFanOutApp, --loops 1 --no-access-log) runs on SERVER_CPU (default 0), the
# client (io.griddle.benchmarks.SseFanOutClient, one selector thread) on CLIENT_CPU (default 1). Every second the
# server's CPU (user+system, % of one core, from /proc/PID/stat) and RSS (/proc/PID/status) are sampled to
# benchmarks/target/sse-fanout/<time>/server.csv. The client prints each client's events, the gaps in their ids
# (lost events: must be 0) and the delivery latency; the server's /stats gives events sent and dropped (must be 0).
# Needs a file-descriptor limit above 2 x CLIENTS (ulimit -n); PORT (default 18080) is the port used.
set -euo pipefail

CLIENTS=5000
SECONDS_RUN=60
RATE=10
while (( $# > 0 )); do
    case $1 in
        --clients) CLIENTS=$2; shift 2 ;;
        --seconds) SECONDS_RUN=$2; shift 2 ;;
        --rate) RATE=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "run-sse-fanout: unknown option '$1'" >&2; exit 2 ;;
    esac
done
for value in "$CLIENTS" "$SECONDS_RUN" "$RATE"; do
    [[ $value =~ ^[0-9]+$ ]] || { echo "run-sse-fanout: '$value' is not a number" >&2; exit 2; }
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAR=benchmarks/target/benchmarks.jar
[[ -f $JAR ]] || { echo "run-sse-fanout: $JAR is missing: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
ulimit -n $(( CLIENTS * 2 + 1024 )) 2>/dev/null || {
    echo "run-sse-fanout: cannot raise the file-descriptor limit to $(( CLIENTS * 2 + 1024 ))" >&2; exit 1; }
JAVA=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
    v=$("$j" -version 2>&1 | awk -F'"' '/version/ { split($2, p, "."); print p[1]; exit }')
    [[ $v =~ ^[0-9]+$ ]] && (( v >= 21 )) && echo "$v $j"; done | sort -n | tail -1 | cut -d' ' -f2)
JAVA=${JAVA:-java}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-18080}
OUT=benchmarks/target/sse-fanout/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"

taskset -c "$SERVER_CPU" "$JAVA" --enable-native-access=ALL-UNNAMED -Dsse.rate="$RATE" -cp "$JAR" io.griddle.benchmarks.SseFanOutApp \
    --port "$PORT" --loops 1 --no-access-log >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/stats" >/dev/null || { echo "run-sse-fanout: the server did not start" >&2; exit 1; }

TICKS=$(getconf CLK_TCK)
sample() { # writes: seconds, cpu % of one core over the last second, rss KiB
    local before now after rss t=0
    before=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
    echo "second,cpu_percent,rss_kib" >"$OUT/server.csv"
    while kill -0 "$SERVER_PID" 2>/dev/null; do
        sleep 1
        t=$(( t + 1 ))
        after=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat" 2>/dev/null) || break
        rss=$(awk '/VmRSS/ { print $2 }' "/proc/$SERVER_PID/status" 2>/dev/null) || break
        echo "$t,$(( (after - before) * 100 / TICKS )),$rss" >>"$OUT/server.csv"
        before=$after
    done
}
sample &
SAMPLER_PID=$!

taskset -c "$CLIENT_CPU" "$JAVA" -cp "$JAR" io.griddle.benchmarks.SseFanOutClient \
    --port "$PORT" --clients "$CLIENTS" --seconds "$SECONDS_RUN" | tee "$OUT/client.log"
curl -fs "http://127.0.0.1:$PORT/stats" | tee "$OUT/stats.txt"
echo
kill "$SAMPLER_PID" 2>/dev/null || true
# The steady state: the samples of the last half of the run.
awk -F, -v n="$SECONDS_RUN" 'NR > 1 { rows[NR] = $0; cpu[NR] = $2; rss[NR] = $3; last = NR }
    END { from = last - int(n / 2); if (from < 2) from = 2; c = 0; s = 0; m = 0
          for (i = from; i <= last; i++) { s += cpu[i]; c++; if (rss[i] > m) m = rss[i] }
          if (c > 0) printf "server: cpu_percent_mean=%.1f rss_max_mib=%.1f (last %d s)\n", s / c, m / 1024, c }' \
    "$OUT/server.csv" | tee "$OUT/summary.txt"
echo "results in $OUT"
