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
# Each round measures every (server, file) pair in turn, the server order rotating per round, on a fresh server
# pinned to one CPU; wrk (or the bundled Java load client) is pinned to another. It prints each measurement, the
# medians and, per file, griddle/raw and griddle/nginx. The goals: >= 0.90 of raw Netty's and >= 0.80 of nginx's
# requests/s.
#
# Needs: a built benchmarks/target/benchmarks.jar (built here when missing), curl, and for the nginx column the
# nginx binary (apt-get install nginx-light or nginx; --no-nginx skips it). Environment: SERVER_CPU, CLIENT_CPU
# (default 0 and 1), LOAD_CLIENT (wrk | java), SERVER_JAVA_OPTS.
set -euo pipefail

DURATION=20
WARMUP=10
CONNECTIONS=64
ROUNDS=3
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
    SERVER_PID=$!
    deadline=$(( SECONDS + 20 ))
    while (( SECONDS < deadline )); do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 20 "$log" >&2; SERVER_PID=""; die "$name exited (log: $log)"; }
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/1k.bin" || true) == 200 ]] \
            && return 0
        sleep 0.2
    done
    die "$name did not serve /1k.bin within 20 s (log: $log)"
}

run_load() { # URL OUT
    local url=$1 out=$2 limit=$(( WARMUP + DURATION + 60 ))
    if [[ $LOAD_CLIENT == wrk ]]; then
        (( WARMUP > 0 )) && timeout "$limit" "${CLIENT_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$url" \
            > "$out.warmup"
        timeout "$limit" "${CLIENT_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" > "$out"
    else
        timeout "$limit" "${CLIENT_PIN[@]}" "$JAVA" -cp "$BENCH_JAR" io.griddle.benchmarks.LoadClient \
            --url "$url" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" > "$out"
    fi
}

parse_rps() {
    awk '/^Requests\/sec:/ { print $2; found = 1 } END { if (!found) print "n/a" }' "$1"
}

declare -A RPS
echo "machine: nproc=$(nproc), $(uname -srm); java: $("$JAVA" -version 2>&1 | head -n 1)"
[[ $NGINX == yes ]] && echo "nginx:   $("$NGINX_BIN" -v 2>&1)"
echo "plan:    $ROUNDS round(s) x ${#SERVERS[@]} servers x ${#FILES[@]} files, ${WARMUP}s warmup +" \
    "${DURATION}s measured, $CONNECTIONS connections, $LOAD_CLIENT; logs in $OUT_DIR"
for (( round = 1; round <= ROUNDS; round++ )); do
    for (( i = 0; i < ${#SERVERS[@]}; i++ )); do
        name=${SERVERS[(i + round - 1) % ${#SERVERS[@]}]}
        for file in "${FILES[@]}"; do
            port=$(free_port)
            prefix="$OUT_DIR/round$round-$name-$file"
            start_server "$name" "$port" "$prefix.server.log"
            run_load "http://127.0.0.1:$port/$file" "$prefix.load.txt" || die "the load client failed ($prefix.load.txt)"
            stop_server
            RPS[$name,$file,$round]=$(parse_rps "$prefix.load.txt")
            grep -qE 'Non-2xx|Socket errors' "$prefix.load.txt" && echo "  warning: errors in $prefix.load.txt" >&2
            printf 'round %d  %-8s %-7s %12s req/s\n' "$round" "$name" "$file" "${RPS[$name,$file,$round]}"
        done
    done
done

median() {
    printf '%s\n' "$@" | { grep -E '^[0-9.]+$' || true; } | sort -g \
        | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2];
                                     else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.3f", a / b; else print "n/a" }'
}

{
    echo
    printf '%-7s %-8s %14s\n' file server "median req/s"
    declare -A MED
    for file in "${FILES[@]}"; do
        for name in "${SERVERS[@]}"; do
            values=()
            for (( round = 1; round <= ROUNDS; round++ )); do values+=("${RPS[$name,$file,$round]}"); done
            MED[$name,$file]=$(median "${values[@]}")
            printf '%-7s %-8s %14s\n' "$file" "$name" "${MED[$name,$file]}"
        done
    done
    echo
    for file in "${FILES[@]}"; do
        line="$file: griddle/raw $(ratio "${MED[griddle,$file]}" "${MED[raw,$file]}") (goal >= 0.90)"
        [[ $NGINX == yes ]] && line+=", griddle/nginx $(ratio "${MED[griddle,$file]}" "${MED[nginx,$file]}") (goal >= 0.80)"
        echo "$line"
    done
} | tee "$OUT_DIR/summary.txt"
