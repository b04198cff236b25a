#!/usr/bin/env bash
# Makes the table of docs/tutorial/README.md: every chapter of FastAPI's docs_src, the Java ports of its tutorials,
# their JUnit test count, the chapter's page, and the written reason for each tutorial that is not ported.
#
#   examples/tutorial/tutorial-table.sh FASTAPI            # prints the table, then the problems, on stderr
#   examples/tutorial/tutorial-table.sh FASTAPI --write    # also replaces the table in docs/tutorial/README.md
#
# FASTAPI is FastAPI's repository: a git directory (bare or not; its HEAD is read) or a plain checkout.
#
# Tutorials: a chapter's docs_src/<chapter>/tutorialNNN*.py file or <name>/ folder holding a main.py; the
# variants of one tutorial (_py39, _py310, _an_...) are one name. Its Java port is
# examples/tutorial/src/main/java/io/griddle/examples/tutorial/<chapter>/<Name>.java with a `static App app(` (or `static io.griddle.App app(`)
# (tutorial001_01 -> Tutorial001_01, app_a -> App_a), as Tutorials.find runs them. Java tutorial classes with no
# docs_src name of that spelling are listed too ("also").
#
# Tests: the JUnit test cases of the chapter's test package, counted per test class (the classes Surefire runs by
# default: Test*, *Test, *Tests, *TestCase; the @Test methods of a shared base such as TagsSpec count in the classes
# that extend it, which a count from sources misses). When Surefire's report of a
# class (target/surefire-reports/TEST-<class>.xml) is newer than its source, its <testcase> elements are counted:
# every @Test and every case of a @ParameterizedTest as run. Otherwise the source is counted: each @Test 1, each
# @ParameterizedTest 1 however many cases it has, and the count is marked with "≥" (run
# `./mvnw -pl examples/tutorial -am verify` first for exact numbers).
#
# Reasons: examples/tutorial/not-ported.tsv, lines "chapter<TAB>tutorials<TAB>reason" where tutorials is "*" (the
# whole chapter) or names separated by commas. A tutorial without a port and without a reason is a problem, and so
# is a reason for a tutorial that has a port now; both are printed on stderr and make the exit status 1.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
fastapi="${1:?usage: tutorial-table.sh FASTAPI_REPOSITORY [--write]}"
write="${2:-}"
main="$here/src/main/java/io/griddle/examples/tutorial"
tests="$here/src/test/java/io/griddle/examples/tutorial"
reports="$here/target/surefire-reports"
reasons="$here/not-ported.tsv"
pages="$root/docs/tutorial"

# docs_src's files, one path a line, relative to the repository.
if git -C "$fastapi" rev-parse --git-dir >/dev/null 2>&1; then
  listing=$(git -C "$fastapi" ls-tree -r --name-only HEAD docs_src)
else
  listing=$(cd "$fastapi" && find docs_src -type f | sort)
fi

