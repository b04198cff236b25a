#!/usr/bin/env bash
# WebSocket echo: Griddle beside a hand-written raw-Netty WebSocket echo and Vert.x's, in one run, on one machine.
#
# Usage (from the repository root):
#   benchmarks/load/run-ws-echo.sh [--duration S] [--warmup S] [--connections N] [--size BYTES] [--rounds R]
#                                  [--no-vertx]
#
# Every server is started once, pinned to one CPU with one event loop; one Java load client
# (io.griddle.benchmarks.WsLoadClient, Netty, one loop) pinned to another warms each up for --warmup seconds, then
# runs --rounds rounds of one --duration-second burst per server (the order rotating per round): --connections
# WebSockets (64) each send a --size-byte text message (1024) and wait for its echo before the next. It prints every
# round's round trips/s with its ratio to raw Netty, and the medians of those per-round ratios (the issue's bar:
# Griddle >= 0.90).
#
#   griddle  io.griddle.benchmarks.GriddleWsEchoServer: a gateway app echoing the WebSocket messages, defaults
#   raw      io.griddle.benchmarks.RawNettyWsEchoServer: Netty's WebSocketServerProtocolHandler, echoes the buffer
#   vertx    benchmarks/load/vertx/VertxWsEcho.java on vertx-core (resolved from Maven Central into
#            benchmarks/load/vertx/target by benchmarks/load/vertx/pom.xml the first time)
#
# Environment overrides: SERVER_JAVA_OPTS (default --enable-native-access=ALL-UNNAMED), SERVER_CPU / CLIENT_CPU
# (default 0 and 1).
set -euo pipefail

DURATION=5
WARMUP=15
CONNECTIONS=64
SIZE=1024
ROUNDS=15
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
TARGETS=(raw griddle)
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

SERVER_PIDS=()
stop_servers() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${SERVER_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    SERVER_PIDS=()
}
trap stop_servers EXIT

# Every server is started once, all pinned to the server CPU (only the one under load is busy).
TARGET_URLS=()
for target in "${TARGETS[@]}"; do
    port=$(free_port)
    log=$OUT_DIR/$target.server.log
    # shellcheck disable=SC2086
    "${SERVER_PIN[@]}" ${CMD[$target]} --port "$port" --loops 1 >"$log" 2>&1 &
    SERVER_PIDS+=($!)
    for (( i = 0; i < 150; i++ )); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || die "$target did not start; see $log"
        sleep 0.2
    done
    TARGET_URLS+=("$target=ws://127.0.0.1:$port/echo")
done

# One client process runs every burst, so its own JIT is warm for all servers alike.
"${CLIENT_PIN[@]}" "$JAVA" "${JAVA_OPTS[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.WsLoadClient \
    --targets "$(IFS=,; echo "${TARGET_URLS[*]}")" --connections "$CONNECTIONS" --size "$SIZE" \
    --warmup "$WARMUP" --duration "$DURATION" --rounds "$ROUNDS" | tee "$OUT_DIR/client.log"
echo "logs in $OUT_DIR"
