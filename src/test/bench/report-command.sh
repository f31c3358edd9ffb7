#!/usr/bin/env bash
# The command line's speed: the wall clock of `report --format json` for one council-year, start-up included,
# on an embedded H2 database holding the sample (the last three financial years, about 1,400 records), three ways:
#
#   plain      java -jar heard.jar report ...
#   c1         java -XX:TieredStopAtLevel=1 -jar heard.jar report ...      (the JIT's quick compiler only)
#   c1+cds     the jar extracted (java -Djarmode=tools -jar heard.jar extract) and run with a class data sharing
#              archive made by one training run, as well as -XX:TieredStopAtLevel=1
#
# Each way runs RUNS times, after one run not counted; the script prints every time, the minimum and the median,
# the process's CPU time, and the load average before and after (other work on the machine's cores shows in the
# wall clock first). It also checks that the command printed its JSON and nothing else: standard error must be
# empty, as it is unless --verbose is given.
#
#   ./mvnw -q -B -DskipTests package && src/test/bench/report-command.sh
#   RUNS=9 WAYS="plain c1" src/test/bench/report-command.sh
#
# Environment: JAR (target/heard.jar), RUNS (5), WAYS (plain c1 c1+cds), DATA (a data folder; by default a new
# one with the sample loaded), FROM and TO (the last whole financial year before today).
set -euo pipefail

JAR=${JAR:-target/heard.jar}
RUNS=${RUNS:-5}
WAYS=${WAYS:-plain c1 c1+cds}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATA=${DATA:-$WORK/data}
if [ -z "${FROM:-}" ]; then
  year=$(date +%Y)
  if [ "$(date +%m)" -lt 4 ]; then year=$((year - 1)); fi
  FROM="$((year - 1))-04-01"
  TO="${year}-03-31"
fi
if [ ! -e "$DATA/heard.mv.db" ]; then
  echo "Loading the sample into $DATA ..."
  java -XX:TieredStopAtLevel=1 -jar "$JAR" import --sample --heard.data-dir="$DATA" >/dev/null
fi
REPORT=(report --from "$FROM" --to "$TO" --format json --heard.data-dir="$DATA")

# Runs the report once with the given java options; prints "wall_ms cpu_s".
run_once() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$WORK/cpu" java "$@" "${REPORT[@]}" >"$WORK/out" 2>"$WORK/err"
  end=$(date +%s%N)
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$WORK/out" \
    || { echo "standard output is not JSON" >&2; exit 1; }
  if [ -s "$WORK/err" ]; then
    echo "standard error was not empty:" >&2
    cat "$WORK/err" >&2
    exit 1
  fi
  echo "$(((end - start) / 1000000)) $(awk '{ printf "%.1f", $1 + $2 }' "$WORK/cpu")"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'
}

echo "report --from $FROM --to $TO --format json, $RUNS runs each; $(nproc) cores"
for way in $WAYS; do
  case $way in
    plain) options=(-jar "$JAR") ;;
    c1) options=(-XX:TieredStopAtLevel=1 -jar "$JAR") ;;
    c1+cds)
      java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" --force >/dev/null
      java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$WORK/heard.jsa" -jar "$WORK/extracted/heard.jar" \
        "${REPORT[@]}" >/dev/null 2>"$WORK/training"
      options=(-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/heard.jsa" -jar "$WORK/extracted/heard.jar") ;;
    *) echo "unknown way: $way" >&2; exit 2 ;;
  esac
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  run_once "${options[@]}" >/dev/null
  : >"$WORK/times"
  for i in $(seq 1 "$RUNS"); do
    run_once "${options[@]}" >>"$WORK/times"
  done
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  printf '%-7s wall ms: %s | min %s, median %s | CPU s median %s | load average %s -> %s\n' "$way" \
    "$(cut -d' ' -f1 "$WORK/times" | paste -sd' ')" "$(cut -d' ' -f1 "$WORK/times" | sort -n | head -1)" \
    "$(cut -d' ' -f1 "$WORK/times" | median)" "$(cut -d' ' -f2 "$WORK/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')" \
    "$before" "$after"
done
