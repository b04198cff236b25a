#!/usr/bin/env bash
# Processes against threads, and a rolling restart under load, in one run.
#
# Usage (from the repository root, after ./mvnw -q -pl examples/burger-shop -am package -DskipTests):
#   benchmarks/load/run-workers.sh [--duration S] [--warmup S] [--connections N] [--rounds R] [--part 1|2]
#
# Part 1, GET /quick of the burger shop (no access log), each round in rotating order:
#   workers1  --workers 1 --loops 1   (a supervisor and one worker JVM)
#   workers2  --workers 2 --loops 1   (two worker JVMs sharing one listening socket)
#   loops2    --loops 2               (one JVM, two event loops)
# Part 2, --workers 2: p99 latency and failed requests under the same load, once without a restart and once
#   with two SIGHUP rolling restarts during the measurement (at 1/4 and 3/5 of it). With the server on one CPU a
#   restart takes several seconds (the new JVM starts beside two busy ones): use --part 2 --duration 40.
#
# The server runs on SERVER_CPU (default 0) and wrk on CLIENT_CPU (default 1). On a 2-core machine this compares
# the cost of the process models on one core; give the server more CPUs (SERVER_CPU=0,1 CLIENT_CPU=0,1) to see
# them scale, at the price of sharing cores with the load generator. PORT (default 18080) is the port used.
set -euo pipefail

DURATION=20
WARMUP=15
CONNECTIONS=64
ROUNDS=2
PARTS="1 2"
while (( $# > 0 )); do
    case $1 in
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --part) PARTS=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "run-workers: unknown option '$1'" >&2; exit 2 ;;
    esac
done
for value in "$DURATION" "$WARMUP" "$CONNECTIONS" "$ROUNDS"; do
    [[ $value =~ ^[0-9]+$ ]] || { echo "run-workers: '$value' is not a number" >&2; exit 2; }
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
JAR=examples/burger-shop/target/burger-shop.jar
[[ -f $JAR ]] || { echo "run-workers: $JAR is missing: ./mvnw -q -pl examples/burger-shop -am package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "run-workers: wrk is needed" >&2; exit 1; }
JAVA=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
    v=$("$j" -version 2>&1 | awk -F'"' '/version/ { split($2, p, "."); print p[1]; exit }')
    [[ $v =~ ^[0-9]+$ ]] && (( v >= 21 )) && echo "$v $j"; done | sort -n | tail -1 | cut -d' ' -f2)
JAVA=${JAVA:-java}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-18080}
URL=http://127.0.0.1:$PORT/quick
OUT=benchmarks/target/workers/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"

SERVER_PID=""
start() { # name, flags...
    local name=$1
    shift
    taskset -c "$SERVER_CPU" "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" --port "$PORT" \
        --no-access-log "$@" > "$OUT/$name.server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -fs -o /dev/null "$URL" && return 0
        sleep 0.5
    done
    echo "run-workers: $name did not come up; see $OUT/$name.server.log" >&2
    stop
    exit 1
}
stop() {
    [[ -n $SERVER_PID ]] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
trap stop EXIT
load() { # seconds, output file
    taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$1"s --latency "$URL" > "$2"
}
rps() { awk '/Requests\/sec/ { print int($2) }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
failures() { # non-2xx responses plus socket errors
    awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

if [[ $PARTS == *1* ]]; then
declare -A FLAGS=([workers1]="--workers 1 --loops 1" [workers2]="--workers 2 --loops 1" [loops2]="--loops 2")
NAMES=(workers1 workers2 loops2)
echo "# Part 1: GET /quick, server on CPU $SERVER_CPU, wrk -c$CONNECTIONS on CPU $CLIENT_CPU, ${WARMUP}s warm-up, ${DURATION}s measured"
declare -A ALL
for (( round = 0; round < ROUNDS; round++ )); do
    for (( i = 0; i < ${#NAMES[@]}; i++ )); do
        name=${NAMES[$(( (i + round) % ${#NAMES[@]} ))]}
        # shellcheck disable=SC2086
        start "$name" ${FLAGS[$name]}
        (( WARMUP > 0 )) && load "$WARMUP" "$OUT/$name.warmup.txt"
        load "$DURATION" "$OUT/$name.$round.txt"
        stop
        printf 'round %d  %-9s %8s req/s  p99 %8s  failed %s\n' "$round" "$name" "$(rps "$OUT/$name.$round.txt")" \
            "$(p99 "$OUT/$name.$round.txt")" "$(failures "$OUT/$name.$round.txt")"
        ALL[$name]+="$(rps "$OUT/$name.$round.txt") "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
base=$(echo "${ALL[workers1]}" | median)
for name in "${NAMES[@]}"; do
    m=$(echo "${ALL[$name]}" | median)
    printf 'median    %-9s %8s req/s  ratio to workers1 %s\n' "$name" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.2f", a / b }')"
done

fi

if [[ $PARTS == *2* ]]; then
echo "# Part 2: --workers 2, ${DURATION}s of load, without and with two SIGHUP rolling restarts"
start restart --workers 2 --loops 1
(( WARMUP > 0 )) && load "$WARMUP" "$OUT/restart.warmup.txt"
load "$DURATION" "$OUT/steady.txt"
load "$DURATION" "$OUT/sighup.txt" &
LOAD_PID=$!
sleep $(( DURATION / 4 ))
kill -HUP "$SERVER_PID"
sleep $(( DURATION * 3 / 5 - DURATION / 4 ))
kill -HUP "$SERVER_PID"
wait "$LOAD_PID"
restarts=$(grep -c "Started worker process" "$OUT/restart.server.log" || true)
stop
printf 'steady    %8s req/s  p99 %8s  failed %s\n' "$(rps "$OUT/steady.txt")" "$(p99 "$OUT/steady.txt")" "$(failures "$OUT/steady.txt")"
printf 'sighup x2 %8s req/s  p99 %8s  failed %s  (workers started in all: %s)\n' "$(rps "$OUT/sighup.txt")" \
    "$(p99 "$OUT/sighup.txt")" "$(failures "$OUT/sighup.txt")" "$restarts"
fi
echo "raw output: $OUT"
