#!/usr/bin/env bash
# WebSocket echo: Griddle beside a hand-written raw-Netty WebSocket echo and Vert.x's, in one run, on one machine.
#
# Usage (from the repository root):
#   benchmarks/load/run-ws-echo.sh [--duration S] [--warmup S] [--connections N] [--size BYTES] [--rounds R]
#                                  [--no-vertx]
#
# Each round measures each server in turn (the order rotates per round): a fresh server pinned to one CPU with one
# event loop, and the Java load client (io.griddle.benchmarks.WsLoadClient, Netty, one loop) pinned to another:
# --connections WebSockets (64) each send a --size-byte text message (1024) and wait for its echo before the next.
# It records round trips/s per server and prints every round, the medians and each server's ratio to raw Netty
# (the issue's bar: Griddle >= 0.90).
#
#   griddle  io.griddle.benchmarks.GriddleWsEchoServer: a gateway app echoing the WebSocket messages, defaults
#   raw      io.griddle.benchmarks.RawNettyWsEchoServer: Netty's WebSocketServerProtocolHandler, echoes the buffer
#   vertx    benchmarks/load/vertx/VertxWsEcho.java on vertx-core (resolved from Maven Central into
#            benchmarks/load/vertx/target by benchmarks/load/vertx/pom.xml the first time)
#
# Environment overrides: SERVER_JAVA_OPTS (default --enable-native-access=ALL-UNNAMED), SERVER_CPU / CLIENT_CPU
# (default 0 and 1).
set -euo pipefail

DURATION=20
WARMUP=10
CONNECTIONS=64
SIZE=1024
ROUNDS=3
VERTX=yes

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit "${1:-0}"
}
die() {
    echo "run-ws-echo: $*" >&2
    exit 1
}

while (( $# > 0 )); do
    case $1 in
        --duration) DURATION=${2-}; shift 2 || usage 2 ;;
        --warmup) WARMUP=${2-}; shift 2 || usage 2 ;;
        --connections) CONNECTIONS=${2-}; shift 2 || usage 2 ;;
        --size) SIZE=${2-}; shift 2 || usage 2 ;;
        --rounds) ROUNDS=${2-}; shift 2 || usage 2 ;;
        --no-vertx) VERTX=no; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run-ws-echo: unknown option '$1'" >&2; usage 2 ;;
    esac
done
for value in "$DURATION" "$WARMUP" "$CONNECTIONS" "$SIZE" "$ROUNDS"; do
    [[ $value =~ ^[0-9]+$ ]] || die "every option takes a whole number, got '$value'"
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=find-java.sh
source benchmarks/load/find-java.sh
JAVA=$(find_java)
BENCH_JAR=benchmarks/target/benchmarks.jar
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
read -r -a JAVA_OPTS <<< "${SERVER_JAVA_OPTS---enable-native-access=ALL-UNNAMED}"

if [[ ! -f $BENCH_JAR ]]; then
    echo "run-ws-echo: building $BENCH_JAR with ./mvnw -q -DskipTests package ..."
    ./mvnw -q -DskipTests package
fi
TARGETS=(griddle raw)
declare -A CMD
CMD[griddle]="$JAVA ${JAVA_OPTS[*]} -cp $BENCH_JAR io.griddle.benchmarks.GriddleWsEchoServer"
CMD[raw]="$JAVA ${JAVA_OPTS[*]} -cp $BENCH_JAR io.griddle.benchmarks.RawNettyWsEchoServer"
if [[ $VERTX == yes ]]; then
    VERTX_CP=benchmarks/load/vertx/target/classpath.txt
    if [[ ! -f $VERTX_CP ]]; then
        ./mvnw -q -f benchmarks/load/vertx/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
    fi
    CMD[vertx]="$JAVA ${JAVA_OPTS[*]} -cp $(cat "$VERTX_CP") benchmarks/load/vertx/VertxWsEcho.java"
    TARGETS+=(vertx)
fi

if command -v taskset >/dev/null && (( $(nproc) >= 2 )); then
    SERVER_PIN=(taskset -c "$SERVER_CPU")
    CLIENT_PIN=(taskset -c "$CLIENT_CPU")
else
    echo "run-ws-echo: warning: no taskset or fewer than 2 CPUs; running unpinned" >&2
    SERVER_PIN=()
    CLIENT_PIN=()
fi
OUT_DIR=benchmarks/target/ws-echo/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"

SERVER_PID=""
stop_server() {
    local pid=$SERVER_PID i
    [[ -n $pid ]] || return 0
    SERVER_PID=""
    kill -TERM "$pid" 2>/dev/null || true
    for (( i = 0; i < 50; i++ )); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
trap stop_server EXIT

free_port() {
    local port i
    for (( i = 0; i < 100; i++ )); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port"
}

# measure TARGET ROUND -> prints round trips/s
measure() {
    local target=$1 round=$2 port i log
    port=$(free_port)
    log=$OUT_DIR/$target-$round.server.log
    # shellcheck disable=SC2086
    "${SERVER_PIN[@]}" ${CMD[$target]} --port "$port" --loops 1 >"$log" 2>&1 &
    SERVER_PID=$!
    for (( i = 0; i < 150; i++ )); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        kill -0 "$SERVER_PID" 2>/dev/null || die "$target did not start; see $log"
        sleep 0.2
    done
    "${CLIENT_PIN[@]}" "$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.WsLoadClient \
        --url "ws://127.0.0.1:$port/echo" --connections "$CONNECTIONS" --size "$SIZE" \
        --warmup "$WARMUP" --duration "$DURATION" >"$OUT_DIR/$target-$round.client.log" 2>&1 \
        || die "the load client failed on $target; see $OUT_DIR/$target-$round.client.log"
    stop_server
    awk -F': ' '/^round trips\/s/ { print $2 }' "$OUT_DIR/$target-$round.client.log"
}

declare -A RESULTS
for (( round = 1; round <= ROUNDS; round++ )); do
    order=("${TARGETS[@]:round % ${#TARGETS[@]}}" "${TARGETS[@]:0:round % ${#TARGETS[@]}}")
    line="round $round:"
    for target in "${order[@]}"; do
        rate=$(measure "$target" "$round")
        RESULTS[$target]+="$rate "
        line+=" $target $rate"
    done
    echo "$line"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
RAW_MEDIAN=$(echo "${RESULTS[raw]}" | median)
echo
echo "medians, round trips/s ($CONNECTIONS connections, $SIZE-byte text, one loop); logs in $OUT_DIR"
for target in "${TARGETS[@]}"; do
    m=$(echo "${RESULTS[$target]}" | median)
    printf '%-8s %10.0f   %.3f of raw\n' "$target" "$m" "$(awk -v a="$m" -v b="$RAW_MEDIAN" 'BEGIN { print a / b }')"
done
