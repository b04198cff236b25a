#!/usr/bin/env bash
# Static files: Griddle's StaticFiles beside a raw-Netty sendfile server and nginx, each on one core.
#
# Usage (from the repository root):
#   benchmarks/load/run-static.sh [--duration S] [--warmup S] [--connections N] [--rounds R] [--no-nginx]
#
# Serves two files, 1k.bin (1 KiB) and 1m.bin (1 MiB), from benchmarks/target/static with three servers:
#   griddle  io.griddle.benchmarks.StaticFilesApp (StaticFiles mounted at /, --loops 1, no access log)
#   raw      io.griddle.benchmarks.RawNettyStaticServer (one loop, DefaultFileRegion, a stat per request)
#   nginx    Debian's nginx with benchmarks/load/nginx-static.conf (one worker, sendfile on, no access log)
# Every server is started once, pinned to one CPU, and warmed up; wrk (or the bundled Java load client), pinned to
# another, then runs --rounds rounds of one --duration-second burst per server and file, the server order rotating
# per round. It prints every round with griddle/raw and griddle/nginx, and the medians of those per-round ratios.
# The goals: >= 0.90 of raw Netty's and >= 0.80 of nginx's requests/s.
#
# Needs: a built benchmarks/target/benchmarks.jar (built here when missing), curl, and for the nginx column the
# nginx binary (apt-get install nginx-light or nginx; --no-nginx skips it). Environment: SERVER_CPU, CLIENT_CPU
# (default 0 and 1), LOAD_CLIENT (wrk | java), SERVER_JAVA_OPTS.
set -euo pipefail

DURATION=4
WARMUP=15
CONNECTIONS=64
ROUNDS=10
NGINX=yes

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit "${1:-0}"
}
die() {
    echo "run-static: $*" >&2
    exit 1
}
while (( $# > 0 )); do
    case $1 in
        --duration) DURATION=${2-}; shift 2 || usage 2 ;;
        --warmup) WARMUP=${2-}; shift 2 || usage 2 ;;
        --connections) CONNECTIONS=${2-}; shift 2 || usage 2 ;;
        --rounds) ROUNDS=${2-}; shift 2 || usage 2 ;;
        --no-nginx) NGINX=no; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run-static: unknown option '$1'" >&2; usage 2 ;;
    esac
done
for value in "$DURATION" "$WARMUP" "$CONNECTIONS" "$ROUNDS"; do
    [[ $value =~ ^[0-9]+$ ]] || die "options take whole numbers, got '$value'"
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=find-java.sh
source "$(dirname "${BASH_SOURCE[0]}")/find-java.sh"
JAVA=$(find_java)
BENCH_JAR=benchmarks/target/benchmarks.jar
if [[ ! -f $BENCH_JAR ]]; then
    echo "run-static: building $BENCH_JAR with ./mvnw -q -DskipTests package ..."
    ./mvnw -q -DskipTests package
fi
[[ -f $BENCH_JAR ]] || die "no $BENCH_JAR after the build"
command -v curl >/dev/null || die "curl is needed to check that a server is up"
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
if [[ $NGINX == yes && ! -x $NGINX_BIN ]]; then
    die "nginx is not installed (apt-get install nginx-light), or pass --no-nginx"
fi

STATIC_DIR=$ROOT/benchmarks/target/static
mkdir -p "$STATIC_DIR"
head -c 1024 /dev/urandom > "$STATIC_DIR/1k.bin"
head -c 1048576 /dev/urandom > "$STATIC_DIR/1m.bin"
FILES=(1k.bin 1m.bin)

OUT_DIR=benchmarks/target/load/static-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
read -r -a JAVA_OPTS_ARRAY <<< "${SERVER_JAVA_OPTS---enable-native-access=ALL-UNNAMED}"
if command -v taskset >/dev/null && (( $(nproc) >= 2 )); then
    SERVER_PIN=(taskset -c "$SERVER_CPU")
    CLIENT_PIN=(taskset -c "$CLIENT_CPU")
else
    echo "run-static: warning: no taskset or fewer than 2 CPUs; running unpinned" >&2
    SERVER_PIN=()
    CLIENT_PIN=()
fi
LOAD_CLIENT=${LOAD_CLIENT:-$(command -v wrk >/dev/null && echo wrk || echo java)}

SERVERS=(griddle raw)
[[ $NGINX == yes ]] && SERVERS+=(nginx)

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

