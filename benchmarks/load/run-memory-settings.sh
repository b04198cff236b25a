#!/usr/bin/env bash
# Memory settings side by side (issue 16, goal 2; decision 051): for each setting, a fresh server of the burger
# shop's jar is started the way a user starts it (java -jar), its resident memory (RSS) read when idle after start,
# then it is loaded and its requests/s, p99 latency and RSS after the load are read. Settings run in turn, in a
# different order each round (rounds interleave, so a noisy minute hits every setting); medians are printed.
#
# Usage (from the repository root):
#   benchmarks/load/run-memory-settings.sh [--rounds N] [--warmup S] [--duration S] [--connections C]
#       [--loops N] [--path /quick] [--jar PATH] [SETTING ...]
#
# A SETTING is one argument: JVM options for `java OPTIONS -jar app.jar`, or one of
#   griddle   no options: the launcher's own choice for --loops N (what a user gets)
#   jvm       the JVM's own defaults (GRIDDLE_JVM_DEFAULTS=off)
# Options that set the heap, a collector or direct memory are the user's and the launcher keeps them as given;
# options that do not (-Dio.netty.allocator.type=pooled, say) get the launcher's heap and collector with them.
# Without SETTINGs, a list of heaps, collectors and allocators is run (see DEFAULT_SETTINGS below).
#
# The server is pinned to CPU 0 and wrk (-t1, niced) to CPU 1. RSS is summed over the server's process tree (one
# process when the launcher replaces itself; two when an older default java starts a newer one).
# Environment: JAVA (the java binary; default the newest JDK >= 21 found), WRK_SCRIPT (a wrk Lua script).
set -euo pipefail

ROUNDS=3
WARMUP=10
DURATION=10
CONNECTIONS=64
LOOPS=1
URL_PATH=/quick
JAR=examples/burger-shop/target/burger-shop.jar
SETTINGS=()
DEFAULT_SETTINGS=(
    "jvm"
    "griddle"
    "-XX:+UseSerialGC -Xmx64m"
    "-XX:+UseSerialGC -Xms32m -Xmx64m"
    "-XX:+UseSerialGC -Xms64m -Xmx64m -XX:TrimNativeHeapInterval=5000"
    "-XX:+UseSerialGC -Xms32m -Xmx48m -XX:TrimNativeHeapInterval=5000"
    "-XX:+UseSerialGC -Xms32m -Xmx96m -XX:TrimNativeHeapInterval=5000"
    "-XX:+UseG1GC -Xms32m -Xmx64m -XX:TrimNativeHeapInterval=5000"
    "-XX:+UseSerialGC -Xms32m -Xmx64m -XX:TrimNativeHeapInterval=5000 -Dio.netty.allocator.type=pooled"
    "-XX:+UseSerialGC -Xms32m -Xmx64m -XX:TrimNativeHeapInterval=5000 -Dio.netty.allocator.disableThreadLocalMagazinesOnLowMemory=true"
)
die() { echo "run-memory-settings: $*" >&2; exit 2; }
while (( $# > 0 )); do
    case $1 in
        --rounds) ROUNDS=${2-}; shift 2 ;;
        --warmup) WARMUP=${2-}; shift 2 ;;
        --duration) DURATION=${2-}; shift 2 ;;
        --connections) CONNECTIONS=${2-}; shift 2 ;;
        --loops) LOOPS=${2-}; shift 2 ;;
        --path) URL_PATH=${2-}; shift 2 ;;
        --jar) JAR=${2-}; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        --*) die "unknown flag $1" ;;
        *) SETTINGS+=("$1"); shift ;;
    esac
