#!/usr/bin/env bash
# End-to-end comparison of docs/performance.md (issue 13): for each size, on one generated file, one after
# the other in the same run:
#   ceiling   the parsing ceiling: a Jackson streaming pass over every token, one thread;
#   databind  the integrator's baseline: Jackson databind + Hibernate Validator over annotated beans, one thread;
#   plain     java -jar dsds.jar validate FILE --profile qinghai --as-of 2025-12-31 --format json --fail-on never;
#   launcher  the same command through the launcher sdk-examples/target/dsds (its JVM options, its start-up
#             archive in the user cache, created by an untimed run before the measured ones).
# Prints, per size and program, records/s, the ratios to databind and to the ceiling, CPU seconds
# (user + system), peak RSS, then the table of issue 13 and the bars, and the load average before and after.
#
# Usage: benchmarks/run-e2e.sh [SIZE...]   (default: 10000 200000 1000000)
#   SKIP_BUILD=1      reuse the built jars (otherwise: mvn -B -q package -DskipTests -pl benchmarks -am)
#   WORK_DIR=DIR      where the generated files and the raw measurements go (default benchmarks/target/e2e);
#                     a file is generated once (dsds generate --seed 1 --defect-rate 0.05) and reused
#   RUNS=N            measure every size N times in a row (default 1)
#   JAVA_OPTS=...     given to the ceiling, databind and plain JVMs alike (default: none)
#   JAVA=PATH         the java command of every program, launcher included (default: java on the PATH)
#   DSDS_LAUNCHER=CMD the launcher command (default sdk-examples/target/dsds)
#   REPORT_ONLY=1     measure nothing: print the tables again from the measurements in WORK_DIR
#   DSDS_JAR=FILE     the jar of the plain run (default sdk-examples/target/dsds.jar), e.g. an older build
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 200000 1000000)
WORK="${WORK_DIR:-benchmarks/target/e2e}"
RUNS="${RUNS:-1}"
JAVA="${JAVA:-java}"
export JAVA
LAUNCHER="${DSDS_LAUNCHER:-sdk-examples/target/dsds}"
DSDS="${DSDS_JAR:-sdk-examples/target/dsds.jar}"
BENCH=benchmarks/target/benchmarks.jar
ARGS=(--profile qinghai --as-of 2025-12-31 --format json --fail-on never)
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-0}" != "1" ] && [ "${REPORT_ONLY:-0}" != "1" ]; then
  mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am
fi
for n in "${SIZES[@]}"; do
  [ "${REPORT_ONLY:-0}" = "1" ] && break
  if [ ! -s "$WORK/records-$n.jsonl" ]; then
    echo "generating $n records into $WORK/records-$n.jsonl" >&2
    "$JAVA" -jar "$DSDS" generate --count "$n" --seed 1 --defect-rate 0.05 --output "$WORK/records-$n.jsonl" >&2
  fi
done

