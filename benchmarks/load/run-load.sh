#!/usr/bin/env bash
# Griddle beside a baseline, in one run, on one machine.
#
# Usage (from the repository root):
#   benchmarks/load/run-load.sh [--mode raw|binding] [--duration S] [--warmup S] [--connections N] [--rounds R]
#                               [--path /quick]
#
# --mode raw (the default): Griddle (the burger shop) beside a hand-written raw-Netty server, on GET --path.
# --mode binding: four routes of one Griddle app (io.griddle.benchmarks.BindingApp): the plain lambda route
#   GET /quick, POST /echo (a lambda route answering the body it got), GET /items/42?q=cheese (path and query
#   binding) and POST /items (a validated five-field JSON body, benchmarks/load/new-item.json, sent by
#   benchmarks/load/post.lua); each against the plain route, and POST /items against POST /echo.
#
# Each round measures each target in turn (the order rotates per round) on a fresh server pinned to one CPU with
# one event loop: it warms it up, measures it with wrk (or the bundled Java load client when wrk is missing) pinned
# to another CPU, records requests/s, p99 latency and the server's RSS, and stops it. It prints every round, the
# medians and each target's ratio to the baseline.
#
# Environment overrides (all optional):
#   GRIDDLE_SERVER_CMD  command that starts Griddle, without --host/--port/--loops
#                       (default: JAVA -jar examples/burger-shop/target/burger-shop.jar)
#   RAW_SERVER_CMD      command that starts the baseline (default: JAVA -cp benchmarks.jar ...RawNettyServer)
#   BINDING_SERVER_CMD  command that starts the binding app (default: JAVA -cp benchmarks.jar ...BindingApp)
#   SERVER_JAVA_OPTS    JVM options for the default server commands (default: --enable-native-access=ALL-UNNAMED)
#   POST_BODY_FILE      the JSON body of POST /items (default: benchmarks/load/new-item.json)
#   LOAD_CLIENT         wrk | java (default: wrk when installed, else java)
#   SERVER_CPU / CLIENT_CPU   the CPUs to pin to (default 0 and 1)
set -euo pipefail

COMMAND_LINE=$(printf '%q ' "$0" "$@")

DURATION=20
WARMUP=15
CONNECTIONS=64
ROUNDS=3
URL_PATH=/quick
PATH_GIVEN=no
MODE=raw

usage() { # prints the comment block at the top of this file
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit "${1:-0}"
}

die() {
    echo "run-load: $*" >&2
    exit 1
}

need_int() { # name value minimum
    [[ $2 =~ ^[0-9]+$ ]] && (( $2 >= $3 )) || die "$1 needs an integer >= $3, got '$2'"
}

while (( $# > 0 )); do
    case $1 in
        --duration) DURATION=${2-}; shift 2 || usage 2 ;;
        --warmup) WARMUP=${2-}; shift 2 || usage 2 ;;
        --connections) CONNECTIONS=${2-}; shift 2 || usage 2 ;;
        --rounds) ROUNDS=${2-}; shift 2 || usage 2 ;;
        --path) URL_PATH=${2-}; PATH_GIVEN=yes; shift 2 || usage 2 ;;
        --mode) MODE=${2-}; shift 2 || usage 2 ;;
        -h|--help) usage 0 ;;
        *) echo "run-load: unknown option '$1'" >&2; usage 2 ;;
    esac