done
(( ${#SETTINGS[@]} > 0 )) || SETTINGS=("${DEFAULT_SETTINGS[@]}")
for n in "$ROUNDS" "$WARMUP" "$DURATION" "$CONNECTIONS" "$LOOPS"; do
    [[ $n =~ ^[0-9]+$ ]] || die "numbers only: $n"
done
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
command -v taskset >/dev/null || die "taskset is needed (util-linux)"
source "$(dirname "$0")/find-java.sh"
JAVA=${JAVA:-$(find_java)}
if [[ ! -f $JAR ]]; then
    echo "run-memory-settings: building $JAR ..."
    ./mvnw -q -o -pl examples/burger-shop -am -DskipTests package
fi

WORK=$(mktemp -d)
SERVER=""
stop_server() {
    if [[ -n $SERVER ]]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
        SERVER=""
    fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

# VmRSS of a process and its descendants, in KiB.
tree_rss() {
    local pid=$1 total=0 child
    total=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    for child in $(pgrep -P "$pid" 2>/dev/null || true); do
        total=$(( total + $(tree_rss "$child") ))
    done
    echo "$total"
}

# One setting, one round: prints "idle_kib after_kib requests_per_s p99_ms"
measure() {
    local setting=$1 log=$WORK/server.log port options=() env_prefix=()
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    case $setting in
        griddle) ;;
        jvm) env_prefix=(env GRIDDLE_JVM_DEFAULTS=off) ;;
        *) read -r -a options <<<"$setting" ;;
    esac
    # The default access log is on (as a user runs it), written to a file.
    "${env_prefix[@]}" taskset -c 0 "$JAVA" "${options[@]}" -jar "$JAR" \
        --host 127.0.0.1 --port "$port" --loops "$LOOPS" >"$log" 2>&1 &
    SERVER=$!
    local started=""
    for _ in $(seq 1 300); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port$URL_PATH" 2>/dev/null; then started=yes; break; fi
        sleep 0.1
    done
    [[ -n $started ]] || { cat "$log" >&2; die "the server with '$setting' did not answer $URL_PATH"; }
    sleep 2
    local idle after rate p99 script=()
    idle=$(tree_rss "$SERVER")
    [[ -n ${WRK_SCRIPT-} ]] && script=(-s "$WRK_SCRIPT")
    nice -n 10 taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "${script[@]}" \
        "http://127.0.0.1:$port$URL_PATH" >/dev/null
    nice -n 10 taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${script[@]}" \
        "http://127.0.0.1:$port$URL_PATH" >"$WORK/wrk.txt"
    after=$(tree_rss "$SERVER")
    rate=$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' "$WORK/wrk.txt")
    grep -m1 'JVM memory:' "$log" >"$WORK/jvm-line.txt" || true
    stop_server
    echo "$idle $after $rate $p99"
}

echo "java: $JAVA; jar: $JAR; --loops $LOOPS; GET $URL_PATH; $ROUNDS round(s) of ${WARMUP}s warm-up + ${DURATION}s" \
    "measured, wrk -t1 -c$CONNECTIONS; server on CPU 0, wrk on CPU 1"
declare -A RESULTS
count=${#SETTINGS[@]}
for round in $(seq 1 "$ROUNDS"); do
    for k in $(seq 0 $(( count - 1 ))); do
        i=$(( (k + round - 1) % count )) # each round starts one setting later
        setting=${SETTINGS[$i]}
        measure "$setting" >"$WORK/line.txt" # not in a subshell: the EXIT trap can stop its server
        line=$(cat "$WORK/line.txt")
        RESULTS[$i]+="$line;"
        printf 'round %d  %-75s idle %6d KiB  after %6d KiB  %10s req/s  p99 %s ms  | %s\n' "$round" "$setting" \
            $line "$(sed 's/^INFO: *//' "$WORK/jvm-line.txt")"
    done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '| %-75s | idle RSS MiB | RSS after load MiB | requests/s | p99 ms |\n' "setting (medians of $ROUNDS)"
printf '|%s|---:|---:|---:|---:|\n' "$(printf -- '-%.0s' $(seq 1 77))"
for i in $(seq 0 $(( count - 1 ))); do
    rows=$(tr ';' '\n' <<<"${RESULTS[$i]}" | grep -v '^$')
    idle=$(awk '{ print $1 }' <<<"$rows" | median)
    after=$(awk '{ print $2 }' <<<"$rows" | median)
    rate=$(awk '{ print $3 }' <<<"$rows" | median)
    p99=$(awk '{ print $4 }' <<<"$rows" | median)
    printf '| %-75s | %12.1f | %18.1f | %10.0f | %6.2f |\n' "${SETTINGS[$i]}" "$(echo "$idle / 1024" | bc -l)" \
        "$(echo "$after / 1024" | bc -l)" "$rate" "$p99"
done