# "chapter tutorial" pairs, sorted and unique.
tutorials=$(printf '%s\n' "$listing" | awk -F/ '
  NF == 3 && $3 ~ /^tutorial[0-9].*\.py$/ { name = $3; sub(/\.py$/, "", name) }
  NF >= 4 && $4 == "main.py"             { name = $3 }
  name != "" {
    sub(/(_an)?(_py[0-9]+)?$/, "", name)
    print $2, name
    name = ""
  }' | sort -u)
chapters=$(printf '%s\n' "$listing" | awk -F/ 'NF >= 3 { print $2 }' | sort -u)

class_of() { # tutorial001_01 -> Tutorial001_01
  printf '%s%s' "$(printf '%s' "${1:0:1}" | tr '[:lower:]' '[:upper:]')" "${1:1}"
}

# The tutorial classes of a chapter (those with a static app factory), by simple name.
java_ports() {
  local dir="$main/$1"
  [[ -d "$dir" ]] || return 0
  grep -lE 'static (io\.griddle\.)?App app\(' "$dir"/*.java 2>/dev/null | xargs -r -n1 basename | sed 's/\.java$//' | sort
}

# Test cases of one test class: "count exact" (from its report) or "count static".
count_class() {
  local source="$1" chapter="$2" name report
  name=$(basename "$source" .java)
  report="$reports/TEST-io.griddle.examples.tutorial.$chapter.$name.xml"
  if [[ -f "$report" && "$report" -nt "$source" ]]; then
    echo "$(grep -c '<testcase ' "$report") exact"
  else
    echo "$(grep -cE '^[[:space:]]*@(Test|ParameterizedTest)\b' "$source") static"
  fi
}

# Test cases of a chapter: "N" or "≥N" when a class was counted from its source.
count_chapter() {
  local dir="$tests/$1" total=0 exact=1 source n kind
  [[ -d "$dir" ]] || { echo 0; return; }
  for source in "$dir"/*.java; do
    # the classes Surefire runs (its default names); shared *Spec bases count in the classes that extend them
    [[ -f "$source" && "$(basename "$source")" =~ ^(Test.*|.*Test|.*Tests|.*TestCase)\.java$ ]] || continue
    read -r n kind < <(count_class "$source" "$1")
    total=$((total + n))
    [[ "$kind" == exact ]] || { [[ "$n" -eq 0 ]] || exact=0; }
  done
  if [[ "$exact" -eq 1 ]]; then echo "$total"; else echo "≥$total"; fi
}

# The written reason for a chapter's tutorial (a line naming it, else the chapter's "*" line), or nothing.
# With a third argument "named", only a line that names the tutorial counts.
reason_for() {
  [[ -f "$reasons" ]] || return 0
  awk -F'\t' -v c="$1" -v t="$2" -v only="${3:-}" '
    $1 == c { n = split($2, names, ","); for (i = 1; i <= n; i++) {
      if (names[i] == t) { print $3; found = 1; exit }
      if (names[i] == "*" && only == "" && whole == "") whole = $3 } }
    END { if (!found && whole != "") print whole }
  ' "$reasons"
}

problems=()
table="| Chapter | Ported (Java classes) | Tests | Page | Not ported, and why |
|---|---|---:|---|---|"
total_tests=0
inexact=0
for chapter in $chapters; do
  names=$(printf '%s\n' "$tutorials" | awk -v c="$chapter" '$1 == c { print $2 }')
  ports=$(java_ports "$chapter")
  expected=$(for name in $names; do class_of "$name"; echo; done)
  ported=() missing=() also=()
  for name in $names; do
    if printf '%s\n' "$ports" | grep -qx "$(class_of "$name")"; then
      ported+=("$name")
      if [[ -n "$(reason_for "$chapter" "$name" named)" ]]; then
        problems+=("$chapter.$name is ported but not-ported.tsv still gives a reason")
      fi
    else
      missing+=("$name")
    fi
  done
  for port in $ports; do
    printf '%s\n' "$expected" | grep -qx "$port" || also+=("$port")
  done
  if [[ ${#missing[@]} -eq 0 && -f "$reasons" ]] && awk -F'\t' -v c="$chapter" '$1 == c && $2 == "*"' "$reasons" | grep -q .; then
    problems+=("$chapter is ported whole but not-ported.tsv still gives it a reason")
  fi
  count=$(count_chapter "$chapter")
  [[ "$count" == ≥* ]] && inexact=1
  total_tests=$((total_tests + ${count#≥}))
  page="—"
  [[ -f "$pages/$chapter.md" ]] && page="[$chapter.md]($chapter.md)"
  why=()
  declare -A said=()
  for name in "${missing[@]}"; do
    r=$(reason_for "$chapter" "$name")
    if [[ -z "$r" ]]; then
      problems+=("$chapter.$name has no Java port and no reason in not-ported.tsv")
      why+=("$name: **no port, no reason**")
    elif [[ -z "${said[$r]:-}" ]]; then
      said[$r]=1
      if [[ ${#ported[@]} -eq 0 && ${#missing[@]} -gt 0 && -z "$(reason_for "$chapter" "${missing[0]}" named)" ]]; then
        why+=("$r")
      else
        which=$(for m in "${missing[@]}"; do [[ "$(reason_for "$chapter" "$m")" == "$r" ]] && printf '%s, ' "$m"; done)
        why+=("${which%, }: $r")
      fi
    fi
  done
  unset said
  cell_ported=$(IFS=,; echo "${ported[*]:-}" | sed 's/,/, /g')
  [[ ${#ported[@]} -eq 0 ]] && cell_ported="—"
  [[ ${#also[@]} -gt 0 ]] && cell_ported="$cell_ported (also $(IFS=,; echo "${also[*]}" | sed 's/,/, /g'))"
  cell_why=$(printf '%s; ' "${why[@]:-}")
  cell_why="${cell_why%; }"
  [[ -z "$cell_why" ]] && cell_why="—"
  table="$table
| \`$chapter\` | $cell_ported | $count | $page | $cell_why |"
done
summary="$(printf '%s\n' "$chapters" | wc -l | tr -d ' ') chapters, $total_tests tests"
if [[ $inexact -eq 1 ]]; then summary="$summary (at least: some counted from sources)"; fi
summary="$summary."
table="$table

$summary"

printf '%s\n' "$table"
if [[ "$write" == --write ]]; then
  readme="$pages/README.md"
  tmp=$(mktemp)
  awk -v table="$table" '
    /<!-- table:start -->/ { print; print table; skip = 1; next }
    /<!-- table:end -->/   { skip = 0 }
    !skip' "$readme" > "$tmp"
  mv "$tmp" "$readme"
fi
if [[ ${#problems[@]} -gt 0 ]]; then
  printf 'problem: %s\n' "${problems[@]}" >&2
  exit 1
fi
