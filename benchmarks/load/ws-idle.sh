#!/usr/bin/env bash
# 10,000 open, idle WebSockets on one Griddle loop, and GET /quick beside them.
#
# Usage (from the repository root): benchmarks/load/ws-idle.sh [--sockets N] [--quick-requests K]
#
# Starts io.griddle.benchmarks.GriddleWsEchoServer (one loop, pinned to CPU 0), opens N WebSockets (10,000) with
# io.griddle.benchmarks.WsLoadClient --idle (pinned to CPU 1), then times K sequential GET /quick requests (200),
# each on a new connection, and prints their p50/p99/max latency and how many WebSockets were still open. The
# unit test WebSocketIdleTest does the same with 1,500, within a test's means. Needs `ulimit -n` above 2N + 100
# (the client's and the server's sockets are on one machine).
set -euo pipefail

SOCKETS=10000
QUICK=200
while (( $# > 0 )); do
    case $1 in
        --sockets) SOCKETS=${2-}; shift 2 ;;
        --quick-requests) QUICK=${2-}; shift 2 ;;
        *) echo "ws-idle: unknown option '$1'" >&2; exit 2 ;;
    esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=find-java.sh
source benchmarks/load/find-java.sh
JAVA=$(find_java)
BENCH_JAR=benchmarks/target/benchmarks.jar
[[ -f $BENCH_JAR ]] || ./mvnw -q -DskipTests package
ulimit -n $(( SOCKETS * 2 + 1000 )) 2>/dev/null || echo "ws-idle: warning: could not raise ulimit -n" >&2

PORT=$(( 20000 + RANDOM % 40000 ))
taskset -c 0 "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_JAR" io.griddle.benchmarks.GriddleWsEchoServer \
    --port "$PORT" --loops 1 > benchmarks/target/ws-idle-server.log 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for (( i = 0; i < 150; i++ )); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.2
done
taskset -c 1 "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$BENCH_JAR" io.griddle.benchmarks.WsLoadClient \
    --url "ws://127.0.0.1:$PORT/echo" --idle "$SOCKETS" --quick-requests "$QUICK"
echo "server RSS: $(ps -o rss= -p $SERVER) KiB"
