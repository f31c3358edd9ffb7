#!/usr/bin/env bash
# The command line's speed: the wall clock of `java -jar heard.jar report --format json` for one council-year,
# start-up included, on an embedded H2 database holding the sample (three financial years, about 1,400 records).
# Runs it RUNS times and prints each time, the minimum, the median and the maximum, with the load average before
# and after (other work on the machine shows in the times). It also checks that the command printed its JSON and
# nothing else: standard error must stay empty unless --verbose is given.
#
#   ./mvnw -q -B -DskipTests package && src/test/bench/report-command.sh
#   RUNS=11 JAVA_OPTS="-XX:TieredStopAtLevel=1" src/test/bench/report-command.sh
#
# Environment: JAR (target/heard.jar), RUNS (7), DATA (a data folder; a new one with the sample if not given),
# FROM and TO (the last whole financial year before today), JAVA_OPTS (none).
set -euo pipefail

JAR=${JAR:-target/heard.jar}
RUNS=${RUNS:-7}
JAVA_OPTS=${JAVA_OPTS:-}
if [ -z "${DATA:-}" ]; then
  DATA=$(mktemp -d)
  trap 'rm -rf "$DATA"' EXIT
fi
if [ -z "${FROM:-}" ]; then
  year=$(date +%Y)
  if [ "$(date +%m)" -lt 4 ]; then year=$((year - 1)); fi
  FROM="$((year - 1))-04-01"
  TO="${year}-03-31"
fi
if [ ! -e "$DATA/heard.mv.db" ]; then
  echo "Loading the sample into $DATA ..." >&2
  java -jar "$JAR" import --sample --heard.data-dir="$DATA" >/dev/null
fi

out=$(mktemp)
err=$(mktemp)
times=()
echo "report --from $FROM --to $TO --format json, $RUNS runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" report --from "$FROM" --to "$TO" --format json --heard.data-dir="$DATA" >"$out" 2>"$err"
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  times+=("$ms")
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$out" || { echo "run $i: standard output is not JSON" >&2; exit 1; }
  if [ -s "$err" ]; then
    echo "run $i: standard error was not empty:" >&2
    cat "$err" >&2
    exit 1
  fi
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if [ $((n % 2)) -eq 1 ]; then median=${sorted[$((n / 2))]}; else median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
echo "min ${sorted[0]} ms, median ${median} ms, max ${sorted[$((n - 1))]} ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out" "$err"