done
need_int --duration "$DURATION" 1
need_int --warmup "$WARMUP" 0
need_int --connections "$CONNECTIONS" 1
need_int --rounds "$ROUNDS" 1
[[ $URL_PATH == /* ]] || die "--path must start with '/', got '$URL_PATH'"
[[ $MODE == raw || $MODE == binding ]] || die "--mode must be raw or binding, got '$MODE'"
[[ $MODE == raw || $PATH_GIVEN == no ]] || die "--path applies to --mode raw only: --mode binding has its own routes"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

GRIDDLE_JAR=examples/burger-shop/target/burger-shop.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS---enable-native-access=ALL-UNNAMED}
POST_BODY_FILE=${POST_BODY_FILE:-benchmarks/load/new-item.json}
POST_SCRIPT=benchmarks/load/post.lua
export POST_BODY_FILE # read by post.lua

# ---------------------------------------------------------------------------------------------------------- JDK

# shellcheck source=find-java.sh
source "$(dirname "${BASH_SOURCE[0]}")/find-java.sh"

JAVA=$(find_java)

# ---------------------------------------------------------------------------------------------- jars, commands

need_griddle_jar=yes
[[ -n ${GRIDDLE_SERVER_CMD-} || $MODE == binding ]] && need_griddle_jar=no
if [[ ! -f $BENCH_JAR || ( $need_griddle_jar == yes && ! -f $GRIDDLE_JAR ) ]]; then
    echo "run-load: $BENCH_JAR or $GRIDDLE_JAR is missing; building them with ./mvnw -q -DskipTests package ..."
    ./mvnw -q -DskipTests package
    [[ -f $BENCH_JAR ]] || die "the build did not produce $BENCH_JAR (is <module>benchmarks</module> in the root pom?)"
    [[ $need_griddle_jar == no || -f $GRIDDLE_JAR ]] || die "the build did not produce $GRIDDLE_JAR"
fi

read -r -a JAVA_OPTS_ARRAY <<< "$SERVER_JAVA_OPTS"
if [[ -n ${GRIDDLE_SERVER_CMD-} ]]; then
    read -r -a GRIDDLE_CMD <<< "$GRIDDLE_SERVER_CMD"
else
    # No access log: the raw baseline logs nothing, and a console line per request would measure logging.
    GRIDDLE_CMD=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$GRIDDLE_JAR" --no-access-log)
fi
if [[ -n ${RAW_SERVER_CMD-} ]]; then
    read -r -a RAW_CMD <<< "$RAW_SERVER_CMD"
else
    RAW_CMD=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.RawNettyServer)
fi
if [[ -n ${BINDING_SERVER_CMD-} ]]; then
    read -r -a BINDING_CMD <<< "$BINDING_SERVER_CMD"
else
    BINDING_CMD=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$BENCH_JAR" io.griddle.benchmarks.BindingApp --no-access-log)
fi

# ------------------------------------------------------------------------------------------------------ targets

# A target is what one measurement loads: a server (griddle, raw or binding) and one request. The ratio column
# divides each target's requests/s by the baseline's, round by round and for the medians.
declare -A TARGET_SERVER TARGET_METHOD TARGET_PATH
if [[ $MODE == raw ]]; then
    TARGETS=(griddle raw)
    BASELINE=raw
    RATIO_HEADER="griddle/raw rps"
    TARGET_SERVER=([griddle]=griddle [raw]=raw)
    TARGET_METHOD=([griddle]=GET [raw]=GET)
    TARGET_PATH=([griddle]=$URL_PATH [raw]=$URL_PATH)
else
    TARGETS=(plain echo read create)
    BASELINE=plain
    RATIO_HEADER="rps / plain"
    TARGET_SERVER=([plain]=binding [echo]=binding [read]=binding [create]=binding)
    TARGET_METHOD=([plain]=GET [echo]=POST [read]=GET [create]=POST)
    TARGET_PATH=([plain]=/quick [echo]=/echo [read]="/items/42?q=cheese" [create]=/items)
    [[ -r $POST_BODY_FILE ]] || die "cannot read the POST body $POST_BODY_FILE"
    [[ -r $POST_SCRIPT ]] || die "cannot read $POST_SCRIPT"
fi

LOAD_CLIENT=${LOAD_CLIENT:-$(command -v wrk >/dev/null && echo wrk || echo java)}
case $LOAD_CLIENT in
    wrk) command -v wrk >/dev/null || die "LOAD_CLIENT=wrk but wrk is not installed" ;;
    java) ;;
    *) die "LOAD_CLIENT must be wrk or java, got '$LOAD_CLIENT'" ;;
esac
command -v curl >/dev/null || die "curl is needed to check that a server is up"

# Pinning needs two CPUs; without taskset or a second CPU the run still works, but unpinned figures are noisier.
NPROC=$(nproc)
if command -v taskset >/dev/null && (( NPROC >= 2 )); then
    SERVER_PIN=(taskset -c "$SERVER_CPU")
    CLIENT_PIN=(taskset -c "$CLIENT_CPU")
else
    echo "run-load: warning: no taskset or fewer than 2 CPUs; running unpinned" >&2
    SERVER_PIN=()
    CLIENT_PIN=()
fi

OUT_DIR=benchmarks/target/load/$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"

# ------------------------------------------------------------------------------------------- server lifecycle

SERVER_PID=""

stop_server() {
    local pid=$SERVER_PID i
    [[ -n $pid ]] || return 0
    SERVER_PID=""
    kill -TERM "$pid" 2>/dev/null || true
    for (( i = 0; i < 50; i++ )); do # up to 10 s for a graceful stop, then no more patience
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

trap stop_server EXIT
trap 'echo "run-load: interrupted" >&2; exit 130' INT
trap 'exit 143' TERM

free_port() {
    local port i
    for (( i = 0; i < 100; i++ )); do
        port=$(( 20000 + RANDOM % 40000 ))
        # Nothing listening there when a connect is refused.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port"
}

# start_server NAME PORT LOG: starts the server (griddle, raw or binding) in the background, sets SERVER_PID, and
# waits until GET /quick answers.
start_server() {
    local name=$1 port=$2 log=$3 status deadline
    local -a cmd
    case $name in
        griddle) cmd=("${GRIDDLE_CMD[@]}") ;;
        raw) cmd=("${RAW_CMD[@]}") ;;
        binding) cmd=("${BINDING_CMD[@]}") ;;
    esac
    cmd+=(--host 127.0.0.1 --port "$port" --loops 1)
    echo "\$ ${SERVER_PIN[*]} ${cmd[*]}" >"$log"
    # taskset execs the command, so $! is the server JVM's own pid (needed for its RSS).
    "${SERVER_PIN[@]}" "${cmd[@]}" >>"$log" 2>&1 &
    SERVER_PID=$!
    deadline=$(( SECONDS + 20 ))
    while (( SECONDS < deadline )); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            tail -n 20 "$log" >&2
            SERVER_PID=""
            die "$name exited during startup (log: $log)"
        fi
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/quick" || true)
        [[ $status == 200 ]] && return 0
        sleep 0.2
    done
    tail -n 20 "$log" >&2
    die "$name did not answer GET /quick with 200 within 20 s on port $port (log: $log)"
}

rss_mib() { # pid -> resident set size in MiB
    awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "n/a"
}

to_ms() { # a wrk latency such as 850.00us, 3.43ms or 1.20s -> milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0; unit = v; sub(/^[0-9.]+/, "", unit)
        if (unit == "us") n /= 1000; else if (unit == "s") n *= 1000; else if (unit != "ms") { print "n/a"; exit }
        printf "%.3f", n }'
}

# ----------------------------------------------------------------------------------------------- load client

# run_load METHOD URL OUT: warms up, then measures; leaves the client's measurement output in OUT. A POST sends
# POST_BODY_FILE as JSON.
run_load() {
    local method=$1 url=$2 out=$3 limit=$(( WARMUP + DURATION + 60 ))
    local -a wrk_script=() java_body=()
    if [[ $method == POST ]]; then
        wrk_script=(-s "$POST_SCRIPT")
        java_body=(--body-file "$POST_BODY_FILE")
    fi
    if [[ $LOAD_CLIENT == wrk ]]; then
        if (( WARMUP > 0 )); then
            timeout "$limit" "${CLIENT_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "${wrk_script[@]}" "$url" \
                >"$out.warmup"
        fi
        timeout "$limit" "${CLIENT_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${wrk_script[@]}" \
            "$url" >"$out"
    else
        # One process: its own warmup warms this JVM as well as the server.
        timeout "$limit" "${CLIENT_PIN[@]}" "$JAVA" -cp "$BENCH_JAR" io.griddle.benchmarks.LoadClient \
            --url "$url" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" "${java_body[@]}" >"$out"
    fi
}

# probe METHOD URL: one request with curl; prints the status code, a space, and the start of the body.
probe() {
    local method=$1 url=$2 answer
    local -a body=()
    [[ $method == POST ]] && body=(-H 'content-type: application/json' --data-binary "@$POST_BODY_FILE")
    answer=$(curl -s --max-time 2 -w '\n%{http_code}' "${body[@]}" "$url" || true)
    echo "${answer##*$'\n'} $(head -c 100 <<< "${answer%$'\n'*}")"
}

parse_rps() {
    awk '/^Requests\/sec:/ { print $2; found = 1 } END { if (!found) print "n/a" }' "$1"
}

parse_p99() {
    local raw
    raw=$(awk '$1 == "99%" || $1 == "p99:" { print $2; exit }' "$1")
    [[ -n $raw ]] && to_ms "$raw" || echo "n/a"
}

# ------------------------------------------------------------------------------------------------------- run

declare -A RPS P99 RSS

echo "command:     $COMMAND_LINE"
echo "machine:     nproc=$NPROC, $(uname -srm), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Anything else running (a build, an IDE indexing) shares the two pinned CPUs and swamps the difference measured.
if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
    echo "run-load: warning: the machine is busy (1-minute load $(cut -d' ' -f1 /proc/loadavg)); figures may be noisy" >&2
fi
echo "java:        $JAVA ($("$JAVA" -version 2>&1 | head -n 1))"
if [[ $LOAD_CLIENT == wrk ]]; then
    echo "load client: $( (wrk -v 2>&1 || true) | awk 'NR == 1 { print $1, $2 }'), -t1 -c$CONNECTIONS"
else
    echo "load client: io.griddle.benchmarks.LoadClient (wrk not installed or LOAD_CLIENT=java), $CONNECTIONS connections"
fi
echo "pinning:     server ${SERVER_PIN[*]:-unpinned}, client ${CLIENT_PIN[*]:-unpinned}"
if [[ $MODE == raw ]]; then
    echo "griddle:     ${GRIDDLE_CMD[*]} --host 127.0.0.1 --port P --loops 1"
    echo "raw netty:   ${RAW_CMD[*]} --host 127.0.0.1 --port P --loops 1"
    echo "plan:        $ROUNDS round(s) x 2 servers, ${WARMUP}s warmup + ${DURATION}s measured each, GET $URL_PATH"
else
    echo "binding app: ${BINDING_CMD[*]} --host 127.0.0.1 --port P --loops 1"
    echo "plan:        $ROUNDS round(s) x ${#TARGETS[@]} targets, a fresh server for each, ${WARMUP}s warmup +" \
        "${DURATION}s measured each"
    for name in "${TARGETS[@]}"; do
        printf '             %-7s %s %s\n' "$name" "${TARGET_METHOD[$name]}" "${TARGET_PATH[$name]}"
    done
    echo "             POST body: $POST_BODY_FILE ($(wc -c < "$POST_BODY_FILE") bytes)"
fi
echo "logs:        $OUT_DIR"
echo

for (( round = 1; round <= ROUNDS; round++ )); do
    # Rotate the order (for two targets: alternate it) so that no target always runs on a machine warmed (or
    # heated) by another.
    order=()
    for (( i = 0; i < ${#TARGETS[@]}; i++ )); do
        order+=("${TARGETS[(i + round - 1) % ${#TARGETS[@]}]}")
    done
    for name in "${order[@]}"; do
        port=$(free_port)
        prefix="$OUT_DIR/round$round-$name"
        method=${TARGET_METHOD[$name]}
        url="http://127.0.0.1:$port${TARGET_PATH[$name]}"
        start_server "${TARGET_SERVER[$name]}" "$port" "$prefix.server.log"
        answer=$(probe "$method" "$url")
        echo "round $round  $name: port $port, pid $SERVER_PID, $method ${TARGET_PATH[$name]} -> $answer"
        # Load that only collects errors would measure the wrong thing; the binding routes must answer 200.
        [[ $MODE == raw || $answer == 200\ * ]] || die "$method ${TARGET_PATH[$name]} did not answer 200: $answer"
        run_load "$method" "$url" "$prefix.load.txt" \
            || die "the load client failed against $name (output: $prefix.load.txt)"
        RSS[$name,$round]=$(rss_mib "$SERVER_PID")
        stop_server
        RPS[$name,$round]=$(parse_rps "$prefix.load.txt")
        P99[$name,$round]=$(parse_p99 "$prefix.load.txt")
        if grep -qE 'Non-2xx|Socket errors| [1-9][0-9]* errors' "$prefix.load.txt"; then
            echo "  warning: $(grep -E 'Non-2xx|Socket errors| errors' "$prefix.load.txt" | tr -s ' ' | paste -sd ';')" >&2
        fi
        echo "             ${RPS[$name,$round]} req/s, p99 ${P99[$name,$round]} ms, RSS ${RSS[$name,$round]} MiB"
    done
done

# ----------------------------------------------------------------------------------------------------- report

median() { # printf-format numbers... -> the median of the numbers, in the format; n/a when there is none
    local format=$1
    shift
    printf '%s\n' "$@" | { grep -E '^[0-9.]+$' || true; } | sort -g \
        | awk -v f="$format" '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) printf f, v[(NR + 1) / 2];
                                                 else printf f, (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { # a b -> a/b
    awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.3f", a / b; else print "n/a" }'
}

row() {
    printf '%-8s %-10s %14s %12s %10s %16s\n' "$@"
}

report() {
    local round name ratio_cell
    row round "$( [[ $MODE == raw ]] && echo server || echo target )" "requests/s" "p99 (ms)" "RSS (MiB)" "$RATIO_HEADER"
    row ----- ------ ---------- -------- --------- ---------------
    for (( round = 1; round <= ROUNDS; round++ )); do
        for name in "${TARGETS[@]}"; do
            ratio_cell=""
            [[ $name != "$BASELINE" ]] && ratio_cell=$(ratio "${RPS[$name,$round]}" "${RPS[$BASELINE,$round]}")
            row "$round" "$name" "${RPS[$name,$round]}" "${P99[$name,$round]}" "${RSS[$name,$round]}" "$ratio_cell"
        done
    done
    local -A med_rps med_p99 med_rss
    for name in "${TARGETS[@]}"; do
        local -a r=() p=() m=()
        for (( round = 1; round <= ROUNDS; round++ )); do
            r+=("${RPS[$name,$round]}"); p+=("${P99[$name,$round]}"); m+=("${RSS[$name,$round]}")
        done
        med_rps[$name]=$(median %.2f "${r[@]}")
        med_p99[$name]=$(median %.3f "${p[@]}")
        med_rss[$name]=$(median %.1f "${m[@]}")
    done
    row ----- ------ ---------- -------- --------- ---------------
    for name in "${TARGETS[@]}"; do
        ratio_cell=""
        [[ $name != "$BASELINE" ]] && ratio_cell=$(ratio "${med_rps[$name]}" "${med_rps[$BASELINE]}")
        row median "$name" "${med_rps[$name]}" "${med_p99[$name]}" "${med_rss[$name]}" "$ratio_cell"
    done
    if [[ $MODE == binding ]]; then
        echo
        echo "create / echo (the same POST to a plain handler that answers the body it got):" \
            "$(ratio "${med_rps[create]}" "${med_rps[echo]}")"
    fi
}

echo
if [[ $MODE == raw ]]; then
    echo "GET $URL_PATH, $CONNECTIONS connections, ${DURATION}s measured after ${WARMUP}s warmup, nproc=$NPROC"
else
    echo "binding: plain GET /quick, echo POST /echo, read GET /items/42?q=cheese, create POST /items;" \
        "$CONNECTIONS connections," \
        "${DURATION}s measured after ${WARMUP}s warmup, nproc=$NPROC"
fi
report | tee "$OUT_DIR/summary.txt"
echo
echo "Compare the ratio, not the absolute figures: on a small machine those move from run to run."
if [[ $MODE == binding ]]; then
    echo "The goal: read and create each keep at least 0.85 of plain's requests/s (the median ratios above)."
fi