# measure NAME COMMAND...: runs the command once; keeps its stdout (one JSON line), wall ms, CPU s, peak RSS kB.
measure() {
  local name="$1"; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) > "$WORK/$name.wall"
  awk '/Maximum resident set size/{print $NF}' "$WORK/$name.time" > "$WORK/$name.rss"
  awk -F': ' '/User time|System time/{s += $2} END {printf "%.2f\n", s}' "$WORK/$name.time" > "$WORK/$name.cpu"
}
records_of() { sed -n 's/.*"records":\([0-9]*\).*/\1/p' "$WORK/$1.out" | head -1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
TABLE="$WORK/table.tsv"
if [ "${REPORT_ONLY:-0}" != "1" ]; then
echo "load average before: $(load)"
# The first run of the launcher and of a plain java -jar on a machine creates their start-up archive in the
# user cache (once per JDK, jar and option set): done here, untimed in the table, its own cost printed.
first_start=$(date +%s%N)
$LAUNCHER validate --sample "${ARGS[@]}" > /dev/null
echo "launcher first run (--sample, creates the start-up archive if missing): $(( ($(date +%s%N) - first_start) / 1000000 )) ms"
first_start=$(date +%s%N)
"$JAVA" ${JAVA_OPTS:-} -jar "$DSDS" validate --sample "${ARGS[@]}" > /dev/null
echo "plain first run (--sample, creates the start-up archive if missing): $(( ($(date +%s%N) - first_start) / 1000000 )) ms"

: > "$TABLE"
for run in $(seq 1 "$RUNS"); do
  for n in "${SIZES[@]}"; do
    file="$WORK/records-$n.jsonl"
    measure "ceiling-$n" "$JAVA" ${JAVA_OPTS:-} -cp "$BENCH" org.disabilitystandards.benchmarks.baseline.StreamingCeiling "$file"
    measure "databind-$n" "$JAVA" ${JAVA_OPTS:-} -cp "$BENCH" org.disabilitystandards.benchmarks.baseline.BeanValidationLoop "$file"
    measure "plain-$n" "$JAVA" ${JAVA_OPTS:-} -jar "$DSDS" validate "$file" "${ARGS[@]}"
    measure "launcher-$n" $LAUNCHER validate "$file" "${ARGS[@]}"
    for p in ceiling databind plain launcher; do
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$n" "$p" "$(records_of "$p-$n")" "$(cat "$WORK/$p-$n.wall")" \
        "$(cat "$WORK/$p-$n.cpu")" "$(cat "$WORK/$p-$n.rss")" >> "$TABLE"
    done
  done
done
echo "load average after:  $(load)"
fi
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/{print $2}') RAM; $("$JAVA" -version 2>&1 | head -1)"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; launcher: $LAUNCHER ${DSDS_JAVA_OPTS:+(DSDS_JAVA_OPTS=$DSDS_JAVA_OPTS)}"
echo
awk -F'\t' '
  { key = $1 SUBSEP $2; wall[key, $3] = $5; rec[key, $3] = $4; cpu[key, $3] = $6; rss[key, $3] = $7
    if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
  function rate(key, p) { return wall[key, p] > 0 ? rec[key, p] * 1000 / wall[key, p] : 0 }
  END {
    printf "%-4s %9s %-9s %9s %8s %10s %8s %8s %7s %7s\n", "run", "records", "program", "read", "wall_s", "records/s", "x_datab", "of_ceil", "cpu_s", "rss_MB"
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, kv, SUBSEP)
      for (j = 1; j <= 4; j++) {
        p = (j == 1 ? "ceiling" : (j == 2 ? "databind" : (j == 3 ? "plain" : "launcher")))
        printf "%-4s %9s %-9s %9s %8.2f %10d %8.2f %8.2f %7.2f %7d\n", kv[1], kv[2], p, rec[key, p], wall[key, p] / 1000,
          rate(key, p), rate(key, p) / rate(key, "databind"), rate(key, p) / rate(key, "ceiling"), cpu[key, p], rss[key, p] / 1024
      }
    }
    print ""
    print "| run | records | Jackson streaming ceiling (1 thread) | databind + Hibernate Validator | `java -jar dsds.jar validate` | launcher `dsds validate` |"
    print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, kv, SUBSEP)
      printf "| %s | %s | %.2f s (%.1f CPU s) | %.2f s (%.1f CPU s) |", kv[1], kv[2], wall[key, "ceiling"] / 1000, cpu[key, "ceiling"],
        wall[key, "databind"] / 1000, cpu[key, "databind"]
      for (j = 3; j <= 4; j++) {
        p = (j == 3 ? "plain" : "launcher")
        printf " %.2f s (%.2fx, %.2f of ceiling, %.1f CPU s, %d MB) |", wall[key, p] / 1000, rate(key, p) / rate(key, "databind"),
          rate(key, p) / rate(key, "ceiling"), cpu[key, p], rss[key, p] / 1024
      }
      printf "\n"
    }
    print ""
    print "bars of issue 13 (200 000 and more: >= 4x databind, >= 0.6 of the ceiling at 200 000, >= 0.8 at 1 000 000;"
    print "10 000: wall time <= 2x the ceiling program; launcher peak RSS < 300 MB from 1 000 000):"
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, kv, SUBSEP); n = kv[2] + 0
      for (j = 3; j <= 4; j++) {
        p = (j == 3 ? "plain" : "launcher")
        if (n < 200000) {
          printf "  run %s %9d %-8s wall %.2fx that of the ceiling (bar <= 2): %s\n", kv[1], n, p, wall[key, p] / wall[key, "ceiling"],
            (wall[key, p] <= 2 * wall[key, "ceiling"] ? "met" : "NOT met")
        } else {
          need = (n >= 1000000 ? 0.8 : 0.6)
          x = rate(key, p) / rate(key, "databind"); c = rate(key, p) / rate(key, "ceiling")
          printf "  run %s %9d %-8s %.2fx databind (bar 4): %s; %.2f of ceiling (bar %.1f): %s", kv[1], n, p, x,
            (x >= 4 ? "met" : "NOT met"), c, need, (c >= need ? "met" : "NOT met")
          if (n >= 1000000) printf "; peak RSS %d MB (bar < 300%s): %s", rss[key, p] / 1024, (p == "plain" ? ", reported only" : ""),
            (rss[key, p] / 1024 < 300 ? "met" : "NOT met")
          printf "\n"
        }
      }
    }
  }' "$TABLE"