# start_server NAME PORT LOG: starts it in the background (SERVER_PID) and waits until it serves 1k.bin.
start_server() {
    local name=$1 port=$2 log=$3 deadline prefix
    local -a cmd
    case $name in
        griddle) cmd=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.StaticFilesApp
                      --dir "$STATIC_DIR" --host 127.0.0.1 --port "$port" --loops 1 --no-access-log) ;;
        raw) cmd=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.RawNettyStaticServer
                  --dir "$STATIC_DIR" --host 127.0.0.1 --port "$port" --loops 1) ;;
        nginx)
            prefix=$ROOT/$OUT_DIR/nginx-$port
            mkdir -p "$prefix"
            sed -e "s|@ROOT@|$STATIC_DIR|g" -e "s|@PORT@|$port|g" -e "s|@PREFIX@|$prefix|g" \
                benchmarks/load/nginx-static.conf > "$prefix/nginx.conf"
            cmd=("$NGINX_BIN" -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off; master_process off;') ;;
    esac
    echo "\$ ${SERVER_PIN[*]} ${cmd[*]}" > "$log"
    "${SERVER_PIN[@]}" "${cmd[@]}" >> "$log" 2>&1 &
    SERVER_PIDS+=($!)
    deadline=$(( SECONDS + 20 ))
    while (( SECONDS < deadline )); do
        kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || { tail -n 20 "$log" >&2; die "$name exited (log: $log)"; }
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/1k.bin" || true) == 200 ]] \
            && return 0
        sleep 0.2
    done
    die "$name did not serve /1k.bin within 20 s (log: $log)"
}

burst() { # URL SECONDS OUT
    if [[ $LOAD_CLIENT == wrk ]]; then
        timeout $(( $2 + 60 )) "${CLIENT_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"${2}s" "$1" > "$3"
    else
        timeout $(( $2 + 60 )) "${CLIENT_PIN[@]}" "$JAVA" -cp "$BENCH_JAR" io.griddle.benchmarks.LoadClient \
            --url "$1" --connections "$CONNECTIONS" --duration "$2" --warmup 1 > "$3"
    fi
    awk '/^Requests\/sec:|^requests\/s/ { print $2; found = 1 } END { if (!found) print "n/a" }' "$3"
    grep -qE 'Non-2xx|Socket errors' "$3" && echo "  warning: errors in $3" >&2
    return 0
}

echo "machine: nproc=$(nproc), $(uname -srm); java: $("$JAVA" -version 2>&1 | head -n 1)"
[[ $NGINX == yes ]] && echo "nginx:   $("$NGINX_BIN" -v 2>&1)"
echo "plan:    every server started once and warmed up ${WARMUP}s per file; then $ROUNDS round(s) of one" \
    "${DURATION}s burst per server and file (order rotating), $CONNECTIONS connections, $LOAD_CLIENT; logs in $OUT_DIR"
declare -A PORT
for name in "${SERVERS[@]}"; do
    PORT[$name]=$(free_port)
    start_server "$name" "${PORT[$name]}" "$OUT_DIR/$name.server.log"
    for file in "${FILES[@]}"; do
        burst "http://127.0.0.1:${PORT[$name]}/$file" "$WARMUP" "$OUT_DIR/$name-$file.warmup.txt" > /dev/null
    done
done

# Per round and file, each server's rate over raw Netty's and over nginx's in the same round.
declare -A RATIOS
for (( round = 1; round <= ROUNDS; round++ )); do
    for file in "${FILES[@]}"; do
        declare -A RATE=()
        for (( i = 0; i < ${#SERVERS[@]}; i++ )); do
            name=${SERVERS[(i + round - 1) % ${#SERVERS[@]}]}
            RATE[$name]=$(burst "http://127.0.0.1:${PORT[$name]}/$file" "$DURATION" "$OUT_DIR/round$round-$name-$file.txt")
        done
        line=$(printf 'round %2d %-7s' "$round" "$file")
        for name in "${SERVERS[@]}"; do line+=$(printf ' %s %10s' "$name" "${RATE[$name]}"); done
        RATIOS[raw,$file]+="$(awk -v a="${RATE[griddle]}" -v b="${RATE[raw]}" 'BEGIN { printf "%.4f", a / b }') "
        line+=" griddle/raw $(awk -v a="${RATE[griddle]}" -v b="${RATE[raw]}" 'BEGIN { printf "%.3f", a / b }')"
        if [[ $NGINX == yes ]]; then
            RATIOS[nginx,$file]+="$(awk -v a="${RATE[griddle]}" -v b="${RATE[nginx]}" 'BEGIN { printf "%.4f", a / b }') "
            line+=" griddle/nginx $(awk -v a="${RATE[griddle]}" -v b="${RATE[nginx]}" 'BEGIN { printf "%.3f", a / b }')"
        fi
        echo "$line"
    done
done

median() { tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
{
    echo
    echo "medians of the per-round ratios over $ROUNDS rounds:"
    for file in "${FILES[@]}"; do
        line="$file: griddle/raw $(echo "${RATIOS[raw,$file]}" | median) (goal >= 0.90)"
        [[ $NGINX == yes ]] && line+=", griddle/nginx $(echo "${RATIOS[nginx,$file]}" | median) (goal >= 0.80)"
        echo "$line"
    done
} | tee "$OUT_DIR/summary.txt"
