# Sourced by the load scripts: find_java prints the newest JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*, then
# PATH), or stops the script with a one-line message. A fresh machine may default to an older java.
java_major() { # path to a java binary -> its feature version (8 for 1.8), or nothing
    "$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }' \
        | awk -F'[.+-]' '{ print ($1 == "1" ? $2 : $1) }'
}

find_java() {
    local candidate major best="" best_major=0
    if [[ -n ${JAVA_HOME-} && -x $JAVA_HOME/bin/java ]]; then
        major=$(java_major "$JAVA_HOME/bin/java")
        if [[ -n $major ]] && (( major >= 21 )); then
            echo "$JAVA_HOME/bin/java"
            return
        fi
    fi
    for candidate in /usr/lib/jvm/*/bin/java; do
        [[ -x $candidate ]] || continue
        major=$(java_major "$candidate")
        if [[ -n $major ]] && (( major >= 21 && major > best_major )); then
            best=$candidate
            best_major=$major
        fi
    done
    if [[ -z $best ]] && command -v java >/dev/null; then
        major=$(java_major "$(command -v java)")
        [[ -n $major ]] && (( major >= 21 )) && best=$(command -v java)
    fi
    [[ -n $best ]] || find_java_fail "no JDK >= 21 found: set JAVA_HOME to one (looked in JAVA_HOME, /usr/lib/jvm/*, PATH)"
    echo "$best"
}

find_java_fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}
