#!/usr/bin/env bash
# Start-up of the command line: wall time of `bin/memdsl check` on a one-line file against a bare JVM
# start (`java -version` with the same flags) measured in the same run; median of N runs (default 15).
# Usage: tools/bench-startup.sh [N]
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
runs="${1:-15}"
source "$here/java-home.sh"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
printf 'device cell : opto_memristor { }\n' > "$dir/one.mem"

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

"$here/../bin/memdsl" check "$dir/one.mem" > /dev/null # the page cache warm, as for a user's second run
jvm=$(median_ms "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version)
check=$(median_ms "$here/../bin/memdsl" check "$dir/one.mem")
version=$(median_ms "$here/../bin/memdsl" --version)
echo "memdsl start-up, median of $runs runs (wall time)"
printf '%-40s %8s %10s\n' "command" "ms" "× JVM"
printf '%-40s %8d %10.2f\n' "java -version (peer: a bare JVM)" "$jvm" 1
printf '%-40s %8d %10.2f\n' "memdsl --version" "$version" "$(echo "$version / $jvm" | bc -l)"
printf '%-40s %8d %10.2f\n' "memdsl check (one-line file)" "$check" "$(echo "$check / $jvm" | bc -l)"
if [ "$check" -le 500 ]; then echo "one-line check within the 500 ms target"; else echo "one-line check OVER the 500 ms target"; fi
