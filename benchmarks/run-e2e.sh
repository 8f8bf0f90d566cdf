#!/usr/bin/env bash
# End-to-end comparison of docs/performance.md, on one generated file in one run:
#   1. the integrator's baseline: Jackson databind + Hibernate Validator over annotated beans, one thread;
#   2. the parsing ceiling: a Jackson streaming pass over every token, one thread;
#   3. dsds validate --profile qinghai --format json (all cores).
# Prints records/s, peak RSS and CPU seconds (user + system) of each, and the three ratios against the bar.
# Usage: benchmarks/run-e2e.sh [COUNT] (default 1000000). Set SKIP_BUILD=1 to reuse the built jars;
# JAVA_OPTS (for example -Xmx256m) is given to all three JVMs alike. dsds runs through its launcher
# sdk-examples/target/dsds, the documented way to validate large files; DSDS_LAUNCHER=COMMAND runs another
# one, for example DSDS_LAUNCHER="java -jar sdk-examples/target/dsds.jar" for the plain jar.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-1000000}"
WORK="${WORK_DIR:-benchmarks/target/e2e}"
mkdir -p "$WORK"
DATA="$WORK/records-$COUNT.jsonl"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -B -q -o package -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am
fi
DSDS=sdk-examples/target/dsds.jar
BENCH=benchmarks/target/benchmarks.jar

if [ ! -s "$DATA" ]; then
  echo "generating $COUNT records into $DATA" >&2
  java -jar "$DSDS" generate --count "$COUNT" --seed 1 --defect-rate 0.05 --output "$DATA"
fi

# run NAME COMMAND...: runs the command, keeps its stdout (one JSON line) and its peak RSS in kB.
run() {
  local name="$1"; shift
  local start end
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" || true
    grep 'Maximum resident set size' "$WORK/$name.time" | awk '{print $NF}' > "$WORK/$name.rss"
    awk -F': ' '/User time|System time/{s += $2} END {printf "%.1f\n", s}' "$WORK/$name.time" > "$WORK/$name.cpu"
  else
    "$@" > "$WORK/$name.out" & local pid=$! peak=0 rss
    while kill -0 "$pid" 2>/dev/null; do
      rss=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss
      sleep 0.2
    done
    wait "$pid" || true
    echo "$peak" > "$WORK/$name.rss"
    echo "?" > "$WORK/$name.cpu"
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) > "$WORK/$name.wall"
}

field() { sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p" "$WORK/$1.out" | head -1; }

run baseline java ${JAVA_OPTS:-} -cp "$BENCH" org.disabilitystandards.benchmarks.baseline.BeanValidationLoop "$DATA"
run ceiling java ${JAVA_OPTS:-} -cp "$BENCH" org.disabilitystandards.benchmarks.baseline.StreamingCeiling "$DATA"
run dsds ${DSDS_LAUNCHER:-sdk-examples/target/dsds} validate "$DATA" --profile qinghai --as-of 2025-12-31 --format json --fail-on never

echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; dsds via: ${DSDS_LAUNCHER:-sdk-examples/target/dsds}"
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/{print $2}') RAM, $(java -version 2>&1 | head -1)"
echo "file: $DATA ($COUNT records, $(du -h "$DATA" | cut -f1))"
printf '%-28s %10s %12s %14s %12s %8s\n' program records wall_ms records_per_s peak_rss_MB cpu_s
for name in baseline ceiling dsds; do
  records=$(field "$name" records)
  wall=$(cat "$WORK/$name.wall")
  rss=$(cat "$WORK/$name.rss")
  rate=$(( records * 1000 / (wall > 0 ? wall : 1) ))
  eval "${name}_rate=$rate"
  printf '%-28s %10s %12s %14s %12s %8s\n' "$name" "$records" "$wall" "$rate" "$(( rss / 1024 ))" "$(cat "$WORK/$name.cpu")"
done
dsds_rss_mb=$(( $(cat "$WORK/dsds.rss") / 1024 ))
awk -v d="$dsds_rate" -v b="$baseline_rate" -v c="$ceiling_rate" -v r="$dsds_rss_mb" 'BEGIN {
  printf "ratio validate / databind+bean-validation: %.2f (bar >= 3)\n", d / b;
  printf "ratio validate / streaming ceiling:        %.2f (bar >= 0.5)\n", d / c;
  printf "validate peak RSS:                         %d MB (bar < 300)\n", r;
}'
