#!/usr/bin/env bash
# Before and after a change, in one run: two builds of the benchmarks jar serve BindingApp's routes in turn.
#
# Usage (from the repository root):
#   benchmarks/load/run-ab.sh --before OLD.jar --after NEW.jar [--rounds R] [--duration S] [--warmup S]
#                             [--connections N] [ROUTE ...]
#
# A ROUTE is "GET /path" or "POST /path" (POST sends benchmarks/load/new-item.json through post.lua); the default
# routes are "GET /quick" and "POST /items". For each round and route, each jar gets a fresh server pinned to
# CPU 0 with one loop, a warm-up, and a measured wrk run pinned to CPU 1; which jar goes first alternates by round.
# It prints after/before per round and route, and the median of those ratios per route.
#
# Make the "before" jar from an older commit without touching your checkout, e.g.:
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && ./mvnw -q -pl benchmarks -am package -DskipTests)
#   cp /tmp/before/benchmarks/target/benchmarks.jar /tmp/before.jar && git worktree remove --force /tmp/before
set -euo pipefail

BEFORE=""
AFTER=""
ROUNDS=3
DURATION=15
WARMUP=15
CONNECTIONS=64
ROUTES=()

die() {
    echo "run-ab: $*" >&2
    exit 1
}

while (( $# > 0 )); do
    case $1 in
        --before) BEFORE=${2-}; shift 2 || die "--before needs a jar" ;;
        --after) AFTER=${2-}; shift 2 || die "--after needs a jar" ;;
        --rounds) ROUNDS=${2-}; shift 2 || die "--rounds needs a number" ;;
        --duration) DURATION=${2-}; shift 2 || die "--duration needs a number" ;;
        --warmup) WARMUP=${2-}; shift 2 || die "--warmup needs a number" ;;
        --connections) CONNECTIONS=${2-}; shift 2 || die "--connections needs a number" ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        GET\ /*|POST\ /*) ROUTES+=("$1"); shift ;;
        *) die "unknown argument '$1' (a route is \"GET /path\" or \"POST /path\")" ;;
    esac
done
[[ -f $BEFORE && -f $AFTER ]] || die "--before and --after must name two benchmarks jars that exist"
for n in "$ROUNDS" "$DURATION" "$CONNECTIONS"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a positive integer: '$n'"; done
[[ $WARMUP =~ ^[0-9]+$ ]] || die "--warmup needs an integer >= 0, got '$WARMUP'"
(( ${#ROUTES[@]} > 0 )) || ROUTES=("GET /quick" "POST /items")
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
command -v taskset >/dev/null || die "taskset is needed (util-linux)"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=find-java.sh
source benchmarks/load/find-java.sh
JAVA=$(find_java)
export POST_BODY_FILE=${POST_BODY_FILE:-benchmarks/load/new-item.json}

SERVER_PID=""
trap '[[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

measure() { # jar route -> requests/s of the measured run
    local jar=$1 method=${2%% *} path=${2#* } port status deadline
    local -a script=()
    [[ $method == POST ]] && script=(-s benchmarks/load/post.lua)
    port=$(( 20000 + RANDOM % 20000 ))
    taskset -c 0 "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$jar" io.griddle.benchmarks.BindingApp \
        --no-access-log --host 127.0.0.1 --port "$port" --loops 1 >/dev/null 2>&1 &
    SERVER_PID=$!
    deadline=$(( SECONDS + 20 ))
    until status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/quick") \
            && [[ $status == 200 ]]; do
        (( SECONDS < deadline )) || die "the server of $jar did not answer GET /quick within 20 s"
        sleep 0.2
    done
    if (( WARMUP > 0 )); then
        taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "${script[@]}" "http://127.0.0.1:$port$path" >/dev/null
    fi
    taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "${script[@]}" "http://127.0.0.1:$port$path" \
        | awk '/Requests\/sec/ { print $2 }'
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

echo "before: $BEFORE"
echo "after:  $AFTER"
echo "java:   $JAVA; $ROUNDS round(s), ${WARMUP}s warm-up + ${DURATION}s measured, wrk -t1 -c$CONNECTIONS"
declare -A RATIOS
for (( round = 1; round <= ROUNDS; round++ )); do
    for route in "${ROUTES[@]}"; do
        if (( round % 2 )); then
            before=$(measure "$BEFORE" "$route"); after=$(measure "$AFTER" "$route")
        else
            after=$(measure "$AFTER" "$route"); before=$(measure "$BEFORE" "$route")
        fi
        ratio=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.3f", a / b }')
        RATIOS[$route]+="$ratio "
        printf 'round %d  %-22s before %10s  after %10s  after/before %s\n' "$round" "$route" "$before" "$after" "$ratio"
    done
done
for route in "${ROUTES[@]}"; do
    median=$(tr ' ' '\n' <<< "${RATIOS[$route]}" | sed '/^$/d' | sort -n \
        | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
    printf 'median   %-22s after/before %s\n' "$route" "$median"
done
